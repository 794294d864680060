"""The coverage of the ccTLDs by TLD-OPS over its editions, by region, as a small line
chart (QPainter: QtCharts is not part of PySide6-Essentials)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QSizePolicy,
    QWidget,
)

from tldops_desktop.services.community import REGION_ORDER, Coverage

# One colour per ICANN region in the chart (distinct in light and dark themes, colour-blind safe
# as a set: the Okabe-Ito palette).
REGION_COLOURS = {
    "AF": QColor("#E69F00"),
    "AP": QColor("#56B4E9"),
    "EU": QColor("#009E73"),
    "LAC": QColor("#CC79A7"),
    "NA": QColor("#D55E00"),
}


def percent(value: float) -> str:
    return QLocale().toString(value * 100, "f", 1) + "\u202f%"


class CoverageChart(QWidget):
    """Coverage (members out of delegated ccTLDs) per edition: overall bold, regions thin.

    Usable on its own (the history view may embed it): ``set_history(coverage_history(repo))``.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coverageChart")
        self.setAccessibleName(self.tr("Coverage over the editions"))
        self.setMinimumSize(320, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.history: list[tuple[str, Coverage]] = []
        self.legend_rects: list[QRectF] = []  # where the legend's names were drawn

    def sizeHint(self) -> QSize:
        return QSize(520, 200)

    def set_history(self, history: Sequence[tuple[str, Coverage]]) -> None:
        self.history = list(history)
        if self.history:
            stamp, latest = self.history[-1]
            self.setAccessibleDescription(
                self.tr("%1 editions; coverage in %2: %3")
                .replace("%1", QLocale().toString(len(self.history)))
                .replace("%2", stamp)
                .replace("%3", percent(latest.ratio))
            )
        else:
            self.setAccessibleDescription(self.tr("No editions yet"))
        self.update()

    def series(self) -> dict[str, list[float]]:
        """The plotted values (0..1) per line: "overall" and each region, oldest first."""
        lines: dict[str, list[float]] = {"overall": [c.ratio for _s, c in self.history]}
        for name in REGION_ORDER:
            lines[name] = [c.region(name).ratio for _s, c in self.history]
        return lines

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _right_to_left(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def plot_rect(self) -> QRectF:
        """Where the lines go: the % axis labels on the reading side (the left, the right in
        a right-to-left language), the legend above, the dates below."""
        metrics = self.fontMetrics()
        line_height = metrics.height()
        axis = metrics.horizontalAdvance("100\u202f%") + 8
        legend_height = line_height + 6
        width = max(10.0, self.width() - axis - 12)
        return QRectF(
            12 if self._right_to_left() else axis,
            legend_height + 4,
            width,
            max(10.0, self.height() - legend_height - line_height - 14),
        )

    def x_of(self, index: int) -> float:
        """The x of the ``index``th edition: time runs in the reading direction (the oldest
        at the left, at the right in a right-to-left language)."""
        plot = self.plot_rect()
        count = len(self.history)
        offset = plot.width() * index / (count - 1) if count > 1 else plot.width() / 2
        return plot.right() - offset if self._right_to_left() else plot.left() + offset

    def _paint(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Every alignment below is absolute: the sides are chosen here, for either direction.
        painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        rtl = self._right_to_left()
        absolute = Qt.AlignmentFlag.AlignAbsolute
        palette = self.palette()
        text_colour = palette.windowText().color()
        grid_colour = QColor(text_colour)
        grid_colour.setAlpha(60)
        metrics = painter.fontMetrics()
        line_height = metrics.height()
        plot = self.plot_rect()
        painter.setPen(QPen(grid_colour, 1))
        for step in (0, 25, 50, 75, 100):
            y = plot.bottom() - plot.height() * step / 100
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            if step % 50 == 0:
                painter.setPen(text_colour)
                if rtl:  # beside the plot's right edge, read from there
                    rect = QRectF(plot.right() + 6, y - line_height / 2, 1000, line_height)
                    side = Qt.AlignmentFlag.AlignLeft
                else:
                    rect = QRectF(0, y - line_height / 2, plot.left() - 6, line_height)
                    side = Qt.AlignmentFlag.AlignRight
                rect.setRight(min(rect.right(), self.width()))
                painter.drawText(
                    rect, absolute | side | Qt.AlignmentFlag.AlignVCenter, _percent_label(step)
                )
                painter.setPen(QPen(grid_colour, 1))
        self.legend_rects = []
        if not self.history:
            painter.setPen(text_colour)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No editions yet"))
            return
        count = len(self.history)

        def point(index: int, value: float) -> QPointF:
            return QPointF(self.x_of(index), plot.bottom() - plot.height() * value)

        series = self.series()
        for name, values in series.items():
            overall = name == "overall"
            colour = text_colour if overall else REGION_COLOURS[name]
            painter.setPen(QPen(colour, 3 if overall else 1.5))
            path = QPainterPath(point(0, values[0]))
            for index, value in enumerate(values[1:], start=1):
                path.lineTo(point(index, value))
            painter.drawPath(path)
            painter.setBrush(colour)
            radius = 3.0 if overall else 2.0
            for index, value in enumerate(values):
                painter.drawEllipse(point(index, value), radius, radius)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        # The x axis: the first and the last edition (their date part), at their ends.
        painter.setPen(text_colour)
        label_rect = QRectF(plot.left(), plot.bottom() + 4, plot.width(), line_height)
        first, last = self.history[0][0][:8], self.history[-1][0][:8]
        start, end = (
            (Qt.AlignmentFlag.AlignRight, Qt.AlignmentFlag.AlignLeft)
            if rtl
            else (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight)
        )
        painter.drawText(label_rect, absolute | start, _stamp_date(first))
        if count > 1:
            painter.drawText(label_rect, absolute | end, _stamp_date(last))
        # The legend, above the plot, from its reading side.
        x = plot.right() if rtl else plot.left()
        y = line_height / 2 + 2
        for name in ("overall", *REGION_ORDER):
            overall = name == "overall"
            colour = text_colour if overall else REGION_COLOURS[name]
            text = self.tr("All") if overall else name
            advance = metrics.horizontalAdvance(text)
            painter.setPen(QPen(colour, 3 if overall else 2))
            swatch = (x - 14, x) if rtl else (x, x + 14)
            painter.drawLine(QPointF(swatch[0], y), QPointF(swatch[1], y))
            painter.setPen(text_colour)
            text_left = x - 18 - advance if rtl else x + 18
            text_rect = QRectF(text_left, y - line_height / 2, advance, line_height)
            painter.drawText(text_rect, absolute | Qt.AlignmentFlag.AlignVCenter, text)
            self.legend_rects.append(text_rect)
            step = 18 + advance + 14
            x = x - step if rtl else x + step


def _percent_label(step: int) -> str:
    return f"{step}\u202f%"


def _stamp_date(day: str) -> str:
    return f"{day[:4]}-{day[4:6]}" if len(day) >= 6 and day.isdigit() else day
