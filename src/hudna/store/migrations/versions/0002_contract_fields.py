"""Keep every contract field: actor/place Arabic names, affiliation, country; event trigger.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("doc_actors") as batch:
        batch.add_column(sa.Column("name_ar", sa.String(200)))
        batch.add_column(sa.Column("affiliation", sa.String(60)))
    with op.batch_alter_table("doc_places") as batch:
        batch.add_column(sa.Column("name_ar", sa.String(200)))
        batch.add_column(sa.Column("country", sa.String(2)))
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("trigger", sa.Text))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("trigger")
    with op.batch_alter_table("doc_places") as batch:
        batch.drop_column("country")
        batch.drop_column("name_ar")
    with op.batch_alter_table("doc_actors") as batch:
        batch.drop_column("affiliation")
        batch.drop_column("name_ar")
