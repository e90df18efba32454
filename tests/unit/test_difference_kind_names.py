"""Every kind of settlement difference (D4) has a name on the dashboard and in the quarterly
report: a warranty rework's waived lines printed as "—" and showed blank on the dashboard."""

from __future__ import annotations

import pytest

from app.printing.quarterly_sections import KIND_NAMES
from app.services.settlement import WARRANTY_KEY

KINDS = ("labor", "part", "discount", "compensation", "tax", WARRANTY_KEY)


@pytest.mark.parametrize("kind", KINDS)
def test_the_report_names_every_difference_kind(kind: str) -> None:
    assert kind in KIND_NAMES
    zh, en = KIND_NAMES[kind]
    assert zh
    assert en


@pytest.mark.parametrize("kind", KINDS)
def test_the_dashboard_names_every_difference_kind(kind: str) -> None:
    from app.ui.manager_dashboard import difference_kind_label

    assert difference_kind_label(kind) not in ("", kind)
