"""Change-capture triggers generated from the live schema and the sync registry (SYNC.md §3.2).

Every insert, update and delete of a synced table writes an outbox row in the same
transaction, stamped by the hybrid logical clock; the row's `field_hlc` records which stamp
each column carries. Signed records refuse any change to their data in the database itself;
append-only logs too; reference tables refuse local writes unless a pull is being applied.
Triggers call the UDFs registered on every connection by `app.store.engine` (hlc_now, uuid7,
current_tx, payload_sha); a connection without them (e.g. the sqlite3 shell) cannot write to
synced tables, which is the intended guard.
"""

from __future__ import annotations

import hashlib
import uuid

from sqlalchemy import Connection, inspect, text

from app.domain.hlc import HlcStamp
from app.store import clocks
from app.store.registry import SYNC_COLUMNS, SYNCED_TABLES, SyncClass
from app.store.types import digest_columns, id_columns

NOT_REMOTE = "(SELECT v FROM sync_state WHERE k = 'applying_remote') IS NOT '1'"
BOOKKEEPING = {*SYNC_COLUMNS, "id"}

DERIVED = "'', ''"
"""payload_sha and created_at of a new outbox row: left empty, derived when pushed (the hash
from the stored fields and stamp, the time from the stamp) by `app.sync.local.next_batch`;
issue 12 storage, 88 bytes less per captured change."""

CHANGE_ID = "''"
"""change_id of a new outbox row: left empty, derived when pushed from the change's stamp,
table, row and operation (`change_id`; migration 0018, 36 bytes less per
captured change). The stamp names the device and never repeats on it, so the id is as
unique as the UUIDv7 the trigger used to store, and the same on every send."""


def change_id(hlc: str, tbl: str, row_id: str, op: str) -> str:
    """The id of an outbox row stored without one (migration 0018): a UUIDv7 whose time is
    the stamp's and whose other bits come from SHA-256 of (stamp, table, row, operation).
    The stamp names the device and a device never gives one stamp twice to the same row and
    operation (each captured change takes a new stamp; `app.sync.local.queue_unsent` gives one stamp to
    many rows), so the id is unique like the random one stored before, the same on every
    send of the change (resends stay idempotent at head office), and a copied or restored
    database that makes new changes makes new stamps, so new ids (DEVICE_FORKED still
    fires)."""
    digest = hashlib.sha256(f"{hlc}|{tbl}|{row_id}|{op}".encode()).digest()
    try:
        ms = HlcStamp.parse(hlc).physical_ms
    except ValueError:
        ms = 0
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= (int.from_bytes(digest[:2], "big") & 0xFFF) << 64
    value |= 0b10 << 62
    value |= int.from_bytes(digest[2:10], "big") & ((1 << 62) - 1)
    return str(uuid.UUID(int=value))


def short_stamp_sql(stamp: str) -> str:
    """SQL: an outbox row's `hlc` as stored (migration 0018): every stamp the outbox holds is
    this workstation's own, so almost all are short (`app.store.clocks.short_sql`)."""
    return clocks.short_sql(stamp)


def whole_stamp_sql(stored: str) -> str:
    """SQL: the whole stamp of an outbox row's stored `hlc` (`app.store.clocks.whole_sql`)."""
    return clocks.whole_sql(stored)


def whole_stamp(stored: str, device: str | None) -> str:
    """`whole_stamp_sql` in Python (`device`: this workstation's device id)."""
    return clocks.whole(stored, device)


def lengthen_device_stamps(conn: Connection) -> None:
    """Store every short stamp whole (outbox stamps, rows' `updated_hlc`), before this
    workstation's device id changes: they name the device by leaving it out. A row's
    `field_hlc` needs nothing: its short stamps name the device of the row's whole
    `updated_hlc`. Bookkeeping only: no trigger fires."""
    short = f"length(%s) = {clocks.SHORT}"
    conn.execute(
        text(f"UPDATE sync_outbox SET hlc = {whole_stamp_sql('hlc')} WHERE {short % 'hlc'}")
    )
    existing = set(inspect(conn).get_table_names())
    for table in SYNCED_TABLES:
        if table in existing and "updated_hlc" in _columns(conn, table):
            conn.execute(
                text(
                    f'UPDATE "{table}" SET updated_hlc = {clocks.whole_sql("updated_hlc")} '
                    f"WHERE {short % 'updated_hlc'}"
                )
            )


_KINDS = ("ai", "au", "ad", "bu", "bd", "bi")


def _trigger_name(table: str, kind: str) -> str:
    return f"trg_{table}_{kind}"


def _columns(conn: Connection, table: str) -> list[str]:
    rows = conn.execute(text(f"PRAGMA table_info('{table}')")).all()
    return [row[1] for row in rows]


def data_columns(conn: Connection, table: str) -> list[str]:
    """The synced columns of `table` (every column but the sync bookkeeping)."""
    return [c for c in _columns(conn, table) if c not in BOOKKEEPING]


_data_columns = data_columns


def value_sql(
    table: str, column: str, row: str = "NEW", binary_ids: bool = True, binary_hashes: bool = True
) -> str:
    """SQL: a column's value as JSON and the wire hold it: an id column's 16 bytes as its
    canonical text (``uuid_text``), a digest column's 32 bytes as its hex (``sha_text``),
    any other column as stored."""
    ref = f'{row}."{column}"' if row else f'"{column}"'
    if binary_ids and column in id_columns(table):
        return f"uuid_text({ref})"
    if binary_hashes and column in digest_columns(table):
        return f"sha_text({ref})"
    return ref


def _fields_all(
    table: str,
    cols: list[str],
    row: str = "NEW",
    binary_ids: bool = True,
    binary_hashes: bool = True,
) -> str:
    """The outbox's compact form: ``{column: value}``, every field under the change's one
    stamp (its ``hlc`` column); `app.sync.local` expands it to the wire's ``{"v", "hlc"}``."""
    parts = ", ".join(f"'{c}', {value_sql(table, c, row, binary_ids, binary_hashes)}" for c in cols)
    return f"json_object({parts})"


def _fields_changed(
    table: str, cols: list[str], binary_ids: bool = True, binary_hashes: bool = True
) -> str:
    selects = " UNION ALL ".join(
        f"SELECT '{c}' AS k, {value_sql(table, c, 'NEW', binary_ids, binary_hashes)} AS v "
        f'WHERE NEW."{c}" IS NOT OLD."{c}"'
        for c in cols
    )
    return f"(SELECT json_group_object(k, v) FROM ({selects}))"


def _changed_any(cols: list[str]) -> str:
    return " OR ".join(f'NEW."{c}" IS NOT OLD."{c}"' for c in cols)


def _freeze_insert(
    table: str, cols: list[str], binary_ids: bool = True, binary_hashes: bool = True
) -> str:
    """An editable row's insert waits in the outbox without its fields ('': read from the row
    when pushed, while the row is as inserted). Its first local update or delete writes
    the fields as they were inserted (OLD) into that entry first, so the insert carries the
    same values on every send. Only a row inserted here and neither edited here nor pulled
    since (`field_hlc` still ``{}``, no `server_version`) can have such an entry: the
    search runs at most once per row, newest entries first."""
    return (
        f"UPDATE sync_outbox SET fields = {_fields_all(table, cols, 'OLD', binary_ids, binary_hashes)} "
        "WHERE local_seq = (SELECT o.local_seq FROM sync_outbox AS o "
        "WHERE OLD.field_hlc IN ('{}', '') AND OLD.server_version IS NULL "
        f"AND o.tbl = '{table}' AND o.row_id = {value_sql(table, 'id', 'OLD', binary_ids)} "
        "AND o.op = 'insert' AND o.fields = '' ORDER BY o.local_seq DESC LIMIT 1);"
    )


def _stamp_row(table: str, kind: SyncClass, insert: bool, lean: bool = True) -> str:
    """Record the stamp of the outbox row just written on the row: `updated_hlc`, and for a
    row that can be edited (on two bays) the stamps of the fields an update wrote, in the
    compact `field_hlc` (`app.store.clocks`: an insert leaves ``{}``, every column at the
    row's one stamp). Insert-only rows have one clock (updated_hlc) and an empty field map."""
    last = (
        f"(SELECT {whole_stamp_sql('hlc')} FROM sync_outbox WHERE local_seq = last_insert_rowid())"
        if lean
        else "(SELECT hlc FROM sync_outbox WHERE local_seq = last_insert_rowid())"
    )
    updated = clocks.short_sql(last) if lean else last
    if kind is not SyncClass.DRAFT or insert:
        return (
            f"UPDATE \"{table}\" SET field_hlc = '{{}}', updated_hlc = {updated} WHERE id = NEW.id;"
        )
    written = (
        f"(SELECT json_group_object(key, {whole_stamp_sql('sync_outbox.hlc')}) "
        "FROM sync_outbox, json_each(sync_outbox.fields) "
        "WHERE sync_outbox.local_seq = last_insert_rowid())"
    )
    stamps = (
        clocks.stamp_update_sql(written, last) if lean else clocks.stamp_update_sql_0017(written)
    )
    return f'UPDATE "{table}" SET field_hlc = {stamps}, updated_hlc = {updated} WHERE id = NEW.id;'


def _change_id_sql(conn: Connection) -> str:
    """What a capture trigger stores as change_id: nothing (`CHANGE_ID`), unless the
    outbox still has the unique change_id index of revisions before 0017 (a downgraded
    database), where each row needs its own UUIDv7."""
    for row in conn.execute(text("PRAGMA index_list('sync_outbox')")).all():
        if row[2]:  # unique
            cols = [r[2] for r in conn.execute(text(f"PRAGMA index_info('{row[1]}')"))]
            if cols == ["change_id"]:
                return "uuid7()"
    return CHANGE_ID


def trigger_sql(
    conn: Connection,
    table: str,
    kind: SyncClass,
    lean: bool = True,
    binary_ids: bool = True,
    binary_hashes: bool = True,
) -> list[str]:
    """The triggers of `table`. ``lean=False``: the form of revision 0017 (a stored UUIDv7
    change id, the insert's fields copied, stamps stored whole), for its downgrade.
    ``binary_ids=False``: the form before revision 0021 (ids stored as text; no
    ``uuid_text`` around them, which revisions before it do not register).
    ``binary_hashes=False``: the form before revision 0022 (digests stored as hex; no
    ``sha_text``)."""
    cols = _data_columns(conn, table)
    change_id_sql = _change_id_sql(conn) if lean else "uuid7()"
    freeze = _freeze_insert(table, cols, binary_ids, binary_hashes) if lean else ""
    new_id = value_sql(table, "id", "NEW", binary_ids)
    old_id = value_sql(table, "id", "OLD", binary_ids)
    stored = short_stamp_sql("f.h") if lean else "f.h"
    stored_t = short_stamp_sql("t.h") if lean else "t.h"
    changed = _changed_any(cols)
    statements: list[str] = []
    if kind is SyncClass.REFERENCE:
        for event, tag in (("INSERT", "bi"), ("UPDATE", "bu"), ("DELETE", "bd")):
            statements.append(
                f'CREATE TRIGGER {_trigger_name(table, tag)} BEFORE {event} ON "{table}" '
                f"WHEN {NOT_REMOTE} BEGIN "
                "SELECT RAISE(ABORT, 'reference data is read-only at the dealer'); END;"
            )
        return statements

    insert_op = "insert" if kind is SyncClass.DRAFT else "append"
    # The insert's fields are computed inside the FROM subquery, where NEW is visible and t.h
    # is the single stamp of this change. An insert-only row never changes, so its outbox
    # entry does not copy it: fields '' with op 'append' mean "read the row when pushing"
    # (`app.sync.local.next_batch`); one copy of each log entry instead of two. An editable
    # row's insert does the same until the row is first edited or deleted (`_freeze_insert`,
    # migration 0018).
    insert_fields = (
        _fields_all(table, cols, "NEW", binary_ids, binary_hashes)
        if kind is SyncClass.DRAFT and not lean
        else "''"
    )
    statements.append(
        f'CREATE TRIGGER {_trigger_name(table, "ai")} AFTER INSERT ON "{table}" '
        f"WHEN {NOT_REMOTE} BEGIN "
        "INSERT INTO sync_outbox "
        "(change_id, tx_id, tbl, row_id, op, base_version, fields, hlc, payload_sha, created_at) "
        f"SELECT {change_id_sql}, current_tx(), '{table}', {new_id}, '{insert_op}', NULL, f.fields, {stored}, "
        f"{DERIVED} "
        f"FROM (SELECT hh.h AS h, {insert_fields} AS fields FROM (SELECT hlc_now() AS h) AS hh) AS f; "
        f"{_stamp_row(table, kind, insert=True, lean=lean)} END;"
    )

    if kind is SyncClass.DRAFT:
        update_fields = _fields_changed(table, cols, binary_ids, binary_hashes)
        statements.append(
            f'CREATE TRIGGER {_trigger_name(table, "au")} AFTER UPDATE ON "{table}" '
            f"WHEN {NOT_REMOTE} AND ({changed}) BEGIN {freeze} "
            "INSERT INTO sync_outbox "
            "(change_id, tx_id, tbl, row_id, op, base_version, fields, hlc, payload_sha, created_at) "
            f"SELECT {change_id_sql}, current_tx(), '{table}', {new_id}, 'update', OLD.server_version, "
            f"f.fields, {stored}, {DERIVED} "
            f"FROM (SELECT t.h AS h, {update_fields} AS fields FROM (SELECT hlc_now() AS h) AS t) AS f; "
            f"{_stamp_row(table, kind, insert=False, lean=lean)} END;"
        )
        statements.append(
            f'CREATE TRIGGER {_trigger_name(table, "ad")} AFTER DELETE ON "{table}" '
            f"WHEN {NOT_REMOTE} BEGIN {freeze} "
            "INSERT INTO sync_outbox "
            "(change_id, tx_id, tbl, row_id, op, base_version, fields, hlc, payload_sha, created_at) "
            f"SELECT {change_id_sql}, current_tx(), '{table}', {old_id}, 'delete', OLD.server_version, '{{}}', "
            f"{stored_t}, {DERIVED} FROM (SELECT hlc_now() AS h) AS t; END;"
        )
    else:
        # Signed records and append-only logs: the data never changes once written, whoever
        # asks (ARCHITECTURE.md "Data"). Bookkeeping columns (server_version, stamps) may.
        what = "signed records" if kind is SyncClass.IMMUTABLE else "append-only records"
        statements.append(
            f'CREATE TRIGGER {_trigger_name(table, "bu")} BEFORE UPDATE ON "{table}" '
            f"WHEN {changed} BEGIN SELECT RAISE(ABORT, '{what} are insert-only'); END;"
        )
        statements.append(
            f'CREATE TRIGGER {_trigger_name(table, "bd")} BEFORE DELETE ON "{table}" '
            f"BEGIN SELECT RAISE(ABORT, '{what} are insert-only'); END;"
        )
    return statements


def drop_sync_triggers(conn: Connection, table: str) -> None:
    for kind in _KINDS:
        conn.execute(text(f"DROP TRIGGER IF EXISTS {_trigger_name(table, kind)}"))


def install_sync_triggers(
    conn: Connection,
    tables: dict[str, SyncClass] | None = None,
    lean: bool = True,
    binary_ids: bool = True,
    binary_hashes: bool = True,
) -> None:
    """(Re)create the triggers of every synced table from its current columns. Migrations call
    this after any change to a synced table, so triggers always match the schema.
    ``lean=False``: the form of revision 0017; ``binary_ids``/``binary_hashes`` False: the
    forms before revisions 0021/0022 (`trigger_sql`)."""
    existing = set(inspect(conn).get_table_names())
    for table, kind in (tables or SYNCED_TABLES).items():
        if table not in existing:
            continue  # created by a later migration, which installs its triggers then
        drop_sync_triggers(conn, table)
        if not _columns(conn, table):
            continue  # a table a later migration creates (older revisions run this too)
        for statement in trigger_sql(conn, table, kind, lean, binary_ids, binary_hashes):
            conn.execute(text(statement))
