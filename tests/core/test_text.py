import unicodedata

from core import text


def test_clean_makes_nfc_and_drops_invisible_characters():
    decomposed = unicodedata.normalize("NFD", "Nguyễn Văn Hòa")
    assert decomposed != "Nguyễn Văn Hòa"
    pasted = "\u200b " + decomposed.replace(" ", "\u00a0 ") + " \u00ad"
    assert text.clean(pasted) == "Nguyễn Văn Hòa"


def test_clean_keeps_paragraphs_only_when_multiline():
    typed = "Dòng một  \r\n\r\n\r\n\r\nDòng   hai"
    assert text.clean(typed, multiline=True) == "Dòng một\n\nDòng hai"
    assert text.clean(typed) == "Dòng một Dòng hai"


def test_fold_removes_all_marks_including_d_bar():
    assert text.fold("Sở Thông tin và Truyền thông") == "so thong tin va truyen thong"
    assert text.fold("ĐÀ NẴNG") == "da nang"
    assert text.matches(text.fold("Sở Văn hóa, Thể thao và Du lịch"), "van hoa du lich")
    assert not text.matches(text.fold("Sở Tài chính"), "du lich")


def test_duplicate_key_ignores_tone_placement_but_not_tone():
    assert text.duplicate_key("Nguyễn Văn Hòa") == text.duplicate_key("nguyễn  văn hoà")
    assert text.duplicate_key("Ủy ban") == text.duplicate_key("Uỷ ban")
    nfd = unicodedata.normalize("NFD", "Hòa")
    assert text.duplicate_key(nfd) == text.duplicate_key("Hoà")
    assert text.duplicate_key("Hòa") != text.duplicate_key("Hoa")
    assert text.duplicate_key("Hòa") != text.duplicate_key("Hóa")


def test_vietnamese_alphabet_order():
    words = ["đào", "dao", "ăn", "an", "ân", "bê", "ơn", "ôn", "on", "ưa", "ua", "yến"]
    assert sorted(words, key=text.sort_key) == [
        "an", "ăn", "ân", "bê", "dao", "đào", "on", "ôn", "ơn", "ua", "ưa", "yến",
    ]


def test_tones_sort_after_the_bare_letter_in_order():
    # none, huyền, hỏi, ngã, sắc, nặng
    assert sorted(["má", "mạ", "mà", "ma", "mã", "mả"], key=text.sort_key) == [
        "ma", "mà", "mả", "mã", "má", "mạ",
    ]


def test_people_sort_by_given_name_then_family_name():
    names = ["Trần Đức Thuần", "Vi Ngọc Bích", "Nguyễn Quang Phúc", "Phạm Hồng Cẩm", "Mai Vũ Tuấn",
             "Lê Văn Bích"]
    assert sorted(names, key=text.person_sort_key) == [
        "Lê Văn Bích", "Vi Ngọc Bích", "Phạm Hồng Cẩm", "Nguyễn Quang Phúc", "Trần Đức Thuần",
        "Mai Vũ Tuấn",
    ]


def test_clean_drops_control_characters_and_broken_unicode():
    typed = "Ban\x00 Chỉ\x07 đạo\x1b[31m \ufffeTTĐN\uffff \ud800x"
    assert text.clean(typed) == "Ban Chỉ đạo[31m TTĐN x"
    assert text.clean("Dòng một\x0b\nDòng\x01 hai\x1f", multiline=True) == "Dòng một\nDòng hai"
    assert text.clean("\x00\x01\x02") == ""
    assert text.tidy("a\x00b\x1c") == "ab"


def test_clean_keeps_emoji_and_foreign_names_as_typed():
    for typed in ("Họp nhóm 👍🏽🇻🇳", "José Müller", "Ólafur Ragnarsson", "김민수", "Ngô Bảo Châu 🙂"):
        assert text.clean(typed) == typed


def test_look_alike_d_is_folded_to_the_vietnamese_d_so_search_and_duplicates_find_it():
    typed = "\u00d0ỗ Văn \u00f0ức"  # Ð, ð from a legacy keyboard or a PDF
    assert text.clean(typed) == "Đỗ Văn đức"
    assert text.fold(typed) == text.fold("Đỗ Văn Đức") == "do van duc"
    assert text.duplicate_key(typed) == text.duplicate_key("Đỗ Văn Đức")


def test_xml_safe_removes_what_no_document_part_can_hold_and_keeps_the_rest():
    assert text.xml_safe("Ban\x00\x07 Chỉ\x0b đạo\x0c\ufffe\ud83d 👍\tx\ny") == "Ban Chỉ đạo 👍\tx\ny"


def test_search_means_words_each_typed_word_begins_one():
    key = text.fold("Hoàng Văn Lợi, Phó Giám đốc Sở Nông nghiệp")
    assert text.matches(key, "hoang loi")
    assert text.matches(key, "nong ngh")
    assert not text.matches(key, "oang")  # inside a word: not a word typed
    assert not text.matches(key, "giam hoang xyz")


def test_marks_typed_are_marks_meant_wherever_the_tone_is_written():
    for typed in ("Hoà", "Hòa", unicodedata.normalize("NFD", "Hoà")):
        marked = text.marked_words(typed)
        assert text.marks_agree("Hoàng Văn Lợi", marked)
        assert text.marks_agree("Nguyễn Văn Hòa", marked)
        assert not text.marks_agree("Phó Giám đốc Sở Kế hoạch và Đầu tư", marked)
    assert text.marked_words("hoa") == []  # without marks, every "hoa" word is found
    assert text.marks_agree("Đỗ Đình Đa", text.marked_words("Đa"))
    assert not text.marks_agree("Dương Văn Dạ", text.marked_words("Đa"))


def test_name_rank_puts_a_whole_name_over_a_partial_one():
    agency = "Sở Thông tin và Truyền thông tỉnh Hải Dương"
    assert text.name_rank("so thong tin va truyen thong tinh hai duong", agency) == 4
    assert text.name_rank("so thong tin va truyen thong", agency) == 3
    assert text.name_rank("so thong tin va truyen th", agency) == 2
    assert text.name_rank("ong tin", agency) == 1
    assert text.name_rank("so tt&tt", agency, "Sở TT&TT") == 4  # its short name
    assert text.name_rank("tai chinh", agency) == 0


def test_a_long_paste_is_searched_by_its_first_words():
    pasted = " ".join(f"từ{i}" for i in range(500))
    assert text.search_words(pasted) == [f"tu{i}" for i in range(text.MAX_SEARCH_WORDS)]
    assert text.search_words("một " * 500) == ["mot"]  # a word said twice is looked for once
