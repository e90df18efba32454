"""The permission matrix: each role x each action, written out independently."""

from __future__ import annotations

import itertools

import pytest

from app.domain.errors import PermissionDenied
from app.domain.messages import name_of
from app.domain.roles import PERMISSIONS, Action, Role, allowed, require

A = Action

FRONT_DESK = {
    A.BOOK, A.CONFIRM_APPOINTMENT, A.REMIND, A.CANCEL_APPOINTMENT, A.ANSWER_INQUIRY, A.ARRIVE,
    A.INSPECT, A.MARK_DAMAGE, A.RECORD_DIAGNOSIS, A.ESTIMATE, A.RECORD_DECISION,
    A.SIGN_CONFIRMATION, A.PROGRESS_UPDATE, A.ANNOUNCE_DELAY, A.SETTLE, A.DELIVER,
    A.RECORD_FEEDBACK, A.OPEN_COMPLAINT, A.OPEN_REWORK, A.CLOSE, A.CANCEL_CASE, A.HAND_OVER,
    A.PRINT, A.VIEW,
}  # fmt: skip
BAY = {
    A.INSPECT, A.MARK_DAMAGE, A.RECORD_DIAGNOSIS, A.WORK, A.RECORD_KEY_STEP, A.FIT_PART,
    A.ANNOUNCE_DELAY, A.VIEW,
}  # fmt: skip

EXPECTED: dict[Role, set[Action]] = {
    Role.ADVISOR: FRONT_DESK,
    Role.TEAM_LEAD: BAY | {A.DISPATCH, A.ASSIGN, A.PRINT},
    Role.TECHNICIAN: BAY,
    Role.QC_INSPECTOR: {A.QC, A.VIEW, A.PRINT, A.RECORD_KEY_STEP},
    Role.MANAGER: set(Action) - {A.QC, A.WORK, A.FIT_PART},
    Role.ADMIN: {A.MANAGE_STAFF, A.MANAGE_SETTINGS, A.VIEW, A.HAND_OVER},
}


def test_every_role_has_an_entry() -> None:
    assert set(PERMISSIONS) == set(Role)


@pytest.mark.parametrize(("role", "action"), list(itertools.product(Role, Action)), ids=str)
def test_matrix(role: Role, action: Action) -> None:
    expected = action in EXPECTED[role]
    assert (action in PERMISSIONS[role]) is expected
    assert allowed([role], action) is expected
    if expected:
        require([role], action)
    else:
        with pytest.raises(PermissionDenied) as err:
            require([role], action)
        assert err.value.code == "perm.denied"
        assert err.value.params == {"action": action.value, "roles": role.value}
        # Named in the reader's language, never by its code (issue 7 item 8).
        assert name_of("action", action.value, "en") in err.value.message("en")
        assert name_of("roles", role.value, "zh_CN") in err.value.message("zh_CN")


def test_d1_only_the_qc_inspector_signs_qc_off() -> None:
    assert [r for r in Role if allowed([r], A.QC)] == [Role.QC_INSPECTOR]


def test_only_the_bay_fits_parts_and_works() -> None:
    for action in (A.WORK, A.FIT_PART):
        assert {r for r in Role if allowed([r], action)} == {Role.TECHNICIAN, Role.TEAM_LEAD}


def test_several_roles_combine() -> None:
    assert not allowed([Role.TECHNICIAN], A.DISPATCH)
    assert allowed([Role.TECHNICIAN, Role.TEAM_LEAD], A.DISPATCH)
    assert allowed([Role.ADMIN, Role.MANAGER], A.SETTLE)
    assert not allowed([], A.VIEW)
    with pytest.raises(PermissionDenied) as err:
        require([Role.ADMIN, Role.QC_INSPECTOR], A.SIGN_CONFIRMATION)
    assert err.value.params["roles"] == "admin,qc_inspector"
