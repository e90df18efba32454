"""Issue 12 storage: the workstation stores every id as its 16 bytes (`app.store.types.Uuid`,
migration 0021) and every SHA-256 digest as its 32 bytes (`app.store.types.Sha256`,
migration 0022), while the code, the wire and head office see the canonical text. A blob
column compared with a text parameter matches nothing instead of failing, so these tests
look for what a missed conversion leaves behind: a text UUID in an id column after a demo
and a sync, screens that come back empty, rows that change through the migration."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import ids_testing
import pytest
from headoffice_testing import BackgroundServer, database
from sqlalchemy import select, text
from sync_testing import first_sync, local_rows, server_rows

from app.services import audit, demo, kpi, queries
from app.services.context import ServiceContext
from app.services.setup import DB_NAME, open_workstation
from app.store.functions import digest_bytes, digest_text, id_bytes, id_text
from app.store.migrate import current_revision, downgrade, upgrade
from app.store.models import Base, MediaFile, ServiceCase
from app.store.registry import REFERENCE_STREAMS, SYNCED_TABLES
from app.store.schema import HEAD_REVISION
from app.store.types import digest_columns, id_columns
from app.sync import local


def test_ids_convert_losslessly_and_only_canonical_text() -> None:
    value = str(uuid.uuid4())
    assert id_bytes(value) == uuid.UUID(value).bytes
    assert id_text(id_bytes(value)) == value
    # Anything else is stored as it is: the round trip is exact for every value.
    for other in ("", "A", value.upper(), value.replace("-", ""), None, 7, b"x" * 16):
        assert id_bytes(other) == other
    assert id_text("") == ""
    assert id_text(None) is None
    assert id_text(b"short") == b"short"


def test_every_id_column_of_the_models_is_typed() -> None:
    """Every primary key and every column naming a row (foreign keys, *_id, *_by) of a
    synced table is a `Uuid`: a column left as text keeps 36 characters per value and
    compares false with a converted one."""
    for table in Base.metadata.sorted_tables:
        if table.name not in SYNCED_TABLES:
            continue
        ids = id_columns(table.name)
        for column in table.columns:
            names_row = (
                column.primary_key
                or column.foreign_keys
                or column.name.endswith(("_id", "_by"))
                or column.name in ("subject_id", "subject")
            )
            assert bool(names_row) == (column.name in ids), (table.name, column.name)


@dataclass
class Synced:
    bay_dir: Path
    before: Path
    ctx: ServiceContext
    server: Any
    dealer_id: str


@pytest.fixture(scope="module")
def synced(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Synced]:
    """A demo made through the services, copied before its first sync, then enrolled with
    head office (embedded SQLite) and synced (with verify) until nothing waits."""
    root = tmp_path_factory.mktemp("binary-ids")
    bay_dir = root / "bay"
    ctx = open_workstation(bay_dir)
    demo.create_demo(ctx, orders=24, seed=3)
    ctx.db.dispose()
    before = root / "before.db"
    shutil.copyfile(bay_dir / DB_NAME, before)
    with database("sqlite", root) as url, BackgroundServer(url, root / "hq-media") as server:
        ctx = open_workstation(bay_dir)
        try:
            assert first_sync(ctx, server).waiting == 0
            dealer_id = str(local.state(ctx.db, "dealer_id"))
            kpi.clear_cache()
            yield Synced(bay_dir, before, ctx, server, dealer_id)
        finally:
            ctx.db.dispose()


def _text_left(
    db_file: Path, columns_of: Callable[[str], frozenset[str]] = id_columns, length: int = 36
) -> dict[str, int]:
    """{table.column: rows whose id (`columns_of`: digest) is still `length` characters of
    text}."""
    plain = sqlite3.connect(db_file)
    try:
        tables = [r[0] for r in plain.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        left: dict[str, int] = {}
        for table in tables:
            for column in sorted(columns_of(table)):
                count = plain.execute(
                    f'SELECT count(*) FROM "{table}" WHERE typeof("{column}") = \'text\' '
                    f'AND length("{column}") = {length}'
                ).fetchone()[0]
                if count:
                    left[f"{table}.{column}"] = int(count)
        return left
    finally:
        plain.close()


def test_no_id_is_left_as_text_before_or_after_sync(synced: Synced) -> None:
    assert _text_left(synced.before) == {}
    assert _text_left(synced.bay_dir / DB_NAME) == {}
    plain = sqlite3.connect(synced.bay_dir / DB_NAME)
    try:
        kinds = {r[0] for r in plain.execute("SELECT typeof(id) FROM service_case")}
        assert kinds == {"blob"}
        assert {len(r[0]) for r in plain.execute("SELECT case_id FROM case_event")} == {16}
    finally:
        plain.close()


def test_head_office_holds_every_row_with_its_text_ids(synced: Synced) -> None:
    """The wire and head office are unchanged: every row head office holds has its ids as
    36-character text, equal to what the bay decodes, and nothing waits or is in doubt."""
    held = server_rows(synced.server.engine, synced.dealer_id)
    tables = [t for t in SYNCED_TABLES if t not in REFERENCE_STREAMS]
    mine = local_rows(_Bay(synced.ctx), tables)
    assert len(held) >= len(mine) > 100
    for key, row in mine.items():
        assert key in held, key
        for column in (id_columns(key[0]) | digest_columns(key[0])) - {"id"}:
            assert held[key].get(column) == row[column], (key, column)
    assert all(len(row_id) == 36 for _tbl, row_id in held)
    digests = [
        row[c] for (tbl, _id), row in held.items() for c in digest_columns(tbl) if row.get(c)
    ]
    assert len(digests) > 100
    assert {type(d) for d in digests} == {str}
    assert {len(d) for d in digests} == {64}
    assert local.pending_count(synced.ctx.db) == 0
    assert [i for i in local.open_issues(synced.ctx.db) if i.kind != "alarm"] == []


@dataclass
class _Bay:
    ctx: ServiceContext


def test_the_key_screens_find_their_rows(synced: Synced) -> None:
    ctx = synced.ctx
    with ctx.db.read() as session:
        case_ids = [str(i) for i in session.execute(select(ServiceCase.id)).scalars()]
        assert audit.verify_chain(session).ok
    assert len(case_ids) > 20
    assert queries.count_cases(ctx, queries.CaseFilter()) == len(case_ids)
    page = queries.case_page(ctx, queries.CaseFilter(), 0, 500)
    assert {row.id for row in page} == set(case_ids)
    details = [queries.case_detail(ctx, case_id) for case_id in case_ids]
    assert [d.id for d in details] == case_ids
    assert all(d.events and d.owner.name and d.customer.name for d in details)
    # Lines, media and messages hang off the case by its id.
    assert sum(bool(d.lines) for d in details) > len(details) // 2
    assert any(d.media for d in details)
    assert any(d.messages for d in details)
    overview = queries.manager_overview(ctx)
    assert overview is not None
    period = kpi.quarter_of(max(r.opened_at for r in page))
    board = kpi.dashboard(ctx, period, cache=False)
    assert board is not None


def _orm_rows(db: Any) -> dict[str, list[dict[str, Any]]]:
    return ids_testing.orm_rows(db)


def _raw_rows(db_file: Path) -> tuple[dict[str, list[tuple[Any, ...]]], set[str]]:
    """Every table's rows as the file holds them, ids (and digests) decoded, and which
    SQLite types the id columns hold (a UUID's 16 bytes or its 36 characters)."""
    return ids_testing.raw_rows(db_file, id_columns, (16, 36))


@pytest.fixture
def before(synced: Synced, tmp_path: Path) -> Iterator[tuple[Any, Path]]:
    """(database, file): a copy of the demo before its sync, open at the head revision."""
    db_file = tmp_path / DB_NAME
    shutil.copyfile(synced.before, db_file)
    db = open_workstation(tmp_path).db
    try:
        yield db, db_file
    finally:
        db.dispose()


def test_migration_0021_is_lossless_both_ways_and_queues_nothing(
    before: tuple[Any, Path],
) -> None:
    """On the demo before its sync (every change still in the outbox): down to 0020 (ids as
    text, as 0020 wrote them) and up again. The rows read through the ORM, what next_batch
    sends, and the file's rows (ids decoded) are identical at every step. (First down to
    0021 itself: a later revision's columns are not 0021's to keep.)"""
    db, db_file = before
    wire = [c.as_wire() for c in local.next_batch(db, 0, 100_000, 1 << 40)]  # today's code
    assert len(wire) > 100
    downgrade(db.engine, "0021")
    orm = _orm_rows(db)
    with db.read() as session:
        triggers = session.execute(
            text("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")
        ).scalar()
    raw_head, kinds = _raw_rows(db_file)
    assert kinds == {"blob"}

    downgrade(db.engine, "0020")
    assert current_revision(db.engine) == "0020"
    raw_0020, kinds = _raw_rows(db_file)
    assert kinds == {"text"}  # 0020's form: every id its text
    assert raw_0020 == raw_head
    assert _orm_rows(db) == orm  # the type reads text ids as they are

    upgrade(db.engine, "0021")
    assert current_revision(db.engine) == "0021"
    raw_after, kinds = _raw_rows(db_file)
    assert kinds == {"blob"}
    assert raw_after == raw_0020
    assert _orm_rows(db) == orm
    with db.read() as session:
        assert session.execute(text("PRAGMA foreign_key_check")).all() == []
        assert (
            session.execute(
                text("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")
            ).scalar()
            == triggers
        )
    upgrade(db.engine)
    assert current_revision(db.engine) == HEAD_REVISION
    assert [c.as_wire() for c in local.next_batch(db, 0, 100_000, 1 << 40)] == wire
    # Signed records are still guarded, and change capture still works.
    with pytest.raises(Exception, match="insert-only"), db.write() as session:
        session.execute(text("UPDATE signature SET signer_name = 'x'"))
    case_id = orm["service_case"][0]["id"]
    with db.write() as session:
        case = session.get(ServiceCase, case_id)
        assert case is not None
        case.fault_description = "复查"
    [change] = local.next_batch(db, 0, 100_000, 1 << 40)[len(wire) :]
    assert change.row_id == case_id
    assert change.fields["fault_description"]["v"] == "复查"


# SHA-256 digests (migration 0022)


def test_digests_convert_losslessly_and_only_lowercase_hex() -> None:
    value = hashlib.sha256(b"x").hexdigest()
    assert digest_bytes(value) == bytes.fromhex(value)
    assert digest_text(digest_bytes(value)) == value
    for other in ("", "0" * 63, value.upper(), value[:-1] + "g", None, 7, b"x" * 32):
        assert digest_bytes(other) == other
    assert digest_text("") == ""
    assert digest_text(None) is None
    assert digest_text(b"x" * 16) == b"x" * 16


def test_every_digest_column_of_the_models_is_typed() -> None:
    """Every column named for a SHA-256 digest (``*sha256``, ``subject_digest``) of the
    store is a `Sha256`; the rest (``payload_sha`` of the outbox, ``pin_hash``) are not."""
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            named = column.name.endswith("sha256") or column.name == "subject_digest"
            assert named == (column.name in digest_columns(table.name)), (table.name, column.name)
    assert "chain_sha256" in digest_columns("case_event")


def test_no_digest_is_left_as_text_before_or_after_sync(synced: Synced) -> None:
    assert _text_left(synced.before, digest_columns, 64) == {}
    assert _text_left(synced.bay_dir / DB_NAME, digest_columns, 64) == {}
    plain = sqlite3.connect(synced.bay_dir / DB_NAME)
    try:
        for column, table in (("chain_sha256", "case_event"), ("sha256", "media_file")):
            lengths = {r[0] for r in plain.execute(f"SELECT length({column}) FROM {table}")}
            assert lengths == {32}, (table, lengths)
        # "" stays "" (a pad signature has no scanned sheet).
        left = "SELECT DISTINCT media_sha256 FROM signature WHERE typeof(media_sha256) = 'text'"
        assert {r[0] for r in plain.execute(left)} == {""}
    finally:
        plain.close()
    # What the bay still has to upload is named by the hex digest.
    shas = [sha for sha, _size in local.media_queue(synced.ctx.db)]
    assert shas
    assert {len(s) for s in shas} == {64}


def test_migration_0022_is_lossless_both_ways_and_queues_nothing(
    before: tuple[Any, Path],
) -> None:
    """On the demo before its sync: down to 0021 (digests as hex text) and up again. The
    rows read through the ORM, what next_batch sends, the file's rows (decoded) and the
    audit chain's verdict are the same at every step; the triggers are back and send hex."""
    db, db_file = before
    wire = [c.as_wire() for c in local.next_batch(db, 0, 100_000, 1 << 40)]  # today's code
    assert len(wire) > 100
    downgrade(db.engine, "0022")  # a later revision's columns are not 0022's to keep
    orm = _orm_rows(db)
    triggers = _trigger_sql(db)
    raw_head, kinds = ids_testing.raw_rows(db_file, digest_columns, (32, 64))
    assert kinds == {"blob"}
    _assert_chain_verifies(db)

    downgrade(db.engine, "0021")
    assert current_revision(db.engine) == "0021"
    raw_0021, kinds = ids_testing.raw_rows(db_file, digest_columns, (32, 64))
    assert kinds == {"text"}  # 0021's form: every digest its hex
    assert raw_0021 == raw_head
    assert _orm_rows(db) == orm
    assert "sha_text(" not in "".join(_trigger_sql(db))  # 0021 does not register it
    _assert_chain_verifies(db)

    upgrade(db.engine, "0022")
    assert current_revision(db.engine) == "0022"
    raw_after, kinds = ids_testing.raw_rows(db_file, digest_columns, (32, 64))
    assert kinds == {"blob"}
    assert raw_after == raw_0021
    assert _orm_rows(db) == orm
    assert _trigger_sql(db) == triggers
    _assert_chain_verifies(db)
    upgrade(db.engine)
    assert current_revision(db.engine) == HEAD_REVISION
    assert [c.as_wire() for c in local.next_batch(db, 0, 100_000, 1 << 40)] == wire
    # An edit of a media row inserted here freezes its insert's fields into the outbox
    # (app.store.triggers._freeze_insert): the digest goes there as its hex.
    media = orm["media_file"][0]
    with db.write() as session:
        row = session.get(MediaFile, media["id"])
        assert row is not None
        row.markup = '[{"tool": "circle"}]'
    sent = [c for c in local.next_batch(db, 0, 100_000, 1 << 40) if c.row_id == media["id"]]
    assert [c.op for c in sent] == ["insert", "update"]
    assert sent[0].fields["sha256"]["v"] == media["sha256"]
    assert len(media["sha256"]) == 64


def _trigger_sql(db: Any) -> list[str]:
    with db.read() as session:
        return [
            str(r[0])
            for r in session.execute(
                text("SELECT sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
            )
        ]


def _assert_chain_verifies(db: Any) -> None:
    with db.read() as session:
        verdict = audit.verify_chain(session)
    assert verdict.ok, verdict
    assert verdict.checked > 100
