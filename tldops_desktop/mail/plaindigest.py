"""Mailman's plain-text digests (RFC 1153): the messages in one text body, split again.

A subscriber in digest mode who chose plain text gets, every day or so, one text/plain message
whose body lists the topics, then each message as a few of its headers ("Message: 2", Date,
From, To, Subject, Message-ID...), a blank line and its text, each closed by a line of 30
hyphens. An edition inside one is read like a part of a MIME digest.
"""

from __future__ import annotations

import re

DIGEST_SUBJECT = re.compile(r"\bdigest,\s+vol\s+\d+,\s+issue\s+\d+", re.IGNORECASE)
_SEPARATOR = re.compile(r"^(?:-{30}|-{70})[ \t]*$")
_MESSAGE_START = re.compile(r"^Message:[ \t]*\d+[ \t]*$")
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
        elif _MESSAGE_START.match(lines[following]):
            ends.append(index)
            starts.append(following)
    messages = []
    for start in starts:
        stop = next((e for e in ends if e > start), len(lines))
        messages.append(_as_message(lines[start:stop]))
    return messages


def _as_message(lines: list[str]) -> bytes:
    blank = next((n for n, line in enumerate(lines) if not line.strip()), len(lines))
    head = [
        line
        for line in lines[1:blank]  # not the "Message: N" line
        if not line.casefold().startswith(_DROPPED)
    ]
    head.append('Content-Type: text/plain; charset="utf-8"')
    return ("\n".join([*head, "", *lines[blank + 1 :]]) + "\n").encode("utf-8", "replace")
