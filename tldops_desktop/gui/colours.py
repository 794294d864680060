"""Colours chosen from the palette: warning text that stays readable in light and dark themes.

A fixed dark red reads well on a light window and not at all on a dark one (2:1). The warning
colour is a red for the window's own background, with a contrast of at least 4.5:1 (WCAG AA
for normal text); labels that show warnings follow a palette change made while the app runs
(night mode, high contrast).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

MIN_CONTRAST = 4.5
LIGHT_BACKGROUND_RED = QColor("#b3261e")  # on a light window: 6.5:1 on white
DARK_BACKGROUND_RED = QColor("#ffb4ab")  # on a dark window: 11:1 on black
_WARNING_PROPERTY = "warning-text"


def relative_luminance(colour: QColor) -> float:
    """The WCAG 2 relative luminance of an sRGB colour (0 black to 1 white)."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """The WCAG 2 contrast ratio of two colours, from 1 (the same) to 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _mixed(colour: QColor, towards: QColor, share: float) -> QColor:
    return QColor.fromRgbF(
        colour.redF() + (towards.redF() - colour.redF()) * share,
        colour.greenF() + (towards.greenF() - colour.greenF()) * share,
        colour.blueF() + (towards.blueF() - colour.blueF()) * share,
    )


def warning_colour(palette: QPalette) -> QColor:
    """A red for warning and error text on ``palette``'s window background (≥ 4.5:1)."""
    background = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window)
    dark = relative_luminance(background) < 0.18  # darker than mid grey
    red = DARK_BACKGROUND_RED if dark else LIGHT_BACKGROUND_RED
    # A mid-grey window may leave either red short of the contrast: move it towards white
    # (on a dark window) or black (on a light one) until it reads.
    extreme = QColor("#ffffff") if dark else QColor("#000000")
    for step in range(11):
        candidate = _mixed(red, extreme, step / 10)
        if contrast_ratio(candidate, background) >= MIN_CONTRAST:
            return QColor(candidate.name())
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)


class _PaletteFollower(QObject):
    """Applies a colour (``apply``) to the widget it filters again when the palette or theme
    changes."""

    def __init__(self, widget: QWidget, apply: Callable[[QWidget], None]) -> None:
        super().__init__(widget)
        self.apply = apply

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.ApplicationPaletteChange,
            QEvent.Type.ThemeChange,
        ) and isinstance(watched, QWidget):
            self.apply(watched)
        return False


class _WarningFollower(_PaletteFollower):
    """Re-chooses a warning label's colour when its palette changes."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget, _apply_warning_colour)


def _apply_warning_colour(widget: QWidget) -> None:
    palette = widget.palette()
    if not widget.property(_WARNING_PROPERTY):
        if widget.testAttribute(Qt.WidgetAttribute.WA_SetPalette):
            widget.setPalette(QPalette())  # nothing set: all of it inherited again
        return
    colour = warning_colour(palette)
    if palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText) != colour:
        # Only the text colour is set: every other role still follows the application's
        # palette (and sends the PaletteChange that brings this filter back).
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.WindowText, colour)
            palette.setColor(group, QPalette.ColorRole.Text, colour)
        widget.setPalette(palette)


def set_warning_text(widget: QWidget, warning: bool = True) -> None:
    """Draw ``widget``'s text in the warning colour (or back in the normal one), now and
    after any later palette change."""
    widget.setProperty(_WARNING_PROPERTY, warning)
    if widget.findChild(_WarningFollower) is None:
        follower = _WarningFollower(widget)
        widget.installEventFilter(follower)
    _apply_warning_colour(widget)


def readable_highlight(palette: QPalette, group: QPalette.ColorGroup) -> QColor:
    """``palette``'s highlight for ``group``, darkened (under light text) or lightened (under
    dark text) just enough that its highlighted text reads (≥ 4.5:1)."""
    highlight = palette.color(group, QPalette.ColorRole.Highlight)
    text = palette.color(group, QPalette.ColorRole.HighlightedText)
    extreme = QColor("#000000") if relative_luminance(text) > 0.18 else QColor("#ffffff")
    for step in range(21):
        candidate = _mixed(highlight, extreme, step / 20)
        if contrast_ratio(candidate, text) >= MIN_CONTRAST:
            return QColor(candidate.name()) if step else highlight
    return extreme


def readable_placeholder(palette: QPalette, group: QPalette.ColorGroup) -> QColor:
    """``palette``'s placeholder colour for ``group`` if it reads on the field (≥ 4.5:1), else
    its text colour faded towards the field as far as it still reads: fainter than what is
    typed, and read. (Fusion's own is 3.9:1; a dark palette that sets none kept the light
    one's, dark on dark.)"""
    base = palette.color(group, QPalette.ColorRole.Base)
    text = palette.color(group, QPalette.ColorRole.Text)
    placeholder = palette.color(group, QPalette.ColorRole.PlaceholderText)
    drawn = _mixed(base, placeholder, placeholder.alphaF())  # as it is drawn on the field
    if contrast_ratio(drawn, base) >= MIN_CONTRAST:
        return placeholder
    for step in range(10, -1, -1):
        candidate = _mixed(text, base, step / 20)
        if contrast_ratio(candidate, base) >= MIN_CONTRAST:
            return QColor(candidate.name())
    return text


Chooser = Callable[[QPalette, QPalette.ColorGroup], QColor]


class _ReadableFollower(_PaletteFollower):
    """Chooses a widget's colour of one role again when the theme changes."""

    def __init__(self, widget: QWidget, role: QPalette.ColorRole, choose: Chooser) -> None:
        super().__init__(widget, self._choose_again)
        self.role = role
        self.choose = choose

    def _choose_again(self, widget: QWidget) -> None:
        # From the theme's palette, not the widget's: the widget's holds the colour set before.
        theme = QApplication.palette(widget)
        palette = widget.palette()
        changed = False
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            colour = self.choose(theme, group)
            if palette.color(group, self.role) != colour:
                palette.setColor(group, self.role, colour)
                changed = True
        if changed:
            widget.setPalette(palette)


def _follow(widget: QWidget, role: QPalette.ColorRole, choose: Chooser) -> None:
    follower = next((f for f in widget.findChildren(_ReadableFollower) if f.role == role), None)
    if follower is None:
        follower = _ReadableFollower(widget, role, choose)
        widget.installEventFilter(follower)
    follower.apply(widget)


def set_readable_selection(widget: QWidget) -> None:
    """Draw ``widget``'s selected rows in a highlight its highlighted text reads on, now and
    after any later theme change (white on Fusion's own blue is 3.7:1)."""
    _follow(widget, QPalette.ColorRole.Highlight, readable_highlight)


def set_readable_placeholder(widget: QWidget) -> None:
    """Draw ``widget``'s placeholder text so that it reads, now and after any theme change."""
    _follow(widget, QPalette.ColorRole.PlaceholderText, readable_placeholder)
