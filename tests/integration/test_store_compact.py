"""Issue 12 storage on the workstation: migration 0005 from the previous version, compact
outbox rows alongside ones written before it, and pruned outbox pages given back."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from app.protocol.wire import Change
from app.store.engine import Database, payload_sha
from app.store.functions import reverse_text
from app.store.migrate import current_revision, upgrade
from app.store.models import Customer
from app.store.schema import HEAD_REVISION
from app.sync import local


def test_upgrade_from_0004_keeps_queued_changes_and_drops_insert_only_clock_maps(
    tmp_path: Path,
) -> None:
    from sqlalchemy import create_engine

    plain = create_engine(f"sqlite:///{tmp_path / 'bay.sqlite3'}")
    upgrade(plain, "0004")
    plain.dispose()
    db = Database(tmp_path / "bay.sqlite3", migrate=False)
    stamp = "0001796000000000-00000-dev"
    with db.write() as session:
        session.add(Customer(dealer_id="d1", name="王伟", phone="13800138000"))
        session.flush()
        session.execute(text("UPDATE sync_state SET v = '1' WHERE k = 'applying_remote'"))
        session.execute(
            text(
                "INSERT INTO audit_event (id, dealer_id, created_at, server_version, "
                "field_hlc, updated_hlc, workstation_id, seq, prev_sha256, sha256, at, "
                "staff_id, action, subject, detail) VALUES ('e1', 'd1', "
                "'2026-11-27 09:00:00.000000', 1, :map, :h, 'w', 1, '', '', "
                "'2026-11-27 09:00:00.000000', NULL, 'note', 's', '{}')"
            ),
            {"map": json.dumps({"kind": stamp, "detail": stamp}), "h": stamp},
        )
        session.execute(text("UPDATE sync_state SET v = '0' WHERE k = 'applying_remote'"))
        # A change queued by the previous version: fields stored expanded.
        old_fields = json.dumps({"notes": {"v": "VIP", "hlc": stamp}}, ensure_ascii=False)
        session.execute(
            text(
                "INSERT INTO sync_outbox (change_id, tx_id, tbl, row_id, op, base_version, "
                "fields, hlc, payload_sha, created_at) VALUES ('c-old', 't', 'customer', "
                "'r-old', 'update', NULL, :f, :h, :p, 'now')"
            ),
            {
                "f": old_fields,
                "h": stamp,
                "p": payload_sha("customer", "r-old", "update", old_fields),
            },
        )
    upgrade(db.engine)
    assert current_revision(db.engine) == HEAD_REVISION
    with db.read() as session:
        assert session.execute(text("SELECT field_hlc FROM audit_event")).scalar() == "{}"
    with db.write() as session:
        session.add(Customer(dealer_id="d1", name="李娜", phone="13800138001"))
    batch = local.next_batch(db, 0, 100)
    assert {c.change_id for c in batch} >= {"c-old"}
    assert len(batch) >= 3
    for change in batch:
        wire = Change.model_validate(change.as_wire())
        assert wire.computed_sha() == change.payload_sha
    old = next(c for c in batch if c.change_id == "c-old")
    assert old.fields == {"notes": {"v": "VIP", "hlc": stamp}}
    db.dispose()


def test_pruned_outbox_pages_go_back_and_the_wal_is_cut(tmp_path: Path) -> None:
    db = Database(tmp_path / "bay.sqlite3")
    with db.write() as session:
        for n in range(3000):
            session.add(
                Customer(dealer_id="d1", name=f"客户{n}", phone="13800138000", notes="x" * 200)
            )
    with db.write() as session:  # edited: each insert's entry holds its fields now (0018)
        session.execute(text("UPDATE customer SET notes = notes || 'y'"))
    size_full = db.path.stat().st_size
    local.acknowledge(db, local.next_batch(db, 0, 10000, 1 << 30), [], {})
    assert local.pending_count(db) == 0
    released = local.compact(db)
    assert released > 0
    wal = db.path.with_name(db.path.name + "-wal")
    assert wal.stat().st_size == 0
    assert db.path.stat().st_size < size_full * 0.75
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA freelist_count").scalar() == 0
    db.dispose()


def test_app_channel_messages_never_starve_sms(tmp_path: Path) -> None:
    """Issue 12 item 6 (the workstation's half): 250 older app-channel messages do not keep
    a queued SMS out of the batch sent to head office's gateway."""
    from datetime import datetime, timedelta

    from app.store.models import CustomerMessage

    db = Database(tmp_path / "bay.sqlite3")
    start = datetime(2026, 11, 27, 9, 0)
    with db.write() as session:
        for n in range(250):
            session.add(
                CustomerMessage(
                    dealer_id="d1", kind="other", channel="app", to="13800138000",
                    body="app", queued_at=start + timedelta(seconds=n),
                )
            )  # fmt: skip
        session.add(
            CustomerMessage(
                dealer_id="d1", kind="ready", channel="sms", to="13800138001",
                body="您的车辆已修好", queued_at=start + timedelta(hours=1),
            )
        )  # fmt: skip
    queued = local.queued_sms(db, 200)
    assert [m.body for m in queued] == ["您的车辆已修好"]
    db.dispose()


def test_upgrade_from_0013_packs_clock_maps_and_drops_dealer_indexes(tmp_path: Path) -> None:
    """Migration 0014 on a database that already synced: a row written by the previous
    triggers (full map, one stamp) and one pulled from head office (two stamps) keep the same
    clocks in the compact form; the new triggers go on writing it; the one-value dealer_id
    indexes are gone."""
    from sqlalchemy import create_engine

    from app.store import clocks
    from app.store.triggers import data_columns

    plain = create_engine(f"sqlite:///{tmp_path / 'bay.sqlite3'}")
    upgrade(plain, "0013")
    plain.dispose()
    db = Database(tmp_path / "bay.sqlite3", migrate=False)
    old, new = "0001796000000000-00000-dev", "0001796000000009-00002-hq"
    with db.write() as session:
        local_row = Customer(dealer_id="d1", name="王伟", phone="13800138000")
        session.add(local_row)
        session.flush()
        session.execute(text("UPDATE sync_state SET v = '1' WHERE k = 'applying_remote'"))
        pulled = Customer(dealer_id="d1", name="李娜", phone="13800138001")
        session.add(pulled)
        session.flush()
        columns = data_columns(session.connection(), "customer")
        full = dict.fromkeys(columns, old) | {"name": new}
        # Older migrations install the current triggers: write the previous form by hand.
        session.execute(
            text("UPDATE customer SET field_hlc = :m, updated_hlc = :h WHERE uuid_text(id) = :id"),
            {"m": json.dumps(dict.fromkeys(columns, old)), "h": old, "id": local_row.id},
        )
        session.execute(
            text("UPDATE customer SET field_hlc = :m, updated_hlc = :h, server_version = 3 "
                 "WHERE uuid_text(id) = :id"),
            {"m": json.dumps(full), "h": new, "id": pulled.id},
        )  # fmt: skip
        session.execute(text("UPDATE sync_state SET v = '0' WHERE k = 'applying_remote'"))
    with db.read() as session:
        before = {
            r[0]: clocks.unpack(r[1], r[2], columns)
            for r in session.execute(
                text("SELECT uuid_text(id), field_hlc, updated_hlc FROM customer")
            )
        }
        old_map = session.execute(
            text("SELECT field_hlc FROM customer WHERE uuid_text(id) = :id"), {"id": local_row.id}
        ).scalar_one()
        indexes = {r[0] for r in session.execute(text("SELECT name FROM sqlite_master"))}
    assert set(json.loads(old_map)) == set(columns)  # the previous triggers' full map
    assert "ix_customer_dealer_id" in indexes
    assert "sqlite_autoindex_sync_outbox_1" in indexes  # the UNIQUE (change_id) index
    assert before[pulled.id] == full
    with db.write() as session:  # the newest change acknowledged: the counter is past max
        high = session.execute(text("SELECT max(local_seq) FROM sync_outbox")).scalar_one()
        session.execute(text("DELETE FROM sync_outbox WHERE local_seq = :s"), {"s": high})
        queued = session.execute(text("SELECT change_id, fields FROM sync_outbox")).all()
    assert queued
    upgrade(db.engine)
    assert current_revision(db.engine) == HEAD_REVISION
    with db.read() as session:
        stored = {
            r[0]: (r[1], r[2])
            for r in session.execute(
                text("SELECT uuid_text(id), field_hlc, updated_hlc FROM customer")
            )
        }
        indexes = {r[0] for r in session.execute(text("SELECT name FROM sqlite_master"))}
    assert not any(name.endswith("_dealer_id") for name in indexes)
    with db.read() as session:
        assert session.execute(text("SELECT change_id, fields FROM sync_outbox")).all() == queued
        indexes = {str(r[1]) for r in session.execute(text("PRAGMA index_list('sync_outbox')"))}
        assert session.execute(text("SELECT payload_sha FROM sync_outbox")).scalars().all() == [
            ""
        ] * len(queued)
    assert indexes == set()  # the change_id index is gone
    assert stored[local_row.id][0] == "{}"
    # The stamp of the row's own device without its device part (0018); `old` is another's.
    assert json.loads(stored[pulled.id][0]) == {clocks.BASE: old, "name": new[: clocks.SHORT]}
    for row_id, (packed, updated) in stored.items():
        assert clocks.unpack(packed, updated, columns) == before[row_id]
    with db.write() as session:  # the new triggers write the compact form
        session.execute(
            text("UPDATE customer SET phone = '13900139000' WHERE uuid_text(id) = :id"),
            {"id": pulled.id},
        )
    with db.read() as session:
        packed, updated = session.execute(
            text("SELECT field_hlc, updated_hlc FROM customer WHERE uuid_text(id) = :id"),
            {"id": pulled.id},
        ).one()
        newest = session.execute(text("SELECT max(local_seq) FROM sync_outbox")).scalar_one()
    assert newest > high  # AUTOINCREMENT kept across the rebuild: no local_seq reused
    for change in local.next_batch(db, 0, 100):  # derived hashes are the protocol's
        assert Change.model_validate(change.as_wire()).computed_sha() == change.payload_sha
    stamps = clocks.unpack(packed, updated, columns)
    assert stamps["phone"] == updated > new
    assert stamps["name"] == new
    assert stamps["notes"] == old
    db.dispose()


def test_a_bay_sends_only_the_sms_it_queued_with_compact_clocks(tmp_path: Path) -> None:
    """Issue 12: a joined bay never texts a customer again for a message another bay queued.
    The queuing bay is read from the compact clocks: the queued_at column's own stamp, else the
    row's base stamp, else its updated_hlc."""
    from datetime import datetime, timedelta

    from app.store.models import CustomerMessage

    mine, other = "11111111-1111-4111-8111-111111111111", "22222222-2222-4222-8222-222222222222"

    def stamp(device: str, n: int) -> str:
        return f"{1796112920840 + n:016d}-00000-{device}"

    db = Database(tmp_path / "bay.sqlite3")
    start = datetime(2026, 11, 27, 9, 0)
    with db.write() as session:
        for n in range(4):
            session.add(
                CustomerMessage(
                    dealer_id="d1", kind="ready", channel="sms", to="13800138000",
                    body=f"m{n}", queued_at=start + timedelta(minutes=n),
                )
            )  # fmt: skip
    clocks = {  # body: (field_hlc, updated_hlc)
        "m0": ("{}", stamp(mine, 0)),  # inserted here
        "m1": ("{}", stamp(other, 1)),  # pulled: queued by the other bay
        "m2": (json.dumps({"*": stamp(other, 2), "status": stamp(mine, 3)}), stamp(mine, 3)),
        "m3": (json.dumps({"*": stamp(other, 4), "queued_at": stamp(mine, 4)}), stamp(other, 4)),
    }
    with db.write() as session:  # written as the apply of pulled rows: the triggers stand by
        session.execute(
            text("INSERT OR REPLACE INTO sync_state (k, v) VALUES ('applying_remote', '1')")
        )
        for body, (field, updated) in clocks.items():
            session.execute(
                text(
                    "UPDATE customer_message SET field_hlc = :f, updated_hlc = :u WHERE body = :b"
                ),
                {"f": field, "u": updated, "b": body},
            )
        session.execute(text("DELETE FROM sync_state WHERE k = 'applying_remote'"))
    with db.read() as session:
        stored = dict(session.execute(text("SELECT body, updated_hlc FROM customer_message")).all())
    assert stored == {body: updated for body, (_f, updated) in clocks.items()}
    assert sorted(m.body for m in local.queued_sms(db, 200, device=mine)) == ["m0", "m3"]
    assert sorted(m.body for m in local.queued_sms(db, 200, device=other)) == ["m1", "m2"]
    assert len(local.queued_sms(db, 200)) == 4  # no device known yet: every due message
    db.dispose()


def test_a_database_without_incremental_vacuum_converts_once_when_the_disk_has_room(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The one full VACUUM (a database made before 0018's release) needs free disk of about
    twice the database: with less it waits for a later round instead of filling the disk;
    with room it converts, keeping WAL mode, and gives the free pages back."""
    db = Database(tmp_path / "bay.sqlite3")
    db.dispose()
    plain = sqlite3.connect(tmp_path / "bay.sqlite3")
    plain.create_function("reverse", 1, reverse_text, deterministic=True)
    plain.execute("PRAGMA auto_vacuum=NONE")
    plain.execute("VACUUM")  # as every database made before 0018's release
    plain.close()
    db = Database(tmp_path / "bay.sqlite3")
    with db.write() as session:
        for n in range(2000):
            session.add(Customer(dealer_id="d1", name=f"客户{n}", phone="13800138000"))
    local.acknowledge(db, local.next_batch(db, 0, 10000, 1 << 30), [], {})

    def pragma(name: str) -> int:
        with db.engine.connect() as conn:
            return int(conn.exec_driver_sql(f"PRAGMA {name}").scalar() or 0)

    free = pragma("freelist_count")
    assert free > 0.1 * pragma("page_count")
    live = (pragma("page_count") - free) * pragma("page_size")
    real = shutil.disk_usage

    def short_of_disk(path: object) -> Any:
        usage = real(str(path))
        return usage._replace(free=int(live * 1.5))

    monkeypatch.setattr(shutil, "disk_usage", short_of_disk)
    assert local.compact(db) == 0
    assert (pragma("auto_vacuum"), pragma("freelist_count")) == (0, free)
    monkeypatch.setattr(shutil, "disk_usage", real)
    assert local.compact(db) == free
    assert (pragma("auto_vacuum"), pragma("freelist_count")) == (2, 0)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    db.dispose()
