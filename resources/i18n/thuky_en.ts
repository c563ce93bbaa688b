<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="vi_VN">
<context>
    <name></name>
    <message>
        <location filename="../../gui/meeting/followup.py" line="56"/>
        <location filename="../../gui/meeting/meeting_list.py" line="48"/>
        <location filename="../../gui/pages/meetings.py" line="61"/>
        <source>Cuộc họp</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/followup.py" line="57"/>
        <location filename="../../gui/meeting/task_dialog.py" line="48"/>
        <location filename="../../gui/meeting/tasks_panel.py" line="32"/>
        <location filename="../../gui/pages/tasks.py" line="49"/>
        <source>Chủ trì</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/followup.py" line="58"/>
        <location filename="../../gui/meeting/task_dialog.py" line="52"/>
        <location filename="../../gui/meeting/tasks_panel.py" line="34"/>
        <location filename="../../gui/pages/tasks.py" line="51"/>
        <location filename="../../gui/tasks/filter_bar.py" line="163"/>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/followup.py" line="60"/>
        <location filename="../../gui/meeting/tasks_panel.py" line="35"/>
        <location filename="../../gui/tasks/task_dialog.py" line="52"/>
        <source>Nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/followup.py" line="62"/>
        <source>Nhiệm vụ chưa hoàn thành của các cuộc họp trước</source>
        <translation>Unfinished tasks from earlier meetings</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/followup.py" line="63"/>
        <source>Không còn nhiệm vụ nào đang mở từ các cuộc họp trước.</source>
        <translation>No open tasks left from earlier meetings.</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/followup.py" line="65"/>
        <source>Đưa vào chương trình họp</source>
        <translation>Put on the agenda</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/followup.py" line="66"/>
        <source>Thêm nội dung «Kiểm điểm việc thực hiện kết luận» với danh sách các nhiệm vụ này lên đầu chương trình</source>
        <translation>Add the item &quot;Review of the conclusions&apos; implementation&quot; with these tasks at the top of the agenda</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/meeting_list.py" line="46"/>
        <location filename="../../gui/tasks/task_dialog.py" line="76"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="60"/>
        <source>Lịch họp năm</source>
        <translation>Meetings of the year</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="63"/>
        <location filename="../../gui/exchange/reminders.py" line="50"/>
        <location filename="../../gui/meeting/meeting_list.py" line="47"/>
        <location filename="../../gui/meeting/new_meeting_dialog.py" line="48"/>
        <location filename="../../gui/pages/overview.py" line="59"/>
        <location filename="../../gui/tasks/filter_bar.py" line="183"/>
        <location filename="../../gui/tasks/report_dialog.py" line="47"/>
        <source>Ban</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="72"/>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="80"/>
        <source>Tháng {n}</source>
        <translation>Month {n}</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="82"/>
        <source>Cuộc họp tháng {n}</source>
        <translation>Meetings of month {n}</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="90"/>
        <source>ngày/tháng/năm</source>
        <translation>day/month/year</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="91"/>
        <source>Ngày họp dự kiến</source>
        <translation>Planned date</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="93"/>
        <source>Loại cuộc họp</source>
        <translation>Kind of meeting</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="95"/>
        <source>Nội dung chính, mỗi dòng một nội dung</source>
        <translation>Main contents, one per line</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="96"/>
        <source>Nội dung chính</source>
        <translation>Main contents</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="98"/>
        <source>Thêm vào kế hoạch</source>
        <translation>Add to the plan</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="101"/>
        <source>Kế hoạch họp trong năm</source>
        <translation>Meeting plan of the year</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="102"/>
        <source>Xóa dòng kế hoạch</source>
        <translation>Remove the plan line</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="104"/>
        <source>Tạo các cuộc họp dự kiến</source>
        <translation>Create the planned meetings</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="105"/>
        <source>Mỗi dòng kế hoạch chưa có cuộc họp thành một cuộc họp dự kiến, nội dung chính thành chương trình họp</source>
        <translation>Each plan line without a meeting becomes a planned meeting, its main contents the agenda</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="108"/>
        <source>Xuất lịch (.ics)…</source>
        <translation>Export the calendar (.ics)…</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="109"/>
        <source>Các cuộc họp dự kiến trong năm, để mở bằng Outlook hoặc điện thoại; xuất lại sẽ cập nhật, không nhân đôi</source>
        <translation>The year&apos;s planned meetings, for Outlook or a phone; exporting again updates them instead of adding copies</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="114"/>
        <source>Ngày:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="115"/>
        <source>Loại:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="117"/>
        <source>Kế hoạch họp</source>
        <translation>Meeting plan</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/meeting_list.py" line="49"/>
        <location filename="../../gui/tasks/task_dialog.py" line="77"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/meeting_list.py" line="54"/>
        <source>Danh sách cuộc họp</source>
        <translation>List of meetings</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/meeting_list.py" line="66"/>
        <source>Lọc theo ban</source>
        <translation>Filter by committee</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/meeting_list.py" line="68"/>
        <source>Lọc theo năm</source>
        <translation>Filter by year</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/meeting_list.py" line="70"/>
        <source>Lọc theo tình trạng</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/meeting_list.py" line="71"/>
        <source>Mọi tình trạng</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/meeting_list.py" line="75"/>
        <source>Tìm trong tên, ý kiến, kết luận (gõ không dấu cũng được)</source>
        <translation>Search titles, opinions, conclusions (diacritics optional)</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/meeting_list.py" line="79"/>
        <source>Cuộc họp &amp;mới… (Ctrl+N)</source>
        <translation>&amp;New meeting… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/meeting_list.py" line="80"/>
        <source>Mở (Enter)</source>
        <translation>Open (Enter)</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/meeting_list.py" line="81"/>
        <source>Tạo &amp;bản sao…</source>
        <translation>&amp;Copy…</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/meeting_list.py" line="76"/>
        <source>Tìm cuộc họp</source>
        <translation>Find a meeting</translation>
    </message>
    <message>
        <location filename="../../gui/pages/meetings.py" line="45"/>
        <source>Chưa có cuộc họp nào. Bạn có thể mở dữ liệu mẫu để xem thử.</source>
        <translation>No meetings yet. You can open the demo data to try the program.</translation>
    </message>
    <message>
        <location filename="../../gui/pages/meetings.py" line="46"/>
        <source>Mở dữ liệu mẫu</source>
        <translation>Open demo data</translation>
    </message>
    <message>
        <location filename="../../gui/pages/meetings.py" line="54"/>
        <source>Lịch họp năm…</source>
        <translation>Meetings of the year…</translation>
    </message>
    <message>
        <location filename="../../gui/pages/meetings.py" line="55"/>
        <source>Các cuộc họp trong năm theo tháng, kế hoạch họp, xuất lịch cho Outlook và điện thoại</source>
        <translation>The year&apos;s meetings by month, the meeting plan, a calendar for Outlook and phones</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/agenda_tab.py" line="45"/>
        <location filename="../../gui/meeting/opinions_tab.py" line="66"/>
        <source>TT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/agenda_tab.py" line="46"/>
        <source>Phút</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/agenda_tab.py" line="47"/>
        <source>Người / cơ quan trình bày</source>
        <translation>Presenter (person / agency)</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/agenda_tab.py" line="48"/>
        <location filename="../../gui/meeting/agenda_tab.py" line="65"/>
        <location filename="../../gui/meeting/opinions_tab.py" line="60"/>
        <location filename="../../gui/tasks/task_dialog.py" line="78"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/agenda_tab.py" line="50"/>
        <source>Chương trình họp</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/agenda_tab.py" line="53"/>
        <source>Nội dung mới: gõ rồi nhấn Enter</source>
        <translation>New item: type, then press Enter</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/agenda_tab.py" line="54"/>
        <source>Nội dung mới</source>
        <translation>New item</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/agenda_tab.py" line="55"/>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/agenda_tab.py" line="57"/>
        <location filename="../../gui/meeting/conclusion_tab.py" line="47"/>
        <location filename="../../gui/meeting/opinions_tab.py" line="84"/>
        <source>↑ Lên</source>
        <translation>↑ Up</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/agenda_tab.py" line="58"/>
        <source>Đưa nội dung lên trên (Alt+↑)</source>
        <translation>Move the item up (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/agenda_tab.py" line="59"/>
        <location filename="../../gui/meeting/conclusion_tab.py" line="49"/>
        <location filename="../../gui/meeting/opinions_tab.py" line="86"/>
        <source>↓ Xuống</source>
        <translation>↓ Down</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/agenda_tab.py" line="60"/>
        <source>Đưa nội dung xuống dưới (Alt+↓)</source>
        <translation>Move the item down (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/agenda_tab.py" line="61"/>
        <location filename="../../gui/meeting/materials_tab.py" line="93"/>
        <location filename="../../gui/meeting/meeting_list.py" line="82"/>
        <location filename="../../gui/meeting/opinions_tab.py" line="88"/>
        <source>Xóa…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/agenda_tab.py" line="62"/>
        <source>Xóa nội dung khỏi chương trình (Delete)</source>
        <translation>Remove the item from the agenda (Delete)</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/agenda_tab.py" line="69"/>
        <source>Thành viên hoặc cơ quan; gõ không dấu cũng được</source>
        <translation>Member or agency; diacritics optional</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/agenda_tab.py" line="73"/>
        <source> phút</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/agenda_tab.py" line="74"/>
        <source>(chưa định)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/agenda_tab.py" line="76"/>
        <source>Nội dung đang chọn</source>
        <translation>Selected item</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="116"/>
        <location filename="../../gui/meeting/agenda_tab.py" line="78"/>
        <source>Nội dung:</source>
        <translation>Content:</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/agenda_tab.py" line="80"/>
        <source>Trình bày:</source>
        <translation>Presented by:</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/agenda_tab.py" line="82"/>
        <location filename="../../gui/meeting/info_tab.py" line="76"/>
        <source>Thời gian:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_register.py" line="282"/>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_register.py" line="283"/>
        <source>Lỗi, lưu ý</source>
        <translation>Errors, notes</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_register.py" line="285"/>
        <location filename="../../gui/meeting/attendance_tab.py" line="61"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/attendance_tab.py" line="63"/>
        <location filename="../../gui/meeting/followup.py" line="59"/>
        <location filename="../../gui/meeting/meeting_list.py" line="50"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/attendance_tab.py" line="66"/>
        <source>Lý do / người dự thay</source>
        <translation>Reason / substitute</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/column_mapping.py" line="45"/>
        <source>Họ (nếu tách riêng)</source>
        <translation>Family name (if separate)</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/column_mapping.py" line="46"/>
        <location filename="../../gui/exchange/import_register.py" line="286"/>
        <location filename="../../gui/meeting/attendance_tab.py" line="64"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/column_mapping.py" line="46"/>
        <source>Tên (nếu tách riêng)</source>
        <translation>Given name (if separate)</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/column_mapping.py" line="47"/>
        <location filename="../../gui/exchange/import_register.py" line="287"/>
        <location filename="../../gui/meeting/attendance_tab.py" line="65"/>
        <source>Cơ quan</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/column_mapping.py" line="47"/>
        <location filename="../../gui/exchange/import_register.py" line="288"/>
        <source>Vai trò trong Ban</source>
        <translation>Role on the committee</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/column_mapping.py" line="48"/>
        <location filename="../../gui/exchange/import_register.py" line="289"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/column_mapping.py" line="48"/>
        <location filename="../../gui/exchange/import_register.py" line="290"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/column_mapping.py" line="48"/>
        <location filename="../../gui/exchange/import_register.py" line="291"/>
        <source>Tên cơ quan</source>
        <translation>Agency name</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/column_mapping.py" line="49"/>
        <location filename="../../gui/exchange/import_register.py" line="292"/>
        <source>Tên viết tắt</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/attendance_tab.py" line="62"/>
        <source>{name} (khách mời)</source>
        <translation>{name} (guest)</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/attendance_tab.py" line="68"/>
        <source>Thành phần tham dự</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/attendance_tab.py" line="72"/>
        <source>Người chưa điểm danh: có mặt</source>
        <translation>Everyone not marked: present</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/attendance_tab.py" line="73"/>
        <source>Đánh dấu có mặt mọi người chưa điểm danh</source>
        <translation>Mark everyone not yet marked as present</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/attendance_tab.py" line="74"/>
        <source>Mời thêm thành viên mới</source>
        <translation>Invite new members</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/attendance_tab.py" line="75"/>
        <source>Thêm vào danh sách mời những thành viên của ban vào ngày họp chưa có trong danh sách (sau khi kiện toàn)</source>
        <translation>Add to the invitation list the committee&apos;s members on the meeting day who are not on it (after a reshuffle)</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/attendance_tab.py" line="78"/>
        <source>Có mặt (C)</source>
        <translation>Present (C)</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/attendance_tab.py" line="78"/>
        <source>Vắng mặt (V)</source>
        <translation>Absent (V)</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/attendance_tab.py" line="79"/>
        <source>Dự thay (T)</source>
        <translation>Substitute (T)</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/attendance_tab.py" line="79"/>
        <source>Chưa điểm danh</source>
        <translation>Not marked</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/attendance_tab.py" line="85"/>
        <source>Lý do vắng, ví dụ: Đi công tác</source>
        <translation>Reason for absence, e.g. on a work trip</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/attendance_tab.py" line="88"/>
        <source>Họ tên người dự thay</source>
        <translation>Substitute&apos;s full name</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/attendance_tab.py" line="91"/>
        <source>Chức vụ người dự thay</source>
        <translation>Substitute&apos;s position</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/attendance_tab.py" line="93"/>
        <source>Bỏ khỏi danh sách…</source>
        <translation>Remove from the list…</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/attendance_tab.py" line="96"/>
        <source>Người đang chọn</source>
        <translation>Selected person</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/attendance_tab.py" line="102"/>
        <source>Lý do vắng:</source>
        <translation>Reason for absence:</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/attendance_tab.py" line="103"/>
        <source>Người dự thay:</source>
        <translation>Substitute:</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/attendance_tab.py" line="104"/>
        <location filename="../../gui/meeting/guest_form.py" line="35"/>
        <source>Chức vụ:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/conclusion_tab.py" line="36"/>
        <source>Các điểm kết luận</source>
        <translation>Conclusion points</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/conclusion_tab.py" line="41"/>
        <source>Nội dung điểm kết luận</source>
        <translation>Conclusion point text</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/conclusion_tab.py" line="42"/>
        <source>Ghi kết luận của chủ trì. Enter: sang điểm tiếp theo; Shift+Enter: xuống dòng.</source>
        <translation>Write the chair&apos;s conclusion. Enter: next point; Shift+Enter: new line.</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/conclusion_tab.py" line="45"/>
        <source>Thêm điểm</source>
        <translation>Add point</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/conclusion_tab.py" line="46"/>
        <source>Thêm ý con a), b)</source>
        <translation>Add sub-point a), b)</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/conclusion_tab.py" line="48"/>
        <source>Đưa điểm lên trên (Alt+↑)</source>
        <translation>Move the point up (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/conclusion_tab.py" line="50"/>
        <source>Đưa điểm xuống dưới (Alt+↓)</source>
        <translation>Move the point down (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/conclusion_tab.py" line="51"/>
        <source>→ Thành ý con</source>
        <translation>→ Make a sub-point</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/conclusion_tab.py" line="52"/>
        <source>Đưa điểm vào trong điểm phía trên, thành ý a), b) (Ctrl+→)</source>
        <translation>Make the point a sub-point a), b) of the point above (Ctrl+→)</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/conclusion_tab.py" line="53"/>
        <source>← Thành điểm</source>
        <translation>← Make a point</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/conclusion_tab.py" line="54"/>
        <source>Đưa ý con ra thành một điểm riêng (Ctrl+←)</source>
        <translation>Make the sub-point a point of its own (Ctrl+←)</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/conclusion_tab.py" line="55"/>
        <source>Xóa điểm…</source>
        <translation>Delete point…</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/guest_form.py" line="19"/>
        <source>Thêm đại biểu mời</source>
        <translation>Add a guest</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/guest_form.py" line="21"/>
        <source>Họ tên đại biểu</source>
        <translation>Guest&apos;s full name</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/guest_form.py" line="26"/>
        <source>Chọn trong danh sách hoặc gõ tên cơ quan</source>
        <translation>Choose from the list or type the agency&apos;s name</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/guest_form.py" line="27"/>
        <source>Đây là chức danh hay «Đại diện …», không phải họ tên</source>
        <translation>This is a title or «on behalf of …», not a person&apos;s name</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/guest_form.py" line="28"/>
        <source>Văn bản in đúng một lần như đã gõ, không thêm «đồng chí», chức vụ hay cơ quan</source>
        <translation>Documents print it once as typed, without the comrade title, position or agency</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/guest_form.py" line="30"/>
        <source>Thêm đại biểu</source>
        <translation>Add guest</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/guest_form.py" line="33"/>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/guest_form.py" line="36"/>
        <location filename="../../gui/tasks/filter_bar.py" line="208"/>
        <source>Cơ quan:</source>
        <translation>Agency:</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/header.py" line="19"/>
        <source>← Danh sách cuộc họp</source>
        <translation>← Meeting list</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/header.py" line="20"/>
        <source>Quay lại danh sách cuộc họp (Alt+Trái)</source>
        <translation>Back to the meeting list (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/header.py" line="27"/>
        <source>Đánh dấu đã họp</source>
        <translation>Mark as held</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/header.py" line="28"/>
        <source>Chốt biên bản</source>
        <translation>Finalise minutes</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/header.py" line="29"/>
        <source>Mở lại để sửa…</source>
        <translation>Reopen to edit…</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/header.py" line="39"/>
        <source>Biên bản đã chốt: chỉ xem, không sửa được. Muốn sửa, bấm «Mở lại để sửa…» và ghi lý do; lý do được lưu trong lịch sử cuộc họp.</source>
        <translation>The minutes are finalised: read only. To change them, click &quot;Reopen to edit…&quot; and give a reason; the reason is kept in the meeting&apos;s history.</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/history_tab.py" line="21"/>
        <location filename="../../gui/meeting/history_tab.py" line="30"/>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/history_tab.py" line="22"/>
        <source>Từ</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/history_tab.py" line="23"/>
        <source>Sang</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/history_tab.py" line="24"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/history_tab.py" line="25"/>
        <source>Người thực hiện</source>
        <translation>Done by</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/history_tab.py" line="27"/>
        <source>Lịch sử cuộc họp</source>
        <translation>Meeting history</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/history_tab.py" line="28"/>
        <source>Chưa có thay đổi tình trạng nào.</source>
        <translation>No status change yet.</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/history_tab.py" line="31"/>
        <source>Người sửa</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/history_tab.py" line="32"/>
        <source>Thay đổi</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/history_tab.py" line="34"/>
        <location filename="../../gui/meeting/history_tab.py" line="35"/>
        <source>Ai đã sửa gì</source>
        <translation>Who changed what</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/info_tab.py" line="43"/>
        <source>(không đánh số)</source>
        <translation>(no number)</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/info_tab.py" line="45"/>
        <location filename="../../gui/meeting/new_meeting_dialog.py" line="63"/>
        <source>Tên cuộc họp</source>
        <translation>Meeting title</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/info_tab.py" line="50"/>
        <location filename="../../gui/meeting/new_meeting_dialog.py" line="70"/>
        <location filename="../../gui/tasks/filter_bar.py" line="178"/>
        <location filename="../../gui/tasks/report_dialog.py" line="71"/>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/info_tab.py" line="58"/>
        <location filename="../../gui/meeting/info_tab.py" line="61"/>
        <location filename="../../gui/meeting/new_meeting_dialog.py" line="79"/>
        <source>Gõ vài chữ của tên, không cần dấu</source>
        <translation>Type a few letters of the name, diacritics optional</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/info_tab.py" line="65"/>
        <source>Lưu làm mẫu cho các cuộc họp sau của ban</source>
        <translation>Save as the committee&apos;s template for later meetings</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="70"/>
        <location filename="../../gui/exchange/reminders.py" line="92"/>
        <location filename="../../gui/meeting/info_tab.py" line="72"/>
        <location filename="../../gui/pages/overview.py" line="65"/>
        <location filename="../../gui/tasks/filter_bar.py" line="206"/>
        <location filename="../../gui/tasks/report_dialog.py" line="88"/>
        <source>Ban:</source>
        <translation>Committee:</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/info_tab.py" line="73"/>
        <source>Loại cuộc họp:</source>
        <translation>Kind of meeting:</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/info_tab.py" line="74"/>
        <source>Phiên số:</source>
        <translation>Session number:</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/info_tab.py" line="75"/>
        <source>Tên cuộc họp:</source>
        <translation>Meeting title:</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/info_tab.py" line="77"/>
        <source>Địa điểm:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/info_tab.py" line="78"/>
        <location filename="../../gui/tasks/task_dialog.py" line="71"/>
        <source>Chủ trì:</source>
        <translation>Chair:</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/info_tab.py" line="79"/>
        <source>Thư ký:</source>
        <translation>Secretary:</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/info_tab.py" line="80"/>
        <source>Ghi chú:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/new_meeting_dialog.py" line="45"/>
        <source>Cuộc họp mới</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/new_meeting_dialog.py" line="50"/>
        <source>Cuộc họp trống</source>
        <translation>Empty meeting</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/new_meeting_dialog.py" line="50"/>
        <source>Theo mẫu của ban</source>
        <translation>From the committee&apos;s template</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/new_meeting_dialog.py" line="51"/>
        <source>Sao chép cuộc họp trước:</source>
        <translation>Copy an earlier meeting:</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/new_meeting_dialog.py" line="56"/>
        <source>Cuộc họp để sao chép</source>
        <translation>Meeting to copy</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/new_meeting_dialog.py" line="85"/>
        <source>Tạo cuộc họp</source>
        <translation>Create meeting</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/new_meeting_dialog.py" line="86"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/new_meeting_dialog.py" line="97"/>
        <source>&amp;Ban:</source>
        <translation>&amp;Committee:</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/new_meeting_dialog.py" line="98"/>
        <source>Bắt đầu từ:</source>
        <translation>Start from:</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/new_meeting_dialog.py" line="100"/>
        <source>&amp;Loại cuộc họp:</source>
        <translation>&amp;Kind of meeting:</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/new_meeting_dialog.py" line="102"/>
        <source>Tên &amp;cuộc họp:</source>
        <translation>Meeting &amp;title:</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/new_meeting_dialog.py" line="104"/>
        <source>&amp;Thời gian:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/new_meeting_dialog.py" line="106"/>
        <source>Đị&amp;a điểm:</source>
        <translation>Pl&amp;ace:</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/new_meeting_dialog.py" line="108"/>
        <source>Chủ t&amp;rì:</source>
        <translation>C&amp;hair:</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/new_meeting_dialog.py" line="109"/>
        <source>T&amp;hư ký:</source>
        <translation>Secre&amp;tary:</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/new_meeting_dialog.py" line="111"/>
        <source>Chương trình:</source>
        <translation>Agenda:</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/opinion_editor.py" line="57"/>
        <location filename="../../gui/meeting/opinions_tab.py" line="67"/>
        <source>Người phát biểu</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/opinion_editor.py" line="58"/>
        <source>Người phát biểu: gõ vài chữ, Enter</source>
        <translation>Speaker: type a few letters, Enter</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/opinion_editor.py" line="59"/>
        <source>Gõ vài chữ của tên, không cần dấu (ví dụ «phuc»), rồi Enter. Người không có trong danh sách mời được ghi là khách mời.</source>
        <translation>Type a few letters of the name, diacritics optional (e.g. &quot;phuc&quot;), then Enter. Someone not on the invitation list is recorded as a guest.</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/opinion_editor.py" line="63"/>
        <source>Bấm giờ</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/opinion_editor.py" line="65"/>
        <source>Đo thời gian phát biểu của từng người</source>
        <translation>Time each speaker</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/opinion_editor.py" line="68"/>
        <source>Nội dung ý kiến</source>
        <translation>Opinion text</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/opinion_editor.py" line="69"/>
        <source>Nội dung ý kiến. Enter: lưu và nhập ý kiến tiếp theo; Shift+Enter: xuống dòng.</source>
        <translation>What was said. Enter: save and start the next opinion; Shift+Enter: new line.</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/opinion_editor.py" line="71"/>
        <source>Lưu, nhập ý kiến tiếp (Enter)</source>
        <translation>Save, next opinion (Enter)</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/opinion_editor.py" line="72"/>
        <source>Ý kiến mới (Ctrl+N)</source>
        <translation>New opinion (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/materials_tab.py" line="76"/>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/materials_tab.py" line="77"/>
        <location filename="../../gui/meeting/opinions_tab.py" line="63"/>
        <source>Nội dung họp</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/materials_tab.py" line="78"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/materials_tab.py" line="79"/>
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/materials_tab.py" line="80"/>
        <source>Người thêm</source>
        <translation>Added by</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/materials_tab.py" line="81"/>
        <source>Lúc thêm</source>
        <translation>Added at</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/materials_tab.py" line="83"/>
        <source>Tài liệu họp</source>
        <translation>Meeting materials</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/materials_tab.py" line="86"/>
        <source>Gắn tài liệu với nội dung</source>
        <translation>Attach materials to the item</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/materials_tab.py" line="87"/>
        <source>Thêm tệp…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/materials_tab.py" line="89"/>
        <source>Chuyển sang nội dung này</source>
        <translation>Move to this item</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/materials_tab.py" line="91"/>
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/materials_tab.py" line="95"/>
        <source>Đóng gói tài liệu…</source>
        <translation>Pack the materials…</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/materials_tab.py" line="97"/>
        <source>Kéo thả tệp vào đây, hoặc bấm «Thêm tệp…». Nhận PDF, Word, Excel, ảnh; mỗi tệp đến {file} MB, cả cuộc họp đến {meeting} MB. Tài liệu được chép vào dữ liệu của chương trình và có trong bản sao lưu.</source>
        <translation>Drop files here, or click “Add files…”. PDF, Word, Excel and pictures are accepted, up to {file} MB a file and {meeting} MB a meeting. The materials are copied into the program&apos;s data and are in its backups.</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/materials_tab.py" line="105"/>
        <source>Gắn với:</source>
        <translation>Attach to:</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/opinions_tab.py" line="68"/>
        <source>Ý kiến</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/opinions_tab.py" line="70"/>
        <source>Các ý kiến</source>
        <translation>Opinions</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/opinions_tab.py" line="83"/>
        <source>Chuyển ý kiến sang nội dung</source>
        <translation>Move the opinion to an item</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/opinions_tab.py" line="85"/>
        <source>Đưa ý kiến lên trên (Alt+↑)</source>
        <translation>Move the opinion up (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/opinions_tab.py" line="87"/>
        <source>Đưa ý kiến xuống dưới (Alt+↓)</source>
        <translation>Move the opinion down (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/opinions_tab.py" line="89"/>
        <source>Xóa ý kiến đang chọn (Delete)</source>
        <translation>Delete the selected opinion (Delete)</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/opinions_tab.py" line="92"/>
        <source>Chuyển sang nội dung:</source>
        <translation>Move to item:</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/task_dialog.py" line="43"/>
        <source>Sửa nhiệm vụ</source>
        <translation>Edit task</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/task_dialog.py" line="43"/>
        <source>Tạo nhiệm vụ từ kết luận</source>
        <translation>Create a task from the conclusion</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_progress.py" line="238"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_progress.py" line="239"/>
        <location filename="../../gui/meeting/task_dialog.py" line="46"/>
        <location filename="../../gui/pages/tasks.py" line="47"/>
        <source>Nội dung nhiệm vụ</source>
        <translation>Task content</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_progress.py" line="240"/>
        <source>Tình hình thực hiện (cũ → mới)</source>
        <translation>Progress (old → new)</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_progress.py" line="242"/>
        <source>Ngày hoàn thành</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_progress.py" line="243"/>
        <location filename="../../gui/pages/tasks.py" line="52"/>
        <location filename="../../gui/tasks/filter_bar.py" line="153"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_progress.py" line="244"/>
        <source>Cần xem lại</source>
        <translation>To check</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_progress.py" line="245"/>
        <source>Tệp, dòng</source>
        <translation>File, row</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/task_dialog.py" line="49"/>
        <source>Cơ quan (hoặc người) chủ trì: gõ vài chữ, không cần dấu</source>
        <translation>Lead agency (or person): type a few letters, diacritics optional</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/task_dialog.py" line="53"/>
        <source>Ví dụ: 30/6/2026, trước 15/3, Quý II/2026, thường xuyên</source>
        <translation>E.g. 30/6/2026, trước 15/3, Quý II/2026, thường xuyên</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/task_dialog.py" line="59"/>
        <source>&amp;Lưu nhiệm vụ</source>
        <translation>&amp;Save task</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/task_dialog.py" line="60"/>
        <location filename="../../gui/server_dialog.py" line="79"/>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/task_dialog.py" line="63"/>
        <source>&amp;Nội dung:</source>
        <translation>&amp;Content:</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/task_dialog.py" line="65"/>
        <source>&amp;Chủ trì:</source>
        <translation>&amp;Chair:</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/task_dialog.py" line="67"/>
        <source>&amp;Phối hợp:</source>
        <translation>C&amp;oordinating:</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/task_dialog.py" line="69"/>
        <source>&amp;Thời hạn:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/task_dialog.py" line="72"/>
        <source>Theo &amp;điểm kết luận:</source>
        <translation>From conclusion &amp;point:</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/task_dialog.py" line="87"/>
        <source>(không gắn với điểm nào)</source>
        <translation>(not linked to a point)</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/tasks_panel.py" line="31"/>
        <source>Điểm</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/tasks_panel.py" line="33"/>
        <location filename="../../gui/pages/tasks.py" line="50"/>
        <source>Phối hợp</source>
        <translation>Coordinating</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/tasks_panel.py" line="37"/>
        <source>Nhiệm vụ của cuộc họp</source>
        <translation>Tasks of the meeting</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/tasks_panel.py" line="38"/>
        <source>Tạo &amp;nhiệm vụ từ điểm / đoạn đang chọn (Ctrl+T)</source>
        <translation>Create a &amp;task from the selected point / text (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/tasks_panel.py" line="39"/>
        <source>Sửa nhiệm vụ…</source>
        <translation>Edit task…</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/tasks_panel.py" line="40"/>
        <source>Xóa nhiệm vụ</source>
        <translation>Delete task</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/workspace.py" line="70"/>
        <source>Thông t&amp;in</source>
        <translation>&amp;Information</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/workspace.py" line="70"/>
        <source>&amp;Chương trình</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/workspace.py" line="71"/>
        <source>&amp;Tài liệu</source>
        <translation>&amp;Materials</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/workspace.py" line="72"/>
        <source>Thành &amp;phần</source>
        <translation>&amp;Attendance</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/workspace.py" line="72"/>
        <source>Ý &amp;kiến</source>
        <translation>&amp;Opinions</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/workspace.py" line="73"/>
        <source>Kết &amp;luận và nhiệm vụ</source>
        <translation>Conc&amp;lusion and tasks</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/workspace.py" line="74"/>
        <source>Lịch &amp;sử</source>
        <translation>Hi&amp;story</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/documents.py" line="45"/>
        <source>Số văn bản</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/documents.py" line="51"/>
        <location filename="../../gui/meeting/documents.py" line="52"/>
        <source>→ số {code}</source>
        <translation>→ number {code}</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/documents.py" line="57"/>
        <source>Ngày văn bản</source>
        <translation>Document date</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/documents.py" line="59"/>
        <source>&amp;Số:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/documents.py" line="60"/>
        <source>&amp;Ngày:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/documents.py" line="64"/>
        <source>Dòng thẩm quyền ký</source>
        <translation>Signing authority line</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/documents.py" line="66"/>
        <source>Chức danh người ký</source>
        <translation>Signer&apos;s title</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/documents.py" line="68"/>
        <source>Họ tên người ký</source>
        <translation>Signer&apos;s name</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/documents.py" line="73"/>
        <source>&amp;Thẩm quyền ký:</source>
        <translation>Signing &amp;authority:</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/documents.py" line="74"/>
        <source>&amp;Chức danh người ký:</source>
        <translation>Signer&apos;s &amp;title:</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/documents.py" line="75"/>
        <source>&amp;Người ký:</source>
        <translation>&amp;Signer:</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/documents.py" line="86"/>
        <source>&amp;Ghi tệp Word…</source>
        <translation>&amp;Write Word file…</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/documents.py" line="119"/>
        <source>Biên bản</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/documents.py" line="120"/>
        <source>Thông báo kết luận</source>
        <translation>Conclusion notice</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/documents.py" line="121"/>
        <source>Giấy mời</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/documents.py" line="122"/>
        <source>Nhiệm vụ (Excel)</source>
        <translation>Tasks (Excel)</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/documents.py" line="124"/>
        <source>Ghi biên bản cuộc họp ra tệp Word</source>
        <translation>Write the meeting&apos;s minutes to a Word file</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/documents.py" line="125"/>
        <source>Ghi thông báo kết luận ra tệp Word</source>
        <translation>Write the conclusion notice to a Word file</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/documents.py" line="126"/>
        <source>Ghi giấy mời ra tệp Word</source>
        <translation>Write the invitation to a Word file</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/documents.py" line="127"/>
        <source>Xuất các nhiệm vụ của cuộc họp ra tệp Excel</source>
        <translation>Export the meeting&apos;s tasks to an Excel file</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/documents.py" line="130"/>
        <source>Văn bản:</source>
        <translation>Documents:</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="67"/>
        <location filename="../../gui/pages/tasks.py" line="124"/>
        <source>Đôn đốc…</source>
        <translation>Reminders…</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="68"/>
        <location filename="../../gui/pages/tasks.py" line="125"/>
        <source>Công văn đôn đốc các cơ quan chủ trì có nhiệm vụ quá hạn</source>
        <translation>Reminder letters to the lead agencies with overdue tasks</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="72"/>
        <source>nhiệm vụ quá hạn chưa hoàn thành</source>
        <translation>overdue tasks not done</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="73"/>
        <source>nhiệm vụ đến hạn trong 7 ngày tới</source>
        <translation>tasks due in the next 7 days</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="74"/>
        <source>cuộc họp sắp tới</source>
        <translation>upcoming meetings</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="75"/>
        <source>cuộc họp chưa ban hành biên bản hoặc thông báo</source>
        <translation>meetings without minutes or notice issued</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="85"/>
        <source>Quá hạn gần đây nhất</source>
        <translation>Most recently overdue</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="86"/>
        <location filename="../../gui/pages/tasks.py" line="53"/>
        <source>Sắp đến hạn</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="87"/>
        <source>Cuộc họp sắp tới</source>
        <translation>Upcoming meetings</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="88"/>
        <source>Chưa ban hành biên bản, thông báo kết luận</source>
        <translation>Minutes or conclusion notice not issued</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="98"/>
        <source>Việc cần theo dõi</source>
        <translation>To follow up</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="99"/>
        <source>Theo cơ quan chủ trì</source>
        <translation>By lead agency</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="123"/>
        <source>Kỳ</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="124"/>
        <source>Tháng này</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="124"/>
        <source>Quý này</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="125"/>
        <source>6 tháng này</source>
        <translation>This half-year</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="125"/>
        <source>Năm nay</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="126"/>
        <location filename="../../gui/tasks/report_dialog.py" line="52"/>
        <source>Khoảng ngày</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="132"/>
        <location filename="../../gui/tasks/report_dialog.py" line="63"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="132"/>
        <location filename="../../gui/tasks/report_dialog.py" line="63"/>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="139"/>
        <location filename="../../gui/pages/tasks.py" line="106"/>
        <source>Lập báo cáo…</source>
        <translation>Make a report…</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="142"/>
        <source>Kỳ:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="152"/>
        <source>Kết quả theo cơ quan chủ trì</source>
        <translation>Results by lead agency</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="307"/>
        <source>{content} — {lead}, quá hạn {n} ngày</source>
        <translation>{content} — {lead}, {n} days overdue</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="310"/>
        <source>Không có nhiệm vụ quá hạn.</source>
        <translation>No overdue tasks.</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="312"/>
        <source>{content} — {lead}, hạn {date}</source>
        <translation>{content} — {lead}, due {date}</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="315"/>
        <source>Không có nhiệm vụ đến hạn trong 7 ngày tới.</source>
        <translation>No tasks due in the next 7 days.</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="319"/>
        <source>Chưa có cuộc họp nào sắp tới.</source>
        <translation>No upcoming meetings.</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="321"/>
        <source>{date} · {title} — chưa có: {missing}</source>
        <translation>{date} · {title} — missing: {missing}</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="325"/>
        <source>Mọi cuộc họp đã có biên bản và thông báo kết luận.</source>
        <translation>Every meeting has its minutes and conclusion notice.</translation>
    </message>
    <message>
        <location filename="../../gui/pages/tasks.py" line="48"/>
        <source>Nguồn</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../gui/pages/tasks.py" line="54"/>
        <source>Tình hình mới nhất</source>
        <translation>Latest progress</translation>
    </message>
    <message>
        <location filename="../../gui/pages/tasks.py" line="65"/>
        <source>Bỏ lọc này</source>
        <translation>Clear this filter</translation>
    </message>
    <message>
        <location filename="../../gui/pages/tasks.py" line="76"/>
        <location filename="../../gui/pages/tasks.py" line="131"/>
        <source>Sổ theo dõi nhiệm vụ</source>
        <translation>Task register</translation>
    </message>
    <message>
        <location filename="../../gui/pages/tasks.py" line="104"/>
        <source>Mở nhiệm vụ</source>
        <translation>Open task</translation>
    </message>
    <message>
        <location filename="../../gui/pages/tasks.py" line="108"/>
        <source>Xuất Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../gui/pages/tasks.py" line="109"/>
        <source>Các nhiệm vụ đang xem: bảng theo dõi, hoặc phiếu gửi từng cơ quan chủ trì</source>
        <translation>The tasks shown: a tracking sheet, or a form for each lead agency</translation>
    </message>
    <message>
        <location filename="../../gui/pages/tasks.py" line="112"/>
        <source>Nhập tình hình từ Excel…</source>
        <translation>Import progress from Excel…</translation>
    </message>
    <message>
        <location filename="../../gui/pages/tasks.py" line="113"/>
        <source>Các phiếu cơ quan gửi lại: xem trước rồi mới ghi</source>
        <translation>Forms sent back by agencies: preview first, then write</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/filter_bar.py" line="141"/>
        <source>Tìm theo nội dung, cơ quan (gõ không dấu cũng được)</source>
        <translation>Search content, agencies (diacritics optional)</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/filter_bar.py" line="142"/>
        <source>Tìm nhiệm vụ</source>
        <translation>Search tasks</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/filter_bar.py" line="155"/>
        <source>Mọi trạng thái</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/filter_bar.py" line="156"/>
        <source>Chưa hoàn thành</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/filter_bar.py" line="160"/>
        <source>Đã hoàn thành</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/filter_bar.py" line="164"/>
        <source>Mọi thời hạn</source>
        <translation>Any deadline</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/filter_bar.py" line="164"/>
        <source>Hạn trong tuần này</source>
        <translation>Due this week</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/filter_bar.py" line="165"/>
        <source>Hạn trong tháng này</source>
        <translation>Due this month</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/filter_bar.py" line="165"/>
        <source>Hạn trong quý này</source>
        <translation>Due this quarter</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/filter_bar.py" line="166"/>
        <source>Đã quá hạn</source>
        <translation>Deadline passed</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/filter_bar.py" line="166"/>
        <source>Đến hạn trong 7 ngày tới</source>
        <translation>Due in the next 7 days</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/filter_bar.py" line="167"/>
        <source>Chọn khoảng ngày…</source>
        <translation>Choose dates…</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/filter_bar.py" line="168"/>
        <source>Đã đôn đốc, vẫn quá hạn</source>
        <translation>Reminded, still overdue</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/filter_bar.py" line="171"/>
        <source>Hạn từ ngày</source>
        <translation>Due from</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/filter_bar.py" line="172"/>
        <source>Hạn đến ngày</source>
        <translation>Due until</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/filter_bar.py" line="176"/>
        <source>từ</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/filter_bar.py" line="185"/>
        <source>Cuộc họp giao nhiệm vụ</source>
        <translation>Meeting that set the task</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/filter_bar.py" line="187"/>
        <source>Cơ quan chủ trì hoặc phối hợp</source>
        <translation>Lead or coordinating agency</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/filter_bar.py" line="188"/>
        <source>Chỉ cơ quan chủ trì</source>
        <translation>Lead agency only</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/filter_bar.py" line="189"/>
        <source>Bỏ mọi bộ lọc</source>
        <translation>Clear all filters</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/filter_bar.py" line="202"/>
        <location filename="../../gui/tasks/task_dialog.py" line="72"/>
        <source>Trạng thái:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/filter_bar.py" line="203"/>
        <location filename="../../gui/tasks/task_dialog.py" line="72"/>
        <source>Thời hạn:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/filter_bar.py" line="207"/>
        <source>Cuộc họp:</source>
        <translation>Meeting:</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/report_dialog.py" line="45"/>
        <source>Lập báo cáo tình hình thực hiện kết luận</source>
        <translation>Report on carrying out the conclusions</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/report_dialog.py" line="49"/>
        <source>Kỳ báo cáo</source>
        <translation>Report period</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/report_dialog.py" line="50"/>
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/report_dialog.py" line="50"/>
        <source>Quý</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/report_dialog.py" line="51"/>
        <source>6 tháng</source>
        <translation>Half-year</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="67"/>
        <location filename="../../gui/tasks/report_dialog.py" line="51"/>
        <location filename="../../gui/tasks/report_dialog.py" line="57"/>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/report_dialog.py" line="55"/>
        <source>Tháng, quý hoặc nửa năm</source>
        <translation>Month, quarter or half-year</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/report_dialog.py" line="69"/>
        <source>năm</source>
        <translation>year</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/report_dialog.py" line="72"/>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/report_dialog.py" line="73"/>
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/report_dialog.py" line="89"/>
        <source>Kỳ báo cáo:</source>
        <translation>Report period:</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/report_dialog.py" line="92"/>
        <source>Định dạng:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/report_dialog.py" line="98"/>
        <source>Ghi báo cáo…</source>
        <translation>Write the report…</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_dialog.py" line="70"/>
        <source>Mã:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_dialog.py" line="70"/>
        <source>Nguồn:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_dialog.py" line="71"/>
        <source>Phối hợp:</source>
        <translation>Coordinating:</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_dialog.py" line="79"/>
        <source>Người báo cáo</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_dialog.py" line="80"/>
        <source>Tệp nguồn</source>
        <translation>Source file</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_dialog.py" line="81"/>
        <source>Người ghi</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_dialog.py" line="85"/>
        <source>Diễn biến thực hiện</source>
        <translation>Progress history</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_dialog.py" line="94"/>
        <source>Chưa có báo cáo tình hình, gia hạn hay đôn đốc nào.</source>
        <translation>No progress report, extension or reminder yet.</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_dialog.py" line="104"/>
        <source>Diễn biến</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_dialog.py" line="105"/>
        <source>Cập nhật tình hình</source>
        <translation>Record progress</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_dialog.py" line="106"/>
        <source>Hoàn thành</source>
        <translation>Completion</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_dialog.py" line="107"/>
        <location filename="../../gui/tasks/task_dialog.py" line="171"/>
        <source>Gia hạn</source>
        <translation>Extend</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_dialog.py" line="108"/>
        <source>Tách nhiệm vụ</source>
        <translation>Split task</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_dialog.py" line="109"/>
        <source>Giao lại</source>
        <translation>Reassign</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_dialog.py" line="125"/>
        <source>Nhiệm vụ {code}</source>
        <translation>Task {code}</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_dialog.py" line="130"/>
        <source>{title} ngày {date}</source>
        <translation>{title} of {date}</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_dialog.py" line="132"/>
        <source>(không gắn với cuộc họp)</source>
        <translation>(not from a meeting)</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_dialog.py" line="135"/>
        <source>(không có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_dialog.py" line="138"/>
        <source> (hạn {date})</source>
        <translation> (due {date})</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_dialog.py" line="140"/>
        <source>; đã gia hạn {n} lần, hạn ban đầu {date}</source>
        <translation>; extended {n} times, first due {date}</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_dialog.py" line="146"/>
        <source>, ngày {date}</source>
        <translation>, on {date}</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_dialog.py" line="148"/>
        <source> — đến hạn trong 7 ngày tới</source>
        <translation> — due in the next 7 days</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_dialog.py" line="164"/>
        <source>Tình hình</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_dialog.py" line="168"/>
        <source>Gia hạn từ «{old}» đến «{new}»</source>
        <translation>Extended from &quot;{old}&quot; to &quot;{new}&quot;</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_dialog.py" line="170"/>
        <source>. Lý do: {reason}</source>
        <translation>. Reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_dialog.py" line="177"/>
        <source>Sửa đổi</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_dialog.py" line="181"/>
        <source>Đã đôn đốc bằng văn bản số {number} ngày {date}</source>
        <translation>Reminded by letter no. {number} of {date}</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_dialog.py" line="184"/>
        <source>, đề nghị báo cáo trước ngày {date}</source>
        <translation>, report requested by {date}</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_dialog.py" line="187"/>
        <source>Đôn đốc</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/reminders.py" line="46"/>
        <source>Đôn đốc thực hiện nhiệm vụ</source>
        <translation>Reminders about tasks</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/reminders.py" line="51"/>
        <source>Nhiệm vụ đã quá hạn</source>
        <translation>Overdue tasks</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/reminders.py" line="52"/>
        <source>Quá hạn và đến hạn trong</source>
        <translation>Overdue and due within</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/reminders.py" line="56"/>
        <source> ngày tới</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/reminders.py" line="57"/>
        <source>Số ngày tới</source>
        <translation>Number of days ahead</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/reminders.py" line="58"/>
        <source>Các nhiệm vụ chưa hoàn thành đang xem trong sổ theo dõi</source>
        <translation>The unfinished tasks shown in the register</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/reminders.py" line="78"/>
        <source>Tính đến ngày</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/reminders.py" line="80"/>
        <source>Hạn gửi báo cáo</source>
        <translation>Report due by</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/reminders.py" line="82"/>
        <source>Đơn vị soạn thảo</source>
        <translation>Drafting unit</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/reminders.py" line="83"/>
        <source>Ghi sau số công văn: Số: 12/BCĐ-VP</source>
        <translation>Written after the letter number: Số: 12/BCĐ-VP</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/reminders.py" line="85"/>
        <source>Người ký</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/reminders.py" line="86"/>
        <source>Để trống: người ký mặc định của ban</source>
        <translation>Empty: the committee&apos;s usual signer</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/reminders.py" line="93"/>
        <source>Đôn đốc:</source>
        <translation>Remind about:</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/reminders.py" line="94"/>
        <source>Tính đến ngày:</source>
        <translation>As of:</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/reminders.py" line="95"/>
        <source>Đề nghị báo cáo trước ngày:</source>
        <translation>Report requested by:</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/reminders.py" line="96"/>
        <source>Đơn vị soạn thảo:</source>
        <translation>Drafting unit:</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/reminders.py" line="97"/>
        <source>Người ký:</source>
        <translation>Signer:</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/reminders.py" line="102"/>
        <source>Ghi công văn…</source>
        <translation>Write letters…</translation>
    </message>
    <message>
        <location filename="../../gui/pdf_option.py" line="30"/>
        <location filename="../../gui/pdf_option.py" line="31"/>
        <source>Lưu thêm bản PDF</source>
        <translation>Also save a PDF copy</translation>
    </message>
    <message>
        <location filename="../../gui/pdf_option.py" line="40"/>
        <source>Máy này chưa có Microsoft Word hay LibreOffice nên không lưu được bản PDF.</source>
        <translation>This PC has neither Microsoft Word nor LibreOffice, so no PDF copy can be saved.</translation>
    </message>
    <message>
        <location filename="../../gui/pdf_option.py" line="44"/>
        <source>Bản PDF được tạo bằng {program}, ghi bên cạnh tệp Word.</source>
        <translation>The PDF is made with {program} and saved beside the Word file.</translation>
    </message>
    <message>
        <location filename="../../gui/server_dialog.py" line="43"/>
        <source>&amp;Máy chủ:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../../gui/server_dialog.py" line="44"/>
        <source>Tên hoặc địa chỉ IP của máy chủ, ví dụ 192.168.1.10</source>
        <translation>The server&apos;s name or IP address, e.g. 192.168.1.10</translation>
    </message>
    <message>
        <location filename="../../gui/server_dialog.py" line="48"/>
        <source>&amp;Cổng:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../../gui/server_dialog.py" line="49"/>
        <source>&amp;Cơ sở dữ liệu:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location filename="../../gui/server_dialog.py" line="50"/>
        <source>&amp;Tên đăng nhập:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../gui/server_dialog.py" line="53"/>
        <source>Mật &amp;khẩu:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../../gui/server_dialog.py" line="54"/>
        <source>&amp;Ghi nhớ mật khẩu trên máy này (trong kho mật khẩu của Windows)</source>
        <translation>&amp;Remember the password on this PC (in the Windows credential store)</translation>
    </message>
    <message>
        <location filename="../../gui/server_dialog.py" line="61"/>
        <location filename="../../gui/server_dialog.py" line="64"/>
        <source>Máy này không có kho mật khẩu: mật khẩu được hỏi mỗi lần kết nối và không lưu ở đâu cả.</source>
        <translation>This PC has no credential store: the password is asked at each connection and kept nowhere.</translation>
    </message>
    <message>
        <location filename="../../gui/server_dialog.py" line="78"/>
        <source>&amp;Kết nối</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <location filename="../../gui/server_dialog.py" line="80"/>
        <source>&amp;Thử kết nối</source>
        <translation>&amp;Test the connection</translation>
    </message>
    <message>
        <location filename="../../gui/change_labels.py" line="82"/>
        <source>{who}, {time}</source>
        <translation>{who}, {time}</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../gui/about.py" line="32"/>
        <source>Giới thiệu {name}</source>
        <translation>About {name}</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="39"/>
        <source>Quản lý cuộc họp, biên bản, thông báo kết luận và theo dõi nhiệm vụ của Ban Chỉ đạo.</source>
        <translation>Meetings, minutes, conclusion notices and task follow-up for a steering committee.</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="53"/>
        <source>&amp;Sao chép thông tin</source>
        <translation>&amp;Copy details</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="73"/>
        <source>bản cài đặt</source>
        <translation>installed program</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="73"/>
        <source>chạy từ mã nguồn (Python)</source>
        <translation>run from source (Python)</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="75"/>
        <source>Phiên bản</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="76"/>
        <source>Tệp dữ liệu</source>
        <translation>Data file</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="76"/>
        <source>chưa mở tệp nào</source>
        <translation>no file open</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="77"/>
        <source>Thư mục nhật ký</source>
        <translation>Log folder</translation>
    </message>
</context>
<context>
    <name>AddMemberDialog</name>
    <message>
        <location filename="../../gui/registers/member_dialogs.py" line="25"/>
        <source>Thêm thành viên vào {name}</source>
        <translation>Add a member to {name}</translation>
    </message>
    <message>
        <location filename="../../gui/registers/member_dialogs.py" line="29"/>
        <source>Người</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../gui/registers/member_dialogs.py" line="32"/>
        <source>Gõ họ tên để tìm, hoặc họ tên người mới</source>
        <translation>Type a name to find someone, or a new person&apos;s full name</translation>
    </message>
    <message>
        <location filename="../../gui/registers/member_dialogs.py" line="33"/>
        <source>&amp;Người:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location filename="../../gui/registers/member_dialogs.py" line="35"/>
        <source>&amp;Cơ quan:</source>
        <translation>A&amp;gency:</translation>
    </message>
    <message>
        <location filename="../../gui/registers/member_dialogs.py" line="36"/>
        <source>Cơ quan của người mới (nếu có)</source>
        <translation>The new person&apos;s agency (if any)</translation>
    </message>
    <message>
        <location filename="../../gui/registers/member_dialogs.py" line="38"/>
        <source>&amp;Từ ngày:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../gui/registers/member_dialogs.py" line="40"/>
        <source>Đế&amp;n ngày:</source>
        <translation>U&amp;ntil:</translation>
    </message>
    <message>
        <location filename="../../gui/registers/member_dialogs.py" line="41"/>
        <source>Để trống nếu vẫn đang tham gia.</source>
        <translation>Leave empty while they are still a member.</translation>
    </message>
    <message>
        <location filename="../../gui/registers/member_dialogs.py" line="57"/>
        <source>Đã có trong danh sách người.</source>
        <translation>Already in the list of people.</translation>
    </message>
    <message>
        <location filename="../../gui/registers/member_dialogs.py" line="59"/>
        <source>Người mới: «{name}» sẽ được thêm vào danh sách người.</source>
        <translation>New person: “{name}” will be added to the list of people.</translation>
    </message>
</context>
<context>
    <name>AgenciesPage</name>
    <message>
        <location filename="../../gui/pages/agencies.py" line="24"/>
        <source>Tên cơ quan, đơn vị</source>
        <translation>Agency name</translation>
    </message>
    <message>
        <location filename="../../gui/pages/agencies.py" line="25"/>
        <source>Tên viết tắt</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../gui/pages/agencies.py" line="26"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/pages/agencies.py" line="27"/>
        <source>Danh sách cơ quan, đơn vị</source>
        <translation>List of agencies</translation>
    </message>
    <message>
        <location filename="../../gui/pages/agencies.py" line="28"/>
        <source>Tìm cơ quan (gõ không dấu cũng được, ví dụ: so thong tin)</source>
        <translation>Find an agency (diacritics optional, e.g. so thong tin)</translation>
    </message>
    <message>
        <location filename="../../gui/pages/agencies.py" line="29"/>
        <source>Tìm cơ quan</source>
        <translation>Find an agency</translation>
    </message>
    <message>
        <location filename="../../gui/pages/agencies.py" line="37"/>
        <source>Hiện cả cơ quan đã ngừng hoạt động</source>
        <translation>Show inactive agencies too</translation>
    </message>
    <message>
        <location filename="../../gui/pages/agencies.py" line="41"/>
        <source>Thêm cơ quan…</source>
        <translation>Add agency…</translation>
    </message>
    <message>
        <location filename="../../gui/pages/agencies.py" line="42"/>
        <source>Thêm một cơ quan, đơn vị (Ctrl+N)</source>
        <translation>Add an agency (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../gui/pages/agencies.py" line="43"/>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../gui/pages/agencies.py" line="44"/>
        <source>Sửa tên viết tắt (F2 hoặc Enter)</source>
        <translation>Edit the short name (F2 or Enter)</translation>
    </message>
    <message>
        <location filename="../../gui/pages/agencies.py" line="46"/>
        <source>Đổi tên…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../gui/pages/agencies.py" line="47"/>
        <source>Đổi tên từ một ngày; văn bản cũ vẫn giữ tên cũ</source>
        <translation>Rename from a date; older documents keep the old name</translation>
    </message>
    <message>
        <location filename="../../gui/pages/agencies.py" line="49"/>
        <source>Gộp vào…</source>
        <translation>Merge into…</translation>
    </message>
    <message>
        <location filename="../../gui/pages/agencies.py" line="50"/>
        <source>Chuyển nhiệm vụ và người sang cơ quan khác, rồi ngừng cơ quan này</source>
        <translation>Move tasks and people to another agency, then deactivate this one</translation>
    </message>
    <message>
        <location filename="../../gui/pages/agencies.py" line="38"/>
        <location filename="../../gui/pages/agencies.py" line="75"/>
        <source>Ngừng hoạt động</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../gui/pages/agencies.py" line="53"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../gui/pages/agencies.py" line="54"/>
        <source>Xóa cơ quan nhập nhầm (phím Delete)</source>
        <translation>Delete an agency entered by mistake (Delete key)</translation>
    </message>
    <message>
        <location filename="../../gui/pages/agencies.py" line="56"/>
        <source>Nhập từ Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../gui/pages/agencies.py" line="57"/>
        <source>Thêm cơ quan, đơn vị từ một bảng Excel sẵn có</source>
        <translation>Add agencies from an existing Excel sheet</translation>
    </message>
    <message>
        <location filename="../../gui/pages/agencies.py" line="66"/>
        <source>Cơ quan, đơn vị</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <location filename="../../gui/pages/agencies.py" line="67"/>
        <source>Các cơ quan chủ trì, phối hợp nhiệm vụ và nơi công tác của thành viên. Khi cơ quan đổi tên hoặc sáp nhập, hãy dùng «Đổi tên» hoặc «Gộp» để văn bản cũ vẫn đúng.</source>
        <translation>The agencies that lead or support tasks, and where members work. When an agency is renamed or merged, use “Rename” or “Merge” so older documents stay right.</translation>
    </message>
    <message>
        <location filename="../../gui/pages/agencies.py" line="74"/>
        <source>Đã gộp vào {name}</source>
        <translation>Merged into {name}</translation>
    </message>
    <message>
        <location filename="../../gui/pages/agencies.py" line="75"/>
        <source>Đang hoạt động</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../gui/pages/agencies.py" line="38"/>
        <source>Hoạt động lại</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../../gui/pages/agencies.py" line="103"/>
        <source>Tên trước đây: {names}</source>
        <translation>Former names: {names}</translation>
    </message>
    <message>
        <location filename="../../gui/pages/agencies.py" line="104"/>
        <source>{name} (đến hết {day})</source>
        <translation>{name} (until {day})</translation>
    </message>
    <message>
        <location filename="../../gui/pages/agencies.py" line="132"/>
        <source>«{name}» đã ngừng hoạt động. Đánh dấu «Hiện cả cơ quan đã ngừng hoạt động» để xem lại.</source>
        <translation>“{name}” is now inactive. Tick “Show inactive agencies too” to see it again.</translation>
    </message>
    <message>
        <location filename="../../gui/pages/agencies.py" line="141"/>
        <source>Xóa cơ quan «{name}»?</source>
        <translation>Delete the agency “{name}”?</translation>
    </message>
    <message>
        <location filename="../../gui/pages/agencies.py" line="142"/>
        <source>{problem}

Cho «{name}» ngừng hoạt động thay vì xóa?</source>
        <translation>{problem}

Deactivate “{name}” instead of deleting it?</translation>
    </message>
</context>
<context>
    <name>AgencyDialog</name>
    <message>
        <location filename="../../gui/registers/agency_dialogs.py" line="31"/>
        <source>Thêm cơ quan, đơn vị</source>
        <translation>Add agencies</translation>
    </message>
    <message>
        <location filename="../../gui/registers/agency_dialogs.py" line="31"/>
        <source>Sửa cơ quan, đơn vị</source>
        <translation>Edit agency</translation>
    </message>
    <message>
        <location filename="../../gui/registers/agency_dialogs.py" line="35"/>
        <source>&amp;Tên cơ quan:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../gui/registers/agency_dialogs.py" line="37"/>
        <source>Tên &amp;viết tắt:</source>
        <translation>&amp;Short name:</translation>
    </message>
    <message>
        <location filename="../../gui/registers/agency_dialogs.py" line="38"/>
        <source>Ví dụ: Sở TT&amp;TT. Dùng trong bảng nhiệm vụ khi tên đầy đủ quá dài.</source>
        <translation>Used in task tables when the full name is too long.</translation>
    </message>
    <message>
        <location filename="../../gui/registers/agency_dialogs.py" line="42"/>
        <source>Muốn đổi tên, hãy dùng nút «Đổi tên…» để văn bản cũ vẫn giữ tên cũ.</source>
        <translation>To change the name, use “Rename…” so older documents keep the old name.</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../gui/meeting/agenda_tab.py" line="68"/>
        <source>Người hoặc cơ quan trình bày</source>
        <translation>Presenting person or agency</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/agenda_tab.py" line="71"/>
        <source>Số phút dự kiến</source>
        <translation>Planned minutes</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/agenda_tab.py" line="190"/>
        <source>Tổng thời gian dự kiến: {total}</source>
        <translation>Total planned time: {total}</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/agenda_tab.py" line="269"/>
        <source>Xóa nội dung «{title}» khỏi chương trình?</source>
        <translation>Remove the item &quot;{title}&quot; from the agenda?</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/agenda_tab.py" line="272"/>
        <source>{n} ý kiến đã ghi ở nội dung này sẽ được giữ lại, chuyển về mục «Chưa xếp vào nội dung nào».</source>
        <translation>The {n} opinions recorded under this item are kept, moved to &quot;Not under any item&quot;.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../gui/app.py" line="53"/>
        <source>Đã xảy ra lỗi không mong muốn. Những gì bạn đã nhập vẫn được lưu.</source>
        <translation>An unexpected error occurred. Everything you typed is still saved.</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="56"/>
        <source>Đã xảy ra lỗi không mong muốn. Những gì bạn đã nhập vẫn được lưu.
Chi tiết lỗi được ghi trong tệp nhật ký:
{path}</source>
        <translation>An unexpected error occurred. What you typed has been saved.
The details are in the log file:
{path}</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="61"/>
        <location filename="../../gui/self_test.py" line="62"/>
        <source>Thư ký Ban Chỉ đạo</source>
        <translation>Steering Committee Secretary</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <location filename="../../gui/meeting/attendance_tab.py" line="84"/>
        <source>Lý do vắng</source>
        <translation>Reason for absence</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/attendance_tab.py" line="87"/>
        <source>Người dự thay</source>
        <translation>Substitute</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/attendance_tab.py" line="90"/>
        <source>Chức vụ người dự thay</source>
        <translation>Substitute&apos;s position</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/attendance_tab.py" line="203"/>
        <source>Có mặt {x}/{y}</source>
        <translation>Present {x}/{y}</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/attendance_tab.py" line="205"/>
        <source>, vắng {n}</source>
        <translation>, absent {n}</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/attendance_tab.py" line="207"/>
        <source> · Đại biểu mời có mặt {x}/{y}</source>
        <translation> · Guests present {x}/{y}</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/attendance_tab.py" line="263"/>
        <source>Mọi thành viên của ban vào ngày họp đều đã có trong danh sách.</source>
        <translation>Every member of the committee on the meeting day is already on the list.</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/attendance_tab.py" line="275"/>
        <source>Bỏ «{name}» khỏi danh sách mời của cuộc họp này?</source>
        <translation>Remove &quot;{name}&quot; from this meeting&apos;s invitation list?</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="149"/>
        <source>Chưa có ban nào trong dữ liệu.</source>
        <translation>There is no committee in the data yet.</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="156"/>
        <source>đã họp</source>
        <translation>held</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="156"/>
        <source>dự kiến</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="164"/>
        <source>{date} · {kind} (kế hoạch, chưa tạo cuộc họp)</source>
        <translation>{date} · {kind} (plan, no meeting yet)</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="168"/>
        <source>Năm {year}: đã họp {held}, dự kiến {planned}.</source>
        <translation>{year}: {held} held, {planned} planned.</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="172"/>
        <source> — đã tạo cuộc họp</source>
        <translation> — meeting created</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="191"/>
        <source>Đã thêm vào kế hoạch: {date}.</source>
        <translation>Added to the plan: {date}.</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="196"/>
        <source>Xóa dòng kế hoạch «{text}»?</source>
        <translation>Remove the plan line “{text}”?</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="210"/>
        <source>Đã tạo {n} cuộc họp dự kiến.</source>
        <translation>Created {n} planned meetings.</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="211"/>
        <source>Mọi dòng kế hoạch đã có cuộc họp.</source>
        <translation>Every plan line already has its meeting.</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="230"/>
        <source>Đã ghi {n} cuộc họp dự kiến vào {path}</source>
        <translation>Wrote {n} planned meetings into {path}</translation>
    </message>
</context>
<context>
    <name>ChangeLabels</name>
    <message>
        <location filename="../../gui/change_labels.py" line="14"/>
        <source>thông tin cuộc họp</source>
        <translation>the meeting&apos;s details</translation>
    </message>
    <message>
        <location filename="../../gui/change_labels.py" line="15"/>
        <source>tình trạng cuộc họp</source>
        <translation>the meeting&apos;s status</translation>
    </message>
    <message>
        <location filename="../../gui/change_labels.py" line="16"/>
        <source>nội dung chương trình họp</source>
        <translation>an agenda item</translation>
    </message>
    <message>
        <location filename="../../gui/change_labels.py" line="17"/>
        <source>người dự họp</source>
        <translation>an attendee</translation>
    </message>
    <message>
        <location filename="../../gui/change_labels.py" line="18"/>
        <source>ý kiến</source>
        <translation>an opinion</translation>
    </message>
    <message>
        <location filename="../../gui/change_labels.py" line="19"/>
        <location filename="../../gui/change_labels.py" line="55"/>
        <source>điểm kết luận</source>
        <translation>a conclusion point</translation>
    </message>
    <message>
        <location filename="../../gui/change_labels.py" line="20"/>
        <source>tài liệu</source>
        <translation>a material</translation>
    </message>
    <message>
        <location filename="../../gui/change_labels.py" line="21"/>
        <source>nhiệm vụ</source>
        <translation>the task</translation>
    </message>
    <message>
        <location filename="../../gui/change_labels.py" line="22"/>
        <source>báo cáo tình hình</source>
        <translation>a progress report</translation>
    </message>
    <message>
        <location filename="../../gui/change_labels.py" line="23"/>
        <source>gia hạn</source>
        <translation>an extension</translation>
    </message>
    <message>
        <location filename="../../gui/change_labels.py" line="26"/>
        <source>Thêm {what}</source>
        <translation>Added {what}</translation>
    </message>
    <message>
        <location filename="../../gui/change_labels.py" line="27"/>
        <source>Sửa {what}</source>
        <translation>Changed {what}</translation>
    </message>
    <message>
        <location filename="../../gui/change_labels.py" line="28"/>
        <source>Xóa {what}</source>
        <translation>Deleted {what}</translation>
    </message>
    <message>
        <location filename="../../gui/change_labels.py" line="31"/>
        <source>tên</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../gui/change_labels.py" line="32"/>
        <source>loại</source>
        <translation>kind</translation>
    </message>
    <message>
        <location filename="../../gui/change_labels.py" line="33"/>
        <source>số</source>
        <translation>number</translation>
    </message>
    <message>
        <location filename="../../gui/change_labels.py" line="34"/>
        <source>thời gian</source>
        <translation>time</translation>
    </message>
    <message>
        <location filename="../../gui/change_labels.py" line="35"/>
        <source>giờ kết thúc</source>
        <translation>end time</translation>
    </message>
    <message>
        <location filename="../../gui/change_labels.py" line="36"/>
        <source>địa điểm</source>
        <translation>place</translation>
    </message>
    <message>
        <location filename="../../gui/change_labels.py" line="37"/>
        <source>người chủ trì</source>
        <translation>chair</translation>
    </message>
    <message>
        <location filename="../../gui/change_labels.py" line="51"/>
        <location filename="../../gui/change_labels.py" line="52"/>
        <source>chủ trì</source>
        <translation>lead</translation>
    </message>
    <message>
        <location filename="../../gui/change_labels.py" line="38"/>
        <source>thư ký</source>
        <translation>secretary</translation>
    </message>
    <message>
        <location filename="../../gui/change_labels.py" line="39"/>
        <source>ghi chú</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../gui/change_labels.py" line="40"/>
        <source>tình trạng</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../gui/change_labels.py" line="41"/>
        <location filename="../../gui/change_labels.py" line="42"/>
        <source>nội dung</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../gui/change_labels.py" line="43"/>
        <location filename="../../gui/change_labels.py" line="44"/>
        <source>người phát biểu</source>
        <translation>speaker</translation>
    </message>
    <message>
        <location filename="../../gui/change_labels.py" line="45"/>
        <source>nội dung chương trình</source>
        <translation>agenda item</translation>
    </message>
    <message>
        <location filename="../../gui/change_labels.py" line="46"/>
        <source>thời lượng</source>
        <translation>duration</translation>
    </message>
    <message>
        <location filename="../../gui/change_labels.py" line="47"/>
        <source>người trình bày</source>
        <translation>presenter</translation>
    </message>
    <message>
        <location filename="../../gui/change_labels.py" line="48"/>
        <source>lý do vắng</source>
        <translation>reason for absence</translation>
    </message>
    <message>
        <location filename="../../gui/change_labels.py" line="49"/>
        <source>người dự thay</source>
        <translation>substitute</translation>
    </message>
    <message>
        <location filename="../../gui/change_labels.py" line="50"/>
        <source>thời hạn</source>
        <translation>deadline</translation>
    </message>
    <message>
        <location filename="../../gui/change_labels.py" line="53"/>
        <source>ngày hoàn thành</source>
        <translation>completion date</translation>
    </message>
    <message>
        <location filename="../../gui/change_labels.py" line="54"/>
        <source>ngày giao</source>
        <translation>date assigned</translation>
    </message>
    <message>
        <location filename="../../gui/change_labels.py" line="56"/>
        <source>ngày báo cáo</source>
        <translation>report date</translation>
    </message>
    <message>
        <location filename="../../gui/change_labels.py" line="57"/>
        <source>người báo cáo</source>
        <translation>reported by</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <location filename="../../gui/registers/member_dialogs.py" line="110"/>
        <source>Đổi chức danh: {name}</source>
        <translation>Change role: {name}</translation>
    </message>
    <message>
        <location filename="../../gui/registers/member_dialogs.py" line="113"/>
        <source>Chức danh hiện tại «{role}» kết thúc vào ngày trước ngày thay đổi; văn bản trước ngày đó vẫn ghi chức danh cũ.</source>
        <translation>The current role “{role}” ends the day before the change; documents before that day keep the old role.</translation>
    </message>
    <message>
        <location filename="../../gui/registers/member_dialogs.py" line="115"/>
        <source>Chức danh &amp;mới:</source>
        <translation>&amp;New role:</translation>
    </message>
    <message>
        <location filename="../../gui/registers/member_dialogs.py" line="117"/>
        <source>Từ &amp;ngày:</source>
        <translation>From &amp;date:</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <location filename="../../gui/meeting/check_list.py" line="64"/>
        <source>Tìm trong danh sách</source>
        <translation>Search the list</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/check_list.py" line="66"/>
        <source>Lọc: gõ vài chữ, không cần dấu</source>
        <translation>Filter: type a few letters, diacritics optional</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/check_list.py" line="94"/>
        <source>Đã chọn: {names}</source>
        <translation>Chosen: {names}</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/check_list.py" line="95"/>
        <source>Chưa chọn cơ quan phối hợp nào.</source>
        <translation>No coordinating agency chosen.</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <location filename="../../gui/exchange/column_mapping.py" line="45"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/column_mapping.py" line="61"/>
        <source>(không có)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>CommitteeDialog</name>
    <message>
        <location filename="../../gui/registers/committee_dialog.py" line="18"/>
        <source>Thêm ban</source>
        <translation>Add committee</translation>
    </message>
    <message>
        <location filename="../../gui/registers/committee_dialog.py" line="18"/>
        <source>Sửa thông tin ban</source>
        <translation>Edit committee</translation>
    </message>
    <message>
        <location filename="../../gui/registers/committee_dialog.py" line="24"/>
        <source>Thông tin chung</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../gui/registers/committee_dialog.py" line="25"/>
        <source>Thể thức văn bản</source>
        <translation>Document style</translation>
    </message>
    <message>
        <location filename="../../gui/registers/committee_dialog.py" line="28"/>
        <source>&amp;Tên ban:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../gui/registers/committee_dialog.py" line="30"/>
        <source>Ví dụ: Ban Chỉ đạo công tác thông tin đối ngoại tỉnh</source>
        <translation>The full name, as printed on its documents</translation>
    </message>
    <message>
        <location filename="../../gui/registers/committee_dialog.py" line="32"/>
        <source>Tên &amp;viết tắt:</source>
        <translation>&amp;Short name:</translation>
    </message>
    <message>
        <location filename="../../gui/registers/committee_dialog.py" line="34"/>
        <source>Dùng trong số văn bản: BCĐ → Số: 05/BB-BCĐ</source>
        <translation>Used in document numbers, after the type code: 05/BB-ABC</translation>
    </message>
    <message>
        <location filename="../../gui/registers/committee_dialog.py" line="35"/>
        <source>&amp;Trực thuộc:</source>
        <translation>&amp;Under:</translation>
    </message>
    <message>
        <location filename="../../gui/registers/committee_dialog.py" line="36"/>
        <source>(Không trực thuộc ban nào)</source>
        <translation>(No parent committee)</translation>
    </message>
    <message>
        <location filename="../../gui/registers/committee_dialog.py" line="41"/>
        <source>Người &amp;ký mặc định:</source>
        <translation>Default &amp;signer:</translation>
    </message>
    <message>
        <location filename="../../gui/registers/committee_dialog.py" line="42"/>
        <source>Người</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../gui/registers/committee_dialog.py" line="44"/>
        <source>Người thường ký thông báo kết luận; gõ vài chữ để tìm.</source>
        <translation>Who usually signs the notices; type to find.</translation>
    </message>
    <message>
        <location filename="../../gui/registers/committee_dialog.py" line="58"/>
        <source>Không có «{name}» trong danh sách người. Hãy chọn trong danh sách, hoặc thêm người ở thẻ «Danh sách người».</source>
        <translation>“{name}” is not in the list of people. Pick someone from the list, or add them on the “People” tab.</translation>
    </message>
</context>
<context>
    <name>CommitteesTab</name>
    <message>
        <location filename="../../gui/registers/committees_tab.py" line="18"/>
        <source>Nhà nước</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../gui/registers/committees_tab.py" line="18"/>
        <source>Đảng</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../gui/registers/committees_tab.py" line="19"/>
        <source>Theo năm</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <location filename="../../gui/registers/committees_tab.py" line="19"/>
        <source>Theo nhiệm kỳ</source>
        <translation>Per term</translation>
    </message>
    <message>
        <location filename="../../gui/registers/committees_tab.py" line="21"/>
        <source>Tên ban</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location filename="../../gui/registers/committees_tab.py" line="22"/>
        <source>Viết tắt</source>
        <translation>Short</translation>
    </message>
    <message>
        <location filename="../../gui/registers/committees_tab.py" line="23"/>
        <source>Trực thuộc</source>
        <translation>Under</translation>
    </message>
    <message>
        <location filename="../../gui/registers/committees_tab.py" line="24"/>
        <source>Thể thức</source>
        <translation>Style</translation>
    </message>
    <message>
        <location filename="../../gui/registers/committees_tab.py" line="25"/>
        <source>Đánh số</source>
        <translation>Numbering</translation>
    </message>
    <message>
        <location filename="../../gui/registers/committees_tab.py" line="26"/>
        <source>Người ký mặc định</source>
        <translation>Default signer</translation>
    </message>
    <message>
        <location filename="../../gui/registers/committees_tab.py" line="27"/>
        <source>Danh sách ban</source>
        <translation>List of committees</translation>
    </message>
    <message>
        <location filename="../../gui/registers/committees_tab.py" line="28"/>
        <source>Tìm ban theo tên hoặc tên viết tắt</source>
        <translation>Find a committee by name or abbreviation</translation>
    </message>
    <message>
        <location filename="../../gui/registers/committees_tab.py" line="29"/>
        <source>Tìm ban</source>
        <translation>Find a committee</translation>
    </message>
    <message>
        <location filename="../../gui/registers/committees_tab.py" line="37"/>
        <source>Hiện cả ban đã giải thể</source>
        <translation>Show dissolved committees too</translation>
    </message>
    <message>
        <location filename="../../gui/registers/committees_tab.py" line="40"/>
        <source>Thêm ban…</source>
        <translation>Add committee…</translation>
    </message>
    <message>
        <location filename="../../gui/registers/committees_tab.py" line="41"/>
        <source>Thêm một Ban Chỉ đạo, Tiểu ban… (Ctrl+N)</source>
        <translation>Add a steering committee, sub-committee… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../gui/registers/committees_tab.py" line="42"/>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../gui/registers/committees_tab.py" line="43"/>
        <source>Sửa thông tin và thể thức văn bản (F2 hoặc Enter)</source>
        <translation>Edit its details and document style (F2 or Enter)</translation>
    </message>
    <message>
        <location filename="../../gui/registers/committees_tab.py" line="44"/>
        <source>Xem thành viên</source>
        <translation>Show members</translation>
    </message>
    <message>
        <location filename="../../gui/registers/committees_tab.py" line="37"/>
        <source>Giải thể</source>
        <translation>Dissolve</translation>
    </message>
    <message>
        <location filename="../../gui/registers/committees_tab.py" line="46"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../gui/registers/committees_tab.py" line="47"/>
        <source>Xóa ban nhập nhầm (phím Delete)</source>
        <translation>Delete a committee entered by mistake (Delete key)</translation>
    </message>
    <message>
        <location filename="../../gui/registers/committees_tab.py" line="38"/>
        <source>Hoạt động lại</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../../gui/registers/committees_tab.py" line="71"/>
        <source>Xóa ban «{name}»?</source>
        <translation>Delete the committee “{name}”?</translation>
    </message>
    <message>
        <location filename="../../gui/registers/committees_tab.py" line="72"/>
        <source>{problem}

Đánh dấu «{name}» là đã giải thể thay vì xóa?</source>
        <translation>{problem}

Mark “{name}” as dissolved instead of deleting it?</translation>
    </message>
</context>
<context>
    <name>ConclusionModel</name>
    <message>
        <location filename="../../gui/meeting/conclusion_model.py" line="117"/>
        <source> [{n} nhiệm vụ]</source>
        <translation> [{n} tasks]</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/conclusion_model.py" line="125"/>
        <source>Kết luận</source>
        <translation>Conclusion</translation>
    </message>
</context>
<context>
    <name>ConclusionTab</name>
    <message>
        <location filename="../../gui/meeting/conclusion_tab.py" line="178"/>
        <source>Điểm {label}</source>
        <translation>Point {label}</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/conclusion_tab.py" line="181"/>
        <source>Ý con mới của điểm {label}</source>
        <translation>New sub-point of point {label}</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/conclusion_tab.py" line="182"/>
        <source>Điểm kết luận mới</source>
        <translation>New conclusion point</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/conclusion_tab.py" line="242"/>
        <source>Điểm kết luận trống nên chưa được lưu.</source>
        <translation>The conclusion point is empty, so it was not saved.</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/conclusion_tab.py" line="256"/>
        <source>Hãy chọn điểm kết luận sẽ chứa ý con.</source>
        <translation>Choose the conclusion point that will hold the sub-point.</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/conclusion_tab.py" line="311"/>
        <source>Xóa điểm kết luận {label}?</source>
        <translation>Delete conclusion point {label}?</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/conclusion_tab.py" line="313"/>
        <source>Các ý con của điểm này cũng bị xóa ({n} ý).</source>
        <translation>Its sub-points are deleted too ({n}).</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/conclusion_tab.py" line="316"/>
        <source>{n} nhiệm vụ giao theo điểm này vẫn được giữ, chỉ không còn gắn với điểm nào.</source>
        <translation>The {n} tasks assigned under this point are kept, no longer linked to a point.</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/conclusion_tab.py" line="335"/>
        <source>Hãy chọn (hoặc ghi) điểm kết luận để giao nhiệm vụ.</source>
        <translation>Choose (or write) the conclusion point the task comes from.</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../gui/conflicts.py" line="19"/>
        <source>{problem}

Bản của bạn:
{mine}

Bản của {who}:
{theirs}

Giữ bản của bạn? Chọn «Không» để lấy bản của {who}; bản của bạn đã được chép vào bộ nhớ tạm (Ctrl+V), và Ctrl+Z trong ô nội dung cũng đưa lại.</source>
        <translation>{problem}

Your version:
{mine}

{who}&apos;s version:
{theirs}

Keep your version? Choose “No” to take {who}&apos;s; yours has been copied to the clipboard (Ctrl+V), and Ctrl+Z in the text box brings it back too.</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../gui/core_strings.py" line="7"/>
        <source>Chưa nhập {field}. Hãy nhập {field} rồi lưu lại.</source>
        <translation>{field} is missing. Enter it, then save.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="8"/>
        <source>{field} dài quá {limit} ký tự. Hãy rút gọn lại.</source>
        <translation>{field} is longer than {limit} characters. Please shorten it.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="9"/>
        <source>{field} không hợp lệ: «{value}». Hãy chọn một trong: {choices}.</source>
        <translation>{field} is not valid: “{value}”. Choose one of: {choices}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="10"/>
        <source>{field} «{value}» không phải là ngày hợp lệ. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 15/03/2026.</source>
        <translation>{field} “{value}” is not a valid date. Type it as day/month/year, for example 15/03/2026.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="11"/>
        <source>{field} «{value}» không phải là giờ hợp lệ. Hãy nhập giờ:phút, ví dụ 7:30 hoặc 14:00.</source>
        <translation>{field} «{value}» is not a valid time. Type hours:minutes, for example 7:30 or 14:00.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="12"/>
        <source>Thời hạn «{value}» chưa hiểu được. Hãy nhập một ngày (15/03/2026, trước 15/3/2026), một kỳ (Quý II/2026, tháng 6/2026, năm 2026) hoặc «thường xuyên».</source>
        <translation>The deadline “{value}” is not understood. Type a date (15/03/2026, trước 15/3/2026), a period (Quý II/2026, tháng 6/2026, năm 2026) or “thường xuyên” (regular).</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="13"/>
        <source>Giờ kết thúc ({end}) sớm hơn giờ bắt đầu ({start}). Hãy sửa lại giờ kết thúc.</source>
        <translation>The end time ({end}) is before the start time ({start}). Please correct the end time.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="14"/>
        <source>Thời hạn {deadline} sớm hơn ngày họp {meeting_date}. Hãy kiểm tra lại thời hạn.</source>
        <translation>The deadline {deadline} is before the meeting date {meeting_date}. Please check the deadline.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="15"/>
        <source>{field} «{value}» không đúng dạng địa chỉ thư điện tử. Hãy nhập theo dạng ten@coquan.gov.vn, hoặc để trống.</source>
        <translation>{field} “{value}” is not an e-mail address. Type it as name@agency.gov.vn, or leave it empty.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="16"/>
        <source>Ngày kết thúc ({end}) sớm hơn ngày bắt đầu ({start}). Hãy sửa lại.</source>
        <translation>The end date ({end}) is before the start date ({start}). Please correct it.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="17"/>
        <source>Ngày hoàn thành {completed} sớm hơn ngày giao nhiệm vụ {assigned}. Hãy kiểm tra lại.</source>
        <translation>The completion date {completed} is before the task was assigned ({assigned}). Please check it.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="18"/>
        <source>Đã có cơ quan «{existing}» trùng với «{value}». Hãy dùng cơ quan đã có.</source>
        <translation>The agency “{existing}” already exists and matches “{value}”. Please use the existing one.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="19"/>
        <source>Đã có người tên «{existing}» trùng với «{value}» trong cùng cơ quan. Hãy dùng người đã có, hoặc ghi rõ cơ quan khác.</source>
        <translation>“{existing}” already exists in the same agency and matches “{value}”. Use the existing person, or give a different agency.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="20"/>
        <source>Đã có ban «{existing}» trùng với «{value}».</source>
        <translation>The committee “{existing}” already exists and matches “{value}”.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="21"/>
        <source>«{person}» đã là thành viên của ban này trong thời gian đó (từ {start}). Hãy sửa thành viên đã có thay vì thêm lần nữa.</source>
        <translation>“{person}” is already a member of this committee at that time (from {start}). Edit the existing membership instead of adding it again.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="22"/>
        <source>Ngày thay đổi ({effective}) phải sau ngày bắt đầu ({start}) của chức danh «{role}». Nếu chức danh đó nhập nhầm, hãy sửa trực tiếp thay vì đổi chức danh.</source>
        <translation>The date of the change ({effective}) must be after the start ({start}) of the role “{role}”. If that role was entered by mistake, edit it instead of changing the role.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="23"/>
        <source>Chức danh «{role}» của «{person}» đã kết thúc ngày {end}. Hãy thêm «{person}» vào ban như một thành viên mới.</source>
        <translation>The role “{role}” of “{person}” ended on {end}. Add “{person}” to the committee as a new member.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="24"/>
        <source>Không tìm thấy {kind} số {id}. Có thể đã bị xóa; hãy tải lại danh sách.</source>
        <translation>{kind} number {id} was not found. It may have been deleted; reload the list.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="25"/>
        <source>Không thể xóa {kind} «{name}» vì còn {holders}. Hãy chuyển hoặc xóa những mục đó trước, hoặc chọn «Ngừng hoạt động».</source>
        <translation>Cannot delete the {kind} “{name}”: {holders} still refer to it. Move or delete those first, or choose “Deactivate”.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="26"/>
        <source>Không thể gộp một cơ quan vào chính nó. Hãy chọn cơ quan khác.</source>
        <translation>An agency cannot be merged into itself. Choose another agency.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="27"/>
        <source>{kind} «{name}» đã ngừng hoạt động. Hãy chọn mục khác.</source>
        <translation>{kind} “{name}” is inactive. Choose another one.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="28"/>
        <source>Không thể đặt ban «{name}» trực thuộc chính nó hoặc ban con của nó.</source>
        <translation>The committee “{name}” cannot sit under itself or one of its own sub-committees.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="29"/>
        <source>Cuộc họp «{title}» đã được chốt biên bản nên không thể sửa. Hãy mở lại cuộc họp (ghi rõ lý do) nếu thật sự cần sửa.</source>
        <translation>The minutes of “{title}” are final, so it cannot be changed. Reopen the meeting (giving a reason) if it really must change.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="30"/>
        <source>Không thể chuyển cuộc họp từ «{old}» sang «{new}».</source>
        <translation>A meeting cannot go from “{old}” to “{new}”.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="31"/>
        <source>Hãy ghi lý do mở lại cuộc họp đã chốt.</source>
        <translation>Give the reason for reopening a finalised meeting.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="32"/>
        <source>Cuộc họp chưa diễn ra (còn ở trạng thái «Dự kiến») nên chưa có {kind} chính thức: chưa ai được điểm danh, chưa có diễn biến. Hãy chuyển cuộc họp sang «Đã họp» trước, hoặc chọn ghi bản dự thảo.</source>
        <translation>The meeting has not taken place yet (it is still «Planned»), so there is no official {kind}: nobody has been marked present and nothing was recorded. Set the meeting to «Held» first, or choose to write a draft.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="33"/>
        <source>Cuộc họp chưa có kết luận hay nhiệm vụ nào nên {kind} sẽ không có nội dung. Hãy ghi kết luận trước, hoặc chọn ghi bản dự thảo.</source>
        <translation>The meeting has no conclusion or task yet, so the {kind} would say nothing. Record the conclusion first, or choose to write a draft.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="34"/>
        <source>{field} ({date}) muộn hơn ngày họp ({meeting_date}). Giấy mời phải ban hành trước cuộc họp; hãy chọn ngày sớm hơn.</source>
        <translation>{field} ({date}) is later than the meeting ({meeting_date}). An invitation is issued before the meeting; choose an earlier date.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="35"/>
        <source>Tệp dữ liệu «{path}» chỉ đọc (hoặc không có quyền ghi) nên không thể lấy số văn bản. Chưa ghi tệp nào. Hãy mở tệp dữ liệu có quyền ghi rồi thử lại.</source>
        <translation>The data file «{path}» is read-only (or you may not write to it), so no document number can be taken. No file was written. Open a data file you can write to and try again.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="36"/>
        <source>Số {number} đã được dùng cho văn bản khác trong sổ {series}. Hãy chọn số khác.</source>
        <translation>Number {number} is already used by another document in series {series}. Choose another number.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="37"/>
        <source>{kind} không thuộc cuộc họp này.</source>
        <translation>{kind} does not belong to this meeting.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="38"/>
        <source>Nhiệm vụ cần có cơ quan hoặc người chủ trì.</source>
        <translation>A task needs a lead agency or a lead person.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="39"/>
        <source>{field} phải là một số nguyên dương (đã nhập «{value}»).</source>
        <translation>{field} must be a positive whole number (you typed “{value}”).</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="40"/>
        <source>{field} phải từ {low} đến {high} (đã nhập «{value}»).</source>
        <translation>{field} must be from {low} to {high} (you typed “{value}”).</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="41"/>
        <source>Kết luận chỉ có hai cấp: điểm 1., 2. và ý a), b). Không thể đặt một ý vào trong ý con, hay đưa một điểm còn ý con vào điểm khác.</source>
        <translation>A conclusion has two levels only: points 1., 2. and sub-points a), b). A sub-point cannot go inside another, nor can a point with sub-points go into another point.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="42"/>
        <source>Thời hạn {deadline} sớm hơn ngày giao nhiệm vụ {assigned}. Hãy kiểm tra lại thời hạn.</source>
        <translation>The deadline {deadline} is before the task was assigned ({assigned}). Please check the deadline.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="43"/>
        <source>Ngày hoàn thành {completed} chưa tới (hôm nay là {today}). Hãy kiểm tra lại ngày, tháng, năm.</source>
        <translation>The completion date {completed} is in the future (today is {today}). Please check the day, month and year.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="44"/>
        <source>Thời hạn mới {new} không muộn hơn thời hạn đang có {old}. Gia hạn phải lùi thời hạn; nếu chỉ nhập nhầm, hãy sửa nhiệm vụ.</source>
        <translation>The new deadline {new} is not later than the current one {old}. An extension must move the deadline later; to fix a typing mistake, edit the task.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="45"/>
        <source>Nhiệm vụ đã hoàn thành ngày {completed}. Hãy mở lại nhiệm vụ trước khi gia hạn.</source>
        <translation>The task was completed on {completed}. Reopen it before extending it.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="46"/>
        <source>Cuộc họp «{title}» còn {holders}. Xóa cuộc họp sẽ xóa luôn các nhiệm vụ đó cùng tình hình thực hiện; số văn bản đã lấy vẫn được giữ trong sổ. Hãy xác nhận nếu thật sự muốn xóa.</source>
        <translation>The meeting “{title}” still has {holders}. Deleting it also deletes those tasks and their progress; document numbers already taken stay in the register. Confirm only if you really want to delete it.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="47"/>
        <source>Hãy nhập ít nhất hai phần nội dung để tách nhiệm vụ.</source>
        <translation>Type at least two parts to split the task.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="48"/>
        <source>Tệp dữ liệu «{path}» đang được mở bởi một cửa sổ khác của chương trình ({owner}). Hãy dùng cửa sổ đó, hoặc đóng nó rồi mở lại.</source>
        <translation>The data file “{path}” is open in another window of the program ({owner}). Use that window, or close it and open the file again.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="49"/>
        <source>Tệp dữ liệu «{path}» được tạo bởi phiên bản mới hơn của chương trình. Hãy cài phiên bản mới nhất rồi mở lại.</source>
        <translation>The data file “{path}” was made by a newer version of the program. Install the latest version, then open it again.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="50"/>
        <source>Tệp «{path}» không phải là tệp dữ liệu của chương trình, hoặc đã bị hỏng. Hãy chọn tệp khác hoặc khôi phục từ bản sao lưu.</source>
        <translation>“{path}” is not a data file of this program, or it is damaged. Choose another file or restore a backup.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="51"/>
        <source>Không kết nối được máy chủ dữ liệu «{server}» ({reason}). Hãy kiểm tra tên máy, cổng và mạng, và hỏi người quản trị máy chủ có đang chạy không.</source>
        <translation>Cannot connect to the database server «{server}» ({reason}). Check the host name, port and network, and ask the administrator whether the server is running.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="52"/>
        <source>Máy chủ dữ liệu «{server}» không nhận tên đăng nhập «{user}» với mật khẩu đã nhập. Hãy kiểm tra lại tên đăng nhập và mật khẩu.</source>
        <translation>The database server «{server}» refused the login «{user}» with the password given. Check the login name and password.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="53"/>
        <source>Máy chủ dữ liệu «{server}» không có cơ sở dữ liệu «{database}». Hãy kiểm tra lại tên, hoặc nhờ người quản trị tạo cơ sở dữ liệu đó.</source>
        <translation>The database server «{server}» has no database «{database}». Check the name, or ask the administrator to create it.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="54"/>
        <source>Tên đăng nhập «{user}» chưa được cấp quyền dùng cơ sở dữ liệu «{database}» trên máy chủ «{server}». Hãy nhờ người quản trị máy chủ cấp quyền.</source>
        <translation>The user «{user}» has not been given the rights to use the database «{database}» on the server «{server}». Ask the server&apos;s administrator to grant them.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="55"/>
        <source>Máy chủ dữ liệu «{server}» chạy PostgreSQL {version}; chương trình cần PostgreSQL {needed} trở lên. Hãy nhờ người quản trị nâng cấp máy chủ.</source>
        <translation>The database server «{server}» runs PostgreSQL {version}; the program needs PostgreSQL {needed} or newer. Ask the administrator to upgrade the server.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="56"/>
        <source>Cơ sở dữ liệu «{database}» trên máy chủ «{server}» đã được một phiên bản mới hơn của chương trình nâng cấp. Hãy cài phiên bản mới nhất rồi mở lại.</source>
        <translation>The database «{database}» on the server «{server}» was upgraded by a newer version of the program. Install the latest version and open it again.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="57"/>
        <source>Cơ sở dữ liệu «{database}» trên máy chủ «{server}» đang chứa bảng của chương trình khác. Hãy chọn một cơ sở dữ liệu trống hoặc của chương trình này.</source>
        <translation>The database «{database}» on the server «{server}» holds another program&apos;s tables. Choose an empty database or one of this program.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="58"/>
        <source>Địa chỉ máy chủ dữ liệu «{url}» không đúng dạng postgresql://tên@máy:cổng/cơ_sở_dữ_liệu.</source>
        <translation>The database server address «{url}» is not of the form postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="59"/>
        <source>Nơi nhận «{target}» đã có dữ liệu (bảng {table}: {rows} dòng). Chỉ chép vào một cơ sở dữ liệu trống để không trộn hai bộ dữ liệu; hãy tạo một cơ sở dữ liệu mới rồi thử lại.</source>
        <translation>The target «{target}» already holds data (table {table}: {rows} rows). Copies go only into an empty database so that two sets of data are never mixed; create a new database and try again.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="60"/>
        <source>Bản chép không khớp với bản gốc ở bảng {table} ({detail}). Chưa ghi gì vào nơi nhận; hãy thử lại, và báo cho bộ phận hỗ trợ nếu vẫn lỗi.</source>
        <translation>The copy does not match the original in table {table} ({detail}). Nothing was written to the target; try again, and tell support if it fails again.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="61"/>
        <source>Lệnh {command} chép từ {source} (--db) sang {target} (--to). Hãy kiểm tra lại hai địa chỉ.</source>
        <translation>The command {command} copies from {source} (--db) to {target} (--to). Check the two addresses.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="62"/>
        <source>{kind} đã được {who} sửa lúc {when}, sau khi bạn mở ra. Bản bạn vừa nhập chưa được ghi và vẫn còn nguyên; hãy chọn giữ bản của mình hay lấy bản kia.</source>
        <translation>{kind} was changed by {who} at {when}, after you opened it. What you just typed has not been saved and is still here; choose to keep yours or take the other.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="63"/>
        <source>Tệp «{path}» đã có. Hãy chọn tên khác; chương trình không ghi đè tệp đã có.</source>
        <translation>“{path}” already exists. Choose another name; the program never overwrites a file.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="64"/>
        <source>Không tìm thấy tệp «{path}». Hãy kiểm tra lại đường dẫn.</source>
        <translation>The file “{path}” was not found. Please check the path.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="65"/>
        <source>Tệp «{path}» đang được mở trong chương trình khác (Word, Excel…). Hãy đóng tệp đó rồi thử lại.</source>
        <translation>“{path}” is open in another program (Word, Excel…). Close it and try again.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="66"/>
        <source>Thư mục «{path}» không tồn tại. Hãy chọn thư mục khác.</source>
        <translation>The folder “{path}” does not exist. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="67"/>
        <source>Không có quyền ghi vào thư mục «{path}» (thư mục chỉ đọc hoặc không có quyền). Hãy chọn thư mục khác.</source>
        <translation>No permission to write to the folder “{path}” (the folder is read-only or you lack the rights). Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="68"/>
        <source>Ổ đĩa đã đầy, không ghi được «{path}». Hãy giải phóng dung lượng rồi thử lại.</source>
        <translation>The disk is full; “{path}” could not be written. Free some space and try again.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="69"/>
        <source>Tệp «{path}» chỉ cho phép đọc (hoặc không có quyền ghi), nên không ghi được thay đổi. Hãy bỏ thuộc tính chỉ đọc của tệp, hoặc chép tệp sang thư mục khác rồi mở lại.</source>
        <translation>The file “{path}” is read-only (or you lack the rights to write it), so changes cannot be saved. Clear the file&apos;s read-only attribute, or copy it to another folder and open it again.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="70"/>
        <source>Không có quyền đọc «{path}». Hãy nhờ người quản trị máy cấp quyền, hoặc chép tệp sang thư mục của mình.</source>
        <translation>No permission to read “{path}”. Ask the computer&apos;s administrator for access, or copy the file to your own folder.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="71"/>
        <source>Đường dẫn quá dài: «{path}». Hãy chọn thư mục nằm gần gốc ổ đĩa hơn, hoặc đặt tên ngắn hơn.</source>
        <translation>The path is too long: “{path}”. Choose a folder closer to the root of the drive, or use shorter names.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="72"/>
        <source>Đường dẫn quá dài: tên «{name}» dài quá 255 byte. Hãy đặt tên tệp hoặc thư mục ngắn hơn.</source>
        <translation>The path is too long: the name “{name}” is longer than 255 bytes. Use a shorter file or folder name.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="73"/>
        <source>«{path}» là một thư mục, không phải một tệp. Hãy chọn hoặc đặt tên một tệp.</source>
        <translation>“{path}” is a folder, not a file. Choose or name a file.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="74"/>
        <source>«{path}» không phải là một tệp thông thường (đó là một thiết bị hoặc tệp đặc biệt của hệ thống). Hãy chọn một tệp dữ liệu.</source>
        <translation>“{path}” is not an ordinary file (it is a device or a special system file). Choose a data file.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="75"/>
        <source>Không đọc ghi được ổ đĩa chứa «{path}» (ổ đĩa bị rút ra, lỗi hoặc ổ mạng bị ngắt). Hãy kiểm tra ổ đĩa (cắm lại, kết nối lại) rồi thử lại: lỗi này do ổ đĩa, tệp dữ liệu không hẳn đã hỏng.</source>
        <translation>The drive holding “{path}” cannot be read or written (it was removed, failed, or the network drive was disconnected). Check the drive (plug it in or reconnect it) and try again: this is the drive&apos;s fault, the data file is not necessarily damaged.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="76"/>
        <source>Không mở được «{path}» ({reason}). Hãy kiểm tra lại đường dẫn và quyền truy cập.</source>
        <translation>Cannot open “{path}” ({reason}). Check the path and the access rights.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="77"/>
        <source>Không thể sao lưu vào chính tệp dữ liệu đang dùng («{path}»): bản sao sẽ ghi đè và làm hỏng dữ liệu. Hãy chọn tên tệp hoặc thư mục khác.</source>
        <translation>Cannot back up onto the data file in use (“{path}”): the copy would overwrite and damage the data. Choose another file name or folder.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="78"/>
        <source>Tệp «{path}» chính là tệp dữ liệu đang dùng, không phải một bản sao lưu. Hãy chọn một bản sao lưu khác.</source>
        <translation>“{path}” is the data file in use, not a backup. Choose another backup.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="79"/>
        <source>Bản sao lưu «{path}» được tạo bởi phiên bản mới hơn của chương trình nên không khôi phục được. Hãy cài phiên bản mới nhất rồi khôi phục lại. Dữ liệu hiện tại chưa bị thay đổi.</source>
        <translation>The backup “{path}” was made by a newer version of the program, so it cannot be restored. Install the latest version, then restore again. The current data has not been changed.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="80"/>
        <source>Tệp «{path}» là định dạng Excel cũ (.xls). Hãy mở bằng Excel và lưu lại thành .xlsx.</source>
        <translation>File &quot;{path}&quot; is in the old Excel format (.xls). Open it in Excel and save it as .xlsx.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="81"/>
        <source>Tệp «{path}» có mật khẩu nên chương trình không đọc được. Hãy mở bằng Excel, bỏ mật khẩu (Tệp &gt; Thông tin &gt; Bảo vệ sổ làm việc &gt; Mã hóa bằng mật khẩu, xóa trống) rồi lưu lại.</source>
        <translation>File &quot;{path}&quot; has a password, so the program cannot read it. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password, clear it) and save it.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="82"/>
        <source>Tệp «{path}» bị hỏng hoặc không đọc được. Hãy mở bằng Excel, lưu lại thành một tệp .xlsx mới rồi thử lại.</source>
        <translation>File &quot;{path}&quot; is damaged or unreadable. Open it in Excel, save it as a new .xlsx file and try again.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="83"/>
        <source>Tệp «{path}» không phải là tệp Excel ({kind}). Hãy chọn đúng tệp Excel (.xlsx).</source>
        <translation>File &quot;{path}&quot; is not an Excel file ({kind}). Choose the Excel file (.xlsx).</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="84"/>
        <source>Tệp «{path}» là {kind}; chương trình chỉ đọc được tệp .xlsx. Hãy mở bằng Excel hoặc LibreOffice và lưu lại thành .xlsx.</source>
        <translation>File &quot;{path}&quot; is {kind}; the program reads only .xlsx files. Open it in Excel or LibreOffice and save it as .xlsx.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="85"/>
        <source>Tệp «{path}» quá lớn (hơn {limit} MB khi giải nén). Hãy chép riêng phần cần nhập sang một tệp mới.</source>
        <translation>File &quot;{path}&quot; is too large (over {limit} MB unpacked). Copy the part to import into a new file.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="86"/>
        <source>Tệp «{path}» chứa quá nhiều đoạn chữ khác nhau (hơn {limit}): đây không phải một bảng biểu mẫu bình thường, chương trình không đọc để tránh treo máy. Hãy mở bằng Excel, chép riêng phần cần nhập sang một tệp mới.</source>
        <translation>The file “{path}” holds too many different texts (over {limit}): it is not an ordinary form, and the program does not read it so as not to hang the computer. Open it in Excel and copy the part to import into a new file.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="87"/>
        <source>Trang «{sheet}» của tệp «{path}» có hơn {limit} dòng dữ liệu; chương trình dừng đọc ở dòng {row}. Hãy tách thành nhiều tệp nhỏ hơn.</source>
        <translation>Sheet &quot;{sheet}&quot; of file &quot;{path}&quot; has more than {limit} rows of data; reading stopped at row {row}. Split it into smaller files.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="88"/>
        <source>Tệp «{path}» không có trang «{sheet}». Hãy chọn trang khác.</source>
        <translation>File &quot;{path}&quot; has no sheet &quot;{sheet}&quot;. Choose another sheet.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="89"/>
        <source>Không tìm thấy dòng tiêu đề cột (có cột «{needed}») trong {limit} dòng đầu của trang «{sheet}», tệp «{path}». Hãy thêm dòng tiêu đề hoặc chọn cột bằng tay.</source>
        <translation>No heading row (with a “{needed}” column) in the first {limit} rows of sheet “{sheet}”, file “{path}”. Add a heading row or choose the columns by hand.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="101"/>
        <source>Tệp «{name}» không nhận làm tài liệu họp: chỉ nhận PDF, Word (.doc, .docx), Excel (.xls, .xlsx), ảnh (.png, .jpg, .gif, .bmp, .tif).</source>
        <translation>The file “{name}” cannot be a meeting material: only PDF, Word (.doc, .docx), Excel (.xls, .xlsx) and pictures (.png, .jpg, .gif, .bmp, .tif) are accepted.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="109"/>
        <source>Đã xảy ra lỗi không mong muốn. Dữ liệu đã nhập vẫn được giữ lại.</source>
        <translation>An unexpected error occurred. What you typed has been kept.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="110"/>
        <source>{time} ngày {day}</source>
        <translation>{time} on {day}</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="111"/>
        <source>người khác</source>
        <translation>someone else</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="112"/>
        <source>đầu</source>
        <translation>the start</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="113"/>
        <source>tệp «{name}»</source>
        <translation>file “{name}”</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="114"/>
        <source>tệp «{name}», dòng {row}</source>
        <translation>file “{name}”, row {row}</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="115"/>
        <source>tệp «{name}», trang «{sheet}», dòng {row}</source>
        <translation>file “{name}”, sheet “{sheet}”, row {row}</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="116"/>
        <source>{source} dòng ở bản gốc, {copy} dòng ở bản chép</source>
        <translation>{source} rows in the original, {copy} rows in the copy</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="117"/>
        <source>nội dung khác nhau</source>
        <translation>the contents differ</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="118"/>
        <source>{converter} không trả lời</source>
        <translation>{converter} did not answer</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="119"/>
        <source>{converter} không ghi ra tệp PDF</source>
        <translation>{converter} wrote no PDF file</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="120"/>
        <source>{committees} ban, {people} người, {meetings} cuộc họp, {opinions} ý kiến, {tasks} nhiệm vụ</source>
        <translation>committees: {committees}, people: {people}, meetings: {meetings}, opinions: {opinions}, tasks: {tasks}</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="121"/>
        <source>{name}, trang «{sheet}»</source>
        <translation>{name}, sheet “{sheet}”</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="122"/>
        <source>Lỗi: câu lệnh chưa đúng ({detail}). Xem: python main.py --help</source>
        <translation>Error: the command is not right ({detail}). See: python main.py --help</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="123"/>
        <source>Lỗi: {problem}</source>
        <translation>Error: {problem}</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="124"/>
        <source>Cảnh báo: {warning}</source>
        <translation>Warning: {warning}</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="125"/>
        <source>Lỗi không mong muốn: chương trình đã ghi chi tiết vào nhật ký {path}. Dữ liệu đã có không bị thay đổi.</source>
        <translation>Unexpected error: the details are in the log {path}. The data already recorded has not been changed.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="126"/>
        <source>Lỗi không mong muốn (không ghi được nhật ký). Dữ liệu đã có không bị thay đổi.</source>
        <translation>Unexpected error (the log could not be written). The data already recorded has not been changed.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="127"/>
        <source>Đã tạo dữ liệu mẫu: {path} ({summary})</source>
        <translation>Sample data created: {path} ({summary})</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="128"/>
        <source>Đã sao lưu {source} vào {path} ({size} byte)</source>
        <translation>Backed up {source} to {path} ({size} bytes)</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="129"/>
        <source>{table}: {rows} dòng</source>
        <translation>{table}: {rows} rows</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="130"/>
        <source>Đã chép {rows} dòng của {tables} bảng sang {target} trong {seconds} giây; số dòng và tổng kiểm tra của từng bảng khớp.</source>
        <translation>Copied {rows} rows of {tables} tables to {target} in {seconds} seconds; the row counts and checksums of every table agree.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="131"/>
        <source>Số {number} đã được giữ cho văn bản này từ lần ghi trước chưa xong ({path}); dùng lại số này.</source>
        <translation>Number {number} was kept for this document by an earlier save that did not finish ({path}); it is used again.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="132"/>
        <source>Đã ghi {path} (số {number}/{doc_type}, sổ {series})</source>
        <translation>Written {path} (number {number}/{doc_type}, register {series})</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="133"/>
        <source>Đã ghi báo cáo vào {path}: giao {assigned}, đến hạn {due}, hoàn thành đúng hạn {done_on_time}, hoàn thành quá hạn {done_late}, quá hạn chưa hoàn thành {overdue}, tỷ lệ hoàn thành {rate}.</source>
        <translation>Report written to {path}: assigned {assigned}, due {due}, done on time {done_on_time}, done late {done_late}, overdue and not done {overdue}, completion rate {rate}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="134"/>
        <source>Đã ghi {letters} công văn đôn đốc (số {first} đến {last}, {tasks} nhiệm vụ) vào {folder}</source>
        <translation>Written reminder letters: {letters} (numbers {first} to {last}, tasks: {tasks}) in {folder}</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="135"/>
        <source>Đã lưu thêm {count} bản PDF</source>
        <translation>PDF copies also saved: {count}</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="136"/>
        <source>Đã ghi {count} cuộc họp dự kiến vào {path}</source>
        <translation>Planned meetings written: {count}, to {path}</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="137"/>
        <source>Đã xuất {count} nhiệm vụ vào {path}</source>
        <translation>Tasks exported: {count}, to {path}</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="138"/>
        <source>(trống)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="139"/>
        <source>Lỗi: Không đọc được tệp nào trong {files} tệp đã chọn (xem các dòng «Cần xem lại» ở trên). Chưa ghi gì vào dữ liệu.</source>
        <translation>Error: none of the {files} files chosen could be read (see the “Check” lines above). Nothing was written to the data.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="140"/>
        <source>Đã ghi: {tasks} nhiệm vụ ({reports} báo cáo tình hình mới, {completed} ngày hoàn thành); {known} đã có từ trước; bỏ qua {skipped} chỗ cần xem lại.</source>
        <translation>Written: tasks {tasks} (new progress reports {reports}, completion dates {completed}); already recorded {known}; left for a check {skipped}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="141"/>
        <source>Xem trước (chưa ghi gì): {files} tệp, {changes} nhiệm vụ thay đổi, {unchanged} không đổi, {conflicts} chỗ cần xem lại.</source>
        <translation>Preview (nothing written): files {files}, tasks changed {changes}, unchanged {unchanged}, to check {conflicts}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="142"/>
        <source>Đọc được: {files} tệp, {changes} nhiệm vụ thay đổi, {unchanged} không đổi, {conflicts} chỗ cần xem lại.</source>
        <translation>Read: files {files}, tasks changed {changes}, unchanged {unchanged}, to check {conflicts}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="143"/>
        <source>tình hình: «{old}» → «{new}»</source>
        <translation>progress: “{old}” → “{new}”</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="144"/>
        <source>ngày hoàn thành: {old} → {new}</source>
        <translation>completed on: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="145"/>
        <source>trạng thái: {old} → {new}</source>
        <translation>status: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="146"/>
        <source>{code} ({file}, dòng {row}): {parts}</source>
        <translation>{code} ({file}, row {row}): {parts}</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="147"/>
        <source>Cần xem lại ({where}): {problem}</source>
        <translation>Check ({where}): {problem}</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="148"/>
        <source>Bảng mã cũ ({file}, ô {cell}): «{text}»</source>
        <translation>Old encoding ({file}, cell {cell}): “{text}”</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="149"/>
        <source>Bảng mã cũ ({file}, ô {cell}): «{text}» → «{converted}»</source>
        <translation>Old encoding ({file}, cell {cell}): “{text}” → “{converted}”</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="150"/>
        <source>Lưu ý: {note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="151"/>
        <source>Tệp dữ liệu đang nằm trên ổ mạng. SQLite không an toàn trên ổ mạng: dữ liệu có thể hỏng nếu hai máy cùng mở. Hãy chép tệp về ổ đĩa của máy này.</source>
        <translation>The data file is on a network drive. SQLite is not safe on a network drive: the data can be damaged if two computers open it at once. Copy the file to this computer&apos;s own disk.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="152"/>
        <source>Không tạo được bản sao lưu hằng ngày: {reason}</source>
        <translation>The daily backup could not be made: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="153"/>
        <source>Dòng {row}: {problem}</source>
        <translation>Row {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="154"/>
        <source>Tệp «{name}» không ghi thời điểm xuất bảng: không kiểm tra được nhiệm vụ nào đã được sửa ở đây sau khi gửi đi.</source>
        <translation>The file “{name}” does not record when the list was exported: the program cannot check which tasks were changed here after it was sent.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="155"/>
        <source>Tệp «{name}» không có cột «{column}»: đây không phải bảng nhiệm vụ do chương trình xuất ra (hoặc cột mã đã bị xóa), nên không ghép được với nhiệm vụ nào.</source>
        <translation>The file “{name}” has no task code column: it is not a task list exported by this program (or the code column was deleted), so none of its rows can be matched with a task.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="156"/>
        <source>có nội dung cập nhật nhưng không có mã nhiệm vụ (dòng thêm mới?), nên không biết thuộc nhiệm vụ nào.</source>
        <translation>has an update but no task code (a row added by hand?), so it belongs to no known task.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="157"/>
        <source>mã nhiệm vụ «{code}» không có trong dữ liệu (nhiệm vụ đã bị xóa, hoặc bảng của ban khác).</source>
        <translation>the task code “{code}” is not in the data (the task was deleted, or the list belongs to another committee).</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="158"/>
        <source>nhiệm vụ «{code}» đã có trong tệp «{file}», trang «{sheet}», dòng {first_row}; chỉ lấy lần đầu.</source>
        <translation>the task “{code}” is already in file “{file}”, sheet “{sheet}”, row {first_row}; only the first one is taken.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="159"/>
        <source>ô «Ngày hoàn thành» ({value}) không phải là ngày. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 15/03/2026.</source>
        <translation>the completion date ({value}) is not a date. Enter it as day/month/year, e.g. 15/03/2026.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="160"/>
        <source>ô «Tình hình thực hiện» có vẻ gõ bằng bảng mã {encoding} cũ. Hãy chuyển sang Unicode (Unikey: Công cụ chuyển mã) rồi gửi lại.</source>
        <translation>the progress cell seems typed in the old {encoding} encoding. Convert it to Unicode (Unikey: conversion tool) and send it again.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="161"/>
        <source>ngày hoàn thành {completed} sau ngày hôm nay ({today}).</source>
        <translation>the completion date {completed} is after today ({today}).</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="162"/>
        <source>ngày hoàn thành {completed} sớm hơn ngày giao nhiệm vụ {assigned}. Hãy kiểm tra lại ngày, tháng, năm.</source>
        <translation>the completion date {completed} is before the task was assigned ({assigned}). Check the day, month and year.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="163"/>
        <source>ô «Tình hình thực hiện» dài {length} ký tự, quá giới hạn {limit} ký tự. Hãy rút gọn rồi gửi lại.</source>
        <translation>the progress cell is {length} characters long, over the limit of {limit}. Shorten it and send it again.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="164"/>
        <source>trạng thái «{status}» không có trong danh sách.</source>
        <translation>the status “{status}” is not in the list.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="165"/>
        <source>ghi «{status}» nhưng chưa có ngày hoàn thành. Hãy nhập ngày hoàn thành.</source>
        <translation>says “{status}” but has no completion date. Enter the completion date.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="166"/>
        <source>nhiệm vụ «{code}» đã được sửa ở đây lúc {changed}, sau khi gửi bảng cho cơ quan ({exported}). Hãy xem lại trước khi nhận.</source>
        <translation>the task “{code}” was changed here at {changed}, after the list was sent to the agency ({exported}). Check it before accepting.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="167"/>
        <source>ô {cell} gõ bằng bảng mã {encoding} cũ, đã chuyển thành «{converted}».</source>
        <translation>cell {cell} was typed in the old {encoding} encoding and has been converted to “{converted}”.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="168"/>
        <source>ô {cell} có vẻ gõ bằng bảng mã {encoding} cũ. Hãy chuyển sang Unicode (Unikey: Công cụ chuyển mã) rồi nhập lại.</source>
        <translation>cell {cell} seems typed in the old {encoding} encoding. Convert it to Unicode (Unikey: conversion tool) and import again.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="169"/>
        <source>{field} dài quá {limit} ký tự.</source>
        <translation>{field} is longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="170"/>
        <source>«{name}» trùng với dòng {first} trong tệp.</source>
        <translation>“{name}” repeats row {first} of the file.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="171"/>
        <source>đã có «{name}» trong dữ liệu.</source>
        <translation>“{name}” is already recorded.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="172"/>
        <source>chưa có họ và tên.</source>
        <translation>no full name.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="173"/>
        <source>email «{email}» không đúng dạng (ví dụ ten@coquan.gov.vn).</source>
        <translation>the email “{email}” is not a valid address (e.g. name@agency.gov.vn).</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="174"/>
        <source>số điện thoại {digits} được ghi thành 0{digits} (Excel đã bỏ số 0 ở đầu).</source>
        <translation>the phone number {digits} is recorded as 0{digits} (Excel dropped the leading zero).</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="175"/>
        <source>ô Điện thoại chứa một ngày, không phải số điện thoại.</source>
        <translation>the phone cell holds a date, not a phone number.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="176"/>
        <source>số điện thoại «{phone}» có vẻ chưa đúng.</source>
        <translation>the phone number “{phone}” does not look right.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="177"/>
        <source>chưa có tên cơ quan.</source>
        <translation>no agency name.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/core_strings.py" line="183"/>
        <source>%n nhiệm vụ</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/core_strings.py" line="184"/>
        <source>%n văn bản đã lấy số</source>
        <translation>
            <numerusform>%n numbered document</numerusform>
            <numerusform>%n numbered documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/core_strings.py" line="185"/>
        <source>%n nhiệm vụ chủ trì</source>
        <translation>
            <numerusform>%n task led</numerusform>
            <numerusform>%n tasks led</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/core_strings.py" line="186"/>
        <source>%n nhiệm vụ phối hợp</source>
        <translation>
            <numerusform>%n task coordinated</numerusform>
            <numerusform>%n tasks coordinated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/core_strings.py" line="187"/>
        <source>%n người thuộc cơ quan</source>
        <translation>
            <numerusform>%n person of the agency</numerusform>
            <numerusform>%n people of the agency</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/core_strings.py" line="188"/>
        <source>%n lượt dự họp</source>
        <translation>
            <numerusform>%n meeting attendance</numerusform>
            <numerusform>%n meeting attendances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/core_strings.py" line="189"/>
        <source>%n nội dung họp do cơ quan trình bày</source>
        <translation>
            <numerusform>%n agenda item presented by the agency</numerusform>
            <numerusform>%n agenda items presented by the agency</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/core_strings.py" line="190"/>
        <source>%n cơ quan đã gộp vào</source>
        <translation>
            <numerusform>%n agency merged into it</numerusform>
            <numerusform>%n agencies merged into it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/core_strings.py" line="191"/>
        <source>%n cuộc họp</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/core_strings.py" line="192"/>
        <source>%n lượt thành viên</source>
        <translation>
            <numerusform>%n membership</numerusform>
            <numerusform>%n memberships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/core_strings.py" line="193"/>
        <source>%n ban trực thuộc</source>
        <translation>
            <numerusform>%n sub-committee</numerusform>
            <numerusform>%n sub-committees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/core_strings.py" line="194"/>
        <source>%n văn bản đã cấp số</source>
        <translation>
            <numerusform>%n numbered document</numerusform>
            <numerusform>%n numbered documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/core_strings.py" line="195"/>
        <source>%n lượt là thành viên ban</source>
        <translation>
            <numerusform>%n committee membership</numerusform>
            <numerusform>%n committee memberships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/core_strings.py" line="196"/>
        <source>%n cuộc họp do người này chủ trì</source>
        <translation>
            <numerusform>%n meeting chaired by this person</numerusform>
            <numerusform>%n meetings chaired by this person</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/core_strings.py" line="197"/>
        <source>%n cuộc họp do người này làm thư ký</source>
        <translation>
            <numerusform>%n meeting with this person as secretary</numerusform>
            <numerusform>%n meetings with this person as secretary</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/core_strings.py" line="198"/>
        <source>%n ý kiến phát biểu</source>
        <translation>
            <numerusform>%n opinion given</numerusform>
            <numerusform>%n opinions given</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/core_strings.py" line="199"/>
        <source>%n nội dung họp do người này trình bày</source>
        <translation>
            <numerusform>%n agenda item presented by this person</numerusform>
            <numerusform>%n agenda items presented by this person</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/core_strings.py" line="200"/>
        <source>%n nhiệm vụ do người này chủ trì</source>
        <translation>
            <numerusform>%n task led by this person</numerusform>
            <numerusform>%n tasks led by this person</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/core_strings.py" line="201"/>
        <source>%n ban chọn người này ký mặc định</source>
        <translation>
            <numerusform>%n committee with this person as default signer</numerusform>
            <numerusform>%n committees with this person as default signer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="90"/>
        <source>Không tìm thấy các bài báo mẫu trong «{path}».</source>
        <translation>The sample articles were not found in “{path}”.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="91"/>
        <source>Không tìm thấy nhiệm vụ «{code}» ({where}): có thể vừa bị xóa. Chưa ghi thay đổi nào; hãy đọc lại các tệp.</source>
        <translation>Task &quot;{code}&quot; ({where}) was not found: it may have just been deleted. Nothing was written; read the files again.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="92"/>
        <source>Nhiệm vụ «{code}» ({where}) vừa được sửa ở đây sau khi xem trước. Chưa ghi thay đổi nào; hãy đọc lại các tệp rồi xem lại.</source>
        <translation>Task &quot;{code}&quot; ({where}) was changed here after the preview. Nothing was written; read the files again and check.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="93"/>
        <source>Nhiệm vụ «{code}» ({where}) đã được sửa ở đây sau khi gửi bảng cho cơ quan. Chưa ghi thay đổi nào; hãy xem lại, và chỉ chọn nhận thay đổi này nếu chắc chắn.</source>
        <translation>Task &quot;{code}&quot; ({where}) was changed here after the form was sent to the agency. Nothing was written; check it, and accept this change only if you are sure.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="94"/>
        <source>Không thể nhận thay đổi của nhiệm vụ «{code}» ({where}): {reason} Chưa ghi thay đổi nào; hãy bỏ chọn dòng này.</source>
        <translation>The change to task &quot;{code}&quot; ({where}) cannot be accepted: {reason} Nothing was written; untick this row.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="95"/>
        <source>Nhiệm vụ «{code}» ({where}): {reason} Chưa ghi thay đổi nào.</source>
        <translation>Task &quot;{code}&quot; ({where}): {reason} Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="96"/>
        <source>Các dòng {rows} còn lỗi nên chưa nhập dòng nào. Hãy sửa tệp, hoặc bỏ chọn các dòng đó.</source>
        <translation>Rows {rows} still have errors, so no row was imported. Correct the file, or untick those rows.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="97"/>
        <source>Dòng {row}: {reason} Chưa nhập dòng nào.</source>
        <translation>Row {row}: {reason} No row was imported.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="98"/>
        <source>Chưa chọn dòng nào để nhập.</source>
        <translation>No row is ticked for import.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="99"/>
        <source>Không có nhiệm vụ nào để xuất với lựa chọn hiện tại. Hãy bỏ bớt điều kiện lọc.</source>
        <translation>No task to export with the current choice. Remove some filters.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="100"/>
        <source>Không có nhiệm vụ nào cần đôn đốc của {committee} với lựa chọn hiện tại (tính đến ngày {as_of}). Chưa ghi công văn nào.</source>
        <translation>{committee} has no task to remind about with the current choice (as of {as_of}). No letter was written.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="102"/>
        <source>Tệp «{name}» ({size} MB) lớn hơn mức cho phép {limit} MB cho một tài liệu. Hãy nén hoặc tách tệp.</source>
        <translation>The file «{name}» ({size} MB) is larger than the {limit} MB allowed for one material. Compress or split it.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="103"/>
        <source>Tài liệu của cuộc họp sẽ vượt {limit} MB (đã có {used} MB). Hãy bớt tài liệu hoặc nén tệp.</source>
        <translation>The meeting&apos;s materials would exceed {limit} MB ({used} MB already). Remove some or compress the files.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="104"/>
        <source>Cuộc họp chưa có tài liệu nào để đóng gói. Hãy thêm tài liệu trước.</source>
        <translation>The meeting has no materials to pack yet. Add some first.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="105"/>
        <source>Tệp «{name}» rỗng (0 byte). Hãy chọn đúng tệp.</source>
        <translation>The file «{name}» is empty (0 bytes). Choose the right file.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="106"/>
        <source>Máy này chưa có Microsoft Word hay LibreOffice nên không lưu được bản PDF. Bản Word (.docx) vẫn được ghi đầy đủ.</source>
        <translation>This PC has neither Microsoft Word nor LibreOffice, so no PDF copy can be saved. The Word file (.docx) was written in full.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="107"/>
        <source>Không chuyển được «{path}» sang PDF ({reason}). Bản Word (.docx) vẫn được ghi đầy đủ.</source>
        <translation>Could not convert «{path}» to PDF ({reason}). The Word file (.docx) was written in full.</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="108"/>
        <source>Dòng kế hoạch ngày {date} đã thành cuộc họp rồi.</source>
        <translation>The plan line of {date} is already a meeting.</translation>
    </message>
</context>
<context>
    <name>CoreValues</name>
    <message>
        <location filename="../../gui/core_strings.py" line="235"/>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="245"/>
        <source>Tên cơ quan</source>
        <translation>Agency name</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="246"/>
        <source>Tên viết tắt</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="237"/>
        <source>cơ quan</source>
        <translation>agency</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="263"/>
        <source>Tên ban</source>
        <translation>Committee name</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="264"/>
        <source>Thể thức văn bản</source>
        <translation>Document style</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="265"/>
        <source>Đánh số lại</source>
        <translation>Numbering restart</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="267"/>
        <source>Ban cấp trên</source>
        <translation>Parent committee</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="268"/>
        <source>Người</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="269"/>
        <source>Cơ quan cấp trên</source>
        <translation>Parent body</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="270"/>
        <source>Cơ quan ban hành</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="271"/>
        <source>Địa danh</source>
        <translation>Place name</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="272"/>
        <source>Cơ quan thường trực</source>
        <translation>Secretariat</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="273"/>
        <source>Nhiệm kỳ</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="236"/>
        <source>cuộc họp</source>
        <translation>meetings</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="280"/>
        <source>Nội dung họp</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="282"/>
        <source>Người trình bày</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="283"/>
        <source>Thời gian dự kiến (phút)</source>
        <translation>Planned time (minutes)</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="238"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="225"/>
        <source>Định dạng tệp báo cáo</source>
        <translation>Report file format</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="239"/>
        <source>Họ</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="240"/>
        <source>Tên</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="241"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="242"/>
        <source>Cơ quan</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="243"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="247"/>
        <source>bảng tính XML 2003</source>
        <translation>an XML 2003 spreadsheet</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="248"/>
        <source>trang web (HTML)</source>
        <translation>a web page (HTML)</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="249"/>
        <source>tệp PDF</source>
        <translation>a PDF file</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="250"/>
        <source>không rõ định dạng</source>
        <translation>unknown format</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="251"/>
        <source>tệp Word .doc</source>
        <translation>a Word .doc file</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="252"/>
        <source>tệp PowerPoint .ppt</source>
        <translation>a PowerPoint .ppt file</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="253"/>
        <source>sổ Excel nhị phân (.xlsb)</source>
        <translation>a binary Excel workbook (.xlsb)</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="254"/>
        <source>bảng tính LibreOffice (.ods)</source>
        <translation>a LibreOffice spreadsheet (.ods)</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="255"/>
        <source>tệp Word .docx</source>
        <translation>a Word .docx file</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="256"/>
        <source>tệp PowerPoint .pptx</source>
        <translation>a PowerPoint .pptx file</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="257"/>
        <source>tệp nén .zip</source>
        <translation>a .zip archive</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="276"/>
        <source>Loại văn bản</source>
        <translation>Document type</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="274"/>
        <source>Số văn bản</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="224"/>
        <source>Đuôi tệp văn bản</source>
        <translation>Document file extension</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="226"/>
        <source>Ngày tính (--as-of)</source>
        <translation>As-of date (--as-of)</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="227"/>
        <source>ngày tính (--as-of)</source>
        <translation>the as-of date (--as-of)</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="228"/>
        <source>ngày bắt đầu (--from)</source>
        <translation>start date (--from)</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="229"/>
        <source>ngày kết thúc (--to)</source>
        <translation>end date (--to)</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="230"/>
        <source>tên máy chủ</source>
        <translation>server name</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="231"/>
        <source>tên cơ sở dữ liệu</source>
        <translation>database name</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="232"/>
        <source>tên đăng nhập</source>
        <translation>user name</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="233"/>
        <source>Cổng</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="234"/>
        <source>Số ngày (--due-within)</source>
        <translation>Number of days (--due-within)</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="258"/>
        <source>Ngày họp dự kiến</source>
        <translation>Planned date</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="259"/>
        <source>ngày họp dự kiến</source>
        <translation>the planned date</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="260"/>
        <source>loại cuộc họp</source>
        <translation>the kind of meeting</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="262"/>
        <source>dòng kế hoạch</source>
        <translation>plan line</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="266"/>
        <source>Nơi nhận</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="275"/>
        <source>Ngày giấy mời</source>
        <translation>Invitation date</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="277"/>
        <source>Biên bản</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="278"/>
        <source>Thông báo kết luận</source>
        <translation>Conclusion notice</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="279"/>
        <source>Giấy mời</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="281"/>
        <source>tài liệu</source>
        <translation>material</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="284"/>
        <source>Tình trạng dự họp</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="285"/>
        <source>Lý do vắng</source>
        <translation>Reason for absence</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="286"/>
        <source>Người dự thay</source>
        <translation>Substitute</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="287"/>
        <source>Chức vụ người dự thay</source>
        <translation>Substitute&apos;s position</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="288"/>
        <source>Dự kiến</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="289"/>
        <source>Đã họp</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="290"/>
        <source>Đã chốt biên bản</source>
        <translation>Minutes final</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="291"/>
        <source>Được mời</source>
        <translation>Invited</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="292"/>
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="293"/>
        <source>Vắng mặt</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="294"/>
        <source>Dự thay</source>
        <translation>Substituted</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="295"/>
        <source>Nội dung kết luận</source>
        <translation>Conclusion text</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="296"/>
        <source>Người phát biểu</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="297"/>
        <source>Nội dung ý kiến</source>
        <translation>Opinion text</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="298"/>
        <source>Thời lượng (giây)</source>
        <translation>Duration (seconds)</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="299"/>
        <source>Ý kiến</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="300"/>
        <source>Tình trạng cuộc họp</source>
        <translation>Meeting status</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="301"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="302"/>
        <source>Thời gian bắt đầu</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="303"/>
        <source>Thời gian kết thúc</source>
        <translation>End time</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="333"/>
        <source>người dự họp</source>
        <translation>attendee</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="334"/>
        <source>ý kiến</source>
        <translation>opinion</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="335"/>
        <source>nhiệm vụ</source>
        <translation>task</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="336"/>
        <source>điểm kết luận</source>
        <translation>conclusion point</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="337"/>
        <source>nội dung họp</source>
        <translation>agenda item</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="338"/>
        <source>ban</source>
        <translation>committee</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="339"/>
        <source>biên bản</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="340"/>
        <source>thông báo kết luận</source>
        <translation>conclusion notice</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="341"/>
        <source>tệp dữ liệu</source>
        <translation>data file</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="342"/>
        <source>tệp dữ liệu mới</source>
        <translation>new data file</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="343"/>
        <source>máy chủ (postgresql://…)</source>
        <translation>server (postgresql://…)</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="261"/>
        <source>Loại cuộc họp</source>
        <translation>Kind of meeting</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="304"/>
        <source>Tên cuộc họp</source>
        <translation>Meeting title</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="305"/>
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="306"/>
        <source>Số phiên họp</source>
        <translation>Session number</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="307"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="309"/>
        <source>Chức danh trong ban</source>
        <translation>Role in the committee</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="223"/>
        <source>Ngày kết thúc</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="310"/>
        <source>Thành viên</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="311"/>
        <source>Ngày thay đổi</source>
        <translation>Date of the change</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="312"/>
        <source>thành viên</source>
        <translation>member</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="222"/>
        <source>Ngày bắt đầu</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="313"/>
        <source>Ngày xem</source>
        <translation>Date shown</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="244"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="308"/>
        <source>Thông tin cuộc họp</source>
        <translation>Meeting details</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="314"/>
        <source>người</source>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="316"/>
        <source>Số công văn đầu tiên</source>
        <translation>First letter number</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="317"/>
        <source>Số công văn</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="318"/>
        <source>Nơi nhận mặc định</source>
        <translation>Default recipients</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="319"/>
        <source>Dòng thẩm quyền ký</source>
        <translation>Signature authority line</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="320"/>
        <source>Thư mục sao lưu</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="321"/>
        <source>Số bản sao lưu giữ lại</source>
        <translation>Backups to keep</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="322"/>
        <source>Ngày giao</source>
        <translation>Date assigned</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="315"/>
        <source>Tình hình thực hiện</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="323"/>
        <source>Ngày báo cáo</source>
        <translation>Report date</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="324"/>
        <source>Người báo cáo</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="325"/>
        <source>Tệp nguồn</source>
        <translation>Source file</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="326"/>
        <source>Ngày hoàn thành</source>
        <translation>Completion date</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="327"/>
        <source>Lý do gia hạn</source>
        <translation>Reason for the extension</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="328"/>
        <source>Ngày gia hạn</source>
        <translation>Extension date</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="329"/>
        <source>Nội dung nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="330"/>
        <source>Nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="331"/>
        <source>Điểm kết luận</source>
        <translation>Conclusion point</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="332"/>
        <source>Thư điện tử</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../gui/date_fields.py" line="205"/>
        <source>Chọn trên lịch (Alt+↓)</source>
        <translation>Pick on a calendar (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../gui/date_fields.py" line="211"/>
        <source>ngày/tháng/năm</source>
        <translation>day/month/year</translation>
    </message>
    <message>
        <location filename="../../gui/date_fields.py" line="221"/>
        <source>thứ Hai</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../gui/date_fields.py" line="221"/>
        <source>thứ Ba</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../gui/date_fields.py" line="221"/>
        <source>thứ Tư</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../gui/date_fields.py" line="221"/>
        <source>thứ Năm</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../gui/date_fields.py" line="222"/>
        <source>thứ Sáu</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../gui/date_fields.py" line="222"/>
        <source>thứ Bảy</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../gui/date_fields.py" line="222"/>
        <source>Chủ nhật</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../gui/date_fields.py" line="226"/>
        <source>Chưa đọc được ngày. Hãy gõ ngày/tháng/năm, ví dụ 15/3/2026 hoặc 15032026.</source>
        <translation>This is not a date yet. Type day/month/year, for example 15/3/2026 or 15032026.</translation>
    </message>
</context>
<context>
    <name>DocumentsBar</name>
    <message>
        <location filename="../../gui/meeting/documents.py" line="180"/>
        <source>Đang ghi {document}…</source>
        <translation>Writing the {document}…</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/documents.py" line="190"/>
        <source>Đã ghi {path} (số {number:02d}).</source>
        <translation>Wrote {path} (number {number:02d}).</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/documents.py" line="194"/>
        <source>Bản PDF: {path}.</source>
        <translation>PDF copy: {path}.</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/documents.py" line="200"/>
        <source>Biên bản</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/documents.py" line="200"/>
        <source>Thông báo kết luận</source>
        <translation>Conclusion notice</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/documents.py" line="201"/>
        <source>Giấy mời</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/documents.py" line="209"/>
        <source>Cuộc họp chưa diễn ra (còn «Dự kiến»): chưa ai được điểm danh, chưa có diễn biến.</source>
        <translation>The meeting has not taken place yet (still «Planned»): nobody has been marked present and nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/documents.py" line="212"/>
        <source>Cuộc họp chưa có kết luận hay nhiệm vụ nào.</source>
        <translation>The meeting has no conclusion or task yet.</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/documents.py" line="213"/>
        <source>Vẫn ghi {kind} như một bản dự thảo?</source>
        <translation>Write the {kind} anyway, as a draft?</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/documents.py" line="223"/>
        <source>Số {number:02d} đã được giữ cho văn bản này từ lần ghi trước chưa xong (tệp {path} có thể chưa có). Ghi lại sẽ dùng lại số này.</source>
        <translation>Number {number:02d} was reserved for this document by an earlier write that did not finish (the file {path} may be missing). Writing again reuses this number.</translation>
    </message>
</context>
<context>
    <name>DoneForm</name>
    <message>
        <location filename="../../gui/tasks/task_forms.py" line="128"/>
        <location filename="../../gui/tasks/task_forms.py" line="139"/>
        <source>Đánh dấu hoàn thành</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_forms.py" line="130"/>
        <source>Ngày hoàn thành</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_forms.py" line="133"/>
        <source>Ngày hoàn thành:</source>
        <translation>Completed on:</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_forms.py" line="139"/>
        <source>Mở lại nhiệm vụ</source>
        <translation>Reopen the task</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_forms.py" line="141"/>
        <source>Đã hoàn thành ngày {date} ({status}).</source>
        <translation>Done on {date} ({status}).</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_forms.py" line="143"/>
        <source>Nhiệm vụ chưa hoàn thành.</source>
        <translation>The task is not done.</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_forms.py" line="153"/>
        <source>Đã mở lại nhiệm vụ.</source>
        <translation>The task was reopened.</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_forms.py" line="154"/>
        <source>Đã ghi nhận hoàn thành: {status}.</source>
        <translation>Recorded as done: {status}.</translation>
    </message>
</context>
<context>
    <name>EndMembershipDialog</name>
    <message>
        <location filename="../../gui/registers/member_dialogs.py" line="130"/>
        <source>Thôi tham gia ban: {name}</source>
        <translation>Leave the committee: {name}</translation>
    </message>
    <message>
        <location filename="../../gui/registers/member_dialogs.py" line="133"/>
        <source>«{name}» ({role}) thôi là thành viên từ sau ngày dưới đây. Các cuộc họp và văn bản trước đó vẫn ghi tên như cũ.</source>
        <translation>“{name}” ({role}) stops being a member after the day below. Earlier meetings and documents still list them.</translation>
    </message>
    <message>
        <location filename="../../gui/registers/member_dialogs.py" line="136"/>
        <source>&amp;Ngày cuối cùng:</source>
        <translation>&amp;Last day:</translation>
    </message>
</context>
<context>
    <name>ExportMemberList</name>
    <message>
        <location filename="../../gui/exchange/member_list.py" line="27"/>
        <source>Lưu danh sách thành viên</source>
        <translation>Save the member list</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/member_list.py" line="33"/>
        <source>Đã xuất {count} thành viên vào tệp:
{path}</source>
        <translation>Exported {count} members to the file:
{path}</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/member_list.py" line="42"/>
        <source>Đang xuất {done}/{total} thành viên…</source>
        <translation>Exporting {done}/{total} members…</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/member_list.py" line="43"/>
        <source>Đang ghi tệp Excel…</source>
        <translation>Writing the Excel file…</translation>
    </message>
</context>
<context>
    <name>ExportTasksDialog</name>
    <message>
        <location filename="../../gui/exchange/export_tasks.py" line="44"/>
        <source>Xuất nhiệm vụ ra Excel</source>
        <translation>Export tasks to Excel</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/export_tasks.py" line="49"/>
        <source>{count} nhiệm vụ đang xem ({scope}).</source>
        <translation>{count} tasks shown ({scope}).</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/export_tasks.py" line="50"/>
        <source>{count} nhiệm vụ đang xem.</source>
        <translation>{count} tasks shown.</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/export_tasks.py" line="54"/>
        <source>Bảng theo dõi nhiệm vụ (một tệp)</source>
        <translation>Task tracking sheet (one file)</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/export_tasks.py" line="55"/>
        <source>Đủ các cột theo mẫu, để in, báo cáo hoặc lưu.</source>
        <translation>Every column of the official layout, to print, report or keep.</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/export_tasks.py" line="56"/>
        <source>Phiếu gửi từng cơ quan (mỗi cơ quan chủ trì một tệp, trong một thư mục mới)</source>
        <translation>Forms for each agency (one file per lead agency, in a new folder)</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/export_tasks.py" line="58"/>
        <source>Cơ quan chỉ sửa được các cột «Tình hình thực hiện», «Ngày hoàn thành», «Trạng thái», rồi gửi lại tệp để nhập vào.</source>
        <translation>Agencies can change only the &quot;Progress&quot;, &quot;Completed on&quot; and &quot;Status&quot; columns, then send the file back to be imported.</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/export_tasks.py" line="64"/>
        <source>Bỏ qua nhiệm vụ đã hoàn thành</source>
        <translation>Leave out finished tasks</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/export_tasks.py" line="77"/>
        <source>Xuất…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/export_tasks.py" line="81"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/export_tasks.py" line="117"/>
        <source>Đang xuất {done}/{total} nhiệm vụ…</source>
        <translation>Exporting {done}/{total} tasks…</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/export_tasks.py" line="118"/>
        <source>Đang ghi tệp Excel…</source>
        <translation>Writing the Excel file…</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/export_tasks.py" line="126"/>
        <source>Đã tạo {files} phiếu ({tasks} nhiệm vụ) trong thư mục:
{folder}</source>
        <translation>Made {files} forms ({tasks} tasks) in the folder:
{folder}</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/export_tasks.py" line="130"/>
        <source>Đã xuất {tasks} nhiệm vụ vào tệp:
{path}</source>
        <translation>Exported {tasks} tasks to the file:
{path}</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/export_tasks.py" line="136"/>
        <source>Lưu bảng theo dõi nhiệm vụ</source>
        <translation>Save the task tracking sheet</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/export_tasks.py" line="146"/>
        <source>Chọn nơi tạo thư mục phiếu gửi cơ quan</source>
        <translation>Choose where to make the agencies&apos; forms folder</translation>
    </message>
</context>
<context>
    <name>ExtendForm</name>
    <message>
        <location filename="../../gui/tasks/task_forms.py" line="162"/>
        <source>Gia hạn</source>
        <translation>Extend</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_forms.py" line="164"/>
        <source>Thời hạn mới</source>
        <translation>New deadline</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_forms.py" line="165"/>
        <source>Ví dụ: 30/6/2026, trước 15/7/2026, Quý III/2026</source>
        <translation>E.g. 30/6/2026, trước 15/7/2026, Quý III/2026</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_forms.py" line="168"/>
        <source>Ngày gia hạn</source>
        <translation>Extension date</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_forms.py" line="170"/>
        <source>Lý do gia hạn</source>
        <translation>Reason for the extension</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_forms.py" line="172"/>
        <source>Thời hạn mới:</source>
        <translation>New deadline:</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_forms.py" line="174"/>
        <source>Lý do:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_forms.py" line="175"/>
        <source>Ngày gia hạn:</source>
        <translation>Extension date:</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_forms.py" line="182"/>
        <source>Nhiệm vụ đã hoàn thành: mở lại trước khi gia hạn.</source>
        <translation>The task is done: reopen it before extending it.</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_forms.py" line="196"/>
        <source>Không thời hạn</source>
        <translation>No deadline</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_forms.py" line="197"/>
        <source>Hạn mới: {date}</source>
        <translation>New due date: {date}</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_forms.py" line="210"/>
        <source>Đã gia hạn đến {deadline} (lần thứ {n}).</source>
        <translation>Extended to {deadline} (extension {n}).</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../gui/tasks/filter_bar.py" line="231"/>
        <source>Mọi ban</source>
        <translation>All committees</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/filter_bar.py" line="237"/>
        <source>Mọi cơ quan</source>
        <translation>All agencies</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/filter_bar.py" line="251"/>
        <source>Mọi cuộc họp</source>
        <translation>All meetings</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <location filename="../../gui/meeting/followup.py" line="98"/>
        <source>Kết luận các cuộc họp trước còn đang thực hiện: {n} nhiệm vụ</source>
        <translation>Conclusions of earlier meetings still in progress: {n} tasks</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <location filename="../../gui/forms.py" line="136"/>
        <source>Lỗi: {field}</source>
        <translation>Problem: {field}</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../gui/forms.py" line="81"/>
        <source>Hãy nhập ngày, ví dụ 15/03/2026.</source>
        <translation>Enter a date, for example 15/03/2026.</translation>
    </message>
</context>
<context>
    <name>GuestForm</name>
    <message>
        <location filename="../../gui/meeting/guest_form.py" line="23"/>
        <source>Chức vụ khách mời</source>
        <translation>Guest&apos;s position</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/guest_form.py" line="25"/>
        <source>Cơ quan của khách mời</source>
        <translation>Guest&apos;s agency</translation>
    </message>
</context>
<context>
    <name>IdentityFields</name>
    <message>
        <location filename="../../gui/registers/identity_fields.py" line="38"/>
        <source>&amp;Thể thức văn bản:</source>
        <translation>Document &amp;style:</translation>
    </message>
    <message>
        <location filename="../../gui/registers/identity_fields.py" line="39"/>
        <source>Nhà nước (Nghị định 30/2020/NĐ-CP)</source>
        <translation>State (Decree 30/2020/ND-CP)</translation>
    </message>
    <message>
        <location filename="../../gui/registers/identity_fields.py" line="40"/>
        <source>Đảng (Hướng dẫn 36-HD/VPTW)</source>
        <translation>Party (Guidance 36-HD/VPTW)</translation>
    </message>
    <message>
        <location filename="../../gui/registers/identity_fields.py" line="41"/>
        <source>Đánh &amp;số văn bản:</source>
        <translation>Document &amp;numbers:</translation>
    </message>
    <message>
        <location filename="../../gui/registers/identity_fields.py" line="42"/>
        <source>Từ 01 mỗi năm</source>
        <translation>From 01 each year</translation>
    </message>
    <message>
        <location filename="../../gui/registers/identity_fields.py" line="43"/>
        <source>Liên tục trong nhiệm kỳ</source>
        <translation>Running through the term</translation>
    </message>
    <message>
        <location filename="../../gui/registers/identity_fields.py" line="44"/>
        <source>&amp;Nhiệm kỳ:</source>
        <translation>&amp;Term:</translation>
    </message>
    <message>
        <location filename="../../gui/registers/identity_fields.py" line="48"/>
        <source>Cơ quan &amp;cấp trên:</source>
        <translation>&amp;Parent body:</translation>
    </message>
    <message>
        <location filename="../../gui/registers/identity_fields.py" line="50"/>
        <source>Dòng 1 góc trái đầu văn bản, ví dụ: UBND TỈNH QUẢNG NINH</source>
        <translation>Line 1 of the header, top left, in capitals (the body above the committee)</translation>
    </message>
    <message>
        <location filename="../../gui/registers/identity_fields.py" line="52"/>
        <source>Cơ quan &amp;ban hành:</source>
        <translation>&amp;Issuing body:</translation>
    </message>
    <message>
        <location filename="../../gui/registers/identity_fields.py" line="54"/>
        <source>Dòng 2, in đậm, ví dụ: BAN CHỈ ĐẠO THÔNG TIN ĐỐI NGOẠI</source>
        <translation>Line 2 of the header, in bold capitals (the committee itself)</translation>
    </message>
    <message>
        <location filename="../../gui/registers/identity_fields.py" line="56"/>
        <source>Địa &amp;danh:</source>
        <translation>Place na&amp;me:</translation>
    </message>
    <message>
        <location filename="../../gui/registers/identity_fields.py" line="58"/>
        <source>Trong dòng ngày tháng: Quảng Ninh, ngày 16 tháng 12 năm 2019</source>
        <translation>Begins the date line of every document</translation>
    </message>
    <message>
        <location filename="../../gui/registers/identity_fields.py" line="60"/>
        <source>Cơ quan thường t&amp;rực:</source>
        <translation>Sec&amp;retariat:</translation>
    </message>
    <message>
        <location filename="../../gui/registers/identity_fields.py" line="62"/>
        <source>Câu cuối thông báo: «Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện»</source>
        <translation>Named in the closing sentence of conclusion notices</translation>
    </message>
    <message>
        <location filename="../../gui/registers/identity_fields.py" line="65"/>
        <source>Nơi nhận &amp;thông báo:</source>
        <translation>Notice &amp;recipients:</translation>
    </message>
    <message>
        <location filename="../../gui/registers/identity_fields.py" line="68"/>
        <source>Mỗi dòng một nơi nhận; dòng «Lưu: …» là dòng lưu trữ. Để trống: dùng nơi nhận mặc định (hoặc «Các thành viên» của ban này).</source>
        <translation>One recipient a line; the line starting with the archive word is the archive line. Empty: the default recipients (or this committee&apos;s members).</translation>
    </message>
    <message>
        <location filename="../../gui/registers/identity_fields.py" line="73"/>
        <source>Chức vụ &amp;người ký:</source>
        <translation>Signer&apos;s &amp;post:</translation>
    </message>
    <message>
        <location filename="../../gui/registers/identity_fields.py" line="74"/>
        <source>In thêm chức vụ ở cơ quan của người ký</source>
        <translation>Also print the signer&apos;s post in his own agency</translation>
    </message>
    <message>
        <location filename="../../gui/registers/identity_fields.py" line="76"/>
        <source>Ví dụ: TRƯỞNG BAN / CHỦ TỊCH UBND TỈNH (Nghị định 30 cho phép ghi chức vụ ở cơ quan chủ quản).</source>
        <translation>For example: the committee head&apos;s title, then his post as chairman of the provincial People&apos;s Committee (Decree 30 allows the post in the parent body).</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <location filename="../../gui/exchange/import_progress.py" line="61"/>
        <source>Nhập tình hình thực hiện do các cơ quan gửi lại</source>
        <translation>Import progress sent back by agencies</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_progress.py" line="66"/>
        <source>Thêm tệp…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_progress.py" line="68"/>
        <source>Đọc lại</source>
        <translation>Read again</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_progress.py" line="87"/>
        <source>Nhận</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_progress.py" line="93"/>
        <source>Các thay đổi đọc được</source>
        <translation>Changes read</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_progress.py" line="105"/>
        <source>Chi tiết dòng đang chọn</source>
        <translation>Details of the selected row</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_progress.py" line="106"/>
        <source>Chọn một dòng để xem đầy đủ nội dung.</source>
        <translation>Select a row to see it in full.</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_progress.py" line="113"/>
        <source>Chọn tất cả thay đổi</source>
        <translation>Tick all changes</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_progress.py" line="116"/>
        <source>Bỏ chọn tất cả</source>
        <translation>Untick all</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_progress.py" line="118"/>
        <source>Ghi các thay đổi đã chọn</source>
        <translation>Write the ticked changes</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_progress.py" line="121"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_progress.py" line="146"/>
        <source>Chọn các tệp cơ quan gửi lại</source>
        <translation>Choose the files agencies sent back</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_progress.py" line="158"/>
        <source>Thêm tệp cơ quan gửi lại</source>
        <translation>Add files sent back by agencies</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_progress.py" line="168"/>
        <source> và {more} tệp khác</source>
        <translation> and {more} other files</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_progress.py" line="169"/>
        <source>{count} tệp: {names}</source>
        <translation>{count} files: {names}</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_progress.py" line="182"/>
        <source>Đang đọc {done}/{total} tệp…</source>
        <translation>Reading {done}/{total} files…</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_progress.py" line="212"/>
        <source>{count} ô có vẻ gõ bằng bảng mã cũ (TCVN3 hoặc VNI). Ô TCVN3 đã được chuyển sang Unicode: hãy đọc lại các dòng tô tím. Ô VNI không chuyển được: dòng đó không nhận; hãy nhờ cơ quan chuyển mã (Unikey) rồi gửi lại.</source>
        <translation>{count} cells look typed in an old encoding (TCVN3 or VNI). TCVN3 cells were converted to Unicode: read the purple rows again. VNI cells could not be converted: those rows are not accepted; ask the agency to convert them (Unikey) and send the file again.</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_progress.py" line="224"/>
        <source>Chưa đọc được tệp nào.</source>
        <translation>No file could be read yet.</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_progress.py" line="228"/>
        <source>{changes} nhiệm vụ có thay đổi, {unchanged} không đổi, {conflicts} chỗ cần xem lại. Đã chọn {chosen} để ghi.</source>
        <translation>{changes} tasks changed, {unchanged} unchanged, {conflicts} to check. {chosen} ticked to write.</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_progress.py" line="254"/>
        <source>(trống)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_progress.py" line="255"/>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_progress.py" line="260"/>
        <source>(không đổi)</source>
        <translation>(unchanged)</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_progress.py" line="267"/>
        <source>Trước: {old}
Mới: {new}</source>
        <translation>Before: {old}
New: {new}</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_progress.py" line="287"/>
        <source>{file}, dòng {row}</source>
        <translation>{file}, row {row}</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_progress.py" line="294"/>
        <source>Ô {cell} gõ bằng bảng mã {encoding}, đã chuyển thành «{text}».</source>
        <translation>Cell {cell} was typed in {encoding}; converted to &quot;{text}&quot;.</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_progress.py" line="298"/>
        <source>Ô {cell} gõ bằng bảng mã {encoding}, chưa chuyển được.</source>
        <translation>Cell {cell} was typed in {encoding}; it could not be converted.</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_progress.py" line="307"/>
        <source>{code}: {content}</source>
        <translation>{code}: {content}</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_progress.py" line="324"/>
        <source>Bạn đã chọn nhận {count} thay đổi đang cần xem lại ({codes}). Những thay đổi này sẽ ghi đè lên những gì đã sửa ở đây. Vẫn ghi?</source>
        <translation>You ticked {count} changes that need checking ({codes}). They will overwrite what was changed here. Write them anyway?</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_progress.py" line="332"/>
        <source>Đang ghi tình hình thực hiện…</source>
        <translation>Writing the progress…</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_progress.py" line="345"/>
        <source>Đã ghi tình hình thực hiện của {tasks} nhiệm vụ: {reports} báo cáo mới, {done} ngày hoàn thành. {same} dòng không có gì mới.</source>
        <translation>Progress written for {tasks} tasks: {reports} new reports, {done} completion dates. {same} rows had nothing new.</translation>
    </message>
</context>
<context>
    <name>ImportRegisterDialog</name>
    <message>
        <location filename="../../gui/exchange/import_register.py" line="67"/>
        <source>Nhập danh sách thành viên từ Excel</source>
        <translation>Import members from Excel</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_register.py" line="68"/>
        <source>Nhập danh sách cơ quan, đơn vị từ Excel</source>
        <translation>Import agencies from Excel</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_register.py" line="72"/>
        <source>Chọn tệp khác…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_register.py" line="75"/>
        <source>Trang tính</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_register.py" line="78"/>
        <source>Dòng tiêu đề cột</source>
        <translation>Heading row</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_register.py" line="82"/>
        <source>Trang:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_register.py" line="84"/>
        <source>Dòng tiêu đề:</source>
        <translation>Heading row:</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_register.py" line="88"/>
        <source>Cột nào là gì (đã đoán theo tiêu đề, sửa nếu sai)</source>
        <translation>Which column is what (guessed from the headings; correct if wrong)</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_register.py" line="92"/>
        <source>Ban</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_register.py" line="93"/>
        <source>Tham gia Ban từ ngày</source>
        <translation>Member of the committee from</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_register.py" line="99"/>
        <source>Nhập vào:</source>
        <translation>Import into:</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_register.py" line="112"/>
        <location filename="../../gui/exchange/import_register.py" line="128"/>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_register.py" line="119"/>
        <source>Các dòng đọc được</source>
        <translation>Rows read</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_register.py" line="131"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_register.py" line="161"/>
        <location filename="../../gui/exchange/import_register.py" line="180"/>
        <source>Chọn tệp Excel cần nhập</source>
        <translation>Choose the Excel file to import</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_register.py" line="186"/>
        <source>Tệp: {name}</source>
        <translation>File: {name}</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_register.py" line="221"/>
        <source>Đang đọc bảng «{sheet}»: {done}/{total} dòng…</source>
        <translation>Reading the sheet “{sheet}”: {done}/{total} rows…</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_register.py" line="300"/>
        <source>{rows} dòng: {errors} dòng có lỗi (không nhập được), {repeated} dòng trùng với dữ liệu đã có hoặc dòng khác (sẽ dùng lại, không tạo thêm). Đã chọn {chosen} dòng.</source>
        <translation>{rows} rows: {errors} with errors (cannot be imported), {repeated} matching existing data or another row (reused, not created again). {chosen} rows ticked.</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_register.py" line="326"/>
        <source>Đang nhập {rows} dòng…</source>
        <translation>Importing {rows} rows…</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_register.py" line="338"/>
        <source>Cơ quan: {new} thêm mới, {old} đã có.</source>
        <translation>Agencies: {new} new, {old} existing.</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_register.py" line="342"/>
        <source>Đã thêm {seats} thành viên vào {committee}. Người: {new} thêm mới, {old} đã có.</source>
        <translation>Added {seats} members to {committee}. People: {new} new, {old} existing.</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/import_register.py" line="348"/>
        <source>Đã là thành viên, giữ nguyên: {names}.</source>
        <translation>Already members, left as they were: {names}.</translation>
    </message>
</context>
<context>
    <name>InfoTab</name>
    <message>
        <location filename="../../gui/meeting/info_tab.py" line="36"/>
        <source>Loại cuộc họp</source>
        <translation>Kind of meeting</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/info_tab.py" line="41"/>
        <source>Phiên số</source>
        <translation>Session number</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/info_tab.py" line="47"/>
        <source>Ngày họp</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/info_tab.py" line="49"/>
        <source>Giờ bắt đầu</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/info_tab.py" line="52"/>
        <source>Giờ kết thúc (để trống nếu chưa định)</source>
        <translation>End time (leave blank if not set)</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/info_tab.py" line="55"/>
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/info_tab.py" line="57"/>
        <source>Chủ trì</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/info_tab.py" line="60"/>
        <source>Thư ký</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/info_tab.py" line="63"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/info_tab.py" line="228"/>
        <source>«{name}» không có trong danh sách thành viên của ban vào ngày họp. Hãy chọn một người trong danh sách (gõ vài chữ của tên).</source>
        <translation>&quot;{name}&quot; is not a member of the committee on the meeting day. Choose someone from the list (type a few letters of the name).</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/info_tab.py" line="252"/>
        <source>Đã lưu mẫu cho «{committee}»: {n} nội dung. Cuộc họp mới của ban có thể bắt đầu từ mẫu này.</source>
        <translation>Template saved for &quot;{committee}&quot;: {n} items. New meetings of the committee can start from it.</translation>
    </message>
</context>
<context>
    <name>LeadChart</name>
    <message>
        <location filename="../../gui/tasks/lead_chart.py" line="45"/>
        <source>Biểu đồ theo cơ quan chủ trì</source>
        <translation>Chart by lead agency</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/lead_chart.py" line="46"/>
        <source>Hoàn thành đúng hạn</source>
        <translation>Done on time</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/lead_chart.py" line="47"/>
        <source>Hoàn thành quá hạn</source>
        <translation>Done late</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/lead_chart.py" line="48"/>
        <source>Quá hạn chưa hoàn thành</source>
        <translation>Overdue, not done</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/lead_chart.py" line="95"/>
        <source>Không có nhiệm vụ hoàn thành hay quá hạn trong kỳ.</source>
        <translation>No task done or overdue in the period.</translation>
    </message>
</context>
<context>
    <name>LeadTableModel</name>
    <message>
        <location filename="../../gui/tasks/lead_table.py" line="25"/>
        <location filename="../../gui/tasks/lead_table.py" line="29"/>
        <source>Cơ quan chủ trì</source>
        <translation>Lead agency</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/lead_table.py" line="25"/>
        <source>Giao</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/lead_table.py" line="25"/>
        <source>Đến hạn</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/lead_table.py" line="26"/>
        <source>Hoàn thành đúng hạn</source>
        <translation>Done on time</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/lead_table.py" line="26"/>
        <source>Hoàn thành quá hạn</source>
        <translation>Done late</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/lead_table.py" line="27"/>
        <source>Quá hạn chưa hoàn thành</source>
        <translation>Overdue, not done</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/lead_table.py" line="27"/>
        <source>Tỷ lệ hoàn thành</source>
        <translation>Completion rate</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/lead_table.py" line="29"/>
        <source>Giao
trong kỳ</source>
        <translation>Assigned
in period</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/lead_table.py" line="30"/>
        <source>Đến hạn
trong kỳ</source>
        <translation>Due
in period</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/lead_table.py" line="30"/>
        <source>Hoàn thành
đúng hạn</source>
        <translation>Done
on time</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/lead_table.py" line="31"/>
        <source>Hoàn thành
quá hạn</source>
        <translation>Done
late</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/lead_table.py" line="31"/>
        <source>Quá hạn chưa
hoàn thành</source>
        <translation>Overdue,
not done</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/lead_table.py" line="32"/>
        <source>Tỷ lệ
hoàn thành</source>
        <translation>Completion
rate</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/lead_table.py" line="53"/>
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>LiveMeeting</name>
    <message>
        <location filename="../../gui/meeting/live.py" line="44"/>
        <source>Cuộc họp «{title}» vừa bị người khác xóa.</source>
        <translation>The meeting «{title}» has just been deleted by someone else.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="78"/>
        <source>Các phần của chương trình</source>
        <translation>Areas of the program</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="134"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="135"/>
        <source>Tạo tệp dữ liệu &amp;mới…</source>
        <translation>&amp;New data file…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="137"/>
        <source>&amp;Mở tệp dữ liệu…</source>
        <translation>&amp;Open data file…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="139"/>
        <source>Mở &amp;dữ liệu mẫu</source>
        <translation>Open &amp;demo data</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="140"/>
        <source>&amp;Kết nối máy chủ dữ liệu…</source>
        <translation>&amp;Connect to a data server…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="142"/>
        <source>Dùng &amp;tệp dữ liệu trên máy này</source>
        <translation>Use the data &amp;file on this PC</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="144"/>
        <source>&amp;Sao lưu ngay…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="145"/>
        <source>&amp;Khôi phục từ bản sao lưu…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="146"/>
        <source>&amp;Thoát</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="147"/>
        <source>Tệp mở &amp;gần đây</source>
        <translation>Recent &amp;files</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="162"/>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="164"/>
        <source>&amp;Thêm mới…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="166"/>
        <source>T&amp;ìm</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="168"/>
        <source>&amp;Sửa mục đang chọn…</source>
        <translation>&amp;Edit selected…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="169"/>
        <source>&amp;Xóa mục đang chọn…</source>
        <translation>&amp;Delete selected…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="171"/>
        <source>&amp;Lưu</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="179"/>
        <source>&amp;Đi tới</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="186"/>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="187"/>
        <source>&amp;Giới thiệu chương trình…</source>
        <translation>&amp;About the program…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="225"/>
        <source>Dữ liệu lưu tại: {path}</source>
        <translation>Data stored in: {path}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="256"/>
        <source>Dữ liệu trên máy chủ: {server}</source>
        <translation>Data on the server: {server}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="312"/>
        <source>Đang sao lưu…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="327"/>
        <source>Không tạo được bản sao lưu hằng ngày trong «{folder}»: {problem}</source>
        <translation>The daily backup could not be made in “{folder}”: {problem}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="329"/>
        <source>Sao lưu hằng ngày không thành công</source>
        <translation>Daily backup failed</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="340"/>
        <source>Không tự sao lưu: dữ liệu trên máy chủ</source>
        <translation>No automatic backup: the data is on a server</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="342"/>
        <source>Sao lưu hằng ngày của máy chủ do người quản trị máy chủ làm. «Tệp → Sao lưu ngay…» chép dữ liệu trên máy chủ thành một tệp trên máy này.</source>
        <translation>The server&apos;s daily backups are made by the server&apos;s administrator. “File → Back up now…” copies the server&apos;s data into a file on this PC.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="348"/>
        <source>Chưa có bản sao lưu</source>
        <translation>No backup yet</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="350"/>
        <source>Sao lưu gần nhất: {when}</source>
        <translation>Last backup: {when}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="354"/>
        <source>Tệp dữ liệu (*.sqlite *.db)</source>
        <translation>Data files (*.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="357"/>
        <source>Tạo tệp dữ liệu mới</source>
        <translation>New data file</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="369"/>
        <source>Mở tệp dữ liệu</source>
        <translation>Open data file</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="391"/>
        <source>Sao lưu dữ liệu</source>
        <translation>Back up the data</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="400"/>
        <source>Đang sao lưu… {percent}%</source>
        <translation>Backing up… {percent}%</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="422"/>
        <source>Sao lưu dữ liệu trên máy chủ</source>
        <translation>Back up the data on the server</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="429"/>
        <source>Đang sao lưu dữ liệu trên máy chủ…</source>
        <translation>Backing up the data on the server…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="434"/>
        <source>Đã sao lưu vào {path}</source>
        <translation>Backed up to {path}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="440"/>
        <source>Chọn bản sao lưu để khôi phục</source>
        <translation>Choose the backup to restore</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="463"/>
        <source>Toàn bộ dữ liệu hiện có trong «{db}» sẽ được thay bằng bản sao lưu «{backup}» (lưu lúc {when}). Dữ liệu hiện tại sẽ được sao lưu trước khi thay.

Bạn có chắc muốn khôi phục?</source>
        <translation>All data now in “{db}” will be replaced by the backup “{backup}” (saved at {when}). The current data is backed up first.

Do you really want to restore?</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="474"/>
        <source>Đang khôi phục: sao lưu dữ liệu hiện tại…</source>
        <translation>Restoring: backing up the current data…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="475"/>
        <source>Đang khôi phục: chép bản sao lưu vào…</source>
        <translation>Restoring: copying the backup in…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="494"/>
        <source>Toàn bộ dữ liệu trên máy chủ «{db}», mà mọi người trong cơ quan đang dùng chung, sẽ được thay bằng bản sao lưu «{backup}» (lưu lúc {when}). Dữ liệu hiện tại sẽ được sao lưu vào máy này trước khi thay.

Bạn có chắc muốn khôi phục?</source>
        <translation>All the data on the server “{db}”, which everyone in the office shares, will be replaced by the backup “{backup}” (saved at {when}). The current data will be backed up on this PC first.

Are you sure you want to restore?</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="503"/>
        <source>Đang khôi phục dữ liệu trên máy chủ…</source>
        <translation>Restoring the data on the server…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="516"/>
        <source>Đã khôi phục. Dữ liệu trước khi khôi phục được lưu tại {path}</source>
        <translation>Restored. The data as it was before is saved in {path}</translation>
    </message>
</context>
<context>
    <name>MaterialsTab</name>
    <message>
        <location filename="../../gui/meeting/materials_tab.py" line="126"/>
        <source>Cả cuộc họp (tài liệu chung)</source>
        <translation>The whole meeting (general materials)</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/materials_tab.py" line="148"/>
        <source>{n} tài liệu, {size}</source>
        <translation>{n} materials, {size}</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/materials_tab.py" line="150"/>
        <source>Chưa có tài liệu nào.</source>
        <translation>No materials yet.</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/materials_tab.py" line="173"/>
        <source>Đã thêm {n} tài liệu.</source>
        <translation>Added {n} materials.</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/materials_tab.py" line="203"/>
        <source>Xóa tài liệu «{name}» khỏi cuộc họp?</source>
        <translation>Remove the material “{name}” from the meeting?</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/materials_tab.py" line="234"/>
        <source>Đã đóng gói {n} tài liệu ({size}) vào {path}</source>
        <translation>Packed {n} materials ({size}) into {path}</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/materials_tab.py" line="255"/>
        <source>Tài liệu chung</source>
        <translation>General materials</translation>
    </message>
</context>
<context>
    <name>MeetingLabels</name>
    <message>
        <location filename="../../gui/meeting/labels.py" line="15"/>
        <source>Dự kiến</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/labels.py" line="16"/>
        <source>Đã họp</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/labels.py" line="17"/>
        <source>Đã chốt biên bản</source>
        <translation>Minutes finalised</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/labels.py" line="20"/>
        <source>Chưa điểm danh</source>
        <translation>Not marked</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/labels.py" line="21"/>
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/labels.py" line="22"/>
        <source>Vắng mặt</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/labels.py" line="23"/>
        <source>Dự thay</source>
        <translation>Substitute</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/labels.py" line="47"/>
        <source>{n} phút</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/labels.py" line="49"/>
        <source>{h} giờ {m} phút</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/labels.py" line="50"/>
        <source>{h} giờ</source>
        <translation>{h} h</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/labels.py" line="51"/>
        <source>{n} phút ({spelled})</source>
        <translation>{n} min ({spelled})</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/labels.py" line="57"/>
        <source>{hours} ngày {day}</source>
        <translation>{hours} on {day}</translation>
    </message>
</context>
<context>
    <name>MeetingList</name>
    <message>
        <location filename="../../gui/meeting/meeting_list.py" line="141"/>
        <source>Tất cả các ban</source>
        <translation>All committees</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/meeting_list.py" line="154"/>
        <source>Mọi năm</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/meeting_list.py" line="180"/>
        <source>{n} cuộc họp gần nhất; chọn ban, năm hoặc gõ từ cần tìm để xem các cuộc họp khác</source>
        <translation>the latest {n} meetings; choose a committee, a year or type a word to see others</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/meeting_list.py" line="182"/>
        <source>{n} cuộc họp</source>
        <translation>{n} meetings</translation>
    </message>
</context>
<context>
    <name>MeetingWorkspace</name>
    <message>
        <location filename="../../gui/meeting/workspace.py" line="198"/>
        <source>Đang lưu…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/workspace.py" line="236"/>
        <source>Có ô chưa lưu được: xem dòng chữ đỏ</source>
        <translation>Some fields are not saved: see the red lines</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/workspace.py" line="238"/>
        <source>Chưa lưu được vì lỗi của máy ({error}). Nội dung vẫn còn trong ô; chương trình sẽ thử lưu lại.</source>
        <translation>Not saved because of a problem on this computer ({error}). The text is still in the field; the program will try again.</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/workspace.py" line="240"/>
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/workspace.py" line="257"/>
        <source>Còn ô chưa lưu được (dòng chữ đỏ). Hãy sửa trước khi đổi tình trạng cuộc họp.</source>
        <translation>Some fields are not saved (red lines). Correct them before changing the meeting&apos;s status.</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/workspace.py" line="273"/>
        <source>Chốt biên bản cuộc họp «{title}»? Sau khi chốt, mọi nội dung chỉ còn xem được; muốn sửa phải mở lại và ghi lý do.</source>
        <translation>Finalise the minutes of &quot;{title}&quot;? After that everything is read only; to change anything you must reopen it and give a reason.</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/workspace.py" line="278"/>
        <source>Lý do mở lại biên bản đã chốt (bắt buộc):</source>
        <translation>Reason for reopening the finalised minutes (required):</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/workspace.py" line="282"/>
        <source>Chưa mở lại: cần ghi lý do mở lại biên bản đã chốt.</source>
        <translation>Not reopened: a reason is needed to reopen finalised minutes.</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../gui/pages/meetings.py" line="249"/>
        <source>Xóa cuộc họp «{title}» ngày {day}? Chương trình, thành phần, ý kiến và kết luận của cuộc họp sẽ bị xóa.</source>
        <translation>Delete the meeting &quot;{title}&quot; of {day}? Its agenda, attendance, opinions and conclusion will be deleted.</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../gui/pages/members.py" line="28"/>
        <source>Thành viên của ban</source>
        <translation>Committee members</translation>
    </message>
    <message>
        <location filename="../../gui/pages/members.py" line="29"/>
        <source>Các ban</source>
        <translation>Committees</translation>
    </message>
    <message>
        <location filename="../../gui/pages/members.py" line="30"/>
        <source>Danh sách người</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../gui/pages/members.py" line="35"/>
        <source>Thành viên và Ban</source>
        <translation>Members and committees</translation>
    </message>
    <message>
        <location filename="../../gui/pages/members.py" line="36"/>
        <source>Các ban (Ban Chỉ đạo, Tiểu ban…), thành viên của từng ban theo thời gian, và mọi người mà văn bản có thể nhắc tới.</source>
        <translation>The committees (steering committees, sub-committees…), each one&apos;s members over time, and everyone documents may name.</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <location filename="../../gui/registers/members_tab.py" line="26"/>
        <source>Ban</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location filename="../../gui/registers/members_tab.py" line="31"/>
        <source>Xem thành viên tại ngày</source>
        <translation>Members on the date</translation>
    </message>
    <message>
        <location filename="../../gui/registers/members_tab.py" line="32"/>
        <source>&amp;Ban:</source>
        <translation>&amp;Committee:</translation>
    </message>
    <message>
        <location filename="../../gui/registers/members_tab.py" line="32"/>
        <source>Tại &amp;ngày:</source>
        <translation>On &amp;date:</translation>
    </message>
    <message>
        <location filename="../../gui/registers/members_tab.py" line="36"/>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../gui/registers/members_tab.py" line="38"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../gui/registers/members_tab.py" line="39"/>
        <source>Chức danh</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../gui/registers/members_tab.py" line="40"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../gui/registers/members_tab.py" line="41"/>
        <source>Cơ quan</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../gui/registers/members_tab.py" line="42"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../gui/registers/members_tab.py" line="43"/>
        <source>Đến ngày</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../gui/registers/members_tab.py" line="44"/>
        <source>Thành viên của ban</source>
        <translation>Committee members</translation>
    </message>
    <message>
        <location filename="../../gui/registers/members_tab.py" line="45"/>
        <source>Tìm thành viên (gõ không dấu cũng được)</source>
        <translation>Find a member (diacritics optional)</translation>
    </message>
    <message>
        <location filename="../../gui/registers/members_tab.py" line="46"/>
        <source>Tìm thành viên</source>
        <translation>Find a member</translation>
    </message>
    <message>
        <location filename="../../gui/registers/members_tab.py" line="48"/>
        <source>Hiện cả người đã thôi tham gia</source>
        <translation>Show former members too</translation>
    </message>
    <message>
        <location filename="../../gui/registers/members_tab.py" line="51"/>
        <source>Thêm thành viên…</source>
        <translation>Add member…</translation>
    </message>
    <message>
        <location filename="../../gui/registers/members_tab.py" line="52"/>
        <source>Thêm một thành viên vào ban (Ctrl+N)</source>
        <translation>Add a member to the committee (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../gui/registers/members_tab.py" line="53"/>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../gui/registers/members_tab.py" line="54"/>
        <source>Sửa chỗ nhập nhầm (F2 hoặc Enter)</source>
        <translation>Correct a typing mistake (F2 or Enter)</translation>
    </message>
    <message>
        <location filename="../../gui/registers/members_tab.py" line="55"/>
        <source>Đổi chức danh…</source>
        <translation>Change role…</translation>
    </message>
    <message>
        <location filename="../../gui/registers/members_tab.py" line="56"/>
        <source>Kiện toàn: chức danh mới từ một ngày, giữ chức danh cũ</source>
        <translation>A new role from a date; the old role is kept on record</translation>
    </message>
    <message>
        <location filename="../../gui/registers/members_tab.py" line="57"/>
        <source>Thôi tham gia…</source>
        <translation>End membership…</translation>
    </message>
    <message>
        <location filename="../../gui/registers/members_tab.py" line="58"/>
        <source>Kết thúc tư cách thành viên từ một ngày</source>
        <translation>End the membership on a date</translation>
    </message>
    <message>
        <location filename="../../gui/registers/members_tab.py" line="59"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../gui/registers/members_tab.py" line="60"/>
        <source>Xóa dòng nhập nhầm (phím Delete)</source>
        <translation>Delete a row entered by mistake (Delete key)</translation>
    </message>
    <message>
        <location filename="../../gui/registers/members_tab.py" line="62"/>
        <source>Xuất danh sách (Excel)…</source>
        <translation>Export list (Excel)…</translation>
    </message>
    <message>
        <location filename="../../gui/registers/members_tab.py" line="63"/>
        <source>Danh sách thành viên theo thứ tự nghi thức, ra tệp Excel</source>
        <translation>The member list in protocol order, to an Excel file</translation>
    </message>
    <message>
        <location filename="../../gui/registers/members_tab.py" line="65"/>
        <source>Nhập từ Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../gui/registers/members_tab.py" line="66"/>
        <source>Thêm thành viên từ một bảng Excel sẵn có</source>
        <translation>Add members from an existing Excel sheet</translation>
    </message>
    <message>
        <location filename="../../gui/registers/members_tab.py" line="70"/>
        <source>Tạo ban…</source>
        <translation>Create committee…</translation>
    </message>
    <message>
        <location filename="../../gui/registers/members_tab.py" line="152"/>
        <source>Chưa có ban nào. Hãy tạo ban trước, rồi thêm thành viên.</source>
        <translation>No committee yet. Create the committee first, then add its members.</translation>
    </message>
    <message>
        <location filename="../../gui/registers/members_tab.py" line="154"/>
        <source>Ban này chưa có thành viên vào ngày đang xem. Bấm «Thêm thành viên…» (Ctrl+N) để thêm.</source>
        <translation>This committee has no members on the date shown. Press “Add member…” (Ctrl+N) to add them.</translation>
    </message>
    <message>
        <location filename="../../gui/registers/members_tab.py" line="192"/>
        <source>Xóa dòng «{name} – {role}» khỏi ban? Chỉ xóa khi nhập nhầm; nếu người này thôi tham gia, hãy dùng «Thôi tham gia…» để giữ lịch sử.</source>
        <translation>Delete “{name} – {role}” from the committee? Only delete a mistake; if the person left, use “End membership…” to keep the history.</translation>
    </message>
</context>
<context>
    <name>MergeAgencyDialog</name>
    <message>
        <location filename="../../gui/registers/agency_dialogs.py" line="91"/>
        <source>Gộp cơ quan</source>
        <translation>Merge agency</translation>
    </message>
    <message>
        <location filename="../../gui/registers/agency_dialogs.py" line="94"/>
        <source>Gộp «{name}» vào một cơ quan khác: nhiệm vụ và người của cơ quan này chuyển sang cơ quan được chọn. «{name}» được giữ lại ở trạng thái ngừng hoạt động để văn bản cũ vẫn ghi đúng tên.</source>
        <translation>Merge “{name}” into another agency: its tasks and people move to the agency chosen. “{name}” is kept, inactive, so older documents still show the right name.</translation>
    </message>
    <message>
        <location filename="../../gui/registers/agency_dialogs.py" line="98"/>
        <source>Cơ quan</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../gui/registers/agency_dialogs.py" line="101"/>
        <source>Gõ vài chữ của tên để tìm</source>
        <translation>Type a few letters of the name</translation>
    </message>
    <message>
        <location filename="../../gui/registers/agency_dialogs.py" line="102"/>
        <source>Gộp &amp;vào:</source>
        <translation>Merge &amp;into:</translation>
    </message>
    <message>
        <location filename="../../gui/registers/agency_dialogs.py" line="107"/>
        <source>Hãy chọn một cơ quan trong danh sách (gõ vài chữ của tên để tìm).</source>
        <translation>Choose an agency from the list (type a few letters of its name).</translation>
    </message>
    <message>
        <location filename="../../gui/registers/agency_dialogs.py" line="114"/>
        <source>{what} của «{source}» sẽ chuyển sang «{target}». «{source}» sẽ ngừng hoạt động. Bạn có chắc muốn gộp?</source>
        <translation>{what} of “{source}” will move to “{target}”. “{source}” will become inactive. Do you really want to merge?</translation>
    </message>
    <message>
        <location filename="../../gui/registers/agency_dialogs.py" line="117"/>
        <source>«{source}» chưa có nhiệm vụ hay người nào; sau khi gộp sẽ ngừng hoạt động. Bạn có chắc muốn gộp vào «{target}»?</source>
        <translation>“{source}” has no tasks or people yet; after the merge it becomes inactive. Do you really want to merge it into “{target}”?</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <location filename="../../gui/meeting/new_meeting_dialog.py" line="58"/>
        <source>Loại cuộc họp</source>
        <translation>Kind of meeting</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/new_meeting_dialog.py" line="65"/>
        <source>Ngày họp</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/new_meeting_dialog.py" line="67"/>
        <source>Giờ bắt đầu</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/new_meeting_dialog.py" line="69"/>
        <source>Giờ kết thúc (để trống nếu chưa định)</source>
        <translation>End time (leave blank if not set)</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/new_meeting_dialog.py" line="73"/>
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/new_meeting_dialog.py" line="75"/>
        <source>Chủ trì</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/new_meeting_dialog.py" line="77"/>
        <source>Thư ký</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/new_meeting_dialog.py" line="188"/>
        <source>{n} nội dung: {titles}</source>
        <translation>{n} items: {titles}</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/new_meeting_dialog.py" line="189"/>
        <source>Trống; thêm nội dung sau khi tạo cuộc họp.</source>
        <translation>Empty; add items after creating the meeting.</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/new_meeting_dialog.py" line="214"/>
        <source>Chưa có ban nào. Hãy thêm ban ở trang «Thành viên và Ban» trước.</source>
        <translation>There is no committee yet. Add one on the &quot;Members and committees&quot; page first.</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/new_meeting_dialog.py" line="219"/>
        <source>«{name}» không có trong danh sách thành viên của ban vào ngày họp. Hãy chọn trong danh sách.</source>
        <translation>&quot;{name}&quot; is not a member of the committee on the meeting day. Choose from the list.</translation>
    </message>
</context>
<context>
    <name>OpinionEditor</name>
    <message>
        <location filename="../../gui/meeting/opinion_editor.py" line="140"/>
        <source>Đã khôi phục ý kiến đang nhập dở. Hãy chọn người phát biểu để lưu thành ý kiến.</source>
        <translation>The unfinished opinion was restored. Choose the speaker to save it.</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/opinion_editor.py" line="163"/>
        <source>khách mời</source>
        <translation>guest</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/opinion_editor.py" line="207"/>
        <source>Chưa chọn người phát biểu: ý kiến được giữ tạm, chưa vào biên bản. Hãy gõ tên người phát biểu rồi nhấn Enter.</source>
        <translation>No speaker chosen: the opinion is kept as a draft, not yet in the minutes. Type the speaker&apos;s name and press Enter.</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/opinion_editor.py" line="239"/>
        <source>{problem}

Bản của bạn:
{mine}

Bản của {who}:
{theirs}

Giữ bản của bạn? Chọn «Không» để lấy bản của {who}; bản của bạn được chép vào bộ nhớ tạm (Ctrl+V) và Ctrl+Z trong ô ý kiến cũng đưa lại.</source>
        <translation>{problem}

Yours:
{mine}

{who}&apos;s:
{theirs}

Keep yours? Choose «No» to take {who}&apos;s; yours is copied to the clipboard (Ctrl+V), and Ctrl+Z in the opinion box also brings it back.</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/opinion_editor.py" line="267"/>
        <source>Ý kiến trống nên chưa được lưu. Hãy gõ nội dung ý kiến rồi nhấn Enter.</source>
        <translation>The opinion is empty, so it was not saved. Type what was said, then press Enter.</translation>
    </message>
</context>
<context>
    <name>OpinionsTab</name>
    <message>
        <location filename="../../gui/meeting/opinions_tab.py" line="127"/>
        <source>{name} (khách mời)</source>
        <translation>{name} (guest)</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/opinions_tab.py" line="131"/>
        <source>{name} (dự thay)</source>
        <translation>{name} (substitute)</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/opinions_tab.py" line="163"/>
        <source>dự thay {name}</source>
        <translation>substituting for {name}</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/opinions_tab.py" line="174"/>
        <source>Chưa xếp vào nội dung nào ({n})</source>
        <translation>Not under any item ({n})</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/opinions_tab.py" line="297"/>
        <source>Xóa ý kiến của «{name}»?

{text}</source>
        <translation>Delete the opinion of &quot;{name}&quot;?

{text}</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../gui/pages/overview.py" line="189"/>
        <source>Mọi ban</source>
        <translation>All committees</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="208"/>
        <source>Hôm nay, {date}</source>
        <translation>Today, {date}</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="230"/>
        <source>{label}, tính đến ngày {date}</source>
        <translation>{label}, as of {date}</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="253"/>
        <source>đến hạn trong 7 ngày tới</source>
        <translation>due in the next 7 days</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="260"/>
        <source>mọi cơ quan</source>
        <translation>all agencies</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="266"/>
        <source>{who}: {what}, {period}</source>
        <translation>{who}: {what}, {period}</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../gui/pages/__init__.py" line="106"/>
        <source>Tổng quan</source>
        <extracomment>The set of commands it answers changed (another tab was chosen). The find box, on the pages that have one (see :meth:`commands`).</extracomment>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../gui/pages/__init__.py" line="107"/>
        <source>Cuộc họp</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../gui/pages/__init__.py" line="108"/>
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../gui/pages/__init__.py" line="109"/>
        <source>Thành viên và Ban</source>
        <translation>Members and committees</translation>
    </message>
    <message>
        <location filename="../../gui/pages/__init__.py" line="110"/>
        <source>Cơ quan, đơn vị</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <location filename="../../gui/pages/__init__.py" line="111"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../gui/registers/people_tab.py" line="18"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../gui/registers/people_tab.py" line="19"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../gui/registers/people_tab.py" line="20"/>
        <source>Cơ quan</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../gui/registers/people_tab.py" line="21"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../gui/registers/people_tab.py" line="22"/>
        <source>Thư điện tử</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../gui/registers/people_tab.py" line="23"/>
        <source>Danh sách người</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../gui/registers/people_tab.py" line="24"/>
        <source>Tìm theo tên, chức vụ, cơ quan (gõ không dấu cũng được)</source>
        <translation>Find by name, position or agency (diacritics optional)</translation>
    </message>
    <message>
        <location filename="../../gui/registers/people_tab.py" line="25"/>
        <source>Tìm người</source>
        <translation>Find a person</translation>
    </message>
    <message>
        <location filename="../../gui/registers/people_tab.py" line="32"/>
        <source>Hiện cả người đã ngừng theo dõi</source>
        <translation>Show retired people too</translation>
    </message>
    <message>
        <location filename="../../gui/registers/people_tab.py" line="36"/>
        <source>Thêm người…</source>
        <translation>Add person…</translation>
    </message>
    <message>
        <location filename="../../gui/registers/people_tab.py" line="37"/>
        <source>Thêm một người (Ctrl+N)</source>
        <translation>Add a person (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../gui/registers/people_tab.py" line="38"/>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../gui/registers/people_tab.py" line="39"/>
        <source>Sửa thông tin người đang chọn (F2 hoặc Enter)</source>
        <translation>Edit the selected person (F2 or Enter)</translation>
    </message>
    <message>
        <location filename="../../gui/registers/people_tab.py" line="33"/>
        <source>Ngừng theo dõi</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location filename="../../gui/registers/people_tab.py" line="34"/>
        <source>Bỏ khỏi các danh sách chọn, vẫn giữ trong các cuộc họp đã qua</source>
        <translation>Remove from pick lists; past meetings keep them</translation>
    </message>
    <message>
        <location filename="../../gui/registers/people_tab.py" line="41"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../gui/registers/people_tab.py" line="42"/>
        <source>Xóa người nhập nhầm (phím Delete)</source>
        <translation>Delete a person entered by mistake (Delete key)</translation>
    </message>
    <message>
        <location filename="../../gui/registers/people_tab.py" line="33"/>
        <source>Theo dõi lại</source>
        <translation>Bring back</translation>
    </message>
    <message>
        <location filename="../../gui/registers/people_tab.py" line="57"/>
        <source>Xóa «{name}» khỏi danh sách người?</source>
        <translation>Delete “{name}” from the list of people?</translation>
    </message>
    <message>
        <location filename="../../gui/registers/people_tab.py" line="59"/>
        <source>{problem}

Ngừng theo dõi «{name}» thay vì xóa?</source>
        <translation>{problem}

Retire “{name}” instead of deleting them?</translation>
    </message>
</context>
<context>
    <name>PeriodNames</name>
    <message>
        <location filename="../../gui/core_strings.py" line="213"/>
        <source>tháng {month} năm {year}</source>
        <translation>month {month} of {year}</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="214"/>
        <source>quý {quarter} năm {year}</source>
        <translation>quarter {quarter} of {year}</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="215"/>
        <source>6 tháng đầu năm {year}</source>
        <translation>first half of {year}</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="216"/>
        <source>6 tháng cuối năm {year}</source>
        <translation>second half of {year}</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="217"/>
        <source>năm {year}</source>
        <translation>year {year}</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="218"/>
        <source>từ ngày {start} đến ngày {end}</source>
        <translation>from {start} to {end}</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../gui/registers/person_dialog.py" line="21"/>
        <source>Cơ quan</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../gui/registers/person_dialog.py" line="36"/>
        <source>Chưa có cơ quan «{name}» trong danh sách. Thêm cơ quan này?</source>
        <translation>The agency “{name}” is not in the list yet. Add it?</translation>
    </message>
    <message>
        <location filename="../../gui/registers/person_dialog.py" line="49"/>
        <source>&amp;Chức vụ:</source>
        <translation>P&amp;osition:</translation>
    </message>
    <message>
        <location filename="../../gui/registers/person_dialog.py" line="51"/>
        <source>Ví dụ: Phó Giám đốc Sở Thông tin và Truyền thông</source>
        <translation>As printed in documents, in Vietnamese</translation>
    </message>
    <message>
        <location filename="../../gui/registers/person_dialog.py" line="54"/>
        <source>&amp;Cơ quan:</source>
        <translation>A&amp;gency:</translation>
    </message>
    <message>
        <location filename="../../gui/registers/person_dialog.py" line="56"/>
        <source>Gõ vài chữ để tìm; tên chưa có sẽ được hỏi để thêm mới.</source>
        <translation>Type a few letters to find it; a new name is offered to be added.</translation>
    </message>
    <message>
        <location filename="../../gui/registers/person_dialog.py" line="59"/>
        <source>Không thuộc cơ quan nào</source>
        <translation>No agency</translation>
    </message>
    <message>
        <location filename="../../gui/registers/person_dialog.py" line="61"/>
        <source>Điện &amp;thoại:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <location filename="../../gui/registers/person_dialog.py" line="64"/>
        <source>Thư điện &amp;tử:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <location filename="../../gui/registers/person_dialog.py" line="73"/>
        <source>Thêm người</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../gui/registers/person_dialog.py" line="74"/>
        <source>Sửa thông tin người</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../../gui/registers/person_dialog.py" line="78"/>
        <source>&amp;Họ và tên:</source>
        <translation>&amp;Full name:</translation>
    </message>
</context>
<context>
    <name>PickField</name>
    <message>
        <location filename="../../gui/meeting/pick.py" line="53"/>
        <source>Ghi đúng như đã gõ: «{text}»</source>
        <translation>Keep as typed: «{text}»</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/pick.py" line="56"/>
        <source>Người: {text}</source>
        <translation>Person: {text}</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/pick.py" line="58"/>
        <source>Cơ quan: {text}</source>
        <translation>Agency: {text}</translation>
    </message>
</context>
<context>
    <name>ProgressForm</name>
    <message>
        <location filename="../../gui/tasks/task_forms.py" line="98"/>
        <source>Ghi tình hình</source>
        <translation>Record progress</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_forms.py" line="100"/>
        <source>Ngày báo cáo</source>
        <translation>Report date</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_forms.py" line="102"/>
        <source>Tình hình thực hiện</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_forms.py" line="103"/>
        <source>Cơ quan báo cáo đã làm được gì, còn vướng gì…</source>
        <translation>What the agency reports done, and what is holding it up…</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_forms.py" line="105"/>
        <source>Người báo cáo</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_forms.py" line="106"/>
        <source>Ngày báo cáo:</source>
        <translation>Report date:</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_forms.py" line="107"/>
        <source>Tình hình:</source>
        <translation>Progress:</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_forms.py" line="108"/>
        <source>Người báo cáo:</source>
        <translation>Reported by:</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_forms.py" line="120"/>
        <source>Đã ghi tình hình thực hiện.</source>
        <translation>Progress recorded.</translation>
    </message>
</context>
<context>
    <name>ProgressLine</name>
    <message>
        <location filename="../../gui/operations.py" line="211"/>
        <source>Dừng</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../gui/operations.py" line="212"/>
        <source>Dừng lại; chưa có gì được ghi</source>
        <translation>Stop; nothing has been written yet</translation>
    </message>
</context>
<context>
    <name>ReassignForm</name>
    <message>
        <location filename="../../gui/tasks/task_forms.py" line="249"/>
        <source>Giao lại</source>
        <translation>Reassign</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_forms.py" line="251"/>
        <source>Cơ quan chủ trì</source>
        <translation>Lead agency</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_forms.py" line="253"/>
        <source>Người chủ trì</source>
        <translation>Lead person</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_forms.py" line="255"/>
        <source>Lọc danh sách cơ quan phối hợp</source>
        <translation>Filter the coordinating agencies</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_forms.py" line="256"/>
        <source>Lọc cơ quan phối hợp</source>
        <translation>Filter coordinating agencies</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_forms.py" line="259"/>
        <source>Cơ quan phối hợp</source>
        <translation>Coordinating agencies</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_forms.py" line="260"/>
        <source>Cơ quan chủ trì:</source>
        <translation>Lead agency:</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_forms.py" line="261"/>
        <source>Người chủ trì:</source>
        <translation>Lead person:</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_forms.py" line="262"/>
        <source>Cơ quan phối hợp:</source>
        <translation>Coordinating agencies:</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_forms.py" line="269"/>
        <source>(không có cơ quan chủ trì)</source>
        <translation>(no lead agency)</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_forms.py" line="271"/>
        <source>(không)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_forms.py" line="303"/>
        <source>Đã giao lại cho {lead}.</source>
        <translation>Reassigned to {lead}.</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../../gui/registers/register_view.py" line="106"/>
        <source>{total} mục</source>
        <translation>{total} items</translation>
    </message>
    <message>
        <location filename="../../gui/registers/register_view.py" line="108"/>
        <source>Tìm thấy {shown} trên {total} mục</source>
        <translation>Found {shown} of {total} items</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <location filename="../../gui/exchange/reminders.py" line="118"/>
        <source>Tính đến ngày</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/reminders.py" line="120"/>
        <source>Hạn gửi báo cáo</source>
        <translation>Report due by</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/reminders.py" line="132"/>
        <source>Chưa có ban nào trong dữ liệu.</source>
        <translation>There is no committee in the data yet.</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/reminders.py" line="142"/>
        <source>Sẽ ghi {letters} công văn cho {letters} cơ quan chủ trì ({tasks} nhiệm vụ).</source>
        <translation>{letters} letters will be written to {letters} lead agencies ({tasks} tasks).</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/reminders.py" line="145"/>
        <source>Không có nhiệm vụ nào cần đôn đốc.</source>
        <translation>No task to remind about.</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/reminders.py" line="153"/>
        <source>Chọn thư mục để ghi công văn</source>
        <translation>Choose the folder for the letters</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/reminders.py" line="163"/>
        <source>Đã ghi {n} công văn đôn đốc ({tasks} nhiệm vụ) và danh sách gửi vào thư mục {folder}</source>
        <translation>Wrote {n} reminder letters ({tasks} tasks) and the list sent into the folder {folder}</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/reminders.py" line="169"/>
        <source>(kèm {n} bản PDF)</source>
        <translation>(with {n} PDF copies)</translation>
    </message>
</context>
<context>
    <name>RenameAgencyDialog</name>
    <message>
        <location filename="../../gui/registers/agency_dialogs.py" line="59"/>
        <source>Đổi tên cơ quan</source>
        <translation>Rename agency</translation>
    </message>
    <message>
        <location filename="../../gui/registers/agency_dialogs.py" line="62"/>
        <source>Văn bản và cuộc họp trước ngày đổi tên vẫn ghi tên cũ; từ ngày đó trở đi dùng tên mới.</source>
        <translation>Documents and meetings before the date keep the old name; from that date on the new name is used.</translation>
    </message>
    <message>
        <location filename="../../gui/registers/agency_dialogs.py" line="66"/>
        <source>Tên hiện tại:</source>
        <translation>Current name:</translation>
    </message>
    <message>
        <location filename="../../gui/registers/agency_dialogs.py" line="68"/>
        <source>{name} (đến hết {day})</source>
        <translation>{name} (until {day})</translation>
    </message>
    <message>
        <location filename="../../gui/registers/agency_dialogs.py" line="73"/>
        <source>Tên trước đây:</source>
        <translation>Former names:</translation>
    </message>
    <message>
        <location filename="../../gui/registers/agency_dialogs.py" line="74"/>
        <source>Tên &amp;mới:</source>
        <translation>&amp;New name:</translation>
    </message>
    <message>
        <location filename="../../gui/registers/agency_dialogs.py" line="77"/>
        <source>Dùng tên mới &amp;từ ngày:</source>
        <translation>New name &amp;from:</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../gui/tasks/report_dialog.py" line="145"/>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/report_dialog.py" line="145"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/report_dialog.py" line="155"/>
        <source>Đang lập báo cáo…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/report_dialog.py" line="160"/>
        <source>Đang lập báo cáo: đếm nhiệm vụ…</source>
        <translation>Writing the report: counting the tasks…</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/report_dialog.py" line="161"/>
        <source>Đang lập báo cáo: ghi tệp…</source>
        <translation>Writing the report: writing the file…</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/report_dialog.py" line="176"/>
        <source>Đã dừng; chưa ghi tệp nào.</source>
        <translation>Stopped; no file was written.</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/report_dialog.py" line="180"/>
        <source>Đã ghi báo cáo vào {path}</source>
        <translation>Report written to {path}</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/report_dialog.py" line="183"/>
        <source>Bản PDF: {path}.</source>
        <translation>PDF copy: {path}.</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/report_dialog.py" line="192"/>
        <source>Tháng {n}</source>
        <translation>Month {n}</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/report_dialog.py" line="195"/>
        <source>Quý {n}</source>
        <translation>Quarter {n}</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/report_dialog.py" line="197"/>
        <source>6 tháng đầu</source>
        <translation>First half</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/report_dialog.py" line="198"/>
        <source>6 tháng cuối</source>
        <translation>Second half</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/report_dialog.py" line="208"/>
        <source>Chưa có ban nào trong dữ liệu.</source>
        <translation>There is no committee in the data yet.</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/report_dialog.py" line="218"/>
        <source>Báo cáo {period}: giao {assigned}, đến hạn {due}, hoàn thành đúng hạn {on_time}, hoàn thành quá hạn {late}, quá hạn chưa hoàn thành {overdue}.</source>
        <translation>Report {period}: assigned {assigned}, due {due}, done on time {on_time}, done late {late}, overdue not done {overdue}.</translation>
    </message>
</context>
<context>
    <name>RoleFields</name>
    <message>
        <location filename="../../gui/registers/role_fields.py" line="23"/>
        <source>Chọn hoặc gõ, ví dụ: Ủy viên</source>
        <translation>Pick from the list or type a role</translation>
    </message>
    <message>
        <location filename="../../gui/registers/role_fields.py" line="25"/>
        <source>Chức &amp;danh trong ban:</source>
        <translation>&amp;Role in the committee:</translation>
    </message>
    <message>
        <location filename="../../gui/registers/role_fields.py" line="28"/>
        <source>&amp;Chức vụ:</source>
        <translation>P&amp;osition:</translation>
    </message>
    <message>
        <location filename="../../gui/registers/role_fields.py" line="30"/>
        <source>In trong văn bản, ví dụ: Phó Chủ tịch UBND tỉnh</source>
        <translation>As printed in documents, in Vietnamese</translation>
    </message>
    <message>
        <location filename="../../gui/registers/role_fields.py" line="35"/>
        <source>&amp;Thứ tự:</source>
        <translation>&amp;Order:</translation>
    </message>
    <message>
        <location filename="../../gui/registers/role_fields.py" line="36"/>
        <source>Thứ tự liệt kê trong văn bản: số nhỏ đứng trước. Tự theo chức danh.</source>
        <translation>Order in documents: lower numbers first. Follows the role unless changed.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../gui/widgets.py" line="43"/>
        <source>Đoạn dán quá dài: chỉ tìm theo {count} từ đầu tiên.</source>
        <translation>The pasted text is too long: only its first {count} words are searched for.</translation>
    </message>
</context>
<context>
    <name>SeatDialog</name>
    <message>
        <location filename="../../gui/registers/member_dialogs.py" line="85"/>
        <source>Sửa thông tin thành viên: {name}</source>
        <translation>Edit membership: {name}</translation>
    </message>
    <message>
        <location filename="../../gui/registers/member_dialogs.py" line="88"/>
        <source>Dùng để sửa chỗ nhập nhầm. Khi thành viên thật sự đổi chức danh, hãy dùng «Đổi chức danh» để giữ lại chức danh cũ.</source>
        <translation>For correcting mistakes. When a member really changes role, use “Change role” so the old role is kept.</translation>
    </message>
    <message>
        <location filename="../../gui/registers/member_dialogs.py" line="92"/>
        <source>&amp;Từ ngày:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../gui/registers/member_dialogs.py" line="94"/>
        <source>Đế&amp;n ngày:</source>
        <translation>U&amp;ntil:</translation>
    </message>
    <message>
        <location filename="../../gui/registers/member_dialogs.py" line="96"/>
        <source>&amp;Ghi chú:</source>
        <translation>N&amp;ote:</translation>
    </message>
</context>
<context>
    <name>ServerConnect</name>
    <message>
        <location filename="../../gui/server_connect.py" line="34"/>
        <source>Hãy nhập mật khẩu để kết nối máy chủ dữ liệu «{server}».</source>
        <translation>Type the password to connect to the data server «{server}».</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../gui/server_dialog.py" line="36"/>
        <source>Kết nối máy chủ dữ liệu</source>
        <translation>Connect to a data server</translation>
    </message>
    <message>
        <location filename="../../gui/server_dialog.py" line="40"/>
        <source>Dùng chung một cơ sở dữ liệu PostgreSQL trên máy chủ của cơ quan để nhiều người cùng làm việc. Người quản trị máy chủ cho biết các thông tin dưới đây.</source>
        <translation>Share one PostgreSQL database on the office&apos;s server so that several people can work at once. The server&apos;s administrator gives you the details below.</translation>
    </message>
    <message>
        <location filename="../../gui/server_dialog.py" line="132"/>
        <source>Đang thử kết nối…</source>
        <translation>Trying to connect…</translation>
    </message>
    <message>
        <location filename="../../gui/server_dialog.py" line="143"/>
        <source>cơ sở dữ liệu đã có dữ liệu của chương trình</source>
        <translation>the database holds this program&apos;s data</translation>
    </message>
    <message>
        <location filename="../../gui/server_dialog.py" line="144"/>
        <source>cơ sở dữ liệu của phiên bản cũ hơn, sẽ được nâng cấp khi kết nối</source>
        <translation>the database is an older version&apos;s and will be upgraded on connecting</translation>
    </message>
    <message>
        <location filename="../../gui/server_dialog.py" line="145"/>
        <source>cơ sở dữ liệu còn trống, chương trình sẽ tạo các bảng khi kết nối</source>
        <translation>the database is empty; the program will create its tables on connecting</translation>
    </message>
    <message>
        <location filename="../../gui/server_dialog.py" line="147"/>
        <source>Kết nối được: PostgreSQL {version}, {what}.</source>
        <translation>Connected: PostgreSQL {version}, {what}.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../gui/pages/settings_page.py" line="48"/>
        <source>Thể thức văn bản của từng ban</source>
        <translation>Each committee&apos;s documents</translation>
    </message>
    <message>
        <location filename="../../gui/pages/settings_page.py" line="52"/>
        <source>&amp;Ban:</source>
        <translation>&amp;Committee:</translation>
    </message>
    <message>
        <location filename="../../gui/pages/settings_page.py" line="53"/>
        <source>Mỗi ban có dòng tiêu đề, địa danh và thể thức riêng.</source>
        <translation>Each committee has its own header lines, place name and style.</translation>
    </message>
    <message>
        <location filename="../../gui/pages/settings_page.py" line="57"/>
        <source>Chung cho mọi văn bản</source>
        <translation>All documents</translation>
    </message>
    <message>
        <location filename="../../gui/pages/settings_page.py" line="59"/>
        <source>Dòng thẩm quyền &amp;ký:</source>
        <translation>Signature &amp;authority:</translation>
    </message>
    <message>
        <location filename="../../gui/pages/settings_page.py" line="60"/>
        <source>Để trống: theo chức danh của người ký trong ban (TM., KT., TL.). Điền (ví dụ T/L BAN THƯỜNG VỤ) để mọi văn bản dùng dòng này.</source>
        <translation>Empty: from the signer&apos;s seat in the committee (on behalf of, signed for, by order). Filled in: every document uses this line.</translation>
    </message>
    <message>
        <location filename="../../gui/pages/settings_page.py" line="63"/>
        <source>&amp;Nơi nhận mặc định:</source>
        <translation>Default &amp;recipients:</translation>
    </message>
    <message>
        <location filename="../../gui/pages/settings_page.py" line="64"/>
        <source>Mỗi dòng một nơi nhận, không cần gạch đầu dòng.</source>
        <translation>One recipient per line, without the leading dash.</translation>
    </message>
    <message>
        <location filename="../../gui/pages/settings_page.py" line="67"/>
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../gui/pages/settings_page.py" line="72"/>
        <source>Ngôn ngữ &amp;giao diện:</source>
        <translation>&amp;Interface language:</translation>
    </message>
    <message>
        <location filename="../../gui/pages/settings_page.py" line="73"/>
        <source>Áp dụng khi mở lại chương trình.</source>
        <translation>Applies when the program is started again.</translation>
    </message>
    <message>
        <location filename="../../gui/pages/settings_page.py" line="74"/>
        <source>Sao lưu</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../gui/pages/settings_page.py" line="76"/>
        <location filename="../../gui/pages/settings_page.py" line="176"/>
        <source>Thư mục «backups» cạnh tệp dữ liệu</source>
        <translation>The “backups” folder next to the data file</translation>
    </message>
    <message>
        <location filename="../../gui/pages/settings_page.py" line="77"/>
        <source>&amp;Thư mục sao lưu:</source>
        <translation>Backup &amp;folder:</translation>
    </message>
    <message>
        <location filename="../../gui/pages/settings_page.py" line="79"/>
        <source>Chọn thư mục…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../gui/pages/settings_page.py" line="85"/>
        <source>Số bản &amp;giữ lại:</source>
        <translation>Backups to &amp;keep:</translation>
    </message>
    <message>
        <location filename="../../gui/pages/settings_page.py" line="86"/>
        <source>Mỗi ngày mở chương trình tạo một bản; bản cũ nhất bị xóa khi vượt số này.</source>
        <translation>Each day the program is opened makes one; the oldest is removed beyond this number.</translation>
    </message>
    <message>
        <location filename="../../gui/pages/settings_page.py" line="88"/>
        <source>Dữ liệu đang ở trên máy chủ nên chương trình không tự sao lưu mỗi ngày trên máy này: sao lưu hằng ngày của máy chủ do người quản trị máy chủ làm. «Tệp → Sao lưu ngay…» chép toàn bộ dữ liệu trên máy chủ thành một tệp dữ liệu ở thư mục sao lưu trên máy này; «Tệp → Khôi phục từ bản sao lưu…» đưa một tệp như thế trở lại máy chủ.</source>
        <translation>The data is on a server, so the program makes no daily backup on this PC: the server&apos;s daily backups are made by its administrator. “File → Back up now…” copies all the server&apos;s data into a data file in the backup folder on this PC; “File → Restore a backup…” puts such a file back on the server.</translation>
    </message>
    <message>
        <location filename="../../gui/pages/settings_page.py" line="96"/>
        <source>Lưu cài đặt</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../gui/pages/settings_page.py" line="98"/>
        <source>Lưu mọi thay đổi trên trang này (Ctrl+S)</source>
        <translation>Save every change on this page (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../gui/pages/settings_page.py" line="100"/>
        <source>Bỏ thay đổi</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../gui/pages/settings_page.py" line="135"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../gui/pages/settings_page.py" line="136"/>
        <source>Thông tin in trên văn bản, ngôn ngữ và sao lưu. Bấm «Lưu cài đặt» (Ctrl+S) để lưu.</source>
        <translation>What documents print, the language and backups. Press “Save settings” (Ctrl+S) to save.</translation>
    </message>
    <message>
        <location filename="../../gui/pages/settings_page.py" line="143"/>
        <source>Không có thư mục này. Hãy chọn bằng nút «Chọn thư mục…».</source>
        <translation>There is no such folder. Choose one with “Choose folder…”.</translation>
    </message>
    <message>
        <location filename="../../gui/pages/settings_page.py" line="148"/>
        <source>Có thay đổi chưa lưu.</source>
        <translation>There are unsaved changes.</translation>
    </message>
    <message>
        <location filename="../../gui/pages/settings_page.py" line="175"/>
        <source>Thư mục «backups» của chương trình trên máy này</source>
        <translation>The program&apos;s “backups” folder on this PC</translation>
    </message>
    <message>
        <location filename="../../gui/pages/settings_page.py" line="193"/>
        <source>Chưa có ban nào: hãy tạo ban ở trang «Thành viên và Ban» trước.</source>
        <translation>No committee yet: create one on the “Members and committees” page first.</translation>
    </message>
    <message>
        <location filename="../../gui/pages/settings_page.py" line="200"/>
        <source>Lưu các thay đổi trên trang Cài đặt trước khi chuyển sang ban khác?</source>
        <translation>Save the changes on the Settings page before switching to another committee?</translation>
    </message>
    <message>
        <location filename="../../gui/pages/settings_page.py" line="223"/>
        <source>Đã lưu.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../gui/pages/settings_page.py" line="224"/>
        <source>Đã lưu. Ngôn ngữ mới được áp dụng khi mở lại chương trình.</source>
        <translation>Saved. The new language applies when the program is started again.</translation>
    </message>
    <message>
        <location filename="../../gui/pages/settings_page.py" line="233"/>
        <source>Chọn thư mục sao lưu</source>
        <translation>Choose the backup folder</translation>
    </message>
</context>
<context>
    <name>SetupSteps</name>
    <message>
        <location filename="../../gui/pages/setup_steps.py" line="24"/>
        <source>Khai báo ban</source>
        <translation>Set up the committee</translation>
    </message>
    <message>
        <location filename="../../gui/pages/setup_steps.py" line="25"/>
        <source>Tên Ban Chỉ đạo (hoặc Tiểu ban), tên viết tắt, thể thức văn bản.</source>
        <translation>The committee&apos;s name, abbreviation and document style.</translation>
    </message>
    <message>
        <location filename="../../gui/pages/setup_steps.py" line="26"/>
        <source>Thêm ban…</source>
        <translation>Add committee…</translation>
    </message>
    <message>
        <location filename="../../gui/pages/setup_steps.py" line="27"/>
        <source>Thêm cơ quan, đơn vị</source>
        <translation>Add agencies</translation>
    </message>
    <message>
        <location filename="../../gui/pages/setup_steps.py" line="28"/>
        <source>Các sở, ban, ngành chủ trì hoặc phối hợp nhiệm vụ.</source>
        <translation>The departments and bodies that lead or coordinate tasks.</translation>
    </message>
    <message>
        <location filename="../../gui/pages/setup_steps.py" line="29"/>
        <source>Thêm cơ quan…</source>
        <translation>Add agency…</translation>
    </message>
    <message>
        <location filename="../../gui/pages/setup_steps.py" line="30"/>
        <source>Thêm thành viên</source>
        <translation>Add members</translation>
    </message>
    <message>
        <location filename="../../gui/pages/setup_steps.py" line="31"/>
        <source>Trưởng ban, Phó Trưởng ban, Ủy viên, Thư ký… với chức vụ và cơ quan.</source>
        <translation>Head, deputies, members, secretary… with their positions and agencies.</translation>
    </message>
    <message>
        <location filename="../../gui/pages/setup_steps.py" line="32"/>
        <source>Thêm thành viên…</source>
        <translation>Add member…</translation>
    </message>
    <message>
        <location filename="../../gui/pages/setup_steps.py" line="33"/>
        <source>Kiểm tra thông tin in trên văn bản</source>
        <translation>Check what documents print</translation>
    </message>
    <message>
        <location filename="../../gui/pages/setup_steps.py" line="34"/>
        <source>Cơ quan ban hành, địa danh, nơi nhận.</source>
        <translation>Issuing body, place name, recipients.</translation>
    </message>
    <message>
        <location filename="../../gui/pages/setup_steps.py" line="35"/>
        <source>Mở Cài đặt</source>
        <translation>Open Settings</translation>
    </message>
    <message>
        <location filename="../../gui/pages/setup_steps.py" line="58"/>
        <source>Muốn xem thử trước? Mở dữ liệu mẫu gồm năm cuộc họp thật (trong tệp riêng, không ảnh hưởng dữ liệu của bạn).</source>
        <translation>Want to try it first? Open the demo data with five real meetings (in a separate file; your data is not touched).</translation>
    </message>
    <message>
        <location filename="../../gui/pages/setup_steps.py" line="61"/>
        <source>Mở dữ liệu mẫu</source>
        <translation>Open demo data</translation>
    </message>
    <message>
        <location filename="../../gui/pages/setup_steps.py" line="63"/>
        <source>Phím tắt: Ctrl+1…6 chuyển trang · Ctrl+N thêm mới · Ctrl+F tìm · F2 hoặc Enter sửa · Delete xóa · Ctrl+S lưu cài đặt</source>
        <translation>Shortcuts: Ctrl+1…6 pages · Ctrl+N new · Ctrl+F find · F2 or Enter edit · Delete delete · Ctrl+S save settings</translation>
    </message>
    <message>
        <location filename="../../gui/pages/setup_steps.py" line="69"/>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../gui/pages/setup_steps.py" line="70"/>
        <source>Bắt đầu bằng bốn bước dưới đây. Khi đã có ban, trang này cho thấy việc quá hạn, việc sắp đến hạn và các cuộc họp sắp tới.</source>
        <translation>Start with the four steps below. Once there is a committee, this page shows what is overdue, what is due soon and the upcoming meetings.</translation>
    </message>
    <message>
        <location filename="../../gui/pages/setup_steps.py" line="85"/>
        <source>Đã xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../gui/pages/setup_steps.py" line="85"/>
        <source>Chưa làm</source>
        <translation>To do</translation>
    </message>
</context>
<context>
    <name>ShortList</name>
    <message>
        <location filename="../../gui/tasks/overview_parts.py" line="104"/>
        <source>Xem tất cả ({n})</source>
        <translation>See all ({n})</translation>
    </message>
</context>
<context>
    <name>ShortStatus</name>
    <message>
        <location filename="../../gui/i18n.py" line="99"/>
        <source>Xong đúng hạn</source>
        <translation>Done on time</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="100"/>
        <source>Xong muộn</source>
        <translation>Done late</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="101"/>
        <source>Trong hạn</source>
        <translation>On track</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="102"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="103"/>
        <source>Thường xuyên</source>
        <translation>Regular</translation>
    </message>
</context>
<context>
    <name>SplitForm</name>
    <message>
        <location filename="../../gui/tasks/task_forms.py" line="217"/>
        <source>Tách nhiệm vụ</source>
        <translation>Split task</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_forms.py" line="219"/>
        <source>Các phần, mỗi dòng một phần</source>
        <translation>The parts, one per line</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_forms.py" line="221"/>
        <source>Mỗi dòng là một nhiệm vụ, cùng cơ quan chủ trì, phối hợp và thời hạn. Dòng đầu giữ mã và lịch sử của nhiệm vụ này.</source>
        <translation>Each line becomes a task with the same lead, coordinators and deadline. The first line keeps this task&apos;s code and history.</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/task_forms.py" line="237"/>
        <source>Đã tách thành {n} nhiệm vụ: {codes}.</source>
        <translation>Split into {n} tasks: {codes}.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../gui/meeting/task_dialog.py" line="118"/>
        <source>→ thường xuyên (không có ngày hạn)</source>
        <translation>→ regular (no due date)</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/task_dialog.py" line="120"/>
        <source>→ hạn {date}</source>
        <translation>→ due {date}</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/task_dialog.py" line="142"/>
        <source>«{name}» không có trong danh sách cơ quan. Hãy chọn một cơ quan (hoặc người) trong danh sách; cơ quan mới thêm ở trang «Cơ quan, đơn vị».</source>
        <translation>&quot;{name}&quot; is not in the list of agencies. Choose an agency (or person) from the list; new agencies are added on the &quot;Agencies&quot; page.</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/task_dialog.py" line="203"/>
        <source>{content}
Thời hạn: {deadline}
Chủ trì: {lead}</source>
        <translation>{content}
Deadline: {deadline}
Lead: {lead}</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/task_dialog.py" line="229"/>
        <source>Đã lấy bản của {who}. Bản của bạn đã được chép vào bộ nhớ tạm (Ctrl+V); Ctrl+Z trong ô nội dung cũng đưa lại. Bấm «Lưu nhiệm vụ» nếu muốn sửa tiếp.</source>
        <translation>{who}&apos;s version was taken. Yours has been copied to the clipboard (Ctrl+V); Ctrl+Z in the text box brings it back too. Press “Save task” to go on correcting it.</translation>
    </message>
</context>
<context>
    <name>TaskForm</name>
    <message>
        <location filename="../../gui/tasks/task_forms.py" line="92"/>
        <source>Đã lưu.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <location filename="../../gui/core_strings.py" line="205"/>
        <source>Đã hoàn thành đúng hạn</source>
        <translation>Done on time</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="206"/>
        <source>Đã hoàn thành quá hạn</source>
        <translation>Done late</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="207"/>
        <source>Đang thực hiện trong hạn</source>
        <translation>In progress, within the deadline</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="208"/>
        <source>Đang thực hiện quá hạn</source>
        <translation>In progress, overdue</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="209"/>
        <source>Thường xuyên / không thời hạn</source>
        <translation>Regular / no deadline</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../gui/pages/tasks.py" line="221"/>
        <source>Đang lọc: {what}</source>
        <translation>Filtered: {what}</translation>
    </message>
    <message>
        <location filename="../../gui/pages/tasks.py" line="238"/>
        <source>Đang đếm…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../gui/pages/tasks.py" line="240"/>
        <source>{n} nhiệm vụ</source>
        <translation>{n} tasks</translation>
    </message>
</context>
<context>
    <name>TasksPanel</name>
    <message>
        <location filename="../../gui/meeting/tasks_panel.py" line="68"/>
        <source>Nhiệm vụ giao tại cuộc họp: {n}</source>
        <translation>Tasks assigned at the meeting: {n}</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/tasks_panel.py" line="100"/>
        <source>Xóa nhiệm vụ «{content}» (chủ trì: {lead})?</source>
        <translation>Delete the task &quot;{content}&quot; (lead: {lead})?</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../../gui/date_fields.py" line="285"/>
        <source>giờ:phút</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <location filename="../../gui/date_fields.py" line="297"/>
        <source>Chưa đọc được giờ. Hãy gõ giờ:phút, ví dụ 7:30, 07:30 hoặc 730.</source>
        <translation>This is not a time yet. Type hours:minutes, for example 7:30, 07:30 or 730.</translation>
    </message>
</context>
<context>
    <name>WorkspaceHeader</name>
    <message>
        <location filename="../../gui/meeting/header.py" line="73"/>
        <source>Tình trạng cuộc họp</source>
        <translation>Meeting status</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/header.py" line="83"/>
        <source>{who} (máy {machine})</source>
        <translation>{who} (PC {machine})</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/header.py" line="85"/>
        <source>Đang mở: {names}</source>
        <translation>Also open by: {names}</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/header.py" line="88"/>
        <source>Những người này cũng đang mở cuộc họp. Thay đổi của họ hiện ở đây sau vài giây; nếu hai người sửa cùng một mục, người lưu sau được hỏi giữ bản nào.</source>
        <translation>These people have the meeting open too. Their changes show here within a few seconds; when two people change the same thing, the one who saves second is asked which version to keep.</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/header.py" line="94"/>
        <source>Đã lưu lúc {time}</source>
        <translation>Saved at {time}</translation>
    </message>
</context>
<context>
    <name>_Texts</name>
    <message>
        <location filename="../../gui/tasks/register_model.py" line="209"/>
        <source>{title} ({date})</source>
        <translation>{title} ({date})</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/register_model.py" line="217"/>
        <source>hôm nay</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/register_model.py" line="217"/>
        <source>còn {n} ngày</source>
        <translation>in {n} days</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/register_model.py" line="244"/>
        <source>Hạn: {date}</source>
        <translation>Due: {date}</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/register_model.py" line="246"/>
        <source>Đã gia hạn {n} lần, hạn ban đầu {date}</source>
        <translation>Extended {n} times, first due {date}</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/register_model.py" line="250"/>
        <source>Hoàn thành ngày {date}</source>
        <translation>Done on {date}</translation>
    </message>
    <message>
        <location filename="../../gui/tasks/register_model.py" line="253"/>
        <source>Đến hạn trong 7 ngày tới</source>
        <translation>Due in the next 7 days</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="44"/>
        <source>Xuất lịch họp</source>
        <translation>Export the meeting calendar</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_dialog.py" line="45"/>
        <source>Lịch (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/materials_tab.py" line="41"/>
        <source>Chọn tài liệu họp</source>
        <translation>Choose meeting materials</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/materials_tab.py" line="42"/>
        <source>Tài liệu ({patterns})</source>
        <translation>Materials ({patterns})</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/materials_tab.py" line="48"/>
        <location filename="../../gui/meeting/materials_tab.py" line="56"/>
        <location filename="../../gui/meeting/materials_tab.py" line="60"/>
        <source>Đóng gói tài liệu</source>
        <translation>Pack the materials</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/materials_tab.py" line="49"/>
        <source>Đóng gói thành một tệp nén (.zip) để gửi, hay một thư mục?</source>
        <translation>Pack into one compressed file (.zip) to send, or into a folder?</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/materials_tab.py" line="51"/>
        <source>Tệp .zip</source>
        <translation>A .zip file</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/materials_tab.py" line="52"/>
        <source>Thư mục</source>
        <translation>A folder</translation>
    </message>
    <message>
        <location filename="../../gui/meeting/materials_tab.py" line="53"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
