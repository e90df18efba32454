"""Outbound customer messages (A4 reminders, W4 progress, W5 delay notices).

Messages wait in the `customer_message` queue, visibly `queued`, until a gateway (through head
office) reports them sent. Texts are templates the dealer can edit; placeholders are
``{customer}``, ``{advisor}``, ``{advisor_phone}``, ``{dealer}``, ``{time}``, ``{order_no}``,
``{detail}``, ``{eta}``, ``{compensation}``, ``{documents}``.
"""

from __future__ import annotations

from datetime import datetime
from string import Formatter

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import ValidationError
from app.services._support import identity
from app.services.context import Actor, ServiceContext
from app.store.models import (
    Appointment,
    Customer,
    CustomerMessage,
    Dealer,
    MessageTemplate,
    ServiceCase,
    Staff,
)

DEFAULT_TEMPLATES: dict[tuple[str, str], str] = {
    ("reminder", "zh_CN"): (
        "【{dealer}】{customer}您好，您的预约已确认：{time}。服务顾问：{advisor}，电话{advisor_phone}。"
        "请携带：{documents}。"
    ),
    ("reminder", "en"): (
        "[{dealer}] Dear {customer}, your appointment is confirmed for {time}. Your service "
        "advisor is {advisor}, phone {advisor_phone}. Please bring: {documents}."
    ),
    ("progress", "zh_CN"): "【{dealer}】{customer}您好，工单{order_no}进展：{detail}",
    ("progress", "en"): "[{dealer}] Dear {customer}, progress on {order_no}: {detail}",
    ("delay", "zh_CN"): (
        "【{dealer}】{customer}您好，非常抱歉，工单{order_no}因{detail}需延迟，预计{eta}完工。"
        "为表歉意，我们为您提供：{compensation}。"
    ),
    ("delay", "en"): (
        "[{dealer}] Dear {customer}, we are sorry: {order_no} is delayed ({detail}); new "
        "completion time {eta}. As an apology we offer: {compensation}."
    ),
    (
        "ready",
        "zh_CN",
    ): "【{dealer}】{customer}您好，工单{order_no}已完工并通过质检，欢迎取车/取件。",
    (
        "ready",
        "en",
    ): "[{dealer}] Dear {customer}, {order_no} is finished and passed QC: ready for you.",
    # P2 (issue 9 item 8): the customer is told who owns the case after a hand-over.
    ("hand_over", "zh_CN"): (
        "【{dealer}】{customer}您好，工单{order_no}现由服务顾问{advisor}负责，电话{advisor_phone}。"
    ),
    ("hand_over", "en"): (
        "[{dealer}] Dear {customer}, your service advisor for {order_no} is now {advisor}, "
        "phone {advisor_phone}."
    ),
}

DOCUMENTS = {
    "vehicle": ("行驶证、保养手册、车钥匙", "vehicle licence, service booklet, keys"),
    "appliance": ("购机发票或保修卡", "purchase invoice or warranty card"),
}

PLACEHOLDERS = frozenset(
    {
        "customer",
        "advisor",
        "advisor_phone",
        "dealer",
        "time",
        "order_no",
        "detail",
        "eta",
        "compensation",
        "documents",
    }
)


def template_text(session: Session, kind: str, lang: str) -> str:
    row = session.execute(
        select(MessageTemplate.body)
        .where(MessageTemplate.kind == kind, MessageTemplate.lang == lang)
        .where(MessageTemplate.deleted_at.is_(None))
        .limit(1)
    ).scalar_one_or_none()
    return row or DEFAULT_TEMPLATES[(kind, "zh_CN" if lang.startswith("zh") else "en")]


def set_template(ctx: ServiceContext, actor: Actor, kind: str, lang: str, body: str) -> None:
    """The dealer edits a message text; unknown placeholders are refused so no message goes
    out with a literal ``{typo}`` in it."""
    from app.domain.roles import Action

    actor.require(Action.MANAGE_SETTINGS)
    try:
        names = {name for _, name, _, _ in Formatter().parse(body) if name is not None}
    except ValueError:
        raise ValidationError("messaging.bad_template") from None
    unknown = names - PLACEHOLDERS
    if unknown:
        raise ValidationError("messaging.unknown_placeholder", names=", ".join(sorted(unknown)))
    with ctx.unit() as session:
        row = session.execute(
            select(MessageTemplate).where(
                MessageTemplate.kind == kind, MessageTemplate.lang == lang
            )
        ).scalar_one_or_none()
        if row is None:
            row = MessageTemplate(
                dealer_id=identity(session).dealer_id, kind=kind, lang=lang, created_at=ctx.now()
            )
            session.add(row)
        row.body = body


def _fill(text: str, values: dict[str, str]) -> str:
    return text.format_map({key: values.get(key, "") for key in PLACEHOLDERS})


def _queue(
    ctx: ServiceContext,
    session: Session,
    actor: Actor | None,
    *,
    kind: str,
    customer: Customer,
    body: str,
    case_id: str | None = None,
    appointment_id: str | None = None,
    send_after: datetime | None = None,
) -> CustomerMessage:
    """A message on the outbound queue; with `send_after` the gateway sends it only from then
    (D5: the next-service reminder waits for its due date)."""
    message = CustomerMessage(
        dealer_id=identity(session).dealer_id,
        case_id=case_id,
        appointment_id=appointment_id,
        customer_id=customer.id,
        kind=kind,
        channel=customer.preferred_channel if customer.preferred_channel != "phone" else "sms",
        to=customer.phone,
        body=body,
        status="queued",
        queued_at=ctx.now(),
        sent_by=actor.staff_id if actor else None,
        created_at=ctx.now(),
        send_after=send_after,
    )
    session.add(message)
    return message


def _common(session: Session, customer: Customer, advisor_id: str | None) -> dict[str, str]:
    dealer = session.get(Dealer, identity(session).dealer_id)
    advisor = session.get(Staff, advisor_id) if advisor_id else None
    return {
        "customer": customer.name,
        "dealer": dealer.name if dealer else "",
        "advisor": advisor.name if advisor else "",
        "advisor_phone": (advisor.phone or (dealer.phone if dealer else "")) if advisor else "",
    }


def queue_reminder(
    ctx: ServiceContext, session: Session, actor: Actor, appt: Appointment
) -> CustomerMessage:
    """A4: advisor name and contact, and the documents to bring."""
    from app.store.models import Asset

    customer = session.get(Customer, appt.customer_id)
    assert customer is not None
    asset = session.get(Asset, appt.asset_id) if appt.asset_id else None
    zh = customer.language.startswith("zh")
    docs = DOCUMENTS["vehicle" if asset is None or asset.kind == "vehicle" else "appliance"]
    values = _common(session, customer, appt.advisor_id)
    values["time"] = appt.desired_at.strftime("%Y-%m-%d %H:%M")
    values["documents"] = docs[0] if zh else docs[1]
    body = _fill(template_text(session, "reminder", customer.language), values)
    return _queue(
        ctx, session, actor, kind="reminder", customer=customer, body=body, appointment_id=appt.id
    )


def queue_case_message(
    ctx: ServiceContext,
    session: Session,
    actor: Actor | None,
    case: ServiceCase,
    kind: str,
    *,
    detail: str = "",
    eta: datetime | None = None,
    compensation: str = "",
) -> CustomerMessage:
    customer = session.get(Customer, case.customer_id)
    assert customer is not None
    values = _common(session, customer, case.owner_id)
    values.update(
        order_no=case.order_no,
        detail=detail,
        eta=eta.strftime("%m-%d %H:%M") if eta else "",
        compensation=compensation,
    )
    body = _fill(template_text(session, kind, customer.language), values)
    return _queue(ctx, session, actor, kind=kind, customer=customer, body=body, case_id=case.id)
