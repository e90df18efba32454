"""A case signed on a bay before it enrolled is not flagged "re-sign required" at head office
(issue 12: 9 of 500 live demo cases were), while an edit the signer did not see still is.

The signature records the digest of the case as signed (`protocol.row_digest`). Enrollment
rebinds every local row from the dealer id the bay set up itself to head office's id of the
dealer (`app.sync.enrollment.rebind_dealer`); with the dealer id in the digest, the case head
office held no longer matched what was signed, though nobody had edited it."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from headoffice_testing import BackgroundServer, Device, database
from sqlalchemy import select
from sync_testing import Bay, copy_bay, make_template

from app.domain.hlc import HlcStamp
from app.domain.lifecycle import Decision
from app.headoffice import schema
from app.headoffice.auth import create_enrollment_code
from app.protocol.wire import legacy_row_digest, row_digest
from app.services import appointments, reception
from app.services.customers import AssetInput, CustomerInput
from app.services.reception import LineInput
from app.store.engine import set_state


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_template(tmp_path_factory.mktemp("signed-template") / "bay")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[BackgroundServer]:
    with database("sqlite", tmp_path) as url, BackgroundServer(url, tmp_path / "media") as srv:
        yield srv


def _signed_case(bay: Bay) -> str:
    ctx, advisor = bay.ctx, bay.advisor
    case_id = appointments.walk_in(
        ctx,
        advisor,
        customer=CustomerInput(name="王伟", phone="13800138000"),
        asset=AssetInput(kind="vehicle", brand="广汽本田", model="雅阁", plate="粤B·S1234", vin=""),
        fault_description="刹车异响",
    ).case_id
    reception.start_inspection(ctx, advisor, case_id)
    reception.record_inspection(
        ctx, advisor, case_id, identity_checked=True, appointment_checked=True
    )
    line = reception.add_line(
        ctx,
        advisor,
        case_id,
        LineInput(kind="labor", code="L-BRAKE-F", mandatory=True, reason="检查"),
    )
    reception.finish_estimate(ctx, advisor, case_id)
    reception.decide(ctx, advisor, line, Decision.APPROVED)
    reception.request_signature(ctx, advisor, case_id)
    reception.sign_confirmation(ctx, advisor, case_id, signer_name="王伟", method="pad")
    return case_id


def _flag(server: BackgroundServer, case_id: str) -> bool:
    so = schema.signoff
    with server.engine.connect() as conn:
        flag = conn.execute(
            select(so.c.resign_required).where(so.c.subject_id == case_id)
        ).scalar_one()
    return bool(flag)


def test_the_dealer_id_is_not_part_of_what_was_signed() -> None:
    row = {"id": "c1", "dealer_id": "own", "state": "confirmed", "server_version": 3}
    assert row_digest(row) == row_digest({**row, "dealer_id": "head-office", "server_version": 4})
    assert row_digest(row) != row_digest({**row, "state": "dispatched"})
    # Older workstations' digests (dealer id included) are still told apart.
    assert legacy_row_digest(row) != legacy_row_digest({**row, "dealer_id": "head-office"})


def test_a_case_signed_before_enrollment_is_not_flagged_and_an_unseen_edit_is(
    template: Path, server: BackgroundServer, tmp_path: Path
) -> None:
    bay = copy_bay(template, tmp_path / "bay")
    try:
        dealer = f"D{uuid.uuid4().hex[:6].upper()}"
        with bay.ctx.db.write() as session:
            set_state(session, "dealer_code", dealer)
        own_dealer = bay.scalar("SELECT id FROM dealer")
        # Offline, before the bay ever enrolled: the case is signed under the bay's own id
        # and stays as signed (nothing after the signature could explain a flag).
        before_signing = HlcStamp.parse(bay.ctx.db.hlc.now())
        case_id = _signed_case(bay)
        bay.client.enroll(server.url, create_enrollment_code(server.engine, dealer, "bay"))
        rebound = bay.scalar("SELECT dealer_id FROM service_case WHERE id = :i", i=case_id)
        assert rebound != own_dealer, "enrollment gives the case head office's dealer id"
        bay.client.run_round(media=False)
        assert _flag(server, case_id) is False
        bay.client.run_round(media=False)
        assert bay.scalar("SELECT count(*) FROM sync_inbox_issue WHERE kind = 'resign'") == 0

        # A real concurrent edit still flags: another bay of the dealer changed the case
        # offline before the signing and never saw the signed state (SYNC.md §4 rule 3).
        other = Device.enroll(server.url, create_enrollment_code(server.engine, dealer, "other"))
        unseen = str(HlcStamp(before_signing.physical_ms, 0, other.device_id))
        edit = other.change(
            "service_case",
            case_id,
            "update",
            {"fault_description": "刹车异响，方向盘抖动"},
            1,
            hlc=unseen,
        )
        assert other.push([edit]).status_code == 200
        assert _flag(server, case_id) is True
    finally:
        bay.close()
