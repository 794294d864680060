"""Header and body decoding that never raises: RFC 2047 words, transfer encodings, charsets."""

from __future__ import annotations

import binascii
import codecs
import re
from email.errors import HeaderParseError
from email.header import decode_header
from email.message import Message

_FALLBACK_CHARSETS = ("utf-8", "cp1252", "latin-1")
_WEAK_DECLARATIONS = {"ascii", "iso8859-1", "iso8859-15", "cp1252"}
_ENCODED_WORD = re.compile(r"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=")


def decode_header_value(raw: str | bytes) -> str:
    """An unfolded, decoded header value (RFC 2047 words in any charset, or raw 8-bit text)."""
    text = bytes_to_text(raw, None) if isinstance(raw, bytes) else raw
    text = re.sub(r"\r?\n[ \t]", " ", text)
    if "=?" not in text or not _ENCODED_WORD.search(text):
        return " ".join(text.split())
    try:
        parts = decode_header(text)
    except (ValueError, LookupError, AssertionError, HeaderParseError, binascii.Error):
        # A broken encoded word (bad base64, say): keep the text as it stands.
        return " ".join(text.split())
    out: list[str] = []
    for chunk, charset in parts:
        if isinstance(chunk, bytes):
            out.append(bytes_to_text(chunk, charset))
        else:
            out.append(chunk)
    # decode_header keeps the whitespace between encoded and plain words in the plain chunks.
    return " ".join("".join(out).split())


def bytes_to_text(data: bytes, declared: str | None) -> str:
    """Text from bytes, by the declared charset where it fits, never raising.

    A declared Latin-1/ASCII that is really UTF-8 (a common mislabel in saved copies) reads
    as UTF-8.
    """
    charset = _known_charset(declared)
    if charset and charset not in _WEAK_DECLARATIONS:
        try:
            return data.decode(charset)
        except UnicodeDecodeError:
            pass  # mislabelled: the fallbacks below read it
    for candidate in _FALLBACK_CHARSETS:
        if candidate == "cp1252" and charset and charset not in _WEAK_DECLARATIONS:
            continue
        try:
            return data.decode(candidate)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")  # unreachable: latin-1 maps every byte


def _known_charset(declared: str | None) -> str | None:
    if not declared:
        return None
    name = declared.strip().strip('"').casefold()
    try:
        return codecs.lookup(name).name
    except (LookupError, ValueError):  # unknown, or not even a name ("utf-8\0")
        return None


def part_text(part: Message) -> str:
    """The decoded text of a leaf part: transfer encoding, then charset."""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        raw = part.get_payload()
        return raw if isinstance(raw, str) else ""
    return bytes_to_text(payload, part.get_content_charset())


def header_values(message: Message, name: str) -> list[str]:
    values = message.get_all(name) or []
    return [decode_header_value(str(v)) for v in values]
