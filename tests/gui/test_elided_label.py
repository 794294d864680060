"""The status bar's shrinking texts: they give way a whole word at a time, never mid-word."""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tldops_desktop.gui.elided_label import ElidedLabel
from tldops_desktop.gui.i18n import LRI, PDI

STAMP = "20261001-0600"
LEGENDS = {
    "ar": f"الخط العريض: تغيّر منذ {LRI}{STAMP}{PDI}",
    "en": f"Bold: changed since {STAMP}",
    "ru": f"Жирный шрифт: изменено после {STAMP}",
    "zh_CN": f"粗体：自 {STAMP} 以来有变化",
}


def _may_break(before: str, after: str) -> bool:
    """Not inside a word: Chinese lines break between ideographs, which have no spaces."""
    if not (before.isalnum() and after.isalnum()):
        return True
    return all(unicodedata.name(char, "").startswith("CJK") for char in (before, after))


def _label(qtbot: Any, text: str, *, right_to_left: bool) -> ElidedLabel:
    label = ElidedLabel()
    qtbot.addWidget(label)
    if right_to_left:
        label.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    label.setText(text)
    return label


@pytest.mark.parametrize("language", sorted(LEGENDS))
def test_the_legend_gives_way_a_word_at_a_time(qtbot: Any, language: str) -> None:
    """At every width: the whole legend, or its first words and "…"; the stamp whole or
    gone (the Arabic legend read "تغيّر منذ 20261001…" at 720 pixels)."""
    text = LEGENDS[language]
    label = _label(qtbot, text, right_to_left=language == "ar")
    metrics = label.fontMetrics()
    full = metrics.horizontalAdvance(text)
    shortened = set()
    for width in range(0, full + 20, 3):
        label.resize(width + label.contentsMargins().left() + label.contentsMargins().right(), 20)
        shown = label.shown_text()
        assert metrics.horizontalAdvance(shown) <= max(width, metrics.horizontalAdvance("…"))
        if shown == text:
            continue
        assert shown.endswith("…"), shown
        kept = shown.removesuffix("…").replace(PDI, "").rstrip()
        assert text.replace(LRI, "").replace(PDI, "").startswith(kept.replace(LRI, ""))
        assert STAMP in kept or not any(ch.isdigit() for ch in kept), shown
        rest = text.replace(LRI, "").replace(PDI, "")[len(kept.replace(LRI, "")) :]
        # cut where a line may break: before a space, or (Chinese) between ideographs
        assert not kept or rest[0] == " " or _may_break(kept[-1], rest[0]), shown
        shortened.add(shown)
        label.grab()  # paints what it says it shows, without a warning
    assert len(shortened) >= 2, shortened  # it did give way, in steps


def test_an_open_isolate_is_closed_before_the_ellipsis(qtbot: Any) -> None:
    """A cut inside a left-to-right run (a phone number's spaces): the "…" is the
    paragraph's, after the run, not inside it."""
    text = f"اتصل بالرقم {LRI}+31 6 1234 5678{PDI} الآن"
    label = _label(qtbot, text, right_to_left=True)
    metrics = label.fontMetrics()
    for width in range(0, metrics.horizontalAdvance(text), 3):
        label.resize(width, 20)
        shown = label.shown_text()
        assert shown.count(LRI) == shown.count(PDI), repr(shown)


def test_a_first_word_too_long_leaves_the_ellipsis_alone(qtbot: Any) -> None:
    label = _label(qtbot, "Supercalifragilistic expialidocious", right_to_left=False)
    label.resize(label.fontMetrics().horizontalAdvance("Supercal…"), 20)
    assert label.shown_text() == "…"
    assert label.toolTip() == label.text()  # the whole, on hover
