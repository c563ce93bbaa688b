"""What the committees, people and agencies registers do alike: list the rows (the retired ones
on request), retire or bring back the row chosen, delete a row entered by mistake (offering to
retire one still in use), and tell the window what changed."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QCheckBox, QPushButton, QWidget

from core.errors import ReferencedError
from gui.dialogs import Ask, error_text
from gui.operations import Changes, ops_for
from gui.registers.register_view import RegisterView


class ActiveRegister:
    """The shared behaviour of one register (see the module's description).

    ``rows(include_inactive)`` lists it; ``set_active(record_id, active)`` and
    ``delete(record_id)`` are the service calls; ``changes`` is what the register's actions
    change, for the other views of the window.
    """

    def __init__(self, owner: QWidget, view: RegisterView, *, changes: Changes,
                 rows: Callable[[bool], Sequence[Any]],
                 set_active: Callable[[int, bool], Any],
                 delete: Callable[[int], Any],
                 show_inactive: str, retire: str, revive: str, retire_tooltip: str | None = None,
                 ) -> None:
        self.owner, self.view, self.changes = owner, view, changes
        self._rows, self._set_active, self._delete = rows, set_active, delete
        self.retire_text, self.revive_text = retire, revive
        self.show_inactive: QCheckBox = view.add_toggle(show_inactive, lambda _on: self.reload())
        self.active_button: QPushButton | None = None
        self._retire_tooltip = retire_tooltip
        view.table.selection_changed.connect(self.selection_changed)

    def add_active_button(self) -> QPushButton:
        """The "retire" / "bring back" button, in its place among the register's buttons."""
        self.active_button = self.view.add_button(self.retire_text, self.toggle_active,
                                                  needs_selection=True, tooltip=self._retire_tooltip)
        return self.active_button

    def reload(self) -> None:
        self.view.set_rows(self._rows(self.show_inactive.isChecked()))
        self.selection_changed()

    def selection_changed(self) -> None:
        record = self.view.current()
        if self.active_button is not None:
            self.active_button.setText(self.revive_text if record is not None and not record.is_active
                                       else self.retire_text)
        self.view.sync_menu()

    def changed(self, record: Any = None) -> None:
        """Tell the window; the row saved stays chosen."""
        ops_for(self.owner).announce(self.changes.by(self.owner))
        if record is not None:
            self.view.table.select_where(lambda r: r.id == record.id)

    def toggle_active(self) -> Any:
        """Retire the chosen row, or bring it back; the row as stored (None when nothing was
        done)."""
        record = self.view.current()
        if record is None:
            return None
        changed = ops_for(self.owner).call(
            self.owner, lambda: self._set_active(record.id, not record.is_active))
        if changed is not None:
            self.changed(changed)
        return changed

    def delete(self, *, question: str, name: str, retire_question: str) -> bool:
        """Delete the chosen row after ``question``. A row still in use cannot go: what holds
        it is said, and an active one may be retired instead (``retire_question`` has
        {problem} and {name}). True when deleted."""
        record = self.view.current()
        if record is None or not Ask.confirm(self.owner, question):
            return False
        ops = ops_for(self.owner)
        try:
            done = ops.run(self.owner, lambda: self._delete(record.id), raising=ReferencedError)
        except ReferencedError as exc:
            if record.is_active and Ask.confirm(self.owner, retire_question.format(
                    problem=error_text(exc), name=name)):
                self.toggle_active()
            return False
        if done:
            self.changed()
        return done
