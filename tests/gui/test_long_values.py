"""A value longer than its line in the detail pane: shown whole, over several lines."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tldops_desktop.core.model import Contact, Member, Region, Tld
from tldops_desktop.gui.detail import DetailPane

LONG_ADDRESS = "maximiliana.alexandrina.wolfeschlegelsteinhausen@registry-operations.nic.gs"
LONG = Contact(1, "Maximiliana Wolfeschlegelsteinhausenbergerdorff", LONG_ADDRESS, "", None)


def test_a_long_address_goes_on_over_lines_instead_of_being_cut_off(qtbot: Any) -> None:
    """A label wraps only at spaces and hyphens and cuts off the rest: of this address it drew
    "maximiliana.alexandrina.wolfeschlegelsteinhause" and "operations.nic.gs", which reads
    as a whole, wrong address. Every character shows, each line within the label."""
    pane = DetailPane()
    qtbot.addWidget(pane)
    copied: list[str] = []
    pane.copy_requested.connect(lambda value, _what: copied.append(value))
    pane.resize(380, 500)
    pane.show_member(Member(Tld("gs", "gs"), "South Georgia", Region.LAC, (LONG,)), {}, None)
    pane.show()
    qtbot.waitExposed(pane)
    email = pane.value_labels["1/email"]
    qtbot.waitUntil(lambda: "<br>" in email.text())
    assert email.text().startswith(f'<a href="mailto:{LONG_ADDRESS}">')
    lines = email.text().removeprefix(f'<a href="mailto:{LONG_ADDRESS}">').removesuffix("</a>")
    assert "".join(lines.split("<br>")) == LONG_ADDRESS
    for line in lines.split("<br>"):
        assert email.fontMetrics().horizontalAdvance(line) <= email.contentsRect().width()
    name = pane.value_labels["1/name"]
    assert name.text().replace("\u2028", "") == LONG.name
    pane.copy_buttons["1/email"].click()
    assert copied == [LONG_ADDRESS]  # the value itself, never its lines

    pane.resize(1600, 500)  # room enough: one line again
    qtbot.waitUntil(lambda: email.text() == f'<a href="mailto:{LONG_ADDRESS}">{LONG_ADDRESS}</a>')
    assert name.text() == LONG.name


def test_ctrl_c_on_a_value_copies_the_value_itself(qtbot: Any, right_to_left: None) -> None:
    """Ctrl+C on a focused link, or on the selected name, copies what the copy button does:
    Qt's own copy took the text shown, with the lines it was cut into and the direction
    isolates of an Arabic layout (a paste into a dialer or a mail client read it wrong),
    and it went past the clipboard guard, which never cleared it."""
    pane, copied = _pane_of_a_long_address(qtbot)
    email = pane.value_labels["1/email"]
    with qtbot.waitActive(pane):
        pane.activateWindow()
    pane.copy_buttons["1/name"].setFocus()
    qtbot.keyClick(pane.copy_buttons["1/name"], Qt.Key.Key_Tab)  # to the email's link
    assert QApplication.focusWidget() is email
    assert email.hasSelectedText()
    qtbot.keyClick(email, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert copied == [(LONG_ADDRESS, "email of the primary contact")]

    name = pane.value_labels["1/name"]
    name.setSelection(0, len(name.text()))  # as a mouse selects it
    qtbot.keyClick(name, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert copied[1] == (LONG.name, "name of the primary contact")


def test_the_right_click_copy_copies_the_value_itself(qtbot: Any, right_to_left: None) -> None:
    """The label's own menu copied the text shown (its cut lines, the direction isolates),
    past the clipboard guard; its Copy now asks for the value as Ctrl+C does: the selection,
    or else the whole value."""
    pane, copied = _pane_of_a_long_address(qtbot)
    email = pane.value_labels["1/email"]
    (copy,) = email.context_menu().actions()
    copy.trigger()
    assert copied == [(LONG_ADDRESS, "email of the primary contact")]

    name = pane.value_labels["1/name"]
    name.setSelection(0, 4)
    name.context_menu().actions()[0].trigger()
    assert copied[1] == (LONG.name[:4], "name of the primary contact")


def _pane_of_a_long_address(qtbot: Any) -> tuple[DetailPane, list[tuple[str, str]]]:
    """A pane too narrow for the address, which is shown cut into lines, and the list of what
    it asks to copy."""
    pane = DetailPane()
    qtbot.addWidget(pane)
    copied: list[tuple[str, str]] = []
    pane.copy_requested.connect(lambda value, what: copied.append((value, what)))
    pane.resize(380, 500)
    pane.show_member(Member(Tld("gs", "gs"), "South Georgia", Region.LAC, (LONG,)), {}, None)
    pane.show()
    qtbot.waitExposed(pane)
    qtbot.waitUntil(lambda: "<br>" in pane.value_labels["1/email"].text())
    return pane, copied
