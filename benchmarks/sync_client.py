"""Workstation sync client benchmark (SYNC.md §9 performance guardrails).

Against a head-office server in its own process on loopback (PostgreSQL when BAY_TEST_PG_URL
is set, else SQLite), with a real workstation database:

1. push 10,000 changes queued by the triggers (and pull their merged states back);
2. pull 200,000 reference rows (parts) into a workstation;
3. upload a 200 MB video over tus in 8 MiB chunks, against raw HTTP streaming of the same
   bytes in one request to the same server in the same run (baseline).

Usage: python benchmarks/sync_client.py [--changes N] [--parts N] [--video-mb N]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # sync_testing

from headoffice_testing import PG_ENV, ServerProcess, database
from sync_testing import Bay, copy_bay, make_template

from app.headoffice.auth import create_enrollment_code
from app.headoffice.reference import import_rows
from app.media.store import MediaStore
from app.protocol.wire import TUS_VERSION, tus_metadata
from app.store.models import Customer, MediaFile
from app.sync import local
from app.sync.client import RoundReport


def _enroll(bay: Bay, server: ServerProcess, name: str) -> None:
    bay.client.enroll(server.url, create_enrollment_code(server.engine, "TS01", name))


def bench_push(template: Path, tmp: Path, server: ServerProcess, changes: int) -> None:
    bay = copy_bay(template, tmp / "push-bay")
    _enroll(bay, server, "push")
    dealer = bay.scalar("SELECT v FROM sync_state WHERE k = 'dealer_id'")
    for start in range(0, changes, 50):
        with bay.ctx.db.write() as session:
            for n in range(start, min(changes, start + 50)):
                session.add(Customer(dealer_id=dealer, name=f"客户{n}", phone=f"139{n:08d}"))
    queued = int(bay.scalar("SELECT count(*) FROM sync_outbox"))
    client = bay.client
    report = RoundReport()
    meta = client.meta(report)
    t0 = time.perf_counter()
    client.push(report, meta)
    push_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    client.pull(report, meta)
    pull_s = time.perf_counter() - t0
    print(
        f"push: {report.pushed} of {queued} queued changes in {push_s:.2f} s "
        f"({report.pushed / push_s:,.0f} changes/s; guardrail 10,000 in <= 60 s); "
        f"pulled back {report.pulled} merged rows in {pull_s:.2f} s"
    )
    bay.close()


def bench_pull(template: Path, tmp: Path, server: ServerProcess, parts: int) -> None:
    t0 = time.perf_counter()
    for start in range(0, parts, 50_000):
        import_rows(
            server.engine,
            {
                "part": [
                    {"part_no": f"BX-{n:07d}", "name": f"零件{n}", "grade": "oem", "price_fen": n}
                    for n in range(start, min(parts, start + 50_000))
                ]
            },
        )
    import_s = time.perf_counter() - t0
    bay = copy_bay(template, tmp / "pull-bay")
    _enroll(bay, server, "pull")
    client = bay.client
    report = RoundReport()
    applying: list[float] = []
    original = local.apply_pull

    def timed(*args: Any, **kwargs: Any) -> int:
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            applying.append(time.perf_counter() - start)

    local.apply_pull = timed
    t0 = time.perf_counter()
    try:
        client.pull_stream("ref:parts", report)
    finally:
        local.apply_pull = original
    pull_s = time.perf_counter() - t0
    here = int(bay.scalar("SELECT count(*) FROM part WHERE part_no LIKE 'BX-%'"))
    per_page = pull_s / max(1, len(applying)) * 1000
    apply_ms = sorted(applying)[len(applying) // 2] * 1000 if applying else 0.0
    worst_ms = max(applying, default=0.0) * 1000
    print(
        f"pull: {here:,} reference rows in {pull_s:.1f} s ({here / pull_s:,.0f} rows/s, "
        f"{per_page:.0f} ms per 1,000-row page incl. HTTP, local apply median "
        f"{apply_ms:.0f} ms, worst {worst_ms:.0f} ms (guardrail apply <= 500 ms)); "
        f"server import took {import_s:.1f} s"
    )
    bay.close()


def _file(path: Path, size: int) -> str:
    digest = hashlib.sha256()
    block = os.urandom(1 << 20)
    with path.open("wb") as out:
        written = 0
        while written < size:
            piece = block[: min(len(block), size - written)]
            out.write(piece)
            digest.update(piece)
            written += len(piece)
    return digest.hexdigest()


def _raw_upload(bay: Bay, tmp: Path, size: int, n: int) -> float:
    """Baseline: the same number of bytes streamed raw in one request to the same server (a
    tus upload of one PATCH, so the server's write and hash work is the same)."""
    source = tmp / f"raw{n}.bin"
    sha = _file(source, size)
    http = bay.client.http()
    created = http.post(
        "/v1/uploads",
        headers={
            "Tus-Resumable": TUS_VERSION,
            "Upload-Length": str(size),
            "Upload-Metadata": tus_metadata({"sha256": sha}),
        },
    )

    def stream() -> Iterator[bytes]:
        with source.open("rb") as handle:
            while block := handle.read(1 << 20):
                yield block

    t0 = time.perf_counter()
    raw = http.patch(
        created.headers["Location"],
        content=stream(),
        headers={
            "Tus-Resumable": TUS_VERSION,
            "Upload-Offset": "0",
            "Content-Type": "application/offset+octet-stream",
            "Content-Length": str(size),
        },
        timeout=httpx.Timeout(600),
    )
    seconds = time.perf_counter() - t0
    assert raw.status_code == 204, raw.text
    source.unlink()
    return seconds


def _client_upload(bay: Bay, tmp: Path, size: int, n: int) -> float:
    """The workstation's way: CAS file + media_file row, HEAD, create, 8 MiB PATCHes, verified."""
    source = tmp / f"video{n}.bin"
    _file(source, size)
    ref = MediaStore(bay.ctx.media_dir).put_file(source, "video/mp4", move=True, duration_s=60.0)
    dealer = bay.scalar("SELECT v FROM sync_state WHERE k = 'dealer_id'")
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
    t0 = time.perf_counter()
    sent = bay.client.upload_one(MediaStore(bay.ctx.media_dir), ref.sha256)
    seconds = time.perf_counter() - t0
    assert sent == size, sent
    return seconds


def bench_upload(template: Path, tmp: Path, server: ServerProcess, megabytes: int) -> None:
    bay = copy_bay(template, tmp / "upload-bay")
    _enroll(bay, server, "upload")
    bay.client.run_round(media=False, verify=False)
    size = megabytes * 1024 * 1024
    # Alternating, best of two each: page cache and writeback hit both the same way.
    raw_s = min(_raw_upload(bay, tmp, size, 0), _raw_upload(bay, tmp, size, 2))
    client_s = _client_upload(bay, tmp, size, 1)
    raw_s = min(raw_s, _raw_upload(bay, tmp, size, 4))
    client_s = min(client_s, _client_upload(bay, tmp, size, 3))
    mb = size / 1024 / 1024
    print(
        f"upload: {mb:.0f} MB video over tus (8 MiB chunks, resumable, verified) in "
        f"{client_s:.2f} s = {mb / client_s:.0f} MB/s; raw HTTP streaming of the same bytes "
        f"{raw_s:.2f} s = {mb / raw_s:.0f} MB/s; ratio {raw_s / client_s:.0%} of raw "
        f"(guardrail >= 80%; best of 2 runs each, alternating)"
    )
    bay.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--changes", type=int, default=10_000)
    parser.add_argument("--parts", type=int, default=200_000)
    parser.add_argument("--video-mb", type=int, default=200)
    args = parser.parse_args()
    backend = "postgres" if os.environ.get(PG_ENV) else "sqlite"
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as name:
        tmp = Path(name)
        with database(backend, tmp) as url, ServerProcess(url, tmp / "hq") as server:
            print(f"head office: {backend}, own process; workstation: SQLite (WAL, FULL)")
            # A workstation set up of its own per part (copies would share ids: a clone).
            bench_push(make_template(tmp / "t1"), tmp, server, args.changes)
            bench_pull(make_template(tmp / "t2"), tmp, server, args.parts)
            bench_upload(make_template(tmp / "t3"), tmp, server, args.video_mb)


if __name__ == "__main__":
    main()
