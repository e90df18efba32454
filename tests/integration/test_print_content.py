"""Issue 11 items 3-6: what the confirmation sheet and the work order say, read back from the
PDF with pdftotext (zh_CN and en)."""

from __future__ import annotations

import dataclasses
import subprocess
from pathlib import Path

from app.printing import (
    Decision,
    LineKind,
    content_hash,
    parse_payload,
    render_confirmation_sheet,
    render_work_order,
)
from app.printing.model import compute_totals
from app.printing.samples import many_lines, sample_appliance_document, sample_estimate_document


def pdftotext(pdf: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    done = subprocess.run(
        ["pdftotext", "-layout", *pages, str(pdf), "-"], capture_output=True, check=True
    )
    return done.stdout.decode("utf-8")


def squeeze(value: str) -> str:
    return "".join(value.split())


def test_labor_unit_column_is_the_hourly_rate(tmp_path: Path) -> None:
    doc = sample_estimate_document()
    labor = next(ln for ln in doc.lines if ln.kind is LineKind.LABOR and ln.counted)
    rate = labor.amount / labor.hours
    rendered = render_confirmation_sheet(doc, tmp_path / "c.pdf")
    text = pdftotext(rendered.path)
    row = next(line for line in text.splitlines() if labor.description in line)
    assert f"{rate:,.2f}/h" in row  # e.g. 200.00/h beside 1.2 hours and 240.00
    assert f"{labor.amount:,.2f}" in row
    assert f"{labor.hours.quantize(labor.hours.__class__('0.1'))}" in row
    assert "工时(h)" in squeeze(text)


def test_hours_always_have_a_decimal_and_a_unit(tmp_path: Path) -> None:
    doc = sample_estimate_document()
    lines = tuple(
        dataclasses.replace(ln, hours=ln.hours.__class__("1"))
        if ln.kind is LineKind.LABOR and ln.counted
        else ln
        for ln in doc.lines
    )
    rendered = render_work_order(dataclasses.replace(doc, lines=lines), tmp_path / "w.pdf")
    text = pdftotext(rendered.path)
    assert " 1.0 " in text
    assert "小时" in text


def test_chinese_forms_say_chejiahao_not_vin(tmp_path: Path) -> None:
    doc = sample_estimate_document()
    zh = pdftotext(render_confirmation_sheet(doc, tmp_path / "zh.pdf").path)
    assert "车架号" in zh
    assert "VIN" not in zh
    en = pdftotext(render_confirmation_sheet(doc, tmp_path / "en.pdf", "en").path)
    assert "VIN" in en


def test_unknown_appliance_category_is_not_printed_as_none(tmp_path: Path) -> None:
    doc = sample_appliance_document()
    asset = dataclasses.replace(doc.asset, category="")
    text = pdftotext(
        render_confirmation_sheet(dataclasses.replace(doc, asset=asset), tmp_path / "a.pdf").path
    )
    assert "品类" not in text  # no "品类 无" row
    with_category = pdftotext(render_confirmation_sheet(doc, tmp_path / "b.pdf").path)
    assert "品类" in with_category
    assert "空调" in with_category


def test_declined_safety_line_prints_what_was_recorded(tmp_path: Path) -> None:
    doc = sample_estimate_document()
    optional = next(ln for ln in doc.lines if not ln.mandatory)
    unacknowledged = dataclasses.replace(
        optional, safety_relevant=True, acknowledged=False, decision=Decision.DECLINED
    )
    lines = tuple(unacknowledged if ln is optional else ln for ln in doc.lines)
    doc = dataclasses.replace(doc, lines=lines, totals=compute_totals(lines, doc.totals.tax_rate))
    text = squeeze(pdftotext(render_confirmation_sheet(doc, tmp_path / "c.pdf").path))
    assert "尚未确认知悉" in text
    assert "客户已知悉不处理此安全相关项目的风险" not in text
    acknowledged = dataclasses.replace(unacknowledged, acknowledged=True)
    lines = tuple(acknowledged if ln is unacknowledged else ln for ln in lines)
    doc = dataclasses.replace(doc, lines=lines)
    text = squeeze(pdftotext(render_confirmation_sheet(doc, tmp_path / "d.pdf").path))
    assert "客户已知悉不处理此安全相关项目的风险" in text


def test_work_order_says_only_xx_handled_and_what_was_recommended(tmp_path: Path) -> None:
    doc = sample_estimate_document()
    declined = [ln for ln in doc.lines if ln.decision is Decision.DECLINED]
    assert declined
    text = squeeze(pdftotext(render_work_order(doc, tmp_path / "w.pdf").path))
    assert "仅处理" in text
    assert "其他项目客户暂不考虑" in text
    assert "建议金额" in text
    en = squeeze(pdftotext(render_work_order(doc, tmp_path / "we.pdf", "en").path))
    assert "recommendedCNY" in en


def test_long_sheet_keeps_items_with_the_signature_and_initials_on_every_page(
    tmp_path: Path,
) -> None:
    doc = sample_estimate_document(lines=many_lines(30))
    rendered = render_confirmation_sheet(doc, tmp_path / "long.pdf")
    assert rendered.page_count >= 2
    boxed = [parse_payload(p).signature_top is not None for p in rendered.payloads]
    assert boxed == [False] * (rendered.page_count - 1) + [True]
    last = pdftotext(rendered.path, rendered.page_count)
    assert "客户签字" in last
    assert doc.lines[-1].description.split("：")[0] in last  # the last item is on it
    assert "合计" in last
    for page in range(1, rendered.page_count + 1):
        assert "本页客户签名缩写" in pdftotext(rendered.path, page)
    # The declined sentence is whole on one page.
    sentence_pages = [
        page
        for page in range(1, rendered.page_count + 1)
        if "仅处理" in pdftotext(rendered.path, page)
    ]
    assert len(sentence_pages) == 1
    assert "其他项目客户暂不考虑" in squeeze(pdftotext(rendered.path, sentence_pages[0]))


def test_both_languages_of_one_document_share_its_content_hash(tmp_path: Path) -> None:
    doc = sample_estimate_document()
    key = content_hash(doc)
    zh = render_confirmation_sheet(doc, tmp_path / "zh.pdf", content_key=key)
    en = render_confirmation_sheet(doc, tmp_path / "en.pdf", "en", content_key=key)
    assert parse_payload(zh.payloads[0]).content_hash == parse_payload(en.payloads[0]).content_hash


def test_revised_sheet_names_the_version_it_replaces(tmp_path: Path) -> None:
    doc = sample_estimate_document()
    assert doc.version == 3
    text = squeeze(pdftotext(render_confirmation_sheet(doc, tmp_path / "c.pdf").path))
    assert "第3版（取代第2版）" in text
    first = squeeze(
        pdftotext(
            render_confirmation_sheet(dataclasses.replace(doc, version=1), tmp_path / "1.pdf").path
        )
    )
    assert "取代" not in first


def test_part_without_a_number_says_so(tmp_path: Path) -> None:
    doc = sample_estimate_document()
    lines = tuple(
        dataclasses.replace(ln, part_model="") if ln.kind is LineKind.PART else ln
        for ln in doc.lines
    )
    text = pdftotext(
        render_confirmation_sheet(dataclasses.replace(doc, lines=lines), tmp_path / "p.pdf").path
    )
    assert "型号未登记" in text
