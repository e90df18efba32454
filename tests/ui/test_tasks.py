"""Issue 7 item 6: the environment's fault and the user's fault both reach the screen as a
translated message from the one catalogue; our bug never does (it goes to the crash path)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.domain.errors import EnvironmentFault, ExpectedError, UserError, ValidationError
from app.media import messages as _media_messages  # noqa: F401  (registers media.*)
from app.ui.tasks import TaskRunner


def test_environment_fault_is_not_the_users_fault() -> None:
    assert not issubclass(EnvironmentFault, UserError)
    assert issubclass(EnvironmentFault, ExpectedError)
    assert issubclass(UserError, ExpectedError)


@pytest.mark.parametrize(
    ("error", "zh", "en"),
    [
        (EnvironmentFault("media.disk_full", path="/data"), "磁盘", "disk"),
        (ValidationError("lifecycle.i4_no_lines"), "维修项目", "items"),
    ],
)
def test_expected_errors_reach_on_error_as_messages(
    qtbot: QtBot, error: ExpectedError, zh: str, en: str
) -> None:
    runner = TaskRunner()
    got: list[ExpectedError] = []
    crashed: list[str] = []
    runner.crashed.connect(crashed.append)

    def fail() -> None:
        raise error

    runner.run(fail, on_error=got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=5_000)
    runner.wait()
    assert got == [error]
    assert zh in got[0].message("zh_CN")
    assert en in got[0].message("en").lower()
    assert crashed == []


@pytest.mark.expect_log_errors("task bug crashed")
def test_our_bug_goes_to_the_crash_path_not_to_the_screen(qtbot: QtBot) -> None:
    runner = TaskRunner()
    shown: list[object] = []

    def bug() -> None:
        raise KeyError("our bug")

    with qtbot.waitSignal(runner.crashed, timeout=5_000) as crashed:
        runner.run(bug, on_error=shown.append)
    assert "KeyError" in str(crashed.args[0])
    runner.wait()
    qtbot.wait(20)
    assert shown == []
