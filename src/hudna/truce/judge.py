"""Judging a hostile event against the truces of a theatre: verdict, rule and a readable reason.

`judge(event, theatre)` applies the rule kinds in a fixed order (docs/truce-rules.md):

1. not hostile → no verdict (`not_hostile`); denied or only possible → no verdict (`negated`);
2. chemical weapons → a grave violation whatever the truce (`chemical`), even outside one;
3. the truce in force is found from the event's date and place: no truce in the period →
   `outside_period`; a known place outside every truce's area → `outside_area`; a date (or an
   unknown place) that cannot be placed wholly inside one truce → `date_uncertain` /
   `place_uncertain`;
4. no named perpetrator → undetermined (`unknown_perpetrator`);
5. no perpetrator bound by the truce on that date (non-parties, excluded groups) → not a violation
   (`non_party_perpetrator`);
6. a target excluded from the truce, or, with no target named, an excluded group among the actors
   (the contract lists both sides of clashes as actors) → not a violation (`excluded_target`);
7. otherwise a party's hostile act → violation (`party_hostile_act`).

Statuses follow from rule kinds here (code); rule ids and all wording come from the theatre file.
The result is deterministic: the same event, theatre and evidence give the same judgement.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from hudna.errors import InputError
from hudna.models import HOSTILE_TYPES, Event, Explanation, Extraction, Judgement, JudgementStatus
from hudna.truce.theatre import (
    DEFAULT_THEATRE,
    Bilingual,
    PartyDef,
    PlaceLike,
    Theatre,
    TruceDef,
    load_theatre,
)

STATUS_BY_KIND: dict[str, JudgementStatus | None] = {
    "not_hostile": None,
    "negated": None,
    "chemical": "violation",
    "date_uncertain": "undetermined",
    "outside_period": "outside_truce",
    "outside_area": "outside_truce",
    "place_uncertain": "undetermined",
    "unknown_perpetrator": "undetermined",
    "non_party_perpetrator": "not_a_violation",
    "excluded_target": "not_a_violation",
    "party_hostile_act": "violation",
}

EXCERPT_WIDTH = 160
_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_SPACE_RE = re.compile(r"\s+")


# -- dates ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DateSpan:
    """The days an event's date may stand for (`lo`..`hi`, inclusive) and how it is shown."""

    lo: dt.date
    hi: dt.date
    text: str
    from_published: bool = False


def event_dates(event: Event, published: dt.date | str | None = None) -> DateSpan | None:
    """The event's date as a span of days, falling back on `published` when the event has none.

    A day date is one day; a month or year date (by `date_precision`, else by its form) is the
    whole month or year. Raises InputError for a malformed date.
    """
    if event.date is None:
        if published is None:
            return None
        when = published if isinstance(published, dt.date) else _parse_day(str(published))
        return DateSpan(when, when, when.isoformat(), from_published=True)
    m = _DATE_RE.match(event.date)
    if not m:
        raise InputError(f"malformed event date {event.date!r}", date=event.date)
    year, month, day = m[1], m[2], m[3]
    precision = event.date_precision or ("day" if day else "month" if month else "year")
    try:
        if precision == "year" or month is None:
            return DateSpan(dt.date(int(year), 1, 1), dt.date(int(year), 12, 31), year)
        y, mo = int(year), int(month)
        if precision == "month" or day is None:
            last = calendar.monthrange(y, mo)[1]
            return DateSpan(dt.date(y, mo, 1), dt.date(y, mo, last), f"{year}-{month}")
        d = dt.date(y, mo, int(day))
    except ValueError as err:
        raise InputError(f"malformed event date {event.date!r}: {err}", date=event.date) from err
    return DateSpan(d, d, d.isoformat())


def _parse_day(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError as err:
        raise InputError(f"malformed published date {value!r}", date=value) from err


# -- evidence ---------------------------------------------------------------------------------


def excerpt(
    text: str, span: tuple[int, int], trigger: str | None = None, width: int = EXCERPT_WIDTH
) -> str:
    """A short excerpt of `text[span]` (whitespace collapsed), centred on `trigger` when long."""
    start, end = max(0, span[0]), min(len(text), span[1])
    if end - start > width:
        pos = text.find(trigger, start, end) if trigger else -1
        if pos < 0:
            end = start + width
        else:
            start = max(start, min(pos - width // 3, end - width))
            end = start + width
        # cut at word boundaries so that the quote holds whole words
        if start > span[0]:
            space = text.find(" ", start, start + 20)
            start = space + 1 if space >= 0 else start
        if end < span[1]:
            space = text.rfind(" ", end - 20, end)
            end = space if space > start else end
        body = _SPACE_RE.sub(" ", text[start:end]).strip()
        return ("…" if start > span[0] else "") + body + ("…" if end < span[1] else "")
    return _SPACE_RE.sub(" ", text[start:end]).strip()


# -- the verdict --------------------------------------------------------------------------------


@dataclass
class _Verdict:
    """What the rules decided, in ids and records; rendered into words per language afterwards."""

    kind: str
    truce: TruceDef | None = None
    parties: list[str] = field(default_factory=list)  # the acting ids that are bound
    bound: list[str] = field(default_factory=list)  # the parties they are bound as (kerry → USA)
    excluded: list[str] = field(default_factory=list)
    reasons: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    truces: list[TruceDef] = field(default_factory=list)
    grave: bool = False


@dataclass(frozen=True)
class _Actor:
    id: str


@dataclass(frozen=True)
class _Standing:
    kind: str  # party | not_yet | no_longer | straddles | excluded | non_party
    party: PartyDef | None = None
    basis: Bilingual | None = None
    via: str | None = None  # the id in the affiliation chain that decided


def _standing(theatre: Theatre, truce: TruceDef, actor_id: str, ds: DateSpan) -> _Standing:
    """How `actor_id` (or the party it belongs to) stands towards `truce` over the days `ds`."""
    for a in theatre.chain(actor_id):
        if excl := truce.exclusion(a):
            return _Standing("excluded", basis=excl.basis, via=a)
        if party := truce.party(a):
            accepted = party.accepted or truce.start
            if ds.lo >= accepted and (party.until is None or ds.hi <= party.until):
                return _Standing("party", party, via=a)
            if ds.hi < accepted:
                return _Standing("not_yet", party, via=a)
            if party.until is not None and ds.lo > party.until:
                return _Standing("no_longer", party, via=a)
            return _Standing("straddles", party, via=a)
    return _Standing("non_party")


def _truce_in_force(
    theatre: Theatre, ds: DateSpan | None, place: str | None, places: Mapping[str, PlaceLike] | None
) -> _Verdict | TruceDef:
    """The truce in force for this date and place, or the verdict saying why there is none."""
    if ds is None:
        return _Verdict("date_uncertain", reasons=[("date_missing", {})])
    in_period = [t for t in theatre.truces if t.overlaps(ds.lo, ds.hi)]
    if not in_period:
        return _Verdict("outside_period")
    area = {t.id: theatre.covers(t, place, places) for t in in_period}
    relevant = [t for t in in_period if area[t.id] is not False]
    if not relevant:
        return _Verdict("outside_area", truce=in_period[-1])
    partial = [t for t in relevant if not t.contains(ds.lo, ds.hi)]
    if partial:
        return _Verdict(
            "date_uncertain",
            truces=partial,
            reasons=[("date_straddles", {"date": ds.text, "truces": partial})],
        )
    unsure = [t for t in relevant if area[t.id] is None]
    if unsure:
        return _Verdict("place_uncertain", truce=unsure[0])
    # several truces may cover the same day and place (a local truce inside a national one):
    # the one that started last is the most specific
    return max(relevant, key=lambda t: t.start)


def _decide(
    theatre: Theatre,
    event: Event,
    ds: DateSpan | None,
    places: Mapping[str, PlaceLike] | None,
) -> _Verdict:
    if event.type not in HOSTILE_TYPES:
        return _Verdict("not_hostile")
    if event.negated:
        return _Verdict("negated")
    found = _truce_in_force(theatre, ds, event.place, places)
    truce = found if isinstance(found, TruceDef) else None
    if event.type == "CHEMICAL":
        return _Verdict("chemical", truce=truce, grave=True)
    if not isinstance(found, TruceDef):
        return found
    assert ds is not None  # a truce was found for a date
    if not event.actors:
        return _Verdict("unknown_perpetrator", truce=found)
    standings = {a: _standing(theatre, found, a, ds) for a in dict.fromkeys(event.actors)}
    parties = [a for a, s in standings.items() if s.kind == "party"]
    bound = list(dict.fromkeys(s.via for s in standings.values() if s.kind == "party" and s.via))
    if not parties:
        straddling = [(a, s) for a, s in standings.items() if s.kind == "straddles"]
        if straddling:
            a, s = straddling[0]
            assert s.party is not None
            accepted = s.party.accepted or found.start
            values = {"actor": _Actor(a), "truce": found, "accepted": accepted, "date": ds.text}
            return _Verdict(
                "date_uncertain", truce=found, reasons=[("acceptance_straddles", values)]
            )
        return _Verdict(
            "non_party_perpetrator",
            truce=found,
            reasons=_unique([_why_not_bound(a, s) for a, s in standings.items()]),
        )
    if event.target is not None:
        target = _standing(theatre, found, event.target, ds)
        if target.kind == "excluded":
            return _Verdict(
                "excluded_target", truce=found, parties=parties, excluded=[event.target]
            )
    else:
        co_excluded = [a for a, s in standings.items() if s.kind == "excluded"]
        if co_excluded:
            return _Verdict("excluded_target", truce=found, parties=parties, excluded=co_excluded)
    return _Verdict("party_hostile_act", truce=found, parties=parties, bound=bound)


def _unique(reasons: list[tuple[str, dict[str, Any]]]) -> list[tuple[str, dict[str, Any]]]:
    out: list[tuple[str, dict[str, Any]]] = []
    for reason in reasons:
        if reason not in out:
            out.append(reason)
    return out


def _why_not_bound(actor_id: str, s: _Standing) -> tuple[str, dict[str, Any]]:
    actor = _Actor(s.via or actor_id)  # the party or group that decided (kerry → USA)
    if s.kind == "excluded":
        return "actor_excluded", {"actor": actor, "basis": s.basis}
    if s.kind == "not_yet" and s.party is not None:
        return "actor_not_yet", {"actor": actor, "accepted": s.party.accepted}
    if s.kind == "no_longer" and s.party is not None:
        return "actor_no_longer", {"actor": actor, "until": s.party.until}
    return "actor_not_party", {"actor": actor}


# -- wording ----------------------------------------------------------------------------------


class _Words:
    """Renders a verdict's ids, dates and records into one language's words, from the data."""

    def __init__(self, theatre: Theatre, lang: str, places: Mapping[str, PlaceLike] | None) -> None:
        self.theatre = theatre
        self.lang = lang
        self.places = places
        self.frag = theatre.messages.fragments

    def f(self, fragment: str, /, **values: Any) -> str:
        text = self.frag[fragment][self.lang]
        return text.format_map({k: self.value(v) for k, v in values.items()})

    def join(self, items: Iterable[str]) -> str:
        return self.f("list_separator").join(items)

    def value(self, v: Any) -> str:
        if isinstance(v, _Actor):
            return self.actor(v.id)
        if isinstance(v, Bilingual):
            return v[self.lang]
        if isinstance(v, TruceDef):
            return v.name[self.lang]
        if isinstance(v, dt.date):
            return v.isoformat()
        if isinstance(v, list):
            return self.join(self.value(x) for x in v)
        return "" if v is None else str(v)

    def actor(self, actor_id: str) -> str:
        a = self.theatre.actors.get(actor_id)
        if a is None:
            return actor_id
        name = (a.name_ar or a.name) if self.lang == "ar" else a.name
        chain = self.theatre.chain(actor_id)
        if a.kind == "person" and len(chain) > 1:
            return self.f("person_of", name=name, of=self.actor(chain[1]))
        return name

    def actors(self, ids: list[str]) -> str:
        return self.join(self.actor(a) for a in ids) if ids else self.f("unnamed_actor")

    def place(self, place_id: str | None) -> str:
        if place_id is None:
            return ""
        p = self.theatre.place(place_id, self.places)
        name = place_id if p is None else (p.name_ar or p.name) if self.lang == "ar" else p.name
        return self.f("place", name=name)

    def period(self, t: TruceDef) -> str:
        if t.end is None:
            return self.f("period_open", name=t, start=t.start)
        return self.f("period", name=t, start=t.start, end=t.end)


def _render(
    theatre: Theatre,
    event: Event,
    verdict: _Verdict,
    ds: DateSpan | None,
    evidence: str | None,
    places: Mapping[str, PlaceLike] | None,
) -> Explanation:
    rule = theatre.rule(verdict.kind)
    texts: dict[str, str] = {}
    for lang in ("ar", "en"):
        w = _Words(theatre, lang, places)
        truce = verdict.truce
        excluded_bases: list[str] = []
        if truce is not None:
            for x in verdict.excluded:
                exclusion = next(
                    (e for a in theatre.chain(x) if (e := truce.exclusion(a)) is not None), None
                )
                if exclusion is not None and exclusion.basis[lang] not in excluded_bases:
                    excluded_bases.append(exclusion.basis[lang])
        values = {
            "rule": rule.id,
            "type": theatre.messages.event_types[event.type][lang],
            "actors": w.actors(event.actors),
            "parties": w.actors(verdict.parties),
            "parties_since": w.join(
                w.f("party_since", actor=_Actor(a), accepted=_accepted(theatre, truce, a))
                for a in verdict.bound
            )
            if truce is not None
            else "",
            "target": w.f("target", name=_Actor(event.target)) if event.target else "",
            "place": w.place(event.place),
            "date": ds.text if ds else w.f("unknown_date"),
            "truce": truce.name[lang] if truce else w.f("no_truce"),
            "basis": truce.basis[lang] if truce else "",
            "area": truce.area.name[lang] if truce else "",
            "periods": w.join(w.period(t) for t in theatre.truces),
            "truces": w.join(t.name[lang] for t in verdict.truces),
            "excluded": w.actors(verdict.excluded) if verdict.excluded else "",
            "excluded_basis": "; ".join(excluded_bases),
            "reason": w.join(w.f(name, **vals) for name, vals in verdict.reasons),
        }
        body = rule.explanation[lang].format_map(values)
        notes = ""
        if ds is not None and ds.from_published and verdict.kind not in ("not_hostile",):
            notes += w.f("date_from_published", published=ds.text)
        if event.asserted_by:
            notes += w.f("asserted_by", source=_Actor(event.asserted_by))
        quote = w.f("evidence", evidence=evidence) if evidence else w.f("no_evidence")
        texts[lang] = theatre.messages.layout[lang].format_map(
            {"rule": rule.id, "body": body, "notes": notes, "evidence": quote}
        )
    return Explanation(ar=texts["ar"], en=texts["en"])


def _accepted(theatre: Theatre, truce: TruceDef | None, actor_id: str) -> dt.date | None:
    if truce is None:
        return None
    for a in theatre.chain(actor_id):
        if party := truce.party(a):
            return party.accepted or truce.start
    return None


# -- public functions -------------------------------------------------------------------------


def judge(
    event: Event,
    theatre: str | Theatre = DEFAULT_THEATRE,
    evidence: str | None = None,
    *,
    published: dt.date | str | None = None,
    places: Mapping[str, PlaceLike] | None = None,
) -> Judgement:
    """Judge one event against the truces of `theatre` (an id or a loaded Theatre).

    evidence: a short excerpt of the source text to quote (see `excerpt`).
    published: the document's publication date, used when the event has no date.
    places: place records (e.g. `Extraction.places`) consulted before the theatre's gazetteer.
    """
    th = load_theatre(theatre)
    ds = event_dates(event, published) if event.type in HOSTILE_TYPES else None
    verdict = _decide(th, event, ds, places)
    return Judgement(
        status=STATUS_BY_KIND[verdict.kind],
        truce=verdict.truce.id if verdict.truce else None,
        rule=th.rule(verdict.kind).id,
        explanation=_render(th, event, verdict, ds, evidence, places),
        grave=verdict.grave,
    )


def judge_events(
    events: Iterable[Event],
    theatre: str | Theatre = DEFAULT_THEATRE,
    *,
    text: str | None = None,
    published: dt.date | str | None = None,
    places: Mapping[str, PlaceLike] | None = None,
) -> list[Judgement]:
    """Judge each event; with the document's `text`, each explanation quotes the event's span."""
    th = load_theatre(theatre)
    return [
        judge(
            e,
            th,
            excerpt(text, e.span, e.trigger) if text is not None else None,
            published=published,
            places=places,
        )
        for e in events
    ]


def judge_extraction(
    extraction: Extraction, theatre: str | Theatre = DEFAULT_THEATRE, text: str | None = None
) -> list[Judgement]:
    """Judge every event of one document's extraction (its date and places help), in order."""
    return judge_events(
        extraction.events,
        theatre,
        text=text,
        published=extraction.published,
        places={p.id: p for p in extraction.places},
    )


__all__ = [
    "STATUS_BY_KIND",
    "DateSpan",
    "event_dates",
    "excerpt",
    "judge",
    "judge_events",
    "judge_extraction",
]
