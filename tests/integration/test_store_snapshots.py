"""Issue 12 storage, one log of each fact stored compactly: signed snapshots are stored once
and compressed on the workstation (`app.store.snapshots`, migration 0020). What was signed,
its hash, what the wire carries and what head office holds do not change."""

from __future__ import annotations

import hashlib
import json
import shutil
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from headoffice_testing import BackgroundServer, database
from sqlalchemy import select, text
from sync_testing import Bay, final_check, server_rows

from app.domain.ids import uuid7
from app.headoffice.auth import create_enrollment_code
from app.services import settlement as settle_svc
from app.services.setup import open_workstation
from app.store import snapshots
from app.store.engine import Database, set_state
from app.store.migrate import current_revision, downgrade, upgrade
from app.store.models import ExtraApproval, Settlement, Signature
from app.store.registry import SYNC_COLUMNS
from app.store.schema import HEAD_REVISION
from app.store.types import text_ids
from app.sync import local

TABLES = snapshots.SNAPSHOT_TABLES


def _raw(db: Database) -> dict[tuple[str, str], tuple[str, Any, str]]:
    """{(table, id): (SQLite type, stored value, snapshot_sha256)} as the file holds them."""
    found: dict[tuple[str, str], tuple[str, Any, str]] = {}
    with db.read() as session:
        for tbl in TABLES:
            for row_id, kind, value, sha in session.execute(
                text(
                    f"SELECT uuid_text(id), typeof(snapshot), snapshot, sha_text(snapshot_sha256) "
                    f"FROM {tbl}"
                )
            ):
                found[(tbl, str(row_id))] = (str(kind), value, str(sha))
    return found


def _signed(db: Database) -> dict[tuple[str, str], tuple[str, str]]:
    """{(table, id): (text as signed, snapshot_sha256)} read as the services read them."""
    found: dict[tuple[str, str], tuple[str, str]] = {}
    with db.read() as session:
        for sig in session.execute(select(Signature)).scalars():
            found[("signature", sig.id)] = (
                settle_svc.signed_text(session, sig),
                sig.snapshot_sha256,
            )
        for row in session.execute(select(Settlement)).scalars():
            found[("settlement", row.id)] = (row.snapshot, row.snapshot_sha256)
        for extra in session.execute(select(ExtraApproval)).scalars():
            found[("extra_approval", extra.id)] = (extra.snapshot, extra.snapshot_sha256)
    return found


def _wire(db: Database) -> list[dict[str, Any]]:
    return [c.as_wire() for c in local.next_batch(db, 0, 5000, 1 << 30)]


def _extra_approval(ws: Any, case_id: str) -> None:
    """An insert-only approval of lines added mid-job, with a snapshot of its own."""
    body = json.dumps(
        {
            "lines": [
                {"code": f"P-{n}", "description": "刹车片（前）", "qty": "1"} for n in range(9)
            ]
        },
        ensure_ascii=False,
        sort_keys=True,
    )
    with ws.ctx.db.write() as session:
        session.add(
            ExtraApproval(
                dealer_id=ws.scalar("SELECT dealer_id FROM service_case WHERE id = :i", i=case_id),
                case_id=case_id,
                version=2,
                method="remote",
                channel="phone",
                approver_name="王伟",
                approved_at=ws.clock(),
                recorded_by=ws.advisor.staff_id,
                snapshot=body,
                snapshot_sha256=hashlib.sha256(body.encode()).hexdigest(),
            )
        )


@pytest.fixture(scope="module")
def closed(workshop_factory: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    ws = workshop_factory(tmp_path_factory.mktemp("snapshots") / "ws")
    ws.case_id = ws.walk_in()
    ws.drive(ws.case_id, "closed")
    _extra_approval(ws, ws.case_id)
    yield ws
    ws.ctx.db.dispose()


def test_a_settlement_signature_names_its_settlement_and_snapshots_are_compressed(
    closed: Any,
) -> None:
    db = closed.ctx.db
    raw = _raw(db)
    with db.read() as session:
        kinds = {
            str(i): str(k)
            for i, k in session.execute(text("SELECT uuid_text(id), kind FROM signature"))
        }
    settlement = next(v for k, v in raw.items() if k[0] == "settlement")
    by_kind = {kinds[k[1]]: v for k, v in raw.items() if k[0] == "signature"}
    assert set(by_kind) == {"confirmation_sheet", "settlement"}
    # The settlement's signature holds no copy: its hash names the settlement's snapshot.
    assert by_kind["settlement"][:2] == ("text", snapshots.SHARED)
    assert by_kind["settlement"][2] == settlement[2]
    for key, (kind, value, sha) in raw.items():
        if key[0] == "signature" and kinds[key[1]] == "settlement":
            continue
        assert kind == "blob", key
        body = zlib.decompress(value)
        assert hashlib.sha256(body).hexdigest() == sha, key  # the hash of the text signed
        assert len(value) < len(body) * 0.7, key
    signed = _signed(db)
    for key, (body, sha) in signed.items():
        assert hashlib.sha256(body.encode()).hexdigest() == sha, key
        assert json.loads(body), key
    sig_id = next(k[1] for k in raw if k[0] == "signature" and kinds[k[1]] == "settlement")
    settlement_id = next(k[1] for k in raw if k[0] == "settlement")
    assert signed[("signature", sig_id)] == signed[("settlement", settlement_id)]
    # Readers: the settlement page, the figures (json_extract over the stored form).
    snap = settle_svc.latest_snapshot(closed.ctx, closed.case_id)
    assert snap is not None
    assert snap["signed"]
    assert snap["version"] == 1
    with db.read() as session:
        estimate = session.execute(
            text("SELECT json_extract(snapshot_text(snapshot), '$.estimate.total') FROM settlement")
        ).scalar_one()
    assert estimate == snap["estimate"]["total"]


def test_the_wire_carries_every_snapshot_as_signed(closed: Any) -> None:
    signed = _signed(closed.ctx.db)
    sent = {
        (c["tbl"], c["row_id"]): c["fields"]["snapshot"]["v"]
        for c in _wire(closed.ctx.db)
        if c["tbl"] in TABLES and c["op"] in ("insert", "append")
    }
    assert set(sent) == set(signed)
    for key, value in sent.items():
        assert value == signed[key][0], key
        assert isinstance(value, str)


def test_a_pulled_settlement_signature_is_stored_once_only_when_its_settlement_is_here(
    closed: Any,
) -> None:
    body = '{"kind":"settlement","version":1}'
    sha = hashlib.sha256(body.encode()).hexdigest()
    sig = {"kind": "settlement", "case_id": "c1", "snapshot_sha256": sha, "snapshot": body}
    with closed.ctx.db.read() as session:
        conn = session.connection()
        alone = [dict(sig)]
        snapshots.share_pulled(conn, alone, [])
        assert alone[0]["snapshot"] == body  # its settlement not here (yet): the text kept
        other = [dict(sig)]
        snapshots.share_pulled(
            conn, other, [{"case_id": "c1", "snapshot_sha256": sha, "snapshot": "{}"}]
        )
        assert other[0]["snapshot"] == body  # not byte for byte the same: kept
        paired = [dict(sig), {**sig, "kind": "confirmation_sheet"}]
        snapshots.share_pulled(
            conn, paired, [{"case_id": "c1", "snapshot_sha256": sha, "snapshot": body}]
        )
        assert [p["snapshot"] for p in paired] == [snapshots.SHARED, body]
        # Stored here: found by case and hash.
        case_id = closed.case_id
        stored_sha, stored = session.execute(
            select(Settlement.snapshot_sha256, Settlement.snapshot).where(
                Settlement.case_id == case_id
            )
        ).one()
        here = [
            {
                "kind": "settlement",
                "case_id": case_id,
                "snapshot_sha256": stored_sha,
                "snapshot": stored,
            }
        ]
        snapshots.share_pulled(conn, here, [])
        assert here[0]["snapshot"] == snapshots.SHARED
        assert snapshots.signed_snapshot(conn, case_id, stored_sha, snapshots.SHARED) == stored
        with pytest.raises(LookupError):
            snapshots.signed_snapshot(conn, "c1", sha, snapshots.SHARED)


def test_migration_0020_from_0018_is_lossless_and_queues_nothing(
    workshop_factory: Any, tmp_path: Path
) -> None:
    ws = workshop_factory(tmp_path / "ws")
    try:
        case_id = ws.walk_in()
        ws.drive(case_id, "closed")
        _extra_approval(ws, case_id)
        db = ws.ctx.db
        signed = _signed(db)
        wire = _wire(db)
        assert {k[0] for k in signed} == set(TABLES)

        downgrade(db.engine, "0018")
        assert current_revision(db.engine) == "0018"
        at_0018 = _raw(db)
        # 0018's form: every snapshot its text, the settlement's signature a copy of it.
        assert {k: (v, sha) for k, (_kind, v, sha) in at_0018.items()} == signed
        assert {kind for kind, _v, _sha in at_0018.values()} == {"text"}
        outbox = ws.scalar("SELECT count(*) FROM sync_outbox")
        # (Today's code reads rows by their 16-byte ids, migration 0021: it sends from a
        # database only once migrated, which opening it does.)

        upgrade(db.engine)
        assert current_revision(db.engine) == HEAD_REVISION
        after = _raw(db)
        assert set(after) == set(at_0018)
        shared = [k for k, (kind, v, _sha) in after.items() if kind == "text"]
        assert [k[0] for k in shared] == ["signature"]
        assert after[shared[0]][1] == snapshots.SHARED
        for key, (kind, value, sha) in after.items():
            assert sha == at_0018[key][2], key  # hashes untouched
            if key not in shared:
                assert kind == "blob", key
                assert snapshots.unpack(value) == at_0018[key][1], key
        assert _signed(db) == signed  # decoded values identical
        assert ws.scalar("SELECT count(*) FROM sync_outbox") == outbox  # nothing queued
        assert _wire(db) == wire  # and what is sent is what 0018 sent
        # Signed records are still guarded after the migration.
        with pytest.raises(Exception, match="insert-only"), db.write() as session:
            session.execute(text("UPDATE settlement SET snapshot = '{}'"))
    finally:
        ws.ctx.db.dispose()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[BackgroundServer]:
    with database("sqlite", tmp_path) as url, BackgroundServer(url, tmp_path / "media") as srv:
        yield srv


def test_two_bays_and_head_office_hold_what_was_signed(
    workshop_factory: Any, workshop_template: Path, server: BackgroundServer, tmp_path: Path
) -> None:
    ws = workshop_factory(tmp_path / "a")
    first = Bay(data_dir=tmp_path / "a", ctx=ws.ctx, clock=ws.clock)  # type: ignore[arg-type]
    shutil.copytree(workshop_template, tmp_path / "b")
    second = Bay(data_dir=tmp_path / "b", ctx=open_workstation(tmp_path / "b"), clock=ws.clock)  # type: ignore[arg-type]
    device = uuid7()
    with second.ctx.db.write() as session:
        set_state(session, "device_id", device)
    second.ctx.db.hlc.device_id = device
    try:
        case_id = ws.walk_in()
        ws.drive(case_id, "closed")
        signed = _signed(ws.ctx.db)
        first.client.enroll(server.url, create_enrollment_code(server.engine, "TS01", "a"))
        second.client.enroll(server.url, create_enrollment_code(server.engine, "TS01", "b"))
        for bay in (first, second, first, second):
            bay.client.run_round(media=False)
        # Head office holds the text as signed (the wire is what it was).
        dealer = str(first.scalar("SELECT v FROM sync_state WHERE k = 'dealer_id'"))
        held = server_rows(server.engine, dealer)
        for key, (body, sha) in signed.items():
            assert held[key]["snapshot"] == body, key
            assert held[key]["snapshot_sha256"] == sha, key
        # The second bay stores the pulled records compactly and reads them as signed.
        assert _signed(second.ctx.db) == signed
        raw = _raw(second.ctx.db)
        assert sorted(kind for kind, _v, _sha in raw.values()) == ["blob", "blob", "text"]
        assert [v for kind, v, _sha in raw.values() if kind == "text"] == [snapshots.SHARED]
        problems = final_check(server.engine, [first, second], allow_local_only=lambda k: True)
        assert [p for p in problems if any(t in p for t in TABLES)] == []
    finally:
        first.close()
        second.close()


def _items(db: Database, tables: tuple[str, ...]) -> list[dict[str, Any]]:
    """Rows of ``tables`` as head office sends them (row states, snapshots as signed)."""
    items: list[dict[str, Any]] = []
    with db.read() as session:
        for tbl in tables:
            rows = {
                str(row["id"]): row
                for row in (
                    text_ids(tbl, r._mapping)
                    for r in session.execute(text(f'SELECT * FROM "{tbl}"'))
                )
            }
            snapshots.wire_values(session.connection(), tbl, rows)
            for row_id, row in rows.items():
                data = json.loads(json.dumps(row, default=str))
                items.append(
                    {
                        "tbl": tbl,
                        "row_id": row_id,
                        "server_version": 1,
                        "deleted": False,
                        "row": {k: v for k, v in data.items() if k not in SYNC_COLUMNS},
                        "field_hlc": {},
                        "updated_hlc": None,
                        "flags": [],
                    }
                )
    return items


def test_a_signature_pulled_a_page_before_its_settlement_gives_its_copy_up_then(
    closed: Any, workshop_factory: Any, tmp_path: Path
) -> None:
    source = closed.ctx.db
    target = workshop_factory(tmp_path / "target")
    try:
        db = target.ctx.db
        case_tables = ("customer", "asset", "service_case", "signature")
        first = _items(source, case_tables)
        waiting = target.scalar("SELECT count(*) FROM sync_outbox")
        local.apply_pull(db, "dealer:x", "e", first, 10)
        raw = _raw(db)
        assert sorted(kind for kind, _v, _sha in raw.values()) == ["blob", "blob"]
        local.apply_pull(db, "dealer:x", "e", _items(source, ("settlement",)), 20)
        raw = _raw(db)
        assert sorted(kind for kind, _v, _sha in raw.values()) == ["blob", "blob", "text"]
        assert [v for kind, v, _sha in raw.values() if kind == "text"] == [snapshots.SHARED]
        signed = {k: v for k, v in _signed(source).items() if k[0] != "extra_approval"}
        assert _signed(db) == signed
        assert target.scalar("SELECT count(*) FROM sync_outbox") == waiting  # nothing queued
        with pytest.raises(Exception, match="insert-only"), db.write() as session:
            session.execute(text("UPDATE signature SET snapshot = '{}'"))  # guarded again
    finally:
        target.ctx.db.dispose()
