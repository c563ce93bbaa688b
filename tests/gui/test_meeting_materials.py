"""The meeting's Tài liệu tab: files dropped or added go to the chosen agenda item, a refused
file is said while the others are added, a file opens from its stored copy, removing asks first,
"Đóng gói tài liệu…" packs them, and finalised minutes lock the list."""
from __future__ import annotations

import zipfile

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from gui.meeting.materials_tab import MaterialFiles
from tests.gui.exchange_fixtures import desktop  # noqa: F401  (fixture)
from tests.gui.meeting_helpers import planned  # noqa: F401  (fixture)


def make(folder, name, size=2048):
    path = folder / name
    path.write_bytes(bytes(range(256)) * (size // 256))
    return path


def rows(tab):
    model = tab.model
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_files_dropped_on_the_tab_go_to_the_chosen_item(planned, qtbot, tmp_path):  # noqa: F811
    workspace, _data = planned
    workspace.show_tab("materials")
    tab = workspace.materials
    tab.item.setCurrentIndex(tab.item.findData(workspace.meeting.agenda[1].id))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(make(tmp_path, "Dự thảo.docx"))),
                  QUrl.fromLocalFile(str(make(tmp_path, "virus.exe")))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    tab.dropEvent(drop)
    assert rows(tab) == [["01", "2. Khó khăn và đề xuất", "Dự thảo.docx", "2 KB",
                          rows(tab)[0][4], rows(tab)[0][5]]]
    assert "virus.exe" in tab.message.text() and "chỉ nhận" in tab.message.text()
    tab.item.setCurrentIndex(0)
    assert tab.add_files([make(tmp_path, "Báo cáo.pdf")]) == 1
    assert [r[1] for r in rows(tab)] == ["Tài liệu chung", "2. Khó khăn và đề xuất"]
    assert tab.total.text().startswith("2 tài liệu")


def test_open_remove_and_pack(planned, desktop, answers, qtbot, tmp_path, monkeypatch):  # noqa: F811
    workspace, _data = planned
    tab = workspace.materials
    tab.add_files([make(tmp_path, "a.pdf", 4096), make(tmp_path, "b.png", 1024)])
    opened = []
    monkeypatch.setattr(MaterialFiles, "open", classmethod(lambda cls, p: opened.append(p) or True))
    tab.table.selectRow(0)
    copy = tab.open_selected()
    assert opened == [copy] and copy.read_bytes() == (tmp_path / "a.pdf").read_bytes()

    target = tmp_path / "goi.zip"
    monkeypatch.setattr(MaterialFiles, "pack_target", classmethod(lambda cls, p, s: (target, True)))
    result = tab.pack()
    with zipfile.ZipFile(target) as zf:
        assert zf.namelist() == ["00-Danh-muc-tai-lieu.docx", "01-Tai-lieu-chung-a.pdf",
                                 "02-Tai-lieu-chung-b.png"]
    assert result is not None and "Đã đóng gói 2 tài liệu" in tab.message.text()

    answers["confirm"] = [False, True]
    tab.table.selectRow(1)
    assert not tab.remove_selected() and tab.model.rowCount() == 2
    assert tab.remove_selected() and tab.model.rowCount() == 1


def test_finalised_minutes_lock_the_materials(planned, qtbot, tmp_path):  # noqa: F811
    workspace, _data = planned
    workspace.materials.add_files([make(tmp_path, "a.pdf")])
    workspace.services.meetings.set_status(meeting_id=workspace.meeting.id, new_status="held")
    workspace.services.meetings.set_status(meeting_id=workspace.meeting.id, new_status="finalised")
    workspace.reload()
    tab = workspace.materials
    assert not tab.add_button.isEnabled() and not tab.remove_button.isEnabled()
    assert tab.pack_button.isEnabled() and tab.model.rowCount() == 1
    assert tab.add_files([make(tmp_path, "b.pdf")]) == 0


def test_the_invitation_lists_the_materials_as_numbered_in_the_package(
        planned, desktop, qtbot, tmp_path):  # noqa: F811
    import docx
    from PySide6.QtWidgets import QDialogButtonBox

    workspace, _data = planned
    workspace.materials.add_files([make(tmp_path, "Báo cáo.pdf")])
    target = tmp_path / "giay-moi.docx"
    desktop["save"] = target

    def accept(dialog):
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    desktop["modal"] = accept
    job = workspace.documents.export("invitation")  # written beside the window
    qtbot.waitUntil(lambda: not job.running(), timeout=60_000)
    text = "\n".join(p.text for p in docx.Document(target).paragraphs)
    assert "- 01. Báo cáo.pdf." in text
