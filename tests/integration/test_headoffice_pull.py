"""Pull pages, commit-order seqs, verify and reference data (SYNC.md §5.3, §5.5, §6.2)."""

from __future__ import annotations

import json
import os
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from headoffice_testing import PG_ENV, BackgroundServer, Device, database, enrolled_device

from app.headoffice.cli import enroll_code, import_reference
from app.protocol.wire import CONFLICT_TABLE, verify_digest

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


def test_pages_never_split_a_server_transaction(server: BackgroundServer) -> None:
    device = enrolled_device(server, _dealer())
    first = [str(uuid.uuid4()) for _ in range(5)]
    second = [str(uuid.uuid4()) for _ in range(3)]
    device.push([device.change("customer", i, "insert", {"name": "a"}) for i in first])
    device.push([device.change("customer", i, "insert", {"name": "b"}) for i in second])
    # Update one row of the first transaction: the feed compacts it to its newest seq.
    device.push([device.change("customer", first[0], "update", {"name": "a2"}, 1)])
    pages = []
    since = 0
    while True:
        page = device.pull(since=since, limit=2).json()
        pages.append(page)
        if page["items"]:
            last = page["items"][-1]
            assert last["seq"] == last["tx_end"] == page["next_since"]  # ends on a boundary
        since = page["next_since"]
        if not page["has_more"]:
            break
    items = [i for p in pages for i in p["items"]]
    ids = [i["row_id"] for i in items if i["tbl"] == "customer"]
    assert sorted(ids) == sorted(first + second)  # each row once, in its latest state
    assert {i["row"]["name"] for i in items if i["row_id"] == first[0]} == {"a2"}
    seqs = [i["seq"] for i in items]
    assert seqs == sorted(seqs)
    assert any(len(p["items"]) > 2 for p in pages)  # a 4-row transaction stayed whole
    assert device.pull(since=since).json()["items"] == []


def test_concurrent_pushers_never_make_a_puller_skip(server: BackgroundServer) -> None:
    """SYNC.md §6.2 / reliability test 16 at CI size: seqs follow commit order."""
    dealer = _dealer()
    devices = [enrolled_device(server, dealer, f"Bay {n}") for n in range(3)]
    reader = enrolled_device(server, dealer, "Reader")
    written: set[str] = set()
    lock = threading.Lock()

    def work(device: Device) -> None:
        for _ in range(6):
            ids = [str(uuid.uuid4()) for _ in range(15)]
            response = device.push(
                [device.change("customer", i, "insert", {"name": "n"}) for i in ids]
            )
            assert response.status_code == 200
            with lock:
                written.update(ids)

    seen: set[str] = set()
    since = 0
    threads = [threading.Thread(target=work, args=(d,)) for d in devices]
    for thread in threads:
        thread.start()
    while any(t.is_alive() for t in threads):
        page = reader.pull(since=since, limit=50).json()
        seen.update(i["row_id"] for i in page["items"] if i["tbl"] == "customer")
        since = page["next_since"]
    for thread in threads:
        thread.join()
    while True:
        page = reader.pull(since=since, limit=500).json()
        seen.update(i["row_id"] for i in page["items"] if i["tbl"] == "customer")
        since = page["next_since"]
        if not page["has_more"]:
            break
    assert len(written) == 3 * 6 * 15
    assert seen == written


def _digests(items: list[dict]) -> dict[str, dict]:
    tables: dict[str, list[tuple[str, int]]] = {}
    for item in items:
        if item["tbl"] != CONFLICT_TABLE:
            tables.setdefault(item["tbl"], []).append((item["row_id"], item["server_version"]))
    out = {}
    for tbl, rows in tables.items():
        count, xor = verify_digest(rows)
        out[tbl] = {"count": count, "xor": xor}
    return out


def test_verify_detects_divergence(server: BackgroundServer) -> None:
    device = enrolled_device(server, _dealer())
    ids = [str(uuid.uuid4()) for _ in range(4)]
    device.push([device.change("customer", i, "insert", {"name": "n"}) for i in ids])
    device.push([device.change("asset", str(uuid.uuid4()), "insert", {"vin": "LSV123"})])
    items, cursor = device.pull_all()
    tables = _digests(items)
    ok = device.http.post(
        "/v1/sync/verify", json={"stream": device.stream, "as_of": cursor, "tables": tables}
    ).json()
    assert ok["mismatched"] == []
    assert ok["stale"] is False
    # The bay lost a row (edited outside the app) and holds a stale version of another.
    local = [i for i in items if i["row_id"] != ids[0]]
    for item in local:
        if item["row_id"] == ids[1]:
            item["server_version"] = 7
    bad = device.http.post(
        "/v1/sync/verify",
        json={"stream": device.stream, "as_of": cursor, "tables": _digests(local)},
    ).json()
    assert bad["mismatched"] == ["customer"]
    assert bad["tables"]["customer"]["server"]["count"] == 4
    assert bad["tables"]["asset"]["match"] is True
    # The cursor lags the stream: the verdict is marked stale.
    device.push([device.change("customer", str(uuid.uuid4()), "insert", {"name": "late"})])
    stale = device.http.post(
        "/v1/sync/verify", json={"stream": device.stream, "as_of": cursor, "tables": tables}
    ).json()
    assert stale["stale"] is True


def test_reference_import_flows_to_ref_streams(server: BackgroundServer, tmp_path: Path) -> None:
    dealer, other = _dealer(), _dealer()
    device = Device.enroll(server.url, enroll_code(server.db_url, dealer, "Bay 1"))
    stranger = Device.enroll(server.url, enroll_code(server.db_url, other, "Bay 1"))
    parts = tmp_path / "parts.csv"
    parts.write_text(
        "part_no,name,grade,price_fen,dealer\n"
        "P-100,机油滤清器,oem,4500,\n"
        "P-200,刹车片,certified,32000,\n"
        f"P-300,dealer special,oem,100,{dealer}\n",
        encoding="utf-8",
    )
    counts = import_reference(server.db_url, parts)
    assert counts == {"part": 3}
    rest = tmp_path / "reference.json"
    rest.write_text(
        json.dumps(
            {
                "labor_op": [{"code": "L-1", "name": "换机油", "hours": "0.5", "rate_fen": 12000}],
                "campaign": [{"code": "C-1", "title": "冬季检查"}],
                "staff": [
                    {"code": "S-1", "name": "王师傅", "roles": "qc_inspector", "dealer": dealer}
                ],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    assert import_reference(server.db_url, rest) == {"labor_op": 1, "campaign": 1, "staff": 1}

    mine, _ = device.pull_all("ref:parts")
    assert {i["row"]["part_no"] for i in mine} == {"P-100", "P-200", "P-300"}
    assert {i["row"]["name"] for i in mine} >= {"机油滤清器"}
    theirs, _ = stranger.pull_all("ref:parts")
    assert {i["row"]["part_no"] for i in theirs} == {"P-100", "P-200"}  # P-300 is the dealer's own
    assert {i["row"]["dealer_id"] for i in theirs} == {""}  # global: the bay's NOT NULL default
    assert [i["row"]["code"] for i in device.pull_all("ref:labor")[0]] == ["L-1"]
    assert [i["row"]["title"] for i in device.pull_all("ref:campaigns")[0]] == ["冬季检查"]
    staff = [i for i in device.pull_all()[0] if i["tbl"] == "staff"]
    assert [s["row"]["name"] for s in staff] == ["王师傅"]
    assert not [i for i in stranger.pull_all()[0] if i["tbl"] == "staff"]

    # Re-import changes nothing; a new price is a field update with a new version.
    assert import_reference(server.db_url, parts) == {"part": 0}
    parts.write_text(parts.read_text(encoding="utf-8").replace("4500", "4800"), encoding="utf-8")
    assert import_reference(server.db_url, parts) == {"part": 1}
    _, cursor = device.pull_all("ref:parts")
    changed = device.pull("ref:parts", since=cursor - 1).json()["items"]
    assert [(i["row"]["part_no"], i["row"]["price_fen"], i["server_version"]) for i in changed] == [
        ("P-100", 4800, 2)
    ]
