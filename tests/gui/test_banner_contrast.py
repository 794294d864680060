"""The banners keep their own light colours in a dark theme: what is drawn on them takes the
banner's dark text colour, not the theme's light one (WCAG AA, 4.5:1)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QColor, QPalette

from tests.gui.palettes import dark_palette, high_contrast_palette, light_palette
from tldops_desktop.gui.colours import contrast_ratio
from tldops_desktop.gui.news_banner import NewsBanner

AA = 4.5
NEWS_BACKGROUND = QColor("#dbeafe")


@pytest.mark.parametrize("palette", [light_palette, dark_palette, high_contrast_palette])
def test_the_news_banners_dismiss_button_reads_in_every_theme(
    qtbot, app_palette: Callable[[QPalette], None], palette: Callable[[], QPalette]
) -> None:
    app_palette(palette())
    banner = NewsBanner()
    qtbot.addWidget(banner)
    banner.resize(600, 60)
    banner.show()
    qtbot.waitExposed(banner)
    button = banner.dismiss_button
    # The button as drawn on its banner: the strongest contrast among its pixels is its
    # glyph's against the banner's background.
    image = banner.frame.grab(button.geometry()).toImage()
    best = max(
        contrast_ratio(image.pixelColor(x, y), NEWS_BACKGROUND)
        for x in range(image.width())
        for y in range(image.height())
    )
    assert best >= AA
