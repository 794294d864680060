"""Every dialog fits a small screen in every language, whose words are longer than English."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from tests.gui.test_screen_fit import TINY, _dialogs, _short_screen, misfits
from tldops_desktop.gui.i18n import install_translators


@pytest.mark.parametrize("language", ["ar", "es", "fr", "ru", "zh_CN"])
def test_every_dialog_fits_a_very_short_screen_in_every_language(
    qapp: QApplication,
    use_compiled_qm: Path,
    qtbot: Any,
    session: Any,
    settings: Any,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    """On 640x360, the settings were 761 pixels wide in French (a check box's long line
    beside the form's labels) and the request form 658 (four buttons in a row): wider than
    the screen, their right edge and its buttons out of reach."""
    install_translators(qapp, language)
    _short_screen(monkeypatch, *TINY)
    assert not misfits(qtbot, _dialogs(session, settings, data_dir, tmp_path))
