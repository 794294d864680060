"""The emergency sheet: its data (no Qt) and the PDF."""

from __future__ import annotations

import re
from datetime import date

from tldops_desktop.export.sheet import build_sheet
from tldops_desktop.gui.dialogs.sheet import (
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
