"""The round trip with a real spreadsheet program in the middle: the agency's form, filled in
and saved again by LibreOffice, still matches its tasks and keeps the time it was sent."""
from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest

from core.services.exports import ExportService
from core.services.imports import ImportService
from tests.core.import_helpers import TODAY, fill_form, make_tasks

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("soffice") is None,
                       reason="LibreOffice (soffice) is not installed"),
]


def test_a_form_saved_by_libreoffice_comes_back(db, services, tmp_path):
    made = make_tasks(services)
    plan = made["plan"]
    (tmp_path / "sent").mkdir()
    sent = ExportService(db).agency_forms(folder=tmp_path / "sent", filters={}, today=TODAY)
    form = fill_form(sent.paths[0], {plan.code: ("Đã ban hành", "28/02/2026",
                                                 "Đã hoàn thành đúng hạn")})
    back = tmp_path / "back"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(back),
                    str(form)], check=False, capture_output=True, timeout=180)
    resaved = back / form.name
    assert resaved.exists(), "LibreOffice wrote nothing"

    imports = ImportService(db)
    preview = imports.preview_progress(paths=[resaved], today=TODAY)
    [change] = preview.changes
    assert change.task_code == plan.code and change.exported_at is not None
    assert not preview.conflicts and not preview.warnings
    imports.apply_progress(preview_or_updates=preview, today=TODAY)
    task = services.tasks.get(task_id=plan.id, today=TODAY)
    assert (task.last_progress, task.completed_on) == ("Đã ban hành", dt.date(2026, 2, 28))
