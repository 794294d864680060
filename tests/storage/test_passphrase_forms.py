"""A passphrase is the same whichever Unicode form the keyboard gives it: "é" typed as one
character (NFC) or as "e" and a combining accent (NFD, as macOS input methods may). Real
SQLCipher files."""

from __future__ import annotations

import errno
import os
import unicodedata
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from tests.conftest import LAYOUT_A
from tldops_desktop.errors import UserError, WrongKeyError
from tldops_desktop.services.importer import ImportOptions, run_import
from tldops_desktop.services.store import Store
from tldops_desktop.storage import rekey
from tldops_desktop.storage.backup import (
    BACKUP_KEEP,
    list_backups,
    restore_backup,
    take_backup,
)
from tldops_desktop.storage.db import key_opens
from tldops_desktop.storage.keys import DatabaseKey, KeySource
from tldops_desktop.storage.rekey import use_passphrase

COMPOSED = unicodedata.normalize("NFC", "café crème brûlée à Zürich")
DECOMPOSED = unicodedata.normalize("NFD", COMPOSED)


def keys(passphrase: str) -> KeySource:
    return KeySource(passphrase=passphrase, prompt=None, env={})


def make(data_dir: Path, passphrase: str, *, backup: bool = True) -> None:
    with Store.open(data_dir, keys(passphrase), create=True) as store:
        if backup:
            take_backup(store.db)


def test_the_two_forms_differ_as_text() -> None:
    assert COMPOSED != DECOMPOSED


@pytest.mark.parametrize(("made", "typed"), [(COMPOSED, DECOMPOSED), (DECOMPOSED, COMPOSED)])
def test_either_form_opens_a_database_made_with_the_other(
    data_dir: Path, made: str, typed: str
) -> None:
    make(data_dir, made)
    with Store.open(data_dir, keys(typed)) as store:
        assert store.repo.current_stamp() is None


def test_a_passphrase_file_in_the_other_form_opens_it(data_dir: Path, tmp_path: Path) -> None:
    make(data_dir, COMPOSED)
    file = tmp_path / "pass.txt"
    file.write_text(DECOMPOSED + "\n", encoding="utf-8")
    with Store.open(data_dir, KeySource(passphrase_file=file, prompt=None, env={})) as store:
        assert store.repo.current_stamp() is None


def keyed_decomposed(data_dir: Path, *, editions: bool = True, backups: int = 0) -> list[Any]:
    """A database as earlier code made it from a passphrase typed decomposed: keyed with the
    NFD text as typed (and holding an edition, and ``backups``). Its editions."""
    with Store.open(data_dir, keys(COMPOSED), create=True) as store:
        if editions:
            run_import([str(LAYOUT_A)], store.repo, ImportOptions())
        for _ in range(backups):
            take_backup(store.db)
        stored = store.repo.editions()
    connection = sqlcipher3.connect(str(data_dir / "tldops.db"), isolation_level=None)
    connection.execute(DatabaseKey("passphrase", COMPOSED).pragma())
    connection.execute("PRAGMA rekey = '" + DECOMPOSED + "'")  # as the earlier code keyed it
    connection.close()
    assert not key_opens(data_dir / "tldops.db", DatabaseKey("passphrase", COMPOSED))
    return stored


AS_TYPED = DatabaseKey("passphrase", DECOMPOSED, compose=False)  # the NFD text, as it is


def test_a_database_keyed_with_the_decomposed_form_by_earlier_code_still_opens(
    data_dir: Path,
) -> None:
    """Earlier code gave SQLCipher the text as typed: a database it made from an NFD
    passphrase is keyed with the NFD bytes, and opens when that passphrase is typed."""
    keyed_decomposed(data_dir, editions=False)
    assert DatabaseKey("passphrase", DECOMPOSED).secret == COMPOSED
    with pytest.raises(WrongKeyError):  # typed composed: no form of it is the key (yet)
        Store.open(data_dir, keys(COMPOSED))
    with Store.open(data_dir, keys(DECOMPOSED)) as store:
        assert store.repo.current_stamp() is None


def test_a_database_that_opens_with_the_decomposed_form_is_keyed_composed(
    data_dir: Path,
) -> None:
    """Opened through the passphrase as typed, it is re-keyed to the composed form: the
    passphrase then opens it in either form (another keyboard, a password manager). A backup
    under the key as it was is taken first, as before an import."""
    stored = keyed_decomposed(data_dir)
    with Store.open(data_dir, keys(DECOMPOSED)) as store:
        assert store.repo.editions() == stored  # the open connection goes on, re-keyed
    assert key_opens(data_dir / "tldops.db", DatabaseKey("passphrase", COMPOSED))
    assert not key_opens(data_dir / "tldops.db", AS_TYPED)
    with Store.open(data_dir, keys(COMPOSED)) as store:
        assert store.repo.editions() == stored
    (backup,) = list_backups(data_dir)
    assert key_opens(backup.path, AS_TYPED)
    assert backup.edition == stored[-1].stamp
    with Store.open(data_dir, keys(DECOMPOSED)) as store:  # and as typed, as before
        assert store.repo.editions() == stored
    assert len(list_backups(data_dir)) == 1  # once


def _hold_open(data_dir: Path) -> Any:
    """Another window's connection to the database, keyed as it is."""
    connection = sqlcipher3.connect(str(data_dir / "tldops.db"), isolation_level=None)
    connection.execute(AS_TYPED.pragma())
    connection.execute("SELECT count(*) FROM editions").fetchone()
    return connection


def _fail_the_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    """The re-keyed copy cannot take the database's place (a disk that failed there)."""
    real_replace = os.replace

    def replace(src: Any, dst: Any) -> None:
        if str(src).endswith(rekey.TMP_SUFFIX):
            raise OSError(errno.EIO, "Input/output error")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)


@pytest.mark.parametrize("hindrance", ["open-elsewhere", "switch-fails"])
def test_a_re_key_that_cannot_be_done_loses_nothing_and_is_done_later(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, hindrance: str
) -> None:
    """Another window has the database open, or the switch fails half-way: it opens as it
    did, with everything, keyed as it was, and is re-keyed on a later open."""
    stored = keyed_decomposed(data_dir, backups=BACKUP_KEEP)
    backups = list_backups(data_dir)
    other = _hold_open(data_dir) if hindrance == "open-elsewhere" else None
    if hindrance == "switch-fails":
        _fail_the_switch(monkeypatch)
    with Store.open(data_dir, keys(DECOMPOSED)) as store:
        assert store.repo.editions() == stored
    monkeypatch.undo()
    if other is not None:
        other.close()
    assert key_opens(data_dir / "tldops.db", AS_TYPED)
    assert sorted(p.name for p in data_dir.iterdir() if "rekey" in p.name) == []
    assert list_backups(data_dir) == backups  # none pushed out
    with Store.open(data_dir, keys(DECOMPOSED)) as store:
        assert store.repo.editions() == stored
    assert key_opens(data_dir / "tldops.db", DatabaseKey("passphrase", COMPOSED))


def test_a_backup_restores_with_the_passphrase_in_the_other_form(data_dir: Path) -> None:
    make(data_dir, COMPOSED)
    backup = sorted((data_dir / "backups").iterdir())[0]
    restored = restore_backup(data_dir, backup, DatabaseKey("passphrase", DECOMPOSED))
    assert restored.restored.path == backup


def test_a_new_passphrase_is_kept_composed(data_dir: Path) -> None:
    make(data_dir, "first passphrase")
    with Store.open(data_dir, keys("first passphrase")) as store:
        use_passphrase(store.db, data_dir, DECOMPOSED, current_passphrase="first passphrase")
    with Store.open(data_dir, keys(COMPOSED)) as store:
        assert store.repo.current_stamp() is None


def test_a_passphrase_typed_at_the_prompt_in_the_other_form_opens_it(data_dir: Path) -> None:
    make(data_dir, DECOMPOSED)
    asked: list[str] = []

    def prompt(message: str, confirm: bool) -> str:
        asked.append(message)
        return COMPOSED

    with Store.open(data_dir, KeySource(prompt=prompt, env={})) as store:
        assert store.repo.current_stamp() is None
    assert len(asked) == 1  # opened at the first try


def test_a_passphrase_variable_that_is_not_utf8_is_said(tmp_path: Path) -> None:
    """TLDOPS_PASSPHRASE set in another encoding (Latin-1 bytes): Python gives its bytes as
    lone surrogates, which no key can hold; said, not an internal error."""
    import subprocess
    import sys

    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "LC_ALL": "C.UTF-8",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    done = subprocess.run(
        [sys.executable, "-m", "tldops_desktop.cli", "--data-dir", str(tmp_path / "data"),
         "import", str(LAYOUT_A)],
        env={k.encode(): v.encode() for k, v in env.items()}
        | {b"TLDOPS_PASSPHRASE": b"caf\xe9 au lait"},  # (Latin-1's é)
        capture_output=True, text=True, check=False, stdin=subprocess.DEVNULL,
        cwd=Path(__file__).parent.parent.parent,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert "TLDOPS_PASSPHRASE" in done.stderr and "UTF-8" in done.stderr
    assert "internal error" not in done.stderr
    assert not (tmp_path / "data" / "tldops.db").exists()


def test_a_new_passphrase_is_counted_in_the_characters_one_sees(data_dir: Path) -> None:
    """ "éèêë" decomposed is 8 code points but 4 characters: refused as too short, nothing
    made; 8 such characters are enough."""
    short = unicodedata.normalize("NFD", "éèêë")
    with pytest.raises(UserError) as refused:
        Store.open(data_dir, keys(short), create=True)
    assert refused.value.code == "passphrase-too-short"
    assert not (data_dir / "tldops.db").exists()
    make(data_dir, unicodedata.normalize("NFD", "éèêëéèêë"), backup=False)
    assert (data_dir / "tldops.db").exists()
