"""Fixtures of the link-stage tests: small reports built in the test, and the demo corpus stored once."""

from __future__ import annotations

from pathlib import Path

import pytest

from hudna.data import data_path
from hudna.link.incidents import EventContext
from hudna.pipeline import ingest_paths
from hudna.store import Store, open_store


def report(
    event_id: str,
    type: str = "AIRSTRIKE",
    place: str | None = "khan_shaykhun",
    date: str | None = "2016-08-17",
    actors: tuple[str, ...] = ("SYR_GOV",),
    *,
    outlet: str | None = None,
    doc: str | None = None,
    precision: str | None = "day",
    **fields: object,
) -> EventContext:
    """One event as one document reports it (the document defaults to the event id's prefix)."""
    return EventContext(
        event_id=event_id,
        type=type,
        doc_id=doc or event_id.split(":")[0],
        actors=actors,
        place=place,
        date=date,
        precision=precision if date else None,
        outlet=outlet,
        **fields,  # type: ignore[arg-type]
    )


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """The bundled corpus (seeds + demo) ingested with the current extractor, once per module."""
    store = open_store(Path(tmp_path_factory.mktemp("demo")) / "x.db")
    ingest_paths(store, [data_path("corpus")])
    return store
