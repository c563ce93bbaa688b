"""What the committees, people and agencies registers do alike: list the rows (the retired ones
on request), retire or bring back the row chosen, delete a row entered by mistake (offering to
retire one still in use), and tell the window what changed."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QCheckBox, QDialog, QPushButton, QVBoxLayout, QWidget

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

    def form(self, dialog: QDialog, *, new: bool = False) -> Any:
        """Show a form (add, edit, rename…); the record it saved, kept chosen (a new one shown
        even if the search would hide it), or None when cancelled."""
        if not Ask.form(dialog):
            return None
        record = getattr(dialog, "result_record", None)
        if new:
            self.view.search.clear()
        self.changed(record)
        return record

    def edit_chosen(self, make: Callable[[Any], QDialog]) -> Any:
        """The form ``make(record)`` for the chosen row; the record saved, or None."""
        record = self.view.current()
        return self.form(make(record)) if record is not None else None

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


class RegisterTab(QWidget):
    """A tab of the members page that is such a register (the committees, the people): its
    view laid out, the list commands, reloading, and the retire button's action."""

    view: RegisterView
    register: ActiveRegister

    def __init__(self, page: Any) -> None:
        super().__init__()
        self.page = page

    def lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 8)
        layout.addWidget(self.view)

    def commands(self) -> set[str]:
        return {"new", "find", "edit", "delete"}

    def reload(self) -> None:
        if self.page.services is not None:
            self.register.reload()

    def toggle_active(self) -> None:
        self.register.toggle_active()
