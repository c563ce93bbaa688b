"""The migrations build exactly the schema the models describe, so nothing drifts."""
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from core.migrations import include_name
from core.models import Base


def test_migrated_database_matches_the_models(db):
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True,
                                                        "include_name": include_name})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []
