"""What core tells the user is declared once (core.messages) and said in Vietnamese and English.

Every code has a Vietnamese sentence and a finished English one (with both plural forms where it
counts something); every word of the program put into a message is declared; the modules that
talk to the user build no Vietnamese sentence of their own. No Qt here: the English is read from
the translation source the window loads."""
from __future__ import annotations

import ast
import re
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from core import errors
from core.catalog import SENTENCES, WORDS
from core.messages import Message, Word, render
from resources import I18N

ROOT = Path(__file__).resolve().parents[2]
VIETNAMESE = re.compile("[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]",
                        re.IGNORECASE)


def _english() -> dict[str, dict[str, ET.Element]]:
    """context → source → <translation> of the English catalogue."""
    found: dict[str, dict[str, ET.Element]] = {}
    for context in ET.parse(I18N / "thuky_en.ts").getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.setdefault(name, {})[message.findtext("source") or ""] = message
    return found


ENGLISH = _english()


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("code", sorted(SENTENCES))
def test_every_code_has_a_vietnamese_and_an_english_sentence(code):
    vietnamese = SENTENCES[code]
    assert vietnamese.strip(), code
    message = ENGLISH["CoreMessages"].get(vietnamese)
    assert message is not None, f"{code}: run tools/update_translations.py"
    translation = message.find("translation")
    assert translation is not None and translation.get("type") is None, f"{code}: no English yet"
    if "%n" in vietnamese:
        assert message.get("numerus") == "yes", code
        forms = [form.text or "" for form in translation.iter("numerusform")]
        assert len(forms) == 2 and all("%n" in form for form in forms), code
        english = forms
    else:
        english = [translation.text or ""]
        assert english != [vietnamese], f"{code}: still the Vietnamese"
    for text in english:
        assert text.strip(), code  # Vietnamese letters may stay where the user must type them
        assert _fields(text) <= _fields(vietnamese), (code, text)  # no value it cannot fill


def test_every_word_put_into_a_message_has_english():
    for word in WORDS:
        message = ENGLISH["CoreValues"].get(word)
        assert message is not None, f"{word}: run tools/update_translations.py"
        assert (message.findtext("translation") or "").strip(), word


# Where core passes a word of the program into a message: a field's label, a kind of record.
_WORD_PATTERNS = [
    r'\blabel(?:: str)?\s*=\s*"([^"]+)"', r'\bfield="([^"]+)"', r'\bkind="([^"]+)"',
    r'\bWord\("([^"]+)"\)', r'_KIND = "([^"]+)"', r'get_row\([^()]*,\s*"([^"]+)"\)',
    r'ensure_same_meeting\([^()]*,\s*"([^"]+)"\)', r'Spec\("([^"]+)"',
]
_NOT_MESSAGES = {"catalog.py", "messages.py", "errors.py", "models.py", "demo_data.py", "demo.py", "samples.py"}


def test_every_word_core_puts_into_a_message_is_declared():
    missing = set()
    for path in sorted((ROOT / "core").rglob("*.py")):
        if "migrations" in path.parts or path.name in _NOT_MESSAGES:
            continue
        source = path.read_text(encoding="utf-8")
        for pattern in _WORD_PATTERNS:
            for match in re.finditer(pattern, source):
                word = match.group(1)
                if (" " in word or not word.isascii()) and word not in WORDS:
                    missing.add(f"{path.relative_to(ROOT)}: {word}")
    assert sorted(missing) == [], "declare these in core.catalog.WORDS"


# The modules that tell the user something (not the ones writing the documents' own text).
_TALKING = ["core/errors.py", "core/db.py", "core/backup.py", "core/storage.py", "core/pdf.py",
            "core/cli_excel.py", "core/cli_between.py", "core/console.py", "core/demo.py",
            "core/server_copy.py", "core/validate.py", "core/excel/safe_open.py",
            "core/excel/progress_import.py", "core/excel/register_import.py",
            *(f"core/services/{name}.py" for name in (
                "agencies", "committees", "people", "memberships", "meetings", "meeting_common",
                "versions", "common", "imports", "progress_apply", "register_apply", "tasks",
                "materials", "settings", "meeting_records"))]


@pytest.mark.parametrize("module", _TALKING)
def test_core_builds_no_vietnamese_sentence_for_the_user(module):
    tree = ast.parse((ROOT / module).read_text(encoding="utf-8"))
    built = [ast.unparse(node)[:80] for node in ast.walk(tree)
             if isinstance(node, ast.JoinedStr) and VIETNAMESE.search(ast.unparse(node))]
    assert built == [], "return a core.messages.Message instead"


def test_counts_fill_the_plural_form_and_nested_messages_are_said_first():
    holders = (Message("holds_tasks", n=2), Message("holds_numbered_documents", n=1))
    refused = errors.ReferencedError("meeting_has_tasks", title="Họp quý I", holders=holders)
    assert refused.message().startswith("Cuộc họp «Họp quý I» còn 2 nhiệm vụ, 1 văn bản đã lấy số.")
    row = Message("at_row", row=7, problem=Message("register_bad_email", email="a@@b"))
    assert render(row) == "Dòng 7: email «a@@b» không đúng dạng (ví dụ ten@coquan.gov.vn)."


def test_words_are_handed_to_the_wording_and_data_is_not():
    said = render(Message("bad_status_change", old=Word("Dự kiến"), new="Đã chốt biên bản"),
                  word=lambda word: word.upper())
    assert said == "Không thể chuyển cuộc họp từ «DỰ KIẾN» sang «Đã chốt biên bản»."
    missing = render(Message("required", field="Tên cơ quan"), word=lambda word: "name")
    assert missing == "Chưa nhập name. Hãy nhập name rồi lưu lại."


def test_an_error_in_the_window_language_is_the_same_message_as_on_the_command_line():
    error = errors.ValidationError("too_long", field="Tên ban", limit=300)
    assert error.as_message() == Message("too_long", field="Tên ban", limit=300)
    assert error.as_message(field="Tên").values["field"] == "Tên"
    assert errors.message(error) == "Tên ban dài quá 300 ký tự. Hãy rút gọn lại."
    assert errors.error_message(RuntimeError("bug")) == Message("unexpected")
