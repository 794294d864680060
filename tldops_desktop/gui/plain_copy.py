"""Ctrl+C in a list copies the cell as typed: Qt's own copy takes the text shown, with the
direction isolates an Arabic layout puts around numbers, addresses and paths (a dialer, a
mail client or a terminal then reads the pasted value wrong)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView

from tldops_desktop.gui.models import plain_text


class PlainCopy(QObject):
    """Installed on ``view``: Ctrl+C copies its current cell without the isolates."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Copy)
        ):
            index = self._view.currentIndex()
            if index.isValid():
                QGuiApplication.clipboard().setText(plain_text(str(index.data() or "")))
            return True
        return super().eventFilter(watched, event)
