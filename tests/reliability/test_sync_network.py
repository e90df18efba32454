"""SYNC.md §9 tests 4–7 at CI size, through a fault-injecting TCP proxy on loopback: lost and
duplicated requests and responses during push, a network cut during a large upload, a stale
half-open PATCH, and a corrupted chunk. Each ends with the final check."""

from __future__ import annotations

import hashlib
import os
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from headoffice_testing import PG_ENV, BackgroundServer, database
from sqlalchemy import func, select
from sync_testing import Bay, ChaosProxy, Faults, copy_bay, final_check, make_template

from app.headoffice import schema
from app.headoffice.auth import create_enrollment_code
from app.media.store import MediaStore
from app.protocol.wire import UPLOAD_CHUNK, tus_metadata
from app.store.models import Customer, MediaFile, MediaUpload
from app.sync import local

SOAK = os.environ.get("BAY_SOAK") == "1"
soak = pytest.mark.skipif(not SOAK, reason="long soak variant: set BAY_SOAK=1")
BACKEND = "postgres" if os.environ.get(PG_ENV) else "sqlite"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_template(tmp_path_factory.mktemp("net-template") / "bay")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[BackgroundServer]:
    with database(BACKEND, tmp_path) as url, BackgroundServer(url, tmp_path / "hq") as srv:
        yield srv


def _bay_behind(proxy: ChaosProxy, template: Path, tmp: Path, server: BackgroundServer) -> Bay:
    bay = copy_bay(template, tmp / "bay")
    bay.client.enroll(proxy.url, create_enrollment_code(server.engine, "TS01", "bay"))
    bay.client.max_retries = 100
    bay.client.backoff_base = 0.01
    return bay


def _customers(bay: Bay, count: int) -> list[str]:
    dealer = str(bay.scalar("SELECT v FROM sync_state WHERE k = 'dealer_id'"))
    ids: list[str] = []
    for start in range(0, count, 25):
        with bay.ctx.db.write() as session:
            for n in range(start, min(start + 25, count)):
                row = Customer(dealer_id=dealer, name=f"c{n}", phone="1")
                session.add(row)
                session.flush()
                ids.append(row.id)
    return ids


def _lost_and_duplicated(template: Path, tmp: Path, server: BackgroundServer, count: int) -> None:
    with ChaosProxy(server.port) as proxy:
        bay = _bay_behind(proxy, template, tmp, server)
        proxy.faults = Faults(drop_request=0.1, drop_response=0.3, duplicate=0.2, seed=4)
        try:
            ledger = _customers(bay, count)
            bay.client.max_batch = 50
            # A resent batch is answered from the stored results, byte for byte.
            batch = local.next_batch(bay.ctx.db, 0, 50)
            direct = bay.client.http()
            body: dict[str, Any] = {
                "device_id": bay.client._state("device_id"),
                "batch_id": "replay",
                "first_local_seq": batch[0].local_seq,
                "schema": 1,
                "changes": [c.as_wire() for c in batch],
            }
            with BackgroundServerClient(server, direct) as plain:
                first = plain.post("/v1/sync/push", json=body)
                again = plain.post("/v1/sync/push", json=body)
            assert first.status_code == again.status_code == 200
            assert first.content == again.content
            for _ in range(3):
                report = bay.client.run_round(verify=True)
                if report.waiting == 0:
                    break
            assert proxy.counts["dropped_responses"] > 0
            assert proxy.counts["duplicated"] > 0
            with server.engine.connect() as conn:
                ac = schema.applied_change
                rows = conn.execute(select(ac.c.change_id)).scalars().all()
                rs = schema.row_state
                customers = conn.execute(
                    select(func.count()).select_from(rs).where(rs.c.tbl == "customer")
                ).scalar_one()
            assert len(rows) == len(set(rows))
            assert customers == len(ledger)
            assert final_check(server.engine, [bay]) == []
        finally:
            bay.close()


class BackgroundServerClient:
    """The device's credentials straight to the server, bypassing the proxy."""

    def __init__(self, server: BackgroundServer, via: Any) -> None:
        import httpx

        self.http = httpx.Client(base_url=server.url, headers=dict(via.headers), timeout=30)

    def __enter__(self) -> Any:
        return self.http

    def __exit__(self, *exc: object) -> None:
        self.http.close()


def test_4_lost_responses_and_duplicate_deliveries(
    template: Path, tmp_path: Path, server: BackgroundServer
) -> None:
    _lost_and_duplicated(template, tmp_path, server, 600)


@pytest.mark.soak
@soak
def test_4_lost_responses_and_duplicate_deliveries_soak(
    template: Path, tmp_path: Path, server: BackgroundServer
) -> None:
    _lost_and_duplicated(template, tmp_path, server, 10_000)


def _video(bay: Bay, size: int, seed: int) -> str:
    """A large file in the CAS and its media_file row (bytes need not decode for sync)."""
    data = hashlib.sha256(str(seed).encode()).digest() * (size // 32)
    data = bytes(b ^ (i & 0xFF) for i, b in enumerate(data[: 1 << 16])) + data[1 << 16 :]
    ref = MediaStore(bay.ctx.media_dir).put_bytes(data, "video/mp4")
    dealer = str(bay.scalar("SELECT v FROM sync_state WHERE k = 'dealer_id'"))
    from datetime import datetime

    with bay.ctx.db.write() as session:
        session.add(
            MediaFile(
                dealer_id=dealer,
                sha256=ref.sha256,
                mime="video/mp4",
                size=ref.size,
                purpose="key_step",
                captured_by=bay.advisor.staff_id,
                captured_at=datetime(2026, 11, 27, 9, 0),
            )
        )
    return ref.sha256


def _held(server: BackgroundServer, sha: str) -> Path:
    return server.media_dir / "cas" / sha[:2] / sha[2:4] / sha


def _cut_uploads(template: Path, tmp: Path, server: BackgroundServer, cuts: int) -> None:
    size = 2 * UPLOAD_CHUNK + 123_457
    with ChaosProxy(server.port) as proxy:
        bay = _bay_behind(proxy, template, tmp, server)
        try:
            bay.client.run_round()  # case data first
            sha = _video(bay, size, 5)
            # Cut the TCP connection at a byte inside each of the first PATCHes.
            proxy.faults.cut_at = [UPLOAD_CHUNK // 2 + 7919 * n for n in range(cuts)]
            report_round = bay.client.run_round()
            assert report_round.upload_pending == 0
            assert proxy.counts["cut"] == cuts
            held = _held(server, sha)
            assert hashlib.sha256(held.read_bytes()).hexdigest() == sha
            # Bytes re-sent after each cut: at most one chunk.
            assert proxy.counts["patch_bytes"] <= size + cuts * UPLOAD_CHUNK
            assert bay.scalar("SELECT state FROM media_upload WHERE sha256 = :s", s=sha) == "done"
            assert final_check(server.engine, [bay], server_media=server.media_dir) == []
        finally:
            bay.close()


def test_5_network_cut_during_large_upload_resumes(
    template: Path, tmp_path: Path, server: BackgroundServer
) -> None:
    _cut_uploads(template, tmp_path, server, cuts=2)


def test_6_stale_half_open_patch_does_not_hold_the_upload(
    template: Path, tmp_path: Path, server: BackgroundServer
) -> None:
    with ChaosProxy(server.port) as proxy:
        bay = _bay_behind(proxy, template, tmp_path, server)
        try:
            sha = _video(bay, UPLOAD_CHUNK + 5000, 6)
            http = bay.client.http()
            created = http.post(
                "/v1/uploads",
                headers={
                    "Tus-Resumable": "1.0.0",
                    "Upload-Length": str(UPLOAD_CHUNK + 5000),
                    "Upload-Metadata": tus_metadata({"sha256": sha}),
                },
            )
            location = created.headers["Location"]
            with bay.ctx.db.write() as session:
                session.add(
                    MediaUpload(
                        sha256=sha, state="uploading", url=location, size=UPLOAD_CHUNK + 5000,
                        sent=0, attempts=0, error="", updated_at="",
                    )
                )  # fmt: skip
            # A half-open PATCH straight to the server: headers and a few bytes, then silence.
            stale = socket.create_connection(("127.0.0.1", server.port))
            auth = http.headers["Authorization"]
            stale.sendall(
                (
                    f"PATCH {location} HTTP/1.1\r\nHost: x\r\nAuthorization: {auth}\r\n"
                    "Tus-Resumable: 1.0.0\r\nUpload-Offset: 0\r\n"
                    "Content-Type: application/offset+octet-stream\r\n"
                    f"Content-Length: {UPLOAD_CHUNK}\r\n\r\n"
                ).encode()
                + MediaStore(bay.ctx.media_dir).read_bytes(sha)[:1000]
            )
            sent = bay.client.upload_one(MediaStore(bay.ctx.media_dir), sha)
            stale.close()
            assert sent is not None
            assert hashlib.sha256(_held(server, sha).read_bytes()).hexdigest() == sha
            bay.client.run_round()
            assert final_check(server.engine, [bay], server_media=server.media_dir) == []
        finally:
            bay.close()


def test_7_corrupted_chunk_is_rejected_and_uploaded_again(
    template: Path, tmp_path: Path, server: BackgroundServer
) -> None:
    with ChaosProxy(server.port) as proxy:
        bay = _bay_behind(proxy, template, tmp_path, server)
        try:
            sha = _video(bay, UPLOAD_CHUNK + 300_000, 7)
            proxy.faults.flip_byte_at = 4242
            bay.client.run_round()
            assert proxy.counts["flipped"] == 1
            attempts = bay.scalar("SELECT attempts FROM media_upload WHERE sha256 = :s", s=sha)
            assert attempts == 1  # the corrupted upload was refused at finalize, then redone
            assert hashlib.sha256(_held(server, sha).read_bytes()).hexdigest() == sha
            with server.engine.connect() as conn:
                blobs = conn.execute(select(schema.media.c.sha256)).scalars().all()
            assert blobs == [sha]  # never a corrupted blob visible
            assert final_check(server.engine, [bay], server_media=server.media_dir) == []
        finally:
            bay.close()
