"""JSON Lines files: one document per line, with the contract's document fields.

A broken line is reported with its line number and skipped; the others load.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from hudna.errors import IngestError
from hudna.ingest.readers.base import Failure, ReadResult, decode_or_fail, make_document, parse_date

_KNOWN = {"id", "text", "title", "published", "outlet", "url", "language"}


def read_jsonl(path: Path, raw: bytes) -> Iterator[ReadResult]:
    decoded = decode_or_fail(path, raw)
    if isinstance(decoded, Failure):
        yield decoded
        return
    content, encoding = decoded
    # split at "\n" only: str.splitlines() also breaks at U+2028 and friends, which JSON allows
    raw_lines = (
        [r.rstrip(b"\r") for r in raw.split(b"\n")] if encoding.startswith("utf-8") else None
    )
    for lineno, line in enumerate((c.rstrip("\r") for c in content.split("\n")), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            yield Failure(str(path), "invalid_json", err.msg, lineno)
            continue
        if not isinstance(obj, dict):
            yield Failure(str(path), "invalid_json", "a line must hold a JSON object", lineno)
            continue
        text = obj.get("text")
        if not isinstance(text, str) or not text.strip():
            yield Failure(str(path), "empty", "missing or empty 'text'", lineno)
            continue
        line_raw = (
            raw_lines[lineno - 1]
            if raw_lines is not None and len(raw_lines) >= lineno
            else line.encode("utf-8")
        )
        published = parse_date(obj.get("published"))
        if obj.get("published") and published is None:
            yield Failure(str(path), "invalid_date", f"published {obj['published']!r}", lineno)
            continue
        try:
            yield make_document(
                id=str(obj.get("id") or f"{path.stem}-{lineno}"),
                text=text,
                raw=line_raw,
                source=f"{path}:{lineno}",
                title=obj.get("title"),
                published=published,
                outlet=obj.get("outlet"),
                url=obj.get("url"),
                language=obj.get("language"),
                encoding=encoding,
                meta={k: v for k, v in obj.items() if k not in _KNOWN},
            )
        except IngestError as err:
            yield Failure(str(path), err.code, err.message, lineno)
