"""Find my mail: the mailboxes of the mail programs on this computer, to pick and import.

Discovery (``services.sources.discover_stores``) lists folders and file sizes in a worker
thread — it never reads a message. The user ticks the mailboxes where the monthly email
arrives; "Import" remembers them (``add_store``, re-checked at start and with F5) and leaves
the import itself to the window's import flow, on ``chosen_paths``.
"""

from __future__ import annotations

import os
import traceback
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QCloseEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tldops_desktop.errors import UserError
from tldops_desktop.gui.colours import set_readable_selection, set_warning_text
from tldops_desktop.gui.dialogs.crash import error_text
from tldops_desktop.gui.i18n import ltr
from tldops_desktop.gui.plain_copy import PlainCopy
from tldops_desktop.gui.screen_fit import resize_to_fit
from tldops_desktop.mail.discover import NOTE_EXPORT_NEEDED, NOTE_NEEDS_EXTRA, MailStore
from tldops_desktop.paths import shown_path
from tldops_desktop.services.sources import (
    Source,
    add_store,
    discover_stores,
    list_sources,
    remove_source,
)

STORE_ROLE = Qt.ItemDataRole.UserRole
PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class Column:
    MAILBOX = 0
    PROGRAM = 1
    SIZE = 2
    NOTE = 3
    LOCATION = 4


class DiscoverWorker(QObject):
    """Runs ``discover_stores`` (directory listings only); run ``run()`` in a ``QThread``."""

    finished = Signal(object)  # list[MailStore]
    crashed = Signal(str)

    def __init__(self, home: Path | None, os_name: str | None) -> None:
        super().__init__()
        self.home = home
        self.os_name = os_name

    @Slot()
    def run(self) -> None:
        try:
            stores = discover_stores(self.home, self.os_name)
        except Exception:  # a bug: the dialog shows the crash dialog
            self.crashed.emit(traceback.format_exc())
            return
        self.finished.emit(stores)


def _same(a: str, b: str) -> bool:
    return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))


class FindMailDialog(QDialog):
    """The mailboxes found in the usual places, to tick; the remembered ones, to remove.

    Accepted (by "Import") once the ticked mailboxes are remembered: ``chosen_paths`` then
    holds their paths, for the caller to import.
    """

    discovered = Signal()  # the list of mailboxes is shown
    # Nothing found to tick: the user picks the file or folder instead (the dialog closes).
    file_wanted = Signal()
    folder_wanted = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        data_dir: Path,
        *,
        home: Path | None = None,
        os_name: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("findMailDialog")
        self.setWindowTitle(self.tr("Find my mail"))
        self.data_dir = data_dir
        self.home = home
        self.os_name = os_name
        self.stores: list[MailStore] | None = None  # None while looking
        self.chosen_paths: list[str] = []
        self.worker: DiscoverWorker | None = None
        self.thread_: QThread | None = None
        self.crash_details = ""

        layout = QVBoxLayout(self)
        self.intro = intro = QLabel(
            self.tr(
                "Tick the mailbox where the monthly TLD-OPS repository email arrives: usually "
                "your inbox, or the folder your mail filters move the list's messages to. "
                "Nothing is read until you click Import. The mailboxes you import are "
                "remembered and checked for new editions each time the app starts."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.status = QLabel(
            self.tr(
                "Looking in the usual places of Thunderbird, Evolution, KMail, Claws Mail, "
                "Apple Mail and Outlook…"
            )
        )
        self.status.setObjectName("findMailStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Looking for mailboxes"))
        self.busy.setMaximumHeight(8)
        self.busy.setTextVisible(False)
        layout.addWidget(self.busy)

        self.tree = QTreeWidget()
        self.tree.setObjectName("foundStores")
        set_readable_selection(self.tree)
        self.tree.setAccessibleName(self.tr("Mailboxes found"))
        PlainCopy(self.tree)  # a location copied opens in a terminal, in Arabic too
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels(
            [
                self.tr("Mailbox"),
                self.tr("Mail program"),
                self.tr("Size"),
                self.tr("Note"),
                self.tr("Location"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.MAILBOX, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.PROGRAM, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.SIZE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.NOTE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.LOCATION, QHeaderView.ResizeMode.Stretch)
        self.tree.itemChanged.connect(lambda _item, _column: self._update_buttons())
        self.tree.itemActivated.connect(self._toggle)
        layout.addWidget(self.tree, 3)
        self.hints = QLabel()  # what to do about the mailboxes that cannot be read as they are
        self.hints.setObjectName("findMailHints")
        self.hints.setWordWrap(True)
        self.hints.hide()
        layout.addWidget(self.hints)

        remembered_box = QGroupBox(self.tr("Remembered mailboxes (checked for new editions)"))
        remembered_layout = QHBoxLayout(remembered_box)
        self.remembered = QListWidget()
        self.remembered.setObjectName("rememberedSources")
        self.remembered.setAccessibleName(self.tr("Remembered mailboxes"))
        self.remembered.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.remembered.currentItemChanged.connect(lambda *_args: self._update_buttons())
        remembered_layout.addWidget(self.remembered, 1)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setToolTip(
            self.tr("Stop checking this mailbox (the contacts already imported stay)")
        )
        self.remove_button.clicked.connect(self.remove_selected)
        remembered_layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(remembered_box, 1)

        self.message = QLabel()
        self.message.setObjectName("findMailMessage")
        self.message.setWordWrap(True)
        set_warning_text(self.message)
        self.message.hide()
        layout.addWidget(self.message)

        self.buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setDefault(True)
        self.import_button.setToolTip(
            self.tr("Remember the ticked mailboxes and import the editions in them")
        )
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        # Shown when no mailbox can be ticked: the next step, without going back to a menu.
        self.file_button = QPushButton(self.tr("Import a &file…"))
        self.file_button.setToolTip(self.tr("A saved repository email (.eml) or an mbox file"))
        self.folder_button = QPushButton(self.tr("Import a f&older…"))
        self.folder_button.setToolTip(self.tr("A Maildir or MH folder, or a folder of .eml files"))
        for button, wanted in (
            (self.file_button, self.file_wanted),
            (self.folder_button, self.folder_wanted),
        ):
            button.hide()
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.clicked.connect(wanted)
            button.clicked.connect(self.reject)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.import_button.clicked.connect(self.import_chosen)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        resize_to_fit(self, 980, 560)
        self.show_remembered()
        self._update_buttons()
        self._start_discovery()

    # -- discovery -------------------------------------------------------------------------

    def _start_discovery(self) -> None:
        worker = DiscoverWorker(self.home, self.os_name)
        thread = QThread()
        thread.setObjectName("tldops-discover")
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.finished.connect(self._discovered)
        worker.crashed.connect(self._crashed)
        self.worker, self.thread_ = worker, thread
        thread.start()

    def _stop_thread(self) -> None:
        if self.thread_ is not None:
            self.thread_.quit()
            self.thread_.wait()  # discovery only lists folders: never long
        self.worker = None
        self.thread_ = None

    @property
    def looking(self) -> bool:
        return self.worker is not None

    @Slot(object)
    def _discovered(self, stores: list[MailStore]) -> None:
        if self.worker is None:
            return  # closed meanwhile
        self._stop_thread()
        self.busy.hide()
        self.show_stores(stores)
        self.discovered.emit()

    @Slot(str)
    def _crashed(self, details: str) -> None:
        if self.worker is None:
            return
        self._stop_thread()
        self.busy.hide()
        self.crash_details = details
        self.show_stores([])
        from tldops_desktop.gui.dialogs.crash import report_crash

        report_crash(self, details)

    def show_stores(self, stores: list[MailStore]) -> None:
        self.stores = list(stores)
        remembered = [s.path for s in self._sources()]
        locale = QLocale()
        self.tree.blockSignals(True)
        self.tree.clear()
        for store in stores:
            item = QTreeWidgetItem()
            item.setData(Column.MAILBOX, STORE_ROLE, store)
            item.setText(Column.MAILBOX, store.label or shown_path(store.path.name))
            item.setText(Column.PROGRAM, store.client)
            # Sizes and paths as left-to-right runs: in Arabic "424 KiB", not "KiB 424".
            item.setText(Column.SIZE, ltr(locale.formattedDataSize(store.size)))
            item.setTextAlignment(
                Column.SIZE, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
            item.setText(Column.LOCATION, ltr(shown_path(str(store.path))))
            item.setToolTip(Column.LOCATION, shown_path(str(store.path)))
            known = any(_same(str(store.path), p) for p in remembered)
            note = self.note_text(store)
            if known:
                note = self.tr("Remembered") + (" · " + note if note else "")
            item.setText(Column.NOTE, note)
            item.setToolTip(Column.NOTE, self.note_tip(store) or note)
            if store.readable:
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                item.setCheckState(Column.MAILBOX, Qt.CheckState.Unchecked)
            else:
                item.setFlags(Qt.ItemFlag.NoItemFlags)  # greyed: nothing to pick
                grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
                for column in range(self.tree.columnCount()):
                    item.setForeground(column, grey)
                    item.setToolTip(column, self.note_tip(store))
            self.tree.addTopLevelItem(item)
        self.tree.blockSignals(False)
        readable = sum(1 for s in stores if s.readable)
        if not stores:
            self.status.setText(
                self.tr(
                    "No mailbox was found in the usual places of the mail programs. If you "
                    "know where the monthly email is, import it from here: a saved email or "
                    "an mbox file with Import a file…, a mail folder with Import a folder…"
                )
            )
        else:
            if readable == 1:
                text = self.tr("Found 1 mailbox. Tick it, then click Import.")
            elif readable:
                text = self.tr("Found %1 mailboxes. Tick the ones to use, then click Import.")
            else:
                text = self.tr(
                    "No mailbox found here can be read as it is: see below for what to do."
                )
            self.status.setText(text.replace("%1", locale.toString(readable)))
        tips = list(dict.fromkeys(self.note_tip(s) for s in stores if s.note))
        self.hints.setText("\n".join(tips))
        self.hints.setVisible(bool(tips))
        # Nothing to tick: no "tick the mailbox" above an empty list, and the way on in focus.
        self.intro.setVisible(bool(readable))
        self.tree.setVisible(bool(stores))
        self.import_button.setVisible(bool(readable))
        for button in (self.file_button, self.folder_button):
            button.setVisible(not readable)
        self._update_buttons()
        if not readable:
            self.file_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def note_text(self, store: MailStore) -> str:
        if store.note == NOTE_EXPORT_NEEDED:
            return self.tr("Not readable: export needed")
        if store.note == NOTE_NEEDS_EXTRA:
            return self.tr("Needs the Outlook add-on")
        return ""

    def note_tip(self, store: MailStore) -> str:
        if store.note == NOTE_EXPORT_NEEDED:
            return self.tr(
                "Outlook for Mac keeps mail in its own database, which this app cannot read. "
                "Drag the monthly repository emails from Outlook into a folder (they become "
                ".eml files) and import that folder."
            )
        if store.note == NOTE_NEEDS_EXTRA:
            return self.tr(
                "Outlook data files (.pst, .ost) need the optional Outlook support: "
                "pip install 'tldops-desktop[outlook]'. Without it, drag the emails out of "
                "Outlook into a folder and import that folder."
            )
        return ""

    # -- picking ---------------------------------------------------------------------------

    def _items(self) -> list[QTreeWidgetItem]:
        return [
            item
            for i in range(self.tree.topLevelItemCount())
            if (item := self.tree.topLevelItem(i)) is not None
        ]

    def checked_stores(self) -> list[MailStore]:
        return [
            item.data(Column.MAILBOX, STORE_ROLE)
            for item in self._items()
            if item.checkState(Column.MAILBOX) == Qt.CheckState.Checked
        ]

    def set_checked(self, path: Path | str, checked: bool = True) -> None:
        """Tick (or untick) the mailbox at ``path``, as a click on its box does."""
        for item in self._items():
            store: MailStore = item.data(Column.MAILBOX, STORE_ROLE)
            if _same(str(store.path), str(path)) and store.readable:
                state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                item.setCheckState(Column.MAILBOX, state)

    @Slot(QTreeWidgetItem, int)
    def _toggle(self, item: QTreeWidgetItem, _column: int) -> None:
        """Enter or a double click on a row ticks or unticks it."""
        if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            checked = item.checkState(Column.MAILBOX) == Qt.CheckState.Checked
            item.setCheckState(
                Column.MAILBOX, Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
            )

    def _update_buttons(self) -> None:
        self.import_button.setEnabled(bool(self.checked_stores()))
        item = self.remembered.currentItem()
        self.remove_button.setEnabled(item is not None and bool(item.data(PATH_ROLE)))

    @Slot()
    def import_chosen(self) -> None:
        """Remember the ticked mailboxes, then accept: the caller imports ``chosen_paths``."""
        chosen = self.checked_stores()
        if not chosen:
            return
        try:
            for store in chosen:
                add_store(self.data_dir, store)
        except UserError as exc:
            self._say(error_text(exc))
            self.show_remembered()
            return
        self.chosen_paths = [str(s.path) for s in chosen]
        self.accept()

    # -- remembered sources ----------------------------------------------------------------

    def _sources(self) -> list[Source]:
        try:
            return list_sources(self.data_dir)
        except UserError as exc:
            self._say(error_text(exc))
            return []

    def show_remembered(self) -> None:
        self.remembered.clear()
        sources = self._sources()
        for source in sources:
            text = ltr(shown_path(source.path))  # its leading "/" at the left in Arabic too
            if source.client:
                text = f"{text}  ({source.client})"
            if not os.path.exists(source.path):
                text += "  — " + self.tr("missing")
            item = QListWidgetItem(text)
            item.setData(PATH_ROLE, source.path)
            item.setToolTip(shown_path(source.path))
            self.remembered.addItem(item)
        if not sources:
            item = QListWidgetItem(
                self.tr("None yet: the mailboxes you import are remembered here.")
            )
            # A note, not a row to choose: in the text's own colour (a disabled item's grey
            # was 1.9:1 on white), in italics.
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = item.font()
            font.setItalic(True)
            item.setFont(font)
            self.remembered.addItem(item)
        self._update_buttons()

    def remembered_paths(self) -> list[str]:
        return [
            str(item.data(PATH_ROLE))
            for i in range(self.remembered.count())
            if (item := self.remembered.item(i)) is not None and item.data(PATH_ROLE)
        ]

    @Slot()
    def remove_selected(self) -> None:
        item = self.remembered.currentItem()
        if item is None or not item.data(PATH_ROLE):
            return
        try:
            remove_source(self.data_dir, str(item.data(PATH_ROLE)))
        except UserError as exc:
            self._say(error_text(exc))
        self.show_remembered()
        if self.stores is not None:
            checked = [str(s.path) for s in self.checked_stores()]
            self.show_stores(self.stores)
            for path in checked:
                self.set_checked(path)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- closing ---------------------------------------------------------------------------

    def done(self, result: int) -> None:
        self._stop_thread()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._stop_thread()
        super().closeEvent(event)
