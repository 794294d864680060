"""The import report in words: what the parser noted, and why a line was not placed."""

from __future__ import annotations

from typing import Any

from tldops_desktop.gui.dialogs.report import ImportReportDialog
from tldops_desktop.services.importer import ImportReport


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
