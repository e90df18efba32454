"""Which actions a person may take on a case now (issue 7 item 4): one function for every
screen, so no widget keeps its own table of states and roles.

`allowed_actions` combines the lifecycle (is there a transition from this state: the
guards that need the case's facts are left to the service, which refuses with a message
naming the rule), the role's permissions (`roles.PERMISSIONS`) and who the person is to the
case (a technician works only their own jobs; the team lead may act for them).
"""

from __future__ import annotations

from collections.abc import Iterable

from app.domain.lifecycle import CASE_TRANSITIONS, CaseAction, CaseState
from app.domain.roles import Action, Role, allowed

PERMISSION: dict[CaseAction, Action] = {
    CaseAction.START_INSPECTION: Action.INSPECT,
    CaseAction.PEND_OBSERVATION: Action.RECORD_DIAGNOSIS,
    CaseAction.RESUME_INSPECTION: Action.INSPECT,
    CaseAction.ESTIMATE: Action.ESTIMATE,
    CaseAction.REQUEST_SIGNATURE: Action.ESTIMATE,
    CaseAction.REVISE_ESTIMATE: Action.ESTIMATE,
    CaseAction.SIGN_CONFIRMATION: Action.SIGN_CONFIRMATION,
    CaseAction.DISPATCH: Action.DISPATCH,
    CaseAction.ASSIGN: Action.ASSIGN,
    CaseAction.START_WORK: Action.WORK,
    CaseAction.PAUSE: Action.WORK,
    CaseAction.RESUME: Action.WORK,
    CaseAction.FINISH_WORK: Action.WORK,
    CaseAction.QC_PASS: Action.QC,
    CaseAction.QC_FAIL: Action.QC,
    CaseAction.DELIVER: Action.DELIVER,
    CaseAction.CLOSE: Action.CLOSE,
    CaseAction.CANCEL: Action.CANCEL_CASE,
}
"""The role permission each case action needs (the services check the same one)."""

ASSIGNABLE = frozenset(
    {CaseState.CONFIRMED, CaseState.DISPATCHED, CaseState.IN_WORK, CaseState.PAUSED}
)
"""W1: states in which the team lead may (re)assign the technician (services.dispatch.assign)."""

WORK_ACTIONS = frozenset(
    {CaseAction.START_WORK, CaseAction.PAUSE, CaseAction.RESUME, CaseAction.FINISH_WORK}
)
"""A technician's own job only; the team lead may act for a technician."""


def _possible(state: CaseState, action: CaseAction) -> bool:
    if action is CaseAction.ASSIGN:
        return state in ASSIGNABLE
    return (state, action) in CASE_TRANSITIONS


def allowed_actions(
    case_state: CaseState | str,
    roles: Role | Iterable[Role],
    *,
    is_assignee: bool = False,
) -> frozenset[CaseAction]:
    """The actions a person with `roles` may take on a case in `case_state`.

    `is_assignee`: the case's technician is this person (their own job).
    """
    state = CaseState(case_state)
    held = (roles,) if isinstance(roles, Role) else tuple(roles)
    result = set()
    for action, permission in PERMISSION.items():
        if not _possible(state, action) or not allowed(held, permission):
            continue
        if action in WORK_ACTIONS and not is_assignee and Role.TEAM_LEAD not in held:
            continue
        result.add(action)
    return frozenset(result)
