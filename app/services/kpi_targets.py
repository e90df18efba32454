"""The dealer's KPI targets (issue 10 item 2, P5): what the manager aims at, editable per dealer,
defaults from the standard.

Keys are the time rules' IDs (A2, A3, P3, W1, W4, W5: the share of clocks met, 0..1) and the
stages of `kpi.STAGES` named "<start>-<stop>" (e.g. "sign_confirmation-dispatch": the minutes
nine cases in ten should wait at most, compared with the stage's 90th percentile). Stored as
JSON on the dealer row (`Dealer.kpi_targets`, synced with it); only values that differ from
the defaults need to be stored, and a key the standard drops later is ignored.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping

from sqlalchemy.orm import Session

from app.domain.errors import ValidationError
from app.domain.roles import Action
from app.services import messages_kpi_screen  # noqa: F401  (registers the catalogue)
from app.services._support import identity
from app.services.context import Actor, ServiceContext
from app.store.models import Dealer

RULES = ("A2", "A3", "P3", "W1", "W4", "W5")
"""The standard's time rules the dashboard counts."""

RULE_DEFAULT = 0.95
"""The standard's clocks are obligations: by default the dealer aims at 95 % on time."""

STAGE_DEFAULTS: dict[str, float] = {
    # Reception to the customer's signature: inspection, estimate, explanation (I1–I5).
    "opened-sign_confirmation": 45.0,
    # W1: the order reaches the technical department within 5 minutes of the confirmation.
    "sign_confirmation-dispatch": 5.0,
    # W1: urgent orders start within 30 minutes; the dealer aims at that for every order.
    "dispatch-start_work": 30.0,
    # W4: repairs over 2 hours get hourly updates; most jobs should finish within 2 hours.
    "start_work-finish_work": 120.0,
    # D1: QC re-inspection right after the work.
    "finish_work-qc": 30.0,
    # D1–D4: the customer is called once QC passes; delivery the same half day.
    "qc-deliver": 240.0,
}

DEFAULTS: dict[str, float] = {**dict.fromkeys(RULES, RULE_DEFAULT), **STAGE_DEFAULTS}


def stage_key(start: str, stop: str) -> str:
    return f"{start}-{stop}"


def is_stage(key: str) -> bool:
    return key in STAGE_DEFAULTS


def _stored(dealer: Dealer | None) -> dict[str, float]:
    try:
        raw = json.loads(dealer.kpi_targets or "{}") if dealer is not None else {}
    except ValueError:
        return {}
    if not isinstance(raw, dict):
        return {}
    return {str(k): float(v) for k, v in raw.items() if k in DEFAULTS and _number(v)}


def _number(value: object) -> bool:
    return isinstance(value, int | float) and math.isfinite(float(value))


def targets(session: Session, dealer_id: str) -> dict[str, float]:
    """Every target of the dealer: its own where set, the defaults elsewhere."""
    return {**DEFAULTS, **_stored(session.get(Dealer, dealer_id))}


def current_targets(ctx: ServiceContext) -> dict[str, float]:
    """The workstation's dealer's targets (run it on the task runner)."""
    with ctx.reading() as session:
        return targets(session, identity(session).dealer_id)


def check(key: str, value: float) -> float:
    """A target as stored, or a ValidationError naming what is wrong."""
    if key not in DEFAULTS:
        raise ValidationError("kpi_targets.unknown", field=key, key=key)
    if key in STAGE_DEFAULTS:
        if not (_number(value) and 1 <= value <= 10_000):
            raise ValidationError("kpi_targets.minutes", field=key, value=value)
        return float(value)
    if not (_number(value) and 0.01 <= value <= 1):
        raise ValidationError("kpi_targets.share", field=key, key=key, value=f"{value:.0%}")
    return float(value)


def set_targets(ctx: ServiceContext, actor: Actor, values: Mapping[str, float]) -> dict[str, float]:
    """The manager sets targets (the given keys; a default value removes the dealer's own).
    Every value is checked before any is stored."""
    actor.require(Action.MANAGE_SETTINGS)
    checked = {key: check(key, value) for key, value in values.items()}
    with ctx.unit() as session:
        dealer = session.get(Dealer, identity(session).dealer_id)
        assert dealer is not None
        own = _stored(dealer)
        for key, value in checked.items():
            if value == DEFAULTS[key]:
                own.pop(key, None)
            else:
                own[key] = value
        dealer.kpi_targets = json.dumps(dict(sorted(own.items())))
        result = {**DEFAULTS, **own}
    return result
