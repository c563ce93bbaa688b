"""Full-text index of the task register (SQLite FTS5); indexes for the overview and the report

Revision ID: 0004
Revises: 0003

The index ``task_fts`` mirrors ``tasks.search_key`` (an external-content FTS5 table) and three
triggers keep it current on every insert, update and delete, whoever writes the row. Tokens are
runs of anything but spaces, the same words ``core.services.task_fulltext.like_clause`` sees, so
the index and the portable LIKE find the same tasks.

A SQLite built without FTS5 gets no index: the register then searches with LIKE (slower, same
answer). A later migration that rebuilds ``tasks`` (batch mode copies the table, which drops its
triggers) must run ``_create_fulltext`` again.
"""
from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_TOKENIZER = "unicode61 remove_diacritics 0 categories 'L* N* M* P* S* Co Cc Cf'"
_CREATE = (
    "CREATE VIRTUAL TABLE task_fts USING fts5(search_key, content='tasks', content_rowid='id', "
    f"tokenize=\"{_TOKENIZER}\", prefix='1 2 3')",
    "CREATE TRIGGER task_fts_ai AFTER INSERT ON tasks BEGIN "
    "INSERT INTO task_fts(rowid, search_key) VALUES (new.id, new.search_key); END",
    "CREATE TRIGGER task_fts_ad AFTER DELETE ON tasks BEGIN "
    "INSERT INTO task_fts(task_fts, rowid, search_key) VALUES ('delete', old.id, old.search_key); END",
    "CREATE TRIGGER task_fts_au AFTER UPDATE OF search_key ON tasks BEGIN "
    "INSERT INTO task_fts(task_fts, rowid, search_key) VALUES ('delete', old.id, old.search_key); "
    "INSERT INTO task_fts(rowid, search_key) VALUES (new.id, new.search_key); END",
    "INSERT INTO task_fts(task_fts) VALUES ('rebuild')",
)
_DROP = ("DROP TRIGGER IF EXISTS task_fts_ai", "DROP TRIGGER IF EXISTS task_fts_ad",
         "DROP TRIGGER IF EXISTS task_fts_au", "DROP TABLE IF EXISTS task_fts")


def _has_fts5(bind) -> bool:
    options = {row[0] for row in bind.exec_driver_sql("PRAGMA compile_options")}
    return "ENABLE_FTS5" in options


def _create_fulltext(bind) -> None:
    if bind.dialect.name != "sqlite" or not _has_fts5(bind):
        return
    for statement in _CREATE:
        bind.exec_driver_sql(statement)


def upgrade() -> None:
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.create_index("ix_tasks_assigned_lead", ["assigned_on", "lead_agency_id"],
                              unique=False)
        batch_op.create_index("ix_tasks_meeting_open",
                              ["meeting_id", "completed_on", "due_date", "lead_agency_id"],
                              unique=False)
    _create_fulltext(op.get_bind())


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for statement in _DROP:
            bind.exec_driver_sql(statement)
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.drop_index("ix_tasks_meeting_open")
        batch_op.drop_index("ix_tasks_assigned_lead")
