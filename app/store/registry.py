"""Which tables are synced with head office, and how each merges (SYNC.md §4).

Pure data, shared by the workstation store (which generates its change-capture triggers from
it) and the head-office server (which applies the per-class merge policy).
"""

from __future__ import annotations

from enum import StrEnum


class SyncClass(StrEnum):
    REFERENCE = "reference"
    """Head office is the only writer; read-only at the dealer (trigger-enforced)."""
    DRAFT = "draft"
    """Mutable: per-field last-writer-wins by HLC; losing values kept as conflicts."""
    IMMUTABLE = "immutable"
    """Signed records: insert once; update/delete refused in the database."""
    APPEND = "append"
    """Append-only logs (audit, timeline, media metadata): merged as a set union."""


SYNCED_TABLES: dict[str, SyncClass] = {
    # Dealer set-up and people.
    "dealer": SyncClass.DRAFT,
    "workstation": SyncClass.DRAFT,
    "staff": SyncClass.DRAFT,
    "duty_roster": SyncClass.DRAFT,
    "message_template": SyncClass.DRAFT,
    "work_shift": SyncClass.DRAFT,  # issue 8: technician shifts (W1 dispatch board)
    "compensation_option": SyncClass.DRAFT,  # issue 8: the dealer's W5 compensation list
    # Customers and what they bring.
    "customer": SyncClass.DRAFT,
    "asset": SyncClass.DRAFT,
    "appointment": SyncClass.DRAFT,
    "inquiry": SyncClass.DRAFT,
    # The case and its parts.
    "service_case": SyncClass.DRAFT,
    "inspection": SyncClass.DRAFT,
    "damage_mark": SyncClass.DRAFT,
    "diagnostic_reading": SyncClass.DRAFT,
    "estimate_line": SyncClass.DRAFT,
    "assignment": SyncClass.DRAFT,
    "key_step": SyncClass.DRAFT,
    "key_step_consent": SyncClass.DRAFT,  # W3; written once, a newer answer is a new row
    "part_use": SyncClass.DRAFT,
    "customer_message": SyncClass.DRAFT,
    "delay_notice": SyncClass.DRAFT,
    "complaint": SyncClass.DRAFT,
    "improvement_action": SyncClass.DRAFT,
    # Append-only logs.
    "case_event": SyncClass.APPEND,
    "job_clock": SyncClass.APPEND,
    "feedback": SyncClass.APPEND,
    "document": SyncClass.APPEND,
    "media_file": SyncClass.DRAFT,  # markup and soft delete are editable; bytes are content-addressed
    "audit_event": SyncClass.APPEND,
    # Signed records (ARCHITECTURE.md "Data"): insert-only, frozen snapshot + SHA-256.
    "signature": SyncClass.IMMUTABLE,
    "qc_inspection": SyncClass.IMMUTABLE,
    "settlement": SyncClass.IMMUTABLE,
    "delivery": SyncClass.IMMUTABLE,
    "extra_approval": SyncClass.IMMUTABLE,  # issue 8 item 5: extra work approved mid-job
    # Reference data from head office.
    "part": SyncClass.REFERENCE,
    "labor_op": SyncClass.REFERENCE,
    "campaign": SyncClass.REFERENCE,
}

SYNC_COLUMNS = ("server_version", "field_hlc", "updated_hlc")
"""Bookkeeping columns every synced table has and that are never themselves synced fields."""

REFERENCE_STREAMS: dict[str, str] = {
    "part": "ref:parts",
    "labor_op": "ref:labor",
    "campaign": "ref:campaigns",
}
"""Pull stream of each reference table; every other synced table is in ``dealer:<id>``."""


def tables_of(kind: SyncClass) -> tuple[str, ...]:
    return tuple(name for name, cls in SYNCED_TABLES.items() if cls is kind)
