"""P4/D4 (issue 9 item 1): the settlement service bills the actual work."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from app.domain.errors import ValidationError
from app.services import bay, demo
from app.services import settlement as settle_svc
from app.services.setup import open_workstation
from app.store.models import Dealer, PartUse, ServiceCase, Settlement, Signature

from .conftest import BRAKE_PADS


def _to_qc_without_pads(ws: Any) -> str:
    """A case whose approved brake pads were never fitted (the technician found them fine)."""
    case_id = ws.walk_in()
    ws.drive(case_id, "in_work")
    bay.finish_work(ws.ctx, ws.tech, case_id)
    return case_id


def test_an_approved_part_never_fitted_is_not_billed_and_its_reason_is_required(
    workshop: Any,
) -> None:
    ws = workshop
    case_id = _to_qc_without_pads(ws)
    draft = settle_svc.draft(ws.ctx, ws.advisor, case_id)
    pads = ws.lines(case_id)[BRAKE_PADS]
    assert pads not in {line.key for line in draft.result.lines}
    assert draft.result.missing_reasons == (pads,)
    with pytest.raises(ValidationError) as err:
        settle_svc.settle(ws.ctx, ws.advisor, case_id)
    assert err.value.code == "settlement.reason_required"
    assert err.value.params["field"] == pads
    settle_svc.settle(ws.ctx, ws.advisor, case_id, reasons={pads: "刹车片余量充足，未更换"})
    with ws.ctx.db.read() as session:
        snap = json.loads(session.execute(select(Settlement.snapshot)).scalar_one())
    assert all(line["code"] != BRAKE_PADS for line in snap["lines"])
    explained = sum(Decimal(d["amount"]) for d in snap["differences"])
    assert explained == Decimal(snap["total"]) - Decimal(snap["estimate"]["total"]) < 0
    assert snap["differences"][0]["reason"] == "刹车片余量充足，未更换"


def test_labor_by_the_job_clock_when_the_dealer_chooses_it(workshop: Any) -> None:
    ws = workshop
    case_id = ws.walk_in()
    ws.drive(case_id, "ready")  # the walk took a minute per step: 1 minute in the bay
    standard = settle_svc.draft(ws.ctx, ws.advisor, case_id)
    assert standard.labor_basis == "standard"
    assert standard.result.matches_estimate
    with ws.ctx.db.write() as session:
        session.execute(update(Dealer).values(labor_billing="clock"))
    clocked = settle_svc.draft(ws.ctx, ws.advisor, case_id)
    labor = [line for line in clocked.result.lines if line.kind == "labor"]
    assert labor
    assert labor[0].hours_source == "clock"
    assert labor[0].hours == Decimal("0.02")  # 1 minute, to 0.01 h
    assert clocked.result.missing_reasons == (labor[0].key,)


def test_a_signed_settlement_is_never_overwritten(workshop: Any) -> None:
    ws = workshop
    case_id = ws.walk_in()
    ws.drive(case_id, "ready")
    settle_svc.settle(ws.ctx, ws.advisor, case_id)
    with pytest.raises(ValidationError) as err:
        settle_svc.sign_settlement(ws.ctx, ws.advisor, case_id, signer_name=" ", method="pad")
    assert err.value.code == "settlement.signer"
    settle_svc.sign_settlement(ws.ctx, ws.advisor, case_id, signer_name="王伟", method="paper")
    for call in (
        lambda: settle_svc.settle(ws.ctx, ws.advisor, case_id),
        lambda: settle_svc.sign_settlement(
            ws.ctx, ws.advisor, case_id, signer_name="王伟", method="pad"
        ),
    ):
        with pytest.raises(ValidationError) as err:
            call()
        assert err.value.code == "settlement.signed"
    with ws.ctx.db.read() as session:
        assert len(session.execute(select(Settlement)).all()) == 1
        assert (
            len(session.execute(select(Signature).where(Signature.kind == "settlement")).all()) == 1
        )


def test_no_demo_settlement_bills_a_part_that_was_not_fitted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo, "LIVE_CASES", 60)
    ctx = open_workstation(tmp_path)
    try:
        demo.create_demo(ctx, orders=60, seed=5)
        with ctx.db.read() as session:
            fitted = {(u.case_id, u.line_id) for u in session.execute(select(PartUse)).scalars()}
            settlements = list(session.execute(select(Settlement)).scalars())
        assert settlements
        explained = 0
        for row in settlements:
            snap = json.loads(row.snapshot)
            for line in snap["lines"]:
                if line["kind"] == "part":
                    assert (row.case_id, line["key"]) in fitted, line
            total = sum((Decimal(d["amount"]) for d in snap["differences"]), Decimal(0))
            assert total == Decimal(snap["total"]) - Decimal(snap["estimate"]["total"])
            assert all(d["reason"] for d in snap["differences"] if d["key"] != "tax")
            explained += bool(snap["differences"])
        assert explained  # some demo settlements differ from their estimate, with reasons
    finally:
        ctx.db.dispose()


def test_the_dealer_chooses_labor_billing_limits_and_services(workshop: Any) -> None:
    from app.domain.errors import PermissionDenied

    ws = workshop
    admin = ws.admin
    with pytest.raises(PermissionDenied):
        settle_svc.set_handover_settings(ws.ctx, ws.advisor, labor_billing="clock")
    with pytest.raises(ValidationError):
        settle_svc.set_handover_settings(ws.ctx, admin, labor_billing="guess")
    done = settle_svc.set_handover_settings(
        ws.ctx, admin, labor_billing="clock", discount_limit="88.50",
        value_added=("免费洗车", " "), service_interval_km=7500,
    )  # fmt: skip
    assert done.labor_billing == "clock"
    assert done.discount_limit == Decimal("88.50")
    assert done.value_added == ("免费洗车",)
    assert done.service_interval_km == 7500
    settle_svc.set_discount_limit(ws.ctx, admin, ws.advisor.staff_id, "30")
    with ws.ctx.db.read() as session:
        assert settle_svc.discount_limit(session, ws.advisor) == Decimal("30.00")


def test_a_comeback_under_warranty_bills_the_customer_nothing(workshop: Any) -> None:
    """Issue 9 item 7: the work of a warranty comeback is listed but waived, with its reason,
    and the differences still add up to the change of the total."""
    ws = workshop
    original = ws.walk_in()
    case_id = ws.walk_in()
    ws.drive(case_id, "ready")
    before = settle_svc.draft(ws.ctx, ws.advisor, case_id)
    assert before.result.actual.total > 0
    with ws.ctx.db.write() as session:
        session.execute(
            update(ServiceCase)
            .where(ServiceCase.id == case_id)
            .values(rework_of_id=original, warranty_rework=True)
        )
    draft = settle_svc.draft(ws.ctx, ws.advisor, case_id)
    assert draft.result.actual.total == 0
    assert draft.result.lines  # the work done is still shown
    waived = [d for d in draft.result.differences if d.key == settle_svc.WARRANTY_KEY]
    assert waived
    assert waived[0].reason
    settle_svc.settle(ws.ctx, ws.advisor, case_id)
    with ws.ctx.db.read() as session:
        snap = json.loads(session.execute(select(Settlement.snapshot)).scalar_one())
    assert Decimal(snap["total"]) == 0
    explained = sum(Decimal(d["amount"]) for d in snap["differences"])
    assert explained == Decimal(snap["total"]) - Decimal(snap["estimate"]["total"])


def test_each_advisors_discount_limit_is_listed_set_and_refused_beyond(workshop: Any) -> None:
    """Issue 9 ("a discount beyond the advisor's limit"): each advisor's own limit, set from
    the dealer settings; a bad amount or a member of staff who does not settle is refused;
    blank returns him to the dealer's limit; beyond his limit a discount is refused."""
    from app.domain.errors import ValidationError

    ws = workshop
    limits = {a.staff_id: a for a in settle_svc.advisor_limits(ws.ctx)}
    assert ws.advisor.staff_id in limits
    assert ws.tech.staff_id not in limits  # technicians do not settle
    assert limits[ws.advisor.staff_id].own is None
    for bad in ("-5", "abc"):
        with pytest.raises(ValidationError):
            settle_svc.set_discount_limit(ws.ctx, ws.manager, ws.advisor.staff_id, bad)
    with pytest.raises(ValidationError) as err:
        settle_svc.set_discount_limit(ws.ctx, ws.manager, ws.tech.staff_id, "10")
    assert err.value.code == "settlement.limit_not_settling"
    settle_svc.set_discount_limit(ws.ctx, ws.manager, ws.advisor.staff_id, "15")
    mine = {a.staff_id: a for a in settle_svc.advisor_limits(ws.ctx)}[ws.advisor.staff_id]
    assert (mine.own, mine.applies) == (Decimal("15.00"), Decimal("15.00"))
    case_id = ws.walk_in()
    ws.drive(case_id, "ready")
    with pytest.raises(ValidationError) as err:
        settle_svc.settle(ws.ctx, ws.advisor, case_id, discount="20", discount_reason="老客户")
    assert err.value.code == "settlement.discount_over_limit"
    assert "15" in err.value.message("zh_CN")
    settle_svc.set_discount_limit(ws.ctx, ws.manager, ws.advisor.staff_id, " ")
    mine = {a.staff_id: a for a in settle_svc.advisor_limits(ws.ctx)}[ws.advisor.staff_id]
    assert mine.own is None
    assert mine.applies == settle_svc.handover_settings(ws.ctx).discount_limit
