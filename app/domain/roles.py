"""Roles and what each may do. Every service checks `require(role, action)` first."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from app.domain import catalogue as _messages  # noqa: F401  (registers messages)
from app.domain.errors import PermissionDenied


class Role(StrEnum):
    ADVISOR = "advisor"
    TEAM_LEAD = "team_lead"
    TECHNICIAN = "technician"
    QC_INSPECTOR = "qc_inspector"
    MANAGER = "manager"
    ADMIN = "admin"


class Action(StrEnum):
    BOOK = "book"
    CONFIRM_APPOINTMENT = "confirm_appointment"
    REMIND = "remind"
    CANCEL_APPOINTMENT = "cancel_appointment"
    ANSWER_INQUIRY = "answer_inquiry"
    ARRIVE = "arrive"
    INSPECT = "inspect"
    MARK_DAMAGE = "mark_damage"
    RECORD_DIAGNOSIS = "record_diagnosis"
    ESTIMATE = "estimate"
    RECORD_DECISION = "record_decision"
    SIGN_CONFIRMATION = "sign_confirmation"
    DISPATCH = "dispatch"
    ASSIGN = "assign"
    WORK = "work"
    RECORD_KEY_STEP = "record_key_step"
    FIT_PART = "fit_part"
    PROGRESS_UPDATE = "progress_update"
    ANNOUNCE_DELAY = "announce_delay"
    QC = "qc"
    SETTLE = "settle"
    DELIVER = "deliver"
    RECORD_FEEDBACK = "record_feedback"
    OPEN_COMPLAINT = "open_complaint"
    OPEN_REWORK = "open_rework"
    CLOSE = "close"
    CANCEL_CASE = "cancel_case"
    HAND_OVER = "hand_over"
    PRINT = "print"
    VIEW = "view"
    MANAGE_STAFF = "manage_staff"
    MANAGE_SETTINGS = "manage_settings"
    IMPROVEMENT = "improvement"


_FRONT_DESK = {
    Action.BOOK,
    Action.CONFIRM_APPOINTMENT,
    Action.REMIND,
    Action.CANCEL_APPOINTMENT,
    Action.ANSWER_INQUIRY,
    Action.ARRIVE,
    Action.INSPECT,
    Action.MARK_DAMAGE,
    Action.RECORD_DIAGNOSIS,
    Action.ESTIMATE,
    Action.RECORD_DECISION,
    Action.SIGN_CONFIRMATION,
    Action.PROGRESS_UPDATE,
    Action.ANNOUNCE_DELAY,
    Action.SETTLE,
    Action.DELIVER,
    Action.RECORD_FEEDBACK,
    Action.OPEN_COMPLAINT,
    Action.OPEN_REWORK,
    Action.CLOSE,
    Action.CANCEL_CASE,
    Action.HAND_OVER,
    Action.PRINT,
    Action.VIEW,
}

_BAY = {
    Action.INSPECT,
    Action.MARK_DAMAGE,
    Action.RECORD_DIAGNOSIS,
    Action.WORK,
    Action.RECORD_KEY_STEP,
    Action.FIT_PART,
    Action.ANNOUNCE_DELAY,
    Action.VIEW,
}

PERMISSIONS: dict[Role, frozenset[Action]] = {
    Role.ADVISOR: frozenset(_FRONT_DESK),
    Role.TEAM_LEAD: frozenset(_BAY | {Action.DISPATCH, Action.ASSIGN, Action.PRINT}),
    Role.TECHNICIAN: frozenset(_BAY),
    # D1: QC is the technical supervisor's; nobody else signs QC off.
    Role.QC_INSPECTOR: frozenset({Action.QC, Action.VIEW, Action.PRINT, Action.RECORD_KEY_STEP}),
    Role.MANAGER: frozenset(set(Action) - {Action.QC, Action.WORK, Action.FIT_PART}),
    Role.ADMIN: frozenset(
        {Action.MANAGE_STAFF, Action.MANAGE_SETTINGS, Action.VIEW, Action.HAND_OVER}
    ),
}


def allowed(roles: Iterable[Role], action: Action) -> bool:
    return any(action in PERMISSIONS[role] for role in roles)


def require(roles: Iterable[Role], action: Action) -> None:
    roles = tuple(roles)
    if not allowed(roles, action):
        raise PermissionDenied(
            "perm.denied", action=action.value, roles=",".join(r.value for r in roles)
        )
