"""A join cut at any point resumes (issue 12 item 1): an enrollment whose answer never
reached the workstation (lost, or the process killed before it stored it) is asked again
with the same one-time code and gets the same answer; nobody else can reuse the code."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from headoffice_testing import BackgroundServer, database
from sync_testing import make_template, open_bay

from app.domain.errors import EnvironmentFault
from app.headoffice.auth import create_enrollment_code
from app.protocol.wire import EnrollRequest, secret_sha256
from app.store.engine import set_state


@pytest.fixture
def server(tmp_path: Path) -> Iterator[BackgroundServer]:
    with database("sqlite", tmp_path) as url, BackgroundServer(url, tmp_path / "media") as srv:
        yield srv


def _post(server: BackgroundServer, code: str, device: str, secret: str) -> httpx.Response:
    body = EnrollRequest(code=code, secret_sha256=secret_sha256(secret), device_id=device)
    return httpx.post(f"{server.url}/v1/enroll", json=body.model_dump())


def test_the_same_device_asking_again_gets_the_same_answer(server: BackgroundServer) -> None:
    create_enrollment_code(server.engine, "D-again", "Bay 1")
    _post(server, create_enrollment_code(server.engine, "D-again", "Bay 1"), "W-one", "a")
    code = create_enrollment_code(server.engine, "D-again", "Bay 2")
    first = _post(server, code, "W-two", "s3cret")
    assert first.status_code == 200, first.text
    again = _post(server, code, "W-two", "s3cret")
    assert again.status_code == 200, again.text
    keep = ("device_id", "dealer_id", "dealer_code", "workstation_code", "workstation_name")
    assert {k: again.json()[k] for k in keep} == {k: first.json()[k] for k in keep}
    assert first.json()["workstation_code"] == "B"
    # Anyone else with the code, or the device with another secret: refused as a used code.
    for device, secret in (("W-three", "s3cret"), ("W-two", "other")):
        refused = _post(server, code, device, secret)
        assert refused.status_code == 403
        assert refused.json()["error"]["code"] == "ENROLL_CODE_INVALID"


class _LoseFirstEnrollAnswer(httpx.HTTPTransport):
    """The enrollment reaches head office, its answer never comes back (once)."""

    def __init__(self) -> None:
        super().__init__()
        self.lost = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        if request.url.path == "/v1/enroll" and not self.lost:
            self.lost += 1
            response.close()
            raise httpx.ReadError("connection reset", request=request)
        return response


def test_a_workstation_whose_enrollment_answer_was_lost_enrolls_with_the_same_code(
    server: BackgroundServer, tmp_path: Path
) -> None:
    template = make_template(tmp_path / "template")
    bay = open_bay(template)
    try:
        dealer = f"D{uuid.uuid4().hex[:6].upper()}"
        with bay.ctx.db.write() as session:
            set_state(session, "dealer_code", dealer)
        code = create_enrollment_code(server.engine, dealer, "bay")
        lossy = _LoseFirstEnrollAnswer()
        bay.client.transport = lossy
        with pytest.raises(EnvironmentFault):
            bay.client.enroll(server.url, code)
        assert lossy.lost == 1
        assert not bay.client.enrolled
        done = bay.client.enroll(server.url, code)  # the same code, asked again
        assert bay.client.enrolled
        assert done.dealer_code == dealer
        assert bay.scalar("SELECT v FROM sync_state WHERE k = 'enroll_pending'") is None
        report = bay.client.run_round(media=False)
        assert report.alarms == []
        assert bay.scalar("SELECT count(*) FROM sync_outbox") == 0
    finally:
        bay.close()
