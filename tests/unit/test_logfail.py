"""The log-fail plugin (tests/helpers/logfail.py): an unexpected logged error fails a test; an
expected one, declared with the marker or the fixture, does not."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SAMPLE = """
import logging

import pytest

log = logging.getLogger("sample")


def test_unexpected_error():
    log.error("disk on fire")


def test_qt_warning():
    logging.getLogger("qt").warning("default: QObject::connect: no such signal")


def test_warning_is_fine():
    log.warning("just a warning")


@pytest.mark.expect_log_errors
def test_expected_by_marker():
    log.error("meant")


@pytest.mark.expect_log_errors("crashed")
def test_expected_text():
    log.exception("task crashed")


@pytest.mark.expect_log_errors("crashed")
def test_other_text_still_fails():
    log.error("something else")


def test_expected_by_fixture(allow_log_errors):
    log.critical("meant too")
"""


def test_unexpected_logged_errors_fail_the_test(tmp_path: Path) -> None:
    (tmp_path / "test_sample.py").write_text(SAMPLE, encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable, "-m", "pytest", "-p", "tests.helpers.logfail", "-p", "no:cacheprovider",
            "-o", "markers=expect_log_errors", "-rf", "-q", str(tmp_path / "test_sample.py"),
        ],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    failed = sorted(
        line.split("::")[1].split()[0]
        for line in done.stdout.splitlines()
        if line.startswith("FAILED")
    )
    assert failed == ["test_other_text_still_fails", "test_qt_warning", "test_unexpected_error"], (
        done.stdout + done.stderr
    )
    assert "disk on fire" in done.stdout
