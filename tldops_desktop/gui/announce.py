"""Status changes told to a screen reader (Orca, NVDA, VoiceOver) where they happen: a passing
message in the status bar, a search that found nothing, a new edition found in the background.
None of them takes the focus, so without being announced none of them would be heard."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


class Announcer(QObject):
    """Announces texts on behalf of ``widget`` (politely: after what is being read);
    ``announced`` carries each, as said."""

    announced = Signal(str)

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        self._last = ""

    def say(self, text: str) -> None:
        """Announce ``text`` (nothing when it is empty)."""
        text = text.strip()
        if text:
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self._widget, text))
            self.announced.emit(text)

    def say_once(self, text: str) -> None:
        """Announce ``text`` unless it was the last said this way since ``forget``: a search
        typed on from nothing found to nothing found is not said at every key."""
        if text.strip() != self._last:
            self._last = text.strip()
            self.say(text)

    def forget(self) -> None:
        """The next ``say_once`` speaks whatever it is given (a search found something)."""
        self._last = ""
