"""Languages: Vietnamese (the source language of every string) and English.

Qt ships no Vietnamese translation of its own dialogs, so ``qt_vi.qm`` (ours) translates the
standard buttons and dialogs; ``thuky_en.qm`` translates the program into English.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from resources import I18N

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
DEFAULT_LANGUAGE = "vi"
_installed: list[QTranslator] = []
# Values of a core error that are words of the program (a field's label, a kind of record, what
# still holds a record), not the user's data: they are translated too (context CoreValues).
_WORD_VALUES = ("field", "kind")


class _AnyContext(QTranslator):
    """Finds strings that lupdate filed under no context: it does so for ``tr = self.tr`` then
    ``tr("…")``, while PySide looks them up under the class name. Asked only when the real
    translator has no answer; returns None (Qt's "no translation") otherwise."""

    def __init__(self, base: QTranslator) -> None:
        super().__init__(base.parent())
        self.base = base

    def translate(self, context, source, disambiguation=None, n=-1):
        if context:
            return self.base.translate("", source, disambiguation, n) or None
        return None

    def isEmpty(self) -> bool:
        return self.base.isEmpty()


def install_translators(language: str) -> None:
    """Load the translations for ``language`` into the running application (replacing any)."""
    app = QCoreApplication.instance()
    assert app is not None  # made before any window
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    names = ["qt_vi"] if language == "vi" else [f"thuky_{language}"]
    for name in names:
        translator = QTranslator(app)
        if translator.load(str(I18N / f"{name}.qm")):
            if name.startswith("thuky_"):
                fallback = _AnyContext(translator)  # installed first, so asked last
                app.installTranslator(fallback)
                _installed.append(fallback)
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if language == "vi"
                               else QLocale.Language.English))


def app_title() -> str:
    """The program's name in the interface language (window titles, message boxes)."""
    return QCoreApplication.translate("App", "Thư ký Ban Chỉ đạo")


def _word(value: object) -> object:
    return QCoreApplication.translate("CoreValues", value) if isinstance(value, str) else value


def holders_text(value: str) -> str:
    """"3 nhiệm vụ chủ trì, 2 người thuộc cơ quan": each "count label" part translated."""
    parts = []
    for part in value.split(", "):
        count, _, label = part.partition(" ")
        parts.append(f"{count} {_word(label)}" if count.isdigit() else str(_word(part)))
    return ", ".join(parts)


def core_message(template_code: str, template: str, values: dict) -> str:
    """A core error sentence in the interface language (the .ts holds them under CoreMessages)."""
    text = QCoreApplication.translate("CoreMessages", template)
    values = dict(values)
    for key in _WORD_VALUES:
        if key in values:
            values[key] = _word(values[key])
    if isinstance(values.get("holders"), str):
        values["holders"] = holders_text(values["holders"])
    try:
        return text.format(**values)
    except (KeyError, IndexError):
        return template.format(**values)


def status_text(label: str) -> str:
    """A task status label (core.status) in the interface language."""
    return QCoreApplication.translate("TaskStatus", label)


def short_status_text(status) -> str:
    """A status in one or two words, for a narrow cell (the whole label goes in its tooltip)."""
    translate = QCoreApplication.translate
    words = {"done_on_time": translate("ShortStatus", "Xong đúng hạn"),
             "done_late": translate("ShortStatus", "Xong muộn"),
             "in_progress": translate("ShortStatus", "Trong hạn"),
             "overdue": translate("ShortStatus", "Quá hạn"),
             "regular": translate("ShortStatus", "Thường xuyên")}
    return words.get(status.value, status_text(status.label))


def period_text(period) -> str:
    """A report period's name ("quý IV năm 2026") in the interface language."""
    from core.reports.periods import PERIOD_NAMES, period_parts

    key, values = period_parts(period.start, period.end)
    return QCoreApplication.translate("PeriodNames", PERIOD_NAMES[key]).format(**values)
