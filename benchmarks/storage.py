"""Workstation database bytes per case, by table, before and after the first sync.

    python benchmarks/storage.py [--orders 300] [--data-dir DIR]

Makes the demo dealer through the services (the live cases every service call writes, the
rest replicated history), prints the database and WAL size, the size of the same database
vacuumed (what page slack costs) and each table's share (with its indexes, from SQLite's
dbstat), then enrolls it with a head office on loopback (embedded SQLite), syncs until
nothing waits and prints the same again. Goal (issue 12): at most
40 KB per case before sync and 20 KB per closed case after, media excluded.
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
    print(f"\nKB per case: before sync {before:.1f} (goal 40), after sync {after:.1f} (goal 20)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
