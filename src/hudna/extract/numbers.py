"""Casualty counts in Arabic and English: digits of both kinds and number words (data file)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from hudna.data import load_yaml
from hudna.text import alternation, fold


class _Patterns(NamedTuple):
    words: dict[str, int]  # folded number word -> its value
    persons: re.Pattern[str]  # "مقتل امرأة وطفلها", "killing a man and his daughter"
    member: re.Pattern[str]  # one of the dead so named, with how many it counts
    before: re.Pattern[str]  # "killed 14", "مقتل 14"
    after: re.Pattern[str]  # "14 civilians were killed", "12 قتيلاً"
    # "Two fighters of the Syrian Democratic Forces were killed": the count and "of" before the
    # party, the toll's word right after it
    counted_of: re.Pattern[str]
    killed: re.Pattern[str]


@lru_cache(maxsize=1)
def _compiled() -> _Patterns:
    data = load_yaml("lexicons", "numbers.yaml")
    words = {fold(w): int(n) for n, ws in data["words"].items() for w in ws}
    units = alternation([w for w, n in words.items() if 1 <= n <= data["units_max"] and w != "a"])
    tens = alternation([w for w, n in words.items() if data["tens_min"] <= n < 100 and n % 10 == 0])
    # "ثلاثه وعشرون", "twenty-two": the longest reading first
    num = rf"(?:{units})\s+و(?:{tens})|(?:{tens})[- ](?:{units})|" + alternation(list(words))
    count = rf"(?P<n>(?<!:)\d{{1,4}}|(?:{num}))"  # not the minutes of a time ("11:30 Rebel")
    before = "|".join(
        re.escape(fold(w)) for w in [*data["killed_before"]["ar"], *data["killed_before"]["en"]]
    )
    after = "|".join(
        re.escape(fold(w)) for w in [*data["killed_after"]["ar"], *data["killed_after"]["en"]]
    )
    after_en = "|".join(re.escape(fold(w)) for w in data["killed_after"]["en"])
    qual = r"(?:(?:at least|nearly|more than|about|some|ما لا يقل عن|نحو|حوالي|أكثر من|اكثر من|قرابة|قرابه)\s+)?"
    # "four soldiers killed", "Thirteen Iranian military advisers were killed"
    filler = (
        r"(?:(?:[^\W\d_]+\s+){1,3}(?:were|was|have\s+been|had\s+been)\s+|(?:[^\W\d_]+\s+){0,2})"
    )
    people = data["persons"]
    ar_one = alternation([fold(w) for w in people["ar_one"]])
    ar_two = alternation([fold(w) for w in people["ar_two"]])
    construct = alternation([fold(w)[:-1] for w in people["ar_two"] if fold(w).endswith("ين")])
    pair = alternation([fold(w) for w in people["ar_pair"]])
    single = alternation([fold(w) for w in people["ar_single"]])
    en_one = alternation(people["en_one"])
    en_many = alternation(people["en_many"])
    suffix = r"(?:ها|ه|هم|هما)"
    # one of the dead: "امرأة", "شابا", "طفلها", "طفلين", "طفليها", "مدنيين اثنين", "سائق واحد",
    # "a young man", "his daughter", "her two children"
    member = (
        rf"(?P<two>(?:(?:{ar_two})|(?:{construct}){suffix}|\S+\s+(?:{pair}))(?!\w))"
        rf"|(?P<one>(?:{ar_one})ا?{suffix}?(?:\s+(?:{single}))?(?!\w))"
        rf"|(?:a|an|one|his|her|their)\s+(?:[a-z-]+\s+)?(?P<en>{en_one})(?!\w)"
        rf"|(?:(?:his|her|their)\s+)?(?P<n>{num})\s+(?:[a-z-]+\s+)?(?:{en_many})(?!\w)"
    )
    joined = rf"(?:{member})(?:\s+(?:و|and\s+)(?:{member})){{0,2}}"
    persons = (
        rf"(?<!\w)(?:[وف]?[بل]?)(?:{before})\s+{qual}(?P<p>{joined.replace('?P<', '?:<')})(?!\w)"
    )
    return _Patterns(
        words,
        re.compile(
            persons.replace("?:<two>", "?:")
            .replace("?:<one>", "?:")
            .replace("?:<en>", "?:")
            .replace("?:<n>", "?:")
        ),
        re.compile(member),
        re.compile(rf"(?<!\w)(?:[وف]?[بل]?)(?:{before})\s+{qual}{count}(?!\w)"),
        re.compile(rf"(?<!\w){qual}{count}\s+{filler}(?:{after})(?!\w)"),
        re.compile(rf"(?<!\w)(?:\d{{1,4}}|{num})\s+(?:[^\W\d_]+\s+){{0,2}}of\s+(?:the\s+)?$"),
        re.compile(rf"\s+(?:{after_en})(?!\w)"),
    )


_OF_THE_DEAD = re.compile(
    r"\s*(?:[^\W\d_]+\s+)?(?:(?:من|of)\s+(?:the\s+)?)?"
    r"(?:(?:عناصر|مقاتلي|جنود|افراد|ضباط|مستشاري)\s+)?"  # "مقتل 13 من عناصر الحرس الثوري"
    # "مقتل ثلاثة عشر من «المستشارين العسكريين» الإيرانيين": the dead quoted, then whose
    r"(?:[«“\"][^»”\"\n]{1,40}[»”\"]\s+)?"
    r"[«“\"]?"
)


@lru_cache(maxsize=256)
def tolls(folded_clause: str) -> tuple[tuple[int, int, int], ...]:
    """Each death toll stated in a folded clause: its number and where its words start and end."""
    patterns = _compiled()
    found = []
    for pattern in (patterns.before, patterns.after):
        for m in pattern.finditer(folded_clause):
            raw = m.group("n")
            value = count_value(raw)
            if value is not None and value > 0 and not (raw.isdigit() and 1900 <= value <= 2100):
                found.append((value, m.start(), m.end()))
    for m in patterns.persons.finditer(folded_clause):
        total = 0
        for part in patterns.member.finditer(m.group("p")):
            if part.group("two"):
                total += 2
            elif part.group("n"):
                total += count_value(part.group("n")) or 0
            else:
                total += 1
        if total:
            found.append((total, m.start(), m.end()))
    return tuple(sorted(found, key=lambda t: t[1]))


def fatalities(folded_clause: str) -> int | None:
    """The largest death toll stated in a folded clause, or None when it gives no number."""
    return max((value for value, _s, _e in tolls(folded_clause)), default=None)


def in_toll(folded: str, start: int, end: int) -> bool:
    """Whether the words at [start, end) are among the dead of a toll: "killed 14 Turkish
    soldiers", "Fourteen Turkish soldiers killed", "مقتل 14 جندياً تركياً"."""
    patterns = _compiled()
    lo = max(0, start - 50)
    for m in patterns.before.finditer(folded, lo, start):
        # "مقتل 14 جندياً تركياً", "قُتل ثلاثة عناصر من «جيش الإسلام»", "killed two members of"
        if _OF_THE_DEAD.fullmatch(folded, m.end(), start):
            return True
    if patterns.counted_of.search(folded, max(0, start - 40), start) and patterns.killed.match(
        folded, end
    ):
        return True
    lo = max(0, start - 25)
    return any(
        m.start() < start and m.end() >= end for m in patterns.after.finditer(folded, lo, end + 40)
    )


def count_value(folded_word: str) -> int | None:
    """The number a folded word says ("14", "ثلاث", "three", "ثلاثه وعشرون", "twenty-two"),
    or None."""
    words = _compiled().words
    if folded_word.isdigit():
        return int(folded_word)
    if folded_word in words:
        return words[folded_word]
    parts = re.split(r"\s+و|[- ]", folded_word)
    if len(parts) == 2 and all(p in words for p in parts):
        return words[parts[0]] + words[parts[1]]
    return None


def is_count(folded_word: str) -> bool:
    """A number in digits or words ("4", "٤" folded, "اربعه", "four")."""
    return count_value(folded_word) is not None
