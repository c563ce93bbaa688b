"""Between meetings: reminder letters and the tasks they chased, meeting materials (stored in
1 MB chunks), and the committee's meeting plan for the year

Revision ID: 0008
Revises: 0007
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reminder_letters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("committee_id", sa.Integer(), nullable=False),
        sa.Column("issued_document_id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("number_text", sa.String(length=120), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("reply_by", sa.Date(), nullable=True),
        sa.Column("file_name", sa.String(length=2000), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["committee_id"], ["committees.id"], ondelete="RESTRICT",
                                name=op.f("fk_reminder_letters_committee_id_committees")),
        sa.ForeignKeyConstraint(["issued_document_id"], ["issued_documents.id"], ondelete="RESTRICT",
                                name=op.f("fk_reminder_letters_issued_document_id_issued_documents")),
        sa.ForeignKeyConstraint(["agency_id"], ["agencies.id"], ondelete="RESTRICT",
                                name=op.f("fk_reminder_letters_agency_id_agencies")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminder_letters")),
    )
    for column in ("committee_id", "issued_document_id", "agency_id"):
        op.create_index(op.f(f"ix_reminder_letters_{column}"), "reminder_letters", [column])
    op.create_table(
        "reminder_letter_tasks",
        sa.Column("letter_id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["letter_id"], ["reminder_letters.id"], ondelete="CASCADE",
                                name=op.f("fk_reminder_letter_tasks_letter_id_reminder_letters")),
        sa.ForeignKeyConstraint(["task_id"], ["tasks.id"], ondelete="CASCADE",
                                name=op.f("fk_reminder_letter_tasks_task_id_tasks")),
        sa.PrimaryKeyConstraint("letter_id", "task_id", name=op.f("pk_reminder_letter_tasks")),
    )
    op.create_index(op.f("ix_reminder_letter_tasks_task_id"), "reminder_letter_tasks", ["task_id"])
    op.create_table(
        "meeting_materials",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("added_by", sa.String(length=500), nullable=True),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meetings.id"], ondelete="CASCADE",
                                name=op.f("fk_meeting_materials_meeting_id_meetings")),
        sa.ForeignKeyConstraint(["agenda_item_id"], ["agenda_items.id"], ondelete="SET NULL",
                                name=op.f("fk_meeting_materials_agenda_item_id_agenda_items")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_materials")),
    )
    for column in ("meeting_id", "agenda_item_id"):
        op.create_index(op.f(f"ix_meeting_materials_{column}"), "meeting_materials", [column])
    op.create_table(
        "material_chunks",
        sa.Column("material_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["material_id"], ["meeting_materials.id"], ondelete="CASCADE",
                                name=op.f("fk_material_chunks_material_id_meeting_materials")),
        sa.PrimaryKeyConstraint("material_id", "seq", name=op.f("pk_material_chunks")),
    )
    op.create_table(
        "meeting_plan_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("committee_id", sa.Integer(), nullable=False),
        sa.Column("planned_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=120), nullable=False),
        sa.Column("contents", sa.Text(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["committee_id"], ["committees.id"], ondelete="RESTRICT",
                                name=op.f("fk_meeting_plan_entries_committee_id_committees")),
        sa.ForeignKeyConstraint(["meeting_id"], ["meetings.id"], ondelete="SET NULL",
                                name=op.f("fk_meeting_plan_entries_meeting_id_meetings")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_plan_entries")),
    )
    op.create_index("ix_meeting_plan_entries_committee_day", "meeting_plan_entries",
                    ["committee_id", "planned_on"])
    op.create_index(op.f("ix_meeting_plan_entries_meeting_id"), "meeting_plan_entries",
                    ["meeting_id"])


def downgrade() -> None:
    for table in ("meeting_plan_entries", "material_chunks", "meeting_materials",
                  "reminder_letter_tasks", "reminder_letters"):
        op.drop_table(table)
