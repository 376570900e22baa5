"""Hudna: a verified, attributable record of who broke a truce, from Arabic and English reports.

Public API: `extract_document()`, `open_store()`, `ingest_paths()` (hudna.pipeline) and the record types of
`hudna.models`. (The stage subpackages are `hudna.ingest`, `hudna.extract`, `hudna.store`, ...;
the function is not called `extract` so that it does not hide the subpackage of that name.)
"""

from __future__ import annotations

__version__ = "0.1.0"

from hudna.extract.pipeline import extract as extract_document
from hudna.link import rebuild
from hudna.models import Actor, Commitment, Document, Event, Extraction, Place, Statement
from hudna.store import open_store

__all__ = [
    "Actor",
    "Commitment",
    "Document",
    "Event",
    "Extraction",
    "Place",
    "Statement",
    "__version__",
    "extract_document",
    "open_store",
    "rebuild",
]
