"""Tenant isolation: a workstation of dealer A can neither read nor write dealer B's data,
whatever it sends (issue 4, security)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from headoffice_testing import PG_ENV, BackgroundServer, Device, database, enrolled_device

from app.protocol.wire import verify_digest

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


@pytest.fixture
def pair(server: BackgroundServer) -> tuple[Device, Device]:
    return enrolled_device(server, f"A-{uuid.uuid4().hex[:6]}"), enrolled_device(
        server, f"B-{uuid.uuid4().hex[:6]}"
    )


def _items(device: Device, stream: str | None = None) -> dict[tuple[str, str], dict]:
    items, _ = device.pull_all(stream)
    return {(i["tbl"], i["row_id"]): i for i in items}


def test_writes_to_another_dealers_rows_are_refused(pair: tuple[Device, Device]) -> None:
    a, b = pair
    case, staff = str(uuid.uuid4()), str(uuid.uuid4())
    a.push(
        [
            a.change("service_case", case, "insert", {"title": "A's case"}),
            a.change("staff", staff, "insert", {"name": "A tech", "roles": "qc_inspector"}),
        ]
    )
    attempts = [
        b.change("service_case", case, "update", {"title": "hijacked"}, 1),
        b.change("service_case", case, "delete", {}, 1),
        b.change(
            "service_case",
            str(uuid.uuid4()),
            "insert",
            {"title": "planted", "dealer_id": a.dealer_id},
        ),
        b.change("dealer", a.dealer_id, "update", {"name": "renamed"}, 1),
        b.change(
            "qc_inspection",
            str(uuid.uuid4()),
            "append",
            {"case_id": case, "inspector_id": staff, "result": "pass"},
        ),
        b.change("service_case", str(uuid.uuid4()), "insert", {"title": "x", "owner_id": staff}),
        # Columns without a foreign key on the workstation name rows too (merge.SOFT_REFERENCES,
        # the staff ids of merge.STAFF_REFERENCES).
        b.change("media_file", str(uuid.uuid4()), "insert", {"case_id": case, "sha256": "0" * 64}),
        b.change("complaint", str(uuid.uuid4()), "insert", {"case_id": case, "summary": "x"}),
        b.change("service_case", str(uuid.uuid4()), "insert", {"rework_of_id": case}),
        b.change("estimate_line", str(uuid.uuid4()), "insert", {"added_by": staff}),
    ]
    results = b.push(attempts).json()["results"]
    assert [r["status"] for r in results] == ["rejected"] * len(attempts)
    assert {r["reason"] for r in results} == {"tenant"}
    mine = _items(a)
    assert mine[("service_case", case)]["row"]["title"] == "A's case"
    assert mine[("service_case", case)]["deleted"] is False
    assert mine[("service_case", case)]["server_version"] == 1
    assert all(item["row"]["dealer_id"] == a.dealer_id for item in mine.values())
    assert mine[("dealer", a.dealer_id)]["row"]["name"] != "renamed"


def test_every_id_column_is_checked_for_its_dealer() -> None:
    """Every column of a synced table holding an id either has a foreign key (checked through
    app.headoffice.refs) or is named in merge.STAFF_REFERENCES or merge.SOFT_REFERENCES (or
    names no row of one table): a column added without one would let a device name another
    dealer's row unchecked."""
    import app.store.models  # noqa: F401 - registers every model
    from app.headoffice.merge import SOFT_REFERENCES, STAFF_REFERENCES, UNREFERENCED
    from app.store.models.base import Base
    from app.store.registry import SYNCED_TABLES
    from app.store.types import Uuid

    unchecked = [
        f"{table.name}.{column.name}"
        for table in Base.metadata.sorted_tables
        if table.name in SYNCED_TABLES
        for column in table.columns
        if isinstance(column.type, Uuid)
        and not column.foreign_keys
        and column.name not in STAFF_REFERENCES | SOFT_REFERENCES.keys() | UNREFERENCED
    ]
    assert unchecked == []
    for column, table in SOFT_REFERENCES.items():
        assert table in SYNCED_TABLES, column


def test_another_dealers_stream_is_unreadable(pair: tuple[Device, Device]) -> None:
    a, b = pair
    a.push([a.change("customer", str(uuid.uuid4()), "insert", {"name": "secret"})])
    for since in (0, 1):
        response = b.pull(a.stream, since=since)
        assert response.status_code == 403
        assert response.json()["error"]["code"] == "FORBIDDEN"
    count, xor = verify_digest([])
    verify = b.http.post(
        "/v1/sync/verify",
        json={"stream": a.stream, "as_of": 0, "tables": {"customer": {"count": count, "xor": xor}}},
    )
    assert verify.status_code == 403
    assert all(i["row"].get("name") != "secret" for i in _items(b).values())
    assert b.pull("dealer:" + a.dealer_id.upper()).status_code == 403


def test_impersonating_a_device_in_the_body_is_refused(pair: tuple[Device, Device]) -> None:
    a, b = pair
    body = b.batch([b.change("customer", str(uuid.uuid4()), "insert", {"name": "x"})])
    body["device_id"] = a.device_id
    response = b.push([], body=body)
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "BAD_BATCH"
    assert a.http.get("/v1/sync/meta").json()["device"]["last_local_seq"] == 0


def test_conflicts_of_another_dealer_are_hidden(
    pair: tuple[Device, Device], server: BackgroundServer
) -> None:
    a, b = pair
    a2 = enrolled_device(server, _dealer_code(a), "A2")
    case = str(uuid.uuid4())
    a.push([a.change("service_case", case, "insert", {"title": "t"})])
    a.push([a.change("service_case", case, "update", {"title": "from a"}, 1)])
    result = a2.push([a2.change("service_case", case, "update", {"title": "from a2"}, 1)]).json()[
        "results"
    ][0]
    conflict_id = result["conflict_ids"][0]
    assert a.http.get(f"/v1/sync/conflicts/{conflict_id}").status_code == 200
    assert b.http.get(f"/v1/sync/conflicts/{conflict_id}").status_code == 404
    denied = b.http.post(f"/v1/sync/conflicts/{conflict_id}/resolve", json={"resolved_by": "x"})
    assert denied.status_code == 404
    resolved = a.http.post(
        f"/v1/sync/conflicts/{conflict_id}/resolve", json={"resolved_by": "staff-1"}
    )
    assert resolved.json()["status"] == "resolved"


def _dealer_code(device: Device) -> str:
    meta = device.http.get("/v1/sync/meta").json()
    return str(meta["device"]["dealer_code"])
