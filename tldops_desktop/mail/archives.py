"""Mail in compressed files and archives: .gz, .bz2, .xz, .zip (Google Takeout), .tar and its
compressed forms (.tgz, .tar.bz2 ...). Each is read as a stream, never unpacked to disk.

A member that is an mbox or a message is scanned as such a file is (``source``: the archive's
path, "!" and the member's name), an Apple Mail .emlx or Outlook .msg too, and an archive or
compressed file in an archive (a backup of a Dovecot Maildir whose messages are compressed, a
Takeout .zip in a .tar) is read in turn, up to ``MAX_NESTING`` deep; members that are not mail
are passed over. An archive made
to fill memory or disk (a "bomb") is stopped and reported: all it unpacks to is counted, and
mail compresses to a fifth of its size, rarely a tenth, while zeros compress a thousandfold
(deflate) to a millionfold (bzip2).
"""

from __future__ import annotations

import bz2
import errno
import gzip
import hashlib
import io
import lzma
import os
import posixpath
import re
import tarfile
import zipfile
import zlib
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Self

from tldops_desktop.mail import emlx, outlook
from tldops_desktop.mail.mbox_split import scan_mbox_stream
from tldops_desktop.mail.mmdf import MmdfAsMbox, is_mmdf
from tldops_desktop.mail.scan import (
    FIRST_BYTES,
    MARK_HEAD_BYTES,
    NotRegularFile,
    Prefixed,
    looks_like_message,
    open_regular,
    passed_over,
    piped_mbox,
    read_up_to,
    scan_message_stream,
    scan_utf16,
)
from tldops_desktop.mail.scan_items import (
    MAX_HEADER_BYTES,
    MAX_MESSAGE_BYTES,
    Readable,
    ScanControl,
    ScanItem,
    ScanProblem,
    SourceMark,
)
from tldops_desktop.mail.utf16 import is_utf16

MAX_RATIO = 200  # unpacked bytes per byte of the archive, beyond FREE_BYTES
FREE_BYTES = 1 << 30  # any archive, however small, may unpack to this much
MAX_MEMBERS = 100_000  # a mail export holds a few files, a Maildir thousands
# zipfile reads an archive's whole list of members into memory first: a longer list than this
# (at least 46 bytes a member) is no mail export's.
MAX_ZIP_DIRECTORY_BYTES = 16 * 1024 * 1024
_TICK_BYTES = 4 * 1024 * 1024  # unpacked bytes between progress reports
MAX_NESTING = 4  # archives in archives: an export in a backup in a download is three
# A .zip or .msg inside an archive is read into memory whole (both need to seek): a larger one
# is named, to be unpacked first.
MAX_MEMBER_IN_MEMORY = 64 * 1024 * 1024
_EMLX_SLACK = 64 * 1024  # an .emlx's byte count line and the property list after its message

_XZ = b"\xfd7zXZ\x00"
_BZIP2_BLOCKS = (b"1AY&SY", b"\x17rE8P\x90")  # a block's magic, or the end of an empty stream
_OPENERS: dict[str, Callable[[BinaryIO], io.BufferedIOBase]] = {
    "gzip": lambda raw: gzip.GzipFile(fileobj=raw, mode="rb"),
    "bzip2": bz2.BZ2File,
    "xz": lzma.LZMAFile,
}
COMPRESSIONS = frozenset(_OPENERS)  # kinds that compress one stream (not zip, tar)
_ARCHIVE_NAMES = {
    "gzip": ".tar.gz",
    "bzip2": ".tar.bz2",
    "xz": ".tar.xz",
    "tar": ".tar",
    "zip": ".zip",
}
# zipfile unpacks a bzip2 or LZMA member a whole read at a time, unbounded (a bzip2 bomb
# unpacks a millionfold): only stored and deflated members, what zip writers use, are read.
_ZIP_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}
_ZIP_METHOD_NAMES = {9: "Deflate64", 12: "bzip2", 14: "LZMA", 93: "Zstandard", 95: "xz", 98: "PPMd"}
# What a damaged archive raises while it is read.
_DAMAGED = (
    OSError, EOFError, zlib.error, lzma.LZMAError, zipfile.BadZipFile, tarfile.TarError,
    NotImplementedError,  # zipfile: "zip file version 11.1"
    UnicodeDecodeError,  # zipfile: a name marked UTF-8 that is not
)  # fmt: skip


def archive_kind(head: bytes) -> str | None:
    """What the file that begins with ``head`` is, by its magic bytes: "gzip", "bzip2", "xz",
    "zip", "tar", or None."""
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    if head.startswith(b"BZh") and head[3:4] in b"123456789" and head[4:10] in _BZIP2_BLOCKS:
        return "bzip2"
    if head.startswith(_XZ):
        return "xz"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):  # a member, or an empty archive's end
        return "zip"
    if _is_tar(head):
        return "tar"
    return None


# Compressions Dovecot may store Maildir messages in that Python cannot unpack.
_UNREADABLE_COMPRESSIONS = {b"\x28\xb5\x2f\xfd": "Zstandard", b"\x04\x22\x4d\x18": "LZ4"}


def unreadable_compression(head: bytes) -> str | None:
    """The name of the compression ``head`` begins with, when it is one not read here."""
    return _UNREADABLE_COMPRESSIONS.get(head[:4])


def _is_tar(head: bytes) -> bool:
    return head[257:262] == b"ustar"  # POSIX and GNU tar both write it in every header


class _TooMuch(Exception):
    """The archive unpacks to more than it may."""


@dataclass
class _Reading:
    """One archive being read: what it may still unpack to, and the scan's progress, which
    counts archives by their own size (as the scan's total does), not by what they unpack to.
    """

    raw: BinaryIO  # the archive file
    control: ScanControl
    left: int
    base: int  # the bytes scanned before this archive
    since_tick: int = 0

    def count(self, size: int) -> None:
        self.left -= size
        if self.left < 0:
            raise _TooMuch
        self.since_tick += size
        if self.since_tick >= _TICK_BYTES:
            self.since_tick = 0
            self.control.stats.bytes_scanned = self.base + self.raw.tell()
            self.control.tick()


class _Unpacked:
    """An archive's bytes as they are read (unpacked, where it is compressed), counted."""

    def __init__(self, stream: Readable, reading: _Reading) -> None:
        self._stream, self._reading = stream, reading

    def read(self, size: int = -1) -> bytes:
        data = self._stream.read(size if size >= 0 else _TICK_BYTES)
        self._reading.count(len(data))
        return data


# A Generator that yields what the scan found and returns whether the archive held mail, or
# something was said about it (so that "no mailbox in it" is not said too).
_Scan = Generator[ScanItem, None, bool]


def scan_archive(
    path: Path, kind: str, control: ScanControl, *, explicit: bool, marked: bool = True
) -> Iterator[ScanItem]:
    """The mail in the archive or compressed file at ``path`` (``kind``: see ``archive_kind``).

    An archive is rewritten whole when it changes, never appended to: one whose size, time and
    first bytes are those of the last scan is skipped (a Takeout download remembered as a
    source is not unpacked again at every start), any other is read again in full. Not so
    with ``marked`` False: a message file of a Maildir, which its folder's listing marks.
    """
    control.stats.files += 1
    base = control.stats.bytes_scanned
    size = 0
    try:
        with open_regular(path, buffered=True) as raw:
            info = os.fstat(raw.fileno())
            size = info.st_size
            mark = _mark(path, info, raw.read(MARK_HEAD_BYTES))
            raw.seek(0)
            if marked and control.marks_in.get(mark.path) == mark:
                control.stats.unchanged.append(str(path))
                control.marks_out[mark.path] = mark
                return
            told = yield from _read_archive(raw, size, kind, str(path), control, explicit)
            if told is None:
                return  # damaged, or too much: read again next time
    except NotRegularFile:
        return  # replaced by a named pipe since it was looked at
    except _DAMAGED as exc:  # (opening it: its reading says so itself)
        yield _unreadable(str(path), kind, exc)
        return
    finally:
        control.stats.bytes_scanned = base + size
    if marked:
        control.marks_out[mark.path] = mark  # read to its end: skipped while it stays as it is
    if not told and explicit:
        yield _no_mail(str(path), kind)


def scan_piped_archive(
    head: bytes, stream: Readable, kind: str, source: str, control: ScanControl
) -> Iterator[ScanItem]:
    """The mail in an archive or compressed file piped in (``zcat`` left out: ``tldops import
    - < Inbox.mbox.gz``) that begins with ``head``, read as the file would be. A .zip, whose
    list is at its end, is held in memory whole to be read."""
    base = control.stats.bytes_scanned
    piped = _Piped(Prefixed(head, stream))
    raw: BinaryIO = io.BufferedReader(piped)
    size = 0  # a .zip's, once held; the bytes read from the pipe otherwise
    try:
        if kind == "zip":
            data = read_up_to(raw, MAX_MEMBER_IN_MEMORY + 1)
            if len(data) > MAX_MEMBER_IN_MEMORY:
                limit = MAX_MEMBER_IN_MEMORY // 2**20
                yield ScanProblem(source, "too-large", f"a .zip over {limit} MiB piped in")
                return
            raw, size = _Held(data), len(data)
        told = yield from _read_archive(raw, size, kind, source, control, True)
    except _DAMAGED as exc:  # (holding a .zip)
        yield _unreadable(source, kind, exc)
        return
    finally:
        control.stats.bytes_scanned = base + piped.count
    if told is False:
        yield _no_mail(source, kind)


def _read_archive(
    raw: BinaryIO, size: int, kind: str, source: str, control: ScanControl, explicit: bool
) -> Generator[ScanItem, None, bool | None]:
    """The mail in an archive open in ``raw`` (``size``: its bytes, where known); whether it
    held mail or something was said about it; None when it could not be read to its end."""
    reading = _Reading(raw, control, max(FREE_BYTES, MAX_RATIO * size), control.stats.bytes_scanned)
    try:
        if kind == "zip":
            return (yield from _scan_zip(raw, size, source, reading, 0))
        if kind == "tar":
            return (yield from _scan_tar(_Unpacked(raw, reading), source, reading, 0))
        return (yield from _scan_compressed(raw, kind, source, reading, explicit, 0))
    except _TooMuch:
        limit = max(FREE_BYTES, MAX_RATIO * size) // 2**20
        yield ScanProblem(source, "unpacks-too-much", f"over {limit} MiB unpacked")
    except _DAMAGED as exc:
        yield _unreadable(source, kind, exc)
    return None


def _unreadable(source: str, kind: str, exc: BaseException) -> ScanProblem:
    what = "compressed data" if kind in _OPENERS else f"a damaged {_ARCHIVE_NAMES[kind]} file"
    return ScanProblem(source, "unreadable", f"{what}: {exc}")


def _mark(path: Path, info: os.stat_result, head: bytes) -> SourceMark:
    digest = hashlib.sha256(head).hexdigest()
    return SourceMark(str(path.resolve()), info.st_size, info.st_mtime_ns, f"archive:{digest}")


def _no_mail(source: str, kind: str) -> ScanProblem:
    if kind == "zip" and source.lower().endswith(".olm"):
        # Outlook for Mac's export: a .zip of its own XML, which holds no mail file.
        return ScanProblem(source, "not-mail", _OLM)
    what = f"a {_ARCHIVE_NAMES[kind]} archive with no mailbox in it"
    return ScanProblem(source, "not-mail", what)


_OLM = (
    "an Outlook for Mac archive (.olm), whose messages are not mail files: drag the repository "
    "emails from Outlook to a folder in the Finder (each becomes an .eml file) and import that "
    "folder"
)


def _scan_compressed(
    raw: BinaryIO, kind: str, source: str, reading: _Reading, explicit: bool, depth: int
) -> _Scan:
    """A compressed mbox, message or tar archive; what it lacks, it says itself."""
    with _OPENERS[kind](raw) as unpacked:
        stream = _Unpacked(unpacked, reading)
        head = read_up_to(stream, FIRST_BYTES)
        if _is_tar(head):
            told = yield from _scan_tar(Prefixed(head, stream), source, reading, depth)
            if not told and explicit:
                yield _no_mail(source, kind)
        elif head:  # (nothing in it at all: an empty mailbox, compressed; nothing wrong)
            told = yield from _scan_member(head, stream, source, reading, depth)
            if not told and explicit:
                yield ScanProblem(source, "not-mail", "compressed, but not mail")
    return True


def _scan_member(
    head: bytes, stream: Readable, source: str, reading: _Reading, depth: int
) -> _Scan:
    """The mbox, message or archive that begins with ``head``; False when it is none."""
    control = reading.control
    if (mbox := piped_mbox(head, stream)) is not None:
        yield from scan_mbox_stream(mbox[0], source, control, offset=mbox[1])
        return True
    if is_mmdf(head):
        yield from scan_mbox_stream(MmdfAsMbox(Prefixed(head, stream)), source, control)
        return True
    kind = archive_kind(head)
    if kind is not None:
        if depth + 1 >= MAX_NESTING:
            yield ScanProblem(source, "too-deep", f"archives nested over {MAX_NESTING} deep")
            return True
        return (yield from _scan_nested(head, stream, kind, source, reading, depth + 1))
    if emlx.is_emlx(Path(source)):
        data = head + read_up_to(stream, MAX_MESSAGE_BYTES + _EMLX_SLACK - len(head))
        yield from emlx.scan_emlx_data(data, source, control)
        return True
    if head.startswith(outlook.OLE_MAGIC) and source.lower().endswith(".msg"):
        msg = yield from _whole_member(head, stream, source, "an Outlook .msg")
        if msg is not None:
            yield from outlook.scan_msg_data(msg, source, control)
        return True
    if looks_like_message(head):
        yield from scan_message_stream(stream, head, source, control, joined=True)
        return True
    if is_utf16(head):
        return (yield from scan_utf16(head, stream, source, control))
    return False


def _scan_nested(
    head: bytes, stream: Readable, kind: str, source: str, reading: _Reading, depth: int
) -> _Scan:
    """An archive or compressed file inside an archive. What it unpacks to counts against the
    outer archive's allowance, so nesting is no way round it."""
    if kind == "tar":
        return (yield from _scan_tar(Prefixed(head, stream), source, reading, depth))
    if kind == "zip":
        data = yield from _whole_member(head, stream, source, "a .zip")
        if data is None:
            return True
        return (yield from _scan_zip(_Held(data), len(data), source, reading, depth))
    inner = io.BufferedReader(_RawReader(Prefixed(head, stream)))
    return (yield from _scan_compressed(inner, kind, source, reading, False, depth))


def _whole_member(
    head: bytes, stream: Readable, source: str, what: str
) -> Generator[ScanItem, None, bytes | None]:
    """The member that begins with ``head``, read whole; None (and said) when too large."""
    data = head + read_up_to(stream, MAX_MEMBER_IN_MEMORY + 1 - len(head))
    if len(data) > MAX_MEMBER_IN_MEMORY:
        limit = MAX_MEMBER_IN_MEMORY // 2**20
        yield ScanProblem(source, "too-large", f"{what} over {limit} MiB inside an archive")
        return None
    return data


class _RawReader(io.RawIOBase):
    """A ``Readable`` as the file object the decompressors take."""

    def __init__(self, stream: Readable) -> None:
        super().__init__()
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._stream.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


class _Held(io.BytesIO):
    """A .zip held in memory, read as its file would be: where a damaged one sends zipfile to
    a place before its start, that fails as on a file (OSError, said as damage), not with the
    ValueError of BytesIO."""

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if whence == io.SEEK_SET and offset < 0:
            raise OSError(errno.EINVAL, f"a seek to {offset}, before the start")
        return super().seek(offset, whence)


class _Piped(_RawReader):
    """A stream read from a pipe, which cannot tell where it is: the bytes read count for it."""

    def __init__(self, stream: Readable) -> None:
        super().__init__(stream)
        self.count = 0

    def readinto(self, buffer: Any) -> int:
        read = super().readinto(buffer)
        self.count += read
        return read

    def tell(self) -> int:
        return self.count


def _is_mail_name(name: str) -> bool:
    """Whether a member named ``name`` may be mail: not a folder, not a hidden file (macOS's
    ``__MACOSX/._*`` among them), not what a mail client keeps beside its mail, not a message
    still being delivered into a Maildir's ``tmp/`` when the archive was made."""
    folder, base = posixpath.split(name)
    if posixpath.basename(folder) == "tmp" and _MAILDIR_UNIQUE_NAME.match(base):
        return False
    return bool(base) and not base.startswith(".") and not passed_over(base)


# A Maildir message's name begins with the time of its delivery ("1780000002.M3P1.host").
_MAILDIR_UNIQUE_NAME = re.compile(r"[0-9]{9,}\.")


# -- tar ---------------------------------------------------------------------------------------

_HEADER_EXTENSIONS = (
    tarfile.GNUTYPE_LONGNAME,
    tarfile.GNUTYPE_LONGLINK,
    tarfile.XHDTYPE,
    tarfile.XGLTYPE,
    tarfile.SOLARIS_XHDTYPE,
)


class _TarInfo(tarfile.TarInfo):
    """A member's header. tarfile reads a header's extension (a long name, pax records) whole
    into memory: a large one, which only an archive made to exhaust memory has, is refused."""

    @classmethod
    def frombuf(cls, buf: bytes | bytearray, encoding: str, errors: str) -> Self:
        info = super().frombuf(buf, encoding, errors)
        if info.type in _HEADER_EXTENSIONS and info.size > MAX_HEADER_BYTES:
            raise tarfile.ReadError(f"a header extension of {info.size} bytes")
        if info.size < 0:  # (base-256) the next header would be this one again, for ever
            raise tarfile.ReadError(f"a member of {info.size} bytes")
        return info


def _scan_tar(stream: Readable, source: str, reading: _Reading, depth: int) -> _Scan:
    """The members of a tar archive, in order, from a stream (never sought back)."""
    control = reading.control
    told = False
    # Mode "r|" only reads the stream (typeshed asks for a file's every method).
    with tarfile.open(fileobj=stream, mode="r|", tarinfo=_TarInfo) as tar:  # type: ignore[call-overload]
        count = 0
        while (member := tar.next()) is not None:
            tar.members.clear()  # a stream's members are not looked at again: not kept
            count += 1
            if count > MAX_MEMBERS:
                yield _too_many(source, f"only the first {MAX_MEMBERS} files were read")
                return True
            if not member.isfile() or not _is_mail_name(member.name):
                continue
            data = tar.extractfile(member)
            if data is None:
                continue
            where = f"{source}!{member.name}"
            try:
                head = read_up_to(data, FIRST_BYTES)
                told = (yield from _scan_member(head, data, where, reading, depth)) or told
            except _DAMAGED as exc:  # the stream is lost from here on
                yield ScanProblem(where, "unreadable", f"damaged: {exc}")
                return True
            control.tick()
    return told


def _too_many(source: str, what: str) -> ScanProblem:
    return ScanProblem(source, "too-many-files", f"more than {MAX_MEMBERS}: {what}")


# -- zip ---------------------------------------------------------------------------------------


def _scan_zip(raw: BinaryIO, size: int, source: str, reading: _Reading, depth: int) -> _Scan:
    """The members of a .zip archive, in the order of its list."""
    # (A list declared larger than the file is damage, which zipfile reports.)
    if MAX_ZIP_DIRECTORY_BYTES < _zip_directory_size(raw, size) <= size:
        yield _too_many(source, "none was read")
        return True
    raw.seek(0)
    told = False
    with zipfile.ZipFile(raw) as archive:
        for number, info in enumerate(archive.infolist()):
            if number == MAX_MEMBERS:
                yield _too_many(source, f"only the first {MAX_MEMBERS} files were read")
                return True
            if info.is_dir() or not _is_mail_name(info.filename):
                continue
            where = f"{source}!{info.filename}"
            problem = _unreadable_zip_member(info)
            if problem:
                yield ScanProblem(where, "unreadable", problem)
                told = True
                continue
            try:
                with archive.open(info) as member:
                    stream = _Unpacked(member, reading)
                    head = read_up_to(stream, FIRST_BYTES)
                    found = yield from _scan_member(head, stream, where, reading, depth)
                    told = found or told
            except _DAMAGED as exc:  # this member only: the others are elsewhere in the file
                yield ScanProblem(where, "unreadable", f"damaged: {exc}")
                told = True
            reading.control.tick()
    return told


def _unreadable_zip_member(info: zipfile.ZipInfo) -> str:
    """Why a member cannot be read, or ""."""
    if info.flag_bits & 0x1:
        return "encrypted"
    if info.compress_type not in _ZIP_METHODS:
        name = _ZIP_METHOD_NAMES.get(info.compress_type, f"method {info.compress_type}")
        return f"compressed with {name}, which is not read here: unpack the archive first"
    return ""


_END = b"PK\x05\x06"
_END_SIZE = 22
_ZIP64_LOCATOR = b"PK\x06\x07"
_ZIP64_END = b"PK\x06\x06"


def _zip_directory_size(raw: BinaryIO, size: int) -> int:
    """The size of the list of members that a .zip's end record declares (found as zipfile
    finds it; 0 when there is none: zipfile then says what is wrong)."""
    tail_size = min(size, _END_SIZE + 0xFFFF)  # the record, and a comment of up to 64 KiB
    raw.seek(size - tail_size)
    tail = raw.read(tail_size)
    at = len(tail) - _END_SIZE
    if not (tail[at : at + 4] == _END and tail.endswith(b"\0\0")):  # no comment
        at = tail.rfind(_END)
    if at < 0 or len(tail) < at + _END_SIZE:
        return 0
    directory = int.from_bytes(tail[at + 12 : at + 16], "little")
    locator = at - 20
    if locator >= 0 and tail[locator : locator + 4] == _ZIP64_LOCATOR:
        raw.seek(int.from_bytes(tail[locator + 8 : locator + 16], "little"))
        record = raw.read(56)
        if record.startswith(_ZIP64_END) and len(record) == 56:
            directory = int.from_bytes(record[40:48], "little")
    return directory
