"""The report's fixed Vietnamese words and how its numbers are written (95.735; 75,0%)."""
from __future__ import annotations

from core.reports.model import Counts, ReportData

TITLE = "BÁO CÁO"
SHEET_TITLE = "BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾT LUẬN"
SECTION_GENERAL = "I. KẾT QUẢ CHUNG"
SECTION_BY_LEAD = "II. KẾT QUẢ THEO CƠ QUAN CHỦ TRÌ"
SECTION_OVERDUE = "III. NHIỆM VỤ QUÁ HẠN CHƯA HOÀN THÀNH"
SECTION_DONE = "IV. NHIỆM VỤ ĐÃ HOÀN THÀNH TRONG KỲ"
OVERDUE_LEAD = "Tính đến ngày {as_of}, còn {count} nhiệm vụ quá hạn chưa hoàn thành:"
DONE_LEAD = "Trong kỳ đã hoàn thành {count} nhiệm vụ:"
NO_OVERDUE = "Không có nhiệm vụ quá hạn chưa hoàn thành."
NO_DONE = "Trong kỳ chưa có nhiệm vụ nào hoàn thành."
TOTAL = "Tổng cộng"
ON_TIME = "Đúng hạn"
LATE = "Quá hạn {days} ngày"
CLOSING = "Trên đây là báo cáo tình hình thực hiện kết luận của {name} {period}"
NOTE = ("Ghi chú: nhiệm vụ đến hạn trong kỳ là nhiệm vụ có thời hạn (kể cả thời hạn đã gia hạn) "
        "trong kỳ; nhiệm vụ quá hạn là nhiệm vụ đã hết hạn mà chưa hoàn thành tính đến ngày "
        "{as_of}; tỷ lệ hoàn thành = số nhiệm vụ đến hạn trong kỳ đã hoàn thành / số nhiệm vụ "
        "đến hạn trong kỳ.")

# Column headings of the per-lead table (Word and Excel).
LEAD_COLUMNS = ("STT", "Cơ quan chủ trì", "Giao trong kỳ", "Đến hạn trong kỳ",
                "Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Quá hạn chưa hoàn thành",
                "Tỷ lệ hoàn thành")
OVERDUE_COLUMNS = ("STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời hạn", "Số ngày quá hạn",
                   "Ghi chú")
DONE_COLUMNS = ("STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời hạn", "Ngày hoàn thành",
                "Kết quả")


def number(value: int) -> str:
    """95735 → "95.735" (Vietnamese thousands separator)."""
    return f"{value:,}".replace(",", ".")


def rate(value: float | None) -> str:
    """0.75 → "75,0%"; no task due → "-"."""
    if value is None:
        return "-"
    return f"{value * 100:.1f}".replace(".", ",") + "%"


def lead_cells(counts: Counts) -> list[str]:
    return [number(counts.assigned), number(counts.due), number(counts.done_on_time),
            number(counts.done_late), number(counts.overdue), rate(counts.rate)]


def period_opening(data: ReportData) -> str:
    """"Trong quý I năm 2026 (từ ngày … đến ngày …)", or "Từ ngày … đến ngày …"."""
    period = data.summary.period
    if period.label != period.dates:
        return f"Trong {period.label} ({period.dates})"
    return period.dates[:1].upper() + period.dates[1:]


def general_paragraphs(data: ReportData) -> list[str]:
    """Section I in sentences: what was given, what fell due, what was done, what is late."""
    c = data.summary.total
    as_of = f"{data.summary.as_of:%d/%m/%Y}"
    lines = [
        f"{period_opening(data)}, các cuộc họp của {data.committee.name} đã giao "
        f"{number(c.assigned)} nhiệm vụ; có {number(c.due)} nhiệm vụ đến hạn"
        + (f", trong đó {number(c.extended)} nhiệm vụ đã được gia hạn." if c.extended else "."),
        f"Trong kỳ đã hoàn thành {number(c.done)} nhiệm vụ, gồm {number(c.done_on_time)} nhiệm "
        f"vụ hoàn thành đúng hạn và {number(c.done_late)} nhiệm vụ hoàn thành quá hạn.",
        f"Tính đến ngày {as_of}, còn {number(c.overdue)} nhiệm vụ quá hạn chưa hoàn thành."
        if c.overdue else f"Tính đến ngày {as_of}, không còn nhiệm vụ nào quá hạn chưa hoàn thành.",
    ]
    if not c.done:  # never "đã hoàn thành 0 nhiệm vụ, gồm 0 … và 0 …"
        lines[1] = NO_DONE
    if c.due:
        lines.append(f"Tỷ lệ hoàn thành các nhiệm vụ đến hạn trong kỳ đạt {rate(c.rate)} "
                     f"({number(c.due_done)}/{number(c.due)} nhiệm vụ).")
    return lines


def done_result(task, as_of) -> str:
    days = task.days_late(as_of)
    return LATE.format(days=number(days)) if days else ON_TIME
