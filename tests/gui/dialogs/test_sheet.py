"""The emergency sheet: its data (no Qt) and the PDF."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter

from tldops_desktop.core.model import Contact, Edition, Member, Region, Tld
from tldops_desktop.export.sheet import build_sheet
from tldops_desktop.gui.dialogs import sheet as sheet_module
from tldops_desktop.gui.dialogs.sheet import (
    CCTLD_COLUMN,
    EMAIL_COLUMN,
    NAME_COLUMN,
    PHONE_COLUMN,
    _Painter,
    _text_option,
    print_on,
    render_sheet,
    save_sheet_pdf,
    sheet_pdf_bytes,
    write_sheet_pdf,
)


def current(store):
    edition = store.repo.current_edition()
    assert edition is not None
    return edition


def test_sheet_data(two_editions):
    edition = current(two_editions)
    sheet = build_sheet(edition, edition.members)
    assert sheet.edition_stamp == "20261101-0600"
    assert sheet.edition_date == date(2026, 11, 1)
    assert sheet.member_count == len(edition.members)
    assert sheet.contact_count == edition.contact_count
    idn = next(m for m in sheet.members if m.ace.startswith("xn--"))
    assert f"(.{idn.ace})" in idn.label  # the A-label beside an IDN
    plain = next(m for m in sheet.members if not m.ace.startswith("xn--"))
    assert plain.label == "." + plain.ace
    first = sheet.members[0]
    assert [c.position for c in first.contacts] == sorted(c.position for c in first.contacts)


def test_sheet_pdf_written(two_editions, tmp_path):
    edition = current(two_editions)
    path = write_sheet_pdf(tmp_path / "sheet.pdf", edition, edition.members,
                           printed=date(2026, 11, 2))  # fmt: skip
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert data.rstrip().endswith(b"%%EOF")
    assert len(re.findall(rb"/Type\s*/Page\b", data)) >= 2  # the full edition: several pages
    assert not list(tmp_path.glob("*.tmp"))


def test_filtered_sheet_is_shorter(two_editions):
    edition = current(two_editions)
    few = sheet_pdf_bytes(edition, edition.members[:3])
    everyone = sheet_pdf_bytes(edition, edition.members)
    assert few.startswith(b"%PDF") and len(few) < len(everyone)


def test_print_path_paints_on_a_printer(two_editions, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    edition = current(two_editions)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = render_sheet(printer, edition, edition.members)
    assert pages >= 2
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")


def test_save_sheet_pdf_asks_where(qtbot, two_editions, tmp_path):
    edition = current(two_editions)
    target = tmp_path / "out" / "sheet.pdf"
    target.parent.mkdir()
    assert save_sheet_pdf(None, edition, edition.members, ask=lambda *_: target) == target
    assert target.read_bytes().startswith(b"%PDF")
    assert save_sheet_pdf(None, edition, edition.members, ask=lambda *_: None) is None


def _member(ace: str, unicode: str, country: str, *contacts: tuple[str, str, str]) -> Member:
    return Member(
        Tld(ace, unicode), country, Region.AF,
        tuple(Contact(n, *c) for n, c in enumerate(contacts, start=1)),
    )  # fmt: skip


EGYPT = _member(
    "xn--wgbh1c", "مصر", "Egypt",
    ("Wolfeschlegelsteinhausenbergerdorff Mohamed", "staff@nic.fi", "+20 100 123 4567 ext. 12"),
    ("سارة أحمد", "noc@nic.eg", "+20 100 765 4321 / +20 2 2345 6789"),
    ("Amr", "amr@nic.eg", "+20 100 111 2222 (24/7)"),
)  # fmt: skip
SINGAPORE = _member(
    "xn--clchc0ea0b2g2a9gcd", "சிங்கப்பூர்", "Singapore", ("Tan", "tan@nic.sg", "+65 6123 4567")
)


def _edition(*members: Member) -> Edition:
    return Edition("20261101-0600", None, members, "<m@x>", True, "A", "hash")


def test_every_number_of_a_phone_field_is_printed_with_its_extension() -> None:
    sheet = build_sheet(_edition(EGYPT), [EGYPT])
    first, second, third = sheet.members[0].contacts
    assert first.phone_lines == ("+20 10 01234567 ext. 12",)  # the international form
    assert second.phone_lines == ("+20 10 07654321", "+20 2 23456789")
    assert third.phone_lines == ("+20 10 01112222", "(+20 100 111 2222 (24/7))")  # a note


def test_a_short_alternative_is_printed_as_written_not_as_a_number() -> None:
    germany = _member("de", "de", "Germany", ("Hans", "hans@nic.de", "+49 69 1234-5678 / 12"))
    (contact,) = build_sheet(_edition(germany), [germany]).members[0].contacts
    # Never "+49 12": the "/ 12" is a direct-dial alternative, kept only as written.
    assert contact.phone_lines == ("+49 69 12345678", "(+49 69 1234-5678 / 12)")


def test_a_sheet_of_a_search_says_it_is_partial() -> None:
    edition = _edition(EGYPT, SINGAPORE)
    assert build_sheet(edition, [EGYPT]).partial
    assert not build_sheet(edition, [EGYPT, SINGAPORE]).partial


def _pdf_text(pdf: bytes, tmp_path: Path) -> str:
    assert shutil.which("pdftotext"), "poppler-utils: .ci/run installs it"
    (tmp_path / "sheet.pdf").write_bytes(pdf)
    run = subprocess.run(
        ["pdftotext", str(tmp_path / "sheet.pdf"), "-"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return run.stdout


def test_printed_text_is_whole_and_copies_as_written(tmp_path: Path) -> None:
    edition = _edition(EGYPT, SINGAPORE)
    text = _pdf_text(sheet_pdf_bytes(edition, [EGYPT]), tmp_path)
    assert "staff@nic.fi" in text  # no "ﬀ"/"ﬁ" ligature characters
    assert "+20 10 01234567 ext. 12" in text and "+20 2 23456789" in text
    assert "Only 1 of 2 members: those a search showed." in text
    text = _pdf_text(sheet_pdf_bytes(edition, [EGYPT], scope="the search “eg”"), tmp_path)
    assert "Only 1 of 2 members: the search “eg”." in text
    whole = _pdf_text(sheet_pdf_bytes(edition, [EGYPT, SINGAPORE], scope="x"), tmp_path)
    assert "Only" not in whole  # every member: nothing to say


def test_unbreakable_text_wraps_rather_than_being_cut_off(qapp: Any) -> None:
    # The PDF holds a clipped cell's whole text too: the layout's cell heights tell.
    image = QImage(1200, 1600, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:
        layout = _Painter(painter, 1000.0, 1500.0)
        line = layout._cell_height("W", NAME_COLUMN, layout.body)
        long_name = "Wolfeschlegelsteinhausenbergerdorff" * 3
        assert layout._cell_height(long_name, NAME_COLUMN, layout.body) > 1.5 * line
        label = ".சிங்கப்பூர் (.xn--clchc0ea0b2g2a9gcd)"
        assert layout._cell_height(label, CCTLD_COLUMN, layout.bold) > 1.5 * line
    finally:
        painter.end()


def test_an_arabic_script_label_keeps_its_a_label_after_it(tmp_path: Path) -> None:
    text = _pdf_text(sheet_pdf_bytes(_edition(EGYPT), [EGYPT]), tmp_path)
    # In the order written: the label, then its A-label whole (pdftotext gives the Arabic
    # letters as presentation forms, and may join "--" at a line end into one "-").
    assert ".xn-wgbh1c)" in re.sub(r"\s+", "", text).replace("--", "-")


RUSSIA = _member(
    "xn--p1ai", "рф", "Russian Federation",
    ("Müller & Söhne <NOC>", "noc@nic.ru", "+7 912 345-69-91"),
    ("سارة أحمد", "sara@nic.ru", "+7 912 345-62-45 / +7 912 345-68-92"),
)  # fmt: skip


def _pdf_layout(pdf: bytes, tmp_path: Path) -> list[str]:
    (tmp_path / "sheet.pdf").write_bytes(pdf)
    run = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "sheet.pdf"), "-"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return run.stdout.splitlines()


def _column_of(lines: list[str], text: str) -> int:
    """Where ``text`` starts on the first line that has it (pdftotext -layout keeps columns)."""
    line = next(line for line in lines if text in line)
    return line.index(text)


def test_a_right_to_left_sheet_keeps_numbers_in_order(right_to_left: None, tmp_path: Path) -> None:
    lines = _pdf_layout(sheet_pdf_bytes(_edition(RUSSIA), [RUSSIA]), tmp_path)
    text = "\n".join(lines)
    for number in ("+7 912 345-69-91", "+7 912 345-62-45", "+7 912 345-68-92"):
        assert number in text, text  # not "345-69-91 912 7+"
    assert "noc@nic.ru" in text and ".рф (.xn--p1ai)" in text


def test_a_right_to_left_sheet_keeps_cells_under_their_headings(
    right_to_left: None, tmp_path: Path
) -> None:
    lines = _pdf_layout(sheet_pdf_bytes(_edition(RUSSIA), [RUSSIA]), tmp_path)
    # Each column's text starts at its heading's left edge, as on an English sheet.
    assert _column_of(lines, "Name") == _column_of(lines, "Müller")
    assert _column_of(lines, "Phone") == _column_of(lines, "+7 912 345-69-91")
    assert _column_of(lines, "ccTLD") == _column_of(lines, ".рф") == 0
    # A Latin name reads left to right in its cell; ">" is not moved to its start.
    assert "Müller & Söhne <NOC>" in "\n".join(lines)


def test_cells_take_their_direction_from_their_text_or_are_left_to_right(
    right_to_left: None,
) -> None:
    rtl = Qt.LayoutDirection.RightToLeft
    assert _text_option(NAME_COLUMN, "سارة").textDirection() == rtl  # an Arabic name
    for column in (CCTLD_COLUMN, EMAIL_COLUMN, PHONE_COLUMN):
        assert _text_option(column).textDirection() == Qt.LayoutDirection.LeftToRight
    for column in range(6):
        alignment = _text_option(column).alignment()
        assert alignment & Qt.AlignmentFlag.AlignAbsolute and alignment & Qt.AlignmentFlag.AlignLeft


def test_print_to_file_writes_an_owner_only_pdf(two_editions, tmp_path):
    """ "Print to File" is as private as "Save as PDF": 0600 whatever the umask, also over
    a file that was readable by everyone."""
    from PySide6.QtPrintSupport import QPrinter

    edition = current(two_editions)
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "printed.pdf"
    target.write_bytes(b"old")
    target.chmod(0o644)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    previous = os.umask(0o022)
    try:
        pages = print_on(printer, edition, edition.members[:3])
    finally:
        os.umask(previous)
    assert pages >= 1
    assert target.read_bytes().startswith(b"%PDF")
    assert (target.stat().st_mode & 0o777) == 0o600
    assert printer.outputFileName() == str(target)
    assert [p.name for p in target.parent.iterdir()] == ["printed.pdf"]  # no leftovers


def test_countries_are_named_in_the_readers_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    germany = _member("de", "de", "Germany", ("Emil", "noc@denic.de", "+49 69 27235 0"))
    edition = _edition(germany, SINGAPORE)
    assert "Allemagne" not in _pdf_text(sheet_pdf_bytes(edition, [germany]), tmp_path)
    monkeypatch.setattr(sheet_module, "ui_language", lambda: "fr")
    text = _pdf_text(sheet_pdf_bytes(edition, [germany, SINGAPORE]), tmp_path)
    # The reader's name, and the email's own below it (a line each: no mixed wrapping).
    assert "Allemagne\n(Germany)" in text
    assert "Singapour" in text and "(Singapore)" in text
    # The data itself stays as the email wrote it.
    assert build_sheet(edition, [germany]).members[0].country == "Germany"


def test_a_cell_is_laid_out_in_its_own_texts_direction() -> None:
    """The page's columns run left to right in every language, but a country named in Arabic
    that wraps onto a second line keeps its order and brackets: its cell is right to left."""
    country = 1
    arabic = _text_option(country, "جزر كوكوس (كيلينغ) (\u2066Cocos (Keeling) Islands\u2069)")
    assert arabic.textDirection() == Qt.LayoutDirection.RightToLeft
    assert _text_option(country, "Germany").textDirection() == Qt.LayoutDirection.LeftToRight
    assert _text_option(NAME_COLUMN, "سارة أحمد").textDirection() == Qt.LayoutDirection.RightToLeft
    assert _text_option(NAME_COLUMN, "").textDirection() == Qt.LayoutDirection.LeftToRight
    assert _text_option(EMAIL_COLUMN, "سارة@x").textDirection() == Qt.LayoutDirection.LeftToRight
