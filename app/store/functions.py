"""SQL functions the schema itself uses (index expressions), registered on every connection."""

from __future__ import annotations


def reverse_text(value: str | None) -> str | None:
    """reverse(): suffix search becomes a prefix range on an expression index."""
    return value[::-1] if value is not None else None
