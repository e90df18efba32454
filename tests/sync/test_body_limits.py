"""Issue 12 security: EVERY head-office endpoint that takes a body refuses one over its limit
with a 413 before reading it (a 50 MB body once made a 500 and held 480 MB). The endpoints
are read from the app itself, so an endpoint added later without a limit fails here."""

from __future__ import annotations

import socket
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from headoffice_testing import BackgroundServer, Device, database, enrolled_device

BODY_METHODS = ("post", "put", "patch")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BackgroundServer]:
    tmp = tmp_path_factory.mktemp("limits")
    with database("sqlite", tmp) as url, BackgroundServer(url, tmp / "media") as srv:
        yield srv


def _endpoints(server: BackgroundServer) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for path, operations in server.app.openapi()["paths"].items():
        for method in operations:
            if method in BODY_METHODS:
                found.append((method.upper(), path.replace("{", "").replace("}", "")))
    return found


def _status(url: str, method: str, path: str, headers: dict[str, str]) -> int:
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=20) as sock:
        head = f"{method} {path} HTTP/1.1\r\nHost: {host}\r\n" + "".join(
            f"{k}: {v}\r\n" for k, v in headers.items()
        )
        sock.sendall(head.encode() + b"\r\n" + b"{" + b" " * 4096)
        reply = sock.recv(4096).decode("latin-1")
    return int(reply.split(" ", 2)[1])


def test_every_endpoint_with_a_body_refuses_50_mb_unread(
    server: BackgroundServer, tmp_path: Path
) -> None:
    bay: Device = enrolled_device(server, f"L-{uuid.uuid4().hex[:6]}")
    endpoints = _endpoints(server)
    assert ("POST", "/v1/enroll") in endpoints
    assert ("POST", "/v1/sync/conflicts/conflict_id/resolve") in endpoints
    assert len(endpoints) >= 7
    for method, path in endpoints:
        headers = {
            "Authorization": str(bay.http.headers["Authorization"]),
            "Content-Type": "application/json",
            "Content-Length": str(50 * 1024 * 1024),
        }
        if method == "PATCH" and path.startswith("/v1/uploads/"):
            # tus: the body streams to disk, bounded by the upload's declared length
            headers |= {"Content-Type": "application/offset+octet-stream", "Upload-Offset": "0"}
            headers["Tus-Resumable"] = "1.0.0"
            path = f"/v1/uploads/{uuid.uuid4()}"
            assert _status(server.url, method, path, headers) in (404, 409, 413), path
            continue
        assert _status(server.url, method, path, headers) == 413, (method, path)
    bay.close()
