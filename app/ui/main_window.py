"""The shell: top bar (home, role switch, global search, switch user, language), a stack of
screens, and the always-visible status bar (who, which workstation, sync).

Thin on purpose: each screen gets the `AppState` and does its own work; the window only
navigates between them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QProgressBar, QVBoxLayout, QWidget

from app.config import Settings
from app.domain.errors import ExpectedError
from app.domain.roles import Role
from app.ui.generated.ui_main_window import Ui_MainWindow
from app.ui.i18n import LANG_KEY, LANG_NAMES, LANGS, Translators, role_label, roles_label
from app.ui.state import AppState
from app.ui.widgets import retranslate_form, setup_form

if TYPE_CHECKING:
    # Screens are imported when first shown: the first paint needs only the loading page.
    from app.services.dto import DealerInfo
    from app.services.roster import Roster, RosterDealer
    from app.ui.case_detail import CaseDetailPage
    from app.ui.crash import CrashHandler
    from app.ui.login_page import LoginPage
    from app.ui.search import SearchPage
    from app.ui.setup_page import SetupPage

SEARCH_DEBOUNCE_MS = 250
SYNC_START_MS = 1500
"""Background sync starts after the first screen is up (its imports are not free)."""
RETURN_TO_OPENER = frozenset({"key_steps"})
"""Pages whose Back returns to the page that opened them (found walking the app: the
technician's Back from key steps landed on his home, not on the job he was doing)."""

HOMES: tuple[Role, ...] = (
    Role.ADVISOR,
    Role.TEAM_LEAD,
    Role.TECHNICIAN,
    Role.QC_INSPECTOR,
    Role.MANAGER,
    Role.ADMIN,
)
"""Roles with a home screen, in the order a multi-role user's homes are offered."""


def make_home(role: Role, state: AppState) -> QWidget:
    from app.ui import homes_bay, homes_desk

    pages = {
        Role.ADVISOR: homes_desk.AdvisorHomePage,
        Role.TEAM_LEAD: homes_bay.TeamLeadHomePage,
        Role.TECHNICIAN: homes_bay.TechnicianHomePage,
        Role.QC_INSPECTOR: homes_bay.QcHomePage,
        Role.MANAGER: homes_desk.ManagerHomePage,
        Role.ADMIN: homes_desk.AdminHomePage,
    }
    page: QWidget = pages[role](state)
    return page


class IdleLock(QObject):
    """Locks the shared bay after `minutes` without a key press, click or touch.

    idle(): the time ran out.
    """

    idle = Signal()
    _ACTIVITY = frozenset(
        {
            QEvent.Type.MouseButtonPress,
            QEvent.Type.KeyPress,
            QEvent.Type.TouchBegin,
            QEvent.Type.Wheel,
        }
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)

    def arm(self, msecs: int) -> None:
        self.timer.start(msecs)

    def disarm(self) -> None:
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.timer.isActive() and event.type() in self._ACTIVITY:
            self.timer.start()
        return False


class LoadingPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loadingPage")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.label = QLabel(self)
        self.label.setObjectName("loadingLabel")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.label)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("loadingBar")
        self.bar.setRange(0, 0)
        self.bar.setMaximumWidth(480)
        layout.addWidget(self.bar, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Opening the workstation database…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class MainWindow(QMainWindow):
    """Signals: workstation_ready(bool): the database is open (True) or could not be (False).
    usable(): the first screen that takes input is up (the login tiles, or set-up), once."""

    workstation_ready = Signal(bool)
    usable = Signal()

    def __init__(
        self,
        state: AppState,
        translators: Translators,
        idle_lock: IdleLock | None = None,
        demo_orders: int | None = None,
    ) -> None:
        super().__init__()
        self.state = state
        self.translators = translators
        self.ui = Ui_MainWindow()
        setup_form(self.ui, self)
        self.homes: dict[Role, QWidget] = {}
        self.current_role: Role | None = None
        self.idle_lock = idle_lock or IdleLock(self)
        self.idle_lock.idle.connect(self.lock)
        self.state.actor_changed.connect(self._actor_changed)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle_lock)
        self.lock_override_ms: int | None = None
        # Screens: the loading page now, the others when first needed -------------------------
        self.loading_page = LoadingPage()
        self.ui.pages.addWidget(self.loading_page)
        self.ui.pages.setCurrentWidget(self.loading_page)
        self._demo_orders = demo_orders
        self._setup_page: SetupPage | None = None
        self._login_page: LoginPage | None = None
        self._search_page: SearchPage | None = None
        self._case_page: CaseDetailPage | None = None
        # Typed loosely: the pages are built by the reception and desk packages to the page
        # contract (ReceptionPage.open_case, DeskPage.go, close_requested).
        self._reception_page: Any = None
        self._desk_page: Any = None
        self._pages: dict[str, QWidget] = {}  # app.ui.pages.PAGES, made on first use
        self._previous: QWidget | None = None
        self._roster_shown = False
        self._usable_sent = False
        # Status bar: always visible ----------------------------------------------------------
        self.user_label = QLabel(self)
        self.user_label.setObjectName("userStatusLabel")
        self.workstation_label = QLabel(self)
        self.workstation_label.setObjectName("workstationStatusLabel")
        self.sync_label = QLabel(self)
        self.sync_indicator: QWidget | None = None
        """The head-office sync indicator once sync runs (in place of `sync_label`)."""
        self.sync_label.setObjectName("syncStatusLabel")
        self.sync_label.setProperty("role", "sync")
        self.statusBar().addWidget(self.user_label, 1)
        self.statusBar().addPermanentWidget(self.workstation_label)
        self.statusBar().addPermanentWidget(self.sync_label)
        self.statusBar().setSizeGripEnabled(False)
        # Wiring: every signal in one place --------------------------------------------------
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.run_search)
        self.ui.searchEdit.textEdited.connect(lambda _: self._search_timer.start())
        self.ui.searchEdit.returnPressed.connect(self.run_search)
        self.ui.homeButton.clicked.connect(self.go_home)
        self.ui.switchUserButton.clicked.connect(self.switch_user)
        self.ui.roleCombo.activated.connect(self._role_chosen)
        for lang in LANGS:
            self.ui.langCombo.addItem(LANG_NAMES[lang], lang)
        self.ui.langCombo.setCurrentIndex(LANGS.index(state.lang))
        self.ui.langCombo.activated.connect(self._lang_chosen)
        state.open_case_requested.connect(self.open_case)
        state.open_reception_requested.connect(self.open_reception)
        state.open_desk_requested.connect(self.open_desk)
        state.open_page_requested.connect(self.open_page)
        state.case_changed.connect(self._case_changed)
        state.runner.crashed.connect(self._task_crashed)
        self.crash_handler: CrashHandler | None = None
        self._update_chrome()
        self.resize(1366, 768)  # the smallest screen the bays have (issue 7 item 8)

    # -- screens, built on first use -------------------------------------------------------------
    @property
    def setup_page(self) -> SetupPage:
        if self._setup_page is None:
            from app.ui.setup_page import SetupPage

            orders = self._demo_orders
            page = SetupPage(self.state) if orders is None else SetupPage(self.state, orders)
            page.dealer_created.connect(self._dealer_known)
            page.set_up.connect(self._dealer_ready)
            self.ui.pages.addWidget(page)
            self._setup_page = page
        return self._setup_page

    @property
    def login_page(self) -> LoginPage:
        if self._login_page is None:
            from app.ui.login_page import LoginPage

            page = LoginPage(self.state)
            page.logged_in.connect(self.logged_in)
            page.tiles_shown.connect(self._now_usable)
            self.ui.pages.addWidget(page)
            self._login_page = page
        return self._login_page

    @property
    def search_page(self) -> SearchPage:
        if self._search_page is None:
            from app.ui.search import SearchPage

            page = SearchPage(self.state)
            self.ui.pages.addWidget(page)
            self._search_page = page
        return self._search_page

    @property
    def case_page(self) -> CaseDetailPage:
        if self._case_page is None:
            from app.ui.case_detail import CaseDetailPage

            page = CaseDetailPage(self.state)
            page.back_requested.connect(self.go_back)
            self.ui.pages.addWidget(page)
            self._case_page = page
        return self._case_page

    @property
    def reception_page(self) -> Any:
        """The one reception page (issue 7 item 8: a page of this window, not a window per
        click); made on first use, deleted when the person changes."""
        if self._reception_page is None:
            from app.ui import reception

            # The page keeps its own object name: the theme's reception section selects it.
            page = reception.ReceptionPage(self.state)  # type: ignore[attr-defined,unused-ignore]
            page.close_requested.connect(self.go_home)
            self.ui.pages.addWidget(page)
            self._reception_page = page
        return self._reception_page

    @property
    def desk_page(self) -> Any:
        """The one desk page (inquiries, roster, templates), like the reception page."""
        if self._desk_page is None:
            from app.ui import desk

            # The page keeps its own object name: the theme's desk section selects it.
            page = desk.DeskPage(self.state)  # type: ignore[attr-defined,unused-ignore]
            page.close_requested.connect(self.go_home)
            self.ui.pages.addWidget(page)
            self._desk_page = page
        return self._desk_page

    # -- start-up ---------------------------------------------------------------------------------
    def open_workstation(self) -> None:
        """Start-up, both steps on workers (the window is already painted with the loading
        page): first the login roster straight from SQLite (a few ms, no SQLAlchemy), so the
        name tiles respond at once; then the full database stack, which may migrate. A PIN
        entered before the second step finishes is checked as soon as it has."""
        self.state.runner.run(
            _quick_roster, self.state.settings.data_dir,
            on_done=self._roster, on_error=lambda _err: self._open_full(),
        )  # fmt: skip

    def _roster(self, roster: Roster | None) -> None:
        if roster is not None and self.state.ctx is None:
            self._roster_shown = True
            self._update_chrome(early=roster.dealer)
            self.ui.pages.setCurrentWidget(self.login_page)
            self.login_page.show_roster(roster.staff)
            # The rest waits until the event loop has turned (the tiles painted): the dealer's
            # DTO, then the full stack, whose imports hold the GIL for a while.
            QTimer.singleShot(0, self, lambda: self._dealer_known(roster.dealer.info()))
            QTimer.singleShot(0, self, self._open_full)
        else:
            self._open_full()

    def _open_full(self) -> None:
        self.state.runner.run(
            _open, self.state.settings, self.state.lang,
            on_done=self._opened, on_error=self._open_failed,
        )  # fmt: skip

    def _now_usable(self) -> None:
        if not self._usable_sent:
            self._usable_sent = True
            # Once the event loop has turned: the page just shown has been painted.
            QTimer.singleShot(0, self, self.usable.emit)

    def _opened(self, result: tuple[object, DealerInfo | None]) -> None:
        ctx, dealer = result
        self.state.ctx = ctx  # type: ignore[assignment]
        self.state.dealer = dealer
        self._update_chrome()
        QTimer.singleShot(SYNC_START_MS, self, self._start_sync)
        if dealer is None:
            self.ui.pages.setCurrentWidget(self.setup_page)
            self._now_usable()
        elif self._roster_shown:
            # The tiles are already up (maybe a PIN typed): keep them, let a login go through.
            self.login_page.database_ready()
        else:
            self.show_login()
        self.workstation_ready.emit(True)

    def _open_failed(self, err: ExpectedError) -> None:
        self.ui.pages.setCurrentWidget(self.loading_page)
        self.loading_page.bar.setVisible(False)
        self.loading_page.label.setText(self.state.message(err))
        self.workstation_ready.emit(False)

    def _dealer_known(self, dealer: DealerInfo) -> None:
        self.state.dealer = dealer
        self._update_chrome()

    def _dealer_ready(self, dealer: DealerInfo) -> None:
        self.state.dealer = dealer
        self._update_chrome()
        self.show_login()

    # -- login and lock -----------------------------------------------------------------------
    def show_login(self) -> None:
        self.ui.pages.setCurrentWidget(self.login_page)
        self.login_page.reload()

    def logged_in(self, actor: object) -> None:
        self.state.set_actor(actor)  # type: ignore[arg-type]
        roles = [r for r in self.state.require_actor().roles if r in HOMES]
        self.current_role = roles[0] if roles else None
        self._update_chrome()
        self.go_home()
        self.idle_lock.arm(self.lock_override_ms or self.state.lock_minutes() * 60_000)

    def switch_user(self) -> None:
        """Quick switch at a shared bay: back to the name tiles, nothing else to confirm."""
        self.lock()

    def lock(self) -> None:
        self.idle_lock.disarm()
        self.state.set_actor(None)

    def _actor_changed(self, actor: object) -> None:
        if actor is None:
            self._drop_person_pages()

    def _drop_person_pages(self) -> None:
        # Nothing of the previous person stays usable: homes, reception and desk go.
        pages: list[QWidget | None] = [
            *self.homes.values(),
            *self._pages.values(),
            self._reception_page,
            self._desk_page,
        ]
        for page in pages:
            if page is not None:
                shutdown = getattr(page, "shutdown", None)
                if shutdown is not None:
                    shutdown()  # the reception's camera stops before the page goes
                page.hide()
                self.ui.pages.removeWidget(page)
                page.deleteLater()
        self.homes.clear()
        self._pages.clear()
        self._reception_page = None
        self._desk_page = None
        # And no window of theirs either (the reception/desk windows before they became pages).
        for child in self.findChildren(QWidget):
            if child.isWindow() and child.isVisible():
                child.close()
        self.current_role = None
        self._previous = None
        self.ui.searchEdit.clear()
        self._update_chrome()
        if self.state.ctx is not None and self.state.dealer is not None:
            self.show_login()

    # -- navigation -----------------------------------------------------------------------------
    def home_page(self, role: Role) -> QWidget:
        if role not in self.homes:
            page = make_home(role, self.state)
            page.setObjectName(f"home_{role.value}")
            if role in (Role.ADVISOR, Role.MANAGER):
                # P3/A4: inquiries, duty roster and message templates open from these homes.
                from app.ui.desk.entry import add_entry_buttons

                add_entry_buttons(page, self.state)
            settings_closed = getattr(page, "sync_settings_closed", None)  # the admin's home
            if settings_closed is not None:
                # Enrolled from the settings: sync starts now, not at the next start.
                settings_closed.connect(self._start_sync)
            self.homes[role] = page
            self.ui.pages.addWidget(page)
        return self.homes[role]

    def go_home(self) -> None:
        if self.current_role is None:
            return
        self.ui.pages.setCurrentWidget(self.home_page(self.current_role))

    def _role_chosen(self, index: int) -> None:
        role = self.ui.roleCombo.itemData(index)
        if role:
            self.current_role = Role(role)
            self.go_home()

    def run_search(self) -> None:
        self._search_timer.stop()
        if self.state.actor is None:
            return
        text = self.ui.searchEdit.text().strip()
        if self.ui.pages.currentWidget() is not self.search_page:
            self._previous = self.ui.pages.currentWidget()
        self.ui.pages.setCurrentWidget(self.search_page)
        self.search_page.search(text)

    def open_case(self, key: str) -> None:
        if self.state.actor is None:
            return
        current = self.ui.pages.currentWidget()
        if current is not self.case_page:
            self._previous = current
        # Ask for the new case first: the page's own reload on show is then for this case.
        self.case_page.load(key)
        self.ui.pages.setCurrentWidget(self.case_page)

    def open_reception(self, case_id: str | None) -> None:
        """Show the reception page on `case_id`, or on a new booking when None."""
        if self.state.actor is None:
            return
        page = self.reception_page
        page.open_case(case_id)
        self.ui.pages.setCurrentWidget(page)

    def open_desk(self, page_name: str) -> None:
        """Show the desk page on "inquiries", "roster" or "templates"."""
        if self.state.actor is None:
            return
        page = self.desk_page
        page.go(page_name)
        self.ui.pages.setCurrentWidget(page)

    def page(self, name: str) -> Any:
        """The hosted page registered as `name` (app.ui.pages), made on first use."""
        if name not in self._pages:
            from app.ui.pages import page_class

            page = page_class(name)(self.state)
            page.setObjectName(f"page_{name}")
            # A page that is a step of another (key steps from the job or the QC inspection)
            # goes back to it; the others go home.
            page.close_requested.connect(self.go_back if name in RETURN_TO_OPENER else self.go_home)
            self.ui.pages.addWidget(page)
            self._pages[name] = page
        return self._pages[name]

    def open_page(self, name: str, arg: object) -> None:
        """Show the page registered as `name` on `arg` (a case id, or None)."""
        if self.state.actor is None:
            return
        current = self.ui.pages.currentWidget()
        page = self.page(name)
        if current is not page:
            self._previous = current
        page.open(arg)
        self.ui.pages.setCurrentWidget(page)

    def go_back(self) -> None:
        target = self._previous
        if target is None or self.ui.pages.indexOf(target) < 0 or self.state.actor is None:
            self.go_home()
            return
        self.ui.pages.setCurrentWidget(target)

    def _case_changed(self, _change: object) -> None:
        for home in self.homes.values():
            live = getattr(home, "live", None)
            if live is not None and home.isVisible():
                live.refresh()

    def _task_crashed(self, details: str) -> None:
        if self.crash_handler is not None:
            self.crash_handler.handle(details)

    def _start_sync(self) -> None:
        """Head-office sync in the background once enrolled (issue 4): the worker thread does
        every round; the indicator only polls its status snapshot."""
        from app.ui.sync_indicator import SyncIndicator

        ctx = self.state.ctx
        if self.sync_indicator is not None:
            return  # already syncing
        indicator = SyncIndicator()
        if ctx is not None and indicator.start_for(ctx.data_dir, ctx.db) is not None:
            self.set_sync_indicator(indicator)
        else:
            indicator.deleteLater()

    def set_sync_indicator(self, indicator: QWidget) -> None:
        """Show the head-office sync indicator (issue 4) in the status bar, in place of the
        "not enrolled" label."""
        self.sync_indicator = indicator
        self.sync_label.hide()
        self.statusBar().removeWidget(self.sync_label)
        indicator.setParent(self.statusBar())
        self.statusBar().addPermanentWidget(indicator)
        indicator.show()

    # -- language -----------------------------------------------------------------------------
    def _lang_chosen(self, index: int) -> None:
        self.set_language(str(self.ui.langCombo.itemData(index)))

    def set_language(self, lang: str) -> None:
        if lang == self.state.lang or lang not in LANGS:
            return
        self.state.lang = lang
        self.state.prefs.setValue(LANG_KEY, lang)
        self.state.prefs.sync()
        # Installing the translator sends LanguageChange to every widget; each screen
        # retranslates its form and repaints its models.
        self.translators.install(lang)
        self.ui.langCombo.setCurrentIndex(LANGS.index(lang))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            retranslate_form(self.ui, self)
            self._update_chrome()
        super().changeEvent(event)

    # -- chrome ---------------------------------------------------------------------------------
    def _update_chrome(self, early: RosterDealer | None = None) -> None:
        """`early`: who we are from the start-up roster, until `state.dealer` is known."""
        actor = self.state.actor
        dealer = self.state.dealer or early
        logged_in = actor is not None
        for widget in (self.ui.homeButton, self.ui.searchEdit, self.ui.switchUserButton):
            widget.setEnabled(logged_in)
        self.ui.roleCombo.clear()
        if actor is not None:
            for role in actor.roles:
                if role in HOMES:
                    self.ui.roleCombo.addItem(role_label(role), role.value)
            if self.current_role is not None:
                self.ui.roleCombo.setCurrentIndex(
                    max(0, self.ui.roleCombo.findData(self.current_role.value))
                )
        self.ui.roleCombo.setVisible(self.ui.roleCombo.count() > 1)
        self.ui.dealerLabel.setText(dealer.name if dealer else "ServiceBay")
        self.user_label.setText(
            self.tr("Logged in: %1 · %2")
            .replace("%1", actor.name)
            .replace("%2", roles_label(actor.roles))
            if actor is not None
            else self.tr("Nobody logged in")
        )
        self.workstation_label.setText(
            self.tr("Workstation: %1 (%2)")
            .replace("%1", dealer.workstation_name)
            .replace("%2", f"{dealer.code}-{dealer.workstation_code}")
            if dealer is not None
            else self.tr("Workstation: not set up")
        )
        # Until a sync indicator takes its place, the truth is that we are not enrolled.
        self.sync_label.setText(self.tr("Offline — not enrolled for head-office sync"))
        self.setWindowTitle(f"ServiceBay — {dealer.name}" if dealer is not None else "ServiceBay")


def _quick_roster(data_dir: Path) -> Roster | None:
    """Runs on a worker, imports included (they overlap the first paint)."""
    from app.services.roster import quick_roster

    return quick_roster(data_dir)


def _open(settings: Settings, lang: str) -> tuple[object, DealerInfo | None]:
    """Runs on a worker: open (and migrate) the database, and read who we are."""
    from app.services import setup

    ctx = setup.open_workstation(settings.data_dir, lang)
    dealer = setup.dealer_info(ctx) if setup.is_set_up(ctx) else None
    return ctx, dealer


def ui_prefs(settings: Settings) -> QSettings:
    """Per-workstation UI preferences (language, idle lock, geometry) beside its database."""
    path = settings.data_dir / "ui.ini"
    return QSettings(str(path), QSettings.Format.IniFormat)
