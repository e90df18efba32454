"""Migration 0018 (issue 12 storage): the same clocks and changes in fewer bytes. Stamps of a
row's own device stored without the device part, outbox change ids derived when pushed,
indexes another index covers dropped; decoded values identical before and after."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from sqlalchemy import text

from app.protocol.wire import Change
from app.store import clocks
from app.store.engine import Database
from app.store.migrate import current_revision, downgrade, upgrade
from app.store.models import Customer
from app.store.schema import HEAD_REVISION
from app.store.triggers import change_id, data_columns
from app.sync import local

MINE = "0001796000000005-00001-01a2310e-8d33-764a-9eec-e170a85469aa"
OTHER = "0001796000000009-00002-01a2310f-7300-7846-a263-7aa32bfb5a4a"


def test_pack_shortens_the_rows_own_device_and_unpack_restores_it() -> None:
    columns = ["name", "phone", "notes", "dealer_id"]
    full = {"name": OTHER, "phone": MINE, "notes": MINE}
    updated = MINE
    packed = clocks.pack(full, updated, columns)
    stored = json.loads(packed)
    assert stored == {"name": OTHER, "dealer_id": ""}  # base = updated: not stored at all
    assert clocks.unpack(packed, updated, columns) == full
    # The base of another device, the row's own newer stamp: only that one shortened.
    newer = "0001796000000011-00000" + MINE[clocks.SHORT :]
    full = {"name": newer, "phone": OTHER, "notes": OTHER}
    packed = clocks.pack(full, newer, columns)
    assert (
        json.loads(packed)
        == {
            clocks.BASE: OTHER,  # another device's: whole
            "name": newer[: clocks.SHORT],
            "dealer_id": "",
        }
    )
    assert clocks.unpack(packed, newer, columns) == full
    full = {"name": MINE, "phone": OTHER, "notes": OTHER, "dealer_id": OTHER}
    packed = clocks.pack(full, OTHER, columns)
    assert json.loads(packed) == {"name": MINE}  # another device than updated_hlc's: whole
    assert clocks.unpack(packed, OTHER, columns) == full
    # The forms written before 0018 read as they did.
    assert clocks.unpack(json.dumps(full), OTHER, columns) == full
    assert clocks.unpack(json.dumps({clocks.BASE: MINE}), OTHER, columns) == dict.fromkeys(
        columns, MINE
    )


def _inserted_and_edited(db: Database) -> str:
    """A customer inserted here and then renamed: its id."""
    with db.write() as session:
        row = Customer(dealer_id="d1", name="王伟", phone="13800138000")
        session.add(row)
        session.flush()
    with db.write() as session:
        session.execute(
            text("UPDATE customer SET name = '王伟伟' WHERE uuid_text(id) = :i"), {"i": row.id}
        )
    return row.id


def test_triggers_sql_and_python_read_the_same_stamps(tmp_path: Path) -> None:
    db = Database(tmp_path / "bay.sqlite3", device_id="01a2310e-8d33-764a-9eec-e170a85469aa")
    row_id = _inserted_and_edited(db)
    with db.write() as session:
        # A pulled state: another device's stamp on one column, then a local edit of another.
        session.execute(text("UPDATE sync_state SET v = '1' WHERE k = 'applying_remote'"))
        session.execute(
            text("UPDATE customer SET field_hlc = :m, updated_hlc = :h WHERE uuid_text(id) = :i"),
            {
                "m": clocks.pack({"name": OTHER, "phone": MINE}, OTHER, ["name", "phone"]),
                "h": OTHER,
                "i": row_id,
            },
        )
        session.execute(text("UPDATE sync_state SET v = '0' WHERE k = 'applying_remote'"))
        session.execute(
            text("UPDATE customer SET notes = 'VIP' WHERE uuid_text(id) = :i"), {"i": row_id}
        )
    with db.read() as session:
        conn = session.connection()
        columns = data_columns(conn, "customer")
        packed, updated = conn.execute(
            text(
                f"SELECT field_hlc, {clocks.whole_sql('updated_hlc')} FROM customer WHERE uuid_text(id) = :i"
            ),
            {"i": row_id},
        ).one()
        notes_hlc = conn.execute(
            text("SELECT hlc FROM sync_outbox WHERE op = 'update' ORDER BY local_seq DESC")
        ).scalar()
        in_sql = {
            c: conn.execute(
                text(f"SELECT {clocks.stamp_sql(c)} FROM customer WHERE uuid_text(id) = :i"),
                {"i": row_id},
            ).scalar()
            for c in columns
        }
    stamps = clocks.unpack(packed, updated, columns)
    assert updated == notes_hlc
    assert stamps["notes"] == notes_hlc
    assert stamps["name"] == OTHER  # the pulled base, kept whole: another device
    assert stamps["phone"] == MINE
    assert in_sql == {c: stamps.get(c) for c in columns}
    stored = json.loads(packed)
    assert stored["notes"] == notes_hlc[: clocks.SHORT]
    assert stored[clocks.BASE] == OTHER
    db.dispose()


def test_outbox_change_ids_are_derived_the_same_on_every_read(tmp_path: Path) -> None:
    db = Database(tmp_path / "bay.sqlite3", device_id="dev-1")
    with db.write() as session:
        for n in range(3):
            session.add(Customer(dealer_id="d1", name=f"客户{n}", phone=f"1380013800{n}"))
    with db.write() as session:
        session.execute(text("UPDATE customer SET notes = 'a'"))
    with db.write() as session:
        session.execute(text("UPDATE customer SET notes = 'b'"))
        assert session.execute(text("SELECT DISTINCT change_id FROM sync_outbox")).all() == [("",)]
    first = local.next_batch(db, 0, 100)
    again = local.next_batch(db, 0, 100)
    assert len(first) == 9
    ids = [c.change_id for c in first]
    assert ids == [c.change_id for c in again]  # a resend carries the same ids
    assert len(set(ids)) == len(ids)
    assert all(uuid.UUID(i).version == 7 for i in ids)
    for change in first:
        assert change.change_id == change_id(change.hlc, change.tbl, change.row_id, change.op)
        Change.model_validate(change.as_wire())
    db.dispose()


def test_upgrade_from_0017_keeps_clocks_and_queued_change_ids(tmp_path: Path) -> None:
    path = tmp_path / "bay.sqlite3"
    db = Database(path)
    db.set_device_id("01a2310e-8d33-764a-9eec-e170a85469aa")
    row_id = _inserted_and_edited(db)
    queued = [(c.local_seq, c.change_id) for c in local.next_batch(db, 0, 100)]
    sent = local.next_batch(db, 0, 100)
    with db.read() as session:
        assert {len(h) for h in session.execute(text("SELECT hlc FROM sync_outbox")).scalars()} == {
            clocks.SHORT
        }
    downgrade(db.engine, "0017")
    assert current_revision(db.engine) == "0017"

    def state() -> tuple[dict[str, str], str, set[str]]:
        with db.read() as session:
            conn = session.connection()
            packed, updated = conn.execute(
                text(
                    f"SELECT field_hlc, {clocks.whole_sql('updated_hlc')} FROM customer "
                    "WHERE uuid_text(id) = :i"
                ),
                {"i": row_id},
            ).one()
            indexes = {str(r[0]) for r in conn.execute(text("SELECT name FROM sqlite_master"))}
            return clocks.unpack(packed, updated, data_columns(conn, "customer")), packed, indexes

    stamps, packed, indexes = state()
    assert all(len(v) > clocks.SHORT for v in json.loads(packed).values())  # whole at 0017
    assert {"ix_case_event_case_at", "ix_estimate_line_case_id"} <= indexes
    with db.read() as session:  # 0017 stores the ids: the ones pushed so far, kept
        stored = session.execute(text("SELECT local_seq, change_id FROM sync_outbox")).all()
        assert {len(h) for h in session.execute(text("SELECT hlc FROM sync_outbox")).scalars()} == {
            len(MINE)
        }
    assert [tuple(r) for r in stored] == queued
    assert local.next_batch(db, 0, 100) == sent  # what 0017 sends is what was sent
    upgrade(db.engine)
    assert current_revision(db.engine) == HEAD_REVISION
    after, packed, indexes = state()
    assert after == stamps
    assert all(len(v) == clocks.SHORT for v in json.loads(packed).values())
    assert not {"ix_case_event_case_at", "ix_estimate_line_case_id"} & indexes
    assert [(c.local_seq, c.change_id) for c in local.next_batch(db, 0, 100)] == queued
    assert local.next_batch(db, 0, 100) == sent
    db.dispose()


def test_outbox_stamps_are_whole_again_before_the_device_id_changes(tmp_path: Path) -> None:
    db = Database(tmp_path / "bay.sqlite3")
    db.set_device_id("dev-1")
    with db.write() as session:
        session.add(Customer(dealer_id="d1", name="王伟", phone="13800138000"))
    [before] = local.next_batch(db, 0, 100)
    assert before.hlc.endswith("-dev-1")
    with db.read() as session:
        assert len(session.execute(text("SELECT hlc FROM sync_outbox")).scalar_one()) == 22
    with db.read() as session:
        assert (
            session.execute(text("SELECT updated_hlc FROM customer")).scalar_one()
            == (before.hlc[: clocks.SHORT])
        )
    db.set_device_id("dev-2")
    with db.read() as session:  # the row's stamp too names dev-1 again
        assert session.execute(text("SELECT updated_hlc FROM customer")).scalar_one() == before.hlc
    with db.write() as session:
        session.add(Customer(dealer_id="d1", name="李娜", phone="13800138001"))
    first, second = local.next_batch(db, 0, 100)
    assert first == before  # still the stamp of the device that made it
    assert second.hlc.endswith("-dev-2")
    db.dispose()
    reopened = Database(tmp_path / "bay.sqlite3")
    assert reopened.hlc.last() >= second.hlc[: clocks.SHORT]
    reopened.dispose()


def _outbox(db: Database, row_id: str) -> list[tuple[str, str]]:
    with db.read() as session:
        rows = session.execute(
            text("SELECT op, fields FROM sync_outbox WHERE row_id = :r ORDER BY local_seq"),
            {"r": row_id},
        ).all()
    return [(str(r[0]), str(r[1])) for r in rows]


def test_a_queued_insert_is_read_from_the_row_until_its_first_edit(tmp_path: Path) -> None:
    """The insert's entry stores no fields while the row is as inserted; the first edit or
    delete writes the inserted fields into it first, so a resend after that carries exactly
    what the first send did (same id, same hash: no DEVICE_FORKED at head office)."""
    db = Database(tmp_path / "bay.sqlite3", device_id="dev-1")
    with db.write() as session:
        kept = Customer(dealer_id="d1", name="王伟", phone="13800138000")
        gone = Customer(dealer_id="d1", name="李娜", phone="13800138001")
        session.add_all([kept, gone])
    assert _outbox(db, kept.id) == [("insert", "")]
    [sent] = [c for c in local.next_batch(db, 0, 100) if c.row_id == kept.id]
    assert sent.fields["name"] == {"v": "王伟", "hlc": sent.hlc}
    with db.write() as session:
        session.execute(
            text("UPDATE customer SET name = '王伟伟' WHERE uuid_text(id) = :i"), {"i": kept.id}
        )
        session.execute(text("DELETE FROM customer WHERE uuid_text(id) = :i"), {"i": gone.id})
    [(op, fields), (op2, _)] = _outbox(db, kept.id)
    assert (op, op2) == ("insert", "update")
    assert json.loads(fields)["name"] == "王伟"  # as inserted, not as edited
    resent = [c for c in local.next_batch(db, 0, 100) if c.row_id == kept.id]
    assert resent[0] == sent
    assert resent[1].fields["name"]["v"] == "王伟伟"
    [(op, fields), (op2, _)] = _outbox(db, gone.id)
    assert (op, op2, json.loads(fields)["name"]) == ("insert", "delete", "李娜")
    [insert] = [c for c in local.next_batch(db, 0, 100) if c.row_id == gone.id][:1]
    assert insert.fields["phone"]["v"] == "13800138001"
    with db.write() as session:  # later edits search no more: the entry holds its fields
        session.execute(
            text("UPDATE customer SET notes = 'VIP' WHERE uuid_text(id) = :i"), {"i": kept.id}
        )
    assert next(c for c in local.next_batch(db, 0, 100) if c.row_id == kept.id) == sent
    db.dispose()


def test_a_pull_keeps_the_fields_of_an_insert_read_from_the_row(tmp_path: Path) -> None:
    """Head office sends back a row whose insert is still queued here (its acknowledgement
    was lost): every field of it is pending, so the row stays as inserted and the insert
    goes out unchanged."""
    db = Database(tmp_path / "bay.sqlite3", device_id="dev-1")
    with db.write() as session:
        row = Customer(dealer_id="d1", name="王伟", phone="13800138000")
        session.add(row)
    [sent] = [c for c in local.next_batch(db, 0, 100) if c.row_id == row.id]
    item = {
        "tbl": "customer",
        "row_id": row.id,
        "server_version": 4,
        "row": {"id": row.id, "dealer_id": "d1", "name": "别人改的", "phone": "13900000000"},
        "field_hlc": {"name": OTHER, "phone": OTHER},
        "updated_hlc": OTHER,
    }
    local.apply_pull(db, "dealer:d1", "e", [item], 1)
    with db.read() as session:
        name = session.execute(
            text("SELECT name FROM customer WHERE uuid_text(id) = :i"), {"i": row.id}
        ).scalar()
    assert name == "王伟"
    assert [c for c in local.next_batch(db, 0, 100) if c.row_id == row.id] == [sent]
    db.dispose()


def test_a_new_database_gives_freed_pages_back(tmp_path: Path) -> None:
    """Incremental auto-vacuum is set before WAL mode writes the new file's header (with WAL
    first every database was made without it and kept the pruned outbox's pages)."""
    db = Database(tmp_path / "bay.sqlite3")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA auto_vacuum").scalar() == 2  # incremental
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    db.dispose()
