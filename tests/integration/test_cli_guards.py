"""Issues 8 and 9: the command line reaches the same guarded services as the screens, never
around them (the guards live in the services). The CLI has no floor or handover command of its
own (dispatch, fitting, key steps, QC, delivery are screens); what it can do to a case, print
and file scans of paper, is refused for staff without the right, and a scan of an unsigned
settlement sheet neither signs it nor opens the way to delivery."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest

from app.cli.main import LAZY_COMMANDS, build_parser, main
from app.domain.errors import UserError
from app.services import documents, handover
from app.services import settlement as settle_svc

COMMANDS = {"gui", "demo", *LAZY_COMMANDS}
"""Every command: a new one that changes a case must be checked against the guards here."""


def test_the_cli_has_no_command_of_the_floor_or_the_handover() -> None:
    parser = build_parser(list(COMMANDS))
    actions = [a for a in parser._actions if a.dest == "command"]
    assert set(actions[0].choices) == COMMANDS
    floor = {"dispatch", "assign", "fit", "qc", "key-step", "deliver", "settle", "sign", "close"}
    assert not floor & COMMANDS


def _ready_and_settled(ws: Any) -> str:
    case_id = str(ws.walk_in())
    ws.drive(case_id, "ready")
    settle_svc.settle(ws.ctx, ws.advisor, case_id)
    return case_id


def test_cli_print_and_scan_keep_the_services_guards(
    workshop: Any, tmp_path: Path, capsys: Any
) -> None:
    ws = workshop
    case_id = _ready_and_settled(ws)
    order_no = documents.identify_case_order(ws.ctx, case_id)
    base = ["--data-dir", str(ws.data_dir)]
    # A technician may not print the settlement sheet (PRINT is not his), nor file a scan.
    sheet = tmp_path / "s.pdf"
    code = main(
        [*base, "print", "settlement", order_no, "--out", str(sheet), "--staff", ws.tech.name]
    )
    assert code == 2
    assert not sheet.exists()
    capsys.readouterr()
    assert main([*base, "print", "settlement", order_no, "--out", str(sheet)]) == 0
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", "-singlefile", str(sheet), str(tmp_path / "s")],
        check=True,
    )
    page = tmp_path / "s.png"
    assert main([*base, "scan", str(page), "--attach", "--staff", ws.tech.name]) == 2
    capsys.readouterr()
    # D4: the unsigned sheet scanned back signs nothing (its box is empty): refused.
    assert main([*base, "scan", str(page), "--attach"]) == 2
    err = capsys.readouterr().err
    assert "签字栏为空" in err
    # Delivery still needs the signed settlement (the service's guard).
    with pytest.raises(UserError):
        handover.deliver(
            ws.ctx, ws.advisor, case_id, checklist=dict.fromkeys(handover.CHECKS, True)
        )
    assert ws.state(case_id) == "ready"
