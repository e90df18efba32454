"""What a page shows around a version (promised time, walk-around, "what changed", a name's
language) is not the version's content: the content hash stays, so a moved promise does not
make a signed paper stale and older prints keep their hash (issue 11)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from app.printing import content_hash
from app.printing.model import (
    ChangeKind,
    DamageNote,
    Decision,
    IntakeSummary,
    LineChange,
    LineState,
    VersionChanges,
)
from app.printing.samples import sample_estimate_document


def test_presentation_fields_leave_the_hash_alone() -> None:
    doc = sample_estimate_document()
    before = content_hash(doc)
    dressed = dataclasses.replace(
        doc,
        case=dataclasses.replace(doc.case, promised_at=dt.datetime(2026, 12, 3, 17, 30)),
        intake=IntakeSummary(damages=(DamageNote("hood", "dent"),), fuel_level="1/2", keys=2),
        changes=VersionChanges(
            signed_version=1,
            changes=(
                LineChange(
                    ChangeKind.ADDED, "雨刮片", None, LineState(Decimal("1"), Decision.PENDING)
                ),
            ),
            total_before=Decimal("1.00"),
            total_after=Decimal("2.00"),
        ),
        lines=tuple(dataclasses.replace(ln, own_name=True) for ln in doc.lines),
    )
    assert content_hash(dressed) == before


def test_content_still_changes_the_hash() -> None:
    doc = sample_estimate_document()
    line = dataclasses.replace(doc.lines[0], description=doc.lines[0].description + "X")
    assert content_hash(dataclasses.replace(doc, lines=(line, *doc.lines[1:]))) != content_hash(doc)
