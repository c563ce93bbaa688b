"""Start the program: the window by default, or a command (see ``python main.py --help``)."""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args:
        from core.console import attach_parent_console

        attach_parent_console()
    if args and args[0] in {"--version", "-V"}:
        from core import APP_NAME
        from core.version import version

        print(f"{APP_NAME} {version()}")
        return 0
    if args and args[0] == "--self-test":
        from gui.self_test import run_self_test

        return run_self_test(args[1:])
    from core.cli import is_window_call, run_command

    if not is_window_call(args):  # a command, --help, or a mistake: never a window
        return run_command(args)
    from gui.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
