"""`print` and `scan`: the printed documents of a case and the way back from paper (P4, D4).

    python -m app print work-order|confirmation|settlement|repair-record|warranty|advice ORDER_NO
        --out FILE.pdf [--staff NAME]
    python -m app scan IMAGE [--attach] [--staff NAME]

`--staff NAME` names the staff member who prints or files the scan (recorded on the document
and in the audit log); by default the first active service advisor of this workstation.
`scan` prints the order number, document kind and version found in the picture; with
`--attach` it files the picture on exactly that version and, for the current confirmation
sheet awaiting signature, records the customer's paper signature — only from the page that
carries the signature box, and only when the box holds ink (an empty box exits 2 saying the
signature box is empty, nothing filed; another page is filed and the reason it did not sign is printed). An outdated,
unreadable or non-picture file exits 2 with one clear line and nothing filed.
"""

from __future__ import annotations

import argparse
import threading
from pathlib import Path
from typing import Any

from app.cli import messages as _messages  # noqa: F401  (registers the cli.* texts)
from app.config import Settings
from app.domain.messages import render

KINDS = ("work-order", "confirmation", "settlement", "repair-record", "warranty", "advice")


def register(sub: Any) -> None:
    staff_help = "acting staff member's name (default: the first service advisor)"
    printer = sub.add_parser(
        "print",
        help="print a work order, confirmation sheet, settlement sheet, repair record, "
        "parts warranty card or maintenance advice to PDF",
    )
    printer.add_argument("kind", choices=KINDS)
    printer.add_argument("order_no", help="order number (or case id)")
    printer.add_argument("--out", required=True, type=Path, help="PDF file to write")
    printer.add_argument("--staff", default="", help=staff_help)
    printer.set_defaults(handler=run_print)
    scan = sub.add_parser(
        "scan", help="read the QR of a photographed or scanned page: order, kind, version"
    )
    scan.add_argument("image", type=Path, help="photo or scan (JPEG, PNG …)")
    scan.add_argument(
        "--attach",
        action="store_true",
        help="file the picture on that version (signs a confirmation sheet awaiting signature)",
    )
    scan.add_argument("--staff", default="", help=staff_help)
    scan.set_defaults(handler=run_scan)


def _actor(ctx: Any, name: str) -> Any:
    from app.domain.errors import NotFound
    from app.domain.roles import Role
    from app.services.context import Actor
    from app.services.staff import list_staff

    members = list_staff(ctx)
    if name:
        chosen = next((m for m in members if m.name == name.strip()), None)
        if chosen is None:
            raise NotFound("notfound.staff", key=name)
    else:
        chosen = next((m for m in members if Role.ADVISOR in m.roles), None)
        if chosen is None:
            raise NotFound("notfound.staff", key="advisor")
    return Actor(staff_id=chosen.id, name=chosen.name, roles=chosen.roles)


def run_print(args: argparse.Namespace, settings: Settings) -> int:
    global QUICK_EXIT
    QUICK_EXIT = True
    from app.cli.cases import _context
    from app.services.documents import document_kind, kind_label, print_document

    ctx = _context(settings)
    actor = _actor(ctx, args.staff)
    out = args.out.expanduser().resolve()
    printed = print_document(ctx, actor, args.order_no, document_kind(args.kind), out)
    lang = settings.lang
    label = kind_label(printed.kind, lang)
    version = render("cli.document_version", lang, version=printed.version)
    pages = render("cli.document_pages", lang, pages=printed.page_count)
    print(f"{printed.order_no}\t{label}\t{version}\t{pages}\t{out}")
    return 0


QUICK_EXIT = False
"""Set by `print` and `scan` once they run: `python -m app` then leaves without tearing the
interpreter down (0.2-0.7 s of module clean-up after SQLAlchemy, NumPy and OpenCV; issue 11:
`scan` as a whole process). Everything is written and committed before; see app/__main__.py."""


class _ServiceLoader(threading.Thread):
    """Imports the database and document services on a second thread while the main thread
    decodes the picture: OpenCV releases the GIL, so the two overlap (issue 11)."""

    def __init__(self) -> None:
        super().__init__(name="scan-imports", daemon=True)
        self.failure: BaseException | None = None

    def run(self) -> None:
        try:
            import app.cli.cases
            import app.services.documents
            import app.services.setup  # noqa: F401
        except BaseException as exc:  # noqa: BLE001  (re-raised on the main thread)
            self.failure = exc

    def wait(self) -> None:
        self.join()
        if self.failure is not None:
            raise self.failure


def run_scan(args: argparse.Namespace, settings: Settings) -> int:
    global QUICK_EXIT
    QUICK_EXIT = True
    # Issue 11: read the picture first (OpenCV only, no database, no PDF library), so a file
    # that is not a photo, or a photo without our QR, is refused at once; the services load
    # meanwhile.
    from app.media.qr import locate_document_qr

    loading = _ServiceLoader()
    loading.start()
    located = locate_document_qr(args.image)
    loading.wait()
    from app.cli.cases import _context
    from app.services.documents import attach_scan, identify_scan, kind_label

    ctx = _context(settings)
    lang = settings.lang
    if args.attach:
        result = attach_scan(ctx, _actor(ctx, args.staff), args.image, located=located)
        found = result.finding
    else:
        found = identify_scan(ctx, args.image, located=located)
    label = kind_label(found.kind, lang)
    version = render("cli.document_version", lang, version=found.version)
    # The kind's code stays in the second column for scripts; people read the label.
    print(f"{found.order_no}\t{found.kind}\t{label}\t{version}")
    if args.attach:
        print(render("cli.scan_signed" if result.signed else "cli.scan_filed", lang))
        if not result.signed and result.note:
            print(result.note)
    return 0
