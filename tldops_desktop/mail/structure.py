"""A raw message's MIME structure, read from its boundaries alone: part headers, not bodies.

Two uses, both to avoid reading large attachments byte by byte in Python:

- ``has_attached_message``: does a multipart/mixed message carry an attached message (a
  forward) or a digest? Only part headers answer that.
- ``separator_free_extent``: how far into an mbox message no "From " separator line can
  begin. A base64 body has no space, so it holds no "From " line: one ``memchr`` for a space
  proves it, much faster than searching it for the separator itself. Bodies with spaces (text)
  are searched for the separator as before, so the mbox is split exactly as without this.
"""

from __future__ import annotations

import re

from tldops_desktop.mail.candidates import first_field_value, header_end
from tldops_desktop.mail.decode import decode_header_value

MBOX_SEPARATOR = b"\nFrom "
# bytes.find runs a byte-at-a-time loop for a short needle that is common in text ("\n" and
# " "); the regex engine's literal-prefix search finds the same about 1.6x faster.
find_mbox_separator = re.compile(re.escape(MBOX_SEPARATOR)).search

_BOUNDARY_PARAMETER = re.compile(
    rb'(?:^|[;\s])boundary[ \t]*=[ \t]*(?:"([^"\r\n]{1,200})"|([^\s;"]{1,200}))', re.IGNORECASE
)
# A literal "/" first lets the regex engine skip ahead fast (≈1.4 GB/s over base64); the
# spellings are the ones mail clients write (IGNORECASE would be several times slower).
_ATTACHED_MESSAGE = re.compile(rb"/(?:rfc822|RFC822|Rfc822|digest|Digest|DIGEST)")
_MAX_PART_HEADER_BYTES = 64 * 1024
_MAX_DEPTH = 32
# A forwarded message is attached as message/rfc822, or as message/global (RFC 6532) where
# its header fields hold UTF-8.
ATTACHED_MESSAGE_TYPES = ("message/rfc822", "message/global")
_ATTACHED_TYPES = (*ATTACHED_MESSAGE_TYPES, "multipart/digest")
# A message saved to a file and attached as one: a type that says so, or any type but
# multipart with a name that ends in ".eml" (Outlook for Mac and webmails send "edition.eml"
# as application/octet-stream, some clients and list software as text/plain), plain, in
# RFC 2047 words or RFC 2231's "name*=utf-8''...". A text part is taken only if it holds a
# message (see ``message._saved_message``).
SAVED_MESSAGE_TYPES = frozenset({"application/x-eml", "application/eml", "message/x-eml"})
_NAME_PARAMETER = re.compile(
    rb'(?:^|[;\s])(?:file)?name(?:\*[0-9]*)?\*?[ \t]*=[ \t]*(?:"([^"]{1,400})"|([^\s;"]{1,400}))',
    re.IGNORECASE,
)


def has_attached_message(data: bytes, start: int = 0, end: int | None = None) -> bool:
    """Whether the message in ``data[start:end]`` has an attached message or digest part.

    Where the structure cannot be read, any mention of an attached message type anywhere in
    the message counts.
    """
    stop = len(data) if end is None else end
    body = header_end(data, start, _MAX_PART_HEADER_BYTES)
    if body < 0 or body > stop:
        return _mentions_attached_message(data, start, stop)
    walker = _Walker(data, stop, check_separators=False, saved=True)
    try:
        walker.entity(start, body, 0)
    except _Found:
        return True
    except _Stop:
        return _mentions_attached_message(data, start, stop)
    return False


def separator_free_extent(
    data: bytes, start: int, body: int, limit: int, *, saved: bool = False
) -> tuple[int, bool | None]:
    """For the mbox message whose header block is ``data[start:body]``: where the search for
    the next separator may resume (no separator begins before it, and it is at least
    ``body - 1``), and, when its whole MIME structure was read, whether that holds an attached
    message or digest (else None); ``saved``: or a message attached as a file (looked for
    only where the answer is wanted: it costs a search of every part's header). Reads no
    further than ``limit``."""
    walker = _Walker(data, limit, check_separators=True, saved=saved)
    try:
        end = walker.entity(start, body, 0)
    except _Stop as stop:
        return max(stop.position, body - 1), None
    if end == body:  # not multipart: nothing to skip
        return body - 1, None
    return end - 1, walker.held  # the closing delimiter line's newline may begin "\nFrom "


def _mentions_attached_message(data: bytes, start: int, stop: int) -> bool:
    return _ATTACHED_MESSAGE.search(data, start, stop) is not None


class _Found(Exception):
    """An attached message: nothing more to read."""


class _Stop(Exception):
    """The structure cannot be followed further; every byte before ``position`` was checked."""

    def __init__(self, position: int) -> None:
        super().__init__(position)
        self.position = position


class _Walker:
    def __init__(self, data: bytes, stop: int, *, check_separators: bool, saved: bool) -> None:
        self.data = data
        self.stop = stop
        self.check_separators = check_separators
        self.saved = saved  # a message attached as a file counts too
        self.held = False

    def check(self, start: int, end: int) -> None:
        """Stop where a separator might begin in ``data[start:end]``."""
        if not self.check_separators:
            return
        data = self.data
        if data.find(b" ", start, end) >= 0 and find_mbox_separator(data, start, end):
            raise _Stop(start)

    def entity(self, head: int, body: int, depth: int) -> int:
        """Read the entity whose header block is ``data[head:body]``; return where its parent's
        search for a delimiter resumes (just past its closing delimiter line when multipart,
        else ``body``)."""
        data, stop = self.data, self.stop
        kind, boundary = content_type(data[head:body])
        if kind in _ATTACHED_TYPES or (
            self.saved and depth and _saved_message(data, head, body, kind)
        ):
            self.held = True
            if not self.check_separators:
                raise _Found
        if not kind.startswith("multipart/"):
            return body
        if boundary is None or depth >= _MAX_DEPTH:
            raise _Stop(body - 1)
        delimiter = b"\n--" + boundary
        position = body - 1  # the first delimiter may follow the header's blank line at once
        while True:
            found = find_delimiter(data, delimiter, position, stop)
            if found < 0:
                if depth == 0 and not self.check_separators:
                    return stop  # no closing delimiter: the last part ran to the end
                raise _Stop(position)  # unclosed, or beyond what has been read
            self.check(position, found)
            after = found + len(delimiter)
            line_end = data.find(b"\n", after, stop)
            if line_end < 0:
                raise _Stop(found)
            rest = data[after:line_end]
            if rest.startswith(b"--"):  # the closing delimiter
                # "--boundary--From ...": an mbox separator glued to it (the message had no
                # last newline) is searched for from there
                return after + 2 if b"From " in rest else line_end + 1
            if rest.strip(b" \t\r"):  # "--boundary-and-more": another entity's delimiter
                position = after
                continue
            part_body = header_end(data, line_end + 1, _MAX_PART_HEADER_BYTES)
            if part_body < 0 or part_body > stop:
                raise _Stop(found)
            self.check(line_end, part_body)
            position = self.entity(line_end + 1, part_body, depth + 1) - 1


def _saved_message(data: bytes, head: int, body: int, kind: str) -> bool:
    """Whether the part whose header block is ``data[head:body]`` is a message saved to a
    file and attached as one."""
    if kind in SAVED_MESSAGE_TYPES:
        return True
    if kind.startswith("multipart/"):
        return False
    encoded = data.find(b"=?", head, body) >= 0
    if not encoded and data.find(b".eml", head, body) < 0 and data.find(b".EML", head, body) < 0:
        return False  # (most parts: two searches more)
    for match in _NAME_PARAMETER.finditer(data[head:body]):
        name = match.group(1) if match.group(1) is not None else match.group(2)
        text = decode_header_value(name) if encoded else name.decode("ascii", "replace")
        if text.strip().casefold().endswith(".eml"):
            return True
    return False


def find_delimiter(data: bytes, delimiter: bytes, start: int, stop: int) -> int:
    """``data.find(delimiter, start, stop)`` for a delimiter ``b"\\n--boundary"``, faster.

    bytes.find checks a long needle's last byte first, common in base64; a "-" is not in its
    alphabet, so one ``memchr`` for it reaches the end of a base64 body at once.
    """
    dash = data.find(b"-", start + 1, stop)  # the first one a delimiter found may begin with
    if dash < 0:
        return -1
    if data.startswith(delimiter, dash - 1, stop):
        return dash - 1
    return data.find(delimiter, dash, stop)


def content_type(header: bytes) -> tuple[str, bytes | None]:
    """The entity's content type (text/plain when it names none) and its boundary."""
    value = first_field_value(header, header.lower(), b"content-type")
    if value is None:
        return "text/plain", None
    kind = value.split(b";", 1)[0].strip().lower().decode("ascii", "replace")
    boundary = _BOUNDARY_PARAMETER.search(value)
    if boundary is None:
        return kind, None
    return kind, (boundary.group(1) if boundary.group(1) is not None else boundary.group(2))
