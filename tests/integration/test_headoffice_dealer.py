"""Head office invents nothing that competes with a dealer's own set-up (issue 12 item 3)."""

from __future__ import annotations

import os
import time
import uuid
from pathlib import Path

import pytest
from headoffice_testing import PG_ENV, BackgroundServer, Device, database

from app.headoffice.cli import enroll_code

pytestmark = pytest.mark.postgres

NAME = "广州粤顺汽车与家电售后服务中心"


def test_the_dealers_own_name_beats_the_code_enroll_code_filled_in(tmp_path: Path) -> None:
    if not os.environ.get(PG_ENV):
        pytest.skip(f"{PG_ENV} unset")
    with database("postgres", tmp_path) as url, BackgroundServer(url, tmp_path / "media") as srv:
        device_id = f"W-{uuid.uuid4().hex[:8]}"
        from app.domain.hlc import HybridLogicalClock

        set_up = HybridLogicalClock(device_id).now()  # the bay was set up before enrollment
        time.sleep(0.01)
        bay = Device.enroll(srv.url, enroll_code(url, "GZ01", "Bay 1"), device_id)
        # The bay's set-up row goes up as its insert (no base version: it never saw head
        # office's row), stamped before head office created the dealer.
        change = bay.change(
            "dealer", bay.dealer_id, "insert", {"code": "GZ01", "name": NAME}, hlc=set_up
        )
        result = bay.push([change]).json()["results"][0]
        assert result["status"] == "applied"
        assert result["conflict_ids"] == []
        items, _ = bay.pull_all()
        dealer = next(i for i in items if i["tbl"] == "dealer")
        assert dealer["row"]["name"] == NAME
        assert dealer["row"]["code"] == "GZ01"
        assert not [i for i in items if i["tbl"] == "sync_conflict"]
