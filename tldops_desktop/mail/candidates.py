"""The cheap test, on a message's header block alone, of whether it may hold an edition.

Run on every message of a mailbox, so it works on bytes and decodes only what it must.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator
from enum import IntEnum

from tldops_desktop.mail.decode import decode_header_value
from tldops_desktop.mail.identity import SUBJECT_PATTERN, stamp_near_miss
from tldops_desktop.mail.plaindigest import is_plain_digest


class Verdict(IntEnum):
    NO = 0
    YES = 1  # the subject names an edition, or it is a digest
    IF_ATTACHED = 2  # multipart/mixed: an edition may be attached as message/rfc822


# Where forwards and Mailman digests put attached mail: multipart/mixed, also inside a
# signed (S/MIME, PGP/MIME) message; and where a bounce returns the message it could not
# deliver (a delivery status notification, multipart/report).
_MAY_ATTACH = (b"multipart/mixed", b"multipart/signed", b"multipart/report")
_FOLD = re.compile(rb"\r?\n[ \t]+")
_ENCODED_WORD = re.compile(rb"=\?[^?\s]+\?([bBqQ])\?([^?\s]*)\?=")


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
    if lf >= 0:
        return lf + 2
    # Lines that end in CR CR LF: a CRLF file converted to CRLF once more (a transfer in text
    # mode, a Windows tool). ``message.examine`` reads them as CRLF.
    crcrlf = data.find(b"\n\r\r\n", start, stop)
    return crcrlf + 4 if crcrlf >= 0 else -1


def _may_name_an_edition(subject: bytes) -> bool:
    """Whether a raw subject may hold the title: plain ones show it; in encoded ones (RFC 2047,
    where a word may be split over two encoded words, or written in hex escapes) it shows
    once the words' bytes are decoded and joined, in any ASCII-compatible charset."""
    if b"repository" in subject.lower():
        return True
    if b"\n" in subject:  # folded: perhaps in the middle of a word, as some clients do
        subject = _FOLD.sub(b"", subject)  # (or of an encoded word)
        if b"repository" in subject.lower():
            return True
    if b"=?" not in subject:
        return False
    try:
        joined = b"".join(map(_word_bytes, _ENCODED_WORD.finditer(subject)))
    except (binascii.Error, ValueError):
        return True  # a word broken here: let the full decoder judge
    return b"repository" in joined.lower()


def _word_bytes(word: re.Match[bytes]) -> bytes:
    if word.group(1) in (b"b", b"B"):
        text = word.group(2)
        return base64.b64decode(text + b"=" * (-len(text) % 4))
    return binascii.a2b_qp(word.group(2), header=True)


def field_values(header: bytes, lowered: bytes, name: bytes) -> list[bytes]:
    """The raw values of the header fields called ``name`` (lower case), folded lines and all,
    as ``^name[ \t]*:(.*(?:\r?\n[ \t].*)*)`` finds them; ``lowered`` is ``header.lower()``.

    A few ``find`` calls instead of that regex, which, case-insensitive, cannot skip ahead:
    this runs on the header block of every message of a mailbox.
    """
    return list(_field_values(header, lowered, name))


def first_field_value(header: bytes, lowered: bytes, name: bytes) -> bytes | None:
    """The first of ``field_values``, the rest of the block not searched."""
    return next(_field_values(header, lowered, name), None)


def _field_values(header: bytes, lowered: bytes, name: bytes) -> Iterator[bytes]:
    at = 0 if lowered.startswith(name) else lowered.find(b"\n" + name) + 1
    while at >= 0 and (at > 0 or lowered.startswith(name)):
        colon = at + len(name)
        while lowered[colon : colon + 1] in (b" ", b"\t"):
            colon += 1
        if lowered[colon : colon + 1] == b":":
            end = lowered.find(b"\n", colon)
            while end >= 0 and lowered[end + 1 : end + 2] in (b" ", b"\t"):
                end = lowered.find(b"\n", end + 1)
            yield header[colon + 1 : len(header) if end < 0 else end]
        found = lowered.find(b"\n" + name, at + 1)
        at = found + 1 if found >= 0 else -1


class LineStartPattern:
    """A pattern for a field at a line's start, in a header block in lower case: what
    ``re.compile("^" + pattern, re.IGNORECASE | re.MULTILINE).search`` finds in the block as
    it was. Searched for as a literal "\\n" and name, which the regex engine skips to
    quickly (a case-insensitive pattern is tried at every byte)."""

    def __init__(self, pattern: bytes) -> None:
        self._first = re.compile(pattern, re.MULTILINE)  # on the block's first line
        self._later = re.compile(rb"\n" + pattern, re.MULTILINE)

    def search(self, lowered: bytes) -> re.Match[bytes] | None:
        return self._first.match(lowered) or self._later.search(lowered)


_MEDIA_TYPE = re.compile(rb"[ \t\r\n]*([a-z0-9!#$&^_.+-]+/[a-z0-9!#$&^_.+-]+)")


def _content_type(lowered: bytes) -> bytes | None:
    """The first Content-Type field's media type, in a header block in lower case."""
    for value in _field_values(lowered, lowered, b"content-type"):
        found = _MEDIA_TYPE.match(value)
        if found is not None:
            return found.group(1)
    return None


def classify(header: bytes) -> Verdict:
    return read_header(header)[0]


def read_header(header: bytes) -> tuple[Verdict, bool]:
    """The verdict on a header block, and whether it may be a multipart message's."""
    lowered = header.lower()
    verdict, multipart = _read_header(header, lowered)
    if verdict is not Verdict.NO and _expunged(lowered):
        return Verdict.NO, multipart
    return verdict, multipart


_MOZILLA_STATUS = LineStartPattern(rb"x-mozilla-status[ \t]*:[ \t]*([0-9a-f]{1,8})[ \t]*\r?$")
_MOZILLA_EXPUNGED = 0x0008  # nsMsgMessageFlags::Expunged
# The flags' high half (nsMsgMessageFlags::IMAPDeleted, 0x00200000): a message of an IMAP
# account's offline store deleted on the server under the "mark it as deleted" model, kept
# there until the folder is expunged. Deleted as the expunged one is.
_MOZILLA_STATUS2 = LineStartPattern(rb"x-mozilla-status2[ \t]*:[ \t]*([0-9a-f]{1,8})[ \t]*\r?$")
_MOZILLA_IMAP_DELETED = 0x00200000
# The IMAP flags an mbox keeps in the message (UW-IMAP, Dovecot, Pine/Alpine): "D" is \Deleted,
# a message deleted but not yet expunged.
_X_STATUS = LineStartPattern(rb"x-status[ \t]*:[ \t]*([a-z]{0,8})[ \t]*\r?$")
# Evolution's "X-Evolution: <uid>-<flags>" (hex), CAMEL_MESSAGE_DELETED = 0x02.
_X_EVOLUTION = LineStartPattern(rb"x-evolution[ \t]*:[ \t]*[0-9a-f]{1,16}-([0-9a-f]{1,8})\b")
_EVOLUTION_DELETED = 0x02
# Google Takeout's "X-Gmail-Labels: Trash,Opened": the labels, comma-separated (a label with a
# comma in it quoted); a message in Gmail's Trash was deleted there, to be erased in 30 days.
_GMAIL_LABELS = LineStartPattern(rb"x-gmail-labels[ \t]*:([^\r\n]*)")


def _expunged(lowered: bytes) -> bool:
    """Whether the mail client deleted the message: Thunderbird (in a local folder and in an
    IMAP account's offline store), UW-IMAP, Dovecot and Evolution mark it so in the mbox,
    where it stays until the folder is compacted or expunged, shown nowhere; Google Takeout
    exports Gmail's Trash with the rest. Read, it would come back as the user's edition."""
    status = _MOZILLA_STATUS.search(lowered)
    if status is not None and int(status.group(1), 16) & _MOZILLA_EXPUNGED:
        return True
    status2 = _MOZILLA_STATUS2.search(lowered)
    if status2 is not None and int(status2.group(1), 16) & _MOZILLA_IMAP_DELETED:
        return True
    flags = _X_STATUS.search(lowered)
    if flags is not None and b"d" in flags.group(1):
        return True
    evolution = _X_EVOLUTION.search(lowered)
    if evolution is not None and int(evolution.group(1), 16) & _EVOLUTION_DELETED:
        return True
    labels = _GMAIL_LABELS.search(lowered)
    return labels is not None and b"trash" in (
        label.strip().strip(b'"').strip() for label in labels.group(1).split(b",")
    )


def _read_header(header: bytes, lowered: bytes) -> tuple[Verdict, bool]:
    multipart = b"multipart" in lowered
    if _subject_may_count(header, lowered):
        return _subject_verdict(header, lowered, multipart)
    return _structure_verdict(lowered, multipart)


def _subject_may_count(header: bytes, lowered: bytes) -> bool:
    """Whether a subject may name an edition or a digest: what ``_subject_verdict`` looks
    for shows somewhere in the block (most blocks hold none of it; finding the subjects
    costs more than these searches). A subject folded in the middle of "Repository" shows
    the title's other words (not the list's name: every message from the list has it)."""
    return (
        b"repository" in lowered
        or b"=?" in header
        or b"digest, vol" in lowered
        or b"incident response" in lowered
    )


def _subject_verdict(header: bytes, lowered: bytes, multipart: bool) -> tuple[Verdict, bool]:
    # Only the subjects are searched for the title, not the whole block (DKIM signatures and
    # Received lines make it kilobytes long).
    for subject in field_values(header, lowered, b"subject"):
        if _may_name_an_edition(subject):
            decoded = decode_header_value(subject)
            if SUBJECT_PATTERN.search(decoded) or stamp_near_miss(decoded):
                return Verdict.YES, multipart
        if b"digest, vol" in subject.lower() and is_plain_digest(decode_header_value(subject)):
            return Verdict.YES, multipart  # a list's digest, plain text (RFC 1153) or MIME
    return _structure_verdict(lowered, multipart)


_WHOLE_MESSAGE_TYPES = (b"message/rfc822", b"message/global")
_PKCS7_TYPES = (b"application/pkcs7-mime", b"application/x-pkcs7-mime")


def _may_be_opaque_signed(lowered: bytes) -> bool:
    """Whether a header block is an opaque-signed S/MIME message's (``smime``): not one
    that says it is encrypted."""
    kind = _content_type(lowered)
    octet_stream = kind == b"application/octet-stream" and b".p7m" in lowered
    if kind not in _PKCS7_TYPES and not octet_stream:
        return False
    return b"enveloped-data" not in lowered and b"compressed-data" not in lowered


def _structure_verdict(lowered: bytes, multipart: bool) -> tuple[Verdict, bool]:
    """The verdict by the message's type alone."""
    if not multipart:
        if b"message/" in lowered and _content_type(lowered) in _WHOLE_MESSAGE_TYPES:
            return Verdict.YES, False  # a message that wraps another whole (a forward)
        if (b"pkcs7" in lowered or b".p7m" in lowered) and _may_be_opaque_signed(lowered):
            return Verdict.YES, False  # what it signs, a forward perhaps, is inside it
        return Verdict.NO, False
    value = _content_type(lowered)
    if value is None:
        return Verdict.NO, True
    if value == b"multipart/digest":
        return Verdict.YES, True
    if value in _MAY_ATTACH:
        return Verdict.IF_ATTACHED, True
    return Verdict.NO, True
