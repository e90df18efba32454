"""Protocol errors raised by the head-office endpoints, answered as `ErrorBody` JSON."""

from __future__ import annotations

from typing import Any

from app.protocol.wire import ErrorBody, ErrorCode, ErrorDetail


class ApiError(Exception):
    def __init__(
        self,
        status: int,
        code: ErrorCode,
        message: str,
        headers: dict[str, str] | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(f"{code}: {message}")
        self.status = status
        self.body = ErrorBody(error=ErrorDetail(code=code, message=message, **extra))
        self.headers = headers or {}


def unauthenticated() -> ApiError:
    return ApiError(
        401,
        ErrorCode.UNAUTHENTICATED,
        "unknown device or wrong credentials",
        headers={"WWW-Authenticate": "Bearer"},
    )


def forbidden(message: str = "not this device's dealer") -> ApiError:
    return ApiError(403, ErrorCode.FORBIDDEN, message)
