"""HTML pages: the article's main text, title, date and site name, extracted by trafilatura."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import trafilatura

from hudna.errors import IngestError
from hudna.ingest.readers.base import Failure, ReadResult, decode_or_fail, make_document, parse_date


def html_to_text(html: str) -> dict[str, object] | None:
    """Main text and metadata of an HTML page (None when no article text is found)."""
    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False
    )
    if doc is None:
        return None
    result: dict[str, object] = doc if isinstance(doc, dict) else doc.as_dict()
    if not str(result.get("text") or "").strip():
        return None
    return result


def read_html(path: Path, raw: bytes) -> Iterator[ReadResult]:
    decoded = decode_or_fail(path, raw)
    if isinstance(decoded, Failure):
        yield decoded
        return
    html, encoding = decoded
    meta = html_to_text(html)
    if meta is None:
        yield Failure(str(path), "no_text", "no article text found in the HTML")
        return
    title = str(meta.get("title") or "").strip() or None
    body = str(meta["text"]).strip()
    text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
    extra = {"html_description": meta.get("description")} if meta.get("description") else {}
    if "hudna:synthetic" in html and 'content="true"' in html:
        extra["synthetic"] = True
    try:
        yield make_document(
            id=path.stem,
            text=text,
            raw=raw,
            source=str(path),
            title=title,
            published=parse_date(meta.get("date")),
            outlet=(str(meta["sitename"]) if meta.get("sitename") else None),
            url=(str(meta["url"]) if meta.get("url") else None),
            encoding=encoding,
            meta=extra,
        )
    except IngestError as err:
        yield Failure(str(path), err.code, err.message)
