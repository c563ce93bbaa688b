"""The errors a user can cause or meet, each with a code and the values that explain it.

The GUI and the command line turn them into a message with :func:`message`; anything that is
not an :class:`AppError` is a bug and is logged with its traceback.
"""
from __future__ import annotations

import contextlib
import errno
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# One sentence per code, in Vietnamese (the language of the users and of the documents).
# Values are filled in with str.format; keep placeholder names in step with the raising code.
MESSAGES_VI: dict[str, str] = {
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
    "server_no_permission": "Tên đăng nhập «{user}» chưa được cấp quyền dùng cơ sở dữ liệu «{database}» trên máy chủ «{server}». Hãy nhờ người quản trị máy chủ cấp quyền.",
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
    "excel_no_header": "Không tìm thấy dòng tiêu đề cột (có cột {needed}) trong {limit} dòng đầu của trang «{sheet}», tệp «{path}». Hãy thêm dòng tiêu đề hoặc chọn cột bằng tay.",
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
}


class AppError(Exception):
    """A problem the user can understand and fix. ``code`` picks the sentence, ``values`` fill it."""

    code = "error"

    def __init__(self, code: str | None = None, /, **values: Any) -> None:
        if code is not None:
            self.code = code
        self.values = values
        super().__init__(self.message())

    def message(self) -> str:
        template = MESSAGES_VI.get(self.code)
        if template is None:
            return f"{self.code}: {self.values}"
        try:
            return template.format(**self.values)
        except (KeyError, IndexError):
            return f"{template} {self.values}"


class ValidationError(AppError):
    """What the user typed cannot be stored as it is. ``field`` names the input at fault."""

    code = "invalid"

    @property
    def field(self) -> str | None:
        return self.values.get("field_name")


class DuplicateError(ValidationError):
    """The same thing is already recorded (after NFC and tone folding)."""


class NotFoundError(AppError):
    code = "not_found"


class ReferencedError(AppError):
    """Deleting would break what points to it; ``holders`` says what holds it."""

    code = "referenced"


class ConflictError(AppError):
    """The change does not fit the current state (a finalised meeting, a wrong status step)."""


class EditConflict(ConflictError):
    """Someone else saved the same record after this user opened it. ``mine`` is what this user
    typed (not saved), ``theirs`` what is stored now, ``who`` and ``when`` the other save;
    ``version`` is the stored version, to save over it once the user has chosen."""

    code = "edit_conflict"

    @property
    def mine(self) -> str:
        return self.values.get("mine", "")

    @property
    def theirs(self) -> str:
        return self.values.get("theirs", "")

    @property
    def version(self) -> int:
        return self.values.get("version", 0)


class EnvironmentProblem(AppError):
    """The machine's fault, not the user's input: a locked file, a full disk, a read-only folder."""


class FileFormatError(AppError):
    """A file the user picked cannot be read as it is: old format, password, damaged, too big."""


class DatabaseInUseError(EnvironmentProblem):
    code = "database_in_use"


# -- the machine's problems, from OSError errnos and SQLite result codes, in one place ----------
_SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN = 8, 10, 11, 13, 14
_SQLITE_PERM, _SQLITE_NOTADB = 3, 26
_WINERROR = {112: "disk_full", 39: "disk_full", 206: "path_too_long", 5: "folder_readonly",
             19: "folder_readonly", 32: "file_locked", 33: "file_locked", 3: "folder_missing",
             267: "path_is_folder"}


def path_problem(path: str | os.PathLike | None, *, writing: bool = True) -> EnvironmentProblem | None:
    """What is wrong with ``path`` itself, found without opening it: a name over 255 bytes, a
    folder where a file is wanted, a device, a missing or read-only folder. None if nothing."""
    if path is None:
        return None
    text = os.fspath(path)
    for part in Path(text).parts:
        if len(part.encode("utf-8", "surrogatepass")) > 255:
            return EnvironmentProblem("name_too_long", path=text, name=part[:40] + "…")
    limit = 259 if sys.platform == "win32" else 4095
    if len(text.encode("utf-8", "surrogatepass")) > limit:
        return EnvironmentProblem("path_too_long", path=text)
    target = Path(text)
    try:
        if target.is_dir():
            return EnvironmentProblem("path_is_folder", path=text)
        if target.exists():
            if not target.is_file():
                return EnvironmentProblem("not_a_regular_file", path=text)
            if not os.access(target, os.R_OK):
                return EnvironmentProblem("no_read_permission", path=text)
            if writing and not os.access(target, os.W_OK):
                return EnvironmentProblem("file_readonly", path=text)
            return None
        folder = target.parent
        if not folder.is_dir():
            return EnvironmentProblem("folder_missing", path=str(folder))
        if writing and not os.access(folder, os.W_OK):
            return EnvironmentProblem("folder_readonly", path=str(folder))
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:
            return EnvironmentProblem("path_too_long", path=text)
        return None
    return None


def _nearly_full(path: str, room: int = 4 * 1024 * 1024) -> bool:
    folder = Path(path)
    while not folder.is_dir() and folder != folder.parent:
        folder = folder.parent
    try:
        import shutil

        return shutil.disk_usage(folder).free < room
    except OSError:
        return False


def _errno_problem(exc: OSError, text: str) -> EnvironmentProblem | None:
    number = exc.errno
    winerror = getattr(exc, "winerror", None)
    where = exc.filename if isinstance(exc.filename, str) else text
    code = _WINERROR.get(winerror) if winerror is not None else None
    if code is None:
        code = {
            errno.ENOSPC: "disk_full", getattr(errno, "EDQUOT", errno.ENOSPC): "disk_full",
            errno.EFBIG: "disk_full", errno.ENAMETOOLONG: "path_too_long",
            errno.EISDIR: "path_is_folder", errno.EIO: "disk_io", errno.EROFS: "folder_readonly",
            errno.EACCES: "folder_readonly", errno.EPERM: "folder_readonly",
            errno.ENOENT: "folder_missing", errno.ENOTDIR: "folder_missing",
            errno.ENXIO: "not_a_regular_file", errno.ENODEV: "not_a_regular_file",
            errno.EBUSY: "file_locked", errno.ETXTBSY: "file_locked",
        }.get(number)
    if code is None:
        return None
    if code == "disk_io" and where and _nearly_full(where):
        code = "disk_full"
    if code in ("folder_readonly", "folder_missing"):
        # Say which: the file itself, or the folder it is in.
        found = path_problem(where) if where else None
        if found is not None:
            return found
        if code == "folder_readonly" and where and Path(where).exists():
            code = "file_readonly" if Path(where).is_file() else code
        elif where:
            where = str(Path(where).parent) if not Path(where).is_dir() else where
    if code == "path_too_long" and where:
        found = path_problem(where)
        if found is not None and found.code in ("name_too_long", "path_too_long"):
            return found
    return EnvironmentProblem(code, path=where or "?")


def _sqlite_problem(exc: BaseException, text: str) -> EnvironmentProblem | None:
    primary = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    words = str(exc).lower()
    if primary == _SQLITE_FULL or "database or disk is full" in words:
        return EnvironmentProblem("disk_full", path=text)
    if primary == _SQLITE_IOERR or "disk i/o error" in words:
        if text and _nearly_full(text):  # SQLite says "I/O error" when -wal/-shm find no room
            return EnvironmentProblem("disk_full", path=text)
        found = path_problem(text) if text else None
        return found or EnvironmentProblem("disk_io", path=text)
    if primary in (_SQLITE_READONLY, _SQLITE_PERM) or "readonly database" in words:
        found = path_problem(text) if text else None
        return found or EnvironmentProblem("file_readonly", path=text)
    if primary == _SQLITE_CANTOPEN or "unable to open database" in words:
        found = path_problem(text) if text else None
        return found or EnvironmentProblem("cannot_open", path=text, reason=str(exc))
    return None


def machine_problem(exc: BaseException, path: str | os.PathLike | None = None
                    ) -> EnvironmentProblem | None:
    """The machine's problem behind ``exc`` (an OSError, a sqlite3 error, or SQLAlchemy's
    wrapper of one, anywhere in its chain), as an EnvironmentProblem; None when it is none.

    The one place where a full disk, a read-only file or folder, a path too long, a folder
    given as a file or a failing disk is recognised, for the command line and the window alike.
    """
    text = os.fspath(path) if path is not None else ""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, EnvironmentProblem):
            return current
        if isinstance(current, OSError):
            found = _errno_problem(current, text)
            if found is not None:
                return found
        orig = getattr(current, "orig", None)  # sqlalchemy.exc.DBAPIError
        for candidate in (orig, current):
            if candidate is not None and type(candidate).__module__.startswith("sqlite3"):
                found = _sqlite_problem(candidate, text)
                if found is not None:
                    return found
        current = current.__cause__ or current.__context__
    return None


@contextlib.contextmanager
def machine_problems(path: str | os.PathLike | None) -> Iterator[None]:
    """Inside: an error that is the machine's (see :func:`machine_problem`) leaves as its
    EnvironmentProblem, naming ``path`` when the error does not name a file itself."""
    try:
        yield
    except AppError:
        raise
    except Exception as exc:
        problem = machine_problem(exc, path)
        if problem is not None:
            raise problem from exc
        raise


# PostgreSQL's answers when the database may not be written: a read-only transaction (a standby
# server, or default_transaction_read_only), or a login without the right to write.
_SERVER_READ_ONLY = {"25006", "42501"}


def is_read_only(exc: BaseException) -> bool:
    """True when ``exc`` says the database may only be read: SQLite's read-only file or
    ``query_only``, or a server's read-only transaction or missing right to write."""
    orig = getattr(exc, "orig", None) or exc
    if getattr(orig, "sqlstate", None) in _SERVER_READ_ONLY:
        return True
    words = str(exc).lower()
    return "readonly" in words or "read-only" in words


def is_damaged_database(exc: BaseException) -> bool:
    """True for SQLite's "file is not a database" / "database disk image is malformed"."""
    orig = getattr(exc, "orig", None) or exc
    primary = (getattr(orig, "sqlite_errorcode", None) or 0) & 0xFF
    return primary in (_SQLITE_NOTADB, _SQLITE_CORRUPT)


def message(error: BaseException) -> str:
    """The sentence to show for an error: the user's own words for AppError, a generic one else."""
    if isinstance(error, AppError):
        return error.message()
    problem = machine_problem(error)
    if problem is not None:
        return problem.message()
    return "Đã xảy ra lỗi không mong muốn. Dữ liệu đã nhập vẫn được giữ lại."
