"""Timeline entries read from the rows that record their facts (issue 12, one log of each fact).

Five kinds of case event repeated a row written in the same call, so they are no longer
written (store migrations 0019 and 0023): an estimate line added (the line: `created_at`,
`added_by`), the customer's decision of a line (`decided_at`, `decided_by`, `decision`,
`acknowledged`), a part fitted (the part_use row), a photo or clip attached (the media_file
row) and a fitted part's packaging shown to the customer, then handed over or disposed of
(the part_use row: `packaging_shown_at`/`_by`, `packaging_done_at`/`_by`, `packaging_state`).
Their entries are derived here with the kind and detail the event had, so every reader (the
case timeline, the CLI, the audit trail) shows each fact once: events of these kinds written
before are left out in favour of the derived entry (`reconcile`); they stay in the table as
links of the audit hash chain.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.fitting import Packaging
from app.services import _support  # write_order at call time (_support imports audit, audit this)
from app.store import clocks
from app.store.models import EstimateLine, MediaFile, PartUse

T = TypeVar("T")

LINE_ADDED = "line_added"
DECISION = "decision"
PART_FITTED = "part_fitted"
MEDIA_ATTACHED = "media_attached"
PACKAGING = "packaging"
KINDS = (LINE_ADDED, DECISION, PART_FITTED, MEDIA_ATTACHED, PACKAGING)

DOCUMENT_MEDIA = frozenset({"scan", "signature"})
"""Media of a document (a scanned sheet, a signature image): their own events record them
(scan_attached, the signing), never media_attached."""


@dataclass(frozen=True)
class Fact:
    """One derived timeline entry, shaped as the event it replaces."""

    case_id: str
    at: datetime
    kind: str
    staff_id: str | None
    detail: dict[str, Any] = field(default_factory=dict)
    stamp: str = ""
    """The clock stamp of the fact's column on this row (`stamp_of`): which of two entries of
    one instant was written first."""


def stamp_of(row: Any, column: str) -> str:
    """The HLC stamp (its sortable time part) under which `row`'s `column` was written, or
    "" when unknown (history written as pulled without stamps)."""
    stamps = clocks.unpack(row.field_hlc, row.updated_hlc, [column])
    return stamps.get(column, "")[: clocks.SHORT]


def merge(events: Sequence[tuple[datetime, str, T]], derived: Iterable[tuple[Fact, T]]) -> list[T]:
    """`events` (ordered by time, then as written; each with its stamp) with the derived
    entries placed by time; of one instant, by stamp where both have one, else after."""
    merged: list[tuple[datetime, str, T]] = list(events)
    for fact, item in sorted(derived, key=lambda pair: (pair[0].at, pair[0].stamp)):
        at, stamp = fact.at, fact.stamp
        index = len(merged)
        for i, (other_at, other_stamp, _item) in enumerate(merged):
            if other_at > at or (
                other_at == at and stamp and other_stamp and other_stamp[: clocks.SHORT] > stamp
            ):
                index = i
                break
        merged.insert(index, (at, stamp, item))
    return [item for _at, _stamp, item in merged]


def reconcile(
    events: Iterable[tuple[str, str, dict[str, Any]]], found: Sequence[Fact]
) -> tuple[set[int], list[Fact]]:
    """Each fact once, where events written before 0019 or 0023 (`events`: case id, kind, detail)
    meet the entries derived from rows (`found`): (the indexes of the events to leave out,
    the derived entries to show).

    A part fitted or media attached: the row names who and when, the event goes. A decision:
    the event goes where a line of its description names who decided it (`decided_by`); a
    line that does not (history pulled from head office before this bay migrated) keeps its
    events. A line added: the n-th event of a code and description is the n-th such line;
    the line's entry shows where it names who added it (`added_by`), else the event does.
    A packaging step: the n-th event of a part number and step (from, to) goes for the n-th
    such entry of the part_use rows (0023); one whose row does not record it stays."""
    decided = {(f.case_id, f.detail.get("line")) for f in found if f.kind == DECISION}
    steps: dict[tuple[str, Any, Any, Any], int] = {}
    for f in found:
        if f.kind == PACKAGING:
            key = (f.case_id, f.detail.get("part_no"), f.detail.get("from"), f.detail.get("to"))
            steps[key] = steps.get(key, 0) + 1
    lines: dict[str, list[int]] = {}
    for j, f in enumerate(found):
        if f.kind == LINE_ADDED:
            lines.setdefault(f.case_id, []).append(j)
    hidden: set[int] = set()
    unnamed: set[int] = set()
    for i, (case_id, kind, detail) in enumerate(events):
        if (
            kind == PART_FITTED
            or (kind == MEDIA_ATTACHED and detail.get("purpose") not in DOCUMENT_MEDIA)
            or (kind == DECISION and (case_id, detail.get("line")) in decided)
        ):
            hidden.add(i)
        elif kind == PACKAGING:
            key = (case_id, detail.get("part_no"), detail.get("from"), detail.get("to"))
            if steps.get(key, 0) > 0:
                steps[key] -= 1
                hidden.add(i)
        elif kind == LINE_ADDED:
            candidates = lines.get(case_id, [])
            match = next(
                (
                    j
                    for j in candidates
                    if found[j].detail.get("code") == detail.get("code", "")
                    and found[j].detail.get("description") == detail.get("description", "")
                ),
                None,
            )
            if match is None:
                continue
            candidates.remove(match)
            if found[match].staff_id is None:
                unnamed.add(match)  # the event tells who: it stands for the line
            else:
                hidden.add(i)
    return hidden, [f for j, f in enumerate(found) if j not in unnamed]


def _line_facts(session: Session, case_ids: Collection[str] | None, kinds: set[str]) -> list[Fact]:
    query = select(EstimateLine).order_by(_support.write_order(EstimateLine))
    if case_ids is not None:
        query = query.where(EstimateLine.case_id.in_(list(case_ids)))
    facts: list[Fact] = []
    # Removed lines too: they were added (their removal has its own event).
    for line in session.execute(query).scalars():
        if LINE_ADDED in kinds:
            facts.append(
                Fact(
                    line.case_id,
                    line.created_at,
                    LINE_ADDED,
                    line.added_by,
                    {
                        "code": line.code,
                        "description": line.description,
                        "mandatory": line.mandatory,
                    },
                    stamp_of(line, "created_at"),
                )
            )
        if DECISION in kinds and line.decided_by is not None and line.decided_at is not None:
            facts.append(
                Fact(
                    line.case_id,
                    line.decided_at,
                    DECISION,
                    line.decided_by,
                    {
                        "acknowledged": line.acknowledged,
                        "decision": line.decision,
                        "line": line.description,
                    },
                    stamp_of(line, "decided_at"),
                )
            )
    return facts


def _part_facts(session: Session, case_ids: Collection[str] | None) -> list[Fact]:
    query = select(PartUse).order_by(_support.write_order(PartUse))
    if case_ids is not None:
        query = query.where(PartUse.case_id.in_(list(case_ids)))
    return [
        Fact(
            use.case_id,
            use.fitted_at,
            PART_FITTED,
            use.fitted_by,
            {"batch": use.batch, "entry": use.entry, "part_no": use.part_no},
            stamp_of(use, "fitted_at"),
        )
        for use in session.execute(query).scalars()
    ]


def _packaging_facts(session: Session, case_ids: Collection[str] | None) -> list[Fact]:
    query = select(PartUse).where(
        PartUse.packaging_shown_at.is_not(None) | PartUse.packaging_done_at.is_not(None)
    )
    if case_ids is not None:
        query = query.where(PartUse.case_id.in_(list(case_ids)))
    facts: list[Fact] = []
    for use in session.execute(query.order_by(_support.write_order(PartUse))).scalars():
        if use.packaging_shown_at is not None:
            facts.append(
                Fact(
                    use.case_id,
                    use.packaging_shown_at,
                    PACKAGING,
                    use.packaging_shown_by,
                    {
                        "from": Packaging.KEPT.value,
                        "part_no": use.part_no,
                        "to": Packaging.SHOWN.value,
                    },
                    stamp_of(use, "packaging_shown_at"),
                )
            )
        if use.packaging_done_at is not None:
            facts.append(
                Fact(
                    use.case_id,
                    use.packaging_done_at,
                    PACKAGING,
                    use.packaging_done_by,
                    {
                        "from": Packaging.SHOWN.value,
                        "part_no": use.part_no,
                        "to": use.packaging_state,
                    },
                    stamp_of(use, "packaging_done_at"),
                )
            )
    return facts


def _media_facts(session: Session, case_ids: Collection[str] | None) -> list[Fact]:
    query = select(MediaFile, PartUse.part_no).outerjoin(
        PartUse, (MediaFile.purpose == "packaging") & (PartUse.id == MediaFile.subject_id)
    )
    query = query.where(
        MediaFile.case_id.is_not(None), MediaFile.purpose.not_in(list(DOCUMENT_MEDIA))
    ).order_by(_support.write_order(MediaFile))
    if case_ids is not None:
        query = query.where(MediaFile.case_id.in_(list(case_ids)))
    facts: list[Fact] = []
    # Removed media too: they were attached.
    for media, part_no in session.execute(query).all():
        assert media.case_id is not None
        detail: dict[str, Any]
        if part_no is not None:  # a fitted part's packaging (app.services.fitting)
            detail = {"part_no": part_no, "purpose": media.purpose, "sha256": media.sha256}
        elif media.purpose in ("key_step", "qc_evidence"):
            detail = {"mime": media.mime, "purpose": media.purpose, "sha256": media.sha256}
        else:
            detail = {
                "mime": media.mime,
                "purpose": media.purpose,
                "sha256": media.sha256,
                "zone": media.zone,
            }
        facts.append(
            Fact(
                media.case_id,
                media.captured_at,
                MEDIA_ATTACHED,
                media.captured_by,
                detail,
                stamp_of(media, "captured_at"),
            )
        )
    return facts


def facts(
    session: Session, case_ids: Collection[str] | None = None, kinds: Iterable[str] = KINDS
) -> list[Fact]:
    """The derived entries of the cases `case_ids` (None: every case), of `kinds`, ordered
    by time (of one instant, by stamp)."""
    wanted = set(kinds) & set(KINDS)
    found: list[Fact] = []
    if wanted & {LINE_ADDED, DECISION}:
        found += _line_facts(session, case_ids, wanted)
    if PART_FITTED in wanted:
        found += _part_facts(session, case_ids)
    if MEDIA_ATTACHED in wanted:
        found += _media_facts(session, case_ids)
    if PACKAGING in wanted:
        found += _packaging_facts(session, case_ids)
    found.sort(key=lambda f: (f.at, f.stamp))
    return found
