"""A label whose links are Tab stops, each followed with Enter: and nothing else of it is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLabel, QWidget


class LinkLabel(QLabel):
    """With links, Tab lands on its first link at once (a plain label takes a first, invisible
    Tab stop for itself, then one for each link), Shift+Tab on its last; without any, Tab
    goes past it."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if not self.hasSelectedText() and self.textFormat() == Qt.TextFormat.RichText:
            if event.reason() == Qt.FocusReason.TabFocusReason:
                self.focusNextPrevChild(True)
            elif event.reason() == Qt.FocusReason.BacktabFocusReason:
                self.focusNextPrevChild(False)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Qt looks for the link before one that starts the text at that same link, and finds
        # it again: Shift+Tab would stay there for ever. Nothing comes before it: leave.
        if not next and self.selectionStart() == 0:
            return QWidget.focusNextPrevChild(self, False)
        return super().focusNextPrevChild(next)
