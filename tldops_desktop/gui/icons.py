"""SVG icons from ``resources/icons``, drawn in the palette's text colour (light and dark themes).

Action icons are monochrome line drawings whose SVG says ``currentColor``; they are rendered
at several pixel sizes up to 64 px, so they stay sharp on high-DPI screens. The app icon keeps
its own colours and goes through Qt's SVG icon engine.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
_PIXELS = (16, 24, 32, 48, 64)


def icon_path(name: str) -> Path:
    return ICON_DIR / f"{name}.svg"


@cache
def _svg_text(name: str) -> str:
    return icon_path(name).read_text(encoding="utf-8")


def _render(svg: bytes, pixels: int) -> QPixmap:
    pixmap = QPixmap(pixels, pixels)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(QByteArray(svg)).render(painter, QRectF(0, 0, pixels, pixels))
    painter.end()
    return pixmap


def icon(name: str) -> QIcon:
    """A themed action icon (``resources/icons/<name>.svg``)."""
    palette = QGuiApplication.palette()
    normal = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    return _themed(name, normal.name(), disabled.name())


@cache
def _themed(name: str, colour: str, disabled_colour: str) -> QIcon:
    # Pixmaps at several device-pixel sizes: QIcon picks the one that fits the size and the
    # screen's pixel ratio. (A Python QIconEngine would render on demand, but PySide6 6.12
    # mis-counts references in its virtual calls and crashes after a while.)
    svg = _svg_text(name)
    result = QIcon()
    for mode, fill in ((QIcon.Mode.Normal, colour), (QIcon.Mode.Disabled, disabled_colour)):
        data = svg.replace("currentColor", fill).encode("utf-8")
        for pixels in _PIXELS:
            result.addPixmap(_render(data, pixels), mode)
    return result


def app_icon() -> QIcon:
    """The application icon; the SVG icon engine scales it to any size."""
    return QIcon(str(icon_path("app")))


def clear_cache() -> None:
    """Forget rendered icons (after a palette change)."""
    _themed.cache_clear()
