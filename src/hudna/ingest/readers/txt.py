"""Plain-text reports: one file, one document; the first non-empty line is the title."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from hudna.errors import IngestError
from hudna.ingest.readers.base import Failure, ReadResult, decode_or_fail, make_document


def read_txt(path: Path, raw: bytes) -> Iterator[ReadResult]:
    decoded = decode_or_fail(path, raw)
    if isinstance(decoded, Failure):
        yield decoded
        return
    text, encoding = decoded
    try:
        yield make_document(id=path.stem, text=text, raw=raw, source=str(path), encoding=encoding)
    except IngestError as err:
        yield Failure(str(path), err.code, err.message)
