"""Issue 7 item 5: `TaskRunner.run` keeps the service's return type, so mypy refuses a
callback that does not take what the background function returns."""

from __future__ import annotations

from pathlib import Path

from mypy import api

SNIPPET = """
from app.services.dto import CaseRow
from app.ui.tasks import TaskRunner


def rows() -> list[CaseRow]:
    return []


def takes_rows(value: list[CaseRow]) -> None: ...


def takes_int(value: int) -> None: ...


runner = TaskRunner()
runner.run(rows, on_done=takes_rows)
runner.run(rows, on_done=lambda value: print(value[0].order_no))
runner.run(rows, on_done=takes_int)  # line 19: refused
runner.run(rows, on_done=lambda value: print(value.order_no))  # line 20: refused
"""


def test_mypy_checks_task_callbacks_against_the_return_type(tmp_path: Path) -> None:
    source = tmp_path / "snippet.py"
    source.write_text(SNIPPET, encoding="utf-8")
    out, _err, status = api.run(
        ["--follow-imports=silent", "--no-incremental", "--cache-dir=/dev/null", str(source)]
    )
    errors = [line for line in out.splitlines() if ": error:" in line]
    assert status == 1, out
    assert sorted({int(line.split(":")[1]) for line in errors}) == [19, 20], out
