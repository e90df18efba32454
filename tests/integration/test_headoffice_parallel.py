"""Pushes of one dealer merge in parallel (issue 12, head office under load).

The dealer's stream lock is held only from the seq hand-out to the commit; the rows a push
changes are locked ``FOR UPDATE`` in key order. These tests hold one push inside its merge
and check what another push of the same dealer can do meanwhile:

- touching other rows, it merges and commits while the first is still merging, and its seqs
  come first: seqs are contiguous and follow commit order;
- touching the same row, it waits for the first to commit and merges on top of it: no lost
  update.

PostgreSQL only: SQLite has one writer (``BEGIN IMMEDIATE``), so pushes never overlap there.
"""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from headoffice_testing import PG_ENV, BackgroundServer, Device, database, enrolled_device

from app.headoffice import merge
from app.protocol.wire import Change

pytestmark = pytest.mark.postgres

WAIT = 30.0
"""Seconds a step may take before the test gives up (a bound, never a measurement)."""


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BackgroundServer]:
    if not os.environ.get(PG_ENV):
        pytest.skip(f"{PG_ENV} unset: PostgreSQL tests need the server scripts/test.sh starts")
    tmp = tmp_path_factory.mktemp("ho-parallel")
    with database("postgres", tmp) as url, BackgroundServer(url, tmp / "media") as srv:
        yield srv


class HeldMerge:
    """Stops the merge of the change of one row id until ``release`` is set."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, row_id: str) -> None:
        self.row_id = row_id
        self.entered = threading.Event()
        self.release = threading.Event()
        original: Callable[[merge.MergeContext, Change], merge.Outcome] = merge.MergeContext.apply

        def apply(ctx: merge.MergeContext, change: Change) -> merge.Outcome:
            if change.row_id == self.row_id and not self.release.is_set():
                self.entered.set()
                assert self.release.wait(WAIT), "the held push was never released"
            return original(ctx, change)

        monkeypatch.setattr(merge.MergeContext, "apply", apply)


def _in_thread(fn: Callable[[], httpx.Response]) -> tuple[threading.Thread, list[Any]]:
    out: list[Any] = []

    def run() -> None:
        try:
            out.append(fn())
        except httpx.HTTPError as exc:  # reported by the caller's assertion
            out.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, out


def _head(device: Device) -> int:
    meta = device.http.get("/v1/sync/meta")
    assert meta.status_code == 200, meta.text
    return int(meta.json()["streams"][device.stream]["head"])


def test_pushes_of_other_rows_merge_in_parallel_with_seqs_in_commit_order(
    server: BackgroundServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    dealer = f"P-{uuid.uuid4().hex[:8]}"
    a = enrolled_device(server, dealer, "Bay A")
    b = enrolled_device(server, dealer, "Bay B")
    before = _head(a)
    held_row = str(uuid.uuid4())
    held = HeldMerge(monkeypatch, held_row)
    a_ids = [held_row, str(uuid.uuid4()), str(uuid.uuid4())]
    b_ids = [str(uuid.uuid4()), str(uuid.uuid4())]
    a_batch = [a.change("customer", i, "insert", {"name": "from A"}) for i in a_ids]
    thread, a_out = _in_thread(lambda: a.push(a_batch))
    assert held.entered.wait(WAIT), "A's push never reached its merge"

    # A is inside its merge, holding its rows: B's push of other rows commits meanwhile.
    b_response = b.push([b.change("customer", i, "insert", {"name": "from B"}) for i in b_ids])
    assert b_response.status_code == 200, b_response.text
    assert thread.is_alive(), "A finished before it was released"
    assert not a_out
    held.release.set()
    thread.join(WAIT)
    a_response = a_out[0]
    assert isinstance(a_response, httpx.Response)
    assert a_response.status_code == 200, a_response.text

    b_checkpoint = b_response.json()["write_checkpoint"][b.stream]
    a_checkpoint = a_response.json()["write_checkpoint"][a.stream]
    # B committed first, so B's block of seqs comes first; together they fill the stream
    # from the old head on, without a gap or an overlap.
    assert b_checkpoint == before + len(b_ids)
    assert a_checkpoint == b_checkpoint + len(a_ids)
    items, since = a.pull_all()
    seqs = {i["row_id"]: i["seq"] for i in items}
    assert sorted(seqs[i] for i in b_ids) == list(range(before + 1, b_checkpoint + 1))
    assert sorted(seqs[i] for i in a_ids) == list(range(b_checkpoint + 1, a_checkpoint + 1))
    assert since == a_checkpoint


def test_pushes_of_one_row_wait_for_each_other_and_lose_no_update(
    server: BackgroundServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    dealer = f"P-{uuid.uuid4().hex[:8]}"
    a = enrolled_device(server, dealer, "Bay A")
    b = enrolled_device(server, dealer, "Bay B")
    row = str(uuid.uuid4())
    seeded = a.push([a.change("customer", row, "insert", {"name": "old", "phone": "0"})])
    assert seeded.status_code == 200, seeded.text
    version = seeded.json()["results"][0]["server_version"]

    held = HeldMerge(monkeypatch, row)
    a_edit = [a.change("customer", row, "update", {"name": "new name"}, base_version=version)]
    a_thread, a_out = _in_thread(lambda: a.push(a_edit))
    assert held.entered.wait(WAIT), "A's push never reached its merge"
    # B edits another field of the same row from the same version; its push must wait for
    # A's lock. Released from the hold (only A's first pass is held), B then merges on A's
    # committed row.
    b_edit = [b.change("customer", row, "update", {"phone": "139"}, base_version=version)]
    b_thread, b_out = _in_thread(lambda: b.push(b_edit))
    b_thread.join(1.0)
    assert not b_out, "B merged a row A holds locked"
    held.release.set()
    a_thread.join(WAIT)
    b_thread.join(WAIT)
    for out in (a_out, b_out):
        assert isinstance(out[0], httpx.Response)
        assert out[0].status_code == 200, out[0].text

    items, _ = b.pull_all()
    final = next(i for i in items if i["row_id"] == row)
    assert final["row"]["name"] == "new name"  # A's edit survived B's write
    assert final["row"]["phone"] == "139"
    assert final["server_version"] == version + 2
    seqs = sorted(i["seq"] for i in items)
    assert seqs == sorted(set(seqs))


def test_two_bays_pushing_one_dealer_at_once_lose_nothing(server: BackgroundServer) -> None:
    """Many concurrent pushes of one dealer, half of them editing shared rows: every edit
    lands (each row's version counts its edits), and the feed holds each row once."""
    dealer = f"P-{uuid.uuid4().hex[:8]}"
    bays = [enrolled_device(server, dealer, f"Bay {n}") for n in range(4)]
    shared = [str(uuid.uuid4()) for _ in range(3)]
    seed = bays[0].push(
        [bays[0].change("customer", r, "insert", {"name": "s", "n0": 0}) for r in shared]
    )
    assert seed.status_code == 200, seed.text
    rounds = 6
    edits: dict[str, int] = dict.fromkeys(shared, 0)
    lock = threading.Lock()
    failures: list[str] = []

    def work(index: int, bay: Device) -> None:
        for n in range(rounds):
            row = shared[(index + n) % len(shared)]
            batch = [
                bay.change("customer", row, "update", {f"f{index}": n}),
                bay.change("customer", str(uuid.uuid4()), "insert", {"name": f"{index}-{n}"}),
            ]
            response = bay.push(batch)
            if response.status_code != 200:
                failures.append(f"{response.status_code} {response.text[:200]}")
                continue
            with lock:
                edits[row] += 1

    threads = [threading.Thread(target=work, args=(i, b)) for i, b in enumerate(bays)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(WAIT * 4)
    assert not failures
    items, since = bays[1].pull_all()
    by_row = {i["row_id"]: i for i in items}
    assert len(by_row) == len(items)  # one feed entry per row
    for row in shared:
        assert by_row[row]["server_version"] == 1 + edits[row]
    inserted = [
        i for i in items if i["tbl"] == "customer" and i["row"].get("name", "").count("-") == 1
    ]
    assert len(inserted) == len(bays) * rounds
    assert since == max(i["seq"] for i in items)
