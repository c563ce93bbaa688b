"""The Excel layer: task lists and member lists out, agencies' progress and registers in.

Core only (no Qt). Exports take plain rows (``rows``) and stream with openpyxl's write-only
mode (``tasks_export``, ``members_export``); imports open outside files through ``safe_open``
and return previews as plain dataclasses (``progress_import``, ``register_import``), never
writing to the database: a service commits what the user accepts. ``db_rows`` is a stand-in
for the task service's queries, used by the command line (core.cli_excel).
"""
