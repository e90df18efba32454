"""The reception bay (issue 3): appointment, arrival, intake with camera, estimate, printing
and the customer's signature. Entry point for the shell: `open_reception`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget

from app.ui.dialogs import Dialogs
from app.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from app.services.context import Actor, ServiceContext
    from app.ui.reception.workbench import ReceptionWorkbench


def open_reception(
    parent: QWidget | None,
    ctx: ServiceContext,
    actor: Actor,
    *,
    runner: TaskRunner | None = None,
    dialogs: Dialogs | None = None,
    camera_spec: str | None = None,
    case_id: str | None = None,
) -> ReceptionWorkbench:
    """Open the reception workbench as its own window (shown, not modal).

    By default a new TaskRunner is used; pass the shell's to share its thread pool. `camera_spec` defaults to the workstation setting `reception/camera` (QSettings), empty
    meaning the bundled demo clip; `case_id` continues an existing case at the intake step.
    """
    from app.ui.reception import i18n
    from app.ui.reception.env import CAMERA_KEY, ReceptionDialogs, ReceptionEnv
    from app.ui.reception.workbench import ReceptionWorkbench
    from app.ui.tasks import TaskRunner

    i18n.install(ctx.lang)
    if camera_spec is None:
        camera_spec = str(QSettings().value(CAMERA_KEY, "") or "")
    # Results that land after the window closed are dropped (the window deletes on close).
    guarded = (runner or TaskRunner()).for_owner()
    env = ReceptionEnv(
        ctx=ctx,
        actor=actor,
        runner=guarded,
        dialogs=dialogs or ReceptionDialogs(),
        camera_spec=camera_spec,
    )
    window = ReceptionWorkbench(env, parent)
    guarded.owner = window
    guarded.setParent(window)
    window.setWindowFlag(Qt.WindowType.Window, True)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    window.resize(1440, 900)
    if case_id:
        window.open_case(case_id)
    window.show()
    return window
