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


PASSED, FAILED, NOT_CHECKED = "pass", "fail", "not_checked"
"""What the inspector found for one check: passed, failed (with a reason), or not checked."""


def failable_checks(job_kind: str) -> tuple[str, ...]:
    """The checks a fail may name: the job kind's, and bolt torque (its readings)."""
    checks = checks_for(job_kind)
    return checks if "torque_to_spec" in checks else (*checks, "torque_to_spec")


def check_results(
    job_kind: str, checklist: dict[str, bool], failed: dict[str, str]
) -> dict[str, dict[str, str]]:
    """D1 as recorded: per check of the job kind (and any other check named failed) its
    result, a failed one with its reason. A check neither passed nor failed is "not checked",
    never a failure."""
    names = list(checks_for(job_kind)) + [c for c in failed if c not in checks_for(job_kind)]
    results: dict[str, dict[str, str]] = {}
    for code in names:
        if code in failed:
            results[code] = {"result": FAILED, "reason": failed[code].strip()}
        elif checklist.get(code, False):
            results[code] = {"result": PASSED}
        else:
            results[code] = {"result": NOT_CHECKED}
    return results


def check_pass(
    job_kind: str,
    checklist: dict[str, bool],
    specs: list[TorqueSpec],
    readings: dict[str, str],
    evidence_count: int,
    failed: dict[str, str] | None = None,
) -> None:
    """A pass needs every check of the job kind passed (none failed, none left unchecked),
    every fastener's reading within spec and an evidence photo that the fault is resolved."""
    if failed:
        raise ValidationError("qc.pass_with_failures", checks=",".join(failed))
    missing = [c for c in checks_for(job_kind) if not checklist.get(c, False)]
    if missing:
        raise ValidationError("qc.checks_missing", checks=",".join(missing))
    for spec in specs:
        if not (readings.get(spec.key) or "").strip():
            raise ValidationError("qc.reading_missing", **_names(spec))
        check_reading(spec, readings[spec.key])
    if evidence_count < 1:
        raise ValidationError("qc.evidence_missing")


def check_fail(
    job_kind: str,
    checklist: dict[str, bool],
    failed: dict[str, str],
    torque_out_of_spec: bool = False,
) -> None:
    """A fail names the checks that FAILED, each with its reason, so the technician knows
    what to rework; an unticked check is "not checked", not a failure. A torque reading out
    of spec is a failure by itself (the reading is its reason)."""
    unknown = [c for c in failed if c not in failable_checks(job_kind)]
    if unknown:
        raise ValidationError("qc.unknown_check", check=", ".join(unknown))
    both = [c for c in failed if checklist.get(c, False)]
    if both:
        raise ValidationError("qc.check_passed_and_failed", checks=",".join(both))
    unexplained = [c for c, reason in failed.items() if not (reason or "").strip()]
    if unexplained:
        raise ValidationError("qc.fail_reason_missing", checks=",".join(unexplained))
    if not failed and not torque_out_of_spec:
        raise ValidationError("qc.fail_no_reason")
