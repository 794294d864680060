"""Right-to-left (Arabic) layout of the detail pane and the member table; phone links."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QApplication, QLabel

from tests.gui.conftest import isolated
from tldops_desktop.core.diff import ContactChange, FieldChange
from tldops_desktop.core.model import Contact, Member, Region, Tld
from tldops_desktop.gui.detail import DetailPane, change_summary, member_plain_text, tel_url
from tldops_desktop.gui.i18n import LRI, PDI
from tldops_desktop.gui.models import COPY_ROLE, Column, MemberTableModel

BIDI_CONTROLS = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

SIMIC = Contact(2, "Siosaia Šimić", "noc2@nic.af", "+93 70 123 4565 ext. 79", "+93701234565")
TWO_NUMBERS = Contact(3, "Amina", "ops@nic.af", "+93 70 123 4565 / 070 123 4566", "+93701234565")
AFGHANISTAN = Member(Tld("af", "af"), "Afghanistan", Region.AP, (SIMIC, TWO_NUMBERS))
PHONE_CHANGE = ContactChange(
    "changed",
    SIMIC,
    SIMIC,
    (
        FieldChange("phone", "0093701234781", "+93701234730"),
        FieldChange("email", "old@nic.af", "noc2@nic.af"),
    ),
)


def pane_with(qtbot: Any, member: Member, changes: dict[int, ContactChange]) -> DetailPane:
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.show_member(member, changes, "20261101-0600")
    return pane


# -- change notes ----------------------------------------------------------------------------


def test_change_notes_keep_numbers_whole_and_point_the_reading_way(right_to_left: None) -> None:
    lines = change_summary(PHONE_CHANGE).splitlines()
    # Read right to left: the old number, then an arrow pointing on to the new one.
    assert lines[1] == f"Phone: {isolated('0093701234781')} ← {isolated('+93701234730')}"
    assert lines[2] == f"Email: {isolated('old@nic.af')} ← {isolated('noc2@nic.af')}"


def test_change_notes_are_plain_in_a_left_to_right_interface(qapp: QApplication) -> None:
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    lines = change_summary(PHONE_CHANGE).splitlines()
    assert lines[1] == "Phone: 0093701234781 → +93701234730"


def test_the_pane_shows_the_right_to_left_change_note(qtbot: Any, right_to_left: None) -> None:
    pane = pane_with(qtbot, AFGHANISTAN, {SIMIC.position: PHONE_CHANGE})
    assert pane.badges and isolated("+93701234730") in pane.badges[0].toolTip()
    texts = [label.text() for label in pane.findChildren(type(pane.badges[0]))]
    assert any(f"{isolated('0093701234781')} ← " in text for text in texts)


def test_a_change_notes_numbers_are_never_broken_over_two_lines(
    qtbot: Any, right_to_left: None
) -> None:
    """In a narrow pane (Arabic, a larger font) "+886 912 345 890" was wrapped after "912":
    two lines that read as two numbers. Each number is kept whole; the note wraps around it."""
    spaced = ContactChange(
        "changed", SIMIC, SIMIC, (FieldChange("phone", "+93 70 123 4781", "+93 70 123 4730"),)
    )
    line = change_summary(spaced).splitlines()[1]
    whole = [isolated(n.replace(" ", "\u00a0")) for n in ("+93 70 123 4781", "+93 70 123 4730")]
    assert line == f"Phone: {whole[0]} ← {whole[1]}"
    pane = pane_with(qtbot, AFGHANISTAN, {SIMIC.position: spaced})
    pane.resize(240, 600)
    notes = [label for label in pane.findChildren(QLabel) if whole[0] in label.text()]
    assert notes and notes[0].wordWrap()
    notes[0].setSelection(0, len(notes[0].text()))
    qtbot.keyClick(notes[0], Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QApplication.clipboard().text()
    assert "+93 70 123 4781 ← +93 70 123 4730" in copied  # copied as written, to dial


# -- phone links -----------------------------------------------------------------------------


def test_a_phone_link_dials_the_extension(qtbot: Any) -> None:
    assert tel_url(SIMIC, "af") == "tel:+93701234565;ext=79"  # RFC 3966
    pane = pane_with(qtbot, AFGHANISTAN, {})
    phone = pane.value_labels["2/phone"]
    assert 'href="tel:+93701234565;ext=79"' in phone.text()
    assert SIMIC.phone in phone.text() and phone.toolTip() == "tel:+93701234565;ext=79"
    dial = pane.value_labels["2/e164"]
    assert 'href="tel:+93701234565;ext=79"' in dial.text() and "+93701234565 ext. 79" in dial.text()


def test_each_number_of_a_field_has_its_own_link(qtbot: Any, opened_urls: Any) -> None:
    assert tel_url(TWO_NUMBERS, "af") is None  # no one link for the field as a whole
    pane = pane_with(qtbot, AFGHANISTAN, {})
    assert "href" not in pane.value_labels["3/phone"].text()
    dial = pane.value_labels["3/e164"]
    assert dial.text().count("<a ") == 2
    assert 'href="tel:+93701234565"' in dial.text() and 'href="tel:+93701234566"' in dial.text()
    links: list[str] = []
    pane.link_activated.connect(links.append)
    dial.linkActivated.emit("tel:+93701234566")  # what a click on the second one does
    assert links == ["tel:+93701234566"]
    copied: list[str] = []
    pane.copy_requested.connect(lambda value, _what: copied.append(value))
    pane.copy_buttons["3/e164"].click()
    assert copied == ["+93701234565 / +93701234566"]


def test_a_short_alternative_gets_no_link_of_its_own(qtbot: Any) -> None:
    short = Contact(1, "Hans", "hans@nic.de", "+49 69 1234-5678 / 12", "+496912345678")
    pane = pane_with(qtbot, Member(Tld("de", "de"), "Germany", Region.EU, (short,)), {})
    dial = pane.value_labels["1/e164"]
    assert dial.text().count("<a ") == 1 and 'href="tel:+496912345678"' in dial.text()
    assert "+4912" not in dial.text()
    assert short.phone in pane.value_labels["1/phone"].text()  # the field as written stays


# -- copies ----------------------------------------------------------------------------------


def test_copy_all_has_no_bidi_controls(right_to_left: None) -> None:
    text = member_plain_text(AFGHANISTAN, LRI + "20261101-0600" + PDI)
    assert "20261101-0600" in text and SIMIC.phone in text
    assert not BIDI_CONTROLS & set(text)


def test_a_table_copy_has_no_bidi_controls(qapp: QApplication, right_to_left: None) -> None:
    egypt = Member(Tld("xn--wgbh1c", "مصر"), "Egypt", Region.AF, ())
    model = MemberTableModel(language="ar")
    model.set_members([AFGHANISTAN, egypt])
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    shown = proxy.index(0, Column.TLD).data(Qt.ItemDataRole.DisplayRole)
    assert shown == isolated(".af")  # on screen ".af", not "af."
    assert proxy.index(0, Column.TLD).data(COPY_ROLE) == ".af"  # what Ctrl+C must copy
    assert proxy.index(1, Column.ACE).data(COPY_ROLE) == "xn--wgbh1c"
    country = proxy.index(0, Column.COUNTRY).data(COPY_ROLE)
    assert "Afghanistan" in country and not BIDI_CONTROLS & set(country)
    row = [proxy.index(1, column) for column in Column]
    mime = proxy.mimeData(row)
    assert mime.text().startswith(".مصر\txn--wgbh1c\t")
    assert not BIDI_CONTROLS & set(mime.text())


def test_ctrl_c_in_the_table_copies_no_bidi_controls(
    make_window: Any, session: Any, qtbot: Any
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    window = make_window(session)
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window.table.setFocus()
        window.table.setCurrentIndex(window.proxy.index(0, 0))
        shown = str(window.proxy.index(0, 0).data())
        qtbot.keyClick(window.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
        copied = QGuiApplication.clipboard().text()
        assert copied == shown.strip("\u2066\u2067\u2068\u2069") and copied.startswith(".")
        assert not set(copied) & {"\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f"}
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        window.clipboard.clear_if_pending()


def test_each_line_of_the_empty_state_reads_right_to_left_in_arabic(
    make_window: Any, session: Any
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from tldops_desktop.gui.i18n import ltr_run

    window = make_window(session)
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window.region_combo.setCurrentIndex(window.region_combo.findData("AF"))
        window.search_field.setText(".de")
        page = window.feedback.empty_state.text()
        paragraphs = page.split("<p>")[1:]
        assert len(paragraphs) >= 2
        # Each <p> is a bidi paragraph of its own: each starts with a right-to-left mark.
        assert all(p.lstrip("<b>").startswith("\u200f") for p in paragraphs)
        assert ltr_run(".de") in page  # the ccTLD keeps its dot before it
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_subtitle_of_an_idn_member_reads_right_to_left(qtbot: Any, right_to_left: None) -> None:
    """ ".台灣": "xn--kpry57d · country · region AP" as one right-to-left line, whose first
    strong character would otherwise make it left to right."""
    taiwan = Member(Tld("xn--kpry57d", "台灣"), "Taiwan", Region.AP, (SIMIC,))
    pane = pane_with(qtbot, taiwan, {})
    labels = [label.text() for label in pane.findChildren(QLabel)]
    (subtitle,) = [text for text in labels if "xn--kpry57d" in text]
    assert subtitle.startswith("\u200f")  # RIGHT-TO-LEFT MARK: the paragraph's direction
    assert subtitle.endswith(f"region {isolated('AP')}")


def test_ctrl_c_on_the_selected_ccTLD_or_change_note_copies_it_as_typed(
    qtbot: Any, right_to_left: None
) -> None:
    """The title (".af") and the change note, selected with the mouse and copied with Ctrl+C,
    paste without the isolates that keep them in order on screen."""
    from PySide6.QtGui import QGuiApplication, QKeySequence
    from PySide6.QtTest import QTest

    pane = pane_with(qtbot, AFGHANISTAN, {2: PHONE_CHANGE})
    labels = pane.findChildren(QLabel)
    title = next(label for label in labels if label.accessibleDescription() == "ccTLD")
    note = next(label for label in labels if label.text().startswith("Changed in"))
    for label, expected in ((title, ".af"), (note, "0093701234781")):
        label.setSelection(0, len(label.text()))
        QTest.keySequence(label, QKeySequence(QKeySequence.StandardKey.Copy))
        copied = QGuiApplication.clipboard().text()
        assert expected in copied and not set(copied) & BIDI_CONTROLS, copied


def ink_span(label: QLabel) -> tuple[int, int]:
    """The leftmost and rightmost columns of a label where its text is drawn."""
    image = label.grab().toImage()
    background = image.pixelColor(0, 0)
    columns = [
        x
        for x in range(image.width())
        if any(image.pixelColor(x, y) != background for y in range(image.height()))
    ]
    assert columns, label.text()
    return columns[0], columns[-1]


def test_the_ccTLD_title_stands_where_the_lines_under_it_begin(
    qtbot: Any, right_to_left: None
) -> None:
    """In Arabic the subtitle began at the right and the title (".af", isolated: no direction
    of its own) stood at the far left, across the pane from it."""
    pane = pane_with(qtbot, AFGHANISTAN, {})
    pane.resize(500, 600)
    pane.show()
    qtbot.waitExposed(pane)
    labels = pane.findChildren(QLabel)
    title = next(label for label in labels if label.accessibleDescription() == "ccTLD")
    subtitle = next(label for label in labels if "Afghanistan" in label.text())
    assert title.width() > 300 and subtitle.width() > 300
    title_right = ink_span(title)[1]
    subtitle_right = ink_span(subtitle)[1]
    assert title_right > title.width() - 20
    assert abs(title.mapTo(pane, title.rect().topLeft()).x() + title_right
               - subtitle.mapTo(pane, subtitle.rect().topLeft()).x() - subtitle_right) < 12  # fmt: skip
