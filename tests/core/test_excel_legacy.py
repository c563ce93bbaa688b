"""Old Vietnamese encodings in cells: TCVN3 converted, VNI recognised, Unicode left alone."""
from __future__ import annotations

import pytest

from core.excel.legacy import TCVN3, VNI, convert, detect, tcvn3_to_unicode


@pytest.mark.parametrize(("legacy", "unicode"), [
    ("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam"),
    ("§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"),
    ("Së Th«ng tin vµ TruyÒn th«ng", "Sở Thông tin và Truyền thông"),
    ("Tr\xadëng ban", "Trưởng ban"),  # ư is the soft hyphen's code: it must not be stripped
    ("Hµ Néi", "Hà Nội"),
    ("Uû ban nh©n d©n tØnh Qu¶ng Ninh", "Uỷ ban nhân dân tỉnh Quảng Ninh"),
    ("NguyÔn V¨n Thuèn", "Nguyễn Văn Thuốn"),
    ("BAN CHØ §¹O", "BAN CHỈ ĐẠO"),  # typed in capitals with .VnTimeH
    ("Së Néi vô", "Sở Nội vụ"),  # no ¸µ¶·¹-type letter: "ë" after a consonant gives it away
])
def test_tcvn3_is_converted(legacy, unicode):
    assert detect(legacy) == TCVN3
    assert tcvn3_to_unicode(legacy) == unicode
    assert convert(legacy) == (TCVN3, unicode)


@pytest.mark.parametrize("text", [
    "Haø Noäi", "Sôû Thoâng tin vaø Truyeàn thoâng", "ñoàng chí Nguyeãn Vaên A",
])
def test_vni_is_recognised_not_converted(text):
    assert detect(text) == VNI
    assert convert(text) == (VNI, None)


@pytest.mark.parametrize("text", [
    "Sở Thông tin và Truyền thông", "Hoà Bình", "xuân Quê hoá", "Luôn luôn", "café crème",
    "© 2020 Công ty", "«Hà Nam»", "Ủy ban", "Báo Quảng Ninh", "ABC", "", "x", None, 42,
    "Phòng A & B", "Nguyễn Văn A - 0912 345 678",
])
def test_unicode_and_plain_text_are_left_alone(text):
    assert detect(text) is None
    if isinstance(text, str):
        assert convert(text) == (None, None)
