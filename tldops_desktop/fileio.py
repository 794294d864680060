"""Writes that replace a file: a temporary file in the same folder, then ``os.replace``.

A reader never sees half a file, and a failed write leaves the old file untouched. Files are
created private to the user (0600 on POSIX): exports, requests and settings may name people.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from tldops_desktop.errors import UserError


def atomic_write(target: Path, data: bytes) -> Path:
    """Write ``data`` to ``target`` atomically; failures of the world become ``UserError``."""
    try:
        fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise _write_error(target, exc) from None
    tmp = Path(tmp_name)  # mkstemp creates it 0600
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise _write_error(target, exc) from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return target


def _write_error(target: Path, exc: OSError) -> UserError:
    reason = exc.strerror or exc.__class__.__name__
    return UserError(f"Could not write {target}: {reason}.", code="write-failed")
