"""Change capture for head-office sync (SYNC.md §3.2): every insert, update and delete of a
synced table writes an outbox row in the same transaction, with only the changed columns on
update and `field_hlc` kept per column; signed and append-only records and reference data
refuse changes in the database itself, whichever connection asks."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from app.domain.errors import ValidationError
from app.domain.hlc import HlcStamp
from app.services import appointments
from app.services.customers import AssetInput, CustomerInput
from app.store import clocks
from app.store.engine import applying_remote, payload_sha
from app.store.functions import id_bytes
from app.store.models import Customer
from app.store.registry import SYNC_COLUMNS, SYNCED_TABLES, SyncClass, tables_of
from app.store.triggers import whole_stamp_sql
from app.sync import local


class Boom(Exception):
    """Raised inside a transaction to roll it back."""


def _outbox(ws: Any, tbl: str, row_id: str) -> list[dict[str, Any]]:
    """The row's outbox entries, stamps whole (stored without this device's id, 0018)."""
    with ws.ctx.db.read() as session:
        rows = session.execute(
            text(
                f"SELECT *, {whole_stamp_sql('hlc')} AS whole FROM sync_outbox "
                "WHERE tbl = :t AND row_id = :r ORDER BY local_seq"
            ),
            {"t": tbl, "r": row_id},
        ).mappings()
        return [{**row, "hlc": row["whole"]} for row in rows]


def _row(ws: Any, tbl: str, row_id: str) -> dict[str, Any]:
    """The row, its `updated_hlc` whole (stored without this device's id, 0018)."""
    with ws.ctx.db.read() as session:
        row = (
            session.execute(
                text(
                    f"SELECT *, {clocks.whole_sql('updated_hlc')} AS whole FROM {tbl} WHERE id = :r"
                ),
                {"r": id_bytes(row_id)},
            )
            .mappings()
            .one()
        )
        return {**row, "updated_hlc": row["whole"]}


def _data_columns(ws: Any, tbl: str) -> set[str]:
    with ws.ctx.db.read() as session:
        cols = {r[1] for r in session.execute(text(f"PRAGMA table_info('{tbl}')"))}
    return cols - set(SYNC_COLUMNS) - {"id"}


def _new_customer(ws: Any, name: str = "王伟", phone: str = "13800138000") -> str:
    with ws.ctx.db.write() as session:
        customer = Customer(dealer_id="d1", name=name, phone=phone)
        session.add(customer)
        session.flush()
        return customer.id


def test_insert_writes_every_field_with_one_stamp(workshop: Any) -> None:
    customer_id = _new_customer(workshop)
    [change] = _outbox(workshop, "customer", customer_id)
    # Stored without the fields while the row is as inserted (0018): read from the row when
    # pushed, every field under the change's one stamp.
    assert change["fields"] == ""
    assert change["op"] == "insert"
    assert change["base_version"] is None
    # Stored empty (issue 12 storage), derived when pushed from the fields and stamp.
    assert change["payload_sha"] == change["created_at"] == change["change_id"] == ""
    [pushed] = [c for c in local.next_batch(workshop.ctx.db, 0, 5000) if c.row_id == customer_id]
    fields = pushed.fields
    assert set(fields) == _data_columns(workshop, "customer")
    assert fields["name"] == {"v": "王伟", "hlc": change["hlc"]}
    assert {f["hlc"] for f in fields.values()} == {change["hlc"]}
    wire = json.dumps(fields, ensure_ascii=False)
    assert pushed.payload_sha == payload_sha("customer", customer_id, "insert", wire)
    assert pushed.created_at.startswith("20")
    assert pushed.created_at.endswith("+00:00")
    stamp = HlcStamp.parse(change["hlc"])
    assert stamp.device_id == workshop.ctx.db.hlc.device_id != "local"
    row = _row(workshop, "customer", customer_id)
    assert row["updated_hlc"] == change["hlc"]
    assert row["field_hlc"] == "{}"  # compact: every column at the row's one stamp
    stamps = clocks.unpack(row["field_hlc"], row["updated_hlc"], fields)
    assert stamps == dict.fromkeys(fields, change["hlc"])


def test_update_captures_only_changed_columns(workshop: Any) -> None:
    customer_id = _new_customer(workshop)
    [insert] = _outbox(workshop, "customer", customer_id)
    with workshop.ctx.db.write() as session:
        session.execute(
            text("UPDATE customer SET name = '王伟伟' WHERE id = :r"), {"r": id_bytes(customer_id)}
        )
    with workshop.ctx.db.write() as session:  # a write that changes nothing
        session.execute(
            text("UPDATE customer SET name = name WHERE id = :r"), {"r": id_bytes(customer_id)}
        )
    changes = _outbox(workshop, "customer", customer_id)
    assert len(changes) == 2
    update = changes[1]
    assert update["op"] == "update"
    assert json.loads(update["fields"]) == {"name": "王伟伟"}
    assert update["hlc"] > insert["hlc"]
    assert update["local_seq"] > insert["local_seq"]
    assert update["tx_id"] != insert["tx_id"]
    row = _row(workshop, "customer", customer_id)
    columns = _data_columns(workshop, "customer")
    field_hlc = clocks.unpack(row["field_hlc"], row["updated_hlc"], columns)
    assert field_hlc["name"] == update["hlc"]
    assert field_hlc["phone"] == insert["hlc"]  # untouched columns keep their stamp
    assert set(field_hlc) == columns
    assert row["updated_hlc"] == update["hlc"]
    # Stored compactly: the base (the insert's stamp) and the one column written since, both
    # made on this device, so without the device part (migration 0018).
    assert json.loads(row["field_hlc"]) == {
        clocks.BASE: insert["hlc"][: clocks.SHORT],
        "name": update["hlc"][: clocks.SHORT],
    }


def test_update_carries_the_server_version_as_base(workshop: Any) -> None:
    customer_id = _new_customer(workshop)
    with workshop.ctx.db.write() as session:
        session.execute(
            text("UPDATE customer SET server_version = 7 WHERE id = :r"),
            {"r": id_bytes(customer_id)},
        )
    assert len(_outbox(workshop, "customer", customer_id)) == 1  # bookkeeping is not a change
    with workshop.ctx.db.write() as session:
        session.execute(
            text("UPDATE customer SET notes = 'VIP', phone = '13900000000' WHERE id = :r"),
            {"r": id_bytes(customer_id)},
        )
    update = _outbox(workshop, "customer", customer_id)[-1]
    assert update["base_version"] == 7
    assert set(json.loads(update["fields"])) == {"notes", "phone"}


def test_one_transaction_one_tx_id(workshop: Any) -> None:
    with workshop.ctx.db.write() as session:
        a = Customer(dealer_id="d1", name="甲", phone="13800000001")
        b = Customer(dealer_id="d1", name="乙", phone="13800000002")
        session.add_all([a, b])
        session.flush()
        ids = (a.id, b.id)
    first, second = (_outbox(workshop, "customer", i)[0] for i in ids)
    assert first["tx_id"] == second["tx_id"]
    assert first["hlc"] != second["hlc"]


def test_delete_is_captured(workshop: Any) -> None:
    customer_id = _new_customer(workshop)
    with workshop.ctx.db.write() as session:
        session.execute(text("DELETE FROM customer WHERE id = :r"), {"r": id_bytes(customer_id)})
    changes = _outbox(workshop, "customer", customer_id)
    assert [c["op"] for c in changes] == ["insert", "delete"]
    assert changes[1]["fields"] == "{}"
    pushed = [c for c in local.next_batch(workshop.ctx.db, 0, 5000) if c.row_id == customer_id]
    assert pushed[1].payload_sha == payload_sha("customer", customer_id, "delete", "{}")


def test_rolled_back_transaction_leaves_no_outbox_row(workshop: Any) -> None:
    before = workshop.scalar("SELECT count(*) FROM sync_outbox")
    seen: list[str] = []

    def write_then_fail() -> None:
        with workshop.ctx.db.write() as session:
            customer = Customer(dealer_id="d1", name="回滚", phone="13800000009")
            session.add(customer)
            session.flush()
            seen.append(customer.id)
            inside = session.execute(
                text("SELECT count(*) FROM sync_outbox WHERE row_id = :r"), {"r": customer.id}
            ).scalar()
            assert inside == 1  # written in the same transaction...
            raise Boom

    with pytest.raises(Boom):
        write_then_fail()
    assert workshop.scalar("SELECT count(*) FROM sync_outbox") == before  # ...and undone with it
    assert workshop.scalar("SELECT count(*) FROM customer WHERE id = :r", r=seen[0]) == 0


def test_changes_applied_from_head_office_are_not_captured(workshop: Any) -> None:
    before = workshop.scalar("SELECT count(*) FROM sync_outbox")
    with workshop.ctx.db.write() as session, applying_remote(session):
        session.add(Customer(dealer_id="d1", name="远端", phone="13800000008"))
        session.flush()
        session.execute(text("UPDATE part SET price_fen = price_fen + 1"))
    assert workshop.scalar("SELECT count(*) FROM sync_outbox") == before
    assert workshop.scalar("SELECT v FROM sync_state WHERE k = 'applying_remote'") == "0"


def test_a_whole_case_is_captured_row_for_row(workshop: Any) -> None:
    """Every row a full lifecycle writes in any synced table has its insert in the outbox,
    and every row's updated_hlc is the newest stamp of its changes."""
    case_id = workshop.walk_in()
    workshop.drive(case_id, "closed")
    with workshop.ctx.db.read() as session:
        for table, kind in SYNCED_TABLES.items():
            if kind is SyncClass.REFERENCE:
                continue
            rows = session.execute(text(f"SELECT count(*) FROM {table}")).scalar()
            inserts = session.execute(
                text(
                    "SELECT count(DISTINCT row_id) FROM sync_outbox "
                    "WHERE tbl = :t AND op IN ('insert', 'append')"
                ),
                {"t": table},
            ).scalar()
            assert rows == inserts, table
            stale = session.execute(
                text(
                    f"SELECT count(*) FROM {table} AS r WHERE "
                    f"{clocks.whole_sql('r.updated_hlc')} IS NOT "
                    f"(SELECT max({whole_stamp_sql('hlc')}) FROM sync_outbox "
                    "WHERE tbl = :t AND row_id = uuid_text(r.id))"
                ),
                {"t": table},
            ).scalar()
            assert stale == 0, table
        ops = dict(
            session.execute(
                text("SELECT tbl, group_concat(DISTINCT op) FROM sync_outbox GROUP BY tbl")
            ).all()
        )
    for table in ("service_case", "estimate_line", "part_use"):
        assert set(ops[table].split(",")) == {"insert", "update"}, table
    for table in tables_of(SyncClass.APPEND) + tables_of(SyncClass.IMMUTABLE):
        if table in ops:
            assert ops[table] == "append", table
    for table in ("signature", "qc_inspection", "settlement", "delivery", "case_event"):
        assert table in ops


# -- insert-only records -------------------------------------------------------------------

SIGNED = ("signature", "qc_inspection", "settlement", "delivery")
APPEND_ONLY = ("case_event", "job_clock", "feedback", "audit_event")
DATA_COLUMN = {
    "signature": "signer_name",
    "qc_inspection": "notes",
    "settlement": "snapshot",
    "delivery": "documents",
    "case_event": "detail",
    "job_clock": "reason",
    "feedback": "comment",
    "audit_event": "detail",
}


@pytest.fixture(scope="module")
def closed_case(workshop_factory: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    ws = workshop_factory(tmp_path_factory.mktemp("signed") / "ws")
    ws.case_id = ws.walk_in()
    ws.drive(ws.case_id, "closed")
    yield ws
    ws.ctx.db.dispose()


@pytest.mark.parametrize("table", SIGNED + APPEND_ONLY)
def test_insert_only_through_the_apps_connection(closed_case: Any, table: str) -> None:
    ws = closed_case
    column = DATA_COLUMN[table]
    row_id = ws.scalar(f"SELECT id FROM {table} LIMIT 1")
    assert row_id, f"the workflow wrote no {table}"
    original = ws.scalar(f"SELECT {column} FROM {table} WHERE id = :r", r=row_id)
    for sql in (
        f"UPDATE {table} SET {column} = 'forged' WHERE id = :r",
        f"DELETE FROM {table} WHERE id = :r",
        f"DELETE FROM {table}",
    ):
        with pytest.raises(DBAPIError, match="insert-only"), ws.ctx.db.write() as session:
            session.execute(text(sql), {"r": id_bytes(row_id)})
    assert ws.scalar(f"SELECT {column} FROM {table} WHERE id = :r", r=row_id) == original


@pytest.mark.parametrize("table", SIGNED + APPEND_ONLY)
def test_insert_only_through_a_plain_sqlite_connection(closed_case: Any, table: str) -> None:
    ws = closed_case
    column = DATA_COLUMN[table]
    plain = sqlite3.connect(ws.ctx.db.path, timeout=10)
    try:
        row_id = plain.execute(f"SELECT id FROM {table} LIMIT 1").fetchone()[0]
        with pytest.raises(sqlite3.IntegrityError, match="insert-only"):
            plain.execute(f"UPDATE {table} SET {column} = 'forged' WHERE id = ?", (row_id,))
        with pytest.raises(sqlite3.IntegrityError, match="insert-only"):
            plain.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))
        plain.rollback()
    finally:
        plain.close()
    assert ws.scalar(f"SELECT count(*) FROM {table} WHERE id = :r", r=row_id) == 1


def test_bookkeeping_of_signed_records_may_change(closed_case: Any) -> None:
    """The sync worker stamps the server version on a signed record; its data stays put."""
    ws = closed_case
    row_id = ws.scalar("SELECT id FROM signature LIMIT 1")
    with ws.ctx.db.write() as session:
        session.execute(
            text("UPDATE signature SET server_version = 3 WHERE id = :r"), {"r": id_bytes(row_id)}
        )
    assert ws.scalar("SELECT server_version FROM signature WHERE id = :r", r=row_id) == 3


def test_plain_connection_cannot_write_synced_tables(closed_case: Any) -> None:
    """Without the app's functions (hlc_now, uuid7 …) the capture triggers fail, so the
    sqlite3 shell cannot change synced data behind the outbox's back."""
    ws = closed_case
    before = ws.scalar("SELECT count(*) FROM sync_outbox")
    plain = sqlite3.connect(ws.ctx.db.path, timeout=10)
    try:
        customer_id = plain.execute("SELECT id FROM customer LIMIT 1").fetchone()[0]
        statements = [
            ("UPDATE customer SET name = 'forged' WHERE id = ?", (customer_id,)),
            ("DELETE FROM customer_message WHERE case_id = ?", (id_bytes(ws.case_id),)),
            ("UPDATE service_case SET state = 'reception' WHERE id = ?", (id_bytes(ws.case_id),)),
            (
                "INSERT INTO customer (id, dealer_id, created_at, field_hlc, updated_hlc, name, "
                "phone, needs_guidance, prefers_speed, preferred_channel, language, notes) "
                "VALUES ('x', 'd', '2026-01-01', '{}', '', 'x', '1', 0, 0, 'sms', 'zh_CN', '')",
                (),
            ),
        ]
        for sql, params in statements:
            with pytest.raises(sqlite3.OperationalError, match="no such function"):
                plain.execute(sql, params)
        plain.rollback()
        # Local bookkeeping tables are not synced and stay writable.
        plain.execute("INSERT INTO sync_state (k, v) VALUES ('probe', '1')")
        plain.commit()
    finally:
        plain.close()
    assert ws.scalar("SELECT state FROM service_case WHERE id = :r", r=ws.case_id) == "closed"
    assert ws.scalar("SELECT count(*) FROM sync_outbox") == before


REFERENCE_INSERTS = {
    "part": (
        "INSERT INTO part (id, dealer_id, created_at, field_hlc, updated_hlc, part_no, name, "
        "name_en, grade, price_fen, unit, applies_to, safety_relevant) VALUES ('p', '', "
        "'2026-01-01', '{}', '', 'X-1', 'x', 'x', 'oem', 1, '件', 'vehicle', 0)"
    ),
    "labor_op": (
        "INSERT INTO labor_op (id, dealer_id, created_at, field_hlc, updated_hlc, code, name, "
        "name_en, hours, rate_fen, applies_to, difficulty, key_operation) VALUES ('l', '', "
        "'2026-01-01', '{}', '', 'L-X', 'x', 'x', '1', 1, 'vehicle', 1, 0)"
    ),
    "campaign": (
        "INSERT INTO campaign (id, dealer_id, created_at, field_hlc, updated_hlc, code, title, "
        "body) VALUES ('c', '', '2026-01-01', '{}', '', 'C-1', 'x', 'x')"
    ),
}


def test_every_reference_table_is_covered() -> None:
    assert set(REFERENCE_INSERTS) == set(tables_of(SyncClass.REFERENCE))


@pytest.mark.parametrize("table", sorted(REFERENCE_INSERTS))
def test_reference_tables_refuse_local_writes(closed_case: Any, table: str) -> None:
    ws = closed_case
    before = ws.scalar(f"SELECT count(*) FROM {table}")
    statements = [REFERENCE_INSERTS[table]]
    if before:  # an UPDATE or DELETE of no rows fires no trigger
        statements += [f"DELETE FROM {table}", f"UPDATE {table} SET created_at = created_at"]
    for sql in statements:
        with pytest.raises(DBAPIError, match="read-only"), ws.ctx.db.write() as session:
            session.execute(text(sql))
    plain = sqlite3.connect(ws.ctx.db.path, timeout=10)
    try:
        for sql in statements:
            with pytest.raises(sqlite3.IntegrityError, match="read-only"):
                plain.execute(sql)
    finally:
        plain.rollback()
        plain.close()
    assert ws.scalar(f"SELECT count(*) FROM {table}") == before
    assert ws.scalar("SELECT count(*) FROM part") > 20  # the seed catalogue is there


def test_a_failed_service_call_leaves_nothing_behind(workshop: Any) -> None:
    """`book` writes the customer and the vehicle before it finds the fault description
    empty: the whole unit rolls back, outbox rows included."""
    counts = "SELECT (SELECT count(*) FROM sync_outbox), (SELECT count(*) FROM customer)"
    with workshop.ctx.db.read() as session:
        before = tuple(session.execute(text(counts)).one())
    with pytest.raises(ValidationError):
        appointments.book(
            workshop.ctx,
            workshop.advisor,
            customer=CustomerInput(name="新客户", phone="13800138123"),
            asset=AssetInput(kind="vehicle", plate="粤B·N12345"),
            channel="store",
            desired_at=workshop.clock.t + timedelta(hours=1),
            fault_description="   ",
        )
    with workshop.ctx.db.read() as session:
        assert tuple(session.execute(text(counts)).one()) == before


def test_insert_only_rows_keep_one_clock_and_the_wire_hash_is_unchanged(workshop: Any) -> None:
    """Issue 12 storage: a log or signed row has no per-field clock map; the outbox row is
    compact but pushes exactly the payload (and hash) the server checks."""
    from app.protocol.wire import Change
    from app.sync import local

    customer_id = _new_customer(workshop)
    with workshop.ctx.db.read() as session:
        logs = list(session.execute(text("SELECT field_hlc, updated_hlc FROM audit_event")).all())
    assert logs, "set-up wrote audit events"
    assert all(field_hlc == "{}" and updated for field_hlc, updated in logs)
    with workshop.ctx.db.read() as session:
        stored = session.execute(
            text("SELECT fields, payload_sha FROM sync_outbox WHERE tbl = 'audit_event'")
        ).all()
    # One copy of each log entry: the outbox entry points at the row instead of copying it.
    assert stored
    assert set(stored) == {("", "")}
    batch = local.next_batch(workshop.ctx.db, 0, 5000)
    mine = [c for c in batch if c.row_id == customer_id]
    assert mine
    logs_pushed = [c for c in batch if c.tbl == "audit_event"]
    assert len(logs_pushed) == len(stored)
    assert all(c.fields["action"]["v"] and c.payload_sha for c in logs_pushed)
    for change in batch:
        wire = Change.model_validate(change.as_wire())
        assert wire.computed_sha() == change.payload_sha
        assert all(f.hlc == change.hlc for f in wire.fields.values())
