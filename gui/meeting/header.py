"""The strip above the workspace tabs: which meeting this is, where it stands (planned, held,
finalised), the buttons that move it on, and when it was last saved."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.services.meeting_records import MeetingDetail
from gui.meeting import labels
from gui.meeting.widgets import ElidedLabel


class WorkspaceHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        tr = self.tr
        self.back_button = QPushButton(tr("← Danh sách cuộc họp"))
        self.back_button.setToolTip(tr("Quay lại danh sách cuộc họp (Alt+Trái)"))
        self.title_label = ElidedLabel()
        self.title_label.setObjectName("meetingTitle")
        self.title_label.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = QLabel()
        self.status_label.setObjectName("meetingStatus")
        self.held_button = QPushButton(tr("Đánh dấu đã họp"))
        self.finalise_button = QPushButton(tr("Chốt biên bản"))
        self.reopen_button = QPushButton(tr("Mở lại để sửa…"))
        self.meta_label = ElidedLabel()  # one line, whole in its tooltip
        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedIndicator")
        # Who else has this meeting open now (gui.live_updates), hidden when nobody.
        self.visitors_label = QLabel()
        self.visitors_label.setObjectName("meetingVisitors")
        self.visitors_label.setStyleSheet("color: #8a5a00; font-weight: 600;")
        self.visitors_label.hide()
        self.read_only_banner = QLabel(tr(
            "Biên bản đã chốt: chỉ xem, không sửa được. Muốn sửa, bấm «Mở lại để sửa…» và ghi "
            "lý do; lý do được lưu trong lịch sử cuộc họp."))
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setStyleSheet(
            "background: #fff4ce; border: 1px solid #e0c36a; padding: 4px 8px;")
        # The documents of the meeting (gui.meeting.documents) sit here.
        self.documents_bar = QHBoxLayout()

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title_label, 1)
        top.addWidget(self.saved_label)
        top.addWidget(self.status_label)
        for button in (self.held_button, self.finalise_button, self.reopen_button):
            top.addWidget(button)
        second = QHBoxLayout()
        second.addWidget(self.meta_label, 1)
        second.addWidget(self.visitors_label)
        second.addLayout(self.documents_bar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addWidget(self.read_only_banner)

    def show_meeting(self, meeting: MeetingDetail) -> None:
        self.title_label.setText(meeting.title)
        parts = [meeting.committee_name, meeting.kind, labels.when_text(meeting.starts_at, meeting.ends_at)]
        if meeting.place:
            parts.append(meeting.place)
        self.meta_label.setText(" · ".join(parts))
        status = meeting.status
        # A status, not a button: coloured words, no box around them.
        self.status_label.setText(labels.meeting_status(status))
        self.status_label.setToolTip(self.tr("Tình trạng cuộc họp"))
        colour = {"planned": "#1f5fa8", "held": "#8a5a00", "finalised": "#1b7a3a"}[status]
        self.status_label.setStyleSheet(f"color: {colour}; font-weight: 600; padding: 0 6px;")
        self.held_button.setVisible(status == "planned")
        self.finalise_button.setVisible(status == "held")
        self.reopen_button.setVisible(status == "finalised")
        self.read_only_banner.setVisible(status == "finalised")

    def show_visitors(self, visitors) -> None:
        """"Đang mở: Nguyễn Văn A (máy PC-02)" for each other program with the meeting open."""
        names = [self.tr("{who} (máy {machine})").format(who=v.who, machine=v.machine)
                 for v in visitors]
        self.visitors_label.setText(self.tr("Đang mở: {names}").format(names=", ".join(names))
                                    if names else "")
        self.visitors_label.setToolTip(self.tr(
            "Những người này cũng đang mở cuộc họp. Thay đổi của họ hiện ở đây sau vài giây; "
            "nếu hai người sửa cùng một mục, người lưu sau được hỏi giữ bản nào."))
        self.visitors_label.setVisible(bool(names))

    def show_saved(self, when: dt.datetime) -> None:
        self.saved_label.setStyleSheet("color: #1b7a3a;")
        self.saved_label.setText(self.tr("Đã lưu lúc {time}").format(time=f"{when:%H:%M:%S}"))

    def show_unsaved(self, text: str) -> None:
        self.saved_label.setStyleSheet("color: #b00020; font-weight: 600;")
        self.saved_label.setText(text)
