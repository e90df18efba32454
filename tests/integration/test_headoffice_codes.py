"""Head office allocates workstation codes at enrollment (issue 12 item 7)."""

from __future__ import annotations

import os
import secrets
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from headoffice_testing import PG_ENV, BackgroundServer, database

from app.headoffice.auth import create_enrollment_code
from app.sync.protocol import secret_sha256

pytestmark = pytest.mark.postgres


def test_bays_enrolling_at_once_get_distinct_codes(tmp_path: Path) -> None:
    if not os.environ.get(PG_ENV):
        pytest.skip(f"{PG_ENV} unset")
    with database("postgres", tmp_path) as url, BackgroundServer(url, tmp_path / "media") as srv:
        dealer = f"C-{uuid.uuid4().hex[:6]}"
        codes = [create_enrollment_code(srv.engine, dealer, f"Bay {i}") for i in range(6)]

        def enroll(code: str) -> str:
            body = {"code": code, "secret_sha256": secret_sha256(secrets.token_urlsafe(16))}
            response = httpx.post(f"{srv.url}/v1/enroll", json=body, timeout=30)
            response.raise_for_status()
            return str(response.json()["workstation_code"])

        with ThreadPoolExecutor(6) as pool:
            given = list(pool.map(enroll, codes))
        other = create_enrollment_code(srv.engine, f"D-{uuid.uuid4().hex[:6]}")
        first_of_other = enroll(other)
    assert sorted(given) == ["A", "B", "C", "D", "E", "F"]
    assert first_of_other == "A"
