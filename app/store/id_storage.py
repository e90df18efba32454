"""Converting the stored form of every id in a database (migration 0021, issue 12 storage):
16 bytes (``binary``) or the 36-character text of revisions before 0021; and of every
SHA-256 digest (migration 0022): 32 bytes or the 64 hex characters before 0022.

Only canonical UUID text is converted (``uuid_blob``; any other value, ``""`` or a code,
stays as it is) and ``uuid_text`` undoes it exactly, so both directions are lossless; the
same for digests (``sha_blob``/``sha_text``: only 64 lowercase hex characters). The
insert-only guards and the change capture are off while the stored form is rewritten
(nothing is queued for head office: the wire carries the text either way); foreign keys are
checked at the end (deferred meanwhile: a parent's key and its children's references change
in different statements), the indexes of each rewritten table rebuilt compactly and the
triggers installed again, in the form that matches the new stored form.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, inspect, text

from app.store.registry import SYNCED_TABLES
from app.store.triggers import drop_sync_triggers, install_sync_triggers
from app.store.types import digest_columns, id_columns


def _targets(conn: Connection, columns_of: Callable[[str], frozenset[str]]) -> dict[str, list[str]]:
    """{table: its id (digest) columns} of the tables this database has."""
    found: dict[str, list[str]] = {}
    for table in _tables(conn):
        live = {r[1] for r in conn.execute(text(f"PRAGMA table_info('{table}')"))}
        columns = sorted(columns_of(table) & live)
        if columns:
            found[table] = columns
    return found


def _tables(conn: Connection) -> set[str]:
    return set(inspect(conn).get_table_names())


def convert(conn: Connection, binary: bool) -> None:
    """Store every id of the database as 16 bytes (``binary``) or as its text, in the
    caller's transaction (the connection must have app.store.functions registered)."""
    targets = _rewrite(conn, id_columns, "uuid_blob" if binary else "uuid_text")
    if binary:
        # The local bookkeeping names rows by the wire's text; a row id a trigger without
        # uuid_text() copied as bytes (the models of today writing at a revision before
        # this one, as the upgrade tests do) becomes that text.
        for table in ("sync_outbox", "sync_parked"):
            if table in _tables(conn):
                conn.execute(
                    text(
                        f"UPDATE {table} SET row_id = uuid_text(row_id) "
                        "WHERE typeof(row_id) = 'blob'"
                    )
                )
    problems = conn.execute(text("PRAGMA foreign_key_check")).all()
    if problems:
        raise RuntimeError(f"foreign keys broken by the id conversion: {problems[:5]}")
    _reindex(conn, targets)
    install_sync_triggers(conn, binary_ids=binary, binary_hashes=False)


def convert_digests(conn: Connection, binary: bool) -> None:
    """Store every SHA-256 digest of the database (the `Sha256` columns) as 32 bytes
    (``binary``) or as its 64 hex characters, in the caller's transaction (migration 0022;
    ids are stored as bytes on both sides of it). No digest is a key: nothing to check."""
    targets = _rewrite(conn, digest_columns, "sha_blob" if binary else "sha_text")
    _reindex(conn, targets)
    install_sync_triggers(conn, binary_ids=True, binary_hashes=binary)


def _rewrite(
    conn: Connection, columns_of: Callable[[str], frozenset[str]], function: str
) -> dict[str, list[str]]:
    """Triggers off (nothing is queued: the wire carries the text either way), foreign keys
    deferred, then ``UPDATE t SET c = function(c)`` over `columns_of` of every table."""
    targets = _targets(conn, columns_of)
    for table in SYNCED_TABLES:
        drop_sync_triggers(conn, table)
    conn.execute(text("PRAGMA defer_foreign_keys=ON"))
    for table, columns in targets.items():
        sets = ", ".join(f'"{c}" = {function}("{c}")' for c in columns)
        conn.execute(text(f'UPDATE "{table}" SET {sets}'))
    return targets


def _reindex(conn: Connection, targets: dict[str, list[str]]) -> None:
    """The indexes of each rewritten table, rebuilt compactly."""
    for table in targets:
        conn.execute(text(f'REINDEX "{table}"'))
