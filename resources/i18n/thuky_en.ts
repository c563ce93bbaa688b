<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="vi_VN">
<context>
    <name></name>
    <message>
        <location filename="../../gui/pages/__init__.py" line="64"/>
        <source>Tổng quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/pages/__init__.py" line="65"/>
        <source>Trang tổng quan (việc quá hạn, việc đến hạn tuần này, các cuộc họp sắp tới) chưa có trong phiên bản này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/pages/__init__.py" line="67"/>
        <location filename="../../gui/pages/meetings.py" line="17"/>
        <source>Cuộc họp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/pages/__init__.py" line="68"/>
        <location filename="../../gui/pages/__init__.py" line="69"/>
        <source>Nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/pages/__init__.py" line="70"/>
        <source>Sổ theo dõi nhiệm vụ chưa có trong phiên bản này. Nhiệm vụ được giao trong từng cuộc họp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/pages/__init__.py" line="72"/>
        <location filename="../../gui/pages/__init__.py" line="73"/>
        <source>Thành viên và Ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/pages/__init__.py" line="74"/>
        <source>Danh sách thành viên và các Ban chỉ đạo chưa có trong phiên bản này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/pages/__init__.py" line="75"/>
        <location filename="../../gui/pages/__init__.py" line="76"/>
        <source>Cơ quan, đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/pages/__init__.py" line="77"/>
        <source>Danh sách cơ quan, đơn vị chưa có trong phiên bản này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/pages/__init__.py" line="78"/>
        <location filename="../../gui/pages/__init__.py" line="79"/>
        <source>Cài đặt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/pages/__init__.py" line="79"/>
        <source>Phần cài đặt chưa có trong phiên bản này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/pages/meetings.py" line="15"/>
        <source>Ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/pages/meetings.py" line="16"/>
        <source>Ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/pages/meetings.py" line="27"/>
        <source>Danh sách cuộc họp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/pages/meetings.py" line="29"/>
        <source>Tìm cuộc họp (gõ không dấu cũng được)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/pages/meetings.py" line="30"/>
        <source>Tìm cuộc họp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/pages/meetings.py" line="33"/>
        <source>Chưa có cuộc họp nào. Bạn có thể mở dữ liệu mẫu để xem thử.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/pages/meetings.py" line="34"/>
        <source>Mở dữ liệu mẫu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../gui/app.py" line="42"/>
        <source>Đã xảy ra lỗi không mong muốn. Những gì bạn đã nhập vẫn được lưu.
Chi tiết lỗi được ghi trong tệp nhật ký:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../gui/core_strings.py" line="6"/>
        <source>Chưa nhập {field}. Hãy nhập {field} rồi lưu lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="7"/>
        <source>{field} dài quá {limit} ký tự. Hãy rút gọn lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="8"/>
        <source>{field} không hợp lệ: «{value}». Hãy chọn một trong: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="9"/>
        <source>{field} «{value}» không phải là ngày hợp lệ. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 15/03/2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="10"/>
        <source>Thời hạn «{value}» chưa hiểu được. Hãy nhập một ngày (15/03/2026, trước 15/3/2026), một kỳ (Quý II/2026, tháng 6/2026, năm 2026) hoặc «thường xuyên».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="11"/>
        <source>Giờ kết thúc ({end}) sớm hơn giờ bắt đầu ({start}). Hãy sửa lại giờ kết thúc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="12"/>
        <source>Thời hạn {deadline} sớm hơn ngày họp {meeting_date}. Hãy kiểm tra lại thời hạn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="13"/>
        <source>{field} «{value}» không đúng dạng địa chỉ thư điện tử. Hãy nhập theo dạng ten@coquan.gov.vn, hoặc để trống.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="14"/>
        <source>Ngày kết thúc ({end}) sớm hơn ngày bắt đầu ({start}). Hãy sửa lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="15"/>
        <source>Ngày hoàn thành {completed} sớm hơn ngày giao nhiệm vụ {assigned}. Hãy kiểm tra lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="16"/>
        <source>Đã có cơ quan «{existing}» trùng với «{value}». Hãy dùng cơ quan đã có.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="17"/>
        <source>Đã có người tên «{existing}» trùng với «{value}» trong cùng cơ quan. Hãy dùng người đã có, hoặc ghi rõ cơ quan khác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="18"/>
        <source>Đã có ban «{existing}» trùng với «{value}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="19"/>
        <source>«{person}» đã là thành viên của ban này trong thời gian đó (từ {start}). Hãy sửa thành viên đã có thay vì thêm lần nữa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="20"/>
        <source>Ngày thay đổi ({effective}) phải sau ngày bắt đầu ({start}) của chức danh «{role}». Nếu chức danh đó nhập nhầm, hãy sửa trực tiếp thay vì đổi chức danh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="21"/>
        <source>Chức danh «{role}» của «{person}» đã kết thúc ngày {end}. Hãy thêm «{person}» vào ban như một thành viên mới.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="22"/>
        <source>Không tìm thấy {kind} số {id}. Có thể đã bị xóa; hãy tải lại danh sách.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="23"/>
        <source>Không thể xóa {kind} «{name}» vì còn {holders}. Hãy chuyển hoặc xóa những mục đó trước, hoặc chọn «Ngừng hoạt động».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="24"/>
        <source>Không thể gộp một cơ quan vào chính nó. Hãy chọn cơ quan khác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="25"/>
        <source>{kind} «{name}» đã ngừng hoạt động. Hãy chọn mục khác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="26"/>
        <source>Không thể đặt ban «{name}» trực thuộc chính nó hoặc ban con của nó.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="27"/>
        <source>Cuộc họp «{title}» đã được chốt biên bản nên không thể sửa. Hãy mở lại cuộc họp (ghi rõ lý do) nếu thật sự cần sửa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="28"/>
        <source>Không thể chuyển cuộc họp từ «{old}» sang «{new}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="29"/>
        <source>Hãy ghi lý do mở lại cuộc họp đã chốt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="30"/>
        <source>{kind} không thuộc cuộc họp này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="31"/>
        <source>Nhiệm vụ cần có cơ quan hoặc người chủ trì.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="32"/>
        <source>Tệp dữ liệu «{path}» đang được mở bởi một cửa sổ khác của chương trình ({owner}). Hãy dùng cửa sổ đó, hoặc đóng nó rồi mở lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="33"/>
        <source>Tệp dữ liệu «{path}» được tạo bởi phiên bản mới hơn của chương trình. Hãy cài phiên bản mới nhất rồi mở lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="34"/>
        <source>Tệp «{path}» không phải là tệp dữ liệu của chương trình, hoặc đã bị hỏng. Hãy chọn tệp khác hoặc khôi phục từ bản sao lưu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="35"/>
        <source>Tệp «{path}» đã có. Hãy chọn tên khác; chương trình không ghi đè tệp đã có.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="36"/>
        <source>Không tìm thấy tệp «{path}». Hãy kiểm tra lại đường dẫn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="37"/>
        <source>Tệp «{path}» đang được mở trong chương trình khác (Word, Excel…). Hãy đóng tệp đó rồi thử lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="38"/>
        <source>Thư mục «{path}» không tồn tại. Hãy chọn thư mục khác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="39"/>
        <source>Không ghi được vào «{path}» (thư mục chỉ đọc hoặc không có quyền). Hãy chọn thư mục khác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="40"/>
        <source>Ổ đĩa đã đầy, không ghi được «{path}». Hãy giải phóng dung lượng rồi thử lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="41"/>
        <source>Không tìm thấy các bài báo mẫu trong «{path}».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="59"/>
        <source>Các phần của chương trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="98"/>
        <source>&amp;Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="99"/>
        <source>Tạo tệp dữ liệu &amp;mới…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="101"/>
        <source>&amp;Mở tệp dữ liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="103"/>
        <source>Mở &amp;dữ liệu mẫu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="104"/>
        <source>&amp;Sao lưu ngay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="105"/>
        <source>&amp;Khôi phục từ bản sao lưu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="106"/>
        <source>&amp;Thoát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="107"/>
        <source>Tệp mở &amp;gần đây</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="118"/>
        <source>&amp;Đi tới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="144"/>
        <source>Dữ liệu lưu tại: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="169"/>
        <source>Chưa có bản sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="171"/>
        <source>Sao lưu gần nhất: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="175"/>
        <source>Tệp dữ liệu (*.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="178"/>
        <source>Tạo tệp dữ liệu mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="190"/>
        <source>Mở tệp dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="213"/>
        <source>Sao lưu dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="223"/>
        <source>Đã sao lưu vào {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="229"/>
        <source>Chọn bản sao lưu để khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="242"/>
        <source>Toàn bộ dữ liệu hiện có trong «{db}» sẽ được thay bằng bản sao lưu «{backup}» (lưu lúc {when}). Dữ liệu hiện tại sẽ được sao lưu trước khi thay.

Bạn có chắc muốn khôi phục?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="256"/>
        <source>Đã khôi phục. Dữ liệu trước khi khôi phục được lưu tại {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../gui/pages/__init__.py" line="63"/>
        <source>Tổng quan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
