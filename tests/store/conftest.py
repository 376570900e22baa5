"""Fixtures for the store tests: a fresh migrated SQLite store, the seeds and the ingest test data."""

from __future__ import annotations

from pathlib import Path

import pytest

from hudna.data import data_path
from hudna.store import Store, open_store

REPO = Path(__file__).resolve().parents[2]
INGEST_DATA = REPO / "tests" / "data" / "ingest"
SEED_NAMES = ("000_90ba3c5774616069.txt", "003_50da22164150d52a.txt")


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    """The two seed articles (real Arabic news, UTF-8), from `shared/seeds` next to the repo or a
    copy shipped as package data."""
    for folder in (REPO.parent / "shared" / "seeds", data_path("corpus", "seeds")):
        paths = [folder / name for name in SEED_NAMES]
        if all(p.is_file() for p in paths):
            return paths
    pytest.skip("seed articles not found (expected ../shared/seeds next to the repository)")


@pytest.fixture(scope="session")
def ingest_data() -> Path:
    return INGEST_DATA


@pytest.fixture()
def tmp_store(tmp_path: Path) -> Store:
    """A new SQLite database, migrated to the newest revision."""
    return open_store(tmp_path / "hudna.db")
