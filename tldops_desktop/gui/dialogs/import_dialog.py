"""Import with a progress dialog: scan off the GUI thread, store on it, then show the report."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from PySide6.QtCore import QEventLoop, QLocale, QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tldops_desktop.errors import UserError
from tldops_desktop.gui.dialogs.crash import error_text, report_crash, user_error_box
from tldops_desktop.gui.dialogs.report import ImportReportDialog
from tldops_desktop.gui.workers import ImportWorker
from tldops_desktop.mail.message import FoundEdition
from tldops_desktop.mail.scan_items import SourceMark
from tldops_desktop.services.import_report import ImportReport
from tldops_desktop.services.importer import ImportOptions, store_editions
from tldops_desktop.services.store import Store
from tldops_desktop.storage.lock import WriterLock

PROGRESS_STEPS = 1000


class ImportProgressDialog(QDialog):
    """Scans ``paths`` in a worker thread, showing progress, with Cancel.

    Non-blocking: ``start()`` then wait for ``finished``. ``outcome`` is then one of
    "done" (``found`` and ``report`` set), "cancelled", "failed" (``error``) or "crashed"
    (``details``).
    """

    def __init__(
        self, parent: QWidget | None, paths: Sequence[str], options: ImportOptions
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importProgressDialog")
        self.setWindowTitle(self.tr("Importing"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.paths = list(paths)
        self.options = options
        self.outcome: str | None = None
        self.found: list[FoundEdition] = []
        self.report: ImportReport | None = None
        self.marks: list[SourceMark] = []  # what was read of each mailbox, once done
        self.error = ""
        self.failure: UserError | None = None  # the scan's own error, when it failed
        self.details = ""
        self.worker: ImportWorker | None = None
        self.thread_: QThread | None = None
        self.last_progress: tuple[int, int, int, int] | None = None

        layout = QVBoxLayout(self)
        if len(self.paths) == 1:
            heading = self.tr("Looking for repository emails in 1 location…")
        else:
            heading = self.tr("Looking for repository emails in {count} locations…")
        self.heading = QLabel(heading.format(count=QLocale().toString(len(self.paths))))
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the first progress report
        self.bar.setAccessibleName(self.tr("Import progress"))
        layout.addWidget(self.bar)
        self.status = QLabel(self.tr("Starting…"))
        self.status.setObjectName("importStatus")
        layout.addWidget(self.status)
        buttons = QDialogButtonBox()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    @property
    def running(self) -> bool:
        return self.worker is not None and self.outcome is None

    def start(self) -> None:
        worker = ImportWorker(self.paths, self.options)
        thread = QThread()
        thread.setObjectName("tldops-import")
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progress.connect(self._progress)
        worker.finished.connect(self._finished)
        worker.failed.connect(self._failed)
        worker.cancelled.connect(self._cancelled)
        worker.crashed.connect(self._crashed)
        self.worker, self.thread_ = worker, thread
        thread.start()

    @Slot()
    def cancel(self) -> None:
        if self.running:
            assert self.worker is not None
            self.worker.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling… nothing will be stored."))
        elif self.outcome is None:
            self._end("cancelled")

    def reject(self) -> None:  # Esc and the window's close button cancel first
        if self.running:
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    @Slot("qint64", "qint64", int, int)
    def _progress(self, scanned: int, total: int, messages: int, editions: int) -> None:
        self.last_progress = (scanned, total, messages, editions)
        locale = QLocale()
        if self.worker is not None and self.worker.is_cancelled():
            return
        if 0 < total <= scanned:
            # Every byte read, the emails found still being read (in worker processes, a
            # large mailbox's last seconds): busy, not a bar stuck at 100%.
            self.bar.setRange(0, 0)
            self.status.setText(
                self.tr(
                    "All {messages} messages read · reading the editions found: {editions}…"
                ).format(messages=locale.toString(messages), editions=locale.toString(editions))
            )
            return
        if total > 0:
            self.bar.setRange(0, PROGRESS_STEPS)
            self.bar.setValue(min(PROGRESS_STEPS, scanned * PROGRESS_STEPS // total))
            size = self.tr("{scanned} of {total}").format(
                scanned=locale.formattedDataSize(scanned), total=locale.formattedDataSize(total)
            )
        else:
            size = locale.formattedDataSize(scanned)
        self.status.setText(
            self.tr("{size} · messages: {messages} · editions found: {editions}").format(
                size=size,
                messages=locale.toString(messages),
                editions=locale.toString(editions),
            )
        )

    @Slot(object)
    def _finished(self, result: tuple[list[FoundEdition], ImportReport]) -> None:
        self.found, self.report = result
        if self.worker is not None:
            self.marks = list(self.worker.marks_out.values())
        self._end("done")

    @Slot(object)
    def _failed(self, error: UserError) -> None:
        self.failure, self.error = error, error.message
        self._end("failed")

    @Slot()
    def _cancelled(self) -> None:
        self._end("cancelled")

    @Slot(str)
    def _crashed(self, details: str) -> None:
        self.details = details
        self._end("crashed")

    def _end(self, outcome: str) -> None:
        self.outcome = outcome
        if self.thread_ is not None:
            self.thread_.quit()
            self.thread_.wait()
        if outcome == "done":
            self.accept()
        else:
            super().reject()


def merge_untrusted_run(
    first: ImportReport, second: ImportReport, *, settled: str = ""
) -> ImportReport:
    """The report of an import followed by storing its untrusted editions ("Import anyway"),
    or a conflicting copy chosen (``settled``: its content hash, a conflict no more)."""
    merged = dataclasses.replace(
        first,
        imported=first.imported + [s for s in second.imported if s not in first.imported],
        already_present=first.already_present
        + [s for s in second.already_present if s not in first.already_present],
        reread=first.reread + [s for s in second.reread if s not in first.reread],
        conflicts=[c for c in first.conflicts if not settled or c["content_hash"] != settled]
        + second.conflicts,
        unplaced_lines=first.unplaced_lines + second.unplaced_lines,
        notes=first.notes + second.notes,
        stopped=second.stopped or first.stopped,  # storing them failed part-way: say where
    )
    redone = {(u["stamp"], u["message_id"], u["source"]): u for u in second.untrusted}
    merged.untrusted = [
        redone.get((u["stamp"], u["message_id"], u["source"]), u) for u in first.untrusted
    ]
    return merged


class ImportFlow(QObject):
    """Progress dialog → store on the GUI thread → report dialog; ``done`` carries the report.

    Nothing blocks: ``start()`` returns at once (``run_import`` waits for ``done``).
    """

    done = Signal(object)  # ImportReport | None (cancelled or failed)

    def __init__(
        self, parent: QWidget | None, store: Store, paths: Sequence[str], options: ImportOptions
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.store = store
        self.paths = list(paths)
        self.options = options
        self.progress_dialog: ImportProgressDialog | None = None
        self.report_dialog: ImportReportDialog | None = None
        self.error_box: QMessageBox | None = None
        self.report: ImportReport | None = None
        self.result: ImportReport | None = None
        self.scan_outcome: str | None = None
        self.finished = False
        self._found: list[FoundEdition] = []
        self._lock: WriterLock | None = None

    def start(self) -> None:
        if not self.options.dry_run:
            # Held across the scan, as the CLI does: a second import is told at once, not
            # after its scan. (Readers, such as the window's search, take no lock.)
            lock = WriterLock(self.store.data_dir)
            try:
                lock.acquire()
            except UserError as exc:
                self._fail(exc)
                return
            self._lock = lock
        dialog = ImportProgressDialog(self.parent_widget, self.paths, self.options)
        dialog.finished.connect(self._scanned)
        self.progress_dialog = dialog
        dialog.open()
        dialog.start()

    @Slot(int)
    def _scanned(self, _code: int) -> None:
        dialog = self.progress_dialog
        assert dialog is not None
        self.scan_outcome = dialog.outcome
        if dialog.outcome == "done":
            assert dialog.report is not None
            self._found = dialog.found
            report = dialog.report
            error = self._store(self._found, self.options, report)
            if error is None:
                error = self._remember_marks(dialog.marks)
            self._show_report(report, error)
        elif dialog.outcome == "failed":
            self._fail(dialog.failure or UserError(dialog.error))
        elif dialog.outcome == "crashed":
            crash = report_crash(self.parent_widget, dialog.details)
            crash.finished.connect(lambda _code: self._finish(None))
        else:
            self._finish(None)
        dialog.deleteLater()

    def _fail(self, error: UserError) -> None:
        box = user_error_box(self.parent_widget, error)
        box.finished.connect(lambda _code: self._finish(None))
        self.error_box = box
        box.open()

    def _store(
        self, found: list[FoundEdition], options: ImportOptions, report: ImportReport
    ) -> str | None:
        """Store on the GUI thread (each edition in its own transaction)."""
        try:
            store_editions(found, self.store.repo, options, report)
        except UserError as exc:
            return error_text(exc)
        return None

    def _remember_marks(self, marks: list[SourceMark]) -> str | None:
        """Remember what was read, as the CLI does: the window's re-check then skips what has
        not changed, and does not announce again an edition the user has already seen
        ignored in this import's report."""
        if self.options.dry_run:
            return None
        try:
            self.store.repo.save_scan_marks(self.options.marks_context, marks)
        except UserError as exc:
            return error_text(exc)
        return None

    def _show_report(self, report: ImportReport, error: str | None) -> None:
        self.report = report
        dialog = ImportReportDialog(self.parent_widget, report, error=error)
        dialog.import_anyway_requested.connect(self.import_anyway)
        dialog.copies_available = True
        dialog.copy_chosen.connect(self.keep_copy)
        dialog.finished.connect(lambda _code: self._finish(self.report))
        dialog.finished.connect(dialog.deleteLater)
        self.report_dialog = dialog
        dialog.open()

    @Slot()
    def import_anyway(self) -> None:
        """Store the untrusted editions found (no new scan); they never become current."""
        assert self.report is not None
        untrusted = [f for f in self._found if not f.trusted]
        extra = ImportReport(dry_run=self.options.dry_run)
        options = dataclasses.replace(self.options, allow_untrusted=True)
        error = self._store(untrusted, options, extra)
        self.report = merge_untrusted_run(self.report, extra)
        if self.report_dialog is not None:
            self.report_dialog.set_report(self.report, error=error)

    @Slot(str)
    def keep_copy(self, content_hash: str) -> None:
        """Store the conflicting copy chosen in place of the one stored (a backup first)."""
        assert self.report is not None
        chosen = [f for f in self._found if f.content_hash == content_hash]
        extra = ImportReport(dry_run=self.options.dry_run)
        options = dataclasses.replace(
            self.options, prefer=frozenset({content_hash}), allow_untrusted=True
        )
        error = self._store(chosen, options, extra)
        self.report = merge_untrusted_run(self.report, extra, settled=content_hash)
        if self.report_dialog is not None:
            self.report_dialog.set_report(self.report, error=error)

    def _finish(self, report: ImportReport | None) -> None:
        if self.finished:
            return
        self.finished = True
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        self.result = report
        self.done.emit(report)


def run_import(
    parent: QWidget | None, store: Store, paths: list[str], options: ImportOptions
) -> ImportReport | None:
    """Import ``paths`` into ``store`` with progress and a report; None when cancelled."""
    return run_import_flow(parent, store, paths, options).result


def run_import_flow(
    parent: QWidget | None, store: Store, paths: list[str], options: ImportOptions
) -> ImportFlow:
    """``run_import``, giving back the finished flow: its ``result``, and whether the user
    cancelled it (``scan_outcome``) rather than it failing."""
    flow = ImportFlow(parent, store, paths, options)
    loop = QEventLoop()
    flow.done.connect(loop.quit)
    flow.start()
    if not flow.finished:
        loop.exec()
    flow.deleteLater()
    return flow
