"""`orders` and `show`: cases from the command line, as text or JSON."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import asdict
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from app.config import Settings
from app.domain.lifecycle import CaseState


def register(sub: Any) -> None:
    orders = sub.add_parser("orders", help="list cases, newest first")
    orders.add_argument("--state", choices=[s.value for s in CaseState])
    orders.add_argument(
        "--search", default="", help="order no., plate, VIN, phone or customer name"
    )
    orders.add_argument("--limit", type=int, default=50)
    orders.add_argument("--json", action="store_true")
    orders.set_defaults(handler=run_orders)
    show = sub.add_parser("show", help="one case with owner, customer, asset, lines, SLA, timeline")
    show.add_argument("order_no")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=run_show)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _context(settings: Settings) -> Any:
    from app.services.setup import is_set_up, open_workstation

    if not settings.db_path.exists():
        from app.domain.errors import ValidationError

        raise ValidationError("setup.not_yet")
    ctx = open_workstation(settings.data_dir, settings.lang)
    if not is_set_up(ctx):
        from app.domain.errors import ValidationError

        raise ValidationError("setup.not_yet")
    return ctx


def run_orders(args: argparse.Namespace, settings: Settings) -> int:
    from app.services.queries import CaseFilter, case_page, count_cases

    ctx = _context(settings)
    flt = CaseFilter(search=args.search, states=(args.state,) if args.state else ())
    rows = case_page(ctx, flt, 0, max(0, args.limit))
    if args.json:
        print(
            json.dumps(
                {"total": count_cases(ctx, flt), "orders": [_plain(asdict(r)) for r in rows]},
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    from app.domain.messages import name_of

    for r in rows:
        state = name_of("state", r.state, settings.lang)
        print(
            f"{r.order_no}\t{state}\t{r.opened_at:%Y-%m-%d %H:%M}\t{r.customer_name}\t"
            f"{r.phone_masked}\t{r.plate}\t{r.asset_label}\t{r.owner_name}"
        )
    return 0


def run_show(args: argparse.Namespace, settings: Settings) -> int:
    from app.services.queries import case_detail

    ctx = _context(settings)
    detail = case_detail(ctx, args.order_no)
    data = _plain(asdict(detail))
    data["owner"] = detail.owner.name
    data["owner_detail"] = _plain(asdict(detail.owner))
    data["sla"] = [
        {"rule": s.rule, "due": _plain(s.due), "status": s.status.value} for s in detail.sla
    ]
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    from app.cli import messages as _messages  # noqa: F401  (registers the cli.* texts)
    from app.domain.messages import name_of, render

    lang = settings.lang
    event_label, sla_status_label = _screen_names(lang)
    state = name_of("state", detail.state, lang)
    print(f"{detail.order_no}  [{state}]  {detail.opened_at:%Y-%m-%d %H:%M}")
    print(render("cli.owner", lang, name=detail.owner.name))
    customer = detail.customer
    print(render("cli.customer", lang, name=customer.name, phone=customer.phone_masked))
    identifier = f"VIN {detail.asset.vin}" if detail.asset.vin else detail.asset.serial
    print(render("cli.asset", lang, label=detail.asset.label, identifier=identifier))
    print(render("cli.fault", lang, text=detail.fault_description))
    for line in detail.lines:
        decision = name_of("decision", line.decision, lang)
        print(f"  - {line.description}  {line.amount}  [{decision}]")
    print(render("cli.total", lang, total=detail.totals.total))
    for s in detail.sla:
        due = f"{s.due:%m-%d %H:%M}" if s.due else "-"
        print(f"  SLA {s.rule}: {sla_status_label(s.status)} ({due})")
    for e in detail.events:
        moved = (
            f"{name_of('state', e.from_state, lang)} → {name_of('state', e.to_state, lang)}"
            if e.to_state and e.from_state != e.to_state
            else ""
        )
        print(f"  {e.at:%m-%d %H:%M}  {event_label(e.kind)}  {e.staff_name}  {moved}")
    return 0


def _screen_names(lang: str) -> tuple[Callable[[str], str], Callable[[str], str]]:
    """The timeline's event names and the clocks' status names in `lang`, as the app's screens
    name them (their Qt Linguist catalogue): a person never reads a code such as
    ``line_added`` or ``running``."""
    from PySide6.QtCore import QCoreApplication

    from app.ui.case_detail import event_label
    from app.ui.i18n import Translators, sla_status_label

    if QCoreApplication.instance() is None:
        _APP.append(QCoreApplication([]))  # translators need an application object
    Translators().install(lang)
    return event_label, sla_status_label


_APP: list[object] = []
"""The CLI's QCoreApplication, kept alive while the command runs."""
