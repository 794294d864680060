"""An email field of two addresses, or of one with a remark, in the detail pane: a link to
write to its addresses, no warning that it is none."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from tests.mail.test_parse_contacts import _body, block
from tldops_desktop.gui.detail import DetailPane

WARNING = "This does not look like an email address; check it."


@pytest.mark.parametrize(
    ("written", "target"),
    [
        ("noc@nic.ad (24/7)", "mailto:noc@nic.ad"),
        ("noc@nic.ad, cert@nic.ad", "mailto:noc@nic.ad,cert@nic.ad"),
        ("noc@nic.ad or cert@nic.ad - preferred", "mailto:noc@nic.ad,cert@nic.ad"),
        ("noc@nic.ad", "mailto:noc@nic.ad"),
    ],
)
def test_a_field_of_addresses_links_to_them_as_written(
    qtbot: Any, written: str, target: str
) -> None:
    """Read from an edition, such a field was flagged as no address: no link and a warning."""
    (member,) = _body(block(".ad Andorra (EU)", ("Pere Puig", written, "+376 312 558"))).members
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.show_member(member, {}, None)
    email = pane.value_labels["1/email"]
    assert email.text() == f'<a href="{target}">{written}</a>'
    assert WARNING not in [label.text() for label in pane.findChildren(QLabel)]


def test_a_field_that_is_no_address_is_still_flagged(qtbot: Any) -> None:
    (member,) = _body(block(".ad Andorra (EU)", ("Pere Puig", "noc@nic", "+376 312 558"))).members
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.show_member(member, {}, None)
    assert "href" not in pane.value_labels["1/email"].text()
    assert WARNING in [label.text() for label in pane.findChildren(QLabel)]
