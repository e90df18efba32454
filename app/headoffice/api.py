"""The head-office HTTP API: `create_app` wires the endpoints of SYNC.md §5 onto FastAPI.

Every endpoint but ``POST /v1/enroll`` and ``GET /v1/health`` authenticates the calling
workstation (`auth.authenticate`) and is scoped to its dealer. Database work runs in the
thread pool (synchronous SQLAlchemy); only the tus PATCH streams in the event loop.
"""

from __future__ import annotations

import json
import logging
import threading
import time
import zlib
from collections import deque
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import Depends, FastAPI, Header, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from pydantic import ValidationError as PydanticValidationError
from sqlalchemy.exc import DataError, IntegrityError, OperationalError
from starlette.concurrency import run_in_threadpool
from starlette.middleware.gzip import GZipMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send

from app.domain.hlc import MAX_DRIFT_MS
from app.headoffice import feed, gateway, push
from app.headoffice.auth import DeviceIdentity, authenticate, enroll, parse_bearer
from app.headoffice.db import make_engine, run_migrations
from app.headoffice.edge import (
    MAX_INT64,
    EdgeEnrollRequest,
    EdgeMessageStatusRequest,
    EdgeMessageSubmitRequest,
    EdgePushRequest,
    EdgeResolveConflictRequest,
    EdgeVerifyRequest,
    is_uuid_text,
)
from app.headoffice.errors import ApiError
from app.headoffice.gateway import FileGateway, MessageGateway
from app.headoffice.media import MediaStore, media_router
from app.protocol.wire import (
    DEFAULT_PULL_LIMIT,
    MAX_BATCH_BYTES,
    PROTOCOL_HEADER,
    PROTOCOL_MAX,
    PROTOCOL_MIN,
    ConflictRecord,
    EnrollResponse,
    ErrorBody,
    ErrorCode,
    ErrorDetail,
    MessageResultsResponse,
    MetaResponse,
    PullResponse,
    PushRequest,
    PushResponse,
    VerifyResponse,
)

log = logging.getLogger(__name__)


def _json(model: BaseModel, status: int = 200) -> Response:
    return Response(
        content=model.model_dump_json(by_alias=True),
        status_code=status,
        media_type="application/json",
    )


class _SyncGzip:
    """gzip responses of the JSON sync endpoints only (media bytes are already compressed)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.gzip = GZipMiddleware(app, minimum_size=1024, compresslevel=5)  # 9 costs 3x the CPU

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"].startswith("/v1/sync/"):
            await self.gzip(scope, receive, send)
        else:
            await self.app(scope, receive, send)


class _ProtocolCheck:
    """426 when ``X-Sync-Protocol`` names a version this server does not speak. Pure ASGI (no
    BaseHTTPMiddleware), so streamed upload bodies pass through untouched."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            wanted = next(
                (
                    v.decode()
                    for k, v in scope["headers"]
                    if k.decode().lower() == PROTOCOL_HEADER.lower()
                ),
                None,
            )
            if wanted is not None and not (
                wanted.isdigit() and PROTOCOL_MIN <= int(wanted) <= PROTOCOL_MAX
            ):
                body = ErrorBody(
                    error=ErrorDetail(
                        code=ErrorCode.PROTOCOL_UNSUPPORTED,
                        message=f"server speaks protocol {PROTOCOL_MIN}..{PROTOCOL_MAX}",
                    )
                )
                response = JSONResponse(body.model_dump(exclude_none=True), status_code=426)
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


BODY_LIMITS: tuple[tuple[str, int], ...] = (
    ("/v1/sync/push", MAX_BATCH_BYTES),
    ("/v1/messages", 2 * 1024 * 1024),
)
DEFAULT_BODY_LIMIT = 1024 * 1024
"""Bytes a request body may have (tus PATCH bodies stream to disk, bounded by Upload-Length)."""


def _error_json(status: int, code: ErrorCode, message: str, **headers: str) -> Response:
    """An `ErrorBody` answered outside an endpoint (middleware, database exception handlers):
    every code is one the shared enum lists, so the workstation can act on it."""
    body = json.dumps({"error": {"code": str(code), "message": message}})
    return Response(body, status_code=status, media_type="application/json", headers=headers)


class _BodyLimit:
    """413 for a body over its endpoint's limit, decided before the endpoint runs.

    A declared Content-Length over the limit is refused without reading a byte; otherwise the
    body is read here, at most limit + 1 bytes are held, and replayed to the endpoint. Pure
    ASGI, so nothing else buffers first."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    @staticmethod
    def limit_for(path: str) -> int:
        return next((n for p, n in BODY_LIMITS if path.startswith(p)), DEFAULT_BODY_LIMIT)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or (
            scope["method"] == "PATCH" and scope["path"].startswith("/v1/uploads/")
        ):
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope["path"])
        too_large = _error_json(
            413, ErrorCode.BATCH_TOO_LARGE, f"request body over {limit} bytes", Connection="close"
        )
        declared = next((v for k, v in scope["headers"] if k.lower() == b"content-length"), None)
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            await too_large(scope, receive, send)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                await too_large(scope, receive, send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        replayed = False

        async def replay() -> dict[str, object]:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()  # type: ignore[return-value]

        await self.app(scope, replay, send)


class RateLimiter:
    """At most ``count`` attempts per ``window`` seconds per client address (sliding window,
    in this process's memory: with K workers an address gets at most K x count)."""

    def __init__(self, count: int, window: float) -> None:
        self.count = count
        self.window = window
        self.seen: dict[str, deque[float]] = {}
        self.lock = threading.Lock()

    def allow(self, address: str, now: float | None = None) -> float:
        """0 when allowed (and counted); else the seconds until the next attempt may pass."""
        moment = time.monotonic() if now is None else now
        with self.lock:
            if len(self.seen) > 10_000:  # forget idle addresses, bounded memory
                self.seen = {
                    a: q for a, q in self.seen.items() if q and q[-1] > moment - self.window
                }
            times = self.seen.setdefault(address, deque())
            while times and times[0] <= moment - self.window:
                times.popleft()
            if len(times) >= self.count:
                return max(0.001, times[0] + self.window - moment)
            times.append(moment)
            return 0.0


def create_app(
    db_url: str,
    media_dir: Path,
    *,
    gateway_impl: MessageGateway | None = None,
    message_outbox: Path | None = None,
    max_clock_drift_ms: int = MAX_DRIFT_MS,
    now_ms: Callable[[], int] | None = None,
    migrate: bool = True,
    enroll_rate: tuple[int, float] = (10, 60.0),
) -> FastAPI:
    """The head-office ASGI app. Migrates the database at start (``migrate``); customer
    messages go through ``gateway_impl`` or, by default, a `FileGateway` writing to
    ``message_outbox`` (default ``<media_dir>/../sms-outbox``). ``enroll_rate``: enrollment
    attempts allowed per client address and window (seconds)."""
    engine = make_engine(db_url)
    if migrate:
        run_migrations(engine)
    media_dir.mkdir(parents=True, exist_ok=True)
    store = MediaStore(engine, media_dir)
    sender: MessageGateway = gateway_impl or FileGateway(
        message_outbox or media_dir.parent / "sms-outbox"
    )
    clock = now_ms or (lambda: time.time_ns() // 1_000_000)
    enroll_limiter = RateLimiter(*enroll_rate)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        engine.dispose()

    app = FastAPI(
        title="ServiceBay head office",
        version="1",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.engine = engine
    app.state.media = store
    app.add_middleware(_SyncGzip)
    app.add_middleware(_BodyLimit)
    app.add_middleware(_ProtocolCheck)

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> Response:
        return Response(
            content=exc.body.model_dump_json(exclude_none=True),
            status_code=exc.status,
            media_type="application/json",
            headers=exc.headers,
        )

    @app.exception_handler(RequestValidationError)
    async def _validation(_request: Request, exc: RequestValidationError) -> Response:
        body = ErrorBody(error=ErrorDetail(code=ErrorCode.VALIDATION, message=_errors(exc)))
        return JSONResponse(body.model_dump(exclude_none=True), status_code=422)

    # The database refusing a value is the request's fault, or a retryable race: never a 500.
    @app.exception_handler(IntegrityError)
    async def _integrity(_request: Request, exc: IntegrityError) -> Response:
        log.warning("refused by a database constraint: %s", type(exc.orig).__name__)
        return _error_json(
            409, ErrorCode.CONFLICT, "the request clashes with data head office holds"
        )

    @app.exception_handler(DataError)
    async def _data(_request: Request, exc: DataError) -> Response:
        log.warning("value refused by the database: %s", type(exc.orig).__name__)
        return _error_json(422, ErrorCode.VALIDATION, "a value does not fit head office's columns")

    @app.exception_handler(OperationalError)
    async def _operational(_request: Request, exc: OperationalError) -> Response:
        # Serialization failures, deadlocks, a restarting database: try again shortly.
        log.warning("database unavailable or busy: %s", type(exc.orig).__name__)
        return _error_json(
            503, ErrorCode.UNAVAILABLE, "head office is busy; try again", **{"Retry-After": "2"}
        )

    def current_device(authorization: str | None = Header(default=None)) -> DeviceIdentity:
        return authenticate(engine, authorization)

    Device = Depends(current_device)

    @app.get("/v1/health")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.post("/v1/enroll", response_model=EnrollResponse)
    def enroll_device(request: Request, body: EdgeEnrollRequest) -> Response:
        address = request.client.host if request.client else "?"
        wait = enroll_limiter.allow(address)
        if wait:
            log.warning("enrollment attempts from %s rate-limited", address)
            return _error_json(
                429,
                ErrorCode.RATE_LIMITED,
                "too many enrollment attempts; wait and try again",
                **{"Retry-After": str(int(wait) + 1)},
            )
        return _json(enroll(engine, body))

    # meta, pull and push authenticate on the connection that serves the request (one pool
    # checkout, one statement): they run every round of every bay.
    @app.get("/v1/sync/meta", response_model=MetaResponse)
    def sync_meta(authorization: str | None = Header(default=None)) -> Response:
        return _json(feed.meta(engine, parse_bearer(authorization), max_clock_drift_ms))

    @app.post("/v1/sync/push", response_model=PushResponse)
    async def sync_push(
        request: Request, authorization: str | None = Header(default=None)
    ) -> Response:
        # Authenticated inside the push's own transaction (one connection checkout, the
        # device row read and locked by one statement); the body is parsed after that.
        credentials = parse_bearer(authorization)
        raw = await request.body()
        gzipped = request.headers.get("content-encoding", "").lower() == "gzip"

        def parse() -> PushRequest:
            data = _gunzip(raw, MAX_BATCH_BYTES) if gzipped else raw
            if len(data) > MAX_BATCH_BYTES:
                raise ApiError(
                    413, ErrorCode.BATCH_TOO_LARGE, f"at most {MAX_BATCH_BYTES} bytes per batch"
                )
            try:
                return EdgePushRequest.model_validate_json(data)
            except PydanticValidationError as exc:
                raise ApiError(422, ErrorCode.VALIDATION, _errors(exc)) from None

        result = await run_in_threadpool(
            push.push, engine, credentials, parse, clock, max_clock_drift_ms
        )
        return _json(result)

    @app.get("/v1/sync/pull", response_model=PullResponse)
    def sync_pull(
        stream: str = Query(max_length=80),
        since: int = Query(default=0, ge=0, le=MAX_INT64),
        limit: int = Query(default=DEFAULT_PULL_LIMIT, ge=1, le=MAX_INT64),
        authorization: str | None = Header(default=None),
    ) -> Response:
        credentials = parse_bearer(authorization)
        return Response(
            content=feed.pull_json(engine, credentials, stream, since, limit),
            media_type="application/json",
        )

    @app.post("/v1/sync/verify", response_model=VerifyResponse)
    def sync_verify(body: EdgeVerifyRequest, device: DeviceIdentity = Device) -> Response:
        return _json(feed.verify(engine, device, body))

    @app.get("/v1/sync/conflicts/{conflict_id}", response_model=ConflictRecord)
    def conflict_get(conflict_id: str, device: DeviceIdentity = Device) -> Response:
        _check_id(conflict_id)
        return _json(feed.get_conflict(engine, device, conflict_id))

    @app.post("/v1/sync/conflicts/{conflict_id}/resolve", response_model=ConflictRecord)
    def conflict_resolve(
        conflict_id: str, body: EdgeResolveConflictRequest, device: DeviceIdentity = Device
    ) -> Response:
        _check_id(conflict_id)
        return _json(feed.resolve_conflict(engine, device, conflict_id, body))

    @app.post("/v1/messages", response_model=MessageResultsResponse)
    def messages_submit(
        body: EdgeMessageSubmitRequest, device: DeviceIdentity = Device
    ) -> Response:
        results = gateway.submit(engine, sender, device, body.messages)
        return _json(MessageResultsResponse(results=results))

    @app.post("/v1/messages/status", response_model=MessageResultsResponse)
    def messages_status(
        body: EdgeMessageStatusRequest, device: DeviceIdentity = Device
    ) -> Response:
        return _json(
            MessageResultsResponse(results=gateway.status(engine, device, body.message_ids))
        )

    app.include_router(media_router(store, current_device))

    return app


def _errors(exc: RequestValidationError | PydanticValidationError) -> str:
    """Where and what, never the offending input (it may be megabytes, or personal data)."""
    parts = [
        f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', '')}"
        for e in exc.errors()[:20]
    ]
    return "; ".join(parts)[:2000]


def _check_id(value: str) -> None:
    if not is_uuid_text(value):
        raise ApiError(404, ErrorCode.NOT_FOUND, "no such record")


def _gunzip(raw: bytes, limit: int) -> bytes:
    """A gzip body, at most ``limit`` + 1 bytes of it (a small body cannot expand without
    bound); 422 when it is corrupt or cut short."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        data = inflater.decompress(raw, limit + 1)
    except zlib.error:
        raise ApiError(422, ErrorCode.VALIDATION, "the gzip body is corrupt") from None
    if len(data) <= limit and not inflater.eof:
        raise ApiError(422, ErrorCode.VALIDATION, "the gzip body is cut short")
    return data
