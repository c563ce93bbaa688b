"""Copying a whole database between a PC's file and a PostgreSQL server, in either direction.

Every row of every table is copied with its id, in one transaction on the target: the target
must be empty (schema only), its id sequences are set after the copy, and before the commit each
table is compared between the two ends, by its row count and by a checksum of its rows read back
from the target. Anything short of an exact copy rolls back, leaving the target as it was.
"""
from __future__ import annotations

import datetime as dt
import decimal
import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Row, Table, func, select, text, update

from core.db import Database
from core.errors import AppError
from core.messages import Message
from core.models import Base

BATCH = 2000



@dataclass(frozen=True)
class TableCheck:
    """What was compared for one table: rows at each end and the checksum of its rows."""

    table: str
    rows: int
    checksum: str


def tables() -> list[Table]:
    """The program's tables, parents before children."""
    return list(Base.metadata.sorted_tables)


def _plain(value: object) -> object:
    """One value as both engines give it back: dates as ISO text, booleans as 0/1."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None).isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value.normalize())
    return value


def _rows(conn: Connection, table: Table) -> Iterable[Row[Any]]:
    order = list(table.primary_key.columns)
    result = conn.execution_options(stream_results=True, yield_per=BATCH).execute(
        select(*table.columns).order_by(*order))
    yield from result


def table_check(conn: Connection, table: Table) -> TableCheck:
    digest = hashlib.sha256()
    count = 0
    for row in _rows(conn, table):
        digest.update(repr(tuple(_plain(v) for v in row)).encode("utf-8"))
        digest.update(b"\n")
        count += 1
    return TableCheck(table.name, count, digest.hexdigest())


def checks(db: Database) -> list[TableCheck]:
    """Row count and checksum of every table of ``db`` (read in one snapshot)."""
    with db.engine.connect() as conn:
        return [table_check(conn, table) for table in tables()]


def _first_non_empty(conn: Connection) -> tuple[str, int] | None:
    for table in tables():
        rows = conn.execute(select(func.count()).select_from(table)).scalar_one()
        if rows:
            return table.name, rows
    return None


def _set_sequences(conn: Connection) -> None:
    """After inserting ids by hand, each PostgreSQL sequence continues after the highest."""
    for table in tables():
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or not keys[0].autoincrement or keys[0].type.python_type is not int:
            continue
        sequence = conn.execute(text("SELECT pg_get_serial_sequence(:t, :c)"),
                                {"t": table.name, "c": keys[0].name}).scalar()
        if sequence is None:
            continue
        highest = conn.execute(select(func.max(keys[0]))).scalar()
        conn.execute(text("SELECT setval(CAST(:s AS regclass), :v, :called)"),
                     {"s": sequence, "v": highest or 1, "called": highest is not None})


def _insert(write: Connection, table: Table, batch: list[dict]) -> None:
    """Write ``batch`` into ``table``: into a server with COPY (several times faster than
    INSERT for a whole database), into a file with one INSERT of many rows."""
    if write.dialect.name != "postgresql":
        write.execute(table.insert(), batch)
        return
    names = [column.name for column in table.columns]
    columns = ", ".join(f'"{name}"' for name in names)
    raw = write.connection.driver_connection  # the same transaction as ``write``
    assert raw is not None  # an open connection has its driver's
    with raw.cursor() as cursor, cursor.copy(
            f'COPY "{table.name}" ({columns}) FROM STDIN') as copy:
        for values in batch:
            copy.write_row([values[name] for name in names])


def copy_database(source: Database, target: Database, *, target_name: str = "",
                  progress: Callable[[str, int], None] | None = None,
                  replace: bool = False) -> list[TableCheck]:
    """Copy every row of ``source`` into the empty ``target`` (both at the same schema); return
    the checks both ends agreed on. Raises AppError (nothing written) when the target has data
    or the copy does not match. ``replace`` (a restore) first empties the target, in the same
    transaction: if anything fails, the target keeps every row it had."""
    with source.engine.connect() as read, target.engine.begin() as write:
        if read.dialect.name == "postgresql":  # one consistent picture of a server in use
            read.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        if replace:
            for table in reversed(tables()):
                write.execute(table.delete())
        found = _first_non_empty(write)
        if found is not None:
            raise AppError("copy_target_not_empty", target=target_name or target.label,
                           table=found[0], rows=found[1])
        for table in tables():
            # A row may point to a later row of its own table (an agency merged into one
            # made after it): such links are written once every row is in.
            own = [fk.parent for fk in table.foreign_keys if fk.column.table is table]
            later: list[dict] = []
            batch: list[dict] = []
            copied = 0
            for row in _rows(read, table):
                values = dict(row._mapping)
                if own and any(values[c.name] is not None for c in own):
                    later.append(dict(values))  # every column: none may take an onupdate value
                    for column in own:
                        values[column.name] = None
                batch.append(values)
                if len(batch) >= BATCH:
                    _insert(write, table, batch)
                    copied += len(batch)
                    batch = []
            if batch:
                _insert(write, table, batch)
                copied += len(batch)
            if later:
                key = list(table.primary_key)[0]
                for values in later:
                    write.execute(update(table).where(key == values[key.name]).values(
                        {name: value for name, value in values.items() if name != key.name}))
            if progress is not None:
                progress(table.name, copied)
        if write.dialect.name == "postgresql":
            _set_sequences(write)
            # The planner's statistics of the rows just written (a server's own analysis comes
            # only later): without them the first days' queries on a copied database are slow.
            write.execute(text("ANALYZE"))
        agreed = []
        for table in tables():
            mine, theirs = table_check(read, table), table_check(write, table)
            if mine.rows != theirs.rows:
                raise AppError("copy_mismatch", table=table.name,
                               detail=Message("copy_row_counts", source=mine.rows, copy=theirs.rows))
            if mine.checksum != theirs.checksum:
                raise AppError("copy_mismatch", table=table.name, detail=Message("copy_content_differs"))
            agreed.append(theirs)
        return agreed


__all__ = ["BATCH", "TableCheck", "checks", "copy_database", "table_check", "tables"]
