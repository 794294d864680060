"""Dovecot's dbox stores: single-dbox (``sdbox``, one message a file, ``dbox-Mails/u.<uid>``)
and multi-dbox (``mdbox``, many messages in each ``storage/m.<n>``).

A file begins with a header line (``2 M1e C<time>``: version 2, ``M`` the size of each
message's own header, in hex), then each message: that header (``\\x01\\x02``, its type,
its size in hex), the message as it was delivered, and Dovecot's metadata (``\\n\\x01\\x03\\n``,
lines of a key letter and a value, a blank line). Each message is read as a message file's
is; Dovecot's indexes beside them are no mail.

An mdbox keeps a message expunged in the mail client in its file until ``doveadm purge``:
which ones those are only the map index knows, so they are read as the others.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from tldops_desktop.mail.scan import (
    LimitedReader,
    NotRegularFile,
    open_regular,
    read_up_to,
    scan_message_stream,
)
from tldops_desktop.mail.scan_items import ScanControl, ScanItem, ScanProblem

_MAGIC_POST = b"\n\x01\x03\n"
# The file header line: "2", then fields of a key letter and a hex value, "M" among them.
_FILE_HEADER = re.compile(rb"2((?: [A-Z][0-9a-fA-F]{0,16})+)\n")
# A message's header: the magic, its type ("N": whole here; "E": parts kept elsewhere), a
# space, then hex fields (its UID, or zeros, and its size), padded to the header's size.
_MESSAGE_HEADER = re.compile(rb"\x01\x02([NE]) [0-9a-fA-F]{8} ([0-9a-fA-F]{16})[ ]*\n")
_MAX_METADATA_BYTES = 64 * 1024
_SMALLEST_MESSAGE_HEADER = 30  # magic, type, UID and size, and the line's end


def dbox_header_size(head: bytes) -> int:
    """The size of each message's header in a dbox file that begins with ``head``; 0 when it
    is no dbox file."""
    found = _FILE_HEADER.match(head)
    if found is None:
        return 0
    fields = {field[:1]: field[1:] for field in found.group(1).split()}
    size = int(fields.get(b"M", b"0") or b"0", 16)
    return size if size >= _SMALLEST_MESSAGE_HEADER and b"C" in fields else 0


def scan_dbox_file(path: Path, control: ScanControl) -> Iterator[ScanItem]:
    """The messages of an sdbox or mdbox file (each of an mdbox's as "path @ offset")."""
    source, many = str(path), path.name.startswith("m.")
    try:
        with open_regular(path) as stream:
            size = os.fstat(stream.fileno()).st_size
            head = stream.read(4096)
            found, header_size = _FILE_HEADER.match(head), dbox_header_size(head)
            if found is None or not header_size:
                return
            control.stats.files += 1
            offset = found.end()
            while offset < size:
                where = f"{source} @ {offset}" if many else source
                stream.seek(offset)
                message = _MESSAGE_HEADER.fullmatch(read_up_to(stream, header_size))
                if message is None:
                    yield ScanProblem(where, "unreadable", _DAMAGED)
                    return
                # (A message whose attachments Dovecot keeps apart, "E", has its text here.)
                length = int(message.group(2), 16)
                body = LimitedReader(stream, length)
                yield from scan_message_stream(body, read_up_to(body, 4096), where, control)
                offset = _after_metadata(stream, offset + header_size + length)
                if offset < 0:
                    yield ScanProblem(where, "unreadable", _DAMAGED)
                    return
    except NotRegularFile:
        return
    except OSError as exc:
        yield ScanProblem(source, "unreadable", exc.strerror or str(exc))


_DAMAGED = "a damaged Dovecot dbox file: export the mailbox with doveadm to a Maildir"


def _after_metadata(stream: BinaryIO, at: int) -> int:
    """Where the next message begins, after the metadata block that begins at ``at``; -1
    when no metadata block is there."""
    stream.seek(at)
    block = read_up_to(stream, _MAX_METADATA_BYTES)
    if not block.startswith(_MAGIC_POST):
        return -1
    end = block.find(b"\n\n", len(_MAGIC_POST) - 1)
    return -1 if end < 0 else at + end + 2
