"""Test support does not ship with the product (issue 12 shape): the fake servers, fault
switches and test clients live under tests/, and nothing in app/ imports them."""

from __future__ import annotations

from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"


def test_no_test_support_module_in_the_app_package() -> None:
    shipped = sorted(str(p.relative_to(APP)) for p in APP.rglob("testing.py"))
    assert shipped == []


def test_the_app_never_imports_test_support() -> None:
    offenders = [
        str(path.relative_to(APP))
        for path in APP.rglob("*.py")
        if any(
            name in path.read_text(encoding="utf-8")
            for name in ("sync_testing", "headoffice_testing", "SYNC_CRASHPOINT")
        )
    ]
    assert offenders == []
