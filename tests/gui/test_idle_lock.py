"""The idle lock fires after the interval without input, and input postpones it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject

from tldops_desktop.gui.idle_lock import IdleLock


def test_fires_once_without_input(qtbot) -> None:
    lock = IdleLock()
    fired: list[int] = []
    lock.timed_out.connect(lambda: fired.append(1))
    lock.set_interval_ms(50)
    qtbot.waitUntil(lambda: fired == [1], timeout=2000)
    qtbot.wait(120)
    assert fired == [1]
    lock.restart()
    qtbot.waitUntil(lambda: fired == [1, 1], timeout=2000)


def test_input_restarts_and_zero_disables(qtbot) -> None:
    lock = IdleLock()
    lock.set_interval_ms(1000)  # input every 0.3 s for 1.5 s, with slack for a busy machine
    target = QObject()
    for _ in range(5):
        qtbot.wait(300)
        lock.eventFilter(target, QEvent(QEvent.Type.KeyPress))
        assert lock.active
    lock.set_minutes(0)
    assert not lock.active and lock.interval_ms == 0
    lock.set_minutes(2)
    assert lock.interval_ms == 120_000 and lock.active
    lock.stop()
