"""D1: the QC checklist of the technical supervisor's re-inspection, per job kind, torque
readings against the operation's spec per fastener, and who may inspect. Pure rules: the
service (app.services.qc) loads the facts and calls these; the QC page checks readings at the
field with the same function.

W3: the key-step consent methods live here too (the key-step page and the service share them).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from app.domain import catalogue as _messages  # noqa: F401  (registers messages)
from app.domain.errors import PermissionDenied, ValidationError
from app.domain.messages import register_names

QC_CHECKS: tuple[str, ...] = (
    "fault_resolved",
    "parts_secure",
    "torque_to_spec",
    "wiring_secure",
    "clean",
)
"""The short checklist of the QC home (kept for its quick fail)."""

CHECKS_BY_KIND: dict[str, tuple[str, ...]] = {
    # D1: fault fully resolved (noise gone, functions normal); parts installed firmly (torque,
    # no loose wiring); clean. A car is road tested and its fluids checked; an appliance gets a
    # function test instead.
    "vehicle": (
        "fault_resolved",
        "parts_secure",
        "wiring_secure",
        "fluids_ok",
        "clean",
        "road_test",
    ),
    "appliance": ("fault_resolved", "parts_secure", "wiring_secure", "clean", "function_test"),
}

CONSENT_METHODS: tuple[str, ...] = ("at_signing", "in_person", "phone", "message")
"""W3: how the customer gave (or refused) consent to key-step photos and video."""

MAX_READING_NM = Decimal("2000")


def checks_for(job_kind: str) -> tuple[str, ...]:
    return CHECKS_BY_KIND.get(job_kind, CHECKS_BY_KIND["vehicle"])


@dataclass(frozen=True)
class TorqueSpec:
    """One fastener of an operation with its torque window (N·m)."""

    op_code: str
    fastener: str
    fastener_en: str
    min_nm: Decimal
    max_nm: Decimal

    @property
    def key(self) -> str:
        return f"{self.op_code}:{self.fastener_en or self.fastener}"


def parse_torque_spec(op_code: str, raw: str) -> list[TorqueSpec]:
    try:
        items = json.loads(raw or "[]")
    except ValueError:
        return []
    return [
        TorqueSpec(
            op_code,
            str(item.get("fastener", "")),
            str(item.get("fastener_en", "")),
            Decimal(str(item["min_nm"])),
            Decimal(str(item["max_nm"])),
        )
        for item in items
        if isinstance(item, dict) and "min_nm" in item and "max_nm" in item
    ]


def _names(spec: TorqueSpec) -> dict[str, str]:
    """The fastener for a message: its Chinese name, named in English too (the catalogue's
    per-placeholder names, so the reader sees their language)."""
    register_names("fastener", {spec.fastener: (spec.fastener, spec.fastener_en or spec.fastener)})
    return {"fastener": spec.fastener}


def parse_reading(spec: TorqueSpec, text: str) -> Decimal:
    """A torque reading typed at the field: a number of N·m, refused when it is not one."""
    try:
        value = Decimal((text or "").strip().replace(",", "."))
    except InvalidOperation:
        raise ValidationError("qc.reading_not_number", **_names(spec), value=text) from None
    if not value.is_finite() or value <= 0 or value > MAX_READING_NM:
        raise ValidationError("qc.reading_not_number", **_names(spec), value=text)
    return value


def check_reading(spec: TorqueSpec, text: str) -> Decimal:
    """D1: bolt torque to spec. A reading outside the window is refused at the field."""
    value = parse_reading(spec, text)
    if not spec.min_nm <= value <= spec.max_nm:
        raise ValidationError(
            "qc.reading_out_of_range",
            **_names(spec),
            value=str(value),
            low=str(spec.min_nm),
            high=str(spec.max_nm),
        )
    return value


def check_inspector(inspector_id: str, worked_on_by: set[str]) -> None:
    """D1: nobody inspects a job they worked on, even holding the QC role."""
    if inspector_id in worked_on_by:
        raise PermissionDenied("qc.own_job")


def check_pass(
    job_kind: str,
    checklist: dict[str, bool],
    specs: list[TorqueSpec],
    readings: dict[str, str],
    evidence_count: int,
) -> None:
    """A pass needs every check of the job kind, every fastener's reading within spec and an
    evidence photo that the fault is resolved."""
    missing = [c for c in checks_for(job_kind) if not checklist.get(c, False)]
    if missing:
        raise ValidationError("qc.checks_missing", checks=", ".join(missing))
    for spec in specs:
        if not (readings.get(spec.key) or "").strip():
            raise ValidationError("qc.reading_missing", **_names(spec))
        check_reading(spec, readings[spec.key])
    if evidence_count < 1:
        raise ValidationError("qc.evidence_missing")


def check_fail(reasons: list[str], notes: str) -> None:
    """A fail names what failed and says why, so the technician knows what to rework."""
    if not notes.strip():
        raise ValidationError("case.reason_required")
