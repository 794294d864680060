"""The main window on a real encrypted store holding the sample editions."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from tests.conftest import LAYOUT_A, LAYOUT_B, SMALL_MBOX
from tests.gui.conftest import TEST_PASSPHRASE, type_text
from tldops_desktop.gui.mainwindow import MainWindow, Page
from tldops_desktop.gui.models import Column
from tldops_desktop.gui.session import Session
from tldops_desktop.services.contacts import search as cli_search
from tldops_desktop.services.importer import ImportOptions, run_import
from tldops_desktop.services.store import Store
from tldops_desktop.storage.keys import KeySource


def aces(window: MainWindow) -> list[str]:
    return [m.tld.ace for m in window.results()]


def search(window: MainWindow, qtbot, text: str) -> list[str]:
    window.search_field.clear()
    type_text(window.search_field, text)
    return aces(window)


# -- the window with data -----------------------------------------------------------------


def test_title_status_and_focus(window: MainWindow, qtbot) -> None:
    assert "20261101-0600" in window.windowTitle()  # Qt adds " — TLD-OPS Desktop"
    assert "(demo)" not in window.windowTitle()
    assert window.stack.currentIndex() == Page.DATA
    qtbot.waitUntil(window.search_field.hasFocus)
    assert window.edition_label.text() == "Edition 20261101-0600 · 2026-11-01"
    assert window.counts_label.text() == "200 members · 537 contacts"
    assert window.feedback.result_label.text() == "200 members"
    assert window.proxy.rowCount() == 200
    assert not window.banners.freshness.isVisible()


@pytest.mark.parametrize(
    ("text", "expected_first", "expected_in"),
    [
        ("рф", "xn--p1ai", None),
        (".рф", "xn--p1ai", None),
        ("xn--p1ai", "xn--p1ai", None),
        ("russia", None, "xn--p1ai"),
        ("lefevre", None, "af"),
        ("Lefèvre", None, "af"),
        ("+7 912 345 6062", "xn--p1ai", None),
        ("9123456062", "xn--p1ai", None),
    ],
)
def test_typing_filters_like_the_cli(
    window: MainWindow, qtbot, store: Store, text: str, expected_first, expected_in
) -> None:
    found = search(window, qtbot, text)
    assert found == [m.tld.ace for m in cli_search(store.repo, text).members]
    if expected_first:
        assert found[0] == expected_first
        assert window.detail.member is not None
        assert window.detail.member.tld.ace == expected_first  # the top match is shown
    if expected_in:
        assert expected_in in found
    assert len(found) < 200


def test_every_keystroke_filters(window: MainWindow, qtbot) -> None:
    counts = []
    for char in "russia":
        type_text(window.search_field, char)
        counts.append(window.proxy.rowCount())
    assert counts[0] > counts[-1] >= 1
    assert counts == sorted(counts, reverse=True)


def test_no_match_and_escape_clears(window: MainWindow, qtbot) -> None:
    assert search(window, qtbot, "zzzzqqq") == []
    assert window.feedback.result_label.text() == "No match"
    assert window.detail.member is None
    window.search_field.setFocus()
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert window.search_field.text() == ""
    assert window.proxy.rowCount() == 200


def test_region_filter(window: MainWindow, qtbot, store: Store) -> None:
    labels = [window.region_combo.itemText(i) for i in range(window.region_combo.count())]
    assert labels == ["All regions", "AF", "AP", "EU", "LAC", "NA", "Unknown region"]
    window.region_combo.setCurrentIndex(labels.index("AF"))
    found = aces(window)
    assert found == [m.tld.ace for m in cli_search(store.repo, "", "AF").members]
    assert found and all(
        (m.region or m.region_inferred) is not None
        and (m.region or m.region_inferred).value == "AF"  # type: ignore[union-attr]
        for m in window.results()
    )
    type_text(window.search_field, "egypt")
    assert aces(window) == [m.tld.ace for m in cli_search(store.repo, "egypt", "AF").members]
    window.region_combo.setCurrentIndex(0)
    assert aces(window) == [m.tld.ace for m in cli_search(store.repo, "egypt").members]
    window.search_field.clear()
    window.region_combo.setCurrentIndex(labels.index("Unknown region"))
    assert aces(window) == [m.tld.ace for m in cli_search(store.repo, "", "unknown").members]


def test_keyboard_navigation(window: MainWindow, qtbot) -> None:
    type_text(window.search_field, "an")
    rows = window.results()
    assert len(rows) > 3
    assert window.current_member() == rows[0]
    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
    assert window.current_member() == rows[2]
    assert window.detail.member == rows[2]
    qtbot.keyClick(window.search_field, Qt.Key.Key_Up)
    assert window.current_member() == rows[1]
    assert window.search_field.hasFocus()  # the keys moved the list, the focus stayed
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert window.detail.copy_all_button is not None
    qtbot.waitUntil(window.detail.copy_all_button.hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(window.search_field.hasFocus)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Escape)
    assert window.search_field.hasFocus()


def test_typing_in_the_list_or_the_contacts_searches(window: MainWindow, qtbot) -> None:
    """Letters typed with the list or a contact's button focused start a new search: the
    list jumped to no row (its cells begin with a dot) and the contacts took none, so "nl"
    typed after a click on a row did nothing."""
    type_text(window.search_field, "an")
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    qtbot.keyClicks(window.table, "n")
    qtbot.keyClicks(QApplication.focusWidget(), "l")  # as typed: to the widget with focus
    assert window.search_field.text() == "nl"
    assert window.search_field.hasFocus()
    assert aces(window)[0] == "nl"
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    copy_all = window.detail.copy_all_button
    assert copy_all is not None
    qtbot.waitUntil(copy_all.hasFocus)
    type_text(copy_all, "Р")
    focus = QApplication.focusWidget()
    assert focus is not None
    type_text(focus, "ос")
    assert window.search_field.text() == "Рос"
    assert window.search_field.hasFocus()
    assert aces(window)[0] == "ru"
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Space)  # a key of the list's own: no search
    assert window.search_field.text() == "Рос"
    assert window.table.hasFocus()


def test_find_shortcuts_return_to_search(window: MainWindow, qtbot) -> None:
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    qtbot.keyClick(window.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search_field.hasFocus)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search_field.hasFocus)


def test_detail_shows_contacts_with_links(window: MainWindow, qtbot, opened_urls) -> None:
    search(window, qtbot, "рф")
    detail = window.detail
    member = detail.member
    assert member is not None and member.tld.ace == "xn--p1ai"
    primary = member.contacts[0]
    name = detail.value_labels["1/name"]
    assert name.text() == primary.name
    assert name.textFormat() == Qt.TextFormat.PlainText
    email = detail.value_labels["1/email"]
    assert f'href="mailto:{primary.email}"' in email.text()
    phone = detail.value_labels["1/phone"]
    assert primary.phone_e164 is not None
    assert f'href="tel:{primary.phone_e164}"' in phone.text()
    assert primary.phone in phone.text()
    assert primary.phone_e164 in detail.value_labels["1/e164"].text()
    assert not email.openExternalLinks()
    assert opened_urls.urls == []  # nothing opens by itself
    email.linkActivated.emit(f"mailto:{primary.email}")  # what a click does
    phone.linkActivated.emit(f"tel:{primary.phone_e164}")
    assert opened_urls.urls == [f"mailto:{primary.email}", f"tel:{primary.phone_e164}"]
    for key, button in detail.copy_buttons.items():
        assert button.accessibleName().startswith("Copy "), key


def test_hostile_names_are_shown_as_text(window: MainWindow, qtbot, store: Store) -> None:
    edition = store.repo.current_edition()
    assert edition is not None
    for member in edition.members:
        window.search_field.setText(member.tld.ace)
        assert window.detail.member is not None
        for contact in member.contacts:
            label = window.detail.value_labels[f"{contact.position}/name"]
            assert label.text() == contact.name


def test_copy_button_copies_and_clears(window: MainWindow, qtbot, settings) -> None:
    settings.set("privacy/clipboard_clear_seconds", 1)
    search(window, qtbot, "рф")
    member = window.detail.member
    assert member is not None
    clipboard = QGuiApplication.clipboard()
    qtbot.mouseClick(window.detail.copy_buttons["1/phone"], Qt.MouseButton.LeftButton)
    assert clipboard.text() == member.contacts[0].phone
    assert "clipboard is cleared in 1 s" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)


def test_copy_all_is_plain_text(window: MainWindow, qtbot) -> None:
    search(window, qtbot, "рф")
    member = window.detail.member
    assert member is not None
    window.actions_by_key["copy-all"].trigger()
    text = QGuiApplication.clipboard().text()
    assert text.startswith(".рф (xn--p1ai) · Russian Federation · EU")
    for contact in member.contacts:
        assert contact.name in text and contact.email in text and contact.phone in text
    assert "<" not in text
    window.clipboard.clear()


def test_change_badges(window: MainWindow, qtbot, session: Session) -> None:
    assert session.diff is not None
    assert (session.diff.old_stamp, session.diff.new_stamp) == ("20261001-0600", "20261101-0600")
    changed = session.diff.changed[0]
    window.search_field.setText(changed.ace)
    assert window.detail.member is not None and window.detail.member.tld.ace == changed.ace
    positions = {c.new.position for c in changed.contacts if c.new is not None}
    assert len(window.detail.badges) == len(positions) >= 1
    badge = window.detail.badges[0]
    assert badge.text() == "changed"
    field = changed.contacts[0].fields[0]
    tip = badge.toolTip().replace("\xa0", " ")  # each number kept whole on screen
    assert field.old in tip and field.new in tip
    # A member that did not change has no badge.
    unchanged = next(m for m in session.members if m.tld.ace not in session.changed_members())
    window.search_field.setText(unchanged.tld.ace)
    assert window.detail.member == unchanged
    assert window.detail.badges == []


def test_a_badge_stands_apart_from_its_contact_s_title(
    window: MainWindow, session: Session
) -> None:
    """The badge touched the title's last letter: "Primary contactchanged"."""
    assert session.diff is not None
    window.search_field.setText(session.diff.changed[0].ace)
    badge = window.detail.badges[0]
    frame: Any = badge.parentWidget()
    grid = frame.layout()
    title = grid.itemAtPosition(0, 0).layout().itemAt(0).widget()
    assert title.font().bold() and title.text()
    text_end = title.x() + title.fontMetrics().horizontalAdvance(title.text())
    assert badge.x() - text_end >= title.fontMetrics().averageCharWidth()


def test_monitoring_tools(window: MainWindow, qtbot, settings, opened_urls) -> None:
    settings.set("tools/monitoring", ["DNSViz|https://dnsviz.net/d/{tld}/dnssec/", "broken"])
    search(window, qtbot, "рф")
    assert window.monitoring_links() == [("DNSViz", "https://dnsviz.net/d/xn--p1ai/dnssec/")]
    window.tools_menu.aboutToShow.emit()
    actions = window.tools_menu.actions()
    assert [a.text() for a in actions] == ["DNSViz"]
    assert opened_urls.urls == []
    actions[0].trigger()
    assert opened_urls.urls == ["https://dnsviz.net/d/xn--p1ai/dnssec/"]


def test_menus_have_shortcuts_and_accessible_names(window: MainWindow) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&View", "&Member", "&Help"]
    expected = {
        "import-file", "import-folder", "export", "print", "pdf", "settings", "quit",
        "history", "refresh", "copy-all", "qr", "tools", "about", "find",
    }  # fmt: skip
    assert expected <= set(window.actions_by_key)
    for key, action in window.actions_by_key.items():
        assert action.shortcuts(), key
    shortcuts = [s.toString() for a in window.actions_by_key.values() for s in a.shortcuts()]
    assert len(shortcuts) == len(set(shortcuts)), "a shortcut is used twice"
    for widget in (window.search_field, window.region_combo, window.table, window.detail):
        assert widget.accessibleName()


def test_freshness_banner(make_window, session: Session) -> None:
    old = make_window(session, now=datetime(2026, 12, 20, tzinfo=UTC))
    assert old.banners.freshness.isVisible()
    assert (
        old.banners.freshness_label.text()
        == "Contacts from 2026-11-01: import the latest monthly email"
    )


def test_no_banner_within_40_days(make_window, session: Session) -> None:
    window = make_window(session, now=datetime(2026, 12, 10, tzinfo=UTC))
    assert not window.banners.freshness.isVisible()


def test_model_in_the_window_passes_the_tester(window: MainWindow, qtmodeltester, qtbot) -> None:
    qtmodeltester.check(window.proxy)
    type_text(window.search_field, "an")
    window.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    countries = [m.country.casefold() for m in window.results()]
    assert countries == sorted(countries, reverse=True)


def test_sorting_keeps_search_results(window: MainWindow, qtbot) -> None:
    found = set(search(window, qtbot, "an"))
    window.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    counts = [len(m.contacts) for m in window.results()]
    assert counts == sorted(counts)
    assert set(aces(window)) == found


# -- welcome, demo, import --------------------------------------------------------------


def test_welcome_page_without_data(make_window, qtbot) -> None:
    window = make_window(None)
    assert window.stack.currentIndex() == Page.WELCOME
    assert window.windowTitle() == "TLD-OPS Desktop"
    assert window.welcome.import_button.text() == "Import the latest monthly email"
    assert window.welcome.demo_button.text() == "Try demo data"
    assert not window.actions_by_key["export"].isEnabled()
    assert window.edition_label.text() == "No contacts yet"


def test_demo_opens_in_its_own_data_dir(make_window, qtbot, data_dir: Path) -> None:
    window = make_window(None)
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert window.session is not None and window.session.demo
    assert "(demo)" in window.windowTitle()
    assert window.stack.currentIndex() == Page.DATA
    demo_dir = window.session.data_dir
    assert demo_dir == data_dir.with_name("data-demo")
    assert not data_dir.exists()  # nothing written where the real data goes
    assert 35 <= len(window.session.members) <= 45
    idns = {m.tld.unicode for m in window.session.members if m.tld.is_idn}
    assert {"рф", "中国", "مصر"} <= idns
    type_text(window.search_field, "中国")
    assert aces(window)[0] == "xn--fiqs8s"
    assert window.session.diff is not None and window.session.diff.changed


def test_import_from_welcome_uses_the_real_store(
    make_window, qtbot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(None)
    calls: list[list[str]] = []

    def fake_unlock(self: MainWindow, where: Path, *, create: bool) -> Store:
        assert create and where == data_dir
        return Store.open(where, KeySource(passphrase=TEST_PASSPHRASE, prompt=None), create=True)

    def fake_import(self: MainWindow, store: Store, paths: list[str], options: ImportOptions):
        calls.append(paths)
        return run_import(paths, store.repo, options)

    monkeypatch.setattr(MainWindow, "_unlock", fake_unlock)
    monkeypatch.setattr(MainWindow, "_run_import_dialog", fake_import)
    report = window.import_paths([str(LAYOUT_B)])
    assert report is not None and report.imported == ["20261001-0600"]
    assert window.stack.currentIndex() == Page.DATA
    assert "20261001-0600" in window.windowTitle()
    # Session.reload() after a second import updates everything.
    window.import_paths([str(LAYOUT_A)])
    assert "20261101-0600" in window.windowTitle()
    assert window.counts_label.text() == "200 members · 537 contacts"
    assert window.session is not None and window.session.diff is not None
    assert calls == [[str(LAYOUT_B)], [str(LAYOUT_A)]]


def test_drop_starts_an_import(window: MainWindow, qtbot, monkeypatch) -> None:
    imported: list[list[str]] = []
    monkeypatch.setattr(
        MainWindow, "_run_import_dialog", lambda self, store, paths, options: imported.append(paths)
    )
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(SMALL_MBOX))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    window.dropEvent(event)
    assert event.isAccepted()
    qtbot.waitUntil(lambda: imported == [[str(SMALL_MBOX)]])


def test_drop_of_non_files_is_ignored(window: MainWindow) -> None:
    mime = QMimeData()
    mime.setText("hello")
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    window.dropEvent(event)
    assert not event.isAccepted()


# -- window state, idle lock -------------------------------------------------------------


def test_window_state_is_remembered(make_window, session: Session, settings, store) -> None:
    first = make_window(session)
    first.resize(720, 520)  # the offscreen screen is 800x600
    first.splitter.setSizes([300, 400])
    sizes = first.splitter.sizes()
    first.close()
    assert settings.get("window/geometry")
    assert settings.get("window/splitter")
    reopened = Store.open(store.data_dir, KeySource(passphrase=TEST_PASSPHRASE, prompt=None))
    second = make_window(Session(reopened))
    assert (second.size().width(), second.size().height()) == (720, 520)
    assert second.splitter.sizes() == sizes


def test_idle_lock_hides_data(window: MainWindow, qtbot, monkeypatch) -> None:
    search(window, qtbot, "рф")
    window.set_idle_lock_ms(100)
    qtbot.waitUntil(lambda: window.is_locked, timeout=3000)
    assert window.session is None
    assert window.model.rowCount() == 0
    assert window.detail.member is None
    assert window.search_field.text() == ""
    assert "locked" in window.windowTitle()
    assert "left without input" in window.locked_page.label.text()
    assert not window.actions_by_key["export"].isEnabled()
    assert not any(
        "рф" in label.text() for label in window.findChildren(QLabel) if label.isVisible()
    )

    data_dir = window.data_dir
    monkeypatch.setattr(MainWindow, "_unlock", lambda self, where, *, create: None)
    window.unlock_again()  # cancelled: still locked
    assert window.is_locked

    def unlock(self: MainWindow, where: Path, *, create: bool) -> Store:
        return Store.open(where, KeySource(passphrase=TEST_PASSPHRASE, prompt=None))

    monkeypatch.setattr(MainWindow, "_unlock", unlock)
    qtbot.mouseClick(window.locked_page.unlock_button, Qt.MouseButton.LeftButton)
    assert not window.is_locked
    assert window.session is not None and window.session.data_dir == data_dir
    assert window.proxy.rowCount() == 200
    window.set_idle_lock_ms(0)


def test_locking_by_hand_says_so(window: MainWindow) -> None:
    """File › Lock: the page does not claim the window was left idle."""
    window.actions_by_key["lock"].trigger()
    assert window.is_locked
    assert window.locked_page.label.text() == "The contacts are hidden until you unlock the window."


def test_input_postpones_the_lock(window: MainWindow, qtbot) -> None:
    # Each input starts the countdown again. Read from the countdown, not the clock: on a busy
    # machine a wait of half a second can last longer than a short lock.
    window.set_idle_lock_ms(60_000)
    for event in range(3):
        qtbot.wait(1200)
        before = window.idle_lock.remaining_ms
        assert 0 <= before <= 60_000 - 300  # (the window's own first events count as input)
        if event == 0:
            qtbot.mouseMove(window.table.viewport(), QPoint(20, 20))
        else:
            qtbot.keyClick(window.search_field, Qt.Key.Key_A)
        assert window.idle_lock.remaining_ms > before + 300
        assert not window.is_locked
    window.set_idle_lock_ms(1500)
    qtbot.waitUntil(lambda: window.is_locked, timeout=10000)
    window.set_idle_lock_ms(0)


def test_each_contact_has_its_own_qr_button(
    make_window: Any, session: Any, qtbot: Any, monkeypatch: Any
) -> None:
    from PySide6.QtWidgets import QToolButton

    from tldops_desktop.gui.dialogs import export_dialog

    shown: list[int] = []

    class Recorder:
        def __init__(self, _parent: Any, _edition: Any, _member: Any, contact: Any) -> None:
            shown.append(contact.position)

        def exec(self) -> int:
            return 0

    monkeypatch.setattr(export_dialog, "QrDialog", Recorder)
    window = make_window(session)
    member = window.current_member()
    assert member is not None and len(member.contacts) >= 2
    buttons = [
        b for b in window.detail.findChildren(QToolButton) if b.accessibleName().endswith("QR code")
    ]
    assert len(buttons) == len(member.contacts)
    # Named as a sentence says it, the position in lower case as the copy buttons have it.
    assert buttons[0].accessibleName() == "Show the primary contact as a QR code"
    assert buttons[0].toolTip() == buttons[0].accessibleName()
    buttons[1].click()  # the second contact's, with the mouse: no focus needed
    assert shown == [member.contacts[1].position]


def test_the_search_index_is_built_after_the_window_is_shown(make_window, session) -> None:
    """Building it reads country names in six languages: the window shows its members first,
    then builds it (an empty query names no country, so nothing asks for it before)."""
    window = make_window(session, show=False)
    assert session._index is None
    assert window.proxy.rowCount() == len(session.members)


def test_phone_numbers_are_prepared_once_the_window_is_idle(make_window, session, qtbot) -> None:
    """So that the first phone number typed is not the keystroke that works them all out."""
    make_window(session)
    qtbot.waitUntil(lambda: session._index is not None, timeout=5000)
    index = session._index
    qtbot.waitUntil(lambda: all(e._numbers is not None for e in index._entries), timeout=5000)


def test_what_an_export_wrote_stays_in_the_status_bar(window, monkeypatch) -> None:
    from tldops_desktop.gui.dialogs.export_dialog import ExportDialog

    def export_and_close(dialog: ExportDialog) -> int:
        dialog.exported.emit("Contacts written to /tmp/tld-ops.vcf: 3.")
        return 0

    monkeypatch.setattr(ExportDialog, "exec", export_and_close)
    window.export_vcards()
    assert window.statusBar().currentMessage() == "Contacts written to /tmp/tld-ops.vcf: 3."


def test_the_title_names_the_app_once(window, session) -> None:
    """Qt adds the application's display name to the title: the title does not repeat it."""
    assert window.windowTitle() == f"edition {session.edition.stamp}"
    assert window.windowTitle().count("TLD-OPS Desktop") == 0


def test_one_tab_stop_per_link_and_enter_opens_it(window, qtbot, opened_urls) -> None:
    """From a contact's name: Tab, its email's link (focused at once, no invisible stop
    first), Enter writes to it; the pane's scroll area is no stop of its own."""
    from PySide6.QtWidgets import QApplication, QScrollArea

    type_text(window.search_field, ".de")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    detail = window.detail
    member = detail.member
    assert member is not None
    name_copy = detail.copy_buttons["1/name"]
    name_copy.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    email = detail.value_labels["1/email"]
    assert QApplication.focusWidget() == email
    assert email.hasSelectedText()  # the link is the focused one
    qtbot.keyClick(email, Qt.Key.Key_Return)
    assert opened_urls.urls == [f"mailto:{member.contacts[0].email}"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is detail.copy_buttons["1/email"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() == email
    assert email.hasSelectedText()
    assert detail.findChild(QScrollArea).focusPolicy() == Qt.FocusPolicy.NoFocus


def test_shift_tab_walks_back_out_of_the_contacts(window, qtbot) -> None:
    """Shift+Tab from the last copy button goes back through every link and button to the
    search field; it stayed on the first link of a value (its text's first character) for
    ever."""
    from PySide6.QtWidgets import QApplication

    several = next(m for m in window.session.members if len(m.contacts) >= 2)
    type_text(window.search_field, f".{several.tld.ace}")
    qtbot.waitUntil(lambda: window.detail.member == several, timeout=5000)
    detail = window.detail
    last = list(detail.copy_buttons.values())[-1]
    last.setFocus(Qt.FocusReason.TabFocusReason)
    visited = []
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
        focus = QApplication.focusWidget()
        if focus is window.search_field:
            break
        visited.append(focus)
    assert QApplication.focusWidget() is window.search_field
    links = [label for label in detail.value_labels.values() if "href" in label.text()]
    assert links
    assert all(label in visited for label in links)
    assert detail.copy_all_button in visited


def test_a_keystroke_copies_the_number_to_dial_or_the_address(window, qtbot) -> None:
    """Ctrl+Shift+D: the primary contact's number in international form; with the keyboard
    in another contact's rows, that contact's. Ctrl+Shift+E: the email address."""
    from PySide6.QtWidgets import QApplication

    several = next(m for m in window.session.members if len(m.contacts) >= 2)
    type_text(window.search_field, f".{several.tld.ace}")
    qtbot.waitUntil(lambda: window.detail.member == several, timeout=5000)
    first, second = several.contacts[0], several.contacts[1]
    window.actions_by_key["copy-phone"].trigger()
    assert QApplication.clipboard().text() == (first.phone_e164 or first.phone)
    assert "phone number of the primary contact" in window.statusBar().currentMessage()
    window.detail.copy_buttons["2/name"].setFocus()
    window.actions_by_key["copy-phone"].trigger()
    assert QApplication.clipboard().text() == (second.phone_e164 or second.phone)
    window.actions_by_key["copy-email"].trigger()
    assert QApplication.clipboard().text() == second.email
    shortcuts = {
        key: window.actions_by_key[key].shortcut().toString()
        for key in ("copy-phone", "copy-email")
    }
    assert shortcuts == {"copy-phone": "Ctrl+Shift+D", "copy-email": "Ctrl+Shift+E"}
    window.search_field.clear()
    type_text(window.search_field, "zzzz-nothing")
    assert not window.actions_by_key["copy-phone"].isEnabled()


def test_informative_texts_are_not_drawn_as_disabled(make_window, session) -> None:
    """A disabled label's grey (about 1.6:1 on the window's background) is unreadable on a
    laptop panel at night: texts that inform are drawn in the text's own colour."""
    window = make_window(None)
    labels = window.findChildren(QLabel)
    assert any(label.objectName() == "data-folder" for label in labels)
    assert not [label.text() for label in labels if label.text() and not label.isEnabled()]
    window = make_window(session)
    window.detail.clear()
    placeholder = window.detail.findChild(QLabel, "detail-placeholder")
    assert placeholder is not None and placeholder.isEnabled()


def test_the_window_writes_the_identity_of_settings_for_the_command_line(
    make_window, session, settings, data_dir
) -> None:
    """A cron job's `tldops import` (no Qt) reads the trusted list from beside the database."""
    from tldops_desktop.mail.identity import ListIdentity
    from tldops_desktop.services.trust import load_identity

    moved = ListIdentity(
        "tld-ops.lists.example.org",
        "tld-ops@lists.example.org",
        "tld-ops-bounces@lists.example.org",
    )
    window = make_window(session)
    settings.set("trust/list_id", moved.list_id)
    settings.set("trust/list_address", moved.list_address)
    settings.set("trust/bounce_address", moved.bounce_address)
    assert window._import_options().identity == moved
    assert load_identity(data_dir) == moved


@pytest.mark.parametrize("show", ["show_qr", "show_history", "show_non_members"])
def test_the_lock_closes_dialogs_that_show_contacts(window: MainWindow, qtbot, show: str) -> None:
    """A QR code or the history left on screen is what the idle lock is for."""
    search(window, qtbot, "рф")
    opened: list[str] = []

    def lock_when_shown() -> None:
        dialogs = [d for d in window.findChildren(QDialog) if d.isVisible()]
        opened.extend(d.objectName() or type(d).__name__ for d in dialogs)
        window.lock_after_idle()

    QTimer.singleShot(200, lock_when_shown)
    getattr(window, show)()  # returns once the lock has closed it
    assert opened and window.is_locked
    assert [d for d in window.findChildren(QDialog) if d.isVisible()] == []


def test_the_locked_page_says_when_unlocking_asks_for_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TLDOPS_PASSPHRASE", TEST_PASSPHRASE)  # as a keyring key would
    window.actions_by_key["lock"].trigger()
    assert window.locked_page.note.isVisible()
    assert "Anyone at this computer can unlock it" in window.locked_page.note.text()


def test_the_locked_page_promises_nothing_more_when_the_passphrase_is_asked(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TLDOPS_PASSPHRASE", raising=False)
    monkeypatch.delenv("TLDOPS_PASSPHRASE_FILE", raising=False)
    window.actions_by_key["lock"].trigger()
    assert window.is_locked and not window.locked_page.note.isVisible()


def test_a_narrow_window_keeps_the_country_and_reads_a_passing_message_whole(
    window: MainWindow, qtbot
) -> None:
    search(window, qtbot, "de")
    window.resize(1300, 700)
    qtbot.waitUntil(lambda: not window.table.isColumnHidden(Column.ACE))
    window.resize(800, 600)
    qtbot.waitUntil(lambda: window.table.isColumnHidden(Column.ACE))
    window.statusBar().showMessage("Copied all contacts of .de", 2000)
    assert not window.counts_label.isVisible() and window.edition_label.isVisible()
    window.statusBar().clearMessage()
    assert window.counts_label.isVisible()


def test_a_very_narrow_list_gives_the_country_the_room_of_the_contact_count(
    window: MainWindow, qtbot
) -> None:
    """640 pixels wide (1280x720 at 200 %): the country had 80 pixels ("Allemagn…") beside
    a ccTLD column of 110 and a count of contacts the pane shows anyway; the count now gives
    way to the country."""
    search(window, qtbot, "de")
    window.resize(800, 600)
    qtbot.waitUntil(lambda: window.table.isColumnHidden(Column.ACE))
    assert not window.table.isColumnHidden(Column.CONTACTS)
    window.resize(640, 360)
    qtbot.waitUntil(lambda: window.table.isColumnHidden(Column.CONTACTS))
    table = window.table
    assert table.columnWidth(Column.COUNTRY) >= table.columnWidth(Column.TLD)
    assert not table.isColumnHidden(Column.REGION)


def test_ctrl_h_opens_the_history_at_the_members_changes(window: MainWindow, qtbot) -> None:
    """Find a member, Ctrl+H: its own changes are the row in focus; Escape comes back."""
    from tldops_desktop.gui.dialogs.history import KIND_ROLE, HistoryDialog

    session = window.session
    assert session is not None and session.diff is not None
    ace = session.diff.changed[-1].ace
    search(window, qtbot, ace)
    member = window.current_member()
    assert member is not None and member.tld.ace == ace
    seen: list[str] = []

    def look_then_escape() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, HistoryDialog)
        current = dialog.tree.currentItem()
        seen.append(str(current.data(0, KIND_ROLE)) if current is not None else "")
        qtbot.keyClick(dialog.tree, Qt.Key.Key_Escape)

    QTimer.singleShot(300, look_then_escape)
    qtbot.keyClick(window.search_field, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert seen == [ace]
    assert QApplication.activeModalWidget() is None
