"""Re-check the remembered mailboxes for new editions, in the background (start-up and F5).

The same steps as ``services.sources.recheck`` (which the CLI's ``tldops import`` runs), split
across two threads so that the window stays responsive and the SQLCipher connection is only
used by the GUI thread:

1. GUI thread: the remembered paths (``list_sources``) and the scan marks of the last import
   (``Repository.scan_marks``); the data folder's writer lock is taken.
2. ``ImportWorker`` in a ``QThread``, as for any import, given those marks: a store that did
   not change costs a ``stat`` and a hash of its first 64 KiB, and a grown mbox is read only
   from where the last scan stopped. It writes nothing.
3. GUI thread: ``store_editions`` (trusted editions only: a re-check never imports an edition
   that did not come through the list; they are reported for the user to review), then the new
   scan marks are saved, the lock released, and ``finished`` carries a ``RecheckOutcome``.

``cancel()`` stops the scan at its next check and waits for the thread: nothing is stored.
"""

from __future__ import annotations

import os
import traceback
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from tldops_desktop.errors import UserError
from tldops_desktop.gui.workers import ImportWorker
from tldops_desktop.mail.message import FoundEdition
from tldops_desktop.services.import_report import ImportReport
from tldops_desktop.services.importer import ImportOptions, store_editions
from tldops_desktop.services.sources import source_paths
from tldops_desktop.services.store import Store
from tldops_desktop.storage.lock import WriterLock


@dataclass
class RecheckOutcome:
    """The end of one re-check, for the window to announce."""

    store: Store
    paths: list[str]
    report: ImportReport = field(default_factory=ImportReport)
    previous_current: str | None = None  # the current edition before the re-check
    current: str | None = None  # and after it
    error: str = ""  # a UserError's message (scan or store): nothing, or not all, was stored
    error_code: str = ""  # and its code: the app says it in its own words
    crash: str = ""  # a bug: the traceback, for the crash dialog

    @property
    def new_edition(self) -> str | None:
        """The stamp of the edition that became current through this re-check, if one did."""
        changed = self.current is not None and self.current != self.previous_current
        return self.current if changed and self.current in self.report.imported else None

    @property
    def ignored_untrusted(self) -> list[dict[str, Any]]:
        """Editions not sent through the list that were found and not imported."""
        return [u for u in self.report.untrusted if not u.get("imported")]

    @property
    def unreadable(self) -> list[dict[str, Any]]:
        """Problems with a whole mailbox (missing, unreadable), not with one message in it."""
        return [
            e
            for e in self.report.errors
            if "message_id" not in e and " @ " not in str(e.get("source", ""))
        ]

    def review_paths(self) -> list[str]:
        """Where the ignored editions were found, for the import flow: the mailbox files
        themselves when they exist, else the remembered sources holding them."""
        paths: list[str] = []
        for item in self.ignored_untrusted:
            source = str(item.get("source", ""))
            path = source.split(" @ ", 1)[0]
            if path and os.path.exists(path):
                candidates = [path]
            else:
                candidates = [p for p in self.paths if _inside(source, p)] or list(self.paths)
            paths += [p for p in candidates if p not in paths]
        return paths


def _inside(source: str, root: str) -> bool:
    return os.path.normcase(source).startswith(os.path.normcase(root.rstrip(os.sep)))


class Rechecker(QObject):
    """One background re-check at a time; ``finished`` carries a ``RecheckOutcome``.

    ``cancel()`` ends a running re-check without storing anything, and emits nothing.
    """

    started = Signal()
    finished = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker: ImportWorker | None = None
        self.thread_: QThread | None = None
        self._lock: WriterLock | None = None
        self._outcome: RecheckOutcome | None = None
        self._options = ImportOptions()

    @property
    def running(self) -> bool:
        return self.worker is not None

    def start(self, store: Store, options: ImportOptions) -> bool:
        """Start re-checking the sources remembered in ``store``'s data folder.

        False when one is running already or no source is remembered. ``UserError`` when
        the list of sources cannot be read or another import is writing to the database.
        """
        if self.running:
            return False
        paths = source_paths(store.data_dir)
        if not paths:
            return False
        options = replace(options, allow_untrusted=False, dry_run=False, use_marks=True)
        lock = WriterLock(store.data_dir)
        lock.acquire()  # held until the end, as the CLI and the import flow do
        try:
            marks = store.repo.scan_marks(options.marks_context)
            previous = store.repo.current_stamp()
        except BaseException:
            lock.release()
            raise
        self._lock = lock
        self._options = options
        self._outcome = RecheckOutcome(store, paths, previous_current=previous)
        worker = ImportWorker(paths, options, marks_in=marks)
        thread = QThread()
        thread.setObjectName("tldops-recheck")
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.finished.connect(self._scanned)
        worker.failed.connect(self._failed)
        worker.cancelled.connect(self._cancelled)
        worker.crashed.connect(self._crashed)
        self.worker, self.thread_ = worker, thread
        thread.start()
        self.started.emit()
        return True

    def cancel(self) -> None:
        """Stop a running re-check and wait for its thread; nothing is stored."""
        if self.worker is None:
            return
        self.worker.cancel()
        self._end()

    # -- the worker's answers, queued to the GUI thread ------------------------------------

    def _current(self) -> RecheckOutcome | None:
        """The outcome being built, when the signal comes from the running worker (a late
        signal of a cancelled one is dropped)."""
        if self.worker is None or self.sender() is not self.worker:
            return None
        return self._outcome

    @Slot(object)
    def _scanned(self, result: tuple[list[FoundEdition], ImportReport]) -> None:
        outcome = self._current()
        if outcome is None or self.worker is None:
            return
        found, report = result
        marks = self.worker.marks_out
        self._stop_thread()
        outcome.report = report
        repo = outcome.store.repo
        try:
            store_editions(found, repo, self._options, report)
            repo.save_scan_marks(self._options.marks_context, marks.values())
        except UserError as exc:
            outcome.error, outcome.error_code = exc.message, exc.code
        except Exception:  # a bug: never leave the lock held or the re-check "running"
            outcome.crash = traceback.format_exc()
        try:
            outcome.current = repo.current_stamp()
        except UserError:
            outcome.current = outcome.previous_current
        self._finish(outcome)

    @Slot(object)
    def _failed(self, error: UserError) -> None:
        outcome = self._current()
        if outcome is not None:
            outcome.error, outcome.error_code = error.message, error.code
            self._finish(outcome)

    @Slot()
    def _cancelled(self) -> None:
        if self._current() is not None:
            self._end()

    @Slot(str)
    def _crashed(self, details: str) -> None:
        outcome = self._current()
        if outcome is not None:
            outcome.crash = details
            self._finish(outcome)

    # -- ending ----------------------------------------------------------------------------

    def _finish(self, outcome: RecheckOutcome) -> None:
        self._end()
        if outcome.current is None:
            outcome.current = outcome.previous_current
        self.finished.emit(outcome)

    def _stop_thread(self) -> None:
        if self.thread_ is not None:
            self.thread_.quit()
            self.thread_.wait()

    def _end(self) -> None:
        self._stop_thread()
        self.worker = None
        self.thread_ = None
        self._outcome = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None
