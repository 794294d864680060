"""Encrypted backups of the database, taken before each import that writes, and their restore.

A backup is ``VACUUM INTO`` run on the open, keyed connection: SQLite copies one consistent
snapshot (a read transaction: readers and the WAL are no concern) into a new file, and
SQLCipher writes that file encrypted with the same key. No plaintext copy ever exists, on disk
or elsewhere. Because ``VACUUM INTO`` reads every table and index page, a database whose pages
no longer check out fails here, before the import writes anything, and the good backups stay.

Backups live in ``<data dir>/backups/`` (0700), one file each (0600), named by the UTC time
they were taken and their number in the order taken (``tldops-20261101T060000.123456Z-n7.db``);
the newest ``BACKUP_KEEP`` are kept. The number, not the time, tells which is newest: a clock
set back (a dead clock battery) names a later backup years earlier, and file times can be set
back too. Numbers never go back, even when every backup is deleted by hand (the first one
under the current key is recorded in ``keyinfo.json``). Backups named before numbers were (no
``-n``) come before every numbered one.
A backup is written under a ``.partial`` name and renamed when whole, so a crash leaves at
worst a ``.partial`` file, removed by the next backup.

``restore_backup`` never deletes the current database: it keeps it (and its WAL) under
``tldops.db.before-restore-<time>``, checks that the backup opens with the key, and only then
puts it in place with one atomic ``os.replace``.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from tldops_desktop.errors import DatabaseBusyError, NotFoundError, UserError, WrongKeyError
from tldops_desktop.paths import BACKUP_DIR_NAME, DATABASE_NAME
from tldops_desktop.storage.db import (
    Database,
    ensure_private_dir,
    key_opens,
    map_error,
    not_readable_error,
    read_only_reason,
    unlock,
    user_error_for_os,
)
from tldops_desktop.storage.keys import DatabaseKey, first_backup_under_key
from tldops_desktop.storage.lock import WriterLock, database_open_elsewhere
from tldops_desktop.storage.migrations import LATEST_VERSION

BACKUP_KEEP = 5
PARTIAL_SUFFIX = ".partial"
RESTORE_NEW_SUFFIX = ".restore-new"
BEFORE_RESTORE = ".before-restore-"
_TIME_FORMAT = "%Y%m%dT%H%M%S.%fZ"
# The time it was taken, its number in the order taken, and the current edition it holds (in
# the name: nothing to decrypt to tell backups apart, and no contact data).
_NAME = re.compile(r"^tldops-(\d{8}T\d{6}\.\d{6}Z)(?:-n(\d+))?(?:-(\d{8}-\d{4}))?\.db$")
_STAMP = re.compile(r"\d{8}-\d{4}")
_SIDE_FILES = ("-wal", "-shm")


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    size: int
    edition: str | None = None  # the current edition it holds; None when not recorded
    number: int = 0  # in the order taken (1, 2, ...); 0 when taken before numbers were

    def to_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "name": self.path.name,
            "taken_at": self.taken_at.isoformat(timespec="seconds"),
            "number": self.number,
            "size": self.size,
            "edition": self.edition,
        }

    @property
    def newest_first(self) -> tuple[int, datetime]:
        """Its place among the backups, the last one taken first (``sorted(reverse=True)``)."""
        return (self.number, self.taken_at)


@dataclass(frozen=True, slots=True)
class RestoreResult:
    restored: BackupInfo
    kept_aside: Path | None  # the database as it was before, or None when there was none

    def to_json(self) -> dict[str, Any]:
        return {
            "restored": self.restored.to_json(),
            "previous_database": str(self.kept_aside) if self.kept_aside else None,
        }


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIR_NAME


def backup_name(when: datetime, edition: str | None = None, number: int = 0) -> str:
    holds = f"-{edition}" if edition and _STAMP.fullmatch(edition) else ""
    order = f"-n{number}" if number > 0 else ""
    return f"tldops-{when.astimezone(UTC).strftime(_TIME_FORMAT)}{order}{holds}.db"


def _info(path: Path, match: re.Match[str], size: int) -> BackupInfo:
    taken = datetime.strptime(match.group(1), _TIME_FORMAT).replace(tzinfo=UTC)
    return BackupInfo(path, taken, size, match.group(3), int(match.group(2) or 0))


def _now() -> datetime:
    return datetime.now(UTC)


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """The backups of the database in ``data_dir``, the last one taken first."""
    folder = backup_dir(data_dir)
    try:
        entries = list(os.scandir(folder))
    except (FileNotFoundError, NotADirectoryError):
        return []
    except PermissionError as exc:
        raise not_readable_error(exc, folder, data_dir) from None
    found = []
    for entry in entries:
        match = _NAME.match(entry.name)
        if match is None or not entry.is_file(follow_symlinks=False):
            continue
        found.append(_info(Path(entry.path), match, entry.stat().st_size))
    return sorted(found, key=lambda b: b.newest_first, reverse=True)


def next_backup_number(data_dir: Path) -> int:
    """The number of the next backup: after every one present, and never below the first
    recorded for the key (``keyinfo.json``), even when every backup was deleted by hand;
    numbered from 1 again, a new backup would not count as taken under the key."""
    highest = max((b.number for b in list_backups(data_dir)), default=0)
    return max(highest + 1, first_backup_under_key(data_dir) or 1)


def _private_file(path: Path) -> None:
    if os.name == "posix":
        path.chmod(0o600)


def _fsync(path: Path, *, directory: bool = False) -> None:
    """Flush ``path`` to disk (a folder too, on POSIX, so a rename in it is durable)."""
    if directory and os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def take_backup(
    db: Database,
    *,
    edition: str | None = None,
    keep: int = BACKUP_KEEP,
    now: datetime | None = None,
) -> BackupInfo:
    """An encrypted copy of ``db`` (same key) in its backups folder; keeps the newest ``keep``.
    ``edition``, the current one in ``db``, goes into its name, for the list of backups.

    The caller holds the data folder's ``WriterLock`` (an import does); nothing is written to
    the database itself.
    """
    data_dir = db.path.parent
    folder = backup_dir(data_dir)
    ensure_private_dir(folder)
    for stale in folder.glob(f"*{PARTIAL_SUFFIX}"):  # left by a crash during a backup
        with contextlib.suppress(OSError):
            stale.unlink()
    when = now or _now()
    held = edition if edition and _STAMP.fullmatch(edition) else None
    number = next_backup_number(data_dir)
    final = folder / backup_name(when, held, number)
    while final.exists():  # (a file left under that name by hand)
        number += 1
        final = folder / backup_name(when, held, number)
    partial = final.with_name(final.name + PARTIAL_SUFFIX)
    old_umask = os.umask(0o077) if os.name == "posix" else None
    try:
        db.connection.execute("VACUUM INTO ?", (str(partial),))
        _private_file(partial)
        _fsync(partial)
        os.replace(partial, final)
        _fsync(folder, directory=True)
    except sqlcipher3.Error as exc:
        _discard(partial)
        refused = read_only_reason(folder)
        if refused is not None:  # the backups folder alone (the database's was checked)
            raise UserError(
                f"The backup taken before an import cannot be written in {folder}: "
                f"{refused}. Make that folder writable, then try again. Nothing was changed.",
                code="not-writable",
            ) from None
        raise map_error(exc, db.path) or exc from None
    except OSError as exc:
        _discard(partial)
        raise user_error_for_os(exc, folder) from None
    except BaseException:
        _discard(partial)
        raise
    finally:
        if old_umask is not None:
            os.umask(old_umask)
    info = BackupInfo(final, when, final.stat().st_size, held, number)
    # Never the one just taken (the last in number, whatever its name says).
    others = [b for b in list_backups(data_dir) if b.path != final]
    for old in others[max(keep, 1) - 1 :]:
        with contextlib.suppress(OSError):
            old.path.unlink()
    return info


def _discard(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def find_backup(data_dir: Path, name: str | None) -> BackupInfo:
    """The backup ``name`` (a path, or a file name in the backups folder), or the last taken."""
    backups = list_backups(data_dir)
    if name is None:
        if not backups:
            raise NotFoundError(
                f"There is no backup in {backup_dir(data_dir)}. A backup is taken before each "
                "import that changes the database.",
                code="no-backup",
            )
        return backups[0]
    if not name.strip():  # ("$BACKUP" with BACKUP unset): never taken for "the newest"
        raise NotFoundError(
            "The backup to restore is named by an empty text: give a backup's name (see "
            "`tldops restore --list`), or none for the last one taken.",
            code="no-backup",
        )
    wanted = Path(name).expanduser()
    for backup in backups:
        if backup.path.name == wanted.name and (
            len(wanted.parts) == 1 or backup.path.resolve() == wanted.resolve()
        ):
            return backup
    if wanted.is_file():  # a backup copied elsewhere (another disk): accepted by its path
        match = _NAME.match(wanted.name)
        if match:
            return _info(wanted, match, wanted.stat().st_size)
        taken = datetime.fromtimestamp(wanted.stat().st_mtime, UTC)
        return BackupInfo(wanted, taken, wanted.stat().st_size)
    raise NotFoundError(
        f"No backup {name!s}. See the backups with `tldops restore --list`.", code="no-backup"
    )


def check_backup(path: Path, key: DatabaseKey, *, shown: Path | None = None) -> None:
    """Raise a ``UserError`` unless ``path`` opens with ``key``, checks out and is not too new.

    ``shown``: the backup as the user named it, when ``path`` is a working copy of it.
    """
    name = (shown or path).name
    try:
        connection = sqlcipher3.connect(
            path.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None
        )
    except sqlcipher3.Error as exc:
        raise UserError(
            f"The backup {name} cannot be read ({exc}).", code="backup-unreadable"
        ) from None
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        try:
            unlock(connection, key)
        except sqlcipher3.DatabaseError:
            raise WrongKeyError(
                f"The backup {name} does not open with the database's current key, or is not "
                "a database (was it taken before the key or passphrase was changed?). Nothing "
                "was changed; choose another backup (`tldops restore --list`).",
                code="backup-wrong-key",
            ) from None
        check = connection.execute("PRAGMA quick_check").fetchall()
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
    except sqlcipher3.Error:
        raise UserError(
            f"The backup {name} is damaged. Nothing was changed; choose another backup "
            "(`tldops restore --list`).",
            code="backup-damaged",
        ) from None
    finally:
        connection.close()
    if check != [("ok",)]:
        raise UserError(
            f"The backup {name} is damaged. Nothing was changed; choose another backup "
            "(`tldops restore --list`).",
            code="backup-damaged",
        )
    if version > LATEST_VERSION:
        raise UserError(
            f"The backup {name} was written by a newer version of TLD-OPS Desktop. "
            "Nothing was changed.",
            code="schema-too-new",
        )


def key_opens_any(data_dir: Path, key: DatabaseKey) -> bool:
    """Does ``key`` open the database of ``data_dir`` or any of its backups?

    False means a mistyped passphrase far more likely than a backup under another key (the
    database itself may be the damaged file being replaced, so its backups count too).
    """
    if any(key_opens(b.path, key) for b in list_backups(data_dir)):
        return True
    database = data_dir / DATABASE_NAME
    return database.exists() and key_opens(database, key, live=True)


def wrong_passphrase_error() -> WrongKeyError:
    return WrongKeyError(
        "This passphrase opens neither the database nor any of its backups: it is not the "
        "passphrase of these contacts. Check it (Caps Lock?) and try again. Nothing was changed.",
        code="wrong-passphrase",
    )


def restore_backup(
    data_dir: Path, backup_path: Path, key: DatabaseKey, *, now: datetime | None = None
) -> RestoreResult:
    """Make the backup at ``backup_path`` the database of ``data_dir``, keeping the current one.

    The current file is never deleted: it (with its WAL, which holds its last transactions)
    is kept as ``tldops.db.before-restore-<time>``. The backup is first copied beside the
    database and checked to open with ``key``; only then is it switched in with ``os.replace``.
    Close other TLD-OPS Desktop windows on this data folder first: a window that still has the
    old file open keeps showing (and would write to) the file kept aside.
    """
    backup = find_backup(data_dir, str(backup_path))
    database = data_dir / DATABASE_NAME
    incoming = data_dir / (DATABASE_NAME + RESTORE_NEW_SUFFIX)
    with WriterLock(data_dir):
        if database_open_elsewhere(database):
            raise DatabaseBusyError(
                "The database is open in another TLD-OPS Desktop window or command. Close it "
                "and try again; nothing was changed.",
                code="busy",
            )
        for leftover in (incoming, *(_side(incoming, s) for s in _SIDE_FILES)):
            _discard(leftover)
        old_umask = os.umask(0o077) if os.name == "posix" else None
        try:
            shutil.copyfile(backup.path, incoming)
            _private_file(incoming)
            _fsync(incoming)
        except OSError as exc:
            _discard(incoming)
            raise user_error_for_os(exc, data_dir) from None
        finally:
            if old_umask is not None:
                os.umask(old_umask)
        try:
            check_backup(incoming, key, shown=backup.path)
        except WrongKeyError as exc:
            _discard(incoming)
            if key.mode == "passphrase" and not key_opens_any(data_dir, key):
                raise wrong_passphrase_error() from None
            raise exc from None
        except BaseException:
            _discard(incoming)
            raise
        kept = None
        try:
            if database.exists():
                kept = _keep_aside(database, now or _now())
            os.replace(incoming, database)
            _fsync(data_dir, directory=True)
        except OSError as exc:
            _discard(incoming)
            raise user_error_for_os(exc, data_dir) from None
    return RestoreResult(backup, kept)


def _side(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _keep_aside(database: Path, when: datetime) -> Path:
    """Keep the current database under a new name; ``database`` still names it (a hard link)."""
    aside = database.with_name(
        f"{database.name}{BEFORE_RESTORE}{when.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}"
    )
    n = 1
    while aside.exists():
        n += 1
        aside = aside.with_name(f"{aside.name.split('~')[0]}~{n}")
    try:
        os.link(database, aside)
    except OSError:  # no hard links here (some file systems): a rename, same effect
        os.rename(database, aside)
    # The WAL and its index belong with the file they were written for: kept as a pair, the
    # file aside opens with its last transactions; left behind, they would be replayed into
    # the restored file.
    for suffix in _SIDE_FILES:
        side = _side(database, suffix)
        if side.exists():
            os.replace(side, _side(aside, suffix))
    return aside
