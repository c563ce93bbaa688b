"""Schema migrations (Alembic). ``HEAD_REVISION`` lets start-up skip importing Alembic when the
file is already current; a test keeps it equal to the newest script."""
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Alembic is imported only when a migration runs
    from alembic.runtime.environment import NameFilterParentNames, NameFilterType

HEAD_REVISION = "0011"

# SQLite FTS5 index of the task register (0004) and the tables FTS5 keeps for it: built by raw
# SQL, not described by the models, so schema comparisons leave them out.
FULLTEXT_TABLE = "task_fts"


# PostgreSQL's trigram index of the task register (0011): an expression index of pg_trgm's
# operator class, not described by the models either.
SERVER_SEARCH_INDEX = "ix_tasks_search_trgm"


def include_name(name: str | None, type_: "NameFilterType", parent_names: "NameFilterParentNames") -> bool:
    """For Alembic's ``include_name``: everything but the full-text index's tables."""
    if type_ == "table" and name and (name == FULLTEXT_TABLE or name.startswith(FULLTEXT_TABLE + "_")):
        return False
    if type_ == "index" and name == SERVER_SEARCH_INDEX:
        return False
    return True
