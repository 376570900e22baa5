"""Report stage: accountability reports (HTML, PDF, Markdown) and exports (CSV, GeoJSON, JSONL).

`build_report(store, ...)` gathers the data (context.py), draws the weekly chart and the map
(charts.py, maps.py) and renders one format (render.py, pdf.py). `hudna.report.export` writes
the events as ACLED-style CSV (optionally with HXL tags), GeoJSON or JSON Lines, and returns them
as a pandas DataFrame (`events_frame`).
"""

from __future__ import annotations

from typing import Literal

from hudna.report.context import ReportContext, gather
from hudna.report.errors import ReportError, ReportInputError
from hudna.store import Store

ReportFormat = Literal["html", "pdf", "md"]
REPORT_FORMATS: tuple[str, ...] = ("html", "pdf", "md")


def render_report(ctx: ReportContext, fmt: str) -> bytes:
    """`ctx` rendered as `fmt` (html, pdf or md), as bytes (UTF-8 for the text formats)."""
    if fmt == "html":
        from hudna.report.render import render_html

        return render_html(ctx).encode("utf-8")
    if fmt == "md":
        from hudna.report.render import render_markdown

        return render_markdown(ctx).encode("utf-8")
    if fmt == "pdf":
        from hudna.report.pdf import render_pdf

        return render_pdf(ctx)
    raise ReportInputError(f"unknown report format {fmt!r} (html, pdf or md)")


def build_report(
    store: Store,
    *,
    theatre: str = "syria-2016",
    date_from: str = "2016-07-01",
    date_to: str = "2016-09-30",
    lang: str = "en",
    fmt: str = "html",
    parties: list[str] | None = None,
) -> bytes:
    """The accountability report for a theatre and period, in one language and format."""
    if lang not in ("ar", "en"):
        raise ReportInputError(f"unknown language {lang!r} (ar or en)")
    if fmt not in REPORT_FORMATS:
        raise ReportInputError(f"unknown report format {fmt!r} (html, pdf or md)")
    ctx = gather(store, theatre, date_from, date_to, lang, parties)  # type: ignore[arg-type]
    return render_report(ctx, fmt)


__all__ = [
    "REPORT_FORMATS",
    "ReportContext",
    "ReportError",
    "ReportFormat",
    "ReportInputError",
    "build_report",
    "gather",
    "render_report",
]
