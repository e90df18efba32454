"""The case detail's timeline shows the facts read from their rows (issue 12, one log of each
fact) as it showed their events: named, with who and the detail, never a code."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from app.store.models import EstimateLine, PartUse, Staff


def _timeline_rows(qtbot: QtBot, shell: Any, case_id: str) -> list[tuple[str, ...]]:
    """The case detail's timeline as its cells read, newest first."""
    window = shell.window
    window.open_case(case_id)
    page = window.case_page
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.id == case_id, timeout=10_000)
    model = page.timeline
    return [
        tuple(str(model.index(r, c).data()) for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def test_the_timeline_names_lines_decisions_parts_and_photos_with_who(
    qtbot: QtBot,
    demo_dir: Path,
    make_shell: Callable[..., Any],
    log_in: Callable[..., None],
) -> None:
    shell = make_shell(demo_dir, lang="en")
    log_in(shell, "advisor")
    ctx = shell.state.ctx
    with ctx.db.read() as session:
        use, fitter = session.execute(
            select(PartUse, Staff.name)
            .join(Staff, Staff.id == PartUse.fitted_by)
            .order_by(PartUse.fitted_at.desc())
            .limit(1)
        ).one()
        lines = session.execute(
            select(func.count())
            .select_from(EstimateLine)
            .where(EstimateLine.case_id == use.case_id)
        ).scalar_one()
        decided = session.execute(
            select(func.count())
            .select_from(EstimateLine)
            .where(EstimateLine.case_id == use.case_id, EstimateLine.decided_by.is_not(None))
        ).scalar_one()
    rows = _timeline_rows(qtbot, shell, use.case_id)
    events = [row[1] for row in rows]
    assert events.count("Estimate line added") == lines > 0
    assert events.count("Customer decision recorded") == decided > 0
    fitted = [row for row in rows if row[1] == "Part fitted"]
    assert fitted, events
    assert any(row[2] == fitter and use.part_no in row[3] and use.batch in row[3] for row in fitted)
    # The part first, then its batch and how it was entered, labelled; never the entry code.
    for row in fitted:
        assert row[3].split("; ")[0] not in ("", use.batch), row
        if use.batch:
            assert any(f"Batch: {use.batch}" in r[3] for r in fitted)
        assert "Entered by: " in row[3], row
        assert not {"chosen", "wedge", "camera"} & set(row[3].replace(";", " ").split()), row
    assert "Photo or clip attached" in events  # the packaging photo of the fitted part
    for row in rows:
        for code in ("line_added", "part_fitted", "media_attached", "qc_evidence", "key_step"):
            assert code not in " ".join(row), row


def test_packaging_entries_show_the_packaging_way_not_its_codes(qapp: Any) -> None:
    from datetime import datetime

    from app.services.dto import EventInfo
    from app.ui.case_detail import _detail_text
    from app.ui.i18n import Translators

    event = EventInfo(
        at=datetime(2026, 12, 1, 9, 0),
        kind="packaging",
        staff_name="王芳",
        from_state="",
        to_state="",
        detail={"from": "kept", "part_no": "04465-TBA-A00", "to": "shown_to_customer"},
    )
    translators = Translators()
    try:
        translators.install("zh_CN")
        assert _detail_text(event) == "保留中 → 已给客户查看；04465-TBA-A00"
        translators.install("en")
        assert _detail_text(event) == "Kept → Shown to customer; 04465-TBA-A00"
    finally:
        translators.install("zh_CN")


def test_the_timeline_shows_each_packaging_step_once_from_the_part(
    qtbot: QtBot,
    demo_dir: Path,
    make_shell: Callable[..., Any],
    log_in: Callable[..., None],
) -> None:
    """The packaging shown to the customer, then handed over or disposed of: read from the
    part_use row (store migration 0023), one entry per step, named, with who."""
    shell = make_shell(demo_dir, lang="en")
    log_in(shell, "advisor")
    with shell.state.ctx.db.read() as session:
        shown, done = aliased(Staff), aliased(Staff)
        use, shower, doer = session.execute(
            select(PartUse, shown.name, done.name)
            .join(shown, shown.id == PartUse.packaging_shown_by)
            .join(done, done.id == PartUse.packaging_done_by)
            .order_by(PartUse.packaging_done_at.desc())
            .limit(1)
        ).one()
        steps = session.execute(
            select(
                func.count(PartUse.packaging_shown_at) + func.count(PartUse.packaging_done_at)
            ).where(PartUse.case_id == use.case_id)
        ).scalar_one()
    rows = _timeline_rows(qtbot, shell, use.case_id)
    packaging = [row for row in rows if row[1] == "Part packaging handled"]
    assert len(packaging) == steps >= 2, rows
    assert (f"Kept → Shown to customer; {use.part_no}", shower) in [(r[3], r[2]) for r in packaging]
    assert any(
        r[3].startswith("Shown to customer → ") and use.part_no in r[3] and r[2] == doer
        for r in packaging
    ), packaging
    # Newest first, also within one instant: the step from shown above the step to shown.
    steps_of_part = [r[3] for r in packaging if use.part_no in r[3]]
    assert steps_of_part[-1] == f"Kept → Shown to customer; {use.part_no}", steps_of_part
    assert steps_of_part[0].startswith("Shown to customer → "), steps_of_part
    for row in packaging:
        assert row[2], row  # who
        for code in ("kept", "shown_to_customer", "handed_to_customer", "disposed"):
            assert code not in row[3].split(), row
