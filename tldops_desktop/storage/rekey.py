"""Change how a database is keyed: keyring raw key ↔ passphrase, or a new passphrase.

SQLCipher's ``PRAGMA rekey`` rewrites the only copy in place, and ``keyinfo.json`` must change
with it: an interruption, or a failure between the two, can leave a file that no key in hand
opens. So the database is instead exported (``sqlcipher_export``, SQLCipher's documented way to
re-key into a new file) to a temporary file under the new key, checked page by page and table by
table, and only then put in place with one atomic ``os.replace``. Until the new file opens with
the new key, the old file is the database, untouched, with the old key where it was. On any
failure everything is put back as it was and the error is raised.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import shutil
import unicodedata
from pathlib import Path
from typing import Any

import sqlcipher3

from tldops_desktop.errors import DatabaseBusyError, UserError, WrongKeyError
from tldops_desktop.storage.backup import BACKUP_KEEP, list_backups, take_backup
from tldops_desktop.storage.db import Database, key_opens, map_error
from tldops_desktop.storage.keys import (
    DatabaseKey,
    KeyInfo,
    Keyring,
    KeyringUnavailable,
    check_new_passphrase,
    existing_key_info,
    unused_keyring_user,
    write_keyinfo,
)
from tldops_desktop.storage.lock import WriterLock
from tldops_desktop.storage.repository import Repository

_log = logging.getLogger(__name__)

TMP_SUFFIX = ".rekey-new"
BACKUP_SUFFIX = ".rekey-old"


def _attach_value(key: DatabaseKey) -> str:
    """The key as ``ATTACH ... KEY ?`` takes it (bound, never formatted into SQL)."""
    if key.mode == "keyring":
        int(key.secret, 16)
        return f"x'{key.secret}'"
    return key.secret


def _files(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"),
            path.with_name(path.name + "-journal")]  # fmt: skip


def _remove(path: Path) -> None:
    for file in _files(path):
        with contextlib.suppress(FileNotFoundError):
            file.unlink()


def _table_counts(connection: Any, schema: str) -> dict[str, int]:
    tables = [
        str(r[0])
        for r in connection.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        ).fetchall()
    ]
    return {
        t: int(connection.execute(f'SELECT count(*) FROM {schema}."{t}"').fetchone()[0])
        for t in tables
    }


def _export(db: Database, target: Path, key: DatabaseKey) -> None:
    """Copy every table, index and the schema version into ``target`` under ``key``."""
    connection = db.connection
    version = int(connection.execute("PRAGMA main.user_version").fetchone()[0])
    connection.execute("ATTACH DATABASE ? AS rekeyed KEY ?", (str(target), _attach_value(key)))
    try:
        connection.execute("SELECT sqlcipher_export('rekeyed')").fetchall()
        connection.execute(f"PRAGMA rekeyed.user_version = {version:d}")
    finally:
        connection.execute("DETACH DATABASE rekeyed")


def _verify(db: Database, target: Path, key: DatabaseKey) -> None:
    """The new file opens with the new key, is sound, and holds what the old one holds."""
    expected = _table_counts(db.connection, "main")
    version = int(db.connection.execute("PRAGMA main.user_version").fetchone()[0])
    connection = sqlcipher3.connect(str(target), isolation_level=None)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(key.pragma())
        check = connection.execute("PRAGMA quick_check").fetchall()
        if check != [("ok",)]:
            raise RuntimeError(f"re-keyed copy failed its check: {check[:3]}")
        if _table_counts(connection, "main") != expected:
            raise RuntimeError("re-keyed copy differs from the database")
        if int(connection.execute("PRAGMA user_version").fetchone()[0]) != version:
            raise RuntimeError("re-keyed copy lost the schema version")
    finally:
        connection.close()


def _keep_copy(path: Path, backup: Path) -> None:
    """The old file, kept aside until the new one works (a hard link where possible)."""
    try:
        os.link(path, backup)
    except OSError:
        shutil.copyfile(path, backup)


def _reopen(db: Database, key: DatabaseKey) -> None:
    db.connection = Database.open(db.path, key).connection


def change_key(
    db: Database,
    data_dir: Path,
    old_key: DatabaseKey,
    old_info: KeyInfo,
    new_key: DatabaseKey,
    new_info: KeyInfo,
) -> None:
    """Re-key the open database ``db`` from ``old_key`` to ``new_key`` and record ``new_info``.

    ``db`` stays usable: its connection is replaced by one on the re-keyed file (or, on
    failure, on the old file as it was). Keyring entries are the caller's business.

    Backups (``backups/``) are under the old key, which ``restore`` can no longer use and
    which the user is retiring (perhaps because it leaked): once the switch is done, a fresh
    backup is taken under the new key and the old ones are removed.
    """
    with WriterLock(data_dir):  # no import writes while the file is switched
        old_backups = list_backups(data_dir)
        _change_key(db, data_dir, old_key, old_info, new_key, new_info)
        if old_backups:
            take_backup(db, edition=Repository(db).current_stamp())
            for backup in old_backups:
                with contextlib.suppress(OSError):
                    backup.path.unlink()


def _change_key(
    db: Database,
    data_dir: Path,
    old_key: DatabaseKey,
    old_info: KeyInfo,
    new_key: DatabaseKey,
    new_info: KeyInfo,
) -> None:
    path = db.path
    tmp = path.with_name(path.name + TMP_SUFFIX)
    backup = path.with_name(path.name + BACKUP_SUFFIX)
    if backup.exists():
        raise UserError(
            f"An earlier change of the database key was interrupted: {backup} holds the "
            "database as it was before. Move that file out of the data folder, check that "
            "the contacts open, and try again.",
            code="rekey-interrupted",
        )
    if not key_opens(path, old_key):
        raise WrongKeyError(
            "The current passphrase is not right. The database was not changed.", code="wrong-key"
        )
    _remove(tmp)
    try:
        _export(db, tmp, new_key)
        _verify(db, tmp, new_key)
    except sqlcipher3.Error as exc:
        _remove(tmp)
        raise map_error(exc, path) or exc from None
    except BaseException:
        _remove(tmp)
        raise
    db.close()
    if any(f.exists() for f in _files(path)[1:3]):  # the last connection removes them
        _remove(tmp)
        _reopen(db, old_key)
        raise DatabaseBusyError(
            "The database is in use by another TLD-OPS Desktop window or command. Close it "
            "and try again; the key was not changed.",
            code="busy",
        )
    switched = False
    try:
        _keep_copy(path, backup)
        os.replace(tmp, path)
        switched = True
        write_keyinfo(data_dir, new_info)
        db.connection = Database.open(path, new_key).connection
    except BaseException:
        if switched:
            with contextlib.suppress(OSError):
                _remove(path)
            os.replace(backup, path)
            write_keyinfo(data_dir, old_info)
        _remove(tmp)
        with contextlib.suppress(OSError):
            backup.unlink()
        _reopen(db, old_key)
        raise
    with contextlib.suppress(FileNotFoundError):
        backup.unlink()


def opened_uncomposed(db: Database) -> bool:
    """Did ``db`` open only with its passphrase as typed, not composed (NFC)? Earlier code
    keyed a database with the text as typed: decomposed (NFD), as macOS input methods give
    it, on another keyboard or from a password manager the passphrase would not open it."""
    key = db.opened_with
    return (
        key is not None
        and key.mode == "passphrase"
        and not unicodedata.is_normalized("NFC", key.secret)
    )


def compose_passphrase(db: Database, data_dir: Path, info: KeyInfo) -> bool:
    """Re-key ``db``, opened with its passphrase as typed (``opened_uncomposed``), to the
    composed form every passphrase is kept in now; True when done.

    As before an import, a backup is taken first (under the key as it was); the switch is
    ``change_key``'s, which puts everything back when it stops half-way. When it cannot be
    done now (another window has the database open, an import runs, a full disk), the
    database stays as it was, open, and is re-keyed on a later open: False. The backup then
    goes again (the database did not change), and pushed none out: each open while another
    window is open would otherwise replace an older backup with one more of the same.
    """
    old_key = db.opened_with
    assert old_key is not None
    new_key = DatabaseKey("passphrase", old_key.secret)  # (composed)
    taken = None
    try:
        with WriterLock(data_dir):
            repo = Repository(db)
            if repo.content_hashes():  # (an empty database has nothing to lose)
                taken = take_backup(db, edition=repo.current_stamp(), keep=BACKUP_KEEP + 1)
            _change_key(db, data_dir, old_key, info, new_key, info)
    except (UserError, OSError, sqlcipher3.Error) as exc:
        if taken is not None and key_opens(db.path, old_key):  # (as it was: not needed)
            with contextlib.suppress(OSError):
                taken.path.unlink()
        # (Its code or kind only: no message of SQLite's reaches the log.)
        _log.warning(
            "the database's key is brought to the composed form of its passphrase at a "
            "later start (not now: %s)",
            exc.code if isinstance(exc, UserError) else type(exc).__name__,
        )
        return False
    db.opened_with = new_key
    return True


# -- the three changes the settings offer -----------------------------------------------------


def _current_key(
    data_dir: Path, info: KeyInfo, passphrase: str | None, keyring: Keyring
) -> DatabaseKey:
    if info.mode == "passphrase":
        if not passphrase:
            raise UserError("Type the current passphrase.", code="passphrase-empty")
        return DatabaseKey("passphrase", passphrase)
    try:
        secret = keyring.get(info.keyring_user)
    except KeyringUnavailable:
        secret = None
    if secret is None:
        raise UserError(
            "The system keyring does not hold the key of this database now. Unlock the "
            "keyring and try again; nothing was changed.",
            code="keyring-unavailable",
        )
    return DatabaseKey("keyring", secret)


def current_info(data_dir: Path, keyring: Keyring | None = None) -> KeyInfo:
    return existing_key_info(data_dir, keyring or Keyring())[0]


def use_passphrase(
    db: Database,
    data_dir: Path,
    new_passphrase: str,
    *,
    current_passphrase: str | None = None,
    keyring: Keyring | None = None,
) -> KeyInfo:
    """Protect the database with ``new_passphrase`` (from keyring mode, or a new passphrase)."""
    keyring = keyring or Keyring()
    check_new_passphrase(new_passphrase)
    info = current_info(data_dir, keyring)
    old_key = _current_key(data_dir, info, current_passphrase, keyring)
    new_info = KeyInfo("passphrase")
    change_key(db, data_dir, old_key, info, DatabaseKey("passphrase", new_passphrase), new_info)
    if info.mode == "keyring":
        keyring.delete(info.keyring_user)  # only now: the old file is gone
    return new_info


def use_keyring(
    db: Database,
    data_dir: Path,
    *,
    current_passphrase: str,
    keyring: Keyring | None = None,
) -> KeyInfo:
    """Keep a new random key in the system keyring instead of asking for a passphrase."""
    keyring = keyring or Keyring()
    info = current_info(data_dir, keyring)
    if info.mode == "keyring":
        return info
    old_key = _current_key(data_dir, info, current_passphrase, keyring)
    secret = secrets.token_hex(32)
    unavailable = UserError(
        "No system keyring is available to keep the key (a desktop session's keyring, "
        "unlocked, is needed). The database keeps its passphrase.",
        code="keyring-unavailable",
    )
    try:
        user = unused_keyring_user(data_dir, keyring)  # never another folder's key
        keyring.set(user, secret)
        if keyring.get(user) != secret:
            raise unavailable
    except KeyringUnavailable:
        raise unavailable from None
    new_info = KeyInfo("keyring", user)
    try:
        change_key(db, data_dir, old_key, info, DatabaseKey("keyring", secret), new_info)
    except BaseException:
        keyring.delete(user)
        raise
    return new_info
