"""The Aho-Corasick matcher: clitics, verb prefixes, endings, word boundaries and acronyms."""

from __future__ import annotations

import pytest

from hudna.extract.matcher import Matcher, longest_non_overlapping
from hudna.text import fold


def _found(specs: list[str], text: str, cased: bool = False) -> list[str]:
    """The folded words matched; a match spans the pattern, not the clitics before it."""
    matcher = Matcher()
    for spec in specs:
        matcher.add(spec, spec)
    folded = fold(text)
    assert len(folded) == len(text)  # these texts have no characters that folding drops
    matches = matcher.find(folded, cased=(lambda s, e: text[s:e]) if cased else None)
    return [folded[m.start : m.end] for m in longest_non_overlapping(matches)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وصل كيري إلى جنيف", ["كيري"]),
        ("التقى لافروف بكيري", ["كيري"]),  # the preposition ب is a clitic
        ("وكيري قال", ["كيري"]),  # the conjunction و
        ("كيريات شمونة", []),  # not a word boundary
    ],
)
def test_arabic_nouns_take_proclitics_only(text: str, expected: list[str]) -> None:
    assert _found(["كيري"], text) == expected


def test_article_patterns_take_the_lam_variant() -> None:
    assert _found(["الهدنة"], "دعا للهدنة في حلب") == ["لهدنه"]
    assert _found(["الهدنة"], "دعا لهدنة في حلب") == []  # ل without the article's lam


def test_verbs_take_imperfect_and_future_prefixes() -> None:
    assert _found(["~قصف*"], "وستقصف الطائرات المدينة") == ["قصف"]
    assert _found(["~قصف*"], "بقصف") == []  # ب is a noun clitic, not a verb prefix


def test_a_verb_takes_verb_endings_but_not_the_plural_nouns() -> None:
    assert _found(["~طلب*"], "وطلبت الحكومة المساعدة") == ["طلبت"]
    assert _found(["~طلب*"], "رفضت الحكومة طلبات الوصول") == []  # requests: a noun
    assert _found(["~تعهد*"], "تعهداتها السابقة") == []
    assert _found(["~أضاف*"], "تعزيزات إضافية") == []  # an adjective's ending
    assert _found(["~لفت*"], "جيش الفتح") == []  # the article, not the prefix ا and لفت
    assert _found(["~لفت*"], "ولفت إلى أن") == ["لفت"]


def test_suffix_star_extends_to_the_end_of_the_word() -> None:
    assert _found(["غارة*"], "شنت غارتين") == []  # a different stem
    assert _found(["shell*"], "they shelled the town") == ["shelled"]


def test_inner_star_lets_a_phrase_word_take_verb_endings() -> None:
    assert _found(["~شن* غارات"], "شنوا غارات على المدينة") == ["شنوا غارات"]


def test_english_patterns_take_no_prefix() -> None:
    assert _found(["raid"], "a raid on the town") == ["raid"]
    assert _found(["raid"], "afraid of the raid") == ["raid"]


def test_acronyms_match_in_capitals_only() -> None:
    specs = ["WHO", "U.N."]
    assert _found(specs, "The WHO said the U.N. convoy was hit", cased=True) == ["who", "u.n."]
    assert _found(specs, "Kerry, who met Putin, spoke", cased=True) == []
    # without the original text (folded input only) an acronym matches as before
    assert _found(specs, "Kerry, who met Putin, spoke") == ["who"]
