"""Unlocking the database: the keyring or $TLDOPS_PASSPHRASE first, else ask for the passphrase."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tldops_desktop.errors import NoKeyError, UserError, WrongKeyError
from tldops_desktop.gui.colours import set_warning_text
from tldops_desktop.gui.dialogs.crash import headline, show_user_error
from tldops_desktop.gui.workers import keyring_wait
from tldops_desktop.services.store import Store, database_exists, start_over
from tldops_desktop.storage.keys import (
    MIN_PASSPHRASE_LENGTH,
    Keyring,
    KeySource,
    passphrase_length,
    read_keyinfo,
    same_passphrase,
)

# Where the keyring cannot give the key: the app offers a new data folder instead.
KEYRING_CODES = frozenset({"keyring-unavailable", "keyring-key-missing"})


class UnlockDialog(QDialog):
    """Asks for the passphrase (twice for a new database) and opens the store with it.

    Non-blocking use: ``open()``, fill ``passphrase`` (and ``confirm``), ``try_unlock()``;
    ``store`` is set when it worked. A wrong passphrase keeps the dialog open, says so, and
    says what to do if it is forgotten, with a button to start a new data folder
    (``fresh_start`` is then True and the dialog rejected: ``unlock()`` carries on).
    """

    def __init__(
        self,
        parent: QWidget | None,
        data_dir: Path,
        *,
        create: bool = False,
        message: str = "",
        kept: Path | None = None,
        unmarked: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.data_dir = data_dir
        self.creating = create
        self.store: Store | None = None
        self.attempts = 0
        self.error: UserError | None = None
        self.fresh_start = False
        self.setWindowTitle(
            self.tr("Protect the TLD-OPS contacts") if create else self.tr("Unlock TLD-OPS")
        )
        layout = QVBoxLayout(self)
        self.intro = QLabel(self._intro_text(data_dir, create=create, kept=kept, unmarked=unmarked))
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        if create:
            self.passphrase.setPlaceholderText(
                self.tr("at least {count} characters").format(count=MIN_PASSPHRASE_LENGTH)
            )
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setObjectName("confirmPassphrase")
        self.confirm.setAccessibleName(self.tr("Repeat the passphrase"))
        if create:
            form.addRow(self.tr("&Repeat:"), self.confirm)
        else:
            self.confirm.hide()
        layout.addLayout(form)
        self.message = QLabel(message)
        self.message.setObjectName("unlockMessage")
        self.message.setWordWrap(True)
        set_warning_text(self.message)
        self.message.setVisible(bool(message))
        self.message.setAccessibleDescription(self.tr("Unlock problem"))  # its text: the name
        layout.addWidget(self.message)
        self.forgot = QLabel(
            self.tr(
                "Forgotten it? It cannot be recovered. Start again from your mailbox: a new "
                "data folder, into which you import the repository emails again. The current "
                "folder is kept, renamed, with everything in it; nothing is deleted."
            )
        )
        self.forgot.setObjectName("forgotPassphrase")
        self.forgot.setWordWrap(True)
        self.forgot.hide()
        layout.addWidget(self.forgot)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create") if create else self.tr("Unlock"))
        self.new_folder_button = QPushButton(self.tr("Start a &new data folder…"))
        self.new_folder_button.setObjectName("newDataFolder")
        self.new_folder_button.setAutoDefault(False)
        self.new_folder_button.clicked.connect(self.start_new_folder)
        self.buttons.addButton(self.new_folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.new_folder_button.hide()
        self.buttons.accepted.connect(self.try_unlock)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.passphrase.setFocus()
        self.setMinimumWidth(460)

    def _intro_text(self, data_dir: Path, *, create: bool, kept: Path | None,
                    unmarked: bool) -> str:  # fmt: skip
        if create and kept is not None:
            return self.tr(
                "A new, empty data folder is ready in {folder}. The previous one is kept, "
                "untouched, as {kept}. Choose a passphrase for the new contacts database, then "
                "import the repository emails again. It cannot be recovered: keep it safe."
            ).format(folder=str(data_dir), kept=str(kept))
        if create:
            return self.tr(
                "No system keyring is available to keep the database key. Choose a passphrase "
                "for the new contacts database in {folder}. It cannot be recovered: if you "
                "forget it, import the repository emails again into a new data folder."
            ).format(folder=str(data_dir))
        if unmarked:
            return self.tr(
                "The file that says how the contacts database in {folder} is protected "
                "(keyinfo.json) is missing, and the system keyring holds no key for it. If it "
                "is protected by a passphrase, type it to open the contacts."
            ).format(folder=str(data_dir))
        return self.tr(
            "The contacts database in {folder} is protected by a passphrase. Type it to "
            "open the contacts."
        ).format(folder=str(data_dir))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.adjustSize()  # grow with the message (longer in some languages): never clip it

    @Slot()
    def start_new_folder(self) -> None:
        """The passphrase is forgotten: close, and let ``unlock()`` start a new data folder."""
        self.fresh_start = True
        self.reject()

    @Slot()
    def try_unlock(self) -> bool:
        """Open the store with the passphrase typed; True (and the dialog accepted) when it did."""
        secret = self.passphrase.text()
        if not secret:
            self._say(self.tr("Type the passphrase."))
            return False
        if self.creating and passphrase_length(secret) < MIN_PASSPHRASE_LENGTH:
            self._say(
                self.tr(
                    "A passphrase needs at least {count} characters: a few words are easy to "
                    "remember and hard to guess."
                ).format(count=MIN_PASSPHRASE_LENGTH)
            )
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return False
        if self.creating and not same_passphrase(secret, self.confirm.text()):
            self._say(self.tr("The two passphrases differ. Type the same passphrase twice."))
            self.confirm.clear()
            self.confirm.setFocus()
            return False
        self.attempts += 1
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # the KDF takes a moment
        try:
            store = Store.open(
                self.data_dir, KeySource(passphrase=secret, prompt=None), create=self.creating,
                read_only_ok=not self.creating,
            )  # fmt: skip
        except UserError as exc:
            QGuiApplication.restoreOverrideCursor()
            self._refused(exc)
            return False
        QGuiApplication.restoreOverrideCursor()
        self.store = store
        self.passphrase.clear()
        self.confirm.clear()
        self.accept()
        return True

    def _refused(self, exc: UserError) -> None:
        if isinstance(exc, WrongKeyError):
            self._say(
                self.tr(
                    "This passphrase does not open the database. Check it (Caps Lock?) and "
                    "try again."
                )
            )
            if not self.creating:
                self.forgot.show()
                self.new_folder_button.show()
                self.adjustSize()
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        self.error = exc
        if exc.hint != "restore":  # a damaged database: unlock() offers the backups
            show_user_error(self, exc)
        self.reject()


def unlock(parent: QWidget | None, data_dir: Path, *, create: bool = False) -> Store | None:
    """The open store of ``data_dir``: from the keyring or the environment, else by asking.

    None when the user cancels or the database cannot be opened (after saying why). When the
    user chose to start a new data folder, the store of that new folder (or None, the old
    folder kept aside and no database in ``data_dir`` any more).
    """
    message = ""
    try:
        return _open_unasked(parent, data_dir, create=create)
    except WrongKeyError:
        message = QCoreApplication.translate(
            "UnlockDialog",
            "The passphrase given in the environment (TLDOPS_PASSPHRASE or its file) does not "
            "open the database. Type the passphrase.",
        )
    except NoKeyError as exc:
        if exc.code in KEYRING_CODES:
            return offer_fresh_start(parent, data_dir, exc, create=create)
        if exc.code != "no-passphrase":
            show_user_error(parent, exc)
            return None
    except UserError as exc:
        if exc.hint == "restore":  # a damaged database: the backups are the way back
            return after_damage(parent, data_dir, exc, create=create)
        show_user_error(parent, exc)
        return None
    exists = database_exists(data_dir)
    dialog = UnlockDialog(
        parent, data_dir, create=create and not exists, message=message,
        unmarked=exists and _keyinfo_missing(data_dir),
    )  # fmt: skip
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.store
    if dialog.fresh_start:
        return start_new_folder(parent, data_dir)
    if dialog.error is not None and dialog.error.hint == "restore":
        return after_damage(parent, data_dir, dialog.error, create=create)
    return None


def _open_unasked(parent: QWidget | None, data_dir: Path, *, create: bool) -> Store:
    """The store opened by the keyring or the environment, a wait cursor shown meanwhile. The
    keyring may take its time (an unlock prompt being answered, up to its timeout): the app
    stays responsive, says what it waits for, and lets the user stop waiting."""
    keys = KeySource(prompt=None, keyring=Keyring(wait=keyring_wait(parent)))
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        # A folder that cannot be written still shows its contacts (read only).
        return Store.open(data_dir, keys, create=create, read_only_ok=not create)
    finally:
        QGuiApplication.restoreOverrideCursor()


def _keyinfo_missing(data_dir: Path) -> bool:
    try:
        return read_keyinfo(data_dir) is None
    except UserError:
        return False


def after_damage(
    parent: QWidget | None, data_dir: Path, error: UserError, *, create: bool
) -> Store | None:
    """A damaged database: offer its backups (or a new data folder when there are none)."""
    from tldops_desktop.gui.dialogs.restore import offer_restore

    outcome = offer_restore(parent, data_dir, error)
    if outcome == "restored":
        return unlock(parent, data_dir, create=create)
    if outcome == "new-folder":
        return start_new_folder(parent, data_dir)
    return None


def offer_fresh_start(
    parent: QWidget | None, data_dir: Path, error: NoKeyError, *, create: bool = False
) -> Store | None:
    """The keyring cannot give the key: say why, and offer a new data folder or quitting, and
    asking the keyring again where it did not answer (its key is still there)."""
    box, new_folder = fresh_start_box(parent, data_dir, error)
    box.exec()
    clicked = box.clickedButton()
    if clicked is not None and clicked.objectName() == "tryKeyringAgain":
        return unlock(parent, data_dir, create=create)
    if clicked is not new_folder:
        return None
    return start_new_folder(parent, data_dir)


def fresh_start_box(
    parent: QWidget | None, data_dir: Path, error: NoKeyError
) -> tuple[QMessageBox, QPushButton]:
    """The message box of ``offer_fresh_start`` (not shown yet) and its new-folder button."""
    box = QMessageBox(parent)
    box.setObjectName("freshStartBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("UnlockDialog", "TLD-OPS Desktop"))
    box.setText(headline(error.code) or error.message)
    if error.code == "keyring-unavailable":
        why = QCoreApplication.translate(
            "UnlockDialog",
            "The key of the contacts in {folder} is kept in the system keyring, which is not "
            "available now (locked, or not answering). Unlock your desktop session's keyring, "
            "then try again: the key is still kept there.",
        )
        way = QCoreApplication.translate(
            "UnlockDialog",
            "Or start again from your mailbox: a new data folder, protected by a passphrase, "
            "into which you import the repository emails again. The current folder is kept, "
            "renamed, with everything in it; nothing is deleted.",
        )
    else:
        why = QCoreApplication.translate(
            "UnlockDialog",
            "The system keyring no longer holds the key of the contacts in {folder}, so they "
            "cannot be opened. If you restore the keyring from a backup, the key may come "
            "back with it.",
        )
        way = QCoreApplication.translate(
            "UnlockDialog",
            "To carry on, start again from your mailbox: a new data folder, protected by a "
            "passphrase, into which you import the repository emails again. The current "
            "folder is kept, renamed, with everything in it; nothing is deleted.",
        )
    box.setInformativeText(why.format(folder=str(data_dir)) + "\n\n" + way)
    new_folder = box.addButton(
        QCoreApplication.translate("UnlockDialog", "Start a new data folder…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    new_folder.setObjectName("newDataFolder")
    if error.code == "keyring-unavailable":
        again = box.addButton(
            QCoreApplication.translate("UnlockDialog", "Try again"),
            QMessageBox.ButtonRole.ActionRole,
        )
        again.setObjectName("tryKeyringAgain")
    # At start (no window yet) closing the box ends the app: the button says so.
    close = box.addButton(
        QCoreApplication.translate("UnlockDialog", "Quit")
        if parent is None
        else QCoreApplication.translate("UnlockDialog", "Close"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(close)
    box.setEscapeButton(close)
    return box, new_folder


def start_new_folder(parent: QWidget | None, data_dir: Path) -> Store | None:
    """Keep the data folder under a new name, untouched, and protect a new one in its place
    with a passphrase. None when it could not be set aside or no passphrase was chosen (the
    new folder is then empty: the first import asks for a key again)."""
    try:
        # As `tldops start-over`: the remembered mailboxes and the list's identity come along.
        kept = start_over(data_dir).kept
    except UserError as error:
        show_user_error(parent, error)
        return None
    dialog = UnlockDialog(parent, data_dir, create=True, kept=kept)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.store
    return None
