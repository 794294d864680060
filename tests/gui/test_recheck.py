"""The background re-check of the remembered mailboxes: at start, with F5, the banner."""

from __future__ import annotations

import dataclasses
import random
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import TEST_PASSPHRASE
from tests.mailgen.containers import write_mbox
from tests.mailgen.editions import ExpectedEdition, make_edition
from tests.mailgen.messages import edition_message, noise_message
from tldops_desktop.errors import Cancelled, UserError
from tldops_desktop.gui import workers as workers_module
from tldops_desktop.gui.mainwindow import MainWindow
from tldops_desktop.gui.recheck import Rechecker
from tldops_desktop.gui.session import Session
from tldops_desktop.services import sources
from tldops_desktop.services.importer import ImportOptions
from tldops_desktop.services.store import Store
from tldops_desktop.storage.keys import KeySource
from tldops_desktop.storage.lock import WriterLock

OLD, NEW = "20261101-0600", "20261201-0600"
WHEN = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
NOW = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
FIRST = make_edition(OLD, seed=7, members=8)


def rename_contacts(edition: ExpectedEdition, stamp: str, count: int) -> ExpectedEdition:
    """The next edition: the first contact of ``count`` members renamed, nothing else."""
    members = list(edition.members)
    for i in range(count):
        first, *rest = members[i].contacts
        renamed = dataclasses.replace(first, name=f"Renamed Person {i + 1}")
        members[i] = dataclasses.replace(members[i], contacts=(renamed, *rest))
    return ExpectedEdition(stamp, tuple(members))


def noise(start: int, count: int) -> list[bytes]:
    return [noise_message(random.Random(i), i, WHEN) for i in range(start, start + count)]


def append(mbox: Path, messages: list[bytes]) -> None:
    """Next month's mail arrives at the end of the mbox, as a mail client writes it."""
    more = mbox.with_name("more")
    write_mbox(more, messages)
    with open(mbox, "ab") as stream:
        stream.write(more.read_bytes())
    more.unlink()


@pytest.fixture
def mbox(tmp_path: Path) -> Path:
    path = tmp_path / "mail" / "Inbox"
    path.parent.mkdir()
    # Over 64 KiB: the scan marks hash the first 64 KiB, which appending must not change.
    write_mbox(path, [*noise(0, 25), edition_message(FIRST), *noise(100, 10)])
    assert path.stat().st_size > 64 * 1024
    return path


@pytest.fixture
def store(data_dir: Path, mbox: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    """A real encrypted store holding the first edition, imported from the remembered mbox by
    the CLI's re-check (so the scan marks are saved, as after any earlier import)."""
    monkeypatch.setenv("TLDOPS_PASSPHRASE", TEST_PASSPHRASE)
    opened = Store.open(data_dir, KeySource(passphrase=TEST_PASSPHRASE, prompt=None), create=True)
    sources.add_source(data_dir, mbox, client="Thunderbird")
    assert sources.recheck(data_dir, opened).imported == [OLD]
    yield opened
    opened.close()


@pytest.fixture
def session(store: Store) -> Session:
    return Session(store)


def wait_recheck(qtbot, window: MainWindow, timeout: int = 15000) -> Any:
    qtbot.waitUntil(lambda: window.last_recheck is not None, timeout=timeout)
    assert not window.rechecker.running
    return window.last_recheck


def test_start_up_recheck_announces_the_new_edition(
    make_window, qtbot, session: Session, mbox: Path
) -> None:
    append(mbox, [*noise(200, 3), edition_message(rename_contacts(FIRST, NEW, 3))])
    window = make_window(session, now=NOW)
    assert window.settings.get("startup/recheck_sources") is True  # on by default
    outcome = wait_recheck(qtbot, window)
    assert outcome.report.imported == [NEW]
    assert outcome.report.messages_scanned == 4  # only what was appended: the scan marks
    assert window.news.isVisible()
    assert window.news.news_label.text() == f"New contacts: edition {NEW}, 3 contacts changed"
    assert window.news.changes_button.isVisible()
    assert not window.news.review_button.isVisible()
    assert window.session.edition.stamp == NEW  # the session was reloaded
    assert NEW in window.windowTitle()
    assert "edition 20261201-0600 imported" in window.recheck_label.text()

    qtbot.mouseClick(window.news.changes_button, Qt.MouseButton.LeftButton)
    history = window.history_dialog
    assert history is not None and history.isVisible()
    assert history.diff is not None
    assert (history.diff.old_stamp, history.diff.new_stamp) == (OLD, NEW)
    assert history.diff.changed_contact_count == 3
    history.close()

    qtbot.mouseClick(window.news.dismiss_button, Qt.MouseButton.LeftButton)
    assert not window.news.isVisible()


def test_unchanged_store_shows_no_banner(make_window, qtbot, session: Session, mbox) -> None:
    window = make_window(session, now=NOW)
    outcome = wait_recheck(qtbot, window)
    assert outcome.report.imported == []
    assert outcome.report.messages_scanned == 0  # skipped after a stat and a hash
    assert outcome.report.unchanged_sources == [str(mbox)]
    assert not window.news.isVisible()
    assert "no new edition" in window.recheck_label.text()


def test_start_up_recheck_follows_the_setting(make_window, qtbot, session, settings, mbox):
    settings.set("startup/recheck_sources", False)
    append(mbox, [edition_message(rename_contacts(FIRST, NEW, 1))])
    window = make_window(session, now=NOW)
    qtbot.wait(1500)  # past the start-up delay
    assert window.last_recheck is None and not window.rechecker.running
    assert window.session.edition.stamp == OLD


def test_f5_checks_again(make_window, qtbot, session, settings, mbox) -> None:
    settings.set("startup/recheck_sources", False)
    window = make_window(session, now=NOW)
    action = window.actions_by_key["refresh"]
    assert action.text() == "&Check for new editions"
    assert [s.toString() for s in action.shortcuts()] == ["F5"]
    view_menu = window.menuBar().actions()[1].menu()
    assert action in view_menu.actions()

    append(mbox, [edition_message(rename_contacts(FIRST, NEW, 1))])
    window.search_field.setFocus()
    qtbot.waitUntil(window.search_field.hasFocus)
    qtbot.keyClick(window.search_field, Qt.Key.Key_F5)
    assert window.rechecker.running  # started, in the background: the key returned at once
    assert window.recheck_label.text() == "Checking the remembered mailbox for new editions…"
    outcome = wait_recheck(qtbot, window)
    assert outcome.report.imported == [NEW]
    assert window.news.news_label.text() == f"New contacts: edition {NEW}, 1 contact changed"


def test_a_new_edition_found_in_the_background_is_announced(
    make_window, qtbot, session, settings, mbox
) -> None:
    """It showed in the status bar and a banner, where no focus goes: a screen reader said
    nothing. A check that finds nothing new says nothing over what is being read."""
    settings.set("startup/recheck_sources", False)
    window = make_window(session, now=NOW)
    said: list[str] = []
    window.announcer.announced.connect(said.append)
    assert window.check_for_new_editions()
    wait_recheck(qtbot, window)
    assert said == []
    window.last_recheck = None
    append(mbox, [edition_message(rename_contacts(FIRST, NEW, 1))])
    assert window.check_for_new_editions()
    wait_recheck(qtbot, window)
    assert said == [window.recheck_label.text()]
    assert f"edition {NEW} imported" in said[0]


def test_a_recheck_is_never_started_twice(make_window, qtbot, session, settings, mbox) -> None:
    settings.set("startup/recheck_sources", False)
    window = make_window(session, now=NOW)
    finished: list[Any] = []
    window.rechecker.finished.connect(finished.append)
    assert window.check_for_new_editions() is True
    assert window.check_for_new_editions() is False
    assert "Already checking" in window.statusBar().currentMessage()
    wait_recheck(qtbot, window)
    qtbot.wait(100)
    assert len(finished) == 1


def test_no_recheck_starts_while_an_import_runs(
    make_window, qtbot, session, settings, mbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The start-up check's timer fired inside the import that created the database (Find my
    mail, a fast pick): both read the same mailbox, and the check stored the edition first, so
    the import's report said nothing was imported."""
    settings.set("startup/recheck_sources", False)
    window = make_window(session, now=NOW)
    started: list[bool] = []

    def import_dialog(*args: Any) -> None:
        window._start_up_recheck()
        started.append(window.check_for_new_editions())
        started.append(window.rechecker.running)

    monkeypatch.setattr(window, "_run_import_dialog", import_dialog)
    window.import_paths([str(mbox)])
    assert started == [False, False]
    assert window.check_for_new_editions()  # once the import is over, as before
    wait_recheck(qtbot, window)


def test_untrusted_editions_are_not_imported(
    make_window, qtbot, session, store: Store, mbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spoof = edition_message(rename_contacts(FIRST, NEW, 2), trusted=False)
    append(mbox, [*noise(300, 2), spoof])
    window = make_window(session, now=NOW)
    outcome = wait_recheck(qtbot, window)
    assert outcome.report.imported == []
    assert [u["stamp"] for u in outcome.report.untrusted] == [NEW]
    assert not store.repo.has_edition(NEW)
    assert window.session.edition.stamp == OLD
    assert window.news.isVisible()
    assert not window.news.news_label.isVisible()  # nothing new was imported
    assert window.news.untrusted_label.text() == (
        f"1 edition not sent through the list was ignored ({NEW}): it may be forged."
    )
    assert window.news.review_button.isVisible()

    reviewed: list[list[str]] = []

    def review(self: MainWindow, store: Store, paths: list[str], options: ImportOptions):
        reviewed.append(paths)
        assert not options.allow_untrusted  # the user decides, in the import report

    monkeypatch.setattr(MainWindow, "_run_import_dialog", review)
    qtbot.mouseClick(window.news.review_button, Qt.MouseButton.LeftButton)
    assert reviewed == [[str(mbox)]]
    assert not window.news.isVisible()


def test_unreadable_store_goes_to_the_status_bar(
    make_window, qtbot, session, data_dir: Path, tmp_path: Path
) -> None:
    gone = tmp_path / "gone.mbox"
    write_mbox(gone, noise(0, 1))
    sources.add_source(data_dir, gone)
    gone.unlink()
    window = make_window(session, now=NOW)
    wait_recheck(qtbot, window)
    assert QApplication.activeModalWidget() is None  # never a dialog at start
    text = window.recheck_label.text()
    assert text.startswith("Could not read the remembered mailbox") and str(gone) in text
    assert text.endswith("(does not exist).")  # the report's words, not the code "not-found"
    assert not window.news.isVisible()


def test_closing_during_a_recheck_leaves_no_thread(
    make_window, qtbot, session, settings, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings.set("startup/recheck_sources", False)
    scanning = threading.Event()

    def slow_scan(paths, options, report, *, is_cancelled, control, **_kwargs):
        scanning.set()
        for _ in range(1000):  # a long scan that checks for cancellation, as scan() does
            if is_cancelled():
                raise Cancelled
            threading.Event().wait(0.01)
        raise AssertionError("not cancelled")

    monkeypatch.setattr(workers_module, "find_editions", slow_scan)  # the scan runs there
    window = make_window(session, now=NOW)
    assert window.check_for_new_editions()
    thread = window.rechecker.thread_
    assert thread is not None
    assert scanning.wait(5)
    assert thread.isRunning()
    window.close()
    assert not thread.isRunning()
    assert not window.rechecker.running
    with WriterLock(store.data_dir):  # the lock was released
        pass
    assert window.last_recheck is None  # nothing announced, nothing stored


def test_rechecker_without_sources_does_nothing(qtbot, store: Store, data_dir: Path) -> None:
    sources.remove_source(data_dir, sources.source_paths(data_dir)[0])
    rechecker = Rechecker()
    assert rechecker.start(store, ImportOptions()) is False
    assert not rechecker.running


def test_lock_cancels_a_running_recheck(
    make_window, qtbot, session, settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings.set("startup/recheck_sources", False)

    def slow_scan(paths, options, report, *, is_cancelled, control, **_kwargs):
        while not is_cancelled():
            threading.Event().wait(0.01)
        raise Cancelled

    monkeypatch.setattr(workers_module, "find_editions", slow_scan)  # the scan runs there
    window = make_window(session, now=NOW)
    assert window.check_for_new_editions()
    thread = window.rechecker.thread_
    window.lock()
    assert thread is not None and not thread.isRunning()
    assert not window.rechecker.running
    qtbot.wait(50)
    assert window.last_recheck is None


def test_demo_is_not_rechecked(make_window, qtbot, data_dir: Path, mbox: Path) -> None:
    from tldops_desktop.gui.session import open_demo_store

    sources.add_source(data_dir, mbox)
    window = make_window(Session(open_demo_store(data_dir), demo=True), now=NOW)
    assert window.check_for_new_editions() is False
    qtbot.wait(1000)
    assert window.last_recheck is None


def test_only_mailboxes_are_remembered_after_an_import(tmp_path: Path, mbox: Path) -> None:
    from tldops_desktop.gui.mainwindow import mailbox_like

    assert mailbox_like(str(mbox)) and mailbox_like(str(mbox.parent))
    assert not mailbox_like(str(tmp_path / "repository-20261101.eml"))  # one message: no news


def test_settings_dialog_has_the_start_up_check(qtbot, settings, data_dir: Path) -> None:
    from tldops_desktop.gui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(None, settings, None, data_dir)
    qtbot.addWidget(dialog)
    assert dialog.recheck.text() == "Check remembered mailboxes for new editions at &start"
    assert dialog.recheck.isChecked()  # on by default
    dialog.recheck.setChecked(False)
    assert dialog.apply()
    assert settings.get("startup/recheck_sources") is False


def test_a_damaged_list_of_mailboxes_is_said_in_the_apps_words(
    window: MainWindow, data_dir: Path
) -> None:
    """The status bar leads with the translated line the error dialogs use, the details (in
    English, with a command to type) in its tip: it gave the details alone, in every
    language."""
    sources.sources_file(data_dir).write_text("{not json", encoding="utf-8")
    assert window.check_for_new_editions() is False
    label = window.recheck_label
    assert label.text() == (
        "Could not check the mailboxes for new editions: "
        "The list of remembered mailboxes cannot be read."
    )
    assert "is damaged" in label.toolTip()


def test_mailboxes_that_cannot_be_remembered_are_said_in_the_apps_words(
    window: MainWindow, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tldops_desktop.services.import_report import ImportReport

    mbox = tmp_path / "inbox"
    write_mbox(mbox, noise(0, 1))
    sources.sources_file(data_dir).write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(MainWindow, "_run_import_dialog", lambda *_args: ImportReport())
    window.import_paths([str(mbox)])
    label = window.recheck_label
    assert label.text() == "The list of remembered mailboxes cannot be read."
    assert "is damaged" in label.toolTip()


def test_a_full_disk_during_a_recheck_is_said_in_the_apps_words(
    make_window, qtbot, session: Session, mbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The translated line the error dialogs lead with ("The disk is full."), the storage's
    English message in the tip: the status bar gave that message alone, in every language."""
    from tldops_desktop.gui import recheck

    def disk_full(*_args: Any, **_kwargs: Any) -> None:
        raise UserError("database or disk is full (SQLite: SQLITE_FULL)", code="disk-full")

    monkeypatch.setattr(recheck, "store_editions", disk_full)
    append(mbox, [*noise(200, 3), edition_message(rename_contacts(FIRST, NEW, 3))])
    window = make_window(session, now=NOW)
    wait_recheck(qtbot, window)
    label = window.recheck_label
    assert label.text() == "Could not check the mailboxes for new editions: The disk is full."
    assert "SQLITE_FULL" in label.toolTip()


def test_a_scan_that_fails_during_a_recheck_is_said_in_the_apps_words(
    make_window, qtbot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure of the scan itself lost its code on the way from the scan's thread: the
    status bar gave the English message alone; it now leads with the app's line for it."""

    def refused(*_args: Any, **_kwargs: Any) -> None:
        raise UserError("/srv/mail/Inbox: Permission denied.", code="os-error")

    monkeypatch.setattr(workers_module, "find_editions", refused)
    window = make_window(session, now=NOW)
    wait_recheck(qtbot, window)
    label = window.recheck_label
    assert label.text() == (
        "Could not check the mailboxes for new editions: A file or folder could not be used."
    )
    assert "Permission denied" in label.toolTip()
