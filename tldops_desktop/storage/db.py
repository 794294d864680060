"""One SQLCipher connection: the key first, then pragmas, migrations and error mapping.

SQLite errors are sorted into "the world is wrong" (a ``UserError`` with a message a
responder can act on: wrong key, busy, disk full, unreadable) and "we are wrong" (re-raised).
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3

from tldops_desktop.errors import DatabaseBusyError, UserError, WrongKeyError
from tldops_desktop.paths import KEYINFO_NAME
from tldops_desktop.storage.keys import DatabaseKey, first_backup_under_key
from tldops_desktop.storage.migrations import LATEST_VERSION, SchemaTooNewError, migrate

BUSY_TIMEOUT_MS = 3000
DatabaseError = sqlcipher3.DatabaseError


def ensure_private_dir(path: Path) -> None:
    """Create the data folder readable by its owner only (0700 on POSIX)."""
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        if os.name == "posix" and stat.S_IMODE(path.stat().st_mode) != 0o700:
            path.chmod(0o700)
    except FileExistsError:  # something else than a folder has its name
        raise UserError(
            f"{path} is not a folder (a file or a link has its name): move it away, then try "
            "again. Nothing was changed.",
            code="os-error",
        ) from None
    except (FileNotFoundError, NotADirectoryError) as exc:
        # A folder above it that cannot be made (a HOME that does not exist, or is a file):
        # the default data folder is under HOME.
        raise UserError(
            f"The folder {path} cannot be made ({exc.strerror or exc}): a folder above it is "
            "missing and cannot be made, or is a file. Choose another data folder with "
            "--data-dir or TLDOPS_DATA_DIR (by default it is under your home folder, HOME). "
            "Nothing was changed.",
            code="not-writable",
        ) from None
    except OSError as exc:
        raise user_error_for_os(exc, path) from None


def not_readable_error(exc: OSError, path: Path, data_dir: Path) -> UserError:
    """``path`` in ``data_dir`` that the user may not read: most often files left owned by
    another user (the folder copied with sudo, an import run as root)."""
    return UserError(
        f"{path} cannot be read ({exc.strerror or exc}): it belongs to another user, or its "
        "permissions do not let you read it (was the data folder copied with sudo, or an "
        f"import run as root?). Give the data folder back to your user (sudo chown -R "
        f'"$USER" {data_dir}), then try again. Nothing was changed.',
        code="not-readable",
    )


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


# Primary SQLite result codes (``sqlite_errorcode & 0xFF``): what SQLCipher really raises.
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN = 10, 11, 13, 14
SQLITE_AUTH, SQLITE_NOTADB = 23, 26
PAGE_SIZE = 4096  # SQLCipher 4's default: a sound file is a whole number of pages
LOW_SPACE_BYTES = 1024 * 1024  # below this, an I/O error is a full disk
RESTORE_COMMAND = "tldops restore"


def _result_code(exc: Exception) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def _disk_nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < LOW_SPACE_BYTES
    except OSError:
        return False


def read_only_reason(folder: Path) -> str | None:
    """Why ``folder`` cannot be written to, or None when it can (as far as we can tell)."""
    try:
        if os.name == "posix" and os.statvfs(folder).f_flag & os.ST_RDONLY:
            return "it is on a read-only file system"
    except OSError:
        return None
    if not os.access(folder, os.W_OK):
        return "its permissions do not allow writing"
    return None


def backups_note(data_dir: Path) -> str:
    """What the user can restore from, in one sentence (for the messages of a damaged file)."""
    from tldops_desktop.storage.backup import list_backups

    try:
        backups = list_backups(data_dir)
    except OSError:
        backups = []
    if backups:
        newest = backups[0].taken_at.strftime("%Y-%m-%d %H:%M UTC")
        which = f"the newest of its {len(backups)} backups" if len(backups) > 1 else "its backup"
        return (
            f"Restore {which} (taken {newest}) with `{RESTORE_COMMAND}`; the damaged file is "
            "kept beside it."
        )
    return (
        "There is no backup of it yet: import the repository emails again into a new data "
        "folder (--data-dir), and keep the damaged file."
    )


def damaged_error(path: Path, detail: str) -> UserError:
    return UserError(
        f"The database {path} is damaged ({detail}). It was left as it is. "
        + backups_note(path.parent),
        code="corrupt",
        hint="restore",
    )


def _read_only_file(path: Path) -> Path | None:
    """The database file or one of its WAL files that cannot be written, in a folder that
    can (copied from read-only media, owned by another user, made immutable)."""
    for candidate in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm"))):
        if candidate.exists() and not os.access(candidate, os.W_OK):
            return candidate
    return None


def not_writable_error(path: Path, reason: str | None) -> UserError:
    if reason is None and path.exists() and not path.is_file():
        # A folder (or a device) in its place: no permission makes that a database.
        return damaged_error(path, "it is not a file")
    stuck = _read_only_file(path) if reason is None else None
    if stuck is not None:
        return UserError(
            f"The database {path} cannot be opened for writing: {stuck} does not allow "
            "writing (its permissions, owner or attributes). Make that file writable for "
            "you, then try again. Nothing was changed.",
            code="not-writable",
        )
    because = f": {reason}" if reason else ""
    folder = path.parent
    return UserError(
        f"The database {path} cannot be opened for writing{because}. Make {folder} "
        "writable (or move the data folder somewhere writable and point --data-dir or "
        "TLDOPS_DATA_DIR to it), then try again. Nothing was changed.",
        code="not-writable",
    )


def map_error(exc: Exception, path: Path) -> UserError | None:
    """The user-facing error for a SQLite failure, or None when it is a bug of ours.

    Sorted by SQLite's result code where the exception carries one (sqlcipher3 does), by its
    text otherwise. What SQLCipher raises in each case (checked against real files):
    wrong key, or page 1 truncated or with a byte flipped: SQLITE_NOTADB "file is not a
    database" (the caller tells these apart: see ``Database.open``); a later page truncated or
    flipped: SQLITE_CORRUPT "database disk image is malformed"; a read-only folder or file
    system: SQLITE_CANTOPEN "unable to open database file" (WAL needs its -shm file) or
    SQLITE_READONLY; a full disk: SQLITE_FULL while writing, and SQLITE_IOERR "disk I/O error"
    when even the -shm file cannot grow; another writer: SQLITE_BUSY.
    """
    code = _result_code(exc)
    text = str(exc).casefold()
    folder = path.parent
    if (
        code == SQLITE_NOTADB
        or "file is not a database" in text
        or ("not an error" in text and "key" in text)
    ):
        return WrongKeyError(
            f"The database in {folder} cannot be opened with this key or passphrase. "
            "If you typed a passphrase, check it and try again. The file was not changed. "
            f"If you are sure of it, the file may be damaged: see `{RESTORE_COMMAND} --list`.",
            code="wrong-key",
        )
    if code in (SQLITE_BUSY, SQLITE_LOCKED) or (
        code is None and ("locked" in text or "busy" in text)
    ):
        return DatabaseBusyError(
            "The database is in use by another TLD-OPS Desktop window or command. "
            "Close it, or wait for its import to finish, and try again.",
            code="busy",
        )
    if (
        code == SQLITE_FULL
        or "disk is full" in text
        or ((code == SQLITE_IOERR or "disk i/o error" in text) and _disk_nearly_full(folder))
    ):
        return UserError(
            # (Not "nothing was changed": an import keeps the editions it committed before,
            # and its report names them.)
            f"The disk holding {folder} is full, so nothing more could be written (a write "
            "under way is undone whole); free some space and try again.",
            code="disk-full",
        )
    if code in (SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_PERM, SQLITE_AUTH) or (
        code is None and ("readonly" in text or "read-only" in text or "unable to open" in text)
    ):
        reason = read_only_reason(folder) if folder.exists() else "the folder does not exist"
        return not_writable_error(path, reason)
    if code == SQLITE_CORRUPT or "malformed" in text or "corrupt" in text:
        return damaged_error(path, "the encrypted pages do not check out")
    if code == SQLITE_IOERR or "disk i/o error" in text:
        return damaged_error(path, "it could not be read: disk I/O error")
    return None


def unlock(connection: Any, key: DatabaseKey) -> DatabaseKey:
    """Key ``connection`` with ``key`` and read its first page; the form of the key that
    opened it (``DatabaseKey.forms``). Raises SQLite's error when none does."""
    forms = key.forms()
    for n, form in enumerate(forms, 1):
        connection.execute(form.pragma())
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            if n == len(forms) or _result_code(exc) != SQLITE_NOTADB:
                raise
            continue
        return form
    raise AssertionError("a key has at least one form")  # pragma: no cover


def key_opens(path: Path, key: DatabaseKey, *, live: bool = False) -> bool:
    """Does ``key`` open the database file at ``path``? Never raises for damage.

    Read-only, unless ``live``: the data folder's own database is opened read-write, so that
    closing the connection, the last one, removes the WAL files it opened (a read-only one
    would leave them behind).
    """
    try:
        connection = (
            sqlcipher3.connect(str(path), isolation_level=None)
            if live
            else sqlcipher3.connect(
                path.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None
            )
        )
    except sqlcipher3.Error:
        return False
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        unlock(connection, key)
        return True
    except sqlcipher3.Error:
        return False
    finally:
        connection.close()


def _refine_not_a_database(error: UserError, path: Path, key: DatabaseKey) -> UserError:
    """A "not a database" is a wrong key, or a damaged first page: tell which where we can."""
    if not isinstance(error, WrongKeyError):
        return error
    try:
        size = path.stat().st_size
    except OSError:
        return error
    if size < PAGE_SIZE or size % PAGE_SIZE:
        return damaged_error(path, f"it was cut short: {size} bytes, not whole pages")
    from tldops_desktop.storage.backup import list_backups

    # Only a backup taken since the key was last set (keyinfo.json is rewritten then) proves
    # anything: an older one may be under a key the user has since changed. Its number says
    # which (a clock set back, or a file's time, would not).
    first = first_backup_under_key(path.parent)
    if first is not None:
        backups = [b for b in list_backups(path.parent) if b.number >= first]
    else:  # a keyinfo.json written before it recorded the number: its time, all there is
        try:
            keyed_at = (path.parent / KEYINFO_NAME).stat().st_mtime
        except OSError:
            keyed_at = 0.0
        backups = [b for b in list_backups(path.parent) if b.taken_at.timestamp() > keyed_at]
    if backups and key_opens(backups[0].path, key):
        return damaged_error(
            path, "its first page does not check out, yet the key opens its backup"
        )
    if key.mode == "keyring":  # a random key that only this file ever had
        return damaged_error(path, "the key kept in the system keyring does not open it")
    return error


class Database:
    """An open, unlocked, migrated SQLCipher database."""

    def __init__(
        self,
        connection: Any,
        path: Path,
        *,
        read_only: bool = False,
        private_copy: Path | None = None,
        opened_with: DatabaseKey | None = None,
    ) -> None:
        self.connection = connection
        self.path = path
        self.read_only = read_only
        self.private_copy = private_copy  # a temporary folder of ours, removed on close
        # The form of the key that unlocked it (``DatabaseKey.forms``): a passphrase as typed,
        # not composed, is one that earlier code keyed the file with.
        self.opened_with = opened_with

    @classmethod
    def open_read_only(cls, path: Path, key: DatabaseKey) -> Database:
        """The database of a folder that cannot be written (a file system remounted read-only
        after a disk fault, a copy on read-only media): to read the contacts, never to write.

        The last imports may still be in the WAL (a crash, a kill or a power cut leaves it
        uncheckpointed): they are read too, never an older edition. Without a WAL, SQLite's
        ``immutable`` mode needs neither a lock nor the WAL's shared-memory file. With one,
        SQLite (3.22+) reads it through a ``-shm`` file it cannot write; where there is no
        ``-shm`` either, a private copy of the two encrypted files is read instead. A schema
        older than this version's is read as it is (no migration: it would write).
        """
        uri = path.resolve().as_uri()
        if not _wal_has_content(path):
            return cls._connect_read_only(uri + "?mode=ro&immutable=1", path, key)
        try:
            return cls._connect_read_only(uri + "?mode=ro", path, key)
        except UserError as error:
            if error.code != "not-writable":  # a wrong key or damage: the copy says the same
                raise
        return cls._open_private_copy(path, key)

    @classmethod
    def _open_private_copy(cls, path: Path, key: DatabaseKey) -> Database:
        """Read ``path`` and its WAL from a copy in a new temporary folder (0700, files 0600:
        the same encrypted bytes), where SQLite can make the ``-shm`` file it needs."""
        folder = Path(tempfile.mkdtemp(prefix="tldops-readonly-"))
        try:
            copy = folder / path.name
            for suffix in ("", "-wal"):
                shutil.copyfile(
                    path.with_name(path.name + suffix), copy.with_name(copy.name + suffix)
                )
                copy.with_name(copy.name + suffix).chmod(0o600)
            db = cls._connect_read_only(copy.as_uri() + "?mode=ro", path, key)
        except OSError as exc:
            shutil.rmtree(folder, ignore_errors=True)
            raise user_error_for_os(exc, folder) from None
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        db.private_copy = folder
        return db

    @classmethod
    def _connect_read_only(cls, uri: str, path: Path, key: DatabaseKey) -> Database:
        """A read-only connection to ``uri``, keyed and checked; errors name ``path``."""
        try:
            connection = sqlcipher3.connect(
                uri, uri=True, isolation_level=None, check_same_thread=False
            )
        except sqlcipher3.Error as exc:
            raise map_error(exc, path) or UserError(str(exc), code="open-failed") from None
        try:
            connection.execute("PRAGMA cipher_log_level = NONE")
            unlock(connection, key)
            version = int(connection.execute("PRAGMA user_version").fetchone()[0])
            connection.execute("PRAGMA temp_store = MEMORY")
        except sqlcipher3.Error as exc:
            connection.close()
            error = map_error(exc, path)
            if error is None:
                raise
            raise _refine_not_a_database(error, path, key) from None
        if version > LATEST_VERSION:
            connection.close()
            raise UserError(
                f"The database was written by a newer version of TLD-OPS Desktop (schema "
                f"{version}). Update the app to open it; the file was not changed.",
                code="schema-too-new",
            )
        return cls(connection, path, read_only=True)

    @classmethod
    def open(cls, path: Path, key: DatabaseKey, *, create: bool = False) -> Database:
        if not create and not path.exists():
            raise UserError(f"No database at {path}.", code="no-database")
        existed = path.exists()
        reason = read_only_reason(path.parent) if existed and os.name == "posix" else None
        if reason is not None:
            # SQLite would open it, reading only (its WAL files left by a crash suffice), and
            # fail at the first write: say so now, so that the caller can open it read-only.
            raise not_writable_error(path, reason)
        if existed and path.stat().st_size == 0 and _has_backups(path.parent):
            # An empty file where a database was: never set it up anew over its backups.
            raise damaged_error(path, "the file is empty")
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
            opened_with = unlock(connection, key)
            # Before anything that writes (the journal mode is in the header): a newer
            # version's database is left exactly as it is.
            found = int(connection.execute("PRAGMA user_version").fetchone()[0])
            if found > LATEST_VERSION:
                raise SchemaTooNewError(found)
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
            if existed:
                error = _refine_not_a_database(error, path, key)
            raise error from None
        try:
            _tighten_modes(path)
        except OSError as exc:
            connection.close()
            raise user_error_for_os(exc, path) from None
        return cls(connection, path, opened_with=opened_with)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Any]:
        """One write transaction: everything inside is committed together or not at all.

        Inside another one, a savepoint: undone alone when it fails, committed with the
        outer one (an import writes a few editions a transaction: a commit costs more than a
        monthly edition's rows).
        """
        cursor = self.connection.cursor()
        nested = self.connection.in_transaction
        begin, commit, rollback = (
            ("SAVEPOINT inner", "RELEASE inner", "ROLLBACK TO inner")
            if nested
            else ("BEGIN IMMEDIATE", "COMMIT", "ROLLBACK")
        )
        try:
            cursor.execute(begin)
        except sqlcipher3.Error as exc:
            raise map_error(exc, self.path) or exc from None
        try:
            yield cursor
            cursor.execute(commit)
        except BaseException as exc:
            with contextlib.suppress(sqlcipher3.Error):
                cursor.execute(rollback)
                if nested:
                    cursor.execute(commit)  # a savepoint undone is still open until released
            if isinstance(exc, sqlcipher3.Error):
                raise map_error(exc, self.path) or exc from None
            raise

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[Any]:
        try:
            return list(self.connection.execute(sql, params).fetchall())
        except sqlcipher3.Error as exc:
            raise map_error(exc, self.path) or exc from None

    def rows(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> Iterator[Any]:
        """``query``, a row at a time: a large result never sits whole in memory."""
        try:
            # (a loop, not ``yield from``: a generator closed after the database, as Ctrl+C
            # leaves one, would close its cursor on a closed connection and raise)
            for row in self.connection.execute(sql, params):  # noqa: UP028
                yield row
        except sqlcipher3.Error as exc:
            raise map_error(exc, self.path) or exc from None

    def close(self) -> None:
        with contextlib.suppress(sqlcipher3.Error):
            self.connection.close()
        if self.private_copy is not None:
            shutil.rmtree(self.private_copy, ignore_errors=True)
            self.private_copy = None


def _wal_has_content(path: Path) -> bool:
    """Does the WAL of ``path`` hold frames (committed or not) that the file lacks?"""
    try:
        return path.with_name(path.name + "-wal").stat().st_size > 0
    except FileNotFoundError:
        return False


def _tighten_modes(path: Path) -> None:
    """The database and its WAL files readable by their owner only (0600; POSIX).

    Best effort: a file the system will not let us change (a read-only file system, another
    owner's file) keeps its mode rather than stop the contacts from opening.
    """
    if os.name != "posix":
        return
    for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            file.chmod(0o600)
        except FileNotFoundError:
            pass
        except OSError as exc:
            if exc.errno not in (errno.EROFS, errno.EPERM, errno.EACCES):
                raise


def _has_backups(data_dir: Path) -> bool:
    from tldops_desktop.storage.backup import list_backups

    return bool(list_backups(data_dir))


def _remove_new_files(path: Path) -> None:
    """A database this call created but could not set up leaves nothing behind."""
    for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        with contextlib.suppress(FileNotFoundError):
            file.unlink()
