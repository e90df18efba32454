"""Support for tests and benchmarks: a real uvicorn server on loopback, a fresh PostgreSQL
database per test module, and a minimal protocol client that builds outbox-shaped changes.

Test-only (issue 12: it left the shipped package, as sync_testing did): integration tests,
reliability tests and the benchmarks import it as ``headoffice_testing`` (pytest puts tests/ on
the path; benchmarks add it).
"""

from __future__ import annotations

import hashlib
import os
import secrets
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import uvicorn

from app.domain.hlc import HybridLogicalClock
from app.headoffice.api import create_app
from app.protocol.wire import (
    EnrollRequest,
    bearer_token,
    payload_sha,
    secret_sha256,
    tus_metadata,
)

PG_ENV = "BAY_TEST_PG_URL"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class BackgroundServer:
    """uvicorn serving `create_app(...)` in a thread; `url` is ``http://127.0.0.1:<port>``."""

    def __init__(self, db_url: str, media_dir: Path, **app_kwargs: Any) -> None:
        self.db_url = db_url
        self.media_dir = media_dir
        app_kwargs.setdefault("enroll_rate", (100_000, 60.0))  # tests enroll many bays at once
        self.app = create_app(db_url, media_dir, **app_kwargs)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(self.app, host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, name="headoffice", daemon=True)

    def __enter__(self) -> BackgroundServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("head-office server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=20)

    @property
    def engine(self) -> Any:
        return self.app.state.engine


def enrolled_device(
    server: BackgroundServer | ServerProcess, dealer_code: str, name: str = "Bay"
) -> Device:
    """A new workstation of ``dealer_code`` (the dealer is created on first use)."""
    from app.headoffice.auth import create_enrollment_code

    return Device.enroll(server.url, create_enrollment_code(server.engine, dealer_code, name))


class ServerProcess:
    """The same server in a child process (``python -m headoffice_testing``): no GIL
    shared with the caller, and it can be killed (``kill()``) like a real deployment."""

    def __init__(self, db_url: str, media_dir: Path) -> None:
        self.db_url = db_url
        self.media_dir = media_dir
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None
        self._engine: Any = None

    def __enter__(self) -> ServerProcess:
        here = str(Path(__file__).resolve().parent)
        root = str(Path(__file__).resolve().parents[1])
        path = os.pathsep.join(p for p in (here, root, os.environ.get("PYTHONPATH", "")) if p)
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "headoffice_testing",
                self.db_url,
                str(self.media_dir),
                str(self.port),
            ],
            env={**os.environ, "PYTHONPATH": path},
        )
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{self.url}/v1/health", timeout=1).status_code == 200:
                    return self
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise RuntimeError("head-office server process did not start")
            time.sleep(0.05)

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def __exit__(self, *exc: object) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()
        if self._engine is not None:
            self._engine.dispose()

    @property
    def engine(self) -> Any:
        if self._engine is None:
            from app.headoffice.db import make_engine

            self._engine = make_engine(self.db_url)
        return self._engine


@contextmanager
def pg_database(base_url: str, prefix: str = "ho") -> Iterator[str]:
    """A fresh database on the PostgreSQL server of ``base_url``; dropped afterwards."""
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(base_url.replace("postgresql://", "postgresql+psycopg://", 1))
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def database(kind: str, tmp: Path) -> Iterator[str]:
    """``kind`` is "sqlite" or "postgres" (the latter needs BAY_TEST_PG_URL)."""
    if kind == "sqlite":
        yield f"sqlite:///{tmp / 'headoffice.sqlite3'}"
        return
    base = os.environ.get(PG_ENV)
    if not base:
        raise RuntimeError(f"{PG_ENV} is not set")
    with pg_database(base) as url:
        yield url


@contextmanager
def postgres_server(tmp: Path) -> Iterator[BackgroundServer]:
    """Head office on loopback over a throwaway PostgreSQL database, its file gateway writing
    messages under ``tmp``; the test is skipped without BAY_TEST_PG_URL."""
    import pytest

    if not os.environ.get(PG_ENV):
        pytest.skip(f"{PG_ENV} unset: PostgreSQL tests need the server scripts/test.sh starts")
    with (
        database("postgres", tmp) as url,
        BackgroundServer(url, tmp / "media", message_outbox=tmp / "outbox") as server,
    ):
        yield server


@dataclass
class Device:
    """A workstation as the protocol sees it: an id, a secret, an HLC and a local_seq counter."""

    base_url: str
    device_id: str
    secret: str
    dealer_id: str = ""
    next_seq: int = 1
    clock: HybridLogicalClock = field(init=False)
    versions: dict[tuple[str, str], int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.clock = HybridLogicalClock(self.device_id)
        self.http = httpx.Client(
            base_url=self.base_url,
            headers={"Authorization": bearer_token(self.device_id, self.secret)},
            timeout=60,
        )

    @classmethod
    def enroll(cls, base_url: str, code: str, device_id: str | None = None) -> Device:
        device_id = device_id or f"W-{uuid.uuid4().hex[:8]}"
        secret = secrets.token_urlsafe(32)
        body = EnrollRequest(code=code, secret_sha256=secret_sha256(secret), device_id=device_id)
        response = httpx.post(f"{base_url}/v1/enroll", json=body.model_dump(), timeout=30)
        response.raise_for_status()
        device = cls(base_url, device_id, secret)
        device.dealer_id = response.json()["dealer_id"]
        return device

    @property
    def stream(self) -> str:
        return f"dealer:{self.dealer_id}"

    def change(
        self,
        tbl: str,
        row_id: str,
        op: str,
        values: dict[str, Any],
        base_version: int | None = None,
        hlc: str | None = None,
        tx_id: str | None = None,
    ) -> dict[str, Any]:
        """One outbox row, as the workstation's triggers would write it."""
        stamp = hlc or self.clock.now()
        fields = {k: {"v": v, "hlc": stamp} for k, v in values.items()}
        change = {
            "local_seq": self.next_seq,
            "change_id": str(uuid.uuid4()),
            "tx_id": tx_id or str(uuid.uuid4()),
            "tbl": tbl,
            "row_id": row_id,
            "op": op,
            "base_version": base_version,
            "fields": fields,
            "payload_sha": payload_sha(tbl, row_id, op, fields),
            "hlc": stamp,
        }
        self.next_seq += 1
        return change

    def batch(self, changes: list[dict[str, Any]]) -> dict[str, Any]:
        return {
            "device_id": self.device_id,
            "batch_id": str(uuid.uuid4()),
            "first_local_seq": changes[0]["local_seq"] if changes else self.next_seq,
            "schema": 1,
            "changes": changes,
        }

    def push(
        self, changes: list[dict[str, Any]], body: dict[str, Any] | None = None
    ) -> httpx.Response:
        payload = body or self.batch(changes)
        return self.http.post(
            "/v1/sync/push", json=payload, headers={"Idempotency-Key": payload["batch_id"]}
        )

    def pull(self, stream: str | None = None, since: int = 0, limit: int = 1000) -> httpx.Response:
        return self.http.get(
            "/v1/sync/pull",
            params={"stream": stream or self.stream, "since": since, "limit": limit},
        )

    def pull_all(
        self, stream: str | None = None, limit: int = 1000
    ) -> tuple[list[dict[str, Any]], int]:
        items: list[dict[str, Any]] = []
        since = 0
        while True:
            response = self.pull(stream, since, limit)
            response.raise_for_status()
            page = response.json()
            items.extend(page["items"])
            since = page["next_since"]
            if not page["has_more"]:
                return items, since

    def upload(
        self, data: bytes, chunk: int = 8 * 1024 * 1024, sha: str | None = None
    ) -> httpx.Response:
        """Plain (uncut) tus upload; returns the final PATCH response."""
        digest = sha or hashlib.sha256(data).hexdigest()
        created = self.tus_create(len(data), digest)
        location = created.headers["Location"]
        offset = int(created.headers.get("Upload-Offset", "0"))
        response = created
        while offset < len(data):
            response = self.tus_patch(location, offset, data[offset : offset + chunk])
            if response.status_code != 204:
                return response
            offset = int(response.headers["Upload-Offset"])
        return response

    def tus_create(self, length: int, sha: str, key: str | None = None) -> httpx.Response:
        headers = {
            "Tus-Resumable": "1.0.0",
            "Upload-Length": str(length),
            "Upload-Metadata": tus_metadata({"sha256": sha, "mime": "application/octet-stream"}),
        }
        if key:
            headers["Idempotency-Key"] = key
        response = self.http.post("/v1/uploads", headers=headers)
        response.raise_for_status()
        return response

    def tus_patch(self, location: str, offset: int, data: bytes) -> httpx.Response:
        return self.http.patch(
            location,
            content=data,
            headers={
                "Tus-Resumable": "1.0.0",
                "Upload-Offset": str(offset),
                "Content-Type": "application/offset+octet-stream",
            },
        )

    def close(self) -> None:
        self.http.close()


if __name__ == "__main__":
    # ServerProcess's child: python -m headoffice_testing DB_URL MEDIA_DIR PORT
    _db, _media, _port = sys.argv[1:4]
    uvicorn.run(
        create_app(_db, Path(_media), enroll_rate=(100_000, 60.0)),
        host="127.0.0.1",
        port=int(_port),
        log_level="warning",
    )
