"""The demo dealer the service tests read (made once per session through the services)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services import demo, kpi
from app.services.context import ServiceContext
from app.services.setup import open_workstation


@pytest.fixture(scope="session")
def demo_ctx(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServiceContext]:
    """A 60-case demo (seed 7); the tests only read it."""
    folder: Path = tmp_path_factory.mktemp("demo-services")
    ctx = open_workstation(folder)
    demo.create_demo(ctx, orders=60, seed=7)
    kpi.clear_cache()
    yield ctx
    ctx.db.dispose()
