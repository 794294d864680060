"""Copy a value and clear it from the clipboard after a delay, as KeePassXC does.

The clipboard is cleared only while it still holds what we put there: a value the user copied
since, from anywhere, is left alone. The copy is marked for clipboard managers as a secret
(``x-kde-passwordManagerHint``), so that they do not keep it in their history.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

PASSWORD_MANAGER_HINT = "x-kde-passwordManagerHint"


class ClipboardGuard(QObject):
    """``copy(text)`` puts ``text`` on the clipboard; ``delay_ms()`` later it is cleared."""

    copied = Signal(str)
    cleared = Signal()

    def __init__(self, delay_ms: Callable[[], int], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._delay_ms = delay_ms
        self._value: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)

    @staticmethod
    def _clipboard() -> QClipboard:
        return QGuiApplication.clipboard()

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def copy(self, text: str) -> None:
        mime = QMimeData()
        mime.setText(text)
        mime.setData(PASSWORD_MANAGER_HINT, b"secret")
        self._clipboard().setMimeData(mime)
        self._value = text
        delay = self._delay_ms()
        if delay > 0:
            self._timer.start(delay)
        else:
            self._timer.stop()
        self.copied.emit(text)

    def clear(self) -> None:
        """Clear the clipboard now if it still holds our value."""
        self._timer.stop()
        if self._value is not None and self._clipboard().text() == self._value:
            self._clipboard().clear()
            self.cleared.emit()
        self._value = None

    def clear_if_pending(self) -> None:
        """On quit: a value still waiting to be cleared is cleared now."""
        if self._timer.isActive():
            self.clear()
