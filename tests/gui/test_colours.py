"""Warning text: a red that reads on the window's background, light or dark, also after a
theme switch while the app runs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from tests.gui.palettes import dark_palette, high_contrast_palette, light_palette
from tldops_desktop.gui.colours import contrast_ratio, set_warning_text, warning_colour
from tldops_desktop.gui.mainwindow import MainWindow

AA = 4.5


def text_contrast(widget: QWidget) -> float:
    """The text's contrast on the background it is drawn on: its window's."""
    background = widget.window().palette().color(QPalette.ColorRole.Window)
    return contrast_ratio(widget.palette().color(widget.foregroundRole()), background)


def test_contrast_ratio_is_the_wcag_one() -> None:
    assert contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("#777777")) == pytest.approx(1.0)
    # The old fixed red on the dark theme's window: what made warnings unreadable.
    assert contrast_ratio(QColor("#b3261e"), QColor("#2d2d2d")) < 2.5


@pytest.mark.parametrize(
    "palette",
    [light_palette(), dark_palette(), high_contrast_palette()],
    ids=["light", "dark", "high-contrast"],
)
def test_warning_colour_reads_on_the_window_background(palette: QPalette) -> None:
    colour = warning_colour(palette)
    window = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window)
    assert contrast_ratio(colour, window) >= AA
    assert colour.red() > colour.green()  # still a red


@pytest.mark.parametrize("grey", ["#5a5a5a", "#767676", "#8a8a8a", "#b0b0b0"])
def test_warning_colour_reads_on_mid_greys(grey: str) -> None:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(grey))
    assert contrast_ratio(warning_colour(palette), QColor(grey)) >= AA


def test_a_warning_label_follows_a_theme_switch(
    qtbot, app_palette: Callable[[QPalette], None]
) -> None:
    app_palette(light_palette())
    holder = QWidget()
    qtbot.addWidget(holder)
    label = QLabel("Could not read 1 remembered mailbox", holder)
    set_warning_text(label)
    holder.show()
    light_red = label.palette().color(QPalette.ColorRole.WindowText)
    assert text_contrast(label) >= AA
    app_palette(dark_palette())
    assert label.palette().color(QPalette.ColorRole.WindowText) != light_red
    assert text_contrast(label) >= AA
    set_warning_text(label, False)  # back to the normal text colour, which follows the theme
    assert label.palette().color(QPalette.ColorRole.WindowText) == QColor("#e6e6e6")
    app_palette(high_contrast_palette())
    assert label.palette().color(QPalette.ColorRole.WindowText) == QColor("#ffffff")


def test_status_bar_warning_reads_after_a_switch_to_dark(
    window: MainWindow, app_palette: Callable[[QPalette], None]
) -> None:
    app_palette(light_palette())
    window.recheck_label.say("Could not read 1 remembered mailbox", warning=True)
    assert text_contrast(window.recheck_label) >= AA
    app_palette(dark_palette())
    assert text_contrast(window.recheck_label) >= AA
    window.recheck_label.say("Checked.")
    normal = window.palette().color(QPalette.ColorRole.WindowText)
    assert window.recheck_label.palette().color(QPalette.ColorRole.WindowText) == normal


def test_unlock_message_reads_on_a_dark_theme(
    qtbot, tmp_path: Path, app_palette: Callable[[QPalette], None]
) -> None:
    from tldops_desktop.gui.dialogs.unlock import UnlockDialog

    app_palette(dark_palette())
    dialog = UnlockDialog(None, tmp_path / "data", create=True)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("one pass")
    dialog.confirm.setText("two pass")
    assert dialog.try_unlock() is False
    assert text_contrast(dialog.message) >= AA
    app_palette(light_palette())
    assert text_contrast(dialog.message) >= AA


@pytest.mark.parametrize("which", ["settings", "find-mail"])
def test_dialog_messages_read_on_a_dark_theme(
    qtbot, which: str, tmp_path: Path, app_palette: Callable[[QPalette], None]
) -> None:
    app_palette(dark_palette())
    if which == "settings":
        from tldops_desktop.gui.dialogs.settings_dialog import PassphraseDialog

        dialog: QWidget = PassphraseDialog(None, "Passphrase", ask_current=True, ask_new=True)
    else:
        from tldops_desktop.gui.dialogs.find_mail import FindMailDialog

        dialog = FindMailDialog(None, tmp_path / "data", home=tmp_path / "user", os_name="linux")
    qtbot.addWidget(dialog)
    message = dialog.message  # type: ignore[attr-defined]
    message.setText("Something went wrong")
    assert text_contrast(message) >= AA


def selection_contrast(widget: QWidget, group: QPalette.ColorGroup) -> float:
    palette = widget.palette()
    return contrast_ratio(
        palette.color(group, QPalette.ColorRole.Highlight),
        palette.color(group, QPalette.ColorRole.HighlightedText),
    )


GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)


@pytest.mark.parametrize("palette", [light_palette, dark_palette, high_contrast_palette])
def test_the_selected_member_reads_in_every_theme(
    window: MainWindow, app_palette: Callable[[QPalette], None], palette: Callable[[], QPalette]
) -> None:
    """White on Fusion's own blue is 3.7:1, on the usual dark theme's 4:1: the row a responder
    reads was the hardest to read. Its blue is darkened until it reads; a theme's highlight
    that reads already (high contrast's black on yellow) is kept as it is."""
    app_palette(palette())
    for group in GROUPS:
        assert selection_contrast(window.table, group) >= AA
    theirs = QApplication.palette().color(QPalette.ColorRole.Highlight)
    if (
        contrast_ratio(theirs, QApplication.palette().color(QPalette.ColorRole.HighlightedText))
        >= AA
    ):
        assert window.table.palette().color(QPalette.ColorRole.Highlight) == theirs


def test_the_selection_follows_a_theme_switch(
    window: MainWindow, app_palette: Callable[[QPalette], None]
) -> None:
    from tldops_desktop.gui.dialogs.history import HistoryDialog

    assert window.session is not None
    history = HistoryDialog(window, window.session.store.repo)
    views = [window.table, history.table, history.tree]
    for palette in (dark_palette, high_contrast_palette, light_palette):
        app_palette(palette())
        for view in views:
            for group in GROUPS:
                assert selection_contrast(view, group) >= AA, (palette.__name__, view)
    # Back in the high-contrast theme: its own yellow, not a blue kept from before.
    app_palette(high_contrast_palette())
    assert window.table.palette().color(QPalette.ColorRole.Highlight) == QColor("#ffff00")


def drawn_placeholder_contrast(field: QWidget, group: QPalette.ColorGroup) -> float:
    palette = field.palette()
    base = palette.color(group, QPalette.ColorRole.Base)
    placeholder = palette.color(group, QPalette.ColorRole.PlaceholderText)
    alpha = placeholder.alphaF()
    drawn = QColor.fromRgbF(
        base.redF() + (placeholder.redF() - base.redF()) * alpha,
        base.greenF() + (placeholder.greenF() - base.greenF()) * alpha,
        base.blueF() + (placeholder.blueF() - base.blueF()) * alpha,
    )
    return contrast_ratio(drawn, base)


def test_the_search_fields_hint_reads_in_every_theme(
    window: MainWindow, app_palette: Callable[[QPalette], None]
) -> None:
    """What to type and Ctrl+F, in the empty search field: Fusion's grey was 3.9:1, and a dark
    theme that sets no placeholder colour drew it dark on the dark field (1.1:1). It stays
    fainter than what is typed."""
    field = window.search_field
    for palette in (light_palette, dark_palette, high_contrast_palette, light_palette):
        app_palette(palette())
        for group in GROUPS:
            assert drawn_placeholder_contrast(field, group) >= AA, palette.__name__
            text = field.palette().color(group, QPalette.ColorRole.Text)
            base = field.palette().color(group, QPalette.ColorRole.Base)
            assert drawn_placeholder_contrast(field, group) < contrast_ratio(text, base)
