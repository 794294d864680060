"""Lock after N minutes without keyboard or mouse input (an application-wide event filter)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleLock(QObject):
    """Emits ``timed_out`` once after ``interval_ms`` without input; 0 disables it.

    Install it with ``QApplication.instance().installEventFilter(lock)``; any input restarts
    the countdown. After ``timed_out`` it stays quiet until ``restart()``.
    """

    timed_out = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._interval_ms = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire)
        self._locked = False

    @property
    def interval_ms(self) -> int:
        return self._interval_ms

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    @property
    def remaining_ms(self) -> int:
        """Milliseconds until the lock; -1 when no countdown runs."""
        return self._timer.remainingTime()

    def set_interval_ms(self, interval_ms: int) -> None:
        self._interval_ms = max(0, interval_ms)
        self.restart()

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(max(0, minutes) * 60_000)

    def restart(self) -> None:
        self._locked = False
        if self._interval_ms > 0:
            self._timer.start(self._interval_ms)
        else:
            self._timer.stop()

    def stop(self) -> None:
        self._timer.stop()

    def _fire(self) -> None:
        self._locked = True
        self.timed_out.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._locked and self._interval_ms > 0 and event.type() in _INPUT_EVENTS:
            self._timer.start(self._interval_ms)
        return False
