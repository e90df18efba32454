"""Converting the stored form of every id in a database (migration 0021, issue 12 storage):
16 bytes (``binary``) or the 36-character text of revisions before 0021.

Only canonical UUID text is converted (``uuid_blob``; any other value, ``""`` or a code,
stays as it is) and ``uuid_text`` undoes it exactly, so both directions are lossless. The
insert-only guards and the change capture are off while the stored form is rewritten
(nothing is queued for head office: the wire carries the text either way); foreign keys are
checked at the end (deferred meanwhile: a parent's key and its children's references change
in different statements), the indexes of each rewritten table rebuilt compactly and the
triggers installed again, in the form that matches the new stored form.
"""

from __future__ import annotations

from sqlalchemy import Connection, inspect, text

from app.store.registry import SYNCED_TABLES
from app.store.triggers import drop_sync_triggers, install_sync_triggers
from app.store.types import id_columns


def _targets(conn: Connection) -> dict[str, list[str]]:
    """{table: its id columns} of the tables this database has."""
    found: dict[str, list[str]] = {}
    for table in _tables(conn):
        live = {r[1] for r in conn.execute(text(f"PRAGMA table_info('{table}')"))}
        columns = sorted(id_columns(table) & live)
        if columns:
            found[table] = columns
    return found


def _tables(conn: Connection) -> set[str]:
    return set(inspect(conn).get_table_names())


def convert(conn: Connection, binary: bool) -> None:
    """Store every id of the database as 16 bytes (``binary``) or as its text, in the
    caller's transaction (the connection must have app.store.functions registered)."""
    function = "uuid_blob" if binary else "uuid_text"
    targets = _targets(conn)
    for table in SYNCED_TABLES:
        drop_sync_triggers(conn, table)
    conn.execute(text("PRAGMA defer_foreign_keys=ON"))
    for table, columns in targets.items():
        sets = ", ".join(f'"{c}" = {function}("{c}")' for c in columns)
        conn.execute(text(f'UPDATE "{table}" SET {sets}'))
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
    for table in targets:
        conn.execute(text(f'REINDEX "{table}"'))
    install_sync_triggers(conn, binary_ids=binary)
