"""The read side: counting, paging and searching cases (order number, plate, VIN, phone,
one- and two-character Chinese names), the case detail, and each role's home."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import text

from app.domain.errors import NotFound
from app.domain.sla import SlaStatus
from app.domain.validation import with_check_digit
from app.services import appointments, queries
from app.services.customers import AssetInput, CustomerInput
from app.services.dto import CaseDetail
from app.services.queries import CaseFilter, case_page, count_cases
from app.store.models import ServiceCase

VIN1 = "1M8GDM9AXKP042788"
VIN2 = with_check_digit("LVHRU1867J5000001")


@pytest.fixture(scope="module")
def shop(workshop_factory: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """Six cases in different states, owners and customers, opened ten minutes apart."""
    ws = workshop_factory(tmp_path_factory.mktemp("queries") / "ws")
    cases: dict[str, str] = {}

    def walk_in(key: str, **kwargs: Any) -> None:
        cases[key] = ws.walk_in(**kwargs)
        ws.clock.advance(minutes=10)

    walk_in("wangwei", name="王伟", phone="13800138000", plate="粤B·D12345", vin=VIN1)
    walk_in(
        "ouyang", name="欧阳娜娜", phone="13912345678", plate="粤A·12345", vin=VIN2, by=ws.advisor2
    )
    walk_in("su", name="苏晓东", phone="13700001111", plate="京A·88888")
    walk_in("jianhua", name="王建华", phone="13600002222", plate="粤C·K2345", urgent=True)
    walk_in("closed", name="张三", phone="13500003333", plate="粤D·23456")
    opened = appointments.walk_in(
        ws.ctx,
        ws.advisor2,
        customer=CustomerInput(name="李", phone="020-38881234"),
        asset=AssetInput(kind="appliance", brand="格力", model="KFR-35GW", serial="GR123456"),
        fault_description="空调不制冷",
    )
    cases["li"] = opened.case_id
    ws.drive(cases["wangwei"], "confirmed")
    ws.drive(cases["ouyang"], "in_work")
    ws.drive(cases["su"], "qc")
    ws.drive(cases["closed"], "closed")
    ws.drive(cases["jianhua"], "dispatched")
    ws.cases = cases
    ws.order_nos = {key: queries.case_detail(ws.ctx, cid).order_no for key, cid in cases.items()}
    yield ws
    ws.ctx.db.dispose()


def _found(shop: Any, term: str) -> set[str]:
    ids = {row.id for row in case_page(shop.ctx, CaseFilter(search=term), 0, 100)}
    assert count_cases(shop.ctx, CaseFilter(search=term)) == len(ids)
    keys = {key for key, cid in shop.cases.items() if cid in ids}
    assert len(keys) == len(ids)
    return keys


def test_count_and_page_newest_first(shop: Any) -> None:
    assert count_cases(shop.ctx, CaseFilter()) == 6
    rows = case_page(shop.ctx, CaseFilter(), 0, 100)
    assert [r.id for r in rows] == [
        shop.cases[k] for k in ("li", "closed", "jianhua", "su", "ouyang", "wangwei")
    ]
    assert [r.id for r in case_page(shop.ctx, CaseFilter(), 2, 2)] == [
        shop.cases["jianhua"],
        shop.cases["su"],
    ]
    assert case_page(shop.ctx, CaseFilter(), 6, 10) == []
    first = rows[-1]
    assert first.customer_name == "王伟"
    assert first.phone_masked == "138****8000"
    assert first.plate == "粤B·D12345"
    assert first.owner_name == "王芳"
    assert rows[0].plate == "GR123456"  # an appliance shows its serial


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        # Order numbers: whole, lower case, or by their sequence tail.
        ("{wangwei}", {"wangwei"}),
        ("{wangwei_lower}", {"wangwei"}),
        ("WO-TS01A", {"wangwei", "ouyang", "su", "jianhua", "closed", "li"}),
        # Plates, however they are typed.
        ("粤B·D12345", {"wangwei"}),
        ("粤BD12345", {"wangwei"}),
        ("粤bd12345", {"wangwei"}),
        ("粤B D12345", {"wangwei"}),
        ("D12345", {"wangwei"}),
        ("粤A", {"ouyang"}),
        ("京A88888", {"su"}),
        # VINs, whole or a tail.
        (VIN1, {"wangwei"}),
        (VIN1.lower(), {"wangwei"}),
        ("KP042788", {"wangwei"}),
        (VIN2[-6:], {"ouyang"}),
        # Phones by prefix or tail.
        ("13800138000", {"wangwei"}),
        ("1391234", {"ouyang"}),
        ("5678", {"ouyang"}),
        ("1111", {"su"}),
        ("38881234", {"li"}),
        # Names: one character is a surname, two or more match anywhere in the name.
        ("王", {"wangwei", "jianhua"}),
        ("王伟", {"wangwei"}),
        ("李", {"li"}),
        ("欧阳", {"ouyang"}),
        ("娜娜", {"ouyang"}),
        ("建华", {"jianhua"}),
        ("王建华", {"jianhua"}),
        ("苏", {"su"}),
        ("苏晓东", {"su"}),  # a surname that is also a province's abbreviation
        ("晓东", {"su"}),
        # Appliance serials.
        ("GR123456", {"li"}),
        ("gr1234", {"li"}),
        # Nothing.
        ("赵钱孙", set()),
        ("ZZZZZZ", set()),
        ("   ", {"wangwei", "ouyang", "su", "jianhua", "closed", "li"}),
    ],
)
def test_search(shop: Any, term: str, expected: set[str]) -> None:
    term = term.format(
        wangwei=shop.order_nos["wangwei"], wangwei_lower=shop.order_nos["wangwei"].lower()
    )
    assert _found(shop, term) == expected


def test_order_number_sequence(shop: Any) -> None:
    tail = shop.order_nos["su"].rsplit("-", 1)[1]
    assert tail == "0003"
    # The sequence alone finds the order; phones match by prefix or tail (an index range),
    # so 135-0000-3333, which has "0003" only in its middle, is not a hit.
    assert _found(shop, tail) == {"su"}
    assert "closed" in _found(shop, "3333")


def test_filters(shop: Any) -> None:
    ctx = shop.ctx
    assert count_cases(ctx, CaseFilter(states=("in_work",))) == 1
    assert [r.id for r in case_page(ctx, CaseFilter(states=("qc", "closed")), 0, 10)] == [
        shop.cases["closed"],
        shop.cases["su"],
    ]
    mine = case_page(ctx, CaseFilter(owner_id=shop.advisor2.staff_id), 0, 10)
    assert {r.id for r in mine} == {shop.cases["ouyang"], shop.cases["li"]}
    assert count_cases(ctx, CaseFilter(technician_id=shop.tech.staff_id)) == 4
    assert count_cases(ctx, CaseFilter(search="王", states=("confirmed",))) == 1
    assert count_cases(ctx, CaseFilter(search="王", states=("reception",))) == 0


def test_case_detail(shop: Any) -> None:
    detail = queries.case_detail(shop.ctx, shop.order_nos["ouyang"])
    assert {f.name for f in fields(CaseDetail)} >= {
        "order_no",
        "state",
        "owner",
        "customer",
        "asset",
        "lines",
        "sla",
        "events",
        "totals",
        "allowed_actions",
        "technician",
    }
    assert detail.id == shop.cases["ouyang"]
    assert detail.state == "in_work"
    assert detail.owner.name == "李娜"
    assert detail.technician is not None
    assert detail.technician.name == "刘洋"
    assert detail.customer.phone_masked == "139****5678"
    assert detail.asset.vin == VIN2
    assert len(detail.lines) == 3
    assert detail.allowed_actions == ("revise_estimate", "pause", "finish_work")  # issue 8 item 5
    assert {s.rule for s in detail.sla} >= {"W1"}
    assert detail.events[0].kind == "opened"
    assert detail.events[-1].kind == "start_work"
    # By id as well as by order number, with surrounding blanks.
    assert queries.case_detail(shop.ctx, f"  {detail.id} ").order_no == detail.order_no
    with pytest.raises(NotFound) as err:
        queries.case_detail(shop.ctx, "WO-NOPE-1")
    assert err.value.message("en") == "No such case: WO-NOPE-1"


def test_advisor_home_shows_own_open_cases(shop: Any) -> None:
    ctx = shop.ctx
    home = queries.advisor_home(ctx, shop.advisor)
    assert {row.id for row, _ in home.open_cases} == {
        shop.cases[k] for k in ("wangwei", "su", "jianhua")
    }
    other = queries.advisor_home(ctx, shop.advisor2)
    assert {row.id for row, _ in other.open_cases} == {shop.cases["ouyang"], shop.cases["li"]}
    boss = queries.advisor_home(ctx, shop.manager)
    assert len(boss.open_cases) == 5  # everything but the closed case
    slas = {row.id: sla for row, sla in home.open_cases}
    assert "W1" in {s.rule for s in slas[shop.cases["wangwei"]]}


def test_team_lead_home(shop: Any) -> None:
    home = queries.team_lead_home(shop.ctx)
    waiting = {item.case.id: item for item in home.waiting}
    assert set(waiting) == {shop.cases["wangwei"], shop.cases["jianhua"]}
    # The urgent case first.
    assert home.waiting[0].case.id == shop.cases["jianhua"]
    assert {s.rule for s in waiting[shop.cases["wangwei"]].sla} == {"W1"}
    assert {s.rule for s in waiting[shop.cases["jianhua"]].sla} == {"W1", "W1-urgent"}
    assert waiting[shop.cases["wangwei"]].confirmed_at is not None
    loads = {t.staff.name: t for t in home.technicians}
    assert set(loads) == {"刘洋", "陈杰"}
    assert loads["刘洋"].active_jobs == 2  # in work + dispatched
    assert loads["陈杰"].active_jobs == 0
    assert loads["刘洋"].on_shift


def test_technician_and_qc_homes(shop: Any) -> None:
    mine = queries.technician_home(shop.ctx, shop.tech)
    assert [row.id for row, _ in mine] == [shop.cases["jianhua"], shop.cases["ouyang"]]
    assert queries.technician_home(shop.ctx, shop.tech2) == []
    assert [row.id for row in queries.qc_home(shop.ctx)] == [shop.cases["su"]]


def test_manager_overview(shop: Any) -> None:
    overview = queries.manager_overview(shop.ctx)
    counts = {c.state: c.count for c in overview.by_state}
    assert counts["confirmed"] == 1
    assert counts["in_work"] == 1
    assert counts["qc"] == 1
    assert counts["closed"] == 1
    assert counts["reception"] == 1
    assert counts["dispatched"] == 1
    assert sum(counts.values()) == 6
    assert overview.open_cases == 5
    assert overview.today_opened == 6
    assert overview.today_delivered == 1


def test_overdue_cases_come_first_for_the_advisor(shop: Any) -> None:
    ctx = shop.ctx.at(lambda: shop.clock.t + timedelta(hours=1))
    home = queries.advisor_home(ctx, shop.advisor)
    first_row, first_sla = home.open_cases[0]
    assert any(s.status is SlaStatus.OVERDUE for s in first_sla)
    assert first_row.id in {shop.cases["wangwei"], shop.cases["jianhua"]}


def test_advisor_home_appointments(workshop: Any) -> None:
    ws = workshop
    ctx, t0 = ws.ctx, ws.clock.t

    def book(phone: str, desired: Any) -> Any:
        return appointments.book(
            ctx,
            ws.advisor,
            customer=CustomerInput(name="周", phone=phone),
            asset=AssetInput(kind="vehicle", plate=f"粤A·1234{phone[-1]}"),
            channel="app",
            desired_at=desired,
            fault_description="保养",
        )

    today = book("13500135001", t0 + timedelta(hours=3))
    tomorrow_requested = book("13500135002", t0 + timedelta(days=1))
    tomorrow_confirmed = book("13500135003", t0 + timedelta(days=1, hours=1))
    appointments.confirm(ctx, ws.advisor, tomorrow_confirmed.id)
    ws.clock.advance(minutes=16)
    home = queries.advisor_home(ctx, ws.advisor)
    shown = [a.id for a in home.appointments]
    # Requested ones first (they have an A2 clock), then today's by time; a confirmed
    # appointment of another day is not today's business.
    assert shown == [today.id, tomorrow_requested.id]
    a2 = {a.id: a.sla[0] for a in home.appointments}
    assert a2[today.id].status is SlaStatus.OVERDUE
    assert home.inquiries == []


@pytest.mark.parametrize(
    "term", ["3333", "0003", "WO-", "CBGMY", "王", "晓东", "LVH1234567", "粤B·D1", "20261127-0003"]
)
def test_search_never_scans_the_case_table(shop: Any, term: str) -> None:
    """Every search branch must be an index range: a full scan of service_case is what makes
    search slow at 200,000 cases (benchmarks/orders.py)."""
    from sqlalchemy import func, select

    from app.services.queries import _conditions

    query = (
        select(func.count()).select_from(ServiceCase).where(*_conditions(CaseFilter(search=term)))
    )
    with shop.ctx.db.read() as session:
        compiled = query.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
        plan = [row[-1] for row in session.execute(text(f"EXPLAIN QUERY PLAN {compiled}"))]
    scans = [step for step in plan if step.startswith("SCAN service_case")]
    assert not scans, plan
