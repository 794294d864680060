"""Two imports making the same new database at once (a cron job and a responder, two
terminals): one makes it, with one key, and the other is told the folder is busy. Each made
its own key before, and the one that lost deleted the keyring's key the other's database
needed: contacts imported, then never opened again. Real processes, a real keyring backend."""

from __future__ import annotations

import threading
from pathlib import Path

import keyring
import pytest

from tests.conftest import LAYOUT_A, run_tldops
from tests.support.memkeyring import SlowFileKeyring
from tldops_desktop.services.importer import ImportOptions, run_import
from tldops_desktop.services.store import Store
from tldops_desktop.storage.keys import KeySource

ROOT = Path(__file__).parent.parent.parent


def test_two_imports_making_one_new_database_leave_one_key_that_opens_it(
    tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ring_file = tmp_path / "keyring.json"
    monkeypatch.setenv("TLDOPS_TEST_KEYRING_FILE", str(ring_file))
    SlowFileKeyring.entered.clear()
    SlowFileKeyring.release.clear()
    keyring.set_keyring(SlowFileKeyring())
    errors: list[BaseException] = []

    def first() -> None:  # keeps its key in the keyring, slowly
        try:
            with Store.open(data_dir, KeySource(prompt=None, env={}), create=True) as store:
                run_import([str(LAYOUT_A)], store.repo, ImportOptions())
        except BaseException as exc:  # (told after the join)
            errors.append(exc)

    making = threading.Thread(target=first)
    making.start()
    try:
        assert SlowFileKeyring.entered.wait(30)
        env = {
            "PYTHON_KEYRING_BACKEND": "tests.support.memkeyring.FileKeyring",
            "TLDOPS_TEST_KEYRING_FILE": str(ring_file),
            "PYTHONPATH": str(ROOT),
        }
        second = run_tldops("--data-dir", data_dir, "import", LAYOUT_A, env=env)
    finally:
        SlowFileKeyring.release.set()
        making.join(60)
    assert not errors, errors
    assert second.returncode == 1 and b"in use by another" in second.stderr
    shown = run_tldops("--data-dir", data_dir, "show", ".ad", env=env)
    assert shown.returncode == 0, shown.stderr  # the key kept opens the database made
