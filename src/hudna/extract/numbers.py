"""Casualty counts in Arabic and English: digits of both kinds and number words (data file)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from hudna.data import load_yaml
from hudna.text import alternation, fold


class _Patterns(NamedTuple):
    words: dict[str, int]  # folded number word -> its value
    before: re.Pattern[str]  # "killed 14", "مقتل 14"
    after: re.Pattern[str]  # "14 civilians were killed", "12 قتيلاً"
    persons: re.Pattern[str]  # "مقتل امرأة وطفلها", "killing a man and his daughter"
    persons_after: re.Pattern[str]  # "طفلة قضت بقذيفة", "a man and a child died", "أوقعت قتيلين"
    member: re.Pattern[str]  # one of the dead so named, with how many it counts
    listed: re.Pattern[str]  # "- بلدة التمانعة: مدنيان اثنان، بقصف مدفعي"
    single: re.Pattern[str]  # "the ambassador was shot dead", "اغتيال السفير": one dead
    upper: re.Pattern[str]  # "up to", "between 160 and": before a count that is no toll
    result: re.Pattern[str]  # "ما أسفر عن", ", killing": before a toll of the act told before
    starved: re.Pattern[str]  # "جوعاً", "of starvation": after a toll that is no act's
    # "Two fighters of the Syrian Democratic Forces were killed": the count and "of" before the
    # party, the toll's word right after it
    counted_of: re.Pattern[str]
    killed: re.Pattern[str]


def _member(named: bool, num: str, people: dict[str, list[str]]) -> str:
    """One of the dead: "امرأة", "شابا", "طفلها", "طفلين", "طفليها", "مدنيين اثنين", "سائق واحد",
    "a young man", "his daughter", "her two children", "22 children"; with `named`, a group
    says how many it counts (two, one, en or n)."""

    def g(name: str) -> str:
        return f"?P<{name}>" if named else "?:"

    ar_one = alternation([fold(w) for w in people["ar_one"]])
    ar_two = alternation([fold(w) for w in people["ar_two"]])
    construct = alternation([fold(w)[:-1] for w in people["ar_two"] if fold(w).endswith("ين")])
    pair = alternation([fold(w) for w in people["ar_pair"]])
    single = alternation([fold(w) for w in people["ar_single"]])
    suffix = r"(?:ها|ه|هم|هما)"
    return (
        rf"({g('two')}(?:(?:{ar_two})|(?:{construct}){suffix}|\S+\s+(?:{pair}))(?!\w))"
        rf"|({g('one')}(?:{ar_one})ا?{suffix}?(?:\s+(?:{single}))?(?!\w))"
        rf"|(?:a|an|one|his|her|their)\s+(?:[a-z-]+\s+)?({g('en')}{alternation(people['en_one'])})(?!\w)"
        rf"|(?:(?:his|her|their)\s+)?({g('n')}\d{{1,4}}|{num})\s+(?:[a-z-]+\s+)?"
        rf"(?:{alternation(people['en_many'])}|[a-z]+s)(?!\w)"
    )


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
    qual = r"(?:(?:at least|between|بين|nearly|more than|about|some|ما لا يقل عن|نحو|حوالي|أكثر من|اكثر من|قرابة|قرابه)\s+)?"
    # "وقُتل أمس ستة مدنيين": the day between the verb and the count
    day = rf"(?:(?:{alternation([fold(w) for w in data['day_between']])})\s+)?"
    # "four soldiers killed", "Thirteen Iranian military advisers were killed", "Seven
    # civilians, including two children, were killed"
    filler = (
        r"(?:(?:[^\W\d_]+\s+){1,3}(?:were|was|have\s+been|had\s+been)\s+"
        rf"|(?:[^\W\d_]+\s+){{0,2}}[^\W\d_]+,\s+(?:{alternation(data['apposition'])})\s+[^,.;]{{1,60}},\s+"
        r"(?:were|was|have\s+been|had\s+been)\s+"
        r"|(?:[^\W\d_]+\s+){0,2})"
    )
    people = data["persons"]
    dead_after = alternation([fold(w) for w in people["dead_after"]])
    plain = _member(False, num, people)
    joined = rf"(?:{plain})(?:\s+(?:و|and\s+)(?:{plain})){{0,2}}"
    return _Patterns(
        words,
        re.compile(rf"(?<!\w)(?:[وف]?[بل]?)(?:{before})\s+{day}{qual}{count}(?!\w)"),
        re.compile(rf"(?<!\w){qual}{count}\s+{filler}(?:{after})(?!\w)"),
        re.compile(rf"(?<!\w)(?:[وف]?[بل]?)(?:{before})\s+{day}{qual}(?P<p>{joined})(?!\w)"),
        re.compile(
            rf"(?<!\w)(?P<p>{joined})(?:\s+(?:{dead_after})(?!\w)|(?<=قتيلين|قتيلان|شهيدين|شهيدان))"
        ),
        re.compile(_member(True, num, people)),
        # a list's line: the place, a colon, the dead and what killed them
        re.compile(
            rf"^\s*[-–•]?\s*[^:\n]{{2,60}}:\s+{qual}(?P<p>(?:\d{{1,4}}|{num})\s+\S+|{joined})"
            rf"(?=\s*[،,]?\s*(?:بينهم\s+[^،,]{{1,40}}[،,]\s*)?(?:جراء|اثر|بسبب|في|ب|by|in|when)"
            rf"|\s*[،,]?\s*$)"
        ),
        re.compile(rf"(?<!\w)[وف]?(?:{alternation([fold(w) for w in data['one_dead']])})(?!\w)"),
        re.compile(
            rf"(?<!\w)(?:{alternation([fold(w) for w in data['upper_bound']])}"
            rf"|between\s+(?:\d{{1,4}}|{num})\s+and"
            rf"|بين\s+(?:\d{{1,4}}|{num})\s+و)\s*(?=\d|{num})"
        ),
        re.compile(
            rf"(?:ما\s+)?(?:{alternation([fold(w) for w in data['result_of_act']['ar']])})"
            rf"\s+(?:\S+\s+)?(?:عن|الي)\s|,\s+(?:{alternation(data['result_of_act']['en'])})\s"
        ),
        re.compile(rf"\s*(?:\S+\s+)?(?:{alternation([fold(w) for w in data['starved']])})"),
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
    for pattern, group in (
        (patterns.persons, 0),
        (patterns.persons_after, 0),
        (patterns.listed, "p"),
    ):
        for m in pattern.finditer(folded_clause):
            total = _counted(m.group("p"))
            if total:  # (a list's toll starts after its place's name)
                found.append((total, m.start(group), m.end()))
    for m in patterns.single.finditer(folded_clause):
        found.append((1, m.start(), m.end()))
    # "between 160 and 200 killed": the lower bound; "up to 200 killed": no bound below
    capped = [m.end() for m in patterns.upper.finditer(folded_clause)]
    found = [t for t in found if not any(t[1] <= c <= t[2] for c in capped)]
    return tuple(sorted(found, key=lambda t: t[1]))


def _counted(phrase: str) -> int:
    """How many the dead named in `phrase` are ("امرأة وطفلاها" = 3, "22 children and six
    teachers" = 28, "قتيلان" = 2)."""
    total = 0
    for part in _compiled().member.finditer(phrase):
        if part.group("two"):
            total += 2
        elif part.group("n"):
            total += count_value(part.group("n")) or 0
        else:
            total += 1
    if not total:  # "ريف دمشق: 4 مدنيين": a count and its noun
        head = phrase.split()[0] if phrase.split() else ""
        total = count_value(head) or 0
    return total


def told_as_result(folded: str, lo: int, toll_start: int) -> bool:
    """Whether the toll starting at `toll_start` is told as the result of an act before it ("ما
    أسفر عن مقتل 20 شخصاً", ", killing nearly 50 people"); `lo` bounds the look back."""
    return _compiled().result.search(folded, max(lo, toll_start - 14), toll_start + 8) is not None


def starved(folded: str, toll_end: int) -> bool:
    """Whether the dead of the toll ending at `toll_end` starved ("وفاة طفلين جوعاً"): no act's."""
    return _compiled().starved.match(folded, toll_end) is not None


def fatalities(folded_clause: str) -> int | None:
    """The largest death toll stated in a folded clause, or None when it gives no number."""
    return max((value for value, _s, _e in tolls(folded_clause)), default=None)


def in_toll(folded: str, start: int, end: int) -> bool:
    """Whether the words at [start, end) are among the dead of a toll: "killed 14 Turkish
    soldiers", "Fourteen Turkish soldiers killed", "مقتل 14 جندياً تركياً", "قتيلان اثنان من
    مقاتلي المعارضة"."""
    patterns = _compiled()
    # a death word and a count ("مقتل 14 جندياً تركياً", "killed two members of"), or the dead
    # named one by one ("قتيلان اثنان من مقاتلي المعارضة", "قُتل عنصران من"), then whose
    for pattern, reach in (
        (patterns.before, 50),
        (patterns.persons_after, 40),
        (patterns.persons, 40),
    ):
        for m in pattern.finditer(folded, max(0, start - reach), start):
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
