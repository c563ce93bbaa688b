"""The window: Qt widgets and models over the services in core/.

Importing it applies the binding workarounds first (see pyside_fixes)."""
from gui import pyside_fixes  # noqa: F401
