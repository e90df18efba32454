"""W3: key operations (engine repair, appliance circuit work) recorded with photos or video,
with the customer's consent, as quality-traceability evidence.

The customer's answer is a record of its own (given or refused, how, recorded by whom); a
key step names its labor line and the consent its media rely on. Key-step media are attached
here only: by the job's technician or the team lead, to a step, with consent on record, before
QC passes (the general media path refuses purpose "key_step"). `key_steps_of` is what the
repair record prints.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import NotFound, PermissionDenied, ValidationError
from app.domain.qc import CONSENT_METHODS
from app.domain.roles import Action, Role
from app.domain.validation import require_text
from app.media.store import MediaRef, MediaStore
from app.services import messages_floor_qc as _messages  # noqa: F401  (registers codes)
from app.services._support import add_event, load_case, write_order
from app.services.context import Actor, ServiceContext
from app.services.dto import (
    ConsentInfo,
    KeyLine,
    KeyStepInfo,
    KeyStepsView,
    MediaInfo,
)
from app.services.qc import ensure_unsealed
from app.store.models import (
    EstimateLine,
    KeyStep,
    KeyStepConsent,
    LaborOp,
    MediaFile,
    ServiceCase,
    Staff,
)

PURPOSE = "key_step"
OPEN_STATES = ("in_work", "paused", "qc")


def _latest_consent(session: Session, case_id: str) -> KeyStepConsent | None:
    return session.execute(
        select(KeyStepConsent)
        .where(KeyStepConsent.case_id == case_id, KeyStepConsent.deleted_at.is_(None))
        .order_by(
            KeyStepConsent.at.desc(),
            KeyStepConsent.updated_hlc.desc(),
            write_order(KeyStepConsent, desc=True),
        )
        .limit(1)
    ).scalar_one_or_none()


def _own_job(actor: Actor, case: ServiceCase) -> None:
    """Only the job's technician or the team lead records key steps and their media."""
    if case.technician_id != actor.staff_id and not actor.has(Role.TEAM_LEAD):
        raise PermissionDenied("keystep.not_your_job")


def record_consent(
    ctx: ServiceContext,
    actor: Actor,
    case_id: str,
    *,
    given: bool,
    method: str,
    customer_name: str = "",
    note: str = "",
) -> str:
    """W3: the customer's answer to key-step photos and video, and how it was given: at
    signing the confirmation (the advisor), or at the bay in person, by phone or by message.
    A newer answer replaces the older one for what follows; nothing is overwritten."""
    if not (actor.has(Role.ADVISOR) or actor.has(Role.MANAGER)):
        actor.require(Action.RECORD_KEY_STEP)
    if method not in CONSENT_METHODS:
        raise ValidationError("keystep.consent_method")
    with ctx.unit() as session:
        case = load_case(session, case_id)
        row = KeyStepConsent(
            dealer_id=case.dealer_id,
            case_id=case.id,
            given=given,
            method=method,
            customer_name=(customer_name or case.customer_name).strip()[:100],
            note=note.strip(),
            recorded_by=actor.staff_id,
            at=ctx.now(),
            created_at=ctx.now(),
        )
        session.add(row)
        session.flush()
        add_event(
            ctx, session, actor, case, "key_step_consent",
            detail={"consent": given, "method": method},
        )  # fmt: skip
        return row.id


def record_key_step(
    ctx: ServiceContext,
    actor: Actor,
    case_id: str,
    *,
    title: str,
    line_id: str | None = None,
    note: str = "",
    with_media: bool = True,
) -> str:
    """W3: a key operation of the job. A step that will carry photos or video needs the
    customer's consent on record first. Returns the step's id."""
    actor.require(Action.RECORD_KEY_STEP)
    with ctx.unit() as session:
        case = load_case(session, case_id)
        _own_job(actor, case)
        ensure_unsealed(session, case.id)
        if case.state not in OPEN_STATES:
            raise ValidationError("lifecycle.not_allowed", action="key_step", state=case.state)
        if line_id is not None:
            line = session.get(EstimateLine, line_id)
            if line is None or line.case_id != case.id or line.kind != "labor":
                raise ValidationError("keystep.line")
        consent = _latest_consent(session, case.id)
        given = consent is not None and consent.given
        if with_media and not given:
            raise ValidationError("keystep.no_consent")
        step = KeyStep(
            dealer_id=case.dealer_id,
            case_id=case.id,
            title=require_text(title, "title", 200),
            consent=given,
            consent_id=consent.id if consent is not None else None,
            line_id=line_id,
            note=note.strip(),
            recorded_by=actor.staff_id,
            created_at=ctx.now(),
        )
        session.add(step)
        session.flush()
        add_event(
            ctx, session, actor, case, "key_step", detail={"title": step.title, "consent": given}
        )
        return step.id


def attach_media(ctx: ServiceContext, actor: Actor, step_id: str, ref: MediaRef) -> MediaInfo:
    """W3: a photo or clip of a key step (a partial clip of a lost camera too). Only the job's
    technician or the team lead, only to a step, only with the customer's consent."""
    from app.services.media_files import media_row

    actor.require(Action.RECORD_KEY_STEP)
    if not (ref.is_photo or ref.is_video):
        raise ValidationError("reception.media_kind", wanted="photo", mime=ref.mime)
    if not MediaStore(ctx.media_dir).has(ref.sha256):
        raise NotFound("reception.media_missing", sha=ref.sha256[:12])
    with ctx.unit() as session:
        step = session.get(KeyStep, step_id)
        if step is None or step.deleted_at is not None:
            raise NotFound("notfound.key_step", key=step_id)
        case = load_case(session, step.case_id)
        _own_job(actor, case)
        ensure_unsealed(session, case.id)
        if case.state not in OPEN_STATES:
            raise ValidationError("lifecycle.not_allowed", action="key_step", state=case.state)
        consent = _latest_consent(session, case.id)
        if consent is None or not consent.given:
            raise ValidationError("keystep.no_consent")
        if not step.consent:
            step.consent, step.consent_id = True, consent.id
        row = media_row(ctx, case, actor, ref, PURPOSE, step.id)
        session.add(row)
        session.flush()  # the row is the timeline's entry (app.services.timeline, issue 12)
        return _media_info(row)


def _media_info(row: MediaFile) -> MediaInfo:
    return MediaInfo(
        id=row.id,
        sha256=row.sha256,
        mime=row.mime,
        purpose=row.purpose,
        subject_id=row.subject_id,
        zone=row.zone,
        captured_at=row.captured_at,
        duration_s=row.duration_s,
    )


def _steps(session: Session, case_id: str) -> list[KeyStepInfo]:
    names = {r[0]: r[1] for r in session.execute(select(Staff.id, Staff.name))}
    lines = {
        r[0]: r[1]
        for r in session.execute(
            select(EstimateLine.id, EstimateLine.description).where(EstimateLine.case_id == case_id)
        )
    }
    consents = {
        c.id: c
        for c in session.execute(
            select(KeyStepConsent).where(KeyStepConsent.case_id == case_id)
        ).scalars()
    }
    media: dict[str, list[MediaFile]] = {}
    for row in session.execute(
        select(MediaFile)
        .where(
            MediaFile.case_id == case_id,
            MediaFile.purpose == PURPOSE,
            MediaFile.deleted_at.is_(None),
        )
        .order_by(MediaFile.captured_at, write_order(MediaFile))
    ).scalars():
        media.setdefault(row.subject_id or "", []).append(row)
    result = []
    for step in session.execute(
        select(KeyStep)
        .where(KeyStep.case_id == case_id, KeyStep.deleted_at.is_(None))
        .order_by(KeyStep.created_at, write_order(KeyStep))
    ).scalars():
        consent = consents.get(step.consent_id or "")
        rows = media.get(step.id, [])
        result.append(
            KeyStepInfo(
                id=step.id,
                title=step.title,
                line=lines.get(step.line_id or "", ""),
                line_id=step.line_id,
                consent=step.consent,
                consent_method=consent.method if consent is not None else "",
                note=step.note,
                recorded_by=names.get(step.recorded_by, ""),
                at=step.created_at,
                media_ids=tuple(r.id for r in rows),
                media=tuple(_media_info(r) for r in rows),
                media_seconds=tuple(r.duration_s for r in rows),
            )
        )
    return result


def key_steps_of(ctx: ServiceContext, case_id: str) -> list[KeyStepInfo]:
    """W3 for the repair record (D5): every key step with its labor line, consent and media."""
    with ctx.reading() as session:
        case = load_case(session, case_id)
        return _steps(session, case.id)


def key_steps_view(ctx: ServiceContext, case_id: str) -> KeyStepsView:
    """The key-steps page: consent on record, the key operations of the job, the steps."""
    with ctx.reading() as session:
        case = load_case(session, case_id)
        consent = _latest_consent(session, case.id)
        recorder = session.get(Staff, consent.recorded_by) if consent is not None else None
        key_codes = set(
            session.execute(select(LaborOp.code).where(LaborOp.key_operation.is_(True))).scalars()
        )
        key_lines = tuple(
            KeyLine(line.id, line.code, line.description)
            for line in session.execute(
                select(EstimateLine)
                .where(
                    EstimateLine.case_id == case.id,
                    EstimateLine.kind == "labor",
                    EstimateLine.deleted_at.is_(None),
                    EstimateLine.decision == "approved",
                )
                .order_by(EstimateLine.sort)
            ).scalars()
            if line.code in key_codes
        )
        return KeyStepsView(
            case_id=case.id,
            order_no=case.order_no,
            state=case.state,
            asset_label=case.asset_label,
            customer_name=case.customer_name,
            technician_id=case.technician_id,
            consent=ConsentInfo(
                given=consent.given,
                method=consent.method,
                customer_name=consent.customer_name,
                recorded_by=recorder.name if recorder is not None else "",
                at=consent.at,
            )
            if consent is not None
            else None,
            key_lines=key_lines,
            steps=tuple(_steps(session, case.id)),
        )
