"""QC (D1). Settlement and delivery are in services/settlement.py and handover.py; feedback,
complaints, comebacks, closing and cancelling in services/aftercare.py."""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import func, select

from app.domain.errors import ValidationError
from app.domain.lifecycle import CaseAction
from app.domain.qc import QC_CHECKS as QC_CHECKS  # D1; re-exported for callers
from app.domain.roles import Action
from app.services import messaging
from app.services._support import case_ref, load_case, transition
from app.services.context import Actor, ServiceContext
from app.services.dto import CaseRef
from app.services.reception import canonical
from app.store.models import QcInspection


def record_qc(
    ctx: ServiceContext,
    actor: Actor,
    case_id: str,
    *,
    passed: bool,
    checklist: dict[str, bool],
    notes: str = "",
    torque: list[dict[str, str]] | None = None,
) -> CaseRef:
    """D1: the technical supervisor's re-inspection. Passing needs every check ticked; a fail
    sends the job back to the bay as rework."""
    actor.require(Action.QC)
    missing = [c for c in QC_CHECKS if not checklist.get(c, False)]
    if passed and missing:
        raise ValidationError("validate.required", field=", ".join(missing))
    if not passed and not notes.strip():
        raise ValidationError("case.reason_required")
    with ctx.unit() as session:
        case = load_case(session, case_id)
        round_no = 1 + int(
            session.execute(
                select(func.count())
                .select_from(QcInspection)
                .where(QcInspection.case_id == case.id)
            ).scalar_one()
        )
        body = canonical(
            {
                "case": case.id,
                "round": round_no,
                "passed": passed,
                "checklist": checklist,
                "notes": notes,
            }
        )
        now = ctx.now()
        transition(
            ctx, session, actor, case, CaseAction.QC_PASS if passed else CaseAction.QC_FAIL,
            {"round": round_no, "notes": notes},
        )  # fmt: skip
        session.add(
            QcInspection(
                dealer_id=case.dealer_id,
                case_id=case.id,
                round=round_no,
                result="pass" if passed else "fail",
                checklist=json.dumps(checklist, sort_keys=True),
                torque=json.dumps(torque or [], ensure_ascii=False),
                notes=notes,
                inspector_id=actor.staff_id,
                at=now,
                snapshot_sha256=hashlib.sha256(body.encode()).hexdigest(),
                created_at=now,
            )
        )
        if passed:
            # D1: only after QC passes is the customer called.
            messaging.queue_case_message(ctx, session, actor, case, "ready")
        return case_ref(case)
