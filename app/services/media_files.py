"""Photos and videos of a case as records (I1, W3): the bytes are already in the media store
(captured off the GUI thread by app.media.capture); these calls link them to the case, its
damage mark or key step, and the diagram zone, and keep markup as data over the untouched
original."""

from __future__ import annotations

from sqlalchemy import select

from app.domain.errors import NotFound, PermissionDenied, ValidationError
from app.domain.roles import Action
from app.media import markup as markup_data
from app.media.store import MediaRef, MediaStore
from app.services import messages_floor_qc as _qc_messages  # noqa: F401  (registers codes)
from app.services import messages_reception as _messages  # noqa: F401  (registers codes)
from app.services._support import add_event, load_case
from app.services.context import Actor, ServiceContext
from app.services.dto import MediaInfo
from app.services.timeline import DOCUMENT_MEDIA
from app.store.models import DamageMark, MediaFile, ServiceCase

PURPOSES = ("damage", "intake", "key_step", "packaging", "scan", "signature", "qc_evidence")
GUARDED_PURPOSES = ("key_step", "qc_evidence")
"""Purposes the general path refuses: each has a service of its own with its guards."""


def media_row(
    ctx: ServiceContext,
    case: ServiceCase,
    actor: Actor,
    ref: MediaRef,
    purpose: str,
    subject_id: str | None,
    zone: str = "",
) -> MediaFile:
    now = ctx.now()
    return MediaFile(
        dealer_id=case.dealer_id,
        case_id=case.id,
        sha256=ref.sha256,
        mime=ref.mime,
        size=ref.size,
        purpose=purpose,
        subject_id=subject_id,
        zone=zone,
        width=ref.width,
        height=ref.height,
        duration_s=ref.duration_s,
        captured_by=actor.staff_id,
        captured_at=now,
        created_at=now,
    )


def _info(row: MediaFile) -> MediaInfo:
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


def _attach(
    ctx: ServiceContext,
    actor: Actor,
    case_id: str,
    ref: MediaRef,
    purpose: str,
    subject_id: str | None,
    zone: str,
) -> MediaInfo:
    actor.require(Action.MARK_DAMAGE if purpose in ("damage", "intake") else Action.VIEW)
    if purpose in GUARDED_PURPOSES:
        # W3/D1: key-step media go through app.services.key_steps (the job's technician or
        # team lead, to a step, with consent); QC evidence through app.services.qc.
        raise PermissionDenied("keystep.general_path")
    if purpose not in PURPOSES or purpose in DOCUMENT_MEDIA:
        # A scan or a signature image comes with its document (scan-back, signing), whose
        # event records it; the timeline shows other media from their rows (issue 12).
        raise ValidationError("reception.media_purpose", purpose=purpose)
    if not MediaStore(ctx.media_dir).has(ref.sha256):
        raise NotFound("reception.media_missing", sha=ref.sha256[:12])
    with ctx.unit() as session:
        case = load_case(session, case_id)
        if subject_id is not None and purpose == "damage":
            mark = session.get(DamageMark, subject_id)
            if mark is None or mark.case_id != case.id:
                raise NotFound("notfound.media", key=subject_id)
            zone = zone or mark.zone
        row = media_row(ctx, case, actor, ref, purpose, subject_id, zone)
        session.add(row)
        session.flush()  # the row is the timeline's entry (app.services.timeline, issue 12)
        return _info(row)


def attach_photo(
    ctx: ServiceContext,
    actor: Actor,
    case_id: str,
    ref: MediaRef,
    purpose: str,
    subject_id: str | None = None,
    zone: str = "",
) -> MediaInfo:
    """I1(b): a photo of the item's state, of a damage mark (`subject_id`) on a zone."""
    if not ref.is_photo:
        raise ValidationError("reception.media_kind", wanted="photo", mime=ref.mime)
    return _attach(ctx, actor, case_id, ref, purpose, subject_id, zone)


def attach_video(
    ctx: ServiceContext,
    actor: Actor,
    case_id: str,
    ref: MediaRef,
    purpose: str,
    subject_id: str | None = None,
    zone: str = "",
) -> MediaInfo:
    """A short clip (mp4v .mp4) of the damage or a key step, kept even when cut short."""
    if not ref.is_video:
        raise ValidationError("reception.media_kind", wanted="video", mime=ref.mime)
    return _attach(ctx, actor, case_id, ref, purpose, subject_id, zone)


def set_markup(ctx: ServiceContext, actor: Actor, media_id: str, markup_json: str) -> MediaInfo:
    """Arrows, circles and notes over a photo, stored as data: the original stays untouched."""
    actor.require(Action.MARK_DAMAGE)
    shapes = markup_data.from_json(markup_json)  # validates: media.bad_markup
    with ctx.unit() as session:
        row = session.get(MediaFile, media_id)
        if row is None or row.deleted_at is not None or row.case_id is None:
            raise NotFound("notfound.media", key=media_id)
        if not row.mime.startswith("image/"):
            raise ValidationError("reception.media_kind", wanted="photo", mime=row.mime)
        row.markup = markup_data.to_json(shapes)
        case = load_case(session, row.case_id)
        add_event(
            ctx, session, actor, case, "markup", detail={"media": row.id, "shapes": len(shapes)}
        )
        return _info(row)


def markup_of(ctx: ServiceContext, media_id: str) -> str:
    with ctx.reading() as session:
        value = session.execute(
            select(MediaFile.markup).where(MediaFile.id == media_id)
        ).scalar_one_or_none()
        if value is None:
            raise NotFound("notfound.media", key=media_id)
        return str(value)
