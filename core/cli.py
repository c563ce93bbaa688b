"""The command line, for scripting and tests (staff use the window).

Errors go to stderr in Vietnamese with a non-zero exit code: 2 for what the user can fix (bad
input, a missing file), 3 for the machine's fault (locked file, full disk), 1 for a bug, which
is logged with its traceback.
"""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import NoReturn

from core import cli_between, cli_excel
from core.errors import AppError, EnvironmentProblem, ValidationError, machine_problem
from core.console import say
from core.messages import Word

log = logging.getLogger(__name__)

EXIT_USER, EXIT_ENVIRONMENT, EXIT_BUG = 2, 3, 1


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage mistakes in Vietnamese with the user-error exit code."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        say("cli_usage", error=True, detail=message)
        raise SystemExit(EXIT_USER)


# What the window accepts on the command line (``--page`` is for screenshots and support).
WINDOW_OPTIONS = ("--db", "--page")
WINDOW_FLAGS = ("--quit-when-shown",)  # hidden: start-up benchmarks


def is_window_call(args: list[str]) -> bool:
    """True when ``args`` ask for the window: nothing, or only window options with values.
    Anything else (a command, ``--help``, a typo) goes to :func:`run_command`."""
    i = 0
    while i < len(args):
        name, has_value, _ = args[i].partition("=")
        if name in WINDOW_FLAGS and not has_value:
            i += 1
            continue
        if name not in WINDOW_OPTIONS:
            return False
        if not has_value:
            if i + 1 >= len(args) or args[i + 1].startswith("-"):
                return False
            i += 1
        i += 1
    return True


def _open(path: str, *, reading: bool = False):
    """Open an existing data file of this program (never create or convert one), or a server
    database (``postgresql://…``). ``reading``: a look that writes nothing, so nothing is made
    beside the file (no lock, no backup)."""
    from core.db import open_database, open_url
    from core.paths import is_server_url
    from core.logs import setup_logging
    from core.paths import default_db_path

    if is_server_url(path):
        db = open_url(path)
        setup_logging(default_db_path())
        return db
    db = open_database(Path(path), create=False, lock=not reading, daily_backup=not reading)
    assert db.path is not None  # a data file, not a server
    setup_logging(db.path)
    for warning in db.warnings:
        say("cli_warning", error=True, warning=warning)
    return db


def cmd_demo(args: argparse.Namespace) -> int:
    from core.demo import build_demo

    target = Path(args.path)
    summary = build_demo(target)
    say("cli_demo_made", path=target, summary=summary)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from core.services import Services

    with _open(args.db, reading=True) as db:
        for meeting in Services(db).meetings.list():
            committee = meeting.committee_abbreviation or meeting.committee_name
            print(f"{meeting.id}\t{meeting.starts_at:%d/%m/%Y}\t{committee}\t{meeting.title}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from core.backup import backup_to

    from core.paths import is_server_url

    if is_server_url(args.db):
        return _backup_server(args.db, Path(args.out))
    source = Path(args.db)
    if not source.exists():
        raise AppError("file_missing", path=str(source))
    info = backup_to(source, Path(args.out))
    say("cli_backed_up", source=source, path=info.path, size=_bytes(info.size))
    return 0


def cmd_copy_to_server(args: argparse.Namespace) -> int:
    """A PC's data file into an empty server database."""
    from core.db import open_url, server_label
    from core.paths import is_server_url

    if is_server_url(args.db) or not is_server_url(args.to):
        raise AppError("copy_wrong_way", command="copy-to-server", source=Word("tệp dữ liệu"),
                       target=Word("máy chủ (postgresql://…)"))
    with _open(args.db, reading=True) as source, open_url(args.to) as target:
        return _copy(source, target, server_label(args.to))


def cmd_copy_from_server(args: argparse.Namespace) -> int:
    """A server database into a new data file (a copy to take home)."""
    from core.db import open_database
    from core.paths import is_server_url

    if not is_server_url(args.db) or is_server_url(args.to):
        raise AppError("copy_wrong_way", command="copy-from-server",
                       source=Word("máy chủ (postgresql://…)"), target=Word("tệp dữ liệu mới"))
    target_path = Path(args.to)
    if target_path.exists():
        raise AppError("file_exists", path=str(target_path))
    with _open(args.db) as source:
        made = False
        try:
            with open_database(target_path, daily_backup=False) as target:
                made = True
                return _copy(source, target, str(target_path))
        except BaseException:
            if made:  # a half-made copy is no copy: nothing is left behind
                for suffix in ("", "-wal", "-shm", "-journal", ".lock"):
                    target_path.with_name(target_path.name + suffix).unlink(missing_ok=True)
            raise


def _bytes(size: int) -> str:
    """A file size with the thousands marked the Vietnamese way: 1.234.567."""
    return f"{size:,}".replace(",", ".")


def _copy(source, target, name: str) -> int:
    import time

    from core.server_copy import copy_database

    started = time.monotonic()
    agreed = copy_database(source, target, target_name=name,
                           progress=lambda table, rows: say("cli_copy_table", indent="  ",
                                                            table=table, rows=rows))
    total = sum(check.rows for check in agreed)
    say("cli_copied", rows=total, tables=len(agreed), target=name,
        seconds=f"{time.monotonic() - started:.1f}")
    return 0


def _backup_server(url: str, target: Path) -> int:
    from core.backup import backup_server
    from core.db import server_label

    with _open(url, reading=True) as source:
        info = backup_server(source, target)
    say("cli_backed_up", source=server_label(url), path=info.path, size=_bytes(info.size))
    return 0


def cmd_export_document(args: argparse.Namespace) -> int:
    from core.services import Services

    out = Path(args.out)
    if out.suffix.lower() != ".docx":  # before any work: Word reads only .docx from us
        raise ValidationError("invalid_choice", field="Đuôi tệp văn bản", field_name="out",
                              value=out.suffix or out.name, choices=".docx")
    if out.exists():
        raise AppError("file_exists", path=str(out))  # exit 2, as `report` and `export tasks`
    with _open(args.db) as db:
        documents = Services(db).documents
        prepared = documents.prepare(meeting_id=args.meeting, kind=args.what)
        if prepared.issued is not None and prepared.issued.reserved:
            say("cli_number_kept", error=True, number=f"{prepared.issued.number:02d}",
                path=prepared.issued.file_path)
        path, issued = documents.write_prepared(prepared, out, insist=args.draft)
    say("cli_document_written", path=path, number=f"{issued.number:02d}", doc_type=issued.doc_type,
        series=issued.series)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from core.reports import wording
    from core.services import Services
    from core.services.reports import FORMATS
    from core.validate import parse_date

    out = Path(args.out)
    if out.suffix.lower() not in FORMATS:  # before any work: the extension picks the format
        raise ValidationError("invalid_choice", field="Định dạng tệp báo cáo", field_name="out",
                              value=out.suffix or out.name, choices=", ".join(FORMATS))
    start = parse_date(args.start, field="from", label="Ngày bắt đầu")
    end = parse_date(args.end, field="to", label="Ngày kết thúc")
    if start is None:
        raise ValidationError("required", field="ngày bắt đầu (--from)")
    if end is None:
        raise ValidationError("required", field="ngày kết thúc (--to)")
    with _open(args.db, reading=True) as db:
        services = Services(db)
        path = services.reports.write(committee_id=args.committee, start=start, end=end,
                                      path=out, overwrite=args.overwrite)
        total = services.reports.summary(committee_id=args.committee, start=start, end=end).total
    say("cli_report_written", path=path, assigned=wording.number(total.assigned),
        due=wording.number(total.due), done_on_time=wording.number(total.done_on_time),
        done_late=wording.number(total.done_late), overdue=wording.number(total.overdue),
        rate=wording.rate(total.rate))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="python main.py",
        description="Thư ký Ban Chỉ đạo. Không có câu lệnh: mở cửa sổ chương trình.",
    )
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    demo = sub.add_parser("demo", help="tạo tệp dữ liệu mẫu từ năm cuộc họp có thật")
    demo.add_argument("path", help="tệp dữ liệu mới (không ghi đè tệp đã có)")
    demo.set_defaults(handler=cmd_demo)

    listing = sub.add_parser("list", help="liệt kê dữ liệu")
    listing.add_argument("what", choices=["meetings"], help="meetings: các cuộc họp")
    listing.add_argument("--db", required=True, help="tệp dữ liệu, hoặc máy chủ postgresql://…")
    listing.set_defaults(handler=cmd_list)

    backup = sub.add_parser("backup", help="sao lưu tệp dữ liệu")
    backup.add_argument("--db", required=True, help="tệp dữ liệu, hoặc máy chủ postgresql://…")
    backup.add_argument("--out", required=True, help="tệp sao lưu sẽ tạo")
    backup.set_defaults(handler=cmd_backup)

    to_server = sub.add_parser("copy-to-server",
                               help="chép toàn bộ tệp dữ liệu vào một cơ sở dữ liệu trống trên máy chủ")
    to_server.add_argument("--db", required=True, help="tệp dữ liệu, hoặc máy chủ postgresql://…")
    to_server.add_argument("--to", required=True,
                           help="cơ sở dữ liệu trống: postgresql://tên@máy:cổng/cơ_sở_dữ_liệu")
    to_server.set_defaults(handler=cmd_copy_to_server)
    from_server = sub.add_parser("copy-from-server",
                                 help="chép toàn bộ cơ sở dữ liệu trên máy chủ ra một tệp dữ liệu mới")
    from_server.add_argument("--db", required=True,
                             help="máy chủ: postgresql://tên@máy:cổng/cơ_sở_dữ_liệu")
    from_server.add_argument("--to", required=True, help="tệp dữ liệu mới (không ghi đè tệp đã có)")
    from_server.set_defaults(handler=cmd_copy_from_server)

    export = sub.add_parser("export", help="xuất văn bản Word của cuộc họp, bảng Excel nhiệm vụ")
    export_sub = export.add_subparsers(dest="what", required=True, parser_class=_Parser)
    for kind, label in (("minutes", "biên bản"), ("notice", "thông báo kết luận"),
                        ("invitation", "giấy mời")):
        document = export_sub.add_parser(kind, help=f"{label} của một cuộc họp (.docx)")
        document.add_argument("--meeting", type=int, required=True,
                              help="số (id) cuộc họp, xem: list meetings")
        document.add_argument("--db", required=True, help="tệp dữ liệu, hoặc máy chủ postgresql://…")
        document.add_argument("--out", required=True,
                              help="tệp .docx sẽ ghi (không ghi đè tệp đã có)")
        document.add_argument("--draft", action="store_true",
                              help="vẫn ghi (bản dự thảo) khi cuộc họp chưa diễn ra hoặc chưa có "
                                   "kết luận")
        document.set_defaults(handler=cmd_export_document)
    cli_excel.add_export_parser(export_sub)
    cli_between.add_export_parsers(export_sub)
    cli_excel.add_import_parser(sub)

    report = sub.add_parser(
        "report", help="báo cáo tình hình thực hiện kết luận của một ban trong một kỳ")
    report.add_argument("--committee", type=int, required=True, help="số (id) của ban")
    report.add_argument("--from", dest="start", required=True,
                        help="ngày đầu kỳ: dd/mm/yyyy hoặc yyyy-mm-dd")
    report.add_argument("--to", dest="end", required=True,
                        help="ngày cuối kỳ (tính cả ngày đó): dd/mm/yyyy hoặc yyyy-mm-dd")
    report.add_argument("--db", required=True, help="tệp dữ liệu, hoặc máy chủ postgresql://…")
    report.add_argument("--out", required=True,
                        help="tệp sẽ ghi: .docx (Word) hoặc .xlsx (Excel), theo đuôi tên tệp")
    report.add_argument("--overwrite", action="store_true", help="ghi đè nếu tệp đã có")
    report.set_defaults(handler=cmd_report)
    return parser


COMMANDS = {"demo", "list", "backup", "export", "import", "report", "copy-to-server",
            "copy-from-server"}


def _utf8_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(encoding="utf-8", errors="replace")
            except (ValueError, OSError):
                pass


def run_command(argv: list[str]) -> int:
    _utf8_streams()
    # A log that cannot be written must not print its own traceback on the console.
    logging.raiseExceptions = False
    args = build_parser().parse_args(argv)
    if not getattr(args, "handler", None):
        build_parser().print_help(sys.stderr)
        return EXIT_USER
    try:
        return args.handler(args)
    except EnvironmentProblem as exc:
        say("cli_error", error=True, problem=exc.as_message())
        return EXIT_ENVIRONMENT
    except AppError as exc:
        say("cli_error", error=True, problem=exc.as_message())
        return EXIT_USER
    except Exception as exc:
        where = next((getattr(args, name) for name in ("out", "path", "db")
                      if getattr(args, name, None)), None)
        problem = machine_problem(exc, where)
        if problem is not None:
            log.info("machine problem in command %s: %r", argv, exc)
            say("cli_error", error=True, problem=problem.as_message())
            return EXIT_ENVIRONMENT
        from core.logs import log_is_written

        written = log_is_written(lambda: log.exception("unexpected error in command %s", argv))
        if written:
            say("cli_unexpected_logged", error=True, path=written)
        else:
            say("cli_unexpected_unlogged", error=True)
        return EXIT_BUG

