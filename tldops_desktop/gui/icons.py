"""SVG icons from ``resources/icons``, drawn in the palette's text colour (light and dark themes).

Action icons are monochrome line drawings whose SVG says ``currentColor``; they are rendered
at several pixel sizes up to 64 px, so they stay sharp on high-DPI screens. The app icon keeps
its own colours and goes through Qt's SVG icon engine.

An icon given with ``set_icon`` is remembered by name on its action, button or menu, and
``refresh_icons`` draws it again in the new text colour after a theme switch (dark mode at
night, high contrast) while the app runs.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QRectF, Qt
from PySide6.QtGui import QAction, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton, QMenu

ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
_PIXELS = (16, 24, 32, 48, 64)
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


IconHolder = QAction | QAbstractButton | QMenu


def set_icon(holder: IconHolder, name: str) -> None:
    """Give ``holder`` the themed icon ``name``, drawn again by ``refresh_icons``."""
    holder.setProperty(_NAME_PROPERTY, name)
    holder.setIcon(icon(name))


def refresh_icons(root: QObject) -> int:
    """Draw again, in the palette's current text colour, the icons that ``set_icon`` gave to
    ``root`` and its children; how many."""
    clear_cache()
    count = 0
    for holder in [root, *root.findChildren(QObject)]:
        name = holder.property(_NAME_PROPERTY)
        if isinstance(name, str) and isinstance(holder, QAction | QAbstractButton | QMenu):
            holder.setIcon(icon(name))
            count += 1
    return count
