"""Re-sign flags only for edits the signer did not see (issue 12 item 2, SYNC.md §4 rule 3)."""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Iterator

import pytest
from headoffice_testing import PG_ENV, BackgroundServer, Device, database, enrolled_device
from sqlalchemy import select

from app.domain.hlc import HybridLogicalClock
from app.headoffice import schema
from app.sync.protocol import row_digest

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BackgroundServer]:
    if not os.environ.get(PG_ENV):
        pytest.skip(f"{PG_ENV} unset: PostgreSQL tests need the server scripts/test.sh starts")
    tmp = tmp_path_factory.mktemp("ho-signoff")
    with database("postgres", tmp) as url, BackgroundServer(url, tmp / "media") as srv:
        yield srv


def _flag(server: BackgroundServer, case: str) -> bool:
    so = schema.signoff
    with server.engine.connect() as conn:
        return bool(
            conn.execute(select(so.c.resign_required).where(so.c.subject_id == case)).scalar_one()
        )


def _signed_case(bay: Device) -> tuple[str, list[dict]]:
    case = str(uuid.uuid4())
    values = {"title": "brakes", "status": "estimate"}
    row = {"id": case, "dealer_id": bay.dealer_id, **values}
    return case, [
        bay.change("service_case", case, "insert", values),
        bay.change(
            "signature",
            str(uuid.uuid4()),
            "insert",
            {"case_id": case, "subject_digest": row_digest(row)},
        ),
    ]


def test_one_bay_signing_then_working_on_is_not_flagged(server: BackgroundServer) -> None:
    bay = enrolled_device(server, f"R-{uuid.uuid4().hex[:6]}")
    case, changes = _signed_case(bay)
    # The case moves on after the signature, in the same batch and in later ones.
    changes.append(bay.change("service_case", case, "update", {"status": "in_repair"}, 1))
    assert bay.push(changes).status_code == 200
    assert _flag(server, case) is False
    assert (
        bay.push([bay.change("service_case", case, "update", {"status": "closed"}, 2)]).status_code
        == 200
    )
    assert _flag(server, case) is False


def test_an_unseen_edit_from_another_bay_flags(server: BackgroundServer) -> None:
    code = f"R-{uuid.uuid4().hex[:6]}"
    signer = enrolled_device(server, code, "A")
    other = enrolled_device(server, code, "B")
    case = str(uuid.uuid4())
    values = {"title": "brakes", "status": "estimate"}
    insert = signer.change("service_case", case, "insert", values)
    # Bay B edits the case offline after it was opened and before A signs: A never sees it.
    time.sleep(0.005)  # distinct milliseconds: stamps from two clocks order by time
    unseen = HybridLogicalClock(other.device_id).now()
    time.sleep(0.005)
    row = {"id": case, "dealer_id": signer.dealer_id, **values}
    signature = signer.change(
        "signature",
        str(uuid.uuid4()),
        "insert",
        {"case_id": case, "subject_digest": row_digest(row)},
    )
    assert signer.push([insert, signature]).status_code == 200
    assert _flag(server, case) is False
    late = other.change(
        "service_case", case, "update", {"title": "brakes and tyres"}, 1, hlc=unseen
    )
    assert other.push([late]).status_code == 200
    assert _flag(server, case) is True
