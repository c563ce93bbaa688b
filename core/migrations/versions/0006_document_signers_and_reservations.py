"""Each committee's own recipients and signer's post; numbers reserved before a file is written

Revision ID: 0006
Revises: 0005

``committees.recipients`` is the committee's Nơi nhận (empty: the organisation's default);
``committees.signer_own_post`` prints the signer's post in his own agency under his title in the
committee. ``issued_documents.state`` is "reserved" from the moment a number is taken until its
file is in place ("written"); ``file_path`` says where it was written.
``attendance.name_is_title``: a guest entered by a title or description ("Đại diện lãnh đạo Sở
Du lịch") rather than a person's name: printed once, without "đồng chí". Rows already there
are marked so when they are not linked to a person and their name has a word in lower case
(a personal name capitalises every word); the clerk can change it.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("committees") as batch:
        batch.add_column(sa.Column("recipients", sa.Text(), nullable=True))
        batch.add_column(sa.Column("signer_own_post", sa.Boolean(), nullable=False,
                                   server_default=sa.false()))
    with op.batch_alter_table("attendance") as batch:
        batch.add_column(sa.Column("name_is_title", sa.Boolean(), nullable=False,
                                   server_default=sa.false()))
    connection = op.get_bind()
    rows = connection.execute(sa.text(
        "SELECT id, name FROM attendance WHERE person_id IS NULL AND NOT is_member")).all()
    for row_id, name in rows:
        if any(word[:1].islower() for word in (name or "").split()):
            connection.execute(sa.text("UPDATE attendance SET name_is_title = :yes WHERE id = :id"),
                               {"yes": True, "id": row_id})
    with op.batch_alter_table("issued_documents") as batch:
        batch.add_column(sa.Column("state", sa.String(length=10), nullable=False,
                                   server_default="written"))
        batch.add_column(sa.Column("file_path", sa.String(length=1000), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("issued_documents") as batch:
        batch.drop_column("file_path")
        batch.drop_column("state")
    with op.batch_alter_table("attendance") as batch:
        batch.drop_column("name_is_title")
    with op.batch_alter_table("committees") as batch:
        batch.drop_column("signer_own_post")
        batch.drop_column("recipients")
