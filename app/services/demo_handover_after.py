"""Demo data of issue 9 items 5–7 (handover-after): feedback scored per category (and one
refusal), complaints in every state (one from the front desk, one past its P3 reply clock),
comebacks (one under warranty). Called once from app.services.demo."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from sqlalchemy import func, select

from app.services import aftercare
from app.services.context import Actor, ServiceContext
from app.store.models import Complaint, ServiceCase

REWORKS = 2
"""Comeback cases the demo adds to its `orders` (tests counting the demo's cases add these)."""
_COMMENTS = ("讲解很清楚", "等待时间有点长", "休息区很干净", "价格比预想的高", "", "")


def category_scores(rng: random.Random, overall: int) -> dict[str, int]:
    """Category scores around the overall score: a weak spot now and then (P5 analysis)."""
    scores = {name: max(1, min(5, overall + rng.choice((-1, 0, 0, 0, 1)))) for name in
              aftercare.FEEDBACK_CATEGORIES}  # fmt: skip
    if rng.random() < 0.3:
        scores[rng.choice(("wait", "price", "communication"))] = rng.choice((2, 3))
    return scores


def closing_feedback(ctx: ServiceContext, rng: random.Random, advisor: Actor, case_id: str) -> None:
    """The feedback a demo case closes with: scored per category, now and then refused. Draws
    from `rng` exactly as the demo did before (the rest of the demo stays the same); the
    categories and comment come from a generator of their own."""
    declined = rng.random() < 0.1
    if declined:
        aftercare.record_feedback(ctx, advisor, case_id, score=None, declined=True)
        return
    overall = rng.choice((3, 4, 5, 5, 5))
    own = random.Random(str(rng.getstate()[1][:8]))  # reads the state, draws nothing
    aftercare.record_feedback(
        ctx, advisor, case_id, score=overall, category_scores=category_scores(own, overall),
        comment=own.choice(_COMMENTS),
    )  # fmt: skip


def add(ctx: ServiceContext, rng: random.Random, actors: dict[str, Actor], now: datetime) -> None:
    """Complaints in every state, comebacks and a follow-up refusal (skipped when present, so
    a resumed demo does not add them twice)."""
    with ctx.reading() as session:
        if session.execute(select(func.count()).select_from(Complaint)).scalar_one():
            return
        done = list(
            session.execute(
                select(ServiceCase.id, ServiceCase.state, ServiceCase.customer_id)
                .where(ServiceCase.state.in_(("delivered", "closed")))
                .where(ServiceCase.rework_of_id.is_(None))
                .order_by(ServiceCase.opened_at.desc())
            ).all()
        )
    closed = [row for row in done if row.state == "closed"]
    delivered = [row for row in done if row.state == "delivered"]
    if len(closed) < 3 or not delivered:
        return
    advisor, manager = actors["王芳"], actors["周静"]

    def at(minutes_ago: int) -> ServiceContext:
        moment = now - timedelta(minutes=minutes_ago)
        return ctx.at(lambda: moment)

    # Complaints in every state (P3 clock: urgent 30 min, general 2 h).
    plan = (
        (closed[0], "wait", "取车时等了四十分钟，没人告知进度", True, 12, "open"),
        (closed[1], "communication", "追加项目没有电话说明", False, 200, "open"),
        (closed[2], "price", "结算比预估高，差异没讲清楚", False, 90, "in_progress"),
        (closed[0], "quality", "洗车后内饰仍有油污", False, 60 * 30, "resolved"),
        (closed[1], "parts", "旧件没有交还", False, 60 * 50, "closed"),
    )
    opened: list[str] = []
    for row, category, text, urgent, ago, target in plan:
        cid = aftercare.open_complaint(
            at(ago), advisor, row.id, category=category, description=text, urgent=urgent,
            owner_id=manager.staff_id if category in ("price", "parts") else None,
        )  # fmt: skip
        opened.append(cid)
        if target in ("in_progress", "resolved", "closed"):
            aftercare.act_on_complaint(at(ago - 20), advisor, cid, "电话致歉，核实情况")
        if target in ("resolved", "closed"):
            aftercare.resolve_complaint(at(ago - 120), manager, cid, "重新清洁并赠送保养券")
        if target == "closed":
            aftercare.close_complaint(
                at(ago - 600), advisor, cid, answer="客户接受处理，表示满意", satisfied=True
            )
    # One from the front desk, no case (a phone call about a missed callback).
    front = aftercare.open_complaint(
        at(45), advisor, None, category="communication", description="说好回电却没有回电",
        customer_id=delivered[0].customer_id,
    )  # fmt: skip
    aftercare.act_on_complaint(at(30), advisor, front, "已回电道歉")
    # Comebacks: one under warranty (not billed), one linked to a complaint.
    aftercare.open_rework(
        at(40), advisor, closed[2].id, reason="刹车异响又出现（质保期内）", warranty=True
    )
    aftercare.open_rework(
        at(35), advisor, closed[0].id, reason="内饰清洁返工", complaint_id=opened[3]
    )
    # P5: a follow-up call the customer declined.
    aftercare.record_feedback(
        at(5), advisor, delivered[-1].id, score=None, declined=True, channel="follow_up"
    )
