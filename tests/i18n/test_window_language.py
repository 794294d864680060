"""The main window in each language: no English left in the menus; Arabic right to left."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu

from tests.i18n.tsfile import ts_files
from tldops_desktop.gui.i18n import LRI, install_translators

LANGS = sorted(ts_files())
# Names and acronyms that read the same in every language.
SAME_IN_EVERY_LANGUAGE = frozenset({"TLD-OPS", "TLD-OPS Desktop", "DNSViz", "Zonemaster", "E.164"})


def plain(text: str) -> str:
    """An action's text without its mnemonic (``&File``, ``文件(&F)``) and shortcut."""
    text = text.split("\t", maxsplit=1)[0]
    text = re.sub(r"\(&\w\)", "", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def menu_texts(actions: list[QAction], path: str = "") -> list[tuple[str, str]]:
    found = []
    for action in actions:
        if action.isSeparator() or not action.text():
            continue
        where = f"{path} › {plain(action.text())}" if path else plain(action.text())
        found.append((where, plain(action.text())))
        menu = action.menu()
        if isinstance(menu, QMenu):
            found += menu_texts(menu.actions(), where)
    return found


@pytest.mark.parametrize("language", LANGS)
def test_no_english_left_in_the_menus(
    qapp: QApplication,
    make_window: Callable[..., Any],
    session: Any,
    use_compiled_qm: Path,
    language: str,
) -> None:
    english = menu_texts(make_window(session, show=False).menuBar().actions())
    assert len(english) > 10
    install_translators(qapp, language)
    window = make_window(session, show=False)
    translated = menu_texts(window.menuBar().actions())
    assert len(translated) == len(english)
    left = [
        where
        for (where, source), (_, text) in zip(english, translated, strict=True)
        if text == source and source not in SAME_IN_EVERY_LANGUAGE
    ]
    assert not left, f"English left in the {language} menus: {left}"


def test_arabic_window_is_right_to_left(
    qapp: QApplication, make_window: Callable[..., Any], session: Any, use_compiled_qm: Path
) -> None:
    install_translators(qapp, "ar")
    window = make_window(session)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.menuBar().layoutDirection() == Qt.LayoutDirection.RightToLeft
    index = window.model.index(0, 0)
    assert str(index.data()).startswith(LRI)  # the ccTLD column reads left to right


@pytest.mark.parametrize("language", ["en", *LANGS])
def test_every_copy_button_stays_in_view_in_a_narrow_window(
    qapp: QApplication,
    make_window: Callable[..., Any],
    session: Any,
    use_compiled_qm: Path,
    qtbot: Any,
    language: str,
) -> None:
    """Half a laptop screen, beside a chat window, in the longest of languages: the pane never
    scrolls sideways with its copy and QR buttons out of view."""
    from PySide6.QtWidgets import QScrollArea

    from tests.gui.conftest import type_text

    install_translators(qapp, language)
    window = make_window(session)
    window.resize(600, 740)
    type_text(window.search_field, ".de")
    qtbot.waitUntil(lambda: window.detail.member is not None, timeout=5000)
    qtbot.wait(50)
    scroll = window.detail.findChild(QScrollArea)
    assert not scroll.horizontalScrollBar().isVisible()
    viewport = scroll.viewport()
    detail = window.detail
    for button in [*detail.copy_buttons.values(), detail.copy_all_button, detail.tools_button]:
        left = button.mapTo(viewport, button.rect().topLeft()).x()
        right = button.mapTo(viewport, button.rect().topRight()).x()
        assert min(left, right) >= 0 and max(left, right) <= viewport.width(), button.toolTip()


def test_the_result_count_uses_the_languages_digits(
    qapp: QApplication,
    make_window: Callable[..., Any],
    session: Any,
    use_compiled_qm: Path,
) -> None:
    """One system of digits in a window: Arabic's own in the count, as in the status bar."""
    from PySide6.QtCore import QLocale

    from tests.gui.conftest import type_text

    install_translators(qapp, "ar")
    window = make_window(session)
    total = window.proxy.rowCount()
    assert QLocale().toString(total) in window.feedback.result_label.text()
    type_text(window.search_field, "de")
    shown = window.proxy.rowCount()
    text = window.feedback.result_label.text()
    assert QLocale().toString(shown) in text and QLocale().toString(total) in text
    assert not any(ch.isascii() and ch.isdigit() for ch in text)


@pytest.mark.parametrize("language", ["en", *LANGS])
def test_the_member_lists_column_titles_are_not_cut(
    qapp: QApplication,
    make_window: Callable[..., Any],
    session: Any,
    use_compiled_qm: Path,
    language: str,
) -> None:
    """The narrow columns were as wide in pixels in every language and at every font size:
    "جهات الاتصال" (Contacts) showed as "هات الاتصا". Each is at least as wide as its title."""
    from tldops_desktop.gui.models import Column

    if language != "en":
        install_translators(qapp, language)
    window = make_window(session, show=False)
    header = window.table.horizontalHeader()
    for column in (Column.TLD, Column.ACE, Column.REGION, Column.CONTACTS):
        title = window.table.model().headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= header.sectionSizeHint(column), title
