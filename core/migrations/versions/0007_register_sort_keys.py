"""Sort keys of the task register in Vietnamese order, with their indexes

Revision ID: 0007
Revises: 0006

``tasks.content_order`` and ``tasks.progress_order`` hold core.text.order_key of the content
and of the latest progress (core.text.NO_TEXT_ORDER, above every key, when there is none;
``has_progress`` says which): text whose plain order is the Vietnamese dictionary order, so an
index gives the register's first page sorted by either column, both ways, without sorting
every task. The keys of the tasks already there are computed here;
core.models keeps them current on every later write.

The columns are added in place (ALTER TABLE ADD COLUMN, no copy of the table), so the
full-text triggers of 0004 stay.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_BATCH = 5_000


def upgrade() -> None:
    from core.status import status_group
    from core.text import NO_TEXT_ORDER, order_key

    op.add_column("tasks", sa.Column("content_order", sa.Text(), nullable=False,
                                     server_default=""))
    op.add_column("tasks", sa.Column("progress_order", sa.Text(), nullable=False,
                                     server_default=NO_TEXT_ORDER))
    op.add_column("tasks", sa.Column("has_progress", sa.Boolean(), nullable=False,
                                     server_default=sa.false()))
    op.add_column("tasks", sa.Column("status_group", sa.Integer(), nullable=False,
                                     server_default="1"))
    op.add_column("tasks", sa.Column("lead_order", sa.Text(), nullable=False, server_default=""))
    op.add_column("tasks", sa.Column("coordinators_order", sa.Text(), nullable=False,
                                     server_default=NO_TEXT_ORDER))
    op.add_column("tasks", sa.Column("has_coordinators", sa.Boolean(), nullable=False,
                                     server_default=sa.false()))
    bind = op.get_bind()
    last = 0  # dates come back as ISO text here: they compare as the dates do
    while True:
        rows = bind.execute(sa.text(
            "SELECT t.id, t.content, t.last_progress, t.due_date, t.completed_on, "
            "coalesce(a.name, p.full_name), (SELECT c.name FROM task_coordinators tc "
            "JOIN agencies c ON c.id = tc.agency_id WHERE tc.task_id = t.id "
            "ORDER BY tc.position, tc.agency_id LIMIT 1) FROM tasks t "
            "LEFT JOIN agencies a ON a.id = t.lead_agency_id "
            "LEFT JOIN people p ON p.id = t.lead_person_id "
            "WHERE t.id > :last ORDER BY t.id LIMIT :batch"),
            {"last": last, "batch": _BATCH}).fetchall()
        if not rows:
            break
        bind.execute(sa.text(
            "UPDATE tasks SET content_order = :content, progress_order = :progress, "
            "has_progress = :has_progress, status_group = :group, lead_order = :lead, "
            "coordinators_order = :first, has_coordinators = :has_first WHERE id = :id"),
            [{"content": order_key(content),
              "progress": order_key(progress) if progress else NO_TEXT_ORDER,
              "has_progress": bool(progress), "group": status_group(due, done),
              "lead": order_key(lead), "first": order_key(first) if first else NO_TEXT_ORDER,
              "has_first": first is not None, "id": task_id}
             for task_id, content, progress, due, done, lead, first in rows])
        last = rows[-1][0]
    op.create_index("ix_tasks_content_order", "tasks", ["content_order"])
    op.create_index("ix_tasks_progress_order", "tasks", ["progress_order"])
    op.create_index("ix_tasks_has_progress_order", "tasks", ["has_progress", "progress_order"])
    op.create_index("ix_tasks_status_order", "tasks", ["status_group", "due_date"])
    op.create_index("ix_tasks_lead_order", "tasks", ["lead_order"])
    op.create_index("ix_tasks_coordinators_order", "tasks", ["coordinators_order"])
    op.create_index("ix_tasks_has_coordinators_order", "tasks",
                    ["has_coordinators", "coordinators_order"])


def downgrade() -> None:
    op.drop_index("ix_tasks_has_coordinators_order", "tasks")
    op.drop_index("ix_tasks_coordinators_order", "tasks")
    op.drop_index("ix_tasks_lead_order", "tasks")
    op.drop_index("ix_tasks_status_order", "tasks")
    op.drop_index("ix_tasks_has_progress_order", "tasks")
    op.drop_index("ix_tasks_progress_order", "tasks")
    op.drop_index("ix_tasks_content_order", "tasks")
    # SQLite drops columns in place (3.35+): the full-text triggers stay.
    for column in ("has_coordinators", "coordinators_order", "lead_order", "status_group",
                   "has_progress", "progress_order", "content_order"):
        op.drop_column("tasks", column)
