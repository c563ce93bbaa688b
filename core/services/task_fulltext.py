"""Finding tasks by the words typed in the register's search box, fast at 500,000 tasks.

The rule, whatever the database (the one every list of the window uses too: core.text.matches):
every typed word (folded: no marks, đ→d, lower case) must begin a word of the task's search text (content, lead and coordinators, folded; core.services
.task_search). "quang ba" finds "Quảng bá hình ảnh"; "uang" does not.

Two ways give that same answer:

- portable: ``(' ' || search_key) LIKE '% word%'`` for each word. Any database; reads every row
  it tests.
- SQLite only: the FTS5 index ``task_fts`` over ``tasks.search_key`` (migration 0004, kept
  current by triggers). Its tokens are the space-separated words of the folded text, so the
  prefix query ``"word"*`` matches exactly the rows the LIKE matches.
- PostgreSQL: the portable clause, after ``search_key LIKE '%word%'`` for each word of three
  letters or more, which the trigram index ``ix_tasks_search_trgm`` (pg_trgm, migration 0011)
  answers. Every row the portable clause finds contains each word, so the answer is the same
  by construction (a to_tsvector prefix index was measured too, benchmarks/server_search.py: its
  tokens do not always split the text as spaces do, so it could miss a row). A rare word is
  found at once; a word in most tasks is still slow on a server (the planner reads its index
  matches, then sorts), which a count-then-choose plan like SQLite's would fix.

Which is faster depends on how many tasks match: few matches come straight from the index; when
a word is in many tasks, walking the register in its order and testing each row fills a page at
once. :func:`plan` counts the index matches (a few milliseconds) and chooses. Without FTS5
(another database, or an SQLite built without it) the portable clause is used.
"""
from __future__ import annotations

import weakref
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, Select, and_, func, literal_column, select, table, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from core import models as m
from core.services.common import begins_a_word, contains_text
from core.text import search_words

FTS_TABLE = "task_fts"
# Up to this many index matches, the matching rows are read through the index and sorted;
# above it, the register's order is walked and each row tested (it stops at a page).
FEW_MATCHES = 20_000
_available: weakref.WeakKeyDictionary[Engine, bool] = weakref.WeakKeyDictionary()


def like_clause(words: list[str]) -> ColumnElement[bool]:
    """The portable form: each word begins a word of the search text."""
    return and_(*(begins_a_word(m.Task.search_key, word) for word in words))


# Shorter words give a trigram index nothing to look up: they are only tested row by row.
TRIGRAM_LENGTH = 3


def server_clause(words: list[str]) -> ColumnElement[bool]:
    """The PostgreSQL form: the portable clause, narrowed first through the trigram index."""
    narrow = [contains_text(m.Task.search_key, word) for word in words
              if len(word) >= TRIGRAM_LENGTH]
    return and_(*narrow, like_clause(words))


def fts_query(words: list[str]) -> str:
    """``"quang"* "ba"*``: each word a quoted prefix (so AND, OR, quotes are plain text)."""
    return " ".join('"' + word.replace('"', '""') + '"*' for word in words)


def fts_clause(words: list[str]) -> ColumnElement[bool]:
    """The SQLite form: the task's id is among the index matches."""
    matches: Select[Any] = (select(literal_column("rowid")).select_from(table(FTS_TABLE))
               .where(literal_column(FTS_TABLE).op("MATCH")(fts_query(words))))
    return m.Task.id.in_(matches)


def fts_available(session: Session) -> bool:
    """True when the database has the FTS5 index (checked once per engine)."""
    engine = session.get_bind().engine
    known = _available.get(engine)
    if known is None:
        known = engine.dialect.name == "sqlite" and session.execute(
            text("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = :name"),
            {"name": FTS_TABLE}).scalar() == 1
        _available[engine] = known
    return known


def _dialect(session: Session) -> str:
    engine = session.get_bind()
    return getattr(engine, "engine", engine).dialect.name


def count_matches(session: Session, words: list[str]) -> int:
    """How many tasks the words find, straight from the index (no other filter)."""
    query = (select(func.count()).select_from(table(FTS_TABLE))
             .where(literal_column(FTS_TABLE).op("MATCH")(fts_query(words))))
    return session.execute(query).scalar() or 0


@dataclass(frozen=True)
class SearchPlan:
    """How to search: ``clause`` for WHERE; ``matches`` the index's count (None without the
    index); ``few`` when the matches are best read through the index."""

    clause: ColumnElement[bool]
    matches: int | None
    few: bool
    words: tuple[str, ...] = ()


def plan(session: Session, search: str | None) -> SearchPlan | None:
    """The clause that finds the typed words, chosen for speed; None when nothing is typed."""
    words = search_words(search)
    if not words:
        return None
    if _dialect(session) == "postgresql":
        return SearchPlan(server_clause(words), None, False, tuple(words))
    if not fts_available(session):
        return SearchPlan(like_clause(words), None, False, tuple(words))
    found = count_matches(session, words)
    if found <= FEW_MATCHES:
        return SearchPlan(fts_clause(words), found, True, tuple(words))
    return SearchPlan(like_clause(words), found, False, tuple(words))


__all__ = ["FEW_MATCHES", "FTS_TABLE", "TRIGRAM_LENGTH", "SearchPlan", "server_clause", "count_matches", "fts_available",
           "fts_clause", "fts_query", "like_clause", "plan", "search_words"]
