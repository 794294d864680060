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


def _short_screen(monkeypatch: Any, width: int = 1093, height: int = 614) -> None:
    """A 1366x768 laptop at 125 %: what Qt reports as the room to lay windows out in."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, width, height))


def test_the_request_dialog_fits_a_short_screen_its_buttons_in_view(
    qtbot: Any, monkeypatch: Any
) -> None:
    from tldops_desktop.gui.request_dialog import RequestDialog

    _short_screen(monkeypatch)
    dialog = RequestDialog(None, None, kind="join", url_opener=lambda url: True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.height() <= 614
    for button in (dialog.mail_button, dialog.save_button):
        bottom = button.mapTo(dialog, button.rect().bottomLeft()).y()
        assert bottom <= dialog.height()
        assert button.isVisible()


def test_the_qr_code_shrinks_to_a_short_screen(qtbot: Any, monkeypatch: Any) -> None:
    from tests.conftest import LAYOUT_A
    from tldops_desktop.core.model import Edition
    from tldops_desktop.gui.dialogs.export_dialog import QR_TARGET_PIXELS, QrDialog
    from tldops_desktop.mail.message import examine

    (found,) = examine(LAYOUT_A.read_bytes(), "a.eml").editions
    edition = Edition(found.stamp, None, found.body.members, "<m@x>", True, "A", "hash")
    member = edition.members[0]
    tall = QrDialog(None, edition, member, member.contacts[0])
    qtbot.addWidget(tall)
    _short_screen(monkeypatch, 1280, 540)  # 1920x1080 at 200 %, less the taskbar
    short = QrDialog(None, edition, member, member.contacts[0])
    qtbot.addWidget(short)
    short.show()
    qtbot.waitExposed(short)
    ratio = short.pixmap.devicePixelRatio()
    assert short.pixmap.height() / ratio < tall.pixmap.height() / ratio <= QR_TARGET_PIXELS + 40
    assert short.sizeHint().height() <= 540


def test_the_main_window_fits_a_very_short_screen_with_or_without_contacts(
    make_window: Any, session: Any, monkeypatch: Any
) -> None:
    """1280x720 at 200 % (640x360): the welcome page, taller than that, set the height of
    every page, and the window ran off the screen with its status bar; it scrolls instead."""
    from PySide6.QtWidgets import QScrollArea

    _short_screen(monkeypatch, 640, 360)
    for shown in (session, None):
        window = make_window(shown)
        assert window.height() <= 360, "with contacts" if shown else "welcome page"
    welcome = window.welcome
    area = welcome.parentWidget().parentWidget()  # the scroll area's viewport, then itself
    assert isinstance(area, QScrollArea)
    area.ensureWidgetVisible(welcome.demo_button)
    demo = welcome.demo_button
    top = demo.mapTo(area.viewport(), demo.rect().topLeft()).y()
    assert top >= 0 and top + demo.height() <= area.viewport().height()
