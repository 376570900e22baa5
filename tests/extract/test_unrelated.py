"""Unrelated news that reads like war (tests/data/unrelated/): no hostile act is read from it."""

from __future__ import annotations

from pathlib import Path

from hudna.extract.pipeline import Extractor
from hudna.ingest.readers import read_paths
from hudna.models import HOSTILE_TYPES, Document

UNRELATED = Path(__file__).resolve().parents[1] / "data" / "unrelated" / "docs.jsonl"

# locusts' "هجوم" in a sentence whose subject is told a sentence before: left, see the README
KNOWN = {"u-ar-005"}


def test_unrelated_news_that_reads_like_war_tells_no_act(extractor: Extractor) -> None:
    docs = [d for d in read_paths([UNRELATED]) if isinstance(d, Document)]
    assert len(docs) == 60
    with_acts = {
        d.id: [(e.type, e.place) for e in extractor(d).events if e.type in HOSTILE_TYPES]
        for d in docs
    }
    wrong = {k: v for k, v in with_acts.items() if v and k not in KNOWN}
    assert wrong == {}
