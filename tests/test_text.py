"""Arabic folding, offsets back to the original, clitics, index and query terms."""

from __future__ import annotations

import pytest

from hudna.text import (
    WORD_RE,
    arabic_ratio,
    clitic_variants,
    fold,
    fold_with_offsets,
    index_terms,
    is_arabic,
    query_terms,
    search_text,
)


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("أحمد إدلب آمنة ٱلله", "احمد ادلب امنه الله"),  # alef variants → ا, ة → ه
        ("مستشفى", "مستشفي"),  # alef maqsura → ي
        ("مؤتمر رئيس", "موتمر رييس"),  # hamza on waw and on yaa
        ("قُصِفَتْ المدرسةُ", "قصفت المدرسه"),  # diacritics dropped
        ("الحـــرب", "الحرب"),  # tatweel dropped
        ("١٢ أيلول ٢٠١٦ / ۲۰۱۶", "12 ايلول 2016 / 2016"),  # Arabic-Indic and Eastern digits
        ("یک کتاب", "يك كتاب"),  # Persian yeh and keheh
        ("Kerry MET Lavrov", "kerry met lavrov"),
        ("a\u00a0b", "a b"),  # no-break space
    ],
)
def test_fold(raw: str, folded: str) -> None:
    assert fold(raw) == folded


def test_fold_with_offsets_none_when_aligned() -> None:
    assert fold_with_offsets("أعلن كيري في جنيف") == ("اعلن كيري في جنيف", None)


def test_fold_with_offsets_maps_back_to_the_original() -> None:
    text = "قُصِفَتْ مدرسةٌ في إدلب"
    folded, offsets = fold_with_offsets(text)
    assert folded == "قصفت مدرسه في ادلب"
    assert offsets is not None
    assert len(offsets) == len(folded) + 1 and offsets[-1] == len(text)
    for i, ch in enumerate(folded):
        assert fold(text[offsets[i]]) == ch
    start = folded.index("ادلب")
    assert text[offsets[start] : offsets[start + len("ادلب")]] == "إدلب"


def test_is_arabic_and_ratio() -> None:
    assert is_arabic("حلب") and is_arabic("Aleppo حلب") and not is_arabic("Aleppo 2016")
    assert arabic_ratio("") == 0.0
    assert arabic_ratio("2016 !!") == 0.0
    assert arabic_ratio("abc حلب") == 0.5
    assert arabic_ratio("حلب") == 1.0


@pytest.mark.parametrize(
    ("word", "variants"),
    [
        ("ولافروف", {"ولافروف", "لافروف", "افروف"}),
        ("وبحلب", {"وبحلب", "بحلب", "حلب"}),
        ("للمدرسه", {"للمدرسه", "مدرسه", "المدرسه"}),
        ("حلب", {"حلب"}),
    ],
)
def test_clitic_variants(word: str, variants: set[str]) -> None:
    assert clitic_variants(word) == variants


@pytest.mark.parametrize(
    ("document_word", "query_word"),
    [
        ("ولافروف", "لافروف"),
        ("لافروف", "ولافروف"),
        ("لحلب", "حلب"),
        ("وبحلب", "حلب"),
        ("إدلب", "ادلب"),
        ("مدرسة", "مدرسه"),
        ("للمدرسة", "مدرسة"),
        ("والحصار", "الحصار"),
        ("shelled", "shelling"),
        ("Shells", "shelling"),
    ],
)
def test_query_terms_meet_index_terms(document_word: str, query_word: str) -> None:
    assert set(query_terms(query_word)) & set(index_terms(document_word))


@pytest.mark.parametrize(("document_word", "query_word"), [("حلب", "ادلب"), ("shelled", "killed")])
def test_unrelated_words_do_not_meet(document_word: str, query_word: str) -> None:
    assert not set(query_terms(query_word)) & set(index_terms(document_word))


def test_one_letter_words_have_no_terms() -> None:
    assert index_terms("و") == () and query_terms("و") == ()


def test_search_text_folds_and_splits() -> None:
    terms = search_text("كيري ولافروف في إدلب!").split()
    assert {"كيري", "لافروف", "ولافروف", "ادلب"} <= set(terms)
    assert "!" not in "".join(terms)


def test_vocalised_word_is_indexed_whole() -> None:
    assert WORD_RE.findall(fold("قُصِفَتْ")) == ["قصفت"]  # folding first gives one word
    assert set(search_text("قُصِفَتْ المدرسة").split()) == set(search_text("قصفت المدرسة").split())


def test_the_typographic_apostrophe_folds_to_the_apostrophe() -> None:
    assert fold("Bashar Ja’afari") == fold("Bashar Ja'afari") == "bashar ja'afari"


def test_accented_latin_letters_fold_to_their_base_letter_in_place() -> None:
    assert fold("Mevlüt Çavuşoğlu said in İstanbul") == "mevlut cavusoglu said in istanbul"
    folded, offsets = fold_with_offsets("Çavuşoğlu: «الهدنة صامدة»")
    assert folded.startswith("cavusoglu:") and offsets is None  # one letter for one
