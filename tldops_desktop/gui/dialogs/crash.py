"""What the user sees when something goes wrong.

A ``UserError`` (the world is wrong) is a message box with its text and what to do. Anything
else is a bug: a crash dialog with the details to copy, and the same details in a log file.
Never a bare traceback on a terminal the user does not look at.
"""

from __future__ import annotations

import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tldops_desktop import logs
from tldops_desktop.errors import UserError

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


# Hints that name a next step for the program (e.g. offering the backups), not for the reader.
MACHINE_HINTS = frozenset({"restore"})


def headline(code: str) -> str | None:
    """A translated one-line summary of an expected error, for the codes the app can meet.

    The core's messages are English and name the paths and commands involved; in every
    language the dialog leads with this line and gives that message as the details.
    """
    lines = {
        "wrong-key": QCoreApplication.translate(
            "UserError", "This key or passphrase does not open the contacts."
        ),
        "busy": QCoreApplication.translate(
            "UserError", "The contacts are in use by another import or window."
        ),
        "disk-full": QCoreApplication.translate("UserError", "The disk is full."),
        "not-writable": QCoreApplication.translate(
            "UserError", "The data folder cannot be written."
        ),
        "corrupt": QCoreApplication.translate("UserError", "The contacts database is damaged."),
        "keyring-unavailable": QCoreApplication.translate(
            "UserError", "The system keyring is not available."
        ),
        "keyring-key-missing": QCoreApplication.translate(
            "UserError", "The system keyring no longer holds the key of the contacts."
        ),
        "no-passphrase": QCoreApplication.translate(
            "UserError", "A passphrase is needed to open the contacts."
        ),
        "schema-too-new": QCoreApplication.translate(
            "UserError", "These contacts were saved by a newer version of TLD-OPS Desktop."
        ),
        "write-failed": QCoreApplication.translate("UserError", "The file could not be written."),
        "backup-damaged": QCoreApplication.translate("UserError", "This backup is damaged."),
        "backup-wrong-key": QCoreApplication.translate(
            "UserError", "This backup was made with another key."
        ),
        "backup-unreadable": QCoreApplication.translate("UserError", "This backup cannot be read."),
        "no-backup": QCoreApplication.translate("UserError", "There is no backup to restore."),
        "open-failed": QCoreApplication.translate(
            "UserError", "The contacts database could not be opened."
        ),
        "os-error": QCoreApplication.translate("UserError", "A file or folder could not be used."),
        "not-readable": QCoreApplication.translate(
            "UserError", "The data folder's files cannot be read: they may belong to another user."
        ),
        "print-failed": QCoreApplication.translate("UserError", "Printing failed."),
        "passphrase-mismatch": QCoreApplication.translate(
            "UserError", "The two passphrases differ."
        ),
        "passphrase-empty": QCoreApplication.translate(
            "UserError", "An empty passphrase is not allowed."
        ),
        "sources-unreadable": QCoreApplication.translate(
            "UserError", "The list of remembered mailboxes cannot be read."
        ),
        "sources-damaged": QCoreApplication.translate(
            "UserError", "The list of remembered mailboxes cannot be read."
        ),
        "keyinfo-unreadable": QCoreApplication.translate(
            "UserError", "The key information of the contacts cannot be read."
        ),
        "keyinfo-invalid": QCoreApplication.translate(
            "UserError", "The key information of the contacts cannot be read."
        ),
        "rekey-interrupted": QCoreApplication.translate(
            "UserError", "An earlier change of key was interrupted."
        ),
    }
    return lines.get(code)


def error_text(error: UserError) -> str:
    """An expected error where a dialog says it in a line of its own: the translated summary,
    then the (English) message with its paths."""
    summary = headline(error.code)
    if summary is None or summary == error.message:
        return error.message
    return f"{summary}\n{error.message}"


def user_error_box(parent: QWidget | None, error: UserError) -> QMessageBox:
    """The message box for an expected error (not shown yet)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("UserError", "TLD-OPS Desktop"))
    summary = headline(error.code)
    box.setText(summary or error.message)
    details = [error.message] if summary and summary != error.message else []
    if error.hint and error.hint not in MACHINE_HINTS:
        details.append(error.hint)
    if details:
        box.setInformativeText("\n\n".join(details))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setObjectName("userErrorBox")
    # The message names the path and the system's words: to paste into a ticket or a chat.
    box.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return box


def show_user_error(parent: QWidget | None, error: UserError) -> None:
    """Tell the user what went wrong and what to do; returns when the box is closed."""
    user_error_box(parent, error).exec()


class CrashDialog(QDialog):
    """An unexpected error: an apology, the details (read-only, copyable) and the log path."""

    def __init__(self, parent: QWidget | None, details: str, log_path: Path | None) -> None:
        super().__init__(parent)
        self.details = details
        self.log_path = log_path
        self.setWindowTitle(self.tr("TLD-OPS Desktop: internal error"))
        self.setObjectName("crashDialog")
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Something went wrong inside TLD-OPS Desktop. This is a bug, not something you "
                "did. Your contacts database was not changed by this error. You can keep working; "
                "if the window misbehaves, restart the app."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if log_path is not None:
            where = self.tr("The details were written to {path}.").format(path=str(log_path))
        else:
            where = self.tr("The details could not be written to a log file.")
        self.log_label = QLabel(where)
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.log_label)
        self.text = QPlainTextEdit(details)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setAccessibleName(self.tr("Error details"))
        self.text.setMinimumSize(560, 220)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @Slot()
    def copy_details(self) -> None:
        text = self.details
        if self.log_path is not None:
            text += f"\nLog: {self.log_path}\n"
        QGuiApplication.clipboard().setText(text)


def format_exception(exc_type: type[BaseException], exc: BaseException,
                     tb: TracebackType | None) -> str:  # fmt: skip
    from tldops_desktop import __version__

    head = f"TLD-OPS Desktop {__version__}, Python {sys.version.split()[0]}, {sys.platform}\n"
    return head + "".join(traceback.format_exception(exc_type, exc, tb))


def write_log(details: str) -> Path | None:
    """Write ``details`` to the crash log; None when it cannot be (a full disk, a log folder
    that cannot be made): the crash handler must not fail in turn, the dialog says so."""
    try:
        return logs.write_crash_report(details)
    except Exception:  # whatever the cause, the details stay in the dialog to copy
        return None


def report_crash(parent: QWidget | None, details: str) -> CrashDialog:
    """Log ``details`` and open (without blocking) a crash dialog showing them."""
    log_path = write_log(details)
    dialog = CrashDialog(parent, details, log_path)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class ExceptionHandler(QObject):
    """Receives uncaught exceptions from any thread and shows them on the GUI thread."""

    _raised = Signal(object)

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("tldopsExceptionHandler")
        self.dialogs: list[QWidget] = []  # the dialogs opened, kept alive while shown
        self._handling = False
        self._raised.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def excepthook(self, exc_type: type[BaseException], exc: BaseException,
                   tb: TracebackType | None) -> None:  # fmt: skip
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if threading.current_thread() is threading.main_thread():
            self._show((exc_type, exc, tb))
        else:
            self._raised.emit((exc_type, exc, tb))

    def threading_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(object)
    def _show(self, info: ExcInfo) -> None:
        exc_type, exc, tb = info
        parent = QApplication.activeWindow()
        if self._handling:  # an error while showing an error: log it, show nothing more
            write_log(format_exception(exc_type, exc, tb))
            return
        self._handling = True
        try:
            if isinstance(exc, UserError):
                box = user_error_box(parent, exc)
                box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                box.open()
                self._keep(box)
            else:
                self._keep(report_crash(parent, format_exception(exc_type, exc, tb)))
        finally:
            self._handling = False

    def _keep(self, dialog: QWidget) -> None:
        self.dialogs.append(dialog)
        dialog.destroyed.connect(lambda *_: self._forget(dialog))

    def _forget(self, dialog: QWidget) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)


def install_excepthook(app: QApplication) -> None:
    """Route uncaught exceptions (GUI thread, Python threads, QThreads) to dialogs."""
    handler = ExceptionHandler(app)
    sys.excepthook = handler.excepthook
    threading.excepthook = handler.threading_hook


def installed_handler(app: QApplication) -> ExceptionHandler | None:
    return app.findChild(ExceptionHandler, "tldopsExceptionHandler")
