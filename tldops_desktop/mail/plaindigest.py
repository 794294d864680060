"""Mailman's plain-text digests (RFC 1153): the messages in one text body, split again.

A subscriber in digest mode who chose plain text gets, every day or so, one text/plain message
whose body lists the topics, then each message as a few of its headers ("Message: 2", Date,
From, To, Subject, Message-ID...), a blank line and its text, each closed by a line of 30
hyphens. Mailman 3 writes no "Message: N": its messages begin with the headers it keeps. An
edition inside one is read like a part of a MIME digest.
"""

from __future__ import annotations

import re

DIGEST_SUBJECT = re.compile(r"\bdigest,\s+vol\s+\d+,\s+issue\s+\d+", re.IGNORECASE)
_SEPARATOR = re.compile(r"^(?:-{30}|-{70})[ \t]*$")
_MESSAGE_START = re.compile(r"^Message:[ \t]*\d+[ \t]*$")
# The headers a Mailman 3 digest keeps of a message (its plain_digest_keep_headers), the first
# of which that the message has begins it; then more header fields, up to a blank line.
_KEPT_HEADER = re.compile(
    r"^(?:Date|From|Subject|To|Cc|Message-ID|Keywords|Content-Type)[ \t]*:", re.IGNORECASE
)
_HEADER_LINE = re.compile(r"^(?:[!-9;-~]{1,80}[ \t]*:|[ \t])")
_AFTER_LAST = re.compile(r"^(?:Subject:[ \t]*Digest Footer|End of .* Digest\b)", re.IGNORECASE)
# Headers of the message as it was: its text is now the digest's, decoded, in UTF-8 here.
_DROPPED = ("content-type:", "content-transfer-encoding:", "mime-version:")


def is_plain_digest(subject: str) -> bool:
    return DIGEST_SUBJECT.search(subject) is not None


def digest_messages(text: str) -> list[bytes]:
    """The messages of a plain digest's body, each as a message of its own (UTF-8 text).

    A separator counts only when what follows it is a message ("Message: N"), the digest's
    footer or its end, so a line of hyphens inside a message does not split it.
    """
    lines = text.replace("\r\n", "\n").split("\n")
    starts: list[int] = []  # the "Message: N" lines
    ends: list[int] = []  # the separators that close something
    for index, line in enumerate(lines):
        if not _SEPARATOR.match(line):
            continue
        following = next((n for n in range(index + 1, len(lines)) if lines[n].strip()), None)
        if following is None or _AFTER_LAST.match(lines[following]):
            ends.append(index)
        elif _opens_message(lines, following):
            ends.append(index)
            starts.append(following)
    messages = []
    for start in starts:
        stop = next((e for e in ends if e > start), len(lines))
        messages.append(_as_message(lines[start:stop]))
    return messages


def _opens_message(lines: list[str], index: int) -> bool:
    """Whether a message begins at ``lines[index]``, the first line after a separator: Mailman
    2's "Message: N", or a header block of the headers Mailman 3 keeps."""
    if _MESSAGE_START.match(lines[index]):
        return True
    if not _KEPT_HEADER.match(lines[index]):
        return False
    for line in lines[index + 1 :]:
        if not line.strip():
            return True
        if not _HEADER_LINE.match(line):
            return False
    return False


def _as_message(lines: list[str]) -> bytes:
    blank = next((n for n, line in enumerate(lines) if not line.strip()), len(lines))
    first = 1 if _MESSAGE_START.match(lines[0]) else 0  # not the "Message: N" line
    fields = _fields(lines[first:blank])
    # Mailman 3 gives a multipart message's body as it was, MIME parts and all (base64 ones
    # too), under its own Content-Type: read as that, where its parts are there. Any other
    # text is the digest's, decoded.
    multipart = any(_holds_parts(" ".join(f), lines[blank + 1 :]) for f in fields)
    dropped = ("content-transfer-encoding:",) if multipart else _DROPPED
    head = [line for f in fields if not f[0].casefold().startswith(dropped) for line in f]
    if not multipart:
        head.append('Content-Type: text/plain; charset="utf-8"')
    return ("\n".join([*head, "", *lines[blank + 1 :]]) + "\n").encode("utf-8", "replace")


_MULTIPART = re.compile(
    r'^content-type:\s*multipart/[^;]*;.*\bboundary\s*=\s*"?([^";\s]+)', re.IGNORECASE
)


def _holds_parts(field: str, body: list[str]) -> bool:
    """Whether ``field`` is a multipart Content-Type whose parts are in ``body``."""
    found = _MULTIPART.match(field)
    return found is not None and any(line.startswith("--" + found.group(1)) for line in body)


def _fields(lines: list[str]) -> list[list[str]]:
    """Header lines grouped into fields: each with the lines that continue it (folded)."""
    fields: list[list[str]] = []
    for line in lines:
        if line[:1] in (" ", "\t") and fields:
            fields[-1].append(line)
        else:
            fields.append([line])
    return fields
