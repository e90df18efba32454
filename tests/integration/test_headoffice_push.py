"""Push: idempotency, gaps, clock skew and the per-class merge policy (SYNC.md §4, §5.2, §5.4)."""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from headoffice_testing import PG_ENV, BackgroundServer, Device, database, enrolled_device
from sqlalchemy import func, select

from app.domain.hlc import HlcStamp
from app.headoffice import schema
from app.protocol.wire import CONFLICT_TABLE, RESIGN_REQUIRED, row_digest

BACKENDS = [pytest.param("sqlite"), pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(scope="module", params=BACKENDS)
def server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[BackgroundServer]:
    if request.param == "postgres" and not os.environ.get(PG_ENV):
        pytest.skip(f"{PG_ENV} unset: PostgreSQL tests need the server scripts/test.sh starts")
    tmp = tmp_path_factory.mktemp(f"ho-{request.param}")
    with database(request.param, tmp) as url, BackgroundServer(url, tmp / "media") as srv:
        yield srv


def _dealer() -> str:
    return f"D-{uuid.uuid4().hex[:8]}"


def _rows(device: Device) -> dict[tuple[str, str], dict[str, Any]]:
    items, _ = device.pull_all()
    return {(i["tbl"], i["row_id"]): i for i in items}


def _stamp(offset_ms: int, device: Device, logical: int = 0) -> str:
    return str(HlcStamp(time.time_ns() // 1_000_000 + offset_ms, logical, device.device_id))


def _count(server: BackgroundServer, table: Any, **where: Any) -> int:
    with server.engine.connect() as conn:
        stmt = select(func.count()).select_from(table)
        for column, value in where.items():
            stmt = stmt.where(table.c[column] == value)
        return int(conn.execute(stmt).scalar_one())


def test_resent_batch_is_answered_from_stored_results(server: BackgroundServer) -> None:
    device = enrolled_device(server, _dealer())
    ids = [str(uuid.uuid4()) for _ in range(3)]
    body = device.batch(
        [device.change("customer", i, "insert", {"name": f"c{n}"}) for n, i in enumerate(ids)]
    )
    first = device.push([], body=body)
    assert first.status_code == 200, first.text
    again = device.push([], body=body)
    assert again.status_code == 200
    assert again.json()["results"] == first.json()["results"]
    assert again.json()["last_local_seq"] == 3
    assert _count(server, schema.applied_change, device_id=device.device_id) == 3
    rows = _rows(device)
    assert all(rows[("customer", i)]["server_version"] == 1 for i in ids)

    # An overlapping batch: the acked prefix is answered from storage, the rest applied once.
    overlap = [
        *body["changes"][1:],
        device.change("customer", str(uuid.uuid4()), "insert", {"name": "x"}),
    ]
    mixed = device.push(overlap)
    assert mixed.status_code == 200
    assert mixed.json()["results"][:2] == first.json()["results"][1:]
    assert mixed.json()["results"][2]["status"] == "applied"
    assert _count(server, schema.applied_change, device_id=device.device_id) == 4


def test_gap_and_fork_are_detected(server: BackgroundServer) -> None:
    device = enrolled_device(server, _dealer())
    ok = device.push([device.change("customer", str(uuid.uuid4()), "insert", {"name": "a"})])
    assert ok.json()["last_local_seq"] == 1
    device.next_seq = 5
    gap = device.push([device.change("customer", str(uuid.uuid4()), "insert", {"name": "b"})])
    assert gap.status_code == 409
    assert gap.json()["error"] == {
        "code": "SEQ_GAP",
        "message": gap.json()["error"]["message"],
        "expected": 2,
    }
    # A restored or cloned workstation re-uses an acked local_seq for another change.
    device.next_seq = 1
    fork = device.push([device.change("customer", str(uuid.uuid4()), "insert", {"name": "c"})])
    assert fork.status_code == 409
    assert fork.json()["error"]["code"] == "DEVICE_FORKED"
    assert _count(server, schema.alarm, device_id=device.device_id, kind="device_forked") == 1
    assert _count(server, schema.applied_change, device_id=device.device_id) == 1


def test_clock_skew_keeps_nothing_of_the_batch(server: BackgroundServer) -> None:
    device = enrolled_device(server, _dealer())
    good_id, skewed_id = str(uuid.uuid4()), str(uuid.uuid4())
    ahead = _stamp(3 * 24 * 3600 * 1000, device)
    changes = [
        device.change("customer", good_id, "insert", {"name": "ok"}),
        device.change("customer", skewed_id, "insert", {"name": "future"}, hlc=ahead),
    ]
    refused = device.push(changes)
    assert refused.status_code == 422
    assert refused.json()["error"]["code"] == "CLOCK_SKEW"
    assert refused.json()["error"]["offending_hlc"] == ahead
    assert ("customer", good_id) not in _rows(device)
    assert device.http.get("/v1/sync/meta").json()["device"]["last_local_seq"] == 0
    # The clock is fixed: the same queue (same local_seqs) goes through.
    device.next_seq = 1
    fixed = [
        device.change("customer", good_id, "insert", {"name": "ok"}),
        device.change("customer", skewed_id, "insert", {"name": "future"}),
    ]
    assert [r["status"] for r in device.push(fixed).json()["results"]] == ["applied", "applied"]


def _two_bays(server: BackgroundServer) -> tuple[Device, Device, str]:
    dealer = _dealer()
    a, b = enrolled_device(server, dealer, "A"), enrolled_device(server, dealer, "B")
    case = str(uuid.uuid4())
    created = a.push(
        [a.change("service_case", case, "insert", {"title": "noise", "mileage": 100, "notes": ""})]
    )
    assert created.json()["results"][0]["server_version"] == 1
    return a, b, case


def test_per_field_lww_keeps_every_loser(server: BackgroundServer) -> None:
    a, b, case = _two_bays(server)
    # Offline, both edit from version 1: A the title earlier, B the title later and the mileage.
    early, late = _stamp(1000, a), _stamp(2000, b)
    ra = a.push(
        [a.change("service_case", case, "update", {"title": "noise at 60 km/h"}, 1, hlc=early)]
    )
    assert ra.json()["results"][0]["status"] == "applied"
    rb = b.push(
        [b.change("service_case", case, "update", {"title": "rattle", "mileage": 120}, 1, hlc=late)]
    )
    result = rb.json()["results"][0]
    assert result["status"] == "merged"
    assert len(result["conflict_ids"]) == 1
    conflict = b.http.get(f"/v1/sync/conflicts/{result['conflict_ids'][0]}").json()
    assert (conflict["field"], conflict["winner"], conflict["loser"]) == (
        "title",
        "rattle",
        "noise at 60 km/h",
    )
    assert conflict["loser_device"] == a.device_id
    assert conflict["winner_device"] == b.device_id

    # A late-arriving older edit loses to the newer value and is kept as a conflict too.
    older = _stamp(500, a)
    rc = a.push([a.change("service_case", case, "update", {"title": "stale"}, 1, hlc=older)])
    assert rc.json()["results"][0]["status"] == "merged"
    rows = _rows(a)
    state = rows[("service_case", case)]
    assert state["row"]["title"] == "rattle"
    assert state["row"]["mileage"] == 120
    losers = {i["row"]["loser"] for k, i in rows.items() if k[0] == CONFLICT_TABLE}
    assert losers == {"noise at 60 km/h", "stale"}  # the bay whose value lost sees it in its pull

    # Edits of different fields from the same base merge without any conflict.
    v = state["server_version"]
    r1 = a.push([a.change("service_case", case, "update", {"notes": "check mount"}, v)])
    r2 = b.push([b.change("service_case", case, "update", {"mileage": 121}, v)])
    assert r1.json()["results"][0]["status"] == "applied"
    assert r2.json()["results"][0]["status"] == "applied"
    final = _rows(b)[("service_case", case)]["row"]
    assert (final["notes"], final["mileage"], final["title"]) == ("check mount", 121, "rattle")


def test_delete_never_silently_wins(server: BackgroundServer) -> None:
    a, b, case = _two_bays(server)
    edit_at, delete_at = _stamp(1000, b), _stamp(2000, a)
    b.push([b.change("service_case", case, "update", {"notes": "customer called"}, 1, hlc=edit_at)])
    # A deletes (a hard delete: empty fields, the change's own stamp) without seeing B's edit.
    deleted = a.push([a.change("service_case", case, "delete", {}, 1, hlc=delete_at)])
    result = deleted.json()["results"][0]
    assert result["status"] == "merged"
    conflict = a.http.get(f"/v1/sync/conflicts/{result['conflict_ids'][0]}").json()
    assert conflict["kind"] == "delete"
    assert conflict["loser"] == {"notes": "customer called"}
    state = _rows(a)[("service_case", case)]
    assert state["deleted"] is True
    assert state["row"]["notes"] == "customer called"  # the edit is kept in the tombstone

    # A later edit made without seeing the delete revives the row; the delete becomes the conflict.
    revive = b.push(
        [b.change("service_case", case, "update", {"title": "still here"}, 2, hlc=_stamp(3000, b))]
    )
    result = revive.json()["results"][0]
    assert result["status"] == "merged"
    conflict = b.http.get(f"/v1/sync/conflicts/{result['conflict_ids'][0]}").json()
    assert (conflict["kind"], conflict["winner"]) == ("delete", None)
    assert conflict["loser"] is not None
    assert _rows(b)[("service_case", case)]["deleted"] is False


def _staff(device: Device, roles: str) -> str:
    staff = str(uuid.uuid4())
    response = device.push(
        [device.change("staff", staff, "insert", {"name": "Zhao", "roles": roles, "active": 1})]
    )
    assert response.json()["results"][0]["status"] == "applied"
    return staff


def test_signed_records_are_insert_only(server: BackgroundServer) -> None:
    device = enrolled_device(server, _dealer())
    inspector, technician = _staff(device, "qc_inspector"), _staff(device, "technician")
    qc = str(uuid.uuid4())
    values = {
        "case_id": str(uuid.uuid4()),
        "result": "pass",
        "inspector_id": inspector,
        "snapshot_sha256": "ab" * 32,
    }
    first = device.push([device.change("qc_inspection", qc, "append", values)])
    assert first.json()["results"][0]["status"] == "applied"
    # The same record again (e.g. re-sent after a restore, new change id): no-op duplicate.
    dup = device.push([device.change("qc_inspection", qc, "append", values)])
    assert dup.json()["results"][0]["status"] == "duplicate"
    # Other content under the same id: refused, alarm raised.
    forged = device.push(
        [device.change("qc_inspection", qc, "append", {**values, "result": "fail"})]
    )
    assert forged.json()["results"][0]["reason"] == "immutable_mismatch"
    assert _count(server, schema.alarm, kind="immutable_mismatch", device_id=device.device_id) == 1
    for op, fields in (("update", {"result": "fail"}), ("delete", {})):
        refused = device.push([device.change("qc_inspection", qc, op, fields, 1)])
        assert refused.json()["results"][0]["status"] == "rejected"
        assert refused.json()["results"][0]["reason"] == "immutable"
    # D1: a technician cannot sign QC off.
    other = device.push(
        [
            device.change(
                "qc_inspection", str(uuid.uuid4()), "append", {**values, "inspector_id": technician}
            )
        ]
    )
    assert other.json()["results"][0]["reason"] == "role"
    assert _rows(device)[("qc_inspection", qc)]["row"]["result"] == "pass"
    assert _count(server, schema.rejected_change, device_id=device.device_id) == 4
    # The database itself refuses an UPDATE of a signed record (SYNC.md §6.1).
    from sqlalchemy import update
    from sqlalchemy.exc import DBAPIError

    with pytest.raises(DBAPIError), server.engine.begin() as conn:
        conn.execute(
            update(schema.row_state)
            .where(schema.row_state.c.tbl == "qc_inspection", schema.row_state.c.row_id == qc)
            .values(row={"result": "fail"})
        )


def test_signed_case_with_unseen_edit_needs_resigning(server: BackgroundServer) -> None:
    a, b, case = _two_bays(server)
    seen = _rows(a)[("service_case", case)]["row"]
    signature = {"case_id": case, "kind": "confirmation_sheet", "subject_digest": row_digest(seen)}
    signed = a.push([a.change("signature", str(uuid.uuid4()), "append", signature)])
    assert signed.json()["results"][0]["status"] == "applied"
    assert _rows(a)[("service_case", case)]["flags"] == []
    # B's offline edit of the case, made before the signature, arrives late.
    b.push(
        [
            b.change(
                "service_case", case, "update", {"notes": "extra work"}, 1, hlc=_stamp(-60000, b)
            )
        ]
    )
    assert _rows(a)[("service_case", case)]["flags"] == [RESIGN_REQUIRED]
    # A new signature on the current content clears the flag.
    current = _rows(a)[("service_case", case)]["row"]
    resigned = a.push(
        [
            a.change(
                "signature",
                str(uuid.uuid4()),
                "append",
                {**signature, "subject_digest": row_digest(current)},
            )
        ]
    )
    assert resigned.json()["results"][0]["status"] == "applied"
    assert _rows(b)[("service_case", case)]["flags"] == []


def test_append_logs_merge_as_union(server: BackgroundServer) -> None:
    dealer = _dealer()
    a, b = enrolled_device(server, dealer), enrolled_device(server, dealer)
    event_a, event_b = str(uuid.uuid4()), str(uuid.uuid4())
    a.push([a.change("case_event", event_a, "append", {"kind": "arrived"})])
    b.push([b.change("case_event", event_b, "append", {"kind": "inspected"})])
    again = b.push([b.change("case_event", event_a, "append", {"kind": "arrived"})])
    assert again.json()["results"][0]["status"] == "duplicate"
    rows = _rows(a)
    assert {
        rows[("case_event", event_a)]["row"]["kind"],
        rows[("case_event", event_b)]["row"]["kind"],
    } == {"arrived", "inspected"}


def test_reference_and_unknown_tables_are_refused(server: BackgroundServer) -> None:
    device = enrolled_device(server, _dealer())
    response = device.push(
        [
            device.change("part", str(uuid.uuid4()), "insert", {"part_no": "X1", "price_fen": 1}),
            device.change("no_such_table", str(uuid.uuid4()), "insert", {"a": 1}),
        ]
    )
    assert [r["reason"] for r in response.json()["results"]] == ["read_only", "unknown_table"]
    assert response.json()["last_local_seq"] == 2  # rejections never block the queue


def test_a_bay_editing_its_own_value_again_makes_no_conflict(server: BackgroundServer) -> None:
    a, _b, case = _two_bays(server)
    # Offline, one bay changes the same field twice from the version it last saw: its second
    # edit follows its first (outbox order), so nothing is overwritten that it did not see.
    first = a.push(
        [a.change("service_case", case, "update", {"title": "noise"}, 1, hlc=_stamp(1000, a))]
    )
    second = a.push(
        [
            a.change(
                "service_case",
                case,
                "update",
                {"title": "noise, cold start"},
                1,
                hlc=_stamp(2000, a),
            )
        ]
    )
    assert first.json()["results"][0]["conflict_ids"] == []
    result = second.json()["results"][0]
    assert result["status"] == "applied"
    assert result["conflict_ids"] == []
    assert _rows(a)[("service_case", case)]["row"]["title"] == "noise, cold start"
