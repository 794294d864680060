"""What a screen reader (Orca, NVDA, VoiceOver) gets from the window, through the same
accessibility interfaces it queries: a name for every control, the text of what is shown, and
nothing hidden behind a name that says what a text is instead of what it says, and the status
changes that take no focus announced."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QWidget

from tests.gui.conftest import type_text
from tldops_desktop.gui.mainwindow import MainWindow

NAME, DESCRIPTION = QAccessible.Text.Name, QAccessible.Text.Description


def spoken(widget: QWidget) -> tuple[str, str]:
    """The name and the description a screen reader reads for ``widget``."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None and interface.isValid()
    return interface.text(NAME), interface.text(DESCRIPTION)


def plain(text: str) -> str:
    return "".join(char for char in text if char not in "\u2066\u2067\u2068\u2069")


def show_member(window: MainWindow, qtbot: Any, text: str) -> None:
    window.search_field.clear()
    type_text(window.search_field, text)
    window.open_detail()
    assert window.detail.member is not None


def nameless(root: QWidget) -> list[str]:
    """The controls shown in ``root`` that a screen reader could only call by their kind."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        image = isinstance(widget, QLabel) and not widget.pixmap().isNull()
        takes_focus = widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        if not widget.isVisible() or not (takes_focus or image):  # an image needs one too
            continue
        if widget.objectName().startswith("qt_"):
            continue  # Qt's own parts (a spin box's field): named by their control
        name, _description = spoken(widget)
        if not name.strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_the_status_bar_is_read_as_it_shows(window: MainWindow) -> None:
    """Each status text was named by what it is ("Current edition"), which hid what it said:
    a screen reader's status-bar command read no edition, no count, no legend."""
    for label, what in (
        (window.edition_label, "Current edition"),
        (window.counts_label, "Members and contacts"),
        (window.feedback.result_label, "Number of results"),
    ):
        name, description = spoken(label)
        assert plain(name) == plain(label.text()) and name, what
        assert description == what
    window.changes_label.setText("Bold: changed since 20261001-0600")
    window.changes_label.resize(40, 20)  # elided on screen, whole when read
    assert spoken(window.changes_label) == ("Bold: changed since 20261001-0600", "Changes")
    window.recheck_label.say("Mailboxes checked at 09:00: no new edition.")
    assert spoken(window.recheck_label)[0] == "Mailboxes checked at 09:00: no new edition."


def test_the_contacts_are_read_with_what_each_value_is(window: MainWindow, qtbot: Any) -> None:
    """A value was named by its caption: Tab to an email read "Email (primary contact)",
    never the address; the ccTLD read "ccTLD", never ".de"."""
    show_member(window, qtbot, ".de")
    member = window.detail.member
    assert member is not None
    contact = member.contacts[0]
    title = next(
        label
        for label in window.detail.findChildren(QLabel)
        if spoken(label)[1] == "ccTLD" and label.isVisible()
    )
    assert plain(spoken(title)[0]) == ".de"
    for key, value, caption in (
        ("1/name", contact.name, "Name (primary contact)"),
        ("1/email", contact.email, "Email (primary contact)"),
        ("1/phone", contact.phone, "Phone (primary contact)"),
    ):
        name, description = spoken(window.detail.value_labels[key])
        assert plain(name) == value and description == caption, key
        copy_name, _ = spoken(window.detail.copy_buttons[key])
        assert copy_name.startswith("Copy ") and "primary contact" in copy_name, key
    assert not nameless(window)


def test_a_value_cut_into_lines_is_read_whole(window: MainWindow, qtbot: Any) -> None:
    show_member(window, qtbot, ".de")
    label = window.detail.value_labels["1/email"]
    label.show_value("", [("mailto:x", "a-very-long-address-for-a-narrow-pane@nic.example")])
    label.resize(60, label.height())
    qtbot.waitUntil(lambda: "<br>" in label.text())
    assert spoken(label)[0] == "a-very-long-address-for-a-narrow-pane@nic.example"


def test_a_search_that_finds_nothing_is_announced_once(window: MainWindow, qtbot: Any) -> None:
    """The list a screen reader would read goes away as the search empties it; nothing said
    so. Typing on, it is not said again at every key; a new search that finds nothing is."""
    said: list[str] = []
    window.announcer.announced.connect(said.append)
    type_text(window.search_field, "Germnay")
    assert said == ["No match"]
    name, description = spoken(window.feedback.empty_state)
    assert "Germnay" in plain(name) and description == "No result"
    type_text(window.search_field, "xx")
    assert said == ["No match"]
    window.search_field.clear()
    type_text(window.search_field, "zzq")
    assert said == ["No match", "No match"]


def test_status_bar_messages_are_announced(window: MainWindow, qtbot: Any) -> None:
    """ "Copied … the clipboard is cleared in 30 s" shows for a moment where no focus goes."""
    said: list[str] = []
    window.announcer.announced.connect(said.append)
    show_member(window, qtbot, ".de")
    qtbot.mouseClick(window.detail.copy_buttons["1/email"], Qt.MouseButton.LeftButton)
    message = window.statusBar().currentMessage()
    assert message and said == [message]
    qtbot.mouseClick(window.detail.copy_buttons["1/email"], Qt.MouseButton.LeftButton)
    assert said == [message, message]  # copied again: said again


def test_the_tab_order_follows_the_reading_order_right_to_left_too(
    make_window: Any, session: Any, qtbot: Any, right_to_left: None
) -> None:
    """Search, region, the list, then the contacts, each beginning at the reading side."""
    window = make_window(session)
    show_member(window, qtbot, ".de")
    order = [window.search_field, window.region_combo, window.table]
    after = [window.detail.copy_all_button, window.detail.tools_button]
    chain: list[QWidget] = []
    widget = window.search_field
    while len(chain) < 5:
        if (
            widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    assert chain == order + after

    def right_edge(widget: QWidget) -> int:
        return int(widget.mapTo(window, widget.rect().topRight()).x())

    assert right_edge(window.search_field) > right_edge(window.region_combo)
    assert right_edge(window.table) > right_edge(window.detail)
    assert right_edge(after[0]) > right_edge(after[1])


def test_the_dialogs_name_every_control(window: MainWindow, qtbot: Any) -> None:
    from tldops_desktop.gui.dialogs.export_dialog import ExportDialog, QrDialog
    from tldops_desktop.gui.dialogs.history import HistoryDialog

    show_member(window, qtbot, ".de")
    session = window.session
    assert session is not None and session.edition is not None
    member = window.detail.member
    assert member is not None
    dialogs: list[QDialog] = [
        QrDialog(window, session.edition, member, member.contacts[0]),
        ExportDialog(
            window,
            session.edition,
            selected=[member],
            results=[member],
            all_members=list(session.edition.members),
        ),
        HistoryDialog(window, session.store.repo),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert not nameless(dialog), type(dialog).__name__
        buttons = [b for b in dialog.findChildren(QAbstractButton) if b.isVisible()]
        assert all(spoken(b)[0] for b in buttons)
    qr = dialogs[0]
    assert isinstance(qr, QrDialog)
    assert spoken(qr.image)[0].startswith("QR code of ")
