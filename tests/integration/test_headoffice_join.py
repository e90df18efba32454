"""A new bay joins a dealer of any size: every pull page holds the parents of its rows
(issue 12 item 1). Real server on loopback, PostgreSQL, > 3,000 rows with updated parents."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from headoffice_testing import PG_ENV, BackgroundServer, Device, database, enrolled_device

from app.headoffice.refs import parents_of

pytestmark = pytest.mark.postgres

CASES = 1000


@pytest.fixture(scope="module")
def dealer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[BackgroundServer, str]]:
    if not os.environ.get(PG_ENV):
        pytest.skip(f"{PG_ENV} unset: PostgreSQL tests need the server scripts/test.sh starts")
    tmp = tmp_path_factory.mktemp("ho-join")
    with database("postgres", tmp) as url, BackgroundServer(url, tmp / "media") as srv:
        code = f"J-{uuid.uuid4().hex[:6]}"
        first = enrolled_device(srv, code, "Bay A")
        customers = [str(uuid.uuid4()) for _ in range(CASES // 10)]
        cases = [str(uuid.uuid4()) for _ in range(CASES)]
        changes = [
            first.change("customer", c, "insert", {"name": f"c{i}"})
            for i, c in enumerate(customers)
        ]
        for i, case in enumerate(cases):
            changes.append(
                first.change(
                    "service_case",
                    case,
                    "insert",
                    {"title": f"case {i}", "customer_id": customers[i % len(customers)]},
                )
            )
            changes.append(
                first.change(
                    "estimate_line", str(uuid.uuid4()), "insert", {"case_id": case, "qty": 1}
                )
            )
            changes.append(
                first.change(
                    "case_event", str(uuid.uuid4()), "append", {"case_id": case, "kind": "x"}
                )
            )
        for start in range(0, len(changes), 2000):
            assert first.push(changes[start : start + 2000]).status_code == 200
        # Every case and every customer updated later: they move past their children in the feed.
        updates = [
            first.change("service_case", c, "update", {"title": "updated"}, 1) for c in cases
        ]
        updates += [
            first.change("customer", c, "update", {"name": "updated"}, 1) for c in customers
        ]
        assert first.push(updates).status_code == 200
        yield srv, code


def _check_pages(
    device: Device, limit: int, since: int = 0, held: set[Any] | None = None
) -> list[int]:
    """Pull to the end; assert every row's parents are held before the page commits.
    Returns the cursor after each page."""
    held = set() if held is None else held
    cursors = []
    while True:
        response = device.pull(since=since, limit=limit)
        assert response.status_code == 200
        page = response.json()
        keys = {(i["tbl"], i["row_id"]) for i in page["items"]}
        for item in page["items"]:
            for parent in parents_of(item["tbl"], item["row"]):
                assert parent in held or parent in keys, f"{item['tbl']} before its {parent[0]}"
        held |= keys
        since = page["next_since"]
        cursors.append(since)
        if not page["has_more"]:
            return cursors


def test_a_second_bay_gets_parents_before_children_on_every_page(
    dealer: tuple[BackgroundServer, str],
) -> None:
    server, code = dealer
    bay = enrolled_device(server, code, "Bay B")
    _check_pages(bay, limit=250)
    items, _ = bay.pull_all()
    assert sum(1 for i in items if i["tbl"] == "service_case") >= CASES


def test_a_join_cut_after_any_page_resumes(dealer: tuple[BackgroundServer, str]) -> None:
    server, code = dealer
    bay = enrolled_device(server, code, "Bay C")
    cursors = _check_pages(bay, limit=400)
    for cut in cursors[:-1:2]:
        # What a bay holds after a cut: every row fed up to its cursor.
        held: set[Any] = set()
        since = 0
        while since < cut:
            page = bay.pull(since=since, limit=400).json()
            held |= {(i["tbl"], i["row_id"]) for i in page["items"]}
            since = page["next_since"]
        _check_pages(bay, limit=333, since=cut, held=held)
