"""The cheap candidate tests: the header verdict and the attached-message check by structure."""

from __future__ import annotations

import base64
import os
import re
from email import message_from_bytes

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tldops_desktop.mail import candidates
from tldops_desktop.mail.candidates import (
    LineStartPattern,
    Verdict,
    classify,
    field_values,
    first_field_value,
    header_end,
)
from tldops_desktop.mail.structure import has_attached_message


def _mixed(parts: list[bytes], boundary: str = "outer-b", *, crlf: bool = False) -> bytes:
    lines = [
        b"From: someone@example.org",
        b"Subject: fwd",
        b"MIME-Version: 1.0",
        f'Content-Type: multipart/mixed;\n boundary="{boundary}"'.encode(),
        b"",
        b"A preamble mentioning --" + boundary.encode() + b"x that is not a delimiter.",
    ]
    for part in parts:
        lines += [b"--" + boundary.encode(), part]
    lines += [b"--" + boundary.encode() + b"--", b"epilogue", b""]
    data = b"\n".join(lines)
    return data.replace(b"\n", b"\r\n") if crlf else data


def _attachment(size: int = 300_000) -> bytes:
    payload = base64.encodebytes(os.urandom(size))
    return (
        b"Content-Type: application/pdf\n"
        b"Content-Transfer-Encoding: base64\n"
        b'Content-Disposition: attachment; filename="report.pdf"\n\n' + payload
    )


_TEXT = (
    b"Content-Type: text/plain\n\nSee the attached message/rfc822 notes and text/rfc822-headers.\n"
)
_FORWARDED = (
    b"Content-Type: message/rfc822\n\nSubject: TLD-OPS Incident Response Community Repository"
    b" <20261101-0600>\n\nbody\n"
)


def _email_package_sees_attached_message(data: bytes) -> bool:
    """What the full MIME parser (used by the import) finds, for comparison."""
    message = message_from_bytes(data)
    return any(
        part.get_content_type() in ("message/rfc822", "multipart/digest")
        for part in message.walk()
        if part is not message
    )


@pytest.mark.parametrize("crlf", [False, True])
def test_attached_message_after_a_large_attachment_is_found(crlf: bool) -> None:
    data = _mixed([_TEXT, _attachment(), _FORWARDED], crlf=crlf)
    assert has_attached_message(data)
    assert _email_package_sees_attached_message(data)


@pytest.mark.parametrize("crlf", [False, True])
def test_names_in_text_and_attachments_are_not_attached_messages(crlf: bool) -> None:
    data = _mixed([_TEXT, _attachment()], crlf=crlf)
    assert not has_attached_message(data)
    assert not _email_package_sees_attached_message(data)


def test_attached_message_inside_a_nested_multipart_is_found() -> None:
    inner = (
        b'Content-Type: multipart/mixed; boundary="inner-b"\n\n'
        b"--inner-b\n" + _TEXT + b"--inner-b\n" + _FORWARDED + b"--inner-b--\n"
    )
    data = _mixed([_attachment(2000), inner])
    assert has_attached_message(data)
    assert _email_package_sees_attached_message(data)


def test_nested_alternative_without_attached_message_is_passed_over() -> None:
    alternative = (
        b"Content-Type: multipart/alternative; boundary=alt\n\n"
        b"--alt\nContent-Type: text/plain\n\nhello\n"
        b"--alt\nContent-Type: text/html\n\n<p>hello</p>\n--alt--\n"
    )
    data = _mixed([alternative, _attachment(5000)])
    assert not has_attached_message(data)


def test_a_digest_part_counts_whatever_its_parts_say() -> None:
    digest = b'Content-Type: multipart/digest; boundary="d"\n\n--d\n\nSubject: one\n\nx\n--d--\n'
    assert has_attached_message(_mixed([_TEXT, digest]))


def test_a_delimiter_that_only_starts_like_the_boundary_is_not_one() -> None:
    # "--outer-b-2" begins with "--outer-b" but is another boundary; the part after it is not
    # a part of this message, so its type does not count.
    data = _mixed([_TEXT + b"--outer-b-2\nContent-Type: message/rfc822\n\nx\n"])
    assert not has_attached_message(data)
    assert not _email_package_sees_attached_message(data)


def test_unreadable_structure_falls_back_to_any_mention() -> None:
    no_boundary = b"Content-Type: multipart/mixed\n\n--x\nContent-Type: message/rfc822\n\nx\n"
    assert has_attached_message(no_boundary)
    unclosed_inner = _mixed(
        [b'Content-Type: multipart/mixed; boundary="never-closed"\n\n--never-closed\n\nx\n']
    ).replace(b"epilogue", b"--outer-b\n" + _FORWARDED)
    assert has_attached_message(unclosed_inner)


def test_range_limits_are_respected() -> None:
    first = _mixed([_TEXT])
    second = _mixed([_FORWARDED])
    data = first + second
    assert not has_attached_message(data, 0, len(first))
    assert has_attached_message(data, len(first), len(data))


def test_deep_nesting_is_bounded() -> None:
    depth = 200
    opening = b"".join(
        f'Content-Type: multipart/mixed; boundary="b{n}"\n\n--b{n}\n'.encode() for n in range(depth)
    )
    data = b"Subject: deep\n" + opening + b"Content-Type: text/plain\n\nx\n"
    assert has_attached_message(data) is False


def test_classify_verdicts() -> None:
    assert classify(
        b"Subject: TLD-OPS Incident Response Community Repository <20261101-0600>\n"
    ) is (Verdict.YES)
    assert classify(b"Content-Type: multipart/digest; boundary=x\n") is Verdict.YES
    assert classify(b"Content-Type: multipart/mixed; boundary=x\n") is Verdict.IF_ATTACHED
    assert classify(b"Subject: lunch\nContent-Type: text/plain\n") is Verdict.NO


def test_header_end_handles_lf_crlf_and_limits() -> None:
    assert header_end(b"A: b\n\nbody") == 6
    assert header_end(b"A: b\r\n\r\nbody") == 8
    assert header_end(b"A: b\nC: d\n", 0, 4) == -1


def _subject_words(text: str, kind: str, cut: int) -> bytes:
    pieces = [text[:cut], text[cut:]]
    if kind == "B":
        words = [f"=?utf-8?B?{base64.b64encode(p.encode()).decode()}?=" for p in pieces]
    else:
        words = ["=?utf-8?Q?" + "".join(f"={b:02X}" for b in p.encode()) + "?=" for p in pieces]
    return " ".join(words).encode()


@pytest.mark.parametrize("kind", ["B", "Q"])
def test_a_subject_split_across_encoded_words_is_a_candidate(kind: str) -> None:
    title = "[tld-ops] TLD-OPS Incident Response Community Repository <20261101-0600>"
    for cut in range(1, len(title)):  # wherever a client cut it, inside words too
        header = b"From: tld-ops <tld-ops@lists.dns-oarc.net>\nSubject: "
        header += _subject_words(title, kind, cut) + b"\n\n"
        assert classify(header) is Verdict.YES, cut


def test_a_subject_with_a_broken_word_before_an_encoded_title_is_a_candidate() -> None:
    title = "TLD-OPS Incident Response Community Repository <20261101-0600>"
    header = b"From: tld-ops <tld-ops@lists.dns-oarc.net>\nSubject: =?utf-8?B?W0VYVF0gx?= "
    header += _subject_words(title, "B", 20) + b"\n\n"
    assert classify(header) is Verdict.YES


def test_encoded_subjects_of_other_mail_are_not_candidates() -> None:
    header = b"From: =?utf-8?Q?Repository_Team?= <a@b>\nSubject: =?utf-8?B?"
    header += base64.b64encode("Réunion de vendredi".encode()) + b"?=\n\n"
    assert classify(header) is Verdict.NO


def test_a_signed_message_may_carry_an_attached_one() -> None:
    header = (
        b"Subject: contacts\nMIME-Version: 1.0\nContent-Type: multipart/signed;\n"
        b' protocol="application/pkcs7-signature"; micalg=sha-256; boundary="s"\n\n'
    )
    assert classify(header) is Verdict.IF_ATTACHED


# The regex field_values stands in for: what it must find, field for field.
_FIELD_REGEX = re.compile(rb"^subject[ \t]*:(.*(?:\r?\n[ \t].*)*)", re.IGNORECASE | re.MULTILINE)
_HEADER_PIECES = st.sampled_from(
    [b"Subject", b"subject", b"SUBJECT", b"X-Subject", b"Subjects", b"Subject ", b"Subject\t",
     b":", b": ", b" ", b"\t", b"\n", b"\r\n", b"\r", b"Repository", b"=?utf-8?q?a?=", b"x",
     b"From: a@b", b"\n ", b"\n\t", b"\xd0\xb4"]
)  # fmt: skip


@given(st.lists(_HEADER_PIECES, max_size=30).map(b"".join))
@settings(max_examples=3000, deadline=None)
def test_field_values_finds_what_the_regex_finds(header: bytes) -> None:
    expected = [m.group(1) for m in _FIELD_REGEX.finditer(header)]
    assert field_values(header, header.lower(), b"subject") == expected
    assert first_field_value(header, header.lower(), b"subject") == (expected or [None])[0]


_STATUS = rb"x-status[ \t]*:[ \t]*([a-z]{0,3})[ \t]*\r?$"
_STATUS_PIECES = st.sampled_from(
    [b"X-Status", b"x-status", b"X-STATUS", b"XX-Status", b":", b": ", b" ", b"\t", b"\n",
     b"\r\n", b"\r", b"D", b"d", b"RO", b"Dx", b"1", b"\xd0\xb4", b"Subject: a"]
)  # fmt: skip


@given(st.lists(_STATUS_PIECES, max_size=30).map(b"".join))
@settings(max_examples=3000, deadline=None)
def test_a_line_start_pattern_finds_what_the_case_insensitive_regex_finds(header: bytes) -> None:
    regex = re.compile(b"^" + _STATUS, re.IGNORECASE | re.MULTILINE).search(header)
    found = LineStartPattern(_STATUS).search(header.lower())
    assert (found and found.span(1)) == (regex and regex.span(1))


def test_only_the_subject_is_searched_for_the_title() -> None:
    header = (
        b"From: Repository Bot <bot@example.org>\n"
        b"X-Note: TLD-OPS Incident Response Community Repository <20261101-0600>\n"
        b"Subject: weekly numbers\n\n"
    )
    assert classify(header) is Verdict.NO
    folded = b"From: x@example.org\nSubject: [tld-ops] TLD-OPS Incident Response\n Community Repository <20261101-0600>\n\n"
    assert classify(folded) is Verdict.YES
    digest = b"From: x@example.org\nSUBJECT: tld-ops Digest, Vol 12, Issue 3\n\n"
    assert classify(digest) is Verdict.YES
    encoded = (
        b"From: x@example.org\nSubject: =?utf-8?b?"
        + base64.b64encode(b"TLD-OPS Incident Response Community Repository <20261101-0600>")
        + b"?=\n\n"
    )
    assert classify(encoded) is Verdict.YES


_BLOCK_LINES = st.sampled_from(
    [b"Subject: lunch", b"Subject: TLD-OPS Incident Response Community Repository <20261101-0600>",
     b"subject: [tld-ops] Repository", b"Subject: tld-ops Digest, Vol 12, Issue 3",
     b"Subject: =?utf-8?B?VExELU9QUyBJbmNpZGVudCBSZXNwb25zZSBDb21tdW5pdHkgUmVwb3NpdG9yeSA8MjAy"
     b"NjExMDEtMDYwMD4=?=",
     b"Subject: =?utf-8?q?broken", b"From: =?utf-8?q?Ren=C3=A9?= <r@example.org>",
     b"X-Note: repository", b"X-Note: DIGEST, VOL 1", b" folded: Repository <20261101-0600>",
     b"Content-Type: multipart/mixed; boundary=b", b"Content-Type: message/rfc822",
     b"Content-Type: multipart/digest", b"Content-Type: text/plain", b"\r"]
)  # fmt: skip


@given(st.lists(_BLOCK_LINES, max_size=8).map(b"\n".join))
@settings(max_examples=2000, deadline=None)
def test_blocks_passed_over_without_their_subjects_read_get_the_same_verdict(header: bytes) -> None:
    lowered = header.lower()
    multipart = b"multipart" in lowered
    full = candidates._subject_verdict(header, lowered, multipart)  # every subject read
    assert candidates._read_header(header, lowered) == full
