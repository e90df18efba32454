"""Shared test set-up. Qt must run offscreen before any QApplication exists."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

# Issue 7 item 6: an unexpected logged error fails the test (tests/helpers/logfail.py).
pytest_plugins = ["tests.helpers.logfail"]
