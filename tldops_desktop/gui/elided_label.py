"""A one-line label that may shrink, ending in "…" with its whole text in its tooltip."""

from __future__ import annotations

from PySide6.QtCore import QSize, QTextBoundaryFinder
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QStyle

from tldops_desktop.gui.i18n import PDI

ELLIPSIS = "…"
OPENING_ISOLATES = ("\u2066", "\u2067", "\u2068")  # LRI, RLI, FSI: each closed by a PDI


def elide_at_breaks(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` whole where it fits in ``width``, else as many of its first words as fit, and
    "…": cut only where a line could break (at a space; between ideographs in Chinese), so
    that no word, stamp or number is shown cut short and taken for whole."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    utf16 = text.encode("utf-16-le")  # the finder counts UTF-16 units, Python code points
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    shown = ELLIPSIS
    position = finder.toNextBoundary()
    while 0 < position < len(utf16) // 2:
        head = utf16[: position * 2].decode("utf-16-le").rstrip()
        # A run cut inside an isolate (a number in Arabic) is closed: the "…" is the line's.
        head += PDI * (sum(head.count(mark) for mark in OPENING_ISOLATES) - head.count(PDI))
        if metrics.horizontalAdvance(head + ELLIPSIS) > width:
            break
        if head:
            shown = head + ELLIPSIS
        position = finder.toNextBoundary()
    return shown


class ElidedLabel(QLabel):
    """A status-bar text that may shrink: it gives way a word at a time and ends in "…"
    (whole in its tooltip) instead of being cut mid-word or mid-digit, so that the edition
    and counts beside it stay whole."""

    def minimumSizeHint(self) -> QSize:
        return QSize(
            self.fontMetrics().horizontalAdvance(ELLIPSIS) * 4, super().minimumSizeHint().height()
        )

    def setText(self, text: str) -> None:
        super().setText(text)
        if not self.toolTip() or self.property("auto-tip"):
            self.setToolTip(text)  # the whole text, when it is shown elided
            self.setProperty("auto-tip", True)

    def shown_text(self) -> str:
        """The text as the label draws it at its width."""
        return elide_at_breaks(self.text(), self.fontMetrics(), self.contentsRect().width())

    def paintEvent(self, _event: QPaintEvent) -> None:
        rect = self.contentsRect()
        text = self.shown_text()
        painter = QPainter(self)
        align = QStyle.visualAlignment(self.layoutDirection(), self.alignment())
        self.style().drawItemText(
            painter, rect, int(align), self.palette(), self.isEnabled(), text, self.foregroundRole()
        )
