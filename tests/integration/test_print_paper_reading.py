"""Issue 11, what people read on paper: the work order's promised time and walk-around, the
English copy's catalogue names, "what changed" on a revised confirmation sheet, and the
"仅处理XX问题" sentence in the customer's words. Real cases through the services, real PDFs
read back with pdftotext (zh_CN and en)."""

from __future__ import annotations

import subprocess
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from app.domain.lifecycle import Decision
from app.printing import LineKind
from app.printing.documents import handled_problems
from app.printing.labels import LABELS
from app.printing.samples import sample_estimate_document
from app.services import dispatch, document_content, documents, reception
from app.services._support import load_case
from app.services.reception import ZONES_APPLIANCE, ZONES_VEHICLE, LineInput
from app.store.models import Document
from tests.integration.conftest import BRAKE_LABOR, BRAKE_PADS, CABIN_FILTER, Workshop


def pdftotext(pdf: Path) -> str:
    done = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def squeeze(value: str) -> str:
    return "".join(value.split())


def inspected_case(ws: Workshop) -> str:
    case_id = ws.walk_in()
    reception.start_inspection(ws.ctx, ws.advisor, case_id)
    reception.record_inspection(
        ws.ctx, ws.advisor, case_id, identity_checked=True, appointment_checked=True,
        mileage_km=42_180, fuel_level="1/2", valuables="行车记录仪", keys=2,
    )  # fmt: skip
    reception.mark_damage(
        ws.ctx, ws.advisor, case_id, zone="left_front_door", kind="scratch", severity=2
    )
    reception.mark_damage(ws.ctx, ws.advisor, case_id, zone="rear_bumper", kind="dent")
    return case_id


def printed(ws: Workshop, case_id: str, kind: str, lang: str, out: Path) -> str:
    doc = documents.print_document(ws.ctx, ws.advisor, case_id, kind, out, lang=lang)
    return pdftotext(doc.path)


def test_work_order_prints_the_promised_time_and_the_walk_around(
    workshop: Workshop, tmp_path: Path
) -> None:
    ws = workshop
    case_id = inspected_case(ws)
    ws.drive(case_id, "confirmed")
    dispatch.set_promise(ws.ctx, ws.advisor, case_id, datetime(2026, 12, 3, 17, 30))
    zh = squeeze(printed(ws, case_id, "work-order", "zh_CN", tmp_path / "zh.pdf"))
    assert "交车时间2026-12-0317:30" in zh
    assert "左前门：划痕（中度）" in zh
    assert "后保险杠：凹陷（轻微）" in zh
    assert "油量1/2" in zh
    assert "钥匙2把" in zh
    assert "行车记录仪" in zh
    en = printed(ws, case_id, "work-order", "en", tmp_path / "en.pdf")
    assert "Ready by" in en
    assert "2026-12-03 17:30" in en
    assert "left front door: scratch (moderate)" in en
    assert "rear bumper: dent (minor)" in en
    assert "scratch" not in zh
    assert "left_front_door" not in en


def test_work_order_says_when_nothing_was_promised_or_inspected(
    workshop: Workshop, tmp_path: Path
) -> None:
    ws = workshop
    case_id = ws.walk_in()
    ws.drive(case_id, "awaiting_signature")
    zh = squeeze(printed(ws, case_id, "work-order", "zh_CN", tmp_path / "zh.pdf"))
    assert "交车时间尚未约定" in zh
    assert "接车环检未发现外观损伤" in zh  # inspected (drive records it), nothing marked


def test_every_zone_and_damage_kind_has_printed_words() -> None:
    for zone in ZONES_VEHICLE + ZONES_APPLIANCE:
        assert f"zone.{zone}" in LABELS, zone
    for kind in reception.DAMAGE_KINDS:
        assert f"damage.{kind}" in LABELS, kind


def test_english_copy_uses_catalogue_names_and_marks_the_dealers_own(
    workshop: Workshop, tmp_path: Path
) -> None:
    ws = workshop
    case_id = ws.walk_in()
    reception.start_inspection(ws.ctx, ws.advisor, case_id)
    ws.add_standard_lines(case_id)
    reception.add_line(
        ws.ctx, ws.advisor, case_id,
        LineInput(kind="part", description="轮毂装饰盖", unit_price="35.00", mandatory=False,
                  source="certified", part_no="DLR-HC-01"),
    )  # fmt: skip
    en = printed(ws, case_id, "work-order", "en", tmp_path / "en.pdf")
    assert "Front brake pads (set)" in en
    assert "Replace front brake pads" in en
    assert "前刹车片" not in en
    assert "轮毂装饰盖 (dealer's own name)" in en
    zh = printed(ws, case_id, "work-order", "zh_CN", tmp_path / "zh.pdf")
    assert "前刹车片（一套）" in zh
    assert "dealer's own" not in zh
    # Both copies remain the one version (the names are around the content, not of it).
    with ws.ctx.reading() as session:
        hashes = {r for (r,) in session.execute(
            select(Document.content_sha256).where(Document.case_id == case_id)
        )}  # fmt: skip
    assert len(hashes) == 1


def revised_after_signing(ws: Workshop) -> str:
    """Version 1 signed (brake pads + labor approved, cabin filter declined); version 2 adds
    a wiper, takes the cabin filter after all and drops the labor line's twin nothing."""
    case_id = ws.walk_in()
    ws.drive(case_id, "confirmed")
    reception.revise_estimate(ws.ctx, ws.advisor, case_id, "客户同意更换空调滤芯，并加装雨刮")
    lines = ws.lines(case_id)
    reception.decide(ws.ctx, ws.advisor, lines[CABIN_FILTER], Decision.APPROVED)
    reception.add_line(
        ws.ctx, ws.advisor, case_id,
        LineInput(kind="part", description="雨刮片（一对）", unit_price="128.00",
                  mandatory=False, reason="雨刮片老化，刮不干净",
                  source="certified", part_no="DLR-WP-02"),
    )  # fmt: skip
    reception.request_signature(ws.ctx, ws.advisor, case_id)
    return case_id


def test_revised_sheet_shows_what_changed_against_the_signed_version(
    workshop: Workshop, tmp_path: Path
) -> None:
    ws = workshop
    case_id = revised_after_signing(ws)
    with ws.ctx.reading() as session:
        case = load_case(session, case_id)
        doc = document_content.estimate_document(session, case, "zh_CN")
    assert doc.changes is not None
    before, after = doc.changes.total_before, doc.changes.total_after
    assert after > before
    zh = printed(ws, case_id, "confirmation", "zh_CN", tmp_path / "zh.pdf")
    flat = squeeze(zh)
    assert "与已签字的第1版相比的变更" in flat
    assert "新增雨刮片（一对）" in flat
    assert "修改空调滤芯（活性炭）" in flat
    assert "暂不考虑" in flat
    assert "同意" in flat
    assert f"第1版¥{before:,.2f}→本版¥{after:,.2f}（+{after - before:,.2f}）" in flat
    en = printed(ws, case_id, "confirmation", "en", tmp_path / "en.pdf")
    assert "What changed since the signed version 1" in en
    assert "Cabin filter (activated carbon)" in en
    assert f"CNY {before:,.2f}" in en
    assert f"CNY {after:,.2f}" in en


def test_removed_line_is_listed_as_removed(workshop: Workshop, tmp_path: Path) -> None:
    ws = workshop
    case_id = ws.walk_in()
    ws.drive(case_id, "confirmed")
    reception.revise_estimate(ws.ctx, ws.advisor, case_id, "客户不做刹车片")
    lines = ws.lines(case_id)
    reception.remove_line(ws.ctx, ws.advisor, lines[BRAKE_LABOR])
    reception.remove_line(ws.ctx, ws.advisor, lines[BRAKE_PADS])
    reception.decide(ws.ctx, ws.advisor, lines[CABIN_FILTER], Decision.APPROVED)
    flat = squeeze(printed(ws, case_id, "confirmation", "zh_CN", tmp_path / "zh.pdf"))
    assert "删除更换前刹车片" in flat
    assert "删除前刹车片（一套）" in flat


def test_first_version_has_no_changes_section(workshop: Workshop, tmp_path: Path) -> None:
    ws = workshop
    case_id = ws.walk_in()
    ws.drive(case_id, "awaiting_signature")
    flat = squeeze(printed(ws, case_id, "confirmation", "zh_CN", tmp_path / "zh.pdf"))
    assert "相比的变更" not in flat


def test_handled_sentence_names_what_the_customer_recognises(
    workshop: Workshop, tmp_path: Path
) -> None:
    ws = workshop
    case_id = ws.walk_in()
    ws.drive(case_id, "awaiting_signature")  # brake labor + pads approved, cabin filter declined
    flat = squeeze(printed(ws, case_id, "confirmation", "zh_CN", tmp_path / "zh.pdf"))
    assert "仅处理前刹车片问题，其他项目客户暂不考虑。" in flat
    assert BRAKE_LABOR not in flat.split("仅处理")[1][:40]
    en = printed(ws, case_id, "confirmation", "en", tmp_path / "en.pdf")
    assert "Only these will be handled: Front brake pads." in " ".join(en.split())


def test_handled_problems_drop_the_fitting_labor_and_keep_jobs_without_parts() -> None:
    doc = sample_estimate_document()
    names = handled_problems(doc.lines)
    counted = [ln for ln in doc.lines if ln.counted]
    assert "前刹车片" in names  # the part, without its pack size
    assert not any("工时" in n for n in names)  # never the labor line
    assert not any(ln.code in " ".join(names) for ln in counted)
    jobs = [ln for ln in counted if ln.kind is LineKind.LABOR]
    assert jobs  # the sample has labor lines, so the check above means something
