"""Issue 12, security on the workstation's side: a private data directory, no device key over
plain http to another machine unless asked, a dealer's own certificate authority, and a
certificate that fails verification said as such (not "cannot reach head office")."""

from __future__ import annotations

import json
import ssl
import stat
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
from sync_testing import run_cli

from app.domain.errors import UserError, ValidationError
from app.services.setup import open_workstation
from app.sync.client import Offline, SyncClient, check_server_url


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_data_directory_and_database_are_private(tmp_path: Path) -> None:
    data_dir = tmp_path / "bay"
    data_dir.mkdir(mode=0o755)
    ctx = open_workstation(data_dir)
    try:
        with ctx.db.write() as session:
            session.execute(
                __import__("sqlalchemy").text(
                    "INSERT INTO sync_state (k, v) VALUES ('device_secret', 's')"
                )
            )
        assert _mode(data_dir) == 0o700
        db_file = data_dir / "servicebay.sqlite3"
        assert _mode(db_file) == 0o600
        wal = data_dir / "servicebay.sqlite3-wal"
        assert wal.exists()
        assert _mode(wal) == 0o600
    finally:
        ctx.db.dispose()


@pytest.mark.parametrize(
    ("url", "insecure", "allowed"),
    [
        ("http://hq.example.com:8765", False, False),
        ("http://10.0.0.5:8765", False, False),
        ("http://hq.example.com:8765", True, True),
        ("http://127.0.0.1:8765", False, True),
        ("http://localhost:8765/", False, True),
        ("http://[::1]:8765", False, True),
        ("https://hq.example.com", False, True),
        ("ftp://hq.example.com", True, False),
    ],
)
def test_plain_http_only_to_this_machine_unless_insecure(
    url: str, insecure: bool, allowed: bool
) -> None:
    if allowed:
        assert check_server_url(url, insecure=insecure) == url.rstrip("/")
    else:
        with pytest.raises(ValidationError) as refused:
            check_server_url(url, insecure=insecure)
        assert refused.value.code == "sync.insecure_url"
        assert "https://" in refused.value.message("en")


def test_cli_enroll_refuses_plain_http_to_another_machine(tmp_path: Path) -> None:
    result = run_cli(
        tmp_path / "bay", "--lang", "en", "enroll", "--server", "http://192.0.2.1:8765",
        "--code", "AAAA",
    )  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert "unencrypted" in result.stderr
    assert "Traceback" not in result.stderr


def _openssl(*args: str) -> None:
    subprocess.run(["openssl", *args], check=True, capture_output=True)


@pytest.fixture(scope="module")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A dealer's own CA and a server certificate it signed for 127.0.0.1."""
    tmp = tmp_path_factory.mktemp("tls")
    ca_key, ca_crt = tmp / "ca.key", tmp / "ca.pem"
    key, csr, crt = tmp / "server.key", tmp / "server.csr", tmp / "server.pem"
    ext = tmp / "ext.cnf"
    ext.write_text("subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n")
    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(ca_key),
             "-out", str(ca_crt), "-days", "2", "-subj", "/CN=Dealer Test CA")  # fmt: skip
    _openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(csr),
             "-subj", "/CN=127.0.0.1")  # fmt: skip
    _openssl("x509", "-req", "-in", str(csr), "-CA", str(ca_crt), "-CAkey", str(ca_key),
             "-CAcreateserial", "-out", str(crt), "-days", "2", "-extfile", str(ext))  # fmt: skip
    return {"ca": ca_crt, "key": key, "crt": crt}


class _Refuse(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        body = json.dumps({"error": {"code": "ENROLL_CODE_INVALID", "message": "no"}}).encode()
        self.send_response(403)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        return


@pytest.fixture
def https_url(tls_files: dict[str, Path]) -> Iterator[str]:
    server = HTTPServer(("127.0.0.1", 0), _Refuse)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tls_files["crt"], tls_files["key"])
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_an_untrusted_certificate_is_named_as_such(tmp_path: Path, https_url: str) -> None:
    ctx = open_workstation(tmp_path / "bay")
    client = SyncClient(ctx.db, ctx.media_dir, max_retries=0)
    try:
        with pytest.raises(Offline) as failed:
            client.enroll(https_url, "AAAA-BBBB")
        assert failed.value.code == "sync.certificate_untrusted"
        assert "--ca-file" in failed.value.message("en")
        assert "证书不受信任" in failed.value.message("zh_CN")
        assert not client.enrolled
    finally:
        client.close()
        ctx.db.dispose()


def test_the_dealers_own_ca_is_trusted_with_ca_file(
    tmp_path: Path, https_url: str, tls_files: dict[str, Path]
) -> None:
    ctx = open_workstation(tmp_path / "bay")
    client = SyncClient(ctx.db, ctx.media_dir, max_retries=0)
    try:
        with pytest.raises(UserError) as refused:
            client.enroll(https_url, "AAAA-BBBB", ca_file=str(tls_files["ca"]))
        # TLS held: the server's own answer came back (a refused code), not a TLS failure.
        assert refused.value.code == "sync.enroll_code_invalid"
        assert "ENROLL_CODE_INVALID" not in refused.value.message("en")
    finally:
        client.close()
        ctx.db.dispose()


def test_cli_says_certificate_not_trusted(tmp_path: Path, https_url: str) -> None:
    result = run_cli(
        tmp_path / "bay", "--lang", "en", "enroll", "--server", https_url, "--code", "AAAA"
    )
    assert result.returncode == 3, result.stderr
    assert "not trusted" in result.stderr
    assert "Cannot reach" not in result.stderr
