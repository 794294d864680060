"""The toolbar's button texts (without menu mnemonics) and the search field's icon buttons
(named for screen readers)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QToolButton

from tldops_desktop.gui.mainwindow import MainWindow
from tldops_desktop.gui.window_actions import without_mnemonic


@pytest.mark.parametrize(
    ("menu_text", "shown"),
    [
        ("&Import file…", "Import file"),
        ("导入文件(&I)…", "导入文件"),
        ("历史(&H)…", "历史"),
        ("导出 vCard(&E)…", "导出 vCard"),
        ("打印应急联系表(&P)…", "打印应急联系表"),
        ("Save && &quit", "Save & quit"),
        ("&History...", "History"),
        ("Истори&я…", "История"),
    ],
)
def test_without_mnemonic(menu_text: str, shown: str) -> None:
    assert without_mnemonic(menu_text) == shown


def test_toolbar_buttons_show_no_mnemonic(window: MainWindow) -> None:
    for action in window.toolbar.actions():
        button = window.toolbar.widgetForAction(action)
        assert isinstance(button, QToolButton)
        assert button.text() == without_mnemonic(action.text())
        assert "&" not in button.text() and "(" not in button.text()
        assert action.text().startswith("&") or "(&" in action.text()  # the menu keeps it


def test_search_field_buttons_have_names_and_tips(window: MainWindow) -> None:
    window.search_field.setText("de")  # the clear button shows
    buttons = [b for b in window.search_field.findChildren(QToolButton) if b.isVisible()]
    assert len(buttons) == 2
    names = sorted(b.accessibleName() for b in buttons)
    assert names == ["Clear the search", "Search"]
    for button in buttons:
        assert button.toolTip() == button.accessibleName()
    clear = next(b for b in buttons if b.accessibleName() == "Clear the search")
    clear.click()
    assert window.search_field.text() == ""


def test_toolbar_tips_name_the_shortcut(window: MainWindow) -> None:
    """A mouse on a toolbar button learns its keystroke (only the menus showed them)."""
    tips = {
        window.toolbar.widgetForAction(action).toolTip(): action.shortcut().toString()
        for action in window.toolbar.actions()
    }
    assert "Import a saved repository email or an mbox file (Ctrl+O)" in tips
    for tip, shortcut in tips.items():
        assert tip.endswith(f"({shortcut})"), tip
    assert window.actions_by_key["import-file"].statusTip() == (
        "Import a saved repository email or an mbox file"
    )


def _icon_to_line(window: MainWindow) -> float:
    return window.toolbar.iconSize().height() / window.toolbar.fontMetrics().height()


def test_toolbar_icons_grow_with_the_font(window: MainWindow, qapp, qtbot) -> None:
    """A desktop's larger text (16 points): the icons stayed 24 pixels beside text twice as
    tall. They keep their proportion to the text."""
    usual_size = window.toolbar.iconSize().height()
    usual = _icon_to_line(window)
    font = qapp.font()
    larger = type(font)(font)
    larger.setPointSizeF(16)
    qapp.setFont(larger)
    try:
        qtbot.waitUntil(lambda: window.toolbar.fontMetrics().height() > 25)
        assert window.toolbar.iconSize().height() > usual_size * 1.5
        assert abs(_icon_to_line(window) - usual) < 0.1
        button = window.toolbar.widgetForAction(window.toolbar.actions()[0])
        assert isinstance(button, QToolButton)
        assert button.iconSize() == window.toolbar.iconSize()
    finally:
        qapp.setFont(font)
    qtbot.waitUntil(lambda: window.toolbar.iconSize().height() == usual_size)


SHARP_AT_200 = """
import sys
from PySide6.QtWidgets import QApplication
from tldops_desktop.gui.window_actions import FontScaledToolBar
from tldops_desktop.gui.icons import icon
app = QApplication(["x"])
font = app.font()
font.setPointSizeF(16)
app.setFont(font)
side = FontScaledToolBar("t").iconSize().height() * app.primaryScreen().devicePixelRatio()
drawn = max(size.height() for size in icon("history").availableSizes())
print(side, drawn)
"""


def test_toolbar_icons_are_drawn_sharp_at_their_size_on_a_200_percent_screen() -> None:
    """16 points at QT_SCALE_FACTOR=2: a 78-pixel icon would be scaled up from 64 pixels."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_SCALE_FACTOR="2", QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", SHARP_AT_200], env=env, capture_output=True, text=True, check=True
    )
    side, drawn = (float(word) for word in done.stdout.split())
    assert side >= 70  # the font and the scale both counted
    assert drawn >= side
