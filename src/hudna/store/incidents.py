"""Store functions of the link stage: what linking reads, and the tables it writes.

Reads events joined with their documents (outlet, publication date, text, the speaker of the
statement around each event) and commitments with the places they name; writes `doc_duplicates`,
`incidents` + `incident_events` and `commitment_status` (migration 0003). Each `save_*` replaces
what it writes in one transaction; `hudna.link.rebuild` calls them all.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import delete, insert, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from hudna.errors import StoreError
from hudna.link.commitments import CommitmentContext
from hudna.link.dedup import Duplicate
from hudna.link.incidents import EventContext
from hudna.models import CommitmentStatus, Incident
from hudna.store import Store, row_to_event
from hudna.store import schema as t

T = TypeVar("T")


@dataclass(frozen=True)
class StoredDocument:
    """A document as the link stage reads it (no raw bytes, no extraction)."""

    pk: int
    id: str
    text: str
    published: dt.date | None
    outlet: str | None


def load_documents(store: Store) -> list[StoredDocument]:
    """Every stored document's text, publication date and outlet, in storage order."""
    d = t.documents.c
    with store.engine.connect() as conn:
        rows = conn.execute(select(d.pk, d.id, d.text, d.published, d.outlet).order_by(d.pk))
        return [StoredDocument(r.pk, r.id, r.text, r.published, r.outlet) for r in rows]


# -- duplicates --------------------------------------------------------------------------------


def _doc_pks(conn: Connection) -> dict[str, int]:
    return dict(conn.execute(select(t.documents.c.id, t.documents.c.pk)).all())


def write_duplicates(conn: Connection, duplicates: Sequence[Duplicate]) -> None:
    pks = _doc_pks(conn)
    conn.execute(delete(t.doc_duplicates))
    rows = [
        {"doc_pk": pks[d.doc_id], "duplicate_of": pks[d.duplicate_of], "similarity": d.similarity}
        for d in duplicates
        if d.doc_id in pks and d.duplicate_of in pks
    ]
    if rows:
        conn.execute(insert(t.doc_duplicates), rows)


def save_duplicates(store: Store, duplicates: Sequence[Duplicate]) -> None:
    """Replace the stored near-duplicates with `duplicates`."""
    transaction(store, lambda conn: write_duplicates(conn, duplicates))


def load_duplicates(store: Store) -> list[Duplicate]:
    copy, original = t.documents.alias("copy"), t.documents.alias("original")
    dd = t.doc_duplicates
    query = (
        select(copy.c.id, original.c.id, dd.c.similarity)
        .join(copy, copy.c.pk == dd.c.doc_pk)
        .join(original, original.c.pk == dd.c.duplicate_of)
        .order_by(copy.c.pk)
    )
    with store.engine.connect() as conn:
        return [Duplicate(a, b, s) for a, b, s in conn.execute(query)]


# -- events ------------------------------------------------------------------------------------


def load_event_contexts(
    store: Store, duplicates: Iterable[Duplicate] | None = None
) -> list[EventContext]:
    """Every stored event with its document's context, in storage order.

    A syndicated copy's events take the original's outlet as their independent source.
    `duplicates` defaults to the stored ones.
    """
    docs = {d.id: d for d in load_documents(store)}
    dups = {
        d.doc_id: d.duplicate_of
        for d in (duplicates if duplicates is not None else load_duplicates(store))
    }
    e, d, s = t.events.c, t.documents.c, t.statements.c
    with store.engine.connect() as conn:
        speeches: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
        for pk, start, end, speaker in conn.execute(
            select(s.doc_pk, s.start, s.end, s.speaker).order_by(s.pk)
        ):
            speeches[pk].append((start, end, speaker))
        rows = conn.execute(
            select(
                e.event_id,
                e.type,
                e.actors,
                e.target,
                e.place,
                e.date,
                e.date_precision,
                e.asserted_by,
                e.negated,
                e.fatalities,
                e.start,
                e.end,
                e.doc_pk,
                d.id,
            )
            .join(t.documents, d.pk == e.doc_pk)
            .order_by(e.pk)
        ).all()
    out: list[EventContext] = []
    for r in rows:
        doc = docs[r.id]
        original = docs.get(dups.get(doc.id, ""))
        event = row_to_event(r._mapping)
        out.append(
            EventContext.from_event(
                event,
                doc.id,
                outlet=doc.outlet,
                published=doc.published,
                speaker=_speaker(speeches.get(r.doc_pk, ()), r.start, r.end),
                source=(original.outlet or f"document {original.id}") if original else None,
                copy_of=original.id if original else None,
                evidence=doc.text[r.start : r.end],
            )
        )
    return out


def _speaker(speeches: Iterable[tuple[int, int, str]], start: int, end: int) -> str | None:
    """The speaker of the (innermost) statement whose span contains the span [start, end)."""
    best, size = None, None
    for s_start, s_end, speaker in speeches:
        if s_start <= start and end <= s_end and (size is None or s_end - s_start < size):
            best, size = speaker, s_end - s_start
    return best


# -- incidents ---------------------------------------------------------------------------------


def write_incidents(conn: Connection, incidents: Sequence[Incident], theatre: str) -> None:
    i, ie = t.incidents, t.incident_events
    old = select(i.c.pk).where(i.c.theatre == theatre)
    conn.execute(delete(ie).where(ie.c.incident_pk.in_(old)))
    conn.execute(delete(i).where(i.c.theatre == theatre))
    if not incidents:
        return
    conn.execute(
        insert(i),
        [
            {
                "incident_id": x.id,
                "theatre": theatre,
                "type": x.type,
                "date": x.date,
                "date_precision": x.date_precision,
                "place": x.place,
                "admin1": x.admin1,
                "lat": x.lat,
                "lon": x.lon,
                "actors": x.actors,
                "target": x.target,
                "outlets": x.outlets,
                "corroboration": x.corroboration,
                "contested": x.contested,
                "grade": x.grade,
                "grade_reason": x.grade_reason,
                "fatalities": x.fatalities,
            }
            for x in incidents
        ],
    )
    pks = dict(conn.execute(select(i.c.incident_id, i.c.pk).where(i.c.theatre == theatre)).all())
    events = dict(conn.execute(select(t.events.c.event_id, t.events.c.pk)).all())
    links = [
        {"incident_pk": pks[x.id], "event_pk": events[e]}
        for x in incidents
        for e in dict.fromkeys(x.event_ids)
        if e in events
    ]
    if links:
        conn.execute(insert(ie), links)


def save_incidents(
    store: Store, incidents: Sequence[Incident], theatre: str = "syria-2016"
) -> None:
    """Replace the stored incidents of `theatre` (and their event links) with `incidents`."""
    transaction(store, lambda conn: write_incidents(conn, incidents, theatre))


def load_incidents(store: Store, theatre: str | None = None) -> list[Incident]:
    """Stored incidents (of `theatre`, or all), by date then id, with their event ids."""
    i, ie = t.incidents, t.incident_events
    query = select(i).order_by(i.c.date.is_(None), i.c.date, i.c.incident_id)
    if theatre is not None:
        query = query.where(i.c.theatre == theatre)
    with store.engine.connect() as conn:
        rows = conn.execute(query).mappings().all()
        members: dict[int, list[str]] = defaultdict(list)
        for pk, event_id in conn.execute(
            select(ie.c.incident_pk, t.events.c.event_id)
            .join(t.events, t.events.c.pk == ie.c.event_pk)
            .order_by(t.events.c.pk)
        ):
            members[pk].append(event_id)
    return [
        Incident(
            id=r["incident_id"],
            type=r["type"],
            date=r["date"],
            date_precision=r["date_precision"],
            place=r["place"],
            admin1=r["admin1"],
            lat=r["lat"],
            lon=r["lon"],
            actors=r["actors"],
            target=r["target"],
            event_ids=members.get(r["pk"], []),
            outlets=r["outlets"],
            corroboration=r["corroboration"],
            contested=r["contested"],
            grade=r["grade"],
            grade_reason=r["grade_reason"],
            fatalities=r["fatalities"],
        )
        for r in rows
    ]


# -- commitments -------------------------------------------------------------------------------


def load_commitment_contexts(store: Store) -> list[CommitmentContext]:
    """Every stored commitment, with its id `<doc>:c<n>`, date made and the places it names."""
    c, d, p = t.commitments.c, t.documents.c, t.doc_places.c
    with store.engine.connect() as conn:
        places: dict[int, list[tuple[str, list[list[int]]]]] = defaultdict(list)
        for doc_pk, place_id, mentions in conn.execute(select(p.doc_pk, p.place_id, p.mentions)):
            places[doc_pk].append((place_id, mentions or []))
        rows = conn.execute(
            select(c.pk, c.by, c.text, c.due, c.start, c.end, c.doc_pk, d.id, d.published)
            .join(t.documents, d.pk == c.doc_pk)
            .order_by(c.pk)
        ).all()
    seen: dict[str, int] = defaultdict(int)
    out = []
    for r in rows:
        seen[r.id] += 1
        named = tuple(
            dict.fromkeys(
                place
                for place, mentions in places.get(r.doc_pk, ())
                for m in mentions
                if r.start <= m[0] and m[1] <= r.end
            )
        )
        out.append(
            CommitmentContext(
                commitment_id=f"{r.id}:c{seen[r.id]}",
                by=tuple(r.by or ()),
                text=r.text,
                doc_id=r.id,
                due=r.due,
                made=r.published,
                places=named,
            )
        )
    return out


def _commitment_pks(conn: Connection) -> dict[str, int]:
    c, d = t.commitments.c, t.documents.c
    seen: dict[str, int] = defaultdict(int)
    out = {}
    for pk, doc_id in conn.execute(
        select(c.pk, d.id).join(t.documents, d.pk == c.doc_pk).order_by(c.pk)
    ):
        seen[doc_id] += 1
        out[f"{doc_id}:c{seen[doc_id]}"] = pk
    return out


def write_commitment_statuses(
    conn: Connection, statuses: Sequence[CommitmentStatus], as_of: dt.date
) -> None:
    pks = _commitment_pks(conn)
    events = dict(conn.execute(select(t.events.c.event_id, t.events.c.pk)).all())
    conn.execute(delete(t.commitment_status))
    rows = [
        {
            "commitment_pk": pks[s.commitment_id],
            "status": s.status,
            "fulfilled_by": events.get(s.fulfilled_by) if s.fulfilled_by else None,
            "reason": s.reason,
            "as_of": as_of,
        }
        for s in statuses
        if s.commitment_id in pks
    ]
    if rows:
        conn.execute(insert(t.commitment_status), rows)


def save_commitment_statuses(
    store: Store, statuses: Sequence[CommitmentStatus], as_of: dt.date
) -> None:
    """Replace the stored commitment statuses with `statuses` (computed as of `as_of`)."""
    transaction(store, lambda conn: write_commitment_statuses(conn, statuses, as_of))


def load_commitment_statuses(store: Store) -> list[CommitmentStatus]:
    """Stored commitment statuses, in commitment order (the reason quotes the fulfilling event)."""
    cs, c, d = t.commitment_status.c, t.commitments.c, t.documents.c
    ids = {pk: cid for cid, pk in _with_conn(store, _commitment_pks).items()}
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(cs.commitment_pk, cs.status, cs.reason, c.by, c.text, c.due, t.events.c.event_id)
            .join(t.commitments, c.pk == cs.commitment_pk)
            .join(t.documents, d.pk == c.doc_pk)
            .outerjoin(t.events, t.events.c.pk == cs.fulfilled_by)
            .order_by(cs.commitment_pk)
        ).all()
    return [
        CommitmentStatus(
            commitment_id=ids[r.commitment_pk],
            by=r.by,
            text=r.text,
            due=r.due,
            status=r.status,
            fulfilled_by=r.event_id,
            reason=r.reason,
        )
        for r in rows
    ]


def _with_conn(store: Store, fn: Callable[[Connection], T]) -> T:
    with store.engine.connect() as conn:
        return fn(conn)


def transaction(store: Store, fn: Callable[[Connection], object]) -> None:
    """Run `fn(conn)` in one transaction; a database error becomes a `StoreError`."""
    try:
        with store.engine.begin() as conn:
            fn(conn)
    except SQLAlchemyError as err:
        raise StoreError(f"cannot write link results to {store.url}: {err}") from err


__all__ = [
    "StoredDocument",
    "load_commitment_contexts",
    "load_commitment_statuses",
    "load_documents",
    "load_duplicates",
    "load_event_contexts",
    "load_incidents",
    "save_commitment_statuses",
    "save_duplicates",
    "save_incidents",
    "transaction",
    "write_commitment_statuses",
    "write_duplicates",
    "write_incidents",
]
