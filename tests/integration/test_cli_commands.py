"""The command line as a user runs it: a real process, a real data directory, JSON parsed back.
Usage errors and bad input exit 2 with one clear line and never a traceback."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from app.domain.lifecycle import CaseState
from app.domain.sla import SlaStatus
from app.services import audit
from app.services.setup import open_workstation

DEMO_PINS = {
    "王芳": "1111",
    "李娜": "1112",
    "张强": "2222",
    "刘洋": "3331",
    "陈杰": "3332",
    "杨磊": "3333",
    "赵敏": "3334",
    "黄伟": "4444",
    "周静": "5555",
    "系统管理员": "0000",
}


def run_cli(
    args: Sequence[str], data_dir: Path | None = None, timeout: float = 180
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("BAY_DATA_DIR", "BAY_LANG")}
    env["PYTHONIOENCODING"] = "utf-8"
    prefix = ["--data-dir", str(data_dir)] if data_dir is not None else []
    return subprocess.run(
        [sys.executable, "-m", "app", *prefix, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=timeout,
        check=False,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert "Traceback" not in result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    data_dir = tmp_path_factory.mktemp("cli") / "data"
    result = run_cli(["demo", "--orders", "30", "--seed", "7"], data_dir)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return data_dir, result.stdout


@pytest.fixture(scope="module")
def all_orders(demo_dir: tuple[Path, str]) -> list[dict[str, Any]]:
    data = orders_json(demo_dir[0], "--limit", "100")
    assert set(data) == {"total", "orders"}
    assert data["total"] == len(data["orders"]) == 30
    orders: list[dict[str, Any]] = data["orders"]
    return orders


def orders_json(data_dir: Path, *args: str) -> dict[str, Any]:
    result = run_cli(["orders", "--json", *args], data_dir)
    assert result.returncode == 0, result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_demo_prints_the_staff_pins(demo_dir: tuple[Path, str]) -> None:
    _, out = demo_dir
    lines = out.splitlines()
    for name, pin in DEMO_PINS.items():
        assert any(name in line and line.rstrip().endswith(pin) for line in lines), name
    assert "30" in out


def test_demo_refuses_an_existing_dealer(demo_dir: tuple[Path, str]) -> None:
    data_dir, _ = demo_dir
    result = run_cli(["demo", "--orders", "5"], data_dir)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    plain = sqlite3.connect(data_dir / "servicebay.sqlite3")
    try:
        assert plain.execute("SELECT count(*) FROM service_case").fetchone() == (30,)
    finally:
        plain.close()


def test_orders_json(demo_dir: tuple[Path, str], all_orders: list[dict[str, Any]]) -> None:
    first = all_orders[0]
    for key in ("order_no", "state", "opened_at", "customer_name", "phone_masked", "plate"):
        assert key in first
    assert all(o["order_no"].startswith("WO-GZ01A-") for o in all_orders)
    assert len({o["order_no"] for o in all_orders}) == 30
    assert all("****" in o["phone_masked"] for o in all_orders)
    opened = [o["opened_at"] for o in all_orders]
    assert opened == sorted(opened, reverse=True)


def test_orders_state_filter(demo_dir: tuple[Path, str], all_orders: list[dict[str, Any]]) -> None:
    data_dir, _ = demo_dir
    by_state: dict[str, int] = {}
    for order in all_orders:
        by_state[order["state"]] = by_state.get(order["state"], 0) + 1
    assert len(by_state) >= 4  # the demo spreads its cases over the lifecycle
    state = max(by_state, key=lambda s: (by_state[s], s))
    data = orders_json(data_dir, "--state", state)
    assert data["total"] == by_state[state]
    assert {o["state"] for o in data["orders"]} == {state}
    assert set(by_state) <= {s.value for s in CaseState}


def test_orders_search(demo_dir: tuple[Path, str], all_orders: list[dict[str, Any]]) -> None:
    data_dir, _ = demo_dir
    target = next(o for o in all_orders if "·" in o["plate"])
    by_no = orders_json(data_dir, "--search", target["order_no"])
    assert [o["order_no"] for o in by_no["orders"]] == [target["order_no"]]
    assert by_no["total"] == 1
    by_name = orders_json(data_dir, "--search", target["customer_name"])
    assert target["order_no"] in {o["order_no"] for o in by_name["orders"]}
    assert all(target["customer_name"] in o["customer_name"] for o in by_name["orders"])
    assert by_name["total"] == sum(
        target["customer_name"] in o["customer_name"] for o in all_orders
    )


def test_orders_text(demo_dir: tuple[Path, str]) -> None:
    data_dir, _ = demo_dir
    result = run_cli(["orders", "--limit", "3"], data_dir)
    assert result.returncode == 0
    rows = result.stdout.strip().splitlines()
    assert len(rows) == 3
    assert all(row.startswith("WO-GZ01A-") and "\t" in row for row in rows)


def test_show_json(demo_dir: tuple[Path, str], all_orders: list[dict[str, Any]]) -> None:
    data_dir, _ = demo_dir
    target = next(o for o in all_orders if o["state"] in ("in_work", "qc", "ready", "dispatched"))
    result = run_cli(["show", target["order_no"], "--json"], data_dir)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    for key in ("order_no", "state", "owner", "customer", "asset", "lines", "sla", "events"):
        assert key in data, key
    assert data["order_no"] == target["order_no"]
    assert data["state"] == target["state"]
    assert isinstance(data["owner"], str)
    assert data["owner"] == target["owner_name"]
    assert data["customer"]["name"] == target["customer_name"]
    assert isinstance(data["asset"], dict)
    assert data["lines"]
    assert {"description", "amount", "decision"} <= set(data["lines"][0])
    assert data["sla"]
    statuses = {s.value for s in SlaStatus}
    for sla in data["sla"]:
        assert set(sla) == {"rule", "due", "status"}
        assert sla["status"] in statuses
    assert "W1" in {s["rule"] for s in data["sla"]}
    assert data["events"][0]["kind"] == "opened"
    assert all({"at", "kind", "from_state", "to_state"} <= set(e) for e in data["events"])


def test_show_text_in_both_languages(
    demo_dir: tuple[Path, str], all_orders: list[dict[str, Any]]
) -> None:
    data_dir, _ = demo_dir
    order_no = all_orders[0]["order_no"]
    zh = run_cli(["show", order_no], data_dir)
    assert zh.returncode == 0
    assert order_no in zh.stdout
    assert "负责人" in zh.stdout
    en = run_cli(["--lang", "en", "show", order_no], data_dir)
    assert en.returncode == 0
    assert "Owner:" in en.stdout
    assert "负责人" not in en.stdout


def test_show_and_orders_name_every_code(
    demo_dir: tuple[Path, str], all_orders: list[dict[str, Any]]
) -> None:
    """The text output names states, event kinds and clock statuses in the reader's language,
    as the screens do: no code such as ``line_added``, ``running`` or ``awaiting_signature``."""
    data_dir, _ = demo_dir
    order_no = all_orders[0]["order_no"]
    data = json.loads(run_cli(["show", order_no, "--json"], data_dir).stdout)
    codes = {e["kind"] for e in data["events"]} | {s["status"] for s in data["sla"]}
    codes |= {o["state"] for o in all_orders}
    assert "opened" in codes
    for lang in ("zh_CN", "en"):
        shown = run_cli(["--lang", lang, "show", order_no], data_dir)
        listed = run_cli(["--lang", lang, "orders", "--limit", "100"], data_dir)
        assert shown.returncode == 0
        assert listed.returncode == 0
        words = set(re.split(r"[\s\[\]():]+", shown.stdout + listed.stdout))
        # English names may use a code's word ("Case opened"); a code with "_" never reads.
        seen = words & (codes if lang == "zh_CN" else {c for c in codes if "_" in c})
        assert not seen, (lang, sorted(seen))
    assert "Case opened" in run_cli(["--lang", "en", "show", order_no], data_dir).stdout


def test_unknown_order(demo_dir: tuple[Path, str]) -> None:
    data_dir, _ = demo_dir
    line = assert_one_line_error(run_cli(["show", "WO-NOPE-1"], data_dir))
    assert line == "找不到工单：WO-NOPE-1"
    line = assert_one_line_error(run_cli(["--lang", "en", "show", "WO-NOPE-1", "--json"], data_dir))
    assert line == "No such case: WO-NOPE-1"


def test_bad_options(demo_dir: tuple[Path, str]) -> None:
    data_dir, _ = demo_dir
    line = assert_one_line_error(run_cli(["orders", "--bogus"], data_dir))
    assert "--bogus" in line
    line = assert_one_line_error(run_cli(["orders", "--state", "flying"], data_dir))
    assert "flying" in line


def test_not_set_up_yet(tmp_path: Path) -> None:
    line = assert_one_line_error(run_cli(["--lang", "en", "orders", "--json"], tmp_path / "empty"))
    assert line == "This workstation is not set up yet"


def test_data_dir_from_the_environment(demo_dir: tuple[Path, str]) -> None:
    data_dir, _ = demo_dir
    env = {**os.environ, "BAY_DATA_DIR": str(data_dir), "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run(
        [sys.executable, "-m", "app", "orders", "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["total"] == 30


def test_demo_is_made_through_the_services(demo_dir: tuple[Path, str]) -> None:
    """The demo's audit chain verifies and each of its cases' rows is in the outbox."""
    ctx = open_workstation(demo_dir[0])
    try:
        with ctx.db.read() as session:
            verdict = audit.verify_chain(session)
            assert verdict.ok, verdict.problems
            assert verdict.checked > 30
            for table in ("service_case", "case_event", "estimate_line", "signature"):
                rows, captured = session.execute(
                    text(
                        f"SELECT (SELECT count(*) FROM {table}), (SELECT count(DISTINCT row_id) "
                        "FROM sync_outbox WHERE tbl = :t AND op IN ('insert', 'append'))"
                    ),
                    {"t": table},
                ).one()
                assert rows == captured, table
                assert rows > 0, table
    finally:
        ctx.db.dispose()
