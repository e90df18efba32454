"""Page layout shared by every printed document: A4, the embedded CJK font, a header with the
dealer, the title and a QR code on every page, a footer with page n/m, and table helpers.

The QR and "page n/m" are drawn after the story is laid out (a deferring canvas), so each
page's QR knows the page count.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol
from xml.sax.saxutils import escape

import qrcode
import qrcode.constants
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from app.domain.errors import EnvironmentFault
from app.printing import messages as _messages  # noqa: F401  (registers printing.* codes)
from app.printing.fonts import register_cjk_font
from app.printing.labels import label
from app.printing.model import CaseInfo, DealerHeader, RenderedDocument
from app.printing.payload import DocumentKind, content_hash, encode_payload

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 15 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
QR_SIZE = 38 * mm
"""Including the 4-module quiet zone: about 0.78 mm per module for our ~100-byte payloads
(QR version 6, 41 + 8 modules): a phone photo of the whole page still gives several pixels
per module, enough to survive blur and JPEG."""
HEADER_TOP = PAGE_HEIGHT - 10 * mm
# The white quiet zone may stick into the margin; the dark modules end near the margin.
QR_X = PAGE_WIDTH - MARGIN_X - QR_SIZE * 45 / 49
QR_Y = HEADER_TOP - QR_SIZE
TOP_MARGIN = 54 * mm
BOTTOM_MARGIN = 15 * mm

GRID = colors.Color(0.55, 0.55, 0.55)
SHADE = colors.Color(0.92, 0.92, 0.92)
MUTED = colors.Color(0.35, 0.35, 0.35)
DECLINED = colors.Color(0.7, 0.1, 0.1)


def text(value: str) -> str:
    """User text made safe for a reportlab Paragraph (which parses a little XML)."""
    return escape(value).replace("\n", "<br/>")


def money(value: Decimal) -> str:
    return f"{value:,.2f}"


def number(value: Decimal) -> str:
    """1.50 -> "1.5", 2 -> "2": quantities and hours without noise."""
    text_value = format(value.normalize(), "f")
    return text_value


def hours_text(value: Decimal) -> str:
    """Labor hours always with one decimal: "1.0" beside "0.8", never "1" (issue 11)."""
    return format(value.quantize(Decimal("0.1")), "f")


def percent(rate: Decimal) -> str:
    return number(rate * 100)


def mask_phone(phone: str) -> str:
    """Phone numbers are masked on every printout (ARCHITECTURE "Interfaces"): 138****5678.

    Keeps the first three and last four digits of a mobile or landline number (a +86 / 0086
    country code is dropped) and never returns the whole number.
    """
    digits = re.sub(r"\D", "", phone)
    if len(digits) == 13 and digits.startswith("86"):
        digits = digits[2:]
    elif len(digits) == 15 and digits.startswith("0086"):
        digits = digits[4:]
    if len(digits) >= 8:
        return digits[:3] + "*" * (len(digits) - 7) + digits[-4:]
    if len(digits) >= 3:
        return "*" * (len(digits) - 2) + digits[-2:]
    return "*" * len(digits)


@dataclass(frozen=True)
class Styles:
    font: str
    lang: str

    def para(self, size: float = 9, **kw: Any) -> ParagraphStyle:
        leading = kw.pop("leading", size * 1.35)
        return ParagraphStyle(
            f"sb{size}{sorted(kw.items())}",
            fontName=self.font,
            fontSize=size,
            leading=leading,
            # CJK wrapping breaks between any two Chinese characters; English breaks at spaces
            # and splits a word only when it alone is wider than its cell.
            wordWrap="CJK" if self.lang.startswith("zh") else None,
            splitLongWords=True,
            **kw,
        )

    def p(self, markup: str, size: float = 9, **kw: Any) -> Paragraph:
        return Paragraph(markup, self.para(size, **kw))

    def heading(self, title: str) -> Table:
        table = Table([[self.p(text(title), 10)]], colWidths=[CONTENT_WIDTH], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), self.font),
                    ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        table.spaceBefore = 2 * mm
        table.spaceAfter = 1 * mm
        return table

    def grid_table(
        self,
        rows: list[list[Any]],
        widths: Sequence[float],
        *,
        header: bool = True,
        extra: Sequence[tuple[Any, ...]] = (),
    ) -> Table:
        table = Table(
            rows,
            colWidths=list(widths),
            repeatRows=1 if header else 0,
            hAlign="LEFT",
            # A row taller than a page (a very long reason or note) splits instead of failing.
            splitInRow=1,
        )
        commands: list[tuple[Any, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), self.font),
            ("FONTSIZE", (0, 0), (-1, -1), 8),
            ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        if header:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
        commands.extend(extra)
        table.setStyle(TableStyle(commands))
        return table

    def key_values(self, pairs: Sequence[tuple[str, str]], columns: int = 2) -> Table:
        """Label/value pairs in `columns` pairs per row (customer, asset, case facts)."""
        label_w = 22 * mm if self.lang.startswith("zh") else 28 * mm
        value_w = CONTENT_WIDTH / columns - label_w
        rows: list[list[Any]] = []
        for start in range(0, len(pairs), columns):
            row: list[Any] = []
            for key, value in pairs[start : start + columns]:
                row += [self.p(text(key), 8.5, textColor=MUTED), self.p(text(value), 9)]
            row += [""] * (2 * columns - len(row))
            rows.append(row)
        table = Table(rows, colWidths=[label_w, value_w] * columns, hAlign="LEFT", splitInRow=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), self.font),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.3, SHADE),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
                ]
            )
        )
        return table

    def signature_boxes(self, advisor: str) -> Table:
        """Customer and advisor signature boxes with a date line (P4, D4)."""
        lang = self.lang
        half = CONTENT_WIDTH / 2

        def box(who: str, name: str) -> list[Any]:
            return [
                self.p(
                    text(who)
                    + (
                        f"（{text(name)}）"
                        if name and lang.startswith("zh")
                        else (f" ({text(name)})" if name else "")
                    ),
                    9,
                ),
                "",
                self.p(
                    text(label("sign.date", lang))
                    + label("colon", lang)
                    + "_" * 6
                    + " / "
                    + "_" * 3
                    + " / "
                    + "_" * 3,
                    9,
                ),
            ]

        rows = [
            [cell_c, cell_a]
            for cell_c, cell_a in zip(
                box(label("sign.customer", lang), ""),
                box(label("sign.advisor", lang), advisor),
                strict=True,
            )
        ]
        table = SignatureTable(rows, colWidths=[half, half], rowHeights=[None, 15 * mm, None])
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), self.font),
                    ("BOX", (0, 0), (0, -1), 0.8, colors.black),
                    ("BOX", (1, 0), (1, -1), 0.8, colors.black),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return table


SIGN_HEIGHT = 15 * mm
"""Height of the blank signing space in the customer's box."""


class SignatureTable(Table):  # type: ignore[misc]  # reportlab has no type stubs
    """The signature boxes; when drawn, records where the customer's signing space landed
    (page, top edge) on the canvas, so that page's QR can say where to look for ink (P4)."""

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """Never split: the boxes move to the next page whole (one page carries them)."""
        return []

    def draw(self) -> None:
        super().draw()
        boxes = getattr(self.canv, "signature_boxes", None)
        if boxes is None:
            return
        # _rowpositions: y of each row boundary from the table's bottom, top first.
        _x, bottom = self.canv.absolutePosition(0, 0)
        top_of_space = bottom + self._rowpositions[1]
        boxes[self.canv.getPageNumber()] = round((PAGE_HEIGHT - top_of_space) / mm)


@dataclass(frozen=True)
class PageHeader:
    """What the header and footer of every page say."""

    dealer_name: str
    dealer_address: str
    dealer_phone: str
    title: str
    order_no: str
    version: int
    check_code: str
    printed_at: dt.datetime
    lang: str


def signing_space_mm(top_mm: int) -> tuple[float, float, float, float]:
    """The customer's blank signing space on the page, in mm from the page's top-left corner
    (x0, y0, x1, y1), given the top edge the QR payload carries."""
    left = MARGIN_X / mm
    return (left, float(top_mm), left + CONTENT_WIDTH / 2 / mm, top_mm + SIGN_HEIGHT / mm)


def qr_code_corners_mm(payload: str) -> list[tuple[float, float]]:
    """Where the code's dark area (without its quiet zone) is printed, in mm from the page's
    top-left corner: top-left, top-right, bottom-right, bottom-left (for rectifying a photo)."""
    code = _qr_matrix(payload)
    total = len(code)
    module = QR_SIZE / total
    x0 = (QR_X + QR_BORDER * module) / mm
    x1 = (QR_X + (total - QR_BORDER) * module) / mm
    y0 = (PAGE_HEIGHT - (QR_Y + QR_SIZE - QR_BORDER * module)) / mm
    y1 = (PAGE_HEIGHT - (QR_Y + QR_BORDER * module)) / mm
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]


QR_BORDER = 4
QR_ERROR_CORRECTION = qrcode.constants.ERROR_CORRECT_Q
"""Q (25 % recoverable): a signature stroke across the code or a crease must not defeat it
(issue 11); M failed with a pen stroke over ~11 % of the code."""


def _qr_matrix(payload: str) -> list[list[bool]]:
    code = qrcode.QRCode(error_correction=QR_ERROR_CORRECTION, border=QR_BORDER)
    code.add_data(payload.encode("utf-8"))
    code.make(fit=True)
    return [list(row) for row in code.get_matrix()]


def _draw_qr(canvas: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """Draw the QR as vector modules (sharp at any printer resolution).

    Drawn from the qrcode package's matrix rather than reportlab's QR widget, whose
    renderer selects the non-embedded Helvetica. Error correction M: the code must survive
    blur and JPEG more than torn paper, and M keeps the modules larger than Q or H would.
    """
    matrix = _qr_matrix(payload)  # includes the 4-module quiet zone
    module = size / len(matrix)
    canvas.saveState()
    canvas.setFillColor(colors.white)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColor(colors.black)
    path = canvas.beginPath()
    for row_index, row in enumerate(matrix):
        top = y + size - (row_index + 1) * module
        column = 0
        while column < len(row):
            if not row[column]:
                column += 1
                continue
            start = column
            while column < len(row) and row[column]:
                column += 1
            # One rectangle per run of dark modules keeps the PDF small.
            path.rect(x + start * module, top, (column - start) * module, module)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


draw_qr = _draw_qr
"""Public name: the settlement sheet draws the small QR of the case's other forms with it."""


def _draw_page_frame(
    canvas: Canvas, font: str, header: PageHeader, payload: str, page: int, pages: int
) -> None:
    lang = header.lang
    canvas.saveState()
    right = PAGE_WIDTH - MARGIN_X
    # The white quiet zone may stick into the margin; the dark modules end at the margin.
    _draw_qr(canvas, payload, QR_X, QR_Y, QR_SIZE)

    text_width = CONTENT_WIDTH - QR_SIZE - 4 * mm
    y = HEADER_TOP - 5 * mm
    canvas.setFont(font, 12)
    canvas.drawString(MARGIN_X, y, _fit(canvas, header.dealer_name, font, 12, text_width))
    canvas.setFont(font, 8)
    canvas.setFillColor(MUTED)
    if header.dealer_address:
        y -= 4.5 * mm
        canvas.drawString(MARGIN_X, y, _fit(canvas, header.dealer_address, font, 8, text_width))
    if header.dealer_phone:
        y -= 4 * mm
        canvas.drawString(
            MARGIN_X, y, f"{label('dealer_phone', lang)}{label('colon', lang)}{header.dealer_phone}"
        )
    canvas.setFillColor(colors.black)
    title = f"《{header.title}》" if lang.startswith("zh") else header.title
    canvas.setFont(font, 20)
    canvas.drawString(MARGIN_X, HEADER_TOP - 27 * mm, title)
    canvas.setFont(font, 10)
    canvas.drawString(
        MARGIN_X,
        HEADER_TOP - 34 * mm,
        f"{label('order_no', lang)}{label('colon', lang)}{header.order_no}    "
        + label("version", lang, version=header.version)
        # Issue 11: a revised sheet says which version it replaces.
        + (label("replaces", lang, previous=header.version - 1) if header.version > 1 else "")
        + "    "
        + label("page", lang, page=page, pages=pages),
    )
    line_y = PAGE_HEIGHT - TOP_MARGIN + 3 * mm
    canvas.setStrokeColor(colors.black)
    canvas.setLineWidth(0.8)
    canvas.line(MARGIN_X, line_y, right, line_y)

    canvas.setFont(font, 7.5)
    canvas.setFillColor(MUTED)
    footer_y = 8 * mm
    canvas.drawString(
        MARGIN_X,
        footer_y,
        f"{label('printed_at', lang)}{label('colon', lang)}{header.printed_at:%Y-%m-%d %H:%M}    "
        f"{label('check_code', lang)}{label('colon', lang)}{header.check_code}",
    )
    canvas.drawRightString(
        right, footer_y, f"{header.order_no}  " + label("page", lang, page=page, pages=pages)
    )
    # Issue 11: an initials box on every page, so no page of a long form can be swapped.
    box_x, box_w, box_h = MARGIN_X + 100 * mm, 38 * mm, 8 * mm
    canvas.setStrokeColor(MUTED)
    canvas.setLineWidth(0.5)
    canvas.rect(box_x, footer_y - 2.5 * mm, box_w, box_h, stroke=1, fill=0)
    canvas.setFont(font, 6.5)
    canvas.drawString(box_x + 1.2 * mm, footer_y + 3 * mm, label("initials", lang))
    canvas.restoreState()


def _fit(canvas: Canvas, value: str, font: str, size: float, width: float) -> str:
    """Shorten a header line that would run into the QR code."""
    if canvas.stringWidth(value, font, size) <= width:
        return value
    while value and canvas.stringWidth(value + "…", font, size) > width:
        value = value[:-1]
    return value + "…"


def _stamping_canvas(stamp: Callable[[Canvas, int, int], None], font: str) -> type[Canvas]:
    class StampingCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type stubs
        """Keeps each page until the end, then stamps header, QR and "page n/m" on all."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Every PDF font embedded: without this reportlab starts each page in the
            # non-embedded Helvetica (the doc template passes its own default).
            kwargs["initialFontName"] = font
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            # page -> top of the customer's signing space (mm); shared by all page states.
            self.signature_boxes: dict[int, int] = {}

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number_, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                stamp(self, number_, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return StampingCanvas


def build_pdf(
    out_path: Path,
    story: list[Flowable],
    header: PageHeader,
    payload_for_page: Callable[[int, int, int | None], str],
) -> tuple[int, tuple[str, ...]]:
    """Lay out `story` on A4 pages and write the PDF atomically (temp, fsync, rename).

    Returns the page count and the QR payload printed on each page.
    """
    font = register_cjk_font()
    payloads: list[str] = []

    def stamp(canvas: Canvas, page: int, pages: int) -> None:
        payload = payload_for_page(page, pages, canvas.signature_boxes.get(page))
        payloads.append(payload)
        _draw_page_frame(canvas, font, header, payload, page, pages)

    out_path = Path(out_path)
    try:
        out_path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=".print-", suffix=".pdf", dir=out_path.parent)
    except OSError as exc:
        raise EnvironmentFault(
            "printing.write_failed", path=str(out_path), reason=str(exc)
        ) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as stream:
            template = BaseDocTemplate(
                stream,
                pagesize=A4,
                leftMargin=MARGIN_X,
                rightMargin=MARGIN_X,
                topMargin=TOP_MARGIN,
                bottomMargin=BOTTOM_MARGIN,
                title=f"{header.title} {header.order_no} v{header.version}",
                author=header.dealer_name,
                creator="ServiceBay",
            )
            # No frame padding: tables are exactly CONTENT_WIDTH, aligned with the header rule.
            frame = Frame(
                MARGIN_X,
                BOTTOM_MARGIN,
                CONTENT_WIDTH,
                PAGE_HEIGHT - TOP_MARGIN - BOTTOM_MARGIN,
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
                id="body",
            )
            template.addPageTemplates([PageTemplate(id="page", frames=[frame])])
            template.build(story, canvasmaker=_stamping_canvas(stamp, font))
            stream.flush()
            os.fsync(stream.fileno())
        tmp.replace(out_path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise EnvironmentFault(
            "printing.write_failed", path=str(out_path), reason=str(exc)
        ) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return len(payloads), tuple(payloads)


__all__ = [
    "CONTENT_WIDTH",
    "DECLINED",
    "MUTED",
    "SHADE",
    "PageHeader",
    "Styles",
    "build_pdf",
    "hours_text",
    "mask_phone",
    "money",
    "number",
    "percent",
    "qr_code_corners_mm",
    "signing_space_mm",
    "text",
]


class FramedDocument(Protocol):
    """What the page frame reads of a document: its dealer, its case and its version."""

    @property
    def dealer(self) -> DealerHeader: ...

    @property
    def case(self) -> CaseInfo: ...

    @property
    def version(self) -> int: ...


def render_story(
    kind: DocumentKind,
    doc: FramedDocument,
    title: str,
    story: list[Flowable],
    out_path: Path | str,
    lang: str,
    printed_at: dt.datetime | None,
    content_key: str | None = None,
) -> RenderedDocument:
    """Lay `story` out in the page frame every document shares (the header with the dealer,
    `title`, order number and version; the QR of each page with its payload; the footer) and
    write the PDF. The caller may name the version's content hash (the same for every
    language copy); otherwise it is the hash of `doc`."""
    full_hash = content_key or content_hash(doc)
    case = doc.case
    header = PageHeader(
        dealer_name=doc.dealer.name,
        dealer_address=doc.dealer.address,
        dealer_phone=doc.dealer.phone,
        title=title,
        order_no=case.order_no,
        version=doc.version,
        check_code=full_hash[:16],
        printed_at=printed_at or dt.datetime.now(),
        lang=lang,
    )

    def payload_for_page(page: int, pages: int, signature_top: int | None) -> str:
        return encode_payload(
            case_id=case.case_id,
            order_no=case.order_no,
            kind=kind,
            version=doc.version,
            content_hash=full_hash,
            page=page,
            pages=pages,
            signature_top=signature_top,
        )

    pages, payloads = build_pdf(Path(out_path), story, header, payload_for_page)
    return RenderedDocument(
        path=Path(out_path),
        kind=kind,
        order_no=case.order_no,
        case_id=case.case_id,
        version=doc.version,
        content_hash=full_hash,
        page_count=pages,
        payloads=payloads,
    )
