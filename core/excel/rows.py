"""What the exports take in: plain rows that a service (or a test) builds, no ORM objects."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

STATE_LINES = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
PARTY_LINES = ("ĐẢNG CỘNG SẢN VIỆT NAM",)


@dataclass(frozen=True)
class TaskRow:
    """One task as printed. ``status`` empty means: computed from the dates and ``today``."""

    code: str                       # stable id, written in the hidden column
    content: str
    group: str = ""                 # e.g. the source meeting; a change of group starts I., II.
    source_document: str = ""       # "TB số 25-TB/BCĐ ngày 16/12/2019"
    lead_agency: str = ""
    coordinators: tuple[str, ...] = ()
    deadline_text: str = ""         # as written: "Trước 15/3/2026", "Quý II/2026"
    due_date: dt.date | None = None
    progress: str = ""
    completed_on: dt.date | None = None
    status: str = ""
    note: str = ""


@dataclass(frozen=True)
class MemberRow:
    rank: int
    full_name: str
    position: str = ""
    agency: str = ""
    role: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class SheetHeading:
    """The title block: issuing body on the left, national or party heading on the right.

    ``agency_lines`` top to bottom, e.g. ("UBND TỈNH QUẢNG NINH", "BAN CHỈ ĐẠO …"); the last
    one is printed bold (the issuing body). ``style`` is "state" or "party", or "" for a list
    mixing committees: no single committee's national or party heading then stands over it.
    """

    agency_lines: tuple[str, ...] = ()
    style: str = "state"
    title: str = ""                 # empty: each export's own ("BẢNG THEO DÕI NHIỆM VỤ"…)
    as_of: dt.date | None = None    # "(Cập nhật đến ngày …)"; None: the export's today

    @property
    def right_lines(self) -> tuple[str, ...]:
        if not self.style:
            return ()
        return PARTY_LINES if self.style == "party" else STATE_LINES
