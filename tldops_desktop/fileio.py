"""Writes that replace a file: a temporary file in the same folder, then ``os.replace``.

A reader never sees half a file, and a failed write leaves the old file untouched. Files are
created private to the user (0600 on POSIX): exports, requests and settings may name people.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from tldops_desktop.errors import UserError


def atomic_write(target: Path, data: bytes, *, overwrite: bool = True) -> Path:
    """Write ``data`` to ``target`` atomically; failures of the world become ``UserError``.

    With ``overwrite=False`` an existing ``target`` is left alone (``UserError`` "exists"),
    even one that appears while the data are written.
    """
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
        if overwrite:
            os.replace(tmp, target)
        else:
            _publish_new(tmp, target)
    except FileExistsError:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise _exists_error(target) from None
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise _write_error(target, exc) from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return target


def _publish_new(tmp: Path, target: Path) -> None:
    """Give ``tmp`` the name ``target`` unless that name exists (``FileExistsError``).

    A hard link is created or refused atomically; where the file system has none (FAT, some
    network shares), the check and the rename are two steps.
    """
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise
    except OSError:
        if os.path.lexists(target):
            raise FileExistsError(target) from None
        os.replace(tmp, target)
    else:
        tmp.unlink()


def output_file(path: Path, *, data_dir: Path | None, force: bool) -> Path:
    """The file to write for an output file the user named: ``path``, or with ``force`` the
    file a symbolic link at ``path`` points to (the link stays a link).

    Refused with a ``UserError``: an existing file (or link) unless ``force``; a folder or
    anything else that is not a regular file; any place inside ``data_dir``, even with
    ``force``: its database, backups and key information are never written over.
    """
    target = path
    if path.is_symlink():
        if not force:
            raise UserError(
                f"{path} exists (a link to {os.readlink(path)}); nothing was written. Give "
                "another file name, or --force to replace the file it links to.",
                code="exists",
            )
        target = Path(os.path.realpath(path))
    refuse_data_folder(target, data_dir)
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return target
    except OSError as exc:
        raise _write_error(target, exc) from None
    if stat.S_ISDIR(mode):
        raise UserError(f"{path} is a folder: give a file name.", code="is-a-folder")
    if not stat.S_ISREG(mode):
        raise UserError(f"{path} is not a regular file; nothing was written.", code="not-a-file")
    if not force:
        raise _exists_error(path)
    return target


def refuse_data_folder(path: Path, data_dir: Path | None) -> None:
    """Raise ``UserError`` "in-data-folder" when ``path`` is ``data_dir`` or inside it (by
    the file system's identity of the folders: links, ``..`` and case do not hide it)."""
    if data_dir is None:
        return
    try:
        folder = data_dir.stat()
    except OSError:
        return  # no data folder yet: nothing in it to protect
    candidate = Path(os.path.realpath(path))
    for place in (candidate, *candidate.parents):
        try:
            info = place.stat()
        except OSError:
            continue
        if (info.st_dev, info.st_ino) == (folder.st_dev, folder.st_ino):
            raise UserError(
                f"{path} is inside the TLD-OPS data folder ({data_dir}), which holds the "
                "encrypted database, its backups and key information; write it elsewhere.",
                code="in-data-folder",
            )


def _exists_error(target: Path) -> UserError:
    return UserError(
        f"{target} exists; nothing was written. Give another file name, or --force to replace it.",
        code="exists",
    )


def _write_error(target: Path, exc: OSError) -> UserError:
    reason = exc.strerror or exc.__class__.__name__
    return UserError(f"Could not write {target}: {reason}.", code="write-failed")
