"""The duty roster (P3): who answers customers outside working hours, a week at a time; who
answers right now; add and remove duties (managers and administrators)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QEvent, QItemSelection, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QGroupBox,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from app.domain.errors import UserError
from app.domain.roles import Action, allowed
from app.services import desk
from app.services.dto import StaffInfo
from app.services.staff import list_staff

if TYPE_CHECKING:
    from app.ui.state import AppState
from app.ui.desk.env import (
    ONE_DAY,
    DeskTableModel,
    day_text,
    fill,
    fill_combo,
    key_of,
    tr,
)
from app.ui.desk.inquiries import duty_text
from app.ui.generated.ui_desk_roster import Ui_DeskRosterForm
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.models import Column
from app.ui.widgets import (
    retranslate_form,
    selected_key,
    set_widths,
    setup_form,
    setup_table,
    show_error,
)

DUTY_CHANNELS = (
    ("phone", QT_TRANSLATE_NOOP("Desk", "Phone call")),
    ("app", QT_TRANSLATE_NOOP("Desk", "App message")),
    ("wechat", QT_TRANSLATE_NOOP("Desk", "WeChat")),
    ("hotline", QT_TRANSLATE_NOOP("Desk", "400 hotline")),
)
NIGHT = (time(18, 0), time(8, 30))
"""The usual after-hours duty: from closing time to the next morning's opening."""


@dataclass(frozen=True)
class RosterRow:
    """One line of the week: a duty on the day it starts, or a day nobody is on duty."""

    day: date
    duty: desk.DutyInfo | None

    @property
    def key(self) -> str:
        return self.duty.id if self.duty else f"gap:{self.day.isoformat()}"


def week_rows(first: date, duties: list[desk.DutyInfo]) -> list[RosterRow]:
    """Every day of the week in order: its duties, or one row saying nobody is on duty (a
    duty that began the week before comes first, on its own day)."""
    rows = [RosterRow(d.starts_at.date(), d) for d in duties if d.starts_at.date() < first]
    for offset in range(7):
        day = first + offset * ONE_DAY
        today = [RosterRow(day, d) for d in duties if d.starts_at.date() == day]
        rows.extend(today or [RosterRow(day, None)])
    return rows


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def load_week(ctx: Any, first: date) -> tuple[list[desk.DutyInfo], desk.DutyNow, list[StaffInfo]]:
    """The week's duties, who answers now, and who may be put on duty (a worker thread)."""
    people = [s for s in list_staff(ctx) if s.active and allowed(s.roles, Action.ANSWER_INQUIRY)]
    return desk.roster_between(ctx, first, 7), desk.who_answers(ctx), people


def to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )


def from_qdatetime(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class RosterPage(QWidget):
    """Signals: changed() after a duty was added or removed."""

    changed = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskRoster")
        self.state = state
        self.runner = state.runner.for_owner(self)
        self.pending = 0
        self.first = week_start(state.now().date())
        self.ui = Ui_DeskRosterForm()
        setup_form(self.ui, self)
        ui = self.ui
        self.duty_label: QLabel = ui.dutyNow
        self.prev_button: QPushButton = ui.prevWeekButton
        self.next_button: QPushButton = ui.nextWeekButton
        self.this_button: QPushButton = ui.thisWeekButton
        self.week_label: QLabel = ui.weekLabel
        self.view: QTableView = ui.rosterView
        self.remove_button: QPushButton = ui.removeDutyButton
        self.remove_error: QLabel = ui.removeError
        self.add_box: QGroupBox = ui.addBox
        self.staff_combo: QComboBox = ui.staffCombo
        self.start_edit: QDateTimeEdit = ui.startEdit
        self.end_edit: QDateTimeEdit = ui.endEdit
        self.channel_combo: QComboBox = ui.dutyChannelCombo
        self.tonight_button: QPushButton = ui.tonightButton
        self.later_button: QPushButton = ui.dayLaterButton
        self.add_button: QPushButton = ui.addDutyButton
        self.add_error: QLabel = ui.addError
        self.readonly_note: QLabel = ui.readonlyNote

        self.model = DeskTableModel(
            [
                Column(
                    QT_TRANSLATE_NOOP("Desk", "Day"), lambda r: day_text(r.day), tone=self._tone
                ),
                Column(QT_TRANSLATE_NOOP("Desk", "Time"), self._span, tone=self._tone),
                Column(QT_TRANSLATE_NOOP("Desk", "On duty"), self._who, tone=self._tone),
                Column(
                    QT_TRANSLATE_NOOP("Desk", "Phone"),
                    lambda r: r.duty.staff.phone if r.duty else "",
                    tone=self._tone,
                ),
                Column(
                    QT_TRANSLATE_NOOP("Desk", "Reached by"),
                    lambda r: (
                        tr(dict(DUTY_CHANNELS).get(r.duty.channel, r.duty.channel))
                        if r.duty
                        else ""
                    ),
                    tone=self._tone,
                ),
                Column(
                    QT_TRANSLATE_NOOP("Desk", "Status"), self._state, live=True, tone=self._tone
                ),
            ],
            key=lambda r: r.key,
            parent=self,
        )
        setup_table(self.view, self.model, stretch_column=1)
        set_widths(self.view, {0: 120, 2: 120, 3: 150, 4: 120, 5: 110})
        self.view.selectionModel().selectionChanged.connect(self._selected)

        self.prev_button.clicked.connect(lambda: self.show_week(self.first - 7 * ONE_DAY))
        self.next_button.clicked.connect(lambda: self.show_week(self.first + 7 * ONE_DAY))
        self.this_button.clicked.connect(
            lambda: self.show_week(week_start(self.state.now().date()))
        )
        self.tonight_button.clicked.connect(self.preset_tonight)
        self.later_button.clicked.connect(self.preset_day_later)
        self.add_button.clicked.connect(self.add_duty)
        self.remove_button.clicked.connect(self.remove_duty)
        self.may_edit = allowed(state.require_actor().roles, Action.MANAGE_STAFF)
        self.add_box.setVisible(self.may_edit)
        self.remove_button.setVisible(self.may_edit)
        self.readonly_note.setVisible(not self.may_edit)
        self.preset_tonight()
        self.retranslate()
        self._update_buttons()

    # -- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Texts that are not in the form: the channel choices, the week, the table."""
        fill_combo(self.channel_combo, DUTY_CHANNELS)
        self._week_title()
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            retranslate_form(self.ui, self)
            self.retranslate()
        super().changeEvent(event)

    def _week_title(self) -> None:
        last = self.first + 6 * ONE_DAY
        self.week_label.setText(
            fill(
                QCoreApplication.translate("Desk", "Week of %1 – %2"),
                self.first.strftime("%Y-%m-%d"),
                last.strftime("%m-%d"),
            )
        )

    # -- columns -------------------------------------------------------------------------

    def _span(self, row: RosterRow) -> str:
        duty = row.duty
        if duty is None:
            return "—"
        start = duty.starts_at.strftime("%H:%M")
        if duty.ends_at.date() == duty.starts_at.date():
            return f"{start} – {duty.ends_at.strftime('%H:%M')}"
        if duty.ends_at.date() == duty.starts_at.date() + ONE_DAY:
            return fill(
                QCoreApplication.translate("Desk", "%1 – next day %2"),
                start,
                duty.ends_at.strftime("%H:%M"),
            )
        return f"{start} – {day_text(duty.ends_at)} {duty.ends_at.strftime('%H:%M')}"

    def _who(self, row: RosterRow) -> str:
        return (
            row.duty.staff.name
            if row.duty
            else QCoreApplication.translate("Desk", "Nobody on duty")
        )

    def _state(self, row: RosterRow) -> str:
        now = self.state.now()
        if row.duty is None:
            return (
                QCoreApplication.translate("Desk", "Not planned") if row.day >= now.date() else ""
            )
        if row.duty.covers(now):
            return QCoreApplication.translate("Desk", "On duty now")
        return (
            QCoreApplication.translate("Desk", "Over")
            if row.duty.ends_at <= now
            else QCoreApplication.translate("Desk", "Planned")
        )

    def _tone(self, row: RosterRow) -> str | None:
        if row.duty is None:
            # P3: an evening nobody answers customers is a gap to fill.
            return "due_soon" if row.day >= self.state.now().date() else None
        return "met" if row.duty.covers(self.state.now()) else None

    # -- loading -------------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.refresh()

    def show_week(self, first: date) -> None:
        self.first = first
        self._week_title()
        self.refresh()

    def refresh(self) -> None:
        self.pending += 1
        self.runner.run(
            load_week,
            self.state.require_ctx(),
            self.first,
            on_done=self._loaded,
            on_error=self._failed,
        )

    def _loaded(self, result: tuple[list[desk.DutyInfo], desk.DutyNow, list[StaffInfo]]) -> None:
        self.pending -= 1
        duties, now, people = result
        self.model.set_records(week_rows(self.first, duties))
        self.duty_label.setText(duty_text(now))
        current = key_of(self.staff_combo)
        self.staff_combo.clear()
        for person in people:
            self.staff_combo.addItem(person.name, person.id)
        index = self.staff_combo.findData(current) if current else -1
        self.staff_combo.setCurrentIndex(max(index, 0))
        self._update_buttons()

    def _failed(self, err: UserError) -> None:
        self.pending -= 1
        self.duty_label.setText(err.message(self.state.lang))

    # -- actions -------------------------------------------------------------------------

    def preset_tonight(self) -> None:
        today = self.state.now().date()
        self.start_edit.setDateTime(to_qdatetime(datetime.combine(today, NIGHT[0])))
        self.end_edit.setDateTime(to_qdatetime(datetime.combine(today + ONE_DAY, NIGHT[1])))

    def preset_day_later(self) -> None:
        self.start_edit.setDateTime(self.start_edit.dateTime().addDays(1))
        self.end_edit.setDateTime(self.end_edit.dateTime().addDays(1))

    def _selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        show_error(self.remove_error, "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        key = selected_key(self.view)
        self.remove_button.setEnabled(key is not None and not key.startswith("gap:"))
        self.add_button.setEnabled(bool(key_of(self.staff_combo)))

    def add_duty(self) -> None:
        show_error(self.add_error, "")
        self.add_button.setEnabled(False)
        self.pending += 1
        self.runner.run(
            desk.add_duty,
            self.state.require_ctx(),
            self.state.require_actor(),
            key_of(self.staff_combo),
            from_qdatetime(self.start_edit.dateTime()),
            from_qdatetime(self.end_edit.dateTime()),
            key_of(self.channel_combo, "phone"),
            on_done=self._added,
            on_error=self._add_refused,
        )

    def _added(self, duty: desk.DutyInfo) -> None:
        self.pending -= 1
        self.changed.emit()
        self.show_week(week_start(duty.starts_at.date()))

    def _add_refused(self, err: UserError) -> None:
        self.pending -= 1
        show_error(self.add_error, err.message(self.state.lang))
        self._update_buttons()

    def remove_duty(self) -> None:
        key = selected_key(self.view)
        row = self.model.row_of(key) if key else -1
        if key is None or row < 0:
            return
        record: RosterRow = self.model.record(row)
        duty = record.duty
        if duty is None:
            return
        question = fill(
            QCoreApplication.translate("Desk", "Take %1 off the roster for %2 %3?"),
            duty.staff.name,
            day_text(duty.starts_at),
            self._span(record),
        )
        if not self.state.dialogs.confirm(
            self, QCoreApplication.translate("Desk", "Remove duty"), question
        ):
            return
        self.remove_button.setEnabled(False)
        self.pending += 1
        self.runner.run(
            desk.remove_duty,
            self.state.require_ctx(),
            self.state.require_actor(),
            key,
            on_done=self._removed,
            on_error=self._remove_refused,
        )

    def _removed(self, _result: None) -> None:
        self.pending -= 1
        self.view.clearSelection()
        self.changed.emit()
        self.refresh()

    def _remove_refused(self, err: UserError) -> None:
        self.pending -= 1
        show_error(self.remove_error, err.message(self.state.lang))
        self._update_buttons()
