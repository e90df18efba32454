"""W1: the reason the team lead gives for assigning a technician who is off shift or already
on an urgent job (issue 8 item 1). A small dialog from forms/override_reason.ui; the service
records the reason and refuses the assignment without one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QWidget

from app.ui.generated.ui_override_reason import Ui_OverrideReasonForm
from app.ui.i18n import QT_TRANSLATE_NOOP, translated
from app.ui.widgets import setup_form, show_error

OVERRIDE_PRESETS = (
    QT_TRANSLATE_NOOP("OverrideReason", "Only this technician knows this model"),
    QT_TRANSLATE_NOOP("OverrideReason", "Customer waiting; the technician agreed to overtime"),
    QT_TRANSLATE_NOOP("OverrideReason", "Short job between the steps of the urgent one"),
)


class OverrideReasonDialog(QDialog):
    """W1: why a technician off shift or on an urgent job gets this case. Empty is refused
    at the field."""

    reason_given = Signal(str)

    def __init__(self, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OverrideReasonForm()
        setup_form(self.ui, self)
        self.ui.questionLabel.setText(question)
        self.ui.presetCombo.addItem(
            QCoreApplication.translate("OverrideReason", "Choose a common reason…"), ""
        )
        for text in OVERRIDE_PRESETS:
            shown = translated("OverrideReason", text)
            self.ui.presetCombo.addItem(shown, shown)
        self.ui.presetCombo.activated.connect(self._preset)
        self.ui.assignButton.clicked.connect(self._assign)
        self.ui.cancelButton.clicked.connect(self.reject)
        show_error(self.ui.errorLabel, "")

    def _preset(self, _index: int) -> None:
        text = self.ui.presetCombo.currentData()
        if text:
            self.ui.reasonEdit.setText(str(text))

    def _assign(self) -> None:
        reason = self.ui.reasonEdit.text().strip()
        if not reason:
            show_error(self.ui.errorLabel, self.tr("Write the reason: it is recorded."))
            self.ui.reasonEdit.setFocus()
            return
        self.reason_given.emit(reason)
        self.accept()
