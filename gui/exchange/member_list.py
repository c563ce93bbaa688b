"""Export a committee's member list (protocol order) in one step: where to save, then done."""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from core.services.exports import ExportResult, ExportService
from gui.exchange.files import FilePicker, Finished, last_folder
from gui.operations import Job, counting, ops_for

if TYPE_CHECKING:
    from core.services import Services


def export_member_list(parent: QWidget | None, services: Services, committee_id: int, *,
                       on: dt.date | None = None) -> Job[ExportResult] | None:
    """Members seated on ``on`` (default today), written in the background; None when the user
    cancelled or it was refused at once (said)."""
    exports = ExportService(services.db)
    ops = ops_for(parent)
    name = ops.call(parent, exports.member_list_name, committee_id=committee_id, on=on)
    if name is None:
        return None
    title = QCoreApplication.translate("ExportMemberList", "Lưu danh sách thành viên")
    path = FilePicker.save_file(parent, title, last_folder() / name)
    if path is None or not ops.run(parent, exports.check_target, path=path):
        return None

    def done(result: ExportResult) -> None:
        text = QCoreApplication.translate(
            "ExportMemberList", "Đã xuất {count} thành viên vào tệp:\n{path}").format(
            count=result.rows, path=result.paths[0])
        Finished.offer(parent, text, file=result.paths[0], folder=result.folder)

    return ops.background(
        parent, lambda progress: exports.member_list(committee_id=committee_id, path=path, on=on,
                                                      overwrite=True, progress=progress),
        describe=counting(
            QCoreApplication.translate("ExportMemberList", "Đang xuất {done}/{total} thành viên…"),
            QCoreApplication.translate("ExportMemberList", "Đang ghi tệp Excel…")),
        on_done=done)
