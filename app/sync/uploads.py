"""Media uploads to head office over tus (SYNC.md §5.7): resumable at the server's offset,
state kept in SQLite, done only once head office has verified the hash; and fetching a file
another bay captured.
"""

from __future__ import annotations

import hashlib
import logging
import time
from enum import Enum, auto
from pathlib import Path
from typing import Any

import httpx

from app.media.store import MediaStore
from app.protocol.wire import (
    IDEMPOTENCY_HEADER,
    TUS_VERSION,
    tus_metadata,
)
from app.store.models import MediaUpload
from app.sync import local
from app.sync import messages as _messages  # noqa: F401  (registers sync.* codes)
from app.sync.transport import (
    PROGRESS_SAVE,
    UPLOAD_TIMEOUT,
    Offline,
    RoundReport,
    SyncFailed,
    Transport,
    UploadProgress,
    _now_iso,
    _read_range,
    _timeout,
)

log = logging.getLogger(__name__)


class PatchOutcome(Enum):
    """How one tus upload pass ended."""

    DONE = auto()
    RETRY = auto()
    """Connection cut or upload busy: ask the server's offset and go on."""
    CHECKSUM = auto()
    """Discarded by head office (hash mismatch or gone): start a new upload."""
    LATER = auto()
    """Out of time this round, or refused: a later round continues."""


class Uploads(Transport):
    """Media uploads over tus, resumable, verified by hash at head office (SYNC.md §5.7)."""

    # -- media ------------------------------------------------------------------------------

    def media_queue(self) -> list[tuple[str, int]]:
        """(sha256, size) of local files head office has not verified yet."""
        return local.media_queue(self.db)

    def upload_media(self, report: RoundReport) -> None:
        store = MediaStore(self.media_dir)
        deadline = time.monotonic() + self.upload_budget_s
        for sha, _size in self.media_queue():
            if not store.has(sha):
                continue  # another bay's photo: it uploads it; we fetch on demand
            if time.monotonic() > deadline:
                report.upload_pending += 1
                continue
            try:
                sent = self.upload_one(store, sha, deadline)
            except Offline:
                report.upload_pending += 1
                raise
            if sent is None:
                report.upload_pending += 1
            else:
                report.uploaded += 1
                report.uploaded_bytes += sent
        if self.progress is not None:
            self.progress(None)

    def _upload_row(self, sha: str, size: int) -> MediaUpload:
        with self.db.write() as session:
            row = session.get(MediaUpload, sha)
            if row is None:
                row = MediaUpload(
                    sha256=sha, state="queued", url=None, size=size, sent=0, attempts=0,
                    error="", updated_at=_now_iso(),
                )  # fmt: skip
                session.add(row)
            return row

    def _save_upload(self, sha: str, **values: Any) -> None:
        with self.db.write() as session:
            row = session.get(MediaUpload, sha)
            if row is not None:
                for key, value in values.items():
                    setattr(row, key, value)
                row.updated_at = _now_iso()

    def upload_one(self, store: MediaStore, sha: str, deadline: float | None = None) -> int | None:
        """Upload one file over tus, resuming at the server's offset; returns the bytes sent,
        or None when it must wait for a later round. Done only once head office answers
        HEAD /v1/media/<sha> with 200, i.e. has verified the hash (SYNC.md §5.7)."""
        path = store.path_of(sha)
        size = path.stat().st_size
        row = self._upload_row(sha, size)
        head = self._request("HEAD", f"/v1/media/{sha}")
        self._check(head)
        if head.status_code == 200:
            self._save_upload(sha, state="done", sent=size, error="")
            return 0
        url = row.url
        sent_total = 0
        for _attempt in range(4):
            if url is None:
                device = self._state("device_id") or ""
                created = self._request(
                    "POST",
                    "/v1/uploads",
                    headers={
                        "Tus-Resumable": TUS_VERSION,
                        "Upload-Length": str(size),
                        "Upload-Metadata": tus_metadata(
                            {"sha256": sha, "mime": "application/octet-stream"}
                        ),
                        IDEMPOTENCY_HEADER: f"{device}:{sha}:{row.attempts}",
                    },
                )
                self._check(created)
                if created.status_code != 201:
                    self._save_upload(sha, error=f"create {created.status_code}")
                    return None
                url = created.headers["Location"]
                self._save_upload(sha, state="uploading", url=url, sent=0)
            status = self._request("HEAD", url, headers={"Tus-Resumable": TUS_VERSION})
            if status.status_code in (404, 410):
                url = None
                self._save_upload(sha, url=None, sent=0)
                continue
            if status.status_code != 200:
                self._save_upload(sha, error=f"head {status.status_code}")
                return None
            offset = int(status.headers.get("Upload-Offset", "0"))
            result = self._patch_from(sha, path, url, offset, size, deadline)
            if result is PatchOutcome.CHECKSUM:
                # Head office's end-to-end check failed. Our own copy may be the damaged one
                # (only hashed now, not before every upload: the server checks anyway).
                if not store.verify(sha):
                    self._save_upload(sha, state="corrupt", error="local file does not match")
                    self._alarm("media_corrupt", {"sha256": sha})
                    return None
                attempts = row.attempts + 1
                row.attempts = attempts
                url = None
                self._save_upload(
                    sha, url=None, sent=0, attempts=attempts, error="checksum mismatch"
                )
                continue
            if result is PatchOutcome.RETRY:
                continue
            if result is PatchOutcome.LATER:
                return None
            sent_total += size - offset
            final = self._request("HEAD", f"/v1/media/{sha}")
            if final.status_code == 200:
                self._save_upload(sha, state="done", sent=size, error="")
                return sent_total
            url = None
        return None

    def _patch_from(
        self, sha: str, path: Path, url: str, offset: int, size: int, deadline: float | None
    ) -> PatchOutcome:
        with path.open("rb") as handle:
            while offset < size:
                if deadline is not None and time.monotonic() > deadline:
                    return PatchOutcome.LATER
                length = min(self.chunk_size, size - offset)
                try:
                    response = self.http().patch(
                        url,
                        content=_read_range(handle, offset, length),
                        headers={
                            "Tus-Resumable": TUS_VERSION,
                            "Upload-Offset": str(offset),
                            "Content-Type": "application/offset+octet-stream",
                            "Content-Length": str(length),
                        },
                        timeout=_timeout(UPLOAD_TIMEOUT),
                    )
                except httpx.TransportError:
                    return PatchOutcome.RETRY  # HEAD tells where the server stopped
                if response.status_code == 460:
                    return PatchOutcome.CHECKSUM
                if response.status_code in (409, 423) or response.status_code >= 500:
                    return PatchOutcome.RETRY
                if response.status_code in (404, 410):
                    return PatchOutcome.CHECKSUM  # gone: start a new upload
                if response.status_code != 204:
                    self._check(response)
                    return PatchOutcome.LATER
                previous, offset = offset, int(response.headers["Upload-Offset"])
                if offset // PROGRESS_SAVE != previous // PROGRESS_SAVE:
                    # Informative only (HEAD gives the server's offset on resume): saved
                    # now and then, not after every chunk.
                    self._save_upload(sha, sent=offset)
                if self.progress is not None:
                    self.progress(UploadProgress(sha, offset, size))
        return PatchOutcome.DONE

    def fetch_media(self, sha: str) -> Path:
        """Download a file another bay captured, verified by hash before it becomes visible."""
        store = MediaStore(self.media_dir)
        if store.has(sha):
            return store.path_of(sha)
        response = self._request("GET", f"/v1/media/{sha}", read=UPLOAD_TIMEOUT)
        self._check(response)
        if response.status_code != 200 or hashlib.sha256(response.content).hexdigest() != sha:
            raise SyncFailed("sync.server_error", status=response.status_code, detail=sha[:12])
        store.put_bytes(response.content, "application/octet-stream")
        return store.path_of(sha)
