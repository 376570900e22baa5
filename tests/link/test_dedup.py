"""Near-duplicate documents: syndicated copies found by MinHash LSH on folded character 5-grams."""

from __future__ import annotations

import datetime as dt
import json

from hudna.link.dedup import THRESHOLD, find_duplicates, jaccard, shingles
from hudna.models import Document
from tests.conftest import DEMO


def demo_docs(*ids: str) -> list[Document]:
    """Reports of the demo corpus's synthetic.jsonl, by id."""
    lines = (DEMO / "synthetic.jsonl").read_text(encoding="utf-8").splitlines()
    rows = {r["id"]: r for r in map(json.loads, lines)}
    return [
        Document(
            id=i,
            text=rows[i]["text"],
            title=rows[i]["title"],
            outlet=rows[i]["outlet"],
            published=dt.date.fromisoformat(rows[i]["published"]),
        )
        for i in ids
    ]


def test_syndicated_copy_of_demo_012_is_found_with_its_similarity() -> None:
    docs = demo_docs("demo-011", "demo-012", "demo-013", "demo-014")
    [dup] = find_duplicates(docs)
    assert (dup.doc_id, dup.duplicate_of) == ("demo-014", "demo-012")
    assert 0.85 < dup.similarity < 0.95  # measured 0.894: new title, dateline and first sentence


def test_three_outlets_reporting_one_strike_are_not_copies() -> None:
    docs = demo_docs("demo-011", "demo-012", "demo-013")
    assert find_duplicates(docs) == []
    a, b = (shingles(d.text) for d in docs[:2])
    assert jaccard(a, b) < THRESHOLD / 2  # two Arabic reports of the same strike: 0.11


def test_copies_point_at_the_earliest_document_of_their_group() -> None:
    [original] = demo_docs("demo-012")
    copy = original.model_copy(update={"id": "copy", "published": dt.date(2016, 8, 18)})
    reprint = original.model_copy(
        update={
            "id": "reprint",
            "published": dt.date(2016, 8, 19),
            "text": original.text + "\nنقلاً عن موقع آخر.",
        }
    )
    found = find_duplicates([reprint, copy, original])
    assert {(d.doc_id, d.duplicate_of) for d in found} == {
        ("copy", "demo-012"),
        ("reprint", "demo-012"),
    }


def test_diacritics_and_letter_variants_fold_before_shingling() -> None:
    plain = "قتل مدنيون في قصف بالبراميل المتفجرة على السوق الشعبي في مدينة ادلب صباح اليوم " * 3
    marked = plain.replace("قتل", "قُتِلَ").replace("ادلب", "إدلب").replace("المتفجرة", "المتفجره")
    docs = [Document(id="a", text=plain), Document(id="b", text=marked)]
    [dup] = find_duplicates(docs)
    assert dup.similarity > 0.9


def test_empty_and_short_texts_are_never_duplicates() -> None:
    assert find_duplicates([Document(id="a", text="abc"), Document(id="b", text="abc")]) == []
