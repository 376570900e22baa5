"""Judgements in the store: save them per document, read them per document or for reports.

One row per judged event in table `judgements` (created by migration 0003), keyed by the event's
primary key; saving again replaces the row. The functions take a `Store` and use its engine, so
they run on every database the store supports.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass

from sqlalchemy import RowMapping, insert, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from hudna.errors import NotFound, StoreError
from hudna.models import Event, Explanation, Judgement
from hudna.store import Store, row_to_event
from hudna.store import schema as t


@dataclass(frozen=True)
class JudgedEvent:
    """A stored event with its judgement and where it was reported: one row of a report."""

    event: Event  # `event.id` is the stored event id, "<doc_id>:e<n>"
    doc_id: str
    outlet: str | None
    published: dt.date | None
    title: str | None
    theatre: str
    judgement: Judgement
    judged_at: dt.datetime


def _doc_pk(conn: Connection, doc_id: str) -> int:
    pk = conn.execute(select(t.documents.c.pk).where(t.documents.c.id == doc_id)).scalar()
    if pk is None:
        raise NotFound(f"no document {doc_id!r}", id=doc_id)
    return int(pk)


def save_judgements(
    store: Store, doc_id: str, theatre: str, judgements: Mapping[str, Judgement]
) -> int:
    """Store the judgements of events of document `doc_id`, keyed by stored event id.

    Replaces any earlier judgement of the same events, in one transaction; returns how many rows
    were written. Raises NotFound for an unknown document or event id.
    """
    if not judgements:
        return 0
    now = dt.datetime.now(dt.UTC)
    try:
        with store.engine.begin() as conn:
            pk = _doc_pk(conn, doc_id)
            event_pks = dict(
                conn.execute(
                    select(t.events.c.event_id, t.events.c.pk).where(t.events.c.doc_pk == pk)
                ).all()
            )
            unknown = sorted(set(judgements) - set(event_pks))
            if unknown:
                raise NotFound(f"document {doc_id!r} has no event(s) {unknown}", id=doc_id)
            pks = [event_pks[e] for e in judgements]
            conn.execute(t.judgements.delete().where(t.judgements.c.event_pk.in_(pks)))
            conn.execute(
                insert(t.judgements),
                [
                    {
                        "event_pk": event_pks[event_id],
                        "theatre": theatre,
                        "status": j.status,
                        "truce": j.truce,
                        "rule": j.rule,
                        "explanation_ar": j.explanation.ar,
                        "explanation_en": j.explanation.en,
                        "grave": j.grave,
                        "judged_at": now,
                    }
                    for event_id, j in judgements.items()
                ],
            )
    except SQLAlchemyError as err:
        raise StoreError(f"cannot store judgements of {doc_id}: {err}", id=doc_id) from err
    return len(judgements)


def _judgement(row: RowMapping) -> Judgement:
    return Judgement(
        status=row["status"],
        truce=row["truce"],
        rule=row["rule"],
        explanation=Explanation(ar=row["explanation_ar"], en=row["explanation_en"]),
        grave=bool(row["grave"]),
    )


def judgements_for(store: Store, doc_id: str) -> dict[str, Judgement]:
    """The stored judgements of document `doc_id`, by event id, in the document's event order."""
    with store.engine.connect() as conn:
        pk = _doc_pk(conn, doc_id)
        rows = conn.execute(
            select(t.events.c.event_id, t.judgements)
            .join(t.judgements, t.judgements.c.event_pk == t.events.c.pk)
            .where(t.events.c.doc_pk == pk)
            .order_by(t.events.c.pk)
        ).mappings()
        return {r["event_id"]: _judgement(r) for r in rows}


def _event(row: RowMapping) -> Event:
    return row_to_event(row)


def _span_of(
    date: str | None, precision: str | None, published: dt.date | None
) -> tuple[str, str] | None:
    """First and last ISO day an event's date may stand for (its document's date if it has none)."""
    if date:
        if precision == "year" or len(date) == 4:
            return f"{date[:4]}-01-01", f"{date[:4]}-12-31"
        if precision == "month" or len(date) == 7:
            last = calendar.monthrange(int(date[:4]), int(date[5:7]))[1]
            return f"{date[:7]}-01", f"{date[:7]}-{last:02d}"
        return date[:10], date[:10]
    if published:
        return published.isoformat(), published.isoformat()
    return None


def judged_events(
    store: Store,
    theatre: str,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    *,
    statuses: Collection[str | None] | None = None,
) -> Iterator[JudgedEvent]:
    """Every judged event of `theatre` in a date range, with its document, oldest first.

    An event's date is its own, or its document's publication date when it has none. An event
    dated only by month or year is included when that month or year overlaps the range; an event
    with no date at all only when neither bound is given. `statuses` keeps only those verdicts
    (None stands for "not judged": non-hostile or denied events). Ordered by event date, then
    document id and event order.
    """
    lo = date_from.isoformat() if date_from else None
    hi = date_to.isoformat() if date_to else None
    query = (
        select(
            t.events,
            t.judgements.c.theatre,
            t.judgements.c.status,
            t.judgements.c.truce,
            t.judgements.c.rule,
            t.judgements.c.explanation_ar,
            t.judgements.c.explanation_en,
            t.judgements.c.grave,
            t.judgements.c.judged_at,
            t.documents.c.id.label("doc_id"),
            t.documents.c.outlet,
            t.documents.c.published,
            t.documents.c.title,
        )
        .join(t.judgements, t.judgements.c.event_pk == t.events.c.pk)
        .join(t.documents, t.documents.c.pk == t.events.c.doc_pk)
        .where(t.judgements.c.theatre == theatre)
        .order_by(t.documents.c.id, t.events.c.pk)
    )
    keep = set(statuses) if statuses is not None else None
    found: list[tuple[str, JudgedEvent]] = []
    with store.engine.connect() as conn:
        for row in conn.execute(query).mappings():
            if keep is not None and row["status"] not in keep:
                continue
            span = _span_of(row["date"], row["date_precision"], row["published"])
            if span is None:
                if lo or hi:
                    continue
            elif (lo and span[1] < lo) or (hi and span[0] > hi):
                continue
            record = JudgedEvent(
                event=_event(row),
                doc_id=row["doc_id"],
                outlet=row["outlet"],
                published=row["published"],
                title=row["title"],
                theatre=row["theatre"],
                judgement=_judgement(row),
                judged_at=row["judged_at"],
            )
            found.append((span[0] if span else "9999", record))
    found.sort(key=lambda item: item[0])  # stable: document and event order within a day
    yield from (record for _, record in found)


__all__ = ["JudgedEvent", "judged_events", "judgements_for", "save_judgements"]
