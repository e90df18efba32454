"""Message templates (A4 reminder, W4 progress, W5 delay, ready): the dealer edits the texts in
Chinese and English, inserts placeholders from chips, sees a live preview with sample values,
and saves; a text with an unknown placeholder is refused with the reason."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.domain.errors import UserError
from app.domain.roles import Action, allowed
from app.services import desk
from app.services.messaging import DEFAULT_TEMPLATES

if TYPE_CHECKING:
    from app.ui.state import AppState
from app.ui.desk.env import fill, tr
from app.ui.generated.ui_desk_templates import Ui_DeskTemplatesForm
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.widgets import retranslate_form, setup_form, show_error

KINDS = (
    ("reminder", QT_TRANSLATE_NOOP("Desk", "Appointment reminder")),
    ("progress", QT_TRANSLATE_NOOP("Desk", "Progress update")),
    ("delay", QT_TRANSLATE_NOOP("Desk", "Delay notice")),
    ("ready", QT_TRANSLATE_NOOP("Desk", "Ready for pick-up")),
)
LANGS = (("zh_CN", "中文"), ("en", "English"))
"""Each language named in itself (never translated)."""
PLACEHOLDER_NAMES = {
    "customer": QT_TRANSLATE_NOOP("Desk", "Customer name"),
    "dealer": QT_TRANSLATE_NOOP("Desk", "Dealer name"),
    "advisor": QT_TRANSLATE_NOOP("Desk", "Service advisor"),
    "advisor_phone": QT_TRANSLATE_NOOP("Desk", "Advisor phone"),
    "time": QT_TRANSLATE_NOOP("Desk", "Appointment time"),
    "documents": QT_TRANSLATE_NOOP("Desk", "Documents to bring"),
    "order_no": QT_TRANSLATE_NOOP("Desk", "Order number"),
    "detail": QT_TRANSLATE_NOOP("Desk", "Detail"),
    "eta": QT_TRANSLATE_NOOP("Desk", "New completion time"),
    "compensation": QT_TRANSLATE_NOOP("Desk", "Compensation"),
}
PREVIEW_DELAY_MS = 200
"""Typing pauses this long before the preview is asked for (one worker call, not one per key)."""


Preview = tuple[tuple[str, str, str], str, UserError | None]
"""(kind, lang, body asked for), the filled text, or why the text is refused."""


def preview(ctx: Any, kind: str, lang: str, body: str) -> Preview:
    """Runs on a worker: the preview, or the refusal as a value (so the answer names the text
    it belongs to and a late answer for an older text is recognised)."""
    try:
        return (kind, lang, body), desk.preview_template(ctx, kind, lang, body), None
    except UserError as err:
        return (kind, lang, body), "", err


def sms_parts(text: str) -> int:
    """Text messages a body takes: 70 characters each for Chinese (67 when split), 160 for
    plain Latin text (153 when split)."""
    single, part = (160, 153) if text.isascii() else (70, 67)
    return 1 if len(text) <= single else math.ceil(len(text) / part)


class TemplatesPage(QWidget):
    """Signals: saved(object) with the `TemplateInfo` just saved."""

    saved = Signal(object)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskTemplates")
        self.state = state
        self.runner = state.runner.for_owner(self)
        self.pending = 0
        self.templates: dict[tuple[str, str], desk.TemplateInfo] = {}
        self.drafts: dict[tuple[str, str], str] = {}
        self.kind = "reminder"
        self.lang = "zh_CN"
        self._showing = False

        self.ui = Ui_DeskTemplatesForm()
        setup_form(self.ui, self)
        ui = self.ui
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[str, QPushButton] = {
            "reminder": ui.kind_reminder,
            "progress": ui.kind_progress,
            "delay": ui.kind_delay,
            "ready": ui.kind_ready,
        }
        for number, (kind, _text) in enumerate(KINDS):
            self.kind_group.addButton(self.kind_buttons[kind], number)
        self.lang_group = QButtonGroup(self)
        self.lang_buttons: dict[str, QPushButton] = {"zh_CN": ui.lang_zh_CN, "en": ui.lang_en}
        for number, (lang, _name) in enumerate(LANGS):
            self.lang_group.addButton(self.lang_buttons[lang], number)
        self.kind_buttons[self.kind].setChecked(True)
        self.lang_buttons[self.lang].setChecked(True)
        self.state_label: QLabel = ui.templateState
        self.editor: QPlainTextEdit = ui.templateEditor
        self.chips_box: QGroupBox = ui.chipsBox
        self.chips: QGridLayout = ui.chipsGrid
        self.chip_buttons: dict[str, QPushButton] = {}
        self.preview_box: QGroupBox = ui.previewBox
        self.preview: QLabel = ui.previewBubble
        self.length_label: QLabel = ui.lengthLabel
        self.save_button: QPushButton = ui.saveTemplateButton
        self.reset_button: QPushButton = ui.resetTemplateButton
        self.error_label: QLabel = ui.templateError
        self.readonly_note: QLabel = ui.readonlyNote

        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self.ask_preview)
        self.kind_group.idClicked.connect(lambda number: self.choose(KINDS[number][0], self.lang))
        self.lang_group.idClicked.connect(lambda number: self.choose(self.kind, LANGS[number][0]))
        self.editor.textChanged.connect(self._edited)
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset)
        self.may_edit = allowed(state.require_actor().roles, Action.MANAGE_SETTINGS)
        self.editor.setReadOnly(not self.may_edit)
        self.readonly_note.setVisible(not self.may_edit)
        self.retranslate()
        self._update_buttons()

    # -- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Texts that are not in the form: the placeholder chips and the text's state."""
        self._make_chips()
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            retranslate_form(self.ui, self)
            self.retranslate()
        super().changeEvent(event)

    def _make_chips(self) -> None:
        for button in self.chip_buttons.values():
            self.chips.removeWidget(button)
            button.deleteLater()
        self.chip_buttons.clear()
        names = desk.KIND_PLACEHOLDERS[self.kind]
        for number, name in enumerate(names):
            button = QPushButton()
            button.setObjectName("chip")
            button.setText(f"{tr(PLACEHOLDER_NAMES[name])} {{{name}}}")
            button.setToolTip(f"{{{name}}}")
            button.setEnabled(self.may_edit)
            button.clicked.connect(lambda _checked=False, n=name: self.insert(n))
            self.chips.addWidget(button, number // 4, number % 4)
            self.chip_buttons[name] = button

    def _show_state(self) -> None:
        key = (self.kind, self.lang)
        info = self.templates.get(key)
        if info is None:
            self.state_label.setText(QCoreApplication.translate("Desk", "Loading…"))
            return
        if self.drafts.get(key, info.body) != info.body:
            self.state_label.setText(QCoreApplication.translate("Desk", "Changed, not saved yet"))
        elif info.is_default:
            self.state_label.setText(QCoreApplication.translate("Desk", "Standard text"))
        else:
            self.state_label.setText(QCoreApplication.translate("Desk", "The dealer's own text"))

    # -- loading -------------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self.templates:
            self.refresh()

    def refresh(self) -> None:
        self.pending += 1
        self.runner.run(
            desk.list_templates,
            self.state.require_ctx(),
            on_done=self._loaded,
            on_error=self._failed,
        )

    def _loaded(self, templates: list[desk.TemplateInfo]) -> None:
        self.pending -= 1
        self.templates = {(t.kind, t.lang): t for t in templates}
        self.choose(self.kind, self.lang)

    def _failed(self, err: UserError) -> None:
        self.pending -= 1
        show_error(self.error_label, err.message(self.state.lang))

    # -- editing -------------------------------------------------------------------------

    def choose(self, kind: str, lang: str) -> None:
        """Show one template; what was typed in another stays as its draft."""
        self.kind, self.lang = kind, lang
        self.kind_buttons[kind].setChecked(True)
        self.lang_buttons[lang].setChecked(True)
        info = self.templates.get((kind, lang))
        self._showing = True
        self.editor.setPlainText(self.drafts.get((kind, lang), info.body if info else ""))
        self._showing = False
        show_error(self.error_label, "")
        self._make_chips()
        self._show_state()
        self._update_buttons()
        self.ask_preview()

    def insert(self, name: str) -> None:
        self.editor.insertPlainText(f"{{{name}}}")
        self.editor.setFocus()

    def text(self) -> str:
        return self.editor.toPlainText()

    def _edited(self) -> None:
        if self._showing:
            return
        self.drafts[(self.kind, self.lang)] = self.text()
        show_error(self.error_label, "")
        self._show_state()
        self._update_buttons()
        self.preview_timer.start()

    def _update_buttons(self) -> None:
        info = self.templates.get((self.kind, self.lang))
        changed = info is not None and self.text() != info.body
        self.save_button.setEnabled(self.may_edit and changed)
        self.reset_button.setEnabled(
            self.may_edit and info is not None and (changed or not info.is_default)
        )
        self.save_button.setText(
            QCoreApplication.translate("Desk", "Save template") + (" *" if changed else "")
        )

    # -- preview -------------------------------------------------------------------------

    def ask_preview(self) -> None:
        if (self.kind, self.lang) not in self.templates:
            return
        self.pending += 1
        self.runner.run(
            preview,
            self.state.require_ctx(),
            self.kind,
            self.lang,
            self.text(),
            on_done=self._previewed,
        )

    def _set_refused(self, refused: bool) -> None:
        self.preview.setProperty("refused", refused)
        self.preview.style().unpolish(self.preview)
        self.preview.style().polish(self.preview)

    def _previewed(self, result: Preview) -> None:
        self.pending -= 1
        asked, text, err = result
        if asked != (self.kind, self.lang, self.text()):
            return  # an older answer arriving after the text changed again
        self._set_refused(err is not None)
        if err is not None:
            self.preview.setText(err.message(self.state.lang))
            self.length_label.setText(
                QCoreApplication.translate("Desk", "This text cannot be sent as it is.")
            )
            return
        self.preview.setText(text)
        self.length_label.setText(
            fill(
                QCoreApplication.translate("Desk", "%1 characters, about %2 text message(s)"),
                len(text),
                sms_parts(text),
            )
        )

    # -- saving --------------------------------------------------------------------------

    def save(self) -> None:
        self._store(self.text())

    def reset(self) -> None:
        standard = DEFAULT_TEMPLATES[(self.kind, self.lang)]
        self.editor.setPlainText(standard)
        self._store(standard)

    def _store(self, body: str) -> None:
        show_error(self.error_label, "")
        self.save_button.setEnabled(False)
        self.pending += 1
        self.runner.run(
            desk.save_template,
            self.state.require_ctx(),
            self.state.require_actor(),
            self.kind,
            self.lang,
            body,
            on_done=self._saved,
            on_error=self._refused,
        )

    def _saved(self, info: desk.TemplateInfo) -> None:
        self.pending -= 1
        key = (info.kind, info.lang)
        self.templates[key] = info
        self.drafts.pop(key, None)
        if key == (self.kind, self.lang):
            self._show_state()
            self._update_buttons()
        self.saved.emit(info)

    def _refused(self, err: UserError) -> None:
        self.pending -= 1
        show_error(self.error_label, err.message(self.state.lang))
        self._update_buttons()
