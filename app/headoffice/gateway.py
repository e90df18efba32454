"""Customer-message delivery through head office (A4/W4/W5 reminders, progress, delay notices).

`MessageGateway` is the adapter point for an SMS provider; `FileGateway` writes each message
as a JSON file into an outbox directory (tests, demos). Submitting the same message id again
never sends twice: a sent message answers its stored status; a failed one is retried.
"""

from __future__ import annotations

import json
import logging
import os
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from sqlalchemy import Engine, insert, select, update

from app.headoffice import schema
from app.headoffice.auth import DeviceIdentity
from app.headoffice.db import now_iso, reader
from app.protocol.wire import MessageResult, MessageStatus, OutboundMessage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DeliveryReport:
    status: MessageStatus  # SENT or FAILED
    provider_ref: str | None = None
    error: str | None = None


class MessageGateway(Protocol):
    """Sends one message; raises nothing for a provider refusal (report FAILED instead)."""

    def send(self, dealer_id: str, message: OutboundMessage) -> DeliveryReport: ...


def mask_phone(number: str) -> str:
    return number[:3] + "****" + number[-4:] if len(number) >= 8 else "****"


class FileGateway:
    """Writes ``<outbox>/<uuid>.json`` atomically (temp, fsync, rename). The file name is
    the UUID re-formatted by the server, never the client's text."""

    def __init__(self, outbox: Path) -> None:
        self.outbox = outbox

    def send(self, dealer_id: str, message: OutboundMessage) -> DeliveryReport:
        self.outbox.mkdir(parents=True, exist_ok=True)
        name = str(uuid.UUID(message.message_id))  # ValueError for anything but a UUID
        target = self.outbox / f"{name}.json"
        temp = target.with_suffix(".tmp")
        payload = {"dealer_id": dealer_id, **message.model_dump(mode="json")}
        with temp.open("w", encoding="utf-8") as handle:
            json.dump(payload, handle, ensure_ascii=False)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
        return DeliveryReport(MessageStatus.SENT, provider_ref=f"file:{target.name}")


def _result(row: object) -> MessageResult:
    return MessageResult(
        message_id=row.id,  # type: ignore[attr-defined]
        status=MessageStatus(row.status),  # type: ignore[attr-defined]
        provider_ref=row.provider_ref,  # type: ignore[attr-defined]
        error=row.error,  # type: ignore[attr-defined]
        attempts=row.attempts,  # type: ignore[attr-defined]
        updated_at=row.updated_at,  # type: ignore[attr-defined]
    )


def submit(
    engine: Engine,
    gateway: MessageGateway,
    device: DeviceIdentity,
    messages: Sequence[OutboundMessage],
) -> list[MessageResult]:
    results: list[MessageResult] = []
    mt = schema.message
    for message in messages:
        now = now_iso()
        with engine.begin() as conn:
            row = conn.execute(select(mt).where(mt.c.id == message.message_id)).first()
            if row is not None and row.dealer_id != device.dealer_id:
                results.append(
                    MessageResult(
                        message_id=message.message_id,
                        status=MessageStatus.REJECTED,
                        error="not this dealer's message",
                        updated_at=now,
                    )
                )
                continue
            if row is not None and row.status == MessageStatus.SENT:
                results.append(_result(row))
                continue
            if row is None:
                conn.execute(
                    insert(mt).values(
                        id=message.message_id,
                        dealer_id=device.dealer_id,
                        device_id=device.id,
                        case_id=message.case_id,
                        channel=message.channel,
                        to=message.to,
                        body=message.body,
                        status=MessageStatus.QUEUED.value,
                        attempts=0,
                        created_at=now,
                        updated_at=now,
                    )
                )
        # Outside the transaction: a slow provider must not hold database locks.
        try:
            report = gateway.send(device.dealer_id, message)
        except (OSError, ValueError) as exc:
            report = DeliveryReport(MessageStatus.FAILED, error=type(exc).__name__)
        log.info(
            "message %s to %s: %s", message.message_id, mask_phone(message.to), report.status.value
        )
        with engine.begin() as conn:
            conn.execute(
                update(mt)
                .where(mt.c.id == message.message_id)
                .values(
                    status=report.status.value,
                    provider_ref=report.provider_ref,
                    error=report.error,
                    attempts=mt.c.attempts + 1,
                    updated_at=now_iso(),
                )
            )
            results.append(
                _result(conn.execute(select(mt).where(mt.c.id == message.message_id)).one())
            )
    return results


def status(engine: Engine, device: DeviceIdentity, message_ids: list[str]) -> list[MessageResult]:
    mt = schema.message
    with reader(engine) as conn:
        rows = conn.execute(
            select(mt).where(mt.c.id.in_(message_ids), mt.c.dealer_id == device.dealer_id)
        ).all()
    return [_result(r) for r in rows]
