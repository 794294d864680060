"""The window follows the database: a newer edition stored by another process, a member
that left in the current edition."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel

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


def test_a_member_that_left_can_still_be_looked_up(
    window: MainWindow, qtbot, data_dir: Path, tmp_path: Path
) -> None:
    import_elsewhere(data_dir, tmp_path)
    assert window.check_store_changed() is True
    notice = window.feedback.not_member_notice
    for query in (".fr", "p31d3dd@registry.fr"):
        window.search_field.clear()
        type_text(window.search_field, query)
        qtbot.waitUntil(notice.isVisible)
        text = notice.text()
        assert "left TLD-OPS in edition" in text and NEW_STAMP in text
        assert 'href="#former:fr"' in text and "20261101-0600" in text
        assert "IANA" in text  # the administrative contact is still offered

    notice.linkActivated.emit("#former:fr")
    assert window.results_stack.currentIndex() == 0  # the pane, not "No member matches"
    detail = window.detail
    assert detail.member is not None and detail.member.tld.ace == "fr"
    assert detail.former and detail.stamp == "20261101-0600"
    note = detail.findChild(QLabel, "former-note")
    assert note is not None and note.isVisibleTo(detail)
    assert "20261101-0600" in note.text() and NEW_STAMP in note.text()
    assert "Mette Smith" in [c.name for c in detail.member.contacts]

    window.search_field.clear()
    type_text(window.search_field, ".de")  # a current member: shown as ever
    assert window.current_member() is not None
    assert not window.detail.former
    qtbot.waitUntil(lambda: window.detail.findChild(QLabel, "former-note") is None)


def test_the_last_contacts_of_a_member_that_left_are_reached_by_keyboard(
    window: MainWindow, qtbot, data_dir: Path, tmp_path: Path, opened_urls
) -> None:
    """Tab from the search field reaches the notice's links, Enter follows them: they took
    a mouse (the empty state and the search hint had keyboard links, the notice none)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    import_elsewhere(data_dir, tmp_path)
    assert window.check_store_changed() is True
    notice = window.feedback.not_member_notice
    type_text(window.search_field, ".fr")
    qtbot.waitUntil(notice.isVisible)
    qtbot.waitUntil(window.search_field.hasFocus)
    for _ in range(3):  # past the region filter
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is notice:
            break
    assert QApplication.focusWidget() is notice
    assert notice.hasSelectedText()  # its first link, "Show its last known contacts"
    qtbot.keyClick(notice, Qt.Key.Key_Return)
    detail = window.detail
    assert detail.member is not None and detail.member.tld.ace == "fr" and detail.former

    window.search_field.setFocus()
    window.search_field.clear()
    type_text(window.search_field, ".fr")
    qtbot.waitUntil(notice.isVisible)
    notice.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(notice, Qt.Key.Key_Tab)  # the next link: IANA's page
    assert QApplication.focusWidget() is notice
    qtbot.keyClick(notice, Qt.Key.Key_Return)
    assert opened_urls.urls == ["https://www.iana.org/domains/root/db/fr.html"]


def test_a_never_member_gets_no_former_link(window: MainWindow, qtbot) -> None:
    type_text(window.search_field, ".ne")
    qtbot.waitUntil(window.feedback.not_member_notice.isVisible)
    assert "#former:" not in window.feedback.not_member_notice.text()
    assert window.session is not None and window.session.former_member("ne") is None


def test_a_former_members_qr_code_names_its_own_edition(
    window: MainWindow, data_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    from tldops_desktop.gui.dialogs import export_dialog

    shown: list[tuple[str, str]] = []

    class FakeQr:
        def __init__(self, _parent, edition, member, _contact) -> None:
            shown.append((edition.stamp, member.tld.ace))

        def exec(self) -> int:
            return 0

    monkeypatch.setattr(export_dialog, "QrDialog", FakeQr)
    import_elsewhere(data_dir, tmp_path)
    assert window.check_store_changed() is True
    assert window.show_former_member("fr") is True
    window.show_qr_of(0)  # its first contact
    assert shown == [("20261101-0600", "fr")]


def test_a_former_members_number_names_it(
    window: MainWindow, qtbot, data_dir: Path, tmp_path: Path
) -> None:
    import_elsewhere(data_dir, tmp_path)
    assert window.check_store_changed() is True
    for query in ("+33 6 12 34 52 19", "p009714@registry.fr"):
        window.search_field.clear()
        type_text(window.search_field, query)
        assert window.results() == []
        qtbot.waitUntil(window.feedback.not_member_notice.isVisible)
        text = window.feedback.not_member_notice.text()
        assert "left TLD-OPS in edition" in text and 'href="#former:fr"' in text
    window.search_field.clear()
    type_text(window.search_field, "+49 151 0000 0000")  # nobody's: no former notice
    assert not window.feedback.not_member_notice.isVisible()


def test_enter_shows_where_the_focus_went(window: MainWindow, qtbot) -> None:
    """After Enter the focused button draws its focus ring: a Space then copies what shows."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    type_text(window.search_field, ".de")
    window.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, False)  # as after a click
    QTest.keyClick(window.search_field, Qt.Key.Key_Return)
    button = window.detail.copy_all_button
    assert button is not None
    qtbot.waitUntil(button.hasFocus)
    option = QStyleOptionButton()
    button.initStyleOption(option)
    assert option.state & QStyle.StateFlag.State_HasFocus
    assert option.state & QStyle.StateFlag.State_KeyboardFocusChange  # the ring is drawn


def test_status_bar_texts_give_way_to_the_edition(window: MainWindow, qtbot) -> None:
    """Long (Russian-length) texts at a small width: they end in "…", the stamp stays whole."""
    long_text = "Checking the remembered mailboxes for new editions, " * 4
    window.recheck_label.say(long_text)
    window.changes_label.setText("Bold: changed since 20261001-0600, " * 3)
    window.resize(700, 600)
    qtbot.waitUntil(lambda: window.width() <= 700)
    qtbot.wait(50)
    for label in (window.edition_label, window.counts_label):
        assert label.width() >= label.sizeHint().width(), label.text()
    assert window.recheck_label.width() < window.recheck_label.sizeHint().width()
    assert window.recheck_label.toolTip() == long_text  # the whole text, on hover
    assert window.changes_label.toolTip() == window.changes_label.text()
    window.recheck_label.grab()  # paints (elided) without a warning


def test_a_recheck_never_says_no_new_edition_over_one_stored_elsewhere(
    window: MainWindow, data_dir: Path, tmp_path: Path
) -> None:
    from tldops_desktop.gui.recheck import RecheckOutcome

    window._store_poll.stop()
    assert window.session is not None
    import_elsewhere(data_dir, tmp_path)  # while the mailboxes were being read
    outcome = RecheckOutcome(
        window.session.store, [], previous_current="20261101-0600", current=NEW_STAMP
    )
    window._recheck_done(outcome)
    assert NEW_STAMP in window.windowTitle()
    assert "stored elsewhere" in window.recheck_label.text()
    assert "no new edition" not in window.recheck_label.text()
    window._recheck_done(outcome)  # the poll showed it first: still not "no new edition"
    assert "stored elsewhere" in window.recheck_label.text()
