"""One writer at a time per data folder: an advisory lock file held while an import writes.

SQLite serialises transactions by itself, but a second import (another window, a ``tldops
import`` in a terminal) would otherwise wait on the busy timeout, scan for minutes and then
interleave its editions, backups and scan marks with the first one's. The writer takes
``tldops.lock`` in the data folder (``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows)
without waiting; a second writer gets ``DatabaseBusyError`` at once. Readers (search, show,
export) take no lock: under WAL they read the last committed state while an import runs.

The operating system releases the lock when its process ends, however it ends (even
``kill -9``), so a crash never leaves a stale lock behind. The lock file itself is never
deleted (deleting a flock'ed file lets two processes lock two different files).

Within one process the lock is re-entrant (``run_import`` holds it across the scan, and
``store_editions`` inside it takes it again): a table of the locks this process holds
mirrors what the kernel holds for it, keyed by the lock file's path.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
from pathlib import Path
from types import TracebackType

from tldops_desktop.errors import DatabaseBusyError
from tldops_desktop.storage.db import ensure_private_dir, read_only_reason, user_error_for_os

LOCK_NAME = "tldops.lock"
BUSY_MESSAGE = (
    "The database is in use by another TLD-OPS Desktop window or command, which is importing "
    "into it. Wait for that import to finish (or close that window), then try again. "
    "Searching and showing contacts still work meanwhile."
)

_log = logging.getLogger(__name__)
_guard = threading.Lock()
_held: dict[str, tuple[int, int]] = {}  # lock path -> (file descriptor, depth)


def lock_path(data_dir: Path) -> Path:
    return data_dir / LOCK_NAME


def _try_lock(fd: int) -> bool:
    """Lock ``fd`` without waiting; False when another process holds it."""
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError as exc:  # a file system without locks (some network shares): go on unlocked
        _log.warning("the data folder cannot be locked (%s); going on without a lock", exc)
    return True


def _unlock(fd: int) -> None:
    with contextlib.suppress(OSError):
        if sys.platform == "win32":
            import msvcrt

            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_UN)


class WriterLock:
    """``with WriterLock(data_dir):`` - the right to write to the database in ``data_dir``."""

    def __init__(self, data_dir: Path) -> None:
        self.path = lock_path(data_dir)
        self._key = os.path.abspath(self.path)
        self._acquired = False

    def acquire(self) -> None:
        with _guard:
            if self._key in _held:
                fd, depth = _held[self._key]
                _held[self._key] = (fd, depth + 1)
                self._acquired = True
                return
            ensure_private_dir(self.path.parent)
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError as exc:
                # The folder when it refuses writes (read-only media), else the lock file
                # itself (a folder, a dangling link, made read-only in a writable folder).
                folder = self.path.parent
                where = folder if read_only_reason(folder) is not None else self.path
                raise user_error_for_os(exc, where) from None
            if not _try_lock(fd):
                os.close(fd)
                raise DatabaseBusyError(BUSY_MESSAGE, code="busy")
            with contextlib.suppress(OSError):  # who holds it, for a person looking
                os.ftruncate(fd, 0)
                os.lseek(fd, 0, os.SEEK_SET)
                os.write(fd, f"{os.getpid()}\n".encode())
            _held[self._key] = (fd, 1)
            self._acquired = True

    def release(self) -> None:
        if not self._acquired:
            return
        self._acquired = False
        with _guard:
            fd, depth = _held[self._key]
            if depth > 1:
                _held[self._key] = (fd, depth - 1)
                return
            del _held[self._key]
            _unlock(fd)
            os.close(fd)

    def __enter__(self) -> WriterLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def is_locked(data_dir: Path) -> bool:
    """Does another process hold the writer lock of ``data_dir`` now? (For tests and the GUI.)"""
    path = lock_path(data_dir)
    if os.path.abspath(path) in _held:
        return False
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return False
    try:
        if _try_lock(fd):
            _unlock(fd)
            return False
        return True
    finally:
        os.close(fd)


# SQLite's WAL index (-shm) "DMS" byte: every connection of any process that has the database
# open holds a shared lock on it (see sqlite3's os_unix.c: UNIX_SHM_DMS).
_SHM_DMS_BYTE = 128


def database_open_elsewhere(database: Path) -> bool:
    """Has another process the SQLite database at ``database`` open now? (Linux; else False.)

    Asks the kernel whether a write lock on the -shm file's DMS byte would conflict: it
    does while any other process keeps a connection. A -shm file left by a crash holds no
    lock. Connections of this process are not seen: close them first.
    """
    shm = database.with_name(database.name + "-shm")
    if not sys.platform.startswith("linux") or not shm.exists():
        return False
    import fcntl
    import struct

    layout = "hhqqi4x"  # struct flock on Linux: l_type, l_whence, l_start, l_len, l_pid
    try:
        fd = os.open(shm, os.O_RDONLY)
    except OSError:
        return False
    try:
        query = struct.pack(layout, fcntl.F_WRLCK, os.SEEK_SET, _SHM_DMS_BYTE, 1, 0)
        answer = fcntl.fcntl(fd, fcntl.F_GETLK, query)
        return bool(struct.unpack(layout, answer)[0] != fcntl.F_UNLCK)
    except OSError:
        return False
    finally:
        os.close(fd)
