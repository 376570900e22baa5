"""Fixtures for the ingest tests: the seed articles (real Arabic news) and the ingest test data."""

from __future__ import annotations

from pathlib import Path

import pytest

from hudna.data import data_path

REPO = Path(__file__).resolve().parents[2]
INGEST_DATA = REPO / "tests" / "data" / "ingest"
SEED_000 = "000_90ba3c5774616069.txt"
SEED_003 = "003_50da22164150d52a.txt"


def _seeds_dir() -> Path:
    """The folder holding the two seed articles: `shared/seeds` next to the repo, or a copy
    shipped as package data."""
    for candidate in (REPO.parent / "shared" / "seeds", data_path("corpus", "seeds")):
        if (candidate / SEED_000).is_file() and (candidate / SEED_003).is_file():
            return candidate
    pytest.skip("seed articles not found (expected ../shared/seeds next to the repository)")


@pytest.fixture(scope="session")
def ingest_data() -> Path:
    return INGEST_DATA


@pytest.fixture(scope="session")
def seed000_path() -> Path:
    return _seeds_dir() / SEED_000


@pytest.fixture(scope="session")
def seed003_path() -> Path:
    return _seeds_dir() / SEED_003


@pytest.fixture(scope="session")
def seed_paragraph(seed000_path: Path) -> str:
    """The first body paragraph of seed 000 (a real Arabic news paragraph, 200+ characters)."""
    text = seed000_path.read_text(encoding="utf-8")
    paragraph = next(p for p in text.split("\n\n") if p.startswith("التقى وزيرا الخارجية"))
    assert len(paragraph) > 200
    return paragraph


@pytest.fixture(scope="session")
def seed_texts(seed000_path: Path, seed003_path: Path) -> str:
    """Both seed articles' text, joined."""
    return "\n".join(p.read_text(encoding="utf-8") for p in (seed000_path, seed003_path))
