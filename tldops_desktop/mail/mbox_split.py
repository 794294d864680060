"""An mbox read as a stream, chunk by chunk, split into its messages; only candidates (see
``candidates``) are kept in full.

A message begins where a "From " line with a date in it begins a line (mboxo, mboxrd), or a
"From " line of one word with no date before a header block (export tools; one a blank line
does not come before needs a whole message's), or where the message before it ends by its
Content-Length, when a separator is right there (mboxcl2, whose bodies keep their "From "
lines unquoted).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tldops_desktop.mail.candidates import Verdict, header_end, read_header
from tldops_desktop.mail.scan_items import (
    MAX_HEADER_BYTES,
    MAX_MESSAGE_BYTES,
    Candidate,
    Readable,
    ScanControl,
    ScanProblem,
)
from tldops_desktop.mail.structure import (
    MBOX_SEPARATOR,
    has_attached_message,
    separator_free_extent,
)

CHUNK_BYTES = 4 * 1024 * 1024  # as fast as larger chunks; each is copied about twice

# A separator is a "From " line with a date in it, as every mbox writer puts there (an
# asctime such as "Tue Nov 24 11:27:11 2026"): a time, or a year that ends the line. So a
# body line such as "From December on, ..." that a writer left unquoted (mboxo, mboxcl2)
# does not cut a message in two. Mutt and Thunderbird also look for a date in a separator.
_FROM_LINE = re.compile(
    rb"From [^\n]*(?:[0-9]:[0-9][0-9]|(?<![0-9])(?:19|20)[0-9][0-9][ \t]*\r?(?:\n|\Z))"
)
_DATE_PART = _FROM_LINE.pattern.removeprefix(b"From ")
# Some export tools write a separator with no date ("From someone@example.org" alone). One
# separates only before a header block (see ``_dateless_opens_message``): a body's "From here
# on ..." has more than one word, and a body's "From Alice" is not followed by a header block.
_DATELESS_PART = rb"(?P<dateless>[!-~]{1,254}[ \t]*\r?(?=\n))"
# Any other "From " line at a line's start (several words, no date: "From the desk of the
# chair"), after a blank line or not (a writer that omits the one before its separators), is
# no separator, but is found too, to be looked at as one where an edition may run on unread
# (see ``_edition_follows``): an mbox writer quotes a body's "From " lines, so such lines are
# rare, and the look-behind costs nothing where "From " is not there.
_WORDS_PART = rb"(?<=\nFrom )(?P<words>[^\n]*)"
# One regex search for all (its literal-prefix scan is faster than bytes.find; see structure).
# The newline before "From " is not searched for: a separator glued to the last line of a
# message that did not end in a newline (a writer that appended without one) is found too.
# A quoted "\n>From " is passed over at once (the look-behind keeps the literal-prefix scan).
_SEPARATOR_LINE = re.compile(
    rb"From (?<!\n>From )(?:" + _DATE_PART + rb"|" + _DATELESS_PART + rb"|" + _WORDS_PART + rb")"
)
# In a file with NUL bytes, also right after one: a crash leaves a stretch of zeros where the
# end of the last message was (a delayed write never done), and the client appends after it.
# (Searched for only then: a character class first is a slower search than a literal.)
_SEPARATOR_AFTER_ZEROS = re.compile(
    rb"[\n\x00]From (?:" + _DATE_PART + rb"|" + _DATELESS_PART + rb"|" + _WORDS_PART + rb")"
)
# A message begins with a header field. A body line with a time in it ("From 9:00 tomorrow
# the numbers ... apply"), unquoted, is followed by more text: no separator, unless its date
# is an envelope's own, asctime, perhaps with a zone before the year (Google Takeout's
# "Fri Jun 12 21:18:39 +0000 2020"), where a message without a header block may follow.
_HEADER_FIELD = re.compile(rb"[!-9;-~]{1,200}[ \t]*:")
_HEADER_FIELD_REACH = 256  # bytes of the next line that tell whether it is a header field
_ENVELOPE_DATE = re.compile(
    rb"From [^\n]*[ \t](?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[ \t]+"
    rb"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[ \t]+[0-9]{1,2}[ \t]+"
    rb"[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[ \t]+[A-Za-z+-][A-Za-z0-9+-]{0,5})?[ \t]+"
    rb"[0-9]{4}[ \t]*\r?(?:\n|\Z)"
)


def next_separator(
    data: bytes,
    start: int,
    eof: bool,
    *,
    zeroed: bool = False,
    run_together: list[int] | None = None,
) -> tuple[int, int]:
    """Where the next separator ("\nFrom " and a From line) at or after ``start`` begins, or
    -1; and, when -1, where to search again once more data has come. ``zeroed``: the file has
    NUL bytes, after which a From line also separates. ``run_together`` gets where a "From "
    line not taken for a separator begins that a message naming an edition follows (see
    ``_edition_follows``)."""
    pattern = _SEPARATOR_AFTER_ZEROS if zeroed else _SEPARATOR_LINE
    while True:
        found = pattern.search(data, start)
        if found is None:
            break
        # Where the separator begins: the newline (or NUL) before "From ".
        at = found.start() if zeroed else found.start() - 1
        if at < start:
            start = found.start() + 1  # "From " at the very start: no line ends before it
            continue
        if not eof and found.end() >= len(data):
            return -1, at  # its line may go on in the next chunk
        opens: bool | None
        if found["words"] is not None:
            opens = False  # no form of a separator: only a look for an edition run on
        elif not zeroed and data[at] != 0x0A:
            opens = _glued_opens_message(data, at + 1, found["dateless"] is None, eof)
        elif found["dateless"] is None:
            opens = _opens_message(data, at + 1, eof)
        else:
            opens = _dateless_opens_message(data, at, found.end(), eof)
        if opens is None:
            return -1, at  # the line after it is still to come
        if opens:
            return at, at
        if run_together is not None:
            follows = _edition_follows(data, at + 1, eof)
            if follows is None:
                return -1, at  # the header block after it is still to come
            if follows:
                run_together.append(at + 1)
        start = at + 2
    if eof:
        return -1, len(data)
    # A separator the next chunk completes begins at the last newline (or NUL), at the earliest.
    last = max(data.rfind(b"\n", start), data.rfind(b"\x00", start) if zeroed else -1)
    return -1, max(start, last)


def _opens_message(data: bytes, line: int, eof: bool) -> bool | None:
    """Whether the "From " line (with a date) at ``line`` opens a message; None when the data
    does not reach far enough yet to tell."""
    end = data.find(b"\n", line)
    if end >= 0 and _HEADER_FIELD.match(data, end + 1):
        return True
    if _ENVELOPE_DATE.match(data, line):
        return True
    if eof:
        return False
    if end < 0:
        return None  # the line itself goes on in the next chunk
    reach = end + 1 + _HEADER_FIELD_REACH
    if data.find(b"\n", end + 1, reach) >= 0 or len(data) >= reach:
        return False  # the next line is there, and no header field
    return None


def _glued_opens_message(data: bytes, line: int, dated: bool, eof: bool) -> bool | None:
    """Whether the "From " at ``line``, in the middle of a line, is a separator glued to the
    end of a message written without a last newline: only an envelope's own line (asctime)
    followed by a header field, never a line quoted ">>From " (None: the data does not reach
    far enough yet to tell)."""
    if not dated or not _ENVELOPE_DATE.match(data, line):
        return False
    if not data[data.rfind(b"\n", 0, line) + 1 : line].strip(b">"):
        return False  # mboxrd's quoting of a body line, not a glued separator
    end = data.find(b"\n", line)
    if end < 0:
        return False if eof else None
    if not eof and len(data) < end + 1 + _HEADER_FIELD_REACH and data.find(b"\n", end + 1) < 0:
        return None  # the next line is still to come
    return _HEADER_FIELD.match(data, end + 1) is not None


def _dateless_opens_message(data: bytes, newline: int, end: int, eof: bool) -> bool | None:
    """Whether the dateless "From " line after ``newline`` (ending at ``end``) opens a
    message: after it a header block (every line a field, up to a blank line) with a field
    every message has; or, where no blank line comes before it (an export tool that wrote
    none; an mbox writer always does, and quotes a body's "From " lines), with what makes a
    whole message: a Subject or Message-ID, and a From or Date. None when the data does not
    reach far enough yet to tell."""
    after_blank = data[newline - 1 : newline] == b"\n" or data[newline - 2 : newline] == b"\n\r"
    block = end + 1
    body = _header_block_end(data, block, eof)
    if body is None or body < 0:
        return None if body is None else False
    lines = data[block:body].rstrip(b"\r\n").split(b"\n")
    if not all(line[:1] in (b" ", b"\t") or _HEADER_FIELD.match(line) for line in lines):
        return False
    names = {line.split(b":", 1)[0].strip().lower() for line in lines if line[:1] not in b" \t"}
    if after_blank:
        return not names.isdisjoint(_EVERY_MESSAGE_FIELDS)
    return not names.isdisjoint(_NAMING_FIELDS) and not names.isdisjoint(_SENDING_FIELDS)


def _edition_follows(data: bytes, line: int, eof: bool) -> bool | None:
    """Whether the "From " at ``line`` (at a line's start, or glued to the end of a line), not
    taken for a separator, is followed by the header block of a message that names an edition:
    a writer joined two messages with a separator of a form no mbox writer uses, and that
    edition runs on as the end of the message before it, unread; the import has to say so.
    None when the data does not reach far enough yet to tell.

    Run only where a "From " line was not taken for a separator: most are a body's text,
    which its next line (no header field) tells at once."""
    before = data[data.rfind(b"\n", 0, line) + 1 : line]
    if before and not before.strip(b">"):
        return False  # a quoted line (mboxrd's ">From "): a body's text, a copy quoted in it
    end = data.find(b"\n", line)
    if end < 0:
        return False if eof else None
    block = end + 1
    if data.startswith((b"\n", b"\r\n"), block):  # one blank line after the "From " line
        block = data.find(b"\n", block) + 1
    body = _header_block_end(data, block, eof)
    if body is None or body < 0:
        return None if body is None else False
    return read_header(data[block:body])[0] is Verdict.YES


def _header_block_end(data: bytes, block: int, eof: bool) -> int | None:
    """Where the header block that may begin at ``block``, after a "From " line, ends (just
    past its blank line); -1 when no header block begins there, or one too large for a
    message's; None when the data does not reach far enough yet to tell."""
    if not _HEADER_FIELD.match(data, block):
        if eof or data.find(b"\n", block, block + _HEADER_FIELD_REACH) >= 0:
            return -1
        return None if len(data) < block + _HEADER_FIELD_REACH else -1
    body = header_end(data, block, _DATELESS_BLOCK_REACH)
    if body < 0:
        return None if not eof and len(data) < block + _DATELESS_BLOCK_REACH else -1
    return body


# A dateless "From " line's header block is read this far (a block that goes on is a large
# one, or a body's text: not taken for a message).
_DATELESS_BLOCK_REACH = 64 * 1024
_EVERY_MESSAGE_FIELDS = frozenset((b"from", b"date", b"received", b"return-path", b"message-id"))
_NAMING_FIELDS = frozenset((b"subject", b"message-id"))
_SENDING_FIELDS = frozenset((b"from", b"date"))


CONTENT_LENGTH = re.compile(rb"^content-length[ \t]*:[ \t]*([0-9]{1,12})[ \t]*\r?$", re.I | re.M)
_MORE, _WRONG = -2, -3


def _declared_end(header: bytes, body: int) -> int:
    """Where the body ends by the header's Content-Length (mboxcl2, as mutt and Solaris
    write), or -1. A body's "From " lines are not quoted in mboxcl2: the length tells."""
    if b"ength" not in header and b"ENGTH" not in header:
        return -1
    match = CONTENT_LENGTH.search(header)
    return -1 if match is None else body + int(match.group(1))


def _separator_after(data: bytes, end: int, eof: bool) -> int:
    """The separator right after a body that ends at ``end`` by its Content-Length: where it
    begins, -1 when the mailbox ends there, ``_WRONG`` when there is none there (the length
    is wrong), ``_MORE`` when the data does not reach that far yet."""
    if not eof and (end + 2 > len(data) or data.find(b"\n", end + 2) < 0):
        return _MORE
    if eof and 0 <= len(data) - end <= 2 and not data[end:].strip(b"\r\n"):
        return -1  # (only the last two bytes are looked at: this runs for every message)
    # The newline before "From " is the body's last one, or that of a blank line after it.
    for at in (end - 1, end, end + 1):
        if data.startswith(MBOX_SEPARATOR, at) and _FROM_LINE.match(data, at + 1):
            return at
    return _WRONG


_HEADER, _KEEP, _MAYBE, _SKIP = "header", "keep", "maybe", "skip"
_STATE_FOR = {Verdict.NO: _SKIP, Verdict.YES: _KEEP, Verdict.IF_ATTACHED: _MAYBE}
_QUOTED_FROM = re.compile(rb"^>(>*From )", re.MULTILINE)


def scan_mbox_stream(
    stream: Readable, source: str, control: ScanControl, *, offset: int = 0
) -> Iterator[Candidate | ScanProblem]:
    """Split an mbox on its "From " lines, chunk by chunk, keeping only candidate messages.

    ``data`` holds the unread tail of the file from the current message's start (or, while
    skipping a message, only the last few bytes, where a separator may begin).
    """
    stats = control.stats
    data = b""
    base = offset  # file offset of data[0], for the report
    start = 0  # the current message's first byte in data
    search_from = 0  # where the next separator may begin
    state = _HEADER
    attached: bool | None = None  # the current message's structure holds an attached message
    body_end = -1  # where the current message's body ends by its Content-Length, if it has one
    eof = False
    zeroed = False  # NUL bytes were read
    # Where a message naming an edition runs on from the one before it, after a "From " line
    # not taken for a separator; the last one reported.
    run_together: list[int] = []
    reported = -1
    while True:
        while True:
            if state == _HEADER:
                if eof and start >= len(data):
                    return
                end = header_end(data, start, MAX_HEADER_BYTES + 4)
                if end < 0 and not eof:
                    if len(data) - start <= MAX_HEADER_BYTES:
                        break  # the header block continues in the next chunk
                    yield ScanProblem(f"{source} @ {base + start}", "header-too-large")
                    stats.messages_scanned += 1
                    state, search_from = _SKIP, start + 1
                else:
                    end = len(data) if end < 0 else end
                    stats.messages_scanned += 1
                    attached, body_end = None, -1
                    if end - start > MAX_HEADER_BYTES:
                        yield ScanProblem(f"{source} @ {base + start}", "header-too-large")
                        state = _SKIP
                        search_from = end - 1
                    else:
                        header = data[start:end]
                        verdict, multipart = read_header(header)
                        body_end = _declared_end(header, end)
                        state = _STATE_FOR[verdict]
                        # The blank line's newline may precede "From "; a multipart body's
                        # base64 parts cannot hold a separator, so the search skips them.
                        search_from = end - 1
                        if multipart:
                            search_from, attached = separator_free_extent(
                                data, start, end, len(data), saved=state == _MAYBE
                            )
            if body_end >= 0:  # mboxcl2: the body's length, if a separator follows it there
                separator = _separator_after(data, body_end, eof)
                if separator == _MORE and body_end - start <= MAX_MESSAGE_BYTES:
                    break  # read on, keeping the whole message to search it if it is wrong
                if separator < -1:
                    body_end = -1  # a wrong length (edited, converted): search as usual
            if body_end < 0:
                separator, resume = next_separator(
                    data, search_from, eof, zeroed=zeroed, run_together=run_together
                )
                for at in run_together:
                    if base + at > reported:  # (a search resumed may find it again)
                        reported = base + at
                        yield ScanProblem(f"{source} @ {reported}", "run-together")
                run_together.clear()
            if body_end < 0 and separator < 0 and not eof:
                search_from = resume
                if state in (_KEEP, _MAYBE) and len(data) - start > MAX_MESSAGE_BYTES:
                    if state == _KEEP:
                        yield ScanProblem(f"{source} @ {base + start}", "too-large")
                    state = _SKIP  # a large ordinary message with attachments: not ours
                break
            message_end = len(data) if separator < 0 else separator + 1
            too_large = message_end - start > MAX_MESSAGE_BYTES
            if state == _KEEP and too_large:
                yield ScanProblem(f"{source} @ {base + start}", "too-large")
            elif state == _KEEP or (
                state == _MAYBE
                and not too_large
                and (
                    attached
                    if attached is not None
                    else has_attached_message(data, start, message_end)
                )
            ):
                stats.candidates += 1
                yield Candidate(
                    f"{source} @ {base + start}", _unquote_from(data[start:message_end])
                )
            if separator < 0:
                control.tick()
                return
            start = search_from = message_end
            state, body_end = _HEADER, -1
        control.tick()
        # (Skipping, two bytes before the search's resumption are kept: whether a blank line
        # ends there tells whether a dateless "From " line after it is a separator.)
        keep_from = max(0, search_from - 2) if state == _SKIP and body_end < 0 else start
        chunk = stream.read(CHUNK_BYTES)
        if not chunk:
            eof = True
        zeroed = zeroed or b"\x00" in chunk
        stats.bytes_scanned += len(chunk)
        data = data[keep_from:] + chunk
        base += keep_from
        start -= keep_from
        search_from -= keep_from
        if body_end >= 0:
            body_end -= keep_from


def _unquote_from(message: bytes) -> bytes:
    """Drop the "From " envelope line and undo mboxrd ">From " quoting."""
    newline = message.find(b"\n")
    body = message[newline + 1 :] if message.startswith(b"From ") and newline >= 0 else message
    if b"\n>" in body:
        body = _QUOTED_FROM.sub(rb"\1", body)
    return body
