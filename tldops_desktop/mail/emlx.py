"""Apple Mail: ``.emlx`` / ``.partial.emlx`` files and the ``*.mbox`` folder trees that hold them.

An ``.emlx`` file is a line with the message's length in bytes, the RFC 5322 message itself,
then an XML property list (flags, dates) that is not mail. A ``.partial.emlx`` is the same,
with large attachments left out (Apple Mail keeps them under ``Attachments/``); the text parts
that carry an edition are always in it.

Mail keeps each mailbox as a folder ``Name.mbox/``: ``Messages/`` directly inside it (older
versions) or under ``<UUID>/Data/<digits>/.../Messages/`` (Mail 3 and later), ``Info.plist``,
nested ``Sub.mbox/`` folders, and ``Attachments/``. "Export Mailbox…" writes a ``Name.mbox/``
folder holding a plain mbox file called ``mbox``: both are read here.

Like every other source, only the header block is read before the candidate test; only
candidates are read whole. A ``Messages/`` folder whose listing is unchanged since the last
import is skipped (``scan.scan_listed_folder``), as Maildir and MH folders are.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from tldops_desktop.mail.candidates import Verdict, classify, header_end
from tldops_desktop.mail.scan import (
    MAX_FOLDER_DEPTH,
    NotRegularFile,
    not_a_file,
    open_regular,
    scan_listed_folder,
    scan_message_file,
    scan_message_stream,
    too_deep,
)
from tldops_desktop.mail.scan_items import (
    MAX_HEADER_BYTES,
    MAX_MESSAGE_BYTES,
    Candidate,
    ScanControl,
    ScanItem,
    ScanProblem,
)
from tldops_desktop.mail.structure import has_attached_message

EMLX_SUFFIX = ".emlx"
_COUNT_LINE_BYTES = 32  # "1234567\n", with some room for padding
_READ_BYTES = 64 * 1024
# Not mail, never opened: the mailbox's property lists and Mail's exported index.
_SKIPPED_FILES = {"Info.plist", "table_of_contents", ".mboxCache.plist", ".DS_Store"}
_SKIPPED_FOLDERS = {"Attachments"}  # the parts left out of .partial.emlx files

ScanFile = Callable[[Path, ScanControl], Iterator[ScanItem]]
# The property list's flags: bit 1 is "deleted" (a message in the Trash, or deleted and not yet
# erased where the account keeps deleted mail in place).
_PLIST_FLAGS = re.compile(rb"<key>flags</key>\s*<integer>([0-9]{1,20})</integer>")
_DELETED = 1 << 1


def is_emlx(path: Path) -> bool:
    return path.name.lower().endswith(EMLX_SUFFIX)


def is_apple_mailbox(folder: Path) -> bool:
    """A folder named ``*.mbox``: an Apple Mail mailbox (or a Mail export), not an mbox file."""
    return folder.name.lower().endswith(".mbox")


def parse_count_line(head: bytes) -> tuple[int, int] | None:
    """``(message length, offset of the message)`` from an .emlx's first line, or None."""
    newline = head.find(b"\n", 0, _COUNT_LINE_BYTES)
    if newline < 0:
        return None
    text = head[:newline].strip()
    if not text.isdigit():
        return None
    return int(text), newline + 1


def read_emlx(path: Path) -> bytes:
    """The whole RFC 5322 message of an .emlx file (for callers that want one message)."""
    with open_regular(path, buffered=True) as stream:
        head = stream.read(_COUNT_LINE_BYTES)
        parsed = parse_count_line(head)
        if parsed is None:
            raise ValueError("not an .emlx file: no byte count on its first line")
        length, offset = parsed
        stream.seek(offset)
        return stream.read(length)


def scan_emlx(path: str | Path, control: ScanControl) -> Iterator[ScanItem]:
    """The message in one .emlx file, if it is a candidate."""
    source = str(path)
    try:
        with open_regular(path, buffered=True) as stream:
            control.stats.files += 1
            head = stream.read(_READ_BYTES)
            parsed = parse_count_line(head)
            if parsed is None:
                yield ScanProblem(source, "not-mail", "no byte count on the first line of .emlx")
                return
            length, offset = parsed
            message = head[offset : offset + length]
            end = header_end(message)
            while end < 0 and len(message) < min(length, MAX_HEADER_BYTES):
                more = stream.read(min(_READ_BYTES, offset + length - stream.tell()))
                if not more:
                    break
                message += more
                end = header_end(message)
            control.stats.messages_scanned += 1
            if end < 0 and len(message) >= MAX_HEADER_BYTES:
                control.stats.bytes_scanned += len(message)
                yield ScanProblem(source, "header-too-large")
                return
            verdict = classify(message[:end] if end >= 0 else message)
            if verdict is Verdict.NO:
                control.stats.bytes_scanned += length
                control.tick()
                return
            if length > MAX_MESSAGE_BYTES:
                control.stats.bytes_scanned += length
                if verdict is Verdict.YES:
                    yield ScanProblem(source, "too-large", f"over {MAX_MESSAGE_BYTES // 2**20} MiB")
                return
            if len(message) < length:
                stream.seek(offset + len(message))
                message += stream.read(length - len(message))
            stream.seek(offset + length)
            if _deleted(stream.read(_READ_BYTES)):
                control.tick()
                return  # deleted in Mail: read, it would come back as the user's edition
    except NotRegularFile:  # a named pipe named .emlx: not mail, and never waited on
        if (problem := not_a_file(path)) is not None:
            yield problem
        return
    except OSError as exc:
        yield ScanProblem(source, "unreadable", exc.strerror or str(exc))
        return
    control.stats.bytes_scanned += len(message)
    if len(message) < length:  # a partial edition must not become the current one
        yield ScanProblem(source, "truncated", f"{len(message)} of {length} bytes")
    elif verdict is Verdict.YES or has_attached_message(message):
        control.stats.candidates += 1
        yield Candidate(source, message)
        yield from _left_out_messages(Path(path), message, control)
    control.tick()


_LEFT_OUT = b"x-apple-content-length"
_ATTACHMENT_DEPTH = 8  # Attachments/<n>/<part>/<file>, the part a MIME path ("2.1.3")


def _left_out_messages(path: Path, message: bytes, control: ScanControl) -> Iterator[ScanItem]:
    """The attached messages Apple Mail left out of a ``.partial.emlx`` (their parts keep only
    their headers and an ``X-Apple-Content-Length``): it keeps them as files under
    ``Attachments/<n>/<part>/`` beside ``Messages/``. Each is read as a message of its own,
    judged by its own headers as an attached message is."""
    if not path.name.lower().endswith(".partial" + EMLX_SUFFIX) or _LEFT_OUT not in message.lower():
        return
    number = path.name.split(".", 1)[0]
    folder = path.parent.parent / "Attachments" / number
    kept = []
    for root, dirs, files in os.walk(folder):  # (nothing when there is no such folder)
        dirs.sort()
        if len(Path(root).relative_to(folder).parts) >= _ATTACHMENT_DEPTH:
            dirs.clear()
        kept += [
            os.path.join(root, name)
            for name in sorted(files)
            if name.lower().endswith(".eml") or "." not in name
        ]
    read = False
    for file in kept:
        for item in scan_message_file(file, control):
            read = read or isinstance(item, Candidate)
            yield item
    lowered = message.lower()
    if not read and (b"message/rfc822" in lowered or b"message/global" in lowered):
        yield ScanProblem(str(path), "attachment-left-out")  # Mail never downloaded it


def scan_emlx_data(data: bytes, source: str, control: ScanControl) -> Iterator[ScanItem]:
    """The message in an .emlx file read whole (a member of an archive), if a candidate.
    ``data`` may stop short of the file's end (a large one): its message is then too large to
    be an edition, and only its header block is looked at."""
    parsed = parse_count_line(data)
    if parsed is None:
        yield ScanProblem(source, "not-mail", "no byte count on the first line of .emlx")
        return
    length, offset = parsed
    message = data[offset : offset + length]
    if len(message) == length and _deleted(data[offset + length : offset + length + _READ_BYTES]):
        control.stats.messages_scanned += 1
        return  # deleted in Mail
    yield from scan_message_stream(io.BytesIO(), message, source, control)


def _deleted(plist: bytes) -> bool:
    flags = _PLIST_FLAGS.search(plist)
    return flags is not None and bool(int(flags.group(1)) & _DELETED)


def scan_messages_folder(folder: Path, control: ScanControl) -> Iterator[ScanItem]:
    """A ``Messages/`` folder of .emlx files; skipped whole when its listing is unchanged."""

    def wanted(names: list[str]) -> list[str]:
        return [name for name in names if is_emlx(Path(name))]

    yield from scan_listed_folder(folder, control, wanted, scan_emlx)


def scan_apple_mailbox(
    folder: Path, control: ScanControl, scan_other: ScanFile, *, depth: int = 0
) -> Iterator[ScanItem]:
    """Every message in an Apple Mail ``*.mbox`` folder tree (nested mailboxes included),
    ``depth`` folders below the path given.

    ``scan_other`` reads any other file met (the ``mbox`` file of a Mail export).
    """
    if depth > MAX_FOLDER_DEPTH:
        yield too_deep(folder)
        return
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield ScanProblem(str(folder), "unreadable", exc.strerror or str(exc))
        return
    for entry in entries:
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
            is_file = entry.is_file(follow_symlinks=False)
        except OSError:
            continue
        if is_dir:
            if entry.name in _SKIPPED_FOLDERS:
                continue
            if entry.name == "Messages":
                yield from scan_messages_folder(path, control)
            else:
                yield from scan_apple_mailbox(path, control, scan_other, depth=depth + 1)
        elif is_file:
            if entry.name in _SKIPPED_FILES or entry.name.startswith("."):
                continue
            if is_emlx(path):
                yield from scan_emlx(path, control)
            elif not entry.name.lower().endswith(".plist"):
                yield from scan_other(path, control)
        elif not entry.name.startswith(".") and (problem := not_a_file(path)) is not None:
            yield problem
