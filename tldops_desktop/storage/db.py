"""One SQLCipher connection: the key first, then pragmas, migrations and error mapping.

SQLite errors are sorted into "the world is wrong" (a ``UserError`` with a message a
responder can act on: wrong key, busy, disk full, unreadable) and "we are wrong" (re-raised).
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3

from tldops_desktop.errors import DatabaseBusyError, UserError, WrongKeyError
from tldops_desktop.storage.keys import DatabaseKey
from tldops_desktop.storage.migrations import SchemaTooNewError, migrate

BUSY_TIMEOUT_MS = 3000
DatabaseError = sqlcipher3.DatabaseError


def ensure_private_dir(path: Path) -> None:
    """Create the data folder readable by its owner only (0700 on POSIX)."""
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        if os.name == "posix" and stat.S_IMODE(path.stat().st_mode) != 0o700:
            path.chmod(0o700)
    except OSError as exc:
        raise user_error_for_os(exc, path) from None


def user_error_for_os(exc: OSError, path: Path) -> UserError:
    reason = exc.strerror or str(exc)
    if exc.errno in (28,):  # ENOSPC
        return UserError(f"The disk holding {path} is full. Nothing was changed.", code="disk-full")
    if exc.errno in (13, 1, 30):  # EACCES, EPERM, EROFS
        return UserError(
            f"{path} cannot be written ({reason}). Check its permissions, or choose another "
            "data folder with --data-dir.",
            code="not-writable",
        )
    return UserError(f"{path}: {reason}.", code="os-error")


def map_error(exc: Exception, path: Path) -> UserError | None:
    """The user-facing error for a SQLite failure, or None when it is a bug of ours."""
    text = str(exc).casefold()
    if "file is not a database" in text or ("not an error" in text and "key" in text):
        return WrongKeyError(
            f"The database in {path.parent} cannot be opened with this key or passphrase. "
            "If you typed a passphrase, check it and try again. The file was not changed.",
            code="wrong-key",
        )
    if "locked" in text or "busy" in text:
        return DatabaseBusyError(
            "The database is in use by another TLD-OPS Desktop window or command. "
            "Close it, or wait for its import to finish, and try again.",
            code="busy",
        )
    if "disk is full" in text or "database or disk is full" in text:
        return UserError(
            f"The disk holding {path.parent} is full. The import was rolled back; "
            "nothing was changed. Free some space and try again.",
            code="disk-full",
        )
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return UserError(
            f"The database {path} cannot be opened for writing. Check the permissions of "
            f"{path.parent}, or choose another data folder with --data-dir.",
            code="not-writable",
        )
    if "malformed" in text or "disk i/o error" in text or "corrupt" in text:
        return UserError(
            f"The database {path} is damaged. It was left as it is; restore a backup or "
            "import the repository emails again into a new data folder.",
            code="corrupt",
        )
    return None


class Database:
    """An open, unlocked, migrated SQLCipher database."""

    def __init__(self, connection: Any, path: Path) -> None:
        self.connection = connection
        self.path = path

    @classmethod
    def open(cls, path: Path, key: DatabaseKey, *, create: bool = False) -> Database:
        if not create and not path.exists():
            raise UserError(f"No database at {path}.", code="no-database")
        existed = path.exists()
        old_umask = os.umask(0o077) if os.name == "posix" else None
        try:
            connection = sqlcipher3.connect(
                str(path),
                isolation_level=None,
                check_same_thread=False,
                timeout=BUSY_TIMEOUT_MS / 1000,
            )
        except sqlcipher3.Error as exc:
            raise map_error(exc, path) or UserError(str(exc), code="open-failed") from None
        finally:
            if old_umask is not None:
                os.umask(old_umask)
        try:
            connection.execute("PRAGMA cipher_log_level = NONE")
            connection.execute(key.pragma())
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
            connection.execute("PRAGMA foreign_keys = ON")
            connection.execute("PRAGMA temp_store = MEMORY")
            connection.execute("PRAGMA secure_delete = ON")
            connection.execute("PRAGMA journal_mode = WAL").fetchone()
            migrate(connection)
        except SchemaTooNewError as exc:
            connection.close()
            raise UserError(
                f"The database was written by a newer version of TLD-OPS Desktop (schema "
                f"{exc.found}). Update the app to open it; the file was not changed.",
                code="schema-too-new",
            ) from None
        except sqlcipher3.Error as exc:
            connection.close()
            if not existed:
                _remove_new_files(path)
            error = map_error(exc, path)
            if error is None:
                raise
            raise error from None
        if os.name == "posix":
            for file in (
                path,
                path.with_name(path.name + "-wal"),
                path.with_name(path.name + "-shm"),
            ):
                with contextlib.suppress(FileNotFoundError):
                    file.chmod(0o600)
        return cls(connection, path)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Any]:
        """One write transaction: everything inside is committed together or not at all."""
        cursor = self.connection.cursor()
        try:
            cursor.execute("BEGIN IMMEDIATE")
        except sqlcipher3.Error as exc:
            raise map_error(exc, self.path) or exc from None
        try:
            yield cursor
            cursor.execute("COMMIT")
        except BaseException as exc:
            with contextlib.suppress(sqlcipher3.Error):
                cursor.execute("ROLLBACK")
            if isinstance(exc, sqlcipher3.Error):
                raise map_error(exc, self.path) or exc from None
            raise

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[Any]:
        try:
            return list(self.connection.execute(sql, params).fetchall())
        except sqlcipher3.Error as exc:
            raise map_error(exc, self.path) or exc from None

    def close(self) -> None:
        with contextlib.suppress(sqlcipher3.Error):
            self.connection.close()


def _remove_new_files(path: Path) -> None:
    """A database this call created but could not set up leaves nothing behind."""
    for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        with contextlib.suppress(FileNotFoundError):
            file.unlink()
