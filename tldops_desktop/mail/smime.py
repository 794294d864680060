"""The message inside an opaque-signed S/MIME message (RFC 8551 "signed-data", a .p7m): the
signed MIME entity is carried inside the signature's own structure (CMS SignedData, DER or
BER), where a mail reader shows it. An edition forwarded so is in there.

Only the structure is walked, to the signed content; the signature is not checked (it would
tell who forwarded the edition, while the list's headers on the forwarded message tell
whether the list sent it).
"""

from __future__ import annotations

from email.message import Message

_SIGNED_DATA = bytes.fromhex("2a864886f70d010702")  # 1.2.840.113549.1.7.2
_SEQUENCE, _SET, _INTEGER, _OID = 0x30, 0x31, 0x02, 0x06
_OCTETS, _OCTETS_CONSTRUCTED, _EXPLICIT_0 = 0x04, 0x24, 0xA0
_MAX_DEPTH = 16  # of nested BER elements of indefinite length, beyond any real signature

_PKCS7_TYPES = ("application/pkcs7-mime", "application/x-pkcs7-mime")
_OCTET_STREAM = "application/octet-stream"


class _Malformed(ValueError):
    """DER or BER that does not hold together: a damaged or truncated signature."""


def may_be_opaque_signed(message: Message) -> bool:
    """Whether ``message`` is typed as an S/MIME message that may be opaque-signed: its
    smime-type says so, or says nothing (old clients; a .p7m sent as octet-stream)."""
    kind = message.get_content_type()
    if kind not in _PKCS7_TYPES and not (kind == _OCTET_STREAM and _named_p7m(message)):
        return False
    smime_type = str(message.get_param("smime-type", "")).casefold()
    return smime_type in ("", "signed-data")


def _named_p7m(message: Message) -> bool:
    name = message.get_filename("") or message.get_param("name", "") or ""
    return isinstance(name, str) and name.casefold().endswith(".p7m")


def signed_content(der: bytes) -> bytes | None:
    """The content a CMS SignedData structure (``ContentInfo``) carries; None when ``der``
    is not one, or carries none (a detached signature)."""
    try:
        return _signed_content(der)
    except (_Malformed, IndexError):
        return None


def _signed_content(der: bytes) -> bytes | None:
    # ContentInfo ::= SEQUENCE { contentType OID, [0] EXPLICIT SignedData }
    tag, at, _ = _header(der, 0)
    _expect(tag, _SEQUENCE)
    tag, body, oid_end = _header(der, at)
    if tag != _OID or der[body:oid_end] != _SIGNED_DATA:
        return None
    tag, at, _ = _header(der, oid_end)
    _expect(tag, _EXPLICIT_0)
    # SignedData ::= SEQUENCE { version, digestAlgorithms SET, encapContentInfo, ... }
    tag, at, _ = _header(der, at)
    _expect(tag, _SEQUENCE)
    at = _skip(der, at, _INTEGER)
    at = _skip(der, at, _SET)
    # EncapsulatedContentInfo ::= SEQUENCE { eContentType OID, [0] EXPLICIT OCTET STRING }
    tag, at, info_end = _header(der, at)
    _expect(tag, _SEQUENCE)
    at = _skip(der, at, _OID)
    if at == info_end or der[at : at + 2] == b"\x00\x00":
        return None  # no content: a detached signature
    tag, at, _ = _header(der, at)
    _expect(tag, _EXPLICIT_0)
    return _octets(der, at, 0)


def _octets(der: bytes, at: int, depth: int) -> bytes:
    """An OCTET STRING's bytes, also one in pieces (BER, as streaming signers write it)."""
    if depth > _MAX_DEPTH:
        raise _Malformed("nested too deeply")
    tag, body, end = _header(der, at)
    if tag == _OCTETS:
        return der[body:end]
    _expect(tag, _OCTETS_CONSTRUCTED)
    pieces = []
    at = body
    while at < len(der) and not (end < 0 and der[at : at + 2] == b"\x00\x00") and at != end:
        pieces.append(_octets(der, at, depth + 1))
        at = _element_end(der, at, depth + 1)
    return b"".join(pieces)


def _header(der: bytes, at: int) -> tuple[int, int, int]:
    """The tag of the element at ``at``, where its contents begin, and where they end (-1
    for BER's indefinite length, ended by two zero bytes)."""
    tag = der[at]
    if tag & 0x1F == 0x1F:
        raise _Malformed("multi-byte tag")
    first = der[at + 1]
    at += 2
    if first < 0x80:
        length = first
    elif first == 0x80:
        return tag, at, -1
    else:
        count = first & 0x7F
        if count > 4:
            raise _Malformed("length too long")
        length = int.from_bytes(der[at : at + count], "big")
        at += count
    if at + length > len(der):
        raise _Malformed("beyond the data")
    return tag, at, at + length


def _element_end(der: bytes, at: int, depth: int = 0) -> int:
    """Where the element at ``at`` ends (after its end-of-contents bytes, if BER's)."""
    if depth > _MAX_DEPTH:
        raise _Malformed("nested too deeply")
    _, body, end = _header(der, at)
    if end >= 0:
        return end
    at = body
    while der[at : at + 2] != b"\x00\x00":
        at = _element_end(der, at, depth + 1)
    return at + 2


def _skip(der: bytes, at: int, tag: int) -> int:
    _expect(der[at], tag)
    return _element_end(der, at)


def _expect(tag: int, wanted: int) -> None:
    if tag != wanted:
        raise _Malformed(f"tag {tag:#x}, not {wanted:#x}")
