"""Unlocking: keyring or environment first, else the dialog; a wrong passphrase can be retried."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from tests.conftest import LAYOUT_A
from tests.gui.dialogs.conftest import TEST_PASSPHRASE
from tests.gui.dialogs.modal_steps import folder_tree, modal_steps
from tldops_desktop.gui.dialogs.unlock import UnlockDialog, unlock
from tldops_desktop.services.importer import ImportOptions, run_import
from tldops_desktop.services.store import Store, database_exists
from tldops_desktop.storage.keys import KeySource


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
    dialog.passphrase.setText("one pass")
    dialog.confirm.setText("two pass")
    assert dialog.try_unlock() is False
    assert "differ" in dialog.message.text()
    assert not database_exists(store_dir)
    dialog.confirm.setText("one pass")
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


def test_a_wait_cursor_shows_while_the_keyring_is_asked(
    qtbot, store_dir, memory_keyring, monkeypatch
):
    """The keyring may take its time (an unlock prompt being answered): the app says it is
    waiting, and stops saying so once the keyring answered."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    Store.open(store_dir, KeySource(prompt=None), create=True).close()
    shapes: list[object] = []
    answer = memory_keyring.get_password

    def get_password(service: str, user: str) -> str | None:
        cursor = QGuiApplication.overrideCursor()
        shapes.append(cursor.shape() if cursor is not None else None)
        found: str | None = answer(service, user)
        return found

    monkeypatch.setattr(memory_keyring, "get_password", get_password)
    store = unlock(None, store_dir)
    assert store is not None
    store.close()
    assert shapes and set(shapes) == {Qt.CursorShape.WaitCursor}
    assert QGuiApplication.overrideCursor() is None


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


# ---------------------------------------------------------------- a way out when the key is lost


def _click_new_folder(box: QWidget) -> None:
    button = box.findChild(QPushButton, "newDataFolder")
    assert button is not None
    button.click()


def test_wrong_passphrase_tells_what_to_do_if_forgotten_and_fits(qtbot, store_dir, open_store):
    open_store().close()
    dialog = UnlockDialog(None, store_dir)
    qtbot.addWidget(dialog)
    dialog.open()
    assert not dialog.forgot.isVisible() and not dialog.new_folder_button.isVisible()
    height = dialog.height()
    dialog.passphrase.setText("not the passphrase")
    dialog.try_unlock()
    assert dialog.forgot.isVisible() and dialog.new_folder_button.isVisible()
    assert "import the repository emails again" in dialog.forgot.text()
    assert "nothing is deleted" in dialog.forgot.text()
    assert dialog.height() > height  # grown with the text, not clipped
    for label in (dialog.intro, dialog.message, dialog.forgot):
        assert label.height() >= label.heightForWidth(label.width()), label.text()


def test_forgotten_passphrase_starts_a_new_folder_and_keeps_the_old(qtbot, store_dir, open_store):
    with open_store() as store:
        run_import([str(LAYOUT_A)], store.repo, ImportOptions())
    before = folder_tree(store_dir)
    intro: list[str] = []

    def wrong(dialog: QWidget) -> None:
        assert isinstance(dialog, UnlockDialog)
        dialog.passphrase.setText("forgotten")
        dialog.buttons.accepted.emit()
        dialog.new_folder_button.click()

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, UnlockDialog) and dialog.creating
        intro.append(dialog.intro.text())
        dialog.passphrase.setText("a brand new one")
        dialog.confirm.setText("a brand new one")
        dialog.buttons.accepted.emit()

    modal_steps([wrong, choose])
    store = unlock(None, store_dir)
    assert store is not None and store.repo.editions() == []  # a new, empty database
    assert store.key_info.mode == "passphrase"
    store.close()
    (kept,) = [p for p in store_dir.parent.iterdir() if p.name.startswith("data-kept-")]
    assert folder_tree(kept) == before  # the old folder, whole and untouched
    assert str(kept) in intro[0] and str(store_dir) in intro[0]


def test_new_passphrase_shorter_than_eight_is_refused_inline(qtbot, store_dir):
    dialog = UnlockDialog(None, store_dir, create=True)
    qtbot.addWidget(dialog)
    dialog.open()
    assert "8" in dialog.passphrase.placeholderText()
    dialog.passphrase.setText("x")
    dialog.confirm.setText("x")
    assert dialog.try_unlock() is False
    assert "at least 8 characters" in dialog.message.text() and dialog.message.isVisible()
    assert not database_exists(store_dir)


def test_a_passphrase_is_as_long_as_the_characters_seen_in_either_unicode_form(qtbot, store_dir):
    """Four accented letters typed decomposed (e + U+0301, as macOS input methods give them)
    are 8 code points but 4 characters: too short, as their composed form is."""
    dialog = UnlockDialog(None, store_dir, create=True)
    qtbot.addWidget(dialog)
    dialog.open()
    short = unicodedata.normalize("NFD", "éèêë")
    assert len(short) == 8
    dialog.passphrase.setText(short)
    dialog.confirm.setText(short)
    assert dialog.try_unlock() is False
    assert "at least 8 characters" in dialog.message.text()
    assert not database_exists(store_dir)


def _keyring_store(store_dir: Path) -> None:
    with Store.open(store_dir, KeySource(prompt=None), create=True) as store:
        run_import([str(LAYOUT_A)], store.repo, ImportOptions())


@pytest.mark.parametrize("lost", ["key-missing", "keyring-unavailable"])
def test_keyring_without_the_key_offers_a_new_folder_or_quit(
    qtbot, store_dir, memory_keyring, lost
):
    _keyring_store(store_dir)
    if lost == "key-missing":
        memory_keyring.items.clear()
    else:
        keyring.set_keyring(fail.Keyring())
    before = folder_tree(store_dir)
    boxes: list[tuple[str, str, list[str]]] = []

    def look_and_quit(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and box.objectName() == "freshStartBox"
        boxes.append((box.text(), box.informativeText(), [b.text() for b in box.buttons()]))
        next(b for b in box.buttons() if b.text() == "Quit").click()

    modal_steps([look_and_quit])
    assert unlock(None, store_dir) is None
    assert folder_tree(store_dir) == before
    text, info, buttons = boxes[0]
    assert "keyring" in text
    assert "new data folder" in info and "nothing is deleted" in info
    for command_line in ("tldops", "--data-dir", "TLDOPS_PASSPHRASE", "MAILBOX"):
        assert command_line not in info
    again = ["Try again"] if lost == "keyring-unavailable" else []  # (the key is still there)
    assert sorted(buttons) == sorted(["Quit", "Start a new data folder…", *again])


def test_keyring_lost_key_new_folder_with_a_passphrase(qtbot, store_dir, memory_keyring):
    _keyring_store(store_dir)
    trust = '{"list_id": "a.example", "list_address": "a@example", "bounce_address": "b@example"}'
    (store_dir / "trust.json").write_text(trust, encoding="utf-8")
    memory_keyring.items.clear()
    before = folder_tree(store_dir)

    def new_folder(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        _click_new_folder(box)

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, UnlockDialog) and dialog.creating
        dialog.passphrase.setText("new passphrase")
        dialog.confirm.setText("new passphrase")
        dialog.buttons.accepted.emit()

    modal_steps([new_folder, choose])
    store = unlock(None, store_dir)
    assert store is not None and store.key_info.mode == "passphrase"
    store.close()
    (kept,) = [p for p in store_dir.parent.iterdir() if p.name.startswith("data-kept-")]
    assert folder_tree(kept) == before
    # The list's identity comes along, as with `tldops start-over`.
    assert (store_dir / "trust.json").read_text(encoding="utf-8") == trust


def test_missing_keyinfo_asks_for_the_passphrase(qtbot, store_dir, open_store, tmp_path):
    with open_store() as store:
        run_import([str(LAYOUT_A)], store.repo, ImportOptions())
    copy = tmp_path / "copy"
    copy.mkdir()
    (copy / "tldops.db").write_bytes((store_dir / "tldops.db").read_bytes())
    intro: list[str] = []

    def type_it(dialog: QWidget) -> None:
        assert isinstance(dialog, UnlockDialog) and not dialog.creating
        intro.append(dialog.intro.text())
        dialog.passphrase.setText(TEST_PASSPHRASE)
        dialog.buttons.accepted.emit()

    modal_steps([type_it])
    store = unlock(None, copy)
    assert store is not None and store.repo.current_stamp() == "20261101-0600"
    store.close()
    assert "keyinfo.json" in intro[0] and "is missing" in intro[0]


def test_app_starts_on_the_welcome_page_when_the_new_folder_has_no_key_yet(
    qtbot, store_dir, memory_keyring, settings
):
    from tldops_desktop.gui.main import build_window

    _keyring_store(store_dir)
    memory_keyring.items.clear()

    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, UnlockDialog)
        dialog.reject()

    modal_steps([_click_new_folder, cancel])
    window = build_window(store_dir, settings)
    assert window is not None  # not a silent quit
    qtbot.addWidget(window)
    assert window.session is None and not window.is_locked
    assert not database_exists(store_dir)


def test_a_passphrase_typed_decomposed_unlocks_one_made_composed(qtbot, store_dir):
    """macOS input methods may give "é" as "e" and a combining accent (NFD)."""
    import unicodedata

    composed = unicodedata.normalize("NFC", "un café à Zürich")
    made = UnlockDialog(None, store_dir, create=True)
    qtbot.addWidget(made)
    made.passphrase.setText(composed)
    made.confirm.setText(unicodedata.normalize("NFD", composed))  # the same, typed otherwise
    assert made.try_unlock() is True
    assert made.store is not None
    made.store.close()
    dialog = UnlockDialog(None, store_dir)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText(unicodedata.normalize("NFD", composed))
    assert dialog.try_unlock() is True
    assert dialog.store is not None
    dialog.store.close()
