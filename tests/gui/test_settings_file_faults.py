"""A settings file as it may be found: edited by hand, written by another version, damaged.
The window opens with each value brought into the range its Settings dialog offers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

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


def _settings_file(tmp_path: Path, lines: str) -> AppSettings:
    """A settings file as found on disk, read as the app reads it."""
    from PySide6.QtCore import QSettings

    path = tmp_path / "damaged.ini"
    path.write_bytes(lines.encode("utf-8", "surrogateescape"))
    return AppSettings(QSettings(str(path), QSettings.Format.IniFormat))


@pytest.mark.parametrize(
    "value",
    [
        "",  # emptied
        "   ",
        "@ByteArray(\\0\\xff\\xfe)",  # binary
        "tld-ops." + "x" * 100_000,  # huge
        "tld-ops.lists.dns-oarc.net, other.example.org",  # a list (the INI reads a comma so)
        "@Size(3 4)",  # another type
        "42",
        "<tld-ops.lists.dns-oarc.net>",
    ],
)
def test_a_damaged_list_id_gives_way_to_the_default_and_is_logged(
    tmp_path: Path, value: str, caplog: pytest.LogCaptureFixture
) -> None:
    from tldops_desktop.mail.identity import DEFAULT_IDENTITY, check_trust

    settings = _settings_file(
        tmp_path,
        f"[trust]\nlist_id={value}\nlist_address=tld-ops@lists.dns-oarc.net\n"
        "bounce_address=\nformer=@ByteArray(x)\n",
    )
    with caplog.at_level("WARNING"):
        identity = settings.identity()
    assert identity == DEFAULT_IDENTITY
    assert "trust/list_id" in caplog.text and "damaged.ini" in caplog.text
    assert "trust/bounce_address" in caplog.text and "trust/former" in caplog.text
    assert "x" * 100 not in caplog.text  # (never the value: it may be anything)
    # A message that names no list ("List-Id: <>") is never taken for the list's.
    forged = {
        "list-id": ["<>"],
        "sender": [DEFAULT_IDENTITY.bounce_address],
        "from": [DEFAULT_IDENTITY.list_address],
    }
    assert not check_trust(forged, identity).trusted


def test_sound_identities_are_read_as_they_are(tmp_path: Path, caplog: Any) -> None:
    settings = _settings_file(
        tmp_path,
        "[trust]\nlist_id=tld-ops.lists.example.org\nlist_address=tld-ops@lists.example.org\n"
        "bounce_address=tld-ops-bounces@lists.example.org\n"
        'former="tld-ops.lists.dns-oarc.net|tld-ops@lists.dns-oarc.net|'
        'tld-ops-bounces@lists.dns-oarc.net", garbage|x|y\n',
    )
    with caplog.at_level("WARNING"):
        identity = settings.identity()
    assert identity.triple == (
        "tld-ops.lists.example.org",
        "tld-ops@lists.example.org",
        "tld-ops-bounces@lists.example.org",
    )
    assert identity.former == (
        ("tld-ops.lists.dns-oarc.net", "tld-ops@lists.dns-oarc.net",
         "tld-ops-bounces@lists.dns-oarc.net"),
    )  # fmt: skip
    assert "trust/former" in caplog.text and "1 entries" in caplog.text
