"""What every workspace tab is: it shows one part of the open meeting, hears when another tab
changed a part it shows, and turns read-only once the minutes are finalised."""
from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import QWidget

from core.services.meeting_records import MeetingDetail

if TYPE_CHECKING:
    from core.services import Services
    from gui.meeting.registers import Registers
    from gui.meeting.workspace import MeetingWorkspace

    class OpenWorkspace(MeetingWorkspace):
        """The workspace as its tabs see it: they act only while a meeting is open in it."""

        services: Services
        registers: Registers
        meeting: MeetingDetail


class WorkspaceTab(QWidget):
    def __init__(self, workspace: MeetingWorkspace) -> None:
        super().__init__()
        self.ws = cast("OpenWorkspace", workspace)  # a tab acts only on the open meeting

    def load(self, meeting: MeetingDetail) -> None:
        """Show ``meeting`` (opened, or read again after a change of status)."""

    def parts_changed(self, parts: frozenset[str], meeting: MeetingDetail) -> None:
        """Another tab changed ``parts`` ("agenda", "attendance", "opinions", "conclusions",
        "info", "tasks") of the meeting."""

    def set_read_only(self, read_only: bool) -> None:
        """Finalised minutes: show, never edit."""
