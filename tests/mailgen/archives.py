"""Mail in compressed files and archives, as users download or keep it.

- Google Takeout: a ``.zip`` (its default) or ``.tgz`` holding ``Takeout/Mail/*.mbox`` (CRLF
  lines, ``From <id>@xxx <asctime with zone>`` separators, Gmail's own header fields first),
  beside files that are not mail.
- An mbox archived by mutt or logrotate: ``.mbox.gz``, ``.mbox.bz2``, ``.mbox.xz``.
- A ``.tar`` (plain or compressed) of a Maildir tree or of .eml files.

Writers stream where the content may be large (a Takeout mbox of hundreds of MB).
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import tarfile
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC
from pathlib import Path
from typing import Literal

from tests.mailgen.containers import _message_date, mboxrd_quote

Compression = Literal["", "gz", "bz2", "xz"]

TAKEOUT_MBOX = "Takeout/Mail/All mail Including Spam and Trash.mbox"
TAKEOUT_OTHERS = {
    "Takeout/archive_browser.html": b"<!DOCTYPE html><html><body>Takeout</body></html>\n",
    "Takeout/Mail/User settings/Labels.json": b'{"labels": ["Inbox", "tld-ops"]}\n',
}


def takeout_entry(data: bytes, index: int, labels: str = "Inbox,Opened") -> bytes:
    """One message as Google Takeout writes it into an mbox."""
    thread = 1780000000000000000 + index * 7919
    when = _message_date(data).astimezone(UTC)
    body = mboxrd_quote(data.replace(b"\r\n", b"\n"))
    if not body.endswith(b"\n"):
        body += b"\n"
    head = (
        f"From {thread}@xxx {when:%a %b %d %H:%M:%S +0000 %Y}\n"
        f"X-GM-THRID: {thread}\nX-Gmail-Labels: {labels}\n"
    ).encode("ascii")
    return (head + body + b"\n").replace(b"\n", b"\r\n")


def takeout_mbox(messages: Iterable[bytes]) -> Iterator[bytes]:
    """A Takeout mbox, message by message."""
    for index, data in enumerate(messages):
        yield takeout_entry(data, index)


def write_takeout_zip(
    path: Path,
    messages: Iterable[bytes],
    *,
    others: Mapping[str, bytes] = TAKEOUT_OTHERS,
    mbox_name: str = TAKEOUT_MBOX,
) -> Path:
    """A Takeout ``.zip``: the mbox (streamed, deflated) among files that are not mail."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, data in others.items():
            archive.writestr(name, data)
        with archive.open(mbox_name, "w", force_zip64=True) as member:
            for chunk in takeout_mbox(messages):
                member.write(chunk)
    return path


def write_zip(
    path: Path,
    members: Mapping[str, bytes],
    *,
    method: int = zipfile.ZIP_DEFLATED,
) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def write_tar(path: Path, members: Mapping[str, bytes], compression: Compression = "") -> Path:
    """A tar archive of ``members`` (name → bytes), ``.tar`` or compressed (``.tgz`` ...)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    mode: Literal["w", "w:gz", "w:bz2", "w:xz"] = f"w:{compression}" if compression else "w"  # type: ignore[assignment]
    with tarfile.open(path, mode) as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size, info.mtime = len(data), 1795000000
            archive.addfile(info, io.BytesIO(data))
    return path


def maildir_members(messages: Iterable[bytes], root: str = "Maildir") -> dict[str, bytes]:
    """A Maildir tree as archive members: each message in ``cur/`` (seen), empty ``new/``."""
    members = {f"{root}/new/.keep": b""}
    for number, data in enumerate(messages, 1):
        members[f"{root}/cur/17950000{number:02d}.M1P{number}.mailhost:2,S"] = data
    return members


def _compressed(path: Path, compression: Compression) -> io.BufferedIOBase:
    if compression == "gz":
        return gzip.GzipFile(path, "wb", compresslevel=1, mtime=0)
    if compression == "bz2":
        return bz2.BZ2File(path, "wb", compresslevel=1)
    if compression == "xz":
        return lzma.LZMAFile(path, "wb", preset=0)
    return open(path, "wb")


def write_compressed(path: Path, chunks: Iterable[bytes], compression: Compression) -> Path:
    """``chunks`` (an mbox, a message) written to one compressed file, streaming."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with _compressed(path, compression) as stream:
        for chunk in chunks:
            stream.write(chunk)
    return path
