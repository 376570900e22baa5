"""The tables of the store (SQLAlchemy Core). Changes go through Alembic migrations only.

Documents keep the verbatim original bytes (in `blobs`, shared when one file holds many reports)
and the text read from them; extraction results live in their own tables, linked to the document.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()


def _doc_pk() -> Column[int]:
    """The link from an extraction row to its document (deleted with it)."""
    return Column(
        "doc_pk",
        Integer,
        ForeignKey("documents.pk", ondelete="CASCADE"),
        nullable=False,
        index=True,
    )


blobs = Table(
    "blobs",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("size", Integer, nullable=False),
    Column("data", LargeBinary, nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("pk", Integer, primary_key=True),
    Column("id", String(200), nullable=False, unique=True),
    Column("sha256", String(64), nullable=False, unique=True),
    Column("raw_sha256", String(64), ForeignKey("blobs.sha256"), nullable=False),
    Column("source", Text),
    Column("url", Text),
    Column("outlet", String(200)),
    Column("title", Text),
    Column("published", Date),
    Column("published_source", String(10)),
    Column("language", String(5)),
    Column("encoding", String(40)),
    Column("text", Text, nullable=False),
    Column("meta", JSON, nullable=False, default=dict),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Column("extracted_with", String(40)),
)

doc_actors = Table(
    "doc_actors",
    metadata,
    Column("pk", Integer, primary_key=True),
    _doc_pk(),
    Column("actor_id", String(60), nullable=False, index=True),
    Column("name", String(200)),
    Column("kind", String(20)),
    Column("name_ar", String(200)),
    Column("affiliation", String(60)),
    Column("mentions", JSON, nullable=False),
)

doc_places = Table(
    "doc_places",
    metadata,
    Column("pk", Integer, primary_key=True),
    _doc_pk(),
    Column("place_id", String(80), nullable=False, index=True),
    Column("name", String(200)),
    Column("admin1", String(80)),
    Column("lat", Float),
    Column("lon", Float),
    Column("mentions", JSON, nullable=False),
    Column("name_ar", String(200)),
    Column("country", String(2)),
)

statements = Table(
    "statements",
    metadata,
    Column("pk", Integer, primary_key=True),
    _doc_pk(),
    Column("speaker", String(60), nullable=False, index=True),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("mode", String(10), nullable=False),
    Column("about", JSON, nullable=False),
)

events = Table(
    "events",
    metadata,
    Column("pk", Integer, primary_key=True),
    _doc_pk(),
    Column("event_id", String(240), nullable=False, unique=True),
    Column("type", String(30), nullable=False, index=True),
    Column("actors", JSON, nullable=False),
    Column("target", String(60)),
    Column("place", String(80), index=True),
    Column("date", String(10)),
    Column("date_precision", String(10)),
    Column("asserted_by", String(60)),
    Column("negated", Boolean, nullable=False, default=False),
    Column("fatalities", Integer),
    Column("trigger", Text),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)

commitments = Table(
    "commitments",
    metadata,
    Column("pk", Integer, primary_key=True),
    _doc_pk(),
    Column("by", JSON, nullable=False),
    Column("text", Text, nullable=False),
    Column("due", String(10)),
    Column("due_text", Text),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)

judgements = Table(
    "judgements",
    metadata,
    Column("pk", Integer, primary_key=True),
    Column(
        "event_pk",
        Integer,
        ForeignKey("events.pk", ondelete="CASCADE"),
        nullable=False,
        unique=True,
    ),
    Column("theatre", String(60), nullable=False),
    Column("status", String(20)),
    Column("truce", String(60)),
    Column("rule", String(60), nullable=False),
    Column("explanation_ar", Text, nullable=False),
    Column("explanation_en", Text, nullable=False),
    Column("grave", Boolean, nullable=False, default=False),
    Column("judged_at", DateTime(timezone=True), nullable=False),
)

# Near-duplicate documents (syndicated copies): each copy points at the first document of its group.
doc_duplicates = Table(
    "doc_duplicates",
    metadata,
    Column("doc_pk", Integer, ForeignKey("documents.pk", ondelete="CASCADE"), primary_key=True),
    Column(
        "duplicate_of",
        Integer,
        ForeignKey("documents.pk", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("similarity", Float, nullable=False),
)

incidents = Table(
    "incidents",
    metadata,
    Column("pk", Integer, primary_key=True),
    Column("incident_id", String(80), nullable=False, unique=True),
    Column("theatre", String(60), nullable=False),
    Column("type", String(30), nullable=False, index=True),
    Column("date", String(10)),
    Column("date_precision", String(10)),
    Column("place", String(80), index=True),
    Column("admin1", String(80), index=True),
    Column("lat", Float),
    Column("lon", Float),
    Column("actors", JSON, nullable=False),
    Column("target", String(60)),
    Column("outlets", JSON, nullable=False),
    Column("corroboration", Integer, nullable=False),
    Column("contested", Boolean, nullable=False),
    Column("grade", String(20), nullable=False),
    Column("grade_reason", Text, nullable=False),
    Column("fatalities", Integer),
)

incident_events = Table(
    "incident_events",
    metadata,
    Column(
        "incident_pk", Integer, ForeignKey("incidents.pk", ondelete="CASCADE"), primary_key=True
    ),
    Column("event_pk", Integer, ForeignKey("events.pk", ondelete="CASCADE"), primary_key=True),
)

commitment_status = Table(
    "commitment_status",
    metadata,
    Column(
        "commitment_pk", Integer, ForeignKey("commitments.pk", ondelete="CASCADE"), primary_key=True
    ),
    Column("status", String(20), nullable=False),
    Column("fulfilled_by", Integer, ForeignKey("events.pk", ondelete="SET NULL")),
    Column("reason", Text, nullable=False),
    Column("as_of", Date, nullable=False),
)

EXTRACTION_TABLES = (doc_actors, doc_places, statements, events, commitments)
