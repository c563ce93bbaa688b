"""core/ is a library that a script can use without a screen: it never imports Qt or gui/."""
import ast
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "core"


def test_core_never_imports_qt_or_gui():
    offenders = []
    for source in CORE.rglob("*.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                if name.split(".")[0] in {"PySide6", "gui", "shiboken6"}:
                    offenders.append(f"{source.relative_to(CORE.parent)}: {name}")
    assert offenders == []
