"""Where the next message begins in a file of raw messages written one after another, with no
mbox "From " line between them: saved mails joined (``cat *.eml > all.eml``), tools that
export mail as RFC 822 messages in a row, Outlook's "Save As" text of several messages.

A message begins at a line where a header block begins that no body can be taken for: every
line up to a blank line a header field, with From and Date, and a field that only a message
as transported or saved carries (Return-Path, Received, Message-ID, MIME-Version, X-...).
So an inline forward or a quoted reply, whose header lines are From/Sent/To/Subject or
From/Date/Subject/To, never begins one; nor does a block right after a forward's marker line
("-----Original Message-----", "Begin forwarded message:"), which may show every field. A
multipart message ends only at its closing delimiter, so its parts (base64, text, attached
headers) are never cut. One whose closing delimiter never comes (a download or copy cut short,
then the next file joined to it) ends where a message begins in its last part, if one does: not
at that part's first line (a part's text may be a whole message), and only after every
delimiter of its boundaries, since a part after it would make it a line of the message.

In an Outlook text file (its first message begins "From:<tab>", then "Sent:<tab>"), each
message begins so, after a blank line; Outlook writes no other header fields there.
"""

from __future__ import annotations

import re

from tldops_desktop.mail.candidates import header_end
from tldops_desktop.mail.scan_items import MAX_HEADER_BYTES
from tldops_desktop.mail.structure import content_type, find_delimiter

# A field only a transported or saved message carries, at a line's start: where a search for
# the next message looks first (every line of a body is not looked at).
_TRANSPORT_FIELD = re.compile(
    rb"\n(?:return-path|received|delivered-to|message-id|mime-version|dkim-signature"
    rb"|authentication-results|arc-[a-z-]{1,40}|x-[!-9;-~]{1,76})[ \t]*:",
    re.IGNORECASE,
)
_FIELD = re.compile(rb"([!-9;-~]{1,76})[ \t]*:")
# Fields a saved message's header block may begin with: a body's last lines that only look
# like fields ("Name: ...", "Mobile: ...") before a block joined without a blank line stay
# with the body.
_OPENING = frozenset(
    b"return-path received delivered-to message-id mime-version dkim-signature"
    b" authentication-results from date to cc subject sender reply-to in-reply-to references"
    b" content-type content-transfer-encoding list-id precedence user-agent".split()
)
# The line before a forwarded message's header lines, in any client's wording: a rule or a
# title between dashes ("-----Original Message-----", "---------- Forwarded message ---------",
# Outlook's "________"), or a line that ends in a colon ("Begin forwarded message:").
_FORWARD_MARKER = re.compile(rb"^[ \t]*(?:--|__)|:[ \t]*\r?$")
# A rule alone, also above field lines of no mail program's ("Message: 2" in a plain-text
# digest, RFC 1153): a colon there ends a body's own sentence ("Our contact:").
_RULE = re.compile(rb"^[ \t]*(?:--|__)")
_OUTLOOK_FIRST = re.compile(rb"from:\t[^\n]*\nsent:\t", re.IGNORECASE)
_OUTLOOK_BLOCK = re.compile(rb"\n\r?\n(?=from:\t)", re.IGNORECASE)
_TABBED_FIELD = re.compile(rb"[!-9;-~]{1,76}:\t")
_MAX_NESTING = 8  # messages wrapped in messages (message/rfc822 bodies)


def is_outlook_text(data: bytes) -> bool:
    """Whether the messages that begin with ``data`` are Outlook's "Save As" text."""
    if data[:6].lower() != b"from:\t":
        return False
    return _OUTLOOK_FIRST.match(data[:4096].replace(b"\r\n", b"\n", 2)) is not None


def next_message(data: bytes, start: int = 0, *, outlook: bool = False) -> int:
    """Where the message after the one that begins at ``start`` begins, or -1."""
    return following_message(data, start, outlook=outlook)[0]


def following_message(data: bytes, start: int = 0, *, outlook: bool = False) -> tuple[int, bool]:
    """Where the message after the one that begins at ``start`` begins, or -1; and whether the
    one at ``start`` is broken: a multipart body whose closing delimiter never comes, cut
    short where the next message begins."""
    # The structure first: a multipart body's end is found by one memchr over its base64.
    resume = _body_search_start(data, start, 0)
    if resume is None:
        return -1, False
    body, broken = resume
    if outlook:
        return _next_outlook(data, body), False
    at = body - 1  # the body's first line may begin a message (one with an empty body)
    while True:
        found = _TRANSPORT_FIELD.search(data, at)
        if found is None:
            return -1, False
        begins, after = _block_at(data, body, found.start() + 1)
        if begins >= 0:
            return (_glued_start(data, body, begins) if broken else begins), broken
        at = max(after, found.end()) - 1


# A message's usual first field, at the end of the line before a header block: a file cut
# mid-line, then the next one joined to it, puts the next message's first line there.
_GLUED_FIELD = re.compile(
    rb"(?:return-path|received|delivered-to|from|date|message-id|mime-version|x-[a-z0-9-]{1,40})"
    rb"[ \t]*:[ \t]*[^\s][^\n]*$",
    re.IGNORECASE,
)


def _glued_start(data: bytes, body: int, begins: int) -> int:
    """Where the message whose header block begins at ``begins`` (after a broken one) begins:
    in the line before it when its first field is glued to that line's end."""
    line = data.rfind(b"\n", body - 1, begins - 1) + 1
    if line < body:
        return begins
    glued = _GLUED_FIELD.search(data, line, begins - 1)
    return begins if glued is None or glued.start() == line else glued.start()


# Where the search for the next message may begin; whether the message is broken (see
# ``following_message``).
_Resume = tuple[int, bool]


def _body_search_start(data: bytes, start: int, depth: int) -> _Resume | None:
    """Where the message that begins at ``start`` may end: its body's start, past its closing
    delimiter when multipart, past the message it wraps; None when it runs to the end."""
    end = header_end(data, start, MAX_HEADER_BYTES + 4)
    if end < 0:
        return None
    return _entity_end(data, start, end, depth, part=False)


def _entity_end(data: bytes, head: int, body: int, depth: int, *, part: bool) -> _Resume | None:
    """``_body_search_start`` for the entity whose header block is ``data[head:body]``, a
    message or (``part``) one of a broken multipart's parts."""
    kind, boundary = content_type(data[head:body])
    if kind.startswith("multipart/"):
        if boundary is None or depth >= _MAX_NESTING:
            return None
        closed, at = _after_closing_delimiter(data, body, boundary)
        if closed:
            return at, False
        if at < 0:  # not one part: cut in its preamble
            return body, True
        part_body = header_end(data, at, MAX_HEADER_BYTES)
        if part_body < 0:
            return None
        inner = _entity_end(data, at, part_body, depth + 1, part=True)
        return None if inner is None else (inner[0], True)
    if kind in ("message/rfc822", "message/global"):
        wrapped = _past_blank_lines(data, body) if part else body
        return None if depth >= _MAX_NESTING else _body_search_start(data, wrapped, depth + 1)
    if not part:
        return body, False
    first = _past_blank_lines(data, body)
    if not _FIELD.match(data, first):
        return body, False
    # A part's text may be a message (an attached copy, its headers): none begins there.
    end = header_end(data, first, MAX_HEADER_BYTES)
    return None if end < 0 else (end, False)


def _past_blank_lines(data: bytes, at: int) -> int:
    while data.startswith(b"\n", at) or data.startswith(b"\r\n", at):
        at += 1 if data[at] == 0x0A else 2
    return at


def _after_closing_delimiter(data: bytes, body: int, boundary: bytes) -> tuple[bool, int]:
    """(True, just past the closing delimiter's line) of the multipart body at ``body``; or
    when it has none, (False, where its last part's header block begins, or -1 for none)."""
    delimiter = b"\n--" + boundary
    at, last = body - 1, -1
    while True:
        found = find_delimiter(data, delimiter, at, len(data))
        if found < 0:
            return False, last
        after = found + len(delimiter)
        line_end = data.find(b"\n", after)
        if data.startswith(b"--", after):
            return True, len(data) if line_end < 0 else line_end + 1
        if line_end < 0:
            return False, last  # (cut in that line: its part never began)
        if not data[after:line_end].strip(b" \t\r"):  # not "--boundary-and-more"
            last = line_end + 1
        at = after


def _lines(data: bytes, start: int, stop: int) -> list[tuple[int, bytes]]:
    """The lines of ``data[start:stop]`` with their offsets, without their line ends."""
    lines, at = [], start
    while at < stop:
        end = data.find(b"\n", at, stop)
        end = stop if end < 0 else end
        lines.append((at, data[at:end].rstrip(b"\r")))
        at = end + 1
    return lines


def _block_at(data: bytes, body: int, line: int) -> tuple[int, int]:
    """For a transport field at ``line`` (no earlier than ``body``): where the header block
    around it begins, when it begins a message (else -1), and where that block ends."""
    end = header_end(data, line, MAX_HEADER_BYTES)
    if end < 0:
        return -1, len(data)
    for at, text in _lines(data, line, end)[:-1]:  # (its blank line left out)
        if not (_FIELD.match(text) or text[:1] in (b" ", b"\t")):
            return -1, at  # body text: a block may still begin after it
    # The field lines before it belong to the block, back to a blank or other line.
    first = line
    before = _lines(data, max(body, line - MAX_HEADER_BYTES), line)
    for at, text in reversed(before):
        if not (_FIELD.match(text) or (text[:1] in (b" ", b"\t") and text.strip())):
            break
        first = at
    run = first  # (where the field lines begin: a forward's marker is looked for before it)
    block = _lines(data, first, end)[:-1]
    names = [_name(text) for _, text in block if text[:1] not in (b" ", b"\t")]
    if block[0][1][:1] in (b" ", b"\t") or len(block) < 3:
        return -1, end
    # It begins at its first usual field: lines before it that only look like fields
    # ("Name: ...") end the body before it.
    skip = next((i for i, name in enumerate(names) if _usual(name)), None)
    if skip is None:
        return -1, end
    field_starts = [at for at, text in block if text[:1] not in (b" ", b"\t")]
    first, names = field_starts[skip], names[skip:]
    if b"from" not in names or b"date" not in names:
        return -1, end
    if _after_forward_marker(data, body, first) or (
        run < first and _after_forward_marker(data, body, run, _RULE)
    ):
        return -1, end
    return first, end


def _name(line: bytes) -> bytes:
    match = _FIELD.match(line)
    return match.group(1).lower() if match else b""


def _usual(name: bytes) -> bool:
    return name in _OPENING or name.startswith((b"x-", b"arc-", b"list-"))


def _after_forward_marker(
    data: bytes, body: int, line: int, marker: re.Pattern[bytes] = _FORWARD_MARKER
) -> bool:
    """Whether the last non-blank line before ``line`` in the body introduces a forward."""
    for _, text in reversed(_lines(data, max(body, line - 4096), line)):
        if text.strip():
            return marker.search(text) is not None
    return False


def _next_outlook(data: bytes, body: int) -> int:
    for found in _OUTLOOK_BLOCK.finditer(data, max(body - 2, 0)):
        first = found.end()
        end = header_end(data, first, 64 * 1024)
        if end < 0:
            return -1
        lines = [text for _, text in _lines(data, first, end)[:-1]]
        if (
            len(lines) >= 3
            and lines[1].lower().startswith(b"sent:\t")
            and all(_TABBED_FIELD.match(text) for text in lines)
            and b"subject" in {_name(text) for text in lines}
            and not _after_forward_marker(data, body, first)
        ):
            return first
    return -1
