"""Support for the sync tests and benchmarks: real workstations (set up through the services,
with staff in every role), the final check of SYNC.md §9, and a fault-injecting TCP proxy.

Test-only (issue 12: it left the shipped package); the tests import it as ``sync_testing``
(pytest puts tests/ on the path), the benchmark adds tests/ to its path. Child processes run
``python -m sync_testing`` with tests/ on PYTHONPATH and install the crash-point switch
(``SYNC_CRASHPOINT``) that the product no longer reads.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import ids_testing
from sqlalchemy import Engine, select, text

from app.domain.roles import Role
from app.services.context import Actor, ServiceContext
from app.services.setup import open_workstation, set_up_dealer
from app.services.staff import add_staff, list_staff, login
from app.store.functions import reverse_text
from app.store.registry import REFERENCE_STREAMS, SYNC_COLUMNS, SYNCED_TABLES
from app.store.types import text_ids
from app.sync.client import SyncClient

START = datetime(2026, 11, 27, 9, 0, 0)
STAFF: tuple[tuple[str, tuple[Role, ...], str], ...] = (
    ("王芳", (Role.ADVISOR,), "1111"),
    ("张强", (Role.TEAM_LEAD,), "2222"),
    ("刘洋", (Role.TECHNICIAN,), "3331"),
    ("黄伟", (Role.QC_INSPECTOR,), "4444"),
)


class Clock:
    """The services' clock, moved by hand."""

    def __init__(self, start: datetime = START) -> None:
        self.t = start

    def __call__(self) -> datetime:
        return self.t

    def advance(self, **delta: float) -> datetime:
        self.t += timedelta(**delta)
        return self.t


@dataclass
class Bay:
    """One workstation: its data directory, service context, actors and sync client."""

    data_dir: Path
    ctx: ServiceContext
    clock: Clock
    actors: dict[str, Actor] = field(default_factory=dict)
    _client: SyncClient | None = None

    @property
    def advisor(self) -> Actor:
        return self.actors["王芳"]

    @property
    def lead(self) -> Actor:
        return self.actors["张强"]

    @property
    def tech(self) -> Actor:
        return self.actors["刘洋"]

    @property
    def qc(self) -> Actor:
        return self.actors["黄伟"]

    @property
    def client(self) -> SyncClient:
        if self._client is None:
            self._client = SyncClient(
                self.ctx.db, self.ctx.media_dir, max_retries=2, backoff_base=0.05
            )
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
        self.ctx.db.dispose()

    def scalar(self, sql: str, **params: Any) -> Any:
        """Raw SQL with ids as the ORM shows them (`ids_testing`)."""
        with self.ctx.db.read() as session:
            return ids_testing.scalar(session, sql, params)

    def rows(self, sql: str, **params: Any) -> list[Any]:
        with self.ctx.db.read() as session:
            return ids_testing.rows(session, sql, params)


def first_sync(ctx: ServiceContext, server: Any, dealer_code: str = "GZ01") -> Any:
    """Enroll the workstation of ``ctx`` with head office ``server`` (a BackgroundServer) and
    sync (with verify, without media) until nothing waits, at most five rounds: the last
    round's report."""
    from app.headoffice.auth import create_enrollment_code

    client = SyncClient(ctx.db, ctx.media_dir)
    try:
        client.enroll(server.url, create_enrollment_code(server.engine, dealer_code, "bay"))
        for _ in range(5):
            done = client.run_round(verify=True, media=False)
            if done.waiting == 0:
                break
        return done
    finally:
        client.close()


def vacuumed_copy(db_file: Path, into: Path) -> Path:
    """`into`: the database at `db_file` vacuumed (VACUUM INTO), what its rows take without
    page slack, free pages or WAL (issue 12 storage)."""
    plain = sqlite3.connect(db_file)
    try:
        # The expression indexes call reverse(); VACUUM INTO rebuilds them.
        plain.create_function("reverse", 1, reverse_text, deterministic=True)
        plain.execute("VACUUM INTO ?", (str(into),))
    finally:
        plain.close()
    return into


def make_template(data_dir: Path, dealer_code: str = "TS01") -> Path:
    """A set-up workstation (admin + advisor, team lead, technician, QC), closed so it can be
    copied (`copy_bay`): argon2 PIN hashing is the slow part and is paid once."""
    ctx = open_workstation(data_dir).at(Clock(START - timedelta(days=30)))
    set_up_dealer(
        ctx,
        dealer_code=dealer_code,
        dealer_name="测试汽车售后服务中心",
        workstation_name="前台1号",
        admin_name="系统管理员",
        admin_pin="0000",
    )
    admin_id = next(s.id for s in list_staff(ctx) if s.name == "系统管理员")
    admin = login(ctx, admin_id, "0000")
    for name, roles, pin in STAFF:
        add_staff(ctx, admin, name=name, roles=roles, pin=pin)
    ctx.db.dispose()
    return data_dir


def open_bay(data_dir: Path, clock: Clock | None = None) -> Bay:
    clock = clock or Clock()
    ctx = open_workstation(data_dir).at(clock)
    actors = {s.name: Actor(staff_id=s.id, name=s.name, roles=s.roles) for s in _staff(ctx)}
    return Bay(data_dir=data_dir, ctx=ctx, clock=clock, actors=actors)


def _staff(ctx: ServiceContext) -> list[Any]:
    return list(list_staff(ctx))


def copy_bay(template: Path, data_dir: Path) -> Bay:
    shutil.copytree(template, data_dir)
    return open_bay(data_dir)


def new_bay_from_hq(template: Path, data_dir: Path, workstation_code: str) -> Bay:
    """A second workstation of the same dealer: a copy of the template given a workstation
    identity of its own (new device id, workstation code, empty outbox of its own)."""
    shutil.copytree(template, data_dir)
    bay = open_bay(data_dir)
    from app.domain.ids import uuid7
    from app.store.engine import set_state

    device = uuid7()
    with bay.ctx.db.write() as session:
        set_state(session, "device_id", device)
        set_state(session, "workstation_code", workstation_code)
    bay.ctx.db.hlc.device_id = device
    return bay


# -- the final check (SYNC.md §9) -----------------------------------------------------------


def _norm(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def local_rows(bay: Bay, tables: list[str]) -> dict[tuple[str, str], dict[str, Any]]:
    """Every row of ``tables`` (``{(tbl, id): {column: value}}``), snapshots as signed (stored
    compressed, a settlement's signature's only once: `app.store.snapshots`)."""
    from app.store import snapshots

    found: dict[tuple[str, str], dict[str, Any]] = {}
    with bay.ctx.db.read() as session:
        for tbl in tables:
            rows = {
                str(data["id"]): data
                for data in (
                    text_ids(tbl, row._mapping)  # ids as text, as head office holds them
                    for row in session.execute(text(f'SELECT * FROM "{tbl}"'))
                )
            }
            snapshots.wire_values(session.connection(), tbl, rows)
            found.update({(tbl, row_id): data for row_id, data in rows.items()})
    return found


def server_rows(engine: Engine, dealer_id: str) -> dict[tuple[str, str], dict[str, Any]]:
    from app.headoffice import schema

    rs = schema.row_state
    found: dict[tuple[str, str], dict[str, Any]] = {}
    with engine.connect() as conn:
        for row in conn.execute(
            select(rs.c.tbl, rs.c.row_id, rs.c.row, rs.c.server_version, rs.c.deleted).where(
                rs.c.dealer_id == dealer_id
            )
        ):
            data = row.row if isinstance(row.row, dict) else json.loads(row.row)
            found[(row.tbl, row.row_id)] = {
                **data,
                "__version": int(row.server_version),
                "__deleted": bool(row.deleted),
            }
    return found


def final_check(
    engine: Engine,
    bays: list[Bay],
    *,
    server_media: Path | None = None,
    allow_local_only: Callable[[tuple[str, str]], bool] | None = None,
) -> list[str]:
    """Problems found (empty: pass): (1) every outbox empty; (3) every change_id applied at
    most once; (4) every bay and head office agree row for row and value for value; (5)
    integrity_check ok; (6) every CAS file, local and at head office, hashes to its name."""
    from app.headoffice import schema
    from app.media.store import MediaStore

    problems: list[str] = []
    tables = [t for t in SYNCED_TABLES if t not in REFERENCE_STREAMS]
    dealer_id = str(bays[0].scalar("SELECT v FROM sync_state WHERE k = 'dealer_id'"))
    hq = server_rows(engine, dealer_id)
    hq_data = {k: v for k, v in hq.items() if k[0] in SYNCED_TABLES}
    with engine.connect() as conn:
        ac = schema.applied_change
        total = conn.execute(select(ac.c.change_id)).all()
        if len(total) != len({r[0] for r in total}):
            problems.append("applied_change holds a change_id twice")
    for bay in bays:
        name = bay.data_dir.name
        waiting = int(bay.scalar("SELECT count(*) FROM sync_outbox"))
        if waiting:
            problems.append(f"{name}: {waiting} changes still in the outbox")
        check = bay.ctx.db.integrity_check()
        if check != "ok":
            problems.append(f"{name}: integrity_check {check}")
        store = MediaStore(bay.ctx.media_dir)
        for sha in store.all_shas():
            if not store.verify(sha):
                problems.append(f"{name}: media {sha[:12]} does not match its hash")
        mine = local_rows(bay, tables)
        for key, row in mine.items():
            theirs = hq_data.get(key)
            if theirs is None:
                if allow_local_only is None or not allow_local_only(key):
                    problems.append(f"{name}: {key} only on the workstation")
                continue
            if row.get("server_version") != theirs["__version"]:
                problems.append(
                    f"{name}: {key} version {row.get('server_version')} != {theirs['__version']}"
                )
            for column, value in theirs.items():
                if column.startswith("__") or column in SYNC_COLUMNS or column not in row:
                    continue
                if _norm(row[column]) != _norm(value):
                    problems.append(f"{name}: {key}.{column} {row[column]!r} != hq {value!r}")
        for key in hq_data.keys() - mine.keys():
            problems.append(f"{name}: {key} missing on the workstation")
    if server_media is not None:
        cas = server_media / "cas"
        for path in cas.rglob("*"):
            if path.is_file() and _sha_file(path) != path.name:
                problems.append(f"hq: media {path.name[:12]} does not match its hash")
    return problems


def _sha_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


# -- a workstation in its own process -------------------------------------------------------


def run_cli(
    data_dir: Path, *args: str, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """``python -m app --data-dir DIR ARGS`` as a separate process."""
    return subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(data_dir), *args],
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def child(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    """``python -m sync_testing ARGS``: a workstation process that can crash or be killed
    (lighter to start than the full command line)."""
    here = str(Path(__file__).resolve().parent)
    root = str(Path(__file__).resolve().parents[1])
    path = os.pathsep.join(p for p in (here, root, os.environ.get("PYTHONPATH", "")) if p)
    return subprocess.Popen(
        [sys.executable, "-m", "sync_testing", *args],
        env={**os.environ, **(env or {}), "PYTHONPATH": path},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def start_cli(
    data_dir: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "app", "--data-dir", str(data_dir), *args],
        env={**os.environ, **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


# -- fault-injecting TCP proxy (SYNC.md §9 c) -----------------------------------------------


@dataclass
class Faults:
    """Probabilities per proxied connection (one HTTP request per connection: the client
    side of the proxy is asked to close after each response)."""

    drop_request: float = 0.0
    """Close before forwarding anything: the server never sees the request."""
    drop_response: float = 0.0
    """Forward the request, then cut the connection before any response byte."""
    duplicate: float = 0.0
    """Send the same request to the server twice; the client gets the second answer."""
    cut_at: list[int] = field(default_factory=list)
    """Cut the connection after this many request bytes, once per entry, in order (each
    applies to the next request longer than it)."""
    flip_byte_at: int | None = None
    """Flip one request byte at this offset in the next request body over 1 MiB (once)."""
    seed: int = 0


class ChaosProxy:
    """An asyncio TCP proxy on loopback in front of the head-office server. Each accepted
    connection carries one request (httpx is made to close: ``Connection: close`` is not
    needed because we read the request by its Content-Length and close after the reply)."""

    def __init__(self, target_port: int, faults: Faults | None = None) -> None:
        self.target_port = target_port
        self.faults = faults or Faults()
        self.random = random.Random(self.faults.seed)
        self.port = 0
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self._run, name="chaos-proxy", daemon=True)
        self.ready = threading.Event()
        self.counts: dict[str, int] = {
            "requests": 0,
            "dropped_requests": 0,
            "dropped_responses": 0,
            "duplicated": 0,
            "cut": 0,
            "flipped": 0,
            "patch_bytes": 0,
        }
        self._server: asyncio.AbstractServer | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> ChaosProxy:
        self.thread.start()
        self.ready.wait(10)
        return self

    def __exit__(self, *exc: object) -> None:
        async def stop() -> None:
            if self._server is not None:
                self._server.close()

        asyncio.run_coroutine_threadsafe(stop(), self.loop).result(5)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)

        async def start() -> None:
            self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
            self.port = self._server.sockets[0].getsockname()[1]
            self.ready.set()

        self.loop.run_until_complete(start())
        self.loop.run_forever()

    async def _read_request(self, reader: asyncio.StreamReader) -> bytes | None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
            return None
        length = 0
        for line in head.split(b"\r\n"):
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":", 1)[1])
        try:
            body = await reader.readexactly(length) if length else b""
        except (asyncio.IncompleteReadError, ConnectionError):
            return None
        return head + body

    async def _exchange(self, request: bytes) -> bytes:
        reader, writer = await asyncio.open_connection("127.0.0.1", self.target_port)
        try:
            writer.write(request)
            await writer.drain()
            head = await reader.readuntil(b"\r\n\r\n")
            status = int(head.split(b" ", 2)[1])
            length = 0
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
            if request.startswith(b"HEAD ") or status in (204, 304) or status < 200:
                length = 0
            body = await reader.readexactly(length) if length else b""
            return head + body
        finally:
            writer.close()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                request = await self._read_request(reader)
                if request is None:
                    return
                self.counts["requests"] += 1
                faults = self.faults
                if faults.cut_at and len(request) > faults.cut_at[0]:
                    request = request[: faults.cut_at.pop(0)]
                    self.counts["cut"] += 1
                    if request.startswith(b"PATCH ") and b"\r\n\r\n" in request:
                        sent = len(request) - request.index(b"\r\n\r\n") - 4
                        self.counts["patch_bytes"] += sent
                    _up_reader, up_writer = await asyncio.open_connection(
                        "127.0.0.1", self.target_port
                    )
                    up_writer.write(request)
                    await up_writer.drain()
                    up_writer.close()
                    return
                if faults.flip_byte_at is not None and len(request) > (1 << 20):
                    split = request.index(b"\r\n\r\n") + 4
                    at = split + faults.flip_byte_at
                    if at < len(request):
                        flipped = bytearray(request)
                        flipped[at] ^= 0xFF
                        request = bytes(flipped)
                        faults.flip_byte_at = None
                        self.counts["flipped"] += 1
                roll = self.random.random()
                if roll < faults.drop_request:
                    self.counts["dropped_requests"] += 1
                    return
                roll -= faults.drop_request
                if roll < faults.drop_response:
                    await self._exchange(request)
                    self.counts["dropped_responses"] += 1
                    return
                roll -= faults.drop_response
                if roll < faults.duplicate:
                    await self._exchange(request)
                    self.counts["duplicated"] += 1
                if request.startswith(b"PATCH "):
                    self.counts["patch_bytes"] += len(request) - request.index(b"\r\n\r\n") - 4
                response = await self._exchange(request)
                writer.write(response)
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError):
            return
        finally:
            writer.close()


def iter_files(root: Path) -> Iterator[Path]:
    for path in root.rglob("*"):
        if path.is_file():
            yield path


# -- child processes of the reliability tests ------------------------------------------------


def _child_round(data_dir: Path, batch: int, limit: int) -> None:
    bay = open_bay(data_dir)
    client = SyncClient(
        bay.ctx.db, bay.ctx.media_dir, max_retries=50, backoff_base=0.05, pull_limit=limit
    )
    client.max_batch = batch
    report = client.run_round()
    sys.stdout.write(report.summary() + "\n")
    client.close()
    bay.close()


def _child_write(data_dir: Path, ledger: Path, count: int) -> None:
    """Heavy local writes; after each COMMIT returns, its id goes to an fsync'd ledger."""
    from app.store.models import Customer

    bay = open_bay(data_dir)
    dealer = str(bay.scalar("SELECT v FROM sync_state WHERE k = 'dealer_id'"))
    with ledger.open("a", encoding="utf-8") as out:
        for n in range(count):
            ids = [str(uuid.uuid4()) for _ in range(5)]
            with bay.ctx.db.write() as session:
                for i, row_id in enumerate(ids):
                    session.add(Customer(id=row_id, dealer_id=dealer, name=f"c{n}-{i}", phone="1"))
            out.write(" ".join(ids) + "\n")
            out.flush()
            os.fsync(out.fileno())


def _child_capture(data_dir: Path, case_id: str, size: int, count: int) -> None:
    """Capture-save loop: file into the CAS (temp, fsync, rename, fsync dir), then its row."""
    from app.media.store import MediaStore
    from app.store.models import MediaFile

    bay = open_bay(data_dir)
    store = MediaStore(bay.ctx.media_dir)
    dealer = str(bay.scalar("SELECT v FROM sync_state WHERE k = 'dealer_id'"))
    for _ in range(count):
        data = os.urandom(size)
        ref = store.put_bytes(data, "video/mp4")
        with bay.ctx.db.write() as session:
            session.add(
                MediaFile(
                    dealer_id=dealer,
                    case_id=case_id,
                    sha256=ref.sha256,
                    mime="video/mp4",
                    size=ref.size,
                    purpose="key_step",
                    captured_by=bay.advisor.staff_id,
                    captured_at=datetime.now(),
                )
            )


CRASH_ENV = "SYNC_CRASHPOINT"


def install_crashpoints() -> None:
    """Deterministic crash for the reliability tests (SYNC.md §9 a): with
    ``SYNC_CRASHPOINT=<name>`` this process ends at once, as a power cut would, at the named
    point of the sync client."""
    from app.sync import local

    wanted = os.environ.get(CRASH_ENV)
    if not wanted:
        return

    def crash(name: str) -> None:
        if name == wanted:
            os._exit(137)

    local.CRASH_HOOK = crash


if __name__ == "__main__":
    install_crashpoints()
    _command, _dir = sys.argv[1], Path(sys.argv[2])
    if _command == "round":
        _child_round(_dir, int(sys.argv[3]), int(sys.argv[4]))
        # This process's own peak memory, for tests that bound it: VmHWM of its own address
        # space (ru_maxrss carries the forking test process's peak across fork and exec, and
        # RUSAGE_CHILDREN in the test is the peak of every child the session ever ran).
        status = Path("/proc/self/status").read_text(encoding="ascii")
        hwm = next(line for line in status.splitlines() if line.startswith("VmHWM:"))
        print(f"peak_rss_kb={int(hwm.split()[1])}")
    elif _command == "write":
        _child_write(_dir, Path(sys.argv[3]), int(sys.argv[4]))
    elif _command == "capture":
        _child_capture(_dir, sys.argv[3], int(sys.argv[4]), int(sys.argv[5]))
    else:
        raise SystemExit(f"unknown command {_command}")
