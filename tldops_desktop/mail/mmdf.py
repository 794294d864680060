"""MMDF mailboxes (SCO, old UW-IMAP and Pine "mmdf" folders): each message between two lines
of four Ctrl-A bytes, its "From " lines unquoted. Read as the mbox the same messages would
make, so that the mbox splitter (and its speed) serves them too."""

from __future__ import annotations

import re

from tldops_desktop.mail.scan_items import Readable

MMDF_DELIMITER = b"\x01\x01\x01\x01"
_DELIMITER_LINE = re.compile(rb"^\x01\x01\x01\x01\r?\n", re.MULTILINE)
_FROM_AT_LINE_START = re.compile(rb"^(>*From )", re.MULTILINE)
# The envelope line put where a message begins: what the mbox splitter takes for one.
_ENVELOPE = b"From MAILER-DAEMON Thu Jan  1 00:00:00 1970\n"


def is_mmdf(head: bytes) -> bool:
    """Whether a file that begins with ``head`` is an MMDF mailbox."""
    return head.startswith(MMDF_DELIMITER) and head[4:5] in (b"\n", b"\r")


class MmdfAsMbox:
    """An MMDF mailbox read as an mboxrd: a message's opening delimiter becomes an envelope
    line, its closing one a blank line, and its body's "From " lines are quoted (which the
    splitter undoes). Offsets in the report are those of this mbox, not of the file."""

    def __init__(self, stream: Readable) -> None:
        self.stream = stream
        self.carry = b""  # a line not ended yet: it may be a delimiter or a "From " line
        self.inside = False  # between a message's two delimiters
        # Bytes given beyond those read (an envelope line is longer than a delimiter): what a
        # count of the bytes given takes off to count the file's.
        self.added = 0

    def read(self, size: int = -1) -> bytes:
        while True:
            chunk = self.stream.read(size)
            data = self.carry + chunk
            if not chunk:
                self.carry = b""
                return self._convert(data + b"\n" if data and not data.endswith(b"\n") else data)
            cut = data.rfind(b"\n") + 1
            self.carry = data[cut:]
            if cut:
                return self._convert(data[:cut])

    def _convert(self, lines: bytes) -> bytes:
        size = len(lines)
        if b"From " in lines:
            lines = _FROM_AT_LINE_START.sub(rb">\1", lines)
        lines = _DELIMITER_LINE.sub(self._delimiter, lines)
        self.added += len(lines) - size
        return lines

    def _delimiter(self, _match: re.Match[bytes]) -> bytes:
        self.inside = not self.inside
        return _ENVELOPE if self.inside else b"\n"
