"""The typed records that flow between Hudna's stages.

`Document` is what ingest produces; `Extraction` (with its `Actor`, `Place`, `Statement`, `Event`
and `Commitment` records) is what extraction produces and what `../shared/spec/extraction.md`
defines as the output contract (schema 1). Field names here are that contract: add, never rename.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 1

Span = tuple[int, int]
EventType = Literal[
    "MEET",
    "AGREE",
    "ACCUSE",
    "AIRSTRIKE",
    "SHELLING",
    "ATTACK",
    "SIEGE",
    "CHEMICAL",
    "INCURSION",
    "CEASEFIRE_VIOLATION",
]
EVENT_TYPES: tuple[str, ...] = EventType.__args__  # type: ignore[attr-defined]
HOSTILE_TYPES: frozenset[str] = frozenset(
    {"AIRSTRIKE", "SHELLING", "ATTACK", "SIEGE", "CHEMICAL", "INCURSION", "CEASEFIRE_VIOLATION"}
)
# the acts that kill, and so carry a death toll (a siege, an incursion or a breach of the truce
# is told with the acts that killed in it)
KILLING_TYPES: frozenset[str] = frozenset({"AIRSTRIKE", "SHELLING", "ATTACK", "CHEMICAL"})
Precision = Literal["day", "month", "year"]
Language = Literal["ar", "en"]


class Record(BaseModel):
    """Base for records: strict about unknown fields so typos in code fail loudly."""

    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Document(Record):
    """One report as ingested: the verbatim original plus what was read from it."""

    id: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    published_source: Literal["given", "text"] | None = None
    outlet: str | None = None
    url: str | None = None
    language: Language | None = None
    source_path: str | None = None
    encoding: str | None = None
    raw: bytes | None = Field(default=None, repr=False)
    sha256: str | None = None
    meta: dict[str, Any] = Field(default_factory=dict)


class Actor(Record):
    id: str
    name: str
    name_ar: str | None = None
    kind: Literal["person", "state", "group", "org"]
    affiliation: str | None = None
    mentions: list[Span] = Field(default_factory=list)


class Place(Record):
    id: str
    name: str
    name_ar: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    admin1: str | None = None
    mentions: list[Span] = Field(default_factory=list)


class Statement(Record):
    speaker: str
    text: str
    span: Span
    mode: Literal["direct", "reported"]
    about: list[str] = Field(default_factory=list)


class Event(Record):
    id: str | None = None
    type: EventType
    actors: list[str] = Field(default_factory=list)
    target: str | None = None
    place: str | None = None
    date: str | None = None
    date_precision: Precision | None = None
    asserted_by: str | None = None
    negated: bool = False
    fatalities: int | None = None
    trigger: str | None = None
    confidence: float | None = None  # set by an optional model component; None: rules only
    span: Span


class Commitment(Record):
    by: list[str]
    text: str
    due: str | None = None
    due_text: str | None = None
    span: Span


class ExtractionError(Record):
    code: str
    message: str


class Extraction(Record):
    """Everything extracted from one document: the contract's one-document object."""

    schema_: int = Field(default=SCHEMA_VERSION, alias="schema")
    id: str
    language: Language | None = None
    title: str | None = None
    published: str | None = None
    published_source: Literal["given", "text"] | None = None
    actors: list[Actor] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    statements: list[Statement] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    commitments: list[Commitment] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_json_dict(self) -> dict[str, Any]:
        """The contract's JSON object (with `schema`, lists for spans)."""
        return self.model_dump(mode="json", by_alias=True)


# -- later stages: judgement (truce/), incidents (link/), commitment tracking -------------------

JudgementStatus = Literal["violation", "not_a_violation", "outside_truce", "undetermined"]
Grade = Literal["confirmed", "fair", "weak", "contested", "discounted"]
CommitmentState = Literal["pending", "fulfilled", "overdue"]


class Explanation(Record):
    ar: str
    en: str


class Judgement(Record):
    """A hostile event judged against the truce in force: verdict, rule, and a readable reason."""

    status: JudgementStatus | None
    truce: str | None = None
    rule: str
    explanation: Explanation
    grave: bool = False  # e.g. chemical weapons: a grave violation whatever the truce


class Incident(Record):
    """One happening reported by one or more documents (events linked across outlets)."""

    id: str
    type: EventType
    date: str | None = None
    date_precision: Precision | None = None
    place: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    actors: list[str] = Field(default_factory=list)
    target: str | None = None
    event_ids: list[str] = Field(default_factory=list)
    outlets: list[str] = Field(
        default_factory=list
    )  # independent sources (syndicated copies count once)
    corroboration: int = 0
    contested: bool = False
    grade: Grade = "weak"
    grade_reason: str = ""
    fatalities: int | None = None


class CommitmentStatus(Record):
    """Where a commitment stands on a given date, with the event that fulfilled it if any."""

    commitment_id: str
    by: list[str]
    text: str
    due: str | None = None
    status: CommitmentState
    fulfilled_by: str | None = None  # event id
    reason: str = ""
