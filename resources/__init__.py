"""Files the program ships: translations, icons. Found relative to this package, never the
working directory, so the bundled Windows program finds them too."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent
I18N = ROOT / "i18n"
ICONS = ROOT / "icons"
