"""Several people at once: change counters other windows poll, the log of who changed what,
and who has which meeting open

Revision ID: 0010
Revises: 0009
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "change_counters",
        sa.Column("scope", sa.String(length=120), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("scope", name=op.f("pk_change_counters")),
    )
    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("who", sa.String(length=500), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("task_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=120), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=12), nullable=False),
        sa.Column("fields", sa.String(length=2000), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
    )
    op.create_index(op.f("ix_change_log_meeting_id"), "change_log", ["meeting_id"])
    op.create_index(op.f("ix_change_log_task_id"), "change_log", ["task_id"])
    op.create_index("ix_change_log_record", "change_log", ["kind", "record_id"])
    op.create_table(
        "presence",
        sa.Column("session_key", sa.String(length=120), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("who", sa.String(length=500), nullable=False),
        sa.Column("machine", sa.String(length=500), nullable=False),
        sa.Column("seen_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("session_key", name=op.f("pk_presence")),
    )
    op.create_index(op.f("ix_presence_meeting_id"), "presence", ["meeting_id"])


def downgrade() -> None:
    op.drop_table("presence")
    op.drop_table("change_log")
    op.drop_table("change_counters")
