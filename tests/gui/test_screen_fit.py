"""Windows no larger than the screen they open on."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from tldops_desktop.gui.screen_fit import resize_to_fit


def test_a_window_larger_than_the_screen_is_made_to_fit(qtbot: Any) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    area = screen.availableGeometry()
    resize_to_fit(widget, area.width() * 3, area.height() * 3)
    assert widget.width() <= area.width() and widget.height() <= area.height()
    resize_to_fit(widget, 300, 200)  # a small one keeps its size
    assert (widget.width(), widget.height()) == (300, 200)


def test_the_main_window_fits_a_small_screen(make_window: Any, session: Any) -> None:
    window = make_window(session)
    area = window.screen().availableGeometry()
    assert window.width() <= area.width() and window.height() <= area.height()
