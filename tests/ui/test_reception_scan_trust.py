"""Issue 11 on the signing screen: an unsigned page is refused ("签字栏为空"), a signed page
signs, and paper of another case is named and filed there only after the user agrees."""

from __future__ import annotations

import subprocess
from pathlib import Path

import cv2
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services import appointments, documents, reception
from app.services.context import Actor, ServiceContext
from app.services.customers import AssetInput, CustomerInput
from app.services.reception import LineInput
from app.ui.tasks import TaskRunner
from tests.integration.test_reception_documents import sign_into_box
from tests.ui.test_reception_sign import (
    WAIT,
    ScanDialogs,
    awaiting,
    chinese,
    hosted_reception,
    zh_catalogue,
)

__all__ = ["awaiting", "chinese", "zh_catalogue"]


class AnsweringDialogs(ScanDialogs):
    def __init__(self, image: Path, answer: bool) -> None:
        super().__init__(image)
        self.answer = answer
        self.asked: list[str] = []

    def confirm(self, parent: object, title: str, text: str) -> bool:
        self.asked.append(text)
        return self.answer


def page_png(pdf: Path, out: Path, payload: str, *, signed: bool) -> Path:
    prefix = out.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-r", "110", "-png", "-singlefile", str(pdf), str(prefix)], check=True
    )
    page = cv2.imread(f"{prefix}.png", cv2.IMREAD_COLOR)
    assert page is not None
    if signed:
        assert sign_into_box(page, payload)
    cv2.imwrite(str(out), page)
    return out


def second_case(ctx: ServiceContext, actor: Actor) -> str:
    opened = appointments.walk_in(
        ctx,
        actor,
        customer=CustomerInput(name="钱进", phone="13600136000"),
        asset=AssetInput(kind="appliance", brand="美的", model="MG90", serial="MD2026Y02"),
        fault_description="不进水",
    )
    case_id = opened.case_id
    reception.start_inspection(ctx, actor, case_id)
    line = reception.add_line(
        ctx,
        actor,
        case_id,
        LineInput(kind="labor", description="更换进水阀", hours="1", rate="120", reason="阀门卡滞"),
    )
    reception.finish_estimate(ctx, actor, case_id)
    from app.domain.lifecycle import Decision

    reception.decide(ctx, actor, line, Decision.APPROVED)
    reception.request_signature(ctx, actor, case_id)
    return case_id


def run_scan(
    qtbot: QtBot, ctx: ServiceContext, actor: Actor, case_id: str, dialogs: ScanDialogs, until: str
) -> str:
    runner = TaskRunner()
    host, bench, _state = hosted_reception(
        ctx, actor, runner, dialogs, camera_spec="file:/nonexistent.mp4"
    )
    qtbot.addWidget(host)
    try:
        bench.open_case(case_id)
        bench.go(4)
        sign = bench.sign
        qtbot.waitUntil(lambda: sign.detail is not None, timeout=WAIT)
        qtbot.mouseClick(sign.scan_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: until in sign.status_label.text(), timeout=WAIT)
        qtbot.waitUntil(lambda: sign.scan_button.isEnabled(), timeout=WAIT)
        return str(sign.status_label.text())
    finally:
        bench.shutdown()
        runner.wait()


def test_unsigned_page_is_refused_on_screen(
    qtbot: QtBot, awaiting: tuple[ServiceContext, Actor, str], chinese: None, tmp_path: Path
) -> None:
    ctx, actor, case_id = awaiting
    printed = documents.print_document(ctx, actor, case_id, "confirmation")
    blank = page_png(printed.path, tmp_path / "blank.png", printed.payloads[0], signed=False)
    run_scan(qtbot, ctx, actor, case_id, ScanDialogs(blank), "签字栏为空")
    assert reception_state(ctx, case_id) == "awaiting_signature"
    signed = page_png(printed.path, tmp_path / "signed.png", printed.payloads[0], signed=True)
    run_scan(qtbot, ctx, actor, case_id, ScanDialogs(signed), "纸质")
    assert reception_state(ctx, case_id) == "confirmed"


def reception_state(ctx: ServiceContext, case_id: str) -> str:
    from app.store.models import ServiceCase

    with ctx.reading() as session:
        case = session.get(ServiceCase, case_id)
        assert case is not None
        return str(case.state)


def test_paper_of_another_case_is_asked_about(
    qtbot: QtBot, awaiting: tuple[ServiceContext, Actor, str], chinese: None, tmp_path: Path
) -> None:
    ctx, actor, case_a = awaiting
    case_b = second_case(ctx, actor)
    printed = documents.print_document(ctx, actor, case_a, "confirmation")
    photo = page_png(printed.path, tmp_path / "a.png", printed.payloads[0], signed=True)
    refuse = AnsweringDialogs(photo, answer=False)
    run_scan(qtbot, ctx, actor, case_b, refuse, "未归档")
    assert len(refuse.asked) == 1
    assert printed.order_no in refuse.asked[0]
    assert reception_state(ctx, case_a) == "awaiting_signature"
    agree = AnsweringDialogs(photo, answer=True)
    run_scan(qtbot, ctx, actor, case_b, agree, "纸质")
    assert len(agree.asked) == 1
    assert reception_state(ctx, case_a) == "confirmed"
    assert reception_state(ctx, case_b) == "awaiting_signature"
