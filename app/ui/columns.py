"""Column sets of the case lists (home screens and search). Headers are marked for lupdate
with QT_TRANSLATE_NOOP("Columns", ...) and translated when the view asks."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.services.dto import CaseRow, SlaInfo
from app.ui.i18n import QT_TRANSLATE_NOOP, countdown, local_time, sla_rule_label, state_label
from app.ui.models import Column, live_status, sla_text, sla_tone, sla_tooltip

Now = Callable[[], datetime]
RowOf = Callable[[Any], CaseRow]
SlasOf = Callable[[Any], tuple[SlaInfo, ...]]


def _urgent_mark(row: CaseRow) -> str:
    return QCoreApplication.translate("Columns", "Urgent") if row.urgent else ""


def _asset(row: CaseRow) -> str:
    """Plate (or serial) first: it is what people read off the car and type into search."""
    if row.plate and row.plate not in row.asset_label:
        return f"{row.plate}  {row.asset_label}"
    return row.asset_label


def case_columns(
    row_of: RowOf,
    *,
    now: Now | None = None,
    slas_of: SlasOf | None = None,
    technician: bool = True,
    owner: bool = True,
    promised: bool = True,
    extra: Sequence[Column] = (),
) -> list[Column]:
    """Order, state, customer, asset, owner (P2), technician, promised, and the live SLA."""
    columns = [
        Column(
            QT_TRANSLATE_NOOP("Columns", "Order no."),
            lambda r: row_of(r).order_no,
            tone=lambda r: "urgent" if row_of(r).urgent else None,
            tooltip=lambda r: _urgent_mark(row_of(r)),
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "State"), lambda r: state_label(row_of(r).state)),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Customer"),
            lambda r: f"{row_of(r).customer_name}  {row_of(r).phone_masked}".strip(),
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Vehicle / product"), lambda r: _asset(row_of(r))),
    ]
    if owner:
        # P2: the owner from first contact is visible on every list.
        columns.append(
            Column(QT_TRANSLATE_NOOP("Columns", "Owner"), lambda r: row_of(r).owner_name)
        )
    if technician:
        columns.append(
            Column(QT_TRANSLATE_NOOP("Columns", "Technician"), lambda r: row_of(r).technician_name)
        )
    if promised:
        columns.append(
            Column(
                QT_TRANSLATE_NOOP("Columns", "Promised"),
                lambda r: local_time(row_of(r).promised_at, with_date=True),
            )
        )
    columns.extend(extra)
    if now is not None and slas_of is not None:
        clock = now
        slas = slas_of
        columns.append(
            Column(
                QT_TRANSLATE_NOOP("Columns", "SLA"),
                lambda r: sla_text(slas(r), clock()),
                live=True,
                tone=lambda r: sla_tone(slas(r), clock()),
                tooltip=lambda r: sla_tooltip(slas(r), clock()),
            )
        )
    return columns


def search_columns() -> list[Column]:
    return [
        *case_columns(lambda r: r),
        Column(QT_TRANSLATE_NOOP("Columns", "Opened"), lambda r: local_time(r.opened_at, True)),
    ]


def alert_columns(now: Now) -> list[Column]:
    """Manager's SLA alerts: records are (CaseRow, SlaInfo)."""

    def status(r: tuple[CaseRow, SlaInfo]) -> str:
        return live_status(r[1], now())

    order, *rest = case_columns(lambda r: r[0], technician=False, promised=False)
    return [
        order,
        Column(QT_TRANSLATE_NOOP("Columns", "Rule"), lambda r: sla_rule_label(r[1].rule)),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Clock"),
            lambda r: countdown(r[1].due, now()),
            live=True,
            tone=status,
        ),
        *rest,
    ]
