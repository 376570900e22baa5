"""Boilerplate masking: spaces over boilerplate, same length, original text untouched."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from hudna.ingest.cleanup import boilerplate_spans, clean, first_line, mask
from hudna.ingest.readers import read_paths
from hudna.models import Document

TITLE_000 = "كيري يلتقي لافروف مجدداً والخطة المشتركة سيتم إعلانها الشهر القادم"
TITLE_003 = "كيري: قضايا قليلة متبقية للتوصل إلى اتفاق بشأن سورية"


def _doc(path: Path) -> Document:
    [doc] = list(read_paths([path]))
    assert isinstance(doc, Document)
    return doc


def _assert_only_masked(original: str, cleaned: str) -> None:
    """Every character is either kept or turned into a space; newlines never move."""
    assert len(cleaned) == len(original)
    for i, (was, now) in enumerate(zip(original, cleaned, strict=True)):
        assert now == was or now == " ", (i, was, now)
        assert (was == "\n") == (now == "\n"), i


def test_seed_003_masks_credit_and_font_widget(seed003_path: Path) -> None:
    doc = _doc(seed003_path)
    before = doc.text
    cleaned = clean(doc.text, doc.title)
    _assert_only_masked(doc.text, cleaned)
    assert "+ الخط -" in doc.text and "+ الخط -" not in cleaned
    assert "(الكسندرا بيير/Getty)" in doc.text and "(الكسندرا بيير/Getty)" not in cleaned
    # the photo caption itself is text, only its credit is boilerplate
    assert "لافروف: جميع الأطراف تنتهك وقف إطلاق النار" in cleaned
    # the first title occurrence stays, the repeat two lines below is masked
    assert doc.title == TITLE_003
    assert doc.text.count(TITLE_003) == 2
    assert cleaned.startswith(TITLE_003 + "\n")
    assert cleaned.count(TITLE_003) == 1
    # the body is kept, at the same offsets
    body = "أعلن وزير الخارجية الأميركي جون كيري"
    assert cleaned.find(body) == doc.text.find(body) > 0
    assert doc.text == before == seed003_path.read_text(encoding="utf-8")


def test_seed_003_spans_are_exactly_the_boilerplate(seed003_path: Path) -> None:
    doc = _doc(seed003_path)
    masked = {doc.text[s:e] for s, e in boilerplate_spans(doc.text, doc.title)}
    assert masked == {TITLE_003, "(الكسندرا بيير/Getty)", "+ الخط -"}


def test_seed_000_masks_title_glued_to_itself_and_recommendations(seed000_path: Path) -> None:
    doc = _doc(seed000_path)
    sha_before = doc.sha256
    cleaned = clean(doc.text, doc.title)
    _assert_only_masked(doc.text, cleaned)
    glued = TITLE_000 + TITLE_000
    assert glued in doc.text  # the real page repeats the title twice, without a separator
    assert doc.text.count(TITLE_000) == 3
    assert cleaned.startswith(TITLE_000 + "\n")
    assert cleaned.count(TITLE_000) == 1
    glued_line = doc.text.index(glued)
    assert cleaned[glued_line : glued_line + len(glued)].strip() == ""
    assert "قد يعجبك ايضا" in doc.text and "قد يعجبك ايضا" not in cleaned
    assert "الاتحاد برس:" in cleaned
    # the Document is untouched
    assert doc.text == seed000_path.read_text(encoding="utf-8")
    assert doc.sha256 == sha_before == hashlib.sha256(doc.text.encode("utf-8")).hexdigest()


def test_clean_without_title_uses_first_line(seed000_path: Path) -> None:
    text = seed000_path.read_text(encoding="utf-8")
    assert first_line(text) == TITLE_000
    assert clean(text) == clean(text, TITLE_000)


def test_title_repeated_far_below_the_head_is_kept() -> None:
    title = "Truce holds in Aleppo for a second day"
    body = "Residents said the night was calm. " * 20  # > 4 titles + 200 characters
    text = f"{title}\n\n{body}\nAs the headline said: {title}\n"
    cleaned = clean(text, title)
    assert cleaned == text


def test_short_title_is_not_masked() -> None:
    text = "Aleppo\n\nAleppo Aleppo: shelling resumed."
    assert clean(text, "Aleppo") == text


@pytest.mark.parametrize(
    "line", ["Advertisement", "Read more:", "المصدر: وكالات", "شارك على فيسبوك"]
)
def test_whole_boilerplate_lines_are_masked(line: str) -> None:
    text = f"Shelling in Hama\n{line}\nResidents said the shelling lasted an hour.\n"
    cleaned = clean(text)
    assert line not in cleaned
    assert cleaned.splitlines()[1].strip() == ""
    assert "Residents said the shelling lasted an hour." in cleaned
    _assert_only_masked(text, cleaned)


def test_mask_keeps_newlines_and_length() -> None:
    assert mask("ab\ncd\nef", [(1, 7)]) == "a \n  \n f"
    assert mask("abc", []) == "abc"


def test_title_words_said_in_a_sentence_are_kept() -> None:
    # only a copy glued to the title or opening a line is boilerplate
    text = "دي ميستورا\nجنيف - أعرب المبعوث الأممي ستافان دي ميستورا عن أسفه.\n"
    assert clean(text, "دي ميستورا") == text
