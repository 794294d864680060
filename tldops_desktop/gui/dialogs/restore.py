"""Putting an automatic backup back: choose one, restore it, keep the current file aside."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication, QLocale, Qt
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
from tldops_desktop.gui.dialogs.crash import headline, show_user_error
from tldops_desktop.gui.i18n import ltr
from tldops_desktop.gui.screen_fit import resize_to_fit
from tldops_desktop.gui.workers import keyring_wait
from tldops_desktop.paths import DATABASE_NAME
from tldops_desktop.storage.backup import (
    BackupInfo,
    RestoreResult,
    check_backup,
    key_opens_any,
    list_backups,
    restore_backup,
    wrong_passphrase_error,
)
from tldops_desktop.storage.keys import DatabaseKey, Keyring, KeySource, existing_key_info

Offer = Literal["restored", "new-folder", "closed"]


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
            if backup.edition:
                text = self.tr("{taken} — edition {edition} — {size}").format(
                    taken=taken, edition=ltr(backup.edition), size=_size(backup.size)
                )
            else:  # taken before backups recorded their edition
                text = self.tr("{taken} — {size}").format(taken=taken, size=_size(backup.size))
            item = QListWidgetItem(text)
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


def _ask_passphrase(parent: QWidget | None, label: str) -> str | None:
    text, accepted = QInputDialog.getText(
        parent,
        QCoreApplication.translate("RestoreDialog", "Restore a backup"),
        label,
        QLineEdit.EchoMode.Password,
    )
    return text if accepted and text else None


def restore_key(parent: QWidget | None, data_dir: Path) -> DatabaseKey | None:
    """The key the backups are encrypted with: the keyring's, or the passphrase, asked for
    (again, saying so, while it opens neither the database nor any backup). None: cancelled."""
    source = KeySource(prompt=None, keyring=Keyring(wait=keyring_wait(parent)))
    info, marked = existing_key_info(data_dir, source.keyring)
    if info.mode == "keyring" or source.explicit_passphrase() is not None:
        key = source.key_for_existing(data_dir, info, marked=marked)
        if key.mode == "passphrase" and not key_opens_any(data_dir, key):
            raise wrong_passphrase_error()
        return key
    label = QCoreApplication.translate("RestoreDialog", "Passphrase of the TLD-OPS database:")
    while (text := _ask_passphrase(parent, label)) is not None:
        key = DatabaseKey("passphrase", text)
        if key_opens_any(data_dir, key):
            return key
        label = QCoreApplication.translate(
            "RestoreDialog",
            "This passphrase opens neither the contacts nor their backups. Check it (Caps "
            "Lock?) and type it again:",
        )
    return None


@dataclass(frozen=True, slots=True)
class RestorePlan:
    """A backup chosen and checked to open with ``key``: ready to be put back."""

    backup: BackupInfo
    key: DatabaseKey


def choose_restore(parent: QWidget | None, data_dir: Path) -> RestorePlan | None:
    """Choose a backup and its key, and check it opens, changing nothing. None when there
    is none, the user cancelled or the backup is refused (after saying why)."""
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
        check_backup(backup.path, key)
    except UserError as error:
        show_user_error(parent, error)
        return None
    return RestorePlan(backup, key)


def perform_restore(
    parent: QWidget | None, data_dir: Path, plan: RestorePlan
) -> RestoreResult | None:
    """Put the planned backup back and say so. The caller has closed its own store first."""
    try:
        result = restore_backup(data_dir, plan.backup.path, plan.key)
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
        ).format(taken=plan.backup.taken_at.strftime("%Y-%m-%d %H:%M UTC"), kept=kept),
    )
    return result


def restore_flow(parent: QWidget | None, data_dir: Path) -> RestoreResult | None:
    """Choose a backup and put it back. The caller must have closed its own store first."""
    plan = choose_restore(parent, data_dir)
    return perform_restore(parent, data_dir, plan) if plan is not None else None


def damage_text(data_dir: Path, backups: list[BackupInfo]) -> str:
    """What to do about a damaged database, in the app's words (its buttons, not commands)."""
    text = QCoreApplication.translate("RestoreDialog", "The file {path} was left as it is.").format(
        path=str(data_dir / DATABASE_NAME)
    )
    if not backups:
        return (
            text
            + " "
            + QCoreApplication.translate(
                "RestoreDialog",
                "There is no backup of it yet. Start again from your mailbox: a new data "
                "folder, into which you import the repository emails again. The current "
                "folder is kept, renamed, with the damaged file in it; nothing is deleted.",
            )
        )
    taken = backups[0].taken_at.strftime("%Y-%m-%d %H:%M UTC")
    if len(backups) == 1:
        advice = QCoreApplication.translate(
            "RestoreDialog",
            "Restore its backup, taken {taken}; the damaged file is kept beside it.",
        )
    else:
        advice = QCoreApplication.translate(
            "RestoreDialog",
            "Restore the newest of its {count} backups, taken {taken}; the damaged file is "
            "kept beside it.",
        )
    count = QLocale().toString(len(backups))
    return text + " " + advice.format(taken=taken, count=count)


def offer_restore(parent: QWidget | None, data_dir: Path, error: UserError) -> Offer:
    """Say that the database is damaged and offer its backups, or a new data folder when it
    has none. "restored" when a backup was put back; "new-folder" when the user chose one."""
    backups = list_backups(data_dir)
    box = QMessageBox(parent)
    box.setObjectName("damagedBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("RestoreDialog", "TLD-OPS Desktop"))
    box.setText(headline(error.code) or error.message)
    box.setInformativeText(damage_text(data_dir, backups))
    if backups:
        choice = box.addButton(
            QCoreApplication.translate("RestoreDialog", "Restore a backup…"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    else:
        choice = box.addButton(
            QCoreApplication.translate("RestoreDialog", "Start a new data folder…"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(choice)
    box.exec()
    if box.clickedButton() is not choice:
        return "closed"
    if not backups:
        return "new-folder"
    return "restored" if restore_flow(parent, data_dir) is not None else "closed"
