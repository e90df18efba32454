"""Staff with argon2-hashed PINs; login at a shared bay."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import PermissionDenied, ValidationError
from app.domain.roles import Action, Role
from app.domain.validation import normalize_phone, require_text
from app.services._support import audit_only, identity, load_staff, roles_of, staff_info
from app.services.context import Actor, ServiceContext
from app.services.dto import StaffInfo
from app.store.models import Staff

# A PIN is short, so the hash must be slow; these parameters take ~30 ms on a bay PC.
_HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


def hash_pin(pin: str) -> str:
    if not re.fullmatch(r"\d{4,8}", pin or ""):
        raise ValidationError("auth.pin_format")
    return _HASHER.hash(pin)


def create_staff(
    ctx: ServiceContext,
    session: Session,
    *,
    name: str,
    roles: Iterable[Role],
    pin: str,
    phone: str = "",
    skills: Iterable[str] = (),
    skill_level: int = 1,
    pin_hash: str | None = None,
) -> Staff:
    ident = identity(session)
    staff = Staff(
        dealer_id=ident.dealer_id,
        name=require_text(name, "name", 100),
        roles=",".join(Role(r).value for r in roles),
        pin_hash=pin_hash or hash_pin(pin),
        phone=normalize_phone(phone) if phone else "",
        skills=json.dumps(list(skills), ensure_ascii=False),
        skill_level=max(1, min(5, skill_level)),
        created_at=ctx.now(),
    )
    session.add(staff)
    session.flush()
    return staff


def add_staff(
    ctx: ServiceContext,
    actor: Actor,
    *,
    name: str,
    roles: tuple[Role, ...],
    pin: str,
    phone: str = "",
    skills: Iterable[str] = (),
    skill_level: int = 1,
) -> StaffInfo:
    actor.require(Action.MANAGE_STAFF)
    with ctx.unit() as session:
        staff = create_staff(
            ctx,
            session,
            name=name,
            roles=roles,
            pin=pin,
            phone=phone,
            skills=skills,
            skill_level=skill_level,
        )
        audit_only(ctx, session, actor, "add_staff", staff.id, {"name": staff.name})
        return staff_info(staff)


def list_staff(ctx: ServiceContext, active_only: bool = True) -> list[StaffInfo]:
    with ctx.reading() as session:
        query = select(Staff).order_by(Staff.name)
        if active_only:
            query = query.where(Staff.active.is_(True))
        return [staff_info(s) for s in session.execute(query).scalars()]


def login(ctx: ServiceContext, staff_id: str, pin: str) -> Actor:
    with ctx.unit() as session:
        staff = load_staff(session, staff_id)
        if not staff.active:
            raise PermissionDenied("auth.inactive")
        try:
            _HASHER.verify(staff.pin_hash, pin)
            ok = True
        except (VerificationError, InvalidHashError):
            ok = False
        # The failed attempt is audited too: it commits before the error is raised.
        audit_only(ctx, session, None, "login" if ok else "login_failed", staff.id)
        actor = Actor(staff_id=staff.id, name=staff.name, roles=roles_of(staff))
    if not ok:
        raise PermissionDenied("auth.bad_pin")
    return actor
