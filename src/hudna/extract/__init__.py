"""Extraction: Document → Extraction (actors, places, statements, events, commitments), offline."""

from hudna.extract.pipeline import Component, Extractor, extract

__all__ = ["Component", "Extractor", "extract"]
