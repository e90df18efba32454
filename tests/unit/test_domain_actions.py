"""Issue 7 item 4: which actions a role may take on a case in each state comes from one
domain function. Every state × role is checked against the table written out below (from
the lifecycle in ARCHITECTURE.md and the role permissions of SERVICE_STANDARD.md)."""

from __future__ import annotations

import pytest

from app.domain.actions import allowed_actions
from app.domain.lifecycle import CaseAction as A
from app.domain.lifecycle import CaseState as S
from app.domain.roles import Role

INSPECTION = {
    S.RECEPTION: {A.START_INSPECTION},
    S.INSPECTING: {A.PEND_OBSERVATION},
    S.PENDING_OBSERVATION: {A.RESUME_INSPECTION},
}
WORK = {S.DISPATCHED: {A.START_WORK}, S.IN_WORK: {A.PAUSE, A.FINISH_WORK}, S.PAUSED: {A.RESUME}}
ASSIGN = {
    S.CONFIRMED: {A.ASSIGN},
    S.DISPATCHED: {A.ASSIGN},
    S.IN_WORK: {A.ASSIGN},
    S.PAUSED: {A.ASSIGN},
}
DISPATCH = {S.CONFIRMED: {A.DISPATCH}}
CANCEL = {
    state: {A.CANCEL}
    for state in (
        S.RECEPTION, S.INSPECTING, S.PENDING_OBSERVATION, S.ESTIMATED,
        S.AWAITING_SIGNATURE, S.CONFIRMED, S.DISPATCHED, S.PAUSED,
    )
}  # fmt: skip
FRONT_DESK = {
    S.INSPECTING: {A.ESTIMATE},
    S.PENDING_OBSERVATION: {A.ESTIMATE},
    S.ESTIMATED: {A.REQUEST_SIGNATURE},
    S.AWAITING_SIGNATURE: {A.REVISE_ESTIMATE, A.SIGN_CONFIRMATION},
    S.CONFIRMED: {A.REVISE_ESTIMATE},
    S.DISPATCHED: {A.REVISE_ESTIMATE},
    S.IN_WORK: {A.REVISE_ESTIMATE},  # issue 8 item 5: extra work found mid-job
    S.PAUSED: {A.REVISE_ESTIMATE},
    S.READY: {A.DELIVER},
    S.DELIVERED: {A.CLOSE},
}
QC = {S.QC: {A.QC_PASS, A.QC_FAIL}}


def _merge(*tables: dict[S, set[A]]) -> dict[S, set[A]]:
    merged: dict[S, set[A]] = {}
    for table in tables:
        for state, actions in table.items():
            merged.setdefault(state, set()).update(actions)
    return merged


EXPECTED: dict[tuple[Role, bool], dict[S, set[A]]] = {
    (Role.ADVISOR, False): _merge(INSPECTION, FRONT_DESK, CANCEL),
    (Role.TECHNICIAN, True): _merge(INSPECTION, WORK),
    (Role.TECHNICIAN, False): _merge(INSPECTION),  # not their job: no work buttons
    (Role.TEAM_LEAD, False): _merge(INSPECTION, WORK, ASSIGN, DISPATCH),
    (Role.QC_INSPECTOR, False): _merge(QC),
    (Role.MANAGER, False): _merge(INSPECTION, FRONT_DESK, CANCEL, ASSIGN, DISPATCH),
    (Role.ADMIN, False): {},
}


@pytest.mark.parametrize("state", list(S), ids=str)
@pytest.mark.parametrize(("role", "assignee"), list(EXPECTED), ids=lambda v: str(v))
def test_every_state_and_role(state: S, role: Role, assignee: bool) -> None:
    got = allowed_actions(state, role, is_assignee=assignee)
    assert got == frozenset(EXPECTED[(role, assignee)].get(state, set()))
    assert allowed_actions(state.value, [role], is_assignee=assignee) == got  # str, iterable


def test_several_roles_add_up() -> None:
    both = allowed_actions(S.CONFIRMED, [Role.TEAM_LEAD, Role.TECHNICIAN])
    assert both == {A.DISPATCH, A.ASSIGN}
    assert allowed_actions(S.QC, [Role.TECHNICIAN, Role.QC_INSPECTOR]) == {A.QC_PASS, A.QC_FAIL}


def test_closed_and_cancelled_offer_nothing_to_anyone() -> None:
    for role in Role:
        for state in (S.CLOSED, S.CANCELLED):
            assert allowed_actions(state, role, is_assignee=True) == frozenset()
