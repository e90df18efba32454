"""What head office accepts at its edge: the protocol models, tightened.

The shared protocol models (`app.sync.protocol`) describe the wire; these subclasses add the
limits a server needs so that no request reaches the database or the file system with a value
it cannot hold: ids are UUID text (never used to build a path), sequence numbers fit a signed
64-bit column, every list and map has a bound, every string a length. A value outside them is a
422 before any work is done. The wire format is unchanged: every well-formed workstation
request passes.
"""

from __future__ import annotations

import uuid
from typing import Annotated

from pydantic import AfterValidator, Field, StringConstraints

from app.protocol.wire import (
    MAX_BATCH_CHANGES,
    Change,
    EnrollRequest,
    EnrollResponse,
    FieldValue,
    MessageStatusRequest,
    MessageSubmitRequest,
    OutboundMessage,
    PushRequest,
    ResolveConflictRequest,
    TableDigest,
    VerifyRequest,
)

MAX_INT64 = 2**63 - 1
"""Largest value of a PostgreSQL BIGINT: cursors, local_seq, versions."""

MAX_IDS = 1000
"""Ids one status request may name."""

MAX_MESSAGES = 200
"""Messages one submit may carry (the workstation sends at most 200 per round)."""

_UUID_TEXT = (
    r"^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
    r"|[0-9a-fA-F]{32})$"
)


def _is_uuid(value: str) -> str:
    uuid.UUID(value)  # the pattern already guarantees it parses; belt and braces
    return value


UuidText = Annotated[
    str, StringConstraints(pattern=_UUID_TEXT, max_length=36), AfterValidator(_is_uuid)
]
"""A UUID as text (with or without dashes), never anything that could name a path."""

DeviceIdText = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]{1,64}$")]
Name = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,63}$")]
Hlc = Annotated[str, StringConstraints(max_length=96)]
Sha256Hex = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
Int64 = Annotated[int, Field(ge=0, le=MAX_INT64)]
Seq = Annotated[int, Field(ge=1, le=MAX_INT64)]


def is_uuid_text(value: str) -> bool:
    """For path parameters (conflict ids, upload ids)."""
    import re

    return bool(re.fullmatch(_UUID_TEXT, value))


class EdgeFieldValue(FieldValue):
    hlc: Hlc


class EdgeChange(Change):
    local_seq: Seq
    change_id: UuidText
    tx_id: UuidText
    tbl: Name
    row_id: UuidText
    base_version: Int64 | None = None
    fields: dict[Name, EdgeFieldValue] = Field(max_length=400)  # type: ignore[assignment]
    payload_sha: Sha256Hex
    hlc: Hlc | None = None
    created_at: Annotated[str, StringConstraints(max_length=40)] | None = None


class EdgePushRequest(PushRequest):
    device_id: DeviceIdText
    batch_id: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_.:-]{1,64}$")]
    """Only an idempotency label, never stored or used as a name: bounded text suffices."""
    first_local_seq: Seq
    changes: list[EdgeChange] = Field(max_length=MAX_BATCH_CHANGES)  # type: ignore[assignment]


class EdgeEnrollRequest(EnrollRequest):
    code: Annotated[str, StringConstraints(max_length=64)]
    hostname: Annotated[str, StringConstraints(max_length=200)] = ""
    app_version: Annotated[str, StringConstraints(max_length=64)] = ""


class EdgeVerifyRequest(VerifyRequest):
    stream: Annotated[str, StringConstraints(max_length=80)]
    as_of: Int64
    tables: dict[Name, TableDigest] = Field(max_length=200)


class EdgeResolveConflictRequest(ResolveConflictRequest):
    resolved_by: Annotated[str, StringConstraints(max_length=64)]
    note: Annotated[str, StringConstraints(max_length=2000)] = ""


class EdgeOutboundMessage(OutboundMessage):
    message_id: UuidText
    to: Annotated[str, StringConstraints(max_length=64)]
    body: Annotated[str, StringConstraints(max_length=4000)]
    case_id: UuidText | None = None


class EdgeMessageSubmitRequest(MessageSubmitRequest):
    messages: list[EdgeOutboundMessage] = Field(max_length=MAX_MESSAGES)  # type: ignore[assignment]


class EdgeMessageStatusRequest(MessageStatusRequest):
    message_ids: list[UuidText] = Field(max_length=MAX_IDS)


class EdgeEnrollResponse(EnrollResponse):
    """`EnrollResponse` as head office answers it (``workstation_code`` always set)."""
