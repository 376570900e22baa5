"""Shared fixtures: the seed articles and their gold, the compiled extractor, a temporary store."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from hudna.data import data_path
from hudna.extract.pipeline import Extractor
from hudna.ingest.readers import read_paths
from hudna.models import Document, Language
from hudna.store import Store, open_store

ROOT = Path(__file__).resolve().parents[1]
TEST_DATA = ROOT / "tests" / "data"
SEEDS = data_path("corpus", "seeds")
DEMO = data_path("corpus", "demo")


def make_doc(text: str, published: dt.date, language: Language = "ar") -> Document:
    """A one-text document, as the extraction tests feed the extractor."""
    return Document(id="t", text=text, published=published, language=language)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if os.environ.get("HUDNA_SLOW") or config.getoption("-m") == "slow":
        return
    skip = pytest.mark.skip(reason="slow: set HUDNA_SLOW=1 or run -m slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def seed_docs() -> dict[str, Document]:
    docs = [d for d in read_paths(sorted(SEEDS.glob("*.txt"))) if isinstance(d, Document)]
    return {d.id: d for d in docs}


@pytest.fixture(scope="session")
def seed_gold() -> dict[str, dict]:
    lines = (TEST_DATA / "seeds_gold.jsonl").read_text(encoding="utf-8").splitlines()
    return {g["id"]: g for g in map(json.loads, lines)}


@pytest.fixture(scope="session")
def extraction_schema() -> dict:
    return json.loads(data_path("schemas", "extraction.schema.json").read_text(encoding="utf-8"))


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    return open_store(tmp_path / "test.db")
