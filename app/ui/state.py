"""What the screens share: the open workstation, who is logged in, the language, and the
services to reach them (task runner, dialogs, preferences). Passed to each screen explicitly;
there is no global registry (STYLE.md "Boundaries")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal

from app.config import Settings
from app.domain.errors import ExpectedError
from app.ui.dialogs import Dialogs
from app.ui.tasks import TaskRunner

if TYPE_CHECKING:
    # Imported for types only: the window must paint before SQLAlchemy is even loaded.
    from app.services.context import Actor, ServiceContext
    from app.services.dto import DealerInfo

LOCK_MINUTES_KEY = "ui/lock_minutes"
DEFAULT_LOCK_MINUTES = 5


@dataclass(frozen=True)
class CaseChanged:
    """A typed "what changed" event: screens refresh when a case moved (STYLE.md)."""

    case_id: str
    state: str


class AppState(QObject):
    """Signals:

    actor_changed(object): the logged-in `Actor`, or None after logout/lock.
    case_changed(object): a `CaseChanged` after an action on a case succeeded.
    open_case_requested(str): a case id or order number to show in the case detail.
    open_reception_requested(object): show the reception page on a case id, or None for a new
        booking (homes ask; the main window hosts the page, so homes never import it).
    open_desk_requested(str): show the desk page on "inquiries", "roster" or "templates".
    open_page_requested(str, object): show the page registered under a name in
        `app.ui.pages.PAGES` on an argument (a case id, or None).

    Every action that changes a case emits `case_changed` exactly once, after the service
    call succeeded (`announce`); every open screen showing that case refreshes from it.
    """

    actor_changed = Signal(object)
    case_changed = Signal(object)
    open_case_requested = Signal(str)
    open_reception_requested = Signal(object)
    open_desk_requested = Signal(str)
    open_page_requested = Signal(str, object)

    def __init__(
        self,
        settings: Settings,
        prefs: QSettings,
        runner: TaskRunner,
        dialogs: Dialogs,
        lang: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.prefs = prefs
        self.runner = runner
        self.dialogs = dialogs
        self.lang = lang
        self.ctx: ServiceContext | None = None
        self.dealer: DealerInfo | None = None
        self.actor: Actor | None = None

    def require_ctx(self) -> ServiceContext:
        if self.ctx is None:
            raise RuntimeError("the workstation database is not open yet")
        return self.ctx

    def require_actor(self) -> Actor:
        if self.actor is None:
            raise RuntimeError("nobody is logged in")
        return self.actor

    def now(self) -> datetime:
        """The services' clock (naive UTC), so countdowns agree with the SLA function."""
        return (
            self.require_ctx().now()
            if self.ctx is not None
            else datetime.now(UTC).replace(tzinfo=None)
        )

    def message(self, err: ExpectedError) -> str:
        return err.message(self.lang)

    def announce(self, case_id: str, case_state: str) -> None:
        """Tell every screen that the case `case_id` is now in `case_state` (once per action)."""
        self.case_changed.emit(CaseChanged(case_id, case_state))

    def set_actor(self, actor: Actor | None) -> None:
        self.actor = actor
        self.actor_changed.emit(actor)

    def lock_minutes(self) -> int:
        try:
            value = int(str(self.prefs.value(LOCK_MINUTES_KEY, DEFAULT_LOCK_MINUTES)))
        except ValueError:
            value = DEFAULT_LOCK_MINUTES
        return max(1, value)

    def set_lock_minutes(self, minutes: int) -> None:
        self.prefs.setValue(LOCK_MINUTES_KEY, max(1, minutes))
