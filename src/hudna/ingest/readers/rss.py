"""RSS and Atom feeds: one document per item, read with feedparser; item HTML becomes text."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterator
from pathlib import Path

import feedparser
import trafilatura

from hudna.errors import IngestError
from hudna.ingest.readers.base import Failure, ReadResult, make_document


def read_feed(path: Path, raw: bytes) -> Iterator[ReadResult]:
    feed = feedparser.parse(raw)
    if feed.bozo and not feed.entries:
        yield Failure(str(path), "invalid_feed", str(feed.get("bozo_exception", "unreadable feed")))
        return
    if not feed.entries:
        yield Failure(str(path), "no_items", "no RSS or Atom items in this file")
        return
    outlet = feed.feed.get("title")
    for n, entry in enumerate(feed.entries, start=1):
        body = ""
        if entry.get("content"):
            body = entry.content[0].get("value", "")
        body = body or entry.get("summary", "") or entry.get("description", "")
        text = (_html_fragment_text(body) if "<" in body else body).strip()
        title = (entry.get("title") or "").strip() or None
        if title and text and not text.startswith(title):
            text = f"{title}\n\n{text}"
        key = entry.get("id") or entry.get("link") or f"{n}:{title}"
        parsed = entry.get("published_parsed") or entry.get("updated_parsed")
        published = dt.date(*parsed[:3]) if parsed else None
        tags = [t.get("term") for t in entry.get("tags", []) if t.get("term")]
        meta: dict[str, object] = {"feed": str(path), "tags": tags}
        if "synthetic" in tags:
            meta["synthetic"] = True
        try:
            yield make_document(
                id=f"{path.stem}-{hashlib.sha1(key.encode()).hexdigest()[:10]}",
                text=text,
                raw=raw,
                source=f"{path}#{n}",
                title=title,
                published=published,
                outlet=outlet,
                url=entry.get("link"),
                encoding=feed.get("encoding"),
                meta=meta,
            )
        except IngestError as err:
            yield Failure(str(path), err.code, err.message, n)


def _html_fragment_text(fragment: str) -> str:
    """Text of an item's HTML description (trafilatura needs a whole document around it)."""
    text = trafilatura.html2txt(f"<html><body>{fragment}</body></html>")
    if text.strip():
        return str(text)
    return re.sub(r"<[^>]+>", " ", fragment)
