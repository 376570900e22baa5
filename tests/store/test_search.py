"""Full-text search: Arabic folding, clitics and stems, English stems, odd queries."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hudna.ingest.readers import read_paths
from hudna.ingest.readers.base import make_document
from hudna.models import Document
from hudna.store import Store, open_store

SEED_000 = "000_90ba3c5774616069"
SEED_003 = "003_50da22164150d52a"
LAVROV_DOCS = {SEED_000, SEED_003, "wa-lavrov"}  # the documents that name Lavrov in Arabic

# Texts written for these tests (each word choice is what the test exercises).
WRITTEN = {
    # "ولافروف" only: the conjunction و glued to the name, never the bare name
    "wa-lavrov": "التقى كيري ولافروف في جنيف مساء الجمعة لبحث الهدنة.",
    # hamza on the alef (إدلب), taa marbuta (مدرسة), diacritics (قُصِفت)
    "idlib-school": "قُصِفت مدرسة في إدلب صباح اليوم، وفق ناشطين محليين.",
    "en-shelled": "The outskirts of the town were shelled overnight, residents said.",
}


@pytest.fixture(scope="module")
def search_store(tmp_path_factory: pytest.TempPathFactory, seed_paths: list[Path]) -> Store:
    store = open_store(tmp_path_factory.mktemp("search") / "search.db")
    for doc in read_paths(seed_paths):
        assert isinstance(doc, Document)
        store.add_document(doc)
    for doc_id, text in WRITTEN.items():
        store.add_document(
            make_document(id=doc_id, text=text, raw=text.encode("utf-8"), source=doc_id)
        )
    return store


def _ids(store: Store, query: str) -> set[str]:
    return {hit.id for hit in store.search(query)}


def test_the_written_texts_exercise_what_they_claim(search_store: Store) -> None:
    assert not re.search(r"(?<!\w)لافروف", WRITTEN["wa-lavrov"])
    assert "لافروف،" in search_store.document(SEED_000).text
    assert "ادلب" not in WRITTEN["idlib-school"] and "مدرسه" not in WRITTEN["idlib-school"]
    assert "shelling" not in WRITTEN["en-shelled"].lower()


@pytest.mark.parametrize("query", ["لافروف", "ولافروف"])
def test_lavrov_found_with_conjunction_and_punctuation(search_store: Store, query: str) -> None:
    assert _ids(search_store, query) == LAVROV_DOCS


@pytest.mark.parametrize("query", ["ادلب", "إدلب", "مدرسه", "مدرسة", "المدرسة"])
def test_arabic_spelling_variants_are_folded(search_store: Store, query: str) -> None:
    assert _ids(search_store, query) == {"idlib-school"}


def test_diacritics_in_the_document_are_ignored(search_store: Store) -> None:
    assert _ids(search_store, "قصفت") == {"idlib-school"}


@pytest.mark.parametrize("query", ["shelling", "Shelling", "shells", "shelled"])
def test_english_query_is_stemmed(search_store: Store, query: str) -> None:
    # Snowball English stems shelling, shells and shelled alike to "shell"
    assert _ids(search_store, query) == {"en-shelled"}


def test_every_query_word_must_match(search_store: Store) -> None:
    assert _ids(search_store, "لافروف جنيف") >= {"wa-lavrov"}
    assert _ids(search_store, "لافروف ادلب") == set()
    assert _ids(search_store, "town shelled") == {"en-shelled"}
    assert _ids(search_store, "town Aleppo") == set()


@pytest.mark.parametrize("query", ["", "   ", "،؛!?…«»", "... --- !!!", "و", "()"])
def test_query_without_words_returns_nothing(search_store: Store, query: str) -> None:
    assert search_store.search(query) == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ('"لافروف"', LAVROV_DOCS),  # quotes are not a phrase operator here, just punctuation
        ("لافروف*", LAVROV_DOCS),  # no prefix search either
        ("NEAR(لافروف", set()),  # NEAR is an ordinary word, which no document has
        ("لافروف OR ادلب", set()),  # OR is a word too: all three words must match
        ('kerry AND "', set()),
    ],
    ids=["quoted", "star", "near", "or", "unbalanced-quote"],
)
def test_fts_syntax_in_queries_is_not_interpreted(
    search_store: Store, query: str, expected: set[str]
) -> None:
    assert _ids(search_store, query) == expected


def test_limit_and_snippet(search_store: Store) -> None:
    [hit] = search_store.search("لافروف", limit=1)
    assert hit.id in LAVROV_DOCS
    [school] = search_store.search("ادلب")
    assert school.title == WRITTEN["idlib-school"]
    assert "إدلب" in school.snippet


def test_snippet_of_vocalised_text_contains_the_word(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.db")
    text = "بِسْمِ اللَّهِ الرَّحْمَنِ الرَّحِيمِ " * 8 + "وَقَعَ الْقَصْفُ فِي مَدِينَةِ إدلب صَبَاحًا"
    store.add_document(make_document(id="vocalised", text=text, raw=text.encode(), source="v"))
    [hit] = store.search("ادلب")
    assert "إدلب" in hit.snippet
