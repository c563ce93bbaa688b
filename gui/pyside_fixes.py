"""Workarounds for bugs in the Qt binding, applied once when the window package is imported.

PySide6 6.12.0 on Python 3.11 gives back ``None`` and ``True`` without owning a reference in
three common places: ``SignalInstance.emit()`` called from Python (returns ``True``), a Python
slot returning ``None`` to a signal emitted by Qt, and ``QModelIndex.data()`` when the model
returns ``None``. Each call takes one reference away; a clerk's day of typing makes thousands
of them, ``None`` or ``True`` would be freed and the program would abort ("none_dealloc" /
"bool_dealloc: deallocating …"). Python 3.12 makes these objects immortal; on 3.11 we do it by
hand. PySide6 6.11.3 does not have the bug; remove this once 6.12.0 is excluded.
"""
from __future__ import annotations

import ctypes
import sys

import PySide6

_BROKEN = {"6.12.0"}


def pin_singletons() -> bool:
    """Give None, True and False so many references that no leak can free them. True if done."""
    if sys.version_info >= (3, 12) or PySide6.__version__ not in _BROKEN:
        return False
    for value in (None, True, False):
        ctypes.c_ssize_t.from_address(id(value)).value += 1 << 40  # ob_refcnt, the first field
    return True


pin_singletons()
