"""Command-line exports for the work between meetings: reminder letters and the calendar."""
from __future__ import annotations

import argparse
from pathlib import Path

from core.console import say
from core.errors import ValidationError


def cmd_reminders(args: argparse.Namespace) -> int:
    from core.cli import _open
    from core.services import Services
    from core.services.reminders import ReminderOptions
    from core.validate import parse_date

    as_of = parse_date(args.as_of, field="as_of", label="Ngày tính (--as-of)")
    if as_of is None:
        raise ValidationError("required", field="ngày tính (--as-of)")
    if args.due_within is not None and args.due_within < 0:
        raise ValidationError("invalid_number", field="Số ngày (--due-within)",
                              field_name="due_within", value=args.due_within)
    with _open(args.db) as db:
        batch = Services(db).reminders.write(
            committee_id=args.committee, out_dir=Path(args.out),
            options=ReminderOptions(as_of=as_of, due_within=args.due_within))
    first, last = batch.letters[0], batch.letters[-1]
    say("cli_reminders_written", letters=len(batch.letters), first=first.number_text,
        last=last.number_text, tasks=batch.task_count, folder=batch.folder)
    if args.pdf:  # the letters stay written and recorded even if the PDFs fail
        from core.pdf import to_pdf

        pdfs = to_pdf([letter.path for letter in batch.letters])
        say("cli_pdfs_written", count=len(pdfs))
    return 0


def cmd_calendar(args: argparse.Namespace) -> int:
    from core.cli import _open
    from core.services import Services

    with _open(args.db) as db:
        path, count = Services(db).calendar.write_ics(committee_id=args.committee,
                                                      path=Path(args.out), year=args.year)
    say("cli_plan_written", count=count, path=path)
    return 0


def add_export_parsers(export_sub) -> None:
    reminders = export_sub.add_parser(
        "reminders", help="công văn đôn đốc các cơ quan chủ trì có nhiệm vụ quá hạn (.docx, .xlsx)")
    reminders.add_argument("--committee", type=int, required=True, help="số (id) của ban")
    reminders.add_argument("--as-of", dest="as_of", required=True,
                           help="tính đến ngày: dd/mm/yyyy hoặc yyyy-mm-dd")
    reminders.add_argument("--due-within", dest="due_within", type=int, default=None,
                           help="đôn đốc cả nhiệm vụ đến hạn trong N ngày tới")
    reminders.add_argument("--pdf", action="store_true",
                           help="lưu thêm bản PDF của mỗi công văn (cần Word hoặc LibreOffice)")
    reminders.add_argument("--db", required=True, help="tệp dữ liệu, hoặc máy chủ postgresql://…")
    reminders.add_argument("--out", required=True,
                           help="thư mục; công văn được ghi vào một thư mục mới ghi ngày bên trong")
    reminders.set_defaults(handler=cmd_reminders)

    calendar = export_sub.add_parser(
        "calendar", help="lịch các cuộc họp dự kiến của một ban (.ics, mở bằng Outlook, điện thoại)")
    calendar.add_argument("--committee", type=int, required=True, help="số (id) của ban")
    calendar.add_argument("--year", type=int, default=None,
                          help="năm; không ghi: các cuộc họp dự kiến từ hôm nay")
    calendar.add_argument("--db", required=True, help="tệp dữ liệu, hoặc máy chủ postgresql://…")
    calendar.add_argument("--out", required=True, help="tệp .ics sẽ ghi")
    calendar.set_defaults(handler=cmd_calendar)
