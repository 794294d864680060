"""The window follows the database: a newer edition stored by another process, a member
that left in the current edition."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import LAYOUT_A
from tests.gui.conftest import TEST_PASSPHRASE, type_text
from tldops_desktop.gui.mainwindow import MainWindow
from tldops_desktop.services.importer import ImportOptions, run_import
from tldops_desktop.services.store import Store
from tldops_desktop.storage.keys import KeySource

NEW_STAMP = "20261201-0600"
FR_BLOCK = """
----------------------------------------------------------------
.fr France (EU)
----------------------------------------------------------------
Contact Person #1 (primary):
Name: Mette Smith
Email address: p31d3dd@registry.fr
Mobile phone number: +33 6 12 34 52 19

Contact Person #2 (secondary):
Name: Dagný Andersson
Email address: p009714@registry.fr
Mobile phone number: +33612345812
"""


def newer_edition_without_fr(folder: Path) -> Path:
    """Layout A a month later, where .fr has left (as the reviewer's 20261120 edition)."""
    text = LAYOUT_A.read_text(encoding="utf-8")
    assert FR_BLOCK in text
    text = (
        text.replace(FR_BLOCK, "")
        .replace("20261101-0600", NEW_STAMP)
        .replace("Sun, 01 Nov 2026", "Tue, 01 Dec 2026")
        .replace("covers 200 ccTLDs", "covers 199 ccTLDs")
    )
    path = folder / f"repository-{NEW_STAMP}.eml"
    path.write_text(text, encoding="utf-8")
    return path


def import_elsewhere(data_dir: Path, tmp_path: Path) -> None:
    """What `tldops import` in a terminal does: its own connection, its own process's view."""
    other = Store.open(data_dir, KeySource(passphrase=TEST_PASSPHRASE, prompt=None))
    try:
        report = run_import([str(newer_edition_without_fr(tmp_path))], other.repo, ImportOptions())
        assert NEW_STAMP in report.imported
    finally:
        other.close()


def test_a_newer_edition_stored_elsewhere_is_shown(
    window: MainWindow, qtbot, data_dir: Path, tmp_path: Path
) -> None:
    type_text(window.search_field, ".de")
    window.open_detail()
    assert window.current_member() is not None
    assert window.check_store_changed() is False  # nothing new: nothing reloaded

    import_elsewhere(data_dir, tmp_path)
    qtbot.waitUntil(lambda: NEW_STAMP in window.windowTitle(), timeout=10_000)  # the poll
    assert window.session is not None and window.session.edition is not None
    assert window.session.edition.stamp == NEW_STAMP
    assert window.search_field.text() == ".de"  # the user's query and member are kept
    member = window.current_member()
    assert member is not None and member.tld.ace == "de"
    assert NEW_STAMP in window.recheck_label.text()
    assert "elsewhere" in window.recheck_label.text()


def test_activation_checks_at_once_but_never_during_an_import(
    window: MainWindow, data_dir: Path, tmp_path: Path
) -> None:
    window._store_poll.stop()
    import_elsewhere(data_dir, tmp_path)
    window._importing = True  # an import dialog of this window is open
    assert window.check_store_changed() is False
    assert NEW_STAMP not in window.windowTitle()
    window._importing = False
    assert window.check_store_changed() is True
    assert NEW_STAMP in window.windowTitle()
    assert window.check_store_changed() is False  # once only


def test_ctrl_e_exports_from_the_search_field(window: MainWindow, qtbot) -> None:
    """QLineEdit takes Ctrl+E as "end of line" on X11: the menu's Export vCards wins."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    triggered: list[bool] = []
    action = window.actions_by_key["export"]
    action.triggered.disconnect()  # the dialog itself is not this test's business
    action.triggered.connect(lambda *_: triggered.append(True))
    type_text(window.search_field, ".de")
    window.search_field.setCursorPosition(0)
    qtbot.waitUntil(window.search_field.hasFocus)
    QTest.keyClick(window.search_field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert triggered == [True]
    assert window.search_field.cursorPosition() == 0
    assert window.search_field.text() == ".de"


def test_the_search_field_does_not_override_ctrl_e(window: MainWindow) -> None:
    """What X11's QLineEdit would do first: ask to keep Ctrl+E. The window says no."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    ctrl = Qt.KeyboardModifier.ControlModifier
    event = QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_E, ctrl)
    assert window.eventFilter(window.search_field, event) is True
    assert not event.isAccepted()
    other = QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_A, ctrl)  # select all: kept
    assert window.eventFilter(window.search_field, other) is False
