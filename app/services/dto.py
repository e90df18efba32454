"""Frozen results of services. Screens and the command line see only these."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from app.domain.roles import Role
from app.domain.sla import SlaStatus


@dataclass(frozen=True)
class DealerInfo:
    id: str
    code: str
    name: str
    address: str
    phone: str
    workstation_id: str
    workstation_name: str
    workstation_code: str


@dataclass(frozen=True)
class StaffInfo:
    id: str
    name: str
    roles: tuple[Role, ...]
    phone: str
    skills: tuple[str, ...]
    skill_level: int
    active: bool


@dataclass(frozen=True)
class CustomerInfo:
    id: str
    name: str
    phone: str
    phone_masked: str
    needs_guidance: bool
    prefers_speed: bool
    preferred_channel: str
    language: str
    notes: str


@dataclass(frozen=True)
class AssetInfo:
    id: str
    customer_id: str
    kind: str  # vehicle | appliance
    brand: str
    model: str
    plate: str
    vin: str
    serial: str
    mileage_km: int | None

    @property
    def label(self) -> str:
        if self.kind == "vehicle":
            return f"{self.plate} {self.brand} {self.model}".strip()
        return f"{self.brand} {self.model} SN {self.serial}".strip()


@dataclass(frozen=True)
class AppointmentInfo:
    id: str
    customer: CustomerInfo
    asset: AssetInfo | None
    channel: str
    state: str
    fault_description: str
    desired_at: datetime
    urgent: bool
    requested_at: datetime
    confirmed_at: datetime | None
    bay: str
    visit: bool
    technician_id: str | None
    advisor_id: str | None
    case_id: str | None
    sla: tuple[SlaInfo, ...] = ()


@dataclass(frozen=True)
class InquiryInfo:
    id: str
    customer_name: str
    channel: str
    question: str
    urgent: bool
    received_at: datetime
    replied_at: datetime | None
    reply: str
    sla: tuple[SlaInfo, ...] = ()


@dataclass(frozen=True)
class SlaInfo:
    rule: str
    status: SlaStatus
    due: datetime | None


@dataclass(frozen=True)
class CaseRef:
    """What an action on a case returns: enough to refresh a screen (ask queries for more)."""

    id: str
    order_no: str
    state: str


@dataclass(frozen=True)
class CaseRow:
    """One row of a case list: what a list shows without touching other tables."""

    id: str
    order_no: str
    state: str
    opened_at: datetime
    customer_name: str
    phone_masked: str
    asset_label: str
    plate: str
    owner_name: str
    technician_name: str
    urgent: bool
    promised_at: datetime | None
    qc_rounds: int = 0
    """D1: QC inspections so far (filled by the technician and QC homes; 0 elsewhere)."""
    qc_note: str = ""
    """D1: the note of the last failed QC, which the technician reworks against."""


@dataclass(frozen=True)
class IntakeInfo:
    """I1/I2: what the intake check recorded (shown again wherever the case is shown)."""

    mileage_km: int | None
    fuel_level: str
    keys: int
    valuables: str


@dataclass(frozen=True)
class EstimateLineInfo:
    id: str
    kind: str  # labor | part
    code: str
    description: str
    part_grade: str
    qty: Decimal
    unit_price: Decimal
    hours: Decimal
    rate: Decimal
    amount: Decimal
    mandatory: bool
    safety_relevant: bool
    reason: str
    decision: str
    acknowledged: bool
    added_in_version: int


@dataclass(frozen=True)
class EventInfo:
    at: datetime
    kind: str
    staff_name: str
    from_state: str
    to_state: str
    detail: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class EstimateTotals:
    labor: Decimal
    parts: Decimal
    discount: Decimal
    tax: Decimal
    total: Decimal
    hours: Decimal
    declined_total: Decimal


@dataclass(frozen=True)
class DamageInfo:
    id: str
    zone: str
    kind: str
    severity: int
    note: str
    photos: tuple[str, ...]  # media sha256


@dataclass(frozen=True)
class MediaInfo:
    id: str
    sha256: str
    mime: str
    purpose: str
    subject_id: str | None
    zone: str
    captured_at: datetime
    duration_s: float | None = None  # a clip's real length (issue 7 leftover); None for photos


@dataclass(frozen=True)
class CaseDetail:
    id: str
    order_no: str
    state: str
    opened_at: datetime
    urgent: bool
    owner: StaffInfo
    technician: StaffInfo | None
    customer: CustomerInfo
    asset: AssetInfo
    fault_description: str
    preliminary_diagnosis: str
    pending_observation: str
    promised_at: datetime | None
    estimate_version: int
    signed_version: int | None
    resign_required: bool
    rework_of_id: str | None
    lines: tuple[EstimateLineInfo, ...]
    totals: EstimateTotals
    sla: tuple[SlaInfo, ...]
    events: tuple[EventInfo, ...]
    damages: tuple[DamageInfo, ...]
    media: tuple[MediaInfo, ...]
    allowed_actions: tuple[str, ...]
    qc_results: tuple[str, ...]
    messages: tuple[MessageInfo, ...]
    intake: IntakeInfo | None = None
    qc_note: str = ""
    """D1: the note of the last failed QC."""


@dataclass(frozen=True)
class MessageInfo:
    id: str
    kind: str
    channel: str
    to_masked: str
    body: str
    status: str
    queued_at: datetime


@dataclass(frozen=True)
class TechnicianLoad:
    staff: StaffInfo
    active_jobs: int
    hours_booked: Decimal
    on_shift: bool


@dataclass(frozen=True)
class DispatchItem:
    case: CaseRow
    confirmed_at: datetime | None
    sla: tuple[SlaInfo, ...]
    difficulty: int


@dataclass(frozen=True)
class StateCount:
    state: str
    count: int


@dataclass(frozen=True)
class Overview:
    by_state: tuple[StateCount, ...]
    sla_alerts: tuple[tuple[CaseRow, SlaInfo], ...]
    open_cases: int
    overdue: int
    today_opened: int
    today_delivered: int


@dataclass(frozen=True)
class PartInfo:
    id: str
    part_no: str
    name: str
    name_en: str
    grade: str
    price: Decimal
    applies_to: str
    safety_relevant: bool


@dataclass(frozen=True)
class LaborInfo:
    id: str
    code: str
    name: str
    name_en: str
    hours: Decimal
    rate: Decimal
    applies_to: str
    difficulty: int
    key_operation: bool


@dataclass(frozen=True)
class AuditVerdict:
    ok: bool
    checked: int
    problems: tuple[str, ...]


@dataclass(frozen=True)
class NextService:
    on: date | None


# -- Key steps (W3) and QC (D1) on the floor: issue 8 items 3 and 8 (floor-qc) ---------------


@dataclass(frozen=True)
class ConsentInfo:
    """W3: the customer's newest answer to key-step photos and video."""

    given: bool
    method: str  # at_signing | in_person | phone | message
    customer_name: str
    recorded_by: str  # staff name
    at: datetime


@dataclass(frozen=True)
class KeyStepInfo:
    """W3: one key step as the repair record prints it: title, labor line, consent, media."""

    id: str
    title: str
    line: str  # the labor line's description ("" when the step names no line)
    line_id: str | None
    consent: bool
    consent_method: str
    note: str
    recorded_by: str  # staff name
    at: datetime
    media_ids: tuple[str, ...]
    media: tuple[MediaInfo, ...] = ()
    media_seconds: tuple[float | None, ...] = ()  # a clip's real duration; None for a photo


@dataclass(frozen=True)
class KeyLine:
    """A labor line of the case whose catalogue operation is flagged key (W3)."""

    line_id: str
    code: str
    description: str


@dataclass(frozen=True)
class KeyStepsView:
    case_id: str
    order_no: str
    state: str
    asset_label: str
    customer_name: str
    technician_id: str | None
    consent: ConsentInfo | None
    key_lines: tuple[KeyLine, ...]
    steps: tuple[KeyStepInfo, ...]


@dataclass(frozen=True)
class TorqueItem:
    """D1: one fastener of an operation on this case, with its torque window."""

    key: str
    op_code: str
    fastener: str
    fastener_en: str
    min_nm: Decimal
    max_nm: Decimal


@dataclass(frozen=True)
class QcRoundInfo:
    round: int
    result: str  # pass | fail
    reasons: tuple[str, ...]
    notes: str
    inspector: str
    at: datetime
    failures: tuple[tuple[str, str], ...] = ()
    """The checks found failed with the inspector's reason for each ((check, reason), …)."""


@dataclass(frozen=True)
class QcView:
    """What the QC page shows: the checklist of the job kind, the torque readings due, who
    worked on the job, earlier rounds and the evidence photos waiting for this round."""

    case_id: str
    order_no: str
    state: str
    job_kind: str  # vehicle | appliance
    asset_label: str
    fault: str
    checks: tuple[str, ...]
    torque: tuple[TorqueItem, ...]
    worked_on_by: tuple[str, ...]  # staff ids
    worked_on_names: tuple[str, ...]
    rounds: tuple[QcRoundInfo, ...]
    evidence: tuple[MediaInfo, ...]
    key_steps: int

    @property
    def rework_count(self) -> int:
        return sum(1 for r in self.rounds if r.result == "fail")
