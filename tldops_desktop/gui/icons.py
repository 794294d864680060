"""SVG icons from ``resources/icons``, drawn in the palette's text colour (light and dark themes).

Action icons are monochrome line drawings whose SVG says ``currentColor``; they are rendered
at several pixel sizes up to 64 px (more where a large font on a high-DPI screen needs them),
so they stay sharp on high-DPI screens. The app icon keeps its own colours and goes through
Qt's SVG icon engine.

An icon given with ``set_icon`` is remembered by name on its action, button or menu, and
``refresh_icons`` draws it again in the new text colour after a theme switch (dark mode at
night, high contrast) while the app runs.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QRectF, Qt
from PySide6.QtGui import (
    QAction,
    QFontMetrics,
    QGuiApplication,
    QIcon,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton, QMenu

ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
_PIXELS = (16, 24, 32, 48, 64)
_LARGER = (96, 128)  # drawn only where they are needed: each doubles the time icons take
# A toolbar icon's side, in lines of the text beside it: 24 pixels beside the usual 17.
ICON_LINES = 1.4
_NAME_PROPERTY = "themed-icon"  # the icon's name, on what shows it


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
    return _themed(name, normal.name(), disabled.name(), _largest())


def icon_side(metrics: QFontMetrics, usual: int) -> int:
    """An icon's side beside text of ``metrics``: in proportion to it, never below ``usual``
    (the style's)."""
    return max(usual, round(metrics.height() * ICON_LINES))


def _largest() -> int:
    """The largest pixmap worth drawing: 64 pixels, or more for an icon beside the app's text
    on its densest screen (a desktop's larger text on a 200 % screen, QT_SCALE_FACTOR)."""
    ratio = max((screen.devicePixelRatio() for screen in QGuiApplication.screens()), default=1.0)
    wanted = icon_side(QFontMetrics(QGuiApplication.font()), 0) * ratio
    if wanted <= _PIXELS[-1]:
        return _PIXELS[-1]
    return next((pixels for pixels in _LARGER if pixels >= wanted), _LARGER[-1])


@cache
def _themed(name: str, colour: str, disabled_colour: str, largest: int) -> QIcon:
    # Pixmaps at several device-pixel sizes: QIcon picks the one that fits the size and the
    # screen's pixel ratio. (A Python QIconEngine would render on demand, but PySide6 6.12
    # mis-counts references in its virtual calls and crashes after a while.)
    svg = _svg_text(name)
    result = QIcon()
    for mode, fill in ((QIcon.Mode.Normal, colour), (QIcon.Mode.Disabled, disabled_colour)):
        data = svg.replace("currentColor", fill).encode("utf-8")
        for pixels in (*_PIXELS, *(p for p in _LARGER if p <= largest)):
            result.addPixmap(_render(data, pixels), mode)
    return result


def app_icon() -> QIcon:
    """The application icon; the SVG icon engine scales it to any size."""
    return QIcon(str(icon_path("app")))


def clear_cache() -> None:
    """Forget rendered icons (after a palette change)."""
    _themed.cache_clear()


IconHolder = QAction | QAbstractButton | QMenu


def set_icon(holder: IconHolder, name: str) -> None:
    """Give ``holder`` the themed icon ``name``, drawn again by ``refresh_icons``."""
    holder.setProperty(_NAME_PROPERTY, name)
    holder.setIcon(icon(name))


def refresh_icons(root: QObject) -> int:
    """Draw again, in the palette's current text colour, the icons that ``set_icon`` gave to
    ``root`` and its children; how many."""
    clear_cache()
    return sum(redraw_icon(holder) for holder in [root, *root.findChildren(QObject)])


def redraw_icon(holder: QObject) -> bool:
    """Draw again the icon ``set_icon`` gave ``holder`` (in the palette's colour, at the
    sizes the app's font now needs); False when it has none."""
    name = holder.property(_NAME_PROPERTY)
    if isinstance(name, str) and isinstance(holder, QAction | QAbstractButton | QMenu):
        holder.setIcon(icon(name))
        return True
    return False
