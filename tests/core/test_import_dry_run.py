"""The dry run tells the truth: it applies the checks the real import applies, and a command
that could read no file says so with a non-zero exit."""
from __future__ import annotations

import argparse

from core.cli_excel import cmd_import_progress
from core.services.imports import ImportService
from core.messages import render
from tests.core.import_helpers import TODAY, fill_form
from tests.core.test_import_progress import forms, made  # noqa: F401 - the same fixtures


def _form_of(forms, word):
    return next(path for stem, path in forms.items() if word in stem)


def _stretch(path, marker, text):
    """Put a text longer than openpyxl would ever write into the cell holding ``marker``."""
    import shutil
    import zipfile

    temp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            data = source.read(item.filename)
            if marker.encode() in data:
                data = data.replace(marker.encode(), text.encode())
            out.writestr(item, data)
    shutil.move(temp, path)


def test_preview_refuses_what_the_import_would_refuse(db, made, forms):
    form = _form_of(forms, "Ngoai")
    fill_form(form, {made["plan"].code: ("Đã xong", "01/01/1900", None),
                     made["press"].code: ("@@LONG@@", None, None)})
    _stretch(form, "@@LONG@@", "Đã làm. " * 25_500)  # 204,000 characters in one cell
    preview = ImportService(db).preview_progress(paths=[form], today=TODAY)
    assert preview.changes == ()
    kinds = {c.task_code: c.kind for c in preview.conflicts}
    assert kinds[made["plan"].code] == "before_assigned"
    assert kinds[made["press"].code] == "too_long"
    messages = " ".join(render(c.message) for c in preview.conflicts)
    assert "01/01/1900" in messages and "sớm hơn ngày giao" in messages
    assert "100000" in messages.replace(".", "") or "100 000" in messages


def test_what_the_preview_lists_as_clean_is_written(db, made, forms):
    form = _form_of(forms, "Ngoai")
    fill_form(form, {made["plan"].code: ("Đã xong", "01/02/2026", None)})
    imports = ImportService(db)
    preview = imports.preview_progress(paths=[form], today=TODAY)
    assert [c.task_code for c in preview.changes] == [made["plan"].code]
    result = imports.apply_progress(preview_or_updates=preview, today=TODAY)
    assert result.tasks_changed == 1


def _args(db, files, dry_run):
    return argparse.Namespace(db=db.address, files=[str(f) for f in files], dry_run=dry_run)


def test_import_exits_non_zero_when_no_file_could_be_read(db_path, tmp_path, capsys):
    from core.db import open_database

    open_database(db_path).close()
    bogus = tmp_path / "khong-phai-excel.xlsx"
    bogus.write_text("không phải bảng tính", encoding="utf-8")
    with open_database(db_path, daily_backup=False, lock=False) as db:
        args = _args(db, [bogus, tmp_path / "khong-co.xlsx"], dry_run=False)
    assert cmd_import_progress(args, today=TODAY) == 2
    assert "Không đọc được tệp nào" in capsys.readouterr().err
    args.dry_run = True
    assert cmd_import_progress(args, today=TODAY) == 2
