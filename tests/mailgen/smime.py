"""Opaque-signed S/MIME messages (RFC 8551 "signed-data"): the signed MIME entity inside a
CMS SignedData structure, in DER as most clients write it or in BER (indefinite lengths,
the content in pieces) as streaming signers (OpenSSL's ``-stream``) do. The signature is a
stand-in: the structure is what a reader walks."""

from __future__ import annotations

import base64
import random

_SIGNED_DATA = bytes.fromhex("06092a864886f70d010702")
_DATA = bytes.fromhex("06092a864886f70d010701")
_SHA256 = bytes.fromhex("300d06096086480165030402010500")
_RSA = bytes.fromhex("300d06092a864886f70d0101010500")


def _der(tag: int, content: bytes) -> bytes:
    size = len(content)
    if size < 0x80:
        return bytes([tag, size]) + content
    length = size.to_bytes((size.bit_length() + 7) // 8, "big")
    return bytes([tag, 0x80 | len(length)]) + length + content


def _ber(tag: int, *content: bytes) -> bytes:
    return bytes([tag, 0x80]) + b"".join(content) + b"\x00\x00"


def signed_data(content: bytes, *, ber: bool = False, seed: int = 0) -> bytes:
    """A CMS ContentInfo holding SignedData that carries ``content``."""
    signature = random.Random(seed).randbytes(256)
    signer = _der(0x30, _der(0x02, b"\x01") + _der(0x30, b"") + _SHA256 + _RSA
                  + _der(0x04, signature))  # fmt: skip
    head = _der(0x02, b"\x01") + _der(0x31, _SHA256)
    if ber:
        pieces = [_der(0x04, content[i : i + 1000]) for i in range(0, len(content), 1000)]
        encap = _ber(0x30, _DATA, _ber(0xA0, _ber(0x24, *pieces)))
        return _ber(0x30, _SIGNED_DATA, _ber(0xA0, _ber(0x30, head, encap, _der(0x31, signer))))
    encap = _der(0x30, _DATA + _der(0xA0, _der(0x04, content)))
    return _der(0x30, _SIGNED_DATA + _der(0xA0, _der(0x30, head + encap + _der(0x31, signer))))


def opaque_signed_message(
    headers: str, entity: bytes, *, ber: bool = False, old_type: bool = False
) -> bytes:
    """A message whose body is ``entity`` (a MIME entity, CRLF line ends) signed opaquely:
    ``headers`` (From, To, Subject ... LF line ends) then the signature as base64."""
    kind = "application/x-pkcs7-mime" if old_type else "application/pkcs7-mime"
    body = base64.encodebytes(signed_data(entity, ber=ber)).decode("ascii")
    return (
        headers.rstrip("\n") + "\nMIME-Version: 1.0\n"
        f'Content-Type: {kind}; smime-type=signed-data; name="smime.p7m"\n'
        "Content-Transfer-Encoding: base64\n"
        'Content-Disposition: attachment; filename="smime.p7m"\n\n' + body
    ).encode("ascii")
