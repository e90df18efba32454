"""The head-office HTTP API: `create_app` wires the endpoints of SYNC.md §5 onto FastAPI.

Every endpoint but ``POST /v1/enroll`` and ``GET /v1/health`` authenticates the calling
workstation (`auth.authenticate`) and is scoped to its dealer. Database work runs in the
thread pool (synchronous SQLAlchemy); only the tus PATCH streams in the event loop.
"""

from __future__ import annotations

import logging
import time
import zlib
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import Depends, FastAPI, Header, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from pydantic import ValidationError as PydanticValidationError
from starlette.concurrency import run_in_threadpool
from starlette.middleware.gzip import GZipMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send

from app.domain.hlc import MAX_DRIFT_MS
from app.headoffice import feed, gateway, push
from app.headoffice.auth import DeviceIdentity, authenticate, enroll
from app.headoffice.db import make_engine, run_migrations
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
    EnrollRequest,
    EnrollResponse,
    ErrorBody,
    ErrorCode,
    ErrorDetail,
    MessageResultsResponse,
    MessageStatusRequest,
    MessageSubmitRequest,
    MetaResponse,
    PullResponse,
    PushRequest,
    PushResponse,
    ResolveConflictRequest,
    VerifyRequest,
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


def create_app(
    db_url: str,
    media_dir: Path,
    *,
    gateway_impl: MessageGateway | None = None,
    message_outbox: Path | None = None,
    max_clock_drift_ms: int = MAX_DRIFT_MS,
    now_ms: Callable[[], int] | None = None,
    migrate: bool = True,
) -> FastAPI:
    """The head-office ASGI app. Migrates the database at start (``migrate``); customer
    messages go through ``gateway_impl`` or, by default, a `FileGateway` writing to
    ``message_outbox`` (default ``<media_dir>/../sms-outbox``)."""
    engine = make_engine(db_url)
    if migrate:
        run_migrations(engine)
    media_dir.mkdir(parents=True, exist_ok=True)
    store = MediaStore(engine, media_dir)
    sender: MessageGateway = gateway_impl or FileGateway(
        message_outbox or media_dir.parent / "sms-outbox"
    )
    clock = now_ms or (lambda: time.time_ns() // 1_000_000)

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
        body = ErrorBody(
            error=ErrorDetail(code=ErrorCode.VALIDATION, message=str(exc.errors())[:2000])
        )
        return JSONResponse(body.model_dump(exclude_none=True), status_code=422)

    def current_device(authorization: str | None = Header(default=None)) -> DeviceIdentity:
        return authenticate(engine, authorization)

    Device = Depends(current_device)

    @app.get("/v1/health")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.post("/v1/enroll", response_model=EnrollResponse)
    def enroll_device(body: EnrollRequest) -> Response:
        return _json(enroll(engine, body))

    @app.get("/v1/sync/meta", response_model=MetaResponse)
    def sync_meta(device: DeviceIdentity = Device) -> Response:
        return _json(feed.meta(engine, device, max_clock_drift_ms))

    @app.post("/v1/sync/push", response_model=PushResponse)
    async def sync_push(request: Request, device: DeviceIdentity = Device) -> Response:
        raw = await request.body()
        if request.headers.get("content-encoding", "").lower() == "gzip":
            # Bounded, so a small compressed body cannot expand without limit.
            raw = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(raw, MAX_BATCH_BYTES + 1)
        if len(raw) > MAX_BATCH_BYTES:
            raise ApiError(
                413, ErrorCode.BATCH_TOO_LARGE, f"at most {MAX_BATCH_BYTES} bytes per batch"
            )
        try:
            body = PushRequest.model_validate_json(raw)
        except PydanticValidationError as exc:
            raise ApiError(422, ErrorCode.VALIDATION, str(exc.errors())[:2000]) from None
        result = await run_in_threadpool(push.push, engine, device, body, clock, max_clock_drift_ms)
        return _json(result)

    @app.get("/v1/sync/pull", response_model=PullResponse)
    def sync_pull(
        stream: str,
        since: int = Query(default=0, ge=0),
        limit: int = Query(default=DEFAULT_PULL_LIMIT, ge=1),
        device: DeviceIdentity = Device,
    ) -> Response:
        return Response(
            content=feed.pull_json(engine, device, stream, since, limit),
            media_type="application/json",
        )

    @app.post("/v1/sync/verify", response_model=VerifyResponse)
    def sync_verify(body: VerifyRequest, device: DeviceIdentity = Device) -> Response:
        return _json(feed.verify(engine, device, body))

    @app.get("/v1/sync/conflicts/{conflict_id}", response_model=ConflictRecord)
    def conflict_get(conflict_id: str, device: DeviceIdentity = Device) -> Response:
        return _json(feed.get_conflict(engine, device, conflict_id))

    @app.post("/v1/sync/conflicts/{conflict_id}/resolve", response_model=ConflictRecord)
    def conflict_resolve(
        conflict_id: str, body: ResolveConflictRequest, device: DeviceIdentity = Device
    ) -> Response:
        return _json(feed.resolve_conflict(engine, device, conflict_id, body))

    @app.post("/v1/messages", response_model=MessageResultsResponse)
    def messages_submit(body: MessageSubmitRequest, device: DeviceIdentity = Device) -> Response:
        results = gateway.submit(engine, sender, device, body.messages)
        return _json(MessageResultsResponse(results=results))

    @app.post("/v1/messages/status", response_model=MessageResultsResponse)
    def messages_status(body: MessageStatusRequest, device: DeviceIdentity = Device) -> Response:
        return _json(
            MessageResultsResponse(results=gateway.status(engine, device, body.message_ids))
        )

    app.include_router(media_router(store, current_device))

    return app
