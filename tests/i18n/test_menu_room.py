"""Room for the arrow of a menu: the menus and the "Monitoring tools" button in every language
leave their text clear of the submenu arrow and the shortcut (Fusion draws them where the size
hint says they fit)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QMenu, QPushButton, QStyle

from tests.gui.conftest import type_text
from tests.i18n.tsfile import ts_files
from tldops_desktop.gui.i18n import install_translators

LANGS = ["en", *sorted(ts_files())]


def all_menus(menu: QMenu) -> list[QMenu]:
    found = [menu]
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            found += all_menus(sub)
    return found


@pytest.mark.parametrize("language", LANGS)
def test_the_monitoring_tools_button_leaves_room_for_its_arrow(
    qapp: QApplication,
    make_window: Callable[..., Any],
    session: Any,
    use_compiled_qm: Path,
    language: str,
) -> None:
    install_translators(qapp, language)
    window = make_window(session)
    window.resize(1280, 800)
    type_text(window.search_field, ".de")
    detail = window.detail
    button = detail.tools_button
    assert button is not None and button.menu() is window.tools_menu
    assert button.text(), "the pane is wide enough for the button's text"
    # The same button without its menu: the arrow needs room of its own beside the text.
    plain = QPushButton(button.icon(), button.text())
    plain.setFont(button.font())
    arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator)
    assert button.sizeHint().width() >= plain.sizeHint().width() + arrow
    assert button.width() >= button.sizeHint().width()


@pytest.mark.parametrize("language", LANGS)
def test_every_menu_is_wide_enough_for_its_items(
    qapp: QApplication,
    make_window: Callable[..., Any],
    session: Any,
    settings: Any,
    use_compiled_qm: Path,
    language: str,
) -> None:
    install_translators(qapp, language)
    window = make_window(session)
    type_text(window.search_field, ".de")
    window.tools_menu.aboutToShow.emit()  # filled with the tools, as when it opens
    arrow = window.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator)
    icon = window.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
    for top in window.menuBar().actions():
        assert isinstance(top.menu(), QMenu)
        for menu in all_menus(top.menu()):
            metrics = QFontMetrics(menu.font())
            needed = 0
            for action in menu.actions():
                if action.isSeparator():
                    continue
                text = metrics.horizontalAdvance(action.text().replace("&", ""))
                keys = action.shortcut().toString()
                extra = metrics.horizontalAdvance(keys) if keys else 0
                if isinstance(action.menu(), QMenu):
                    extra += arrow
                needed = max(needed, icon + text + extra)
            assert menu.sizeHint().width() >= needed, (language, menu.title())
