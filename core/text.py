"""Vietnamese text rules: clean what comes in, fold it for matching, sort it the Vietnamese way.

Every text that enters the program passes through :func:`clean`; every list that is searched
uses :func:`fold` on both sides; every list shown A-Z uses :func:`sort_key` or
:func:`person_sort_key`.
"""
from __future__ import annotations

import functools
import re
import unicodedata

# Characters Word and web pages leave in pasted text that look like nothing or like a space.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u200a\u3000\t\v\f"), " ")
_RUN_OF_SPACES = re.compile(r"[ ]{2,}")
# What no document can hold (XML 1.0 refuses it) and no user means: C0 controls other than tab,
# line feed, carriage return, vertical tab and form feed (those become spaces or line breaks
# below), the non-characters U+FFFE/U+FFFF, and halves of surrogate pairs.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# Letters that look like Vietnamese ones but are not (Icelandic eth from old keyboards and PDFs):
# folded on the way in so that search and the duplicate check find the name.
_LOOK_ALIKES = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})

# Combining marks that carry a Vietnamese tone, in the order tones sort after the bare letter.
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}  # huyền hỏi ngã sắc nặng

# The alphabet in dictionary order, each letter with the marks that make it a letter (not a tone).
_ALPHABET = [
    "a", "a\u0306", "a\u0302", "b", "c", "d", "đ", "e", "e\u0302", "f", "g", "h", "i", "j", "k",
    "l", "m", "n", "o", "o\u0302", "o\u031b", "p", "q", "r", "s", "t", "u", "u\u031b", "v", "w",
    "x", "y", "z",
]
_LETTER_RANK = {letter: 100 + i for i, letter in enumerate(_ALPHABET)}


def clean(value: str | None, *, multiline: bool = False) -> str:
    """NFC, no invisible characters, no stray spaces: the form every stored text takes.

    With ``multiline`` the line breaks a user typed are kept (opinions, conclusions); otherwise
    they become single spaces (names, titles).
    """
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", strip_controls(str(value)))
    text = text.translate(_INVISIBLE).translate(_SPACES).translate(_LOOK_ALIKES)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    if multiline:
        lines = [_RUN_OF_SPACES.sub(" ", line).strip() for line in text.split("\n")]
        text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
    else:
        text = _RUN_OF_SPACES.sub(" ", text.replace("\n", " "))
    return text.strip()


def strip_controls(value: str) -> str:
    """``value`` without control characters, non-characters and lone surrogates (a valid pair of
    surrogates becomes the character it encodes); tab and line breaks stay. For text on its way
    into the database and into any XML part of a document (docx, xlsx)."""
    if _SURROGATE.search(value):
        value = value.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "ignore")
    return _CONTROLS.sub("", value)


def xml_safe(value: str) -> str:
    """``value`` without anything an XML part (docx, xlsx) cannot hold, in one pass: for the
    way out of the writers, where text already cleaned on the way in is the rule."""
    return _XML_ILLEGAL.sub("", value)


def tidy(value: str) -> str:
    """NFC, invisible characters dropped, odd spaces made plain; nothing trimmed or joined.

    For a fragment pasted into a text being typed: what Word leaves (decomposed letters, zero-width
    joiners, non-breaking spaces) goes at once, while the clerk's own spacing stays as typed.
    """
    return unicodedata.normalize("NFC", strip_controls(value)).translate(_INVISIBLE).translate(
        _SPACES).translate(_LOOK_ALIKES)


def clean_optional(value: str | None, *, multiline: bool = False) -> str | None:
    """Like :func:`clean`, but an empty result is ``None`` (an optional field left blank)."""
    text = clean(value, multiline=multiline)
    return text or None


def fold(value: str | None) -> str:
    """The search form: no diacritics (đ→d included), lower case, single spaces.

    "Sở Thông tin và Truyền thông" and "so thong tin va truyen thong" fold to the same text.
    """
    if not value:
        return ""
    value = value.translate(_LOOK_ALIKES)
    decomposed = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D"))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())


# A search box answers the first words of a paste at once rather than all of a pasted page
# slowly (or not at all: SQLite refuses a query of a thousand conditions).
MAX_SEARCH_WORDS = 12
MAX_SEARCH_WORD_LENGTH = 40


def _all_search_words(query: str | None) -> list[str]:
    return list(dict.fromkeys(fold(strip_controls(query or "")).split()))


def search_words(query: str | None) -> list[str]:
    """The words a search looks for: folded, controls dropped, each once, at most
    :data:`MAX_SEARCH_WORDS` of them, each cut to :data:`MAX_SEARCH_WORD_LENGTH` characters."""
    words = (word[:MAX_SEARCH_WORD_LENGTH] for word in _all_search_words(query))
    return list(dict.fromkeys(words))[:MAX_SEARCH_WORDS]


def search_was_cut(query: str | None) -> bool:
    """True when :func:`search_words` left words out (the search box then says so)."""
    words = _all_search_words(query)
    return len(words) > MAX_SEARCH_WORDS or any(len(w) > MAX_SEARCH_WORD_LENGTH for w in words)


def _syllables(value: str) -> list[tuple[str, int]]:
    """Split into words, each as (letters with their letter marks, tone number 0-5)."""
    words = []
    for word in unicodedata.normalize("NFD", value.casefold()).split():
        tone = 0
        letters = []
        for ch in word:
            if ch in _TONES:
                tone = _TONES[ch]
            else:
                letters.append(ch)
        words.append(("".join(letters), tone))
    return words


def duplicate_key(value: str | None) -> str:
    """Equal for spellings that differ only in Unicode form, case, spacing or tone placement.

    "Hòa" and "Hoà" (tone on o or on a) match; "Hòa" and "Hoa" do not: they are different names.
    """
    if not value:
        return ""
    parts = []
    for letters, tone in _syllables(clean(value)):
        parts.append(letters + ("" if tone == 0 else str(tone)))
    return unicodedata.normalize("NFC", " ".join(parts))


@functools.cache
def _char_order(ch: str) -> tuple[tuple[int, ...], int]:
    """One NFC character's place in the alphabet (ă, â, đ… are letters of their own) and tone."""
    letters, tone = "", 0
    for part in unicodedata.normalize("NFD", ch.casefold()):
        if part in _TONES:
            tone = _TONES[part]
        else:
            letters += part
    ranks = []
    i = 0
    while i < len(letters):
        pair = letters[i:i + 2]
        if len(pair) == 2 and pair in _LETTER_RANK:
            ranks.append(_LETTER_RANK[pair])
            i += 2
            continue
        code = ord(letters[i])
        ranks.append(_LETTER_RANK.get(letters[i], code if code < 100 else 1000 + code))
        i += 1
    return tuple(ranks), tone


@functools.lru_cache(maxsize=200_000)
def _sort_key(value: str) -> tuple:
    words = []
    for word in unicodedata.normalize("NFC", value).split():
        ranks: list[int] = []
        tone = 0
        for ch in word:
            char_ranks, char_tone = _char_order(ch)
            ranks.extend(char_ranks)
            tone = char_tone or tone
        words.append((tuple(ranks), tone))
    return tuple(words)


def sort_key(value: str | None) -> tuple:
    """Vietnamese dictionary order: a ă â b c d đ e ê …, word by word, tones after letters."""
    return _sort_key(value or "")


def _rank_char(rank: int) -> str:
    code = 0x100 + rank
    if code >= 0xD800:  # past the surrogates, which UTF-8 cannot hold
        code += 0x800
    return chr(min(code, 0x10FFFE))  # U+10FFFF stays above every key (see NO_TEXT_ORDER)


NO_TEXT_ORDER = "\U0010FFFF"  # above every order_key: an empty text sorts last


def order_key(value: str | None) -> str:
    """:func:`sort_key` as text whose plain (binary) order is the Vietnamese order, for a
    database index: ``order_key(a) < order_key(b)`` exactly when ``sort_key(a) < sort_key(b)``.

    Each word is its letters' ranks, a mark below any rank, its tone; words are joined by a
    mark above those two, so a shorter word (or text) that begins another sorts first."""
    return "\x02".join("".join(map(_rank_char, ranks)) + "\x01" + chr(0x20 + tone)
                       for ranks, tone in _sort_key(value or ""))


def person_sort_key(full_name: str | None) -> tuple:
    """People sort by given name (the last word), then by the whole name."""
    words = (full_name or "").split()
    given = words[-1] if words else ""
    return (sort_key(given), sort_key(full_name))


def given_name(full_name: str) -> str:
    """The given name (tên) of a Vietnamese full name: its last word."""
    words = full_name.split()
    return words[-1] if words else ""


def matches(haystack_folded: str, query: str | list[str]) -> bool:
    """The search rule of every list (the task register's): each typed word begins a word of
    the folded text, in any order. "hoang" finds "Hoàng Văn Lợi"; "oang" does not."""
    words = search_words(query) if isinstance(query, str) else query
    spaced = " " + haystack_folded
    return all(" " + word in spaced for word in words)


def marked_words(query: str | None) -> list[tuple[str, int]]:
    """The typed words that carry Vietnamese marks, as (letters with their letter marks, tone).
    Typing "Hoà" means a word with that tone: see :func:`marks_agree`."""
    words = clean(query).split()[:MAX_SEARCH_WORDS]
    marked = [w for w in words if fold(w) != unicodedata.normalize("NFC", w).casefold()]
    return _syllables(" ".join(marked))


def marks_agree(value: str, marked: list[tuple[str, int]]) -> bool:
    """True when each marked typed word begins a word of ``value`` with the same letters and,
    if it has one, the same tone (where the tone is written, "hoà" or "hòa", does not matter).
    "Hoà" finds "Hoàng" but not "Kế hoạch"; "hoa", typed without marks, finds both."""
    if not marked:
        return True
    words = _syllables(value)
    return all(any(letters.startswith(typed) and tone in (0, own) for letters, own in words)
               for typed, tone in marked)


def name_rank(query: str, name: str, *also: str) -> int:
    """How well what was typed names ``name`` (``also``: other names of it, a short name):
    4 the whole name, 3 each typed word a whole word of it, 2 each typed word beginning one of
    its words, 1 each typed word inside it, 0 none of these. A pick list puts higher ranks first
    and takes a choice on Enter only when it is the one best."""
    words = search_words(query)
    return max(folded_rank(words, fold(candidate)) for candidate in (name, *also)) if words else 0


def folded_rank(words: list[str], key: str) -> int:
    """:func:`name_rank` on what is already folded (a pick list folds its names once)."""
    if not key or not words:
        return 0
    own = key.split()
    if list(dict.fromkeys(own)) == words:  # the whole name (a search counts each word once)
        return 4
    if all(word in own for word in words):
        return 3
    if matches(key, words):
        return 2
    return 1 if all(word in key for word in words) else 0


# Sub-points of a conclusion: a), b) … in Vietnamese alphabet order (đ after d; no f, j, w, z).
SUBPOINT_LETTERS = "abcdđeghiklmnopqrstuvxy"


def subpoint_label(index: int) -> str:
    """The label of the ``index``-th sub-point (0-based): "a)", "b)", … "đ)" …, then "aa)"."""
    letters = SUBPOINT_LETTERS
    return f"{letters[index % len(letters)] * (index // len(letters) + 1)})"
