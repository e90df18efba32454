"""The one way a screen reads a case: on the task runner, newest request wins.

A screen that shows one case (case detail, and the reception and desk pages) owns a
`CaseLoader`. `request(key)` asks for a case by id or order number; `reload()` asks again for
the case last requested (after a `CaseChanged` for it, or the sync poll). Every request bumps a
generation; an answer that lands after a newer request is dropped, so a slow read of the case
shown before can never overwrite the case the person asked for (issue 7 item 8).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.domain.errors import ExpectedError

if TYPE_CHECKING:
    from app.services.dto import CaseDetail
    from app.ui.state import AppState, CaseChanged


class CaseLoader(QObject):
    """Signals:

    loaded(object): the `CaseDetail` of the newest request.
    failed(object): the `ExpectedError` of the newest request (e.g. no such case).
    """

    loaded = Signal(object)
    failed = Signal(object)

    def __init__(self, state: AppState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.key: str | None = None
        """What was last requested (id or order number); the case id once it has loaded."""
        self.case_id: str | None = None
        """The id of the case last delivered."""
        self._generation = 0
        self.in_flight = False

    def request(self, key: str) -> None:
        """Read the case `key` (id or order number); only the newest request is delivered."""
        from app.services import queries

        self.key = key
        self._generation += 1
        generation = self._generation
        self.in_flight = True
        self.state.runner.run(
            queries.case_detail,
            self.state.require_ctx(),
            key,
            on_done=lambda detail: self._arrived(generation, detail),
            on_error=lambda err: self._refused(generation, err),
        )

    def reload(self) -> bool:
        """Read the case last requested again; False when nothing was requested yet."""
        if self.key is None or self.state.ctx is None:
            return False
        self.request(self.key)
        return True

    def concerns(self, change: CaseChanged) -> bool:
        """True when `change` is about the case this loader shows (or is about to show)."""
        return change.case_id in (self.case_id, self.key)

    def _arrived(self, generation: int, detail: CaseDetail) -> None:
        if generation != self._generation:
            return
        self.in_flight = False
        self.key = detail.id
        self.case_id = detail.id
        self.loaded.emit(detail)

    def _refused(self, generation: int, err: ExpectedError) -> None:
        if generation != self._generation:
            return
        self.in_flight = False
        self.failed.emit(err)
