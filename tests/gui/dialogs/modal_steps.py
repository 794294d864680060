"""Driving a chain of modal windows from a test: each step runs on the next one that shows."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

POLL_MS = 20


def folder_tree(folder: Path) -> dict[str, bytes]:
    """Every file below ``folder`` and its bytes: what a test compares to prove nothing moved."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def modal_steps(steps: list[Callable[[QWidget], None]]) -> None:
    """Run each step on the next modal widget that shows (a dialog or a message box)."""
    seen: list[QWidget] = []

    def step() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or (seen and widget is seen[-1] and widget.isVisible()):
            QTimer.singleShot(POLL_MS, step)
            return
        seen.append(widget)
        try:
            steps.pop(0)(widget)
        except BaseException:
            widget.close()  # not the window expected: end the wait rather than hang
            raise
        if steps:
            QTimer.singleShot(POLL_MS, step)

    QTimer.singleShot(0, step)
