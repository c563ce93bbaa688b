"""The meeting workspace: plan a meeting, record it live, close it.

``MeetingWorkspace`` (workspace.py) is shown by the meetings page in place of the list. It holds
one meeting; each tab edits one part of it through the meeting and task services, and every edit
is saved as it is typed (autosave.py).
"""
from __future__ import annotations

from gui.meeting.workspace import MeetingWorkspace

__all__ = ["MeetingWorkspace"]
