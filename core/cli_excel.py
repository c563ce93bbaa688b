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
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from core.messages import render

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

    def counted(rows):  # noqa: ANN001, ANN202 - the rows stream from the database to the file
        nonlocal written
        for row in rows:
            written += 1
            yield row

    with _open(args.db, reading=True) as db:
        heading = heading_for(db, **which)
        path = write_task_list(counted(iter_task_rows(db, today=today, **which)), Path(args.out),
                               heading, today=today, exported_at=exported_at)
    print(f"Đã xuất {written} nhiệm vụ vào {path}")
    return 0


def _date(value: dt.date | None) -> str:
    return f"{value:%d/%m/%Y}" if value else "(trống)"


def cmd_import_progress(args: argparse.Namespace, *, today: dt.date | None = None) -> int:
    from core.services.imports import ImportService

    today = today or dt.date.today()
    with _open(args.db) as db:
        imports = ImportService(db)
        preview = imports.preview_progress(paths=args.files, today=today)
        _print_preview(preview, dry_run=args.dry_run)
        unread = {c.file for c in preview.conflicts if c.row is None}
        if preview.files and len(unread) == len(set(preview.files)):
            print(f"Lỗi: Không đọc được tệp nào trong {len(preview.files)} tệp đã chọn (xem "
                  "các dòng «Cần xem lại» ở trên). Chưa ghi gì vào dữ liệu.", file=sys.stderr)
            return 2
        if args.dry_run or not preview.changes:
            return 0
        result = imports.apply_progress(preview_or_updates=preview, today=today)
    print(f"Đã ghi: {result.tasks_changed} nhiệm vụ ({result.progress_added} báo cáo tình hình "
          f"mới, {result.completed_set} ngày hoàn thành); {result.already_recorded} đã có từ "
          f"trước; bỏ qua {len(preview.conflicts)} chỗ cần xem lại.")
    return 0


def _print_preview(preview: ProgressPreview, *, dry_run: bool) -> None:
    lead = "Xem trước (chưa ghi gì)" if dry_run else "Đọc được"
    print(f"{lead}: {len(preview.files)} tệp, {len(preview.changes)} nhiệm vụ "
          f"thay đổi, {preview.unchanged} không đổi, {len(preview.conflicts)} chỗ cần xem lại.")
    for change in preview.changes:
        parts = []
        if change.progress_changed:
            parts.append(f"tình hình: «{change.old_progress}» → «{change.new_progress}»")
        if change.completed_changed:
            parts.append(f"ngày hoàn thành: {_date(change.old_completed_on)} → "
                         f"{_date(change.new_completed_on)}")
        if change.new_status != change.old_status:
            parts.append(f"trạng thái: {change.old_status} → {change.new_status}")
        print(f"  {change.task_code} ({Path(change.file).name}, dòng {change.row}): "
              + "; ".join(parts))
    for conflict in preview.conflicts:
        where = Path(conflict.file).name + (f", trang «{conflict.sheet}»" if conflict.sheet else "")
        print(f"  Cần xem lại ({where}): {render(conflict.message)}")
    for cell in preview.legacy_cells:
        print(f"  Bảng mã cũ ({Path(cell.file).name}, ô {cell.column}{cell.row}): «{cell.text}»"
              + (f" → «{cell.converted}»" if cell.converted else ""))
    for warning in preview.warnings:
        print(f"  Lưu ý: {render(warning)}")
