"""The Excel layer: task lists and member lists out, agencies' progress and registers in.

Core only (no Qt). Exports take plain rows (core.excel.rows); imports return previews as plain
dataclasses and never write to the database: a service commits what the user accepts.
"""
