"""Outbound customer messages through head office (issue 5): queued rows sent, the
delivery status written back to the row so it flows to every bay of the dealer.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from sqlalchemy import text

from app.protocol.wire import (
    MessageResultsResponse,
    MessageStatus,
)
from app.sync import messages as _messages  # noqa: F401  (registers sync.* codes)
from app.sync.transport import RoundReport, Transport

log = logging.getLogger(__name__)


class Outbound(Transport):
    """Queued customer messages sent through head office's gateway."""

    # -- customer messages --------------------------------------------------------------------

    def send_messages(self, report: RoundReport) -> None:
        """Queued customer messages through head office's gateway; the delivery status is
        written back to the row (and so flows to every bay of the dealer)."""
        with self.db.read() as session:
            rows = list(
                session.execute(
                    text(
                        'SELECT id, "to", body, case_id, channel FROM customer_message '
                        "WHERE status = 'queued' AND deleted_at IS NULL ORDER BY queued_at LIMIT 200"
                    )
                )
            )
        if not rows:
            return
        body = {
            "messages": [
                {"message_id": r[0], "to": r[1], "body": r[2], "case_id": r[3], "channel": "sms"}
                for r in rows
                if (r[4] or "sms") == "sms"
            ]
        }
        response = self._request("POST", "/v1/messages", json=body)
        self._check(response)
        if response.status_code != 200:
            return
        results = MessageResultsResponse.model_validate(response.json()).results
        now = datetime.now(UTC).replace(tzinfo=None)
        with self.db.write() as session:
            for result in results:
                if result.status is MessageStatus.QUEUED:
                    continue
                sent = result.status is MessageStatus.SENT
                session.execute(
                    text(
                        "UPDATE customer_message SET status = :s, provider_ref = :p, "
                        "sent_at = CASE WHEN :sent THEN :at ELSE sent_at END "
                        "WHERE id = :id AND status = 'queued'"
                    ),
                    {
                        "s": "sent" if sent else "failed",
                        "p": (result.provider_ref or result.error or "")[:64],
                        "sent": sent,
                        "at": now.isoformat(sep=" "),
                        "id": result.message_id,
                    },
                )
                if sent:
                    report.messages_sent += 1
                else:
                    report.messages_failed += 1
