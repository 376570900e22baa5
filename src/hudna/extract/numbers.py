"""Casualty counts in Arabic and English: digits of both kinds and number words (data file)."""

from __future__ import annotations

import re
from functools import lru_cache

from hudna.data import load_yaml
from hudna.text import alternation, fold


@lru_cache(maxsize=1)
def _compiled() -> tuple[dict[str, int], re.Pattern[str], re.Pattern[str]]:
    data = load_yaml("lexicons", "numbers.yaml")
    words = {fold(w): int(n) for n, ws in data["words"].items() for w in ws}
    num = alternation(list(words))
    count = rf"(?P<n>(?<!:)\d{{1,4}}|(?:{num}))"  # not the minutes of a time ("11:30 Rebel")
    before = "|".join(
        re.escape(fold(w)) for w in [*data["killed_before"]["ar"], *data["killed_before"]["en"]]
    )
    after = "|".join(
        re.escape(fold(w)) for w in [*data["killed_after"]["ar"], *data["killed_after"]["en"]]
    )
    qual = r"(?:(?:at least|nearly|more than|about|some|ما لا يقل عن|نحو|حوالي|أكثر من|اكثر من|قرابة)\s+)?"
    filler = r"(?:[^\W\d_]+\s+){0,2}"
    pat_before = re.compile(rf"(?<!\w)(?:{before})\s+{qual}{count}(?!\w)")
    pat_after = re.compile(rf"(?<!\w){qual}{count}\s+{filler}(?:{after})(?!\w)")
    return words, pat_before, pat_after


@lru_cache(maxsize=1)
def _of_the_killed() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "Two fighters of the Syrian Democratic Forces were killed": the count and "of" before the
    party, the toll's word right after it."""
    data = load_yaml("lexicons", "numbers.yaml")
    words = {fold(w) for ws in data["words"].values() for w in ws}
    after = "|".join(re.escape(fold(w)) for w in data["killed_after"]["en"])
    count = rf"(?:\d{{1,4}}|{alternation(list(words))})"
    return (
        re.compile(rf"(?<!\w){count}\s+(?:[^\W\d_]+\s+){{0,2}}of\s+(?:the\s+)?$"),
        re.compile(rf"\s+(?:{after})(?!\w)"),
    )


_OF_THE_DEAD = re.compile(
    r"\s*(?:[^\W\d_]+\s+)?(?:(?:من|of)\s+(?:the\s+)?)?"
    r"(?:(?:عناصر|مقاتلي|جنود|افراد|ضباط|مستشاري)\s+)?"  # "مقتل 13 من عناصر الحرس الثوري"
    r"[«“\"]?"
)


@lru_cache(maxsize=256)
def fatalities(folded_clause: str) -> int | None:
    """The largest death toll stated in a folded clause, or None when it gives no number."""
    _words, pat_before, pat_after = _compiled()
    counts = []
    for pattern in (pat_before, pat_after):
        for m in pattern.finditer(folded_clause):
            raw = m.group("n")
            value = count_value(raw)
            if value is not None and value > 0 and not (raw.isdigit() and 1900 <= value <= 2100):
                counts.append(value)
    return max(counts) if counts else None


def in_toll(folded: str, start: int, end: int) -> bool:
    """Whether the words at [start, end) are among the dead of a toll: "killed 14 Turkish
    soldiers", "Fourteen Turkish soldiers killed", "مقتل 14 جندياً تركياً"."""
    _words, pat_before, pat_after = _compiled()
    lo = max(0, start - 50)
    for m in pat_before.finditer(folded, lo, start):
        # "مقتل 14 جندياً تركياً", "قُتل ثلاثة عناصر من «جيش الإسلام»", "killed two members of"
        if _OF_THE_DEAD.fullmatch(folded, m.end(), start):
            return True
    counted_of, killed = _of_the_killed()
    if counted_of.search(folded, max(0, start - 40), start) and killed.match(folded, end):
        return True
    lo = max(0, start - 25)
    return any(
        m.start() < start and m.end() >= end for m in pat_after.finditer(folded, lo, end + 40)
    )


def count_value(folded_word: str) -> int | None:
    """The number a folded word says ("14", "ثلاث", "three"), or None."""
    words, _before, _after = _compiled()
    return int(folded_word) if folded_word.isdigit() else words.get(folded_word)


def is_count(folded_word: str) -> bool:
    """A number in digits or words ("4", "٤" folded, "اربعه", "four")."""
    return count_value(folded_word) is not None
