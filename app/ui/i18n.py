"""Qt Linguist translations (zh_CN first, en second) and the labels of domain values.

Source strings are English; resources/translations/servicebay_<lang>.qm carry both languages,
so switching is only a matter of which translator is installed. Domain values (case states,
roles, SLA statuses) are translated through tables marked with QT_TRANSLATE_NOOP, which
lupdate extracts like any tr() call.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from app.domain.lifecycle import CaseState
from app.domain.roles import Role
from app.domain.sla import SlaStatus
from app.ui.paths import translations_dir

log = logging.getLogger(__name__)

LANGS: tuple[str, ...] = ("zh_CN", "en")
DEFAULT_LANG = "zh_CN"
LANG_KEY = "ui/lang"
LANG_NAMES = {"zh_CN": "中文", "en": "English"}
"""Each language named in itself, so anyone can find their own (never translated)."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for lupdate in `context`; translated later with QCoreApplication.translate.
    Typed stand-in for PySide6's, whose stub returns object."""
    return text


class Translators:
    """The translators installed on the application; swapped when the language changes."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.lang = DEFAULT_LANG

    def install(self, lang: str) -> bool:
        """Install `lang`; returns False (and keeps English source text) when no .qm loads."""
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("install translators after the QApplication exists")
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
            translator.deleteLater()
        self._installed.clear()
        self.lang = lang if lang in LANGS else DEFAULT_LANG
        ok = True
        ours = QTranslator(app)
        if ours.load(f"servicebay_{self.lang}", str(translations_dir())):
            QCoreApplication.installTranslator(ours)
            self._installed.append(ours)
        else:
            log.error("translation servicebay_%s not found in %s", self.lang, translations_dir())
            ok = False
        # Qt's own strings (standard buttons, context menus) in the same language.
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase = QTranslator(app)
        if self.lang != "en" and qtbase.load(f"qtbase_{self.lang}", qt_dir):
            QCoreApplication.installTranslator(qtbase)
            self._installed.append(qtbase)
        QLocale.setDefault(QLocale(self.lang))
        return ok


def chosen_lang(cli_lang: str, prefs: QSettings) -> str:
    """The command line's --lang wins when it asks for something other than the default;
    otherwise the language last chosen on this workstation (persisted in QSettings)."""
    if cli_lang in LANGS and cli_lang != DEFAULT_LANG:
        return cli_lang
    stored = str(prefs.value(LANG_KEY, DEFAULT_LANG))
    return stored if stored in LANGS else DEFAULT_LANG


def translated(context: str, text: str, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, None, n)


_STATES: dict[str, str] = {
    CaseState.RECEPTION: QT_TRANSLATE_NOOP("CaseState", "Reception"),
    CaseState.INSPECTING: QT_TRANSLATE_NOOP("CaseState", "Inspecting"),
    CaseState.PENDING_OBSERVATION: QT_TRANSLATE_NOOP("CaseState", "Pending observation"),
    CaseState.ESTIMATED: QT_TRANSLATE_NOOP("CaseState", "Estimated"),
    CaseState.AWAITING_SIGNATURE: QT_TRANSLATE_NOOP("CaseState", "Awaiting signature"),
    CaseState.CONFIRMED: QT_TRANSLATE_NOOP("CaseState", "Confirmed"),
    CaseState.DISPATCHED: QT_TRANSLATE_NOOP("CaseState", "Dispatched"),
    CaseState.IN_WORK: QT_TRANSLATE_NOOP("CaseState", "In work"),
    CaseState.PAUSED: QT_TRANSLATE_NOOP("CaseState", "Paused"),
    CaseState.QC: QT_TRANSLATE_NOOP("CaseState", "QC"),
    CaseState.READY: QT_TRANSLATE_NOOP("CaseState", "Ready for delivery"),
    CaseState.DELIVERED: QT_TRANSLATE_NOOP("CaseState", "Delivered"),
    CaseState.CLOSED: QT_TRANSLATE_NOOP("CaseState", "Closed"),
    CaseState.CANCELLED: QT_TRANSLATE_NOOP("CaseState", "Cancelled"),
}

_APPOINTMENT_STATES: dict[str, str] = {
    "requested": QT_TRANSLATE_NOOP("AppointmentState", "Requested"),
    "confirmed": QT_TRANSLATE_NOOP("AppointmentState", "Confirmed"),
    "arrived": QT_TRANSLATE_NOOP("AppointmentState", "Arrived"),
    "no_show": QT_TRANSLATE_NOOP("AppointmentState", "No-show"),
    "cancelled": QT_TRANSLATE_NOOP("AppointmentState", "Cancelled"),
}

_ROLES: dict[str, str] = {
    Role.ADVISOR: QT_TRANSLATE_NOOP("Role", "Service advisor"),
    Role.TEAM_LEAD: QT_TRANSLATE_NOOP("Role", "Team lead"),
    Role.TECHNICIAN: QT_TRANSLATE_NOOP("Role", "Technician"),
    Role.QC_INSPECTOR: QT_TRANSLATE_NOOP("Role", "QC inspector"),
    Role.MANAGER: QT_TRANSLATE_NOOP("Role", "Service manager"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Role", "Administrator"),
}

_SLA_STATUSES: dict[str, str] = {
    SlaStatus.RUNNING: QT_TRANSLATE_NOOP("SlaStatus", "Running"),
    SlaStatus.DUE_SOON: QT_TRANSLATE_NOOP("SlaStatus", "Due soon"),
    SlaStatus.OVERDUE: QT_TRANSLATE_NOOP("SlaStatus", "Overdue"),
    SlaStatus.MET: QT_TRANSLATE_NOOP("SlaStatus", "Met"),
    SlaStatus.MISSED: QT_TRANSLATE_NOOP("SlaStatus", "Missed"),
}

_SLA_RULES: dict[str, str] = {
    "A2": QT_TRANSLATE_NOOP("SlaRule", "A2 confirm appointment (15 min)"),
    "A3": QT_TRANSLATE_NOOP("SlaRule", "A3 fast track (1 h)"),
    "P3": QT_TRANSLATE_NOOP("SlaRule", "P3 reply (2 h)"),
    "P3-urgent": QT_TRANSLATE_NOOP("SlaRule", "P3 urgent reply (30 min)"),
    "W1": QT_TRANSLATE_NOOP("SlaRule", "W1 dispatch (5 min)"),
    "W1-urgent": QT_TRANSLATE_NOOP("SlaRule", "W1 urgent start (30 min)"),
    "W4": QT_TRANSLATE_NOOP("SlaRule", "W4 hourly update"),
    "W5": QT_TRANSLATE_NOOP("SlaRule", "W5 delay notice (30 min ahead)"),
}

_CHANNELS: dict[str, str] = {
    "store": QT_TRANSLATE_NOOP("Channel", "In store"),
    "in_store": QT_TRANSLATE_NOOP("Channel", "In store"),
    "app": QT_TRANSLATE_NOOP("Channel", "App"),
    "hotline": QT_TRANSLATE_NOOP("Channel", "400 hotline"),
    "sms": QT_TRANSLATE_NOOP("Channel", "SMS"),
    "phone": QT_TRANSLATE_NOOP("Channel", "Phone"),
    "wechat": QT_TRANSLATE_NOOP("Channel", "WeChat"),
}

_DECISIONS: dict[str, str] = {
    "pending": QT_TRANSLATE_NOOP("Decision", "Pending"),
    "approved": QT_TRANSLATE_NOOP("Decision", "Approved"),
    "declined": QT_TRANSLATE_NOOP("Decision", "Declined"),
}

_LINE_KINDS: dict[str, str] = {
    "labor": QT_TRANSLATE_NOOP("LineKind", "Labor"),
    "part": QT_TRANSLATE_NOOP("LineKind", "Part"),
}


_SLA_SHORT: dict[str, str] = {
    "P3-urgent": QT_TRANSLATE_NOOP("SlaRule", "P3 urgent"),
    "W1-urgent": QT_TRANSLATE_NOOP("SlaRule", "W1 urgent"),
}


def sla_rule_short(rule: str) -> str:
    """The rule's ID as the standard names it, for narrow countdown columns."""
    return translated("SlaRule", _SLA_SHORT[rule]) if rule in _SLA_SHORT else rule


def state_label(state: str) -> str:
    return translated("CaseState", _STATES.get(state, state))


def appointment_state_label(state: str) -> str:
    return translated("AppointmentState", _APPOINTMENT_STATES.get(state, state))


def role_label(role: str) -> str:
    return translated("Role", _ROLES.get(role, role))


def roles_label(roles: tuple[Role, ...] | tuple[str, ...]) -> str:
    return " · ".join(role_label(r) for r in roles)


def sla_status_label(status: str) -> str:
    return translated("SlaStatus", _SLA_STATUSES.get(status, status))


def sla_rule_label(rule: str) -> str:
    return translated("SlaRule", _SLA_RULES.get(rule, rule))


def channel_label(channel: str) -> str:
    return translated("Channel", _CHANNELS.get(channel, channel))


def decision_label(decision: str) -> str:
    return translated("Decision", _DECISIONS.get(decision, decision))


def line_kind_label(kind: str) -> str:
    return translated("LineKind", _LINE_KINDS.get(kind, kind))


_ZONES: dict[str, str] = {
    "front_bumper": QT_TRANSLATE_NOOP("Zone", "Front bumper"),
    "hood": QT_TRANSLATE_NOOP("Zone", "Hood"),
    "roof": QT_TRANSLATE_NOOP("Zone", "Roof"),
    "trunk": QT_TRANSLATE_NOOP("Zone", "Trunk"),
    "rear_bumper": QT_TRANSLATE_NOOP("Zone", "Rear bumper"),
    "left_front_door": QT_TRANSLATE_NOOP("Zone", "Left front door"),
    "left_rear_door": QT_TRANSLATE_NOOP("Zone", "Left rear door"),
    "right_front_door": QT_TRANSLATE_NOOP("Zone", "Right front door"),
    "right_rear_door": QT_TRANSLATE_NOOP("Zone", "Right rear door"),
    "left_front_fender": QT_TRANSLATE_NOOP("Zone", "Left front fender"),
    "right_front_fender": QT_TRANSLATE_NOOP("Zone", "Right front fender"),
    "left_rear_fender": QT_TRANSLATE_NOOP("Zone", "Left rear fender"),
    "right_rear_fender": QT_TRANSLATE_NOOP("Zone", "Right rear fender"),
    "windshield": QT_TRANSLATE_NOOP("Zone", "Windshield"),
    "left_mirror": QT_TRANSLATE_NOOP("Zone", "Left mirror"),
    "right_mirror": QT_TRANSLATE_NOOP("Zone", "Right mirror"),
    "wheels": QT_TRANSLATE_NOOP("Zone", "Wheels"),
    "interior": QT_TRANSLATE_NOOP("Zone", "Interior"),
    "front_panel": QT_TRANSLATE_NOOP("Zone", "Front panel"),
    "top": QT_TRANSLATE_NOOP("Zone", "Top"),
    "left_side": QT_TRANSLATE_NOOP("Zone", "Left side"),
    "right_side": QT_TRANSLATE_NOOP("Zone", "Right side"),
    "back": QT_TRANSLATE_NOOP("Zone", "Back"),
    "door": QT_TRANSLATE_NOOP("Zone", "Door"),
    "display": QT_TRANSLATE_NOOP("Zone", "Display"),
    "base": QT_TRANSLATE_NOOP("Zone", "Base"),
}
_DAMAGE_KINDS: dict[str, str] = {
    "scratch": QT_TRANSLATE_NOOP("DamageKind", "Scratch"),
    "dent": QT_TRANSLATE_NOOP("DamageKind", "Dent"),
    "crack": QT_TRANSLATE_NOOP("DamageKind", "Crack"),
    "deformation": QT_TRANSLATE_NOOP("DamageKind", "Deformation"),
    "missing": QT_TRANSLATE_NOOP("DamageKind", "Missing part"),
}
_DOCUMENT_KINDS: dict[str, str] = {
    "work_order": QT_TRANSLATE_NOOP("DocumentKind", "Service work order"),
    "confirmation_sheet": QT_TRANSLATE_NOOP("DocumentKind", "Service Item Confirmation Sheet"),
    "settlement": QT_TRANSLATE_NOOP("DocumentKind", "Settlement sheet"),
    "delivery": QT_TRANSLATE_NOOP("DocumentKind", "Delivery acceptance"),
    # handover-settle (issue 9 item 4): the documents handed over at delivery (D5).
    "repair_record": QT_TRANSLATE_NOOP("DocumentKind", "Repair record"),
    "warranty_card": QT_TRANSLATE_NOOP("DocumentKind", "Parts warranty card"),
    "maintenance_advice": QT_TRANSLATE_NOOP("DocumentKind", "Maintenance advice"),
}
_MEDIA_PURPOSES: dict[str, str] = {
    "damage": QT_TRANSLATE_NOOP("MediaPurpose", "Damage photo"),
    "intake": QT_TRANSLATE_NOOP("MediaPurpose", "Intake photo or clip"),
    "key_step": QT_TRANSLATE_NOOP("MediaPurpose", "Key step photo or clip"),
    "qc_evidence": QT_TRANSLATE_NOOP("MediaPurpose", "QC evidence photo"),
    "packaging": QT_TRANSLATE_NOOP("MediaPurpose", "Packaging photo"),
    "scan": QT_TRANSLATE_NOOP("MediaPurpose", "Scanned signed sheet"),
    "signature": QT_TRANSLATE_NOOP("MediaPurpose", "Signature"),
}
_PAUSE_REASONS: dict[str, str] = {
    "waiting_parts": QT_TRANSLATE_NOOP("PauseReason", "Waiting for parts"),
    "waiting_customer": QT_TRANSLATE_NOOP("PauseReason", "Waiting for the customer's decision"),
    "break": QT_TRANSLATE_NOOP("PauseReason", "Break"),
    "other_job": QT_TRANSLATE_NOOP("PauseReason", "Urgent job first"),
}
_SKILLS: dict[str, str] = {
    "engine": QT_TRANSLATE_NOOP("Skill", "Engine"),
    "electrical": QT_TRANSLATE_NOOP("Skill", "Electrical"),
    "brakes": QT_TRANSLATE_NOOP("Skill", "Brakes"),
    "body": QT_TRANSLATE_NOOP("Skill", "Body"),
    "paint": QT_TRANSLATE_NOOP("Skill", "Paint"),
    "appliance": QT_TRANSLATE_NOOP("Skill", "Appliances"),
    "refrigeration": QT_TRANSLATE_NOOP("Skill", "Refrigeration"),
}
_FUEL: dict[str, str] = {
    "F": QT_TRANSLATE_NOOP("Fuel", "Full"),
    "满": QT_TRANSLATE_NOOP("Fuel", "Full"),
    "full": QT_TRANSLATE_NOOP("Fuel", "Full"),
    "E": QT_TRANSLATE_NOOP("Fuel", "Empty"),
    "空": QT_TRANSLATE_NOOP("Fuel", "Empty"),
    "empty": QT_TRANSLATE_NOOP("Fuel", "Empty"),
}
_PACKAGING: dict[str, str] = {
    "kept": QT_TRANSLATE_NOOP("Packaging", "Kept"),
    "shown_to_customer": QT_TRANSLATE_NOOP("Packaging", "Shown to customer"),
    "handed_to_customer": QT_TRANSLATE_NOOP("Packaging", "Handed to customer"),
    "disposed": QT_TRANSLATE_NOOP("Packaging", "Disposed of"),
}
_PART_ENTRIES: dict[str, str] = {
    "wedge": QT_TRANSLATE_NOOP("PartEntry", "Scanner"),
    "camera": QT_TRANSLATE_NOOP("PartEntry", "Camera"),
    "chosen": QT_TRANSLATE_NOOP("PartEntry", "Chosen"),
}
_COMPLAINT_CATEGORIES: dict[str, str] = {
    "wait": QT_TRANSLATE_NOOP("ComplaintCategory", "Waiting time"),
    "communication": QT_TRANSLATE_NOOP("ComplaintCategory", "Communication"),
    "quality": QT_TRANSLATE_NOOP("ComplaintCategory", "Work quality"),
    "price": QT_TRANSLATE_NOOP("ComplaintCategory", "Price"),
    "parts": QT_TRANSLATE_NOOP("ComplaintCategory", "Parts"),
    "other": QT_TRANSLATE_NOOP("ComplaintCategory", "Other"),
}


def _known(context: str, table: dict[str, str], code: str) -> str:
    """The label of `code`, or "" when the code is unknown: a code is never shown."""
    text = table.get(code)
    return translated(context, text) if text is not None else ""


def zone_label(zone: str) -> str:
    return _known("Zone", _ZONES, zone)


def damage_kind_label(kind: str) -> str:
    return _known("DamageKind", _DAMAGE_KINDS, kind)


def document_kind_label(kind: str) -> str:
    return _known("DocumentKind", _DOCUMENT_KINDS, kind)


def media_purpose_label(purpose: str) -> str:
    return _known("MediaPurpose", _MEDIA_PURPOSES, purpose)


def pause_reason_label(reason: str) -> str:
    """Codes of the technician home's reasons; free text (typed by a person) as it is."""
    return _known("PauseReason", _PAUSE_REASONS, reason) or ("" if is_internal(reason) else reason)


def packaging_label(state: str) -> str:
    return _known("Packaging", _PACKAGING, state)


def part_entry_label(entry: str) -> str:
    return _known("PartEntry", _PART_ENTRIES, entry)


def complaint_category_label(category: str) -> str:
    return _known("ComplaintCategory", _COMPLAINT_CATEGORIES, category)


def list_join(items: Iterable[object]) -> str:
    """Items of a list in running text: "、" in Chinese, ", " in English (a hard-coded "、"
    showed "Communication 4、Quality 4" on English screens)."""
    return QCoreApplication.translate("List", ", ").join(str(i) for i in items)


def language_label(lang: str) -> str:
    """A language code (zh_CN, en) as its name; an unknown code as it is."""
    return LANG_NAMES.get(lang, lang)


def skills_label(skills: tuple[str, ...] | list[str]) -> str:
    names = [_known("Skill", _SKILLS, s) or ("" if is_internal(s) else s) for s in skills]
    return QCoreApplication.translate("List", ", ").join(n for n in names if n)


def fuel_label(level: str) -> str:
    """Fuel as recorded at intake: fractions as they are, letters and words spelled out."""
    level = level.strip()
    if not level:
        return ""
    return _known("Fuel", _FUEL, level) or level


def is_internal(text: str) -> bool:
    """An internal value (snake_case code, id, hash) that a person has no use for."""
    return bool(
        re.fullmatch(r"[a-z][a-z0-9_]*", text)
        or re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", text)
        or re.fullmatch(r"[0-9a-f]{32,}", text)
    )


def local_time(moment: datetime | None, with_date: bool = False) -> str:
    """Stored times are naive UTC; the bay reads local wall-clock time."""
    if moment is None:
        return ""
    local = moment.replace(tzinfo=UTC).astimezone() if moment.tzinfo is None else moment
    return local.strftime("%m-%d %H:%M" if with_date else "%H:%M")


def countdown(due: datetime | None, now: datetime) -> str:
    """'12:05 left' / '3:10 overdue' (minutes:seconds; hours when long)."""
    if due is None:
        return ""
    delta = due - now
    late = delta < timedelta(0)
    seconds = int(abs(delta.total_seconds()))
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    if days:
        # Long overdue: days and hours are what anyone reads at a glance.
        clock = (
            QCoreApplication.translate("Countdown", "%1 d %2 h")
            .replace("%1", str(days))
            .replace("%2", str(hours))
        )
    elif hours:
        clock = f"{hours}:{minutes:02d}:{secs:02d}"
    else:
        clock = f"{minutes}:{secs:02d}"
    if late:
        return QCoreApplication.translate("Countdown", "%1 overdue").replace("%1", clock)
    return QCoreApplication.translate("Countdown", "%1 left").replace("%1", clock)
