"""Cross-source incidents: events from different documents about one happening become one incident.

`link_incidents` encodes the events as columns (`blocking.EventTable`), finds linked pairs with
blocking (`blocking.candidate_links`), groups them (`blocking.cluster`), and builds one `Incident`
per group with its independent sources, corroboration, contested flag and grade
(docs/incidents.md).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import time
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from hudna.link.blocking import EventTable, candidate_links, cluster
from hudna.link.geo import Geo, default_geo
from hudna.link.grading import Findings, Outlets, grade, load_outlets
from hudna.link.parties import Parties, load_parties
from hudna.models import EVENT_TYPES, HOSTILE_TYPES, Event, Incident

Verifier = Callable[[Incident], "str | None"]
"""Review hook: given an incident, a reviewer's note if a reviewer verified it, else None."""


@dataclass(frozen=True, slots=True)
class EventContext:
    """One event as one document reports it: the event's fields plus its document's context."""

    event_id: str
    type: str
    doc_id: str
    actors: tuple[str, ...] = ()
    place: str | None = None
    date: str | None = None
    precision: str | None = None
    outlet: str | None = None
    source: str | None = None  # independent source; for a syndicated copy, the original's
    copy_of: str | None = None  # the original document when this one is a syndicated copy
    negated: bool = False
    speaker: str | None = None  # whose words: asserted_by, else the enclosing statement's speaker
    target: str | None = None
    fatalities: int | None = None
    published: dt.date | None = None  # the document's publication date
    evidence: str | None = None  # the event's text span, for people and commitment tracking

    @classmethod
    def from_event(
        cls,
        event: Event,
        doc_id: str,
        *,
        outlet: str | None = None,
        published: dt.date | None = None,
        speaker: str | None = None,
        source: str | None = None,
        copy_of: str | None = None,
        evidence: str | None = None,
    ) -> EventContext:
        """Wrap an extracted event; an undated event takes its document's publication day."""
        date, precision = event.date, event.date_precision
        if date is None and published is not None:
            date, precision = published.isoformat(), "day"
        return cls(
            event_id=event.id or f"{doc_id}:?",
            type=event.type,
            doc_id=doc_id,
            actors=tuple(event.actors),
            place=event.place,
            date=date,
            precision=precision or ("day" if date and len(date) == 10 else None),
            outlet=outlet,
            source=source,
            copy_of=copy_of,
            negated=event.negated,
            speaker=event.asserted_by or speaker,
            target=event.target,
            fatalities=event.fatalities,
            published=published,
            evidence=evidence,
        )

    @property
    def source_key(self) -> str:
        """The independent source this report counts as (outlets count once however often)."""
        return self.source or self.outlet or f"document {self.doc_id}"


def link_incidents(
    events: Sequence[EventContext],
    *,
    theatre: str = "syria-2016",
    geo: Geo | None = None,
    parties: Parties | None = None,
    outlets: Outlets | None = None,
    types: Collection[str] = HOSTILE_TYPES,
    loose_types: bool = True,
    verify: Verifier | None = None,
    stats: dict[str, float] | None = None,
) -> list[Incident]:
    """Group `events` of the given `types` into graded incidents (ordered by first event).

    `geo`, `parties` and `outlets` default to the bundled gazetteer, actor lexicon and outlet
    grades; `verify` is the reviewer hook (see `Verifier`). `stats`, when given, receives the
    seconds of each phase (table, pairs, cluster, incidents) and the pairs compared and linked.
    """
    geo = geo or default_geo()
    parties = parties or load_parties(theatre)
    outlets = outlets or load_outlets()
    clock = time.perf_counter()
    times: dict[str, float] = {}

    def lap(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        times[name] = now - clock
        clock = now

    chosen = [e for e in events if e.type in types]
    table = EventTable.build(chosen, geo, parties)
    lap("table")
    links = candidate_links(table, loose_types=loose_types)
    lap("pairs")
    labels = cluster(table, links)
    lap("cluster")
    incidents = [
        assemble([chosen[k] for k in group], theatre, geo, parties, outlets, verify)
        for group in groups(labels)
    ]
    lap("incidents")
    if stats is not None:
        stats.update(times, compared=links.compared, links=len(links))
    return incidents


def groups(labels: np.ndarray) -> list[np.ndarray]:
    """Event indices of each label, labels in order, indices ascending."""
    order = np.argsort(labels, kind="stable")
    cuts = np.flatnonzero(np.diff(labels[order])) + 1
    return np.split(order, cuts) if len(order) else []


def assemble(
    reports: Sequence[EventContext],
    theatre: str,
    geo: Geo,
    parties: Parties,
    outlets: Outlets,
    verify: Verifier | None = None,
) -> Incident:
    """One incident from the reports linked into it: what it was, who, where, when, how sure."""
    affirming = [r for r in reports if not r.negated]
    basis = affirming or list(reports)
    kind = min(
        Counter(r.type for r in basis).items(), key=lambda kv: (-kv[1], EVENT_TYPES.index(kv[0]))
    )[0]
    date, precision = _date(basis)
    place = _place(basis, geo)
    site = geo.site(place)
    findings = _findings(reports, parties, outlets)
    ids = [r.event_id for r in reports]
    digest = hashlib.sha1("\n".join([theatre, *sorted(ids)]).encode()).hexdigest()[:8]
    fatalities = [r.fatalities for r in affirming if r.fatalities is not None]
    targets = Counter(r.target for r in basis if r.target)
    incident = Incident(
        id=f"{(date or 'undated')[:10]}-{(place or 'somewhere')[:30]}-{kind.lower()}-{digest}",
        type=kind,  # type: ignore[arg-type]
        date=date,
        date_precision=precision,  # type: ignore[arg-type]
        place=place,
        admin1=site.admin1 if site else None,
        lat=site.lat if site else None,
        lon=site.lon if site else None,
        actors=list(parties.states(a for r in basis for a in r.actors)),
        target=targets.most_common(1)[0][0] if targets else None,
        event_ids=ids,
        outlets=list(findings.sources),
        corroboration=len(findings.sources),
        contested=findings.contested,
        fatalities=min(fatalities) if fatalities else None,
    )
    verdict, reason = grade(incident, findings, verified=verify(incident) if verify else None)
    incident.grade, incident.grade_reason = verdict, reason
    return incident


def _date(reports: Iterable[EventContext]) -> tuple[str | None, str | None]:
    """The most reported date at the best precision (ties: the earliest)."""
    for precision in ("day", "month"):
        dates = Counter(r.date for r in reports if r.precision == precision and r.date)
        if dates:
            return min(dates.items(), key=lambda kv: (-kv[1], kv[0]))[0], precision
    return None, None


def _place(reports: Iterable[EventContext], geo: Geo) -> str | None:
    """The most reported place, preferring a town or point over a governorate (ties: by id)."""
    counts = Counter(r.place for r in reports if r.place)
    if not counts:
        return None

    def rank(kv: tuple[str, int]) -> tuple[bool, int, str]:
        site = geo.site(kv[0])
        return (bool(site and site.area), -kv[1], kv[0])

    return min(counts.items(), key=rank)[0]


def _findings(reports: Sequence[EventContext], parties: Parties, outlets: Outlets) -> Findings:
    """Sources, claims, denials and disagreements among the reports of one incident."""
    f = Findings()
    affirming = [r for r in reports if not r.negated]
    named = frozenset(p for r in affirming for p in parties.parties(r.actors))
    by_source: dict[str, set[str]] = {}
    seen_docs: dict[str, set[str]] = {}
    for r in affirming:
        key = outlets.canonical(r.source_key)  # spellings of one outlet are one source
        f.sources.setdefault(key, outlets(key))
        seen_docs.setdefault(key, set()).add(r.doc_id)
        if r.copy_of:
            f.notes.append(f"{r.doc_id} is a syndicated copy of {r.copy_of}, counted once")
        acting = parties.parties(r.actors)
        if acting:
            by_source.setdefault(key, set()).update(acting)
        speaker = _speaker(r, parties, outlets)
        if speaker and speaker in acting:
            f.accepted.setdefault(speaker, []).append(key)
    copies = {r.doc_id for r in affirming if r.copy_of}
    for key, docs in seen_docs.items():
        originals = docs - copies
        if len(originals) > 1:
            f.notes.append(f"{len(originals)} reports from {key} counted once")
    for r in reports:
        if not r.negated:
            continue
        speaker = _speaker(r, parties, outlets)
        key = outlets.canonical(r.source_key)
        if speaker and speaker in (named | parties.parties(r.actors)):
            f.denied.setdefault(speaker, []).append(key)
        else:
            f.negations.append(key)
    claims = list(by_source.items())
    for i, (s1, p1) in enumerate(claims):
        for s2, p2 in claims[i + 1 :]:
            if p1.isdisjoint(p2):
                f.disputes.append(f"{'+'.join(sorted(p1))} ({s1}) vs {'+'.join(sorted(p2))} ({s2})")
    return f


def _speaker(report: EventContext, parties: Parties, outlets: Outlets) -> str | None:
    """The party whose words the report carries: its speaker, else its outlet's affiliation."""
    if report.speaker:
        return parties.party_of(report.speaker)
    affiliation = outlets(report.source_key).affiliation
    return parties.party_of(affiliation) if affiliation else None
