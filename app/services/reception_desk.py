"""What the reception desk reads besides the case detail: the reminders queued for an
appointment (A4: visibly queued until a gateway delivers them) and the A3 fast-track options
(free bays and technicians on shift)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.lifecycle import AppointmentState
from app.domain.roles import Action
from app.domain.validation import mask_phone
from app.services._support import write_order
from app.services.context import Actor, ServiceContext
from app.services.dto import AppointmentInfo, MessageInfo, TechnicianLoad
from app.services.queries import _technician_loads
from app.store.models import Appointment, CustomerMessage

BAYS = ("1号工位", "2号工位", "3号工位", "4号工位", "快修工位")
"""The dealer's bays; a bay reserved by a fast-track appointment within the hour is taken."""


@dataclass(frozen=True)
class BayState:
    name: str
    free: bool


@dataclass(frozen=True)
class FastTrackOptions:
    bays: tuple[BayState, ...]
    technicians: tuple[TechnicianLoad, ...]


def appointment_messages(ctx: ServiceContext, appointment_id: str) -> list[MessageInfo]:
    """A4: the reminder(s) of an appointment and whether a gateway delivered them yet."""
    with ctx.reading() as session:
        return _messages_in(session, appointment_id)


def _messages_in(session: Session, appointment_id: str) -> list[MessageInfo]:
    rows = session.execute(
        select(CustomerMessage)
        .where(CustomerMessage.appointment_id == appointment_id)
        .order_by(CustomerMessage.queued_at, write_order(CustomerMessage))
    ).scalars()
    return [
        MessageInfo(
            id=m.id,
            kind=m.kind,
            channel=m.channel,
            to_masked=mask_phone(m.to),
            body=m.body,
            status=m.status,
            queued_at=m.queued_at,
        )
        for m in rows
    ]


@dataclass(frozen=True)
class ConfirmedAppointment:
    """What the counter shows after confirming: the appointment and its queued reminder(s)."""

    appointment: AppointmentInfo
    messages: tuple[MessageInfo, ...]


def confirm_appointment(
    ctx: ServiceContext, actor: Actor, appointment_id: str
) -> ConfirmedAppointment:
    """A2 + A4 as one user action, one transaction: confirm the appointment, queue the
    reminder, and read back what was queued (issue 7 item 4: one action, one service call)."""
    from app.services import appointments

    actor.require(Action.CONFIRM_APPOINTMENT)
    with ctx.unit() as session:
        info = appointments.confirm_in(ctx, session, actor, appointment_id)
        session.flush()
        return ConfirmedAppointment(info, tuple(_messages_in(session, appointment_id)))


def fast_track_options(ctx: ServiceContext) -> FastTrackOptions:
    """A3: which bays are free in the next hour and which technicians are on shift."""
    now = ctx.now()
    with ctx.reading() as session:
        taken = set(
            session.execute(
                select(Appointment.bay).where(
                    Appointment.bay != "",
                    Appointment.state.in_(
                        [AppointmentState.REQUESTED.value, AppointmentState.CONFIRMED.value]
                    ),
                    Appointment.desired_at < now + timedelta(hours=2),
                )
            ).scalars()
        )
        return FastTrackOptions(
            bays=tuple(BayState(name, name not in taken) for name in BAYS),
            technicians=tuple(_technician_loads(session, now)),
        )
