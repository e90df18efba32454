"""Workstation database bytes per case, by table, before and after the first sync.

    python benchmarks/storage.py [--orders 300] [--data-dir DIR]

Makes the demo dealer through the services (the live cases every service call writes, the
rest replicated history), prints the database and WAL size, the size of the same database
vacuumed (what page slack costs) and each table's share (with its indexes, from SQLite's
dbstat), then enrolls it with a head office on loopback (embedded SQLite), syncs until
nothing waits and prints the same again. Goal (issue 12): at most
40 KB per case before sync and 20 KB per closed case after, media excluded.

"Per closed case" is measured, not estimated: two copies of the synced database, one with
only its closed cases and one with no case at all, each with everything that belongs to the
removed cases (their rows in every table keyed by case, the audit entries naming those rows,
their appointments, and customers and assets no remaining record names) and vacuumed; the
difference divided by the closed cases is what one more closed case costs, indexes
included. The same with the synced file's page slack is printed too.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # *_testing

from app.services.demo import create_demo
from app.services.setup import DB_NAME, open_workstation


def sizes(db_file: Path) -> tuple[int, int, dict[str, int], int, int]:
    """(database bytes, WAL bytes, bytes per table incl. indexes, cases, closed cases)."""
    wal = db_file.with_name(db_file.name + "-wal")
    wal_bytes = wal.stat().st_size if wal.exists() else 0
    plain = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    try:
        owner = dict(plain.execute("SELECT name, tbl_name FROM sqlite_master"))
        per: dict[str, int] = {}
        for name, size in plain.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"):
            table = owner.get(name, name)
            per[table] = per.get(table, 0) + int(size)
        cases = int(plain.execute("SELECT count(*) FROM service_case").fetchone()[0])
        closed = int(
            plain.execute("SELECT count(*) FROM service_case WHERE state = 'closed'").fetchone()[0]
        )
    finally:
        plain.close()
    return db_file.stat().st_size, wal_bytes, per, cases, closed


def vacuumed_bytes(db_file: Path) -> int:
    """Size of the same database vacuumed: what is left without the page slack, the free
    pages and the WAL."""
    from sync_testing import vacuumed_copy

    with tempfile.TemporaryDirectory(prefix="servicebay-vacuum-") as scratch:
        return vacuumed_copy(db_file, Path(scratch) / "vacuumed.sqlite3").stat().st_size


def _keep_only(db_file: Path, keep: str) -> int:
    """Vacuumed size of a copy of `db_file` holding only the cases `keep` selects (a WHERE
    clause on service_case) and what belongs to them (see the module)."""
    from sync_testing import reverse_text, vacuumed_copy

    with tempfile.TemporaryDirectory(prefix="servicebay-cases-") as scratch:
        copy = vacuumed_copy(db_file, Path(scratch) / "copy.sqlite3")
        db = sqlite3.connect(copy)
        try:
            db.create_function("reverse", 1, reverse_text, deterministic=True)
            db.execute("PRAGMA foreign_keys = OFF")
            triggers = db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
            for (name,) in triggers.fetchall():  # none may queue or refuse what is removed
                db.execute(f'DROP TRIGGER "{name}"')
            db.execute("CREATE TEMP TABLE gone (id PRIMARY KEY) WITHOUT ROWID")
            db.execute(f"INSERT INTO gone SELECT id FROM service_case WHERE NOT ({keep})")
            owned = [
                table
                for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                if any(r[1] == "case_id" for r in db.execute(f"PRAGMA table_info('{table}')"))
            ]
            for table in owned:  # appointments, messages, complaints and every case record
                db.execute(
                    f'INSERT OR IGNORE INTO gone SELECT id FROM "{table}" '
                    "WHERE case_id IN (SELECT id FROM gone)"
                )
            for table in [*owned, "service_case"]:
                db.execute(f'DELETE FROM "{table}" WHERE id IN (SELECT id FROM gone)')
            db.execute("DELETE FROM audit_event WHERE subject IN (SELECT id FROM gone)")
            named = {"service_case", "appointment", "complaint", "customer_message", "inquiry"}
            db.execute(
                "DELETE FROM asset WHERE id NOT IN (SELECT asset_id FROM service_case "
                "UNION SELECT asset_id FROM appointment WHERE asset_id IS NOT NULL)"
            )
            customers = " UNION ".join(f"SELECT customer_id FROM {t}" for t in sorted(named))
            db.execute(
                "DELETE FROM customer WHERE id NOT IN (SELECT customer_id FROM asset UNION "
                f"{customers})"
            )
            db.commit()
        finally:
            db.close()
        return vacuumed_copy(copy, Path(scratch) / "dense.sqlite3").stat().st_size


def per_closed_case(db_file: Path, closed: int) -> tuple[float, float]:
    """(bytes one more closed case costs vacuumed, the same with the file's page slack)."""
    only_closed = _keep_only(db_file, "state = 'closed'")
    none = _keep_only(db_file, "0")
    dense = (only_closed - none) / closed
    db_bytes, wal_bytes, _per, _cases, _closed = sizes(db_file)
    slack = (db_bytes + wal_bytes) / vacuumed_bytes(db_file)
    return dense, dense * slack


def report(title: str, db_file: Path) -> float:
    db_bytes, wal_bytes, per, cases, closed = sizes(db_file)
    total = db_bytes + wal_bytes
    dense = vacuumed_bytes(db_file)
    print(f"\n{title}: {cases} cases ({closed} closed)")
    print(f"  database {db_bytes / 1024:,.0f} KB, WAL {wal_bytes / 1024:,.0f} KB")
    print(f"  {total / cases / 1024:,.1f} KB per case (database + WAL)")
    print(
        f"  {dense / cases / 1024:,.1f} KB per case vacuumed "
        f"(page slack, free pages and WAL {(total - dense) / cases / 1024:,.1f} KB per case)"
    )
    print(f"  {'table':<22}{'KB':>10}{'share':>8}{'bytes/case':>12}")
    for table, size in sorted(per.items(), key=lambda kv: -kv[1])[:14]:
        share = size / max(sum(per.values()), 1)
        print(f"  {table:<22}{size / 1024:>10,.0f}{share:>8.1%}{size / cases:>12,.0f}")
    return total / cases / 1024


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=300)
    parser.add_argument("--data-dir", default="")
    parser.add_argument("--keep-before", default="", help="copy the database before sync here")
    args = parser.parse_args()
    root = Path(args.data_dir or tempfile.mkdtemp(prefix="servicebay-storage-"))
    shutil.rmtree(root, ignore_errors=True)
    bay_dir = root / "bay"
    start = time.perf_counter()
    ctx = open_workstation(bay_dir)
    create_demo(ctx, orders=args.orders)
    ctx.db.dispose()
    print(f"demo of {args.orders} cases made in {time.perf_counter() - start:.0f} s")
    db_file = bay_dir / DB_NAME
    before = report("before sync", db_file)
    if args.keep_before:
        shutil.copyfile(db_file, args.keep_before)

    from headoffice_testing import BackgroundServer, database
    from sync_testing import first_sync

    with database("sqlite", root) as url, BackgroundServer(url, root / "hq-media") as server:
        ctx = open_workstation(bay_dir)
        try:
            print(f"\nsynced: {first_sync(ctx, server).summary()}")
        finally:
            ctx.db.dispose()
    after = report("after sync", db_file)
    closed = sizes(db_file)[4]
    dense, slack = per_closed_case(db_file, closed)
    print(
        f"\nper closed case after sync (closed cases only minus no case, {closed} closed): "
        f"{dense / 1024:.1f} KB vacuumed, {slack / 1024:.1f} KB with this file's page slack"
    )
    print(f"\nKB per case: before sync {before:.1f} (goal 40), after sync {after:.1f}")
    print(f"KB per closed case after sync: {slack / 1024:.1f} (goal 20)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
