"""Media over tus: resumed after a cut, verified by SHA-256, corrupted uploads refused;
customer messages through the gateway (SYNC.md §5.7; A4/W4/W5)."""

from __future__ import annotations

import hashlib
import json
import os
import socket
import time
import uuid
from collections.abc import Iterator

import pytest
from headoffice_testing import PG_ENV, BackgroundServer, Device, database, enrolled_device

from app.protocol.wire import bearer_token

BACKENDS = [pytest.param("sqlite"), pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(scope="module", params=BACKENDS)
def server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[BackgroundServer]:
    if request.param == "postgres" and not os.environ.get(PG_ENV):
        pytest.skip(f"{PG_ENV} unset: PostgreSQL tests need the server scripts/test.sh starts")
    tmp = tmp_path_factory.mktemp(f"ho-{request.param}")
    with (
        database(request.param, tmp) as url,
        BackgroundServer(url, tmp / "media", message_outbox=tmp / "sms") as srv,
    ):
        yield srv


def _data(size: int) -> bytes:
    return os.urandom(size)


def _raw_patch(
    server: BackgroundServer, device: Device, location: str, offset: int, total: int, body: bytes
) -> socket.socket:
    """Open a PATCH announcing ``total`` bytes and send only ``body``: the connection is left
    open for the caller to cut or hold."""
    sock = socket.create_connection(("127.0.0.1", server.port))
    head = (
        f"PATCH {location} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        f"Authorization: {bearer_token(device.device_id, device.secret)}\r\n"
        f"Tus-Resumable: 1.0.0\r\nUpload-Offset: {offset}\r\n"
        f"Content-Type: application/offset+octet-stream\r\nContent-Length: {total}\r\n\r\n"
    )
    sock.sendall(head.encode() + body)
    return sock


def _offset(device: Device, location: str) -> int:
    return int(device.http.head(location).headers["Upload-Offset"])


def _wait_offset(device: Device, location: str) -> int:
    """The offset once the cut PATCH has been wound up (it is saved when the request ends)."""
    deadline = time.monotonic() + 15
    offset = _offset(device, location)
    while offset == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
        offset = _offset(device, location)
    return offset


def _cas_ok(server: BackgroundServer, sha: str) -> bool:
    path = server.media_dir / "cas" / sha[:2] / sha[2:4] / sha
    return path.is_file() and hashlib.sha256(path.read_bytes()).hexdigest() == sha


def test_upload_resumes_after_a_cut(server: BackgroundServer) -> None:
    device = enrolled_device(server, f"D-{uuid.uuid4().hex[:6]}")
    data = _data(3 * 1024 * 1024 + 17)
    sha = hashlib.sha256(data).hexdigest()
    assert device.http.head(f"/v1/media/{sha}").status_code == 404  # asked first: not there
    location = device.tus_create(len(data), sha, key=f"{device.device_id}:{sha}").headers[
        "Location"
    ]
    # The same idempotency key finds the same upload (the create response was lost).
    assert (
        device.tus_create(len(data), sha, key=f"{device.device_id}:{sha}").headers["Location"]
        == location
    )

    cut = 1024 * 1024 + 5
    sock = _raw_patch(server, device, location, 0, len(data), data[:cut])
    sock.shutdown(socket.SHUT_WR)
    sock.close()
    offset = _wait_offset(device, location)
    # The bytes that reached the server before the cut are kept (uvicorn may drop the tail it
    # had buffered when it saw the connection end: the client resumes from the server's word).
    assert 0 < offset <= cut
    assert device.http.head(f"/v1/media/{sha}").status_code == 404  # nothing visible yet

    stale = device.tus_patch(location, 0, data)
    assert stale.status_code == 409
    assert int(stale.headers["Upload-Offset"]) == offset
    done = device.tus_patch(location, offset, data[offset:])
    assert done.status_code == 204, done.text
    assert int(done.headers["Upload-Offset"]) == len(data)
    assert device.http.head(f"/v1/media/{sha}").status_code == 200
    assert device.http.get(f"/v1/media/{sha}").content == data
    ranged = device.http.get(f"/v1/media/{sha}", headers={"Range": "bytes=10-19"})
    assert ranged.status_code == 206
    assert ranged.content == data[10:20]
    assert _cas_ok(server, sha)
    assert not any((server.media_dir / "uploads").iterdir())


def test_stale_patch_gives_way_to_a_new_one(server: BackgroundServer) -> None:
    device = enrolled_device(server, f"D-{uuid.uuid4().hex[:6]}")
    data = _data(2 * 1024 * 1024)
    sha = hashlib.sha256(data).hexdigest()
    location = device.tus_create(len(data), sha).headers["Location"]
    held = _raw_patch(server, device, location, 0, len(data), data[:300_000])  # half-open
    statuses = []
    try:
        # The client's resume loop: ask the offset, send from there. The half-open request
        # must give way (stopped, keeping its bytes) instead of blocking the upload.
        for _ in range(6):
            offset = _offset(device, location)
            if offset == len(data):
                break
            response = device.tus_patch(location, offset, data[offset:])
            statuses.append(response.status_code)
            assert response.status_code in (204, 409), response.text
    finally:
        held.close()
    assert _offset(device, location) == len(data), statuses
    assert 423 not in statuses
    assert device.http.get(f"/v1/media/{sha}").content == data


def test_corrupted_upload_is_refused_and_restarted(server: BackgroundServer) -> None:
    device = enrolled_device(server, f"D-{uuid.uuid4().hex[:6]}")
    data = _data(1024 * 1024)
    sha = hashlib.sha256(data).hexdigest()
    corrupted = bytearray(data)
    corrupted[600_000] ^= 0x01
    response = device.upload(bytes(corrupted), chunk=256 * 1024, sha=sha)
    assert response.status_code == 460
    assert response.json()["error"]["code"] == "CHECKSUM_MISMATCH"
    assert device.http.head(f"/v1/media/{sha}").status_code == 404
    assert not _cas_ok(server, sha)
    again = device.upload(data, chunk=256 * 1024)
    assert again.status_code == 204
    assert device.http.head(f"/v1/media/{sha}").headers["Content-Length"] == str(len(data))
    assert _cas_ok(server, sha)


def test_media_of_another_dealer_is_invisible(server: BackgroundServer) -> None:
    owner = enrolled_device(server, f"D-{uuid.uuid4().hex[:6]}")
    stranger = enrolled_device(server, f"D-{uuid.uuid4().hex[:6]}")
    data = _data(4096)
    sha = hashlib.sha256(data).hexdigest()
    pending = owner.tus_create(len(data), sha).headers["Location"]
    assert owner.upload(data).status_code == 204
    assert stranger.http.head(f"/v1/media/{sha}").status_code == 404
    assert stranger.http.get(f"/v1/media/{sha}").status_code == 404
    assert stranger.http.head(pending).status_code == 404
    assert stranger.tus_patch(pending, 0, data).status_code == 404
    # Holding the same bytes is proven by uploading them; then the dealer sees its copy.
    assert stranger.upload(data).status_code == 204
    assert stranger.http.get(f"/v1/media/{sha}").content == data


def test_customer_messages_are_delivered_once(server: BackgroundServer) -> None:
    device = enrolled_device(server, f"D-{uuid.uuid4().hex[:6]}")
    stranger = enrolled_device(server, f"D-{uuid.uuid4().hex[:6]}")
    message_id = str(uuid.uuid4())
    message = {
        "message_id": message_id,
        "to": "13800138000",
        "body": "您的车辆已完工，可以取车。",
        "case_id": str(uuid.uuid4()),
    }
    sent = device.http.post("/v1/messages", json={"messages": [message]}).json()["results"][0]
    assert sent["status"] == "sent"
    outbox = server.media_dir.parent / "sms" / f"{message_id}.json"
    written = json.loads(outbox.read_text(encoding="utf-8"))
    assert written["body"] == message["body"]
    assert written["to"] == "13800138000"
    outbox.unlink()
    again = device.http.post("/v1/messages", json={"messages": [message]}).json()["results"][0]
    assert again == sent  # answered from storage, not sent twice
    assert not outbox.exists()
    status = device.http.post("/v1/messages/status", json={"message_ids": [message_id]}).json()
    assert [r["status"] for r in status["results"]] == ["sent"]
    assert (
        stranger.http.post("/v1/messages/status", json={"message_ids": [message_id]}).json()[
            "results"
        ]
        == []
    )
    hijack = stranger.http.post("/v1/messages", json={"messages": [message]}).json()["results"][0]
    assert hijack["status"] == "rejected"
