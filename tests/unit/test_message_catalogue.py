"""Issue 7 item 2: the one domain message catalogue (every package's codes, the CLI's
included) is complete in zh_CN and en with the same placeholders, and every state, action
and role a message may carry has a name in both languages."""

from __future__ import annotations

import importlib
import re
from string import Formatter

import pytest

from app.domain.lifecycle import AppointmentAction, AppointmentState, CaseAction, CaseState
from app.domain.messages import all_messages, name_of, names, render
from app.domain.roles import Action, Role

CATALOGUE_MODULES = (
    "app.domain.catalogue",
    "app.services.messages",
    "app.services.messages_desk",
    "app.services.messages_reception",
    "app.media.messages",
    "app.media.qr",
    "app.sync.messages",
    "app.printing.messages",
    "app.headoffice.messages",
    "app.cli.messages",
)
CJK = re.compile(r"[\u4e00-\u9fff]")
CJK_IN_ENGLISH = {"validate.plate"}
"""Codes whose English text shows Chinese on purpose (a plate example: 粤B·D12345)."""

for _module in CATALOGUE_MODULES:
    importlib.import_module(_module)


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(text) if name}


@pytest.mark.parametrize("code", sorted(all_messages()))
def test_every_message_is_complete_with_matching_placeholders(code: str) -> None:
    zh, en = all_messages()[code]
    assert zh.strip(), code
    assert en.strip(), code
    assert CJK.search(zh), f"{code}: the Chinese text is not Chinese"
    if code not in CJK_IN_ENGLISH:
        assert not CJK.search(en), f"{code}: Chinese in the English text"
    assert _placeholders(zh) == _placeholders(en), code


@pytest.mark.parametrize(
    ("param", "codes"),
    [
        ("state", [s.value for s in CaseState] + [s.value for s in AppointmentState]),
        ("action", [a.value for a in CaseAction] + [a.value for a in AppointmentAction]),
        ("action", [a.value for a in Action]),
        ("roles", [r.value for r in Role]),
    ],
)
def test_every_code_a_message_carries_has_a_name(param: str, codes: list[str]) -> None:
    table = names(param)
    for code in codes:
        assert code in table, (param, code)
        zh, en = table[code]
        assert CJK.search(zh), (param, code)
        assert en.strip(), (param, code)
        assert not CJK.search(en), (param, code)


def test_no_internal_value_in_a_refusal_in_english() -> None:
    text = render("lifecycle.not_allowed", "en", action="confirm", state="arrived")
    assert not CJK.search(text)
    assert "arrived" not in text
    assert "“confirm”" not in text
    assert "Arrived" in text
    zh = render("lifecycle.not_allowed", "zh_CN", action="confirm", state="arrived")
    assert zh == "当前状态“已到店”下不能执行“确认预约”"
    assert name_of("roles", "team_lead,technician", "en") == "team lead, technician"
    assert render("perm.denied", "zh_CN", action="qc", roles="advisor") == (
        "您的角色（服务顾问）无权执行此操作：质检"
    )
