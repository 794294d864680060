"""Light, dark and high-contrast palettes, as a desktop's theme switch delivers them."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

Role = QPalette.ColorRole


def _palette(colours: dict[QPalette.ColorRole, str], disabled: str) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return palette


def light_palette() -> QPalette:
    return _palette(
        {
            Role.Window: "#efefef",
            Role.WindowText: "#000000",
            Role.Base: "#ffffff",
            Role.AlternateBase: "#f7f7f7",
            Role.Text: "#000000",
            Role.Button: "#efefef",
            Role.ButtonText: "#000000",
            Role.Link: "#0000ff",
        },
        "#808080",
    )


def dark_palette() -> QPalette:
    return _palette(
        {
            Role.Window: "#2d2d2d",
            Role.WindowText: "#e6e6e6",
            Role.Base: "#1e1e1e",
            Role.AlternateBase: "#282828",
            Role.Text: "#e6e6e6",
            Role.Button: "#2d2d2d",
            Role.ButtonText: "#e6e6e6",
            Role.Highlight: "#2a82da",
            Role.HighlightedText: "#ffffff",
            Role.Link: "#64aaff",
            Role.BrightText: "#ff5050",
        },
        "#787878",
    )


def high_contrast_palette() -> QPalette:
    return _palette(
        {
            Role.Window: "#000000",
            Role.WindowText: "#ffffff",
            Role.Base: "#000000",
            Role.AlternateBase: "#000000",
            Role.Text: "#ffffff",
            Role.Button: "#000000",
            Role.ButtonText: "#ffffff",
            Role.Highlight: "#ffff00",
            Role.HighlightedText: "#000000",
            Role.Link: "#00ffff",
        },
        "#c0c0c0",
    )
