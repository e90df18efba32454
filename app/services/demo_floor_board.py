"""The demo's workshop floor (issue 8 item 9, dispatch part): today's technician shifts per
bay (so the board shows who is on shift, one technician already off), promised completion
times on the jobs in the workshop, a W4 progress update, and a timely delay notice with a
compensation the customer accepted. Called from app.services.demo by one line; fast (a few service calls)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from app.domain.roles import Role
from app.services import dispatch
from app.services.context import Actor, ServiceContext
from app.store.models import ServiceCase, Staff

SHIFTS: tuple[tuple[str, int, int, str], ...] = (
    # name, shift start and end in hours from now (rounded to the half hour), bay
    ("张强", -3, 5, "1号工位"),
    ("刘洋", -2, 6, "1号工位"),
    ("陈杰", -1, 7, "2号工位"),
    ("杨磊", -6, 2, "3号工位"),
    ("赵敏", -9, -1, "3号工位"),  # her shift ended an hour ago: off shift on the board
)


def _actor(staff: Staff) -> Actor:
    return Actor(staff.id, staff.name, tuple(Role(r) for r in staff.roles.split(",") if r))


def add_floor_board(ctx: ServiceContext, now: datetime) -> None:
    base = now.replace(minute=0 if now.minute < 30 else 30, second=0, microsecond=0)
    with ctx.reading() as session:
        staff = {s.name: s for s in session.execute(select(Staff)).scalars()}
        active = list(
            session.execute(
                select(ServiceCase)
                .where(ServiceCase.state.in_(("dispatched", "in_work", "paused")))
                .order_by(ServiceCase.opened_at)
            ).scalars()
        )
    lead = _actor(staff["张强"])
    for name, start, end, bay in SHIFTS:
        if name in staff:
            dispatch.add_shift(
                ctx, lead, staff[name].id, base + timedelta(hours=start),
                base + timedelta(hours=end), bay=bay,
            )  # fmt: skip
    delayed = False
    for index, case in enumerate(active):
        owner = next((s for s in staff.values() if s.id == case.owner_id), None)
        if owner is None:
            continue
        advisor = _actor(owner)
        if case.promised_at is None:
            # W5: the promise given at dispatch (these were dispatched before it existed).
            dispatch.set_promise(ctx, advisor, case.id, base + timedelta(hours=2 + index % 4))
            promised = base + timedelta(hours=2 + index % 4)
        else:
            promised = case.promised_at
        if not delayed and case.state == "in_work" and promised - now > timedelta(minutes=45):
            dispatch.progress_update(
                ctx, advisor, case.id, "拆检完成：刹车分泵漏油，原厂配件调货中，其余项目继续"
            )
            dispatch.announce_delay(
                ctx, advisor, case.id, reason_code="parts_out_of_stock",
                reason="原厂配件缺货，已从中心库加急调货", new_eta=promised + timedelta(hours=3),
                compensation="extended_warranty_1m",
            )  # fmt: skip
            progress = dispatch.case_progress(ctx, case.id)
            dispatch.record_delay_answer(
                ctx, advisor, progress.delays[-1].id, "accepted", "客户同意，傍晚来取车"
            )
            delayed = True
