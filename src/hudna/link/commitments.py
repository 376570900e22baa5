"""Commitment tracking: was a promise kept, is it still pending, or is it overdue (as of a date)?

A commitment is **fulfilled** by a later event that reports it done: an AGREE or a MEET (the
event types that announce an arrangement or a meeting) whose parties include every party that
made the commitment (persons count as their state), reported after the commitment and known by
the as-of date, on the same subject. Same subject means word overlap after folding: the share of
the commitment's content words (stop words dropped; Arabic clitics and stems matched through
`hudna.text.index_terms`) found in the event's evidence counts fully, found elsewhere in the
event's document counts half, and the event's place being one the commitment names adds
`PLACE_BONUS`; the score must reach `MIN_SCORE` with at least `MIN_SHARED` shared words. Without
such an event a commitment is **overdue** once its due date has passed (as of the given date), and
**pending** otherwise, including when it has no due date. See docs/incidents.md.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from hudna.link.incidents import EventContext
from hudna.link.parties import Parties, load_parties
from hudna.models import CommitmentState, CommitmentStatus
from hudna.text import WORD_RE, fold, index_terms

FULFILLING_TYPES: frozenset[str] = frozenset({"AGREE", "MEET"})
MIN_SCORE = 0.4
MIN_SHARED = 2
PLACE_BONUS = 0.2
_QUOTE = 160  # characters of evidence quoted in a reason

# Function words that say nothing about a commitment's subject (folded forms).
_STOP_TEXT = (
    "في من على الى إلى عن مع ان أن إن لن لم لا ما هذا هذه ذلك تلك التي الذي الذين وقد قد كما "
    "بعد قبل حتى خلال بين عند منذ او أو ثم كل بعض غير اي أي هو هي هم نحن انه أنه انها أنها "
    "سوف سيتم يتم تم كان كانت يكون وان وأن وقال قال قالت اضاف أضاف اليوم امس أمس "
    "the a an and or of to in on at by for with from that this these those will would shall "
    "is are was were be been being has have had it its as not no but if than then into "
    "said says say also which who whom their there they he she we our us his her "
    "يوم الاسبوع المقبل القادم الساعات الايام day week next coming days hours"
)
STOP_WORDS: frozenset[str] = frozenset(fold(w) for w in _STOP_TEXT.split())


@dataclass(frozen=True)
class CommitmentContext:
    """One commitment as its document states it."""

    commitment_id: str
    by: tuple[str, ...]
    text: str
    doc_id: str
    due: str | None = None
    made: dt.date | None = None  # its document's publication date
    places: tuple[str, ...] = ()  # places the commitment's text names


def due_date(due: str | None) -> dt.date | None:
    """The last day a `due` of the contract's forms (YYYY-MM-DD, YYYY-MM, YYYY) allows."""
    if not due:
        return None
    try:
        if len(due) == 4:
            return dt.date(int(due), 12, 31)
        if len(due) == 7:
            year, month = int(due[:4]), int(due[5:7])
            return dt.date(year, month, calendar.monthrange(year, month)[1])
        return dt.date.fromisoformat(due[:10])
    except ValueError:
        return None


@lru_cache(maxsize=65536)
def _terms(word: str) -> frozenset[str]:
    return frozenset(t for t in index_terms(word) if len(t) >= 3)


def content_words(text: str, skip: Collection[str] = ()) -> dict[str, frozenset[str]]:
    """The content words of `text` (folded; stop words and `skip` dropped) with their terms."""
    words: dict[str, frozenset[str]] = {}
    for m in WORD_RE.finditer(fold(text)):
        w = m.group()
        if len(w) >= 3 and w not in STOP_WORDS and w not in skip and not w.isdigit():
            terms = _terms(w)
            if terms:
                words.setdefault(w, terms)
    return words


def _universe(text: str) -> frozenset[str]:
    return frozenset(t for terms in content_words(text).values() for t in terms)


@dataclass(frozen=True)
class Match:
    """How well one event fits one commitment."""

    score: float
    shared: tuple[str, ...]  # the commitment's words found in the event's evidence or document
    in_evidence: int  # how many of them are in the evidence itself
    place: bool

    @property
    def enough(self) -> bool:
        """The rule: score ≥ MIN_SCORE, ≥ MIN_SHARED shared words (the place counts as one),
        at least one of them in the event's evidence."""
        return (
            self.score >= MIN_SCORE
            and len(self.shared) + self.place >= MIN_SHARED
            and self.in_evidence >= 1
        )


def subject_match(
    commitment: CommitmentContext,
    event: EventContext,
    document: str | None = None,
    skip: Collection[str] = (),
) -> Match:
    """Word overlap (and place) between a commitment and an event's evidence and document.

    `skip`: words that say who rather than what (actor names), left out of the overlap because
    the parties are compared on their own.
    """
    words = content_words(commitment.text, skip)
    if not words:
        return Match(0.0, (), 0, False)
    evidence = _universe(event.evidence or "")
    rest = _universe(document or "")
    shared: list[str] = []
    score, in_evidence = 0.0, 0
    for w, terms in words.items():
        if terms & evidence:
            score += 1.0
            in_evidence += 1
            shared.append(w)
        elif terms & rest:
            score += 0.5
            shared.append(w)
    place = event.place is not None and event.place in commitment.places
    score = score / len(words) + (PLACE_BONUS if place else 0.0)
    return Match(round(score, 4), tuple(shared), in_evidence, place)


def _event_day(event: EventContext) -> dt.date | None:
    if event.date:
        try:
            return dt.date.fromisoformat(event.date[:10])
        except ValueError:
            pass
    return event.published


def track_commitments(
    commitments: Sequence[CommitmentContext],
    events: Sequence[EventContext],
    *,
    as_of: dt.date,
    documents: Mapping[str, str] | None = None,
    parties: Parties | None = None,
    types: Collection[str] = FULFILLING_TYPES,
) -> list[CommitmentStatus]:
    """The status as of `as_of` of every commitment made by then, with its fulfilling event.

    `events` should carry `published` and `evidence` (the event's text span); `documents` maps
    document ids to their text, for the half-weight document overlap. A commitment whose
    document was published after `as_of` had not been made yet and gets no status.
    """
    parties = parties or load_parties()
    documents = documents or {}
    candidates = [
        e
        for e in events
        if e.type in types
        and not e.negated
        and (e.published is None or e.published <= as_of)
        and (_event_day(e) or as_of) <= as_of
    ]
    return [
        _track(c, candidates, as_of, documents, parties)
        for c in commitments
        if c.made is None or c.made <= as_of
    ]


def _track(
    c: CommitmentContext,
    events: Sequence[EventContext],
    as_of: dt.date,
    documents: Mapping[str, str],
    parties: Parties,
) -> CommitmentStatus:
    who = parties.parties(c.by)
    best: tuple[float, dt.date, str, EventContext, Match] | None = None
    for e in events:
        if e.doc_id == c.doc_id or not who or not who <= parties.parties(e.actors):
            continue
        day = _event_day(e)
        if c.made is not None and (
            day is None or day < c.made or (e.published is not None and e.published < c.made)
        ):
            continue
        m = subject_match(c, e, documents.get(e.doc_id), parties.name_words)
        if not m.enough:
            continue
        key = (-m.score, day or dt.date.max, e.event_id)
        if best is None or key < (-best[0], best[1], best[2]):
            best = (m.score, day or dt.date.max, e.event_id, e, m)
    due = due_date(c.due)
    names = "+".join(sorted(who)) or "nobody named"

    def status(state: CommitmentState, reason: str, by: str | None = None) -> CommitmentStatus:
        return CommitmentStatus(
            commitment_id=c.commitment_id,
            by=list(c.by),
            text=c.text,
            due=c.due,
            status=state,
            fulfilled_by=by,
            reason=reason,
        )

    if best is not None:
        score, day, _, e, m = best
        late = f"; {(day - due).days} days after the due date" if due and day > due else ""
        place = f"; same place ({e.place})" if m.place else ""
        quote = _quote(e.evidence)
        return status(
            "fulfilled",
            f"fulfilled by {e.event_id}: {e.type} by {'+'.join(sorted(parties.parties(e.actors)))}"
            f" on {day.isoformat() if day != dt.date.max else 'an unknown date'}"
            f" ({e.outlet or e.doc_id}){': ' + quote if quote else ''}"
            f" — shares {len(m.shared)} words with the commitment ({', '.join(m.shared[:8])})"
            f"{place}; score {score:.2f}{late}",
            e.event_id,
        )
    odd = (
        " (the due date precedes the commitment: check the extraction)"
        if due and c.made and due < c.made
        else ""
    )
    if due is not None and due < as_of:
        return status(
            "overdue",
            f"overdue: due {c.due}{odd}; no later agreement or meeting by {names} on the same"
            f" subject reported by {as_of.isoformat()}",
        )
    when = f"due {c.due}" if due else "no due date"
    return status(
        "pending",
        f"pending: {when}{odd}; no later agreement or meeting by {names} on the same subject"
        f" yet (as of {as_of.isoformat()})",
    )


def _quote(text: str | None) -> str:
    if not text:
        return ""
    flat = " ".join(text.split())
    return f"«{flat[:_QUOTE]}{'…' if len(flat) > _QUOTE else ''}»"
