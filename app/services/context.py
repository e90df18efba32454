"""What every service call needs: the database, the clock, who acts, and where we are."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from app.domain.roles import Action, Role, require
from app.store.engine import Database
from app.store.models.base import local_now


@dataclass(frozen=True)
class Actor:
    """The staff member logged in at this workstation."""

    staff_id: str
    name: str
    roles: tuple[Role, ...]

    def require(self, action: Action) -> None:
        require(self.roles, action)

    def has(self, role: Role) -> bool:
        return role in self.roles


@dataclass(frozen=True)
class ServiceContext:
    db: Database
    data_dir: Path
    clock: Callable[[], datetime] = local_now
    lang: str = "zh_CN"
    session: Session | None = field(default=None, compare=False)

    @property
    def media_dir(self) -> Path:
        return self.data_dir / "media"

    @property
    def print_dir(self) -> Path:
        return self.data_dir / "printed"

    def now(self) -> datetime:
        return self.clock()

    @contextmanager
    def unit(self) -> Iterator[Session]:
        """The transaction of one service call; or the caller's, when bound (bulk demo data)."""
        if self.session is not None:
            yield self.session
            return
        with self.db.write() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        if self.session is not None:
            yield self.session
            return
        with self.db.read() as session:
            yield session

    def bound(self, session: Session) -> ServiceContext:
        return replace(self, session=session)

    def at(self, clock: Callable[[], datetime]) -> ServiceContext:
        return replace(self, clock=clock)
