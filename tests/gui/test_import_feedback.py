"""What the window says around an import: a cancelled one is said to be, a failed one is not
called cancelled."""

from __future__ import annotations

from typing import Any

from tests.conftest import LAYOUT_A
from tldops_desktop.gui.mainwindow import MainWindow


def test_a_cancelled_import_is_said_to_be(make_window: Any, session: Any, monkeypatch: Any) -> None:
    window = make_window(session)

    def cancelled(self: MainWindow, *_args: Any) -> None:
        self.import_cancelled = True

    def failed(self: MainWindow, *_args: Any) -> None:  # it showed its error itself
        self.import_cancelled = False

    monkeypatch.setattr(MainWindow, "_run_import_dialog", cancelled)
    assert window.import_paths([str(LAYOUT_A)]) is None
    assert window.statusBar().currentMessage() == (
        "Import cancelled: the contacts are as they were."
    )
    window.statusBar().clearMessage()
    monkeypatch.setattr(MainWindow, "_run_import_dialog", failed)
    assert window.import_paths([str(LAYOUT_A)]) is None
    assert window.statusBar().currentMessage() == ""  # a failure is not called a cancel
