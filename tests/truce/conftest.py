"""Fixtures of the truce tests: the shipped theatres and a demo corpus ingested once."""

from __future__ import annotations

from pathlib import Path

import pytest

from hudna.data import data_path
from hudna.pipeline import ingest_paths
from hudna.store import Store, open_store
from hudna.truce import Theatre, load_theatre


@pytest.fixture(scope="session")
def syria() -> Theatre:
    return load_theatre("syria-2016")


@pytest.fixture(scope="session")
def ukraine() -> Theatre:
    return load_theatre("ukraine-minsk-2015")


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """The bundled corpus (demo and seeds) ingested through the pipeline, judgements included."""
    store = open_store(Path(tmp_path_factory.mktemp("demo")) / "x.db")
    report = ingest_paths(store, [data_path("corpus")])
    assert report.ingested and not report.failures, report.failures
    return store
