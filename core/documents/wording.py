"""Turn values into the words the documents print: dates, numbers, people, deadlines, task lines.

Pure text, no python-docx: easy to test and shared by the three writers.
"""
from __future__ import annotations

import datetime as dt
import re

from core.documents import phrases as ph
from core.documents.model import (
    CommitteeIdentity,
    DocumentNumber,
    PersonRef,
    Recipients,
    TaskLine,
)


def date_parts(day: dt.date) -> tuple[str, str, str]:
    """Day below 10 and months 1 and 2 take a leading zero (NĐ 30): 05, 01, 02; 6 stays 6."""
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"{day.day:02d}", month, str(day.year)


def date_line(place: str, day: dt.date) -> str:
    """"Quảng Ninh, ngày 05 tháng 01 năm 2026"."""
    d, m, y = date_parts(day)
    return ph.DATE_LINE.format(place=place, day=d, month=m, year=y)


def date_in_text(day: dt.date | None) -> str:
    """"ngày 29 tháng 6 năm 2026"; blanks to fill by hand when the date is not known."""
    if day is None:
        return ph.DATE_IN_TEXT.format(day=ph.BLANK, month=ph.BLANK, year=ph.BLANK)
    d, m, y = date_parts(day)
    return ph.DATE_IN_TEXT.format(day=d, month=m, year=y)


def short_date(day: dt.date) -> str:
    """dd/mm/yyyy, as in "ngày 16/12/2019" and "hoàn thành trước ngày 05/03/2026"."""
    return day.strftime("%d/%m/%Y")


def time_text(moment: dt.datetime | dt.time | None) -> str:
    """"08 giờ 30"; blanks when the time is not known."""
    if moment is None:
        return ph.TIME_IN_TEXT.format(hour=ph.BLANK, minute=ph.BLANK)
    return ph.TIME_IN_TEXT.format(hour=f"{moment.hour:02d}", minute=f"{moment.minute:02d}")


def weekday(day: dt.date) -> str:
    return ph.WEEKDAYS[day.weekday()]


def number_code(style: str, number: int | None, type_code: str, issuer: str) -> str:
    """State "05/BB-BCĐ", party "25-TB/BCĐ" (hyphen before the type code); no number: a blank."""
    value = ph.NUMBER_BLANK if number is None else f"{number:02d}"
    template = ph.CODE_STATE if style == "state" else ph.CODE_PARTY
    return template.format(number=value, code=type_code, issuer=issuer)


def document_number(style: str, number: DocumentNumber, committee: CommitteeIdentity) -> str:
    """State "Số: 05/BB-BCĐ", party "Số 25-TB/BCĐ" (no colon)."""
    code = number_code(style, number.number, number.type_code, number.issuer or committee.abbreviation)
    return (ph.NUMBER_STATE if style == "state" else ph.NUMBER_PARTY).format(code=code)


def capitalize_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def lower_first(text: str) -> str:
    """Lower-case the first letter of a sentence-case word; leave acronyms (UBND, BCĐ) alone."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


_GENERIC_MEETING_WORDS = ("Buổi ", "Cuộc ")


def meeting_in_sentence(title: str) -> str:
    """A meeting's name inside a sentence: a named conference keeps its capital ("tại Hội nghị
    giao ban …"), a generic one does not ("tại buổi làm việc …", "tại cuộc họp …")."""
    title = strip_end(title)
    return lower_first(title) if title.startswith(_GENERIC_MEETING_WORDS) else title


def strip_end(text: str) -> str:
    """The text without a trailing period, semicolon, colon or ./. (the writer adds its own)."""
    return re.sub(r"[\s.;:,]*(\./\.)?[\s.;:,]*$", "", text)


def needs_comrade(name: str, is_person: bool | None = None) -> bool:
    """True for a person's name ("Vi Ngọc Bích", "Ông Văn Tùng"), false for a title or a
    description standing in for one ("Đại diện lãnh đạo Sở Du lịch") or a name that already
    says "đồng chí". The data says which (``is_person``); when it does not, a name counts as a
    person's when every word starts with a capital, as Vietnamese personal names do."""
    words = name.split()
    if not words:
        return False
    lowered = name.casefold()
    if any(lowered.startswith(prefix) for prefix in ph.TITLE_PREFIXES):
        return False
    if is_person is not None:
        return is_person
    return all(word[:1].isupper() for word in words)


def described(ref: PersonRef) -> bool:
    """A title or description typed in place of a name: printed once, as typed."""
    return ref.is_person is False or (ref.is_person is None and not needs_comrade(ref.name))


def person(ref: PersonRef, *, capital: bool = False, with_position: bool = True) -> str:
    """"đồng chí Vi Ngọc Bích, Trưởng Ban Tuyên giáo Tỉnh ủy" (or "Đồng chí …" at a sentence
    start); a description ("Đại diện lãnh đạo Sở Du lịch") is printed once, as typed, without
    a position after it."""
    name = ref.name
    if needs_comrade(name, ref.is_person):
        name = f"{ph.COMRADE} {name}"
    text = f"{name}, {ref.position}" if with_position and ref.position and not described(ref) \
        else name
    return capitalize_first(text) if capital else text


def count_line(counted) -> str:  # core.attendance.Tally
    """"Có mặt: 8/9 đồng chí (trong đó 1 đồng chí dự thay); Vắng mặt: 1 đồng chí." Nothing is
    said of a count of zero."""
    text = ph.COUNT_PRESENT.format(present=counted.present, total=counted.total)
    if counted.substituted:
        text += ph.COUNT_SUBSTITUTES.format(n=counted.substituted)
    if counted.absent:
        text += ph.COUNT_ABSENT.format(absent=counted.absent)
    if counted.not_marked:
        text += ph.COUNT_NOT_MARKED.format(n=counted.not_marked)
    return text + "."


def reason_text(reason: str | None) -> str:
    """" (lý do: ốm)": the reason is mid-sentence, so it starts lower case."""
    reason = strip_end(reason or "")
    return ph.ABSENCE_REASON.format(reason=lower_first(reason)) if reason else ""


_DOUBLE_DOT = re.compile(r"(?<![./])\.\.(?![./])")


def tidy(text: str) -> str:
    """A typed ".." becomes "."; an ellipsis "..." and the end mark "./." stay."""
    return _DOUBLE_DOT.sub(".", text) if ".." in text else text


def issuer_in_text(committee: CommitteeIdentity) -> str:
    """Who speaks in the notice's closing line: the standing office when its name says whose
    office it is ("Cơ quan Thường trực Ban Chỉ đạo"), otherwise the committee itself (a Tiểu
    ban's notice is not announced by "Ban Tuyên giáo Tỉnh ủy")."""
    office = (committee.secretariat_name or "").strip()
    name = committee.name.casefold()
    for start, _word, _head in ph.COLLECTIVES:
        if name.startswith(start):
            if office and start in office.casefold():
                return office
            return committee.name
    return office or committee.name


def join_names(names: list[str] | tuple[str, ...]) -> str:
    """"A", "A và B", "A, B và C"."""
    names = [n for n in names if n]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + ph.AND + names[-1]


_DATE_IN_DEADLINE = re.compile(r"(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})")


def deadline_phrase(task: TaskLine) -> str:
    """"hoàn thành trước ngày 15/03/2026", "hoàn thành trong Quý II/2026", "thực hiện thường
    xuyên": phrased from the deadline's kind, not copied as written."""
    if task.deadline_kind == "regular":
        return ph.TASK_DEADLINE_REGULAR
    text = strip_end(task.deadline_text.strip())
    if task.deadline_kind == "date":
        day = task.due_date
        if day is None:
            found = _DATE_IN_DEADLINE.search(text)
            if found:
                try:
                    day = dt.date(int(found[3]), int(found[2]), int(found[1]))
                except ValueError:
                    day = None
        if day is not None:
            return ph.TASK_DEADLINE_DATE.format(date=short_date(day))
        words = "|".join(ph.DEADLINE_DATE_WORDS)
        text = re.sub(rf"^(?:(?:{words})\s+)+", "", text, flags=re.IGNORECASE)
        return ph.TASK_DEADLINE_DATE.format(date=text or ph.BLANK)
    for word in ph.PERIOD_DROP:
        if text.casefold().startswith(word.casefold()):
            text = text[len(word):]
    if text.startswith(ph.PERIOD_LOWER):
        text = lower_first(text)
    return ph.TASK_DEADLINE_PERIOD.format(period=text or ph.BLANK)


def task_parts(task: TaskLine) -> tuple[str, str]:
    """The task line in two parts: the lead agency (printed bold) and the rest.

    "Sở Văn hóa, Thể thao và Du lịch:" + " chủ trì, phối hợp với Báo Hà Nam tuyên truyền …,
    hoàn thành trước ngày 15/03/2026"
    """
    lead = ph.TASK_LEAD.format(lead=strip_end(task.lead))
    rest = ph.TASK_CHAIRS
    if task.coordinators:
        rest += ph.TASK_WITH.format(coordinators=join_names(task.coordinators))
    content = strip_end(task.content)
    for verb in ph.TASK_REPEATED_VERBS:  # "phối hợp với X [phối hợp] tuyên truyền"
        if content.casefold().startswith(verb) and verb.rstrip(",") in rest:
            content = content[len(verb):].lstrip(" ,")
            break
    if content:
        rest += " " + lower_first(content)
    return lead, f"{rest}, {deadline_phrase(task)}"


def recipient_lines(recipients: Recipients, style: str, *, addressed: bool = False) -> list[str]:
    """The recipients and, last, the archive line every document ends with: state "- Lưu: VT,
    hồ sơ.", party "- Lưu VT." or "- Lưu Văn phòng …". "Như trên" stays only in a document
    that has a "Kính gửi" line (``addressed``) for it to point to."""
    lines = []
    for line in recipients.lines:
        text = strip_end(line.lstrip("-+• ").strip())
        if not text or (not addressed and text.casefold() == ph.AS_ABOVE):
            continue
        lines.append(f"- {text}")
    archive = strip_end((recipients.archive or "").strip()) or ph.ARCHIVE_STATE_DEFAULT
    if archive.casefold().startswith("lưu"):
        archive = archive[3:].lstrip(": ")
    template = ph.ARCHIVE_STATE if style == "state" else ph.ARCHIVE_PARTY
    lines.append("- " + template.format(archive=archive))
    return [line + (";" if i < len(lines) - 1 else ".") for i, line in enumerate(lines)]
