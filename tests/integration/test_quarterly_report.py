"""The quarterly improvement report (P5) and its CLI: the quarter's figures in the PDF (read
back with pdftotext), a quarter without cases says so, a malformed quarter exits 2 with one
line."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest

from app.cli.main import main
from app.printing.quarterly_report import build_quarterly_report
from app.services import dispatch, kpi


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def _not_embedded(path: Path) -> list[str]:
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True)
    rows = out.stdout.splitlines()[2:]
    assert rows
    return [row for row in rows if row.split()[-5] != "yes"]  # the "emb" column


def test_report_shows_the_quarter_figures_and_an_empty_quarter_says_so(
    workshop: Any, tmp_path: Path
) -> None:
    ws = workshop
    on_time = ws.walk_in(plate="粤B·Q4001")
    ws.drive(on_time, "confirmed")
    ws.clock.advance(minutes=5)
    dispatch.dispatch(ws.ctx, ws.lead, on_time)
    late = ws.walk_in(plate="粤B·Q4002")
    ws.drive(late, "confirmed")
    ws.clock.advance(minutes=9)
    dispatch.dispatch(ws.ctx, ws.lead, late)
    quarter = kpi.quarter_of(ws.clock())
    from app.services import improvement

    improvement.create_action(
        ws.ctx,
        ws.manager,
        title="派工前先备料",
        source="W1",
        owner_id=None,
        due_on=ws.clock().date(),
    )
    out = build_quarterly_report(ws.ctx, quarter, tmp_path / "q.pdf", "zh_CN")
    assert out.cases == 2
    text = _pdf_text(tmp_path / "q.pdf")
    assert "季度服务改进报告" in text
    assert "2026Q4（2026-10-01 至 2026-12-31）" in text
    assert "本季度开单 2 个工单" in text
    w1 = next(line for line in text.splitlines() if line.strip().startswith("W1 "))
    assert w1.split()[1:4] == ["1", "1", "50%"]
    assert "W1: 50% (1 / 2)" in text  # the weak spot
    action = next(line for line in text.splitlines() if "派工前先备料" in line)
    assert "未开始" in action
    assert "50%" in action
    # Every font embedded, the charts' axis digits too (they started in Helvetica).
    assert _not_embedded(tmp_path / "q.pdf") == []

    empty = build_quarterly_report(ws.ctx, kpi.parse_quarter("2025Q1"), tmp_path / "e.pdf", "en")
    assert empty.cases == 0
    assert "There were no cases in this quarter" in _pdf_text(tmp_path / "e.pdf")
    assert _not_embedded(tmp_path / "e.pdf") == []


def test_cli_malformed_quarter_exits_2_with_one_line(
    workshop: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--data-dir", str(workshop.data_dir), "--lang", "en", "report", "quarterly"]
    assert main([*args, "--quarter", "2026Q7", "--out", str(tmp_path / "x.pdf")]) == 2
    err = capsys.readouterr().err
    assert err == "Malformed quarter “2026Q7”: write it like 2026Q3\n"
    assert not (tmp_path / "x.pdf").exists()
    assert main([*args, "--quarter", "2026Q4", "--out", str(tmp_path / "y.pdf")]) == 0
    assert "2026Q4" in capsys.readouterr().out
    assert "There were no cases in this quarter" in _pdf_text(tmp_path / "y.pdf")  # none yet
