"""The demo's cases, live and replicated history (`app.services.demo_bulk`), store signed
snapshots once and compressed (issue 12) and every one still hashes to what was signed."""

from __future__ import annotations

import hashlib

from sqlalchemy import select, text

from app.services import settlement as settle_svc
from app.services.context import ServiceContext
from app.store import snapshots
from app.store.models import Settlement, Signature


def test_every_demo_snapshot_hashes_to_what_was_signed(demo_ctx: ServiceContext) -> None:
    with demo_ctx.db.read() as session:
        settlements = {
            (s.case_id, s.snapshot_sha256): s.snapshot
            for s in session.execute(select(Settlement)).scalars()
        }
        assert len(settlements) > 40
        for body in settlements.values():
            assert body.startswith("{")
        signatures = list(session.execute(select(Signature)).scalars())
        kinds = {s.kind for s in signatures}
        assert {"confirmation_sheet", "settlement"} <= kinds
        for sig in signatures:
            body = settle_svc.signed_text(session, sig)
            assert hashlib.sha256(body.encode()).hexdigest() == sig.snapshot_sha256, sig.kind
            if sig.kind == "settlement":
                assert sig.snapshot == snapshots.SHARED  # stored once: the settlement's
                assert body == settlements[(sig.case_id, sig.snapshot_sha256)]
        for (_case, sha), body in settlements.items():
            assert hashlib.sha256(body.encode()).hexdigest() == sha
        stored = dict(
            session.execute(
                text("SELECT typeof(snapshot), count(*) FROM settlement GROUP BY typeof(snapshot)")
            ).all()
        )
        assert stored == {"blob": len(settlements)}  # replicated history compressed too
