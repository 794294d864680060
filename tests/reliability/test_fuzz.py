"""Property-based fuzzing of the body parser and the MIME walk: nothing escapes, ever.

Strategies mix real edition fragments (the samples' header lines, field lines, table rows,
HTML rows, MIME boundaries, encoded words, list headers) with hostile pieces and random
text or bytes, so that cases get deep into the parser instead of failing at its first
line. Every case must end in a result: a ``ParsedBody``, or a ``MessageResult`` whose
editions are sound and whose problems name what went wrong. About 5,000 cases a run.
"""

from __future__ import annotations

import email
from email import policy
from email.message import Message
from email.parser import BytesParser

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import ALTERNATIVE, LAYOUT_A, LAYOUT_B
from tldops_desktop.mail.decode import header_values
from tldops_desktop.mail.html import parse_html
from tldops_desktop.mail.identity import SUBJECT_PATTERN, subject_kind
from tldops_desktop.mail.message import MessageResult, examine
from tldops_desktop.mail.parse import ParsedBody, parse_text

FUZZ = settings(
    max_examples=1500,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _body_of(path: object, ctype: str) -> str:
    message = email.message_from_bytes(path.read_bytes())  # type: ignore[attr-defined]
    for part in message.walk():
        if isinstance(part, Message) and part.get_content_type() == ctype:
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                return payload.decode(part.get_content_charset() or "utf-8", "replace")
    raise AssertionError(f"no {ctype} in {path}")


_TEXT_A = _body_of(LAYOUT_A, "text/plain").splitlines()
_TEXT_B = _body_of(LAYOUT_B, "text/plain").splitlines()
_HTML = _body_of(ALTERNATIVE, "text/html").splitlines()
REAL_LINES = sorted({line for line in _TEXT_A + _TEXT_B if line.strip()})
REAL_HTML = sorted({line for line in _HTML if line.strip()})

HOSTILE_LINES = [
    ".", "..", ". ", ".xn--", ".xn--zz", ".xn--p1ai", ".рф", ".\u200b", ".de\u202e", ".a" * 40,
    ".nl Netherlands (EU", ".nl (EU) (AP) (XX)", ".сайт (xn--80aswg; Russia) (EU)",
    "Contact 99:", "Contact 0:", "Contact person #1", "primary contact", "Name:", "Name: ",
    "Email address: <>", "Email: mailto:", "E-mail: a@@b", "Phone: ++", "Mobile: " + "9" * 400,
    "| ccTLD | Country | Region | # | Name | Email | Phone |", "| .de |", "|||||||", "|" * 300,
    "| .xx | X | EU | 999999999999999999999 | N | e@x.y | 1 |", "| . | | | | | | |",
    "-" * 80, "_" * 50, "tld-ops mailing list", "listinfo", "\x00", "\x0c", "\r", "\u2028",
    "\ud800", "\U0010ffff", "A\u0301\u0301\u0301", "😀" * 50, "=?utf-8?B?W3RsZC1vcHNd?=",
    " " * 1000, "\t\t\t", "x" * 5000,
]  # fmt: skip

HOSTILE_HTML = [
    "<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th>", "<td colspan=99>",
    "<p>", "</p>", "<br>", "<br/>", "<pre>", "</pre>", "<div>", "<li>", "<blockquote>",
    "<script>", "</script>", "<style>", "</style>", "<template>", "<noscript>", "<title>",
    "<a href='mailto:a@b.c?subject=x'>", "<a href=\"mailto:\">", "<a href='javascript:x()'>",
    "</a>", "<!--", "-->", "<![CDATA[", "]]>", "<?xml version='1.0'?>", "<!DOCTYPE html>",
    "&amp;", "&#0;", "&#x110000;", "&#99999999999999;", "&bogus;", "&#xd800;", "&", "<", ">",
    "<tr", "<td", "</", "<img src=http://example.net/x.png>", "<svg><script>x</script></svg>",
    "<table><tr><td>.de<td>Germany<td>EU<td>1<td>A<td>a@b.de<td>+49 1</table>",
    "<math><mi xlink:href=x>", "<select><option>", "<iframe src=//e.invalid>", "\x00", "\r\n",
]  # fmt: skip

HEADER_LINES = [
    b"From: TLD-OPS Repository via tld-ops <tld-ops@lists.dns-oarc.net>",
    b"To: tld-ops@lists.dns-oarc.net",
    b"Sender: tld-ops-bounces@lists.dns-oarc.net",
    b"List-Id: TLD-OPS <tld-ops.lists.dns-oarc.net>",
    b"List-Id: <other.example>",
    b"Subject: [tld-ops] TLD-OPS Incident Response Community Repository <20261101-0600>",
    b"Subject: [tld-ops] TLD-OPS Incident Response Community Repository <20261399-9999>",
    b"Subject: Re: [tld-ops] TLD-OPS Incident Response Community Repository <20261101-0600>",
    b"Subject: =?utf-8?B?W3RsZC1vcHNdIFRMRC1PUFMgSW5jaWRlbnQgUmVzcG9uc2UgQ29tbXVuaXR5IFJl"
    b"cG9zaXRvcnkgPDIwMjYxMTAxLTA2MDA+?=",
    b"Subject: =?utf-8?B?!!!not-base64?= <20261101-0600>",
    b"Subject: =?x-unknown-charset?Q?=FF=FE?= Repository <20261101-0600>",
    b"Subject: =?utf-8?q?=E2=82?= TLD-OPS Incident Response Community Repository",
    b" Community Repository <20261101-0600>",
    b"Subject:",
    b"Message-ID: <fuzz@example>",
    b"Message-ID:",
    b"Date: Sun, 1 Nov 2026 06:00:00 +0000",
    b"Date: Mon, 99 Foo 20261 99:99:99 +9999",
    b"MIME-Version: 1.0",
    b'Content-Type: multipart/mixed; boundary="b1"',
    b'Content-Type: multipart/alternative; boundary="b2"',
    b'Content-Type: multipart/digest; boundary="b1"',
    b"Content-Type: multipart/mixed; boundary=",
    b"Content-Type: multipart/mixed",
    b"Content-Type: message/rfc822",
    b"Content-Type: text/plain; charset=utf-8",
    b"Content-Type: text/plain; charset=utf-16",
    b"Content-Type: text/plain; charset=x-no-such-charset",
    b'Content-Type: text/plain; charset="utf-8\x00"',
    b"Content-Type: text/html; charset=iso-8859-1",
    b"Content-Type: text/plain; charset*=utf-8''%FF%FE",
    b"Content-Transfer-Encoding: base64",
    b"Content-Transfer-Encoding: quoted-printable",
    b"Content-Transfer-Encoding: x-uuencode",
    b"Content-Transfer-Encoding: 8bit",
    b"Content-Transfer-Encoding: \xff\xfe",
    b"Content-Disposition: attachment",
    b"Content-Disposition: inline; filename*=utf-8''%E2%82",
    b"X-\xff\xfe: \x00\x01",
    b"No colon here",
]
BODY_LINES = [
    b"--b1", b"--b1--", b"--b2", b"--b2--", b"--", b"", b"=", b"=\r", b"=F", b"=ZZ",
    b"W3RsZC1vcHNd", b"!!!!", b"begin 644 x", b"end", b">From x", b"From x",
    b"\xff\xfe\x00", b"\x00" * 20,
]  # fmt: skip

_line_end = st.sampled_from(["\n", "\r\n", "\r"])
_text_line = st.one_of(
    st.sampled_from(REAL_LINES), st.sampled_from(HOSTILE_LINES), st.text(max_size=60)
)


@st.composite
def bodies(draw: st.DrawFn) -> str:
    lines = draw(st.lists(_text_line, max_size=80))
    return draw(_line_end).join(lines)


@st.composite
def html_bodies(draw: st.DrawFn) -> str:
    piece = st.one_of(
        st.sampled_from(REAL_HTML),
        st.sampled_from(HOSTILE_HTML),
        st.sampled_from(REAL_LINES),
        st.text(max_size=40),
    )
    return "".join(draw(st.lists(piece, max_size=80)))


_body_bytes = st.one_of(
    st.sampled_from(BODY_LINES),
    st.sampled_from(HEADER_LINES),
    st.sampled_from(REAL_LINES).map(lambda s: s.encode("utf-8")),
    st.binary(max_size=60),
)


@st.composite
def messages(draw: st.DrawFn) -> bytes:
    """A header block of real and broken fields, then a body of parts, boundaries and bytes;
    sometimes a whole message nested as a part of it."""
    head = draw(st.lists(st.sampled_from(HEADER_LINES), max_size=14))
    body = draw(st.lists(_body_bytes, max_size=60))
    eol = draw(st.sampled_from([b"\n", b"\r\n"]))
    data = eol.join(head) + eol + eol + eol.join(body)
    if draw(st.booleans()):
        inner = draw(st.lists(st.sampled_from(HEADER_LINES), max_size=8))
        data += eol + b"--b1" + eol + b"Content-Type: message/rfc822" + eol + eol
        data += eol.join(inner) + eol + eol + eol.join(draw(st.lists(_body_bytes, max_size=30)))
    return data


def _check_body(parsed: ParsedBody) -> None:
    assert isinstance(parsed, ParsedBody)
    assert parsed.layout in ("", "A", "B", "A+B", "html-table", "html-blocks", "html-mixed")
    for member in parsed.members:
        assert member.tld.ace and member.tld.ace == member.tld.ace.lower()
        for contact in member.contacts:
            assert contact.position >= 0
    for line in parsed.unplaced:
        assert line.line >= 1 and line.reason


def _check_result(result: MessageResult) -> None:
    assert isinstance(result, MessageResult)
    for found in result.editions:
        assert SUBJECT_PATTERN.pattern  # (the stamp came from a subject that matched it)
        assert len(found.stamp) == 13 and found.stamp[8] == "-"
        assert any(m.contacts for m in found.body.members)
        assert found.container in ("message", "digest", "forward")
        _check_body(found.body)
    for problem in result.problems:
        assert problem.code and isinstance(problem.detail, str)


@FUZZ
@given(bodies())
def test_parse_text_never_raises(text: str) -> None:
    _check_body(parse_text(text))


@FUZZ
@given(html_bodies())
def test_parse_html_never_raises(html: str) -> None:
    _check_body(parse_html(html))


@FUZZ
@given(messages())
def test_mime_walk_never_raises(raw: bytes) -> None:
    _check_result(examine(raw, "fuzz"))


_SAMPLE = LAYOUT_A.read_bytes()[:12_000]  # the headers and the first members


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(
            st.integers(0, len(_SAMPLE)),
            st.integers(0, 200),
            st.one_of(st.sampled_from(BODY_LINES + HEADER_LINES), st.binary(max_size=40)),
        ),
        min_size=1,
        max_size=8,
    )
)
def test_a_real_edition_damaged_anywhere_ends_in_a_result(
    edits: list[tuple[int, int, bytes]],
) -> None:
    data = bytearray(_SAMPLE)
    for offset, cut, insert in edits:
        data[offset : offset + cut] = insert
    result = examine(bytes(data), "mutated")
    _check_result(result)
    if _edition_subject(bytes(data)):  # an edition's subject: an edition, or a named problem
        assert result.editions or result.problems


def _edition_subject(data: bytes) -> bool:
    message = BytesParser(policy=policy.compat32).parsebytes(data)
    return subject_kind(" ".join(header_values(message, "subject"))) == "edition"
