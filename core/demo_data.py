"""The demo data: five real meetings, drawn from press reports, recorded as a secretariat would.

Names, positions, agendas and conclusions follow the reports; where a report is silent (the exact
hour, who spoke on which item, the deadlines) the values are what such a secretariat would
plausibly have written, so the program has something realistic to show.
"""
from __future__ import annotations

from typing import Any

# Agencies, by a short key used below.
AGENCIES = {
    "qn_tt": ("Sở Thông tin và Truyền thông tỉnh Quảng Ninh", "Sở TT&TT Quảng Ninh"),
    "qn_tg": ("Ban Tuyên giáo Tỉnh ủy Quảng Ninh", "BTG Tỉnh ủy Quảng Ninh"),
    "qn_nv": ("Sở Ngoại vụ tỉnh Quảng Ninh", None),
    "qn_vh": ("Sở Văn hóa và Thể thao tỉnh Quảng Ninh", None),
    "qn_ttt": ("Trung tâm Truyền thông tỉnh Quảng Ninh", None),
    "qn_vp": ("Văn phòng Tỉnh ủy Quảng Ninh", None),
    "qn_dl": ("Sở Du lịch tỉnh Quảng Ninh", None),
    "cuc_ttdn": ("Cục Thông tin Đối ngoại, Bộ Thông tin và Truyền thông", "Cục TTĐN"),
    "hn_tg": ("Ban Tuyên giáo Tỉnh ủy Hà Nam", "BTG Tỉnh ủy Hà Nam"),
    "hn_tt": ("Sở Thông tin và Truyền thông tỉnh Hà Nam", None),
    "hn_nv": ("Sở Ngoại vụ tỉnh Hà Nam", None),
    "hn_vh": ("Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Nam", None),
    "hn_bao": ("Báo Hà Nam", None),
    "hd_tg": ("Ban Tuyên giáo Tỉnh ủy Hải Dương", "BTG Tỉnh ủy Hải Dương"),
    "hd_tt": ("Sở Thông tin và Truyền thông tỉnh Hải Dương", None),
    "hd_bao": ("Báo Hải Dương", None),
    "hd_dai": ("Đài Phát thanh - Truyền hình tỉnh Hải Dương", None),
    "hd_vh": ("Sở Văn hóa, Thể thao và Du lịch tỉnh Hải Dương", None),
    "hd_vp": ("Văn phòng Tỉnh ủy Hải Dương", None),
}

# People: key -> (full name, current position, agency key).
PEOPLE = {
    "vnb": ("Vi Ngọc Bích", "Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy", "qn_tg"),
    "mvt": ("Mai Vũ Tuấn", "Giám đốc Sở Thông tin và Truyền thông", "qn_tt"),
    "phc": ("Phạm Hồng Cẩm", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy", "qn_tg"),
    "qn_nv": ("Nguyễn Thị Thu Hương", "Giám đốc Sở Ngoại vụ", "qn_nv"),
    "qn_ttt": ("Trịnh Văn Thành", "Giám đốc Trung tâm Truyền thông tỉnh", "qn_ttt"),
    "qn_tk": ("Đỗ Thị Minh Hà", "Chuyên viên Phòng Tuyên truyền, Ban Tuyên giáo Tỉnh ủy", "qn_tg"),
    "qn_vp": ("Lê Văn Đức", "Phó Chánh Văn phòng Tỉnh ủy", "qn_vp"),
    "tdt": ("Trần Đức Thuần", "Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy", "hn_tg"),
    "hn_pt": ("Lê Thị Thu Hằng", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy", "hn_tg"),
    "hn_tt": ("Nguyễn Văn Hòa", "Giám đốc Sở Thông tin và Truyền thông", "hn_tt"),
    "hn_nv": ("Phạm Minh Đức", "Giám đốc Sở Ngoại vụ", "hn_nv"),
    "hn_vh": ("Trần Thị Lan", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch", "hn_vh"),
    "hn_tk": ("Vũ Thị Ngọc Anh", "Trưởng Phòng Tuyên truyền, Ban Tuyên giáo Tỉnh ủy", "hn_tg"),
    "nqp": ("Nguyễn Quang Phúc", "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy", "hd_tg"),
    "hd_tt": ("Phạm Văn Dũng", "Giám đốc Sở Thông tin và Truyền thông", "hd_tt"),
    "hd_bao": ("Nguyễn Thị Thanh Hương", "Tổng Biên tập Báo Hải Dương", "hd_bao"),
    "hd_dai": ("Đặng Văn Sơn", "Giám đốc Đài Phát thanh - Truyền hình tỉnh", "hd_dai"),
    "hd_vh": ("Lương Văn Cầu", "Giám đốc Sở Văn hóa, Thể thao và Du lịch", "hd_vh"),
    "hd_vp": ("Bùi Thị Hiền", "Phó Chánh Văn phòng Tỉnh ủy", "hd_vp"),
    "hd_tk": ("Hoàng Biên", "Chuyên viên Ban Tuyên giáo Tỉnh ủy", "hd_tg"),
}

# Committees: key -> fields. Members: (person key, role, position on the committee, from, to).
COMMITTEES: dict[str, dict[str, Any]] = {
    "qn_ttdn": dict(
        name="Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Quảng Ninh",
        abbreviation="BCĐ",
        style="state",
        number_reset="year",
        parent_body="UBND TỈNH QUẢNG NINH",
        issuing_body="BAN CHỈ ĐẠO CÔNG TÁC THÔNG TIN ĐỐI NGOẠI",
        place_name="Quảng Ninh",
        secretariat_name="Cơ quan Thường trực Ban Chỉ đạo",
        members=[
            ("vnb", "Trưởng ban",
             "Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy, Trưởng Ban Chỉ đạo", "2016-01-01", None),
            ("mvt", "Phó Trưởng ban thường trực", "Giám đốc Sở Thông tin và Truyền thông",
             "2014-01-01", None),
            ("phc", "Ủy viên", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy", "2014-01-01", "2017-12-31"),
            ("qn_nv", "Ủy viên", "Giám đốc Sở Ngoại vụ", "2016-01-01", None),
            ("qn_ttt", "Ủy viên", "Giám đốc Trung tâm Truyền thông tỉnh", "2018-06-01", None),
            ("qn_vp", "Ủy viên", "Phó Chánh Văn phòng Tỉnh ủy", "2014-01-01", None),
            ("qn_tk", "Thư ký", "Chuyên viên Phòng Tuyên truyền, Ban Tuyên giáo Tỉnh ủy",
             "2014-01-01", None),
        ],
    ),
    "qn_tb15": dict(
        name="Tiểu ban Tuyên truyền - Khánh tiết Đại hội Đảng bộ tỉnh lần thứ XV",
        abbreviation="TBTT",
        style="party",
        number_reset="term",
        parent_body="ĐẢNG BỘ TỈNH QUẢNG NINH",
        issuing_body="TIỂU BAN TUYÊN TRUYỀN - KHÁNH TIẾT",
        place_name="Quảng Ninh",
        secretariat_name="Ban Tuyên giáo Tỉnh ủy",
        term_label="2020-2025",
        members=[
            ("vnb", "Trưởng ban", "Trưởng Ban Tuyên giáo Tỉnh ủy, Trưởng Tiểu ban", "2019-10-01", None),
            ("mvt", "Phó Trưởng ban", "Giám đốc Sở Thông tin và Truyền thông", "2019-10-01", None),
            ("qn_vp", "Ủy viên", "Phó Chánh Văn phòng Tỉnh ủy", "2019-10-01", None),
            ("qn_ttt", "Ủy viên", "Giám đốc Trung tâm Truyền thông tỉnh", "2019-10-01", None),
            ("qn_tk", "Thư ký", "Chuyên viên Phòng Tuyên truyền, Ban Tuyên giáo Tỉnh ủy",
             "2019-10-01", None),
        ],
    ),
    "hn_ttdn": dict(
        name="Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Hà Nam",
        abbreviation="BCĐ",
        style="party",
        number_reset="term",
        parent_body="TỈNH ỦY HÀ NAM",
        issuing_body="BAN CHỈ ĐẠO CÔNG TÁC THÔNG TIN ĐỐI NGOẠI",
        place_name="Hà Nam",
        secretariat_name="Ban Tuyên giáo Tỉnh ủy",
        term_label="2015-2020",
        members=[
            ("tdt", "Trưởng ban",
             "Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy, Trưởng Ban Chỉ đạo", "2016-01-01", None),
            ("hn_pt", "Phó Trưởng ban thường trực", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy",
             "2016-01-01", None),
            ("hn_tt", "Phó Trưởng ban", "Giám đốc Sở Thông tin và Truyền thông", "2016-01-01", None),
            ("hn_nv", "Ủy viên", "Giám đốc Sở Ngoại vụ", "2016-01-01", None),
            ("hn_vh", "Ủy viên", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch", "2016-01-01", None),
            ("hn_tk", "Thư ký", "Trưởng Phòng Tuyên truyền, Ban Tuyên giáo Tỉnh ủy", "2016-01-01", None),
        ],
    ),
    "hd_tb17": dict(
        name="Tiểu ban Tuyên truyền và Phục vụ Đại hội Đảng bộ tỉnh lần thứ XVII",
        abbreviation="TBTT",
        style="party",
        number_reset="term",
        parent_body="ĐẢNG BỘ TỈNH HẢI DƯƠNG",
        issuing_body="TIỂU BAN TUYÊN TRUYỀN VÀ PHỤC VỤ ĐẠI HỘI",
        place_name="Hải Dương",
        secretariat_name="Ban Tuyên giáo Tỉnh ủy",
        term_label="2020-2025",
        members=[
            ("nqp", "Phó Trưởng ban",
             "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy, Phó Trưởng Tiểu ban",
             "2020-01-15", None),
            ("hd_tt", "Ủy viên", "Giám đốc Sở Thông tin và Truyền thông", "2020-01-15", None),
            ("hd_bao", "Ủy viên", "Tổng Biên tập Báo Hải Dương", "2020-01-15", None),
            ("hd_dai", "Ủy viên", "Giám đốc Đài Phát thanh - Truyền hình tỉnh", "2020-01-15", None),
            ("hd_vh", "Ủy viên", "Giám đốc Sở Văn hóa, Thể thao và Du lịch", "2020-01-15", None),
            ("hd_vp", "Ủy viên", "Phó Chánh Văn phòng Tỉnh ủy", "2020-01-15", None),
            ("hd_tk", "Thư ký", "Chuyên viên Ban Tuyên giáo Tỉnh ủy", "2020-01-15", None),
        ],
    ),
}

# Meetings. Agenda items: (title, presenter person key or None, presenter agency key or None,
# minutes). Opinions: (agenda index, speaker person key or a guest's name, text). Conclusion:
# list of (text, [sub-point texts]). Tasks: (conclusion index, content, lead agency key,
# [coordinator agency keys], deadline as written, completed on or None, progress or None).
MEETINGS: list[dict[str, Any]] = [
    dict(
        seed="000_372a50ef2d210a4c.txt",
        committee="qn_ttdn",
        kind="Hội nghị giao ban",
        title="Hội nghị giao ban thông tin báo chí tháng 10 và phương hướng, nhiệm vụ trọng tâm "
              "công tác thông tin, báo chí tháng 11/2014",
        starts_at="2014-10-28 08:00", ends_at="2014-10-28 11:00",
        place="Hội trường Sở Thông tin và Truyền thông tỉnh Quảng Ninh",
        chair="mvt", secretary="qn_tk",
        absent={"qn_vp": "Bận công tác"},
        guests=[("Đại diện Cục Thông tin Đối ngoại", "Lãnh đạo Cục", "cuc_ttdn")],
        agenda=[
            ("Báo cáo công tác thông tin, báo chí tháng 10/2014", None, "qn_tt", 30),
            ("Phương hướng, nhiệm vụ trọng tâm công tác thông tin, báo chí tháng 11/2014",
             None, "qn_tt", 45),
        ],
        opinions=[
            (0, "mvt",
             "Báo cáo khái quát công tác thông tin, báo chí nổi bật về hoạt động liên quan đến tỉnh "
             "Quảng Ninh trong tháng 10: Sở đã phối hợp với Cục Thông tin Đối ngoại thuộc Bộ Thông "
             "tin và Truyền thông mở lớp tập huấn công tác thông tin đối ngoại tỉnh Quảng Ninh năm "
             "2014 cho cán bộ, công chức làm công tác thông tin đối ngoại tại các sở, ban, ngành, "
             "địa phương trong tỉnh."),
            (1, "phc",
             "Đề nghị các cơ quan thông tấn báo chí trung ương và địa phương tiếp tục tuyên truyền "
             "về các văn bản liên quan đến Hội nghị Trung ương 9, khóa XI, Nghị quyết 08 của Ban "
             "Chấp hành Trung ương Đảng khóa XI; đẩy mạnh tuyên truyền về việc thực hiện các nhiệm "
             "vụ kinh tế - xã hội năm 2014, giải pháp trọng tâm năm 2015; tăng cường tuyên truyền "
             "về Đề án 25 của Ban Thường vụ Tỉnh ủy."),
        ],
        conclusions=[
            ("Trong tháng 10, các cơ quan thông tấn, báo chí của trung ương và địa phương đã phản "
             "ánh một cách sâu sắc, toàn diện về mọi mặt của tỉnh Quảng Ninh.", []),
            ("Các cơ quan thông tấn, báo chí tập trung vào các nhiệm vụ trọng tâm tháng 11/2014:", [
                "Tuyên truyền về các chỉ thị, nghị quyết của Trung ương, của tỉnh về nhiệm vụ xây "
                "dựng Đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể từ tỉnh đến cơ sở;",
                "Tăng cường tuyên truyền về các nhiệm vụ phát triển kinh tế, bảo đảm an sinh xã "
                "hội, củng cố quốc phòng - an ninh.",
            ]),
            ("Sở Thông tin và Truyền thông phối hợp chặt chẽ với các cơ quan chức năng, các địa "
             "phương kịp thời cung cấp những thông tin, những vấn đề thời sự diễn ra trên địa bàn "
             "để các cơ quan thông tấn, báo chí phản ánh trên tinh thần xây dựng, cùng tiến bộ.", []),
        ],
        tasks=[
            (1, "Tuyên truyền các chỉ thị, nghị quyết của Trung ương, của tỉnh về xây dựng Đảng, "
                "chính quyền, Mặt trận Tổ quốc và các đoàn thể", "qn_tt", ["qn_tg"],
             "Tháng 11/2014", "2014-11-28", "Đã hướng dẫn các cơ quan báo chí mở chuyên mục."),
            (2, "Kịp thời cung cấp thông tin thời sự trên địa bàn cho các cơ quan thông tấn, báo chí",
             "qn_tt", ["qn_tg", "qn_vp"], "Thường xuyên", None,
             "Duy trì họp báo thường kỳ hằng tháng."),
        ],
        status="finalised",
    ),
    dict(
        seed="001_44a0f5f207a50ad4.txt",
        committee="qn_ttdn",
        kind="Hội nghị giao ban",
        title="Hội nghị giao ban công tác thông tin đối ngoại năm 2019",
        starts_at="2019-12-16 15:00", ends_at="2019-12-16 17:30",
        place="Hội trường Ban Tuyên giáo Tỉnh ủy Quảng Ninh",
        chair="vnb", secretary="qn_tk",
        absent={"qn_nv": "Đi công tác nước ngoài"},
        guests=[("Đại diện lãnh đạo Sở Du lịch", "Phó Giám đốc", "qn_dl")],
        agenda=[
            ("Báo cáo kết quả công tác thông tin đối ngoại năm 2019, phương hướng nhiệm vụ năm 2020",
             "qn_tk", "qn_tg", 30),
            ("Thảo luận, đánh giá hạn chế và đề xuất giải pháp", None, None, 60),
        ],
        opinions=[
            (0, "qn_tk",
             "Năm 2019, công tác thông tin đối ngoại của tỉnh ngày càng đi vào chiều sâu, bám sát "
             "chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước; công tác phát "
             "ngôn và cung cấp thông tin đối ngoại cho 32 cơ quan báo chí, truyền thông có ký kết "
             "hợp tác truyền thông với tỉnh dần đi vào nền nếp."),
            (1, "mvt",
             "Công tác quản lý nhà nước về thông tin đối ngoại tiếp tục được tăng cường; đề nghị "
             "nâng cao chất lượng hoạt động dự báo, định hướng cho công tác thông tin đối ngoại."),
            (1, "qn_ttt",
             "Chỉ rõ một số hạn chế trong quảng bá hình ảnh tỉnh trên các kênh, ấn phẩm; đề xuất "
             "đổi mới nội dung, hình thức tuyên truyền qua tất cả các kênh truyền thông."),
            (1, "Đại diện lãnh đạo Sở Du lịch",
             "Đề xuất phát huy hoạt động đón tiếp đoàn để quảng bá hình ảnh của tỉnh, gắn với xúc "
             "tiến du lịch."),
        ],
        conclusions=[
            ("Công tác thông tin đối ngoại có ý nghĩa đặc biệt quan trọng, đóng góp nhiều vào hoạt "
             "động chính trị, kinh tế, văn hóa, quốc phòng, an ninh của tỉnh.", []),
            ("Trong thời gian tới, các cơ quan, đơn vị, địa phương tập trung vào một số nhiệm vụ "
             "trọng tâm:", [
                "Tiếp tục đẩy mạnh việc học tập, quán triệt, tuyên truyền chủ trương, đường lối của "
                "Đảng, chính sách, pháp luật của Nhà nước, đặc biệt là về công tác thông tin đối ngoại;",
                "Rà soát, kiện toàn Ban Chỉ đạo công tác thông tin đối ngoại theo hướng tập trung vào "
                "hiệu quả thực tế, nâng cao chất lượng hoạt động;",
                "Bám sát kế hoạch hoạt động đối ngoại của tỉnh và các địa phương, chủ động định "
                "hướng, cung cấp thông tin để thực hiện tốt công tác tuyên truyền;",
                "Tăng cường mở rộng, đổi mới nội dung, hình thức, phương pháp tuyên truyền qua tất cả "
                "các kênh, ấn phẩm, phương tiện thông tin truyền thông;",
                "Tăng cường đào tạo, tập huấn, bồi dưỡng nghiệp vụ cho đội ngũ cán bộ phụ trách công "
                "tác thông tin đối ngoại.",
            ]),
        ],
        tasks=[
            (1, "Rà soát, kiện toàn Ban Chỉ đạo công tác thông tin đối ngoại tỉnh", "qn_tg", ["qn_tt"],
             "Quý I/2020", "2020-04-10", "Đã trình Quyết định kiện toàn Ban Chỉ đạo."),
            (1, "Đổi mới nội dung, hình thức tuyên truyền, quảng bá hình ảnh tỉnh qua các kênh, ấn "
                "phẩm", "qn_ttt", ["qn_tt", "qn_dl"], "Thường xuyên", None, None),
            (1, "Tổ chức tập huấn, bồi dưỡng nghiệp vụ thông tin đối ngoại cho cán bộ phụ trách",
             "qn_tt", ["qn_nv"], "Trước 30/6/2020", "2020-06-20", "Đã tổ chức 2 lớp tập huấn."),
            (1, "Nâng cao chất lượng dự báo, định hướng thông tin đối ngoại", "qn_tg", ["qn_nv"],
             "Năm 2020", None, "Đang xây dựng quy trình dự báo."),
        ],
        status="finalised",
    ),
    dict(
        seed="002_8b10fe5786097403.txt",
        committee="qn_tb15",
        kind="Phiên họp định kỳ",
        title="Phiên họp Tiểu ban Tuyên truyền - Khánh tiết Đại hội Đảng bộ tỉnh lần thứ XV, "
              "đánh giá công tác quý I/2020",
        starts_at="2020-03-31 08:30", ends_at="2020-03-31 11:00",
        place="Phòng họp Ban Tuyên giáo Tỉnh ủy Quảng Ninh",
        chair="vnb", secretary="qn_tk",
        absent={},
        guests=[],
        agenda=[
            ("Kết quả công tác tuyên truyền, báo chí, xuất bản quý I/2020", "qn_tk", "qn_tg", 20),
            ("Kế hoạch tuyên truyền - khánh tiết Đại hội Đảng bộ tỉnh lần thứ XV, nhiệm kỳ 2020-2025",
             None, "qn_tg", 40),
            ("Phân công nhiệm vụ các thành viên Tiểu ban", None, None, 20),
        ],
        opinions=[
            (0, "qn_tk",
             "Quý I/2020 đã tuyên truyền kỷ niệm 90 năm ngày thành lập Đảng Cộng sản Việt Nam; tuyên "
             "truyền Nghị quyết số 20-NQ/TU về phương hướng, nhiệm vụ năm 2020; chủ trì 4 hội nghị "
             "báo chí tháng; tổ chức 2 hội nghị báo cáo viên cấp tỉnh."),
            (0, "mvt",
             "100% xã, phường, thị trấn duy trì tuyên truyền phòng, chống dịch COVID-19 trên hệ "
             "thống loa truyền thanh và các trang mạng xã hội; đề nghị tiếp tục cung cấp thông tin "
             "chính thống, định hướng kịp thời."),
            (1, "qn_ttt",
             "Đề xuất xây dựng chuyên trang, chuyên mục về Đại hội Đảng bộ tỉnh lần thứ XV trên các "
             "kênh của Trung tâm."),
            (2, "qn_vp", "Văn phòng Tỉnh ủy thống nhất phối hợp bảo đảm cơ sở vật chất khánh tiết."),
        ],
        conclusions=[
            ("Công tác tuyên giáo quý I/2020 đã bám sát tình hình thực tiễn của tỉnh, các văn bản "
             "hướng dẫn của Trung ương và Thường trực, Ban Thường vụ Tỉnh ủy.", []),
            ("Hoàn thiện Kế hoạch tuyên truyền - khánh tiết Đại hội Đảng bộ tỉnh lần thứ XV, nhiệm "
             "kỳ 2020-2025 và phân công nhiệm vụ các thành viên Tiểu ban.", []),
            ("Tiếp tục đẩy mạnh tuyên truyền phòng, chống dịch bệnh COVID-19 bằng nhiều hình thức "
             "phong phú, đa dạng.", []),
        ],
        tasks=[
            (1, "Hoàn thiện Kế hoạch tuyên truyền - khánh tiết Đại hội Đảng bộ tỉnh lần thứ XV",
             "qn_tg", ["qn_vp"], "Trước 15/4/2020", "2020-04-20", "Kế hoạch đã ban hành ngày 20/4."),
            (1, "Xây dựng chuyên trang, chuyên mục tuyên truyền Đại hội Đảng bộ tỉnh lần thứ XV",
             "qn_ttt", [], "Quý II/2020", "2020-06-15", None),
            (2, "Tuyên truyền phòng, chống dịch bệnh COVID-19 trên loa truyền thanh và mạng xã hội",
             "qn_tt", ["qn_ttt"], "Thường xuyên", None, "Cập nhật thông tin hằng ngày."),
        ],
        status="finalised",
    ),
    dict(
        seed="003_800a2eee87e2337e.txt",
        committee="hn_ttdn",
        kind="Phiên họp định kỳ",
        title="Phiên họp định kỳ Ban Chỉ đạo công tác thông tin đối ngoại tỉnh",
        starts_at="2017-02-24 08:00", ends_at="2017-02-24 11:00",
        place="Hội trường Ban Tuyên giáo Tỉnh ủy Hà Nam",
        chair="tdt", secretary="hn_tk",
        absent={"hn_vh": "Ốm"},
        guests=[("Tổng Biên tập Báo Hà Nam", "Tổng Biên tập", "hn_bao")],
        agenda=[
            ("Dự thảo báo cáo công tác thông tin đối ngoại năm 2016, phương hướng nhiệm vụ năm 2017",
             "hn_tk", "hn_tg", 30),
            ("Dự thảo Quy chế làm việc của Ban Chỉ đạo", None, "hn_tg", 20),
            ("Phân công nhiệm vụ cho các thành viên Ban Chỉ đạo", None, None, 20),
        ],
        opinions=[
            (0, "hn_tt",
             "Đề xuất giải pháp quảng bá hình ảnh mảnh đất và người Hà Nam, tiềm năng du lịch, chính "
             "sách thu hút đầu tư của tỉnh với bạn bè, các tổ chức trong nước và quốc tế."),
            (0, "hn_nv",
             "Đề nghị tăng cường thông tin, tuyên truyền định hướng dư luận, đấu tranh chống âm mưu "
             "diễn biến hòa bình, các thông tin sai lệch, bóp méo sự thật."),
            (1, "hn_pt", "Thống nhất với dự thảo Quy chế làm việc; đề nghị bổ sung chế độ báo cáo định kỳ."),
            (2, "Tổng Biên tập Báo Hà Nam",
             "Báo Hà Nam sẵn sàng mở chuyên mục thông tin đối ngoại trên báo in và báo điện tử."),
        ],
        conclusions=[
            ("Năm 2017, các thành viên Ban Chỉ đạo bám sát các văn bản chỉ đạo của Đảng, Nhà nước và "
             "của tỉnh về công tác thông tin đối ngoại, xây dựng kế hoạch triển khai thực hiện.", []),
            ("Đẩy mạnh thông tin, tuyên truyền về tiềm năng thế mạnh của tỉnh với các tỉnh, thành phố "
             "trong cả nước và bạn bè quốc tế.", []),
            ("Tham mưu Tỉnh ủy chỉ đạo các cấp, ngành, địa phương tiếp tục thực hiện tốt nhiệm vụ "
             "thông tin đối ngoại nêu trong Kết luận số 16 của Bộ Chính trị về chiến lược phát triển "
             "thông tin đối ngoại giai đoạn 2011 - 2020.", []),
            ("Chủ động nắm chắc tình hình, tăng cường đấu tranh, phản bác các thông tin sai lệch; chủ "
             "động cung cấp thông tin chính xác, kịp thời, góp phần định hướng dư luận xã hội.", []),
        ],
        tasks=[
            (0, "Xây dựng kế hoạch triển khai công tác thông tin đối ngoại năm 2017", "hn_tg",
             ["hn_tt", "hn_nv"], "Trước 31/3/2017", "2017-03-28", "Kế hoạch đã ban hành."),
            (1, "Tuyên truyền, quảng bá tiềm năng thế mạnh của tỉnh trong nước và quốc tế", "hn_tt",
             ["hn_vh", "hn_bao"], "Năm 2017", "2018-01-15", "Hoàn thành chậm do chờ kinh phí."),
            (2, "Tham mưu Tỉnh ủy chỉ đạo thực hiện Kết luận số 16 của Bộ Chính trị", "hn_tg", [],
             "Quý II/2017", "2017-06-30", None),
            (3, "Đấu tranh, phản bác các thông tin sai lệch, bóp méo sự thật", "hn_tt",
             ["hn_tg", "hn_bao"], "Thường xuyên", None, None),
        ],
        status="finalised",
    ),
    dict(
        seed="004_842bca8047fee8ff.txt",
        committee="hd_tb17",
        kind="Buổi làm việc",
        title="Buổi làm việc triển khai nhiệm vụ tuyên truyền, phục vụ Đại hội Đảng bộ tỉnh lần "
              "thứ XVII",
        starts_at="2020-06-11 08:00", ends_at="2020-06-11 10:30",
        place="Phòng họp Ban Tuyên giáo Tỉnh ủy Hải Dương",
        chair="nqp", secretary="hd_tk",
        absent={},
        guests=[],
        agenda=[
            ("Đánh giá kết quả công tác tuyên truyền, phục vụ Đại hội thời gian qua", "hd_tk", "hd_tg",
             30),
            ("Khó khăn, vấn đề phát sinh và đề xuất giải pháp", None, None, 45),
        ],
        opinions=[
            (0, "hd_tk", "Báo cáo kết quả tuyên truyền Đại hội Đảng bộ các cấp và việc phối hợp "
                         "với các cơ quan báo chí Trung ương."),
            (1, "hd_tt", "Đề nghị tăng cường nắm bắt, quản lý thông tin trên các mạng xã hội trong "
                         "thời gian diễn ra Đại hội."),
            (1, "hd_bao", "Báo Hải Dương đã mở chuyên trang về Đại hội, đề xuất tăng thời lượng "
                          "và số trang đặc biệt."),
            (1, "hd_vh", "Kế hoạch trang trí, tuyên truyền trực quan đang được hoàn thiện; đề nghị "
                         "sớm có kinh phí."),
            (1, "hd_vp", "Văn phòng Tỉnh ủy chuẩn bị cơ sở vật chất, hậu cần, an ninh phục vụ Đại hội."),
        ],
        conclusions=[
            ("Các thành viên Tiểu ban bám sát chức năng, nhiệm vụ đã được phân công, phối hợp chặt "
             "chẽ để chủ động chỉ đạo, điều hành, làm tốt nhiệm vụ của cơ quan, đơn vị.", []),
            ("Ban Tuyên giáo Tỉnh ủy tiếp tục làm tốt công tác phối hợp tuyên truyền trên ấn phẩm "
             "của các cơ quan báo chí Trung ương; định hướng, hướng dẫn, đôn đốc tuyên truyền trên "
             "báo chí trong tỉnh, trên mạng xã hội và các hình thức khác.", []),
            ("Sở Thông tin và Truyền thông tăng cường nắm bắt, quản lý thông tin trên các mạng xã "
             "hội; hoàn thiện hạ tầng kỹ thuật, cung cấp thông tin cho các cơ quan báo chí.", []),
            ("Báo Hải Dương, Đài Phát thanh - Truyền hình tỉnh tiếp tục xây dựng các chuyên trang, "
             "chuyên mục, tăng thời lượng tuyên truyền về Đại hội Đảng bộ các cấp.", []),
            ("Sở Văn hóa, Thể thao và Du lịch sớm hoàn thiện kế hoạch trang trí, tuyên truyền trực "
             "quan, tổ chức các triển lãm, trưng bày và các chương trình chào mừng Đại hội.", []),
            ("Văn phòng Tỉnh ủy cùng các thành viên khác trong Tiểu ban phối hợp hoàn thiện cơ sở "
             "vật chất, các nguồn lực bảo đảm công tác hậu cần, an ninh, an toàn phục vụ Đại hội.", []),
        ],
        tasks=[
            (1, "Phối hợp tuyên truyền trên ấn phẩm của các cơ quan báo chí Trung ương; định hướng "
                "tuyên truyền trên báo chí trong tỉnh và mạng xã hội", "hd_tg", ["hd_tt"],
             "Thường xuyên", None, None),
            (2, "Nắm bắt, quản lý thông tin trên mạng xã hội; hoàn thiện hạ tầng kỹ thuật phục vụ "
                "Đại hội", "hd_tt", ["hd_tg"], "Trước 15/9/2020", "2020-09-10", None),
            (3, "Xây dựng kế hoạch chi tiết tuyên truyền trước, trong và sau Đại hội Đảng bộ tỉnh lần "
                "thứ XVII", "hd_bao", ["hd_dai"], "Trước 30/6/2020", "2020-07-06",
             "Kế hoạch ban hành chậm 6 ngày."),
            (4, "Hoàn thiện kế hoạch trang trí, tuyên truyền trực quan, triển lãm chào mừng Đại hội",
             "hd_vh", ["hd_vp"], "Trước 31/7/2020", None, "Đang chờ phê duyệt kinh phí."),
            (5, "Hoàn thiện cơ sở vật chất, hậu cần, an ninh, an toàn phục vụ Đại hội", "hd_vp",
             ["hd_vh", "hd_tt"], "Quý III/2020", "2020-09-25", None),
        ],
        status="held",
    ),
]
