"""Demo data of key steps (W3) and QC (D1): consent on record and a key step with a frame of
the demo clip on in-work jobs with a key operation; QC rounds with evidence photos and torque
readings; some jobs fail QC first (a reason, an out-of-spec reading) and pass after rework."""

from __future__ import annotations

import random
from decimal import Decimal

from app.media.demo_clip import demo_frame
from app.media.store import MediaRef, MediaStore, encode_jpeg
from app.services import key_steps, qc
from app.services.context import Actor, ServiceContext

_PHOTOS: dict[tuple[str, str, int], MediaRef] = {}


def demo_photo(ctx: ServiceContext, subject: str, index: int) -> MediaRef:
    """A frame of the demo clip as a photo in the media store (made once per frame)."""
    key = (str(ctx.media_dir), subject, index)
    if key not in _PHOTOS:
        image = demo_frame(index, subject="appliance" if subject == "appliance" else "car")
        _PHOTOS[key] = MediaStore(ctx.media_dir).put_photo(encode_jpeg(image))
    return _PHOTOS[key]


def key_step(
    ctx: ServiceContext,
    advisor: Actor,
    tech: Actor,
    case_id: str,
    rng: random.Random,
    *,
    vehicle: bool,
) -> None:
    """W3 on a job in work: the customer's consent (mostly given at signing), then a key step
    on the key operation with a frame of the demo clip."""
    view = key_steps.key_steps_view(ctx, case_id)
    if not view.key_lines:
        return
    if rng.random() < 0.15:
        key_steps.record_consent(ctx, advisor, case_id, given=False, method="at_signing")
        return  # no media without consent: the step is written down without pictures
    method = "at_signing" if rng.random() < 0.7 else rng.choice(("in_person", "phone"))
    key_steps.record_consent(ctx, advisor, case_id, given=True, method=method)
    line = view.key_lines[0]
    step = key_steps.record_key_step(
        ctx, tech, case_id, title="拆检：" + line.description, line_id=line.line_id
    )
    subject = "car" if vehicle else "appliance"
    key_steps.attach_media(ctx, tech, step, demo_photo(ctx, subject, rng.choice((10, 40, 70, 100))))


def qc_fail(ctx: ServiceContext, inspector: Actor, case_id: str, rng: random.Random) -> None:
    """A failed round: a torque reading out of spec or a dirty job, with the reason."""
    view = qc.qc_view(ctx, case_id)
    checklist, readings = qc.ideal_inputs(view)
    # D1: the checks found FAILED, each with its reason (the others passed).
    if view.torque and rng.random() < 0.5:
        item = view.torque[0]
        readings[item.key] = str(item.min_nm - Decimal(8))
        failed = {"parts_secure": f"{item.fastener}扭矩不足，需重新按规范紧固"}
    else:
        failed = {
            "clean": "作业区域有油污，需清洁"
            if view.job_kind == "vehicle"
            else "外壳有手印和灰尘，需清洁"
        }
    for code in failed:
        checklist.pop(code, None)
    qc.record_qc(
        ctx, inspector, case_id, passed=False, checklist=checklist, failed=failed,
        readings=readings,
    )  # fmt: skip


def qc_pass(ctx: ServiceContext, inspector: Actor, case_id: str, *, vehicle: bool) -> None:
    """A pass: an evidence photo, every check of the job kind, readings within spec."""
    qc.attach_evidence(
        ctx, inspector, case_id, demo_photo(ctx, "car" if vehicle else "appliance", 60)
    )
    checklist, readings = qc.ideal_inputs(qc.qc_view(ctx, case_id))
    note = "故障排除，螺栓扭矩达标，路试正常" if vehicle else "故障排除，通电功能测试正常"
    qc.record_qc(
        ctx, inspector, case_id, passed=True, checklist=checklist, readings=readings, notes=note
    )
