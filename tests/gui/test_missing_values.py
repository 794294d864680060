"""A contact whose phone, email or name the edition leaves empty: the pane and the copy
keystrokes say there is none, never a blank that looks like a value not drawn yet."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication

from tldops_desktop.core.model import Contact, Member, Region, Tld
from tldops_desktop.gui.detail import DetailPane, member_plain_text

NO_PHONE = Contact(1, "Ana Lima", "ana@nic.gs", "", None)
NO_EMAIL = Contact(2, "", "", "+44 20 7946 0958", "+442079460958")
SOUTH_GEORGIA = Member(
    Tld("gs", "gs"),
    "South Georgia and the South Sandwich Islands",
    Region.LAC,
    (NO_PHONE, NO_EMAIL),
)


def test_an_empty_value_reads_none_listed_and_has_no_copy_button(qtbot: Any) -> None:
    pane = DetailPane()
    qtbot.addWidget(pane)
    copied: list[str] = []
    pane.copy_requested.connect(lambda value, _what: copied.append(value))
    pane.show_member(SOUTH_GEORGIA, {}, "20261101-0600")
    for key in ("1/phone", "2/email", "2/name"):
        assert pane.value_labels[key].text() == "none listed"
        assert pane.value_labels[key].font().italic()
        # A copy button would empty the clipboard and report "Copied phone of ...".
        assert key not in pane.copy_buttons
    assert pane.value_labels["1/email"].text().count("<a ") == 1
    pane.copy_buttons["2/phone"].click()
    assert copied == ["+44 20 7946 0958"]


def test_a_keystroke_for_a_number_there_is_not_says_so(window: Any, qtbot: Any) -> None:
    """Ctrl+Shift+D on a contact without a phone: the clipboard keeps what it had (which must
    not be pasted as this contact's number), and the status bar says why."""
    qtbot.waitUntil(lambda: window.detail.member is not None, timeout=5000)
    window.detail.show_member(SOUTH_GEORGIA, {}, "20261101-0600")
    QApplication.clipboard().setText("+4915123456740")
    assert window.actions_by_key["copy-phone"].isEnabled()
    window.actions_by_key["copy-phone"].trigger()
    assert QApplication.clipboard().text() == "+4915123456740"
    assert window.statusBar().currentMessage() == (
        "Nothing copied: the primary contact lists no phone number."
    )
    window.detail.copy_buttons["2/phone"].setFocus()
    window.actions_by_key["copy-email"].trigger()
    assert window.statusBar().currentMessage() == (
        "Nothing copied: the secondary contact lists no email address."
    )


def test_copy_all_says_which_values_are_not_listed(qtbot: Any) -> None:
    """A paste of "Phone:" with nothing after it reads as a number lost on the way."""
    text = member_plain_text(SOUTH_GEORGIA, "20261101-0600")
    assert "Primary contact: Ana Lima\n  Email: ana@nic.gs\n  Phone: (none listed)\n" in text
    assert "Secondary contact: (none listed)\n  Email: (none listed)\n" in text
    assert "  Phone: +44 20 7946 0958  (E.164 +442079460958)\n" in text
