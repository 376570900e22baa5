"""What a reader yields: documents, or failures that name the source and the reason."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from hudna.errors import IngestError
from hudna.ingest.cleanup import first_line
from hudna.ingest.encoding import decode
from hudna.ingest.language import detect_language
from hudna.models import Document


@dataclass(frozen=True)
class Failure:
    """A document (or a line of one) that could not be read, and why."""

    source: str
    code: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.code}: {self.message}"


ReadResult = Document | Failure
Reader = Callable[[Path, bytes], Iterator[ReadResult]]


def text_sha256(text: str) -> str:
    """The content hash that makes ingest idempotent: sha256 of the text as UTF-8."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parse_date(value: object) -> dt.date | None:
    """A date from `YYYY-MM-DD` (or a longer ISO timestamp); None when absent or unreadable."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def make_document(
    *,
    id: str,
    text: str,
    raw: bytes,
    source: str,
    title: str | None = None,
    published: dt.date | None = None,
    outlet: str | None = None,
    url: str | None = None,
    language: str | None = None,
    encoding: str | None = None,
    meta: dict[str, object] | None = None,
) -> Document:
    """Build a Document with its hash, language and title filled in where the input lacks them."""
    if not text.strip():
        raise IngestError("empty text", code="empty")
    lang = language if language in ("ar", "en") else detect_language(text)
    return Document(
        id=id,
        text=text,
        title=title or first_line(text),
        published=published,
        published_source="given" if published else None,
        outlet=outlet,
        url=url,
        language=lang,  # type: ignore[arg-type]
        source_path=source,
        encoding=encoding,
        raw=raw,
        sha256=text_sha256(text),
        meta=dict(meta or {}),
    )


def decode_or_fail(path: Path, raw: bytes) -> tuple[str, str] | Failure:
    try:
        return decode(raw)
    except IngestError as err:
        return Failure(str(path), err.code, err.message)
