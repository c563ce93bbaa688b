"""Languages: Vietnamese (the source language of every string) and English.

Qt ships no Vietnamese translation of its own dialogs, so ``qt_vi.qm`` (ours) translates the
standard buttons and dialogs; ``thuky_en.qm`` translates the program into English.
"""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from core.messages import Message, render
from resources import I18N

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
DEFAULT_LANGUAGE = "vi"
_installed: list[QTranslator] = []


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


def _sentence(template: str, n: int) -> str:
    return QCoreApplication.translate("CoreMessages", template, None, n)


def word_text(word: str) -> str:
    """A word of the program (core.catalog.WORDS, or a task status) in the interface language."""
    translated = QCoreApplication.translate("CoreValues", word)
    return translated if translated != word else QCoreApplication.translate("TaskStatus", word)


def message_text(message: Message) -> str:
    """What core says (an error, a warning, an import problem, what holds a record) in the
    interface language: the sentence of core.messages, translated in context CoreMessages."""
    return render(message, _sentence, word_text)


def messages_text(messages: Iterable[Message], separator: str = " ") -> str:
    """Several messages one after the other (a row's problems)."""
    return separator.join(message_text(message) for message in messages)


def value_text(value: object) -> str:
    """One value of a message, shown on its own (e.g. who saved a record: a name, or
    "someone else")."""
    return message_text(value) if isinstance(value, Message) else str(value)


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
