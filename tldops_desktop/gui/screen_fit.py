"""Window sizes that fit the screen: a small laptop, or a large one at 200 % scaling, has
less room than a window's usual size, and a dialog whose buttons lie off the screen cannot be
closed without a mouse trick."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Of the available area (less the taskbar or dock): room for the title bar and a margin.
WIDTH_SHARE, HEIGHT_SHARE = 0.96, 0.9


def resize_to_fit(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width`` x ``height``, or less where its screen has less room."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        width = min(width, int(area.width() * WIDTH_SHARE))
        height = min(height, int(area.height() * HEIGHT_SHARE))
    widget.resize(width, height)
