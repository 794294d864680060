"""Work off the GUI thread, reporting back through signals.

``ImportWorker`` only *scans* (``find_editions``): it never touches the database. The GUI
thread stores what was found afterwards (``store_editions``), so a cancelled import leaves the
database exactly as it was, and the SQLCipher connection is only ever used by one thread.
"""

from __future__ import annotations

import math
import threading
import time
import traceback

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QProgressDialog, QWidget

from tldops_desktop.errors import Cancelled, UserError
from tldops_desktop.mail.scan_items import ScanControl, ScanStats, SourceMark
from tldops_desktop.services.import_report import ImportReport
from tldops_desktop.services.importer import ImportOptions, find_editions
from tldops_desktop.storage.keys import KeyringWait

PROGRESS_INTERVAL_S = 0.05  # at most 20 progress signals a second
# The keyring's usual answer comes within this: no window flashes for it.
KEYRING_QUICK_S = 0.2
KEYRING_POLL_MS = 50


def keyring_wait(parent: QWidget | None) -> KeyringWait:
    """A wait for the system keyring that keeps the app responsive: a window says what is
    waited for, with a button to stop waiting (the key is then missing, as from a keyring
    that is not there: the app offers a passphrase and a new try). The keyring's thread is
    left behind, never stopped: what the keyring holds is not touched."""

    def wait(worker: threading.Thread, timeout: float) -> None:
        worker.join(KEYRING_QUICK_S)
        if not worker.is_alive():
            return
        dialog = QProgressDialog(parent)
        dialog.setObjectName("keyringWait")
        dialog.setWindowTitle(QCoreApplication.translate("KeyringWait", "TLD-OPS Desktop"))
        dialog.setLabelText(
            QCoreApplication.translate(
                "KeyringWait",
                "Waiting for the system keyring to give the key of the contacts. If your "
                "desktop shows a prompt to unlock the keyring, answer it.",
            )
        )
        dialog.setCancelButtonText(QCoreApplication.translate("KeyringWait", "Stop waiting"))
        dialog.setRange(0, 0)  # (no measure of an answer to come: a busy bar)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        loop = QEventLoop()
        deadline = time.monotonic() + timeout - KEYRING_QUICK_S

        def check() -> None:
            if not worker.is_alive() or time.monotonic() >= deadline:
                loop.quit()

        poll = QTimer()
        poll.timeout.connect(check)
        poll.start(KEYRING_POLL_MS)
        dialog.canceled.connect(loop.quit)
        # A button to press, not the wait cursor of whoever opened the store.
        QGuiApplication.setOverrideCursor(Qt.CursorShape.ArrowCursor)
        try:
            dialog.show()
            loop.exec()
        finally:
            QGuiApplication.restoreOverrideCursor()
            poll.stop()
            dialog.hide()
            dialog.deleteLater()

    return wait


class ImportWorker(QObject):
    """Scans mailboxes for editions; run ``run()`` in a ``QThread``.

    Exactly one of ``finished``, ``failed``, ``cancelled`` or ``crashed`` is emitted at the end.
    """

    # bytes scanned, bytes total (64-bit: mailboxes pass 2 GiB), messages, editions found
    progress = Signal("qint64", "qint64", int, int)  # type: ignore[arg-type]
    finished = Signal(object)  # (list[FoundEdition], ImportReport)
    # The UserError itself: its code heads the message in the user's language, its hint says
    # what to do (its text alone is English and says neither).
    failed = Signal(object)
    cancelled = Signal()
    crashed = Signal(str)  # a bug: the formatted traceback, for the crash dialog

    def __init__(
        self,
        paths: list[str],
        options: ImportOptions,
        *,
        interval: float = PROGRESS_INTERVAL_S,
        marks_in: dict[str, SourceMark] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths = list(paths)
        self.options = options
        self.interval = interval
        # What earlier scans read (to skip unchanged mailboxes), and what this one read.
        self.marks_in = dict(marks_in or {})
        self.marks_out: dict[str, SourceMark] = {}
        self._cancel = threading.Event()
        self._last_emit = -math.inf  # the first report goes out at once
        # The Outlook reader (a C extension) is loaded here, on the GUI thread: loading it
        # first on the scan's thread has crashed the process.
        from tldops_desktop.mail.outlook import import_pypff

        import_pypff()

    @Slot()
    def cancel(self) -> None:
        """Ask the scan to stop at its next check (thread-safe; callable from any thread)."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _on_progress(self, stats: ScanStats, editions: int) -> None:
        now = time.monotonic()
        if now - self._last_emit < self.interval:
            return
        self._last_emit = now
        self._emit(stats, editions)

    def _emit(self, stats: ScanStats, editions: int) -> None:
        self.progress.emit(stats.bytes_scanned, stats.bytes_total, stats.messages_scanned, editions)

    @Slot()
    def run(self) -> None:
        report = ImportReport(dry_run=self.options.dry_run)
        last: list[ScanStats] = []

        def on_progress(stats: ScanStats, editions: int) -> None:
            if not last:
                last.append(stats)
            self._on_progress(stats, editions)

        control = ScanControl(marks_in=self.marks_in)
        try:
            found = find_editions(
                self.paths,
                self.options,
                report,
                on_progress=on_progress,
                is_cancelled=self.is_cancelled,
                control=control,
            )
        except Cancelled:
            self.cancelled.emit()
            return
        except UserError as exc:
            self.failed.emit(exc)
            return
        except Exception:  # a bug: shown in the crash dialog by the GUI thread, and logged
            self.crashed.emit(traceback.format_exc())
            return
        if self.is_cancelled():  # cancelled after the last check: still a cancel
            self.cancelled.emit()
            return
        self.progress.emit(
            report.bytes_scanned,
            max(report.bytes_scanned, last[0].bytes_total if last else 0),
            report.messages_scanned,
            len(found),
        )
        self.marks_out = dict(control.marks_out)
        self.finished.emit((found, report))
