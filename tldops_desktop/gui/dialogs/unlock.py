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
    QVBoxLayout,
    QWidget,
)

from tldops_desktop.errors import NoKeyError, UserError, WrongKeyError
from tldops_desktop.gui.dialogs.crash import show_user_error
from tldops_desktop.services.store import Store, database_exists
from tldops_desktop.storage.keys import KeySource


class UnlockDialog(QDialog):
    """Asks for the passphrase (twice for a new database) and opens the store with it.

    Non-blocking use: ``open()``, fill ``passphrase`` (and ``confirm``), ``try_unlock()``;
    ``store`` is set when it worked. A wrong passphrase keeps the dialog open and says so.
    """

    def __init__(
        self,
        parent: QWidget | None,
        data_dir: Path,
        *,
        create: bool = False,
        message: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.data_dir = data_dir
        self.creating = create
        self.store: Store | None = None
        self.attempts = 0
        self.error: UserError | None = None
        self.setWindowTitle(
            self.tr("Protect the TLD-OPS contacts") if create else self.tr("Unlock TLD-OPS")
        )
        layout = QVBoxLayout(self)
        if create:
            intro = self.tr(
                "No system keyring is available to keep the database key. Choose a passphrase "
                "for the new contacts database in {folder}. It cannot be recovered: if you "
                "forget it, import the repository emails again into a new data folder."
            )
        else:
            intro = self.tr(
                "The contacts database in {folder} is protected by a passphrase. Type it to "
                "open the contacts."
            )
        self.intro = QLabel(intro.format(folder=str(data_dir)))
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
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
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setVisible(bool(message))
        self.message.setAccessibleName(self.tr("Unlock problem"))
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create") if create else self.tr("Unlock"))
        self.buttons.accepted.connect(self.try_unlock)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.passphrase.setFocus()
        self.setMinimumWidth(420)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    @Slot()
    def try_unlock(self) -> bool:
        """Open the store with the passphrase typed; True (and the dialog accepted) when it did."""
        secret = self.passphrase.text()
        if not secret:
            self._say(self.tr("Type the passphrase."))
            return False
        if self.creating and secret != self.confirm.text():
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
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        self.error = exc
        if exc.hint != "restore":  # a damaged database: unlock() offers the backups
            show_user_error(self, exc)
        self.reject()


def unlock(parent: QWidget | None, data_dir: Path, *, create: bool = False) -> Store | None:
    """The open store of ``data_dir``: from the keyring or the environment, else by asking.

    None when the user cancels or the database cannot be opened (after saying why).
    """
    message = ""
    try:
        # A folder that cannot be written still shows its contacts (read only).
        return Store.open(data_dir, KeySource(prompt=None), create=create, read_only_ok=not create)
    except WrongKeyError:
        message = QCoreApplication.translate(
            "UnlockDialog",
            "The passphrase given in the environment (TLDOPS_PASSPHRASE or its file) does not "
            "open the database. Type the passphrase.",
        )
    except NoKeyError as exc:
        if exc.code != "no-passphrase":
            show_user_error(parent, exc)
            return None
    except UserError as exc:
        if exc.hint == "restore":  # a damaged database: the backups are the way back
            from tldops_desktop.gui.dialogs.restore import offer_restore

            if offer_restore(parent, data_dir, exc):
                return unlock(parent, data_dir, create=create)
            return None
        show_user_error(parent, exc)
        return None
    dialog = UnlockDialog(
        parent, data_dir, create=create and not database_exists(data_dir), message=message
    )
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.store
    if dialog.error is not None and dialog.error.hint == "restore":
        from tldops_desktop.gui.dialogs.restore import offer_restore

        if offer_restore(parent, data_dir, dialog.error):
            return unlock(parent, data_dir, create=create)
    return None
