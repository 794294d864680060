"""Ctrl+C copies the text as typed: Qt's own copy takes the text shown, with the direction
isolates that keep numbers, addresses and paths in order on screen (a dialer, a mail client or
a terminal then reads the pasted value wrong)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QLabel

from tldops_desktop.gui.models import plain_text


class PlainCopy(QObject):
    """Installed on ``widget``: Ctrl+C copies a list's current cell, or a label's selection,
    without the isolates."""

    def __init__(self, widget: QAbstractItemView | QLabel) -> None:
        super().__init__(widget)
        self._widget = widget
        widget.installEventFilter(self)

    def _text(self) -> str | None:
        widget = self._widget
        if isinstance(widget, QLabel):
            return widget.selectedText() if widget.hasSelectedText() else None
        index = widget.currentIndex()
        return str(index.data() or "") if index.isValid() else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._widget
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Copy)
        ):
            text = self._text()
            if text is not None:
                # The no-break spaces that keep a number whole on screen: spaces in a copy.
                QGuiApplication.clipboard().setText(plain_text(text).replace("\u00a0", " "))
            return True
        return super().eventFilter(watched, event)
