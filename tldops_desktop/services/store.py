"""An unlocked data folder: its database, key and repository, opened and closed as one."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from tldops_desktop.errors import DatabaseBusyError, UserError
from tldops_desktop.fileio import atomic_write
from tldops_desktop.paths import DATABASE_NAME, KEYINFO_NAME
from tldops_desktop.storage import rekey
from tldops_desktop.storage.db import (
    Database,
    ensure_private_dir,
    not_readable_error,
    user_error_for_os,
)
from tldops_desktop.storage.keys import (
    PASSPHRASE_TRIES,
    KeyInfo,
    KeySource,
    existing_key_info,
    restore_missing_keyinfo,
    write_keyinfo,
)
from tldops_desktop.storage.lock import (
    WriterLock,
    database_open_elsewhere,
    is_locked,
    lock_path,
)
from tldops_desktop.storage.repository import Repository


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_NAME


def database_exists(data_dir: Path) -> bool:
    try:
        return database_path(data_dir).exists()
    except PermissionError as exc:  # a data folder of another user: not "no database yet"
        raise not_readable_error(exc, data_dir, data_dir) from None


def set_aside(data_dir: Path, now: datetime | None = None) -> Path:
    """Rename the data folder to ``<name>-kept-<time>`` beside it, so that a new one can
    start at ``data_dir`` (a forgotten passphrase, a keyring that lost the key).

    Nothing in it is changed or deleted: its database, key information and backups stay
    together, and open again wherever the folder is given with ``--data-dir``.
    """
    if database_open_elsewhere(database_path(data_dir)) or is_locked(data_dir):
        raise DatabaseBusyError(
            "The database is open in another TLD-OPS Desktop window or command. Close it "
            "and try again; nothing was changed.",
            code="busy",
        )
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = data_dir.with_name(f"{data_dir.name}-kept-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = data_dir.with_name(f"{data_dir.name}-kept-{stamp}-{n}")
    try:
        os.rename(data_dir, target)
    except OSError as exc:
        raise user_error_for_os(exc, data_dir) from None
    return target


# Settings of a data folder that are not contacts and need no key: a new folder started in its
# place gets a copy, so that a re-check finds the same mailboxes and judges trust the same way
# (a list that moved stays trusted).
CARRIED_OVER = ("sources.json", "trust.json")


@dataclass(frozen=True)
class FreshStart:
    kept: Path  # the old data folder, whole, under its new name
    carried_over: list[str]  # the settings files copied into the new one


def start_over(data_dir: Path, now: datetime | None = None) -> FreshStart:
    """``set_aside`` the data folder (a keyring that lost the key, a forgotten passphrase),
    then make a new, private one in its place holding a copy of its settings (no database:
    the next import makes one, with a key of its own). Nothing of the old one is changed."""
    # Read before anything is renamed: one that cannot be read (another user's) stops here.
    settings = {name: _carried(data_dir / name, data_dir) for name in CARRIED_OVER}
    kept = set_aside(data_dir, now)
    carried = []
    try:
        ensure_private_dir(data_dir)
        for name, content in settings.items():
            if content is not None:
                atomic_write(data_dir / name, content)  # (0600, as every file here)
                carried.append(name)
    except BaseException as exc:  # a full disk, Ctrl+C: the old folder goes back where it was
        _put_back(kept, data_dir)
        if isinstance(exc, UserError) and "Nothing was changed" not in exc.message:
            raise UserError(
                f"{exc.message} The data folder was put back as it was. Nothing was changed.",
                code=exc.code,
            ) from None
        raise
    return FreshStart(kept, carried)


def _carried(path: Path, data_dir: Path) -> bytes | None:
    """The content of a settings file to carry over, None where there is none."""
    if not path.is_file():
        return None
    try:
        return path.read_bytes()
    except PermissionError as exc:
        raise not_readable_error(exc, path, data_dir) from None
    except OSError as exc:
        raise user_error_for_os(exc, path) from None


def _put_back(kept: Path, data_dir: Path) -> None:
    """Undo ``set_aside`` when the new folder could not be set up: remove what was made of
    it (only the files copied into it) and give the old folder its name again."""
    for name in CARRIED_OVER:
        (data_dir / name).unlink(missing_ok=True)
    try:
        data_dir.rmdir()
        os.rename(kept, data_dir)
    except OSError as exc:
        raise UserError(
            f"A new data folder could not be set up, and the old one could not be put back "
            f"({exc.strerror or exc}): it is kept whole as {kept}. Rename it to {data_dir} "
            "to use it again.",
            code="os-error",
        ) from None


@dataclass
class Store:
    data_dir: Path
    db: Database
    repo: Repository
    key_info: KeyInfo

    @property
    def read_only(self) -> bool:
        """Opened from a folder that cannot be written: search, show and export work; an
        import, a restore or a new key would not."""
        return self.db.read_only

    @classmethod
    def open(
        cls, data_dir: Path, keys: KeySource, *, create: bool = False, read_only_ok: bool = False
    ) -> Store:
        """Open (or, with ``create``, make) the database in ``data_dir``.

        Nothing is created unless a key could be obtained; a wrong key touches no file. With
        ``read_only_ok``, a data folder that cannot be written (a disk remounted read-only
        after a fault) is opened read-only, so that its contacts can still be read.
        """
        path = database_path(data_dir)
        if database_exists(data_dir):
            info, marked = existing_key_info(data_dir, keys.keyring)
            db = _open_existing(path, keys, info, marked=marked, read_only_ok=read_only_ok)
            if rekey.opened_uncomposed(db):
                rekey.compose_passphrase(db, data_dir, info)
            if not marked and info.mode == "passphrase":
                # The passphrase opened it: say so again for the next start (only where the
                # file is missing; an existing one is never replaced).
                restore_missing_keyinfo(data_dir, info)
            return cls(data_dir, db, Repository(db), info)
        if not create:
            raise UserError(
                f"There are no contacts in {data_dir} yet. Import a repository email first: "
                "tldops import PATH (an mbox, Maildir, MH folder or .eml file).",
                code="no-database",
            )
        # One process makes it: another making it at the same time would key it its own way
        # and, from the keyring, write over or delete the key the database made needs.
        missing = [folder for folder in (data_dir, *data_dir.parents) if not folder.exists()]
        lock = WriterLock(data_dir)
        lock.acquire()
        try:
            if database_exists(data_dir):  # made by another process just before
                lock.release()
                return cls.open(data_dir, keys, read_only_ok=read_only_ok)
            return cls._create(data_dir, keys)
        except BaseException:
            if missing and not database_exists(data_dir):
                # No key, or none that worked: nothing is left of the attempt (the lock file
                # goes while still held, so no other process can hold it meanwhile).
                lock_path(data_dir).unlink(missing_ok=True)
                lock.release()
                _remove_empty(missing)
            raise
        finally:
            lock.release()

    @classmethod
    def _create(cls, data_dir: Path, keys: KeySource) -> Store:
        path = database_path(data_dir)
        key, info = keys.key_for_new(data_dir)
        ensure_private_dir(data_dir)
        try:
            # keyinfo.json first: a database file never exists without it saying how it is
            # keyed (a crash between the two would otherwise leave a file no key opens).
            write_keyinfo(data_dir, info)
            db = Database.open(path, key, create=True)
        except BaseException:
            if info.mode == "keyring":
                keys.keyring.delete(info.keyring_user)
            if not path.exists():
                (data_dir / KEYINFO_NAME).unlink(missing_ok=True)
            raise
        return cls(data_dir, db, Repository(db), info)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _remove_empty(folders: list[Path]) -> None:
    """Remove ``folders`` (made by a failed attempt, innermost first) where still empty."""
    for folder in folders:
        try:
            folder.rmdir()
        except OSError:
            return


def _open_existing(
    path: Path, keys: KeySource, info: KeyInfo, *, marked: bool, read_only_ok: bool
) -> Database:
    """Open the database with its key; a passphrase typed at the prompt that does not open it
    is asked again, up to ``PASSPHRASE_TRIES`` times."""
    attempt = 1
    while True:
        key = keys.key_for_existing(path.parent, info, marked=marked, retry=attempt > 1)
        try:
            return Database.open(path, key)
        except UserError as exc:
            if exc.code == "wrong-key" and key.typed and attempt < PASSPHRASE_TRIES:
                attempt += 1
                continue
            if not read_only_ok or exc.code != "not-writable":
                raise
            return Database.open_read_only(path, key)
