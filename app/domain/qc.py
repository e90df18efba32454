"""D1: the QC checklist of the technical supervisor's re-inspection, in its order. The
services refuse a pass without every check; the QC home shows one box per check."""

from __future__ import annotations

QC_CHECKS: tuple[str, ...] = (
    "fault_resolved",
    "parts_secure",
    "torque_to_spec",
    "wiring_secure",
    "clean",
)
