"""Text typed in the old Vietnamese 8-bit encodings, recognised in cells of imported files.

Before Unicode, Vietnamese offices typed with TCVN3 (ABC, fonts ".VnTime") or VNI (fonts
"VNI-Times"): each font drew its own letters over the Latin-1 code points, so an old sheet
opened today shows "Hµ Néi" for "Hà Nội" (TCVN3) or "Haø Noäi" (VNI).

TCVN3 is one character per letter: :func:`tcvn3_to_unicode` converts it with the table below.
VNI splits letters into a base and a mark and reuses letters that Unicode text also has: it is
only flagged, so the user converts it with Unikey's converter, which knows the font in use.
"""
from __future__ import annotations

import re

# TCVN3 (TCVN 5712:1993, ABC): code point of the 8-bit byte → the letter its font draws.
# Upper-case toned letters have no codes: ".VnTimeH" fonts draw the lower-case codes in capitals.
_TCVN3_PAIRS = (
    "\xa1Ă \xa2Â \xa3Ê \xa4Ô \xa5Ơ \xa6Ư \xa7Đ "
    "\xa8ă \xa9â \xaaê \xabô \xacơ \xadư \xaeđ "
    "\xb5à \xb6ả \xb7ã \xb8á \xb9ạ "
    "\xbbằ \xbcẳ \xbdẵ \xbeắ \xc6ặ "
    "\xc7ầ \xc8ẩ \xc9ẫ \xcaấ \xcbậ "
    "\xccè \xceẻ \xcfẽ \xd0é \xd1ẹ "
    "\xd2ề \xd3ể \xd4ễ \xd5ế \xd6ệ "
    "\xd7ì \xd8ỉ \xdcĩ \xddí \xdeị "
    "\xdfò \xe1ỏ \xe2õ \xe3ó \xe4ọ "
    "\xe5ồ \xe6ổ \xe7ỗ \xe8ố \xe9ộ "
    "\xeaờ \xebở \xecỡ \xedớ \xeeợ "
    "\xefù \xf1ủ \xf2ũ \xf3ú \xf4ụ "
    "\xf5ừ \xf6ử \xf7ữ \xf8ứ \xf9ự "
    "\xfaỳ \xfbỷ \xfcỹ \xfdý \xfeỵ"
)
TCVN3_TO_UNICODE: dict[str, str] = {pair[0]: pair[1] for pair in _TCVN3_PAIRS.split(" ")}
_TCVN3_TABLE = str.maketrans(TCVN3_TO_UNICODE)

# TCVN3 letters that Unicode Vietnamese never shows: ¡¢£¤¥¦§¨©ª«¬ ®µ¶·¸¹»¼½¾.
_TCVN3_CORE = frozenset(chr(c) for c in (*range(0xA1, 0xAF), *range(0xB5, 0xBA), *range(0xBB, 0xBF)))
# Other TCVN3 letters that are not Vietnamese Unicode letters either (ÆÇÈË…þ).
_TCVN3_OTHER = frozenset(TCVN3_TO_UNICODE) - _TCVN3_CORE - frozenset(
    "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý")
_QUOTES = frozenset("«»")
_CONSONANTS = frozenset("bcdfghjklmnpqrstvwxzBCDFGHJKLMNPQRSTVWXZ")
_VNI_LETTERS = frozenset("öÖñÑ")  # VNI's ư and đ: whole letters, they may follow a consonant
# TCVN3 small letters whose codes are Latin-1 capitals (Ô is ễ, Ò is ề, Ê is ấ…).
_TCVN3_UPPER_AS_LOWER = frozenset(ch for ch in TCVN3_TO_UNICODE if ch.isupper()
                                  and ch not in _TCVN3_CORE)
# VNI marks that no Vietnamese Unicode text contains (ñ đ, ö ư, ø huyền, ï nặng, ä/ë/å/ü…).
_VNI_STRONG = frozenset("øïäåëüöûñÑÖØÏÄÅËÜÛ")
# A base vowel and a VNI mark that no Vietnamese Unicode word puts together ("aø" for à,
# "oâ" for ô, "eà" for ề). "oà", "oá", "uâ", "uê" are left out: Unicode "hoà", "xuân" have them.
_VNI_PAIRS = re.compile("[aA][âêáàåãäéèúüëùøûõïÂÊÁÀÅÃÄÉÈÚÜËÙØÛÕÏ]|[eE][âáàåãäùøûõïÂÁÀÅÃÄÙØÛÕÏ]"
                        "|[oO][âåäùøûïÂÅÄÙØÛÏ]")
# Letters only Vietnamese Unicode has (ă đ ĩ ũ ơ ư and the whole Latin Extended Additional
# block): text holding one of them is Unicode already.
_UNICODE_VIET = re.compile("[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1"
                           "\u01af\u01b0\u1ea0-\u1ef9]")
_ASCII_LETTER = re.compile("[A-Za-z]")

TCVN3 = "tcvn3"
VNI = "vni"
ENCODING_NAMES = {TCVN3: "TCVN3 (.VnTime)", VNI: "VNI (VNI-Times)"}


def _is_letterish(ch: str) -> bool:
    return ch.isascii() and ch.isalpha() or ch in TCVN3_TO_UNICODE


def detect(text: object) -> str | None:
    """"tcvn3", "vni" or None for a cell's text.

    A marker counts only inside a word (next to a letter), so "© 2020" or «quotes» around
    Latin words are not mistaken for TCVN3. Two markers are needed, one in a text of at most
    three words ("Hµ", "Së Néi vô").
    """
    if not isinstance(text, str) or len(text) < 2 or text.isascii():
        return None
    if _UNICODE_VIET.search(text) or not _ASCII_LETTER.search(text):
        return None
    needed = 1 if len(text.split()) <= 3 else 2
    score = 0
    consonant_evidence = False
    for i, ch in enumerate(text):
        before = i > 0 and _is_letterish(text[i - 1])
        if ch in _TCVN3_UPPER_AS_LOWER and before and text[i - 1].islower():
            score += 2  # "NguyÔn": a capital inside a lower-case word is a TCVN3 small letter
            continue
        if ch not in _TCVN3_CORE and ch not in _TCVN3_OTHER:
            continue
        after = i + 1 < len(text) and _is_letterish(text[i + 1])
        if ch in _TCVN3_CORE:
            if (before and after) if ch in _QUOTES else (before or after):
                score += 2
        elif before and text[i - 1] in _CONSONANTS and ch not in _VNI_LETTERS:
            # "Së", "vô": VNI puts its marks after vowels only, so this is TCVN3.
            score += 2
            consonant_evidence = True
        elif before or after:
            score += 1
    if score >= 2 * needed and (consonant_evidence or any(ch in _TCVN3_CORE for ch in text)):
        return TCVN3
    vni = sum(1 for ch in text if ch in _VNI_STRONG) + len(_VNI_PAIRS.findall(text))
    if vni >= needed:
        return VNI
    return None


def tcvn3_to_unicode(text: str) -> str:
    """Convert TCVN3 text. A cell typed in capitals (".VnTimeH": every plain letter upper case,
    at least three of them) comes back in capitals: "BAN CHØ §¹O" → "BAN CHỈ ĐẠO"."""
    converted = text.translate(_TCVN3_TABLE)
    letters = [ch for ch in text if ch.isascii() and ch.isalpha()]
    if len(letters) >= 3 and all(ch.isupper() for ch in letters):
        converted = converted.upper()
    return converted


def convert(text: str) -> tuple[str | None, str | None]:
    """(encoding, Unicode text or None when it cannot be converted reliably) for a cell."""
    encoding = detect(text)
    if encoding == TCVN3:
        return encoding, tcvn3_to_unicode(text)
    return encoding, None
