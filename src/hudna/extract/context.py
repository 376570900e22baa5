"""The working state of one document as it passes through the extraction components.

Holds the original text, its boilerplate-masked and folded forms (same offsets unless the text
carries diacritics, in which case `to_original` maps back), the matches of the one automaton,
sentences and dates. Components read it and add their results to it.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from hudna.extract.dates import DateMention
from hudna.extract.lexicon import Cue, Lexicon
from hudna.extract.matcher import Match
from hudna.models import Actor, Commitment, Document, Event, Place, Statement

T = TypeVar("T")

_ABBREVIATION = re.compile(
    r"(?:^|[\s(])(?:\w\.){2,3}$|(?:^|\s)(?:mr|mrs|dr|gen|col|lt|maj|st)\.$"
    r"|(?:^|\s)[^\W\d_]{2,}\s[b-hj-z]\.$"  # a middle initial: "John F. Kerry"
)
_MONTH_ABBREVIATION = re.compile(r"(?:^|\s)(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.$")
_SENTENCE_END = re.compile(r"(?<=[.!?][\"”’])\s+(?=[a-zA-Z])|(?<=[.!?؟])\s+|\n\s*\n|\n(?=\S)")


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity resolved at `[start, end)` of the folded text."""

    start: int
    end: int
    kind: str  # actor | place | adjective
    id: str
    via: str  # name | title | metonym | adjective | anaphor | member | local ...


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int


@dataclass
class Context:
    doc: Document
    lexicon: Lexicon
    text: str  # boilerplate masked, same length as doc.text
    folded: str
    offsets: list[int] | None
    published: dt.date | None = None
    published_source: str | None = None
    ref_date: dt.date | None = None  # published, or the theatre's default for resolving titles
    cues: list[Match] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    statement_spans: list[tuple[int, int, str]] = field(default_factory=list)  # folded offsets
    events: list[Event] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    _by_kind: dict[str, list[Match]] | None = field(default=None, repr=False)
    _indexed: list[Match] | None = field(default=None, repr=False)
    _starts: list[int] | None = field(default=None, repr=False)
    _title_end: int | None = field(default=None, repr=False)
    _once: dict[str, Any] = field(default_factory=dict, repr=False)

    # -- helpers used by components -----------------------------------------------------------
    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded-text span to the original text's offsets."""
        if self.offsets is None:
            return start, end
        return self.offsets[start], self.offsets[end]

    def original(self, start: int, end: int) -> str:
        s, e = self.to_original(start, end)
        return self.doc.text[s:e]

    def cues_of(self, kind: str, *more: str) -> list[Match]:
        """The automaton's matches of one kind, or of any of several in the order found (indexed
        once per document)."""
        if self._by_kind is None or self._indexed is not self.cues:
            index: dict[str, list[Match]] = {}
            for m in self.cues:
                index.setdefault(m.payload.kind, []).append(m)
            self._by_kind, self._indexed = index, self.cues
        if not more:
            return self._by_kind.get(kind, [])
        kinds = (kind, *more)
        key = "|".join(kinds)  # no kind has a "|" in its name
        if key not in self._by_kind:
            self._by_kind[key] = [m for m in self.cues if m.payload.kind in kinds]
        return self._by_kind[key]

    def once(self, key: str, compute: Callable[[], T]) -> T:
        """`compute()`, run the first time `key` is asked for in this document, for what several
        rules derive from the earlier stages alone. The key names what is kept (one namespace for
        every component); the value is shared: copy it to change it."""
        if key not in self._once:
            self._once[key] = compute()
        value: T = self._once[key]
        return value

    def cues_in(self, start: int, end: int, *kinds: str) -> list[Match]:
        return [
            m for m in self.cues if start <= m.start and m.end <= end and m.payload.kind in kinds
        ]

    def mentions_in(self, start: int, end: int, *kinds: str) -> list[Mention]:
        return [
            m
            for m in self.mentions
            if start <= m.start and m.end <= end and (not kinds or m.kind in kinds)
        ]

    def sentence_of(self, pos: int) -> Sentence:
        i = bisect.bisect_right(self._sentence_starts(), pos) - 1
        if 0 <= i < len(self.sentences) and self.sentences[i].start <= pos < self.sentences[i].end:
            return self.sentences[i]
        for s in self.sentences:
            if s.start <= pos < s.end:
                return s
        return Sentence(0, len(self.folded))

    def sentence_before(self, sentence: Sentence) -> Sentence | None:
        """The sentence told just before `sentence`, if any."""
        i = bisect.bisect_left(self._sentence_starts(), sentence.start)
        return self.sentences[i - 1] if i > 0 else None

    def _sentence_starts(self) -> list[int]:
        if self._starts is None or len(self._starts) != len(self.sentences):
            self._starts = [s.start for s in self.sentences]
        return self._starts

    def statement_at(self, start: int, end: int) -> str | None:
        """The speaker whose statement content contains `[start, end)`, if any."""
        for s, e, speaker in self.statement_spans:
            if s <= start and end <= e:
                return speaker
        return None


def abbreviation_at(text: str, pos: int) -> bool:
    """Whether the full stop ending right before `pos` closes an abbreviation ("U.S.", "Dr.",
    "Feb." before a day), not a sentence."""
    return bool(
        _ABBREVIATION.search(text, max(0, pos - 24), pos)
        or (
            _MONTH_ABBREVIATION.search(text, max(0, pos - 6), pos)
            and text[pos : pos + 8].lstrip()[:1].isdigit()
        )
    )


def split_sentences(text: str) -> list[Sentence]:
    """Sentence spans: split after . ! ? ؟ and at line breaks (headlines, captions, datelines)."""
    out: list[Sentence] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if "\n" not in m.group() and abbreviation_at(text, m.start()):
            continue  # "U.N. said", "U.S. accuses", "on Feb. 25": an abbreviation, not an end
        if text[start : m.start()].strip():
            out.append(Sentence(start, m.start()))
        start = m.end()
    if text[start:].strip():
        out.append(Sentence(start, len(text)))
    return out


def is_cue(match: Match, kind: str) -> bool:
    payload: Cue = match.payload
    return payload.kind == kind


WORD = re.compile(r"[^\W_]+")
# right after the party an Arabic accusation verb names: the charge (بـ), maybe after parties
# joined to it that are not actors ("اتهم الولايات المتحدة والسعودية بـ«إدارة المعركة»")
CHARGE_AFTER = re.compile(r"[»\"”]?\s*(?:و[^\W\d_]+\s+){0,2}ب")  # "واتهم «المسلحين» باحتكار"
# a live blog's time label opening an entry ("13:05 - ", "12:15 ", "15:30 GMT — ", a ticker's
# "عاجل | ١٨:٠٥ - ", "07:40 | "), in folded text
TIME_STAMP = re.compile(
    r"\s*(?:(?:عاجل|urgent|breaking)\s*[|:]?\s*)?\d{1,2}[:.]\d{2}\s*(?:gmt\s*)?(?:[-–—|]\s*)?(?=\D)"
)
# right after a verb: a pronoun taking the clause back to a noun before it ("رسالتين اتهمت فيهما
# النظام التركي بـ"): the verb's subject is the sentence's, not the party after it
RESUMPTIVE_AFTER = re.compile(r"\s+(?:فيه|فيها|فيهما|فيهم|خلاله|خلالها)\s")
# a semicolon, Latin or Arabic: the end of a clause
SEMICOLON = re.compile(r"[;؛]")


# "MOSCOW, 14 March 2016 (Eurasia Today) - President Vladimir Putin ...": the city of filing
# "BEIRUT, Sept 20, 2016 -", "دمشق (رويترز) -", "واشنطن - ", "GAZIANTEP, Turkey -": a dated
# dateline, or a short undated one (the city and its country, at most three words, and the agency)
_DATELINE = re.compile(
    r"(?:[^\n\-–—]{0,40}?\d{4}|\s*[^\W\d_]+(?:,?\s+[^\W\d_]+){0,2})"
    r"\s*(?:\([^)\n]{0,40}\))?\s*[-–—]\s"
)


def after_dateline(folded: str, start: int) -> int:
    """Where a sentence's own words begin: after a wire dateline opening it."""
    dateline = _DATELINE.match(folded, start)
    return dateline.end() if dateline else start


def words_between(folded: str, start: int, end: int) -> list[str]:
    return WORD.findall(folded[start:end]) if end > start else []


def word_start(folded: str, pos: int) -> int:
    """The start of the word `pos` falls in (a speech verb "ذكر" → its "تذكر")."""
    while pos > 0 and folded[pos - 1].isalpha():
        pos -= 1
    return pos


def word_end(folded: str, pos: int) -> int:
    """The end of the word `pos` falls in (a trigger "accus" → "accusing", "اتهم" → "اتهمها")."""
    while pos < len(folded) and folded[pos].isalpha():
        pos += 1
    return pos


def title_end(ctx: Context) -> int:
    """End (in folded offsets) of the title line when the text starts with the document's title,
    else 0. The title line is cut at its newline, not at a full stop ("U.S. accuses Russia ...")."""
    if ctx._title_end is None:  # asked for by many rules: found once per document
        ctx._title_end = _find_title_end(ctx)
    return ctx._title_end


def _find_title_end(ctx: Context) -> int:
    title = (ctx.doc.title or "").strip()
    text = ctx.doc.text
    if not title or not text.lstrip().startswith(title):
        return 0
    newline = text.find("\n", text.find(title))
    end = newline if newline >= 0 else len(text)
    if ctx.offsets is None:
        return end
    # the first folded offset at or after `end` (the offsets increase)
    i = bisect.bisect_left(ctx.offsets, end)
    return i if i < len(ctx.offsets) else len(ctx.folded)
