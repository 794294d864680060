"""Unlocking: keyring or environment first, else the dialog; a wrong passphrase can be retried."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tests.gui.dialogs.conftest import TEST_PASSPHRASE
from tldops_desktop.gui.dialogs.unlock import UnlockDialog, unlock
from tldops_desktop.services.store import database_exists


def test_wrong_passphrase_says_so_and_retry_succeeds(qtbot, store_dir, open_store):
    open_store().close()
    dialog = UnlockDialog(None, store_dir)
    qtbot.addWidget(dialog)
    dialog.open()
    assert not dialog.confirm.isVisible()
    dialog.passphrase.setText("not the passphrase")
    assert dialog.try_unlock() is False
    assert dialog.isVisible()
    assert "does not open the database" in dialog.message.text()
    assert dialog.message.isVisible()
    assert dialog.store is None
    dialog.passphrase.setText(TEST_PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.passphrase, "\r")  # Enter unlocks
    assert dialog.store is not None
    assert dialog.attempts == 2
    assert dialog.passphrase.text() == ""  # the secret does not linger in the widget
    dialog.store.close()


def test_empty_passphrase_is_refused_without_trying(qtbot, store_dir, open_store):
    open_store().close()
    dialog = UnlockDialog(None, store_dir)
    qtbot.addWidget(dialog)
    assert dialog.try_unlock() is False
    assert dialog.attempts == 0


def test_new_database_needs_the_same_passphrase_twice(qtbot, store_dir):
    dialog = UnlockDialog(None, store_dir, create=True)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.confirm.isVisible()
    dialog.passphrase.setText("one")
    dialog.confirm.setText("two")
    assert dialog.try_unlock() is False
    assert "differ" in dialog.message.text()
    assert not database_exists(store_dir)
    dialog.confirm.setText("one")
    assert dialog.try_unlock() is True
    assert dialog.store is not None and database_exists(store_dir)
    dialog.store.close()


def _drive(actions):
    """Run ``actions`` one by one on the modal dialog, as the user would."""

    def step():
        widget = QApplication.activeModalWidget()
        if not isinstance(widget, UnlockDialog):
            QTimer.singleShot(10, step)
            return
        action = actions.pop(0)
        action(widget)
        if actions:
            QTimer.singleShot(10, step)

    QTimer.singleShot(0, step)


def test_unlock_asks_retries_and_returns_the_store(qtbot, store_dir, open_store):
    open_store().close()
    seen = []

    def wrong(dialog):
        dialog.passphrase.setText("wrong")
        dialog.buttons.accepted.emit()
        seen.append(dialog.message.text())

    def right(dialog):
        dialog.passphrase.setText(TEST_PASSPHRASE)
        dialog.buttons.accepted.emit()

    _drive([wrong, right])
    store = unlock(None, store_dir)
    assert store is not None
    assert "does not open the database" in seen[0]
    assert store.repo.editions() == []
    store.close()


def test_unlock_cancel_returns_none(qtbot, store_dir, open_store):
    open_store().close()
    _drive([lambda dialog: dialog.reject()])
    assert unlock(None, store_dir) is None


def test_unlock_uses_the_environment_passphrase(qtbot, store_dir, open_store, monkeypatch):
    open_store().close()
    monkeypatch.setenv("TLDOPS_PASSPHRASE", TEST_PASSPHRASE)
    store = unlock(None, store_dir)  # no dialog at all
    assert store is not None
    store.close()


def test_unlock_keyring_store_opens_straight(qtbot, store_dir, memory_keyring):
    from tldops_desktop.services.store import Store
    from tldops_desktop.storage.keys import KeySource

    Store.open(store_dir, KeySource(prompt=None), create=True).close()
    store = unlock(None, store_dir)
    assert store is not None and store.key_info.mode == "keyring"
    store.close()


def test_unlock_wrong_environment_passphrase_asks(qtbot, store_dir, open_store, monkeypatch):
    open_store().close()
    monkeypatch.setenv("TLDOPS_PASSPHRASE", "stale")
    seen = []

    def look(dialog):
        seen.append(dialog.message.text())
        dialog.reject()

    _drive([look])
    assert unlock(None, store_dir) is None
    assert "TLDOPS_PASSPHRASE" in seen[0]


def test_unlock_other_error_is_a_message(qtbot, tmp_path, close_modals):
    def close_box():
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(10, close_box)
            return
        seen.append(widget.objectName())
        widget.close()

    seen: list[str] = []
    QTimer.singleShot(0, close_box)
    assert unlock(None, tmp_path / "nothing-here") is None  # no database, create=False
    assert seen == ["userErrorBox"]
