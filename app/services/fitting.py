"""W2 at the bay (issue 8 items 4 and 5): parts fitted by scanning their packaging (a
keyboard-wedge scanner or the bay camera) or by choosing the approved line; only the part
number of an approved estimate line and no more than its quantity; the packaging photo and its
state kept → shown to the customer → handed over or disposed of (forward only); and extra work
found mid-job: lines added while the case is in work, fitted only after the customer's
recorded approval (signature pad, scanned paper sheet, or remote: who, when, how)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.errors import NotFound, TransitionError, ValidationError
from app.domain.fitting import Packaging, check_packaging, check_quantity, parse_packaging_code
from app.domain.lifecycle import CaseAction, CaseState, Decision, PartGrade, check_part_fit
from app.domain.roles import Action, Role
from app.domain.validation import require_text
from app.media.store import MediaRef, MediaStore
from app.services import messages_fitting as _messages  # noqa: F401  (registers codes)
from app.services._support import add_event, load_case, transition
from app.services.context import Actor, ServiceContext
from app.services.job import first_signed_version, own_job
from app.services.media_files import media_row
from app.services.reception import LineInput, build_line
from app.store.models import EstimateLine, ExtraApproval, PartUse, ServiceCase

PACKAGING_STATES = tuple(p.value for p in Packaging)
OLD_PART_FATES = ("to_customer", "returned_to_oem", "scrapped", "core_exchange")
ENTRIES = ("wedge", "camera", "chosen")
"""How the part was named: a keyboard-wedge scanner, the bay camera, chosen from the list."""
APPROVAL_METHODS = ("pad", "paper", "remote")
REMOTE_CHANNELS = ("phone", "sms", "wechat")
FITTING_STATES = frozenset({CaseState.IN_WORK, CaseState.PAUSED})


def _fitted_qty(session: Session, line_id: str) -> Decimal:
    total = Decimal(0)
    for (qty,) in session.execute(
        select(PartUse.qty).where(PartUse.line_id == line_id, PartUse.deleted_at.is_(None))
    ).all():
        total += Decimal(qty)
    return total


def _fit(
    ctx: ServiceContext,
    session: Session,
    actor: Actor,
    case: ServiceCase,
    line: EstimateLine,
    *,
    part_no: str,
    qty: str | None,
    batch: str,
    serial: str,
    entry: str,
    old_part_disposition: str,
    old_part_reason: str,
) -> PartUse:
    check_part_fit(
        Decision(line.decision),
        PartGrade(line.part_grade or "oem"),
        line_is_part=line.kind == "part",
    )
    if CaseState(case.state) not in FITTING_STATES:
        raise TransitionError("lifecycle.not_allowed", action="fit_part", state=case.state)
    approved = Decimal(line.qty)
    fitted = _fitted_qty(session, line.id)
    if qty is None:
        # One package per scan; a line of less than one unit (0.5 L) is fitted whole.
        adding = min(Decimal(1), approved - fitted) if approved - fitted > 0 else Decimal(1)
    else:
        try:
            adding = Decimal(str(qty))
        except ArithmeticError:
            raise ValidationError("case.qty") from None
    check_quantity(line.code or line.description, approved, fitted, adding)
    use = PartUse(
        dealer_id=case.dealer_id,
        case_id=case.id,
        line_id=line.id,
        part_no=line.code or part_no.strip().upper(),
        grade=line.part_grade,
        batch=batch.strip(),
        serial=serial.strip(),
        qty=str(adding),
        packaging_state=Packaging.KEPT.value,
        old_part_disposition=old_part_disposition,
        old_part_reason=old_part_reason,
        fitted_by=actor.staff_id,
        fitted_at=ctx.now(),
        entry=entry,
        created_at=ctx.now(),
    )
    session.add(use)
    session.flush()  # the row is the timeline's entry (app.services.timeline, issue 12)
    return use


def _check_args(entry: str, old_part_disposition: str) -> None:
    if entry not in ENTRIES:
        raise ValidationError("validate.required", field="entry")
    if old_part_disposition not in OLD_PART_FATES:
        raise ValidationError("validate.required", field="old part")


def fit_part(
    ctx: ServiceContext,
    actor: Actor,
    line_id: str,
    *,
    part_no: str,
    batch: str = "",
    serial: str = "",
    qty: str | None = None,
    entry: str = "chosen",
    old_part_disposition: str = "to_customer",
    old_part_reason: str = "",
) -> str:
    """W2: the part the customer confirmed on this line (no substitute), OEM or certified, no
    more than the approved quantity; its packaging is kept until acceptance. D3: what
    happens to the old part and why it was replaced. Returns the part_use id."""
    actor.require(Action.FIT_PART)
    _check_args(entry, old_part_disposition)
    with ctx.unit() as session:
        line = session.get(EstimateLine, line_id)
        if line is None or line.deleted_at is not None:
            raise NotFound("notfound.line", key=line_id)
        case = load_case(session, line.case_id)
        own_job(actor, case)
        if line.kind == "part" and line.code and part_no.strip().upper() != line.code.upper():
            # W2: no substitutes for what the customer confirmed.
            raise ValidationError("fitting.not_this_case", scanned=part_no.strip())
        use = _fit(
            ctx, session, actor, case, line, part_no=part_no, qty=qty, batch=batch,
            serial=serial, entry=entry, old_part_disposition=old_part_disposition,
            old_part_reason=old_part_reason,
        )  # fmt: skip
        return use.id


def fit_scanned(
    ctx: ServiceContext,
    actor: Actor,
    case_id: str,
    code: str,
    *,
    entry: str = "wedge",
    serial: str = "",
) -> str:
    """W2: a part named by the code read off its packaging (barcode: the part number; QR:
    ``P:<part no>;B:<batch>``). It must be the part number of an approved line of this case
    with quantity left; a code that is no part of this case is refused, saying so."""
    actor.require(Action.FIT_PART)
    _check_args(entry, "to_customer")
    part_no, batch = parse_packaging_code(code)
    if not part_no:
        raise ValidationError("fitting.empty_code")
    with ctx.unit() as session:
        case = load_case(session, case_id)
        own_job(actor, case)
        lines = list(
            session.execute(
                select(EstimateLine)
                .where(
                    EstimateLine.case_id == case.id,
                    EstimateLine.kind == "part",
                    EstimateLine.deleted_at.is_(None),
                    func.upper(EstimateLine.code) == part_no,
                )
                .order_by(EstimateLine.sort)
            ).scalars()
        )
        if not lines:
            raise ValidationError("fitting.not_this_case", scanned=part_no)
        approved = [ln for ln in lines if ln.decision == Decision.APPROVED.value]
        # The first approved line with quantity left; else the first line, which refuses
        # with the reason (not approved yet, or all fitted).
        line = next(
            (ln for ln in approved if _fitted_qty(session, ln.id) < Decimal(ln.qty)),
            approved[-1] if approved else lines[0],
        )
        use = _fit(
            ctx, session, actor, case, line, part_no=part_no, qty=None, batch=batch,
            serial=serial, entry=entry, old_part_disposition="to_customer", old_part_reason="",
        )  # fmt: skip
        return use.id


def set_packaging_state(ctx: ServiceContext, actor: Actor, part_use_id: str, state: str) -> None:
    """W2: kept → shown to the customer → handed over or disposed of; never back."""
    actor.require(Action.FIT_PART if not actor.has(Role.ADVISOR) else Action.DELIVER)
    with ctx.unit() as session:
        use = session.get(PartUse, part_use_id)
        if use is None:
            raise NotFound("notfound.part", key=part_use_id)
        target = check_packaging(use.packaging_state, state)
        use.packaging_state = target.value
        # The row records who and when: the transition's timeline entry (app.services.timeline,
        # issue 12), no packaging event.
        if target is Packaging.SHOWN:
            use.packaging_shown_at, use.packaging_shown_by = ctx.now(), actor.staff_id
        else:
            use.packaging_done_at, use.packaging_done_by = ctx.now(), actor.staff_id


def attach_packaging_photo(
    ctx: ServiceContext, actor: Actor, part_use_id: str, ref: MediaRef
) -> str:
    """W2: a photo of the fitted part's packaging (camera or file), stored in the media store
    and linked to the part_use. Returns the media_file id."""
    actor.require(Action.FIT_PART)
    if not ref.is_photo:
        raise ValidationError("fitting.not_a_photo")
    if not MediaStore(ctx.media_dir).has(ref.sha256):
        raise NotFound("fitting.photo_missing")
    with ctx.unit() as session:
        use = session.get(PartUse, part_use_id)
        if use is None:
            raise NotFound("notfound.part", key=part_use_id)
        case = load_case(session, use.case_id)
        own_job(actor, case)
        row = media_row(ctx, case, actor, ref, "packaging", use.id)
        session.add(row)
        session.flush()  # the row is the timeline's entry (app.services.timeline, issue 12)
        return row.id


# -- extra work found mid-job (issue 8 item 5) -----------------------------------------------


def _may_revise(actor: Actor, case: ServiceCase) -> None:
    """The advisor revises the estimate; at the bay the job's technician (or the team lead)
    adds what they found."""
    if actor.has(Role.ADVISOR) or actor.has(Role.MANAGER):
        actor.require(Action.ESTIMATE)
        return
    actor.require(Action.WORK)
    own_job(actor, case)


def add_extra_lines(
    ctx: ServiceContext,
    actor: Actor,
    case_id: str,
    lines: Sequence[LineInput],
    reason: str,
) -> list[str]:
    """Extra work found mid-job: the estimate is revised while the case stays in work (or
    paused) for the lines already approved. The new lines wait for the customer's approval
    (`approve_extra`) before any added part may be fitted. Returns the new line ids."""
    if not lines:
        raise ValidationError("fitting.no_lines")
    if not reason.strip():
        raise ValidationError("fitting.reason_required")
    with ctx.unit() as session:
        case = load_case(session, case_id)
        _may_revise(actor, case)
        if CaseState(case.state) not in FITTING_STATES:
            raise TransitionError(
                "lifecycle.not_allowed", action="revise_estimate", state=case.state
            )
        transition(
            ctx, session, actor, case, CaseAction.REVISE_ESTIMATE,
            {"reason": reason.strip(), "mid_job": True},
        )  # fmt: skip
        ids: list[str] = []
        for data in lines:
            line = build_line(session, case, data)
            line.added_in_version = case.estimate_version + 1
            line.decision = Decision.PENDING.value
            line.reason = line.reason or reason.strip()
            line.created_at = ctx.now()
            line.added_by = actor.staff_id  # with created_at, its timeline entry (issue 12)
            session.add(line)
            session.flush()
            ids.append(line.id)
        return ids


def pending_extra(session: Session, case: ServiceCase) -> list[EstimateLine]:
    return list(
        session.execute(
            select(EstimateLine)
            .where(
                EstimateLine.case_id == case.id,
                EstimateLine.deleted_at.is_(None),
                EstimateLine.decision == Decision.PENDING.value,
                EstimateLine.added_in_version > first_signed_version(session, case),
            )
            .order_by(EstimateLine.sort)
        ).scalars()
    )


def approve_extra(
    ctx: ServiceContext,
    actor: Actor,
    case_id: str,
    *,
    approved_ids: Sequence[str],
    approver_name: str,
    method: str,
    channel: str = "",
    approved_at: datetime | None = None,
    strokes: list[list[tuple[float, float]]] | None = None,
    scan: MediaRef | None = None,
    note: str = "",
) -> str:
    """The customer's answer to the extra lines, recorded before any added part may be fitted:
    on the signature pad (strokes), on a scanned paper sheet (`scan`, in the media store), or remotely
    (who, when, how: phone | sms | wechat). Lines not approved are declined. An insert-only
    record with a frozen snapshot; the approved version becomes the signed one, so the job
    carries on. Returns the extra_approval id."""
    if method not in APPROVAL_METHODS:
        raise ValidationError("fitting.approval_method")
    if method == "remote" and channel not in REMOTE_CHANNELS:
        raise ValidationError("fitting.approval_channel")
    if method == "pad" and not any(strokes or []):
        raise ValidationError("fitting.approval_signature")
    if method == "paper" and (scan is None or not MediaStore(ctx.media_dir).has(scan.sha256)):
        raise ValidationError("fitting.approval_scan")
    if not approver_name.strip():
        raise ValidationError("fitting.approval_name")
    with ctx.unit() as session:
        case = load_case(session, case_id)
        if actor.has(Role.ADVISOR) or actor.has(Role.MANAGER):
            actor.require(Action.RECORD_DECISION)
        else:
            actor.require(Action.WORK)
            own_job(actor, case)
        pending = pending_extra(session, case)
        if not pending:
            raise ValidationError("fitting.extra_none")
        pending_ids = {ln.id for ln in pending}
        if not set(approved_ids) <= pending_ids:
            raise ValidationError("fitting.extra_not_pending")
        now = ctx.now()
        version = case.estimate_version + 1
        items = []
        for line in pending:
            ok = line.id in approved_ids
            line.decision = (Decision.APPROVED if ok else Decision.DECLINED).value
            # A decline here is the customer's explicit answer to this very line.
            line.acknowledged = not ok
            line.decided_at = now
            line.decided_by = None  # the approval record names who (and is its timeline entry)
            line.added_in_version = version
            items.append(
                {
                    "id": line.id,
                    "kind": line.kind,
                    "code": line.code,
                    "description": line.description,
                    "qty": line.qty,
                    "hours": line.hours,
                    "unit_price_fen": line.unit_price_fen,
                    "rate_fen": line.rate_fen,
                    "decision": line.decision,
                }
            )
        snapshot = json.dumps(
            {
                "kind": "extra_work",
                "case_id": case.id,
                "order_no": case.order_no,
                "version": version,
                "lines": items,
            },
            ensure_ascii=False,
            sort_keys=True,
            separators=(",", ":"),
        )
        record = ExtraApproval(
            dealer_id=case.dealer_id,
            case_id=case.id,
            version=version,
            line_ids=json.dumps(sorted(approved_ids)),
            declined_ids=json.dumps(sorted(pending_ids - set(approved_ids))),
            method=method,
            channel=channel if method == "remote" else "",
            approver_name=require_text(approver_name, "approver", 100),
            approved_at=approved_at or now,
            recorded_by=actor.staff_id,
            media_sha256=scan.sha256 if scan is not None else "",
            strokes=json.dumps(strokes or []),
            snapshot=snapshot,
            snapshot_sha256=hashlib.sha256(snapshot.encode()).hexdigest(),
            note=note.strip(),
            created_at=now,
        )
        session.add(record)
        # P4 stays whole: the approved extra version is the customer's confirmed version.
        case.estimate_version = version
        case.signed_version = version
        session.flush()
        if scan is not None and method == "paper":
            session.add(media_row(ctx, case, actor, scan, "scan", record.id))
        add_event(
            ctx, session, actor, case, "extra_approved",
            detail={"method": method, "channel": channel, "approver": approver_name.strip()},
        )  # fmt: skip
        return record.id
