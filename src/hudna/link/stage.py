"""The link stage over a store: near-duplicates, incidents and commitment statuses, rebuilt."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.engine import Connection

from hudna.link.commitments import track_commitments
from hudna.link.dedup import Duplicate, find_duplicates
from hudna.link.incidents import Verifier, link_incidents
from hudna.models import HOSTILE_TYPES, CommitmentStatus, Incident
from hudna.store import Store
from hudna.store import incidents as db


@dataclass
class RebuildResult:
    """What `rebuild` computed and stored."""

    theatre: str
    as_of: dt.date
    documents: int
    events: int  # hostile events linked into incidents
    duplicates: list[Duplicate] = field(default_factory=list)
    incidents: list[Incident] = field(default_factory=list)
    commitments: list[CommitmentStatus] = field(default_factory=list)

    def counts(self) -> dict[str, Any]:
        """Counts for a summary line or a report: per grade and per commitment status."""
        return {
            "documents": self.documents,
            "duplicates": len(self.duplicates),
            "events": self.events,
            "incidents": len(self.incidents),
            "corroborated": sum(1 for i in self.incidents if i.corroboration >= 2),
            "contested": sum(1 for i in self.incidents if i.contested),
            "grades": dict(Counter(i.grade for i in self.incidents)),
            "commitments": dict(Counter(c.status for c in self.commitments)),
        }


def rebuild(
    store: Store,
    theatre: str = "syria-2016",
    as_of: dt.date | None = None,
    *,
    verify: Verifier | None = None,
) -> RebuildResult:
    """Recompute and store everything the link stage derives from the stored documents.

    1. Near-duplicate documents (`doc_duplicates`): syndicated copies, by MinHash LSH over
       character 5-grams, verified at Jaccard ≥ 0.5 (`hudna.link.dedup`).
    2. Incidents of `theatre` (`incidents`, `incident_events`): hostile events linked across
       documents, with independent outlets (copies count once), corroboration, contested flag and
       grade with its reason (`hudna.link.incidents`, `hudna.link.grading`). `verify` is the
       reviewer hook: a function from an incident to a reviewer's note (confirmed) or None.
    3. Commitment statuses as of `as_of` (`commitment_status`): pending, fulfilled (with the
       fulfilling event) or overdue (`hudna.link.commitments`). `as_of` defaults to the newest
       publication date in the store (today if no document has one), so an archive is judged as
       of its last report; only reports published by `as_of` count.

    Each table is replaced whole, in one transaction; running it twice gives the same result.
    """
    documents = db.load_documents(store)
    duplicates = find_duplicates(documents)
    as_of = as_of or max((d.published for d in documents if d.published), default=None)
    as_of = as_of or dt.date.today()
    events = db.load_event_contexts(store, duplicates)
    incidents = link_incidents(events, theatre=theatre, verify=verify)
    commitments = db.load_commitment_contexts(store)
    statuses = track_commitments(
        commitments,
        [e for e in events if e.published is None or e.published <= as_of],
        as_of=as_of,
        documents={d.id: d.text for d in documents},
    )

    def write(conn: Connection) -> None:
        db.write_duplicates(conn, duplicates)
        db.write_incidents(conn, incidents, theatre)
        db.write_commitment_statuses(conn, statuses, as_of)

    db.transaction(store, write)
    return RebuildResult(
        theatre=theatre,
        as_of=as_of,
        documents=len(documents),
        events=sum(1 for e in events if e.type in HOSTILE_TYPES),
        duplicates=duplicates,
        incidents=incidents,
        commitments=statuses,
    )
