"""The main window: it puts together the search field, the member list (``member_table``),
the detail pane (``detail``), what the search says (``search_feedback``), the banners
(``news_banner``, ``edition_banners``), the actions (``window_actions``), the status bar
(``recheck_status``) and the locked page (``locked_page``), and runs what goes between them:
sessions, search, re-checks, imports, locking, drag and drop.

Everything it shows comes from a ``Session`` (the services the CLI uses); the dialogs
(unlock, import, find my mail, history, export, sheet, settings, crash) are imported when first
used, which also keeps start-up short. The remembered mailboxes are re-checked in the
background at start and with F5 (``gui.recheck``); a new edition is announced in a banner.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tldops_desktop import __version__
from tldops_desktop.core.model import Contact, Member, edition_date
from tldops_desktop.errors import UserError
from tldops_desktop.gui.announce import Announcer
from tldops_desktop.gui.clipboard import ClipboardGuard
from tldops_desktop.gui.colours import set_readable_placeholder
from tldops_desktop.gui.detail import DetailPane, position_label
from tldops_desktop.gui.edition_banners import EditionBanners
from tldops_desktop.gui.elided_label import ElidedLabel
from tldops_desktop.gui.i18n import ltr  # LTR values in Arabic
from tldops_desktop.gui.icons import icon, refresh_icons, set_icon
from tldops_desktop.gui.idle_lock import IdleLock
from tldops_desktop.gui.locked_page import LockedPage
from tldops_desktop.gui.member_table import MOVE_KEYS, MemberTable, typed_text
from tldops_desktop.gui.models import MemberSortProxy, MemberTableModel
from tldops_desktop.gui.news_banner import NewsBanner
from tldops_desktop.gui.recheck import Rechecker, RecheckOutcome
from tldops_desktop.gui.recheck_status import RecheckStatus
from tldops_desktop.gui.screen_fit import resize_to_fit
from tldops_desktop.gui.search_feedback import SearchFeedback
from tldops_desktop.gui.session import Clock, Session, open_demo_store, utc_now
from tldops_desktop.gui.settings_store import AppSettings
from tldops_desktop.gui.welcome import WelcomePage
from tldops_desktop.gui.window_actions import WindowActions
from tldops_desktop.services import sources
from tldops_desktop.services.import_report import ImportReport
from tldops_desktop.services.importer import ImportOptions
from tldops_desktop.services.store import Store, database_exists
from tldops_desktop.services.trust import save_identity
from tldops_desktop.storage.keys import (
    PASSPHRASE_ENV,
    PASSPHRASE_FILE_ENV,
    DatabaseKey,
    KeySource,
)

REGIONS = ("AF", "AP", "EU", "LAC", "NA")
FRESHNESS_CHECK_MS = 3_600_000
STARTUP_RECHECK_MS = 800  # after the first paint, so the window shows at once
# How often a visible window asks the database whether another process (``tldops import``,
# a second window) stored a new current edition: one indexed query, so a few seconds is cheap.
STORE_POLL_MS = 3000

# What a desktop sends when its theme changes while the app runs.
THEME_EVENTS = (
    QEvent.Type.PaletteChange,
    QEvent.Type.ApplicationPaletteChange,
    QEvent.Type.ThemeChange,
)

UrlOpener = Callable[[QUrl], Any]
# Files that hold one message: never a new edition in them, so not worth re-checking.
SINGLE_MESSAGE_SUFFIXES = (".eml", ".msg", ".emlx", ".txt")


def mailbox_like(path: str) -> bool:
    """A mailbox or mail folder (which next month's email may reach), not one saved message."""
    return Path(path).is_dir() or not path.lower().endswith(SINGLE_MESSAGE_SUFFIXES)


def _scrolled(page: QWidget) -> QScrollArea:
    """``page`` in a scroll area without a frame or a Tab stop: a stack is as tall as its
    tallest page, and the welcome page, taller than a short screen, made the window so."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(page)
    return area


class Page:
    WELCOME = 0
    DATA = 1
    LOCKED = 2


class MainWindow(QMainWindow):
    def __init__(
        self,
        settings: AppSettings,
        data_dir: Path,
        session: Session | None = None,
        *,
        clock: Clock = utc_now,
        url_opener: UrlOpener | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.data_dir = data_dir
        self.session: Session | None = None
        self.clock = clock
        self._url_opener: UrlOpener = url_opener or QDesktopServices.openUrl
        self._locked_demo: bool | None = None  # set while locked: was the demo open?
        self.setObjectName("main-window")
        self.setAcceptDrops(True)

        self.clipboard = ClipboardGuard(
            lambda: max(0, int(self.settings.get("privacy/clipboard_clear_seconds"))) * 1000, self
        )
        self.idle_lock = IdleLock(self)
        self.idle_lock.timed_out.connect(self.lock_after_idle)
        self._idle_filter_installed = False
        self.rechecker = Rechecker(self)
        self.rechecker.finished.connect(self._recheck_done)
        self.last_recheck: RecheckOutcome | None = None
        self._started_up = False
        self.history_dialog: QWidget | None = None
        self.find_mail_dialog: QWidget | None = None

        self._theme_timer = QTimer(self)
        self._theme_timer.setSingleShot(True)
        self._theme_timer.setInterval(0)
        self._theme_timer.timeout.connect(self._theme_changed)

        self.commands = WindowActions(self)
        self.actions_by_key = self.commands.by_key
        self.tools_menu = self.commands.tools_menu
        self.tools_menu.aboutToShow.connect(self._fill_tools_menu)
        self.toolbar = self.commands.toolbar
        self.announcer = Announcer(self)
        self._build_pages()
        self._build_status_bar()
        self._name_search_field_buttons()

        self._freshness_timer = QTimer(self)
        self._freshness_timer.setInterval(FRESHNESS_CHECK_MS)
        self._freshness_timer.timeout.connect(self._update_banner)
        self._freshness_timer.start()

        self._importing = False  # an import runs in this window: never reload under it
        self._store_poll = QTimer(self)
        self._store_poll.setInterval(STORE_POLL_MS)
        self._store_poll.timeout.connect(self.check_store_changed)

        self._restore_window_state()
        self.set_session(session)
        self.apply_settings()

    # ================================================================== building

    def _name_search_field_buttons(self) -> None:
        """The search field's icon buttons (the search icon, the clear button): a name for
        screen readers and a tooltip; the search icon drawn again after a theme switch."""
        for action in self.search_field.findChildren(QAction):  # actions() lacks Qt's own
            if action.objectName() == "_q_qlineeditclearaction":  # the clear button
                text = self.tr("Clear the search")
            else:
                text = self.tr("Search")
                set_icon(action, "search")
                action.triggered.connect(lambda _checked=False: self.focus_search())
            action.setText(text)
            action.setToolTip(text)
        for button in self.search_field.findChildren(QToolButton):
            action = button.defaultAction()
            if action is not None:
                button.setAccessibleName(action.text())

    def _build_pages(self) -> None:
        self.stack = QStackedWidget(self)
        self.welcome = WelcomePage(self.data_dir)
        self.welcome.import_requested.connect(self.import_file)
        self.welcome.find_mail_requested.connect(self.find_my_mail)
        self.welcome.demo_requested.connect(self.open_demo)
        self.stack.addWidget(_scrolled(self.welcome))
        self.stack.addWidget(self._build_data_page())
        self.locked_page = LockedPage()
        self.locked_page.unlock_requested.connect(self.unlock_again)
        self.stack.addWidget(self.locked_page)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.news = NewsBanner()
        self.news.changes_requested.connect(self.show_new_changes)
        self.news.review_requested.connect(self.review_untrusted)
        column.addWidget(self.news)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def _build_data_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 8, 8, 0)

        self.banners = EditionBanners(self)
        self.banners.import_requested.connect(self.import_file)
        layout.addWidget(self.banners.freshness)
        layout.addWidget(self.banners.trust)

        row = QHBoxLayout()
        self.search_field = QLineEdit()
        self.search_field.setObjectName("search-field")
        self.search_field.setPlaceholderText(
            self.tr("Search ccTLD, country, name, email or phone (Ctrl+F)")
        )
        set_readable_placeholder(self.search_field)  # what to type, read in any theme
        self.search_field.setClearButtonEnabled(True)
        self.search_field.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_field.setAccessibleName(self.tr("Search members"))
        self.search_field.setAccessibleDescription(
            self.tr(
                "Type a ccTLD, country, name, email or phone digits; Up and Down move in the "
                "list, Enter shows the contacts, Escape clears"
            )
        )
        self.search_field.textChanged.connect(lambda _text: self._filter())
        self.search_field.installEventFilter(self)
        font = self.search_field.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.search_field.setFont(font)
        row.addWidget(self.search_field, 1)

        self.region_combo = QComboBox()
        self.region_combo.setObjectName("region-filter")
        self.region_combo.addItem(self.tr("All regions"), "")
        for region in REGIONS:
            self.region_combo.addItem(region, region)
        self.region_combo.addItem(self.tr("Unknown region"), "unknown")
        self.region_combo.setAccessibleName(self.tr("Region filter"))
        self.region_combo.setToolTip(self.tr("Show the members of one ICANN region"))
        self.region_combo.currentIndexChanged.connect(lambda _index: self._filter())
        row.addWidget(self.region_combo)
        self.feedback = SearchFeedback(self)
        self.feedback.all_regions_requested.connect(self.show_all_regions)
        self.feedback.search_requested.connect(self.search_instead)
        self.feedback.former_member_requested.connect(self.show_former_member)
        self.feedback.url_requested.connect(self.open_url)
        row.addWidget(self.feedback.result_label)
        layout.addLayout(row)
        layout.addWidget(self.feedback.not_member_notice)
        layout.addWidget(self.feedback.search_hint)

        self.model = MemberTableModel(self)
        self.proxy = MemberSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = MemberTable(self.model, self.proxy)
        self.table.open_requested.connect(self.open_detail)
        self.table.search_requested.connect(self.focus_search)
        self.table.text_typed.connect(self.type_into_search)
        self.table.copy_requested.connect(self.copy_value)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.detail = DetailPane()
        self.detail.setObjectName("detail-pane")
        self.detail.copy_requested.connect(self.copy_value)
        self.detail.qr_requested.connect(self.show_qr_of)
        self.detail.link_activated.connect(self.open_url)
        self.detail.set_tools_menu(self.tools_menu)
        self.detail.installEventFilter(self)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main-splitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        self.results_stack = QStackedWidget()
        self.results_stack.setObjectName("results-stack")
        self.results_stack.addWidget(self.splitter)
        self.results_stack.addWidget(self.feedback.empty_state)
        layout.addWidget(self.results_stack, 1)
        return page

    def _build_status_bar(self) -> None:
        self.recheck_label = RecheckStatus(self.clock)
        self.statusBar().addWidget(self.recheck_label, 1)
        # What each says is its description: as its accessible name it hid the text itself
        # (a screen reader said "Current edition", never which).
        self.edition_label = QLabel()
        self.edition_label.setAccessibleDescription(self.tr("Current edition"))
        self.counts_label = QLabel()
        self.counts_label.setAccessibleDescription(self.tr("Members and contacts"))
        self.changes_label = ElidedLabel()  # the least needed: it gives way first
        self.changes_label.setAccessibleDescription(self.tr("Changes"))
        for label in (self.changes_label, self.edition_label, self.counts_label):
            label.setContentsMargins(10, 0, 10, 0)
            self.statusBar().addPermanentWidget(label)
        self.statusBar().messageChanged.connect(self._make_room_for_message)
        self.statusBar().messageChanged.connect(self.announcer.say)  # "Copied …", "Exported …"

    def _make_room_for_message(self, message: str) -> None:
        """A passing message ("Copied all contacts of .de ...") is read whole: the counts and
        the changes give way while it shows (the edition stays)."""
        for label in (self.changes_label, self.counts_label):
            label.setVisible(not message)

    # ================================================================== session

    def set_session(self, session: Session | None) -> None:
        """Show ``session`` (or the welcome page without one); the old one is closed."""
        old = self.session
        if old is not None and old is not session:
            self.rechecker.cancel()  # it stores into the old session's database
            self.news.dismiss()
            old.reloaded.disconnect(self._on_reloaded)
            old.close()
        self.session = session
        if session is not None:
            session.reloaded.connect(self._on_reloaded)
        self._locked_demo = None
        self._on_reloaded()

    def _on_reloaded(self) -> None:
        session = self.session
        if session is None and database_exists(self.data_dir):
            # Contacts there but not open (an unlock cancelled after a restore): say so,
            # with the way to open them, never "No contacts yet".
            self.model.set_members(())
            self.detail.clear()
            if not self.is_locked:
                self._show_locked_page(
                    self.tr("The contacts are closed. Unlock them to see them again.")
                )
            return
        has_data = session is not None and session.has_data
        self.stack.setCurrentIndex(Page.DATA if has_data else Page.WELCOME)
        if session is not None and has_data:
            previous = self.current_member()
            self.model.set_members((), session.changed_members())
            self._filter(keep=previous.tld.ace if previous is not None else None)
        else:
            self.model.set_members(())
            self.detail.clear()
        self._update_title()
        self._update_status()
        self._update_banner()
        self._update_actions()
        if has_data:
            self.focus_search()
        else:
            self.welcome.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Build the search index once the window has painted: it is ready before a first
        # keystroke can arrive, and the window with its data shows without waiting for it.
        QTimer.singleShot(30, self._prepare_session)
        if not self._started_up:
            self._started_up = True
            if self.settings.get("startup/recheck_sources"):
                QTimer.singleShot(STARTUP_RECHECK_MS, self, self._start_up_recheck)

        self._store_poll.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._store_poll.stop()  # a hidden window shows nothing stale; activation checks

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.check_store_changed()
        elif event.type() in THEME_EVENTS:
            self._theme_timer.start()  # once for the burst of events a theme switch sends

    def _theme_changed(self) -> None:
        """After a theme switch while the app runs (dark mode at night, high contrast): the
        icons drawn again in the new text colour, the detail pane in the new palette."""
        refresh_icons(self)
        self.detail.restyle()

    def check_store_changed(self) -> bool:
        """Reload when another process stored a new current edition; True when it did.

        Never while this window's import dialog runs, nor while any modal dialog works on the
        session (a restore). A background re-check is no obstacle: its thread only reads the
        mailboxes, and it stores on this (GUI) thread in one go, which a poll cannot split."""
        session = self.session
        if (
            session is None
            or self.is_locked
            or self._importing
            or QApplication.activeModalWidget() is not None
        ):
            return False
        try:
            outdated = session.is_outdated()
        except Exception:  # busy or unreadable for a moment: the next tick asks again
            return False
        if not outdated:
            return False
        focus = QApplication.focusWidget()
        session.reload()  # as F5 does: the query and the selected member are kept
        if focus is not None and focus.isVisible() and self.isActiveWindow():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)  # the reload put it on the search
        stamp = session.edition.stamp if session.edition is not None else ""
        self.recheck_label.stored_elsewhere(stamp)
        return True

    def _prepare_session(self) -> None:
        if self.session is not None:
            self.session.prepare()
            # The numbers next, in a turn of their own: a keystroke in between is served first.
            QTimer.singleShot(0, self._prepare_numbers)

    def _prepare_numbers(self) -> None:
        if self.session is not None:
            self.session.prepare_numbers()

    def refresh(self) -> None:
        """F5: read the database again, and check the remembered mailboxes for new editions."""
        self.check_for_new_editions()

    # ================================================================== re-check

    def _start_up_recheck(self) -> None:
        """At start (when unlocked and mailboxes are remembered): quietly, in the background."""
        session = self.session
        if session is None or session.demo or self.is_locked:
            return
        self.check_for_new_editions(at_start=True)

    def check_for_new_editions(self, *, at_start: bool = False) -> bool:
        """Re-check the remembered mailboxes off the GUI thread; True when a check started.

        Without remembered mailboxes (or on the demo) only the database is read again.
        Problems go to the status bar, never to a dialog.
        """
        session = self.session
        if session is None or self.is_locked:
            return False
        if self._importing:
            # The start-up timer can fire inside the import's dialog (the import created
            # the database): a check then would store the edition the import is reading.
            return False
        if self.rechecker.running:
            self.statusBar().showMessage(
                self.tr("Already checking the remembered mailboxes for new editions."), 4000
            )
            return False
        if not at_start:
            session.reload()
        if session.store.read_only and not session.demo:
            self.recheck_label.read_only()
            return False
        if session.demo:
            return False
        options = self._import_options()
        try:
            started = self.rechecker.start(session.store, options)
        except UserError as error:
            self.recheck_label.could_not_check(error)
            return False
        if not started:
            if not at_start:
                self.recheck_label.no_mailbox()
            return False
        count = len(self.rechecker.worker.paths) if self.rechecker.worker is not None else 0
        self.recheck_label.checking(count)
        return True

    def _recheck_done(self, outcome: RecheckOutcome) -> None:
        self.last_recheck = outcome
        session = self.session
        if session is None or session.store is not outcome.store:
            return  # the window moved on (locked, another store): nothing to announce
        if outcome.crash:
            from tldops_desktop.gui.dialogs.crash import report_crash

            self.recheck_label.crashed()
            report_crash(self, outcome.crash)
            return
        shown = session.edition.stamp if session.edition is not None else None
        # The current edition changed during the check, and not through it (the branches
        # below say so first): another process stored it. Show it, if the poll has not yet.
        current = outcome.current
        elsewhere = current is not None and (
            current != shown or current != outcome.previous_current
        )
        if outcome.report.imported or outcome.report.reread or elsewhere:
            session.reload()
        self.recheck_label.finished(outcome, elsewhere=elsewhere)
        report = outcome.report
        if outcome.error or outcome.unreadable or outcome.new_edition or report.imported:
            self.announcer.say(self.recheck_label.text())  # not "no new edition", each start
        self._announce(outcome)

    def _announce(self, outcome: RecheckOutcome) -> None:
        session = self.session
        if session is None:
            return
        self.news.announce(outcome, session.diff, two_editions=self._has_two_editions())

    def _has_two_editions(self) -> bool:
        session = self.session
        return session is not None and len(session.store.repo.latest_stamps(2)) == 2

    def show_new_changes(self) -> None:
        """The history, comparing the two latest editions (what the banner announced)."""
        session = self.session
        if session is None:
            return
        stamps = session.store.repo.latest_stamps(2)
        if len(stamps) < 2:
            return
        from tldops_desktop.gui.dialogs.history import HistoryDialog

        dialog = HistoryDialog(self, session.store.repo, old=stamps[1], new=stamps[0])
        dialog.former_member_chosen.connect(self.show_former_member)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._history_closed)
        self.history_dialog = dialog
        dialog.open()

    def _history_closed(self) -> None:
        self.history_dialog = None

    def review_untrusted(self) -> ImportReport | None:
        """The import flow on where the ignored editions were found: the user decides."""
        paths = [p for p in self.news.review_paths if Path(p).exists()]
        session = self.session
        if not paths or session is None or session.demo:
            return None
        self.news.take_review_paths()
        options = self._import_options()
        try:
            report = self._run_import_dialog(session.store, paths, options)
        except UserError as error:
            self._show_error(error)
            report = None
        if self.session is not None:
            self.session.reload()
        return report

    def _update_title(self) -> None:
        session = self.session
        parts = []
        if session is not None and session.edition is not None:
            parts.append(self.tr("edition %1").replace("%1", session.edition.stamp))
            if not session.edition.trusted:
                parts.append(self.tr("(NOT sent through the list)"))
        if session is not None and session.demo:
            parts.append(self.tr("(demo)"))
        # Qt appends the application's display name to any other title (" — TLD-OPS Desktop",
        # where the platform does): the name is written here only when there is nothing else.
        self.setWindowTitle(" ".join(parts) or self.tr("TLD-OPS Desktop"))

    def _update_status(self) -> None:
        session = self.session
        edition = session.edition if session is not None else None
        diff = session.diff if session is not None else None
        if diff is not None and diff.members:
            self.changes_label.setText(
                self.tr("Bold: changed since %1").replace("%1", ltr(diff.old_stamp))
            )
        else:
            self.changes_label.setText("")
        if edition is None:
            self.edition_label.setText(self.tr("No contacts yet"))
            self.counts_label.setText("")
            return
        when = edition_date(edition)
        text = self.tr("Edition %1").replace("%1", ltr(edition.stamp))
        if when is not None:
            text += " · " + ltr(when.date().isoformat())
        if not edition.trusted:
            text += " · " + self.tr("NOT sent through the list")
        if session is not None and session.demo:
            text += " · " + self.tr("demo data, invented people")
        self.edition_label.setText(text)
        locale = QLocale()  # the UI language's digits and thousands separator
        self.counts_label.setText(
            self.tr("%1 members · %2 contacts")
            .replace("%1", locale.toString(len(edition.members)))
            .replace("%2", locale.toString(edition.contact_count))
        )

    def _update_banner(self) -> None:
        self.banners.show_for(self.session, self.clock())

    def _update_actions(self) -> None:
        session = self.session
        self.commands.update(
            has_data=session is not None and session.has_data,
            member=self.current_member() is not None,
            demo=session is not None and session.demo,
            read_only=session is not None and session.store.read_only,
            session=session is not None,
            locked=self.is_locked,
        )

    # ================================================================== search and list

    def _filter(self, keep: str | None = None) -> None:
        """Search again; select ``keep`` (an A-label) if it is still shown, else the first."""
        session = self.session
        if session is None or not session.has_data:
            return
        region = self.region_combo.currentData() or None
        text = self.search_field.text()
        outcome = session.search(text, region)
        empty = self.feedback.show_outcome(session, text, region, outcome.valid, outcome.members)
        self.results_stack.setCurrentWidget(self.feedback.empty_state if empty else self.splitter)
        if empty:  # heard while typing on: the list it would read has gone
            self.announcer.say_once(self.feedback.result_label.text())
        else:
            self.announcer.forget()
        if not self.model.set_members(outcome.members) and keep is None:
            return  # the same rows: keep the selection the user may have moved
        self._select_row(self.table.row_of(keep))

    def search_instead(self, text: str) -> None:
        """Search ``text`` in place of what was typed (the empty state's suggestion)."""
        self.search_field.setText(text)
        self.focus_search()

    def show_all_regions(self) -> None:
        self.region_combo.setCurrentIndex(0)  # "All regions": searches again
        self.focus_search()

    def show_former_member(self, ace: str) -> bool:
        """A member that left, read-only in the detail pane as of the last edition listing it."""
        session = self.session
        former = session.former_member(ace) if session is not None else None
        if former is None:
            return False
        self.table.unselect()
        self.results_stack.setCurrentWidget(self.splitter)  # in place of "No member matches"
        self.detail.show_member(former.member, {}, former.last_stamp, left_in=former.left_stamp)
        return True

    def _select_row(self, row: int) -> None:
        if not self.table.select_row(row):
            self.detail.clear()
            self._update_actions()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        member = self.table.member_at(current)
        session = self.session
        if member is None or session is None:
            self.detail.clear()
        elif member is self.detail.member:
            pass  # the same member after a new search: nothing to redraw
        else:
            edition = session.edition
            self.detail.show_member(
                member,
                session.changed_contacts(member.tld.ace),
                edition.stamp if edition else None,
                trusted=edition.trusted if edition else True,
            )
        self._update_actions()

    def current_member(self) -> Member | None:
        return self.table.current_member() if hasattr(self, "table") else None

    def results(self) -> list[Member]:
        """The members shown, in the order shown."""
        return self.table.shown()

    def focus_search(self) -> None:
        if self.stack.currentIndex() == Page.DATA:
            self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.search_field.selectAll()

    def type_into_search(self, text: str) -> None:
        """A letter typed in the list or the contacts: a new search that begins with it."""
        if self.stack.currentIndex() == Page.DATA:
            self.focus_search()  # what was searched is selected, and so replaced
            self.search_field.insert(text)

    def open_detail(self) -> None:
        """Enter: make sure a member is selected and move into its contacts."""
        if self.current_member() is None:
            self._select_row(0)
        self.detail.focus_first()

    def _yields_to_menu(self, event: QKeyEvent) -> bool:
        """Ctrl+E is "end of line" to a QLineEdit on X11, so the search field (nearly always
        focused) would eat the menu's Export vCards; moving the cursor there is of no use."""
        pressed = QKeySequence(event.keyCombination())
        exact = QKeySequence.SequenceMatch.ExactMatch
        action = self.actions_by_key["export"]
        return action.isEnabled() and any(pressed.matches(s) == exact for s in action.shortcuts())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and watched is self.search_field
            and isinstance(event, QKeyEvent)
            and self._yields_to_menu(event)
        ):
            event.ignore()  # not overridden: the window's shortcut runs
            return True
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.search_field:
            if key in MOVE_KEYS:
                self.table.step(key)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                suggestion = self.feedback.suggestion
                if self.results_stack.currentWidget() is self.feedback.empty_state and suggestion:
                    self.search_instead(suggestion)  # nothing found: the spelling offered
                else:
                    self.open_detail()
                return True
            if key == Qt.Key.Key_Escape and self.search_field.text():
                self.search_field.clear()
                return True
        elif watched is self.detail and key == Qt.Key.Key_Escape:
            self.focus_search()
            return True
        elif watched is self.detail and typed_text(event):
            self.type_into_search(typed_text(event))
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Escape from anywhere in the data page (a copy button, a link) returns to the search.
        if event.key() == Qt.Key.Key_Escape and self.stack.currentIndex() == Page.DATA:
            self.focus_search()
            return
        super().keyPressEvent(event)

    # ================================================================== clipboard and links

    def copy_value(self, value: str, what: str) -> None:
        self.clipboard.copy(value)
        seconds = int(self.settings.get("privacy/clipboard_clear_seconds"))
        if seconds > 0:
            message = self.tr("Copied %1; the clipboard is cleared in %2 s.")
        else:
            message = self.tr("Copied %1.")
        text = message.replace("%1", what).replace("%2", QLocale().toString(seconds))
        self.statusBar().clearMessage()  # the same words again are a new copy: announced
        self.statusBar().showMessage(text, 5000)

    def copy_all(self) -> None:
        self.detail.copy_all()

    def copy_phone(self) -> None:
        """The number to dial of the focused (else the primary) contact: a keystroke away
        when a peer has to be called now."""
        self._copy_contact_value(
            lambda c: c.phone_e164 or c.phone,
            self.tr("the phone number of the %1"),
            self.tr("Nothing copied: the %1 lists no phone number."),
        )

    def copy_email(self) -> None:
        self._copy_contact_value(
            lambda c: c.email,
            self.tr("the email address of the %1"),
            self.tr("Nothing copied: the %1 lists no email address."),
        )

    def _copy_contact_value(
        self, value_of: Callable[[Contact], str], what: str, missing: str
    ) -> None:
        """One value of the contact with the keyboard focus in the pane, else the primary;
        ``missing`` says why nothing was copied when it has none (a silent keystroke would
        leave the last value copied to be pasted as this one)."""
        member = self.detail.member
        if member is None or not member.contacts:
            return
        contact = self._focused_contact(member)
        value = value_of(contact)
        who = position_label(contact).lower()
        if value.strip():
            self.copy_value(value, f"{what.replace('%1', who)} ({ltr(value)})")
        else:
            self.statusBar().showMessage(missing.replace("%1", who), 8000)

    def open_url(self, url: str) -> None:
        """Open a mailto:, tel: or tool link with the desktop's handler (on the user's click)."""
        self._url_opener(QUrl(url))

    def monitoring_links(self) -> list[tuple[str, str]]:
        """(name, URL) of each monitoring tool for the selected ccTLD."""
        member = self.current_member()
        if member is None:
            return []
        return [
            (name, template.replace("{tld}", member.tld.ace))
            for name, template in self.settings.monitoring_tools()
        ]

    def _fill_tools_menu(self) -> None:
        self.tools_menu.clear()
        links = self.monitoring_links()
        if not links:
            none = self.tools_menu.addAction(self.tr("No monitoring tools (see Settings)"))
            none.setEnabled(False)
            return
        for name, url in links:
            action = self.tools_menu.addAction(name)
            action.setToolTip(url)
            action.setStatusTip(url)
            action.triggered.connect(lambda _checked=False, u=url: self.open_url(u))

    def popup_tools_menu(self) -> None:
        if self.current_member() is None:
            return
        button = self.detail.tools_button
        if button is not None and button.isVisible():
            position = button.mapToGlobal(QPoint(0, button.height()))
        else:
            position = self.mapToGlobal(self.rect().center())
        self.tools_menu.popup(position)

    # ================================================================== dialogs

    def _show_error(self, error: UserError) -> None:
        from tldops_desktop.gui.dialogs.crash import show_user_error

        show_user_error(self, error)

    def _unlock(self, data_dir: Path, *, create: bool) -> Store | None:
        from tldops_desktop.gui.dialogs.unlock import unlock

        store: Store | None = unlock(self, data_dir, create=create)
        return store

    def _run_import_dialog(
        self, store: Store, paths: list[str], options: ImportOptions
    ) -> ImportReport | None:
        from tldops_desktop.gui.dialogs.import_dialog import run_import_flow

        flow = run_import_flow(self, store, paths, options)
        self.import_cancelled = flow.scan_outcome == "cancelled"
        report: ImportReport | None = flow.result
        return report

    def _real_store(self) -> Store | None:
        """The user's own store (never the demo's), unlocked or created on first import."""
        session = self.session
        if session is not None and not session.demo:
            return session.store
        try:
            store = self._unlock(self.data_dir, create=True)
        except UserError as error:
            self._show_error(error)
            return None
        if store is None:
            return None
        self.set_session(Session(store))
        return store

    def import_file(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import the monthly repository email"),
            str(self.settings.get("import/last_folder") or Path.home()),
            self.tr(
                "Mail files (*.eml *.mbox *.mbx *.msg *.txt *.zip *.tgz *.tar *.gz *.bz2 *.xz);;"
                "All files (*)"
            ),
        )
        self.import_paths(paths)

    def import_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self,
            self.tr("Import a mail folder (Maildir, MH or .eml files)"),
            str(self.settings.get("import/last_folder") or Path.home()),
        )
        self.import_paths([path] if path else [])

    def import_paths(self, paths: list[str]) -> ImportReport | None:
        """Import mailboxes into the user's store (File > Import, drag and drop, welcome)."""
        if not paths:
            return None
        first = Path(paths[0])
        self.settings.set("import/last_folder", str(first if first.is_dir() else first.parent))
        store = self._real_store()
        if store is None:
            return None
        options = self._import_options()
        self.import_cancelled = False
        self._importing = True
        try:
            report = self._run_import_dialog(store, paths, options)
        except UserError as error:
            self._show_error(error)
            report = None
        else:
            if report is None and self.import_cancelled:  # not a failure: it said why
                self.statusBar().showMessage(
                    self.tr("Import cancelled: the contacts are as they were."), 10000
                )
        finally:
            self._importing = False  # this window reloads just below
        if report is not None and not report.dry_run:
            try:  # as `tldops import` does: re-checked at start and with F5
                sources.remember(
                    self.data_dir,
                    [p for p in paths if mailbox_like(p)],
                    refused=report.refused_paths(),
                )
            except UserError as error:
                self.recheck_label.say_error(error)
        if self.session is not None:
            self.session.reload()
        return report

    def find_my_mail(self, *, home: Path | None = None, os_name: str | None = None) -> QWidget:
        """Find my mail (non-blocking): the mailboxes picked are remembered, then imported
        through the import flow. ``home`` and ``os_name`` are for tests and screenshots."""
        from tldops_desktop.gui.dialogs.find_mail import FindMailDialog

        dialog = FindMailDialog(self, self.data_dir, home=home, os_name=os_name)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: QTimer.singleShot(0, self, lambda: self.import_paths(dialog.chosen_paths))
        )
        dialog.file_wanted.connect(lambda: QTimer.singleShot(0, self, self.import_file))
        dialog.folder_wanted.connect(lambda: QTimer.singleShot(0, self, self.import_folder))
        dialog.destroyed.connect(self._find_mail_closed)
        self.find_mail_dialog = dialog
        dialog.open()
        return dialog

    def _find_mail_closed(self) -> None:
        self.find_mail_dialog = None

    def open_demo(self) -> None:
        try:
            store = open_demo_store(self.data_dir)
        except UserError as error:
            self._show_error(error)
            return
        self.set_session(Session(store, demo=True))

    def _edition_or_none(self) -> Any:
        return self.session.edition if self.session is not None else None

    def export_vcards(self) -> None:
        edition = self._edition_or_none()
        if edition is None:
            return
        from tldops_desktop.gui.dialogs.export_dialog import ExportDialog

        member = self.current_member()
        dialog = ExportDialog(
            self,
            edition,
            selected=[member] if member is not None else [],
            results=self.results(),
            all_members=list(edition.members),
        )
        # What was written stays in the status bar once the dialog is closed.
        dialog.exported.connect(lambda message: self.statusBar().showMessage(message, 15000))
        dialog.exec()

    def show_qr(self) -> None:
        edition = self._edition_or_none()
        member = self.current_member()
        if edition is None or member is None or not member.contacts:
            return
        from tldops_desktop.gui.dialogs.export_dialog import QrDialog

        QrDialog(self, edition, member, self._focused_contact(member)).exec()

    def show_qr_of(self, index: int) -> None:
        """The QR code of the shown member's contact at ``index`` in its list (its frame's
        button; by position, a second contact at the same one would show the first)."""
        edition = self._edition_or_none()
        member = self.detail.member  # the pane's: a former member is in no table row
        if self.detail.former and self.session is not None and self.detail.stamp:
            edition = self.session.store.repo.edition(self.detail.stamp)  # labelled with it
        if edition is None or member is None:
            return
        if 0 <= index < len(member.contacts):
            contact = member.contacts[index]
            from tldops_desktop.gui.dialogs.export_dialog import QrDialog

            QrDialog(self, edition, member, contact).exec()

    def _focused_contact(self, member: Member) -> Contact:
        """The contact whose row has the keyboard focus in the detail pane, else the first."""
        focused = self.detail.contact_of(QApplication.focusWidget())
        return focused if focused is not None and focused in member.contacts else member.contacts[0]

    def _shown_scope(self) -> str:
        """Which members the list shows, in words, for a sheet of them: "the search “.nl”,
        region EU"."""
        parts = []
        text = self.search_field.text().strip()
        if text:
            parts.append(self.tr("the search “%1”").replace("%1", ltr(text)))
        region = self.region_combo.currentData()
        if region:
            parts.append(self.tr("region %1").replace("%1", self.feedback.region_name(str(region))))
        return self.tr(", ", "list separator").join(parts)

    def print_sheet(self) -> None:
        edition = self._edition_or_none()
        if edition is None:
            return
        from tldops_desktop.gui.dialogs.sheet import print_sheet

        print_sheet(self, edition, self.results(), scope=self._shown_scope())

    def save_sheet_pdf(self) -> None:
        edition = self._edition_or_none()
        if edition is None:
            return
        from tldops_desktop.gui.dialogs.sheet import save_sheet_pdf

        save_sheet_pdf(self, edition, self.results(), scope=self._shown_scope())

    def show_non_members(self) -> None:
        if self.session is None or not self.session.has_data:
            return
        from tldops_desktop.gui.community import NonMembersDialog

        NonMembersDialog(
            self, self.session.store.repo, url_opener=lambda url: self.open_url(url.toString())
        ).exec()

    def _request(self, kind: str, cctld: str | None) -> None:
        from tldops_desktop.gui.request_dialog import RequestDialog

        RequestDialog(
            self,
            self._edition_or_none(),
            kind=kind,
            cctld=cctld,
            url_opener=lambda url: self.open_url(url.toString()),
        ).exec()

    def request_update(self) -> None:
        member = self.current_member()
        self._request("update", member.tld.ace if member is not None else None)

    def request_join(self) -> None:
        self._request("join", None)

    def restore_backup(self) -> None:
        """Put a backup back. The backup and its key are chosen and checked while the open
        contacts stay shown; only then is our own connection closed, and the store reopened
        with the key that opened the backup."""
        from tldops_desktop.gui.dialogs.restore import choose_restore, perform_restore

        session = self.session
        if session is not None and session.demo:
            return
        plan = choose_restore(self, self.data_dir)
        if plan is None:  # cancelled or refused: nothing restored, the contacts stay open
            return
        self.rechecker.cancel()
        self.set_session(None)
        restored = perform_restore(self, self.data_dir, plan)
        store = self._reopen(plan.key)
        if store is not None:
            self._leave_locked_page()
        self.set_session(Session(store) if store is not None else None)
        if restored is not None:
            self.statusBar().showMessage(self.tr("Backup restored"), 8000)

    def _reopen(self, key: DatabaseKey) -> Store | None:
        """The store again after a restore: with ``key`` (it opened the backup), else asked."""
        passphrase = key.secret if key.mode == "passphrase" else None
        try:
            return Store.open(
                self.data_dir, KeySource(passphrase=passphrase, prompt=None), read_only_ok=True
            )
        except UserError:
            pass  # the restore failed and the database keeps another key: ask for it
        try:
            return self._unlock(self.data_dir, create=False)
        except UserError as error:
            self._show_error(error)
            return None

    def show_history(self) -> None:
        if self.session is None or not self.session.has_data:
            return
        from tldops_desktop.gui.dialogs.history import HistoryDialog

        diff = self.session.diff
        old, new = (diff.old_stamp, diff.new_stamp) if diff is not None else (None, None)
        member = self.current_member() if self.stack.currentIndex() == Page.DATA else None
        dialog = HistoryDialog(self, self.session.store.repo, old=old, new=new, member=member)
        dialog.former_member_chosen.connect(self.show_former_member)
        dialog.exec()

    def open_settings(self) -> None:
        from tldops_desktop.gui.dialogs.settings_dialog import SettingsDialog

        store = self.session.store if self.session is not None else None
        SettingsDialog(self, self.settings, store, self.data_dir).exec()
        self.apply_settings()
        save_identity(self.data_dir, self.settings.identity())  # for `tldops import`

    def _import_options(self) -> ImportOptions:
        """An import's options: trust by the list identity of Settings, written beside the
        database too, where `tldops import` reads it."""
        identity = self.settings.identity()
        save_identity(self.data_dir, identity)
        return ImportOptions(identity=identity)

    def apply_settings(self) -> None:
        minutes = max(0, int(self.settings.get("privacy/lock_minutes")))
        self.set_idle_lock_ms(minutes * 60_000)

    def set_idle_lock_ms(self, interval_ms: int) -> None:
        """Lock after ``interval_ms`` without input (0: never); the filter only when needed."""
        app = QApplication.instance()
        if interval_ms > 0 and not self._idle_filter_installed and app is not None:
            app.installEventFilter(self.idle_lock)
            self._idle_filter_installed = True
        elif interval_ms == 0 and self._idle_filter_installed and app is not None:
            app.removeEventFilter(self.idle_lock)
            self._idle_filter_installed = False
        self.idle_lock.set_interval_ms(interval_ms)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About TLD-OPS Desktop"),
            self.tr(
                "<h3>TLD-OPS Desktop %1</h3>"
                "<p>The incident-response contacts of the TLD-OPS member ccTLDs, imported from "
                "the monthly repository email and kept encrypted on this computer.</p>"
                "<p>The app never connects to the network: links open in your own mail, "
                "phone or browser application, and only when you click them.</p>"
                "<p>Data folder: %2</p>"
            )
            .replace("%1", __version__)
            .replace("%2", str(self.data_dir)),
        )

    # ================================================================== lock

    @property
    def is_locked(self) -> bool:
        return self.stack.currentIndex() == Page.LOCKED

    def lock(self) -> None:
        """Hide every contact and close the database until the user unlocks again (File ›
        Lock)."""
        self._lock(self.tr("The contacts are hidden until you unlock the window."))

    def lock_after_idle(self) -> None:
        self._lock(self.tr("The contacts are hidden because the window was left without input."))

    def _lock(self, reason: str) -> None:
        session = self.session
        if session is None or self.is_locked:
            return
        demo = session.demo
        # Unlocking asks for nothing when the key comes from the keyring or the environment:
        # the locked page must not promise more than it hides.
        unasked = demo or session.store.key_info.mode != "passphrase"
        unasked = unasked or bool(os.environ.get(PASSPHRASE_ENV))
        unasked = unasked or bool(os.environ.get(PASSPHRASE_FILE_ENV))
        self.rechecker.cancel()
        self.news.dismiss()
        self.clipboard.clear_if_pending()
        self._close_dialogs()
        self.search_field.clear()
        self.set_session(None)
        self._locked_demo = demo
        self._show_locked_page(reason)
        self.locked_page.note.setVisible(unasked)

    def _close_dialogs(self) -> None:
        """Close what may show contacts over the locked window (history, a QR code left on
        screen, an export, a report). An import under way goes on: its progress shows none."""
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible() and dialog.objectName() != "importProgressDialog":
                dialog.reject()

    def _show_locked_page(self, reason: str) -> None:
        """The contacts hidden, every action off but Quit and About, and Unlock offered."""
        self.locked_page.show_reason(reason)  # (``_lock`` says whether unlocking asks)
        self.stack.setCurrentIndex(Page.LOCKED)
        self.setWindowTitle(self.tr("TLD-OPS Desktop (locked)"))
        self.edition_label.setText(self.tr("Locked"))
        self.counts_label.setText("")
        self.changes_label.setText("")
        self.commands.lock()
        self.idle_lock.stop()
        self.locked_page.unlock_button.setFocus()

    def unlock_again(self) -> None:
        if not self.is_locked:
            return
        try:
            if self._locked_demo:
                store: Store | None = open_demo_store(self.data_dir)
            else:
                store = self._unlock(self.data_dir, create=False)
        except UserError as error:
            self._show_error(error)
            return
        if store is None and database_exists(self.data_dir):
            return
        # A store, or none because the user started a new data folder and chose no key yet.
        demo = bool(self._locked_demo)
        self._leave_locked_page()
        self.set_session(Session(store, demo=demo) if store is not None else None)

    def _leave_locked_page(self) -> None:
        """Out of the locked page: the actions it turned off are back (``set_session`` then
        turns off what the new session cannot do, importing into a read-only store)."""
        if not self.is_locked:
            return
        self.stack.setCurrentIndex(Page.WELCOME)
        self.commands.unlock()
        self.idle_lock.restart()

    # ================================================================== drag and drop

    @staticmethod
    def _local_paths(event: QDragEnterEvent | QDropEvent) -> list[str]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._local_paths(event) and not self.is_locked:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._local_paths(event)
        if not paths or self.is_locked:
            event.ignore()
            return
        if self.session is not None and self.session.store.read_only:
            event.ignore()
            self.statusBar().showMessage(
                self.tr("Read only: nothing can be imported into this data folder."), 10000
            )
            return
        event.acceptProposedAction()
        # Leave the drop handler first: the import dialog runs its own event loop.
        QTimer.singleShot(0, lambda: self.import_paths(paths))

    # ================================================================== window state

    def _restore_window_state(self) -> None:
        geometry = self.settings.get("window/geometry")
        if not geometry or not self.restoreGeometry(geometry):
            resize_to_fit(self, 1100, 700)
        state = self.settings.get("window/state")
        if state:
            self.restoreState(state)
        splitter = self.settings.get("window/splitter")
        if not splitter or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([620, 480])

    def save_window_state(self) -> None:
        self.settings.set("window/geometry", self.saveGeometry())
        self.settings.set("window/state", self.saveState())
        self.settings.set("window/splitter", self.splitter.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.rechecker.cancel()  # stops the scan and waits for its thread: nothing stored
        self.save_window_state()
        self.clipboard.clear_if_pending()
        self.set_idle_lock_ms(0)
        if self.session is not None:
            self.session.reloaded.disconnect(self._on_reloaded)
            self.session.close()
            self.session = None
        super().closeEvent(event)
