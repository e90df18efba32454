"""After delivery (issue 9 items 5–8): feedback (P5) and closing, complaints with their owner
and P3 reply clock, comebacks (rework cases, warranty not billed), the owner's hand-over (P2)
and cancelling.

Moved here from app.services.delivery (record_feedback, close, cancel, open_complaint,
open_rework); `reception.hand_over` delegates to `hand_over` here.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.errors import TransitionError, ValidationError
from app.domain.lifecycle import CANCELLABLE, CaseAction, CaseState
from app.domain.roles import Action, Role
from app.domain.sla import RULES_BY_ID, SlaStatus, evaluate
from app.domain.validation import mask_phone, normalize_phone, require_text
from app.services import messages_aftercare as _messages  # noqa: F401  (registers messages)
from app.services import messaging
from app.services._support import add_event, case_ref, load_case, roles_of, transition, write_order
from app.services.context import Actor, ServiceContext
from app.services.dto import CaseRef
from app.store.models import (
    Asset,
    Complaint,
    Customer,
    Delivery,
    Feedback,
    ServiceCase,
    Staff,
)

FEEDBACK_CATEGORIES = ("wait", "communication", "price", "quality", "cleanliness")
"""P5: the categories the customer scores (waiting time, communication, price, quality,
cleanliness)."""
FEEDBACK_CHANNELS = ("delivery", "follow_up")
COMPLAINT_CATEGORIES = ("wait", "communication", "quality", "price", "parts", "other")
COMPLAINT_STATES = ("open", "in_progress", "resolved", "closed")
FOLLOW_UP_DAYS = 3
"""P5: the follow-up call or message a few days after delivery."""
FOLLOW_UP_WINDOW_DAYS = 30
WEAK_SCORE = 3
"""A category scored at or below this is a weak spot (feedback.categories, read by KPIs)."""


# -- feedback and closing (P5) ---------------------------------------------------------------
def record_feedback(
    ctx: ServiceContext,
    actor: Actor,
    case_id: str,
    *,
    score: int | None,
    comment: str = "",
    categories: tuple[str, ...] = (),
    category_scores: Mapping[str, int] | None = None,
    declined: bool = False,
    channel: str = "delivery",
) -> CaseRef:
    """P5: the customer's view (an overall score 1–5 and each category scored), or their
    refusal to give one, at delivery or at the follow-up call."""
    actor.require(Action.RECORD_FEEDBACK)
    scores = dict(category_scores or {})
    if channel not in FEEDBACK_CHANNELS:
        raise ValidationError("validate.required", field="channel")
    if declined:
        if score is not None or scores:
            raise ValidationError("aftercare.declined_with_score")
    else:
        if score is None or not 1 <= score <= 5:
            raise ValidationError("case.score")
        for name, value in scores.items():
            if name not in FEEDBACK_CATEGORIES:
                raise ValidationError("aftercare.feedback_category", value=name)
            if not 1 <= value <= 5:
                raise ValidationError("aftercare.category_score", value=name)
    weak = tuple(categories) + tuple(
        name for name, value in sorted(scores.items()) if value <= WEAK_SCORE
    )
    with ctx.unit() as session:
        case = load_case(session, case_id)
        if case.state not in (CaseState.DELIVERED.value, CaseState.CLOSED.value):
            raise ValidationError("aftercare.feedback_state")
        now = ctx.now()
        session.add(
            Feedback(
                dealer_id=case.dealer_id,
                case_id=case.id,
                score=None if declined else score,
                categories=json.dumps(list(dict.fromkeys(weak))),
                category_scores=json.dumps(scores, sort_keys=True),
                channel=channel,
                comment=comment.strip(),
                declined=declined,
                recorded_by=actor.staff_id,
                at=now,
                created_at=now,
            )
        )
        add_event(
            ctx, session, actor, case, "feedback",
            detail={"score": score, "declined": declined, "note": comment.strip()},
        )  # fmt: skip
        return case_ref(case)


def close(ctx: ServiceContext, actor: Actor, case_id: str) -> CaseRef:
    """P5: a case closes only with feedback or the customer's recorded refusal (the lifecycle
    guard refuses with lifecycle.p5_no_feedback)."""
    actor.require(Action.CLOSE)
    with ctx.unit() as session:
        case = load_case(session, case_id)
        transition(ctx, session, actor, case, CaseAction.CLOSE)
        case.closed_at = ctx.now()
        return case_ref(case)


@dataclass(frozen=True)
class FeedbackInfo:
    id: str
    at: datetime
    score: int | None
    category_scores: dict[str, int]
    comment: str
    declined: bool
    channel: str
    recorded_by: str


def feedback_of(ctx: ServiceContext, case_id: str) -> tuple[FeedbackInfo, ...]:
    with ctx.reading() as session:
        case = load_case(session, case_id)
        rows = session.execute(
            select(Feedback, Staff.name)
            .join(Staff, Staff.id == Feedback.recorded_by)
            .where(Feedback.case_id == case.id)
            .order_by(Feedback.at, write_order(Feedback))
        ).all()
        return tuple(
            FeedbackInfo(
                id=f.id,
                at=f.at,
                score=f.score,
                category_scores={k: int(v) for k, v in json.loads(f.category_scores).items()},
                comment=f.comment,
                declined=f.declined,
                channel=f.channel,
                recorded_by=name,
            )
            for f, name in rows
        )


@dataclass(frozen=True)
class FeedbackSheet:
    """What the feedback page shows: the case and the feedback recorded so far."""

    case_id: str
    order_no: str
    state: str
    customer_name: str
    entries: tuple[FeedbackInfo, ...]
    follow_up_due: bool


def feedback_sheet(ctx: ServiceContext, case_id: str) -> FeedbackSheet:
    entries = feedback_of(ctx, case_id)
    with ctx.reading() as session:
        case = load_case(session, case_id)
        delivered = session.execute(
            select(func.max(Delivery.at)).where(Delivery.case_id == case.id)
        ).scalar_one_or_none()
        due = (
            delivered is not None
            and delivered <= ctx.now() - timedelta(days=FOLLOW_UP_DAYS)
            and not any(e.channel == "follow_up" or e.declined for e in entries)
        )
        return FeedbackSheet(
            case.id, case.order_no, case.state, case.customer_name, entries, bool(due)
        )


@dataclass(frozen=True)
class FollowUpInfo:
    case_id: str
    order_no: str
    customer_name: str
    phone: str
    asset_label: str
    delivered_at: datetime
    state: str


def follow_up_due(ctx: ServiceContext, *, limit: int = 50) -> tuple[FollowUpInfo, ...]:
    """P5: delivered cases due for the follow-up call: delivered at least FOLLOW_UP_DAYS ago
    (and within FOLLOW_UP_WINDOW_DAYS), no follow-up recorded and no refusal. A closed case
    is done (it closed with its feedback or the customer's refusal on record): it needs no
    call, so the advisor's list holds only cases still delivered."""
    now = ctx.now()
    with ctx.reading() as session:
        followed = select(Feedback.case_id).where(
            (Feedback.channel == "follow_up") | Feedback.declined.is_(True)
        )
        rows = session.execute(
            select(ServiceCase, func.max(Delivery.at))
            .join(Delivery, Delivery.case_id == ServiceCase.id)
            .where(
                ServiceCase.state == CaseState.DELIVERED.value,
                ServiceCase.id.not_in(followed),
            )
            .group_by(ServiceCase.id)
            .having(
                func.max(Delivery.at) <= now - timedelta(days=FOLLOW_UP_DAYS),
                func.max(Delivery.at) >= now - timedelta(days=FOLLOW_UP_WINDOW_DAYS),
            )
            .order_by(func.max(Delivery.at), ServiceCase.order_no)
            .limit(limit)
        ).all()
        return tuple(
            FollowUpInfo(
                case_id=c.id,
                order_no=c.order_no,
                customer_name=c.customer_name,
                phone=_mask(c.phone),
                asset_label=c.asset_label,
                delivered_at=at,
                state=c.state,
            )
            for c, at in rows
        )


def _mask(phone: str) -> str:
    return mask_phone(phone)


# -- cancel and hand-over (P2) ---------------------------------------------------------------
def cancel(ctx: ServiceContext, actor: Actor, case_id: str, reason: str) -> CaseRef:
    actor.require(Action.CANCEL_CASE)
    if not reason.strip():
        raise ValidationError("case.reason_required")
    with ctx.unit() as session:
        case = load_case(session, case_id)
        if CaseState(case.state) not in CANCELLABLE:
            raise TransitionError("aftercare.cancel_state")
        transition(ctx, session, actor, case, CaseAction.CANCEL, {"reason": reason.strip()})
        case.closed_at = ctx.now()
        return case_ref(case)


def can_cancel(case_state: str) -> bool:
    return CaseState(case_state) in CANCELLABLE


def hand_over(
    ctx: ServiceContext, actor: Actor, case_id: str, new_owner_id: str, reason: str
) -> CaseRef:
    """P2: ownership changes only by an explicit, logged hand-over to another active service
    advisor, and the customer is told who looks after them now (customer_message queue)."""
    actor.require(Action.HAND_OVER)
    if not reason.strip():
        raise ValidationError("case.reason_required")
    with ctx.unit() as session:
        case = load_case(session, case_id)
        if case.state in (CaseState.CLOSED.value, CaseState.CANCELLED.value):
            raise ValidationError("aftercare.hand_over_finished")
        if case.owner_id == new_owner_id:
            raise ValidationError("case.same_owner")
        from app.services._support import load_staff

        new_owner = load_staff(session, new_owner_id)
        if not new_owner.active or Role.ADVISOR not in roles_of(new_owner):
            raise ValidationError("aftercare.owner_not_advisor", name=new_owner.name)
        previous = case.owner_id
        case.owner_id = new_owner_id
        add_event(
            ctx, session, actor, case, "hand_over",
            detail={"from": previous, "to": new_owner_id, "owner": new_owner.name,
                    "reason": reason.strip()},
        )  # fmt: skip
        messaging.queue_case_message(ctx, session, actor, case, "hand_over")
        return case_ref(case)


@dataclass(frozen=True)
class AdvisorChoice:
    id: str
    name: str


def advisors(ctx: ServiceContext) -> tuple[AdvisorChoice, ...]:
    """The active service advisors a case can be handed over to."""
    with ctx.reading() as session:
        rows = session.execute(
            select(Staff).where(Staff.active.is_(True)).order_by(Staff.name)
        ).scalars()
        return tuple(AdvisorChoice(s.id, s.name) for s in rows if Role.ADVISOR in roles_of(s))


# -- complaints (issue 9 item 6; P3 reply clock) ---------------------------------------------
@dataclass(frozen=True)
class ComplaintAction:
    at: datetime
    by: str
    text: str


@dataclass(frozen=True)
class ComplaintInfo:
    id: str
    case_id: str | None
    order_no: str
    customer_name: str
    category: str
    description: str
    status: str
    owner_id: str | None
    owner_name: str
    urgent: bool
    opened_at: datetime
    reply_due: datetime | None
    reply_status: SlaStatus | None
    actions: tuple[ComplaintAction, ...]
    resolution: str
    answer: str
    satisfied: bool | None
    rework_case_id: str | None


def _owner_ok(session: Session, owner_id: str) -> Staff:
    from app.services._support import load_staff

    owner = load_staff(session, owner_id)
    held = roles_of(owner)
    if not owner.active or not (Role.ADVISOR in held or Role.MANAGER in held):
        raise ValidationError("aftercare.complaint_owner", name=owner.name)
    return owner


def open_complaint(
    ctx: ServiceContext,
    actor: Actor,
    case_id: str | None,
    *,
    category: str,
    description: str,
    customer_id: str | None = None,
    owner_id: str | None = None,
    urgent: bool = False,
) -> str:
    """A complaint, from a case or from the front desk (no case: name the customer). The owner
    (default: the case's owner, else the person recording it) answers within the P3 clock."""
    actor.require(Action.OPEN_COMPLAINT)
    if category not in COMPLAINT_CATEGORIES:
        raise ValidationError("validate.required", field="category")
    text = require_text(description, "description", 2000)
    with ctx.unit() as session:
        case = load_case(session, case_id) if case_id else None
        if case is None:
            if not customer_id or session.get(Customer, customer_id) is None:
                raise ValidationError("aftercare.complaint_customer")
            customer = customer_id
        else:
            customer = case.customer_id
        owner = _owner_ok(session, owner_id or (case.owner_id if case else actor.staff_id))
        now = ctx.now()
        dealer = case.dealer_id if case else session.get(Customer, customer).dealer_id  # type: ignore[union-attr]
        complaint = Complaint(
            dealer_id=dealer,
            case_id=case.id if case else None,
            customer_id=customer,
            category=category,
            description=text,
            status="open",
            opened_by=actor.staff_id,
            owner_id=owner.id,
            urgent=urgent,
            opened_at=now,
            created_at=now,
        )
        session.add(complaint)
        session.flush()
        if case is not None:
            add_event(ctx, session, actor, case, "complaint", detail={"category": category})
        return complaint.id


def open_desk_complaint(
    ctx: ServiceContext,
    actor: Actor,
    *,
    phone: str,
    category: str,
    description: str,
    owner_id: str | None = None,
    urgent: bool = False,
) -> str:
    """A complaint taken at the front desk (no case): the customer found by phone."""
    number = normalize_phone(phone)
    with ctx.reading() as session:
        customer_id = session.execute(
            select(Customer.id)
            .where(Customer.phone == number, Customer.deleted_at.is_(None))
            .order_by(Customer.created_at, write_order(Customer))
            .limit(1)
        ).scalar_one_or_none()
    if customer_id is None:
        raise ValidationError("aftercare.customer_unknown", phone=mask_phone(number))
    return open_complaint(
        ctx, actor, None, category=category, description=description,
        customer_id=customer_id, owner_id=owner_id, urgent=urgent,
    )  # fmt: skip


def _complaint(session: Session, complaint_id: str) -> Complaint:
    complaint = session.get(Complaint, complaint_id)
    if complaint is None:
        raise ValidationError("aftercare.complaint_missing")
    return complaint


def act_on_complaint(ctx: ServiceContext, actor: Actor, complaint_id: str, text: str) -> None:
    """An action taken (call, inspection, goodwill …). The first one answers the P3 clock."""
    actor.require(Action.OPEN_COMPLAINT)
    note = require_text(text, "action", 1000)
    with ctx.unit() as session:
        complaint = _complaint(session, complaint_id)
        if complaint.status in ("resolved", "closed"):
            raise ValidationError("aftercare.complaint_finished")
        now = ctx.now()
        actions = json.loads(complaint.actions or "[]")
        actions.append({"at": now.isoformat(), "by": actor.name, "text": note})
        complaint.actions = json.dumps(actions, ensure_ascii=False)
        if complaint.replied_at is None:
            complaint.replied_at = now
        complaint.status = "in_progress"


def resolve_complaint(
    ctx: ServiceContext, actor: Actor, complaint_id: str, resolution: str
) -> None:
    actor.require(Action.OPEN_COMPLAINT)
    text = require_text(resolution, "resolution", 2000)
    with ctx.unit() as session:
        complaint = _complaint(session, complaint_id)
        if complaint.status in ("resolved", "closed"):
            raise ValidationError("aftercare.complaint_finished")
        if complaint.actions in ("", "[]"):
            raise ValidationError("aftercare.complaint_no_action")
        now = ctx.now()
        complaint.resolution = text
        complaint.resolved_at = now
        complaint.status = "resolved"


def close_complaint(
    ctx: ServiceContext, actor: Actor, complaint_id: str, *, answer: str, satisfied: bool
) -> None:
    """Closed with the customer's answer to the resolution (satisfied or not)."""
    actor.require(Action.OPEN_COMPLAINT)
    text = require_text(answer, "answer", 1000)
    with ctx.unit() as session:
        complaint = _complaint(session, complaint_id)
        if complaint.status != "resolved":
            raise ValidationError("aftercare.complaint_unresolved")
        complaint.answer = text
        complaint.satisfied = satisfied
        complaint.closed_at = ctx.now()
        complaint.status = "closed"


def reply_clock(
    opened_at: datetime, replied_at: datetime | None, urgent: bool, now: datetime
) -> tuple[datetime | None, SlaStatus]:
    """P3: urgent complaints answered within 30 minutes, others within 2 hours."""
    rule = RULES_BY_ID["P3-urgent" if urgent else "P3"]
    events = {"inquiry_received": [opened_at]}
    if replied_at is not None:
        events["inquiry_replied"] = [replied_at]
    result = evaluate(rule, events, now)
    return result.due, result.status


def list_complaints(
    ctx: ServiceContext,
    *,
    case_id: str | None = None,
    status: str | None = None,
    category: str | None = None,
    owner_id: str | None = None,
    limit: int = 200,
) -> tuple[ComplaintInfo, ...]:
    now = ctx.now()
    with ctx.reading() as session:
        query = (
            select(Complaint, ServiceCase.order_no, Customer.name, Staff.name)
            .outerjoin(ServiceCase, ServiceCase.id == Complaint.case_id)
            .join(Customer, Customer.id == Complaint.customer_id)
            .outerjoin(Staff, Staff.id == Complaint.owner_id)
            .where(Complaint.deleted_at.is_(None))
        )
        if case_id:
            case = load_case(session, case_id)
            query = query.where(Complaint.case_id == case.id)
        if status:
            query = query.where(Complaint.status == status)
        if category:
            query = query.where(Complaint.category == category)
        if owner_id:
            query = query.where(Complaint.owner_id == owner_id)
        rows = session.execute(
            query.order_by(Complaint.created_at.desc(), write_order(Complaint, desc=True)).limit(
                limit
            )
        ).all()
        result = []
        for c, order_no, customer_name, owner_name in rows:
            opened = c.opened_at or c.created_at
            due, clock = reply_clock(opened, c.replied_at, c.urgent, now)
            result.append(
                ComplaintInfo(
                    id=c.id,
                    case_id=c.case_id,
                    order_no=order_no or "",
                    customer_name=customer_name,
                    category=c.category,
                    description=c.description,
                    status=c.status,
                    owner_id=c.owner_id,
                    owner_name=owner_name or "",
                    urgent=c.urgent,
                    opened_at=opened,
                    reply_due=due,
                    reply_status=clock,
                    actions=tuple(
                        ComplaintAction(datetime.fromisoformat(a["at"]), a["by"], a["text"])
                        for a in json.loads(c.actions or "[]")
                    ),
                    resolution=c.resolution,
                    answer=c.answer,
                    satisfied=c.satisfied,
                    rework_case_id=c.rework_case_id,
                )
            )
        return tuple(result)


@dataclass(frozen=True)
class ComplaintOwner:
    id: str
    name: str


def complaint_owners(ctx: ServiceContext) -> tuple[ComplaintOwner, ...]:
    """Who may own a complaint: active advisors and managers."""
    with ctx.reading() as session:
        rows = session.execute(
            select(Staff).where(Staff.active.is_(True)).order_by(Staff.name)
        ).scalars()
        return tuple(
            ComplaintOwner(s.id, s.name)
            for s in rows
            if {Role.ADVISOR, Role.MANAGER} & set(roles_of(s))
        )


# -- comebacks (issue 9 item 7) --------------------------------------------------------------
def open_rework(
    ctx: ServiceContext,
    actor: Actor,
    case_id: str,
    *,
    reason: str,
    complaint_id: str | None = None,
    warranty: bool = False,
) -> str:
    """A comeback: a new urgent case linked to the original, owned by the original's owner
    (P2). `warranty`: repaired under warranty, not billed to the customer (the settlement
    reads `is_warranty_rework`)."""
    from app.services.appointments import _open_case

    actor.require(Action.OPEN_REWORK)
    with ctx.unit() as session:
        original = load_case(session, case_id)
        if original.state not in (CaseState.DELIVERED.value, CaseState.CLOSED.value):
            raise ValidationError("case.rework_source")
        customer = session.get(Customer, original.customer_id)
        asset = session.get(Asset, original.asset_id)
        assert customer is not None
        assert asset is not None
        rework = _open_case(
            ctx,
            session,
            actor,
            customer,
            asset,
            fault_description=require_text(reason, "reason", 2000),
            urgent=True,
            owner_id=original.owner_id,
            appointment_id=None,
            rework_of_id=original.id,
        )
        rework.warranty_rework = warranty
        add_event(
            ctx, session, actor, original, "rework_opened", detail={"rework": rework.order_no}
        )
        if complaint_id:
            complaint = session.get(Complaint, complaint_id)
            if complaint is not None:
                complaint.rework_case_id = rework.id
        return rework.id


def is_warranty_rework(session: Session, case_id: str) -> bool:
    """Issue 9 item 7: True when the case is a comeback repaired under warranty: its
    settlement bills the customer nothing (read by the settlement, handover-settle)."""
    case = session.get(ServiceCase, case_id)
    return bool(case is not None and case.rework_of_id and case.warranty_rework)


@dataclass(frozen=True)
class LinkedCase:
    id: str
    order_no: str
    state: str
    warranty: bool


@dataclass(frozen=True)
class CaseLinks:
    """A comeback's original, and the comebacks of a case (shown on both cases)."""

    rework_of: LinkedCase | None
    reworks: tuple[LinkedCase, ...]
    warranty: bool
    complaints: int
    feedback: int


def case_links(ctx: ServiceContext, case_id: str) -> CaseLinks:
    with ctx.reading() as session:
        case = load_case(session, case_id)
        original = session.get(ServiceCase, case.rework_of_id) if case.rework_of_id else None
        reworks = session.execute(
            select(ServiceCase)
            .where(ServiceCase.rework_of_id == case.id)
            .order_by(ServiceCase.opened_at, ServiceCase.order_no)
        ).scalars()
        count_complaints = session.execute(
            select(func.count()).select_from(Complaint).where(Complaint.case_id == case.id)
        ).scalar_one()
        count_feedback = session.execute(
            select(func.count()).select_from(Feedback).where(Feedback.case_id == case.id)
        ).scalar_one()
        return CaseLinks(
            rework_of=LinkedCase(
                original.id, original.order_no, original.state, original.warranty_rework
            )
            if original is not None
            else None,
            reworks=tuple(
                LinkedCase(r.id, r.order_no, r.state, r.warranty_rework) for r in reworks
            ),
            warranty=bool(case.rework_of_id and case.warranty_rework),
            complaints=int(count_complaints),
            feedback=int(count_feedback),
        )


@dataclass(frozen=True)
class ComplaintSummary:
    """The manager's home: complaints still open and those past their P3 reply clock."""

    open: int
    reply_overdue: int
    resolved_awaiting_answer: int


def complaint_summary(ctx: ServiceContext) -> ComplaintSummary:
    pending = [c for c in list_complaints(ctx, limit=10_000) if c.status != "closed"]
    return ComplaintSummary(
        open=sum(1 for c in pending if c.status in ("open", "in_progress")),
        reply_overdue=sum(1 for c in pending if c.reply_status is SlaStatus.OVERDUE),
        resolved_awaiting_answer=sum(1 for c in pending if c.status == "resolved"),
    )


@dataclass(frozen=True)
class CategoryFigure:
    category: str
    scored: int
    average: Decimal | None
    weak: int
    """How many times scored at or below WEAK_SCORE."""


@dataclass(frozen=True)
class FeedbackAnalysis:
    """P5 analysis for the KPI screens and the quarterly report: weak spots by category and
    complaints by category, over a period."""

    responses: int
    refusals: int
    average: Decimal | None
    categories: tuple[CategoryFigure, ...]
    complaints_by_category: dict[str, int]


def feedback_analysis(ctx: ServiceContext, start: datetime, end: datetime) -> FeedbackAnalysis:
    with ctx.reading() as session:
        rows = session.execute(
            select(Feedback.score, Feedback.category_scores, Feedback.declined).where(
                Feedback.at >= start, Feedback.at < end, Feedback.deleted_at.is_(None)
            )
        ).all()
        complaints = dict(
            session.execute(
                select(Complaint.category, func.count())
                .where(Complaint.created_at >= start, Complaint.created_at < end)
                .where(Complaint.deleted_at.is_(None))
                .group_by(Complaint.category)
            ).all()
        )
    scores = [int(r.score) for r in rows if r.score is not None and not r.declined]
    per: dict[str, list[int]] = {name: [] for name in FEEDBACK_CATEGORIES}
    for row in rows:
        for name, value in json.loads(row.category_scores or "{}").items():
            if name in per:
                per[name].append(int(value))

    def mean(values: list[int]) -> Decimal | None:
        if not values:
            return None
        return (Decimal(sum(values)) / len(values)).quantize(Decimal("0.01"))

    return FeedbackAnalysis(
        responses=len(scores),
        refusals=sum(1 for r in rows if r.declined),
        average=mean(scores),
        categories=tuple(
            CategoryFigure(name, len(v), mean(v), sum(1 for x in v if x <= WEAK_SCORE))
            for name, v in per.items()
        ),
        complaints_by_category={str(k): int(v) for k, v in complaints.items()},
    )
