"""Enrollment and device authentication against a real head-office server (SYNC.md §7)."""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Iterator
from datetime import timedelta

import httpx
import pytest
from headoffice_testing import PG_ENV, BackgroundServer, Device, database, enrolled_device
from sqlalchemy import select

from app.headoffice import schema
from app.headoffice.auth import create_enrollment_code, revoke_device
from app.protocol.wire import EnrollRequest, secret_sha256

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


def _enroll(server: BackgroundServer, code: str, secret: str = "s3cret") -> httpx.Response:
    body = EnrollRequest(
        code=code, secret_sha256=secret_sha256(secret), device_id=f"W-{uuid.uuid4().hex[:6]}"
    )
    return httpx.post(f"{server.url}/v1/enroll", json=body.model_dump())


def test_code_is_single_use(server: BackgroundServer) -> None:
    code = create_enrollment_code(server.engine, "D-single", "Bay 1")
    first = _enroll(server, code.lower())  # typed in any case
    assert first.status_code == 200, first.text
    assert first.json()["dealer_code"] == "D-single"
    assert first.json()["workstation_name"] == "Bay 1"
    again = _enroll(server, code)
    assert again.status_code == 403
    assert again.json()["error"]["code"] == "ENROLL_CODE_INVALID"


def test_expired_and_unknown_codes_refused(server: BackgroundServer) -> None:
    expired = create_enrollment_code(server.engine, "D-exp", "Bay", ttl=timedelta(seconds=-1))
    assert _enroll(server, expired).status_code == 403
    assert _enroll(server, "AAAA-BBBB-CCCC").status_code == 403


def test_only_hashes_are_stored(server: BackgroundServer) -> None:
    code = create_enrollment_code(server.engine, "D-hash", "Bay")
    device = Device.enroll(server.url, code)
    with server.engine.connect() as conn:
        stored = conn.execute(
            select(schema.device.c.token_hash).where(schema.device.c.id == device.device_id)
        ).scalar_one()
        codes = [r.code_hash for r in conn.execute(select(schema.enrollment_code))]
    assert stored == hashlib.sha256(device.secret.encode()).hexdigest()
    assert device.secret not in stored
    assert all(code.replace("-", "") not in h for h in codes)


def test_unknown_device_and_wrong_secret_refused(server: BackgroundServer) -> None:
    device = enrolled_device(server, "D-auth")
    assert device.http.get("/v1/sync/meta").status_code == 200
    for header in (None, "Bearer nobody:secret", f"Bearer {device.device_id}:wrong", "Basic abc"):
        headers = {"Authorization": header} if header else {}
        response = httpx.get(f"{server.url}/v1/sync/meta", headers=headers)
        assert response.status_code == 401, header
        assert response.json()["error"]["code"] == "UNAUTHENTICATED"
    assert httpx.get(f"{server.url}/v1/health").status_code == 200


def test_revoked_device_refused(server: BackgroundServer) -> None:
    device = enrolled_device(server, "D-revoke")
    pushed = device.push([device.change("customer", str(uuid.uuid4()), "insert", {"name": "Li"})])
    assert pushed.status_code == 200
    assert revoke_device(server.engine, device.device_id) == 1
    meta = device.http.get("/v1/sync/meta")
    assert meta.status_code == 403
    assert meta.json()["error"]["code"] == "DEVICE_REVOKED"
    refused = device.push(
        [device.change("customer", str(uuid.uuid4()), "insert", {"name": "Wang"})]
    )
    assert refused.status_code == 403
    assert device.pull().status_code == 403


def test_device_id_taken_keeps_code_usable(server: BackgroundServer) -> None:
    first = enrolled_device(server, "D-taken")
    code = create_enrollment_code(server.engine, "D-taken", "Bay 2")
    body = EnrollRequest(code=code, secret_sha256=secret_sha256("x"), device_id=first.device_id)
    clash = httpx.post(f"{server.url}/v1/enroll", json=body.model_dump())
    assert clash.status_code == 409
    assert Device.enroll(server.url, code).device_id != first.device_id


def test_unsupported_protocol_version(server: BackgroundServer) -> None:
    device = enrolled_device(server, "D-proto")
    response = device.http.get("/v1/sync/meta", headers={"X-Sync-Protocol": "99"})
    assert response.status_code == 426
    assert response.json()["error"]["code"] == "PROTOCOL_UNSUPPORTED"
    meta = device.http.get("/v1/sync/meta", headers={"X-Sync-Protocol": "1"}).json()
    assert meta["device"]["device_id"] == device.device_id
    assert meta["streams"][device.stream]["head"] >= 0


def test_command_line_wiring(server: BackgroundServer, capsys: pytest.CaptureFixture[str]) -> None:
    import argparse

    from app.headoffice.cli import register_subcommands

    parser = argparse.ArgumentParser()
    register_subcommands(parser.add_subparsers(), default_db=server.db_url)
    args = parser.parse_args(["enroll-code", "--dealer", "D-cli", "--name", "Bay 9"])
    code = args.handler(args)
    assert capsys.readouterr().out.strip() == code
    device = Device.enroll(server.url, code)
    before = device.http.get("/v1/sync/meta").json()["epoch"]
    args = parser.parse_args(["new-epoch"])
    args.handler(args)
    assert device.http.get("/v1/sync/meta").json()["epoch"] != before
    args = parser.parse_args(["revoke-device", device.device_id])
    assert args.handler(args) == 0
    assert device.http.get("/v1/sync/meta").status_code == 403
    assert parser.parse_args(["serve", "--port", "9"]).port == 9
