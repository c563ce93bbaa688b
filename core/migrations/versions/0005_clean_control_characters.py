"""Clean control characters and look-alike letters out of the stored text

Revision ID: 0005
Revises: 0004

Text typed or pasted before the program removed them on the way in can hold C0 control
characters (U+0000-U+001F but tab and line breaks), U+FFFE/U+FFFF, or the Icelandic eth
"Ð"/"ð" where "Đ"/"đ" was meant. No document can carry the first (Word and Excel refuse them),
and the second hides a name from search and from the duplicate check. Every text column of every
table is cleaned in place; the search keys follow (an eth folds to "d" there). The rules are
written out here, not imported, so that this step stays what it was when later code changes.
"""
from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\ufffe\uffff]")
_AS_SPACE = str.maketrans({"\x0b": " ", "\x0c": " "})
_TEXT = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})
_SEARCH_KEY = str.maketrans({"\u00d0": "d", "\u00f0": "d"})
_SKIP_PREFIXES = ("sqlite_", "alembic_version")


def _clean(value: str, column: str) -> str:
    value = _CONTROLS.sub("", value).translate(_AS_SPACE)
    return value.translate(_SEARCH_KEY if column == "search_key" else _TEXT)


def _virtual_tables(bind) -> list[str]:
    if bind.dialect.name != "sqlite":
        return []
    return [row[0] for row in bind.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type='table' AND sql LIKE 'CREATE VIRTUAL%'")]


def upgrade() -> None:
    bind = op.get_bind()
    inspector = sa.inspect(bind)
    virtual = _virtual_tables(bind)
    for table in inspector.get_table_names():
        if table.startswith(_SKIP_PREFIXES) or any(
                table == v or table.startswith(v + "_") for v in virtual):
            continue
        columns = [c["name"] for c in inspector.get_columns(table)
                   if isinstance(c["type"], sa.String)]  # Text and Unicode are Strings too
        keys = inspector.get_pk_constraint(table).get("constrained_columns") or []
        if not columns or not keys:
            continue
        meta = sa.table(table, *(sa.column(k) for k in keys),
                        *(sa.column(c) for c in columns if c not in keys))
        rows = bind.execute(sa.select(*(meta.c[k] for k in keys),
                                      *(meta.c[c] for c in columns if c not in keys)))
        changes = []
        for row in rows:
            mapping = row._mapping
            cleaned = {c: _clean(mapping[c], c) for c in columns
                       if c not in keys and isinstance(mapping[c], str)}
            changed = {c: v for c, v in cleaned.items() if v != mapping[c]}
            if changed:
                changes.append(({k: mapping[k] for k in keys}, changed))
        for where, changed in changes:
            condition = sa.and_(*(meta.c[k] == value for k, value in where.items()))
            bind.execute(sa.update(meta).where(condition).values(**changed))


def downgrade() -> None:
    """Nothing to undo: the removed characters carried no meaning."""
