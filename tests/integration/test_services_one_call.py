"""Issue 7 item 4: one user action is one service call. Confirming an appointment confirms,
queues the A4 reminder and reads it back in one transaction."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from app.domain.errors import PermissionDenied, TransitionError
from app.domain.roles import Role
from app.services import appointments, reception_desk
from app.services.context import Actor
from app.services.customers import AssetInput, CustomerInput


def _book(ws: Any) -> Any:
    return appointments.book(
        ws.ctx,
        ws.advisor,
        customer=CustomerInput(name="欧阳娜娜", phone="+86 139 1234 5678"),
        asset=AssetInput(kind="vehicle", brand="广汽本田", model="雅阁", plate="粤bd12345"),
        channel="app",
        desired_at=ws.clock.t + timedelta(hours=2),
        fault_description="刹车时有尖锐摩擦声",
    )


def test_confirm_appointment_confirms_and_returns_the_queued_reminder(workshop: Any) -> None:
    appt = _book(workshop)
    done = reception_desk.confirm_appointment(workshop.ctx, workshop.advisor, appt.id)
    assert done.appointment.state == "confirmed"
    reminders = [m for m in done.messages if m.kind == "reminder"]
    assert len(reminders) == 1
    assert reminders[0].status == "queued"
    assert "****" in reminders[0].to_masked
    # The same as the two-step path reads afterwards.
    assert list(done.messages) == reception_desk.appointment_messages(workshop.ctx, appt.id)


def test_a_refused_confirm_changes_nothing(workshop: Any) -> None:
    appt = _book(workshop)
    reception_desk.confirm_appointment(workshop.ctx, workshop.advisor, appt.id)
    with pytest.raises(TransitionError):
        reception_desk.confirm_appointment(workshop.ctx, workshop.advisor, appt.id)
    assert len(reception_desk.appointment_messages(workshop.ctx, appt.id)) == 1
    technician = Actor(staff_id=workshop.advisor.staff_id, name="x", roles=(Role.TECHNICIAN,))
    other = _book(workshop)
    with pytest.raises(PermissionDenied):
        reception_desk.confirm_appointment(workshop.ctx, technician, other.id)
    assert reception_desk.appointment_messages(workshop.ctx, other.id) == []
