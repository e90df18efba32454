"""Head-office sync server figures (SYNC.md §9 performance guardrails).

    .venv/bin/python benchmarks/sync_server.py [--db URL] [--changes 10000] [--batch 500]
        [--ref-rows 200000] [--upload-mb 200]

1. push N changes in batches (guardrail: 10,000 in ≤ 60 s);
2. pull R reference rows page by page (guardrail: a 1,000-row page well under 500 ms to serve);
3. upload one file of M MB over tus in 8 MiB PATCHes against a raw HTTP streaming PUT of the
   same bytes to a minimal receiver doing the same disk work (write, SHA-256, fsync), in the
   same run (guardrail: tus ≥ 80 % of raw).

SQLite in a temporary directory by default; pass ``--db postgresql+psycopg://…`` (an empty
database) for PostgreSQL.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # headoffice_testing

from headoffice_testing import ServerProcess, enrolled_device, free_port

from app.headoffice.reference import import_rows

CHUNK = 8 * 1024 * 1024


def bench_push(server: ServerProcess, changes: int, batch: int) -> None:
    device = enrolled_device(server, f"BENCH-{uuid.uuid4().hex[:6]}")
    bodies = []
    for start in range(0, changes, batch):
        rows = [
            device.change(
                "customer",
                str(uuid.uuid4()),
                "insert",
                {"name": f"客户 {n}", "phone": f"138{n:08d}", "notes": "bench", "visits": n},
            )
            for n in range(start, min(start + batch, changes))
        ]
        bodies.append(device.batch(rows))
    began = time.perf_counter()
    for body in bodies:
        response = device.push([], body=body)
        response.raise_for_status()
    elapsed = time.perf_counter() - began
    print(
        f"push: {changes} changes in {len(bodies)} batches of {batch}: {elapsed:.2f} s, "
        f"{changes / elapsed:,.0f} changes/s (guardrail ≤ 60 s for 10,000)"
    )
    device.close()


def bench_pull(server: ServerProcess, rows: int) -> None:
    parts = [
        {
            "part_no": f"P{n:07d}",
            "name": f"零件 {n}",
            "grade": "oem" if n % 3 else "certified",
            "price_fen": 100 + n,
            "unit": "件",
        }
        for n in range(rows)
    ]
    began = time.perf_counter()
    import_rows(server.engine, {"part": parts})
    imported = time.perf_counter() - began
    print(f"import: {rows:,} reference rows in {imported:.2f} s ({rows / imported:,.0f} rows/s)")
    device = enrolled_device(server, f"BENCH-{uuid.uuid4().hex[:6]}")
    for limit in (1000, 5000):
        since, got, pages, slowest = 0, 0, 0, 0.0
        began = time.perf_counter()
        while True:
            t0 = time.perf_counter()
            response = device.pull("ref:parts", since, limit)
            response.raise_for_status()
            page = response.json()
            slowest = max(slowest, time.perf_counter() - t0)
            got += len(page["items"])
            pages += 1
            since = page["next_since"]
            if not page["has_more"]:
                break
        elapsed = time.perf_counter() - began
        assert got == rows, (got, rows)
        print(
            f"pull: {got:,} reference rows, {pages} pages of {limit}: {elapsed:.2f} s, "
            f"{got / elapsed:,.0f} rows/s, slowest page {slowest * 1000:.0f} ms"
        )
    device.close()


def _raw_receiver(target: Path) -> Starlette:
    async def put(request: Request) -> Response:
        digest = hashlib.sha256()
        with target.open("wb") as handle:
            async for chunk in request.stream():
                handle.write(chunk)
                digest.update(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        return Response(digest.hexdigest())

    return Starlette(routes=[Route("/raw", put, methods=["PUT"])])


def _file_chunks(path: Path, size: int = 1024 * 1024) -> Iterator[bytes]:
    with path.open("rb") as handle:
        while block := handle.read(size):
            yield block


def bench_upload(server: ServerProcess, megabytes: int, work: Path) -> None:
    source = work / "video.bin"
    with source.open("wb") as handle:
        for _ in range(megabytes):
            handle.write(os.urandom(1024 * 1024))
    size = source.stat().st_size
    sha = hashlib.sha256(source.read_bytes()).hexdigest()

    port = free_port()
    raw = uvicorn.Server(
        uvicorn.Config(
            _raw_receiver(work / "raw.bin"), host="127.0.0.1", port=port, log_level="warning"
        )
    )
    thread = threading.Thread(target=raw.run, daemon=True)
    thread.start()
    while not raw.started:
        time.sleep(0.02)
    try:
        began = time.perf_counter()
        response = httpx.put(
            f"http://127.0.0.1:{port}/raw", content=_file_chunks(source), timeout=600
        )
        raw_s = time.perf_counter() - began
        assert response.text == sha
    finally:
        raw.should_exit = True
        thread.join()

    mb = size / 1024 / 1024
    print(f"upload raw HTTP stream: {mb:.0f} MB in {raw_s:.2f} s, {mb / raw_s:,.0f} MB/s")
    for chunk in (CHUNK, 4 * CHUNK):
        tus_s = _tus_upload(server, source, size, sha, chunk)
        print(
            f"upload tus {chunk // 2**20} MiB PATCHes + verify: {mb:.0f} MB in {tus_s:.2f} s, "
            f"{mb / tus_s:,.0f} MB/s; tus/raw throughput {raw_s / tus_s:.0%} (guardrail ≥ 80% at 8 MiB)"
        )


def _tus_upload(server: ServerProcess, source: Path, size: int, sha: str, chunk: int) -> float:
    """A fresh dealer each time, so the server holds no copy yet and takes every byte."""
    device = enrolled_device(server, f"BENCH-{uuid.uuid4().hex[:6]}")
    began = time.perf_counter()
    location = device.tus_create(size, sha).headers["Location"]
    offset = 0
    with source.open("rb") as handle:
        while offset < size:
            handle.seek(offset)
            response = device.tus_patch(location, offset, handle.read(chunk))
            assert response.status_code == 204, response.text
            offset = int(response.headers["Upload-Offset"])
    elapsed = time.perf_counter() - began
    assert device.http.head(f"/v1/media/{sha}").status_code == 200
    device.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", default=None)
    parser.add_argument("--changes", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--ref-rows", type=int, default=200_000)
    parser.add_argument("--upload-mb", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ho-bench-") as tmp:
        work = Path(tmp)
        db = args.db or f"sqlite:///{work / 'headoffice.sqlite3'}"
        print(f"database: {db.split('@')[-1]}")
        with ServerProcess(db, work / "media") as server:
            bench_push(server, args.changes, args.batch)
            bench_pull(server, args.ref_rows)
            bench_upload(server, args.upload_mb, work)


if __name__ == "__main__":
    main()
