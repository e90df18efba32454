"""The dealer's KPI targets (issue 10 item 2): a small dialog from the manager's dashboard
(forms/kpi_targets_dialog.ui). The share on time aimed at per time rule, the wait aimed at per
stage; defaults from the standard (app/services/kpi_targets.py). Saving goes through the task
runner; a refused value is shown at the dialog and nothing is lost."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QSpinBox, QWidget

from app.domain.errors import UserError
from app.services import kpi_targets
from app.ui.generated.ui_kpi_targets_dialog import Ui_KpiTargetsForm
from app.ui.i18n import QT_TRANSLATE_NOOP, sla_rule_label, translated
from app.ui.state import AppState
from app.ui.widgets import setup_form, show_error

MILESTONES: dict[str, str] = {
    "opened": QT_TRANSLATE_NOOP("KpiStage", "Opened"),
    "sign_confirmation": QT_TRANSLATE_NOOP("KpiStage", "Signed"),
    "dispatch": QT_TRANSLATE_NOOP("KpiStage", "Dispatched"),
    "start_work": QT_TRANSLATE_NOOP("KpiStage", "Started"),
    "finish_work": QT_TRANSLATE_NOOP("KpiStage", "Finished"),
    "qc": QT_TRANSLATE_NOOP("KpiStage", "QC"),
    "deliver": QT_TRANSLATE_NOOP("KpiStage", "Delivered"),
}


def stage_label(start: str, stop: str) -> str:
    return (
        f"{translated('KpiStage', MILESTONES[start])} → {translated('KpiStage', MILESTONES[stop])}"
    )


def target_label(key: str) -> str:
    """A weak spot's or target's name: the rule as the standard names it, or the stage."""
    if kpi_targets.is_stage(key):
        start, stop = key.split("-", 1)
        return stage_label(start, stop)
    return sla_rule_label(key)


class KpiTargetsDialog(QDialog):
    """Edits every target at once; `saved` carries the dealer's targets after saving."""

    saved = Signal(dict)

    def __init__(
        self, state: AppState, current: dict[str, float], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.ui = Ui_KpiTargetsForm()
        setup_form(self.ui, self)
        self.spins: dict[str, QSpinBox] = {}
        for index, rule in enumerate(kpi_targets.RULES):
            getattr(self.ui, f"rule{index}Label").setText(sla_rule_label(rule))
            self.spins[rule] = getattr(self.ui, f"rule{index}Spin")
        for index, key in enumerate(kpi_targets.STAGE_DEFAULTS):
            getattr(self.ui, f"stage{index}Label").setText(target_label(key))
            self.spins[key] = getattr(self.ui, f"stage{index}Spin")
        self._fill(current)
        self.ui.defaultsButton.clicked.connect(lambda: self._fill(kpi_targets.DEFAULTS))
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.saveButton.clicked.connect(self._save)
        show_error(self.ui.errorLabel, "")

    def _fill(self, values: dict[str, float]) -> None:
        for key, spin in self.spins.items():
            value = values.get(key, kpi_targets.DEFAULTS[key])
            spin.setValue(round(value * 100) if key in kpi_targets.RULES else round(value))

    def values(self) -> dict[str, float]:
        return {
            key: spin.value() / 100 if key in kpi_targets.RULES else float(spin.value())
            for key, spin in self.spins.items()
        }

    def _save(self) -> None:
        actor = self.state.actor
        if actor is None:
            return
        self.ui.saveButton.setEnabled(False)
        self.state.runner.run(
            kpi_targets.set_targets,
            self.state.require_ctx(),
            actor,
            self.values(),
            on_done=self._done,
            on_error=self._failed,
        )

    def _done(self, targets: dict[str, float]) -> None:
        self.saved.emit(targets)
        self.accept()

    def _failed(self, err: UserError) -> None:
        self.ui.saveButton.setEnabled(True)
        show_error(self.ui.errorLabel, self.state.message(err))
        field = err.params.get("field")
        if isinstance(field, str) and field in self.spins:
            self.spins[field].setFocus()
