"""One way for the window to run what the user asked for.

A user action is a service call run through :class:`Operations` (one per window, ``window.ops``):

* a failure is shown in one place, by its kind: a value the user typed wrong under its field when
  the action has one, any other problem the user can fix in a message box, a machine problem of
  background work in a message box that says so (and in the log);
* what the action changed is broadcast as a :class:`Changes` value on ``ops.changed``. The value
  is worked out from the service that was called (see :func:`changes_of`), not remembered by the
  widget that asked; pages and the meeting workspace subscribe and reload what they show;
* long work (exports, imports, reports, backups) runs on a worker thread with a progress line in
  the status bar ("Đang xuất 40.000/100.000 nhiệm vụ…") and, where nothing is written before the
  end, a button to cancel. The window stays responsive meanwhile.
"""
from __future__ import annotations

import dataclasses
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QWidget,
)

from core.errors import AppError, ValidationError, machine_problem
from core.progress import Cancelled, Progress
from gui.dialogs import Ask, error_text

log = logging.getLogger(__name__)
T = TypeVar("T")

PROGRESS_EVERY_S = 0.05  # a worker tells the window at most this often


@dataclass(frozen=True)
class Changes:
    """What an action changed, for the views that show it.

    ``meeting_id`` names a meeting whose content (agenda, attendance, opinions, conclusions,
    tasks) changed: the workspace showing it reads it again. ``meetings`` is the list of
    meetings itself (a title, a date, a status, a meeting added or removed).
    ``initiator`` is the object that ran the action (it has already shown the result); it does
    not take part in comparisons.
    """

    meetings: bool = False
    tasks: bool = False
    people: bool = False
    agencies: bool = False
    committees: bool = False
    settings: bool = False
    meeting_id: int | None = None
    initiator: object = field(default=None, compare=False, repr=False)

    KINDS: ClassVar[tuple[str, ...]] = ("meetings", "tasks", "people", "agencies", "committees", "settings")

    @classmethod
    def everything(cls) -> Changes:
        """Another database, a restore: every view reads its data again."""
        return cls(**dict.fromkeys(cls.KINDS, True))

    def __or__(self, other: Changes) -> Changes:
        flags = {kind: getattr(self, kind) or getattr(other, kind) for kind in self.KINDS}
        meeting_id = self.meeting_id if self.meeting_id is not None else other.meeting_id
        return Changes(**flags, meeting_id=meeting_id, initiator=self.initiator or other.initiator)

    def __bool__(self) -> bool:
        return self.meeting_id is not None or any(getattr(self, kind) for kind in self.KINDS)

    def any(self, *kinds: str) -> bool:
        """True when one of ``kinds`` ("tasks", "people"…) changed."""
        return any(getattr(self, kind) for kind in kinds)

    def by(self, initiator: object) -> Changes:
        return dataclasses.replace(self, initiator=initiator)


EVERYTHING = Changes.everything()

# What a service's actions change, by the service's class. Actions on a meeting's content name
# the meeting (from their ``meeting_id`` argument, or the workspace that ran them).
_SERVICE_CHANGES = {
    "AgencyService": Changes(agencies=True),
    "PersonService": Changes(people=True),
    "CommitteeService": Changes(committees=True),
    "MembershipService": Changes(committees=True),
    "TaskService": Changes(tasks=True),
    "SettingsService": Changes(settings=True),
    "TemplateService": Changes(settings=True),
    "CalendarService": Changes(meetings=True),
    "ProgressApplyService": Changes(tasks=True),
    "ReminderService": Changes(tasks=True),
}
# Actions that only read the data (into a file, a copy to open): nothing to reload.
_READS = {"get", "list", "count", "preview", "open_copy", "write_ics"}
# Meeting actions that change what the list of meetings shows, or the tasks.
_MEETING_LIST_ACTIONS = {"create", "update", "set_status", "copy", "delete"}
_MEETING_TASK_ACTIONS = {"delete", "create_task", "split_task"}


def changes_of(action: Callable[..., Any], kwargs: dict[str, Any]) -> Changes:
    """What calling ``action(**kwargs)`` changes, worked out from the service it belongs to."""
    owner = getattr(action, "__self__", None)
    kind = type(owner).__name__ if owner is not None else ""
    name = getattr(action, "__name__", "")
    if name in _READS:
        return Changes()
    if kind == "MeetingService":
        return Changes(meetings=name in _MEETING_LIST_ACTIONS,
                       tasks=name in _MEETING_TASK_ACTIONS or "task" in name,
                       meeting_id=kwargs.get("meeting_id"))
    return _SERVICE_CHANGES.get(kind, Changes())


class FieldLine(Protocol):
    """The line under a field that says what is wrong with it (gui.meeting.widgets.FieldMessage)."""

    def show_message(self, text: str) -> None: ...

    def clear_message(self) -> None: ...


class MessageBox:
    """A refusal said in a message box over ``parent`` (a form with nowhere else to say it)."""

    def __init__(self, parent: QWidget | None) -> None:
        self.parent = parent

    def show_message(self, text: str) -> None:
        Ask.warn(self.parent, text)

    def clear_message(self) -> None:
        """Nothing stays on screen."""


class FormLines:
    """A form's fields as one place to say a refusal: under the field the error names when the
    form has it (``place``), else on the form's general line: a value typed wrong, or with
    ``every`` any problem the user can fix (the form stays open with what was typed)."""

    def __init__(self, place: Callable[[ValidationError], bool], general: FieldLine, *,
                 every: bool = False) -> None:
        self.place_error, self.general, self.says_every_problem = place, general, every

    def show_message(self, text: str) -> None:
        self.general.show_message(text)

    def clear_message(self) -> None:
        self.general.clear_message()


def _tr(text: str) -> str:
    return QCoreApplication.translate("Operations", text)


def machine_text(error: BaseException) -> str:
    """A failure that is not the user's: what to tell them."""
    return _tr("Không làm được vì lỗi của máy ({error}). Chưa có gì bị ghi dở; hãy thử "
        "lại, và báo cho bộ phận hỗ trợ nếu vẫn lỗi.").format(error=type(error).__name__)


def show_failure(parent: QWidget | None, error: BaseException, line: FieldLine | None = None, *,
                 background: bool = False) -> None:
    """Show ``error`` where it belongs: a value typed wrong under its field (``line``; a
    dialog's message line takes every problem the user can fix), any other problem the user
    can fix in a message box. Anything else is a bug: in the window's own
    thread it is re-raised (the logging excepthook records it); from background work it is
    logged and said, since the work is over and nothing was written."""
    place = getattr(line, "place_error", None)
    if place is not None and isinstance(error, ValidationError) and place(error):
        return
    if line is not None and isinstance(error, AppError) and (
            isinstance(error, ValidationError) or getattr(line, "says_every_problem", False)):
        line.show_message(error_text(error))
        return
    if isinstance(error, AppError):
        Ask.warn(parent, error_text(error))
        return
    if not background:
        raise error
    problem = machine_problem(error)
    if problem is not None:
        Ask.warn(parent, error_text(problem))
        return
    log.error("background work failed", exc_info=error)
    Ask.warn(parent, machine_text(error))


class ProgressLine(QWidget):
    """The status bar's line for work in the background: what, how far, and Cancel."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressLine")
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(200)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Dừng"))
        self.cancel_button.setToolTip(self.tr("Dừng lại; chưa có gì được ghi"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.hide()

    def show_progress(self, text: str, done: int, total: int) -> None:
        self.label.setText(text)
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        else:
            self.bar.setRange(0, 0)  # busy, amount unknown
        self.show()


def count_text(number: int) -> str:
    """40000 → "40.000" in Vietnamese, "40,000" in English."""
    return QLocale().toString(number)


def percent(text: str) -> Callable[[int, int], str]:
    """A progress line's words with {percent} (pages of a copy: a count users do not know)."""
    return lambda done, total: text.format(percent=done * 100 // total if total else 0)


def counting(text: str, finishing: str | None = None) -> Callable[[int, int], str]:
    """A progress line's words: ``text`` with {done} and {total} ("Đang xuất {done}/{total}
    nhiệm vụ…"), and ``finishing`` once every item is done (the file is being written)."""
    def describe(done: int, total: int) -> str:
        if finishing is not None and total and done >= total:
            return finishing
        return text.format(done=count_text(done), total=count_text(total) if total else "…")
    return describe


class _Relay(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    stopped = Signal()


class _Worker(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], relay: _Relay, stop: threading.Event) -> None:
        super().__init__()
        self.work, self.relay, self.stop = work, relay, stop
        self._last = 0.0

    def _progress(self, done: int, total: int) -> None:
        if self.stop.is_set():
            raise Cancelled
        now = time.monotonic()
        if now - self._last >= PROGRESS_EVERY_S or (total and done >= total):
            self._last = now
            self.relay.progressed.emit(done, total)

    def run(self) -> None:
        try:
            result = self.work(self._progress)
        except Cancelled:
            self.relay.stopped.emit()
        except BaseException as exc:  # handed to the window, which shows it
            self.relay.failed.emit(exc)
        else:
            self.relay.succeeded.emit(result)


class Job(QObject, Generic[T]):
    """One piece of work in the background. ``finished`` fires once, with how it ended:
    "done", "cancelled" or "failed"."""

    finished = Signal(str)

    def __init__(self, ops: Operations, parent: QWidget | None, *, describe: Callable[[int, int], str],
                 cancellable: bool, on_done: Callable[[T], None] | None,
                 changes: Changes | Callable[[T], Changes], line: FieldLine | None = None,
                 view: ProgressLine | None = None) -> None:
        super().__init__(ops)
        self.ops, self.parent_widget, self.describe, self.line = ops, parent, describe, line
        self.view = view  # a dialog's own progress line; else the window's status bar
        if view is not None:
            view.cancel_requested.connect(self.cancel)
        self.cancellable, self.on_done, self.changes = cancellable, on_done, changes
        self.stop = threading.Event()
        self.relay = _Relay(self)
        self.relay.progressed.connect(self._progressed)
        self.relay.succeeded.connect(self._succeeded)
        self.relay.failed.connect(self._failed)
        self.relay.stopped.connect(self._stopped)
        self.outcome: str | None = None
        self.result: T | None = None
        self.error: BaseException | None = None
        self.done, self.total = 0, 0

    def cancel(self) -> None:
        if self.cancellable:
            self.stop.set()

    def running(self) -> bool:
        return self.outcome is None

    def text(self) -> str:
        return self.describe(self.done, self.total)

    def _progressed(self, done: int, total: int) -> None:
        self.done, self.total = done, total
        self.ops._show(self)

    def _end(self, outcome: str) -> None:
        self.outcome = outcome
        self.ops._ended(self)
        self.finished.emit(outcome)

    def _succeeded(self, result: T) -> None:
        self.result = result
        self._end("done")
        changes = self.changes(result) if callable(self.changes) else self.changes
        if changes:
            self.ops.announce(changes)
        if self.on_done is not None:
            self.on_done(result)

    def _failed(self, error: BaseException) -> None:
        self.error = error
        self._end("failed")
        show_failure(self.parent_widget, error, self.line, background=True)

    def _stopped(self) -> None:
        self._end("cancelled")
        if self.view is None:  # a dialog's own line says it there, or the dialog moved on
            self.ops.status(_tr("Đã dừng; chưa có gì được ghi."))


class Operations(QObject):
    """The window's runner of user actions (see the module's description)."""

    changed = Signal(object)  # Changes

    def __init__(self, window: QMainWindow | None = None) -> None:
        super().__init__(window)
        self.window_ = window
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # one long job at a time; the next one waits its turn
        self.jobs: list[Job[Any]] = []
        self.line: ProgressLine | None = None
        if window is not None:
            self.line = ProgressLine()
            self.line.cancel_requested.connect(self.cancel_all)
            window.statusBar().addPermanentWidget(self.line)

    # -- actions in the window's thread --------------------------------------------------------
    def attempt(self, parent: QWidget | None, action: Callable[..., T], /, *,
                line: FieldLine | None = None, changes: Changes | None = None,
                initiator: object = None, raising: type[AppError] | tuple[type[AppError], ...] = (),
                **kwargs: Any) -> tuple[bool, T | None]:
        """Run ``action(**kwargs)``: (True, its result) when done and the changes announced;
        (False, None) when it failed and the failure was shown. Errors of the kinds ``raising``
        go to the caller instead (one that leads to a question: "still referenced; retire?")."""
        try:
            result = action(**kwargs)
        except raising:
            raise
        except AppError as exc:
            show_failure(parent, exc, line)
            return False, None
        if line is not None:
            line.clear_message()
        announced = changes_of(action, kwargs) | (changes or Changes())
        if announced:
            self.announce(announced.by(initiator if initiator is not None else parent))
        return True, result

    def call(self, parent: QWidget | None, action: Callable[..., T], /, *,
             line: FieldLine | None = None, changes: Changes | None = None,
             initiator: object = None, raising: type[AppError] | tuple[type[AppError], ...] = (),
             **kwargs: Any) -> T | None:
        """:meth:`attempt`, giving the result (None when it failed)."""
        return self.attempt(parent, action, line=line, changes=changes, initiator=initiator,
                            raising=raising, **kwargs)[1]

    def run(self, parent: QWidget | None, action: Callable[..., Any], /, *,
            line: FieldLine | None = None, changes: Changes | None = None,
            initiator: object = None, raising: type[AppError] | tuple[type[AppError], ...] = (),
            **kwargs: Any) -> bool:
        """:meth:`attempt` for actions whose result is not needed: True when done."""
        return self.attempt(parent, action, line=line, changes=changes, initiator=initiator,
                            raising=raising, **kwargs)[0]

    def announce(self, changes: Changes) -> None:
        """Tell every view what changed (an action done elsewhere: a dialog, an import)."""
        self.changed.emit(changes)

    # -- work in the background ---------------------------------------------------------------
    def background(self, parent: QWidget | None, work: Callable[[Progress], T], *,
                   describe: Callable[[int, int], str], on_done: Callable[[T], None] | None = None,
                   changes: Changes | Callable[[T], Changes] = Changes(),
                   cancellable: bool = True, line: FieldLine | None = None,
                   view: ProgressLine | None = None) -> Job[T]:
        """Run ``work(progress)`` on a worker thread. ``describe(done, total)`` is the progress
        line's text; ``on_done(result)`` runs in the window's thread once it is done, after
        ``changes`` were announced. A failure is shown by :func:`show_failure` (on ``line``
        when it takes it). ``work`` must open its own database session (the services do, one
        per call) and touch no widget. A modal dialog gives its own progress ``view`` (the
        window's status bar is out of reach behind it)."""
        job: Job[T] = Job(self, parent, describe=describe, cancellable=cancellable,
                          on_done=on_done, changes=changes, line=line, view=view)
        self.jobs.append(job)
        self._show(job)
        self.pool.start(_Worker(work, job.relay, job.stop))
        return job

    def busy(self) -> bool:
        return bool(self.jobs)

    def cancel_all(self) -> None:
        for job in self.jobs:
            job.cancel()

    def wait(self) -> None:
        """Wait for the worker to end its job (closing the window, opening another file); what it
        reports afterwards is still delivered by the event loop."""
        self.pool.waitForDone()

    def shutdown(self) -> None:
        """Stop what can be stopped and wait for the rest (the window is closing)."""
        self.cancel_all()
        self.wait()

    def status(self, text: str) -> None:
        if self.window_ is not None:
            self.window_.statusBar().showMessage(text, 8000)

    def _show(self, job: Job[Any]) -> None:
        if job.view is not None:
            job.view.cancel_button.setVisible(job.cancellable)
            job.view.show_progress(job.text(), job.done, job.total)
            return
        windowed = [j for j in self.jobs if j.view is None]
        if self.line is None or not windowed:
            return
        current = windowed[0]
        self.line.cancel_button.setEnabled(current.cancellable)
        self.line.cancel_button.setVisible(current.cancellable)
        self.line.show_progress(current.text(), current.done, current.total)

    def _ended(self, job: Job[Any]) -> None:
        if job in self.jobs:
            self.jobs.remove(job)
        if job.view is not None:
            job.view.hide()
            return
        windowed = [j for j in self.jobs if j.view is None]
        if self.line is not None:
            if windowed:
                self._show(windowed[0])
            else:
                self.line.hide()


_detached: Operations | None = None


def _own_ops(holder: QObject) -> Operations | None:
    ops = getattr(holder, "__dict__", {}).get("ops")
    return ops if isinstance(ops, Operations) else None


def ops_for(widget: QObject | None) -> Operations:
    """The runner of the window ``widget`` is in (its parents', or a dialog's owner's); a widget
    on its own gets a runner nobody listens to."""
    global _detached
    seen = widget
    while seen is not None:
        ops = _own_ops(seen)
        if ops is not None:
            return ops
        if isinstance(seen, QWidget):
            top = seen.window()
            ops = _own_ops(top)
            if ops is not None:
                return ops
            seen = top.parentWidget() if top is not seen else seen.parent()
        else:
            seen = seen.parent()
    if _detached is None:
        _detached = Operations()
    return _detached
