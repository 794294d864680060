"""A keyring that does not answer (a locked Secret Service, a D-Bus that never replies): the
window stays responsive and says what it waits for, the user may stop waiting and take the
passphrase's way, and the key kept in the keyring is neither lost nor replaced, so that the
contacts open from it once it answers again. A real keyring backend that blocks."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton, QWidget

from tests.conftest import LAYOUT_A
from tests.gui.dialogs.conftest import TEST_PASSPHRASE
from tests.gui.dialogs.modal_steps import folder_tree, modal_steps
from tests.support.memkeyring import HangingKeyring, MemoryKeyring
from tldops_desktop.errors import UserError
from tldops_desktop.gui.dialogs.restore import restore_key
from tldops_desktop.gui.dialogs.settings_dialog import SettingsDialog
from tldops_desktop.gui.dialogs.unlock import UnlockDialog, unlock
from tldops_desktop.gui.settings_store import AppSettings
from tldops_desktop.services.importer import ImportOptions, run_import
from tldops_desktop.services.store import Store
from tldops_desktop.storage.keys import KEYRING_TIMEOUT, KeySource, read_keyinfo


@pytest.fixture
def hanging() -> Iterator[HangingKeyring]:
    backend = HangingKeyring()
    HangingKeyring.release.clear()
    yield backend
    HangingKeyring.release.set()  # the threads left waiting end with the test


def _keyring_store(folder: Path, backend: MemoryKeyring) -> None:
    keyring.set_keyring(backend)
    with Store.open(folder, KeySource(prompt=None), create=True) as store:
        run_import([str(LAYOUT_A)], store.repo, ImportOptions())


WAIT_S = 0.4  # how long the user looks at the waiting window before stopping the wait


def _stop_waiting(said: list[str], ticks: list[float]) -> Callable[[QWidget], None]:
    """Read the waiting window, then stop waiting a moment later; meanwhile a timer records
    in ``ticks`` each time the event loop ran (a window that hangs runs none)."""

    def stop(widget: QWidget) -> None:
        assert isinstance(widget, QProgressDialog) and widget.objectName() == "keyringWait"
        said.append(widget.labelText())
        cancel = widget.findChild(QPushButton)
        assert cancel is not None
        said.append(cancel.text())
        ticker = QTimer(widget)
        ticker.timeout.connect(lambda: ticks.append(time.monotonic()))
        ticker.start(20)
        QTimer.singleShot(int(WAIT_S * 1000), cancel.click)

    return stop


def test_a_hanging_keyring_is_waited_for_in_a_responsive_window_then_tried_again(
    qtbot, store_dir, hanging
):
    memory = MemoryKeyring()
    _keyring_store(store_dir, memory)
    kept = dict(memory.items)
    hanging.items = dict(kept)  # the same key, behind a keyring that does not answer
    keyring.set_keyring(hanging)
    before = folder_tree(store_dir)
    said: list[str] = []
    buttons: list[str] = []
    ticks: list[float] = []

    def try_again(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and box.objectName() == "freshStartBox"
        assert "try again" in box.informativeText()
        buttons.extend(b.text() for b in box.buttons())
        HangingKeyring.release.set()  # the keyring answers again
        again = box.findChild(QPushButton, "tryKeyringAgain")
        assert again is not None
        again.click()

    modal_steps([_stop_waiting(said, ticks), try_again])
    started = time.monotonic()
    store = unlock(None, store_dir)
    assert time.monotonic() - started < KEYRING_TIMEOUT  # stopped by the user, not timed out
    assert len(ticks) >= 5  # the event loop ran while the keyring was waited for
    assert "Waiting for the system keyring" in said[0] and said[1] == "Stop waiting"
    assert sorted(buttons) == ["Quit", "Start a new data folder…", "Try again"]
    # The same database, opened with the key the keyring kept: nothing lost or replaced.
    assert store is not None and store.key_info.mode == "keyring"
    assert store.repo.current_stamp() == "20261101-0600"
    store.close()
    assert hanging.items == kept
    assert folder_tree(store_dir).keys() == before.keys()
    assert (store_dir / "keyinfo.json").read_bytes() == before["keyinfo.json"]
    assert not [p for p in store_dir.parent.iterdir() if "-kept-" in p.name]


def test_stopping_the_wait_at_first_import_offers_a_passphrase(qtbot, store_dir, hanging):
    keyring.set_keyring(hanging)
    said: list[str] = []
    ticks: list[float] = []
    intro: list[str] = []

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, UnlockDialog) and dialog.creating
        intro.append(dialog.intro.text())
        dialog.passphrase.setText("a passphrase long enough")
        dialog.confirm.setText("a passphrase long enough")
        dialog.buttons.accepted.emit()

    modal_steps([_stop_waiting(said, ticks), choose])
    store = unlock(None, store_dir, create=True)
    assert store is not None and store.key_info.mode == "passphrase"
    store.close()
    assert "passphrase" in intro[0]
    assert read_keyinfo(store_dir).mode == "passphrase"  # type: ignore[union-attr]
    HangingKeyring.release.set()
    time.sleep(0.2)
    assert hanging.items == {}  # no key of it was left in the keyring either


def test_a_keyring_that_answers_shows_no_waiting_window(qtbot, store_dir, memory_keyring):
    _keyring_store(store_dir, memory_keyring)
    store = unlock(None, store_dir)
    assert store is not None and store.key_info.mode == "keyring"
    store.close()
    assert not [w for w in QApplication.topLevelWidgets() if w.objectName() == "keyringWait"]


def _error_box(said: list[str]) -> Callable[[QWidget], None]:
    def read_and_close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text() + " " + box.informativeText())
        box.close()

    return read_and_close


def test_keeping_the_key_in_a_hanging_keyring_waits_in_a_window_and_keeps_the_passphrase(
    qtbot, store, store_dir, hanging, tmp_path
):
    keyring.set_keyring(hanging)
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    dialog = SettingsDialog(None, settings, store, store_dir)
    qtbot.addWidget(dialog)
    ask = dialog.request_keyring_mode()
    ask.current.setText(TEST_PASSPHRASE)
    said: list[str] = []
    ticks: list[float] = []
    modal_steps([_stop_waiting(said, ticks), _error_box(said)])
    started = time.monotonic()
    ask.buttons.accepted.emit()
    assert time.monotonic() - started < KEYRING_TIMEOUT
    assert len(ticks) >= 5  # the Settings window was not frozen while the keyring was asked
    assert "Waiting for the system keyring" in said[0]
    assert "No system keyring is available" in said[2]
    assert store.key_info.mode == "passphrase"
    assert read_keyinfo(store_dir).mode == "passphrase"  # type: ignore[union-attr]
    store.repo.editions()  # the open store carries on with its passphrase


def test_restoring_with_a_hanging_keyring_waits_in_a_window_and_touches_nothing(
    qtbot, store_dir, hanging
):
    memory = MemoryKeyring()
    _keyring_store(store_dir, memory)
    hanging.items = dict(memory.items)
    keyring.set_keyring(hanging)
    before = folder_tree(store_dir)
    said: list[str] = []
    ticks: list[float] = []
    modal_steps([_stop_waiting(said, ticks)])
    started = time.monotonic()
    with pytest.raises(UserError, match="keyring"):
        restore_key(None, store_dir)
    assert time.monotonic() - started < KEYRING_TIMEOUT
    assert len(ticks) >= 5 and "Waiting for the system keyring" in said[0]
    assert hanging.items == memory.items
    assert folder_tree(store_dir) == before
