"""The cheap test, on a message's header block alone, of whether it may hold an edition.

Run on every message of a mailbox, so it works on bytes and decodes only what it must.
"""

from __future__ import annotations

import base64
import binascii
import re
from enum import Enum

from tldops_desktop.mail.decode import decode_header_value
from tldops_desktop.mail.identity import SUBJECT_PATTERN


class Verdict(Enum):
    NO = 0
    YES = 1  # the subject names an edition, or it is a digest
    IF_ATTACHED = 2  # multipart/mixed: an edition may be attached as message/rfc822


_SUBJECT = re.compile(rb"^subject[ \t]*:(.*(?:\r?\n[ \t].*)*)", re.IGNORECASE | re.MULTILINE)
_CONTENT_TYPE = re.compile(
    rb"^content-type[ \t]*:[ \t\r\n]*([A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+)",
    re.IGNORECASE | re.MULTILINE,
)
_B_WORD = re.compile(rb"=\?[^?\s]+\?[bB]\?([A-Za-z0-9+/=]*)\?=")


def header_end(data: bytes, start: int = 0, limit: int | None = None) -> int:
    """The offset just past the blank line that ends the header block, or -1.

    Looks no further than ``limit`` bytes past ``start``.
    """
    if data.startswith((b"\n", b"\r\n"), start):
        return start + (1 if data[start : start + 1] == b"\n" else 2)
    stop = len(data) if limit is None else min(len(data), start + limit)
    lf = data.find(b"\n\n", start, stop)
    if lf >= 0 and data.find(b"\r", start, lf) < 0:
        return lf + 2  # no CR before it (a one-byte search): no CRLF blank line either
    # A CRLF blank line can only come first if it starts before the LF one does.
    crlf = data.find(b"\n\r\n", start, stop if lf < 0 else lf + 1)
    if crlf >= 0:
        return crlf + 3
    return lf + 2 if lf >= 0 else -1


def _may_name_an_edition(header: bytes, lowered: bytes) -> bool:
    """Plain and Q-encoded subjects show the word; B-encoded ones are decoded first."""
    if b"repository" in lowered:
        return True
    if b"?b?" not in lowered:
        return False
    for match in _B_WORD.finditer(header):
        try:
            if b"epositor" in base64.b64decode(match.group(1)).lower():
                return True
        except (binascii.Error, ValueError):
            return True  # undecodable here: let the full decoder judge
    return False


def classify(header: bytes) -> Verdict:
    return read_header(header)[0]


def read_header(header: bytes) -> tuple[Verdict, bool]:
    """The verdict on a header block, and whether it may be a multipart message's."""
    lowered = header.lower()
    multipart = b"multipart" in lowered
    if _may_name_an_edition(header, lowered):
        for match in _SUBJECT.finditer(header):
            if SUBJECT_PATTERN.search(decode_header_value(match.group(1))):
                return Verdict.YES, multipart
    if not multipart:
        return Verdict.NO, False
    content_type = _CONTENT_TYPE.search(header)
    if content_type is None:
        return Verdict.NO, True
    value = content_type.group(1).lower()
    if value == b"multipart/digest":
        return Verdict.YES, True
    if value == b"multipart/mixed":  # where forwards and Mailman digests put attached mail
        return Verdict.IF_ATTACHED, True
    return Verdict.NO, True
