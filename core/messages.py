"""What the program tells the user, declared once: a code and its Vietnamese sentence.

Core never builds a sentence for the user. It hands over a :class:`Message` (a code and the
values that explain it: names, dates, counts as ints, other messages); the window and the command
line turn it into words with :func:`render`, the command line in Vietnamese straight from
:data:`SENTENCES`, the window through Qt's translations (English in ``thuky_en.ts``, made from this
table by ``tools/update_translations.py``).

Rules of the table:

- values are filled in with ``str.format``; keep the placeholder names in step with the code that
  makes the message;
- a sentence that counts something holds ``%n`` and takes the count as the value ``n``: Qt picks
  the plural form ("1 task", "2 tasks"; Vietnamese has one form);
- a value that is a word of the program (a field's label, a kind of record, a status) is
  translated too: the values named ``field`` and ``kind`` always, others when wrapped in
  :class:`Word`; every such word is listed in :data:`WORDS`;
- a value that is a :class:`Message` (or a tuple of them, joined by commas) is rendered first.

Documents' own text (minutes, notices, the Excel forms) is not a message: it stays Vietnamese.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

#: Values named so are words of the program, translated with the sentence.
WORD_KEYS = ("field", "kind")


class Word(str):
    """A word of the program (not the user's data) put into a message: translated with it."""

    __slots__ = ()


@dataclass(frozen=True, eq=True)
class Message:
    """Something to tell the user: ``code`` picks the sentence, ``values`` fill it."""

    code: str
    values: Mapping[str, object]

    def __init__(self, code: str, /, **values: object) -> None:
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "values", MappingProxyType(values))

    def __str__(self) -> str:
        return render(self)

    def __hash__(self) -> int:
        return hash((self.code, tuple(sorted((k, repr(v)) for k, v in self.values.items()))))


Sentence = Callable[[str, int], str]   # (Vietnamese template, count or -1) -> template to fill
Wording = Callable[[str], str]         # a word of the program -> the word to show


def vietnamese(template: str, n: int) -> str:
    """The template as declared, with the count in place of ``%n``."""
    return template.replace("%n", str(n)) if n >= 0 else template


def as_is(word: str) -> str:
    return word


def count_of(message: Message) -> int:
    """The count a plural sentence is chosen by (-1: the sentence counts nothing)."""
    n = message.values.get("n")
    return n if isinstance(n, int) and not isinstance(n, bool) else -1


def render(message: Message, sentence: Sentence = vietnamese, word: Wording = as_is) -> str:
    """The message in words: Vietnamese by default; the window passes Qt's translations."""
    template = SENTENCES.get(message.code)
    if template is None:
        return f"{message.code}: {dict(message.values)}"
    values = {key: _value(key, value, sentence, word) for key, value in message.values.items()}
    text = sentence(template, count_of(message))
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):
        return vietnamese(template, count_of(message)).format_map(_Missing(values))


def _value(key: str, value: object, sentence: Sentence, word: Wording) -> object:
    if isinstance(value, Message):
        return render(value, sentence, word)
    if isinstance(value, tuple) and value and all(isinstance(v, Message) for v in value):
        return ", ".join(render(v, sentence, word) for v in value)
    if isinstance(value, Word) or (key in WORD_KEYS and isinstance(value, str)):
        return word(value)
    return value


class _Missing(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


# One sentence per code, in Vietnamese (the language of the users and of the documents).
SENTENCES: dict[str, str] = {
    "required": "Chưa nhập {field}. Hãy nhập {field} rồi lưu lại.",
    "too_long": "{field} dài quá {limit} ký tự. Hãy rút gọn lại.",
    "invalid_choice": "{field} không hợp lệ: «{value}». Hãy chọn một trong: {choices}.",
    "invalid_date": "{field} «{value}» không phải là ngày hợp lệ. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 15/03/2026.",
    "invalid_time": "{field} «{value}» không phải là giờ hợp lệ. Hãy nhập giờ:phút, ví dụ 7:30 hoặc 14:00.",
    "invalid_deadline": "Thời hạn «{value}» chưa hiểu được. Hãy nhập một ngày (15/03/2026, trước 15/3/2026), một kỳ (Quý II/2026, tháng 6/2026, năm 2026) hoặc «thường xuyên».",
    "ends_before_start": "Giờ kết thúc ({end}) sớm hơn giờ bắt đầu ({start}). Hãy sửa lại giờ kết thúc.",
    "deadline_before_meeting": "Thời hạn {deadline} sớm hơn ngày họp {meeting_date}. Hãy kiểm tra lại thời hạn.",
    "invalid_email": "{field} «{value}» không đúng dạng địa chỉ thư điện tử. Hãy nhập theo dạng ten@coquan.gov.vn, hoặc để trống.",
    "dates_reversed": "Ngày kết thúc ({end}) sớm hơn ngày bắt đầu ({start}). Hãy sửa lại.",
    "completed_before_assigned": "Ngày hoàn thành {completed} sớm hơn ngày giao nhiệm vụ {assigned}. Hãy kiểm tra lại.",
    "duplicate_agency": "Đã có cơ quan «{existing}» trùng với «{value}». Hãy dùng cơ quan đã có.",
    "duplicate_person": "Đã có người tên «{existing}» trùng với «{value}» trong cùng cơ quan. Hãy dùng người đã có, hoặc ghi rõ cơ quan khác.",
    "duplicate_committee": "Đã có ban «{existing}» trùng với «{value}».",
    "duplicate_member": "«{person}» đã là thành viên của ban này trong thời gian đó (từ {start}). Hãy sửa thành viên đã có thay vì thêm lần nữa.",
    "change_not_after_start": "Ngày thay đổi ({effective}) phải sau ngày bắt đầu ({start}) của chức danh «{role}». Nếu chức danh đó nhập nhầm, hãy sửa trực tiếp thay vì đổi chức danh.",
    "membership_ended": "Chức danh «{role}» của «{person}» đã kết thúc ngày {end}. Hãy thêm «{person}» vào ban như một thành viên mới.",
    "not_found": "Không tìm thấy {kind} số {id}. Có thể đã bị xóa; hãy tải lại danh sách.",
    "referenced": "Không thể xóa {kind} «{name}» vì còn {holders}. Hãy chuyển hoặc xóa những mục đó trước, hoặc chọn «Ngừng hoạt động».",
    "merge_into_self": "Không thể gộp một cơ quan vào chính nó. Hãy chọn cơ quan khác.",
    "inactive": "{kind} «{name}» đã ngừng hoạt động. Hãy chọn mục khác.",
    "committee_cycle": "Không thể đặt ban «{name}» trực thuộc chính nó hoặc ban con của nó.",
    "meeting_finalised": "Cuộc họp «{title}» đã được chốt biên bản nên không thể sửa. Hãy mở lại cuộc họp (ghi rõ lý do) nếu thật sự cần sửa.",
    "bad_status_change": "Không thể chuyển cuộc họp từ «{old}» sang «{new}».",
    "reason_required": "Hãy ghi lý do mở lại cuộc họp đã chốt.",
    "document_not_held": "Cuộc họp chưa diễn ra (còn ở trạng thái «Dự kiến») nên chưa có {kind} chính thức: chưa ai được điểm danh, chưa có diễn biến. Hãy chuyển cuộc họp sang «Đã họp» trước, hoặc chọn ghi bản dự thảo.",
    "document_no_conclusion": "Cuộc họp chưa có kết luận hay nhiệm vụ nào nên {kind} sẽ không có nội dung. Hãy ghi kết luận trước, hoặc chọn ghi bản dự thảo.",
    "invitation_after_meeting": "{field} ({date}) muộn hơn ngày họp ({meeting_date}). Giấy mời phải ban hành trước cuộc họp; hãy chọn ngày sớm hơn.",
    "database_readonly": "Tệp dữ liệu «{path}» chỉ đọc (hoặc không có quyền ghi) nên không thể lấy số văn bản. Chưa ghi tệp nào. Hãy mở tệp dữ liệu có quyền ghi rồi thử lại.",
    "number_taken": "Số {number} đã được dùng cho văn bản khác trong sổ {series}. Hãy chọn số khác.",
    "wrong_meeting": "{kind} không thuộc cuộc họp này.",
    "lead_required": "Nhiệm vụ cần có cơ quan hoặc người chủ trì.",
    "invalid_number": "{field} phải là một số nguyên dương (đã nhập «{value}»).",
    "out_of_range": "{field} phải từ {low} đến {high} (đã nhập «{value}»).",
    "conclusion_depth": "Kết luận chỉ có hai cấp: điểm 1., 2. và ý a), b). Không thể đặt một ý vào trong ý con, hay đưa một điểm còn ý con vào điểm khác.",
    "deadline_before_assigned": "Thời hạn {deadline} sớm hơn ngày giao nhiệm vụ {assigned}. Hãy kiểm tra lại thời hạn.",
    "completed_in_future": "Ngày hoàn thành {completed} chưa tới (hôm nay là {today}). Hãy kiểm tra lại ngày, tháng, năm.",
    "deadline_not_later": "Thời hạn mới {new} không muộn hơn thời hạn đang có {old}. Gia hạn phải lùi thời hạn; nếu chỉ nhập nhầm, hãy sửa nhiệm vụ.",
    "task_completed": "Nhiệm vụ đã hoàn thành ngày {completed}. Hãy mở lại nhiệm vụ trước khi gia hạn.",
    "meeting_has_tasks": "Cuộc họp «{title}» còn {holders}. Xóa cuộc họp sẽ xóa luôn các nhiệm vụ đó cùng tình hình thực hiện; số văn bản đã lấy vẫn được giữ trong sổ. Hãy xác nhận nếu thật sự muốn xóa.",
    "split_parts": "Hãy nhập ít nhất hai phần nội dung để tách nhiệm vụ.",
    "database_in_use": "Tệp dữ liệu «{path}» đang được mở bởi một cửa sổ khác của chương trình ({owner}). Hãy dùng cửa sổ đó, hoặc đóng nó rồi mở lại.",
    "database_too_new": "Tệp dữ liệu «{path}» được tạo bởi phiên bản mới hơn của chương trình. Hãy cài phiên bản mới nhất rồi mở lại.",
    "not_a_database": "Tệp «{path}» không phải là tệp dữ liệu của chương trình, hoặc đã bị hỏng. Hãy chọn tệp khác hoặc khôi phục từ bản sao lưu.",
    # A shared database on a PostgreSQL server (core.db.open_url).
    "server_unreachable": "Không kết nối được máy chủ dữ liệu «{server}» ({reason}). Hãy kiểm tra tên máy, cổng và mạng, và hỏi người quản trị máy chủ có đang chạy không.",
    "server_login_failed": "Máy chủ dữ liệu «{server}» không nhận tên đăng nhập «{user}» với mật khẩu đã nhập. Hãy kiểm tra lại tên đăng nhập và mật khẩu.",
    "server_database_missing": "Máy chủ dữ liệu «{server}» không có cơ sở dữ liệu «{database}». Hãy kiểm tra lại tên, hoặc nhờ người quản trị tạo cơ sở dữ liệu đó.",
    "server_too_old": "Máy chủ dữ liệu «{server}» chạy PostgreSQL {version}; chương trình cần PostgreSQL {needed} trở lên. Hãy nhờ người quản trị nâng cấp máy chủ.",
    "server_schema_too_new": "Cơ sở dữ liệu «{database}» trên máy chủ «{server}» đã được một phiên bản mới hơn của chương trình nâng cấp. Hãy cài phiên bản mới nhất rồi mở lại.",
    "server_not_ours": "Cơ sở dữ liệu «{database}» trên máy chủ «{server}» đang chứa bảng của chương trình khác. Hãy chọn một cơ sở dữ liệu trống hoặc của chương trình này.",
    "server_bad_url": "Địa chỉ máy chủ dữ liệu «{url}» không đúng dạng postgresql://tên@máy:cổng/cơ_sở_dữ_liệu.",
    "copy_target_not_empty": "Nơi nhận «{target}» đã có dữ liệu (bảng {table}: {rows} dòng). Chỉ chép vào một cơ sở dữ liệu trống để không trộn hai bộ dữ liệu; hãy tạo một cơ sở dữ liệu mới rồi thử lại.",
    "copy_mismatch": "Bản chép không khớp với bản gốc ở bảng {table} ({detail}). Chưa ghi gì vào nơi nhận; hãy thử lại, và báo cho bộ phận hỗ trợ nếu vẫn lỗi.",
    "copy_wrong_way": "Lệnh {command} chép từ {source} (--db) sang {target} (--to). Hãy kiểm tra lại hai địa chỉ.",
    "edit_conflict": "{kind} đã được {who} sửa lúc {when}, sau khi bạn mở ra. Bản bạn vừa nhập chưa được ghi và vẫn còn nguyên; hãy chọn giữ bản của mình hay lấy bản kia.",
    "file_exists": "Tệp «{path}» đã có. Hãy chọn tên khác; chương trình không ghi đè tệp đã có.",
    "file_missing": "Không tìm thấy tệp «{path}». Hãy kiểm tra lại đường dẫn.",
    "file_locked": "Tệp «{path}» đang được mở trong chương trình khác (Word, Excel…). Hãy đóng tệp đó rồi thử lại.",
    "folder_missing": "Thư mục «{path}» không tồn tại. Hãy chọn thư mục khác.",
    "folder_readonly": "Không có quyền ghi vào thư mục «{path}» (thư mục chỉ đọc hoặc không có quyền). Hãy chọn thư mục khác.",
    "disk_full": "Ổ đĩa đã đầy, không ghi được «{path}». Hãy giải phóng dung lượng rồi thử lại.",
    # The machine's problems (machine_problem below): said as what they are, never as a damaged file.
    "file_readonly": "Tệp «{path}» chỉ cho phép đọc (hoặc không có quyền ghi), nên không ghi được thay đổi. Hãy bỏ thuộc tính chỉ đọc của tệp, hoặc chép tệp sang thư mục khác rồi mở lại.",
    "no_read_permission": "Không có quyền đọc «{path}». Hãy nhờ người quản trị máy cấp quyền, hoặc chép tệp sang thư mục của mình.",
    "path_too_long": "Đường dẫn quá dài: «{path}». Hãy chọn thư mục nằm gần gốc ổ đĩa hơn, hoặc đặt tên ngắn hơn.",
    "name_too_long": "Đường dẫn quá dài: tên «{name}» dài quá 255 byte. Hãy đặt tên tệp hoặc thư mục ngắn hơn.",
    "path_is_folder": "«{path}» là một thư mục, không phải một tệp. Hãy chọn hoặc đặt tên một tệp.",
    "not_a_regular_file": "«{path}» không phải là một tệp thông thường (đó là một thiết bị hoặc tệp đặc biệt của hệ thống). Hãy chọn một tệp dữ liệu.",
    "disk_io": "Không đọc ghi được ổ đĩa chứa «{path}» (ổ đĩa bị rút ra, lỗi hoặc ổ mạng bị ngắt). Hãy kiểm tra ổ đĩa (cắm lại, kết nối lại) rồi thử lại: lỗi này do ổ đĩa, tệp dữ liệu không hẳn đã hỏng.",
    "cannot_open": "Không mở được «{path}» ({reason}). Hãy kiểm tra lại đường dẫn và quyền truy cập.",
    "backup_onto_itself": "Không thể sao lưu vào chính tệp dữ liệu đang dùng («{path}»): bản sao sẽ ghi đè và làm hỏng dữ liệu. Hãy chọn tên tệp hoặc thư mục khác.",
    "restore_onto_itself": "Tệp «{path}» chính là tệp dữ liệu đang dùng, không phải một bản sao lưu. Hãy chọn một bản sao lưu khác.",
    "backup_too_new": "Bản sao lưu «{path}» được tạo bởi phiên bản mới hơn của chương trình nên không khôi phục được. Hãy cài phiên bản mới nhất rồi khôi phục lại. Dữ liệu hiện tại chưa bị thay đổi.",
    # Excel files the user picks (core.excel.safe_open): the file, not the program, is at fault.
    "excel_old_format": "Tệp «{path}» là định dạng Excel cũ (.xls). Hãy mở bằng Excel và lưu lại thành .xlsx.",
    "excel_encrypted": "Tệp «{path}» có mật khẩu nên chương trình không đọc được. Hãy mở bằng Excel, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc > Mã hóa bằng mật khẩu, xóa trống) rồi lưu lại.",
    "excel_corrupt": "Tệp «{path}» bị hỏng hoặc không đọc được. Hãy mở bằng Excel, lưu lại thành một tệp .xlsx mới rồi thử lại.",
    "excel_not_excel": "Tệp «{path}» không phải là tệp Excel ({kind}). Hãy chọn đúng tệp Excel (.xlsx).",
    "excel_other_format": "Tệp «{path}» là {kind}; chương trình chỉ đọc được tệp .xlsx. Hãy mở bằng Excel hoặc LibreOffice và lưu lại thành .xlsx.",
    "excel_too_large": "Tệp «{path}» quá lớn (hơn {limit} MB khi giải nén). Hãy chép riêng phần cần nhập sang một tệp mới.",
    "excel_too_many_strings": "Tệp «{path}» chứa quá nhiều đoạn chữ khác nhau (hơn {limit}): đây không phải một bảng biểu mẫu bình thường, chương trình không đọc để tránh treo máy. Hãy mở bằng Excel, chép riêng phần cần nhập sang một tệp mới.",
    "excel_too_many_rows": "Trang «{sheet}» của tệp «{path}» có hơn {limit} dòng dữ liệu; chương trình dừng đọc ở dòng {row}. Hãy tách thành nhiều tệp nhỏ hơn.",
    "excel_no_sheet": "Tệp «{path}» không có trang «{sheet}». Hãy chọn trang khác.",
    "excel_no_header": "Không tìm thấy dòng tiêu đề cột (có cột «{needed}») trong {limit} dòng đầu của trang «{sheet}», tệp «{path}». Hãy thêm dòng tiêu đề hoặc chọn cột bằng tay.",
    "seed_missing": "Không tìm thấy các bài báo mẫu trong «{path}».",
    # Committing what the user accepted from imported workbooks (core.services.imports).
    "import_task_missing": "Không tìm thấy nhiệm vụ «{code}» ({where}): có thể vừa bị xóa. Chưa ghi thay đổi nào; hãy đọc lại các tệp.",
    "import_changed_since_preview": "Nhiệm vụ «{code}» ({where}) vừa được sửa ở đây sau khi xem trước. Chưa ghi thay đổi nào; hãy đọc lại các tệp rồi xem lại.",
    "import_changed_since_export": "Nhiệm vụ «{code}» ({where}) đã được sửa ở đây sau khi gửi bảng cho cơ quan. Chưa ghi thay đổi nào; hãy xem lại, và chỉ chọn nhận thay đổi này nếu chắc chắn.",
    "import_not_acceptable": "Không thể nhận thay đổi của nhiệm vụ «{code}» ({where}): {reason} Chưa ghi thay đổi nào; hãy bỏ chọn dòng này.",
    "import_row_invalid": "Nhiệm vụ «{code}» ({where}): {reason} Chưa ghi thay đổi nào.",
    "import_rows_have_errors": "Các dòng {rows} còn lỗi nên chưa nhập dòng nào. Hãy sửa tệp, hoặc bỏ chọn các dòng đó.",
    "import_register_row": "Dòng {row}: {reason} Chưa nhập dòng nào.",
    "import_nothing_chosen": "Chưa chọn dòng nào để nhập.",
    "export_nothing": "Không có nhiệm vụ nào để xuất với lựa chọn hiện tại. Hãy bỏ bớt điều kiện lọc.",
    # Between meetings: reminder letters, meeting materials, PDF copies, the calendar.
    "reminders_nothing": "Không có nhiệm vụ nào cần đôn đốc của {committee} với lựa chọn hiện tại (tính đến ngày {as_of}). Chưa ghi công văn nào.",
    "material_type": "Tệp «{name}» không nhận làm tài liệu họp: chỉ nhận {allowed}.",
    "material_too_large": "Tệp «{name}» ({size} MB) lớn hơn mức cho phép {limit} MB cho một tài liệu. Hãy nén hoặc tách tệp.",
    "materials_over_limit": "Tài liệu của cuộc họp sẽ vượt {limit} MB (đã có {used} MB). Hãy bớt tài liệu hoặc nén tệp.",
    "materials_none": "Cuộc họp chưa có tài liệu nào để đóng gói. Hãy thêm tài liệu trước.",
    "material_empty": "Tệp «{name}» rỗng (0 byte). Hãy chọn đúng tệp.",
    "pdf_no_converter": "Máy này chưa có Microsoft Word hay LibreOffice nên không lưu được bản PDF. Bản Word (.docx) vẫn được ghi đầy đủ.",
    "pdf_failed": "Không chuyển được «{path}» sang PDF ({reason}). Bản Word (.docx) vẫn được ghi đầy đủ.",
    "plan_not_planned": "Dòng kế hoạch ngày {date} đã thành cuộc họp rồi.",
    "unexpected": "Đã xảy ra lỗi không mong muốn. Dữ liệu đã nhập vẫn được giữ lại.",
    # Parts of sentences.
    "time_on_day": "{time} ngày {day}",
    "someone_else": "người khác",
    "from_the_start": "đầu",
    "where_file": "tệp «{name}»",
    "where_file_row": "tệp «{name}», dòng {row}",
    "where_file_sheet_row": "tệp «{name}», trang «{sheet}», dòng {row}",
    "copy_row_counts": "{source} dòng ở bản gốc, {copy} dòng ở bản chép",
    "copy_content_differs": "nội dung khác nhau",
    "pdf_no_answer": "{converter} không trả lời",
    "pdf_no_output": "{converter} không ghi ra tệp PDF",
    "demo_summary": "{committees} ban, {people} người, {meetings} cuộc họp, {opinions} ý kiến, {tasks} nhiệm vụ",
    "where_file_sheet": "{name}, trang «{sheet}»",
    # The command line's own lines (core.cli, core.cli_excel, core.cli_between).
    "cli_usage": "Lỗi: câu lệnh chưa đúng ({detail}). Xem: python main.py --help",
    "cli_error": "Lỗi: {problem}",
    "cli_warning": "Cảnh báo: {warning}",
    "cli_unexpected_logged": "Lỗi không mong muốn: chương trình đã ghi chi tiết vào nhật ký {path}. Dữ liệu đã có không bị thay đổi.",
    "cli_unexpected_unlogged": "Lỗi không mong muốn (không ghi được nhật ký). Dữ liệu đã có không bị thay đổi.",
    "cli_demo_made": "Đã tạo dữ liệu mẫu: {path} ({summary})",
    "cli_backed_up": "Đã sao lưu {source} vào {path} ({size} byte)",
    "cli_copy_table": "{table}: {rows} dòng",
    "cli_copied": "Đã chép {rows} dòng của {tables} bảng sang {target} trong {seconds} giây; số dòng và tổng kiểm tra của từng bảng khớp.",
    "cli_number_kept": "Số {number} đã được giữ cho văn bản này từ lần ghi trước chưa xong ({path}); dùng lại số này.",
    "cli_document_written": "Đã ghi {path} (số {number}/{doc_type}, sổ {series})",
    "cli_report_written": "Đã ghi báo cáo vào {path}: giao {assigned}, đến hạn {due}, hoàn thành đúng hạn {done_on_time}, hoàn thành quá hạn {done_late}, quá hạn chưa hoàn thành {overdue}, tỷ lệ hoàn thành {rate}.",
    "cli_reminders_written": "Đã ghi {letters} công văn đôn đốc (số {first} đến {last}, {tasks} nhiệm vụ) vào {folder}",
    "cli_pdfs_written": "Đã lưu thêm {count} bản PDF",
    "cli_plan_written": "Đã ghi {count} cuộc họp dự kiến vào {path}",
    "cli_tasks_exported": "Đã xuất {count} nhiệm vụ vào {path}",
    "cli_empty": "(trống)",
    "cli_no_file_read": "Lỗi: Không đọc được tệp nào trong {files} tệp đã chọn (xem các dòng «Cần xem lại» ở trên). Chưa ghi gì vào dữ liệu.",
    "cli_progress_written": "Đã ghi: {tasks} nhiệm vụ ({reports} báo cáo tình hình mới, {completed} ngày hoàn thành); {known} đã có từ trước; bỏ qua {skipped} chỗ cần xem lại.",
    "cli_preview_dry_run": "Xem trước (chưa ghi gì): {files} tệp, {changes} nhiệm vụ thay đổi, {unchanged} không đổi, {conflicts} chỗ cần xem lại.",
    "cli_preview_read": "Đọc được: {files} tệp, {changes} nhiệm vụ thay đổi, {unchanged} không đổi, {conflicts} chỗ cần xem lại.",
    "cli_progress_change": "tình hình: «{old}» → «{new}»",
    "cli_completed_change": "ngày hoàn thành: {old} → {new}",
    "cli_status_change": "trạng thái: {old} → {new}",
    "cli_change": "{code} ({file}, dòng {row}): {parts}",
    "cli_conflict": "Cần xem lại ({where}): {problem}",
    "cli_legacy_cell": "Bảng mã cũ ({file}, ô {cell}): «{text}»",
    "cli_legacy_converted": "Bảng mã cũ ({file}, ô {cell}): «{text}» → «{converted}»",
    "cli_note": "Lưu ý: {note}",
    "present_of": "Có mặt {present}/{total}",
    # What still holds a record (a refused delete, a merge): counted, so said with plural forms.
    "holds_tasks": "%n nhiệm vụ",
    "holds_numbered_documents": "%n văn bản đã lấy số",
    "holds_lead_tasks": "%n nhiệm vụ chủ trì",
    "holds_coordinated_tasks": "%n nhiệm vụ phối hợp",
    "holds_agency_people": "%n người thuộc cơ quan",
    "holds_attendances": "%n lượt dự họp",
    "holds_agency_agenda_items": "%n nội dung họp do cơ quan trình bày",
    "holds_merged_agencies": "%n cơ quan đã gộp vào",
    "holds_meetings": "%n cuộc họp",
    "holds_memberships": "%n lượt thành viên",
    "holds_sub_committees": "%n ban trực thuộc",
    "holds_issued_documents": "%n văn bản đã cấp số",
    "holds_person_memberships": "%n lượt là thành viên ban",
    "holds_chaired_meetings": "%n cuộc họp do người này chủ trì",
    "holds_minuted_meetings": "%n cuộc họp do người này làm thư ký",
    "holds_opinions": "%n ý kiến phát biểu",
    "holds_person_agenda_items": "%n nội dung họp do người này trình bày",
    "holds_person_tasks": "%n nhiệm vụ do người này chủ trì",
    "holds_default_signer": "%n ban chọn người này ký mặc định",
    # Warnings on opening a data file (core.db).
    "network_drive": "Tệp dữ liệu đang nằm trên ổ mạng. SQLite không an toàn trên ổ mạng: dữ liệu có thể hỏng nếu hai máy cùng mở. Hãy chép tệp về ổ đĩa của máy này.",
    "daily_backup_failed": "Không tạo được bản sao lưu hằng ngày: {reason}",
    # Reading the progress forms agencies send back (core.excel.progress_import).
    "at_row": "Dòng {row}: {problem}",
    "progress_no_export_time": "Tệp «{name}» không ghi thời điểm xuất bảng: không kiểm tra được nhiệm vụ nào đã được sửa ở đây sau khi gửi đi.",
    "progress_not_a_form": "Tệp «{name}» không có cột «{column}»: đây không phải bảng nhiệm vụ do chương trình xuất ra (hoặc cột mã đã bị xóa), nên không ghép được với nhiệm vụ nào.",
    "progress_no_code": "có nội dung cập nhật nhưng không có mã nhiệm vụ (dòng thêm mới?), nên không biết thuộc nhiệm vụ nào.",
    "progress_unknown_code": "mã nhiệm vụ «{code}» không có trong dữ liệu (nhiệm vụ đã bị xóa, hoặc bảng của ban khác).",
    "progress_duplicate": "nhiệm vụ «{code}» đã có trong tệp «{file}», trang «{sheet}», dòng {first_row}; chỉ lấy lần đầu.",
    "progress_bad_date": "ô «Ngày hoàn thành» ({value}) không phải là ngày. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 15/03/2026.",
    "progress_legacy_encoding": "ô «Tình hình thực hiện» có vẻ gõ bằng bảng mã {encoding} cũ. Hãy chuyển sang Unicode (Unikey: Công cụ chuyển mã) rồi gửi lại.",
    "progress_future_date": "ngày hoàn thành {completed} sau ngày hôm nay ({today}).",
    "progress_before_assigned": "ngày hoàn thành {completed} sớm hơn ngày giao nhiệm vụ {assigned}. Hãy kiểm tra lại ngày, tháng, năm.",
    "progress_too_long": "ô «Tình hình thực hiện» dài {length} ký tự, quá giới hạn {limit} ký tự. Hãy rút gọn rồi gửi lại.",
    "progress_bad_status": "trạng thái «{status}» không có trong danh sách.",
    "progress_status_without_date": "ghi «{status}» nhưng chưa có ngày hoàn thành. Hãy nhập ngày hoàn thành.",
    "progress_changed_since_export": "nhiệm vụ «{code}» đã được sửa ở đây lúc {changed}, sau khi gửi bảng cho cơ quan ({exported}). Hãy xem lại trước khi nhận.",
    # Reading a list of members or agencies (core.excel.register_import).
    "register_legacy_converted": "ô {cell} gõ bằng bảng mã {encoding} cũ, đã chuyển thành «{converted}».",
    "register_legacy_encoding": "ô {cell} có vẻ gõ bằng bảng mã {encoding} cũ. Hãy chuyển sang Unicode (Unikey: Công cụ chuyển mã) rồi nhập lại.",
    "register_too_long": "{field} dài quá {limit} ký tự.",
    "register_repeated": "«{name}» trùng với dòng {first} trong tệp.",
    "register_exists": "đã có «{name}» trong dữ liệu.",
    "register_no_name": "chưa có họ và tên.",
    "register_bad_email": "email «{email}» không đúng dạng (ví dụ ten@coquan.gov.vn).",
    "register_phone_zero": "số điện thoại {digits} được ghi thành 0{digits} (Excel đã bỏ số 0 ở đầu).",
    "register_phone_is_date": "ô Điện thoại chứa một ngày, không phải số điện thoại.",
    "register_odd_phone": "số điện thoại «{phone}» có vẻ chưa đúng.",
    "register_no_agency_name": "chưa có tên cơ quan.",
}

# The words of the program that go into messages as values (labels of fields, kinds of
# record, states): the translation tool takes them from here (context CoreValues).
WORDS: tuple[str, ...] = (
    "Ngày bắt đầu", "Ngày kết thúc", "Đuôi tệp văn bản", "Định dạng tệp báo cáo",
    "Ngày tính (--as-of)", "ngày tính (--as-of)", "Số ngày (--due-within)", "Thời hạn", "cuộc họp",
    "cơ quan", "Họ và tên", "Họ", "Tên", "Chức vụ", "Cơ quan", "Vai trò", "Điện thoại",
    "Tên cơ quan", "Tên viết tắt", "bảng tính XML 2003", "trang web (HTML)", "tệp PDF",
    "không rõ định dạng", "tệp Word .doc", "tệp PowerPoint .ppt", "sổ Excel nhị phân (.xlsb)",
    "bảng tính LibreOffice (.ods)", "tệp Word .docx", "tệp PowerPoint .pptx", "tệp nén .zip",
    "Ngày họp dự kiến", "ngày họp dự kiến", "loại cuộc họp", "Loại cuộc họp", "dòng kế hoạch",
    "Tên ban", "Thể thức văn bản", "Đánh số lại", "Nơi nhận", "Ban cấp trên", "Người",
    "Cơ quan cấp trên", "Cơ quan ban hành", "Địa danh", "Cơ quan thường trực", "Nhiệm kỳ",
    "Số văn bản", "Ngày giấy mời", "Loại văn bản", "Biên bản", "Thông báo kết luận", "Giấy mời",
    "Nội dung họp", "tài liệu", "Người trình bày", "Thời gian dự kiến (phút)", "Tình trạng dự họp",
    "Lý do vắng", "Người dự thay", "Chức vụ người dự thay", "Dự kiến", "Đã họp", "Đã chốt biên bản",
    "Được mời", "Có mặt", "Vắng mặt", "Dự thay", "Nội dung kết luận", "Người phát biểu",
    "Nội dung ý kiến", "Thời lượng (giây)", "Ý kiến", "Tình trạng cuộc họp", "Lý do",
    "Thời gian bắt đầu", "Thời gian kết thúc", "Tên cuộc họp", "Địa điểm", "Số phiên họp",
    "Ghi chú", "Thông tin cuộc họp", "Chức danh trong ban", "Thành viên", "Ngày thay đổi",
    "thành viên", "Ngày xem", "người", "Tình hình thực hiện", "Số công văn đầu tiên", "Số công văn",
    "Nơi nhận mặc định", "Dòng thẩm quyền ký", "Thư mục sao lưu", "Số bản sao lưu giữ lại",
    "Ngày giao", "Ngày báo cáo", "Người báo cáo", "Tệp nguồn", "Ngày hoàn thành", "Lý do gia hạn",
    "Ngày gia hạn", "Nội dung nhiệm vụ", "Nhiệm vụ", "Điểm kết luận", "Thư điện tử", "người dự họp",
    "ý kiến", "nhiệm vụ", "điểm kết luận", "nội dung họp", "ban", "biên bản", "thông báo kết luận",
)
