"""An update of a row head office never saw creates no partial row (issue 12 item 4): it is
held out of every stream until the row's insert arrives, then merged by the usual rule."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
from headoffice_testing import PG_ENV, BackgroundServer, database, enrolled_device

from app.sync.protocol import verify_digest

pytestmark = pytest.mark.postgres


def test_an_update_before_its_insert_is_held(tmp_path: Path) -> None:
    if not os.environ.get(PG_ENV):
        pytest.skip(f"{PG_ENV} unset")
    with database("postgres", tmp_path) as url, BackgroundServer(url, tmp_path / "media") as srv:
        bay = enrolled_device(srv, f"H-{uuid.uuid4().hex[:6]}")
        other = enrolled_device(srv, bay.http.get("/v1/sync/meta").json()["device"]["dealer_code"])
        row_id = str(uuid.uuid4())
        insert = bay.change(
            "customer_message",
            row_id,
            "insert",
            {"to": "13800000000", "body": "hi", "status": "queued"},
        )
        update = bay.change(
            "customer_message", row_id, "update", {"status": "sent", "provider_ref": "p1"}, 1
        )
        # The update reaches head office first (its insert was history on the bay).
        bay.next_seq = 1
        update["local_seq"] = 1
        assert bay.push([update]).status_code == 200
        items, head = other.pull_all()
        assert not [i for i in items if i["row_id"] == row_id]
        count, xor = verify_digest([])
        verdict = other.http.post(
            "/v1/sync/verify",
            json={
                "stream": other.stream,
                "as_of": head,
                "tables": {"customer_message": {"count": count, "xor": xor}},
            },
        ).json()
        assert verdict["tables"]["customer_message"]["match"] is True
        insert["local_seq"] = 2
        assert bay.push([insert]).status_code == 200
        items, _ = other.pull_all()
        row = next(i for i in items if i["row_id"] == row_id)["row"]
        assert row["body"] == "hi"
        assert row["to"] == "13800000000"
        assert row["status"] == "sent"  # the later edit wins over the earlier insert
        assert row["provider_ref"] == "p1"
