"""Sample rows for the Excel tests: two meetings' tasks, as a secretariat would have them."""
from __future__ import annotations

import datetime as dt

from core.excel.rows import MemberRow, SheetHeading, TaskRow

TODAY = dt.date(2026, 3, 10)
MEETING_1 = "Phiên họp thứ 5 ngày 16/12/2019"
MEETING_2 = "Hội nghị giao ban quý I/2026"

HEADING = SheetHeading(
    agency_lines=("UBND TỈNH QUẢNG NINH", "BAN CHỈ ĐẠO CÔNG TÁC THÔNG TIN ĐỐI NGOẠI"),
    title="BẢNG THEO DÕI NHIỆM VỤ THỰC HIỆN KẾT LUẬN CỦA BAN CHỈ ĐẠO",
)
PARTY_HEADING = SheetHeading(
    agency_lines=("ĐẢNG BỘ TỈNH QUẢNG NINH", "BAN TUYÊN GIÁO"), style="party",
    title="DANH SÁCH THÀNH VIÊN TIỂU BAN TUYÊN TRUYỀN",
)

SO_TTTT = "Sở Thông tin và Truyền thông"
SO_VH = "Sở Văn hóa, Thể thao và Du lịch"
SO_NV = "Sở Ngoại vụ"


def task_rows() -> list[TaskRow]:
    return [
        TaskRow(code="NV-0001", group=MEETING_1,
                content="Xây dựng kế hoạch thông tin đối ngoại năm 2020, trình Ban Chỉ đạo",
                source_document="TB số 25-TB/BCĐ ngày 16/12/2019", lead_agency=SO_TTTT,
                coordinators=(SO_VH, SO_NV), deadline_text="Trước 15/3/2020",
                due_date=dt.date(2020, 3, 15), progress="Đã trình dự thảo",
                completed_on=dt.date(2020, 3, 10)),
        TaskRow(code="NV-0002", group=MEETING_1, content="=HYPERLINK(\"http://x.test\",\"bấm\")",
                lead_agency=SO_NV, deadline_text="Quý II/2026", due_date=dt.date(2026, 6, 30),
                progress="-chưa có kinh phí", note="@ghi chú"),
        TaskRow(code="NV-0003", group=MEETING_2, content="Theo dõi dư luận trên mạng xã hội",
                lead_agency=SO_NV, deadline_text="Thường xuyên"),
        TaskRow(code="NV-0004", group=MEETING_2, content="+84 tổ chức hội nghị báo chí",
                lead_agency=SO_NV, deadline_text="Trước 1/3/2026", due_date=dt.date(2026, 3, 1)),
        TaskRow(code="NV-0005", group=MEETING_2, content="Báo cáo sơ kết",
                lead_agency=SO_TTTT, deadline_text="Trước 1/1/2026", due_date=dt.date(2026, 1, 1),
                completed_on=dt.date(2026, 1, 20)),
    ]


def member_rows() -> list[MemberRow]:
    return [
        MemberRow(1, "Nguyễn Văn Thuần", "Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy",
                  "Ban Tuyên giáo Tỉnh ủy", "Trưởng ban", "0912345678", "thuan@qn.gov.vn"),
        MemberRow(2, "Trần Thị Cẩm", "Phó Giám đốc Sở", SO_TTTT, "Phó Trưởng ban thường trực",
                  "+84 912 000 111", "cam@qn.gov.vn"),
        MemberRow(3, "Vi Ngọc Bích", "Phó Giám đốc Sở", SO_NV, "Ủy viên", "-", "=cmd|' /C calc'!A0"),
    ]
