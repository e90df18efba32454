"""The login roster before the full database stack is up (the start-up fast path).

`quick_roster` reads who this workstation is and its active staff with the standard library's
sqlite3 only: no SQLAlchemy, no models, no Alembic. It answers only when the database already
exists at the newest schema (`app.store.schema.HEAD_REVISION`) and a dealer is set up;
otherwise it returns None and the caller takes the full path (`setup.open_workstation`, which
migrates). The name tiles can then respond while the full stack opens on a worker; the PIN
itself is still checked by `staff.login` through the normal services.

Its results are plain named tuples, not the DTOs of app.services.dto: building those two dozen
dataclasses costs ~40 ms, a sixth of the whole start-up. `RosterStaff` has the fields a name
tile needs (`StaffInfo` has them too); `RosterDealer.info()` makes the `DealerInfo` once the
tiles are up.
"""

from __future__ import annotations

import sqlite3
import threading
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from app.domain.roles import Role
from app.store.functions import id_bytes, id_text
from app.store.schema import is_current

if TYPE_CHECKING:
    from app.services.dto import DealerInfo

DB_NAME = "servicebay.sqlite3"


class RosterStaff(NamedTuple):
    id: str
    name: str
    roles: tuple[Role, ...]


class RosterDealer(NamedTuple):
    id: str
    code: str
    name: str
    address: str
    phone: str
    workstation_id: str
    workstation_name: str
    workstation_code: str

    def info(self) -> DealerInfo:
        from app.services.dto import DealerInfo

        return DealerInfo(*self)


class Roster(NamedTuple):
    dealer: RosterDealer
    staff: list[RosterStaff]


_PREFETCHED: dict[Path, Future[Roster | None]] = {}
_LOCK = threading.Lock()


def prefetch(data_dir: Path) -> None:
    """Start reading the roster on a thread of its own, now: the command line calls this
    before importing Qt, so the read (SQLite releases the GIL) overlaps that import. The next
    `quick_roster(data_dir)` takes the result; nothing else ever sees it."""
    future: Future[Roster | None] = Future()

    def read() -> None:
        try:
            future.set_result(_read(data_dir))
        except BaseException as exc:  # noqa: BLE001  (handed to the reader of the future)
            future.set_exception(exc)

    with _LOCK:
        _PREFETCHED[data_dir] = future
    threading.Thread(target=read, name="roster-prefetch", daemon=True).start()


def quick_roster(data_dir: Path) -> Roster | None:
    with _LOCK:
        future = _PREFETCHED.pop(data_dir, None)
    if future is not None:
        return future.result()
    return _read(data_dir)


def _read(data_dir: Path) -> Roster | None:
    path = data_dir / DB_NAME
    if not path.exists():
        return None
    try:
        # mode=rw: never create a file here; the full path does that (and migrates it).
        conn = sqlite3.connect(f"{path.as_uri()}?mode=rw", uri=True, timeout=10)
    except sqlite3.Error:
        return None
    try:
        conn.isolation_level = None
        conn.execute("BEGIN")  # one snapshot for all reads below
        if not is_current(conn):
            return None
        state = dict(conn.execute("SELECT k, v FROM sync_state").fetchall())
        dealer_id, workstation_id = state.get("dealer_id"), state.get("workstation_id")
        if not dealer_id or not workstation_id:
            return None
        dealer = conn.execute(
            "SELECT id, code, name, address, phone FROM dealer WHERE id = ?",
            (id_bytes(dealer_id),),
        ).fetchone()
        workstation = conn.execute(
            "SELECT id, name, code FROM workstation WHERE id = ?", (id_bytes(workstation_id),)
        ).fetchone()
        if dealer is None or workstation is None:
            return None
        rows = conn.execute(
            "SELECT id, name, roles FROM staff WHERE active = 1 ORDER BY name"
        ).fetchall()
        conn.execute("COMMIT")
    except sqlite3.Error:
        return None  # locked, damaged or foreign: the full path reports it properly
    finally:
        conn.close()
    info = RosterDealer(
        id=id_text(dealer[0]),  # ids are stored as 16 bytes (app.store.types)
        code=dealer[1],
        name=dealer[2],
        address=dealer[3],
        phone=dealer[4],
        workstation_id=id_text(workstation[0]),
        workstation_name=workstation[1],
        workstation_code=workstation[2],
    )
    staff = [
        RosterStaff(
            id=id_text(row[0]), name=row[1], roles=tuple(Role(r) for r in row[2].split(",") if r)
        )
        for row in rows
    ]
    return Roster(dealer=info, staff=staff)
