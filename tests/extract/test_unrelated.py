"""Unrelated news that reads like war (tests/data/unrelated/): no hostile act is read from it."""

from __future__ import annotations

from pathlib import Path

from hudna.extract.pipeline import Extractor
from hudna.ingest.readers import read_paths
from hudna.models import HOSTILE_TYPES, Document

UNRELATED = Path(__file__).resolve().parents[1] / "data" / "unrelated" / "docs.jsonl"

# left, see the README: locusts whose subject is a clause away, and one more (the chess queen
# and the team that "stormed back" are read right since stop 39)
KNOWN = {"u-ar-005", "v-ar-036"}


def test_unrelated_news_that_reads_like_war_tells_no_act(extractor: Extractor) -> None:
    docs = [d for d in read_paths([UNRELATED]) if isinstance(d, Document)]
    assert len(docs) == 120
    with_acts = {
        d.id: [(e.type, e.place) for e in extractor(d).events if e.type in HOSTILE_TYPES]
        for d in docs
    }
    wrong = {k: v for k, v in with_acts.items() if v and k not in KNOWN}
    assert wrong == {}
