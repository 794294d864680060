"""Broken and hostile mail: a report entry, never a traceback, never a half-written edition."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.conftest import LAYOUT_A
from tldops_desktop.mail.message import examine
from tldops_desktop.mail.scan import scan
from tldops_desktop.mail.scan_items import MAX_MESSAGE_BYTES, Candidate, ScanProblem

HEAD = (
    b"From: TLD-OPS Repository via tld-ops <tld-ops@lists.dns-oarc.net>\n"
    b"To: tld-ops@lists.dns-oarc.net\n"
    b"Sender: tld-ops-bounces@lists.dns-oarc.net\n"
    b"List-Id: TLD-OPS <tld-ops.lists.dns-oarc.net>\n"
    b"Subject: [tld-ops] TLD-OPS Incident Response Community Repository <20261101-0600>\n"
    b"Message-ID: <hostile@x>\n"
)


def test_truncated_mime() -> None:
    data = (
        HEAD + b'Content-Type: multipart/alternative; boundary="XX"\n\n--XX\nContent-Type: text/pl'
    )
    result = examine(data, "t")
    assert result.editions == []
    assert [p.code for p in result.problems] in (["no-body"], ["no-members"])


def test_an_edition_cut_short_is_named_not_taken() -> None:
    """Half an edition (a copy interrupted mid-line) would hide the members it lacks."""
    data = LAYOUT_A.read_bytes()
    result = examine(data[: len(data) // 2], "half")
    assert result.editions == []
    assert [(p.code, p.detail) for p in result.problems] == [("truncated", "20261101-0600")]


def test_an_edition_without_its_last_newline_is_whole() -> None:
    data = LAYOUT_A.read_bytes().rstrip(b"\n")
    (edition,) = examine(data, "no final newline").editions
    assert len(edition.body.members) == 200


def test_wrong_and_unknown_charsets() -> None:
    body = LAYOUT_A.read_bytes().split(b"\n\n", 1)[1]
    for declared in (b"us-ascii", b"iso-8859-1", b"x-unknown-charset", b"utf-16"):
        data = HEAD + b"Content-Type: text/plain; charset=" + declared + b"\n\n" + body
        (edition,) = examine(data, "c").editions
        names = [c.name for m in edition.body.members for c in m.contacts]
        assert "Светлана Јовановић" in names or declared == b"utf-16"


def test_latin1_body_is_read() -> None:
    text = ".fr France (EU)\nName: Hélène Lefèvre\nEmail: h@nic.fr\nPhone: +33 6 12 34 56 78\n"
    data = HEAD + b"Content-Type: text/plain; charset=iso-8859-1\n\n" + text.encode("latin-1")
    (edition,) = examine(data, "l").editions
    assert edition.body.members[0].contacts[0].name == "Hélène Lefèvre"


def test_binary_garbage() -> None:
    for seed in range(200):
        data = random.Random(seed).randbytes(5000 + seed)
        assert examine(data, "g").editions == []
        assert examine(HEAD + b"\n" + data, "g").editions == []


def test_deeply_nested_multiparts() -> None:
    depth = 1000
    parts = [HEAD + b"MIME-Version: 1.0\n"]
    for level in range(depth):
        parts.append(b'Content-Type: multipart/mixed; boundary="b%d"\n\n--b%d\n' % (level, level))
    parts.append(b"Content-Type: text/plain\n\n.nl Netherlands (EU)\nName: A\n")
    for level in reversed(range(depth)):
        parts.append(b"\n--b%d--\n" % level)
    result = examine(b"".join(parts), "deep")
    assert result.editions == []
    assert result.problems


def test_huge_message_is_reported_and_skipped(tmp_path: Path) -> None:
    path = tmp_path / "big.mbox"
    with path.open("wb") as out:
        out.write(b"From x Mon Jan  1 00:00:00 2026\n" + HEAD + b"\n")
        line = b"A" * 1023 + b"\n"
        for _ in range((MAX_MESSAGE_BYTES + 2 * 2**20) // len(line)):
            out.write(line)
        out.write(b"\nFrom y Mon Jan  1 00:00:00 2026\n")
        out.write(LAYOUT_A.read_bytes())
    items = list(scan([str(path)]))
    assert [p.code for p in items if isinstance(p, ScanProblem)] == ["too-large"]
    (candidate,) = [c for c in items if isinstance(c, Candidate)]
    assert [e.stamp for e in examine(candidate.data, candidate.source).editions] == [
        "20261101-0600"
    ]


def test_megabyte_subject_header(tmp_path: Path) -> None:
    path = tmp_path / "subject.mbox"
    path.write_bytes(
        b"From x Mon Jan  1 00:00:00 2026\nSubject: " + b"A " * (2**19) + b"\n\nbody\n"
        + b"From y Mon Jan  1 00:00:00 2026\n" + LAYOUT_A.read_bytes()
    )  # fmt: skip
    items = list(scan([str(path)]))
    assert [p.code for p in items if isinstance(p, ScanProblem)] == ["header-too-large"]
    assert len([c for c in items if isinstance(c, Candidate)]) == 1


@pytest.mark.parametrize(
    "subject",
    [
        b"Subject: =?utf-8?B?W3RsZC1vcHNdIFRMRC1PUFMgSW5jaWRlbnQgUmVzcG9uc2UgQ29tbXVuaXR5IFJlcG9zaXRvcnkgPDIwMjYxMTAxLTA2MDA+?=",
        b"Subject: [tld-ops] TLD-OPS Incident Response\n Community Repository <20261101-0600>",
        b"Subject: =?iso-8859-1?q?=5Btld-ops=5D_TLD-OPS_Incident_Response_Community_Repository?=\n <20261101-0600>",
    ],
)
def test_encoded_and_folded_subjects(subject: bytes) -> None:
    original = LAYOUT_A.read_bytes()
    head, body = original.split(b"\n\n", 1)
    head = b"\n".join(
        line for line in head.replace(b"Subject:\n ", b"Subject: ").split(b"\n")
        if not line.startswith(b"Subject:")
    )  # fmt: skip
    data = head + b"\n" + subject + b"\n\n" + body
    (edition,) = examine(data, "s").editions
    assert edition.stamp == "20261101-0600"


@pytest.mark.parametrize("encoding", [b"", b"Content-Transfer-Encoding: base64\n"])
def test_a_charset_no_codec_takes_on_a_part_cut_short(encoding: bytes) -> None:
    """A charset name with a NUL byte in it, and 8-bit bytes in the body: the email package
    raised ValueError re-reading the body in it."""
    data = (
        HEAD + b'Content-Type: text/plain; charset="utf-8\x00"\n' + encoding + b"\n"
        b".ad | Andorra | EU | 2 | \xc5\x81ukasz Mensah | security2@nic.ad | +376 (312) 049\xff"
    )
    result = examine(data, "t")
    assert result.editions == []
    assert [p.code for p in result.problems] in (["truncated"], ["no-members"])


@pytest.mark.parametrize(
    "date",
    [
        b"Tue, 01 Nov 99999999999999999999 06:00:00 +0000",
        b"Tue, 01 Nov 2026 06:00:00 +99999999999999999",
        b"Tue, 99999999999999999999 Nov 2026 06:00:00 +0000",
    ],
)
def test_a_date_too_large_for_a_clock_is_no_date(date: bytes) -> None:
    """Such a Date header raised OverflowError out of the import (a crash)."""
    head, _, body = LAYOUT_A.read_bytes().partition(b"\n\n")
    lines = [line for line in head.split(b"\n") if not line.lower().startswith(b"date:")]
    (edition,) = examine(b"\n".join([*lines, b"Date: " + date]) + b"\n\n" + body, "d").editions
    assert edition.sent_at is None and len(edition.body.members) == 200
