"""Issue 12 items 1 and 5 from the workstation's side: a bay joins a dealer whose pull feed
brings children before their parents (any page size), and a bay that holds history written
before it ever enrolled brings all of it to head office."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from headoffice_testing import BackgroundServer, database
from sqlalchemy import text
from sync_testing import Bay, copy_bay, final_check, make_template, open_bay

from app.headoffice.auth import create_enrollment_code
from app.services import appointments, demo
from app.services.customers import AssetInput, CustomerInput
from app.services.setup import open_workstation
from app.store.engine import set_state
from app.store.registry import REFERENCE_STREAMS, SYNCED_TABLES
from app.store.types import text_ids
from app.sync import local


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_template(tmp_path_factory.mktemp("join-template") / "bay")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[BackgroundServer]:
    with database("sqlite", tmp_path) as url, BackgroundServer(url, tmp_path / "media") as srv:
        yield srv


def _walk_in(bay: Bay, plate: str) -> str:
    return appointments.walk_in(
        bay.ctx,
        bay.advisor,
        customer=CustomerInput(name="王伟", phone="13800138000"),
        asset=AssetInput(kind="vehicle", brand="广汽本田", model="雅阁", plate=plate, vin=""),
        fault_description="刹车异响",
    ).case_id


def _items(bay: Bay) -> list[dict[str, Any]]:
    """Every dealer row of `bay` as head office would send it (row states)."""
    items: list[dict[str, Any]] = []
    with bay.ctx.db.read() as session:
        for tbl in SYNCED_TABLES:
            if tbl in REFERENCE_STREAMS:
                continue
            for row in session.execute(text(f'SELECT * FROM "{tbl}"')):
                data = json.loads(json.dumps(text_ids(tbl, row._mapping), default=str))
                items.append(
                    {
                        "tbl": tbl,
                        "row_id": data["id"],
                        "server_version": 1,
                        "deleted": False,
                        "row": {
                            k: v
                            for k, v in data.items()
                            if k not in ("server_version", "field_hlc", "updated_hlc")
                        },
                        "field_hlc": {},
                        "updated_hlc": None,
                        "flags": [],
                    }
                )
    return items


def test_children_pulled_a_page_before_their_parent_wait_and_then_apply(
    template: Path, tmp_path: Path
) -> None:
    source = copy_bay(template, tmp_path / "source")
    target = copy_bay(template, tmp_path / "target")
    try:
        case_id = _walk_in(source, "粤B·D12345")
        items = [i for i in _items(source) if i["tbl"] not in ("staff", "dealer", "workstation")]
        case_rows = [i for i in items if i["row"].get("case_id") == case_id]
        assert case_rows, "the walk-in has child rows"
        parents = [i for i in items if i["tbl"] == "service_case"]
        others = [i for i in items if i["tbl"] != "service_case"]
        waiting = target.scalar("SELECT count(*) FROM sync_outbox")
        # Page 1: the children (and everything else), not the case; page 2: the case.
        local.apply_pull(target.ctx.db, "dealer:x", "e", others, 10)
        assert target.scalar("SELECT count(*) FROM service_case WHERE id = :i", i=case_id) == 0
        assert local.parked_count(target.ctx.db) >= len(case_rows)
        local.apply_pull(target.ctx.db, "dealer:x", "e", parents, 20)
        assert local.parked_count(target.ctx.db) == 0
        for item in items:
            found = target.scalar(
                f'SELECT count(*) FROM "{item["tbl"]}" WHERE id = :i', i=item["row_id"]
            )
            assert found == 1, item["tbl"]
        assert target.scalar("SELECT seq FROM sync_cursor WHERE stream = 'dealer:x'") == 20
        # Nothing pulled was captured as a local change.
        assert target.scalar("SELECT count(*) FROM sync_outbox") == waiting
        assert target.ctx.db.integrity_check() == "ok"
    finally:
        source.close()
        target.close()


def test_a_second_bay_joins_with_pages_smaller_than_a_case(
    template: Path, server: BackgroundServer, tmp_path: Path
) -> None:
    dealer = f"D{uuid.uuid4().hex[:6].upper()}"
    bay1 = copy_bay(template, tmp_path / "bay1")
    with bay1.ctx.db.write() as session:
        set_state(session, "dealer_code", dealer)
    bay1.client.enroll(server.url, create_enrollment_code(server.engine, dealer, "bay1"))
    cases = [_walk_in(bay1, f"粤B·D1234{n}") for n in range(4)]
    bay1.client.run_round()
    # Updating a case moves it later in the feed than its children.
    from app.services import reception

    for case_id in cases:
        reception.start_inspection(bay1.ctx, bay1.advisor, case_id)
    bay1.client.run_round()
    bay2 = open_bay(tmp_path / "bay2")
    try:
        bay2.client.pull_limit = 3
        bay2.client.enroll(server.url, create_enrollment_code(server.engine, dealer, "bay2"))
        bay2.client.run_round()
        bay1.client.run_round()
        assert local.parked_count(bay2.ctx.db) == 0
        assert final_check(server.engine, [bay1, bay2]) == []
    finally:
        bay1.close()
        bay2.close()


def test_demo_history_reaches_head_office_when_the_bay_enrolls_later(
    server: BackgroundServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo, "LIVE_CASES", 20)
    ctx = open_workstation(tmp_path / "bay")
    demo.create_demo(ctx, orders=40, seed=5)
    ctx.db.dispose()
    bay = open_bay(tmp_path / "bay")
    try:
        history = bay.scalar(
            "SELECT count(*) FROM service_case WHERE id NOT IN "
            "(SELECT uuid_blob(row_id) FROM sync_outbox WHERE tbl = 'service_case')"
        )
        assert history == 20
        dealer = f"D{uuid.uuid4().hex[:6].upper()}"
        with bay.ctx.db.write() as session:
            set_state(session, "dealer_code", dealer)
        bay.client.enroll(server.url, create_enrollment_code(server.engine, dealer, "bay"))
        report = bay.client.run_round(verify=True, media=False)
        assert report.repaired == []
        assert report.alarms == []
        # The round sent the queued customer messages; their status goes up next round.
        again = bay.client.run_round(verify=True, media=False)
        assert again.repaired == []
        assert again.alarms == []
        assert final_check(server.engine, [bay]) == []
    finally:
        bay.close()
