"""SQL functions the schema itself uses (index expressions, id conversion), registered on every
connection."""

from __future__ import annotations

import uuid
from typing import Any

_HEX = frozenset("0123456789abcdef")


def reverse_text(value: str | None) -> str | None:
    """reverse(): suffix search becomes a prefix range on an expression index."""
    return value[::-1] if value is not None else None


def id_bytes(value: Any) -> Any:
    """An id as stored on the workstation (issue 12 storage): a canonical UUID text (36
    lowercase characters) becomes its 16 bytes; any other value (``""``, None, a
    non-canonical spelling, bytes already) is returned unchanged, so the conversion is
    lossless for every value and `id_text` undoes it exactly."""
    if isinstance(value, str) and len(value) == 36:
        try:
            parsed = uuid.UUID(value)
        except ValueError:
            return value
        if str(parsed) == value:
            return parsed.bytes
    return value


def id_text(value: Any) -> Any:
    """A stored id as everything above the store sees it: 16 bytes become the canonical
    36-character text; any other value is returned unchanged."""
    if isinstance(value, bytes) and len(value) == 16:
        return str(uuid.UUID(bytes=value))
    return value


def digest_bytes(value: Any) -> Any:
    """A SHA-256 digest as stored on the workstation (issue 12 storage, migration 0022): 64
    lowercase hex characters become the 32 bytes; any other value (``""``, None, upper
    case, bytes already) is returned unchanged, so `digest_text` undoes it exactly."""
    if isinstance(value, str) and len(value) == 64 and _HEX.issuperset(value):
        return bytes.fromhex(value)
    return value


def digest_text(value: Any) -> Any:
    """A stored digest as everything above the store sees it: 32 bytes become the 64
    lowercase hex characters; any other value is returned unchanged."""
    if isinstance(value, bytes) and len(value) == 32:
        return value.hex()
    return value


def register(conn: Any) -> None:
    """The schema's SQL functions on a sqlite3 connection: ``reverse`` (expression indexes),
    ``uuid_blob``/``uuid_text`` (`id_bytes`/`id_text`: triggers, raw SQL, migration 0021),
    ``sha_blob``/``sha_text`` (`digest_bytes`/`digest_text`: the same for SHA-256 digests,
    migration 0022)."""
    conn.create_function("reverse", 1, reverse_text, deterministic=True)
    conn.create_function("uuid_blob", 1, id_bytes, deterministic=True)
    conn.create_function("uuid_text", 1, id_text, deterministic=True)
    conn.create_function("sha_blob", 1, digest_bytes, deterministic=True)
    conn.create_function("sha_text", 1, digest_text, deterministic=True)
