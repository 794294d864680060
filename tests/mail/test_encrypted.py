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
from tests.mailgen.messages import subject_for
from tldops_desktop.mail.message import MessageResult, examine
from tldops_desktop.mail.scan import scan
from tldops_desktop.mail.scan_items import Candidate

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
