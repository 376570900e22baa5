"""The report as PDF: the HTML page rendered by WeasyPrint, strictly offline.

WeasyPrint needs Pango, HarfBuzz and fontconfig (Debian: `make sysdeps`); when they are missing
its import fails with OSError, which becomes a `ReportError` with the reason. Only `data:` URLs
are fetched (the embedded charts): anything else is refused, so a report never reaches the net.
"""

from __future__ import annotations

import logging
import warnings
from typing import Any

from hudna.report.context import ReportContext
from hudna.report.errors import ReportError
from hudna.report.render import render_html


def weasyprint_status() -> tuple[bool, str]:
    """(available, reason): whether WeasyPrint and its system libraries load."""
    try:
        with warnings.catch_warnings():  # "HarfBuzz-Subset will be required" is not ours to fix
            warnings.filterwarnings("ignore", category=DeprecationWarning)
            import weasyprint
    except (ImportError, OSError) as err:
        return False, f"WeasyPrint cannot load ({type(err).__name__}: {err}); run `make sysdeps`"
    return True, f"WeasyPrint {weasyprint.__version__}"


def offline_fetcher() -> Any:
    """A URL fetcher for `data:` URLs only: the report must not reach the network or the disk."""
    try:
        from weasyprint.urls import URLFetcher
    except ImportError:  # WeasyPrint < 68 takes a plain function
        from weasyprint import default_url_fetcher

        def fetch(url: str, *args: Any, **kwargs: Any) -> Any:
            if not url.startswith("data:"):
                raise ValueError(f"offline report: refusing to fetch {url[:80]!r}")
            return default_url_fetcher(url, *args, **kwargs)

        return fetch
    return URLFetcher(allowed_protocols=["data"])


def html_to_pdf(html: str) -> bytes:
    ok, reason = weasyprint_status()
    if not ok:
        raise ReportError(reason)
    from weasyprint import HTML

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=DeprecationWarning, module="weasyprint")
        pdf = HTML(string=html, url_fetcher=offline_fetcher()).write_pdf()
    if pdf is None:  # pragma: no cover - write_pdf without a target returns bytes
        raise ReportError("WeasyPrint produced no PDF")
    return bytes(pdf)


def render_pdf(ctx: ReportContext) -> bytes:
    """The report as PDF bytes (A4, page numbers, Arabic right-to-left when `ctx.lang == "ar"`)."""
    return html_to_pdf(render_html(ctx))


__all__ = ["html_to_pdf", "offline_fetcher", "render_pdf", "weasyprint_status"]
