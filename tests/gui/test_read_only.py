"""A data folder that cannot be written (a disk remounted read-only after a fault): the app
still opens it and shows every contact; it says why importing is off, and offers none."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.conftest import LAYOUT_B
from tests.gui.conftest import TEST_PASSPHRASE
from tests.reliability.support import child_env, read_only_folder, tree_digest
from tests.reliability.test_read_only_wal import crash_after_import
from tldops_desktop.gui.dialogs.unlock import unlock
from tldops_desktop.gui.session import Session
from tldops_desktop.services.store import Store
from tldops_desktop.storage.keys import KeySource


def test_a_read_only_data_folder_opens_read_only(
    make_window: Any, qtbot: Any, store: Store, data_dir: Path, monkeypatch: Any
) -> None:
    store.close()
    before = tree_digest(data_dir)
    monkeypatch.setenv("TLDOPS_PASSPHRASE", TEST_PASSPHRASE)
    with read_only_folder(data_dir):
        opened = unlock(None, data_dir)
        assert opened is not None and opened.read_only
        window = make_window(Session(opened))
        assert window.banners.freshness.isVisible()
        assert window.banners.freshness_label.text().startswith("Read only: the data folder")
        assert not window.banners.freshness_button.isVisible()
        for key in ("import-file", "import-folder", "find-mail", "restore"):
            assert not window.actions_by_key[key].isEnabled(), key
        assert window.actions_by_key["export"].isEnabled()
        assert window.model.rowCount() > 100  # every member is there to search
        assert window.check_for_new_editions() is False  # nothing could be stored
        window.set_session(None)
    assert tree_digest(data_dir) == before


def test_a_writable_folder_never_opens_read_only(store: Store, data_dir: Path) -> None:
    store.close()
    keys = KeySource(passphrase=TEST_PASSPHRASE, prompt=None)
    with Store.open(data_dir, keys, read_only_ok=True) as opened:
        assert not opened.read_only


def test_a_read_only_folder_left_by_a_crash_opens_with_the_wal_edition(
    make_window: Any, qtbot: Any, store: Store, data_dir: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    """The WAL and -shm files of a crash, on a disk then remounted read-only: no internal
    error, no unlock loop, and the edition imported last (only in the WAL) is current."""
    store.close()
    later = tmp_path / "later.eml"
    text = LAYOUT_B.read_bytes().replace(b"20261001-0600", b"20261201-0600")
    later.write_bytes(text.replace(b"Thu, 01 Oct 2026", b"Tue, 01 Dec 2026"))
    crash_after_import(data_dir, later, child_env(tmp_path, TLDOPS_PASSPHRASE=TEST_PASSPHRASE))
    before = tree_digest(data_dir)
    monkeypatch.setenv("TLDOPS_PASSPHRASE", TEST_PASSPHRASE)
    with read_only_folder(data_dir):
        opened = unlock(None, data_dir)
        assert opened is not None and opened.read_only
        window = make_window(Session(opened))
        assert window.session.edition.stamp == "20261201-0600"
        assert window.banners.freshness_label.text().startswith("Read only: the data folder")
        assert not window.actions_by_key["import-file"].isEnabled()
        window.set_session(None)
    assert tree_digest(data_dir) == before
