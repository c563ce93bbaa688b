"""What the document writers take: plain, frozen values, so a writer never touches the database.

The meeting services fill these from a meeting as it was on its day (names and positions that
day); the writers only arrange and format them. Text is expected cleaned (core.text.clean), and
multi-paragraph text (opinions, conclusion points) uses "\\n" between paragraphs.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

STYLES = ("state", "party")
TYPE_CODES = ("BB", "TB", "GM", "BC", "KH", "KL")
DEADLINE_KINDS = ("date", "period", "regular")
ATTENDEE_STATUSES = ("present", "absent", "substituted", "invited")


@dataclass(frozen=True)
class CommitteeIdentity:
    """Who issues the document: the header's left column and the number's issuer code."""

    name: str                           # Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Quảng Ninh
    abbreviation: str                   # BCĐ: the issuer code in "Số: 05/BB-BCĐ"
    style: str                          # "state" (NĐ 30/2020) or "party" (HD 36, HD 16)
    issuing_body: str                   # header left line 2, e.g. BAN CHỈ ĐẠO CÔNG TÁC …
    parent_body: str | None = None      # header left line 1, e.g. UBND TỈNH QUẢNG NINH
    place_name: str = ""                # "Quảng Ninh" in "Quảng Ninh, ngày …"
    secretariat_name: str | None = None  # who sends the notice: "Cơ quan Thường trực Ban Chỉ đạo"

    def __post_init__(self) -> None:
        if self.style not in STYLES:
            raise ValueError(f"style must be one of {STYLES}, not {self.style!r}")


@dataclass(frozen=True)
class DocumentNumber:
    """The number from the committee's series. ``number=None`` leaves a blank to fill by hand."""

    type_code: str                      # BB, TB, GM …
    number: int | None = None
    series: str | None = None           # the year or the term label (not printed)
    issuer: str | None = None           # overrides the committee abbreviation in the number


@dataclass(frozen=True)
class PersonRef:
    """A person as printed that day: full name and position(s)."""

    name: str
    position: str | None = None
    # True: a person's name ("đồng chí" before it); False: a title or description typed in its
    # place ("Đại diện lãnh đạo Sở Du lịch"); None: not known (only plain names are people).
    is_person: bool | None = None


@dataclass(frozen=True)
class Attendee:
    """A member or invited guest of one meeting, in protocol order."""

    name: str
    position: str | None = None
    agency: str | None = None
    status: str = "present"             # present | absent | substituted | invited
    absence_reason: str | None = None
    substitute: PersonRef | None = None  # who attended in the member's place
    is_person: bool | None = None       # as PersonRef.is_person

    def __post_init__(self) -> None:
        if self.status not in ATTENDEE_STATUSES:
            raise ValueError(f"status must be one of {ATTENDEE_STATUSES}, not {self.status!r}")


@dataclass(frozen=True)
class Opinion:
    speaker_name: str
    text: str                           # may hold several paragraphs separated by "\n"
    speaker_position: str | None = None  # the position held that day
    speaker_is_person: bool | None = None  # as PersonRef.is_person


@dataclass(frozen=True)
class AgendaItem:
    title: str
    presenter: str | None = None        # as printed: "Ban Tuyên giáo Tỉnh ủy", "đồng chí …, …"
    opinions: tuple[Opinion, ...] = ()
    documents_attached: bool = False    # "có tài liệu kèm theo"
    vote: str | None = None             # method and result of a vote on this item, if any


@dataclass(frozen=True)
class ConclusionPoint:
    """A numbered point (1., 2.) of the chair's conclusion; sub-points print as a), b), then -."""

    text: str
    sub_points: tuple[ConclusionPoint, ...] = ()


@dataclass(frozen=True)
class TaskLine:
    content: str                        # "Tuyên truyền các chỉ thị, nghị quyết …"
    lead: str                           # the lead agency's name (or a person's) on that day
    coordinators: tuple[str, ...] = ()
    deadline_kind: str = "date"         # date | period | regular
    deadline_text: str = ""             # as written: "Trước 15/3/2026", "Quý II/2026"
    due_date: dt.date | None = None     # the date a "date" deadline means
    point_index: int | None = None      # 0-based index of the conclusion point it belongs to

    def __post_init__(self) -> None:
        if self.deadline_kind not in DEADLINE_KINDS:
            raise ValueError(f"deadline_kind must be one of {DEADLINE_KINDS}")


@dataclass(frozen=True)
class MeetingRecord:
    """Everything a meeting's documents print about the meeting itself."""

    kind: str                           # Hội nghị giao ban, Phiên họp định kỳ …
    title: str                          # the meeting's name, printed under the document type
    starts_at: dt.datetime
    place: str
    chair: PersonRef
    ends_at: dt.datetime | None = None
    secretary: PersonRef | None = None
    members: tuple[Attendee, ...] = ()  # official members, protocol order
    guests: tuple[Attendee, ...] = ()   # đại biểu mời
    agenda: tuple[AgendaItem, ...] = ()
    other_opinions: tuple[Opinion, ...] = ()  # opinions not tied to an agenda item
    conclusions: tuple[ConclusionPoint, ...] = ()
    tasks: tuple[TaskLine, ...] = ()
    documents: tuple[str, ...] = ()     # tài liệu sử dụng (party minutes)


@dataclass(frozen=True)
class Signature:
    """The signing block of a notice or invitation: authority line, title, name."""

    title: str                          # PHÓ TRƯỞNG BAN (printed in capitals)
    name: str
    authority: str | None = None        # KT. TRƯỞNG BAN, T/L BAN THƯỜNG VỤ, T/M BAN CHỈ ĐẠO
    post: str | None = None             # the signer's post in his own agency, under the title


@dataclass(frozen=True)
class MinutesSignatures:
    """Labels of the two signatures of the minutes; None takes the style's default setting."""

    left_label: str | None = None       # THƯ KÝ / NGƯỜI GHI BIÊN BẢN
    right_label: str | None = None      # CHỦ TỌA / CHỦ TRÌ HỘI NGHỊ
    right_title: str | None = None      # the chair's post under the label, e.g. TRƯỞNG BAN


@dataclass(frozen=True)
class Recipients:
    """Nơi nhận: one line per recipient, then the archive line ("VT, hồ sơ" / "Văn phòng …")."""

    lines: tuple[str, ...] = ()
    archive: str | None = None          # None prints "Lưu: VT." (state) / "Lưu VT." (party)


@dataclass(frozen=True)
class MinutesData:
    committee: CommitteeIdentity
    number: DocumentNumber
    meeting: MeetingRecord
    issue_date: dt.date | None = None   # party header date; defaults to the meeting's day
    signatures: MinutesSignatures = field(default_factory=MinutesSignatures)
    recipients: Recipients = field(default_factory=Recipients)


@dataclass(frozen=True)
class NoticeData:
    committee: CommitteeIdentity
    number: DocumentNumber
    meeting: MeetingRecord
    issue_date: dt.date
    signature: Signature
    recipients: Recipients = field(default_factory=Recipients)
    summary: str | None = None          # overrides "Kết luận của đồng chí … tại … ngày …"
    participants: str | None = None     # overrides the list after "Tham dự có các đồng chí:"
    reported_by: str | None = None      # "Sau khi nghe <reported_by> báo cáo …"; default: item 1
    report_content: str | None = None   # "… báo cáo <report_content> …"; default: item 1's title
    concluding_title: str | None = None  # "đồng chí <Trưởng Ban Chỉ đạo> kết luận"; default: name


@dataclass(frozen=True)
class InvitationData:
    committee: CommitteeIdentity
    number: DocumentNumber
    meeting: MeetingRecord              # invitees are meeting.members then meeting.guests
    issue_date: dt.date
    signature: Signature
    recipients: Recipients = field(default_factory=Recipients)
    inviter: str | None = None          # "<inviter> trân trọng kính mời"; default: committee name
    summary: str | None = None          # overrides the line under GIẤY MỜI
    invitees_text: str | None = None    # instead of listing invitees: "Các đồng chí thành viên …"
    preparation: tuple[str, ...] = ()   # what invitees should bring or prepare
    contact: str | None = None          # who to call to confirm
