"""An edition forwarded encrypted (S/MIME, PGP/MIME), as security teams send mail: what it
holds cannot be read here, but the user sees it, decrypted, in the mail program. It is named
in the report, not passed over."""

from __future__ import annotations

import base64
import random
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.mailgen.containers import write_mbox
from tests.mailgen.editions import with_stamp
from tests.mailgen.messages import edition_message, subject_for
from tests.mailgen.scenario import edition_chain
from tests.mailgen.smime import opaque_signed_message, signed_data
from tldops_desktop.mail.message import MessageResult, examine
from tldops_desktop.mail.scan import scan
from tldops_desktop.mail.scan_items import Candidate
from tldops_desktop.mail.smime import signed_content

STAMP = "20261101-0600"


def _ciphertext(seed: int) -> str:
    return base64.encodebytes(random.Random(seed).randbytes(3000)).decode("ascii")


def smime(subject: str) -> bytes:
    """An S/MIME encrypted message as Thunderbird and Outlook send one."""
    return (
        "From: Pat Colleague <pat@registry.example>\nTo: Member <member@registry.example>\n"
        f"Subject: {subject}\nDate: Tue, 03 Nov 2026 09:12:00 +0100\n"
        "Message-ID: <enc1@registry.example>\nMIME-Version: 1.0\n"
        'Content-Type: application/pkcs7-mime; name="smime.p7m"; smime-type=enveloped-data\n'
        "Content-Transfer-Encoding: base64\n"
        'Content-Disposition: attachment; filename="smime.p7m"\n'
        "Content-Description: S/MIME Encrypted Message\n\n" + _ciphertext(1)
    ).encode("ascii")


def pgp_mime(subject: str) -> bytes:
    """A PGP/MIME encrypted message (RFC 3156), as Thunderbird sends one."""
    return (
        "From: Pat Colleague <pat@registry.example>\nTo: Member <member@registry.example>\n"
        f"Subject: {subject}\nDate: Tue, 03 Nov 2026 09:12:00 +0100\n"
        "Message-ID: <enc2@registry.example>\nMIME-Version: 1.0\n"
        'Content-Type: multipart/encrypted; protocol="application/pgp-encrypted";\n'
        ' boundary="------------enc2"\n\n'
        "This is an OpenPGP/MIME encrypted message (RFC 4880 and 3156)\n"
        "--------------enc2\nContent-Type: application/pgp-encrypted\n"
        "Content-Description: PGP/MIME version identification\n\nVersion: 1\n\n"
        '--------------enc2\nContent-Type: application/octet-stream; name="encrypted.asc"\n'
        "Content-Description: OpenPGP encrypted message\n"
        'Content-Disposition: inline; filename="encrypted.asc"\n\n'
        "-----BEGIN PGP MESSAGE-----\n\n" + _ciphertext(2) + "-----END PGP MESSAGE-----\n\n"
        "--------------enc2--\n"
    ).encode("ascii")


def _examined(path: Path) -> list[MessageResult]:
    return [examine(i.data, i.source) for i in scan([str(path)]) if isinstance(i, Candidate)]


@pytest.mark.parametrize("build", [smime, pgp_mime])
@pytest.mark.parametrize("prefix", ["Fwd: ", "WG: ", ""])
def test_an_edition_forwarded_encrypted_is_named(
    tmp_path: Path, build: Callable[[str], bytes], prefix: str
) -> None:
    inbox = tmp_path / "Inbox"
    write_mbox(inbox, [build(prefix + subject_for(STAMP))], style="thunderbird")
    (result,) = _examined(inbox)
    assert result.editions == []
    assert [(p.code, p.detail) for p in result.problems] == [("encrypted", STAMP)]


@pytest.mark.parametrize("build", [smime, pgp_mime])
def test_other_encrypted_mail_and_replies_are_not_named(
    tmp_path: Path, build: Callable[[str], bytes]
) -> None:
    inbox = tmp_path / "Inbox"
    write_mbox(inbox, [build("Incident 4711: our new key"), build("Re: " + subject_for(STAMP))])
    assert [p for r in _examined(inbox) for p in r.problems] == []


# -- opaque-signed S/MIME: the forward is inside the signature ---------------------------------


def _signed_forward(subject: str, edition: bytes, **kwargs: bool) -> bytes:
    """A colleague's forward of ``edition``, attached, signed opaquely (Outlook's "send as
    opaque signed", OpenSSL's ``smime -sign -nodetach``)."""
    entity = (
        b'Content-Type: multipart/mixed; boundary="fwd1"\n\n--fwd1\n'
        b"Content-Type: text/plain; charset=utf-8\n\nFYI, this month's repository.\n\n--fwd1\n"
        b'Content-Type: message/rfc822\nContent-Disposition: attachment; filename="ed.eml"\n\n'
        + edition
        + b"\n--fwd1--\n"
    ).replace(b"\n", b"\r\n")
    headers = (
        "From: Pat Colleague <pat@registry.example>\nTo: Member <member@registry.example>\n"
        f"Subject: {subject}\nDate: Tue, 03 Nov 2026 09:12:00 +0100\n"
        "Message-ID: <signed1@registry.example>\n"
    )
    return opaque_signed_message(headers, entity, **kwargs)


@pytest.mark.parametrize("subject", ["Fwd: " + subject_for(STAMP), "FYI"])
@pytest.mark.parametrize(("ber", "old_type"), [(False, False), (True, False), (False, True)])
def test_an_edition_forwarded_in_an_opaque_signed_message_is_read(
    tmp_path: Path, subject: str, ber: bool, old_type: bool
) -> None:
    (edition,) = edition_chain([STAMP], seed=4, members=3)
    spoof = with_stamp(edition, "20261001-0600")
    inbox = tmp_path / "Inbox"
    write_mbox(
        inbox,
        [
            _signed_forward(subject, edition_message(edition), ber=ber, old_type=old_type),
            _signed_forward(subject, edition_message(spoof, trusted=False), ber=ber),
        ],
        style="thunderbird",
    )
    results = _examined(inbox)
    found = [(e.stamp, e.trusted, e.container) for r in results for e in r.editions]
    assert found == [(STAMP, True, "forward"), ("20261001-0600", False, "forward")]
    assert [p for r in results for p in r.problems] == []
    members = {m.tld.ace: len(m.contacts) for m in results[0].editions[0].body.members}
    assert members == {m.ace: len(m.contacts) for m in edition.members}


def test_an_opaque_signature_with_no_content_is_not_read() -> None:
    """A signature cut short, or bytes that are no signature, hold no message."""
    assert signed_content(signed_data(b"x")[:-3]) is None
    assert signed_content(random.Random(3).randbytes(400)) is None
    assert signed_content(b"") is None


def test_an_opaque_signed_forward_with_raw_8bit_header_fields_is_read(tmp_path: Path) -> None:
    """Its own fields (a subject in raw Latin-1 and UTF-8) stay on the message inside."""
    (edition,) = edition_chain([STAMP], seed=4, members=3)
    data = _signed_forward("FYI", edition_message(edition))
    data = data.replace(b"Subject: FYI", b"Subject: Fwd: caf\xe9 \xe4\xb8\xad", 1)
    data = data.replace(b"From: Pat Colleague", b"From: Ren\xe9 Coll\xe8gue", 1)
    inbox = tmp_path / "Inbox"
    write_mbox(inbox, [data], style="thunderbird")
    (result,) = _examined(inbox)
    assert [(e.stamp, e.trusted) for e in result.editions] == [(STAMP, True)]
    assert result.problems == []


def test_an_opaque_signed_forward_sent_as_an_octet_stream_p7m_is_read(tmp_path: Path) -> None:
    """Some clients send the signature as a file: application/octet-stream, "smime.p7m"."""
    (edition,) = edition_chain([STAMP], seed=4, members=3)
    data = _signed_forward("FYI", edition_message(edition))
    typed = b'Content-Type: application/pkcs7-mime; smime-type=signed-data; name="smime.p7m"'
    data = data.replace(typed, b'Content-Type: application/octet-stream; name="smime.p7m"', 1)
    inbox = tmp_path / "Inbox"
    write_mbox(inbox, [data], style="thunderbird")
    (result,) = _examined(inbox)
    assert [(e.stamp, e.trusted) for e in result.editions] == [(STAMP, True)]


def _damaged(data: bytes, how: str) -> bytes:
    """``data`` (an opaque-signed message) with its signature damaged ``how``."""
    head, _, body = data.partition(b"\n\n")
    der = base64.b64decode(body)
    if how == "cut":  # a download or a copy that stopped
        der = der[: len(der) // 3]
    elif how == "overwritten":  # a run of bytes garbled in its structure
        der = der[:2] + b"\xff" * 24 + der[26:]
    else:  # its type's identifier garbled: no longer SignedData
        der = der.replace(bytes.fromhex("2a864886f70d010702"), b"\x00" * 9, 1)
    return head + b"\n\n" + base64.encodebytes(der)


@pytest.mark.parametrize("how", ["cut", "overwritten", "retyped"])
@pytest.mark.parametrize("prefix", ["", "Fwd: "])
def test_an_opaque_signed_edition_whose_signature_is_damaged_is_named(
    tmp_path: Path, how: str, prefix: str
) -> None:
    """What it signs cannot be read, but its subject names an edition: it is named (and the
    command line says what is wrong), not passed over; one whose subject names none is not."""
    from tldops_desktop.cli import _PROBLEMS

    (edition,) = edition_chain([STAMP], seed=4, members=3)
    named = _damaged(_signed_forward(prefix + subject_for(STAMP), edition_message(edition)), how)
    other = _damaged(_signed_forward("FYI", edition_message(edition)), how)
    inbox = tmp_path / "Inbox"
    write_mbox(inbox, [named, other], style="thunderbird")
    results = _examined(inbox)
    assert [e for r in results for e in r.editions] == []
    problems = [(p.code, p.detail) for r in results for p in r.problems]
    assert problems == [("signature-damaged", STAMP)]
    assert "signature" in _PROBLEMS["signature-damaged"]
