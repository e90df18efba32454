"""The demo dealer: live cases through the services, then replicated history (demo_bulk)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from app.services import demo, queries
from app.services.audit import verify_chain
from app.services.setup import open_workstation


def test_large_demo_replicates_history_that_reads_like_service_made_cases(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo, "LIVE_CASES", 40)
    ctx = open_workstation(tmp_path)
    try:
        result = demo.create_demo(ctx, orders=140, seed=3)
        assert result.orders == 140
        assert queries.count_cases(ctx, queries.CaseFilter()) == 140
        with ctx.db.read() as session:
            verdict = verify_chain(session)
            orders = session.execute(
                text("SELECT count(DISTINCT order_no) FROM service_case")
            ).scalar_one()
            history = session.execute(
                text("SELECT count(*) FROM service_case WHERE server_version = 1")
            ).scalar_one()
            # Replicated history is already at head office: only live cases wait in the outbox.
            outbox_cases = session.execute(
                text("SELECT count(DISTINCT row_id) FROM sync_outbox WHERE tbl = 'service_case'")
            ).scalar_one()
        assert verdict.ok, verdict.problems
        assert orders == 140
        assert history == 100
        assert outbox_cases == 40
        assert ctx.db.integrity_check() == "ok"
        # A replicated case is whole: its lines, signatures and timeline came along.
        old = queries.case_page(ctx, queries.CaseFilter(states=("closed",)), 0, 1000)[-1]
        detail = queries.case_detail(ctx, old.order_no)
        assert detail.lines
        assert detail.events[0].kind == "opened"
        assert detail.events[-1].kind == "close"
        assert detail.customer.name == old.customer_name
    finally:
        ctx.db.dispose()
