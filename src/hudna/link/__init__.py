"""Link stage: from single reports to an attributable record (docs/incidents.md).

- `dedup`: near-duplicate documents (syndicated copies count as one source);
- `incidents` (with `blocking`, `geo`, `parties`): events from different documents about one
  happening become one `Incident`, with its independent sources and corroboration;
- `grading`: the Airwars-like grade of an incident and its reason, from outlet reliability;
- `commitments`: whether each commitment is pending, fulfilled (and by what) or overdue;
- `rebuild(store, theatre, as_of)`: all three over a store, written to its tables.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from hudna.link.commitments import CommitmentContext, track_commitments
from hudna.link.dedup import Duplicate, find_duplicates
from hudna.link.grading import Findings, Outlets, grade, load_outlets
from hudna.link.incidents import EventContext, Verifier, link_incidents

if TYPE_CHECKING:
    from hudna.link.stage import RebuildResult, rebuild


def __getattr__(name: str) -> Any:
    # `rebuild` reads and writes the store, whose link functions import this package's records:
    # imported on first use so that `hudna.store.incidents` can be imported first.
    if name in {"rebuild", "RebuildResult"}:
        from hudna.link import stage

        return getattr(stage, name)
    raise AttributeError(f"module 'hudna.link' has no attribute {name!r}")


__all__ = [
    "CommitmentContext",
    "Duplicate",
    "EventContext",
    "Findings",
    "Outlets",
    "RebuildResult",
    "Verifier",
    "find_duplicates",
    "grade",
    "link_incidents",
    "load_outlets",
    "rebuild",
    "track_commitments",
]
