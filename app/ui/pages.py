"""The pages the main window hosts beside the homes, case detail and search (issue 7 item 8:
pages of the one window, never windows of their own), by name.

A screen that opens a page asks for it by name: ``state.open_page_requested.emit(name, arg)``
(arg: a case id, or None). The main window imports the page's module on first use, so homes
never import the pages they open. Each page follows one contract:

- ``Page(state: AppState)``: built once per logged-in person, deleted on switch user and on
  the idle lock (``shutdown()`` is called first when the page has one, e.g. to stop a camera);
- ``page.open(arg)``: show the page on ``arg`` (loads on a worker, never on the GUI thread);
- ``page.close_requested``: a Signal; the window goes back to the person's home.

Add a page by adding one line to ``PAGES``.
"""

from __future__ import annotations

import importlib
from typing import Any

PAGES: dict[str, str] = {
    # name: "module:Class"
    "dealer_settings": "app.ui.dealer_settings:DealerSettingsPage",
    "job": "app.ui.technician_job:TechnicianJobPage",
    "settlement": "app.ui.settlement_page:SettlementPage",
    "delivery": "app.ui.delivery_page:DeliveryPage",
    "feedback": "app.ui.feedback_page:FeedbackPage",
    "complaints": "app.ui.complaints_page:ComplaintsPage",
    "dispatch_board": "app.ui.dispatch_board:DispatchBoardPage",
    "case_progress": "app.ui.case_progress:CaseProgressPage",
    "key_steps": "app.ui.floor_qc.key_steps:KeyStepsPage",
    "qc_inspection": "app.ui.floor_qc.qc_inspection:QcInspectionPage",
    "manager_dashboard": "app.ui.manager_dashboard:ManagerDashboard",
}
"""The registry: one line per page."""


def page_class(name: str) -> Any:
    """The class registered as `name` (imported now). KeyError for an unknown name."""
    module_name, _, class_name = PAGES[name].partition(":")
    return getattr(importlib.import_module(module_name), class_name)
