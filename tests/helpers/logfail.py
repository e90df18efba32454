"""Fail a test on an unexpected logged error (after qutebrowser's tests/helpers/logfail.py).

Any record at ERROR or above, and any Qt message at WARNING or above that reaches Python
logging (logger "qt", see app.ui.crash), logged while a test runs fails that test. Qt's own
messages are failed by pytest-qt (`qt_log_level_fail` in pyproject.toml).

A test that expects an error says so:

    @pytest.mark.expect_log_errors            # any error is expected
    @pytest.mark.expect_log_errors("crashed")  # only records containing one of these texts

or takes the `allow_log_errors` fixture (same as the bare marker).
"""

from __future__ import annotations

import logging
from collections.abc import Generator

import pytest


class LogFailHandler(logging.Handler):
    """Keeps the records that would fail the test."""

    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        failing = record.levelno >= logging.ERROR or (
            (record.name == "qt" or record.name.startswith("qt."))
            and record.levelno >= logging.WARNING
        )
        if failing:
            self.records.append(record)


def _expected(item: pytest.Item, record: logging.LogRecord) -> bool:
    if "allow_log_errors" in getattr(item, "fixturenames", ()):
        return True
    for marker in item.iter_markers("expect_log_errors"):
        if not marker.args:
            return True
        text = record.getMessage()
        if any(str(part) in text for part in marker.args):
            return True
    return False


@pytest.fixture
def allow_log_errors() -> None:
    """Opt-out: this test expects errors to be logged."""


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, object, object]:
    handler = LogFailHandler()
    root = logging.getLogger()
    previous = root.level
    if root.level > logging.WARNING or root.level == logging.NOTSET:
        root.setLevel(logging.WARNING)
    root.addHandler(handler)
    try:
        result = yield
    finally:
        root.removeHandler(handler)
        root.setLevel(previous)
    unexpected = [r for r in handler.records if not _expected(item, r)]
    if unexpected:
        lines = "\n".join(f"  {r.levelname} {r.name}: {r.getMessage()}" for r in unexpected[:20])
        pytest.fail(
            f"unexpected logged error(s) during the test (mark it expect_log_errors if meant):\n"
            f"{lines}",
            pytrace=False,
        )
    return result
