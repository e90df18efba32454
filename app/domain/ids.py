"""Identifiers that never collide between workstations working offline (ARCHITECTURE.md "Data")."""

from __future__ import annotations

import os
import time
import uuid


def uuid7(random_bits: int | None = None) -> str:
    """A time-ordered UUIDv7 (RFC 9562) as text: sorts by creation time, unique offline.
    `random_bits` (80 bits) may come from a faster generator for bulk data."""
    ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big") if random_bits is None else random_bits
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= ((rand >> 62) & 0xFFF) << 64
    value |= 0b10 << 62
    value |= rand & ((1 << 62) - 1)
    return str(uuid.UUID(int=value))
