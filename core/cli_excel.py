"""Command-line pieces for Excel: ``export tasks`` and ``import progress``.

core.cli wires them in with ``add_export_parser`` and ``add_import_parser``; handlers return the exit code and
raise AppError for what the user can fix, like core.cli's own commands.

    export tasks --db DATA --out FILE.xlsx [--committee ID | --meeting ID | --agency ID]
    import progress FILE.xlsx [FILE.xlsx …] --db DATA [--dry-run]

``import progress`` writes every clean change in one transaction and lists the conflicts, which
it skips (the window lets the user accept them one by one); ``--dry-run`` only prints.
"""
from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from core.console import say
from core.messages import Message, render

if TYPE_CHECKING:
    from core.excel.progress_import import ProgressPreview


def add_export_parser(export_sub: argparse._SubParsersAction) -> None:
    """``export tasks``, beside the Word documents under core.cli's ``export``."""
    tasks = export_sub.add_parser("tasks", help="bảng theo dõi nhiệm vụ (.xlsx)")
    tasks.add_argument("--db", required=True, help="tệp dữ liệu, hoặc máy chủ postgresql://…")
    tasks.add_argument("--out", required=True, help="tệp Excel sẽ tạo (không ghi đè tệp đã có)")
    which = tasks.add_mutually_exclusive_group()
    which.add_argument("--committee", type=int, help="chỉ nhiệm vụ của ban có số này")
    which.add_argument("--meeting", type=int, help="chỉ nhiệm vụ của cuộc họp có số này")
    which.add_argument("--agency", type=int,
                       help="chỉ nhiệm vụ cơ quan có số này chủ trì hoặc phối hợp")
    tasks.set_defaults(handler=cmd_export_tasks)


def add_import_parser(subparsers: argparse._SubParsersAction) -> None:
    parser_class = getattr(subparsers, "_parser_class", argparse.ArgumentParser)
    imports = subparsers.add_parser("import", help="nhập từ Excel")
    import_sub = imports.add_subparsers(dest="what", required=True, parser_class=parser_class)
    progress = import_sub.add_parser(
        "progress", help="tình hình thực hiện do các cơ quan gửi lại")
    progress.add_argument("files", nargs="+", metavar="FILE", help="các tệp .xlsx cơ quan gửi lại")
    progress.add_argument("--db", required=True, help="tệp dữ liệu, hoặc máy chủ postgresql://…")
    progress.add_argument("--dry-run", action="store_true",
                          help="chỉ xem trước, không ghi gì vào dữ liệu")
    progress.set_defaults(handler=cmd_import_progress)


def _open(path: str, *, reading: bool = False):
    from core.cli import _open as open_for_command

    return open_for_command(path, reading=reading)


def cmd_export_tasks(args: argparse.Namespace, *, today: dt.date | None = None) -> int:
    from core.excel.db_rows import heading_for, iter_task_rows
    from core.excel.tasks_export import write_task_list

    today = today or dt.date.today()
    which = {"committee_id": args.committee, "meeting_id": args.meeting,
             "agency_id": args.agency}
    exported_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)  # before reading: see write_task_list
    written = 0

    def counted(rows):  # the rows stream from the database to the file
        nonlocal written
        for row in rows:
            written += 1
            yield row

    with _open(args.db, reading=True) as db:
        heading = heading_for(db, **which)
        path = write_task_list(counted(iter_task_rows(db, today=today, **which)), Path(args.out),
                               heading, today=today, exported_at=exported_at)
    say("cli_tasks_exported", count=written, path=path)
    return 0


def _date(value: dt.date | None) -> str:
    return f"{value:%d/%m/%Y}" if value else render(Message("cli_empty"))


def cmd_import_progress(args: argparse.Namespace, *, today: dt.date | None = None) -> int:
    from core.services.imports import ImportService

    today = today or dt.date.today()
    with _open(args.db) as db:
        imports = ImportService(db)
        preview = imports.preview_progress(paths=args.files, today=today)
        _print_preview(preview, dry_run=args.dry_run)
        unread = {c.file for c in preview.conflicts if c.row is None}
        if preview.files and len(unread) == len(set(preview.files)):
            say("cli_no_file_read", error=True, files=len(preview.files))
            return 2
        if args.dry_run or not preview.changes:
            return 0
        result = imports.apply_progress(preview_or_updates=preview, today=today)
    say("cli_progress_written", tasks=result.tasks_changed, reports=result.progress_added,
        completed=result.completed_set, known=result.already_recorded,
        skipped=len(preview.conflicts))
    return 0


def _print_preview(preview: ProgressPreview, *, dry_run: bool) -> None:
    say("cli_preview_dry_run" if dry_run else "cli_preview_read", files=len(preview.files),
        changes=len(preview.changes), unchanged=preview.unchanged,
        conflicts=len(preview.conflicts))
    for change in preview.changes:
        parts = []
        if change.progress_changed:
            parts.append(Message("cli_progress_change", old=change.old_progress,
                                 new=change.new_progress))
        if change.completed_changed:
            parts.append(Message("cli_completed_change", old=_date(change.old_completed_on),
                                 new=_date(change.new_completed_on)))
        if change.new_status != change.old_status:
            parts.append(Message("cli_status_change", old=change.old_status, new=change.new_status))
        say("cli_change", indent="  ", code=change.task_code, file=Path(change.file).name,
            row=change.row, parts="; ".join(map(render, parts)))
    for conflict in preview.conflicts:
        where = (Message("where_file_sheet", name=Path(conflict.file).name, sheet=conflict.sheet)
                 if conflict.sheet else Path(conflict.file).name)
        say("cli_conflict", indent="  ", where=where, problem=conflict.message)
    for cell in preview.legacy_cells:
        say("cli_legacy_converted" if cell.converted else "cli_legacy_cell", indent="  ",
            file=Path(cell.file).name, cell=f"{cell.column}{cell.row}", text=cell.text,
            converted=cell.converted)
    for warning in preview.warnings:
        say("cli_note", indent="  ", note=warning)
