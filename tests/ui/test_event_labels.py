"""Every event the services write has a name in the timeline (issue 7 item 8: no event name
reaches a person; an unnamed one would show as the neutral "Case updated")."""

from __future__ import annotations

import ast
from pathlib import Path

from app.services import timeline
from app.services.job import CLOCK_KINDS
from app.ui.case_detail import _EVENTS

SERVICES = Path(__file__).resolve().parents[2] / "app" / "services"


def _event_kinds() -> set[str]:
    kinds: set[str] = set()
    for path in SERVICES.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", None))
            if name != "add_event" or len(node.args) < 5:
                continue
            kind = node.args[4]
            if isinstance(kind, ast.Constant) and isinstance(kind.value, str):
                kinds.add(kind.value)
            elif isinstance(kind, ast.JoinedStr):  # f"line_{kind}": the job clock per line
                kinds.update(f"line_{clock}" for clock in CLOCK_KINDS)
    return kinds


def test_every_service_event_has_a_timeline_name() -> None:
    # With the entries derived from rows (issue 12, one log of each fact).
    kinds = _event_kinds() | set(timeline.KINDS)
    assert len(kinds) > 30  # the scan found the services' events
    assert sorted(kinds - set(_EVENTS)) == []
