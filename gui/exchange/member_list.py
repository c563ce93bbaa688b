"""Export a committee's member list (protocol order) in one step: where to save, then done."""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from core.errors import AppError
from core.services.exports import ExportResult, ExportService
from gui.dialogs import show_error
from gui.exchange.files import FilePicker, Finished, last_folder

if TYPE_CHECKING:
    from core.services import Services


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportMemberList", text)


def export_member_list(parent: QWidget | None, services: Services, committee_id: int, *,
                       on: dt.date | None = None) -> ExportResult | None:
    """Members seated on ``on`` (default today); None when the user cancelled or it failed
    (the failure has been shown)."""
    exports = ExportService(services.db)
    try:
        name = exports.member_list_name(committee_id=committee_id, on=on)
        path = FilePicker.save_file(parent, _tr("Lưu danh sách thành viên"), last_folder() / name)
        if path is None:
            return None
        result = exports.member_list(committee_id=committee_id, path=path, on=on, overwrite=True)
    except AppError as exc:
        show_error(parent, exc)
        return None
    text = _tr("Đã xuất {count} thành viên vào tệp:\n{path}").format(
        count=result.rows, path=result.paths[0])
    Finished.offer(parent, text, file=result.paths[0], folder=result.folder)
    return result
