"""A value longer than its line in the detail pane: shown whole, over several lines."""

from __future__ import annotations

from typing import Any

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
