"""Outbound customer messages through head office (issue 5): queued rows sent, the
delivery status written back to the row so it flows to every bay of the dealer.
"""

from __future__ import annotations

import logging
import time

from app.protocol.wire import (
    MessageResultsResponse,
    MessageStatus,
)
from app.sync import local
from app.sync import messages as _messages  # noqa: F401  (registers sync.* codes)
from app.sync.transport import RoundReport, Transport

log = logging.getLogger(__name__)

MESSAGES_PER_REQUEST = 200
"""Messages one submit carries (head office's limit, app.headoffice.edge.MAX_MESSAGES)."""


class Outbound(Transport):
    """Queued customer messages sent through head office's gateway."""

    # -- customer messages --------------------------------------------------------------------

    def send_messages(self, report: RoundReport) -> None:
        """Queued customer messages through head office's gateway, 200 a request, until none
        is left or `messages_budget_s` is spent (a bay back after days offline, or one that
        enrolled with a long history, sends its backlog in one round, not 200 a round); the
        delivery status is written back to the row (and so flows to every bay of the
        dealer)."""
        deadline = time.monotonic() + self.messages_budget_s
        while self._send_batch(report) and time.monotonic() < deadline:
            pass

    def _send_batch(self, report: RoundReport) -> bool:
        """One request of the oldest queued messages; True when a full batch got a final
        status (there may be more)."""
        rows = local.queued_sms(
            self.db, limit=MESSAGES_PER_REQUEST, device=self._state("device_id") or ""
        )
        if not rows:
            return False
        body = {
            "messages": [
                {
                    "message_id": r.id,
                    "to": r.to,
                    "body": r.body,
                    "case_id": r.case_id,
                    "channel": "sms",
                }
                for r in rows
            ]
        }
        response = self._request("POST", "/v1/messages", json=body)
        self._check(response)
        if response.status_code != 200:
            return False
        results = MessageResultsResponse.model_validate(response.json()).results
        done = [
            (r.message_id, r.status is MessageStatus.SENT, r.provider_ref or r.error or "")
            for r in results
            if r.status is not MessageStatus.QUEUED
        ]
        local.record_message_results(self.db, done)
        report.messages_sent += sum(1 for _, sent, _ in done if sent)
        report.messages_failed += sum(1 for _, sent, _ in done if not sent)
        return len(rows) == MESSAGES_PER_REQUEST and len(done) == len(rows)
