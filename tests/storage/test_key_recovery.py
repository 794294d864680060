"""When the key is hard to find: keyinfo.json missing, a mistyped passphrase at restore, a
passphrase too short, a data folder set aside for a new start. Real SQLCipher files."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import LAYOUT_A, LAYOUT_B, PASSPHRASE
from tests.support.memkeyring import MemoryKeyring
from tldops_desktop.errors import DatabaseBusyError, NoKeyError, UserError, WrongKeyError
from tldops_desktop.services.importer import ImportOptions, run_import
from tldops_desktop.services.store import Store, set_aside, start_over
from tldops_desktop.storage import rekey
from tldops_desktop.storage.backup import list_backups, restore_backup, take_backup
from tldops_desktop.storage.db import backups_note
from tldops_desktop.storage.keys import (
    DatabaseKey,
    KeySource,
    first_backup_under_key,
    read_keyinfo,
)
from tldops_desktop.storage.lock import WriterLock


def keys(passphrase: str | None = PASSPHRASE) -> KeySource:
    return KeySource(passphrase=passphrase, prompt=None, env={})


def tree_digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def copied_without_keyinfo(data_dir: Path, tmp_path: Path) -> Path:
    """A passphrase database of which only tldops.db was copied to another folder."""
    with Store.open(data_dir, keys(), create=True) as store:
        run_import([str(LAYOUT_A)], store.repo, ImportOptions())
    copy = tmp_path / "copy"
    copy.mkdir()
    (copy / "tldops.db").write_bytes((data_dir / "tldops.db").read_bytes())
    return copy


def test_missing_keyinfo_opens_with_the_passphrase_and_says_so_again(
    copied_without_keyinfo: Path,
) -> None:
    with Store.open(copied_without_keyinfo, keys()) as store:
        assert store.key_info.mode == "passphrase"
        assert store.repo.current_stamp() == "20261101-0600"
    info = read_keyinfo(copied_without_keyinfo)
    assert info is not None and info.mode == "passphrase"  # written where it was missing


def test_missing_keyinfo_without_passphrase_asks_for_one(copied_without_keyinfo: Path) -> None:
    before = tree_digest(copied_without_keyinfo)
    with pytest.raises(NoKeyError) as error:
        Store.open(copied_without_keyinfo, keys(None))
    assert error.value.code == "no-passphrase"  # not "the keyring lost the key"
    assert "keyinfo.json" in error.value.message and "TLDOPS_PASSPHRASE" in error.value.message
    assert tree_digest(copied_without_keyinfo) == before


def test_missing_keyinfo_asks_the_terminal_prompt(copied_without_keyinfo: Path) -> None:
    asked: list[str] = []

    def prompt(message: str, confirm: bool) -> str:
        asked.append(message)
        return PASSPHRASE

    with Store.open(copied_without_keyinfo, KeySource(prompt=prompt, env={})) as store:
        assert store.repo.current_stamp() == "20261101-0600"
    assert asked == ["Passphrase of the TLD-OPS database: "]


def test_missing_keyinfo_wrong_passphrase_changes_nothing(copied_without_keyinfo: Path) -> None:
    before = tree_digest(copied_without_keyinfo)
    with pytest.raises(WrongKeyError):
        Store.open(copied_without_keyinfo, keys("not the passphrase"))
    assert tree_digest(copied_without_keyinfo) == before  # no keyinfo.json guessed


def test_missing_keyinfo_with_a_key_in_the_keyring_uses_it(
    data_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    Store.open(data_dir, KeySource(prompt=None, env={}), create=True).close()
    (data_dir / "keyinfo.json").unlink()
    with Store.open(data_dir, KeySource(prompt=None, env={})) as store:
        assert store.key_info.mode == "keyring"
    assert read_keyinfo(data_dir) is None  # a keyring guess is not written down


def test_an_existing_keyinfo_is_never_replaced(copied_without_keyinfo: Path) -> None:
    (copied_without_keyinfo / "keyinfo.json").write_text('{"mode": "passphrase"}\n')
    Store.open(copied_without_keyinfo, keys()).close()
    assert (copied_without_keyinfo / "keyinfo.json").read_text() == '{"mode": "passphrase"}\n'


def test_a_short_new_passphrase_is_refused_and_nothing_created(data_dir: Path) -> None:
    with pytest.raises(UserError) as error:
        Store.open(data_dir, keys("short"), create=True)
    assert error.value.code == "passphrase-too-short"
    assert "at least 8 characters" in error.value.message
    assert not data_dir.exists() or not any(data_dir.iterdir())
    Store.open(data_dir, keys("eight ch"), create=True).close()  # 8 is enough


def test_a_short_passphrase_typed_in_the_terminal_is_refused(data_dir: Path) -> None:
    source = KeySource(prompt=lambda _message, _confirm: "1234567", env={}, prefer_passphrase=True)
    with pytest.raises(UserError) as error:
        Store.open(data_dir, source, create=True)
    assert error.value.code == "passphrase-too-short"


def test_rekey_refuses_a_short_new_passphrase(data_dir: Path) -> None:
    with Store.open(data_dir, keys(), create=True) as store:
        with pytest.raises(UserError) as error:
            rekey.use_passphrase(store.db, data_dir, "abc", current_passphrase=PASSPHRASE)
        assert error.value.code == "passphrase-too-short"
    Store.open(data_dir, keys()).close()  # still the old passphrase


@pytest.fixture
def with_backup(data_dir: Path) -> Path:
    """Two editions imported one after the other: the second import took a backup."""
    with Store.open(data_dir, keys(), create=True) as store:
        run_import([str(LAYOUT_B)], store.repo, ImportOptions())
        run_import([str(LAYOUT_A)], store.repo, ImportOptions())
    assert list_backups(data_dir)
    return data_dir


def test_restore_with_a_mistyped_passphrase_says_it_is_wrong(with_backup: Path) -> None:
    before = tree_digest(with_backup)
    newest = list_backups(with_backup)[0]
    with pytest.raises(WrongKeyError) as error:
        restore_backup(with_backup, newest.path, DatabaseKey("passphrase", "correct horse"))
    assert error.value.code == "wrong-passphrase"
    assert "another key" not in error.value.message
    assert tree_digest(with_backup) == before


def test_restore_of_a_backup_under_another_passphrase_says_another_key(
    with_backup: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other"
    with Store.open(other, keys("another passphrase"), create=True) as store:
        run_import([str(LAYOUT_B)], store.repo, ImportOptions())
        run_import([str(LAYOUT_A)], store.repo, ImportOptions())
    foreign = list_backups(other)[0].path
    # The passphrase is right for this folder: the backup is the odd one out.
    with pytest.raises(WrongKeyError) as error:
        restore_backup(with_backup, foreign, DatabaseKey("passphrase", PASSPHRASE))
    assert error.value.code == "backup-wrong-key"


def test_damaged_database_note_counts_its_backups(with_backup: Path) -> None:
    assert "its backup (taken" in backups_note(with_backup)
    assert "1 backups" not in backups_note(with_backup)


def test_set_aside_keeps_the_folder_whole_under_a_new_name(with_backup: Path) -> None:
    before = tree_digest(with_backup)
    kept = set_aside(with_backup)
    assert not with_backup.exists()
    assert kept.parent == with_backup.parent and kept.name.startswith("data-kept-")
    assert tree_digest(kept) == before  # nothing in it changed
    with Store.open(kept, keys()) as store:  # and it opens where it now is
        assert store.repo.current_stamp() == "20261101-0600"
    with_backup.mkdir()
    assert set_aside(with_backup) != kept  # never onto an earlier one


def test_start_over_carries_the_settings_into_the_new_folder(with_backup: Path) -> None:
    (with_backup / "sources.json").write_text('{"sources": []}\n', encoding="utf-8")
    before = tree_digest(with_backup)
    fresh = start_over(with_backup)
    assert tree_digest(fresh.kept) == before  # the old folder whole, the settings too
    assert fresh.carried_over == ["sources.json"]  # (no trust.json: the list never moved)
    assert sorted(p.name for p in with_backup.iterdir()) == ["sources.json"]
    assert (with_backup / "sources.json").read_bytes() == (fresh.kept / "sources.json").read_bytes()
    with Store.open(fresh.kept, keys()) as store:
        assert store.repo.current_stamp() == "20261101-0600"


def test_set_aside_refuses_a_folder_in_use(with_backup: Path) -> None:
    with WriterLock(with_backup):
        pass  # this process's own lock is not "another process"
    import subprocess
    import sys

    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from pathlib import Path;"
         "from tldops_desktop.storage.lock import WriterLock;"
         "lock = WriterLock(Path(sys.argv[1])); lock.acquire(); print('ready', flush=True);"
         "time.sleep(30)", str(with_backup)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(DatabaseBusyError):
            set_aside(with_backup)
        assert with_backup.exists()
    finally:
        holder.kill()
        holder.wait()


def test_cli_restore_with_a_mistyped_passphrase(
    with_backup: Path, run_cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = tree_digest(with_backup)
    monkeypatch.setenv("TLDOPS_PASSPHRASE", "correct horse")
    result = run_cli("restore")
    assert result.code == 1
    assert "opens neither the database nor any of its backups" in result.err
    assert "another key" not in result.err
    assert tree_digest(with_backup) == before


def test_cli_reads_a_copy_without_keyinfo_with_the_passphrase(
    copied_without_keyinfo: Path, run_cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    without = run_cli("editions", data=copied_without_keyinfo)
    assert without.code == 1 and "keyinfo.json" in without.err
    assert "no longer holds the key" not in without.err
    monkeypatch.setenv("TLDOPS_PASSPHRASE", PASSPHRASE)
    assert "20261101-0600" in run_cli("editions", data=copied_without_keyinfo).out


def test_cli_reads_a_copy_without_keyinfo_with_a_passphrase_file(
    copied_without_keyinfo: Path, run_cli: Any, tmp_path: Path
) -> None:
    file = tmp_path / "pass.txt"
    file.write_text(PASSPHRASE + "\n")
    result = run_cli("--passphrase-file", file, "editions", data=copied_without_keyinfo)
    assert result.code == 0 and "20261101-0600" in result.out


@pytest.mark.parametrize("text", ["[]", '"passphrase"', "null", "{", "\x00\xff", ""])
def test_a_damaged_keyinfo_is_a_clear_error_with_the_way_back(
    copied_without_keyinfo: Path, text: str
) -> None:
    keyinfo = copied_without_keyinfo / "keyinfo.json"
    keyinfo.write_bytes(text.encode("latin-1"))
    before = tree_digest(copied_without_keyinfo)
    with pytest.raises(UserError) as error:
        Store.open(copied_without_keyinfo, keys())
    assert error.value.code in ("keyinfo-unreadable", "keyinfo-invalid")
    assert "Move it aside" in error.value.message
    assert tree_digest(copied_without_keyinfo) == before
    # The way back the message gives: without the file the database opens with its key.
    keyinfo.rename(copied_without_keyinfo / "keyinfo.json.damaged")
    with Store.open(copied_without_keyinfo, keys()) as store:
        assert store.repo.current_stamp() == "20261101-0600"


def test_a_new_folder_never_takes_the_keyring_entry_of_the_folder_kept_aside(
    data_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    """Started over while the keyring was only locked: the kept folder's key stays in the
    keyring, and the new folder at the same path must not write its own key over it."""
    with Store.open(data_dir, KeySource(prompt=None, env={}), create=True) as store:
        run_import([str(LAYOUT_A)], store.repo, ImportOptions())
    kept = start_over(data_dir).kept
    with Store.open(data_dir, KeySource(prompt=None, env={}), create=True) as store:
        assert store.key_info.mode == "keyring"
        run_import([str(LAYOUT_B)], store.repo, ImportOptions())
    assert len(memory_keyring.items) == 2
    with Store.open(kept, KeySource(prompt=None, env={})) as store:  # "once its key is found"
        assert store.repo.current_stamp() == "20261101-0600"
    with Store.open(data_dir, KeySource(prompt=None, env={})) as store:
        assert store.repo.current_stamp() == "20261001-0600"


@pytest.mark.parametrize("held", ["my password", "", "0x12", "é" * 64, b"ab" * 32])
def test_a_keyring_entry_that_is_not_a_key_is_a_clear_error(
    data_dir: Path, memory_keyring: MemoryKeyring, held: str | bytes
) -> None:
    Store.open(data_dir, KeySource(prompt=None, env={}), create=True).close()
    ((entry, _key),) = memory_keyring.items.items()
    # changed by another program, or by hand (a backend may even give bytes)
    memory_keyring.items[entry] = held  # type: ignore[assignment]
    before = tree_digest(data_dir)
    with pytest.raises(NoKeyError) as error:
        Store.open(data_dir, KeySource(prompt=None, env={}))
    assert error.value.code == "keyring-key-missing"
    assert "start-over" in error.value.message
    assert tree_digest(data_dir) == before


@pytest.mark.parametrize("user", ["", 42, None, ["database-x"]])
def test_a_keyinfo_naming_no_keyring_entry_is_said_to_be_damaged(
    data_dir: Path, memory_keyring: Any, user: object
) -> None:
    """keyinfo.json says "keyring" but its entry's name is damaged: not "the keyring no
    longer holds the key" (which sends the user to start over), but the file's own damage,
    with the way back: moved aside, the key the keyring holds for the folder opens it."""
    import json

    Store.open(data_dir, KeySource(prompt=None, env={}), create=True).close()
    path = data_dir / "keyinfo.json"
    path.write_text(json.dumps({"version": 1, "mode": "keyring", "keyring_user": user}))
    with pytest.raises(UserError) as error:
        Store.open(data_dir, KeySource(prompt=None, env={}))
    assert error.value.code == "keyinfo-invalid"
    path.unlink()  # as the message says
    Store.open(data_dir, KeySource(prompt=None, env={})).close()


def _damage_first_page(data_dir: Path) -> None:
    path = data_dir / "tldops.db"
    data = bytearray(path.read_bytes())
    data[100] ^= 0x10
    path.write_bytes(bytes(data))


def test_a_damaged_file_is_told_as_such_after_the_clock_was_set_back(with_backup: Path) -> None:
    """The backup was taken after the key was set, its time (and name) say years before."""
    later = list_backups(with_backup)[0].taken_at.timestamp() + 10 * 365 * 86400
    os.utime(with_backup / "keyinfo.json", (later, later))
    _damage_first_page(with_backup)
    with pytest.raises(UserError) as error:
        Store.open(with_backup, keys())
    assert error.value.code == "corrupt" and "the key opens its backup" in error.value.message


def test_a_backup_under_the_key_before_a_change_proves_nothing(
    with_backup: Path, tmp_path: Path
) -> None:
    """Taken under the old passphrase (and left by a removal that failed): the old passphrase
    opening it does not make the file damaged."""
    old = list_backups(with_backup)[0]
    kept = tmp_path / old.path.name
    kept.write_bytes(old.path.read_bytes())
    with Store.open(with_backup, keys()) as store:
        rekey.use_passphrase(
            store.db, with_backup, "a new passphrase", current_passphrase=PASSPHRASE
        )
    for backup in list_backups(with_backup):
        backup.path.unlink()
    (old.path.parent / old.path.name).write_bytes(kept.read_bytes())
    os.utime(with_backup / "keyinfo.json", (0, 0))  # its time says nothing either
    _damage_first_page(with_backup)
    with pytest.raises(WrongKeyError) as error:
        Store.open(with_backup, keys())
    assert error.value.code != "corrupt"


def test_backup_numbers_never_go_back_below_the_key_s_first(with_backup: Path) -> None:
    """Every backup deleted by hand after a change of key: the next one is numbered from the
    first recorded for the key, not from 1 again, and so still proves a damaged file damaged
    (not a wrong key)."""
    new = "a new passphrase"
    with Store.open(with_backup, keys()) as store:
        rekey.use_passphrase(store.db, with_backup, new, current_passphrase=PASSPHRASE)
    first = first_backup_under_key(with_backup)
    assert first is not None and first > 1
    for backup in list_backups(with_backup):
        backup.path.unlink()
    with Store.open(with_backup, keys(new)) as store, WriterLock(with_backup):
        taken = take_backup(store.db)
    assert taken.number >= first
    _damage_first_page(with_backup)
    with pytest.raises(UserError) as error:
        Store.open(with_backup, keys(new))
    assert error.value.code == "corrupt" and "the key opens its backup" in error.value.message


def test_a_key_set_again_with_no_backup_left_keeps_the_numbers_going(with_backup: Path) -> None:
    """keyinfo.json written anew (another change of key) after every backup was deleted: its
    first number is not below the one it had, nor is the next backup's."""
    with Store.open(with_backup, keys()) as store:
        rekey.use_passphrase(
            store.db, with_backup, "a new passphrase", current_passphrase=PASSPHRASE
        )
        before = first_backup_under_key(with_backup)
        assert before is not None and before > 1
        for backup in list_backups(with_backup):
            backup.path.unlink()
        rekey.use_passphrase(
            store.db, with_backup, "a third passphrase", current_passphrase="a new passphrase"
        )
        after = first_backup_under_key(with_backup)
        assert after is not None and after >= before
        with WriterLock(with_backup):
            assert take_backup(store.db).number >= after
