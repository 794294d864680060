"""An edition that lists a member twice gives it two contacts at the same position (the
import keeps both, with a note): each frame's buttons and keystrokes act on its own contact."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QToolButton

from tldops_desktop.core.model import Contact, Member, Region, Tld

FIRST = Contact(1, "Søren Ngata", "noc1@nic.tt", "+1 868 291 1336", "+18682911336")
AGAIN = Contact(1, "Maria Ramdial", "soc@nic.tt", "+1 868 555 0100", "+18685550100")
TRINIDAD = Member(Tld("tt", "tt"), "Trinidad and Tobago", Region.LAC, (FIRST, AGAIN))


def test_the_second_contact_at_a_position_is_its_own(
    window: Any, qtbot: Any, monkeypatch: Any
) -> None:
    from tldops_desktop.gui.dialogs import export_dialog

    shown: list[Contact] = []

    class Recorder:
        def __init__(self, _parent: Any, _edition: Any, _member: Any, contact: Any) -> None:
            shown.append(contact)

        def exec(self) -> int:
            return 0

    monkeypatch.setattr(export_dialog, "QrDialog", Recorder)
    qtbot.waitUntil(lambda: window.detail.member is not None, timeout=5000)
    detail = window.detail
    detail.show_member(TRINIDAD, {}, "20261101-0600")
    # Both contacts' rows are there, none drawn over by the other's.
    assert detail.value_labels["1/name"].text() == FIRST.name
    assert detail.value_labels["1.2/name"].text() == AGAIN.name

    detail.copy_buttons["1.2/name"].setFocus()
    window.actions_by_key["copy-phone"].trigger()
    assert QApplication.clipboard().text() == AGAIN.phone_e164
    detail.copy_buttons["1/name"].setFocus()
    window.actions_by_key["copy-phone"].trigger()
    assert QApplication.clipboard().text() == FIRST.phone_e164

    buttons = [
        b for b in detail.findChildren(QToolButton) if b.accessibleName().endswith("QR code")
    ]
    assert len(buttons) == 2
    buttons[1].click()  # the second frame's QR code: the second contact, not the first again
    assert shown == [AGAIN]
