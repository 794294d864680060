"""vCard export and the QR dialog."""

from __future__ import annotations

import re

import pytest
import vobject
import zxingcpp  # test dependency
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel

from tests.export import edition_of
from tldops_desktop.core.model import Contact, Edition, Member, Region, Tld
from tldops_desktop.errors import UserError
from tldops_desktop.export.qr import MAX_VERSION
from tldops_desktop.export.vcard import card_address, contact_emails, people
from tldops_desktop.gui.dialogs.export_dialog import QR_TARGET_PIXELS, ExportDialog, QrDialog


def make_dialog(qtbot, store, *, selected=1, results=5):
    edition = store.repo.current_edition()
    members = list(edition.members)
    dialog = ExportDialog(
        None, edition, selected=members[:selected], results=members[:results], all_members=members
    )
    qtbot.addWidget(dialog)
    return dialog, edition, members


def cards(text: str) -> int:
    return text.count("BEGIN:VCARD")


def test_export_all_in_one_file(qtbot, two_editions, tmp_path):
    dialog, edition, _members = make_dialog(qtbot, two_editions)
    assert dialog.scope == "selection"  # the selected member first
    dialog.set_scope("all")
    written = dialog.export_to(tmp_path / "all.vcf")
    assert written == [tmp_path / "all.vcf"]
    text = written[0].read_text(encoding="utf-8")
    assert cards(text) == len(people(edition.members))  # a person for two ccTLDs is one card
    assert "VERSION:3.0" in text
    assert "written to" in dialog.status.text()


def test_export_tells_namesakes_apart_and_keeps_one_card_a_person(qtbot, two_editions, tmp_path):
    dialog, edition, _members = make_dialog(qtbot, two_editions)
    dialog.set_scope("all")
    (written,) = dialog.export_to(tmp_path / "all.vcf")
    parsed = list(vobject.readComponents(written.read_bytes().decode("utf-8")))
    names = [" ".join(card.fn.value.casefold().split()) for card in parsed]
    assert len(set(names)) == len(names)  # no two cards a phone takes for one person
    # Every contact is on a card of its ccTLD, with its addresses.
    held: set[tuple[str, str]] = set()
    for card in parsed:
        for org in card.org.value[0].split(" / "):
            held.update((org.split(" ", 1)[0], line.value) for line in card.email_list)
    for member in edition.members:
        for contact in member.contacts:
            for address in map(card_address, contact_emails(contact)):
                assert (member.tld.display, address) in held
    merged = [card for card in parsed if " / " in card.org.value[0]]
    assert merged and all(len(card.tel_list) >= 1 for card in merged)
    labelled = [card for card in parsed if card.fn.value.startswith(".")]
    assert labelled and all(card.n.value.prefix.startswith(".") for card in labelled)


def test_export_one_per_contact_vcard4_with_prefix(qtbot, two_editions, tmp_path):
    dialog, _edition, members = make_dialog(qtbot, two_editions)
    dialog.set_scope("results")
    dialog.version.setCurrentIndex(dialog.version.findData("4.0"))
    dialog.split.setChecked(True)
    dialog.prefix.setChecked(True)
    written = dialog.export_to(tmp_path / "cards")
    expected = sum(len(m.contacts) for m in members[:5])
    assert len(written) == expected
    for path in written:
        text = path.read_text(encoding="utf-8")
        assert cards(text) == 1 and "VERSION:4.0" in text
    first = members[0]
    assert any(f"FN:{first.tld.display} " in p.read_text(encoding="utf-8") for p in written)


def test_empty_selection_cannot_be_chosen(qtbot, two_editions):
    dialog, _edition, _members = make_dialog(qtbot, two_editions, selected=0)
    assert not dialog.scope_buttons["selection"].isEnabled()
    assert dialog.scope == "results"
    assert dialog.default_name().endswith(".vcf")


def test_export_to_an_unwritable_place_is_a_user_error(qtbot, two_editions, tmp_path):
    dialog, _edition, _members = make_dialog(qtbot, two_editions)
    with pytest.raises(UserError):
        dialog.export_to(tmp_path / "no-such-folder" / "x.vcf")


def test_qr_dialog_shows_a_code_and_saves_png_and_svg(qtbot, two_editions, tmp_path):
    edition = two_editions.repo.current_edition()
    member = edition.members[0]
    contact = member.contacts[0]
    dialog = QrDialog(None, edition, member, contact)
    qtbot.addWidget(dialog)
    dialog.show()
    pixmap = dialog.image.pixmap()
    assert not pixmap.isNull()
    assert pixmap.width() / pixmap.devicePixelRatio() >= 300  # scannable off a laptop screen
    assert contact.name in dialog.windowTitle()
    assert dialog.status.text() == ""
    png = dialog.save_to(tmp_path / "code.png")
    assert png.read_bytes().startswith(b"\x89PNG")
    assert dialog.status.text() == f"QR code saved to {png}."
    svg = dialog.save_to(tmp_path / "code.svg")
    assert b"<svg" in svg.read_bytes()
    assert dialog.default_name().startswith("tld-ops-")


def test_scope_counts_read_right_for_one_member(qtbot, two_editions, tmp_path):
    dialog, _edition, members = make_dialog(qtbot, two_editions, selected=1, results=5)
    contacts = len(members[0].contacts)
    selection = dialog.scope_buttons["selection"].text()
    assert selection == f"&Selected member (members: 1, contacts: {contacts})"
    for button in dialog.scope_buttons.values():  # no "1 members", "1 contacts", "(s)"
        assert not re.search(r"\b1 (members|contacts)\b|\(s\)", button.text()), button.text()
    dialog.export_to(tmp_path / "one.vcf")
    assert dialog.status.text() == f"Contacts written to {tmp_path / 'one.vcf'}: {contacts}."


def test_enter_exports_and_the_dialog_then_says_what_was_written(
    qtbot, two_editions, tmp_path, monkeypatch
):
    """Enter on the first control runs "Export…" (not Close); the dialog stays open saying
    what it wrote where, and a second Enter closes it."""
    target = tmp_path / "de.vcf"
    monkeypatch.setattr(
        "tldops_desktop.gui.dialogs.export_dialog.ask_save_path", lambda *_args: target
    )
    dialog, _edition, members = make_dialog(qtbot, two_editions)
    messages: list[str] = []
    dialog.exported.connect(messages.append)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.export_button.isDefault() and not dialog.close_button.isDefault()
    dialog.scope_buttons["selection"].setFocus()
    qtbot.keyClick(dialog.scope_buttons["selection"], Qt.Key.Key_Return)
    assert target.exists() and (target.stat().st_mode & 0o777) == 0o600
    assert dialog.isVisible()
    contacts = len(members[0].contacts)
    assert dialog.status.text() == f"Contacts written to {target}: {contacts}."
    assert messages == [dialog.status.text()]
    assert dialog.close_button.isDefault()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert not dialog.isVisible()


def test_escape_closes_the_export_dialog_without_writing(qtbot, two_editions, monkeypatch):
    asked: list[object] = []
    monkeypatch.setattr(
        "tldops_desktop.gui.dialogs.export_dialog.ask_save_path", lambda *a: asked.append(a)
    )
    dialog, _edition, _members = make_dialog(qtbot, two_editions)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.scope_buttons["selection"], Qt.Key.Key_Escape)
    assert not dialog.isVisible() and not asked


def test_a_number_after_a_name_in_arabic_script_keeps_its_digits_in_order(qtbot, two_editions):
    """In any window: beside a name in Arabic script (and no email between), a phone number's
    digits were taken for Arabic ones and its groups drawn in reverse ("41 10 991 238+").
    Each value is a unit of its own: the name in its script's direction, the number left to
    right."""
    import dataclasses

    from PySide6.QtGui import QGuiApplication, QKeySequence
    from PySide6.QtTest import QTest

    from tldops_desktop.gui.dialogs.history import HistoryDialog
    from tldops_desktop.gui.i18n import FSI, LRI, PDI

    edition = two_editions.repo.current_edition()
    member = edition.members[0]
    contact = dataclasses.replace(
        member.contacts[0], name="محمد العلي", email="", phone="+238 991 10 41"
    )
    dialog = QrDialog(None, edition, member, contact)
    qtbot.addWidget(dialog)
    shown = f"{FSI}محمد العلي{PDI} · {LRI}+238 991 10 41{PDI}"
    details = next(label for label in dialog.findChildren(QLabel) if label.text() == shown)
    details.setSelection(0, len(shown))  # copied as typed, without the isolates
    QTest.keySequence(details, QKeySequence(QKeySequence.StandardKey.Copy))
    assert QGuiApplication.clipboard().text() == "محمد العلي · +238 991 10 41"
    history = HistoryDialog(None, two_editions.repo)
    qtbot.addWidget(history)
    assert history._contact_text(contact).endswith(
        f" · {FSI}محمد العلي{PDI} · {LRI}+238 991 10 41{PDI}"
    )


def shown_code(pixmap) -> list[str]:
    """What a camera reads off the pixmap the dialog shows (zxing-cpp)."""
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    raw = bytes(image.constBits())[: stride * height]
    pixels = b"".join(raw[y * stride : y * stride + width] for y in range(height))
    grid = memoryview(pixels).cast("B", shape=(height, width))
    return [barcode.text for barcode in zxingcpp.read_barcodes(grid)]


def crowded_contact(name: str) -> tuple[Edition, Member, Contact]:
    contact = Contact(
        1, name, "anna@sidn.example, noc@sidn.example, cert@sidn.example",
        "+31 70 123 4567 / +31 20 765 4321 / +31 6 1234 5678 / +31 6 8765 4321", None,
    )  # fmt: skip
    member = Member(Tld("nl", "nl"), "Netherlands", Region.EU, (contact,))
    return edition_of((member,)), member, contact


def test_qr_of_a_crowded_contact_is_a_code_a_camera_reads_and_says_what_it_leaves_out(
    qtbot, tmp_path
):
    edition, member, contact = crowded_contact("Anna " + "Jansen-van der Berg " * 15)
    dialog = QrDialog(None, edition, member, contact)
    qtbot.addWidget(dialog)
    dialog.show()
    fit = dialog.fit
    assert fit is not None and fit.short
    assert isinstance(fit.code.version, int) and fit.code.version <= MAX_VERSION
    assert dialog.note.isVisible() and "first phone number" in dialog.note.text()
    pixmap = dialog.image.pixmap()
    modules = fit.code.symbol_size(scale=1)[0]
    assert pixmap.width() // modules >= 3  # device pixels a module
    assert pixmap.width() / pixmap.devicePixelRatio() <= QR_TARGET_PIXELS + modules
    assert shown_code(pixmap) == [fit.payload]
    saved = dialog.save_to(tmp_path / "anna.png")  # the code shown, not a denser one
    assert saved.read_bytes().startswith(b"\x89PNG")


def test_qr_of_a_name_too_long_for_any_code_says_so_instead_of_failing(qtbot):
    edition, member, contact = crowded_contact("中" * 400)
    dialog = QrDialog(None, edition, member, contact)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.fit is None
    assert not dialog.image.isVisible() and not dialog.save_button.isEnabled()
    assert dialog.note.isVisible() and "too long" in dialog.note.text()


def test_qr_of_an_ordinary_contact_leaves_nothing_out(qtbot, two_editions):
    edition = two_editions.repo.current_edition()
    member = edition.members[0]
    dialog = QrDialog(None, edition, member, member.contacts[0])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.fit is not None and not dialog.fit.short
    assert not dialog.note.isVisible()
    assert shown_code(dialog.image.pixmap()) == [dialog.fit.payload]


def _focus_marked(button) -> bool:
    """The style is told to draw its focus mark (Fusion draws it only after a keyboard move)."""
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    option = QStyleOptionButton()
    button.initStyleOption(option)
    flags = QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_KeyboardFocusChange
    return bool(option.state & flags == flags)


def test_the_radio_button_in_focus_when_the_dialog_opens_shows_its_mark(qtbot, two_editions):
    """Opened with Ctrl+E, the dialog's focus lay on "Selected member" with no mark: nothing
    said that Space or an arrow key would go there. The mark shows from the start, and as
    the arrows and Tab move it."""
    dialog, _edition, _members = make_dialog(qtbot, two_editions)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    first = dialog.scope_buttons["selection"]
    qtbot.waitUntil(first.hasFocus)
    assert _focus_marked(first)
    qtbot.keyClick(first, Qt.Key.Key_Down)
    assert _focus_marked(dialog.scope_buttons["results"])
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)  # the format
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.one_file.hasFocus() and _focus_marked(dialog.one_file)
