"""A settings file as it may be found: edited by hand, written by another version, damaged.
The window opens with each value brought into the range its Settings dialog offers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tldops_desktop.gui.settings_store import AppSettings


def test_numbers_out_of_range_open_the_window(
    make_window: Any, session: Any, settings: AppSettings, tmp_path: Path
) -> None:
    settings.qsettings.setValue("privacy/lock_minutes", "99999999")
    settings.qsettings.setValue("privacy/clipboard_clear_seconds", "9999999999")
    settings.sync()
    assert settings.get("privacy/lock_minutes") == 24 * 60  # the dialog's maximum
    assert settings.get("privacy/clipboard_clear_seconds") == 3600
    settings.qsettings.setValue("privacy/lock_minutes", "-5")
    assert settings.get("privacy/lock_minutes") == 0
    settings.qsettings.setValue("privacy/lock_minutes", "99999999")
    window = make_window(session)  # raised OverflowError (a Qt timer's 32-bit interval)
    window.copy_value("+31 20 123 4567", "the number")
    assert window.clipboard is not None
