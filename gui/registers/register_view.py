"""The shape every register shares: a search box and options on top, the table with its actions
in a column on the right (as in Windows' own list dialogs, and narrow enough for a laptop), and a
line that says how many rows are shown."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from gui.models import Column
from gui.widgets import RecordTable, SearchBox


class RegisterView(QWidget):
    actions: QVBoxLayout  # type: ignore[assignment]  # the buttons' column; hides QWidget.actions(), unused here

    def __init__(self, columns: Sequence[Column], *, table_name: str, search_placeholder: str,
                 search_name: str, muted: Callable[[Any], bool] | None = None,
                 extra_search: Callable[[Any], str] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.search = SearchBox(search_placeholder, search_name)
        self.table = RecordTable(columns, table_name, muted=muted, extra_search=extra_search)
        self.search.target = self.table
        self.search.textChanged.connect(self.table.proxy.set_search)
        self.count_label = QLabel()
        self.count_label.setProperty("role", "hint")
        self.tools = QHBoxLayout()
        self.tools.setSpacing(12)
        self.tools.addWidget(self.search, 1)
        self.actions = QVBoxLayout()
        self.actions.setSpacing(6)
        self.actions.addStretch(1)
        body = QHBoxLayout()
        body.setSpacing(12)
        body.addWidget(self.table, 1)
        body.addLayout(self.actions)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(self.tools)
        layout.addLayout(body, 1)
        layout.addWidget(self.count_label)
        self._needs_selection: list[QPushButton] = []
        self._twins: list[tuple[QPushButton, QAction]] = []
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.selection_changed.connect(self._update_buttons)
        for signal in (self.table.proxy.modelReset, self.table.proxy.layoutChanged,
                       self.table.proxy.rowsInserted, self.table.proxy.rowsRemoved):
            signal.connect(self._update_count)
        self._update_buttons()

    def add_button(self, text: str, slot: Callable[[], None], *, primary: bool = False,
                   needs_selection: bool = False, tooltip: str | None = None) -> QPushButton:
        """An action button, top to bottom; one that needs a selected row is greyed without."""
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _=False: slot())
        if primary:
            button.setProperty("primary", True)
        if tooltip:
            button.setToolTip(tooltip)
        if needs_selection:
            self._needs_selection.append(button)
            button.setEnabled(self.table.current() is not None)
        button.setMinimumWidth(150)
        self.actions.insertWidget(self.actions.count() - 1, button)
        # The same command in the table's context menu (right click, or the Menu key).
        action = QAction(text, self.table)
        action.triggered.connect(lambda _=False: slot())
        self.table.addAction(action)
        self._twins.append((button, action))
        return button

    def add_toggle(self, text: str, slot: Callable[[bool], None]) -> QCheckBox:
        box = QCheckBox(text)
        box.toggled.connect(slot)
        self.tools.addWidget(box)
        return box

    def current(self) -> Any:
        return self.table.current()

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.table.set_rows(rows)
        self._update_count()
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.table.current() is not None
        for button in self._needs_selection:
            button.setEnabled(chosen)
        self.sync_menu()

    def sync_menu(self) -> None:
        """Give the context menu the buttons' current words and states."""
        for button, action in self._twins:
            action.setText(button.text())
            action.setEnabled(button.isEnabled())

    def _update_count(self) -> None:
        shown, total = self.table.proxy.rowCount(), self.table.source.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("{total} mục").format(total=QLocale().toString(total)))
        else:
            self.count_label.setText(self.tr("Tìm thấy {shown} trên {total} mục").format(
                shown=QLocale().toString(shown), total=QLocale().toString(total)))
