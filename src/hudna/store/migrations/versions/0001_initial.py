"""Initial tables: blobs, documents (with full-text index), extraction results.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _doc_fk() -> sa.Column:
    return sa.Column(
        "doc_pk",
        sa.Integer,
        sa.ForeignKey("documents.pk", ondelete="CASCADE"),
        nullable=False,
        index=True,
    )


def upgrade() -> None:
    op.create_table(
        "blobs",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "documents",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("id", sa.String(200), nullable=False, unique=True),
        sa.Column("sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("raw_sha256", sa.String(64), sa.ForeignKey("blobs.sha256"), nullable=False),
        sa.Column("source", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("outlet", sa.String(200)),
        sa.Column("title", sa.Text),
        sa.Column("published", sa.Date),
        sa.Column("published_source", sa.String(10)),
        sa.Column("language", sa.String(5)),
        sa.Column("encoding", sa.String(40)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("meta", sa.JSON, nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("extracted_with", sa.String(40)),
    )
    op.create_table(
        "doc_actors",
        sa.Column("pk", sa.Integer, primary_key=True),
        _doc_fk(),
        sa.Column("actor_id", sa.String(60), nullable=False, index=True),
        sa.Column("name", sa.String(200)),
        sa.Column("kind", sa.String(20)),
        sa.Column("mentions", sa.JSON, nullable=False),
    )
    op.create_table(
        "doc_places",
        sa.Column("pk", sa.Integer, primary_key=True),
        _doc_fk(),
        sa.Column("place_id", sa.String(80), nullable=False, index=True),
        sa.Column("name", sa.String(200)),
        sa.Column("admin1", sa.String(80)),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("mentions", sa.JSON, nullable=False),
    )
    op.create_table(
        "statements",
        sa.Column("pk", sa.Integer, primary_key=True),
        _doc_fk(),
        sa.Column("speaker", sa.String(60), nullable=False, index=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("mode", sa.String(10), nullable=False),
        sa.Column("about", sa.JSON, nullable=False),
    )
    op.create_table(
        "events",
        sa.Column("pk", sa.Integer, primary_key=True),
        _doc_fk(),
        sa.Column("event_id", sa.String(240), nullable=False, unique=True),
        sa.Column("type", sa.String(30), nullable=False, index=True),
        sa.Column("actors", sa.JSON, nullable=False),
        sa.Column("target", sa.String(60)),
        sa.Column("place", sa.String(80), index=True),
        sa.Column("date", sa.String(10)),
        sa.Column("date_precision", sa.String(10)),
        sa.Column("asserted_by", sa.String(60)),
        sa.Column("negated", sa.Boolean, nullable=False),
        sa.Column("fatalities", sa.Integer),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
    )
    op.create_table(
        "commitments",
        sa.Column("pk", sa.Integer, primary_key=True),
        _doc_fk(),
        sa.Column("by", sa.JSON, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("due", sa.String(10)),
        sa.Column("due_text", sa.Text),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
    )
    if op.get_bind().dialect.name == "sqlite":
        # The index holds folded, clitic-split, stemmed terms (hudna.text.search_text), so that the
        # unicode61 tokenizer, which knows nothing of Arabic, matches what a reader expects.
        op.execute("CREATE VIRTUAL TABLE documents_fts USING fts5(terms, tokenize='unicode61')")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE documents_fts")
    for table in (
        "commitments",
        "events",
        "statements",
        "doc_places",
        "doc_actors",
        "documents",
        "blobs",
    ):
        op.drop_table(table)
