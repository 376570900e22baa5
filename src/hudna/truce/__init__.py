"""The truce stage: theatres as data (`theatre`), judging events against them (`judge`).

    from hudna.truce import judge
    judge(event, "syria-2016", evidence="قصفت قوات النظام مدينة داريا")

Rules, statuses and the theatre file format are described in docs/truce-rules.md.
"""

from __future__ import annotations

from hudna.truce.judge import (
    STATUS_BY_KIND,
    DateSpan,
    event_dates,
    excerpt,
    judge,
    judge_events,
    judge_extraction,
)
from hudna.truce.stored import judge_stored
from hudna.truce.theatre import (
    DEFAULT_THEATRE,
    RULE_KINDS,
    Theatre,
    TheatreFile,
    TruceDef,
    list_theatres,
    load_theatre,
    load_theatre_file,
)

__all__ = [
    "DEFAULT_THEATRE",
    "RULE_KINDS",
    "STATUS_BY_KIND",
    "DateSpan",
    "Theatre",
    "TheatreFile",
    "TruceDef",
    "event_dates",
    "excerpt",
    "judge",
    "judge_events",
    "judge_extraction",
    "judge_stored",
    "list_theatres",
    "load_theatre",
    "load_theatre_file",
]
