"""Trigram index of the task register's search text on a PostgreSQL server

Revision ID: 0011
Revises: 0009

On PostgreSQL, ``ix_tasks_search_trgm`` (GIN, pg_trgm) over ``tasks.search_key`` answers
``search_key LIKE '%word%'``, which the register puts before its exact rule (each typed word
begins a word: core.services.task_fulltext.server_clause), so a search reads the few tasks that
contain the words instead of all of them. The search text is already folded by the program (no
marks, đ→d), the same on both engines, so no ``unaccent`` is needed.

pg_trgm ships with PostgreSQL and is a trusted extension (the database's owner may create it).
Where it cannot be created (a server without it, or a user without the right), the upgrade goes
on without the index: searches give the same answers, read the whole register, and the log says
so. SQLite keeps its FTS5 index (0004); nothing changes there.
"""
from __future__ import annotations

import logging

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

INDEX = "ix_tasks_search_trgm"
log = logging.getLogger(__name__)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    try:
        with bind.begin_nested():  # a refusal must not end the upgrade's transaction
            bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    except sa.exc.DBAPIError as exc:
        log.warning("pg_trgm not available, the register searches without an index: %s", exc)
        return
    bind.execute(sa.text(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON tasks USING gin (search_key gin_trgm_ops)"))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        bind.execute(sa.text(f"DROP INDEX IF EXISTS {INDEX}"))
