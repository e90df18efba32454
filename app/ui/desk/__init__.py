"""The front desk's after-hours and messaging screens (issue 3, P3 and A4): customer
inquiries with their reply clocks, the duty roster, the message templates. Entry point for the
shell: `open_desk`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from app.services.context import Actor, ServiceContext
    from app.ui.desk.window import DeskWindow
    from app.ui.dialogs import Dialogs
    from app.ui.tasks import TaskRunner

Page = Literal["inquiries", "roster", "templates"]


def open_desk(
    parent: QWidget | None,
    ctx: ServiceContext,
    actor: Actor,
    *,
    runner: TaskRunner | None = None,
    dialogs: Dialogs | None = None,
    page: Page = "inquiries",
) -> DeskWindow:
    """Open the desk window on `page` as its own window (shown, not modal).

    Pass the shell's TaskRunner to share its thread pool and crash handling (a new one is made
    otherwise) and its Dialogs (tests pass one that answers at once)."""
    from app.ui.desk.env import DeskEnv
    from app.ui.desk.window import DeskWindow
    from app.ui.dialogs import Dialogs
    from app.ui.tasks import TaskRunner

    env = DeskEnv(ctx=ctx, actor=actor, runner=runner or TaskRunner(), dialogs=dialogs or Dialogs())
    window = DeskWindow(env, parent)
    window.setWindowFlag(Qt.WindowType.Window, True)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    window.resize(1366, 860)
    window.go(page)
    window.show()
    return window
