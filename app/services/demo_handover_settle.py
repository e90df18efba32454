"""Demo data of the settlement and delivery (issue 9 item 9, handover-settle's part):
parts fitted during the work (part_use), now and then an approved part found unnecessary,
settlements from the actual work with every difference explained, signed, delivered."""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta

from sqlalchemy import func, select

from app.media.store import MediaStore, encode_jpeg
from app.services import documents, fitting, handover, settlement
from app.services._support import identity
from app.services.context import Actor, ServiceContext
from app.store.models import Asset, Dealer, Document, EstimateLine, PartUse, ServiceCase

PRINTED_CASES = 4
"""Delivered demo cases whose settlement sheet and delivery documents are printed (PDFs take
time: the demo runs in test fixtures)."""
VALUE_ADDED = ("免费洗车", "车内消毒", "空调滤芯检查", "家电免费清洁保养")
"""D6: the demo dealer's list of value-added services offered at delivery."""

NOT_FITTED_REASON = "拆检后原件状况良好，经客户同意不更换，不收取此项费用"
DIFFERENCE_REASONS = {
    "labor": "实际工时与标准工时不同（按计时器结算）",
    "part": "实际用量与预估不同，已向客户说明",
}


def fit_parts(ctx: ServiceContext, tech: Actor, case_id: str, rng: random.Random) -> None:
    """W2: the technician fits the approved parts; about one case in eight keeps an old part
    that turned out to be fine (never billed: P4)."""
    from app.services.demo_floor_tech import _right_part, packaging_label

    store = MediaStore(ctx.media_dir)

    with ctx.reading() as session:
        case = session.get(ServiceCase, case_id)
        asset = session.get(Asset, case.asset_id) if case is not None else None
        lines = list(
            session.execute(
                select(EstimateLine.id, EstimateLine.code).where(
                    EstimateLine.case_id == case_id,
                    EstimateLine.kind == "part",
                    EstimateLine.decision == "approved",
                    EstimateLine.deleted_at.is_(None),
                )
            ).all()
        )
    skip = rng.randrange(len(lines)) if lines and rng.random() < 0.125 else -1
    for index, (line_id, code) in enumerate(lines):
        if index == skip or asset is None or not _right_part(asset, code):
            continue  # never a part of another make (the demo's quotes are not all right)
        batch = f"B{rng.randint(2401, 2612)}"
        use_id = fitting.fit_part(
            ctx, tech, line_id, part_no=code, batch=batch,
            old_part_disposition=rng.choice(("to_customer", "to_customer", "scrapped")),
            old_part_reason="磨损超限" if rng.random() < 0.5 else "老化渗漏",
        )  # fmt: skip
        # W2: the packaging is photographed when the part is fitted, as at the bay.
        ref = store.put_photo(encode_jpeg(packaging_label(code, batch)))
        fitting.attach_packaging_photo(ctx, tech, use_id, ref)


def _few_printed_yet(ctx: ServiceContext) -> bool:
    with ctx.reading() as session:
        count = session.scalar(
            select(func.count()).select_from(Document).where(Document.kind == "repair_record")
        )
    return int(count or 0) < PRINTED_CASES


def settle_and_deliver(
    ctx: ServiceContext,
    advisor: Actor,
    case_id: str,
    rng: random.Random,
    now: datetime,
    signer: str,
) -> None:
    """D4: settle from the actual work, explain each difference, the customer signs on the
    pad; D2–D6: deliver."""
    with ctx.unit() as session:
        dealer = session.get(Dealer, identity(session).dealer_id)
        if dealer is not None and dealer.value_added == "[]":
            dealer.value_added = json.dumps(list(VALUE_ADDED), ensure_ascii=False)
    discount = rng.choice(("0", "0", "0", "50"))
    draft = settlement.draft(ctx, advisor, case_id, discount=discount, discount_reason="会员优惠")
    reasons = {
        d.key: NOT_FITTED_REASON
        if d.kind == "part" and d.actual == 0
        else DIFFERENCE_REASONS.get(d.kind, "")
        for d in draft.result.differences
        if d.kind in ("labor", "part") and not d.reason
    }
    settlement.settle(
        ctx, advisor, case_id, discount=discount, discount_reason="会员优惠", reasons=reasons
    )
    printed = _few_printed_yet(ctx)
    if printed:  # the sheet the customer signs (P4, D4)
        documents.print_document(ctx, advisor, case_id, "settlement")
    settlement.sign_settlement(ctx, advisor, case_id, signer_name=signer, method="pad")
    with ctx.reading() as session:
        uses = list(
            session.execute(
                select(PartUse.id).where(PartUse.case_id == case_id, PartUse.deleted_at.is_(None))
            ).scalars()
        )
    for use_id in uses:  # W2/D3: the packaging is shown to the customer at delivery
        fitting.set_packaging_state(ctx, advisor, use_id, "shown_to_customer")
    handover.deliver(
        ctx, advisor, case_id, checklist=dict.fromkeys(handover.CHECKS, True),
        next_service_on=(now + timedelta(days=90)).date(), value_added=("免费洗车",),
    )  # fmt: skip
    for use_id in uses:  # and handed over, or disposed of at the customer's choice
        fate = "disposed" if rng.random() < 0.3 else "handed_to_customer"
        fitting.set_packaging_state(ctx, advisor, use_id, fate)
    if printed:  # D5: the documents handed over
        for kind in ("repair_record", "warranty_card", "maintenance_advice"):
            documents.print_document(ctx, advisor, case_id, kind)
