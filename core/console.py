"""Messages on the console for the windowed Windows program.

``ThuKyBCD.exe`` is built as a window program (no black console box when started from the Start
menu), so Windows gives it no console and Python no ``sys.stdout``. Typed in a console
(``ThuKyBCD.exe --version``, ``ThuKyBCD.exe export minutes …``) it borrows the console it was started
from, so its messages appear there. Scripts should call ``thuky-bcd-cli.exe`` instead: a console
program, so the console waits for it and ``%ERRORLEVEL%`` holds its exit code.
"""
from __future__ import annotations

import sys

from core.messages import Message, render

ATTACH_PARENT_PROCESS = -1


def say(code: str, /, *, error: bool = False, indent: str = "", **values: object) -> None:
    """Print a message of core.messages on the command line, in Vietnamese (on standard error
    with ``error``)."""
    print(indent + render(Message(code, **values)), file=sys.stderr if error else sys.stdout)


def attach_parent_console() -> bool:
    """On Windows, when there is no standard output, write to the parent's console if any."""
    if sys.platform != "win32" or (sys.stdout is not None and sys.stderr is not None):
        return False
    import ctypes

    if not ctypes.windll.kernel32.AttachConsole(ATTACH_PARENT_PROCESS):
        return False  # started from Explorer or a shortcut: nobody to tell
    # "CONOUT$" opens as a Windows console stream, which writes Unicode as it is.
    sys.stdout = open("CONOUT$", "w", encoding="utf-8", errors="replace")
    sys.stderr = open("CONOUT$", "w", encoding="utf-8", errors="replace")
    sys.stdout.write("\n")  # the prompt was printed already: start on a line of our own
    return True
