"""Volume for the demo and the benchmarks: history replicated from cases made by the services.

A workshop with 200,000 cases has years of history that head office already holds. Taking
each of those through every service call would take hours, so the demo makes a few hundred
cases through the services (every state, real audit log and outbox) and then replicates
finished ones as history: every row of a template case is copied with fresh UUIDs, a new
customer, asset, order number and a shifted time, its signed snapshots re-hashed, its audit
events re-chained. History is written as if pulled from head office (already synced, so not
in the outbox), which is what a workstation's history is.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Date, DateTime, Table, literal_column, select
from sqlalchemy.orm import Session

from app.domain.ids import uuid7 as _uuid7
from app.services import audit
from app.services._support import identity
from app.services.reception import canonical
from app.store import clocks, snapshots
from app.store.engine import applying_remote, get_state, set_state
from app.store.models import (
    Asset,
    AuditEvent,
    Base,
    OrderCounter,
    ServiceCase,
)
from app.store.types import stored_value

CASE_TABLES = (
    "inspection", "damage_mark", "diagnostic_reading", "estimate_line", "assignment", "job_clock",
    "key_step", "key_step_consent", "part_use", "customer_message", "delay_notice", "complaint",
    "case_event", "feedback", "document", "media_file", "signature", "qc_inspection", "settlement",
    "delivery",
)  # fmt: skip
ID_COLUMNS = (
    "case_id", "line_id", "customer_id", "asset_id", "appointment_id", "subject_id", "consent_id",
)  # fmt: skip


_FAST = random.Random()


def uuid7() -> str:
    """A UUIDv7 for replicated rows, from a fast generator (os.urandom per row is the cost
    that matters at 200,000 cases)."""
    return _uuid7(_FAST.getrandbits(80))


def _table(name: str) -> Table:
    table = Base.metadata.tables[name]
    assert isinstance(table, Table)
    return table


def _time_columns(table: Table) -> tuple[list[str], list[str]]:
    stamps = [c.name for c in table.columns if isinstance(c.type, DateTime)]
    days = [
        c.name
        for c in table.columns
        if isinstance(c.type, Date) and not isinstance(c.type, DateTime)
    ]
    return stamps, days


class Template:
    """All rows of one case made by the services, ready to be copied."""

    def __init__(self, session: Session, case_id: str) -> None:
        self.rows: dict[str, list[dict[str, Any]]] = {}
        case = session.get(ServiceCase, case_id)
        assert case is not None
        self.state = case.state
        self.order_no = case.order_no
        self.opened_at = case.opened_at
        self.rows["service_case"] = self._select(session, "service_case", "id", case_id)
        for name in CASE_TABLES:
            self.rows[name] = self._select(session, name, "case_id", case_id)
        self.rows["appointment"] = self._select(session, "appointment", "case_id", case_id)
        subjects = [self.order_no] + [r["id"] for r in self.rows["appointment"]]
        self.audit = [
            dict(r._mapping)
            for r in session.execute(
                select(_table("audit_event"))
                .where(AuditEvent.subject.in_(subjects))
                .order_by(AuditEvent.seq)
            )
        ]
        self.vehicle = bool(case.vin or case.plate)
        # The copies keep the make and model: the lines name this make's parts (issue 8 item 9).
        asset = session.get(Asset, case.asset_id)
        self.make = (asset.brand, asset.model) if asset is not None else None

    @staticmethod
    def _select(session: Session, name: str, column: str, value: str) -> list[dict[str, Any]]:
        table = _table(name)
        # In the order written (a timeline's ties read in that order), whichever index the
        # lookup takes (store migration 0018 dropped case_event's (case_id, at) index).
        query = select(table).where(table.c[column] == value).order_by(literal_column("rowid"))
        return [dict(r._mapping) for r in session.execute(query)]


def _shift(row: dict[str, Any], stamps: list[str], days: list[str], delta: timedelta) -> None:
    for col in stamps:
        value = row.get(col)
        if isinstance(value, datetime):
            row[col] = value + delta
    for col in days:
        value = row.get(col)
        if isinstance(value, date):
            row[col] = value + timedelta(days=delta.days)


def sent_lag(message_id: str) -> timedelta:
    """How long after it was due a demo message of the past went out: 3–90 s, taken from its
    id so the demo's random sequence stays as it was."""
    return timedelta(seconds=3 + int(message_id[-2:], 16) % 88)


def _replace_ids(text: str, ids: dict[str, str]) -> str:
    for old, new in ids.items():
        if old in text:
            text = text.replace(old, new)
    return text


def replicate(
    session: Session,
    templates: list[Template],
    count: int,
    *,
    rng: random.Random,
    now: datetime,
    make_customer: Callable[[random.Random, bool], tuple[dict[str, Any], dict[str, Any]]],
    progress: Callable[[int], None] | None = None,
    place: Callable[[random.Random], tuple[Template, datetime]] | None = None,
) -> int:
    """Write `count` history cases copied from `templates` into the caller's transaction.
    `place` picks each copy's template and opening (default: any, in the last two years)."""
    ident = identity(session)
    stamp = _history_stamp(session)
    counters: dict[str, int] = {
        str(day): int(seq)
        for day, seq in session.execute(select(OrderCounter.day, OrderCounter.seq))
    }
    inserts: dict[str, list[dict[str, Any]]] = defaultdict(list)
    audit_rows: list[dict[str, Any]] = []
    meta = {
        name: _time_columns(_table(name)) for name in (*CASE_TABLES, "service_case", "appointment")
    }
    for n in range(count):
        template, opened = place(rng) if place else _anywhere(rng, templates, now)
        delta = opened - template.opened_at
        day = opened.strftime("%Y%m%d")
        counters[day] = counters.get(day, 0) + 1
        order_no = f"WO-{ident.dealer_code}{ident.workstation_code}-{day}-{counters[day]:04d}"
        customer, asset = make_customer(rng, template.vehicle)
        if template.make is not None:
            asset.update(brand=template.make[0], model=template.make[1])
        customer.update(
            id=uuid7(),
            dealer_id=ident.dealer_id,
            created_at=opened,
            field_hlc="{}",
            updated_hlc=stamp,
        )
        asset.update(
            id=uuid7(), dealer_id=ident.dealer_id, customer_id=customer["id"], created_at=opened,
            field_hlc="{}", updated_hlc=stamp,
        )  # fmt: skip
        inserts["customer"].append(customer)
        inserts["asset"].append(asset)
        ids: dict[str, str] = {template.order_no: order_no}
        case_row = template.rows["service_case"][0]
        ids[case_row["customer_id"]] = customer["id"]
        ids[case_row["asset_id"]] = asset["id"]
        for rows in template.rows.values():
            for row in rows:
                ids[row["id"]] = uuid7()
        # A settlement's signature stores no copy of its snapshot (app.store.snapshots): it
        # names the settlement's, re-hashed with it.
        shared = {
            s["snapshot_sha256"]: hashlib.sha256(_replace_ids(s["snapshot"], ids).encode())
            for s in template.rows.get("settlement", [])
        }
        for name, rows in template.rows.items():
            stamps, days = meta[name]
            for original in rows:
                row = dict(original)
                row["id"] = ids[original["id"]]
                for col in ID_COLUMNS:
                    if row.get(col) in ids:
                        row[col] = ids[row[col]]
                _shift(row, stamps, days, delta)
                row["server_version"] = 1
                row["field_hlc"] = "{}"
                row["updated_hlc"] = stamp
                if name == "service_case":
                    row.update(
                        order_no=order_no, customer_name=customer["name"], phone=customer["phone"],
                        plate=asset.get("plate", ""), vin=asset.get("vin", ""), serial=asset.get("serial", ""),
                        asset_label=f"{asset.get('brand', '')} {asset.get('model', '')}".strip(),
                    )  # fmt: skip
                elif name == "signature" and row["snapshot"] == snapshots.SHARED:
                    row["snapshot_sha256"] = shared[row["snapshot_sha256"]].hexdigest()
                elif name in ("signature", "settlement"):
                    row["snapshot"] = _replace_ids(row["snapshot"], ids)
                    row["snapshot_sha256"] = hashlib.sha256(row["snapshot"].encode()).hexdigest()
                elif name == "qc_inspection":
                    body = {
                        "case": row["case_id"], "round": row["round"], "passed": row["result"] == "pass",
                        "checklist": json.loads(row["checklist"]), "notes": row["notes"],
                    }  # fmt: skip
                    row["snapshot_sha256"] = hashlib.sha256(canonical(body).encode()).hexdigest()
                elif name == "delivery":
                    record = {
                        "checklist": json.loads(row["checklist"]), "documents": json.loads(row["documents"]),
                        "next": str(row["next_service_on"]),
                    }  # fmt: skip
                    row["snapshot_sha256"] = hashlib.sha256(canonical(record).encode()).hexdigest()
                elif name == "case_event":
                    row["detail"] = _replace_ids(row["detail"], ids)
                elif name == "customer_message":
                    row["to"] = customer["phone"]
                    # History was sent when it happened: an enrolling demo bay must not text
                    # customers about visits of months ago. Reminders not yet due stay queued.
                    due = row.get("send_after") or row["queued_at"]
                    if row["status"] == "queued" and due <= now:
                        row.update(status="sent", sent_at=due + sent_lag(row["id"]))
                inserts[name].append(row)
        for event in template.audit:
            audit_rows.append(
                {
                    "at": event["at"] + delta,
                    "staff_id": event["staff_id"],
                    "action": event["action"],
                    "subject": ids.get(event["subject"], event["subject"]),
                    "detail": _replace_ids(event["detail"], ids),
                }
            )
        if progress and (n + 1) % 500 == 0:
            progress(n + 1)
    # The cloned timeline entries are this workstation's audit entries of those actions:
    # chained (issue 12, one log of each fact), then the other audit events after them.
    events = sorted(inserts.get("case_event", []), key=lambda r: (r["at"], r["id"]))
    audit.chain_case_rows(session, ident.workstation_id, events)
    with applying_remote(session):
        # Parents before children, so foreign keys hold at every insert.
        for name in ("customer", "asset", "service_case", "appointment", *CASE_TABLES):
            if inserts.get(name):
                _insert_many(session, name, inserts[name])
        _append_audit(session, ident.dealer_id, ident.workstation_id, audit_rows, stamp)
    for day, seq in counters.items():
        session.execute(
            _table("order_counter").insert().prefix_with("OR REPLACE"), {"day": day, "seq": seq}
        )
    return count


def _anywhere(
    rng: random.Random, templates: list[Template], now: datetime
) -> tuple[Template, datetime]:
    return rng.choice(templates), now - timedelta(
        days=rng.uniform(2, 730), minutes=rng.randint(0, 600)
    )


def _sql_value(value: Any) -> Any:
    """The text SQLAlchemy's SQLite types store, for the raw executemany below."""
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%d %H:%M:%S.%f}"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def _history_stamp(session: Session) -> str:
    """The one clock of every replicated row, as a pull leaves a row this workstation wrote:
    a stamp of its own device, stored short (app.store.clocks). Without one, queueing the
    history at enrollment (`app.sync.local.queue_unsent`) grew every row in place by a
    stamp and left their pages part empty after the first sync (issue 12 storage)."""
    whole = str(session.execute(select(literal_column("hlc_now()"))).scalar_one())
    return clocks.short(whole, get_state(session, "device_id"))


def _insert_many(session: Session, name: str, rows: list[dict[str, Any]]) -> None:
    """One executemany on the DBAPI cursor: the ORM's per-row overhead would dominate here."""
    columns = [c.name for c in _table(name).columns]
    quoted = ", ".join('"' + c + '"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    sql = f'INSERT INTO "{name}" ({quoted}) VALUES ({marks})'
    # Ids as 16 bytes and digests as 32, as the column types would (app.store.types).
    values = [tuple(stored_value(name, c, _sql_value(row.get(c))) for c in columns) for row in rows]
    if name in snapshots.SNAPSHOT_TABLES:  # stored compressed, as the column type would
        at = columns.index("snapshot")
        values = [(*v[:at], snapshots.pack(v[at]), *v[at + 1 :]) for v in values]
    session.connection().exec_driver_sql(sql, values)


def _append_audit(
    session: Session,
    dealer_id: str,
    workstation_id: str,
    events: list[dict[str, Any]],
    stamp: str,
) -> None:
    """Chain the replicated events onto this workstation's audit log (same hashing as
    `audit.record`, written in one executemany)."""
    head = get_state(session, f"audit_head:{workstation_id}")
    seq, prev = (int(head.split(":")[0]), head.split(":")[1]) if head else (0, audit.GENESIS)
    rows = []
    for event in events:
        seq += 1
        digest = audit._digest(
            prev,
            workstation_id,
            seq,
            event["at"],
            event["staff_id"],
            event["action"],
            event["subject"],
            event["detail"],
        )
        rows.append(
            {
                "id": uuid7(), "dealer_id": dealer_id, "created_at": event["at"], "server_version": 1,
                "field_hlc": "{}", "updated_hlc": stamp, "deleted_at": None, "workstation_id": workstation_id,
                "seq": seq, "prev_sha256": prev, "sha256": digest, **event,
            }
        )  # fmt: skip
        prev = digest
    if rows:
        _insert_many(session, "audit_event", rows)
        set_state(session, f"audit_head:{workstation_id}", f"{seq}:{prev}")
