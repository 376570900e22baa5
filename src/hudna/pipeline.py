"""The whole chain for a batch of files: read (ingest) → extract → store.

`ingest_paths` reads every file (directories recursively), skips what cannot be read with its
reason, extracts, and stores each document in its own transaction; the same text ingested twice
adds nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from hudna.errors import HudnaError
from hudna.extract.pipeline import Extractor
from hudna.ingest.readers import Failure, iter_files, read_paths
from hudna.models import Document
from hudna.store import Store
from hudna.truce.stored import judge_stored


@dataclass
class IngestReport:
    """What one ingest run did: counts, and every failure with its reason."""

    ingested: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)

    def summary_line(self) -> str:
        return f"ingested {len(self.ingested)} · duplicates {len(self.duplicates)} · failed {len(self.failures)}"


def ingest_paths(
    store: Store,
    paths: list[Path],
    *,
    input_format: str = "auto",
    extractor: Extractor | None = None,
    progress: Callable[[int], None] | None = None,
) -> IngestReport:
    """Read, extract and store every document under `paths`; never stops on a bad document.

    `progress`, when given, is called with 1 after each file is processed.
    """
    extractor = extractor or Extractor()
    report = IngestReport()
    for path in iter_files(paths):
        for item in read_paths([path], input_format):
            if isinstance(item, Failure):
                report.failures.append(item)
                continue
            _store_one(store, extractor, item, report)
        if progress:
            progress(1)
    return report


def _store_one(store: Store, extractor: Extractor, doc: Document, report: IngestReport) -> None:
    try:
        extraction = extractor(doc)
        result = store.add_document(doc, extraction)
        # every stored hostile event gets its judgement (for a known text: only missing ones)
        judge_stored(store, result.id, extractor.theatre, missing_only=result.status != "added")
    except HudnaError as err:
        report.failures.append(Failure(doc.source_path or doc.id, err.code, err.message))
        return
    except Exception as err:  # an extractor bug must not lose the batch; it is reported, not hidden
        report.failures.append(
            Failure(doc.source_path or doc.id, "extract_failed", f"{type(err).__name__}: {err}")
        )
        return
    (report.ingested if result.status == "added" else report.duplicates).append(result.id)


def count_files(paths: list[Path]) -> int:
    return sum(1 for _ in iter_files(paths))


__all__ = ["IngestReport", "count_files", "ingest_paths"]
