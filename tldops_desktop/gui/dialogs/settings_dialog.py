"""Settings: trusted list identity, language, privacy (clipboard, lock), the start-up check of
the remembered mailboxes, data folder and key, monitoring tools."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSettings, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tldops_desktop.errors import UserError
from tldops_desktop.gui.colours import set_warning_text
from tldops_desktop.gui.dialogs.crash import show_user_error
from tldops_desktop.gui.screen_fit import resize_to_fit
from tldops_desktop.gui.settings_store import AppSettings
from tldops_desktop.gui.workers import keyring_wait
from tldops_desktop.mail.identity import DEFAULT_IDENTITY
from tldops_desktop.services.store import Store
from tldops_desktop.settings import DEFAULT_MONITORING_TOOLS, SETTINGS, is_identity
from tldops_desktop.storage import rekey
from tldops_desktop.storage.keys import (
    MIN_PASSPHRASE_LENGTH,
    KeyInfo,
    Keyring,
    passphrase_length,
    same_passphrase,
)

# Each language named in itself (never translated); "" follows the system.
LANGUAGES = (
    ("en", "English"),
    ("ar", "العربية"),
    ("es", "Español"),
    ("fr", "Français"),
    ("ru", "Русский"),
    ("zh_CN", "简体中文"),
)

UrlOpener = Callable[[QUrl], object]


def change_key_mode(
    store: Store,
    target: str,
    *,
    new_passphrase: str = "",
    current_passphrase: str | None = None,
    keyring: Keyring | None = None,
) -> KeyInfo:
    """Switch ``store`` to ``target`` ("keyring" or "passphrase", the latter also to change the
    passphrase); the open store carries on with the new key."""
    if target == "keyring":
        info = rekey.use_keyring(
            store.db, store.data_dir, current_passphrase=current_passphrase or "", keyring=keyring
        )
    else:
        info = rekey.use_passphrase(
            store.db,
            store.data_dir,
            new_passphrase,
            current_passphrase=current_passphrase,
            keyring=keyring,
        )
    store.key_info = info
    return info


class LeftToRightDelegate(QStyledItemDelegate):
    """Web addresses read left to right in a right-to-left table too ("https://…" with its
    "/" where it belongs), aligned like the other cells; the stored text stays as typed."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if option.direction == Qt.LayoutDirection.RightToLeft:
            option.direction = Qt.LayoutDirection.LeftToRight
            option.displayAlignment = (
                Qt.AlignmentFlag.AlignAbsolute
                | Qt.AlignmentFlag.AlignRight
                | Qt.AlignmentFlag.AlignVCenter
            )

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        editor.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        return editor


class PassphraseDialog(QDialog):
    """The current passphrase (to confirm it is the user), a new one twice, or both."""

    def __init__(
        self, parent: QWidget | None, title: str, *, ask_current: bool, ask_new: bool
    ) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(title)
        self.ask_current, self.ask_new = ask_current, ask_new
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.current = self._field(self.tr("Current passphrase"))
        self.new = self._field(self.tr("New passphrase"))
        self.repeat = self._field(self.tr("Repeat the new passphrase"))
        if ask_current:
            form.addRow(self.tr("&Current passphrase:"), self.current)
        if ask_new:
            self.new.setPlaceholderText(
                self.tr("at least {count} characters").format(count=MIN_PASSPHRASE_LENGTH)
            )
            form.addRow(self.tr("&New passphrase:"), self.new)
            form.addRow(self.tr("&Repeat:"), self.repeat)
        layout.addLayout(form)
        if ask_new:
            hint = QLabel(
                self.tr(
                    "A passphrase cannot be recovered: if it is forgotten, the contacts must be "
                    "imported again from the monthly emails."
                )
            )
            hint.setWordWrap(True)
            layout.addWidget(hint)
        self.message = QLabel()
        self.message.setWordWrap(True)
        set_warning_text(self.message)
        self.message.hide()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.check_and_accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _field(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(name)
        return field

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.adjustSize()  # grow with the message: never clip it

    @Slot()
    def check_and_accept(self) -> None:
        if self.ask_current and not self.current.text():
            self.say(self.tr("Type the current passphrase."))
            return
        if self.ask_new and not self.new.text():
            self.say(self.tr("Type a new passphrase."))
            return
        if self.ask_new and passphrase_length(self.new.text()) < MIN_PASSPHRASE_LENGTH:
            self.say(
                self.tr(
                    "A passphrase needs at least {count} characters: a few words are easy to "
                    "remember and hard to guess."
                ).format(count=MIN_PASSPHRASE_LENGTH)
            )
            return
        if self.ask_new and not same_passphrase(self.new.text(), self.repeat.text()):
            self.say(self.tr("The two new passphrases differ."))
            return
        self.accept()

    def clear(self) -> None:
        for field in (self.current, self.new, self.repeat):
            field.clear()


class SettingsDialog(QDialog):
    """Edits ``settings`` on OK; key changes apply at once (each behind its own dialog)."""

    def __init__(
        self,
        parent: QWidget | None,
        settings: AppSettings,
        store: Store | None,
        data_dir: Path,
        *,
        url_opener: UrlOpener | None = None,
        keyring: Keyring | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        self.store = store
        self.data_dir = data_dir
        self.url_opener: UrlOpener = url_opener or QDesktopServices.openUrl
        # The keyring asked from a window that stays responsive while it answers.
        self.keyring = keyring or Keyring(wait=keyring_wait(self))
        self.passphrase_dialog: PassphraseDialog | None = None
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)
        self.tabs.addTab(self._general_tab(), self.tr("General"))
        self.tabs.addTab(self._trust_tab(), self.tr("Trusted list"))
        self.tabs.addTab(self._tools_tab(), self.tr("Monitoring tools"))
        self.tabs.addTab(self._data_tab(), self.tr("Data and key"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("settingsMessage")
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.apply_and_accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addWidget(buttons)
        resize_to_fit(self, 640, 460)
        # The first setting in focus, where it shows: the tab bar, first in the Tab order,
        # drew no mark of it (Ctrl+Tab goes from tab to tab, Shift+Tab to the tab bar).
        self.language.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- tabs -------------------------------------------------------------------------------

    def _general_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.language = QComboBox()
        self.language.addItem(self.tr("System"), "")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        index = self.language.findData(self.settings.get("ui/language"))
        self.language.setCurrentIndex(max(0, index))
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", QLabel(self.tr("A new language applies after a restart.")))
        self.clipboard = QSpinBox()
        self.clipboard.setRange(*_limits("privacy/clipboard_clear_seconds"))
        self.clipboard.setSuffix(self.tr(" s"))
        self.clipboard.setSpecialValueText(self.tr("never"))
        self.clipboard.setValue(int(self.settings.get("privacy/clipboard_clear_seconds")))
        self.clipboard.setAccessibleName(self.tr("Clear the clipboard after"))
        form.addRow(self.tr("Clear copied values &after:"), self.clipboard)
        self.lock = QSpinBox()
        self.lock.setRange(*_limits("privacy/lock_minutes"))
        self.lock.setSuffix(self.tr(" min"))
        self.lock.setSpecialValueText(self.tr("never"))
        self.lock.setValue(int(self.settings.get("privacy/lock_minutes")))
        self.lock.setAccessibleName(self.tr("Lock after minutes without input"))
        form.addRow(self.tr("L&ock after no input for:"), self.lock)
        self.recheck = QCheckBox(self.tr("Check remembered mailboxes for new editions at &start"))
        self.recheck.setChecked(bool(self.settings.get("startup/recheck_sources")))
        self.recheck.setToolTip(
            self.tr(
                "In the background, after the contacts open; choose the mailboxes with "
                "File > Find my mail…"
            )
        )
        # A row of its own: its long line beside the labels made the dialog wider than a
        # small screen (761 pixels in French).
        form.addRow(self.recheck)
        return page

    def _trust_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(
            self.tr(
                "An edition is trusted only when it came through this mailing list. Change these "
                "only if the TLD-OPS list itself moves."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self._identity_reset = False
        self.list_id = QLineEdit(self.settings.get("trust/list_id"))
        self.list_address = QLineEdit(self.settings.get("trust/list_address"))
        self.bounce_address = QLineEdit(self.settings.get("trust/bounce_address"))
        form.addRow(self.tr("List-&Id:"), self.list_id)
        form.addRow(self.tr("List &address:"), self.list_address)
        form.addRow(self.tr("&Bounce address (Sender):"), self.bounce_address)
        layout.addLayout(form)
        reset = QPushButton(self.tr("&Reset to the TLD-OPS list"))
        reset.clicked.connect(self.reset_identity)
        layout.addWidget(reset)
        layout.addStretch(1)
        return page

    def _tools_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(
            self.tr(
                "Web tools offered for the selected ccTLD; {tld} stands for it. They open in "
                "your browser only when you choose one."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tools = QTableWidget(0, 2)
        self.tools.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Address")])
        header = self.tools.horizontalHeader()
        # Names are short: shown whole (an elided one reads wrongly in a right-to-left window).
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.address_delegate = LeftToRightDelegate(self.tools)
        self.tools.setItemDelegateForColumn(1, self.address_delegate)
        self.tools.verticalHeader().hide()
        self.tools.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tools.setAccessibleName(self.tr("Monitoring tools"))
        self._set_tools(self.settings.monitoring_tools())
        layout.addWidget(self.tools)
        row = QHBoxLayout()
        for text, slot in (
            (self.tr("&Add"), self.add_tool),
            (self.tr("&Edit"), self.edit_tool),
            (self.tr("Re&move"), self.remove_tool),
            (self.tr("Reset to &defaults"), self.reset_tools),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def _data_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        self.location = QLineEdit(str(self.data_dir))
        self.location.setReadOnly(True)
        self.location.setAccessibleName(self.tr("Data folder"))
        open_folder = QPushButton(self.tr("&Open folder"))
        open_folder.clicked.connect(self.open_folder)
        row = QHBoxLayout()
        row.addWidget(self.location, 1)
        row.addWidget(open_folder)
        form.addRow(self.tr("Data folder:"), row)
        self.key_mode = QLabel()
        self.key_mode.setWordWrap(True)
        form.addRow(self.tr("Database key:"), self.key_mode)
        layout.addLayout(form)
        keys = QHBoxLayout()
        self.keyring_button = QPushButton(self.tr("Keep the key in the system &keyring…"))
        self.keyring_button.clicked.connect(self.request_keyring_mode)
        self.passphrase_button = QPushButton()
        self.passphrase_button.clicked.connect(self.request_passphrase_mode)
        keys.addWidget(self.keyring_button)
        keys.addWidget(self.passphrase_button)
        keys.addStretch(1)
        layout.addLayout(keys)
        layout.addStretch(1)
        self._show_key_mode()
        return page

    # -- identity and tools -----------------------------------------------------------------

    @Slot()
    def reset_identity(self) -> None:
        self._identity_reset = True  # the identities set before are forgotten too
        self.list_id.setText(DEFAULT_IDENTITY.list_id)
        self.list_address.setText(DEFAULT_IDENTITY.list_address)
        self.bounce_address.setText(DEFAULT_IDENTITY.bounce_address)

    def _set_tools(self, tools: list[tuple[str, str]]) -> None:
        self.tools.setRowCount(0)
        for name, template in tools:
            self._append_tool(name, template)

    def _append_tool(self, name: str, template: str) -> int:
        row = self.tools.rowCount()
        self.tools.insertRow(row)
        self.tools.setItem(row, 0, QTableWidgetItem(name))
        self.tools.setItem(row, 1, QTableWidgetItem(template))
        return row

    @Slot()
    def add_tool(self) -> None:
        row = self._append_tool(self.tr("New tool"), "https://example.org/{tld}")
        self.tools.setCurrentCell(row, 0)
        self._edit(row, 0)

    @Slot()
    def edit_tool(self) -> None:
        row = self.tools.currentRow()
        if row >= 0:
            self._edit(row, max(0, self.tools.currentColumn()))

    def _edit(self, row: int, column: int) -> None:
        item = self.tools.item(row, column)
        if item is not None:
            self.tools.editItem(item)

    def _cell(self, row: int, column: int) -> str:
        item = self.tools.item(row, column)
        return item.text().strip() if item is not None else ""

    @Slot()
    def remove_tool(self) -> None:
        row = self.tools.currentRow()
        if row >= 0:
            self.tools.removeRow(row)

    @Slot()
    def reset_tools(self) -> None:
        self._set_tools([tuple(t.split("|", 1)) for t in DEFAULT_MONITORING_TOOLS])  # type: ignore[misc]

    def tool_entries(self) -> list[str]:
        """The tools as stored ("name|template"); UserError naming the first bad one."""
        entries = []
        for row in range(self.tools.rowCount()):
            name = self._cell(row, 0).replace("|", "/")
            template = self._cell(row, 1)
            if (
                not name
                or "{tld}" not in template
                or not template.startswith(("https://", "http://"))
            ):
                raise UserError(
                    self.tr(
                        "Monitoring tool {row}: give it a name and a web address (https://…) "
                        "containing {{tld}}."
                    ).format(row=row + 1),
                    code="bad-tool",
                )
            entries.append(f"{name}|{template}")
        return entries

    # -- data folder and key ----------------------------------------------------------------

    @Slot()
    def open_folder(self) -> None:
        self.url_opener(QUrl.fromLocalFile(str(self.data_dir)))

    def _show_key_mode(self) -> None:
        mode = self.store.key_info.mode if self.store is not None else None
        if mode == "keyring":
            text = self.tr("kept in the system keyring: the contacts open without a passphrase.")
        elif mode == "passphrase":
            text = self.tr("a passphrase, asked for at every start.")
        else:
            text = self.tr("open the contacts to change how they are protected.")
        self.key_mode.setText(text)
        read_only = self.store is not None and self.store.read_only
        self.keyring_button.setEnabled(mode == "passphrase" and not read_only)
        self.passphrase_button.setEnabled(mode is not None and not read_only)
        if read_only:  # a new key means writing the database anew
            why = self.tr("The data folder cannot be written: its protection cannot change now.")
            self.keyring_button.setToolTip(why)
            self.passphrase_button.setToolTip(why)
        self.passphrase_button.setText(
            self.tr("&Change the passphrase…")
            if mode == "passphrase"
            else self.tr("Use a &passphrase…")
        )

    @Slot()
    def request_keyring_mode(self) -> PassphraseDialog:
        dialog = PassphraseDialog(self, self.tr("Keep the key in the system keyring"),
                                  ask_current=True, ask_new=False)  # fmt: skip
        dialog.accepted.connect(lambda: self._change_key("keyring", dialog))
        self.passphrase_dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def request_passphrase_mode(self) -> PassphraseDialog:
        changing = self.store is not None and self.store.key_info.mode == "passphrase"
        title = (
            self.tr("Change the passphrase") if changing else self.tr("Protect with a passphrase")
        )
        dialog = PassphraseDialog(self, title, ask_current=changing, ask_new=True)
        dialog.accepted.connect(lambda: self._change_key("passphrase", dialog))
        self.passphrase_dialog = dialog
        dialog.open()
        return dialog

    def _change_key(self, target: str, dialog: PassphraseDialog) -> None:
        if self.store is None:
            return
        try:
            change_key_mode(
                self.store,
                target,
                new_passphrase=dialog.new.text(),
                current_passphrase=dialog.current.text() or None,
                keyring=self.keyring,
            )
        except UserError as exc:
            show_user_error(self, exc)
        else:
            self._say(self.tr("The database key was changed."))
        finally:
            dialog.clear()
            self._show_key_mode()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- saving -----------------------------------------------------------------------------

    def apply(self) -> bool:
        """Write the settings; False (and a message) when one is not valid."""
        try:
            tools = self.tool_entries()
        except UserError as exc:
            self.tabs.setCurrentIndex(2)
            self._say(exc.message)
            return False
        identity = (self.list_id.text().strip(), self.list_address.text().strip(),
                    self.bounce_address.text().strip())  # fmt: skip
        if not all(identity):
            self.tabs.setCurrentIndex(1)
            self._say(self.tr("The List-Id and both addresses are needed to recognise the list."))
            return False
        if not is_identity(identity):
            # (saved, such a value would be set aside as damaged when the app next starts)
            self.tabs.setCurrentIndex(1)
            self._say(
                self.tr(
                    "The List-Id is a name with dots, without spaces or angle brackets "
                    "(tld-ops.lists.dns-oarc.net), and both addresses are mail addresses "
                    "(name@domain). Check them."
                )
            )
            return False
        # The list moved: what it sent before is still its own. A reset is a fresh start.
        before = DEFAULT_IDENTITY if self._identity_reset else self.settings.identity()
        self.settings.set_identity(before.moved_to(identity))
        self.settings.set("ui/language", self.language.currentData())
        self.settings.set("privacy/clipboard_clear_seconds", self.clipboard.value())
        self.settings.set("privacy/lock_minutes", self.lock.value())
        self.settings.set("startup/recheck_sources", self.recheck.isChecked())
        self.settings.set("tools/monitoring", tools)
        self.settings.sync()
        if self.settings.qsettings.status() != QSettings.Status.NoError:
            # (QSettings writes nothing and says nothing: the next start would forget them.)
            self._say(
                self.tr(
                    "The settings could not be saved in {file}: they apply until TLD-OPS "
                    "Desktop is closed. Check that this file and its folder can be written "
                    "by you."
                ).format(file=self.settings.qsettings.fileName())
            )
            return False
        return True

    @Slot()
    def apply_and_accept(self) -> None:
        if self.apply():
            self.accept()


def _limits(key: str) -> tuple[int, int]:
    limits = SETTINGS[key].limits
    assert limits is not None
    return limits
