"""A one-line label that may shrink, ending in "…" with its whole text in its tooltip."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QStyle


class ElidedLabel(QLabel):
    """A status-bar text that may shrink: it ends in "…" (whole in its tooltip) instead of
    being cut mid-word or mid-digit, so that the edition and counts beside it stay whole."""

    def minimumSizeHint(self) -> QSize:
        return QSize(
            self.fontMetrics().horizontalAdvance("…") * 4, super().minimumSizeHint().height()
        )

    def setText(self, text: str) -> None:
        super().setText(text)
        if not self.toolTip() or self.property("auto-tip"):
            self.setToolTip(text)  # the whole text, when it is shown elided
            self.setProperty("auto-tip", True)

    def paintEvent(self, _event: QPaintEvent) -> None:
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter = QPainter(self)
        align = QStyle.visualAlignment(self.layoutDirection(), self.alignment())
        self.style().drawItemText(
            painter, rect, int(align), self.palette(), self.isEnabled(), text, self.foregroundRole()
        )
