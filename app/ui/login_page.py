"""Login at a shared bay: large name tiles (gloves), then the PIN on an on-screen keypad or
the keyboard. A wrong PIN clears the field and says so in the user's language."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from app.domain.errors import UserError
from app.ui.generated.ui_login import Ui_LoginForm
from app.ui.i18n import roles_label
from app.ui.state import AppState
from app.ui.widgets import retranslate_form, setup_form, show_error

if TYPE_CHECKING:
    from app.domain.roles import Role

TILE_COLUMNS = 4


class StaffTile(Protocol):
    """What a name tile needs: `StaffInfo` (services) and `RosterStaff` (start-up) both fit."""

    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def roles(self) -> tuple[Role, ...]: ...


class LoginPage(QWidget):
    """Signals: logged_in(object): the `Actor` whose PIN was right. tiles_shown(): the name
    tiles are up and take input (start-up measures to this point)."""

    logged_in = Signal(object)
    tiles_shown = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.ui = Ui_LoginForm()
        setup_form(self.ui, self)
        self.staff: list[StaffTile] = []
        self.selected: StaffTile | None = None
        self.tiles: list[QPushButton] = []
        self._busy = False
        self._pending_pin: str | None = None
        """A PIN entered while the database was still opening (start-up fast path)."""
        for digit in "0123456789":
            key: QPushButton = getattr(self.ui, f"key{digit}")
            key.clicked.connect(lambda _=False, d=digit: self._press(d))
        self.ui.keyBack.clicked.connect(self.ui.pinEdit.backspace)
        self.ui.keyClear.clicked.connect(self.ui.pinEdit.clear)
        self.ui.backButton.clicked.connect(self.show_staff)
        self.ui.loginButton.clicked.connect(self.try_login)
        self.ui.pinEdit.returnPressed.connect(self.try_login)
        self.ui.pinEdit.textEdited.connect(lambda _: show_error(self.ui.pinErrorLabel, ""))
        show_error(self.ui.pinErrorLabel, "")
        self.ui.loginStack.setCurrentWidget(self.ui.staffPage)

    # -- staff tiles -------------------------------------------------------------------------
    def reload(self) -> None:
        """Fetch the active staff (on a worker) and show their tiles."""
        from app.services import staff as staff_service

        self.show_staff()
        self.state.runner.run(
            staff_service.list_staff, self.state.require_ctx(), on_done=self._show_tiles
        )

    def show_roster(self, staff: Sequence[StaffTile]) -> None:
        """Show tiles already read (the start-up roster), without a trip to the services."""
        self.show_staff()
        self._show_tiles(staff)

    def _show_tiles(self, staff: Sequence[StaffTile]) -> None:
        self.staff = list(staff)
        for tile in self.tiles:
            tile.deleteLater()
        self.tiles.clear()
        for i, member in enumerate(self.staff):
            tile = QPushButton(self.ui.staffTiles)
            tile.setObjectName(f"staffTile{i}")
            tile.setProperty("role", "tile")
            tile.setProperty("staff_id", member.id)
            tile.setText(f"{member.name}\n{roles_label(member.roles)}")
            tile.setMinimumSize(220, 110)
            tile.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            tile.clicked.connect(lambda _=False, m=member: self.pick(m))
            self.ui.staffGrid.addWidget(tile, i // TILE_COLUMNS, i % TILE_COLUMNS)
            self.tiles.append(tile)
        self.ui.staffGrid.setRowStretch(len(self.staff) // TILE_COLUMNS + 1, 1)
        self.tiles_shown.emit()

    def tile_for(self, name: str) -> QPushButton:
        for tile, member in zip(self.tiles, self.staff, strict=True):
            if member.name == name:
                return tile
        raise KeyError(name)

    def show_staff(self) -> None:
        self.selected = None
        if self._pending_pin is not None:  # a waiting PIN is dropped with its name
            self._pending_pin = None
            self._busy = False
            self.ui.loginButton.setEnabled(True)
        self.ui.pinEdit.clear()
        show_error(self.ui.pinErrorLabel, "")
        self.ui.loginStack.setCurrentWidget(self.ui.staffPage)

    # -- PIN ----------------------------------------------------------------------------------
    def pick(self, member: StaffTile) -> None:
        self.selected = member
        self.ui.selectedStaffLabel.setText(f"{member.name} · {roles_label(member.roles)}")
        self.ui.pinEdit.clear()
        show_error(self.ui.pinErrorLabel, "")
        self.ui.loginStack.setCurrentWidget(self.ui.pinPage)
        self.ui.pinEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _press(self, digit: str) -> None:
        self.ui.pinEdit.insert(digit)
        show_error(self.ui.pinErrorLabel, "")

    def try_login(self) -> None:
        if self.selected is None or self._busy:
            return
        pin = self.ui.pinEdit.text()
        if not pin:
            show_error(self.ui.pinErrorLabel, self.tr("Enter your PIN."))
            return
        self._busy = True
        self.ui.loginButton.setEnabled(False)
        if self.state.ctx is None:
            # Tiles came from the start-up roster; the check runs once the database is open.
            self._pending_pin = pin
            return
        self._check(pin)

    def database_ready(self) -> None:
        """The full database stack is open: check a PIN entered while it was opening."""
        pin, self._pending_pin = self._pending_pin, None
        if pin is not None and self.selected is not None:
            self._check(pin)

    def _check(self, pin: str) -> None:
        from app.services import staff as staff_service

        assert self.selected is not None
        self.state.runner.run(
            staff_service.login,
            self.state.require_ctx(),
            self.selected.id,
            pin,
            on_done=self._accepted,
            on_error=self._refused,
        )

    def _accepted(self, actor: object) -> None:
        self._busy = False
        self.ui.loginButton.setEnabled(True)
        self.ui.pinEdit.clear()
        self.logged_in.emit(actor)

    def _refused(self, err: UserError) -> None:
        self._busy = False
        self.ui.loginButton.setEnabled(True)
        self.ui.pinEdit.clear()
        show_error(self.ui.pinErrorLabel, self.state.message(err))
        self.ui.pinEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            retranslate_form(self.ui, self)
            for tile, member in zip(self.tiles, self.staff, strict=True):
                tile.setText(f"{member.name}\n{roles_label(member.roles)}")
            if self.selected is not None:
                self.ui.selectedStaffLabel.setText(
                    f"{self.selected.name} · {roles_label(self.selected.roles)}"
                )
        super().changeEvent(event)
