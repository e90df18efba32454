"""Hostile requests to every head-office endpoint get a 4xx, never a 5xx, and the server keeps
serving (issue 12, security: "no request can cause a 500").

Real uvicorn on loopback over a throwaway PostgreSQL database (BAY_TEST_PG_URL): what
PostgreSQL refuses (a NUL character in text, numbers past 64 bits) is part of what is tried.
"""

from __future__ import annotations

import contextlib
import json
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from headoffice_testing import BackgroundServer, Device, enrolled_device, postgres_server

from app.protocol.wire import payload_sha

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BackgroundServer]:
    with postgres_server(tmp_path_factory.mktemp("ho-hostile")) as srv:
        yield srv


@pytest.fixture(scope="module")
def bay(server: BackgroundServer) -> Device:
    return enrolled_device(server, f"H-{uuid.uuid4().hex[:6]}")


RAW_BODIES: list[bytes] = [
    b"",
    b"null",
    b"[]",
    b"{}",
    b'"text"',
    b"{",
    b"\x00\xff\xfe",
    b"[" * 50_000 + b"]" * 50_000,  # nesting deeper than any parser's recursion
    b'{"a": NaN, "b": Infinity, "c": 1e999}',
    '{"名": "\ud800"}'.encode("utf-8", "surrogatepass"),
]

POSTS = [
    "/v1/enroll",
    "/v1/sync/push",
    "/v1/sync/verify",
    f"/v1/sync/conflicts/{uuid.uuid4()}/resolve",
    "/v1/messages",
    "/v1/messages/status",
]

ODD_VALUES: list[Any] = [
    "\u0000",
    "a\u0000b",
    "\ud83d",  # a lone surrogate (escaped in the JSON text)
    -(2**63) - 1,
    2**64,
    1e308,
    -0.0,
    [],
    {"nested": {"deeper": [1, 2, {"x": None}]}},
    "x" * 100_000,
    True,
]


def _ok(response: httpx.Response, what: str) -> None:
    assert response.status_code < 500, (what, response.status_code, response.text[:300])


def _post(bay: Device, path: str, body: Any) -> httpx.Response:
    """`body` as JSON text (a lone surrogate escaped, as a hostile client may send it)."""
    headers = {"Content-Type": "application/json"}
    if isinstance(body, dict) and "batch_id" in body:
        headers["Idempotency-Key"] = str(body["batch_id"])
    return bay.http.post(path, content=json.dumps(body), headers=headers)


def _push(bay: Device, change: dict[str, Any]) -> httpx.Response:
    """Push one change as the next one head office expects of the device (so the change is
    merged, not refused for a gap in its sequence)."""
    response = _post(bay, "/v1/sync/push", bay.batch([change]))
    if response.status_code == 409 and response.json()["error"]["code"] == "SEQ_GAP":
        change["local_seq"] = response.json()["error"]["expected"]
        response = _post(bay, "/v1/sync/push", bay.batch([change]))
    return response


def _change(bay: Device, fields: dict[str, Any]) -> dict[str, Any]:
    """A customer insert carrying `fields` as they are, with their payload hash where one can
    be computed (so the change reaches the merge and PostgreSQL, not only the edge)."""
    change = bay.change("customer", str(uuid.uuid4()), "insert", {"name": "n"})
    change["fields"] = fields
    with contextlib.suppress(TypeError, ValueError, AttributeError):  # not a field map
        change["payload_sha"] = payload_sha("customer", change["row_id"], "insert", fields)
    return change


def _health(server: BackgroundServer) -> None:
    assert httpx.get(f"{server.url}/v1/health", timeout=30).status_code == 200


def test_malformed_bodies_to_every_endpoint_are_4xx(bay: Device, server: BackgroundServer) -> None:
    for path in POSTS:
        for body in RAW_BODIES:
            for encoding in ("application/json", "text/plain"):
                response = bay.http.post(path, content=body, headers={"Content-Type": encoding})
                _ok(response, f"{path} {body[:20]!r} {encoding}")
                assert 400 <= response.status_code < 500
    for query in ("since=-1", "since=abc", "limit=0", "limit=-5", "stream=%00", "since=1e3"):
        _ok(bay.http.get(f"/v1/sync/pull?{query}"), query)
    _ok(bay.http.get("/v1/sync/conflicts/%00"), "conflict NUL")
    _health(server)


def test_odd_values_in_every_part_of_a_change_are_4xx_or_kept(
    bay: Device, server: BackgroundServer
) -> None:
    """A change whose table, row id, operation, versions, stamps or field values are of the
    wrong kind, or text PostgreSQL cannot hold: refused with a 4xx (or, for a value a text
    column can hold, stored), never a 500."""
    parts = ("tbl", "row_id", "op", "base_version", "hlc", "change_id", "tx_id", "fields")
    for part in parts:
        for value in ODD_VALUES:
            change = bay.change("customer", str(uuid.uuid4()), "insert", {"name": "n"})
            change[part] = value
            _ok(_push(bay, change), f"{part}={str(value)[:30]!r}")
    for value in ODD_VALUES:
        for column in ("name", "phone", "note"):
            stamp = bay.clock.now()
            for fields in (
                {column: {"v": value, "hlc": stamp}},
                {column: {"v": "n", "hlc": value}},
                {column: value},
            ):
                _ok(_push(bay, _change(bay, fields)), f"{column}: {str(fields)[:40]}")
    for value in ODD_VALUES:
        for body in (
            {"messages": [{"message_id": value, "channel": "sms", "to": "1", "body": "x"}]},
            {"messages": [{"message_id": str(uuid.uuid4()), "channel": "sms", "to": value}]},
            {"message_ids": [value]},
            {"stream": value, "as_of": 1, "tables": {}},
            {"stream": bay.stream, "as_of": 1, "tables": {"customer": value}},
            {"code": value, "secret_sha256": "0" * 64, "device_id": "W-x"},
            {"resolved_by": value},
        ):
            for path in POSTS:
                _ok(_post(bay, path, body), f"{path} {str(body)[:60]}")
    _health(server)
    # The device still syncs after all of it.
    good = bay.change("customer", str(uuid.uuid4()), "insert", {"name": "still fine"})
    response = _push(bay, good)
    assert response.status_code == 200, response.text
    assert response.json()["results"][0]["status"] == "applied"


def test_values_no_workstation_could_store_are_rejected(bay: Device) -> None:
    """A list, an object, an integer past 64 bits or a time that is not ISO text would be
    stored at head office (rows are JSON there) and fail every other bay's pull of the row,
    at every sync: the change is rejected instead (app.headoffice.values)."""
    refused: list[tuple[str, Any]] = [
        ("name", []),
        ("name", {"a": 1}),
        ("name", 2**64),
        ("name", -(2**63) - 1),
        ("created_at", "yesterday"),
        ("created_at", 1_700_000_000),
        ("deleted_at", "2026-13-45 10:00:00"),
    ]
    for column, value in refused:
        change = bay.change("customer", str(uuid.uuid4()), "insert", {"name": "n", column: value})
        response = _push(bay, change)
        assert response.status_code == 200, response.text
        [result] = response.json()["results"]
        assert (result["status"], result["reason"]) == ("rejected", "invalid"), (column, value)
        assert column in result["detail"]
    kept = {"name": "王 \u200b", "phone": 2**63 - 1, "created_at": "2026-11-30T10:00:00.123456"}
    response = _push(bay, bay.change("customer", str(uuid.uuid4()), "insert", kept))
    assert response.json()["results"][0]["status"] == "applied", response.text
