"""Find candidate messages in mailboxes on disk: mbox (also .gz), Maildir, MH, .eml, folders.

Streaming: a mailbox is read in fixed-size chunks and never held whole in memory; only the
header block of each message is looked at, and only candidates (see ``candidates``) are kept
in full, up to ``MAX_MESSAGE_BYTES``.

An mbox is split where a "From " line with a date in it begins a line (mboxo, mboxrd), or
where a message's Content-Length says its body ends, when a separator is right there
(mboxcl2, whose bodies keep their "From " lines unquoted).
"""

from __future__ import annotations

import hashlib
import io
import itertools
import os
import re
import stat
import sys
from collections.abc import Callable, Generator, Iterator
from pathlib import Path
from typing import BinaryIO

from tldops_desktop.mail.candidates import Verdict, classify, header_end
from tldops_desktop.mail.joined import following_message, is_outlook_text
from tldops_desktop.mail.mbox_split import CONTENT_LENGTH, next_separator, scan_mbox_stream
from tldops_desktop.mail.mmdf import MMDF_DELIMITER, MmdfAsMbox, is_mmdf
from tldops_desktop.mail.scan_items import (
    MAX_HEADER_BYTES,
    MAX_MESSAGE_BYTES,
    Candidate,
    MboxRange,
    Readable,
    ScanControl,
    ScanItem,
    ScanProblem,
    SourceMark,
)
from tldops_desktop.mail.structure import (
    has_attached_message,
)
from tldops_desktop.mail.utf16 import Utf16AsUtf8, is_utf16

FIRST_BYTES = 4096
_SKIPPED_NAMES = {".mh_sequences", ".mh_profile", ".xmhcache", ".DS_Store", "Thumbs.db"}
_MAILDIR_PARTS = {"cur", "new", "tmp"}
# Folders deeper than this below the path given are reported, not read: mail clients nest a
# few levels; a deeper tree is a loop or a trap, and each level is a frame on the stack.
MAX_FOLDER_DEPTH = 64
_MH_SNIFFED_FILES = 3  # of a folder of numbered files, to tell MH from mbox files named by year
_SKIPPED_SUFFIXES = {".msf", ".lock", ".sqlite", ".db", ".json", ".idx", ".ibex", ".dat", ".log"}


def scan(paths: list[str], control: ScanControl | None = None) -> Iterator[ScanItem]:
    """Every candidate message, and every problem met, in the mailboxes at ``paths``."""
    control = control or ScanControl()
    control.stats.bytes_total = sum(_size_hint(p, control) for p in paths)
    for path in paths:
        if path == "-":
            yield from _scan_stdin(control)
        else:
            yield from _scan_path(Path(path), control, explicit=True)


def _size_hint(path: str, control: ScanControl) -> int:
    if path == "-":
        return 0
    root = Path(path)
    try:
        if root.is_file():
            return root.stat().st_size
    except OSError:
        return 0
    total = 0
    for folder, files in _walk(str(root), MAX_FOLDER_DEPTH):
        mark = control.marks_in.get(os.path.realpath(folder))
        if mark is not None and mark.head_hash.startswith("listing:"):
            listing = folder_listing(Path(folder))
            if isinstance(listing, tuple):
                control.listings[listing[1].path] = listing
                if listing[1].head_hash == mark.head_hash:
                    total += mark.size  # unchanged since the last scan: no stat of each
                    continue
        for entry in files:
            try:
                total += entry.stat().st_size
            except OSError:
                continue
    return total


def _walk(root: str, max_depth: int) -> Iterator[tuple[str, list[os.DirEntry[str]]]]:
    """Each folder under ``root`` (links not followed, none deeper than ``max_depth``) with
    its other entries. Without recursion: os.walk recurses once per level (Python 3.11)."""
    pending = [(root, 0)]
    while pending:
        folder, depth = pending.pop()
        try:
            with os.scandir(folder) as listing:
                entries = list(listing)
        except OSError:
            continue
        files = []
        for entry in entries:
            if not _is_dir(entry):
                files.append(entry)
            elif depth < max_depth and _is_dir(entry, follow_symlinks=False):
                pending.append((entry.path, depth + 1))
        yield folder, files


def _scan_stdin(control: ScanControl) -> Iterator[ScanItem]:
    """What is piped in: an mbox, messages one after another, or an archive or compressed
    file of them (``tldops import - < Inbox.mbox.gz``), each read as it streams in."""
    from tldops_desktop.mail import archives  # it imports this module

    stream = sys.stdin.buffer
    head = read_up_to(stream, FIRST_BYTES)
    if not head:
        return  # nothing piped in: no message
    kind = archives.archive_kind(head)
    if kind is not None:
        yield from archives.scan_piped_archive(head, stream, kind, "-", control)
    elif (mbox := piped_mbox(head, stream)) is not None:
        yield from scan_mbox_stream(mbox[0], "-", control, offset=mbox[1])
    elif is_mmdf(head):
        yield from scan_mbox_stream(MmdfAsMbox(Prefixed(head, stream)), "-", control)
    elif looks_like_message(head):
        # (``cat *.eml | tldops import -``: the messages one after another)
        yield from scan_message_stream(stream, head, "-", control, joined=True)
    elif not (is_utf16(head) and (yield from scan_utf16(head, stream, "-", control))):
        yield ScanProblem("-", "not-mail", "neither an mbox nor a mail message")


def scan_utf16(
    head: bytes, stream: Readable, source: str, control: ScanControl
) -> Generator[ScanItem, None, bool]:
    """The mbox or messages in UTF-16 text (see ``utf16``) that begins with ``head`` and goes
    on in ``stream``; False when it holds none."""
    text = Utf16AsUtf8(head, stream)
    head = read_up_to(text, FIRST_BYTES)
    if (mbox := piped_mbox(head, text)) is not None:
        yield from scan_mbox_stream(mbox[0], source, control, offset=mbox[1])
    elif looks_like_message(head):
        yield from scan_message_stream(text, head, source, control, joined=True)
    else:
        return False
    return True


class Prefixed:
    """``head``, already read, then the rest of ``stream``."""

    def __init__(self, head: bytes, stream: Readable) -> None:
        self._head, self._stream = head, stream

    def read(self, size: int = -1) -> bytes:
        if not self._head:
            return self._stream.read(size)
        chunk = self._head if size < 0 else self._head[:size]
        self._head = self._head[len(chunk) :]
        return chunk


def _scan_path(path: Path, control: ScanControl, *, explicit: bool) -> Iterator[ScanItem]:
    try:
        info = path.stat()
    except FileNotFoundError:
        yield _missing(path)
        return
    except OSError as exc:
        yield ScanProblem(str(path), "unreadable", exc.strerror or str(exc))
        return
    if stat.S_ISDIR(info.st_mode):
        if not _first_visit(path, control):
            return  # a symbolic link back to a folder being read
        yield from _scan_folder(path, control, depth=0)
    elif stat.S_ISREG(info.st_mode):
        yield from _scan_file(path, control, explicit=explicit)
    elif explicit:
        yield _special_file(str(path), info.st_mode)


def not_a_file(path: str | Path) -> ScanProblem | None:
    """What a folder's entry is when it is neither a file nor a folder (a named pipe, a socket,
    a device, a link to nothing), as the problem to report; else None. It is not opened:
    opening a named pipe waits for a writer, some devices for the device."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        problem = _missing(Path(path))
        if problem.code == "not-found" or _is_mozilla_lock(path, problem.detail):
            return None  # (gone since the folder was listed)
        return problem
    except OSError as exc:  # a link that loops
        return ScanProblem(str(path), "unreadable", exc.strerror or str(exc))
    if stat.S_ISREG(info.st_mode) or stat.S_ISDIR(info.st_mode):
        return None
    return _special_file(str(path), info.st_mode)


def _special_file(path: str, mode: int) -> ScanProblem:
    if stat.S_ISFIFO(mode):
        return ScanProblem(path, "named-pipe")
    if stat.S_ISSOCK(mode):
        return ScanProblem(path, "not-mail", "a socket, not a file")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return ScanProblem(path, "not-mail", "a device, not a file")
    return ScanProblem(path, "not-mail", "not a file or folder")


# Thunderbird's (and Firefox's) profile lock: a link named "lock" to "host:+pid", nothing on
# disk. It is in every profile folder a running Thunderbird has open: no mail to miss.
_MOZILLA_LOCK_TARGET = re.compile(r"[^/\\]*:\+[0-9]+")


def _is_mozilla_lock(path: str | Path, target: str) -> bool:
    return os.path.basename(path) == "lock" and _MOZILLA_LOCK_TARGET.fullmatch(target) is not None


def _missing(path: Path) -> ScanProblem:
    """A path given that is not there: or a link that is, to what is not (a mailbox moved, a
    disk not mounted), named with where it points."""
    try:
        target = os.readlink(path)
    except OSError:  # no link either
        return ScanProblem(str(path), "not-found")
    return ScanProblem(str(path), "dangling-link", target)


def _scan_folder(folder: Path, control: ScanControl, *, depth: int) -> Iterator[ScanItem]:
    """The mail in ``folder``, ``depth`` folders below the path given."""
    from tldops_desktop.mail import emlx  # imports this module

    if depth > MAX_FOLDER_DEPTH:
        yield too_deep(folder)
        return
    if emlx.is_apple_mailbox(folder):  # Apple Mail's Name.mbox/ folder, not an mbox file
        yield from emlx.scan_apple_mailbox(
            folder, control, lambda path, c: _scan_file(path, c, explicit=False), depth=depth
        )
        return
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield ScanProblem(str(folder), "unreadable", exc.strerror or str(exc))
        return
    names = {e.name for e in entries}
    # A Maildir's parts are folders: a Thunderbird folder may hold mbox files named "new",
    # "cur" or "tmp", which are mail like any other.
    parts = {e.name for e in entries if e.name in _MAILDIR_PARTS and _is_dir(e)}
    if "cur" in parts and "new" in parts:  # Maildir (its subfolders may be Maildir++ folders)
        for sub in ("new", "cur"):
            yield from _scan_message_files(folder / sub, control)
        entries = [e for e in entries if e.name not in parts]
    elif ".mh_sequences" in names or _looks_like_mh(entries):
        yield from _scan_message_files(folder, control, only_numbered=True)
        entries = [e for e in entries if not is_number(e.name) or _is_dir(e)]
    elif ("cur" in parts or "new" in parts) and "tmp" in parts:
        entries = [e for e in entries if e.name != "tmp"]  # a Maildir's messages being written
    for entry in entries:
        if entry.name in _SKIPPED_NAMES or _MH_REMOVED.fullmatch(entry.name):
            continue
        try:
            is_dir = entry.is_dir()  # symbolic links too: a mailbox linked into a folder
            is_file = not is_dir and entry.is_file()
        except OSError as exc:  # a link that loops, a file that went away
            if not entry.name.startswith("."):
                yield ScanProblem(entry.path, "unreadable", exc.strerror or str(exc))
            continue
        if entry.name.startswith(".") and not is_dir:
            continue
        if is_dir:
            if _first_visit(Path(entry.path), control):
                yield from _scan_folder(Path(entry.path), control, depth=depth + 1)
        elif is_file:  # not a named pipe, socket or device: opening one may wait for ever
            yield from _scan_file(Path(entry.path), control, explicit=False)
        elif (problem := not_a_file(entry.path)) is not None:
            yield problem  # (named: a mailbox may have been replaced by it, or moved away)


def too_deep(folder: Path) -> ScanProblem:
    return ScanProblem(str(folder), "too-deep", f"more than {MAX_FOLDER_DEPTH} folders down")


def _is_dir(entry: os.DirEntry[str], *, follow_symlinks: bool = True) -> bool:
    try:
        return entry.is_dir(follow_symlinks=follow_symlinks)
    except OSError:  # a link that loops
        return False


def _first_visit(folder: Path, control: ScanControl) -> bool:
    """Whether ``folder`` is read for the first time in this scan (links may loop)."""
    real = os.path.realpath(folder)
    if real in control.folders_read:
        return False
    control.folders_read.add(real)
    return True


def _looks_like_mh(entries: list[os.DirEntry[str]]) -> bool:
    """Only numbered files, and they are not mbox files named by year."""
    numbered = []
    for entry in entries:
        if (
            entry.name.startswith(".")
            or not _is_plain_file(entry)
            or _MH_REMOVED.fullmatch(entry.name)
        ):
            continue
        if not is_number(entry.name):
            return False
        numbered.append(entry)
    return bool(numbered) and not holds_mbox_files(numbered)


def holds_mbox_files(numbered: list[os.DirEntry[str]]) -> bool:
    """Whether the first few of these numbered files begin as an mbox does (five bytes read of
    each): Thunderbird's yearly archives (``Archives.sbd/2025``) and mutt's (``archive/2024``)
    are mbox files named by year, each holding many messages, not an MH folder."""
    first = sorted(numbered, key=lambda e: int(e.name))[:_MH_SNIFFED_FILES]
    return any(_starts_like_mbox(e.path) for e in first)


def is_number(name: str) -> bool:
    """An MH message's name: ASCII digits (``str.isdigit`` takes "²", which ``int`` refuses)."""
    return name.isascii() and name.isdigit()


def _is_plain_file(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_file(follow_symlinks=False)
    except OSError:
        return False


def _starts_like_mbox(path: str | Path) -> bool:
    """Whether the file at ``path`` begins as an mbox does (five bytes read)."""
    try:
        with open_regular(path) as stream:
            return stream.read(5) == b"From "
    except OSError:
        return False


class NotRegularFile(OSError):
    """A named pipe, socket or device where a mail file was expected."""


# Opened without waiting: open() of a named pipe waits for a writer, that of some devices for
# the device. Regular files ignore the flag; it is cleared once the file is known to be one.
_NO_WAIT = getattr(os, "O_NONBLOCK", 0)


def _open_without_waiting(path: str, flags: int) -> int:
    return os.open(path, flags | _NO_WAIT)


def open_regular(path: str | Path, *, buffered: bool = False) -> BinaryIO:
    """``path`` opened for reading in binary; ``NotRegularFile`` when it is not a regular
    file (it is not waited on)."""
    raw = open(path, "rb", buffering=0, opener=_open_without_waiting)  # noqa: SIM115
    try:
        if not stat.S_ISREG(os.fstat(raw.fileno()).st_mode):
            raise NotRegularFile(f"not a regular file: {path}")
        if _NO_WAIT:
            os.set_blocking(raw.fileno(), True)
    except BaseException:
        raw.close()
        raise
    return io.BufferedReader(raw) if buffered else raw


# A Maildir message flagged Trashed ("...:2,ST"): deleted in the mail client, to go at the next
# expunge (mutt, Evolution; Dovecot's \Deleted). Some clients write "!" or ";" for ":".
_MAILDIR_TRASHED = re.compile(r"[:!;]2,[A-Z]*T[A-Za-z]*$")
# What nmh's rmm leaves of a removed message (",12"; "#12" where so configured), until a
# periodic job deletes it.
_MH_REMOVED = re.compile(r"[,#][0-9]+")


def passed_over(name: str) -> bool:
    """Whether a file named ``name`` is no mail, whatever is in it: a mail client's index, lock
    or cache, or a message it deleted and has not removed yet (Maildir's Trashed, nmh's ",N")."""
    return (
        name in _SKIPPED_NAMES
        or os.path.splitext(name)[1].lower() in _SKIPPED_SUFFIXES
        or bool(_MAILDIR_TRASHED.search(name) or _MH_REMOVED.fullmatch(name))
    )


def _scan_message_files(
    folder: Path, control: ScanControl, *, only_numbered: bool = False
) -> Iterator[ScanItem]:
    """The message files of a Maildir ``cur``/``new`` or an MH folder."""

    def wanted(names: list[str]) -> list[str]:
        if only_numbered:
            return sorted((n for n in names if is_number(n)), key=int)
        return [n for n in names if not _MAILDIR_TRASHED.search(n)]

    read = _scan_mh_file if only_numbered else scan_message_file
    yield from scan_listed_folder(folder, control, wanted, read)


def _scan_mh_file(path: str, control: ScanControl) -> Iterator[ScanItem]:
    """A numbered file: one message, or an mbox where mbox files are named by number (a
    year), and the first few looked at did not tell."""
    return scan_message_file(path, control, mbox_too=True)


ReadFile = Callable[[str, ScanControl], Iterator[ScanItem]]


def scan_listed_folder(
    folder: Path,
    control: ScanControl,
    wanted: Callable[[list[str]], list[str]],
    read: ReadFile,
) -> Iterator[ScanItem]:
    """Read the files ``wanted`` of a folder of one-message files (Maildir ``cur``/``new``,
    MH, Apple Mail's ``Messages/``), unless its listing is the one read last time.

    Such files are never rewritten (a mail client renames one to change its flags), so an
    unchanged listing means nothing new: the folder is skipped, its files not even opened.
    When it changed, only the files added or renamed since the last scan are read.
    """
    listing = control.listings.pop(os.path.realpath(folder), None) or folder_listing(folder)
    if isinstance(listing, ScanProblem):
        yield listing
        return
    if listing is None:
        return
    names, mark = listing
    previous = control.marks_in.get(mark.path)
    if previous is not None and previous.head_hash == mark.head_hash:
        control.stats.unchanged.append(str(folder))
        control.stats.bytes_scanned += previous.size
        control.marks_out[mark.path] = previous
        return
    # A file added or renamed into the folder since the last scan has its inode changed
    # (ctime) after the folder's time then: only those are read. Not on Windows, where
    # st_ctime is the creation time, which a move keeps.
    since = (
        previous.mtime_ns
        if previous is not None and previous.head_hash.startswith("listing:") and os.name != "nt"
        else None
    )
    base, before, complete = str(folder), control.stats.bytes_scanned, True
    for name in wanted(names):
        path = os.path.join(base, name)
        if since is not None:
            try:
                info = os.stat(path)
            except OSError:
                pass  # read() reports it
            else:
                if max(info.st_ctime_ns, info.st_mtime_ns) < since:
                    control.stats.bytes_scanned += info.st_size
                    continue
        marked = len(control.marks_out)
        for item in read(path, control):
            if isinstance(item, ScanProblem) and item.code in ("unreadable", "dangling-link"):
                complete = False  # read it again next time: it may be readable then
            yield item
        if len(control.marks_out) > marked:
            complete = False  # an mbox, marked by itself: it grows, the listing stays the same
    if complete:
        read_bytes = control.stats.bytes_scanned - before
        control.marks_out[mark.path] = SourceMark(
            mark.path, read_bytes, mark.mtime_ns, mark.head_hash
        )


def folder_listing(folder: Path) -> tuple[list[str], SourceMark] | ScanProblem | None:
    """The names in ``folder`` (not hidden ones), sorted, and a mark of that listing (its size
    left 0); None when the folder does not exist."""
    try:
        # The time first: a file added while the folder is listed is then newer than it.
        mtime_ns = os.stat(folder).st_mtime_ns
        names = sorted(n for n in os.listdir(folder) if not n.startswith("."))
    except FileNotFoundError:
        return None
    except OSError as exc:
        return ScanProblem(str(folder), "unreadable", exc.strerror or str(exc))
    digest = hashlib.sha256("\0".join(names).encode("utf-8", "surrogateescape")).hexdigest()
    key = os.path.realpath(folder)
    return names, SourceMark(key, 0, mtime_ns, f"listing:{digest}")


def _scan_file(path: Path, control: ScanControl, *, explicit: bool) -> Iterator[ScanItem]:
    if path.suffix.lower() in _SKIPPED_SUFFIXES and not explicit:
        return
    if path.suffix.lower() == ".msf":
        return  # Thunderbird's index beside an mbox: not mail
    from tldops_desktop.mail import archives, dbox, emlx, outlook  # all import this module

    if emlx.is_emlx(path):
        yield from emlx.scan_emlx(path, control)
        return
    try:
        with open_regular(path, buffered=True) as probe:
            head = probe.read(FIRST_BYTES)
    except NotRegularFile:
        if explicit:
            yield ScanProblem(str(path), "not-mail", "not a file or folder")
        return
    except OSError as exc:
        yield ScanProblem(str(path), "unreadable", exc.strerror or str(exc))
        return
    if not head:
        return  # an empty file (a mail client's emptied folder): no message in it
    kind = archives.archive_kind(head)
    if kind is not None:  # .gz, .bz2, .xz, .zip, .tar, .tgz ...
        yield from archives.scan_archive(path, kind, control, explicit=explicit)
    elif outlook.is_pff_head(head):  # .pst, .ost
        yield from outlook.scan_pff(path, control)
    elif outlook.is_msg(path, head):
        yield from outlook.scan_msg(path, control, explicit=explicit)
    elif head.startswith(b"From ") or mbox_preamble(head):
        yield from _scan_mbox_file(path, control)
    elif is_mmdf(head):
        yield from _scan_mmdf_file(path, control)
    elif looks_like_message(head):
        yield from scan_message_file(path, control, joined=True)
    elif dbox.dbox_header_size(head):  # Dovecot's sdbox and mdbox files
        yield from dbox.scan_dbox_file(path, control)
    elif not (is_utf16(head) and (yield from _scan_utf16_file(path, control))) and (
        explicit or path.suffix.lower() == ".eml"  # named as mail: say why it was not read
    ):
        yield ScanProblem(str(path), "not-mail", "neither an mbox nor a mail message")


def _scan_utf16_file(path: Path, control: ScanControl) -> Generator[ScanItem, None, bool]:
    """The mail in a file saved as UTF-16 text; False when it holds none."""
    try:
        with open_regular(path, buffered=True) as stream:
            found = yield from scan_utf16(b"", stream, str(path), control)
            control.stats.files += found
            return found
    except NotRegularFile:
        return True  # replaced by a named pipe since it was looked at
    except OSError as exc:
        yield ScanProblem(str(path), "unreadable", exc.strerror or str(exc))
        return True


# What no header line holds: control characters other than a tab (and ESC, which raw
# ISO-2022-JP text in a header has). Binary data may begin with "gY:" too.
_NOT_IN_A_HEADER_LINE = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1a\x1c-\x1f\x7f]")


def looks_like_message(head: bytes) -> bool:
    head = head[message_start(head) :]
    first = head.split(b"\n", 1)[0].rstrip(b"\r")
    name, colon, _ = first.partition(b":")
    return (
        bool(colon)
        and 0 < len(name) < 80
        and all(33 <= b <= 126 for b in name)
        and _NOT_IN_A_HEADER_LINE.search(first) is None
    )


_BOM = b"\xef\xbb\xbf"
_OUTLOOK_HEADERS_LINE = b"Microsoft Mail Internet Headers Version 2.0"


def message_start(head: bytes) -> int:
    """Where the message in a file that begins with ``head`` begins: past a byte order mark
    (Notepad's "Save as"), blank lines, and the line Outlook writes above a message's
    headers when they are copied out of it."""
    at = len(_BOM) if head.startswith(_BOM) else 0
    while head.startswith((b"\n", b"\r\n"), at):
        at += 1 if head[at] == 0x0A else 2
    if head.startswith(_OUTLOOK_HEADERS_LINE, at):
        newline = head.find(b"\n", at)
        at = newline + 1 if newline >= 0 else at
    return at


MARK_HEAD_BYTES = 64 * 1024


def mbox_preamble(head: bytes) -> int:
    """How many bytes come before the first "From " line of an mbox that begins with
    ``head``: a byte order mark (an mbox saved by Notepad), blank lines (a tool that wrote
    one first); 0 when there are none, or no mbox follows them."""
    at = len(_BOM) if head.startswith(_BOM) else 0
    while head.startswith((b"\n", b"\r\n"), at):
        at += 1 if head[at] == 0x0A else 2
    return at if head.startswith(b"From ", at) else 0


def piped_mbox(head: bytes, stream: Readable) -> tuple[Prefixed, int] | None:
    """The mbox that begins with ``head``, read on from ``stream`` (piped in, in an archive),
    from its first "From " line as a file's is, and that line's offset; None when ``head``
    begins no mbox."""
    if head.startswith(b"From "):
        return Prefixed(head, stream), 0
    at = mbox_preamble(head)
    return (Prefixed(head[at:], stream), at) if at else None


def _scan_mbox_file(path: Path, control: ScanControl) -> Iterator[ScanItem]:
    try:
        with open_regular(path) as stream:
            yield from _scan_open_mbox(stream, path, control)
    except NotRegularFile:
        return  # replaced by a named pipe since it was looked at
    except OSError as exc:
        yield ScanProblem(str(path), "unreadable", exc.strerror or str(exc))


def _scan_mmdf_file(path: Path, control: ScanControl) -> Iterator[ScanItem]:
    """An MMDF mailbox: as an mbox (marked, and a large one cut into parts)."""
    try:
        with open_regular(path) as stream:
            yield from _scan_open_mbox(stream, path, control, mmdf=True)
    except NotRegularFile:
        return
    except OSError as exc:
        yield ScanProblem(str(path), "unreadable", exc.strerror or str(exc))


def _scan_open_mbox(
    stream: BinaryIO, path: Path, control: ScanControl, *, mmdf: bool = False
) -> Iterator[ScanItem]:
    """The mbox file open in ``stream`` (unbuffered), from its start; read errors are left to
    the caller. ``mmdf``: an MMDF mailbox, read as the mbox it makes (``MmdfAsMbox``)."""
    control.stats.files += 1
    key = str(path.resolve())
    info = os.fstat(stream.fileno())
    stream.seek(0)
    head = stream.read(MARK_HEAD_BYTES)
    head_hash = hashlib.sha256(head).hexdigest()
    mark = control.marks_in.get(key)
    start = 0 if mmdf else mbox_preamble(head)
    # A file smaller than the head was hashed whole: the same bytes, now followed by what was
    # appended, hash alike.
    if (
        mark is not None
        and info.st_size >= mark.size
        and mark.head_hash
        == (head_hash if mark.size >= len(head) else hashlib.sha256(head[: mark.size]).hexdigest())
    ):
        if info.st_size == mark.size and info.st_mtime_ns == mark.mtime_ns:
            control.stats.unchanged.append(str(path))
            control.stats.bytes_scanned += info.st_size
            control.marks_out[key] = mark
            return
        if _appended_at(stream, mark.size, mmdf):  # appended messages: read only those
            start = mark.size
            control.stats.bytes_scanned += start
    if is_cr_only(head) and not mmdf:
        stream.seek(start)  # read whole in this process: parts are cut at "\nFrom " lines
        yield from scan_mbox_stream(CrAsLf(stream), str(path), control, offset=start)
        control.marks_out[key] = SourceMark(key, stream.tell(), info.st_mtime_ns, head_hash)
        return
    # Where messages carry a Content-Length (mboxcl2), only a read from the start knows
    # where their bodies end: such an mbox is not cut into parts.
    parts_for = control.parts_for if not CONTENT_LENGTH.search(head) else lambda n: 1
    points = _split_points(
        stream, start, info.st_size, parts_for, _cut_in_mmdf if mmdf else _cut_in
    )
    for begin, end in itertools.pairwise(points):
        yield MboxRange(str(path), begin, end, mmdf)
    stream.seek(points[-1])
    rest = MmdfAsMbox(stream) if mmdf else stream
    yield from scan_mbox_stream(rest, str(path), control, offset=points[-1])
    if isinstance(rest, MmdfAsMbox):
        control.stats.bytes_scanned -= rest.added  # the file's bytes, as its size counts them
    control.marks_out[key] = SourceMark(key, stream.tell(), info.st_mtime_ns, head_hash)


def _appended_at(stream: BinaryIO, size: int, mmdf: bool) -> bool:
    """Whether the mailbox in ``stream`` goes on at ``size`` (where the last scan stopped) with
    a message appended: an mbox's "From " line; an MMDF mailbox's opening delimiter, right
    after a closing one (not in a message the last scan saw unfinished)."""
    if not mmdf:
        stream.seek(size)
        return stream.read(5) == b"From "
    before = min(size, len(MMDF_DELIMITER) + 2)
    stream.seek(size - before)
    around = stream.read(before + len(MMDF_DELIMITER))
    ended = around[:before].rstrip(b"\r\n").endswith(MMDF_DELIMITER)
    return ended and around[before:] == MMDF_DELIMITER


def is_cr_only(head: bytes) -> bool:
    """Whether mail that begins with ``head`` ends its lines in CR alone (classic Mac OS:
    Eudora, old converters)."""
    return b"\n" not in head and b"\r" in head


class CrAsLf:
    """A stream of CR-only mail read with LF line ends, byte for byte (offsets stay true)."""

    def __init__(self, stream: Readable) -> None:
        self.stream = stream

    def read(self, size: int = -1) -> bytes:
        return self.stream.read(size).replace(b"\r", b"\n")


MIN_PART_BYTES = 32 * 1024 * 1024  # smaller parts are not worth a worker's start-up
_SPLIT_WINDOW_BYTES = 1024 * 1024


def _split_points(
    stream: BinaryIO,
    start: int,
    size: int,
    parts_for: Callable[[int], int],
    cut_in: Callable[[bytes], int] | None = None,
) -> list[int]:
    """Where the parts of an mbox begin: ``start``, then a message start near each even cut.

    A cut is made only at a separator after a blank line: a message's header block has no
    blank line in it, so that is a separator wherever it is (a scan from the start would cut
    there too). Without one within a MiB of an even cut, there is no cut there.
    """
    most = (size - start) // MIN_PART_BYTES
    if most < 2:
        return [start]  # too small to cut: ``parts_for`` (which may start workers) not asked
    count = min(parts_for(size - start), most)
    cut_in = cut_in or _cut_in
    points = [start]
    for index in range(1, count):
        target = start + (size - start) * index // count
        stream.seek(target)
        cut = cut_in(stream.read(_SPLIT_WINDOW_BYTES))
        if cut >= 0 and target + cut > points[-1]:
            points.append(target + cut)
    return points


# A blank line and "From ", its lines ending in LF or in CRLF (Thunderbird on Windows, Takeout).
_BLANK_THEN_FROM = re.compile(rb"\n\r?\n(?=From )")


def _cut_in(window: bytes) -> int:
    """Where, in ``window``, the first message that begins after a blank line begins; -1."""
    for blank in _BLANK_THEN_FROM.finditer(window):
        start = blank.end()
        if next_separator(window, start - 1, True)[0] == start - 1:
            return start
    return -1


# An MMDF message's closing delimiter, then the next one's opening delimiter and a header
# field: a message begins there, wherever it is (its delimiter lines are in no message).
_MMDF_NEXT_MESSAGE = re.compile(
    rb"\x01\x01\x01\x01\r?\n(?=\x01\x01\x01\x01\r?\n[!-9;-~]{1,200}[ \t]*:)"
)


def _cut_in_mmdf(window: bytes) -> int:
    """Where, in ``window`` of an MMDF mailbox, the first message after another begins; -1."""
    found = _MMDF_NEXT_MESSAGE.search(window)
    return -1 if found is None else found.end()


def scan_part(part: MboxRange, control: ScanControl) -> Iterator[Candidate | ScanProblem]:
    """The candidates of one part of an mbox (in a worker process)."""
    try:
        with open_regular(part.path) as stream:
            stream.seek(part.start)
            limited = LimitedReader(stream, part.end - part.start)
            readable = MmdfAsMbox(limited) if part.mmdf else limited
            yield from scan_mbox_stream(readable, part.path, control, offset=part.start)
            if isinstance(readable, MmdfAsMbox):
                control.stats.bytes_scanned -= readable.added
    except OSError as exc:
        yield ScanProblem(part.path, "unreadable", exc.strerror or str(exc))


class LimitedReader:
    """The next ``size`` bytes of ``stream``."""

    def __init__(self, stream: BinaryIO, size: int) -> None:
        self._stream, self._left = stream, size

    def read(self, size: int = -1) -> bytes:
        want = self._left if size < 0 else min(size, self._left)
        data = self._stream.read(want) if want > 0 else b""
        self._left -= len(data)
        return data


def scan_message_file(
    path: str | Path, control: ScanControl, *, mbox_too: bool = False, joined: bool = False
) -> Iterator[ScanItem]:
    """The message in the file at ``path``; with ``mbox_too``, an mbox there is read as one.
    A compressed one (Dovecot's zlib plugin stores Maildir messages so) is unpacked. With
    ``joined`` (a file saved by a user, not a mail store's), the messages written one after
    another in it (see ``joined``)."""
    from tldops_desktop.mail import archives  # it imports this module

    try:
        with open_regular(path) as stream:
            size = os.fstat(stream.fileno()).st_size
            head = stream.read(min(size, 64 * 1024) or 64 * 1024)
            if mbox_too and head.startswith(b"From "):
                yield from _scan_open_mbox(stream, Path(path), control)
                return
            kind = archives.archive_kind(head)
            compressed = kind in archives.COMPRESSIONS
            if not compressed:
                control.stats.files += 1
                if not head:
                    return  # an empty file (a mail client's emptied folder): no message in it
                if (unreadable := archives.unreadable_compression(head)) is not None:
                    yield ScanProblem(str(path), "unreadable", f"compressed with {unreadable}")
                    return
                data, verdict = _read_message(stream, head)
                if joined:
                    source = str(path)
                    yield from _joined_messages(source, stream, head, data, verdict, control, size)
                    return
    except NotRegularFile:  # a named pipe among the messages: not mail, and never waited on
        if (problem := not_a_file(path)) is not None:
            yield problem
        return
    except FileNotFoundError as exc:  # a link to nothing, or gone since the folder was listed
        problem = not_a_file(path)
        yield problem or ScanProblem(str(path), "unreadable", exc.strerror or str(exc))
        return
    except OSError as exc:
        yield ScanProblem(str(path), "unreadable", exc.strerror or str(exc))
        return
    if compressed:
        assert kind is not None
        # (no mark of its own: the folder's listing tells whether it is new)
        yield from archives.scan_archive(Path(path), kind, control, explicit=False, marked=False)
        return
    yield from _message_read(str(path), data, verdict, control, size)


def scan_message_stream(
    stream: Readable, head: bytes, source: str, control: ScanControl, *, joined: bool = False
) -> Iterator[Candidate | ScanProblem]:
    """The one message that begins with ``head`` and goes on in ``stream`` (a member of an
    archive): its header block is read, the rest only when it may hold an edition. With
    ``joined``, the messages written one after another there (see ``joined``)."""
    data, verdict = _read_message(stream, head)
    if joined:
        yield from _joined_messages(source, stream, head, data, verdict, control, None)
    else:
        yield from _message_read(source, data, verdict, control, len(data))


def _joined_messages(
    source: str,
    stream: Readable,
    head: bytes,
    data: bytes,
    verdict: Verdict | None,
    control: ScanControl,
    size: int | None,
) -> Iterator[Candidate | ScanProblem]:
    """What ``_read_message`` read of the first message, and every message after it in
    ``stream``, each a message of its own ("source @ offset"); a file of one message is read
    as it would be alone. Each message is held whole, up to ``MAX_MESSAGE_BYTES``. ``size``:
    the file's, when known."""
    skipped = message_start(head)  # a byte order mark, blank lines before the first message
    if verdict is None or is_cr_only(head[skipped:]):
        yield from _message_read(source, data, verdict, control, size or len(data))
        return
    if verdict is Verdict.NO:  # read on: a message after it may be an edition
        data += read_up_to(stream, MAX_MESSAGE_BYTES + 1 - len(data))
    outlook = is_outlook_text(data)
    following, broken = following_message(data, outlook=outlook)
    if following < 0:
        yield from _message_read(source, data, verdict, control, size or len(data))
        return
    control.stats.bytes_scanned += skipped
    base, start = skipped, 0  # the file offset of data[0]; the current message's start in data
    eof = False
    while True:
        if following < 0 and not eof and len(data) - start <= MAX_MESSAGE_BYTES:
            # Its end may be past what was read: read on to hold it whole, or one byte over.
            more = read_up_to(stream, MAX_MESSAGE_BYTES + 1 - (len(data) - start))
            eof = not more
            data, base, start = data[start:] + more, base + start, 0
            following, broken = following_message(data, outlook=outlook)
        if following < 0:
            break
        where = f"{source} @ {base + start}"
        yield from _one_message(where, data[start:following], control)
        if broken:  # read up to the next message, which would otherwise be lost in it
            next_at = f"next message at byte {base + following}"
            yield ScanProblem(where, "unclosed-multipart", next_at)
        start = following
        following, broken = following_message(data, start, outlook=outlook)
    last = f"{source} @ {base + start}"
    if len(data) - start <= MAX_MESSAGE_BYTES:
        yield from _one_message(last, data[start:], control)
        return
    # Too large to be held: only its header block tells whether that matters.
    data = data[start:]
    end = header_end(data, 0, MAX_HEADER_BYTES)
    verdict = classify(data[:end]) if end >= 0 else None
    left = len(data) if size is None else max(len(data), size - base - start)
    yield from _message_read(last, data, verdict, control, left)


def _read_message(stream: Readable, head: bytes) -> tuple[bytes, Verdict | None]:
    """The message that begins with ``head``, read on from ``stream``: its header block and
    its verdict (None: the block is larger than ``MAX_HEADER_BYTES``), and unless that is NO,
    the rest, up to one byte over ``MAX_MESSAGE_BYTES``."""
    head = head[message_start(head) :]
    if is_cr_only(head):
        stream = CrAsLf(stream)
        head = head.replace(b"\r", b"\n")
    end = header_end(head)
    while end < 0 and len(head) < MAX_HEADER_BYTES:
        more = stream.read(64 * 1024)
        if not more:
            break
        head += more
        end = header_end(head)
    if end < 0 and len(head) >= MAX_HEADER_BYTES:
        return head, None
    verdict = classify(head[:end] if end >= 0 else head)
    if verdict is Verdict.NO:
        return head, verdict
    return head + read_up_to(stream, MAX_MESSAGE_BYTES + 1 - len(head)), verdict


def _message_read(
    source: str, data: bytes, verdict: Verdict | None, control: ScanControl, size: int
) -> Iterator[Candidate | ScanProblem]:
    """What ``_read_message`` read, counted; ``size``: the message's bytes, read or not."""
    if verdict is None or verdict is Verdict.NO:
        control.stats.messages_scanned += 1
        control.stats.bytes_scanned += max(size, len(data))
        if verdict is None:
            yield ScanProblem(source, "header-too-large")
        return
    yield from _one_message(source, data, control, verdict)


def read_up_to(stream: Readable, size: int) -> bytes:
    """Up to ``size`` bytes: an unbuffered read may return fewer (network file systems)."""
    pieces, left = [], size
    while left > 0:
        piece = stream.read(left)
        if not piece:
            break
        pieces.append(piece)
        left -= len(piece)
    return b"".join(pieces)


def _one_message(
    source: str, data: bytes, control: ScanControl, verdict: Verdict | None = None
) -> Iterator[Candidate | ScanProblem]:
    control.stats.messages_scanned += 1
    control.stats.bytes_scanned += len(data)
    if len(data) > MAX_MESSAGE_BYTES:
        yield ScanProblem(source, "too-large", f"over {MAX_MESSAGE_BYTES // 2**20} MiB")
        return
    if verdict is None:
        end = header_end(data)
        verdict = classify(data[:end] if end >= 0 else data[:MAX_HEADER_BYTES])
    if verdict is Verdict.YES or (verdict is Verdict.IF_ATTACHED and has_attached_message(data)):
        control.stats.candidates += 1
        yield Candidate(source, data)
    control.tick()
