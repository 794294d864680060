"""Import with progress, cancel, the report, "Import anyway"."""

from __future__ import annotations

import time
from typing import Any

import pytest
from PySide6.QtCore import QTimer

from tests.conftest import LAYOUT_A, LAYOUT_B, SMALL_MBOX
from tldops_desktop.gui.dialogs.crash import headline
from tldops_desktop.gui.dialogs.import_dialog import ImportFlow, ImportProgressDialog, run_import
from tldops_desktop.gui.dialogs.report import ImportReportDialog
from tldops_desktop.gui.workers import ImportWorker
from tldops_desktop.services import sources
from tldops_desktop.services.importer import ImportOptions, find_editions
from tldops_desktop.services.store import Store

SPOOF = "20991201-0600"
ALL = [str(LAYOUT_A), str(LAYOUT_B), str(SMALL_MBOX)]


def wait_report(qtbot, flow: ImportFlow) -> ImportReportDialog:
    qtbot.waitUntil(lambda: flow.report_dialog is not None, timeout=10000)
    assert flow.report_dialog is not None
    return flow.report_dialog


def progress(flow: ImportFlow) -> ImportProgressDialog:
    assert flow.progress_dialog is not None
    return flow.progress_dialog


def stamps(store: Store) -> list[str]:
    return sorted(e.stamp for e in store.repo.editions())


def test_worker_scans_and_reports_progress(qtbot):
    worker = ImportWorker(ALL, ImportOptions(), interval=0)
    progress: list[tuple[int, int, int, int]] = []
    worker.progress.connect(lambda *a: progress.append(a))
    with qtbot.waitSignal(worker.finished, timeout=10000) as blocker:
        worker.run()  # in this thread: the signals are the same
    found, report = blocker.args[0]
    assert {f.stamp for f in found} >= {"20261101-0600", "20261001-0600", SPOOF}
    assert report.messages_scanned > 3
    assert progress, "no progress reported"
    last = progress[-1]
    assert last[0] == last[1] > 0  # all bytes scanned
    assert last[3] == len(found)


def test_worker_throttles_progress(qtbot):
    worker = ImportWorker(ALL, ImportOptions(), interval=3600)
    progress: list[Any] = []
    worker.progress.connect(lambda *a: progress.append(a))
    with qtbot.waitSignal(worker.finished, timeout=10000):
        worker.run()
    assert len(progress) == 2  # the first report, then the final one


@pytest.mark.parametrize("workers", [0, 1])
def test_worker_cancel_emits_cancelled(qtbot, workers: int):
    worker = ImportWorker(ALL, ImportOptions(workers=workers), interval=0)
    worker.progress.connect(worker.cancel)  # direct: cancel at the first progress report
    with qtbot.waitSignal(worker.cancelled, timeout=10000):
        worker.run()


def test_worker_unreadable_path_is_a_problem_not_a_crash(qtbot, tmp_path):
    worker = ImportWorker([str(tmp_path / "missing.mbox")], ImportOptions())
    with qtbot.waitSignal(worker.finished, timeout=10000) as blocker:
        worker.run()
    _found, report = blocker.args[0]
    assert report.errors


@pytest.mark.parametrize("workers", [0, 1])  # 1: a large import's worker process, forced
def test_import_with_progress_then_report(qtbot, store, workers: int):
    flow = ImportFlow(None, store, ALL, ImportOptions(workers=workers))
    flow.start()
    dialog = wait_report(qtbot, flow)
    assert flow.scan_outcome == "done"
    assert dialog.isVisible()
    report = dialog.report
    expected = {"20260601-0600", "20260701-0600", "20260801-0600", "20261001-0600",
                "20261101-0600"}  # fmt: skip
    assert set(report.imported) == expected
    assert [u["stamp"] for u in report.untrusted] == [SPOOF]
    assert set(stamps(store)) == expected  # stored on the GUI thread
    assert len(dialog.section_texts("imported")) == 5
    assert len(dialog.section_texts("untrusted")) == 1
    assert dialog.import_anyway_button.isVisibleTo(dialog)
    assert "5 added" in dialog.summary.text()
    with qtbot.waitSignal(flow.done) as done:
        dialog.close_button.click()
    assert done.args[0] is report


def test_second_import_says_already_present(qtbot, two_editions):
    flow = ImportFlow(None, two_editions, [str(LAYOUT_A)], ImportOptions())
    flow.start()
    dialog = wait_report(qtbot, flow)
    assert flow.report is not None
    assert flow.report.imported == []
    assert flow.report.already_present == ["20261101-0600"]
    assert not dialog.import_anyway_button.isVisibleTo(dialog)
    dialog.reject()
    assert flow.finished


def test_import_anyway_imports_spoof_without_making_it_current(qtbot, store):
    flow = ImportFlow(None, store, ALL, ImportOptions())
    flow.start()
    dialog = wait_report(qtbot, flow)
    assert not store.repo.has_edition(SPOOF)
    box = dialog.confirm_import_anyway()
    assert "never become the current edition" in box.informativeText()
    with qtbot.waitSignal(dialog.import_anyway_requested):
        dialog.confirm_accept.click()
    assert store.repo.has_edition(SPOOF)
    assert store.repo.current_stamp() == "20261101-0600"
    info = {e.stamp: e for e in store.repo.editions()}
    assert not info[SPOOF].trusted and not info[SPOOF].current
    report = dialog.report
    assert SPOOF in report.imported
    assert report.untrusted[0]["imported"] is True
    assert "20261101-0600" in report.imported  # the first run's additions are still listed
    assert not dialog.import_anyway_button.isVisibleTo(dialog)
    dialog.reject()
    assert flow.result is report


def test_import_anyway_cancelled_in_the_warning_imports_nothing(qtbot, store):
    flow = ImportFlow(None, store, [str(SMALL_MBOX)], ImportOptions())
    flow.start()
    dialog = wait_report(qtbot, flow)
    box = dialog.confirm_import_anyway()
    box.reject()
    qtbot.wait(10)
    assert not store.repo.has_edition(SPOOF)
    dialog.reject()


def test_report_lists_unplaced_lines(qtbot, store, tmp_path):
    text = LAYOUT_A.read_bytes()
    marker = b"\n\n"
    head, _sep, body = text.partition(marker)
    lines = body.split(b"\n")
    # a line no layout understands, in the middle of the members
    lines.insert(len(lines) // 2, b"@@@ this line is not a member, a contact or a footer @@@")
    broken = tmp_path / "broken.eml"
    broken.write_bytes(head + marker + b"\n".join(lines))
    flow = ImportFlow(None, store, [str(broken)], ImportOptions())
    flow.start()
    dialog = wait_report(qtbot, flow)
    assert dialog.report.unplaced_lines
    rows = dialog.section_texts("unplaced_lines")
    assert any("@@@ this line is not a member" in detail for _what, detail in rows)
    line = dialog.report.unplaced_lines[0]["line"]
    assert any(f"line {line}" in what for what, _detail in rows)
    dialog.reject()


def slow_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the scan wait at its first progress report until it is cancelled (or 10 s)."""
    real = find_editions

    def find(paths, options, report, *, on_progress, is_cancelled, **rest):
        def progress(stats, editions):
            on_progress(stats, editions)
            deadline = time.monotonic() + 10
            while not is_cancelled() and time.monotonic() < deadline:
                time.sleep(0.005)

        return real(paths, options, report, on_progress=progress, is_cancelled=is_cancelled, **rest)

    monkeypatch.setattr("tldops_desktop.gui.workers.find_editions", find)


def test_cancel_leaves_the_database_as_it_was(qtbot, two_editions, monkeypatch):
    slow_scan(monkeypatch)
    before = two_editions.repo.editions()
    flow = ImportFlow(None, two_editions, [str(SMALL_MBOX), *ALL], ImportOptions())
    flow.start()
    dialog = progress(flow)
    qtbot.waitUntil(lambda: dialog.last_progress is not None, timeout=10000)
    assert dialog.isVisible() and dialog.running
    qtbot.wait(20)  # the window stays responsive while the scan runs
    with qtbot.waitSignal(flow.done, timeout=10000) as done:
        dialog.cancel_button.click()
    assert done.args[0] is None
    assert flow.scan_outcome == "cancelled"
    assert flow.report_dialog is None
    assert two_editions.repo.editions() == before


def test_escape_cancels_too(qtbot, store, monkeypatch):
    slow_scan(monkeypatch)
    dialog = ImportProgressDialog(None, ALL, ImportOptions())
    dialog.open()
    dialog.start()
    qtbot.waitUntil(lambda: dialog.last_progress is not None, timeout=10000)
    dialog.reject()  # Esc: asks the worker to stop, the dialog stays until it did
    assert "Cancelling" in dialog.status.text()
    qtbot.waitUntil(lambda: dialog.outcome == "cancelled", timeout=10000)
    assert not dialog.isVisible()
    assert stamps(store) == []


def test_progress_text(qtbot):
    dialog = ImportProgressDialog(None, ALL, ImportOptions())
    qtbot.addWidget(dialog)
    dialog._progress(512 * 1024, 1024 * 1024, 12, 3)
    assert dialog.bar.value() == 500
    assert "messages: 12" in dialog.status.text()
    assert "editions found: 3" in dialog.status.text()
    # Every byte read, the emails found still being read: busy, and said so.
    dialog._progress(1024 * 1024, 1024 * 1024, 40, 5)
    assert dialog.bar.maximum() == 0
    assert dialog.status.text() == "All 40 messages read · reading the editions found: 5…"


def test_run_import_returns_the_report(qtbot, store):
    def close_report():
        widget = next((w for w in _dialogs() if w.objectName() == "importReportDialog"), None)
        if widget is None:
            QTimer.singleShot(20, close_report)
        else:
            widget.reject()

    QTimer.singleShot(20, close_report)
    report = run_import(None, store, [str(LAYOUT_A)], ImportOptions())
    assert report is not None
    assert report.imported == ["20261101-0600"]


def test_run_import_failure_shows_the_error(qtbot, store, monkeypatch):
    from tldops_desktop.errors import UserError

    def fail(*_a, **_k):
        raise UserError("The mailbox is gone.", code="gone")

    monkeypatch.setattr("tldops_desktop.gui.workers.find_editions", fail)

    def close_box():
        box = next((w for w in _dialogs() if w.objectName() == "userErrorBox"), None)
        if box is None:
            QTimer.singleShot(20, close_box)
        else:
            assert box.text() == "The mailbox is gone."
            box.accept()

    QTimer.singleShot(20, close_box)
    assert run_import(None, store, [str(LAYOUT_A)], ImportOptions()) is None


def _dialogs():
    from PySide6.QtWidgets import QApplication

    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_a_second_writer_is_told_at_once(qtbot, store, monkeypatch):
    from tldops_desktop.errors import DatabaseBusyError
    from tldops_desktop.gui.dialogs import import_dialog

    class Busy:
        def __init__(self, _data_dir):
            pass

        def acquire(self):
            raise DatabaseBusyError("Another import is running.", code="busy")

    monkeypatch.setattr(import_dialog, "WriterLock", Busy)
    flow = ImportFlow(None, store, [str(LAYOUT_A)], ImportOptions())
    flow.start()
    assert flow.progress_dialog is None  # no scan started
    assert flow.error_box is not None and flow.error_box.text() == headline("busy")
    assert "Another import is running." in flow.error_box.informativeText()
    with qtbot.waitSignal(flow.done):
        flow.error_box.accept()
    assert flow.result is None


def test_the_lock_is_held_during_the_scan_and_released(qtbot, store, monkeypatch):
    from tldops_desktop.storage.lock import lock_path

    slow_scan(monkeypatch)
    flow = ImportFlow(None, store, ALL, ImportOptions())
    flow.start()
    assert flow._lock is not None
    dialog = progress(flow)
    qtbot.waitUntil(lambda: dialog.last_progress is not None, timeout=10000)
    assert lock_path(store.data_dir).exists()
    with qtbot.waitSignal(flow.done, timeout=10000):
        dialog.cancel_button.click()
    assert flow._lock is None


def test_report_names_an_edition_cut_short(qtbot, store, tmp_path):
    data = LAYOUT_A.read_bytes()
    cut = tmp_path / "cut.eml"
    cut.write_bytes(data[: len(data) // 2])
    flow = ImportFlow(None, store, [str(cut)], ImportOptions())
    flow.start()
    dialog = wait_report(qtbot, flow)
    ((source, text),) = dialog.section_texts("errors")
    assert source == str(cut)
    assert text.startswith("20261101-0600: may have been cut short")
    assert not store.repo.has_edition("20261101-0600")
    dialog.reject()


def test_report_tells_of_a_partial_download_and_of_a_copy_cut_short(qtbot, store, tmp_path):
    data = LAYOUT_A.read_bytes()
    head, body = data.split(b"\n\n", 1)
    stub = tmp_path / "stub.eml"  # Thunderbird's first lines of a large message, flagged partial
    stub.write_bytes(head + b"\nX-Mozilla-Status: 0401\n\n" + b"".join(body.splitlines(True)[:40]))
    flow = ImportFlow(None, store, [str(stub)], ImportOptions())
    flow.start()
    dialog = wait_report(qtbot, flow)
    ((_source, text),) = dialog.section_texts("errors")
    assert "only its first lines were downloaded" in text
    dialog.reject()

    whole, cut = tmp_path / "whole.eml", tmp_path / "cut.eml"
    whole.write_bytes(data)
    cut.write_bytes(data[: data.index(b"\n", len(data) // 2) + 1])  # cut at a line end
    flow = ImportFlow(None, store, [str(whole)], ImportOptions())
    flow.start()
    wait_report(qtbot, flow).reject()
    flow = ImportFlow(None, store, [str(cut)], ImportOptions())
    flow.start()
    dialog = wait_report(qtbot, flow)
    ((_stamp, text),) = dialog.section_texts("notes")
    assert text == f"a copy cut short (its last members missing) was left out: {cut}"
    assert dialog.section_texts("conflicts") == []
    dialog.reject()


def test_import_remembers_what_it_read_so_a_recheck_does_not_report_the_spoof_again(
    qtbot, store, tmp_path
):
    mbox = tmp_path / "Inbox"
    mbox.write_bytes(SMALL_MBOX.read_bytes())
    flow = ImportFlow(None, store, [str(mbox)], ImportOptions())
    flow.start()
    dialog = wait_report(qtbot, flow)
    assert [u["stamp"] for u in dialog.report.untrusted] == [SPOOF]
    dialog.reject()
    marks = store.repo.scan_marks(ImportOptions().marks_context)
    assert marks[str(mbox)].size == mbox.stat().st_size

    sources.add_source(store.data_dir, mbox)
    again = sources.recheck(store.data_dir, store)
    assert again.untrusted == []  # seen, and ignored, in the report above
    assert again.unchanged_sources == [str(mbox)]


def test_dry_run_remembers_nothing(qtbot, store):
    flow = ImportFlow(None, store, [str(SMALL_MBOX)], ImportOptions(dry_run=True))
    flow.start()
    wait_report(qtbot, flow).reject()
    assert store.repo.scan_marks(ImportOptions(dry_run=True).marks_context) == {}


def test_an_import_that_stops_part_way_says_what_was_not_stored(qtbot, store, monkeypatch):
    """A full disk at the 3rd edition written (in one transaction): none of it is stored,
    and the report says which edition failed and which were undone or never examined."""
    from tldops_desktop.errors import UserError
    from tldops_desktop.storage.repository import Repository

    add = Repository.add_edition
    calls = [0]

    def add_or_fail(self: Repository, *args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        if calls[0] == 3:
            raise UserError(
                "The disk holding /data is full. Nothing was changed.", code="disk-full"
            )
        return add(self, *args, **kwargs)

    monkeypatch.setattr(Repository, "add_edition", add_or_fail)
    flow = ImportFlow(None, store, ALL, ImportOptions(workers=0))
    flow.start()
    dialog = wait_report(qtbot, flow)
    report = dialog.report
    assert report.imported == [] and stamps(store) == []
    assert report.stopped is not None
    written = ["20260601-0600", "20260701-0600", "20260801-0600"]  # oldest first
    assert report.stopped.undone == written[:2] and report.stopped.failed == written[2]
    assert report.stopped.not_examined == ["20261001-0600", "20261101-0600", SPOOF]
    rows = dialog.section_texts("stopped")
    assert [text for _stamp, text in rows] == [
        "being written when the import stopped: not stored",
        *["written with it, then undone: not stored"] * 2,
        *["not examined: not stored by this import"] * 3,
    ]
    assert rows[0][0].startswith(written[2])
    # The app's translated line first (it gave the storage's English message alone).
    assert dialog.error_label.text() == (
        "The import stopped: The disk is full.\n"
        "The disk holding /data is full. Nothing was changed."
    )
    dialog.reject()
    assert flow.finished


def test_a_whole_import_has_no_stopped_section(qtbot, two_editions):
    flow = ImportFlow(None, two_editions, [str(LAYOUT_A)], ImportOptions())
    flow.start()
    dialog = wait_report(qtbot, flow)
    assert dialog.section("stopped") is None and not dialog.error_label.isVisibleTo(dialog)
    dialog.reject()


def test_import_anyway_that_stops_part_way_keeps_where_it_stopped():
    from tldops_desktop.gui.dialogs.import_dialog import merge_untrusted_run
    from tldops_desktop.services.import_report import ImportReport, StopInfo

    first = ImportReport(imported=["20261101-0600"])
    second = ImportReport()
    second.stopped = StopInfo("disk-full", "The disk is full.", "storing", failed=SPOOF)
    merged = merge_untrusted_run(first, second)
    assert merged.stopped is second.stopped and merged.imported == ["20261101-0600"]
    assert merge_untrusted_run(first, ImportReport()).stopped is None


def test_a_scan_that_fails_is_told_by_its_kind_with_what_to_do(qtbot, store, monkeypatch):
    """A failure of the scan itself (a folder taken away, its rights changed) lost its code
    and its advice on the way from the scan's thread: the box said only the message, in
    English. It now leads with the translated line of its kind, the message and the advice
    below, to select and copy."""
    from PySide6.QtCore import Qt

    from tldops_desktop.errors import UserError
    from tldops_desktop.gui import workers

    message = "/srv/mail/INBOX: Permission denied."
    advice = "Give your user the right to read it (sudo chown -R), then import again."

    def refused(*_args, **_kwargs):
        raise UserError(message, code="os-error", hint=advice)

    monkeypatch.setattr(workers, "find_editions", refused)
    flow = ImportFlow(None, store, [str(LAYOUT_A)], ImportOptions())
    flow.start()
    qtbot.waitUntil(lambda: flow.error_box is not None, timeout=10000)
    box = flow.error_box
    assert box is not None and flow.scan_outcome == "failed"
    assert box.text() == headline("os-error")
    assert box.informativeText() == f"{message}\n\n{advice}"
    assert box.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    with qtbot.waitSignal(flow.done):
        box.accept()
    assert flow.result is None and stamps(store) == []
