"""Background work with the result delivered on the GUI thread (ARCHITECTURE.md "Threads").

Every service call from a screen goes through `TaskRunner.run`: the function runs on a
QThreadPool thread (the services open their own short-lived session per call, so no Session
crosses threads) and its result, its `ExpectedError`, or its crash comes back through queued
signals. Widgets never block on I/O.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

from app.domain.errors import ExpectedError, UserError

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]

T = TypeVar("T")
"""What the background function returns: `on_done` must accept exactly that (mypy checks it),
so screens get the services' DTOs, not Any."""


class TaskSignals(QObject):
    """Signals of one task.

    succeeded(object): the function's return value.
    failed(object): the `ExpectedError` it raised: a `UserError` (the person's fault) or an
        `EnvironmentFault` (disk, camera, network); both carry a catalogue message.
    crashed(str): the formatted traceback of any other exception (our bug).
    progressed(int, int): done, total, when the task was started with `progress=True`.
    finished(): after any of the three outcomes.
    """

    succeeded = Signal(object)
    failed = Signal(object)
    crashed = Signal(str)
    progressed = Signal(int, int)
    finished = Signal()


class Task(QRunnable):
    def __init__(
        self, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any], progress: bool
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.signals = TaskSignals()
        self._fn = fn
        self._args = args
        self._kwargs = dict(kwargs)
        if progress:
            self._kwargs["progress"] = self.signals.progressed.emit

    def run(self) -> None:
        try:
            result = self._fn(*self._args, **self._kwargs)
        except ExpectedError as err:
            # The person's or the environment's fault: told in their language by the screen.
            self.signals.failed.emit(err)
        except Exception:
            # Our bug: it goes to the crash handler on the GUI thread with its traceback.
            log.exception("task %s crashed", getattr(self._fn, "__name__", self._fn))
            self.signals.crashed.emit(traceback.format_exc())
        else:
            self.signals.succeeded.emit(result)
        self.signals.finished.emit()


class TaskRunner(QObject):
    """Starts tasks on a thread pool and keeps their signal objects alive until they finish.

    crashed(str): a task hit a bug; the shell's crash handler shows it and writes a report.
    """

    crashed = Signal(str)

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._live: set[TaskSignals] = set()
        self.owner: QObject | None = None
        """When set, results for a deleted owner (a window closed mid-task) are dropped."""

    def for_owner(self, owner: QObject | None = None) -> TaskRunner:
        """A runner on the same pool whose callbacks are dropped once `owner` is deleted, so a
        window closed while its tasks run is never touched again; crashes still reach this
        runner's crash handler. Set `owner` later when the window is made after the runner."""
        child = TaskRunner(self.pool)
        child.owner = owner
        child.crashed.connect(self.crashed)
        return child

    def _guard(self, callback: Callable[..., None]) -> Callable[..., None]:
        owner = self.owner
        if owner is None:
            return callback

        def guarded(*args: Any) -> None:
            if shiboken6.isValid(owner):
                callback(*args)

        return guarded

    def run(
        self,
        fn: Callable[..., T],
        *args: Any,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[ExpectedError], None]
        # Accepted while the reception/desk screens still annotate their handlers with
        # UserError: they receive any ExpectedError and only call .message() on it.
        | Callable[[UserError], None]
        | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        on_crash: Callable[[str], None] | None = None,
        **kwargs: Any,
    ) -> TaskSignals:
        task = Task(fn, args, kwargs, progress=on_progress is not None)
        signals = task.signals
        self._live.add(signals)
        # Queued explicitly: the signal object lives on the GUI thread, so even plain callables
        # (which have no receiver object of their own) run there, never on the worker.
        queued = Qt.ConnectionType.QueuedConnection
        if on_done is not None:
            signals.succeeded.connect(self._guard(on_done), queued)
        signals.failed.connect(self._guard(on_error or self._unhandled_user_error), queued)
        if on_progress is not None:
            signals.progressed.connect(self._guard(on_progress), queued)
        if on_crash is not None:
            # The screen gets its state back; the crash handler still reports the bug.
            signals.crashed.connect(self._guard(on_crash), queued)
        signals.crashed.connect(self.crashed, queued)
        signals.finished.connect(lambda: self._live.discard(signals), queued)
        self.pool.start(task)
        return signals

    def busy(self) -> bool:
        return bool(self._live)

    def wait(self, msecs: int = 30000) -> bool:
        """Let running tasks end (shutdown and tests)."""
        return self.pool.waitForDone(msecs)

    @staticmethod
    def _unhandled_user_error(err: object) -> None:
        log.warning("unhandled user error from a background task: %s", err)
