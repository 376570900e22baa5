"""Dates in Arabic and English news: absolute, numeric, Hijri and relative to publication.

Month names (Levantine كانون/شباط/آذار…, Egyptian يناير/فبراير…, and the combined `آب/أغسطس`),
weekdays and relative expressions are data (`data/lexicons/dates.yaml`); the patterns are compiled
once. Matching runs on folded text, so Arabic-Indic digits and hamza spellings need no cases.
Weeks are ISO weeks (Monday to Sunday).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise
from typing import Literal

from hijridate import Hijri

from hudna.data import load_yaml
from hudna.text import alternation, fold

Precision = Literal["day", "week", "month", "year"]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression at `[start, end)` of the text; `value` is None when it cannot be resolved."""

    start: int
    end: int
    value: dt.date | None
    precision: Precision | None
    kind: Literal["absolute", "relative", "vague", "anchored"]
    text: str
    until: dt.date | None = None  # last day of the period (week, month, year)
    shift: int | None = None  # anchored: days from the last date told before (resolved by events)

    def iso(self) -> str | None:
        """The value as the contract writes a date: always a full `YYYY-MM-DD`."""
        return self.value.isoformat() if self.value else None

    def due(self) -> str | None:
        """The value as a due date: `YYYY-MM-DD`, `YYYY-MM` or `YYYY` by precision (a week: its
        last day)."""
        if self.value is None:
            return None
        if self.precision == "month":
            return self.value.strftime("%Y-%m")
        if self.precision == "year":
            return str(self.value.year)
        if self.precision == "week" and self.until:
            return self.until.isoformat()
        return self.value.isoformat()


@dataclass(frozen=True)
class _Tables:
    month_of: dict[str, int]
    hijri_of: dict[str, int]
    weekday_of: dict[str, int]
    relative: dict[str, tuple[str, int]]
    vague: frozenset[str]
    modifier_of: dict[str, str]
    patterns: list[tuple[str, re.Pattern[str]]]
    starts: re.Pattern[str]  # where any of the patterns matches
    anchored: dict[str, int]
    day_counts: dict[str, int]
    ordinal_days: dict[str, int]
    to_come: re.Pattern[str]  # words of a time to come before a weekday (`to_come` in dates.yaml)


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    data = load_yaml("lexicons", "dates.yaml")
    month_of = {fold(name): int(n) for n, names in data["months"].items() for name in names}
    hijri_of = {fold(name): int(n) for n, names in data["hijri_months"].items() for name in names}
    weekday_of = {fold(name): int(n) for n, names in data["weekdays"].items() for name in names}
    relative = {}
    for rel in data["relative"]:
        for name in [*rel.get("ar", []), *rel.get("en", [])]:
            relative[fold(name)] = (rel["unit"], int(rel["offset"]))
    vague = frozenset(fold(w) for w in [*data["vague_future"]["ar"], *data["vague_future"]["en"]])
    anchored = {
        fold(name): int(a["shift"])
        for a in data.get("anchored", [])
        for name in [*a.get("ar", []), *a.get("en", [])]
    }
    counts = data.get("day_counts", {})
    day_counts = {fold(k): int(v) for lang in ("ar", "en") for k, v in counts.get(lang, {}).items()}
    ords = data.get("ordinal_days", {})
    ordinal_days = {fold(k): int(v) for lang in ("ar", "en") for k, v in ords.get(lang, {}).items()}
    modifier_of = {fold(w): kind for kind, words in data["month_modifiers"].items() for w in words}
    month = alternation(list(month_of))
    hijri = alternation(list(hijri_of))
    wday = alternation(list(weekday_of))
    rel = alternation(list(relative))
    vag = alternation(list(vague))
    counted = alternation(list(day_counts))
    mods = alternation([w for w, k in modifier_of.items() if k in ("mid", "start", "end")])
    past_next = alternation([w for w, k in modifier_of.items() if k in ("past", "next")])
    b = r"(?<![^\W_])"  # start of a word
    e = r"(?![^\W_])"  # end of a word
    year = r"(?:(?:من\s+)?(?:عام|العام|سنه|لعام)\s+)?(?P<year>(?:19|20)\d\d)"
    m1 = rf"(?P<m1>{month})"
    m2 = rf"(?:\s*[/\-(]\s*(?P<m2>{month})\s*\)?)?"
    # every pattern starts at the start of a word (`b`, added when compiled)
    coming = alternation([w for w, (unit, o) in relative.items() if unit == "day" and o > 0])
    months_told = alternation([w for w, (unit, _o) in relative.items() if unit == "month"])
    ordinal = alternation(list(ordinal_days))
    sources = [
        # في العشرين من الشهر الجاري ; 9 من الشهر الماضي ; the 20th of this month
        (
            "dayrel",
            rf"(?:(?P<day>[0-3]?\d)(?:st|nd|rd|th)?|(?:ال)?(?P<ord>{ordinal}))\s+(?:من\s+|of\s+)"
            rf"(?P<rel>{months_told}){e}",
        ),
        # "ففي السابع عشر من الشهر، قصفت ...": a day of the month the report is in
        (
            "dom",
            rf"(?:(?P<day>[0-3]?\d)|(?:ال)?(?P<ord>{ordinal}))\s+من\s+الشهر{e}"
            rf"(?!\s+(?:الماضي|المقبل|القادم|المنصرم|السابق|الفايت|التالي|نفسه|ذاته))",
        ),
        # "reached in Geneva on the 9th, ...": a day of the month of publication
        (
            "dom",
            rf"on\s+the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th){e}(?=\s*(?:[,.;)]|$|\s(?:and|in|at|when|but)\s))",
        ),
        # 26 آب/أغسطس 2016 ; 27 اغسطس ; 3 September 2016 ; الخميس 4 ايلول
        (
            "dmy",
            rf"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:من\s+|of\s+)?(?:شهر\s+)?[وبل]?{m1}{m2}{e}(?:\s*,?\s*{year})?",
        ),
        # September 3, 2016 ; August 26
        (
            "mdy",
            rf"{m1}\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?{e}(?:\s*,?\s*(?P<year>(?:19|20)\d\d))?",
        ),
        # في الثامن عشر من أيلول ; the eighteenth of September
        (
            "ordinal",
            rf"(?:ال)?(?P<ord>{ordinal})\s+(?:من\s+|of\s+)?(?:شهر\s+)?[وبل]?{m1}{m2}{e}(?:\s*,?\s*{year})?",
        ),
        # three days ago ; قبل ثلاثة أيام
        (
            "ago",
            rf"(?:(?P<n3>{counted})\s+ago|قبل\s+(?P<n4>{counted})){e}",
        ),
        # 26/8/2016, 26-08-2016, 2016-08-26
        ("iso", rf"(?P<year>(?:19|20)\d\d)-(?P<mon>[01]?\d)-(?P<day>[0-3]?\d){e}"),
        (
            "num",
            rf"(?P<day>[0-3]?\d)[/.\-](?P<mon>[01]?\d)[/.\-](?P<year>(?:19|20)\d\d){e}",
        ),
        # 23 ذو القعدة 1437 (هـ)
        (
            "hijri",
            rf"(?P<day>[0-3]?\d)\s+(?P<hm>{hijri})\s+(?P<year>1[34]\d\d){e}(?:\s*(?:هـ|ه){e})?",
        ),
        # منتصف يوليو/تموز الماضي ; نهاية أيلول ; mid-July ; the end of the month
        (
            "mod",
            rf"(?P<mod>{mods})\s*-?\s*(?:شهر\s+)?{m1}{m2}{e}(?:\s+(?P<pn>{past_next}){e})?(?:\s*,?\s*{year})?",
        ),
        # تموز/يوليو الماضي ; آب 2016 ; August 2016 ; next September
        (
            "month",
            rf"(?:(?P<pn0>{past_next})\s+)?(?:شهر\s+)?[وبل]?{m1}{m2}{e}(?:\s+(?P<pn>{past_next}){e}|\s*,?\s*{year})?",
        ),
        # "اليوم الجمعة" in a paper dated the Saturday: the weekday says which day "today" was
        ("wday", rf"(?:اليوم|today)\s*[,،]?\s*(?:يوم\s+)?(?P<wd>{wday}){e}"),
        # "غداً الاثنين", "tomorrow, Monday": the day to come, not the weekday gone by
        (
            "rel",
            rf"(?P<rel>{coming}){e}\s*[,،]?\s*(?:يوم\s+)?(?P<wd>{wday}){e}",
        ),
        # الثلاثاء الماضي ; يوم الأحد ; on Tuesday ; last Friday
        (
            "wday",
            rf"(?:(?P<pn0>{past_next})\s+)?(?:يوم\s+)?(?P<wd>{wday}){e}(?:\s+(?P<pn>{past_next}){e})?",
        ),
        ("anchored", rf"[وف]?(?P<anc>{alternation(list(anchored))}){e}"),
        # six days later ; three days after ; بعد يومين من ; قبل ذلك بثلاثة أيام
        (
            "counted",
            rf"(?:(?P<n1>{counted})\s+(?P<dir1>later|after|earlier|before){e}"
            rf"|[وف]?(?P<dir2>بعد|قبل ذلك)\s+ب?(?P<n2>{counted})(?:\s+من)?{e})",
        ),
        # not "في اليوم الثالث والعشرين لسريان الهدنة": the truce's twenty-third day, not today
        ("rel", rf"(?P<rel>{rel}){e}(?!\s+(?:ال)?(?:{ordinal}){e})"),
        ("vague", rf"(?P<vague>{vag}){e}"),
        # a year alone, after a word that makes it one: عام 2014 ; منذ 2012 ; in 2015 ; since 2013
        (
            "year",
            rf"(?:(?:منذ|في|خلال|حتي|مطلع|اواخر|بدايه|نهايه)\s+|in\s+|since\s+|during\s+|until\s+"
            rf"|early\s+|late\s+|mid-?)?(?P<told>(?:(?:ال|ل)?(?:عام|سنه)\s+)?(?P<year>(?:19|20)\d\d)){e}"
            rf"(?!\s*[/\-]\s*\d)",
        ),
    ]
    patterns = [(name, re.compile(b + source)) for name, source in sources]
    # Where any of them matches (a lookahead, so that overlapping matches are all found): the
    # text is scanned once for these places and each pattern is tried only there. Group names
    # repeat from one pattern to the next, so they are dropped here.
    bodies = "|".join(re.sub(r"\(\?P<\w+>", "(?:", source) for _, source in sources)
    starts = re.compile(rf"{b}(?={bodies})")
    return _Tables(
        month_of,
        hijri_of,
        weekday_of,
        relative,
        vague,
        modifier_of,
        patterns,
        starts,
        anchored,
        day_counts,
        ordinal_days,
        re.compile(
            rf"(?<!\S)(?:{alternation([fold(w) for w in data.get('to_come', [])])})"
            r"(?:\s+[^\s.؟?!،,;؛]+){0,6}\s+$"
        ),
    )


def find_dates(
    text: str, ref: dt.date | None = None, *, folded: str | None = None
) -> list[DateMention]:
    """Every date expression in `text`, resolved against the publication date `ref` when needed.

    Offsets are into `folded` when given (callers that already folded the text pass it), else
    into `fold(text)`; both are aligned with `text` unless the text carries diacritics.
    """
    tables = _tables()
    folded = fold(text) if folded is None else folded
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    starts = [m.start() for m in tables.starts.finditer(folded)]
    for name, pattern in tables.patterns:
        for m in _finditer(pattern, folded, starts):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            mention = _resolve(name, m, tables, ref)
            if mention is None:
                continue
            found.append(mention)
            taken.append((m.start(), m.end()))
    found = _weekdays_of_dates(sorted(found, key=lambda d: d.start), folded)
    found = _times_of_named_days(found, folded)
    return _weekdays_to_come(found, folded, ref, tables)


_ON_DAY = re.compile(r"\s+on\s+(?:the\s+)?")


def _times_of_named_days(found: list[DateMention], folded: str) -> list[DateMention]:
    """ "before dawn on Sunday", "at dawn on 14 March": a time of day that names the day right
    after it is that day's time, not today's."""
    return [
        d
        for d, after in zip(found, [*found[1:], None], strict=False)
        if not (
            after is not None
            and d.kind == "relative"
            and d.precision == "day"
            and after.precision == "day"
            and after.value is not None
            and _ON_DAY.fullmatch(folded, d.end, after.start)
        )
    ]


_BEFORE_DATE = re.compile(r"\s*[,،(]?\s*")


def _weekdays_of_dates(found: list[DateMention], folded: str) -> list[DateMention]:
    """ "on Friday, September 16", "الجمعة، 16 أيلول": a weekday naming the date right after it
    is that date's, not the last such weekday before publication."""
    out = list(found)
    for i, (weekday, date) in enumerate(pairwise(found)):
        if (
            weekday.kind == "relative"
            and bare_weekday(weekday.text)
            and date.kind == "absolute"
            and date.precision == "day"
            and _BEFORE_DATE.fullmatch(folded, weekday.end, date.start)
        ):
            out[i] = replace(weekday, value=date.value)
    return out


def _weekdays_to_come(
    found: list[DateMention], folded: str, ref: dt.date | None, tables: _Tables
) -> list[DateMention]:
    """ "would take effect at midnight on Friday", "هدنة تبدأ السبت": a bare weekday after words
    of a time to come in its clause is the next such day, not the last one gone by."""
    if ref is None:
        return found
    out = []
    for d in found:
        if (
            d.kind == "relative"
            and d.value is not None
            and d.value < ref  # (the day of the report itself stays: "would speak on Friday")
            and bare_weekday(d.text)
            and tables.to_come.search(folded, max(0, d.start - 60), d.start)
        ):
            ahead = (d.value.weekday() - ref.weekday()) % 7
            d = replace(d, value=ref + dt.timedelta(days=ahead))
        out.append(d)
    return out


def _finditer(pattern: re.Pattern[str], folded: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """The matches of `pattern.finditer(folded)`, trying the pattern only at `starts` (every
    place where it can match, in order)."""
    end = 0
    for start in starts:
        if start >= end and (m := pattern.match(folded, start)) is not None:
            end = m.end()
            yield m


def _month_len(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _resolve(name: str, m: re.Match[str], t: _Tables, ref: dt.date | None) -> DateMention | None:
    g = m.groupdict()
    span = (m.start(), m.end(), m.group())

    def make(
        value: dt.date | None,
        precision: Precision | None,
        kind: str = "absolute",
        until: dt.date | None = None,
        shift: int | None = None,
    ) -> DateMention:
        return DateMention(span[0], span[1], value, precision, kind, span[2], until, shift)  # type: ignore[arg-type]

    try:
        if name == "year":
            if m.start("told") == m.start("year") == m.start():
                return None  # a bare number: "2014" alone may count people
            # the year told, without the word before it ("منذ", "since": `_since` reads it)
            span = (m.start("told"), m.end(), m.group("told"))
            year = int(g["year"])
            return make(dt.date(year, 1, 1), "year", until=dt.date(year, 12, 31))
        if name == "ago":
            if ref is None:
                return make(None, "day", "relative")
            n = t.day_counts[g.get("n3") or g["n4"]]
            return make(ref - dt.timedelta(days=n), "day", "relative")
        if name in ("dmy", "mdy", "iso", "num", "ordinal"):
            month = t.month_of[g["m1"]] if g.get("m1") else int(g["mon"])
            day = t.ordinal_days[g["ord"]] if name == "ordinal" else int(g["day"])
            if g.get("year"):
                return make(dt.date(int(g["year"]), month, day), "day")
            if ref is None:
                return make(None, "day")
            year = (
                ref.year
                if (month, day) <= (ref.month, ref.day) or month - ref.month <= 1
                else ref.year - 1
            )
            return make(dt.date(year, month, day), "day")
        if name in ("dayrel", "dom"):
            if ref is None:
                return make(None, "day")
            day = t.ordinal_days[g["ord"]] if g.get("ord") else int(g["day"])
            # "on the 9th": the day of this month, or of the last when it is still to come
            this_or_last = 0 if day <= ref.day else -1
            offset = t.relative[g["rel"]][1] if name == "dayrel" else this_or_last
            index = ref.year * 12 + ref.month - 1 + offset
            year, month = divmod(index, 12)
            if not 1 <= day <= _month_len(year, month + 1):
                return None
            return make(dt.date(year, month + 1, day), "day")  # a named day, as "20 أيلول" is
        if name == "hijri":
            greg = Hijri(int(g["year"]), t.hijri_of[g["hm"]], int(g["day"])).to_gregorian()
            return make(dt.date(greg.year, greg.month, greg.day), "day")
        if name in ("mod", "month"):
            month = t.month_of[g["m1"]]
            if (
                name == "month"
                and len(g["m1"]) <= 3
                and not (g.get("year") or g.get("pn") or g.get("pn0") or g.get("m2"))
            ):
                return None  # short names (اب، May, Mar) alone are too often ordinary words
            direction = t.modifier_of.get(g.get("pn") or g.get("pn0") or "", "")
            if g.get("year"):
                year = int(g["year"])
            elif ref is None:
                return make(None, "month")
            elif direction == "past":
                year = ref.year if month < ref.month else ref.year - 1
            elif direction == "next":
                year = ref.year if month > ref.month else ref.year + 1
            else:
                year = ref.year if month <= ref.month + 2 else ref.year - 1
            day = {"mid": 15, "start": 5, "end": 25}.get(
                t.modifier_of.get(g.get("mod") or "", ""), 1
            )
            first = dt.date(year, month, 1)
            return make(
                first.replace(day=day), "month", until=first.replace(day=_month_len(year, month))
            )
        if name == "wday":
            if ref is None:
                return make(None, "day", "relative")
            wd = t.weekday_of[g["wd"]]
            direction = t.modifier_of.get(g.get("pn") or g.get("pn0") or "", "")
            delta = (ref.weekday() - wd) % 7
            if direction == "next":
                return make(
                    ref + dt.timedelta(days=(wd - ref.weekday()) % 7 or 7), "day", "relative"
                )
            if direction == "past" and delta == 0:
                delta = 7
            return make(ref - dt.timedelta(days=delta), "day", "relative")
        if name == "rel":
            unit, offset = t.relative[g["rel"]]
            if ref is None:
                return make(None, None, "relative")
            if g.get("wd") and unit == "day":
                # "غداً الجمعة": the weekday named decides, the one nearest the day meant (the
                # words may have been said the day before the paper came out)
                meant = ref + dt.timedelta(days=offset)
                ahead = (t.weekday_of[g["wd"]] - meant.weekday()) % 7
                return make(
                    meant + dt.timedelta(days=ahead if ahead <= 3 else ahead - 7), "day", "relative"
                )
            return _relative(unit, offset, ref, make)
        if name == "anchored":
            return make(None, "day", "anchored", shift=t.anchored[g["anc"]])
        if name == "counted":
            n = t.day_counts[g.get("n1") or g["n2"]]
            later = (g.get("dir1") or g.get("dir2")) in ("later", "after", "بعد")
            return make(None, "day", "anchored", shift=n if later else -n)
        if name == "vague":
            return make(None, None, "vague")
    except (ValueError, KeyError, OverflowError):
        return None
    return None


def _relative(unit: str, offset: int, ref: dt.date, make: object) -> DateMention:
    build = make
    if unit == "day":
        return build(ref + dt.timedelta(days=offset), "day", "relative")  # type: ignore[operator]
    if unit == "week":
        monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=offset)
        return build(monday, "week", "relative", monday + dt.timedelta(days=6))  # type: ignore[operator]
    if unit == "month":
        index = ref.year * 12 + ref.month - 1 + offset
        year, month = divmod(index, 12)
        first = dt.date(year, month + 1, 1)
        return build(first, "month", "relative", first.replace(day=_month_len(year, month + 1)))  # type: ignore[operator]
    first = dt.date(ref.year + offset, 1, 1)
    if unit == "year_start":  # "مطلع العام المقبل", "early next year": its first month
        return build(first, "month", "relative", dt.date(ref.year + offset, 1, 31))  # type: ignore[operator]
    return build(first, "year", "relative", dt.date(ref.year + offset, 12, 31))  # type: ignore[operator]


@lru_cache(maxsize=1024)
def points_ahead(folded_text: str) -> bool:
    """Whether a relative expression ("الشهر القادم", "next week") points after the day it is
    said, even when that day is not known."""
    relative = _tables().relative
    found = relative.get(folded_text)
    if found is None:  # "غدا الاحد": the word to come, then the weekday it names
        found = next((v for k, v in relative.items() if folded_text.startswith(k + " ")), None)
    return found is not None and found[1] > 0


def bare_weekday(folded_text: str) -> bool:
    """Whether an expression names a weekday with nothing saying which week ("on Tuesday",
    "يوم الثلاثاء"; not "last Tuesday", "الثلاثاء المقبل")."""
    t = _tables()
    words = folded_text.split()
    return any(w in t.weekday_of for w in words) and not any(w in t.modifier_of for w in words)


def publication_date(text: str, *, folded: str | None = None, head: int = 400) -> dt.date | None:
    """The publication date read from the text: the first full date (day, month, year) near the
    top, as in a dateline (`دمشق - 14 آب/أغسطس 2016`) or a date line under the title."""
    folded = fold(text[:head]) if folded is None else folded[:head]
    full = [
        m
        for m in find_dates(text[:head], None, folded=folded)
        if m.kind == "absolute" and m.precision == "day" and m.value
    ]
    if not full:
        return None
    first, *rest = full
    # "الأحد 23 ذو الحجة 1437 هـ الموافق 25 أيلول/سبتمبر 2016": the Gregorian day it names, not a
    # conversion of the Hijri one that may be a day off
    between = folded[first.end : rest[0].start] if rest else ""
    if rest and (
        re.search(r"الموافق|corresponding to", between)
        # "الأحد 16 ذو الحجة 1437 هـ - 18 أيلول/سبتمبر 2016": the two calendars side by side
        or (_HIJRI_DAY.match(folded, first.start) and not between.strip(" -–—/|،,()ه"))
    ):
        return rest[0].value
    return first.value


_HIJRI_DAY = re.compile(r"[0-3]?\d\s+(?:محرم|صفر|ربيع|جماد|رجب|شعبان|رمضان|شوال|ذو|ذي)")
