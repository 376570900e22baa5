"""Accountability tables: judgements, near-duplicate documents, incidents, commitment status.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "judgements",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column(
            "event_pk",
            sa.Integer,
            sa.ForeignKey("events.pk", ondelete="CASCADE"),
            nullable=False,
            unique=True,
        ),
        sa.Column("theatre", sa.String(60), nullable=False),
        sa.Column("status", sa.String(20)),
        sa.Column("truce", sa.String(60)),
        sa.Column("rule", sa.String(60), nullable=False),
        sa.Column("explanation_ar", sa.Text, nullable=False),
        sa.Column("explanation_en", sa.Text, nullable=False),
        sa.Column("grave", sa.Boolean, nullable=False),
        sa.Column("judged_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "doc_duplicates",
        sa.Column(
            "doc_pk",
            sa.Integer,
            sa.ForeignKey("documents.pk", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "duplicate_of",
            sa.Integer,
            sa.ForeignKey("documents.pk", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("similarity", sa.Float, nullable=False),
    )
    op.create_table(
        "incidents",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("incident_id", sa.String(80), nullable=False, unique=True),
        sa.Column("theatre", sa.String(60), nullable=False),
        sa.Column("type", sa.String(30), nullable=False, index=True),
        sa.Column("date", sa.String(10)),
        sa.Column("date_precision", sa.String(10)),
        sa.Column("place", sa.String(80), index=True),
        sa.Column("admin1", sa.String(80), index=True),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("actors", sa.JSON, nullable=False),
        sa.Column("target", sa.String(60)),
        sa.Column("outlets", sa.JSON, nullable=False),
        sa.Column("corroboration", sa.Integer, nullable=False),
        sa.Column("contested", sa.Boolean, nullable=False),
        sa.Column("grade", sa.String(20), nullable=False),
        sa.Column("grade_reason", sa.Text, nullable=False),
        sa.Column("fatalities", sa.Integer),
    )
    op.create_table(
        "incident_events",
        sa.Column(
            "incident_pk",
            sa.Integer,
            sa.ForeignKey("incidents.pk", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "event_pk", sa.Integer, sa.ForeignKey("events.pk", ondelete="CASCADE"), primary_key=True
        ),
    )
    op.create_table(
        "commitment_status",
        sa.Column(
            "commitment_pk",
            sa.Integer,
            sa.ForeignKey("commitments.pk", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("fulfilled_by", sa.Integer, sa.ForeignKey("events.pk", ondelete="SET NULL")),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("as_of", sa.Date, nullable=False),
    )


def downgrade() -> None:
    for table in (
        "commitment_status",
        "incident_events",
        "incidents",
        "doc_duplicates",
        "judgements",
    ):
        op.drop_table(table)
