"""The per-class merge policy of SYNC.md §4, applied to one change inside a push transaction.

- reference: refused from workstations (head office is the only writer);
- draft: per-field last-writer-wins by HLC (the stamp ends in the device id, so ties break by
  device); a value the writer had not seen that loses, or is overwritten, is kept as a
  `conflict` row; a delete and a concurrent edit: the later one wins, the other is a conflict,
  so a delete never silently wins;
- immutable (signed records): insert once; the same content again is a no-op duplicate;
  the same id with other content is refused and raises an alarm; update/delete refused;
  a signed subject whose current content differs from what was signed is flagged
  ``resign_required``;
- append (logs): set union by row id.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from app.domain.hlc import HlcStamp
from app.domain.roles import Action, Role, allowed
from app.headoffice.auth import PLACEHOLDER_HLC
from app.headoffice.db import new_id, now_iso
from app.headoffice.refs import RowKey, parents_of
from app.headoffice.rows import RowState, Transaction
from app.headoffice.values import unstorable
from app.protocol.wire import (
    CONFLICT_TABLE,
    Change,
    ChangeResult,
    ChangeStatus,
    FieldValue,
    RejectReason,
    content_sha,
    legacy_row_digest,
    row_digest,
)
from app.store.registry import SYNCED_TABLES, SyncClass

ROLE_RULES: dict[str, tuple[str, Action]] = {
    # D1: only a QC inspector signs QC off; settlement and delivery by roles that may do them.
    "qc_inspection": ("inspector_id", Action.QC),
    "settlement": ("created_by", Action.SETTLE),
    "delivery": ("delivered_by", Action.DELIVER),
}

STAFF_REFERENCES = frozenset(
    {
        "staff_id",
        "inspector_id",
        "witnessed_by",
        "created_by",
        "delivered_by",
        "assigned_by",
        "fitted_by",
        "packaging_shown_by",
        "packaging_done_by",
        "added_by",
        "decided_by",
        "sent_by",
        "technician_id",
        "advisor_id",
        "owner_id",
    }
)
"""Columns naming a staff member; one of another dealer is refused (tenant isolation)."""

SOFT_REFERENCES: dict[str, str] = {
    "case_id": "service_case",
    "rework_case_id": "service_case",
    "rework_of_id": "service_case",
    "appointment_id": "appointment",
    "line_id": "estimate_line",
    "consent_id": "key_step_consent",
}
"""Columns naming a row of another table without a foreign key on the workstation (a media
file's case, a complaint's case, a case's appointment …): checked like foreign keys, a row
of another dealer is refused (tenant isolation); the pull feed does not order by them."""

UNREFERENCED = frozenset({"id", "dealer_id", "workstation_id", "subject", "subject_id"})
"""Id columns that name no row of one table: the row's own key and owner, the workstation
(not a synced row), an audit entry's or media file's subject (any table; a signed record's
subject is checked through ``subject_tbl``)."""

NEVER_MERGED = frozenset({"id", "dealer_id"})

HELD = "held"
"""sync_class of a row known only from updates: not in any stream a bay reads, not verified."""
HELD_STREAM_PREFIX = "held:"


def references(change: Change) -> list[RowKey]:
    """Every row a change names: its foreign keys, the columns of `SOFT_REFERENCES`, and a
    signed record's subject."""
    values = {k: f.v for k, f in change.fields.items()}
    found = parents_of(change.tbl, values)
    for column, parent in SOFT_REFERENCES.items():
        value = values.get(column)
        if isinstance(value, str) and value and (parent, value) not in found:
            found.append((parent, value))
    subject_tbl, subject_id = values.get("subject_tbl"), values.get("subject_id")
    if subject_tbl in SYNCED_TABLES and isinstance(subject_id, str) and subject_id:
        found.append((str(subject_tbl), subject_id))
    return found


def signed_subject(change: Change) -> RowKey | None:
    """The row a signed record (immutable insert carrying ``subject_digest``) signs, if any."""
    if SYNCED_TABLES.get(change.tbl) is not SyncClass.IMMUTABLE:
        return None
    values = {k: f.v for k, f in change.fields.items()}
    if not isinstance(values.get("subject_digest"), str):
        return None
    subject_tbl = values.get("subject_tbl") or ("service_case" if values.get("case_id") else None)
    subject_id = values.get("subject_id") or values.get("case_id")
    if not (subject_tbl and isinstance(subject_id, str)):
        return None
    return (str(subject_tbl), subject_id)


def written(changes: list[Change]) -> list[RowKey]:
    """The rows a batch may change: every change's own row, and the subject of every signed
    record (its re-sign flag and signoff row). A push locks exactly these, in key order."""
    keys = [(c.tbl, c.row_id) for c in changes]
    keys += [key for c in changes if (key := signed_subject(c)) is not None]
    return keys


def referenced(changes: list[Change]) -> list[RowKey]:
    """The rows a batch names (to load them in one go before merging)."""
    return [key for change in changes for key in references(change)]


UNNAMED_DEVICE = "local"
"""The device part of stamps a workstation made before it had a device id (its set-up)."""


def device_of(hlc: str | None) -> str | None:
    if not hlc:
        return None
    try:
        return HlcStamp.parse(hlc).device_id
    except ValueError:
        return None


def deleted_at_text(hlc: str) -> str:
    """A hard delete carries no deleted_at value; the stamp's time gives it (SQLite DateTime
    text, as the workstation's soft deletes write it)."""
    ms = HlcStamp.parse(hlc).physical_ms
    return datetime.fromtimestamp(ms / 1000, UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


@dataclass
class Outcome:
    result: ChangeResult
    rejected: bool = False
    alarm: dict[str, Any] | None = None


@dataclass
class MergeContext:
    """One push transaction of one device."""

    tx: Transaction
    device_id: str
    dealer_id: str
    stream: str
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    signoffs: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    subjects: set[tuple[str, str]] = field(default_factory=set)
    edits: dict[tuple[str, str], list[tuple[str, int | None]]] = field(default_factory=dict)
    """Stamps of the values this batch changed, per row (for re-sign flags)."""

    # -- outcomes ---------------------------------------------------------------------------

    def reject(self, change: Change, reason: RejectReason, detail: str) -> Outcome:
        return Outcome(
            ChangeResult(
                change_id=change.change_id,
                local_seq=change.local_seq,
                status=ChangeStatus.REJECTED,
                reason=reason,
                detail=detail,
            ),
            rejected=True,
        )

    def done(
        self, change: Change, status: ChangeStatus, state: RowState, ids: list[str]
    ) -> Outcome:
        return Outcome(
            ChangeResult(
                change_id=change.change_id,
                local_seq=change.local_seq,
                status=status,
                server_version=state.server_version,
                conflict_ids=ids,
            )
        )

    def conflict(self, state: RowState, column: str, kind: str, **values: Any) -> str:
        record = {
            "id": new_id(),
            "dealer_id": self.dealer_id,
            "tbl": state.tbl,
            "row_id": state.row_id,
            "field": column,
            "kind": kind,
            "status": "open",
            "created_at": now_iso(),
            "resolved_at": None,
            "resolved_by": None,
            "winner": None,
            "loser": None,
            "winner_hlc": None,
            "loser_hlc": None,
            "winner_device": None,
            "loser_device": None,
            "loser_change_id": None,
            **values,
        }
        self.conflicts.append(record)
        # Conflicts travel down the dealer stream as rows of a server-owned pseudo table, so
        # the bay whose value lost sees it too, not only the bay that pushed.
        self.tx.add(
            RowState(
                tbl=CONFLICT_TABLE,
                row_id=record["id"],
                dealer_id=self.dealer_id,
                stream=self.stream,
                sync_class="server",
                row=dict(record),
                field_hlc={},
                field_version={},
                server_version=1,
            )
        )
        return str(record["id"])

    # -- checks -----------------------------------------------------------------------------

    def _staff(self, staff_id: Any) -> RowState | None:
        if not isinstance(staff_id, str) or not staff_id:
            return None
        return self.tx.get("staff", staff_id)

    def authorize(self, change: Change, state: RowState | None) -> Outcome | None:
        if state is not None and state.dealer_id != self.dealer_id:
            return self.reject(change, RejectReason.TENANT, "row belongs to another dealer")
        dealer_value = change.fields.get("dealer_id")
        if dealer_value is not None and dealer_value.v not in (None, "", self.dealer_id):
            return self.reject(change, RejectReason.TENANT, "dealer_id is another dealer's")
        if change.tbl == "dealer" and change.row_id != self.dealer_id:
            return self.reject(change, RejectReason.TENANT, "another dealer's record")
        ident = change.fields.get("id")
        if ident is not None and ident.v != change.row_id:
            return self.reject(change, RejectReason.INVALID, "id field differs from row_id")
        problem = unstorable(change.tbl, {k: f.v for k, f in change.fields.items()})
        if problem is not None:  # every other bay would fail on it at every pull
            return self.reject(change, RejectReason.INVALID, problem)
        for parent in references(change):
            # Tenant isolation: a row may only name rows of its own dealer (or global ones).
            found = self.tx.get(*parent)
            if found is not None and found.dealer_id not in (None, self.dealer_id):
                return self.reject(
                    change, RejectReason.TENANT, f"names another dealer's {parent[0]}"
                )
        for column in STAFF_REFERENCES & change.fields.keys():
            staff = self._staff(change.fields[column].v)
            if staff is not None and staff.dealer_id != self.dealer_id:
                return self.reject(
                    change, RejectReason.TENANT, f"{column} names another dealer's staff"
                )
        rule = ROLE_RULES.get(change.tbl)
        if rule is not None and change.op in ("insert", "append"):
            column, action = rule
            value = change.fields.get(column)
            staff = self._staff(value.v if value else None)
            roles = _roles(staff.row.get("roles") if staff is not None else None)
            if staff is None or staff.deleted or staff.row.get("active") in (False, 0):
                return self.reject(
                    change, RejectReason.ROLE, f"{column}: unknown or inactive staff"
                )
            if not allowed(roles, action):
                return self.reject(change, RejectReason.ROLE, f"{column} may not {action.value}")
        return None

    # -- dispatch ---------------------------------------------------------------------------

    def apply(self, change: Change) -> Outcome:
        kind = SYNCED_TABLES.get(change.tbl)
        if kind is None:
            return self.reject(
                change, RejectReason.UNKNOWN_TABLE, f"table {change.tbl!r} is not synced"
            )
        if kind is SyncClass.REFERENCE:
            return self.reject(
                change, RejectReason.READ_ONLY, "reference data is written by head office"
            )
        state = self.tx.get(change.tbl, change.row_id)
        refused = self.authorize(change, state)
        if refused is not None:
            return refused
        if kind is SyncClass.DRAFT:
            return self.apply_draft(change, state)
        return self.apply_insert_only(change, state, kind)

    # -- insert-only ------------------------------------------------------------------------

    def apply_insert_only(self, change: Change, state: RowState | None, kind: SyncClass) -> Outcome:
        if change.op not in ("insert", "append"):
            return self.reject(
                change, RejectReason.IMMUTABLE, f"{kind.value} records are insert-only"
            )
        values = {k: f.v for k, f in change.fields.items()}
        values["dealer_id"] = self.dealer_id
        values.pop("id", None)
        digest = content_sha(change.tbl, change.row_id, values)
        if state is not None:
            if state.content_sha == digest:
                return self.done(change, ChangeStatus.DUPLICATE, state, [])
            outcome = self.reject(
                change, RejectReason.IMMUTABLE_MISMATCH, "same id already holds other content"
            )
            outcome.alarm = {
                "kind": "immutable_mismatch",
                "tbl": change.tbl,
                "row_id": change.row_id,
            }
            return outcome
        state = RowState(
            tbl=change.tbl,
            row_id=change.row_id,
            dealer_id=self.dealer_id,
            stream=self.stream,
            sync_class=kind.value,
            row={"id": change.row_id, **values},
            field_hlc={k: f.hlc for k, f in change.fields.items()},
            field_version=dict.fromkeys(change.fields, 1),
            server_version=1,
            content_sha=digest,
            last_change_id=change.change_id,
            last_device_id=self.device_id,
        )
        self.tx.add(state)
        if kind is SyncClass.IMMUTABLE:
            self._record_signoff(change, values)
        return self.done(change, ChangeStatus.APPLIED, state, [])

    def _record_signoff(self, change: Change, values: dict[str, Any]) -> None:
        digest = values.get("subject_digest")
        subject_tbl = values.get("subject_tbl") or (
            "service_case" if values.get("case_id") else None
        )
        subject_id = values.get("subject_id") or values.get("case_id")
        if not (isinstance(digest, str) and subject_tbl and isinstance(subject_id, str)):
            return
        signed_hlc = max((f.hlc for f in change.fields.values()), default="")
        key = (str(subject_tbl), subject_id)
        previous = self.signoffs.get(key)
        subject = self.tx.get(*key)
        if previous is None or previous["signed_hlc"] <= signed_hlc:
            # Compared now, at the signature's place in the outbox order: the signer's own
            # edits before signing are applied, its later work (status moves) is not yet. A
            # difference here is a value the signer did not see (SYNC.md §4 rule 3).
            self.signoffs[key] = {
                "resign_required": subject_flag(subject, digest),
                "signed_version": subject.server_version if subject is not None else None,
                "subject_tbl": key[0],
                "subject_id": key[1],
                "dealer_id": self.dealer_id,
                "signed_tbl": change.tbl,
                "signed_id": change.row_id,
                "digest": digest,
                "signed_hlc": signed_hlc,
            }
        self.subjects.add(key)

    # -- drafts -----------------------------------------------------------------------------

    def apply_draft(self, change: Change, state: RowState | None) -> Outcome:
        fields = dict(change.fields)
        if change.op == "delete" and "deleted_at" not in fields:
            stamp = change.hlc or max((f.hlc for f in fields.values()), default=None)
            if stamp is None:
                return self.reject(change, RejectReason.INVALID, "delete without a stamp")
            fields["deleted_at"] = FieldValue(v=deleted_at_text(stamp), hlc=stamp)
        if state is None:
            return self._create(change, fields, held=change.op != "insert")
        if state.sync_class == HELD:
            # The insert (or any change) of a held row arrives: it joins the dealer's stream
            # with everything held for it merged by the usual per-field rule.
            state.stream = self.stream
            state.sync_class = SyncClass.DRAFT.value
            # Out of outbox order, so plain last-writer-wins: a held value stamped later stays.
            fields = {
                k: f
                for k, f in fields.items()
                if k not in state.field_hlc or state.field_hlc[k] < f.hlc
            }
            self.tx.touch(state)
            self.subjects.add(state.key)
        return self._merge(change, state, fields)

    def _create(self, change: Change, fields: dict[str, FieldValue], held: bool = False) -> Outcome:
        """A new row. ``held``: an update or delete of a row head office has never seen is
        kept out of every stream (issue 12 item 4) until the row's insert arrives, so no bay
        ever receives a partial row."""
        row: dict[str, Any] = {"id": change.row_id}
        row.update({k: f.v for k, f in fields.items() if k not in NEVER_MERGED})
        row["dealer_id"] = self.dealer_id
        state = RowState(
            tbl=change.tbl,
            row_id=change.row_id,
            dealer_id=self.dealer_id,
            stream=HELD_STREAM_PREFIX + self.dealer_id if held else self.stream,
            sync_class=HELD if held else SyncClass.DRAFT.value,
            row=row,
            field_hlc={k: f.hlc for k, f in fields.items() if k not in NEVER_MERGED},
            field_version={k: 1 for k in fields if k not in NEVER_MERGED},
            server_version=1,
            last_change_id=change.change_id,
            last_device_id=self.device_id,
        )
        self.tx.add(state)
        if not held:
            self.subjects.add(state.key)
        return self.done(change, ChangeStatus.APPLIED, state, [])

    def _merge(self, change: Change, state: RowState, fields: dict[str, FieldValue]) -> Outcome:
        base = change.base_version
        version = state.server_version + 1

        def seen(column: str) -> bool:
            # The writer edited from a version that already held the current value, or wrote
            # the current value itself (a device's own edits reach us in its outbox order):
            # causal either way, so no conflict against one's own earlier value.
            if state.field_hlc.get(column) == PLACEHOLDER_HLC:
                return True  # a placeholder head office filled in: any real value replaces it
            writer = device_of(state.field_hlc.get(column))
            if writer == self.device_id:
                return True
            if writer == UNNAMED_DEVICE and state.last_device_id == self.device_id:
                return True  # stamped while setting up, before the bay had its id (its own)
            return base is not None and base >= state.field_version.get(column, 0)

        ids: list[str] = []
        incoming = {k: f for k, f in fields.items() if k not in NEVER_MERGED}
        deleting = "deleted_at" in incoming and incoming["deleted_at"].v is not None
        edits = {k: f for k, f in incoming.items() if k != "deleted_at"}
        if deleting and not state.deleted:
            stamp = incoming["deleted_at"].hlc
            unseen = {
                c: h
                for c, h in state.field_hlc.items()
                if c not in NEVER_MERGED and c != "deleted_at" and not seen(c) and c not in incoming
            }
            later = {c: h for c, h in unseen.items() if h > stamp}
            if later:
                # An edit made after the delete wins; the delete is kept as the conflict.
                winner_hlc = max(later.values())
                ids.append(
                    self.conflict(
                        state,
                        "deleted_at",
                        "delete",
                        winner=None,
                        winner_hlc=winner_hlc,
                        winner_device=device_of(winner_hlc),
                        loser=incoming["deleted_at"].v,
                        loser_hlc=stamp,
                        loser_device=self.device_id,
                        loser_change_id=change.change_id,
                    )
                )
                del incoming["deleted_at"]
            elif unseen:
                # The delete is later; the edits it hides stay visible as the conflict.
                loser_hlc = max(unseen.values())
                ids.append(
                    self.conflict(
                        state,
                        "deleted_at",
                        "delete",
                        winner=incoming["deleted_at"].v,
                        winner_hlc=stamp,
                        winner_device=self.device_id,
                        loser={c: state.row.get(c) for c in unseen},
                        loser_hlc=loser_hlc,
                        loser_device=device_of(loser_hlc),
                    )
                )
        elif state.deleted and edits and "deleted_at" not in incoming and not seen("deleted_at"):
            stamp = max(f.hlc for f in edits.values())
            deleted_hlc = state.field_hlc.get("deleted_at", "")
            if stamp > deleted_hlc:
                incoming["deleted_at"] = FieldValue(v=None, hlc=stamp)  # the later edit revives
                ids.append(
                    self.conflict(
                        state,
                        "deleted_at",
                        "delete",
                        winner=None,
                        winner_hlc=stamp,
                        winner_device=self.device_id,
                        loser=state.row.get("deleted_at"),
                        loser_hlc=deleted_hlc,
                        loser_device=device_of(deleted_hlc),
                    )
                )
            else:
                ids.append(
                    self.conflict(
                        state,
                        "deleted_at",
                        "delete",
                        winner=state.row.get("deleted_at"),
                        winner_hlc=deleted_hlc,
                        winner_device=device_of(deleted_hlc),
                        loser={c: f.v for c, f in edits.items()},
                        loser_hlc=stamp,
                        loser_device=self.device_id,
                        loser_change_id=change.change_id,
                    )
                )

        changed = False
        lost = False
        for column, value in incoming.items():
            current_hlc = state.field_hlc.get(column)
            current = state.row.get(column)
            if current_hlc is None or seen(column) or value.hlc > current_hlc:
                if current_hlc is not None and not seen(column) and current != value.v:
                    ids.append(
                        self.conflict(
                            state,
                            column,
                            "field",
                            winner=value.v,
                            winner_hlc=value.hlc,
                            winner_device=self.device_id,
                            loser=current,
                            loser_hlc=current_hlc,
                            loser_device=device_of(current_hlc),
                        )
                    )
                stamp = max(current_hlc or "", value.hlc)  # a field's stamp never goes back
                if current != value.v or column not in state.row or stamp != current_hlc:
                    if current != value.v:
                        self.edits.setdefault(state.key, []).append((value.hlc, base))
                    state.row[column] = value.v
                    state.field_hlc[column] = stamp
                    state.field_version[column] = version
                    changed = True
            elif current != value.v:
                lost = True
                ids.append(
                    self.conflict(
                        state,
                        column,
                        "field",
                        winner=current,
                        winner_hlc=current_hlc,
                        winner_device=device_of(current_hlc),
                        loser=value.v,
                        loser_hlc=value.hlc,
                        loser_device=self.device_id,
                        loser_change_id=change.change_id,
                    )
                )
        if changed:
            state.server_version = version
            state.last_change_id = change.change_id
            state.last_device_id = self.device_id
            self.tx.touch(state)
            self.subjects.add(state.key)
        status = ChangeStatus.MERGED if ids or lost else ChangeStatus.APPLIED
        return self.done(change, status, state, ids)


def _roles(value: Any) -> list[Role]:
    if isinstance(value, list):
        names = [str(v) for v in value]
    elif isinstance(value, str):
        text = value.strip()
        if text.startswith("["):
            import json

            try:
                names = [str(v) for v in json.loads(text)]
            except ValueError:
                names = []
        else:
            names = [part.strip() for part in text.split(",")]
    else:
        names = []
    known = {r.value: r for r in Role}
    return [known[n] for n in names if n in known]


def subject_flag(state: RowState | None, digest: str) -> bool:
    """True when the signed subject's current content differs from what was signed (the
    digest as current workstations compute it, or as older ones did, dealer id included)."""
    if state is None:
        return False
    return digest not in (row_digest(state.row), legacy_row_digest(state.row))
