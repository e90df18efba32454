"""Improvement actions (P5): created from a weak spot, with owner, due date, status and notes,
tracked to closure. Only roles allowed `Action.IMPROVEMENT` change them; every change is
audited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.domain.errors import NotFound, ValidationError
from app.domain.roles import Action
from app.services import messages_kpi  # noqa: F401  (registers the catalogue)
from app.services._support import audit_only, identity, load_staff
from app.services.context import Actor, ServiceContext
from app.store.models import ImprovementAction

STATUSES = ("open", "in_progress", "done", "dropped")
CLOSED = ("done", "dropped")


@dataclass(frozen=True)
class ImprovementInfo:
    id: str
    title: str
    source: str
    """The weak spot it came from: a rule id (W1 …) or a stage pair, as the standard names it."""
    owner_id: str | None
    due_on: date | None
    status: str
    notes: str

    def overdue(self, today: date) -> bool:
        return self.status not in CLOSED and self.due_on is not None and self.due_on < today


def _info(row: ImprovementAction) -> ImprovementInfo:
    return ImprovementInfo(
        row.id, row.title, row.source, row.owner_id, row.due_on, row.status, row.notes
    )


def create_action(
    ctx: ServiceContext,
    actor: Actor,
    *,
    title: str,
    source: str,
    owner_id: str | None,
    due_on: date | None,
    notes: str = "",
) -> ImprovementInfo:
    actor.require(Action.IMPROVEMENT)
    if not title.strip():
        raise ValidationError("kpi.action_title")
    with ctx.unit() as session:
        if owner_id is not None:
            load_staff(session, owner_id)
        row = ImprovementAction(
            dealer_id=identity(session).dealer_id,
            title=title.strip(),
            source=source,
            owner_id=owner_id,
            due_on=due_on,
            notes=notes,
            created_at=ctx.now(),
        )
        session.add(row)
        session.flush()
        audit_only(ctx, session, actor, "improvement_created", row.id, {"source": source})
        return _info(row)


def update_action(
    ctx: ServiceContext,
    actor: Actor,
    action_id: str,
    *,
    status: str | None = None,
    notes: str | None = None,
    due_on: date | None = None,
) -> ImprovementInfo:
    actor.require(Action.IMPROVEMENT)
    if status is not None and status not in STATUSES:
        raise ValidationError("kpi.action_status")
    with ctx.unit() as session:
        row = session.get(ImprovementAction, action_id)
        if row is None or row.deleted_at is not None:
            raise NotFound("kpi.action_missing")
        if status is not None:
            row.status = status
        if notes is not None:
            row.notes = notes
        if due_on is not None:
            row.due_on = due_on
        audit_only(ctx, session, actor, "improvement_updated", row.id, {"status": row.status})
        return _info(row)


def list_actions(ctx: ServiceContext, *, open_only: bool = False) -> tuple[ImprovementInfo, ...]:
    with ctx.reading() as session:
        query = select(ImprovementAction).where(ImprovementAction.deleted_at.is_(None))
        if open_only:
            query = query.where(ImprovementAction.status.not_in(CLOSED))
        rows = session.scalars(query.order_by(ImprovementAction.due_on, ImprovementAction.title))
        return tuple(_info(row) for row in rows)


def overdue_actions(ctx: ServiceContext) -> tuple[ImprovementInfo, ...]:
    """For the manager's home: open actions past their due date."""
    today = ctx.now().date()
    return tuple(a for a in list_actions(ctx, open_only=True) if a.overdue(today))
