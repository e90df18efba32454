"""First start: open the workstation's database, set up a real dealer, read who we are."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.errors import ValidationError
from app.domain.roles import Role
from app.domain.validation import require_text
from app.services import reference
from app.services._support import audit_only, identity
from app.services.context import ServiceContext
from app.services.dto import DealerInfo
from app.services.staff import create_staff
from app.store.engine import Database, set_state
from app.store.models import Dealer, Workstation

DB_NAME = "servicebay.sqlite3"


def open_workstation(data_dir: Path, lang: str = "zh_CN") -> ServiceContext:
    """Open (and migrate) the workstation database in `data_dir`."""
    data_dir.mkdir(parents=True, exist_ok=True)
    db = Database(data_dir / DB_NAME)
    return ServiceContext(db=db, data_dir=data_dir, lang=lang)


def is_set_up(ctx: ServiceContext) -> bool:
    with ctx.reading() as session:
        try:
            identity(session)
        except ValidationError:
            return False
        return True


def set_up_dealer(
    ctx: ServiceContext,
    *,
    dealer_code: str,
    dealer_name: str,
    workstation_name: str,
    admin_name: str,
    admin_pin: str,
    address: str = "",
    phone: str = "",
    workstation_code: str = "A",
    kind: str = "vehicle",
) -> DealerInfo:
    code = dealer_code.strip().upper()
    if not re.fullmatch(r"[A-Z0-9]{2,8}", code):
        raise ValidationError("setup.dealer_code")
    ws_code = workstation_code.strip().upper() or "A"
    with ctx.unit() as session:
        if session.execute(select(func.count()).select_from(Dealer)).scalar_one():
            raise ValidationError("setup.already")
        now = ctx.now()
        dealer = Dealer(
            code=code,
            name=require_text(dealer_name, "dealer name", 200),
            address=address.strip(),
            phone=phone.strip(),
            kind=kind,
            created_at=now,
        )
        session.add(dealer)
        session.flush()
        dealer.dealer_id = dealer.id
        workstation = Workstation(
            dealer_id=dealer.id,
            name=require_text(workstation_name, "workstation name", 100),
            code=ws_code,
            created_at=now,
        )
        session.add(workstation)
        session.flush()
        for key, value in (
            ("dealer_id", dealer.id),
            ("dealer_code", code),
            ("workstation_id", workstation.id),
            ("workstation_code", ws_code),
            ("device_id", workstation.id),
        ):
            set_state(session, key, value)
        ctx.db.hlc.device_id = workstation.id
        create_staff(ctx, session, name=admin_name, roles=(Role.ADMIN, Role.MANAGER), pin=admin_pin)
        reference.seed_catalogue(session, now)
        audit_only(ctx, session, None, "set_up_dealer", code, {"workstation": workstation.name})
        return _dealer_info(session)


def dealer_info(ctx: ServiceContext) -> DealerInfo:
    with ctx.reading() as session:
        return _dealer_info(session)


def _dealer_info(session: Session) -> DealerInfo:
    ident = identity(session)
    dealer = session.get(Dealer, ident.dealer_id)
    workstation = session.get(Workstation, ident.workstation_id)
    assert dealer is not None
    assert workstation is not None
    return DealerInfo(
        id=dealer.id,
        code=dealer.code,
        name=dealer.name,
        address=dealer.address,
        phone=dealer.phone,
        workstation_id=workstation.id,
        workstation_name=workstation.name,
        workstation_code=workstation.code,
    )
