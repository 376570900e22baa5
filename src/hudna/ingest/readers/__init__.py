"""Readers turn one file into documents (or failures), chosen by the file's suffix.

Built-in readers register the same way a plugin would, through `register_reader`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from hudna.ingest.readers.base import Failure, Reader, ReadResult
from hudna.ingest.readers.html import read_html
from hudna.ingest.readers.jsonl import read_jsonl
from hudna.ingest.readers.rss import read_feed
from hudna.ingest.readers.txt import read_txt

READERS: dict[str, Reader] = {}
FORMATS = {"txt": read_txt, "html": read_html, "jsonl": read_jsonl, "rss": read_feed}


def register_reader(suffixes: list[str], reader: Reader) -> None:
    """Make `reader` handle files ending in any of `suffixes` (e.g. ['.txt'])."""
    for suffix in suffixes:
        READERS[suffix.lower()] = reader


register_reader([".txt", ".text"], read_txt)
register_reader([".html", ".htm"], read_html)
register_reader([".jsonl", ".ndjson"], read_jsonl)
register_reader([".rss", ".atom", ".xml"], read_feed)


def reader_for(path: Path, input_format: str = "auto") -> Reader | None:
    if input_format != "auto":
        return FORMATS.get(input_format)
    return READERS.get(path.suffix.lower())


# Files found while walking a directory that document a corpus rather than being reports.
_CORPUS_DOCS = {".md", ".json", ".yaml", ".yml", ".csv", ".license"}


def iter_files(paths: list[Path]) -> Iterator[Path]:
    """The files named by `paths`, directories walked recursively in sorted order (hidden files
    and a corpus's own documentation, README.md or MANIFEST.json, are passed over)."""
    for path in paths:
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
                if not hidden and child.suffix.lower() not in _CORPUS_DOCS:
                    yield child
        else:
            yield path


def read_paths(paths: list[Path], input_format: str = "auto") -> Iterator[ReadResult]:
    """Every document in `paths`, in order; unreadable files become Failures, never exceptions."""
    for path in iter_files(paths):
        if not path.exists():
            yield Failure(str(path), "not_found", "no such file or directory")
            continue
        reader = reader_for(path, input_format)
        if reader is None:
            yield Failure(
                str(path), "unsupported", f"no reader for '{path.suffix or path.name}' files"
            )
            continue
        try:
            raw = path.read_bytes()
        except OSError as err:
            yield Failure(str(path), "unreadable", err.strerror or str(err))
            continue
        yield from reader(path, raw)


__all__ = [
    "FORMATS",
    "READERS",
    "Failure",
    "ReadResult",
    "read_paths",
    "reader_for",
    "register_reader",
]
