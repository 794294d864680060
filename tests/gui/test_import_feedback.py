"""What the window says and does around an import: a cancelled one is said to be, and the
stale banner's Import… checks the remembered mailboxes before asking for a file."""

from __future__ import annotations

from typing import Any

from tests.conftest import LAYOUT_A
from tldops_desktop.gui.mainwindow import MainWindow


def test_a_cancelled_import_is_said_to_be(make_window: Any, session: Any, monkeypatch: Any) -> None:
    window = make_window(session)
    monkeypatch.setattr(MainWindow, "_run_import_dialog", lambda *args: None)  # Cancel
    assert window.import_paths([str(LAYOUT_A)]) is None
    assert window.statusBar().currentMessage() == (
        "Import cancelled: the contacts are as they were."
    )


def test_the_banners_import_checks_remembered_mailboxes_first(
    make_window: Any, session: Any, monkeypatch: Any
) -> None:
    window = make_window(session)
    asked: list[str] = []
    monkeypatch.setattr(MainWindow, "import_file", lambda self: asked.append("file"))
    monkeypatch.setattr(MainWindow, "check_for_new_editions", lambda self: True)
    window.import_latest()
    assert asked == []  # a check of the remembered mailboxes started: no file picker
    monkeypatch.setattr(MainWindow, "check_for_new_editions", lambda self: False)
    window.import_latest()
    assert asked == ["file"]  # none remembered: pick the file
