"""Workarounds for PySide6 6.12 reference-counting bugs met in the reception bay.

1. `SignalInstance.emit()` returns ``True`` without taking a reference, so every emit from
   Python drains one reference to ``True``; after enough emits the interpreter aborts with
   "Fatal Python error: bool_dealloc" (reproduce: emit any Python-defined signal a few
   thousand times). `emit()` below gives the reference back; `CompensatingRunner` does the
   same for the two emits (outcome + finished) of each TaskRunner task.
2. A QVariant that is empty or holds a bool/None comes back with one reference too few
   (QComboBox.currentData(), a Python QTranslator.translate override returning None): see
   env.key_of. Extra references to True are harmless (it is immortal in practice), so the
   compensation stays correct once PySide is fixed.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import SignalInstance

from app.domain.errors import UserError
from app.ui.tasks import TaskRunner, TaskSignals

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


def give_back_true(count: int = 1) -> None:
    for _ in range(count):
        _incref(True)


def emit(signal: SignalInstance, *args: Any) -> None:
    """`signal.emit(*args)` without the lost reference to True."""
    give_back_true()
    signal.emit(*args)


class CompensatingRunner(TaskRunner):
    """TaskRunner whose tasks give back the references their signal emits drain."""

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[UserError], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        **kwargs: Any,
    ) -> TaskSignals:
        def compensated(*a: Any, **k: Any) -> Any:
            # Task.run emits twice after this returns (outcome, finished).
            give_back_true(2)
            return fn(*a, **k)

        compensated.__name__ = getattr(fn, "__name__", "task")
        return super().run(
            compensated,
            *args,
            on_done=on_done,
            on_error=on_error,
            on_progress=on_progress,
            **kwargs,
        )
