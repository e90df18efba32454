"""Content-addressed media and tus 1.0 resumable uploads (SYNC.md §5.7).

Bytes live on disk: ``<media_dir>/cas/<aa>/<bb>/<sha256>`` once verified, partial uploads in
``<media_dir>/uploads/<id>``. An upload becomes visible only after its SHA-256 matches the one
declared at creation; otherwise it is discarded and answered 460 ``CHECKSUM_MISMATCH`` so the
workstation starts over. One PATCH per upload at a time: a new PATCH asks a stale one to stop
and takes over (tusd's lock semantics); if it cannot within a few seconds it gets 423.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, Request, Response
from fastapi.responses import FileResponse
from sqlalchemy import Engine, delete, insert, select, update
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from app.headoffice import schema
from app.headoffice.auth import DeviceIdentity
from app.headoffice.db import new_id, now_iso, reader, upsert
from app.headoffice.errors import ApiError
from app.protocol.wire import TUS_VERSION, ErrorCode, parse_tus_metadata

log = logging.getLogger(__name__)

MAX_UPLOAD = 20 * 1024**3
UPLOAD_TTL = timedelta(days=7)
LOCK_WAIT_S = 10.0
TUS_HEADERS = {"Tus-Resumable": TUS_VERSION, "Cache-Control": "no-store"}


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def hash_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1024 * 1024):
            digest.update(block)
    return digest.hexdigest()


@dataclass
class _Session:
    id: str
    dealer_id: str
    sha256: str
    length: int
    mime: str
    asset_id: str | None
    completed: bool
    expires_at: str

    @classmethod
    def of(cls, row: Any) -> _Session:
        return cls(
            row.id,
            row.dealer_id,
            row.sha256,
            int(row.length),
            row.mime,
            row.asset_id,
            bool(row.completed),
            row.expires_at,
        )


@dataclass
class _Active:
    """In-process state of an upload: its lock, who waits for it, the running hash."""

    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    contended: asyncio.Event = field(default_factory=asyncio.Event)  # someone waits for `lock`
    waiting: int = 0
    session: _Session | None = None
    hasher: Any = None
    hashed: int = 0  # bytes fed to `hasher`


class MediaStore:
    def __init__(self, engine: Engine, media_dir: Path) -> None:
        self.engine = engine
        self.root = media_dir
        self.cas = media_dir / "cas"
        self.partial = media_dir / "uploads"
        self.cas.mkdir(parents=True, exist_ok=True)
        self.partial.mkdir(parents=True, exist_ok=True)
        self.active: dict[str, _Active] = {}

    def cas_path(self, sha: str) -> Path:
        return self.cas / sha[:2] / sha[2:4] / sha

    # -- database (run in the thread pool) ---------------------------------------------------

    def owned(self, sha: str, dealer_id: str) -> int | None:
        m, o = schema.media, schema.media_owner
        with reader(self.engine) as conn:
            size = conn.execute(
                select(m.c.size)
                .join(o, o.c.sha256 == m.c.sha256)
                .where(m.c.sha256 == sha, o.c.dealer_id == dealer_id)
            ).scalar()
        return None if size is None else int(size)

    def session(self, upload_id: str, device: DeviceIdentity) -> _Session:
        """The upload, if it is this dealer's (404 otherwise; 410 once expired). Cached in
        memory: this process is the only one changing it (one server process per media dir)."""
        active = self.active.get(upload_id)
        found: _Session | None
        if active is not None and active.session is not None:
            found = active.session
        else:
            up = schema.upload
            with reader(self.engine) as conn:
                row = conn.execute(select(up).where(up.c.id == upload_id)).first()
            found = _Session.of(row) if row is not None else None
        if found is None or found.dealer_id != device.dealer_id:
            raise ApiError(404, ErrorCode.NOT_FOUND, "no such upload", headers=TUS_HEADERS)
        if not found.completed and found.expires_at <= now_iso():
            self.discard(upload_id)
            raise ApiError(410, ErrorCode.UPLOAD_EXPIRED, "upload expired", headers=TUS_HEADERS)
        self.active.setdefault(upload_id, _Active()).session = found
        return found

    def offset(self, session: _Session) -> int:
        """The bytes on disk are the offset: written before the PATCH answers, they survive a
        server process crash; an OS crash may take a tail, which the client then re-sends
        (and the end-to-end SHA-256 check catches anything worse)."""
        if session.completed:
            return session.length
        part = self.partial / session.id
        return min(part.stat().st_size, session.length) if part.exists() else 0

    def create(
        self, device: DeviceIdentity, sha: str, length: int, meta: dict[str, str], key: str | None
    ) -> _Session:
        up = schema.upload
        now = datetime.now(UTC)
        done = self.owned(sha, device.dealer_id) == length
        with self.engine.begin() as conn:
            if key:
                row = conn.execute(select(up).where(up.c.idempotency_key == key)).first()
                if row is not None and row.dealer_id == device.dealer_id and row.sha256 == sha:
                    return _Session.of(row)
                if row is not None:
                    conn.execute(update(up).where(up.c.id == row.id).values(idempotency_key=None))
            upload_id = new_id()
            conn.execute(
                insert(up).values(
                    id=upload_id,
                    device_id=device.id,
                    dealer_id=device.dealer_id,
                    sha256=sha,
                    length=length,
                    offset=length if done else 0,
                    mime=meta.get("mime", "")[:100],
                    asset_id=meta.get("asset_id"),
                    idempotency_key=key,
                    created_at=now_iso(now),
                    expires_at=now_iso(now + UPLOAD_TTL),
                    completed=done,
                )
            )
            return _Session.of(conn.execute(select(up).where(up.c.id == upload_id)).one())

    def discard(self, upload_id: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(schema.upload).where(schema.upload.c.id == upload_id))
        (self.partial / upload_id).unlink(missing_ok=True)
        self.active.pop(upload_id, None)

    def publish(self, session: _Session, device: DeviceIdentity, part: Path) -> None:
        """Verified bytes → CAS (fsync, rename, fsync dir) → media row → session complete."""
        with part.open("rb+") as handle:
            os.fsync(handle.fileno())
        target = self.cas_path(session.sha256)
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists() and hash_file(target) == session.sha256:
            part.unlink(missing_ok=True)
        else:
            os.replace(part, target)
            _fsync_dir(target.parent)
        now = now_iso()
        with self.engine.begin() as conn:
            upsert(
                conn,
                schema.media,
                [
                    {
                        "sha256": session.sha256,
                        "size": session.length,
                        "mime": session.mime,
                        "verified_at": now,
                    }
                ],
                ["sha256"],
                update=[],
            )
            upsert(
                conn,
                schema.media_owner,
                [
                    {
                        "sha256": session.sha256,
                        "dealer_id": device.dealer_id,
                        "device_id": device.id,
                        "asset_id": session.asset_id,
                        "created_at": now,
                    }
                ],
                ["sha256", "dealer_id"],
                update=[],
            )
            conn.execute(
                update(schema.upload)
                .where(schema.upload.c.id == session.id)
                .values(completed=True, offset=session.length)
            )
        session.completed = True

    # -- PATCH -----------------------------------------------------------------------------

    async def acquire(self, upload_id: str) -> _Active:
        """Take the upload's lock. Announce the wait first: the holder stops reading as soon as
        anyone waits, so a half-open connection cannot hold the upload hostage (tusd's lock
        semantics; SYNC.md reliability test 6)."""
        active = self.active.setdefault(upload_id, _Active())
        active.waiting += 1
        active.contended.set()
        try:
            await asyncio.wait_for(active.lock.acquire(), LOCK_WAIT_S)
        except TimeoutError:
            raise ApiError(
                423, ErrorCode.UPLOAD_LOCKED, "another transfer is active", headers=TUS_HEADERS
            ) from None
        finally:
            active.waiting -= 1
            if active.waiting == 0:
                active.contended.clear()
        return active

    async def head(self, upload_id: str, device: DeviceIdentity) -> Response:
        session = await run_in_threadpool(self.session, upload_id, device)
        active = await self.acquire(upload_id)  # a PATCH in flight settles first
        try:
            offset = self.offset(session)
        finally:
            active.lock.release()
        return Response(
            status_code=200,
            headers={
                **TUS_HEADERS,
                "Upload-Offset": str(offset),
                "Upload-Length": str(session.length),
            },
        )

    async def patch(self, upload_id: str, request: Request, device: DeviceIdentity) -> Response:
        content_type = request.headers.get("content-type", "").split(";")[0]
        if content_type != "application/offset+octet-stream":
            return Response(status_code=415, headers=TUS_HEADERS)
        try:
            claimed = int(request.headers["upload-offset"])
        except (KeyError, ValueError):
            return Response(status_code=400, headers=TUS_HEADERS)
        session = await run_in_threadpool(self.session, upload_id, device)
        active = await self.acquire(upload_id)
        try:
            return await self._patch_locked(session, request, device, claimed, active)
        finally:
            active.lock.release()

    async def _patch_locked(
        self,
        session: _Session,
        request: Request,
        device: DeviceIdentity,
        claimed: int,
        active: _Active,
    ) -> Response:
        offset = self.offset(session)
        if session.completed or claimed != offset:
            raise ApiError(
                409,
                ErrorCode.OFFSET_MISMATCH,
                "Upload-Offset differs from the server's",
                headers={**TUS_HEADERS, "Upload-Offset": str(offset)},
            )
        part = self.partial / session.id
        if active.hasher is None or active.hashed != offset:
            active.hasher = hashlib.sha256() if offset == 0 else None
            active.hashed = 0
        length = session.length
        with part.open("r+b" if part.exists() else "w+b") as handle:
            handle.seek(offset)
            async for chunk in _chunks(request, active.contended):
                piece = chunk[: length - offset]
                if piece:
                    handle.write(piece)
                    if active.hasher is not None:
                        active.hasher.update(piece)
                    offset += len(piece)
                if offset >= length:
                    break
            handle.flush()
        if active.hasher is not None:
            active.hashed = offset
        if offset < length:
            return Response(status_code=204, headers={**TUS_HEADERS, "Upload-Offset": str(offset)})
        if active.hasher is not None and active.hashed == length:
            digest = active.hasher.hexdigest()
        else:
            digest = await run_in_threadpool(hash_file, part)
        active.hasher = None
        if digest != session.sha256:
            await run_in_threadpool(self.discard, session.id)
            log.warning("upload %s failed its SHA-256 check; discarded", session.id)
            raise ApiError(
                460,
                ErrorCode.CHECKSUM_MISMATCH,
                "the uploaded bytes do not match the declared SHA-256; upload again",
                headers=TUS_HEADERS,
            )
        await run_in_threadpool(self.publish, session, device, part)
        self.active.pop(session.id, None)  # done: the database answers from now on
        return Response(status_code=204, headers={**TUS_HEADERS, "Upload-Offset": str(offset)})


async def _chunks(request: Request, stop: asyncio.Event) -> AsyncIterator[bytes]:
    """The request body until it ends, the client goes away, or a newer PATCH of the same
    upload asks this one to stop: a half-open connection must not hold the upload hostage
    (SYNC.md reliability test 6)."""
    body = request.stream().__aiter__()
    stopper = asyncio.ensure_future(stop.wait())
    try:
        while True:
            following = asyncio.ensure_future(body.__anext__())
            done, _ = await asyncio.wait({following, stopper}, return_when=asyncio.FIRST_COMPLETED)
            if following not in done:
                following.cancel()
                return
            try:
                yield following.result()
            except (StopAsyncIteration, ClientDisconnect):
                return
    finally:
        stopper.cancel()


def media_router(store: MediaStore, current_device: Any) -> APIRouter:
    router = APIRouter()
    Device = Depends(current_device)

    @router.options("/v1/uploads")
    def tus_options() -> Response:
        return Response(
            status_code=204,
            headers={
                **TUS_HEADERS,
                "Tus-Version": TUS_VERSION,
                "Tus-Extension": "creation,termination,expiration",
                "Tus-Max-Size": str(MAX_UPLOAD),
            },
        )

    @router.post("/v1/uploads")
    def tus_create(request: Request, device: DeviceIdentity = Device) -> Response:
        try:
            length = int(request.headers["upload-length"])
            meta = parse_tus_metadata(request.headers.get("upload-metadata", ""))
        except (KeyError, ValueError):
            return Response(status_code=400, headers=TUS_HEADERS)
        sha = meta.get("sha256", "").lower()
        if (
            len(sha) != 64
            or any(c not in "0123456789abcdef" for c in sha)
            or not 0 <= length <= MAX_UPLOAD
        ):
            return Response(status_code=400 if length <= MAX_UPLOAD else 413, headers=TUS_HEADERS)
        session = store.create(device, sha, length, meta, request.headers.get("idempotency-key"))
        return Response(
            status_code=201,
            headers={
                **TUS_HEADERS,
                "Location": f"/v1/uploads/{session.id}",
                "Upload-Offset": str(store.offset(session)),
            },
        )

    @router.head("/v1/uploads/{upload_id}")
    async def tus_head(upload_id: str, device: DeviceIdentity = Device) -> Response:
        return await store.head(upload_id, device)

    @router.patch("/v1/uploads/{upload_id}")
    async def tus_patch(
        upload_id: str, request: Request, device: DeviceIdentity = Device
    ) -> Response:
        return await store.patch(upload_id, request, device)

    @router.delete("/v1/uploads/{upload_id}")
    def tus_delete(upload_id: str, device: DeviceIdentity = Device) -> Response:
        store.session(upload_id, device)
        store.discard(upload_id)
        return Response(status_code=204, headers=TUS_HEADERS)

    @router.head("/v1/media/{sha}")
    def media_head(sha: str, device: DeviceIdentity = Device) -> Response:
        size = store.owned(sha.lower(), device.dealer_id)
        if size is None:
            return Response(status_code=404)
        return Response(
            status_code=200, headers={"Content-Length": str(size), "Accept-Ranges": "bytes"}
        )

    @router.get("/v1/media/{sha}")
    def media_get(sha: str, device: DeviceIdentity = Device) -> Response:
        sha = sha.lower()
        if store.owned(sha, device.dealer_id) is None:
            raise ApiError(404, ErrorCode.NOT_FOUND, "no such media")
        return FileResponse(store.cas_path(sha), media_type="application/octet-stream")

    return router
