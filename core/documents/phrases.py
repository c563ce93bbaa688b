"""Every fixed Vietnamese phrase the documents print, in one place.

Names of people, agencies and committees never appear here: they come from the data. Phrases
with a ``{}`` are filled with str.format by core.documents.wording.
"""
from __future__ import annotations

# Header.
NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
NATIONAL_MOTTO = "Độc lập - Tự do - Hạnh phúc"
PARTY_TITLE = "ĐẢNG CỘNG SẢN VIỆT NAM"
PARTY_STAR = "*"
NUMBER_STATE = "Số: {code}"
NUMBER_PARTY = "Số {code}"
CODE_STATE = "{number}/{code}-{issuer}"     # 05/BB-BCĐ
CODE_PARTY = "{number}-{code}/{issuer}"     # 25-TB/BCĐ
NUMBER_BLANK = "\u00a0" * 6           # a number left to fill by hand
DATE_LINE = "{place}, ngày {day} tháng {month} năm {year}"
DATE_IN_TEXT = "ngày {day} tháng {month} năm {year}"
TIME_IN_TEXT = "{hour} giờ {minute}"
BLANK = "……"                           # a value left to fill by hand

# Document types and the party summary rule.
TITLE_MINUTES = "BIÊN BẢN"
TITLE_NOTICE = "THÔNG BÁO"
TITLE_INVITATION = "GIẤY MỜI"
PARTY_SUMMARY_RULE = "-----"

# Minutes: state (NĐ 30 mẫu 1.9).
STATE_STARTS = "Thời gian bắt đầu: {time}, {date}."
STATE_PLACE = "Địa điểm: {place}."
STATE_ATTENDANCE = "Thành phần tham dự:"
STATE_CHAIR = "Chủ trì: {person}."
STATE_SECRETARY = "Thư ký: {person}."
STATE_CONTENT = "Nội dung:"
STATE_CLOSING = "Cuộc họp kết thúc vào {time}, {date}"
STATE_CHAIR_CONCLUDES = "{person} chủ trì cuộc họp kết luận như sau:"

# Minutes: party (HD 16).
PARTY_STARTS = "Thời gian: bắt đầu vào hồi {time}, {date}."
PARTY_PLACE = "Địa điểm: {place}."
PARTY_CONTENT_LINE = "Nội dung: {content}."
PARTY_CHAIR = "Chủ trì: {person}."
PARTY_SECRETARY = "Người ghi biên bản: {person}."
PARTY_DOCUMENTS = "Tài liệu sử dụng: {documents}."
PARTY_SECTION_ATTENDANCE = "1. Thành phần"
PARTY_SECTION_PROCEEDINGS = "2. Diễn biến hội nghị"
PARTY_SECTION_CONCLUSION = "3. Kết luận"
PARTY_CHAIR_CONCLUDES = "{person} chủ trì hội nghị kết luận như sau:"
PARTY_CLOSING = "Hội nghị kết thúc vào hồi {time}, {date}"

# Attendance (both styles of minutes).
COUNT_PRESENT = "Có mặt: {present}/{total} đồng chí"
COUNT_SUBSTITUTES = " (trong đó {n} đồng chí dự thay)"
COUNT_ABSENT = "; Vắng mặt: {absent} đồng chí"
COUNT_NOT_MARKED = "; Chưa điểm danh: {n} đồng chí"
MEMBERS_PRESENT = "Thành viên có mặt:"
MEMBERS_ABSENT = "Thành viên vắng mặt:"
MEMBERS_NOT_MARKED = "Thành viên chưa điểm danh:"
GUESTS = "Đại biểu mời:"
ABSENCE_REASON = " (lý do: {reason})"
SUBSTITUTED_BY = " ({person} dự thay)"
NO_ONE = "(không có)"

# Proceedings.
PRESENTED = "{presenter} trình bày."
PRESENTED_WITH_DOCUMENTS = "{presenter} trình bày (có tài liệu kèm theo)."
PRESENTED_SAYING = "{presenter} trình bày: "
PRESENTED_WITH_DOCUMENTS_SAYING = "{presenter} trình bày (có tài liệu kèm theo): "
SPOKE = "{person}, phát biểu: "
SPOKE_NO_POSITION = "{person} phát biểu: "
OTHER_OPINIONS = "Các ý kiến khác:"

# People.
COMRADE = "đồng chí"
COMRADES = "các đồng chí"
# A name that already starts so gets no second "đồng chí".
TITLE_PREFIXES = ("đồng chí ", "đ/c ")

# Conclusion and tasks.
TASKS_POINT = "Phân công thực hiện:"
TASK_LEAD = "{lead}:"
TASK_CHAIRS = " chủ trì"
TASK_WITH = ", phối hợp với {coordinators}"
TASK_DEADLINE_DATE = "hoàn thành trước ngày {date}"
TASK_DEADLINE_PERIOD = "hoàn thành trong {period}"
TASK_DEADLINE_REGULAR = "thực hiện thường xuyên"
# Words a deadline may be written with: dropped ("Trước 15/3", "Trong quý II") or lower-cased
# ("Tháng 6/2026" reads "trong tháng 6/2026").
DEADLINE_DATE_WORDS = ("trước", "ngày")
PERIOD_DROP = ("Trong ",)
PERIOD_LOWER = ("Tháng ", "Năm ", "Cuối ", "Đầu ", "Giữa ", "Quý ", "Tuần ", "Học kỳ ", "6 tháng ")
# Verbs a task's content may start with that the task line has said already ("chủ trì, phối
# hợp với X [phối hợp] tuyên truyền …").
TASK_REPEATED_VERBS = ("phối hợp với", "phối hợp", "chủ trì,", "chủ trì")
AND = " và "

# Notice.
NOTICE_SUMMARY = "Kết luận của {person} tại {meeting} ngày {date}"
NOTICE_OPENING = "Ngày {date}, tại {place}, {person} chủ trì {meeting}."
NOTICE_PARTICIPANTS = " Tham dự có các đồng chí: {participants}."
NOTICE_HEARD = ("Sau khi nghe {agency} báo cáo {content} và ý kiến phát biểu của các đại biểu dự "
                "họp, {person} kết luận như sau:")
NOTICE_HEARD_NO_REPORT = ("Sau khi nghe ý kiến phát biểu của các đại biểu dự họp, {person} kết "
                          "luận như sau:")
REPORT_WORD = "báo cáo"  # not repeated: "nghe X báo cáo [Báo cáo] kết quả …"
NOTICE_CLOSING = "{sender} thông báo để các cơ quan, đơn vị biết, thực hiện"
# The notice's closing names the committee that issues it: its standing office when that
# office's name says whose it is ("Cơ quan Thường trực Ban Chỉ đạo"), else the committee.

# Invitation.
INVITATION_SUMMARY = "Dự {meeting}"
INVITES = "{inviter} trân trọng kính mời:"
INVITATION_TO = "Tới dự {meeting}."
INVITATION_CHAIR = "Chủ trì: {person}."
INVITATION_TIME = "Thời gian: {time}, {weekday}, {date}."
INVITATION_PLACE = "Địa điểm: {place}."
INVITATION_AGENDA = "Nội dung:"
INVITATION_PRESENTER = " ({presenter} trình bày)"
INVITATION_PREPARE = "Đề nghị các đồng chí:"
INVITATION_CLOSING = "Rất mong các đồng chí tham dự đúng thời gian"
WEEKDAYS = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")

# Recipients.
RECIPIENTS_LABEL = "Nơi nhận:"
ARCHIVE_STATE = "Lưu: {archive}"
ARCHIVE_STATE_DEFAULT = "VT"
ARCHIVE_PARTY = "Lưu {archive}"

# File names (ASCII, no spaces).
FILE_PREFIX = {
    "minutes": "Bien-ban",
    "notice": "Thong-bao-ket-luan",
    "invitation": "Giay-moi",
}

# Signature blocks: authority words by style (NĐ 30 / HD 36), never mixed.
AUTHORITY_WORDS = {
    "state": {"TM": "TM.", "KT": "KT.", "TL": "TL.", "TUQ": "TUQ.", "Q": "Q."},
    "party": {"TM": "T/M", "KT": "K/T", "TL": "T/L", "TUQ": "T/UQ", "Q": "Q."},
}
# How a committee names itself as a collective ("TM. BAN CHỈ ĐẠO") and its head's title, by the
# first words of its name.
COLLECTIVES = (("tiểu ban", "TIỂU BAN", "TRƯỞNG TIỂU BAN"),
               ("ban chỉ đạo", "BAN CHỈ ĐẠO", "TRƯỞNG BAN"),
               ("hội đồng", "HỘI ĐỒNG", "CHỦ TỊCH"))
HEAD_TITLE_DEFAULT = "TRƯỞNG BAN"
HEAD_WORDS = ("trưởng", "chủ tịch")     # a role starting so is the head of the committee
DEPUTY_WORDS = ("phó",)                 # … the deputy head
RECIPIENTS_MEMBERS = "Các thành viên {collective}"
RECIPIENTS_AGENCIES = "Các cơ quan, đơn vị liên quan"
RECIPIENTS_INVITEES = "Như thành phần mời"
RECIPIENTS_MEETING = "Các thành viên dự họp"
# "Như trên" points to a "Kính gửi" line: only a document that has one keeps it.
AS_ABOVE = "như trên"
