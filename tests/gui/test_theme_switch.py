"""A theme switch while the app runs (dark mode at night, high contrast): icons and the
detail pane take the new colours."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication, QToolButton

from tests.gui.palettes import dark_palette, high_contrast_palette, light_palette
from tests.gui.test_mainwindow import search
from tldops_desktop.gui.mainwindow import MainWindow


def ink(image: QImage) -> QColor:
    """The colour of an image's most opaque pixel: what an icon is drawn in."""
    best = QColor(0, 0, 0, 0)
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if pixel.alpha() > best.alpha():
                best = pixel
    return QColor(best.red(), best.green(), best.blue())


def icon_ink(icon: QIcon) -> QColor:
    return ink(icon.pixmap(24, 24).toImage())


def has_colour(image: QImage, colour: QColor) -> bool:
    wanted = colour.rgb()
    return any(
        image.pixelColor(x, y).rgb() == wanted
        for y in range(image.height())
        for x in range(image.width())
    )


def text_colour(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)


def window_icons(window: MainWindow) -> dict[str, QIcon]:
    search_action = next(
        a for a in window.search_field.actions() if a.objectName() != "_q_qlineeditclearaction"
    )
    icons = {key: action.icon() for key, action in window.actions_by_key.items()}
    icons["search field"] = search_action.icon()
    icons["tools menu"] = window.tools_menu.icon()
    icons["unlock"] = window.locked_page.unlock_button.icon()
    icons["welcome import"] = window.welcome.import_button.icon()
    icons["welcome demo"] = window.welcome.demo_button.icon()
    detail = window.detail
    if detail.copy_all_button is not None:
        icons["copy all"] = detail.copy_all_button.icon()
    for key, button in detail.copy_buttons.items():
        icons[f"copy {key}"] = button.icon()
    return icons


def test_icons_are_drawn_again_in_the_new_text_colour(
    window: MainWindow, qtbot, app_palette: Callable[[QPalette], None]
) -> None:
    app_palette(light_palette())
    search(window, qtbot, "рф")
    qtbot.waitUntil(lambda: icon_ink(window.toolbar.actions()[0].icon()) == QColor("#000000"))
    for name, icon in window_icons(window).items():
        assert icon_ink(icon) == QColor("#000000"), name
    for palette in (dark_palette(), high_contrast_palette()):
        app_palette(palette)
        wanted = text_colour(palette)
        qtbot.waitUntil(
            lambda wanted=wanted: icon_ink(window.toolbar.actions()[0].icon()) == wanted
        )
        for name, icon in window_icons(window).items():
            assert icon_ink(icon) == wanted, name
        toolbar_button = window.toolbar.widgetForAction(window.actions_by_key["import-file"])
        assert isinstance(toolbar_button, QToolButton)
        assert icon_ink(toolbar_button.icon()) == wanted


def test_detail_pane_takes_the_new_palette(
    window: MainWindow, qtbot, app_palette: Callable[[QPalette], None]
) -> None:
    app_palette(light_palette())
    search(window, qtbot, "рф")
    detail = window.detail
    member = detail.member
    assert member is not None
    email_key = "1/email"
    detail.copy_buttons[email_key].setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is detail.copy_buttons[email_key]
    app_palette(dark_palette())
    dark_window = dark_palette().color(QPalette.ColorRole.Window)
    qtbot.waitUntil(lambda: detail.palette().color(QPalette.ColorRole.Window) == dark_window)
    assert detail.member is member  # the same member, shown again
    email = detail.value_labels[email_key]
    assert email.palette().color(QPalette.ColorRole.Window) == dark_window
    # Its link in the dark theme's link colour, not the light theme's dark blue.
    image = email.grab().toImage()
    assert has_colour(image, dark_palette().color(QPalette.ColorRole.Link))
    assert not has_colour(image, light_palette().color(QPalette.ColorRole.Link))
    # The keyboard focus stays on the same copy button.
    assert QApplication.focusWidget() is detail.copy_buttons[email_key]


def test_placeholder_takes_the_new_palette(
    window: MainWindow, qtbot, app_palette: Callable[[QPalette], None]
) -> None:
    app_palette(light_palette())
    window.detail.clear()
    app_palette(dark_palette())
    dark_window = dark_palette().color(QPalette.ColorRole.Window)
    qtbot.waitUntil(lambda: window.detail.palette().color(QPalette.ColorRole.Window) == dark_window)
    assert window.detail.member is None
