"""Window sizes that fit the screen: a small laptop, or a large one at 200 % scaling, has
less room than a window's usual size, and a dialog whose buttons lie off the screen cannot be
closed without a mouse trick."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

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


def scrolling(content: QWidget) -> QScrollArea:
    """``content`` in a frameless area that scrolls up and down: whole where the dialog has
    room, scrolled on a screen too short for it, the dialog's buttons (kept outside) in view.
    """
    scroll = QScrollArea()
    scroll.setWidget(content)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # No Tab stop of its own: Tab goes from field to field, and brings each into view.
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return scroll
