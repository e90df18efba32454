"""Printed PDFs checked the way a person would: the text poppler extracts, the fonts embedded,
the page size and that nothing runs off the page (rules P4, I4, I5, D4)."""

from __future__ import annotations

import dataclasses
import re
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.domain.errors import ValidationError
from app.printing import (
    Decision,
    DocumentKind,
    RenderedDocument,
    compute_totals,
    parse_payload,
    render_confirmation_sheet,
    render_document,
    render_settlement,
    render_work_order,
)
from app.printing.samples import (
    SAMPLE_PHONE,
    many_lines,
    sample_appliance_document,
    sample_estimate_document,
    sample_settlement_document,
)

MM = 72 / 25.4


def pdftotext(pdf: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *pages, str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def squeeze(text: str) -> str:
    """pdftotext breaks wrapped lines; compare sentences without whitespace."""
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("printed")


@pytest.fixture(scope="module")
def confirmation(out_dir: Path) -> RenderedDocument:
    return render_confirmation_sheet(sample_estimate_document(), out_dir / "confirmation.pdf")


@pytest.fixture(scope="module")
def work_order(out_dir: Path) -> RenderedDocument:
    return render_work_order(sample_estimate_document(), out_dir / "work_order.pdf")


@pytest.fixture(scope="module")
def settlement(out_dir: Path) -> RenderedDocument:
    return render_settlement(sample_settlement_document(), out_dir / "settlement.pdf")


def test_confirmation_sheet_lists_items_prices_and_declines(
    confirmation: RenderedDocument,
) -> None:
    text = pdftotext(confirmation.path)
    flat = squeeze(text)
    assert "《服务项目确认单》" in text
    doc = sample_estimate_document()
    for line in doc.lines:
        assert squeeze(line.description) in flat
        assert f"{line.amount:,.2f}" in text
    # P4: hours, part models and prices; the customer's decision on each line.
    assert squeeze("丰田原厂 04465-33480") in flat
    assert "原厂件" in text
    assert "认证件" in text
    assert "1.2 小时" in text
    assert text.count("暂不考虑") >= 2
    # I5: declined items stay on the sheet with the plain-language sentence.
    assert (
        squeeze(
            "仅处理前刹车片、机油 0W-20问题，其他项目客户暂不考虑。"  # what the customer knows
        )
        in flat
    )
    assert "1,489.34" in text
    # P4: signatures and the promise that work starts only after the signature.
    assert "客户签字" in text
    assert "服务顾问签字" in text
    assert squeeze("维修工作在本人签字确认后方可开始") in flat
    assert "WO-D01-20261127-0042" in text
    assert "第3版" in text


def test_phone_is_masked_never_printed_in_full(
    confirmation: RenderedDocument, work_order: RenderedDocument, settlement: RenderedDocument
) -> None:
    for rendered in (confirmation, work_order, settlement):
        flat = squeeze(pdftotext(rendered.path))
        assert "138****5678" in flat
        assert SAMPLE_PHONE not in flat
        assert SAMPLE_PHONE[3:] not in flat


def test_work_order_has_diagnosis_and_split_plan(work_order: RenderedDocument) -> None:
    text = pdftotext(work_order.path)
    flat = squeeze(text)
    assert "《服务工单》" in text
    doc = sample_estimate_document()
    # I4: fault symptom, preliminary diagnosis, mandatory and optional items, cost and hours.
    assert squeeze(doc.case.fault_description) in flat
    assert squeeze(doc.case.preliminary_diagnosis) in flat
    assert squeeze(doc.case.pending_observation) in flat
    assert "必修项目" in text
    assert "可选保养项目" in text
    assert text.index("必修项目") < text.index("前刹车片（一套）") < text.index("可选保养项目")
    assert text.index("可选保养项目") < text.index("四轮定位")
    assert "预计工时合计" in text
    assert "1,489.34" in text
    assert work_order.kind is DocumentKind.WORK_ORDER


def test_settlement_shows_differences_with_reasons(settlement: RenderedDocument) -> None:
    text = pdftotext(settlement.path)
    flat = squeeze(text)
    assert "《服务结算单》" in text
    assert "机油滤清器" in text
    assert "预估外" in text
    assert "会员工时费 9 折" in text
    assert "-24.00" in text
    # D4: every difference from the estimate with its reason.
    assert squeeze("经客户电话同意后更换，比预估多 120 元") in flat
    assert "+120.00" in text
    total = sample_settlement_document().totals.total
    assert f"{total:,.2f}" in text


def test_only_embedded_wenquanyi_fonts(
    confirmation: RenderedDocument, work_order: RenderedDocument, settlement: RenderedDocument
) -> None:
    for rendered in (confirmation, work_order, settlement):
        listing = subprocess.run(
            ["pdffonts", str(rendered.path)], capture_output=True, text=True, check=True
        ).stdout
        rows = listing.splitlines()[2:]
        assert rows, listing
        for row in rows:
            assert "WenQuanYiMicroHei" in row, row
            # columns: name type encoding emb sub uni object id
            assert row.split()[-5] == "yes", row
        assert "STSong" not in listing
        assert "Helvetica" not in listing


def test_a4_and_nothing_cut_off(confirmation: RenderedDocument, out_dir: Path) -> None:
    long_doc = render_confirmation_sheet(
        sample_estimate_document(lines=many_lines(40)), out_dir / "long-bbox.pdf", lang="en"
    )
    for rendered in (confirmation, long_doc):
        reader = PdfReader(rendered.path)
        for page in reader.pages:
            assert round(float(page.mediabox.width)) == 595
            assert round(float(page.mediabox.height)) == 842
        bbox = subprocess.run(
            ["pdftotext", "-bbox", str(rendered.path), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        words = re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"', bbox)
        assert len(words) > 50
        for x_min, y_min, x_max, y_max in ((float(v) for v in w) for w in words):
            # Every word inside the printable area (printers lose about 5 mm at each edge).
            assert x_min >= 10 * MM, x_min
            assert x_max <= 595 - 10 * MM, x_max
            assert y_min >= 5 * MM, y_min
            assert y_max <= 842 - 5 * MM, y_max


def test_long_document_flows_with_a_qr_and_header_on_every_page(out_dir: Path) -> None:
    doc = sample_estimate_document(lines=many_lines(60))
    rendered = render_confirmation_sheet(doc, out_dir / "long.pdf")
    assert rendered.page_count >= 3
    assert len(PdfReader(rendered.path).pages) == rendered.page_count
    assert len(rendered.payloads) == rendered.page_count
    for number, text in enumerate(rendered.payloads, start=1):
        payload = parse_payload(text)
        assert (payload.page, payload.pages) == (number, rendered.page_count)
        assert payload.version == 3
        assert payload.case_id == doc.case.case_id
        page_text = pdftotext(rendered.path, number)
        assert f"第 {number}/{rendered.page_count} 页" in page_text
        assert "WO-D01-20261127-0042" in page_text
    # The item table's column header repeats on the pages it continues onto.
    assert "项目及原因" in pdftotext(rendered.path, 2)
    # Every line made it to paper, and the signature boxes are on the last page.
    everything = squeeze(pdftotext(rendered.path))
    for line in doc.lines:
        assert squeeze(line.description) in everything
    assert "客户签字" in pdftotext(rendered.path, rendered.page_count)


def test_english_rendering(out_dir: Path) -> None:
    rendered = render_confirmation_sheet(
        sample_estimate_document(), out_dir / "confirmation-en.pdf", lang="en"
    )
    text = pdftotext(rendered.path)
    flat = squeeze(text)
    assert "Service Item Confirmation Sheet" in text
    assert "服务项目确认单" not in text
    assert "Declined" in text
    assert "Approved" in text
    assert squeeze("The customer declines the other items for now.") in flat
    assert squeeze("Work starts only after my signature") in flat
    assert "Customer signature" in text
    assert "138****5678" in text
    wo = render_work_order(sample_estimate_document(), out_dir / "wo-en.pdf", lang="en")
    assert "Mandatory items" in pdftotext(wo.path)
    assert "Service Work Order" in pdftotext(wo.path)


def test_appliance_case(out_dir: Path) -> None:
    rendered = render_document("work_order", sample_appliance_document(), out_dir / "appliance.pdf")
    text = pdftotext(rendered.path)
    assert "格力" in text
    assert "GR2024A0012345" in text
    assert "KFR-35GW" in text
    assert "客户与产品信息" in text


def test_same_data_same_hash_new_version_new_hash(out_dir: Path) -> None:
    first = render_confirmation_sheet(sample_estimate_document(), out_dir / "a.pdf")
    again = render_confirmation_sheet(sample_estimate_document(), out_dir / "b.pdf")
    newer = render_confirmation_sheet(sample_estimate_document(version=4), out_dir / "c.pdf")
    assert first.content_hash == again.content_hash
    assert first.payloads == again.payloads
    assert newer.content_hash != first.content_hash
    assert parse_payload(newer.payloads[0]).version == 4


def test_unacknowledged_safety_decline_is_not_printed(out_dir: Path) -> None:
    doc = sample_estimate_document()
    brake = dataclasses.replace(doc.lines[0], decision=Decision.DECLINED, acknowledged=False)
    lines = (brake, *doc.lines[1:])
    bad = dataclasses.replace(doc, lines=lines, totals=compute_totals(lines, doc.totals.tax_rate))
    target = out_dir / "unacknowledged.pdf"
    with pytest.raises(ValidationError) as caught:
        render_confirmation_sheet(bad, target)
    assert caught.value.code == "printing.safety_decline_unacknowledged"
    assert not target.exists()
    # With the customer's acknowledgement it prints, and says so.
    acked = dataclasses.replace(
        bad, lines=(dataclasses.replace(brake, acknowledged=True), *lines[1:])
    )
    text = squeeze(pdftotext(render_confirmation_sheet(acked, target).path))
    assert squeeze("客户已知悉不处理此安全相关项目的风险") in text


def test_totals_that_disagree_with_lines_are_refused(out_dir: Path) -> None:
    doc = sample_estimate_document()
    wrong = dataclasses.replace(
        doc,
        totals=dataclasses.replace(
            doc.totals, parts=doc.totals.parts + 1, total=doc.totals.total + 1
        ),
    )
    with pytest.raises(ValueError, match="differ"):
        render_confirmation_sheet(wrong, out_dir / "wrong.pdf")
    assert not (out_dir / "wrong.pdf").exists()
    assert not list(out_dir.glob(".print-*"))


def test_long_notes_and_markup_characters_print_whole(out_dir: Path) -> None:
    """A pending-observation note or a reason longer than a page splits across pages
    instead of failing, and characters reportlab treats as markup print as typed."""
    doc = sample_estimate_document()
    note = "方向盘抖动需在高速路段复现，" * 250 + "观察结束。"
    reason = "原因<说明>&细节 " * 150 + "理由结束"
    first = dataclasses.replace(doc.lines[0], description="刹车片 <A&B> 套装", reason=reason)
    odd = dataclasses.replace(
        doc,
        case=dataclasses.replace(doc.case, pending_observation=note + "\n第二行"),
        lines=(first, *doc.lines[1:]),
    )
    rendered = render_confirmation_sheet(odd, out_dir / "long-notes.pdf")
    assert rendered.page_count >= 3
    flat = squeeze(pdftotext(rendered.path))
    assert squeeze("刹车片 <A&B> 套装") in flat
    assert "观察结束。第二行" in flat
    assert "理由结束" in flat
    assert "&amp;" not in flat
