"""Switching a database between keyring and passphrase, and changing the passphrase."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.conftest import LAYOUT_A, LAYOUT_B, SMALL_MBOX
from tldops_desktop.errors import DatabaseBusyError, UserError, WrongKeyError
from tldops_desktop.paths import DATABASE_NAME, KEYINFO_NAME
from tldops_desktop.services.importer import ImportOptions, run_import
from tldops_desktop.services.store import Store
from tldops_desktop.storage import rekey
from tldops_desktop.storage.db import Database, key_opens
from tldops_desktop.storage.keys import (
    KEYRING_SERVICE,
    DatabaseKey,
    KeySource,
    keyring_user_for,
    write_keyinfo,
)

OLD = "old passphrase"
NEW = "new passphrase"


def make_store(data_dir: Path, passphrase: str | None) -> Store:
    keys = KeySource(passphrase=passphrase, prompt=None)
    store = Store.open(data_dir, keys, create=True)
    run_import([str(LAYOUT_B), str(LAYOUT_A)], store.repo, ImportOptions())
    return store


def reopen(data_dir: Path, passphrase: str | None = None) -> Store:
    return Store.open(data_dir, KeySource(passphrase=passphrase, prompt=None))


def keyinfo(data_dir: Path) -> dict[str, object]:
    return dict(json.loads((data_dir / KEYINFO_NAME).read_text()))


def leftovers(data_dir: Path) -> list[str]:
    return sorted(p.name for p in data_dir.iterdir() if "rekey" in p.name or p.suffix == ".tmp")


def test_keyring_to_passphrase_and_back(data_dir, memory_keyring):
    store = make_store(data_dir, None)
    assert store.key_info.mode == "keyring"
    user = keyring_user_for(data_dir)
    assert (KEYRING_SERVICE, user) in memory_keyring.items
    editions = store.repo.editions()

    info = rekey.use_passphrase(store.db, data_dir, NEW)
    assert info.mode == "passphrase"
    assert keyinfo(data_dir)["mode"] == "passphrase"
    assert store.repo.editions() == editions  # the open store carries on, on the new file
    assert (KEYRING_SERVICE, user) not in memory_keyring.items  # the old key is gone
    store.close()
    with pytest.raises(WrongKeyError):
        reopen(data_dir, "wrong")
    store = reopen(data_dir, NEW)
    assert store.repo.editions() == editions
    assert leftovers(data_dir) == []

    info = rekey.use_keyring(store.db, data_dir, current_passphrase=NEW)
    assert info.mode == "keyring"
    assert keyinfo(data_dir)["mode"] == "keyring"
    assert store.repo.current_stamp() == "20261101-0600"
    store.close()
    store = reopen(data_dir)  # straight from the keyring, no passphrase
    assert store.key_info.mode == "keyring"
    assert store.repo.editions() == editions
    store.close()
    assert not key_opens(data_dir / DATABASE_NAME, DatabaseKey("passphrase", NEW))
    assert leftovers(data_dir) == []


def test_change_passphrase(data_dir):
    store = make_store(data_dir, OLD)
    with pytest.raises(WrongKeyError):
        rekey.use_passphrase(store.db, data_dir, NEW, current_passphrase="not it")
    assert store.repo.current_stamp() == "20261101-0600"  # still open and working
    rekey.use_passphrase(store.db, data_dir, NEW, current_passphrase=OLD)
    store.repo.editions()
    store.close()
    with pytest.raises(WrongKeyError):
        reopen(data_dir, OLD)
    reopen(data_dir, NEW).close()
    assert leftovers(data_dir) == []


def test_empty_new_passphrase_refused(data_dir):
    store = make_store(data_dir, OLD)
    with pytest.raises(UserError):
        rekey.use_passphrase(store.db, data_dir, "", current_passphrase=OLD)
    store.close()
    reopen(data_dir, OLD).close()


def test_keyring_unavailable_keeps_the_passphrase(data_dir):
    store = make_store(data_dir, OLD)  # the test keyring fails (tests/conftest.py)
    with pytest.raises(UserError) as caught:
        rekey.use_keyring(store.db, data_dir, current_passphrase=OLD)
    assert caught.value.code == "keyring-unavailable"
    store.close()
    reopen(data_dir, OLD).close()
    assert keyinfo(data_dir)["mode"] == "passphrase"


@pytest.mark.parametrize("where", ["verify", "keyinfo", "reopen", "replace"])
def test_failure_leaves_the_old_database_whole(data_dir, memory_keyring, monkeypatch, where):
    store = make_store(data_dir, OLD)
    editions = store.repo.editions()
    before = (data_dir / DATABASE_NAME).read_bytes()
    info_before = keyinfo(data_dir)

    def boom(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    if where == "verify":
        monkeypatch.setattr(rekey, "_verify", boom)
    elif where == "keyinfo":
        real = write_keyinfo
        calls = []

        def fail_first(data_dir, info):
            calls.append(info)
            if len(calls) == 1:
                boom()
            real(data_dir, info)

        monkeypatch.setattr("tldops_desktop.storage.rekey.write_keyinfo", fail_first)
    elif where == "reopen":
        real_open = Database.open
        opened = []

        def fail_new(path, key, **kw):
            opened.append(key)
            if len(opened) == 1:
                boom()
            return real_open(path, key, **kw)

        monkeypatch.setattr(Database, "open", staticmethod(fail_new))
    else:
        real_replace = os.replace

        def fail_replace(src, dst):
            if str(src).endswith(rekey.TMP_SUFFIX):
                boom()
            real_replace(src, dst)

        monkeypatch.setattr(os, "replace", fail_replace)

    with pytest.raises(OSError):
        rekey.use_keyring(store.db, data_dir, current_passphrase=OLD)
    monkeypatch.undo()
    assert store.repo.editions() == editions  # the store still works, on the old file
    store.close()
    assert keyinfo(data_dir) == info_before
    assert leftovers(data_dir) == []
    assert memory_keyring.items == {}  # the new key was taken back
    reopened = reopen(data_dir, OLD)
    assert reopened.repo.editions() == editions
    reopened.close()
    assert len((data_dir / DATABASE_NAME).read_bytes()) >= len(before) // 2


def test_interrupted_earlier_change_is_refused(data_dir):
    store = make_store(data_dir, OLD)
    (data_dir / (DATABASE_NAME + rekey.BACKUP_SUFFIX)).write_bytes(b"old")
    with pytest.raises(UserError) as caught:
        rekey.use_passphrase(store.db, data_dir, NEW, current_passphrase=OLD)
    assert caught.value.code == "rekey-interrupted"
    store.close()
    reopen(data_dir, OLD).close()


def test_another_connection_blocks_the_switch(data_dir):
    store = make_store(data_dir, OLD)
    other = reopen(data_dir, OLD)
    try:
        with pytest.raises(DatabaseBusyError):
            rekey.use_passphrase(store.db, data_dir, NEW, current_passphrase=OLD)
        assert store.repo.current_stamp() == "20261101-0600"
        assert other.repo.current_stamp() == "20261101-0600"
    finally:
        other.close()
        store.close()
    reopen(data_dir, OLD).close()
    assert leftovers(data_dir) == []


def test_no_secret_in_files(data_dir):
    store = make_store(data_dir, OLD)
    rekey.use_passphrase(store.db, data_dir, NEW, current_passphrase=OLD)
    store.close()
    for file in (f for f in data_dir.rglob("*") if f.is_file()):  # backups/ included
        data = file.read_bytes()
        assert NEW.encode() not in data and OLD.encode() not in data, file


def test_backups_follow_the_new_key(data_dir):
    from tldops_desktop.storage.backup import list_backups

    store = make_store(data_dir, OLD)
    run_import([str(SMALL_MBOX)], store.repo, ImportOptions())  # another import, another backup
    before = list_backups(data_dir)
    assert before, "an import that writes takes a backup"
    rekey.use_passphrase(store.db, data_dir, NEW, current_passphrase=OLD)
    after = list_backups(data_dir)
    assert after and not {b.path for b in after} & {b.path for b in before}
    new_key, old_key = DatabaseKey("passphrase", NEW), DatabaseKey("passphrase", OLD)
    assert all(key_opens(b.path, new_key) for b in after)
    assert not any(key_opens(b.path, old_key) for b in after)
    store.close()


def test_an_import_in_progress_blocks_the_switch(data_dir):
    import subprocess
    import sys
    import textwrap

    store = make_store(data_dir, OLD)
    script = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from tldops_desktop.storage.lock import WriterLock
        with WriterLock(Path({str(data_dir)!r})):
            print("locked", flush=True)
            sys.stdin.readline()
    """)
    holder = subprocess.Popen(
        [sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(DatabaseBusyError):
            rekey.use_passphrase(store.db, data_dir, NEW, current_passphrase=OLD)
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(30)
    store.repo.editions()
    store.close()
    reopen(data_dir, OLD).close()
