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


def install_translators(language: str) -> None:
    """Load the translations for ``language`` into the running application (replacing any)."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    names = ["qt_vi"] if language == "vi" else [f"thuky_{language}"]
    for name in names:
        translator = QTranslator(app)
        if translator.load(str(I18N / f"{name}.qm")):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if language == "vi"
                               else QLocale.Language.English))


def core_message(template_code: str, template: str, values: dict) -> str:
    """A core error sentence in the interface language (the .ts holds them under CoreMessages)."""
    text = QCoreApplication.translate("CoreMessages", template)
    try:
        return text.format(**values)
    except (KeyError, IndexError):
        return template.format(**values)
