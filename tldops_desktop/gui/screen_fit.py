"""Window sizes that fit the screen: a small laptop, or a large one at 200 % scaling, has
less room than a window's usual size, and a dialog whose buttons lie off the screen cannot be
closed without a mouse trick."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
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


class GiveWay(QObject):
    """Hides ``part`` while the ``room`` it is shown in is too short for what is around it
    and it: what the window or dialog is opened for stays in view unscrolled on a short
    screen; where there is room, ``part`` shows again.

    ``needed()``: the height all of it takes at the least, ``part`` counted only while it
    shows; ``own()``: what ``part`` adds to that when it shows again."""

    def __init__(self, part: QWidget, needed: Callable[[], int], own: Callable[[], int]) -> None:
        super().__init__(part)
        self._part = part
        self._needed = needed
        self._own = own
        self._room: QWidget | None = None

    def watch(self, room: QWidget) -> None:
        """Fit ``part`` to ``room``'s height now, and whenever ``room`` is resized."""
        if room is self._room:
            return
        if self._room is not None:
            self._room.removeEventFilter(self)
        room.installEventFilter(self)
        self._room = room
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._room and event.type() == QEvent.Type.Resize:
            self.fit()
        return super().eventFilter(watched, event)

    def fit(self) -> None:
        if self._room is None:
            return
        needed = self._needed()
        if self._part.isHidden():
            needed += self._own()
        self._part.setHidden(self._room.height() < needed)
