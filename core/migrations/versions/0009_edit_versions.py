"""Who changed a record and when, and its version for edits made by several people at once

Revision ID: 0009
Revises: 0008

``version`` counts the saves of a meeting, an opinion and a task (SQLAlchemy's version_id_col):
a save made from an older version than the stored one is a conflict, said to the user, never a
silent overwrite. ``updated_by`` names who saved last (the login name on a server, the PC's
user name on a single PC); opinions also get the ``updated_at`` meetings and tasks already have.
Columns are only added (no table is rebuilt), so the tasks' full-text triggers stay.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

TABLES = ("meetings", "opinions", "tasks")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False,
                                       server_default="1"))
        op.add_column(table, sa.Column("updated_by", sa.String(length=500), nullable=True))
    op.add_column("opinions", sa.Column("updated_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("opinions") as batch:
        batch.drop_column("updated_at")
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("updated_by")
            batch.drop_column("version")
