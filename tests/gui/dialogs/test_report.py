"""The import report in words: what the parser noted, and why a line was not placed."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt

from tests.gui.conftest import isolated
from tldops_desktop.gui.dialogs.report import ImportReportDialog
from tldops_desktop.services.import_report import ImportReport


def test_notes_and_unplaced_lines_are_worded(qtbot: Any) -> None:
    report = ImportReport()
    report.imported.append("20261101-0600")
    report.notes.append(
        {"stamp": "20261101-0600", "line": 1148, "code": "email-invalid", "detail": "see website"}
    )
    report.unplaced_lines.append(
        {"stamp": "20261101-0600", "message_id": "<m>", "line": 2048,
         "text": "Available 24/7 via the NOC", "reason": "note-text", "part": "text/plain"}
    )  # fmt: skip
    dialog = ImportReportDialog(None, report)
    qtbot.addWidget(dialog)
    assert dialog.section_texts("notes") == [
        ("20261101-0600, line 1148", "not an email address (kept as written): see website")
    ]
    assert dialog.section_texts("unplaced_lines") == [
        (
            "20261101-0600, line 2048",
            "Available 24/7 via the NOC  (a note among the members; read it)",
        )
    ]


def test_a_very_long_line_not_understood_is_shown_shortened(qtbot: Any) -> None:
    """A line of several KiB (a broken HTML part's markup) is shown by its beginning and an
    ellipsis, in its row and its tooltip: not a row, or a tooltip, wider than the screen."""
    report = ImportReport()
    long_line = "<td>" * 2000
    report.unplaced_lines.append(
        {"stamp": "20261101-0600", "message_id": "<m>", "line": 7,
         "text": long_line, "reason": "note-text", "part": "text/html"}
    )  # fmt: skip
    dialog = ImportReportDialog(None, report)
    qtbot.addWidget(dialog)
    ((_where, shown),) = dialog.section_texts("unplaced_lines")
    assert shown.startswith("<td>" * 10) and "…" in shown and len(shown) < 300
    row = dialog._sections["unplaced_lines"].child(0)
    assert row is not None and len(row.toolTip(1)) < 300


@pytest.fixture
def english_locale() -> Iterator[None]:
    """Numbers as an English interface writes them (a thousands separator)."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def test_summary_says_one_in_the_singular(qtbot: Any, english_locale: None) -> None:
    report = ImportReport(messages_scanned=1, editions_found=1, bytes_scanned=2048)
    report.imported.append("20261101-0600")
    report.untrusted.append({"stamp": "20261001-0600", "source": "x.eml"})
    dialog = ImportReportDialog(None, report)
    qtbot.addWidget(dialog)
    summary = dialog.summary.text()
    assert summary.startswith("Scanned 1 message (")
    assert "Found 1 edition: 1 added, 0 already present." in summary
    assert dialog.untrusted_label.text().startswith("1 edition did not come")
    assert "(s)" not in summary + dialog.untrusted_label.text()


def test_summary_counts_have_thousands_separators(qtbot: Any, english_locale: None) -> None:
    report = ImportReport(messages_scanned=50110, editions_found=105)
    dialog = ImportReportDialog(None, report)
    qtbot.addWidget(dialog)
    assert "Scanned 50,110 messages (" in dialog.summary.text()
    assert "Found 105 editions:" in dialog.summary.text()


def test_report_is_wide_enough_for_its_details(qtbot: Any) -> None:
    report = ImportReport()
    path = "/home/responder/.thunderbird/abcd1234.default-release/ImapMail/imap.example.org/"
    report.errors.append({"source": path * 2 + "INBOX", "code": "cut-short", "detail": "x"})
    dialog = ImportReportDialog(None, report)
    qtbot.addWidget(dialog)
    screen = dialog.screen().availableGeometry()
    assert dialog.width() >= min(1000, int(screen.width() * 0.96))
    assert dialog.width() <= screen.width()
    assert dialog.tree.columnWidth(0) <= dialog.width() * 0.45  # Details keeps its room


def test_every_problem_the_import_reports_is_in_words() -> None:
    """Each problem code the mail reader and the importer give has a text in the app and in
    the command line: none is shown as a bare code."""
    import re
    from pathlib import Path

    from tldops_desktop import cli
    from tldops_desktop.gui.dialogs.report import problem_text

    root = Path(cli.__file__).parent
    sources = "".join(
        p.read_text(encoding="utf-8")
        for p in (*root.joinpath("mail").glob("*.py"), root / "services" / "importer.py")
    )
    codes = set(re.findall(r'MessageProblem\([^()]*?"([a-z-]+)"', sources))
    # A scan problem's code follows its source (a name, a call, a string).
    scanned = r'ScanProblem\((?:[^"(),]|\([^()]*\)|f?"[^"]*")*,\s*"([a-z-]+)"'
    codes |= set(re.findall(scanned, sources))
    codes |= set(re.findall(r'errors\.append\(\s*\{[^}]*"code": "([a-z-]+)"', sources))
    named = re.search(r"_NAMED_WITH_CONTACTS = \{([^}]*)\}", sources)
    assert named is not None
    codes |= set(re.findall(r': "([a-z-]+)"', named.group(1)))
    near_miss = re.search(r"def stamp_near_miss\(.*?\n\n\n", sources, re.DOTALL)
    assert near_miss is not None  # (the codes of a subject that is an edition's but for its stamp)
    codes |= set(re.findall(r'return "([a-z-]+)"', near_miss.group(0)))
    assert {"stamp-unbracketed", "signature-damaged"} <= codes
    assert {"subject-not-edition", "forwarded-inline", "cut-short", "too-deep"} <= codes
    assert {"unpacks-too-much", "too-many-files", "needs-extra", "dangling-link"} <= codes
    for code in codes:
        assert problem_text(code) != code, code
        assert code in cli._PROBLEMS, code


def test_every_note_the_report_tells_is_in_words() -> None:
    """Each parser note the report tells, and each note on a whole edition, has a text in the
    app and in the command line."""
    import re
    from pathlib import Path

    from tldops_desktop import cli
    from tldops_desktop.gui.dialogs.report import _note_text
    from tldops_desktop.services import importer

    mail = Path(importer.__file__).parent.parent / "mail"
    sources = "".join(mail.joinpath(name).read_text() for name in ("parse.py", "message.py"))
    emitted = {
        code
        for call in re.findall(r"ParseNote\(((?:[^()]|\([^()]*\))*)\)", sources)
        for code in re.findall(r'"([a-z]+(?:-[a-z]+)+)"', call)
    }
    assert {"charset-mismatch", "charset-guessed", "position-repeated"} <= emitted
    assert emitted - importer.REPORTED_PARSE_NOTES == {"region-missing"}  # shown in the app
    edition_notes = {code for code, _detail in importer._REPLACED_NOTES.values()}
    for code in (
        importer.REPORTED_PARSE_NOTES
        | edition_notes
        | {"cut-copy", "lossy-copy", "no-footer", "read-again"}
    ):
        assert not _note_text(code, "x").startswith(code), code
        assert code in cli._EDITION_NOTES, code


def test_file_names_that_are_not_utf8_are_shown_readably(qtbot: Any) -> None:
    """A folder made under a Latin-1 locale ("Gel\\xf6scht") is shown so, as the CLI shows
    it, not as "Gel\\udcf6scht"."""
    import os

    folder = os.fsdecode(b"/home/r/Mail/Gel\xf6scht")
    report = ImportReport()
    report.errors.append({"source": f"{folder} @ 0", "code": "too-large", "detail": ""})
    report.untrusted.append({"stamp": "20261001-0600", "source": folder, "reason": "no-list-id"})
    report.notes.append(
        {"stamp": "20261001-0600", "line": 0, "code": "cut-copy", "detail": f"{folder} @ 9"}
    )
    dialog = ImportReportDialog(None, report)
    qtbot.addWidget(dialog)
    shown = [
        text
        for key in ("errors", "untrusted", "notes")
        for row in dialog.section_texts(key)
        for text in row
    ]
    assert "/home/r/Mail/Gel\\xf6scht @ 0" in shown
    assert any(t.endswith("/home/r/Mail/Gel\\xf6scht") for t in shown)
    assert any(t.endswith("/home/r/Mail/Gel\\xf6scht @ 9") for t in shown)
    assert not any("\udcf6" in t or "\\udcf6" in t for t in shown)


def test_paths_and_sizes_read_left_to_right_in_arabic(qtbot: Any, right_to_left: None) -> None:
    """In Arabic a path keeps its leading "/" at the left and a size reads "424 KiB", not
    "KiB 424": each is a left-to-right run in the right-to-left text."""
    report = ImportReport(messages_scanned=3, editions_found=1, bytes_scanned=434_176)
    report.imported.append("20261101-0600")
    source = "/home/anna/Mail/tld-ops.mbox"
    report.untrusted.append({"stamp": "20261001-0600", "source": source, "reason": "no-list-id"})
    report.errors.append({"source": source, "code": "unreadable", "detail": "/home/anna/x"})
    dialog = ImportReportDialog(None, report)
    qtbot.addWidget(dialog)
    size = QLocale().formattedDataSize(434_176)
    assert isolated(size) in dialog.summary.text()
    (untrusted,) = dialog.section_texts("untrusted")
    assert untrusted[1].endswith(" — " + isolated(source))
    (error,) = dialog.section_texts("errors")
    assert error[0] == isolated(source)
    assert error[1].endswith(f"(technical detail: {isolated('/home/anna/x')})")


def test_an_edition_without_contacts_names_its_stamp_then_the_lines_not_placed(
    qtbot: Any,
) -> None:
    report = ImportReport(messages_scanned=1, editions_found=0)
    detail = "20261101-0600: 1 line not placed: line 9 (bad-row): .ad | Andorra | EU"
    report.errors.append({"source": "/tmp/e.eml", "code": "no-members", "detail": detail})
    dialog = ImportReportDialog(None, report)
    qtbot.addWidget(dialog)
    (row,) = dialog.section_texts("errors")
    assert row[1] == (
        "20261101-0600: lists no members "
        "(technical detail: 1 line not placed: line 9 (bad-row): .ad | Andorra | EU)"
    )


def test_details_wrap_and_the_report_copies_as_text(qtbot: Any) -> None:
    """No detail ends in "…" with only a mouse tooltip to read it: rows wrap, and Ctrl+C
    copies the selected rows, or the whole report."""
    from PySide6.QtGui import QGuiApplication, QKeySequence
    from PySide6.QtTest import QTest

    report = ImportReport(messages_scanned=2, editions_found=0)
    detail = "neither an mbox nor a mail message " * 4
    report.errors.append({"source": "/tmp/odd.bin", "code": "not-mail", "detail": detail.strip()})
    dialog = ImportReportDialog(None, report)
    qtbot.addWidget(dialog)
    assert dialog.tree.wordWrap()
    assert dialog.tree.textElideMode() == Qt.TextElideMode.ElideNone
    (row,) = dialog.section_texts("errors")
    assert "technical detail: " in row[1]
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.tree.setFocus()
    QTest.keySequence(dialog.tree, QKeySequence(QKeySequence.StandardKey.Copy))
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(dialog.summary.text())
    assert "/tmp/odd.bin\t" in copied and "is not a mailbox or mail file" in copied
    errors = dialog.section("errors")
    first = errors.child(0) if errors is not None else None
    assert first is not None
    first.setSelected(True)
    dialog.copy_rows()
    assert QGuiApplication.clipboard().text() == "\t".join(row)


def test_the_report_copies_paths_as_typed_in_arabic(qtbot: Any, right_to_left: None) -> None:
    """A path copied from the report opens in a terminal or a file dialog: without the
    isolates that keep it left to right on screen."""
    from PySide6.QtGui import QGuiApplication

    from tldops_desktop.gui.models import BIDI_CONTROLS

    report = ImportReport(messages_scanned=2, editions_found=0)
    report.errors.append({"source": "/tmp/odd.bin", "code": "not-mail", "detail": "odd"})
    dialog = ImportReportDialog(None, report)
    qtbot.addWidget(dialog)
    dialog.copy_rows()
    copied = QGuiApplication.clipboard().text()
    assert "/tmp/odd.bin" in copied
    assert not BIDI_CONTROLS.search(copied)


def test_empty_sections_are_readable_not_greyed(qtbot: Any) -> None:
    dialog = ImportReportDialog(None, ImportReport(messages_scanned=1, editions_found=0))
    qtbot.addWidget(dialog)
    empty = dialog.section("conflicts")
    assert empty is not None and empty.childCount() == 0
    assert not empty.isDisabled() and empty.text(0).endswith("(0)")


def test_a_conflict_names_the_members_that_differ(qtbot: Any, english_locale: None) -> None:
    report = ImportReport()
    report.conflicts.append(
        {"stamp": "20261101-0600", "message_id": "<b@x>", "existing_message_id": "<a@x>",
         "source": "/mail/Inbox", "trusted": True, "differs": ["de", "xn--p1ai"]}
    )  # fmt: skip
    dialog = ImportReportDialog(None, report)
    qtbot.addWidget(dialog)
    texts = []
    for top in range(dialog.tree.topLevelItemCount()):
        item = dialog.tree.topLevelItem(top)
        assert item is not None
        for n in range(item.childCount()):
            child = item.child(n)
            assert child is not None
            texts.append(child.text(1))
    assert any("Members that differ: .de, .рф." in text for text in texts), texts


def test_a_copy_of_an_edition_stored_trusted_is_not_called_imported_as_untrusted(
    qtbot: Any,
) -> None:
    """The list moved and its old identity was not kept: a copy of an edition stored trusted
    is untrusted now, but the edition stored is not."""
    report = ImportReport(messages_scanned=2, editions_found=2)
    copy = {"stamp": "20261001-0600", "reason": "foreign-list-id", "source": "oct.eml",
            "imported": True, "already_present": True, "stored_trusted": True}  # fmt: skip
    spoof = {"stamp": "20261101-0600", "reason": "no-list-id", "source": "nov.eml",
             "imported": True, "already_present": True, "stored_trusted": False}  # fmt: skip
    report.untrusted += [copy, spoof]
    dialog = ImportReportDialog(None, report)
    qtbot.addWidget(dialog)
    (october, november) = [text for _stamp, text in dialog.section_texts("untrusted")]
    assert october.startswith("already stored as a trusted edition; this copy changes nothing; ")
    assert "imported as untrusted" not in october
    assert november.startswith("imported as untrusted; ")
    assert not dialog.import_anyway_button.isVisibleTo(dialog)


def report_with_everything_left_out() -> ImportReport:
    """An edition cut short, one spoofed, a conflicting copy, two files that are no mail and
    a message that could not be read: all but one edition left out."""
    report = ImportReport(messages_scanned=19, editions_found=5, bytes_scanned=620_000)
    report.imported += ["20260901-0600", "20261101-0600"]
    report.already_present.append("20260801-0600")
    report.untrusted.append(
        {"stamp": "20991201-0600", "source": "small.mbox", "reason": "no-list-id",
         "imported": False}
    )  # fmt: skip
    report.conflicts.append(
        {"stamp": "20261101-0600", "source": "copy.eml", "message_id": "<c>",
         "existing_message_id": "<e>", "content_hash": "abc", "differs": ["de"]}
    )  # fmt: skip
    report.errors += [
        {"source": "cut.eml", "code": "cut-short", "detail": "20261001-0600"},
        {"source": "picture.bin", "code": "not-mail", "detail": ""},
        {"source": "notes.txt", "code": "not-mail", "detail": ""},
        {"source": "big.mbox @ 0", "code": "too-large", "detail": ""},
    ]
    return report


def test_summary_says_what_was_not_imported(qtbot: Any, english_locale: None) -> None:
    dialog = ImportReportDialog(None, report_with_everything_left_out())
    qtbot.addWidget(dialog)
    summary = dialog.summary.text()
    assert "Found 5 editions: 2 added, 1 already present." in summary
    assert "1 edition was not imported: it was not sent through the TLD-OPS list." in summary
    assert "1 edition was not imported because of a problem (see Problems)." in summary
    assert "1 copy differs from the edition stored under its date" in summary
    assert "2 files could not be read as mail." in summary
    assert "1 other problem (see Problems)." in summary


def test_summary_counts_what_was_left_out_in_the_plural(qtbot: Any, english_locale: None) -> None:
    report = report_with_everything_left_out()
    report.untrusted.append({**report.untrusted[0], "stamp": "20991101-0600"})
    report.conflicts.append({**report.conflicts[0], "stamp": "20260901-0600"})
    report.errors += [
        {"source": "cut2.eml", "code": "truncated", "detail": "20260701-0600"},
        {"source": "odd.eml", "code": "unparsable", "detail": "ValueError"},
    ] + [{"source": f"{n}.bin", "code": "not-mail", "detail": ""} for n in range(1000)]
    dialog = ImportReportDialog(None, report)
    qtbot.addWidget(dialog)
    summary = dialog.summary.text()
    assert "2 editions were not imported: they were not sent through the TLD-OPS list." in summary
    assert "2 editions were not imported because of a problem (see Problems)." in summary
    assert "2 copies differ from the editions stored under their dates" in summary
    assert "1,002 files could not be read as mail." in summary  # the locale's digits
    assert "2 other problems (see Problems)." in summary


def test_summary_of_a_clean_import_says_nothing_was_left_out(
    qtbot: Any, english_locale: None
) -> None:
    report = ImportReport(messages_scanned=3, editions_found=1)
    report.imported.append("20261101-0600")
    untrusted_but_imported = {"stamp": "20261001-0600", "source": "x.eml", "imported": True}
    report.untrusted.append(untrusted_but_imported)
    dialog = ImportReportDialog(None, report)
    qtbot.addWidget(dialog)
    assert "not imported" not in dialog.summary.text()
    assert "could not" not in dialog.summary.text()


def test_a_line_of_an_html_edition_is_said_to_be_an_html_line(qtbot: Any) -> None:
    report = ImportReport()
    report.notes.append(
        {"stamp": "20261101-0600", "line": 12, "code": "email-invalid", "detail": "x",
         "part": "text/html"}
    )  # fmt: skip
    report.unplaced_lines.append(
        {"stamp": "20261101-0600", "message_id": "<m>", "line": 14, "text": ".? | x",
         "reason": "bad-cctld", "part": "text/html"}
    )  # fmt: skip
    dialog = ImportReportDialog(None, report)
    qtbot.addWidget(dialog)
    assert [row[0] for row in dialog.section_texts("notes")] == ["20261101-0600, HTML line 12"]
    assert [row[0] for row in dialog.section_texts("unplaced_lines")] == [
        "20261101-0600, HTML line 14"
    ]


def test_enter_closes_the_report_rather_than_import_anyway(qtbot: Any) -> None:
    """Enter, pressed to close the report, pressed "Import anyway…" (the first button, the
    dialog's default): a warning came up in place of the window. Close is the default."""
    from PySide6.QtCore import Qt

    dialog = ImportReportDialog(None, report_with_everything_left_out())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.import_anyway_button.isVisible()
    dialog.tree.setFocus()
    with qtbot.waitSignal(dialog.finished, timeout=2000):
        qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)
    assert dialog.confirm_box is None and not dialog.isVisible()
