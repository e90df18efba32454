"""Head office refuses abuse with a 4xx and keeps nothing of it (issue 12, security).

Real uvicorn on loopback over a throwaway PostgreSQL database (BAY_TEST_PG_URL)."""

from __future__ import annotations

import gzip
import json
import logging
import os
import socket
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from headoffice_testing import (
    PG_ENV,
    BackgroundServer,
    Device,
    database,
    enrolled_device,
    postgres_server,
)
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from app.headoffice import schema
from app.headoffice.db import make_engine
from app.sync.protocol import row_digest

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BackgroundServer]:
    with postgres_server(tmp_path_factory.mktemp("ho-security")) as srv:
        yield srv


@pytest.fixture
def bay(server: BackgroundServer) -> Device:
    return enrolled_device(server, f"S-{uuid.uuid4().hex[:6]}")


def _code(response: httpx.Response) -> str:
    return str(response.json()["error"]["code"])


def test_message_id_cannot_name_a_path(bay: Device, server: BackgroundServer) -> None:
    outbox = server.media_dir.parent / "outbox"
    for bad in ("../../escaped", "../x", "a/b", "..", "x" * 40):
        response = bay.http.post(
            "/v1/messages",
            json={"messages": [{"message_id": bad, "to": "13800000000", "body": "hi"}]},
        )
        assert response.status_code == 422, bad
    assert not (server.media_dir.parent.parent / "escaped.json").exists()
    assert not list(server.media_dir.parent.parent.glob("*.json"))
    good = str(uuid.uuid4())
    sent = bay.http.post(
        "/v1/messages", json={"messages": [{"message_id": good, "to": "13800000000", "body": "hi"}]}
    )
    assert sent.status_code == 200
    assert [p.name for p in outbox.iterdir()] == [f"{good}.json"]


def test_ids_in_a_push_must_be_uuids(bay: Device) -> None:
    change = bay.change("customer", "../../x", "insert", {"name": "n"})
    response = bay.push([change])
    assert response.status_code == 422
    assert bay.http.get("/v1/sync/meta").json()["device"]["last_local_seq"] == 0


def test_a_signature_on_another_dealers_case_is_refused(server: BackgroundServer) -> None:
    a = enrolled_device(server, f"A-{uuid.uuid4().hex[:6]}")
    b = enrolled_device(server, f"B-{uuid.uuid4().hex[:6]}")
    case = str(uuid.uuid4())
    a.push([a.change("service_case", case, "insert", {"title": "A's case", "status": "open"})])
    a_row = {"id": case, "title": "A's case", "status": "open", "dealer_id": a.dealer_id}
    a_sig = str(uuid.uuid4())
    assert (
        a.push(
            [
                a.change(
                    "signature",
                    a_sig,
                    "insert",
                    {"case_id": case, "subject_digest": row_digest(a_row)},
                )
            ]
        ).json()["results"][0]["status"]
        == "applied"
    )

    forged = b.change(
        "signature", str(uuid.uuid4()), "insert", {"case_id": case, "subject_digest": "0" * 64}
    )
    customer = str(uuid.uuid4())
    a.push([a.change("customer", customer, "insert", {"name": "A's customer"})])
    planted = b.change(
        "service_case", str(uuid.uuid4()), "insert", {"title": "x", "customer_id": customer}
    )
    line = b.change("estimate_line", str(uuid.uuid4()), "insert", {"case_id": case, "qty": 1})
    results = b.push([forged, planted, line]).json()["results"]
    assert [(r["status"], r["reason"]) for r in results] == [("rejected", "tenant")] * 3

    with server.engine.connect() as conn:
        so = schema.signoff
        signoff = conn.execute(select(so).where(so.c.subject_id == case)).one()
        rs = schema.row_state
        b_rows = conn.execute(
            select(rs.c.tbl).where(rs.c.dealer_id == b.dealer_id, rs.c.tbl != "dealer")
        ).all()
    assert signoff.signed_id == a_sig
    assert signoff.dealer_id == a.dealer_id
    assert signoff.resign_required is False
    assert b_rows == []


def _raw_post(url: str, path: str, headers: dict[str, str], body: bytes) -> tuple[int, float]:
    """Send headers and the first bytes of a body; return the status line's code."""
    import time

    host, port = url.removeprefix("http://").split(":")
    started = time.monotonic()
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        head = f"POST {path} HTTP/1.1\r\nHost: {host}\r\n" + "".join(
            f"{k}: {v}\r\n" for k, v in headers.items()
        )
        sock.sendall(head.encode() + b"\r\n" + body)
        reply = sock.recv(4096).decode("latin-1")
    return int(reply.split(" ", 2)[1]), time.monotonic() - started


def test_oversized_bodies_get_413_without_being_read(bay: Device, server: BackgroundServer) -> None:
    auth = bay.http.headers["Authorization"]
    for path in ("/v1/messages/status", "/v1/messages", "/v1/sync/push", "/v1/sync/verify"):
        status, _elapsed = _raw_post(
            server.url,
            path,
            {
                "Authorization": auth,
                "Content-Type": "application/json",
                "Content-Length": str(50 * 1024 * 1024),
            },
            b"{" + b" " * 4096,
        )
        assert status == 413, path

    def chunks() -> Iterator[bytes]:  # no Content-Length: chunked, refused as it grows
        for _ in range(50):
            yield b" " * (1024 * 1024)

    with _MaybeReset():
        response = bay.http.post(
            "/v1/messages/status", content=chunks(), headers={"Content-Type": "application/json"}
        )
        assert response.status_code == 413


class _MaybeReset:
    """The server may close the connection right after its 413 while the client still sends."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> bool:
        return kind is not None and issubclass(kind, httpx.TransportError)


def test_corrupt_or_truncated_gzip_is_a_422(bay: Device) -> None:
    body = json.dumps(bay.batch([bay.change("customer", str(uuid.uuid4()), "insert", {})]))
    packed = gzip.compress(body.encode())
    for bad in (b"\x1f\x8b\x08\x00garbage" * 10, packed[: len(packed) // 2]):
        response = bay.http.post(
            "/v1/sync/push",
            content=bad,
            headers={"Content-Encoding": "gzip", "Content-Type": "application/json"},
        )
        assert response.status_code == 422
        assert _code(response) == "VALIDATION"
    ok = bay.http.post(
        "/v1/sync/push",
        content=packed,
        headers={"Content-Encoding": "gzip", "Content-Type": "application/json"},
    )
    assert ok.status_code == 200


def test_numbers_past_64_bits_and_huge_id_lists_are_4xx(bay: Device) -> None:
    for since in (2**63, 2**64, 10**30):
        assert bay.pull(since=since).status_code == 422
    assert bay.pull(limit=2**63).status_code == 422
    change = bay.change("customer", str(uuid.uuid4()), "insert", {"name": "n"})
    change["local_seq"] = 2**63
    body = bay.batch([change])
    assert bay.push([], body=body).status_code == 422
    change["local_seq"], change["base_version"] = 1, 2**63
    assert bay.push([], body=bay.batch([change])).status_code == 422
    verify = bay.http.post(
        "/v1/sync/verify", json={"stream": bay.stream, "as_of": 2**63, "tables": {}}
    )
    assert verify.status_code == 422
    ids = [str(uuid.UUID(int=i)) for i in range(65_536)]
    status = bay.http.post("/v1/messages/status", json={"message_ids": ids})
    assert status.status_code in (413, 422)
    assert bay.http.get("/v1/sync/conflicts/..%2F..%2Fetc").status_code == 404
    assert bay.http.get(f"/v1/sync/conflicts/{'9' * 200}").status_code == 404


def test_a_change_id_reused_by_another_device_is_a_409(server: BackgroundServer) -> None:
    a = enrolled_device(server, f"F-{uuid.uuid4().hex[:6]}")
    clone = enrolled_device(server, f"F-{uuid.uuid4().hex[:6]}")
    change = a.change("customer", str(uuid.uuid4()), "insert", {"name": "n"})
    assert a.push([change]).status_code == 200
    copied = clone.change("customer", str(uuid.uuid4()), "insert", {"name": "m"})
    copied["change_id"] = change["change_id"]
    for _ in range(2):  # the same answer every time, never a 500
        response = clone.push([copied])
        assert response.status_code == 409
        assert _code(response) == "DEVICE_FORKED"
    twice = a.change("customer", str(uuid.uuid4()), "insert", {"name": "x"})
    again = a.change("customer", str(uuid.uuid4()), "insert", {"name": "y"})
    again["change_id"] = twice["change_id"]
    assert a.push([twice, again]).status_code == 422


def test_enrollment_attempts_are_rate_limited(tmp_path: Path) -> None:
    backend = "postgres" if os.environ.get(PG_ENV) else "sqlite"  # the limit is per process
    with (
        database(backend, tmp_path) as url,
        BackgroundServer(url, tmp_path / "media", enroll_rate=(3, 60.0)) as srv,
    ):
        body = {"code": "NOPE-NOPE", "secret_sha256": "0" * 64}
        codes = [httpx.post(f"{srv.url}/v1/enroll", json=body).status_code for _ in range(5)]
    assert codes[:3] == [403, 403, 403]
    assert codes[3:] == [429, 429]


def test_sql_parameters_never_reach_logs_or_errors(
    server: BackgroundServer, caplog: pytest.LogCaptureFixture
) -> None:
    engine = make_engine(server.db_url)
    marker = "SECRET-" + uuid.uuid4().hex
    logging.getLogger("sqlalchemy.engine.Engine").setLevel(logging.INFO)
    try:
        with caplog.at_level(logging.INFO, logger="sqlalchemy.engine"), engine.connect() as conn:
            conn.execute(text("SELECT :p"), {"p": marker})
        with pytest.raises(IntegrityError) as raised, engine.begin() as conn:
            conn.execute(
                schema.server_meta.insert(), [{"k": "epoch", "v": marker}]
            )  # epoch exists: duplicate key
    finally:
        logging.getLogger("sqlalchemy.engine.Engine").setLevel(logging.WARNING)
        engine.dispose()
    assert "SELECT" in caplog.text
    assert marker not in caplog.text
    assert marker not in str(raised.value)
