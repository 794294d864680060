"""Putting an automatic backup back: choose one, restore it, keep the current file aside."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from tldops_desktop.errors import UserError
from tldops_desktop.gui.dialogs.crash import show_user_error
from tldops_desktop.gui.screen_fit import resize_to_fit
from tldops_desktop.storage.backup import BackupInfo, RestoreResult, list_backups, restore_backup
from tldops_desktop.storage.keys import (
    DatabaseKey,
    KeyInfo,
    KeySource,
    keyring_user_for,
    read_keyinfo,
)


def _size(size: int) -> str:
    return f"{size / 2**20:.1f} MiB" if size >= 2**20 else f"{max(1, size // 1024)} KiB"


class RestoreDialog(QDialog):
    """The backups of a data folder, newest first; ``chosen()`` is the one to put back."""

    def __init__(self, parent: QWidget | None, data_dir: Path) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore a backup"))
        self.backups = list_backups(data_dir)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A backup of the contacts database is taken before every import that changes "
                "it. Restoring one puts the contacts back as they were then; the current "
                "database is kept aside in {folder}, never deleted. Editions imported since "
                "the backup must be imported again."
            ).format(folder=str(data_dir))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups"))
        for backup in self.backups:
            taken = backup.taken_at.strftime("%Y-%m-%d %H:%M UTC")
            item = QListWidgetItem(
                self.tr("{taken} — {size}").format(taken=taken, size=_size(backup.size))
            )
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            self.list.addItem(item)
        if self.backups:
            self.list.setCurrentRow(0)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(bool(self.backups))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        resize_to_fit(self, 560, 360)

    def chosen(self) -> BackupInfo | None:
        row = self.list.currentRow()
        return self.backups[row] if 0 <= row < len(self.backups) else None


def restore_key(parent: QWidget | None, data_dir: Path) -> DatabaseKey | None:
    """The key the backups are encrypted with: the keyring's, or the passphrase, asked for."""
    info = read_keyinfo(data_dir) or KeyInfo("keyring", keyring_user_for(data_dir))
    source = KeySource(prompt=None)
    if info.mode == "passphrase" and source.explicit_passphrase() is None:
        text, accepted = QInputDialog.getText(
            parent,
            QCoreApplication.translate("RestoreDialog", "Restore a backup"),
            QCoreApplication.translate("RestoreDialog", "Passphrase of the TLD-OPS database:"),
            QLineEdit.EchoMode.Password,
        )
        if not accepted or not text:
            return None
        source = KeySource(passphrase=text, prompt=None)
    return source.key_for_existing(data_dir, info)


def restore_flow(parent: QWidget | None, data_dir: Path) -> RestoreResult | None:
    """Choose a backup and put it back. The caller must have closed its own store first."""
    dialog = RestoreDialog(parent, data_dir)
    if not dialog.backups:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("RestoreDialog", "Restore a backup"),
            QCoreApplication.translate(
                "RestoreDialog",
                "There are no backups yet: one is taken before each import that changes the "
                "database. Import the repository emails again from your mailbox instead.",
            ),
        )
        return None
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
        return None
    backup = dialog.chosen()
    assert backup is not None
    try:
        key = restore_key(parent, data_dir)
        if key is None:
            return None
        result = restore_backup(data_dir, backup.path, key)
    except UserError as error:
        show_user_error(parent, error)
        return None
    kept = (
        QCoreApplication.translate(
            "RestoreDialog", "The database as it was before is kept as {path}."
        ).format(path=str(result.kept_aside))
        if result.kept_aside
        else ""
    )
    QMessageBox.information(
        parent,
        QCoreApplication.translate("RestoreDialog", "Backup restored"),
        QCoreApplication.translate(
            "RestoreDialog",
            "The contacts are back as they were on {taken}. {kept} Import your mailbox again "
            "for the editions that arrived since then.",
        ).format(taken=backup.taken_at.strftime("%Y-%m-%d %H:%M UTC"), kept=kept),
    )
    return result


def offer_restore(parent: QWidget | None, data_dir: Path, error: UserError) -> bool:
    """Say what is wrong with the database and offer to restore a backup; True if restored."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("RestoreDialog", "TLD-OPS Desktop"))
    box.setText(error.message)
    restore = box.addButton(
        QCoreApplication.translate("RestoreDialog", "Restore a backup…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(restore)
    box.exec()
    if box.clickedButton() is not restore:
        return False
    return restore_flow(parent, data_dir) is not None
