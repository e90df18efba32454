"""What the workstation and head office both need, and nothing else (issue 12 shape): the
wire models of the sync protocol and the canonical hashes both sides must compute byte for
byte. Pure: imports neither the store, sync, services nor head office; they import it."""

from app.protocol.wire import canonical_json, content_sha, payload_sha, row_digest, verify_digest

__all__ = ["canonical_json", "content_sha", "payload_sha", "row_digest", "verify_digest"]
