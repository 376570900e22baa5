"""Read-only queries for reports and exports: events with their document, judgement and incident.

Reports read the tables that extraction, the truce judge (`judgements`) and incident linking
(`incidents`, `incident_events`, `doc_duplicates`, `commitment_status`) fill; when a later stage
has not run, its table is simply empty and the rows here carry `None` for what it would add.
Nothing in this module writes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from hudna.store import Store
from hudna.store import schema as t


@dataclass(frozen=True)
class DocumentRow:
    """A stored document as reports cite it (no text, no raw bytes)."""

    pk: int
    id: str
    title: str | None
    outlet: str | None
    url: str | None
    published: dt.date | None
    language: str | None
    synthetic: bool
    duplicate_of: int | None = None  # pk of the first document of a syndicated group


@dataclass(frozen=True)
class PlaceRow:
    """A place as a document's extraction resolved it."""

    id: str
    name: str | None
    name_ar: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    country: str | None


@dataclass(frozen=True)
class JudgementRow:
    status: str | None
    truce: str | None
    rule: str
    explanation_ar: str
    explanation_en: str
    grave: bool


@dataclass(frozen=True)
class EventRow:
    """One extracted event with its document, place, judgement and incident (when linked)."""

    pk: int
    event_id: str
    doc_pk: int
    type: str
    actors: list[str]
    target: str | None
    place: str | None
    date: str | None
    date_precision: str | None
    asserted_by: str | None
    negated: bool
    fatalities: int | None
    trigger: str | None
    start: int
    end: int
    place_row: PlaceRow | None = None
    judgement: JudgementRow | None = None
    incident_pk: int | None = None


@dataclass(frozen=True)
class IncidentRow:
    pk: int
    incident_id: str
    type: str
    date: str | None
    date_precision: str | None
    place: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    actors: list[str]
    target: str | None
    outlets: list[str]
    corroboration: int
    contested: bool
    grade: str
    grade_reason: str
    fatalities: int | None
    event_pks: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class StatementRow:
    pk: int
    doc_pk: int
    speaker: str
    text: str
    mode: str
    about: list[str]
    start: int
    end: int


@dataclass(frozen=True)
class CommitmentRow:
    pk: int
    doc_pk: int
    by: list[str]
    text: str
    due: str | None
    due_text: str | None
    start: int
    end: int
    status: str | None = None  # from commitment_status; None when not tracked
    reason: str | None = None
    fulfilled_by: str | None = None  # event id
    as_of: dt.date | None = None


@dataclass(frozen=True)
class ActorRow:
    """How documents named an actor id (a fallback where the lexicon does not know it)."""

    id: str
    name: str | None
    name_ar: str | None
    kind: str | None
    affiliation: str | None


@dataclass
class ReportData:
    """Everything a report or export reads from the store, in one consistent snapshot."""

    documents: dict[int, DocumentRow]
    events: list[EventRow]
    incidents: dict[int, IncidentRow]
    statements: list[StatementRow]
    commitments: list[CommitmentRow]
    actors: dict[str, ActorRow]
    counts: dict[str, int]


def _is_synthetic(meta: Any) -> bool:
    if not isinstance(meta, dict):
        return False
    if meta.get("synthetic") is True:
        return True
    tags = meta.get("tags")
    return isinstance(tags, list) and "synthetic" in tags


def load_report_data(store: Store, theatre: str) -> ReportData:
    """Read documents, events (+ places, judgements, incidents), statements and commitments."""
    with store.engine.connect() as conn:
        dups = dict(
            conn.execute(select(t.doc_duplicates.c.doc_pk, t.doc_duplicates.c.duplicate_of)).all()
        )
        d = t.documents.c
        documents = {
            r.pk: DocumentRow(
                pk=r.pk,
                id=r.id,
                title=r.title,
                outlet=r.outlet,
                url=r.url,
                published=r.published,
                language=r.language,
                synthetic=_is_synthetic(r.meta),
                duplicate_of=dups.get(r.pk),
            )
            for r in conn.execute(
                select(d.pk, d.id, d.title, d.outlet, d.url, d.published, d.language, d.meta)
            )
        }
        places: dict[tuple[int, str], PlaceRow] = {}
        for r in conn.execute(select(t.doc_places).order_by(t.doc_places.c.pk)):
            places.setdefault(
                (r.doc_pk, r.place_id),
                PlaceRow(r.place_id, r.name, r.name_ar, r.admin1, r.lat, r.lon, r.country),
            )
        j = t.judgements.c
        judgements = {
            r.event_pk: JudgementRow(
                r.status, r.truce, r.rule, r.explanation_ar, r.explanation_en, bool(r.grave)
            )
            for r in conn.execute(select(t.judgements).where(j.theatre == theatre))
        }
        incidents_raw = list(
            conn.execute(select(t.incidents).where(t.incidents.c.theatre == theatre))
        )
        links: dict[int, list[int]] = {}
        event_incident: dict[int, int] = {}
        for inc_pk, ev_pk in conn.execute(
            select(t.incident_events.c.incident_pk, t.incident_events.c.event_pk).order_by(
                t.incident_events.c.incident_pk, t.incident_events.c.event_pk
            )
        ):
            links.setdefault(inc_pk, []).append(ev_pk)
        known_incidents = {r.pk for r in incidents_raw}
        for inc_pk, ev_pks in links.items():
            if inc_pk in known_incidents:
                for ev_pk in ev_pks:
                    event_incident.setdefault(ev_pk, inc_pk)
        incidents = {
            r.pk: IncidentRow(
                pk=r.pk,
                incident_id=r.incident_id,
                type=r.type,
                date=r.date,
                date_precision=r.date_precision,
                place=r.place,
                admin1=r.admin1,
                lat=r.lat,
                lon=r.lon,
                actors=list(r.actors or []),
                target=r.target,
                outlets=list(r.outlets or []),
                corroboration=int(r.corroboration or 0),
                contested=bool(r.contested),
                grade=r.grade,
                grade_reason=r.grade_reason or "",
                fatalities=r.fatalities,
                event_pks=links.get(r.pk, []),
            )
            for r in incidents_raw
        }
        events = [
            EventRow(
                pk=r.pk,
                event_id=r.event_id,
                doc_pk=r.doc_pk,
                type=r.type,
                actors=list(r.actors or []),
                target=r.target,
                place=r.place,
                date=r.date,
                date_precision=r.date_precision,
                asserted_by=r.asserted_by,
                negated=bool(r.negated),
                fatalities=r.fatalities,
                trigger=r.trigger,
                start=r.start,
                end=r.end,
                place_row=places.get((r.doc_pk, r.place)) if r.place else None,
                judgement=judgements.get(r.pk),
                incident_pk=event_incident.get(r.pk),
            )
            for r in conn.execute(select(t.events).order_by(t.events.c.pk))
        ]
        statements = [
            StatementRow(
                r.pk, r.doc_pk, r.speaker, r.text, r.mode, list(r.about or []), r.start, r.end
            )
            for r in conn.execute(select(t.statements).order_by(t.statements.c.pk))
        ]
        status = {r.commitment_pk: r for r in conn.execute(select(t.commitment_status))}
        event_ids = dict(conn.execute(select(t.events.c.pk, t.events.c.event_id)).all())
        commitments = []
        for r in conn.execute(select(t.commitments).order_by(t.commitments.c.pk)):
            s = status.get(r.pk)
            commitments.append(
                CommitmentRow(
                    pk=r.pk,
                    doc_pk=r.doc_pk,
                    by=list(r.by or []),
                    text=r.text,
                    due=r.due,
                    due_text=r.due_text,
                    start=r.start,
                    end=r.end,
                    status=s.status if s is not None else None,
                    reason=s.reason if s is not None else None,
                    fulfilled_by=event_ids.get(s.fulfilled_by) if s is not None else None,
                    as_of=s.as_of if s is not None else None,
                )
            )
        actors: dict[str, ActorRow] = {}
        a = t.doc_actors.c
        for r in conn.execute(
            select(a.actor_id, a.name, a.name_ar, a.kind, a.affiliation).order_by(a.pk)
        ):
            actors.setdefault(
                r.actor_id, ActorRow(r.actor_id, r.name, r.name_ar, r.kind, r.affiliation)
            )
        counts = {
            name: int(conn.execute(select(func.count()).select_from(table)).scalar_one())
            for name, table in (
                ("documents", t.documents),
                ("events", t.events),
                ("statements", t.statements),
                ("commitments", t.commitments),
                ("judgements", t.judgements),
                ("incidents", t.incidents),
                ("doc_duplicates", t.doc_duplicates),
                ("commitment_status", t.commitment_status),
            )
        }
    return ReportData(documents, events, incidents, statements, commitments, actors, counts)


def document_texts(store: Store, doc_pks: set[int] | list[int]) -> dict[int, str]:
    """The text of each document in `doc_pks` (to quote evidence spans from)."""
    wanted = sorted(set(doc_pks))
    texts: dict[int, str] = {}
    with store.engine.connect() as conn:
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            texts.update(
                conn.execute(
                    select(t.documents.c.pk, t.documents.c.text).where(t.documents.c.pk.in_(chunk))
                ).all()
            )
    return texts


__all__ = [
    "ActorRow",
    "CommitmentRow",
    "DocumentRow",
    "EventRow",
    "IncidentRow",
    "JudgementRow",
    "PlaceRow",
    "ReportData",
    "StatementRow",
    "document_texts",
    "load_report_data",
]
