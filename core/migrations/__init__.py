"""Schema migrations (Alembic). ``HEAD_REVISION`` lets start-up skip importing Alembic when the
file is already current; a test keeps it equal to the newest script."""

HEAD_REVISION = "0003"
