"""The front desk's after-hours and messaging tools (P3, A4, W4, W5).

- Duty roster (P3): who answers customers outside working hours; `duty_now` falls back to the
  staff on shift who may answer inquiries when nobody is rostered.
- Inquiry board (P3): open inquiries ordered by their reply clock (30 min urgent, 2 h general),
  overdue first; overdue ones are also `inquiry_alerts`.
- Message templates (A4 reminder, W4 progress, W5 delay, ready): listed with their defaults,
  previewed with sample values, saved through `messaging.set_template` after a stricter check
  (balanced braces, only the placeholders the kind of message can fill).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from string import Formatter

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import NotFound, ValidationError
from app.domain.messages import render
from app.domain.roles import Action, allowed
from app.domain.sla import SlaStatus
from app.domain.validation import normalize_phone
from app.services import appointments, messaging
from app.services import messages_desk as _messages  # noqa: F401  (registers codes)
from app.services._support import audit_only, identity, load_staff, roles_of, staff_info
from app.services.context import Actor, ServiceContext
from app.services.customers import CustomerInput
from app.services.dto import InquiryInfo, StaffInfo
from app.services.queries import _on_shift
from app.store.models import Customer, Dealer, DutyRoster, MessageTemplate, Staff

DUTY_CHANNELS = ("phone", "app", "wechat", "hotline")
"""How the person on duty is reached: phone, app messages, WeChat, the 400 hotline."""
MAX_DUTY = timedelta(hours=72)
"""Long enough for a weekend or a public holiday, short enough to catch a typo in the date."""

INQUIRY_CHANNELS = ("store", "app", "hotline", "phone")
"""A1 channels plus a plain phone call to the dealer."""

TEMPLATE_KINDS = ("reminder", "progress", "delay", "ready")
TEMPLATE_LANGS = ("zh_CN", "en")
KIND_PLACEHOLDERS: dict[str, tuple[str, ...]] = {
    # What `messaging` fills for each kind of message; any other name would go out empty.
    "reminder": ("customer", "dealer", "advisor", "advisor_phone", "time", "documents"),
    "progress": ("customer", "dealer", "advisor", "advisor_phone", "order_no", "detail"),
    "delay": (
        "customer",
        "dealer",
        "advisor",
        "advisor_phone",
        "order_no",
        "detail",
        "eta",
        "compensation",
    ),
    "ready": ("customer", "dealer", "advisor", "advisor_phone", "order_no"),
}

SAMPLE_VALUES: dict[str, dict[str, str]] = {
    "zh_CN": {
        "customer": "王伟",
        "advisor": "王芳",
        "advisor_phone": "13900139001",
        "time": "2026-11-28 09:30",
        "order_no": "WO-TS0101-20261127-0001",
        "detail": "更换前刹车片",
        "eta": "11-27 17:30",
        "compensation": "免费洗车一次",
        "documents": messaging.DOCUMENTS["vehicle"][0],
    },
    "en": {
        "customer": "Wang Wei",
        "advisor": "Wang Fang",
        "advisor_phone": "13900139001",
        "time": "2026-11-28 09:30",
        "order_no": "WO-TS0101-20261127-0001",
        "detail": "replacing the front brake pads",
        "eta": "11-27 17:30",
        "compensation": "a free car wash",
        "documents": messaging.DOCUMENTS["vehicle"][1],
    },
}

_ATTENTION = {SlaStatus.OVERDUE: 0, SlaStatus.DUE_SOON: 1, SlaStatus.RUNNING: 2}


# -- DTOs ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DutyInfo:
    id: str
    staff: StaffInfo
    starts_at: datetime
    ends_at: datetime
    channel: str

    def covers(self, moment: datetime) -> bool:
        return self.starts_at <= moment < self.ends_at


@dataclass(frozen=True)
class DutyNow:
    """Who answers customers right now; `rostered` is False when nobody is on the roster and
    these are the staff on their normal shift (P3)."""

    staff: tuple[StaffInfo, ...]
    rostered: bool


@dataclass(frozen=True)
class TemplateInfo:
    kind: str
    lang: str
    body: str
    is_default: bool
    placeholders: tuple[str, ...]
    """The placeholders this kind of message can fill (the editor offers them as chips)."""


# -- duty roster (P3) ------------------------------------------------------------------------


def _duty_info(session: Session, row: DutyRoster) -> DutyInfo:
    return DutyInfo(
        id=row.id,
        staff=staff_info(load_staff(session, row.staff_id)),
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        channel=row.channel,
    )


def _overlapping(session: Session, start: datetime, end: datetime) -> list[DutyRoster]:
    return list(
        session.execute(
            select(DutyRoster)
            .where(
                DutyRoster.deleted_at.is_(None),
                DutyRoster.starts_at < end,
                DutyRoster.ends_at > start,
            )
            .order_by(DutyRoster.starts_at, DutyRoster.id)
        ).scalars()
    )


def _stamp(moment: datetime) -> str:
    return moment.strftime("%m-%d %H:%M")


def add_duty(
    ctx: ServiceContext,
    actor: Actor,
    staff_id: str,
    starts_at: datetime,
    ends_at: datetime,
    channel: str = "phone",
) -> DutyInfo:
    """P3: put someone who may answer customers on duty; one person's duties never overlap."""
    actor.require(Action.MANAGE_STAFF)
    if channel not in DUTY_CHANNELS:
        raise ValidationError("desk.duty_channel", value=channel)
    starts_at = starts_at.replace(second=0, microsecond=0)
    ends_at = ends_at.replace(second=0, microsecond=0)
    if ends_at <= starts_at:
        raise ValidationError("desk.duty_order")
    if ends_at - starts_at > MAX_DUTY:
        raise ValidationError("desk.duty_too_long", hours=int(MAX_DUTY.total_seconds() // 3600))
    with ctx.unit() as session:
        staff = load_staff(session, staff_id)
        if not staff.active:
            raise ValidationError("desk.duty_inactive", name=staff.name)
        if not allowed(roles_of(staff), Action.ANSWER_INQUIRY):
            raise ValidationError("desk.duty_cannot_answer", name=staff.name)
        for other in _overlapping(session, starts_at, ends_at):
            if other.staff_id == staff_id:
                raise ValidationError(
                    "desk.duty_overlap",
                    name=staff.name,
                    start=_stamp(other.starts_at),
                    end=_stamp(other.ends_at),
                )
        row = DutyRoster(
            dealer_id=identity(session).dealer_id,
            staff_id=staff_id,
            starts_at=starts_at,
            ends_at=ends_at,
            channel=channel,
            created_at=ctx.now(),
        )
        session.add(row)
        session.flush()
        audit_only(
            ctx,
            session,
            actor,
            "add_duty",
            row.id,
            {"staff": staff_id, "from": starts_at.isoformat(), "to": ends_at.isoformat()},
        )
        return _duty_info(session, row)


def remove_duty(ctx: ServiceContext, actor: Actor, duty_id: str) -> None:
    """Take a duty off the roster (a tombstone, so the removal syncs like any change)."""
    actor.require(Action.MANAGE_STAFF)
    with ctx.unit() as session:
        row = session.get(DutyRoster, duty_id)
        if row is None or row.deleted_at is not None:
            raise NotFound("notfound.duty", key=duty_id)
        row.deleted_at = ctx.now()
        audit_only(ctx, session, actor, "remove_duty", row.id, {"staff": row.staff_id})


def roster(ctx: ServiceContext, day: date) -> list[DutyInfo]:
    """Duties that touch `day` (a night duty shows on both the evening and the morning)."""
    start = datetime.combine(day, time())
    with ctx.reading() as session:
        rows = _overlapping(session, start, start + timedelta(days=1))
        return [_duty_info(session, row) for row in rows]


def roster_between(ctx: ServiceContext, first: date, days: int) -> list[DutyInfo]:
    """Duties touching `days` days from `first` (the week view), ordered by start."""
    start = datetime.combine(first, time())
    with ctx.reading() as session:
        rows = _overlapping(session, start, start + timedelta(days=days))
        return [_duty_info(session, row) for row in rows]


def who_answers(ctx: ServiceContext) -> DutyNow:
    """P3: the rostered staff right now; when nobody is rostered, those on their normal shift
    whose role answers inquiries."""
    now = ctx.now()
    with ctx.reading() as session:
        rows = session.execute(
            select(DutyRoster)
            .where(
                DutyRoster.deleted_at.is_(None),
                DutyRoster.starts_at <= now,
                DutyRoster.ends_at > now,
            )
            .order_by(DutyRoster.starts_at, DutyRoster.id)
        ).scalars()
        seen: dict[str, StaffInfo] = {}
        for row in rows:
            staff = load_staff(session, row.staff_id)
            if staff.active:
                seen.setdefault(staff.id, staff_info(staff))
        if seen:
            return DutyNow(tuple(seen.values()), rostered=True)
        on_shift = [
            staff_info(s)
            for s in session.execute(
                select(Staff).where(Staff.active.is_(True), Staff.deleted_at.is_(None))
            ).scalars()
            if allowed(roles_of(s), Action.ANSWER_INQUIRY) and _on_shift(s.schedule, now)
        ]
        return DutyNow(tuple(sorted(on_shift, key=lambda s: s.name)), rostered=False)


def duty_now(ctx: ServiceContext) -> list[StaffInfo]:
    return list(who_answers(ctx).staff)


# -- inquiries (P3) --------------------------------------------------------------------------


def log_inquiry(
    ctx: ServiceContext,
    actor: Actor,
    *,
    channel: str,
    question: str,
    urgent: bool,
    phone: str = "",
    name: str = "",
) -> InquiryInfo:
    """P3: log a question from the counter, the app, the 400 hotline or a phone call. Phone and
    name are optional: a returning customer is found by phone; a caller who leaves only a name
    has it noted in front of the question."""
    if channel not in INQUIRY_CHANNELS:
        raise ValidationError("desk.inquiry_channel", value=channel)
    name = name.strip()
    customer: CustomerInput | None = None
    if phone.strip():
        normalized = normalize_phone(phone)
        if not name:
            with ctx.reading() as session:
                known = session.execute(
                    select(Customer.name)
                    .where(Customer.phone == normalized, Customer.deleted_at.is_(None))
                    .limit(1)
                ).scalar_one_or_none()
            name = known or render("desk.unnamed_customer", ctx.lang, last4=normalized[-4:])
        customer = CustomerInput(name=name, phone=normalized)
    elif name and question.strip():
        question = f"[{name}] {question.strip()}"
    return appointments.log_inquiry(
        ctx, actor, customer=customer, channel=channel, question=question, urgent=urgent
    )


def _attention(info: InquiryInfo, now: datetime) -> tuple[int, datetime]:
    clock = info.sla[0] if info.sla else None
    if clock is None:
        return (len(_ATTENTION), info.received_at)
    return (_ATTENTION.get(clock.status, len(_ATTENTION)), clock.due or now)


def inquiry_board(ctx: ServiceContext) -> list[InquiryInfo]:
    """P3: unanswered inquiries, overdue first, then due soon, then running; within each the
    earliest deadline first."""
    now = ctx.now()
    return sorted(appointments.open_inquiries(ctx), key=lambda info: _attention(info, now))


def inquiry_alerts(ctx: ServiceContext) -> list[InquiryInfo]:
    """P3: overdue inquiries surface as alerts (the desk home and the manager show them)."""
    return [
        info
        for info in inquiry_board(ctx)
        if any(clock.status is SlaStatus.OVERDUE for clock in info.sla)
    ]


def reply_inquiry(ctx: ServiceContext, actor: Actor, inquiry_id: str, reply: str) -> InquiryInfo:
    return appointments.reply_inquiry(ctx, actor, inquiry_id, reply)


# -- message templates (A4, W4, W5) ----------------------------------------------------------


def _check_kind(kind: str, lang: str) -> None:
    if kind not in TEMPLATE_KINDS:
        raise ValidationError("desk.template_kind", kind=kind)
    if lang not in TEMPLATE_LANGS:
        raise ValidationError("desk.template_lang", lang=lang)


def lone_brace(body: str, around: int = 8) -> str:
    """The text around the first brace without its partner ("{{" and "}}" are literal)."""
    index = 0
    while index < len(body):
        pair = body[index : index + 2]
        if pair in ("{{", "}}"):
            index += 2
            continue
        if body[index] == "}":
            break
        if body[index] == "{":
            close = body.find("}", index)
            reopen = body.find("{", index + 1)
            if close < 0 or 0 <= reopen < close:
                break
            index = close + 1
            continue
        index += 1
    else:
        index = 0
    return body[max(0, index - around) : index + around + 1].strip()


def check_template(kind: str, lang: str, body: str) -> tuple[str, ...]:
    """The placeholders `body` uses, or a ValidationError that says what is wrong: unbalanced
    braces, positional `{}` or a name this kind of message cannot fill (it would go out as a
    literal or empty, A4)."""
    _check_kind(kind, lang)
    if not body.strip():
        raise ValidationError("desk.template_empty")
    try:
        fields = [name for _, name, _, _ in Formatter().parse(body) if name is not None]
    except ValueError as err:
        # The text around the lone brace, not Python's English error (shown to a person).
        raise ValidationError("desk.template_syntax", detail=lone_brace(body)) from err
    known = KIND_PLACEHOLDERS[kind]
    unknown = sorted({f"{{{name}}}" for name in fields if name not in known})
    if unknown:
        raise ValidationError(
            "desk.template_unknown",
            names="、".join(unknown) if lang.startswith("zh") else ", ".join(unknown),
            allowed=" ".join(f"{{{name}}}" for name in known),
        )
    return tuple(dict.fromkeys(fields))


def list_templates(ctx: ServiceContext) -> list[TemplateInfo]:
    with ctx.reading() as session:
        saved = {
            (row.kind, row.lang): row.body
            for row in session.execute(
                select(MessageTemplate).where(MessageTemplate.deleted_at.is_(None))
            ).scalars()
        }
    result = []
    for kind in TEMPLATE_KINDS:
        for lang in TEMPLATE_LANGS:
            default = messaging.DEFAULT_TEMPLATES[(kind, lang)]
            body = saved.get((kind, lang)) or default
            result.append(TemplateInfo(kind, lang, body, body == default, KIND_PLACEHOLDERS[kind]))
    return result


def preview_template(ctx: ServiceContext, kind: str, lang: str, body: str) -> str:
    """The message as a customer would read it, filled with sample values and the dealer's
    own name."""
    check_template(kind, lang, body)
    with ctx.reading() as session:
        dealer = session.get(Dealer, identity(session).dealer_id)
        dealer_name = dealer.name if dealer else ""
    values = {**SAMPLE_VALUES[lang], "dealer": dealer_name}
    return body.format_map({name: values.get(name, "") for name in KIND_PLACEHOLDERS[kind]})


def save_template(
    ctx: ServiceContext, actor: Actor, kind: str, lang: str, body: str
) -> TemplateInfo:
    """Save the dealer's text through `messaging.set_template`, after `check_template`."""
    actor.require(Action.MANAGE_SETTINGS)
    used = check_template(kind, lang, body)
    with ctx.unit() as session:
        messaging.set_template(ctx.bound(session), actor, kind, lang, body)
        audit_only(ctx, session, actor, "set_template", f"{kind}/{lang}", {"uses": list(used)})
    default = messaging.DEFAULT_TEMPLATES[(kind, lang)]
    return TemplateInfo(kind, lang, body, body == default, KIND_PLACEHOLDERS[kind])


def reset_template(ctx: ServiceContext, actor: Actor, kind: str, lang: str) -> TemplateInfo:
    """Back to the standard text (saved as the body, so the change syncs like any other)."""
    return save_template(ctx, actor, kind, lang, messaging.DEFAULT_TEMPLATES[(kind, lang)])
