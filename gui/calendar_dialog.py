"""Lịch họp năm: a committee's year by month (meetings held and planned, and the meeting plan's
lines not yet made into meetings), the plan typed in advance, planned meetings made from it,
and the planned meetings exported as an .ics file for Outlook and phones."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.services.calendar import YearView
from gui.operations import ops_for
from gui.dialog_parts import MessageLine, committee_combo
from gui.dialogs import Ask

ID_ROLE = Qt.ItemDataRole.UserRole
DEFAULT_KIND = "Phiên họp định kỳ"


class CalendarFiles:
    """Where to save the .ics (tests replace this)."""

    @classmethod
    def save_ics(cls, parent: QWidget, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, parent.tr("Xuất lịch họp"), str(suggested),
                                              parent.tr("Lịch (*.ics)"))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".ics" else path.with_name(path.name + ".ics")


class CalendarDialog(QDialog):
    def __init__(self, window, *, committee_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        tr = self.tr
        self.window_ = window
        self.services = window.services
        self.view: YearView | None = None
        self.setWindowTitle(tr("Lịch họp năm"))
        self.resize(1100, 700)

        self.committee = committee_combo(self.services, committee_id, tr("Ban"))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        self.year.setAccessibleName(tr("Năm"))
        self.summary = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Ban:")))
        top.addWidget(self.committee, 1)
        top.addWidget(QLabel(tr("Năm:")))
        top.addWidget(self.year)
        top.addWidget(self.summary, 1)

        months = QWidget()
        grid = QGridLayout(months)
        self.months: list[QListWidget] = []
        for index in range(12):
            box = QGroupBox(tr("Tháng {n}").format(n=index + 1))
            listing = QListWidget()
            listing.setAccessibleName(tr("Cuộc họp tháng {n}").format(n=index + 1))
            listing.setWordWrap(True)
            listing.itemActivated.connect(self._open_item)
            QVBoxLayout(box).addWidget(listing)
            grid.addWidget(box, index // 4, index % 4)
            self.months.append(listing)

        self.plan_date = QLineEdit()
        self.plan_date.setPlaceholderText(tr("ngày/tháng/năm"))
        self.plan_date.setAccessibleName(tr("Ngày họp dự kiến"))
        self.plan_kind = QLineEdit(DEFAULT_KIND)  # data, printed in Vietnamese documents
        self.plan_kind.setAccessibleName(tr("Loại cuộc họp"))
        self.plan_contents = QPlainTextEdit()
        self.plan_contents.setPlaceholderText(tr("Nội dung chính, mỗi dòng một nội dung"))
        self.plan_contents.setAccessibleName(tr("Nội dung chính"))
        self.plan_contents.setTabChangesFocus(True)
        self.add_button = QPushButton(tr("Thêm vào kế hoạch"))
        self.add_button.clicked.connect(self.add_plan_line)
        self.plan = QListWidget()
        self.plan.setAccessibleName(tr("Kế hoạch họp trong năm"))
        self.remove_button = QPushButton(tr("Xóa dòng kế hoạch"))
        self.remove_button.clicked.connect(self.remove_plan_line)
        self.create_button = QPushButton(tr("Tạo các cuộc họp dự kiến"))
        self.create_button.setToolTip(tr("Mỗi dòng kế hoạch chưa có cuộc họp thành một cuộc họp "
                                         "dự kiến, nội dung chính thành chương trình họp"))
        self.create_button.clicked.connect(self.create_meetings)
        self.ics_button = QPushButton(tr("Xuất lịch (.ics)…"))
        self.ics_button.setToolTip(tr("Các cuộc họp dự kiến trong năm, để mở bằng Outlook hoặc "
                                      "điện thoại; xuất lại sẽ cập nhật, không nhân đôi"))
        self.ics_button.clicked.connect(self.export_ics)
        self.message = MessageLine()
        form = QFormLayout()
        form.addRow(tr("Ngày:"), self.plan_date)
        form.addRow(tr("Loại:"), self.plan_kind)
        form.addRow(tr("Nội dung:"), self.plan_contents)
        plan_box = QGroupBox(tr("Kế hoạch họp"))
        plan_layout = QVBoxLayout(plan_box)
        plan_layout.addLayout(form)
        plan_layout.addWidget(self.add_button)
        plan_layout.addWidget(self.plan, 1)
        plan_layout.addWidget(self.remove_button)
        plan_layout.addWidget(self.create_button)
        plan_layout.addWidget(self.ics_button)
        plan_layout.addWidget(self.message)

        split = QSplitter()
        split.addWidget(months)
        split.addWidget(plan_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([760, 340])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.committee.currentIndexChanged.connect(self.reload)
        self.year.valueChanged.connect(self.reload)
        self.reload()

    # --- showing -------------------------------------------------------------------------------
    def reload(self) -> None:
        committee = self.committee.currentData()
        for widget in (self.add_button, self.create_button, self.ics_button):
            widget.setEnabled(committee is not None)
        if committee is None:
            self.summary.setText(self.tr("Chưa có ban nào trong dữ liệu."))
            return
        self.view = view = self.services.calendar.year(committee_id=committee,
                                                       year=self.year.value())
        for listing, month in zip(self.months, view.months, strict=True):
            listing.clear()
            for meeting in month.meetings:
                state = self.tr("đã họp") if meeting.held else self.tr("dự kiến")
                item = QListWidgetItem(f"{meeting.starts_at:%d/%m %H:%M} · {meeting.title} "
                                       f"({state})")
                item.setData(ID_ROLE, meeting.id)
                if not meeting.held:
                    item.setForeground(Qt.GlobalColor.darkBlue)
                listing.addItem(item)
            for entry in month.plan:
                item = QListWidgetItem(self.tr("{date} · {kind} (kế hoạch, chưa tạo cuộc họp)")
                                       .format(date=f"{entry.planned_on:%d/%m}", kind=entry.kind))
                item.setForeground(Qt.GlobalColor.darkGray)
                listing.addItem(item)
        self.summary.setText(self.tr("Năm {year}: đã họp {held}, dự kiến {planned}.").format(
            year=view.year, held=view.held_count, planned=view.planned_count))
        self.plan.clear()
        for entry in self.services.calendar.plan(committee_id=committee, year=self.year.value()):
            made = self.tr(" — đã tạo cuộc họp") if entry.meeting_id else ""
            item = QListWidgetItem(f"{entry.planned_on:%d/%m/%Y} · {entry.kind}{made}")
            item.setData(ID_ROLE, entry.id)
            item.setToolTip(entry.contents)
            self.plan.addItem(item)

    # --- actions -------------------------------------------------------------------------------
    def add_plan_line(self) -> bool:
        entry = ops_for(self).call(  # a problem is said in the line; what was typed stays
            self, self.services.calendar.add_plan_entry, line=self.message,
            committee_id=self.committee.currentData(), planned_on=self.plan_date.text(),
            kind=self.plan_kind.text(), contents=self.plan_contents.toPlainText())
        if entry is None:
            return False
        if entry.planned_on.year != self.year.value():
            self.year.setValue(entry.planned_on.year)
        self.plan_date.clear()
        self.plan_contents.clear()
        self.reload()
        self.message.say(self.tr("Đã thêm vào kế hoạch: {date}.").format(date=f"{entry.planned_on:%d/%m/%Y}"))
        return True

    def remove_plan_line(self) -> bool:
        item = self.plan.currentItem()
        if item is None or not Ask.confirm(self, self.tr("Xóa dòng kế hoạch «{text}»?").format(
                text=item.text())):
            return False
        self.services.calendar.remove_plan_entry(entry_id=item.data(ID_ROLE))
        self.reload()
        return True

    def create_meetings(self) -> list[int]:
        created = ops_for(self).call(self, self.services.calendar.create_meetings, line=self.message,
                                     committee_id=self.committee.currentData(),
                                     year=self.year.value())
        if created is None:
            return []
        self.reload()
        self.message.say(self.tr("Đã tạo {n} cuộc họp dự kiến.").format(n=len(created)) if created
                  else self.tr("Mọi dòng kế hoạch đã có cuộc họp."))
        return created

    def export_ics(self) -> Path | None:
        from core.documents.files import safe_file_stem
        from gui.exchange.files import last_folder

        committee = self.committee.currentData()
        abbreviation = self.services.committees.get(committee_id=committee).abbreviation or ""
        suggested = last_folder() / f"{safe_file_stem(f'Lich-hop-{abbreviation}-{self.year.value()}')}.ics"
        path = CalendarFiles.save_ics(self, suggested)
        if path is None:
            return None
        done = ops_for(self).call(self, self.services.calendar.write_ics, line=self.message,
                                  committee_id=committee, path=path,
                                  year=self.year.value())
        if done is None:
            return None
        written, count = done
        self.message.say(self.tr("Đã ghi {n} cuộc họp dự kiến vào {path}").format(n=count, path=written))
        return written

    def _open_item(self, item: QListWidgetItem) -> None:
        meeting_id = item.data(ID_ROLE)
        if meeting_id is not None:
            self.window_.show_page("meetings").open_meeting(meeting_id)
            self.accept()
