"""`python -m app scan` as a whole process (issue 11): the services load on a second thread
while the picture is decoded, and the process leaves without the interpreter's clean-up.
What must hold: the attach is committed and its output complete, errors still exit 2 with
one line, and the scan path does not load the PDF library. (Speed is measured by
benchmarks/printing.py, not asserted here.)"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.services import documents
from tests.integration.conftest import Workshop
from tests.integration.test_reception_documents import ROOT, awaiting_signature, cli, photo_of


def test_attach_as_a_process_is_committed_before_it_leaves(
    workshop: Workshop, tmp_path: Path
) -> None:
    case_id = awaiting_signature(workshop)
    order_no = documents.identify_case_order(workshop.ctx, case_id)
    pdf = tmp_path / "sheet.pdf"
    assert (
        cli(workshop.data_dir, "print", "confirmation", order_no, "--out", str(pdf)).returncode == 0
    )
    photo = photo_of(pdf, tmp_path / "paper.jpg", signed=True)
    done = cli(workshop.data_dir, "--lang", "en", "scan", str(photo), "--attach")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "signed on paper; ready for dispatch"
    assert workshop.state(case_id) == "confirmed"  # read by another connection afterwards
    assert documents.documents_of(workshop.ctx, case_id)  # the printed version is recorded


def test_errors_still_exit_2_with_one_line(workshop: Workshop, tmp_path: Path) -> None:
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    done = cli(workshop.data_dir, "scan", str(empty))
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "空" in done.stderr


def test_scan_path_does_not_load_the_pdf_library() -> None:
    code = (
        "import sys, app.cli.cases, app.services.documents\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'reportlab', 'PySide6'}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert done.stdout.strip() == "[]"
