"""Settings: values saved on OK, tools validated, folder opened, key mode switched."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QTabBar

from tests.gui.dialogs.conftest import TEST_PASSPHRASE
from tldops_desktop.gui.dialogs.settings_dialog import SettingsDialog, change_key_mode
from tldops_desktop.gui.settings_store import AppSettings
from tldops_desktop.mail.identity import DEFAULT_IDENTITY
from tldops_desktop.services.store import Store
from tldops_desktop.storage.keys import KeySource


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def make(qtbot, settings, store, data_dir, **kw):
    urls: list[QUrl] = []
    dialog = SettingsDialog(None, settings, store, data_dir, url_opener=urls.append, **kw)
    qtbot.addWidget(dialog)
    return dialog, urls


def test_defaults_shown_and_changes_saved(qtbot, settings, store, store_dir):
    dialog, _urls = make(qtbot, settings, store, store_dir)
    assert dialog.clipboard.value() == 30
    assert dialog.lock.value() == 0
    assert dialog.language.currentData() == ""
    assert dialog.list_id.text() == DEFAULT_IDENTITY.list_id
    assert dialog.tools.rowCount() == len(settings.monitoring_tools())
    languages = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert {"English", "العربية", "Español", "Français", "Русский", "简体中文"} <= set(languages)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.clipboard.setValue(0)
    dialog.lock.setValue(5)
    dialog.list_id.setText("other.example.net")
    dialog.buttons.accepted.emit()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert settings.get("ui/language") == "fr"
    assert settings.get("privacy/clipboard_clear_seconds") == 0
    assert settings.get("privacy/lock_minutes") == 5
    assert settings.identity().list_id == "other.example.net"


def test_reset_identity(qtbot, settings, store, store_dir):
    settings.set("trust/list_id", "spoof.example")
    dialog, _urls = make(qtbot, settings, store, store_dir)
    assert dialog.list_id.text() == "spoof.example"
    dialog.reset_identity()
    assert dialog.apply()
    assert settings.identity() == DEFAULT_IDENTITY


def test_tools_add_remove_reset_and_validation(qtbot, settings, store, store_dir):
    dialog, _urls = make(qtbot, settings, store, store_dir)
    count = dialog.tools.rowCount()
    dialog.add_tool()
    assert dialog.tools.rowCount() == count + 1
    dialog.tools.item(count, 0).setText("RIPEstat")
    dialog.tools.item(count, 1).setText("https://stat.ripe.net/{tld}")
    assert dialog.apply()
    assert ("RIPEstat", "https://stat.ripe.net/{tld}") in settings.monitoring_tools()
    dialog.tools.item(count, 1).setText("https://no-placeholder.example/")
    assert not dialog.apply()
    assert "{tld}" in dialog.message.text()
    assert dialog.tabs.currentIndex() == 2
    dialog.tools.setCurrentCell(count, 0)
    dialog.remove_tool()
    assert dialog.tools.rowCount() == count
    dialog.tools.setCurrentCell(0, 0)
    dialog.remove_tool()
    dialog.reset_tools()
    assert dialog.tools.rowCount() == count
    assert dialog.apply()


def test_open_folder_uses_a_file_url(qtbot, settings, store, store_dir):
    dialog, urls = make(qtbot, settings, store, store_dir)
    assert dialog.location.text() == str(store_dir)
    dialog.open_folder()
    assert len(urls) == 1
    assert urls[0].isLocalFile() and Path(urls[0].toLocalFile()) == store_dir


def test_change_passphrase_from_the_dialog(qtbot, settings, store, store_dir):
    dialog, _urls = make(qtbot, settings, store, store_dir)
    assert dialog.keyring_button.isEnabled()  # passphrase mode: may move to the keyring
    assert "Change" in dialog.passphrase_button.text()
    ask = dialog.request_passphrase_mode()
    assert ask.current.isVisibleTo(ask)
    ask.current.setText(TEST_PASSPHRASE)
    ask.new.setText("brand new")
    ask.repeat.setText("different")
    ask.buttons.accepted.emit()
    assert "differ" in ask.message.text()
    ask.repeat.setText("brand new")
    ask.buttons.accepted.emit()
    assert "changed" in dialog.message.text()
    assert ask.new.text() == ""  # secrets do not stay in widgets
    store.repo.editions()  # the open store carries on
    store.close()
    Store.open(store_dir, KeySource(passphrase="brand new", prompt=None)).close()


def test_switch_to_keyring_and_back(qtbot, settings, store, store_dir, memory_keyring):
    info = change_key_mode(store, "keyring", current_passphrase=TEST_PASSPHRASE)
    assert info.mode == "keyring" and store.key_info.mode == "keyring"
    dialog, _urls = make(qtbot, settings, store, store_dir)
    assert not dialog.keyring_button.isEnabled()
    assert "keyring" in dialog.key_mode.text()
    ask = dialog.request_passphrase_mode()
    assert not ask.current.isVisibleTo(ask)  # the keyring holds the current key
    ask.new.setText("p2")
    ask.repeat.setText("p2")
    ask.buttons.accepted.emit()
    assert "at least 8 characters" in ask.message.text()  # too short: said, nothing changed
    assert store.key_info.mode == "keyring"
    ask.new.setText("second pass")
    ask.repeat.setText("second pass")
    ask.buttons.accepted.emit()
    assert store.key_info.mode == "passphrase"
    assert memory_keyring.items == {}
    store.close()
    Store.open(store_dir, KeySource(passphrase="second pass", prompt=None)).close()


def test_without_a_store_key_buttons_are_off(qtbot, settings, store_dir):
    dialog, _urls = make(qtbot, settings, None, store_dir)
    assert not dialog.keyring_button.isEnabled()
    assert not dialog.passphrase_button.isEnabled()


def test_tool_addresses_read_left_to_right_in_arabic(
    qtbot, settings, store, store_dir, right_to_left
):
    """ "https://dnsviz.net/d/{tld}/dnssec/", not "/https://…": the address column is laid
    out left to right (aligned right, like the names); the text stored is untouched."""
    dialog, _urls = make(qtbot, settings, store, store_dir)
    dialog.show()
    qtbot.waitExposed(dialog)
    address = dialog.tools.model().index(0, 1)
    option = QStyleOptionViewItem()
    option.initFrom(dialog.tools)
    dialog.tools.itemDelegateForColumn(1).initStyleOption(option, address)
    assert option.direction == Qt.LayoutDirection.LeftToRight
    assert option.displayAlignment & Qt.AlignmentFlag.AlignRight
    name = dialog.tools.model().index(0, 0)
    assert dialog.tools.itemDelegateForIndex(name) is not dialog.address_delegate
    assert dialog.tools.item(0, 1).text().startswith("https://")
    dialog.tools.setCurrentCell(0, 1)
    dialog.edit_tool()
    editor = dialog.tools.indexWidget(address) or QApplication.focusWidget()
    assert editor is not None
    assert editor.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_tool_names_are_shown_whole(qtbot, settings, store, store_dir, right_to_left):
    """An elided left-to-right name in a right-to-left window reads "…IANA root zon": the
    names are short, so their column fits the longest."""
    dialog, _urls = make(qtbot, settings, store, store_dir)
    dialog.show()
    qtbot.waitExposed(dialog)
    metrics = dialog.tools.fontMetrics()
    names = [dialog.tools.item(row, 0).text() for row in range(dialog.tools.rowCount())]
    assert "IANA root zone database" in names
    widest = max(metrics.horizontalAdvance(name) for name in names)
    assert dialog.tools.columnWidth(0) >= widest


def test_when_the_list_moves_what_it_sent_before_stays_trusted(qtbot, settings, store, store_dir):
    dialog, _urls = make(qtbot, settings, store, store_dir)
    dialog.list_id.setText("tld-ops.lists.example.org")
    dialog.list_address.setText("tld-ops@lists.example.org")
    dialog.bounce_address.setText("tld-ops-bounces@lists.example.org")
    assert dialog.apply()
    moved = settings.identity()
    assert moved.list_id == "tld-ops.lists.example.org"
    assert moved.former == (DEFAULT_IDENTITY.triple,)
    dialog, _urls = make(qtbot, settings, store, store_dir)
    dialog.reset_identity()  # a fresh start: nothing set before is trusted any more
    assert dialog.apply()
    assert settings.identity() == DEFAULT_IDENTITY


def test_settings_that_cannot_be_saved_are_said(qtbot, store, store_dir, tmp_path):
    """The settings file cannot be written (its folder is a file here; read-only, another
    user's): Qt drops the change at the next start without a word; the dialog says so."""
    (tmp_path / "a-file").write_text("x")
    stuck = AppSettings(
        QSettings(str(tmp_path / "a-file" / "settings.ini"), QSettings.Format.IniFormat)
    )
    dialog, _urls = make(qtbot, stuck, store, store_dir)
    dialog.lock.setValue(5)
    assert not dialog.apply()
    assert "could not be saved" in dialog.message.text()
    assert "settings.ini" in dialog.message.text()
    assert stuck.get("privacy/lock_minutes") == 5  # it applies while the app runs


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("list_id", "tld ops list"),
        ("list_id", "<tld-ops.lists.dns-oarc.net>"),
        ("list_address", "tld-ops at lists.dns-oarc.net"),
        ("bounce_address", "x" * 300 + "@example.org"),
    ],
)
def test_an_identity_the_list_cannot_have_is_refused_and_kept_in_the_dialog(
    qtbot, settings, store, store_dir, field, value
):
    """Saved, it would be set aside as damaged at the next start (the default used): the
    dialog says so now, and keeps what was typed to be corrected."""
    dialog, _urls = make(qtbot, settings, store, store_dir)
    getattr(dialog, field).setText(value)
    assert not dialog.apply()
    assert dialog.tabs.currentIndex() == 1
    assert "List-Id" in dialog.message.text()
    assert getattr(dialog, field).text() == value
    assert settings.identity() == DEFAULT_IDENTITY


def test_the_first_setting_has_the_focus_where_it_shows(qtbot, settings, store, store_dir):
    """Not the tab bar, which showed no mark of the focus: Settings opened from the keyboard
    (Ctrl+,) left nothing to see where a key would go."""
    dialog, _urls = make(qtbot, settings, store, store_dir)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.language
    qtbot.keyClick(dialog.language, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.clipboard
    qtbot.keyClick(dialog.clipboard, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(dialog.language, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert isinstance(dialog.focusWidget(), QTabBar)  # the tabs a Shift+Tab away
