"""The demo's past went out when it happened: an enrolling demo bay must not text customers
about visits of months ago. Only messages due in the last day, and reminders not yet due,
wait for head office."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from app.services.context import ServiceContext
from app.store.models import CustomerMessage


def test_only_recent_or_not_yet_due_messages_wait(demo_ctx: ServiceContext) -> None:
    due = func.coalesce(CustomerMessage.send_after, CustomerMessage.queued_at)
    day_ago = demo_ctx.now() - timedelta(days=1)
    with demo_ctx.db.read() as session:
        stale = session.execute(
            select(func.count()).where(CustomerMessage.status == "queued", due < day_ago)
        ).scalar_one()
        sent = list(
            session.execute(
                select(CustomerMessage).where(CustomerMessage.status == "sent")
            ).scalars()
        )
        waiting = session.execute(
            select(func.count()).where(CustomerMessage.status == "queued")
        ).scalar_one()
    assert stale == 0
    assert len(sent) > 50  # replicated history and the services-made past quarters
    for message in sent:
        assert message.sent_at is not None
        lag = message.sent_at - (message.send_after or message.queued_at)
        assert timedelta(seconds=3) <= lag <= timedelta(seconds=90)
    assert waiting > 0  # today's messages and reminders not yet due still wait
