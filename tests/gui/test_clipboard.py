"""Copied values leave the clipboard after the delay, unless the user copied something else."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from tldops_desktop.gui.clipboard import PASSWORD_MANAGER_HINT, ClipboardGuard


def test_cleared_after_the_delay(qtbot) -> None:
    guard = ClipboardGuard(lambda: 50)
    clipboard = QGuiApplication.clipboard()
    with qtbot.waitSignal(guard.copied):
        guard.copy("+79123456062")
    assert clipboard.text() == "+79123456062"
    assert clipboard.mimeData().hasFormat(PASSWORD_MANAGER_HINT)
    assert guard.pending
    with qtbot.waitSignal(guard.cleared, timeout=2000):
        pass
    assert clipboard.text() == ""


def test_a_later_copy_by_the_user_is_left_alone(qtbot) -> None:
    guard = ClipboardGuard(lambda: 50)
    clipboard = QGuiApplication.clipboard()
    guard.copy("secret")
    clipboard.setText("the user's own text")
    qtbot.waitUntil(lambda: not guard.pending, timeout=2000)
    assert clipboard.text() == "the user's own text"
    clipboard.clear()


def test_zero_delay_never_clears(qtbot) -> None:
    guard = ClipboardGuard(lambda: 0)
    guard.copy("kept")
    assert not guard.pending
    qtbot.wait(50)
    assert QGuiApplication.clipboard().text() == "kept"
    guard.clear_if_pending()
    assert QGuiApplication.clipboard().text() == "kept"
    QGuiApplication.clipboard().clear()
