"""Files of raw messages written one after another, with no mbox "From " line between them
(``cat *.eml > all.eml``, exports of RFC 822 messages in a row, Outlook's text of several
messages): each message is read, and nothing inside one is taken for the next."""

from __future__ import annotations

import base64
import io
import random
from pathlib import Path

import pytest

from tests.mailgen.archives import write_zip
from tests.mailgen.containers import write_maildir
from tests.mailgen.editions import make_edition
from tests.mailgen.messages import (
    edition_message,
    forward_message,
    noise_message,
    stamp_datetime,
    subject_for,
)
from tests.mailgen.render import render_text
from tldops_desktop.mail import scan as scan_module
from tldops_desktop.mail.joined import next_message
from tldops_desktop.mail.message import examine
from tldops_desktop.mail.scan import scan
from tldops_desktop.mail.scan_items import Candidate, ScanControl, ScanProblem

OCTOBER, NOVEMBER = "20261001-0600", "20261101-0600"


def _edition(stamp: str, seed: int, **kwargs: object) -> bytes:
    return edition_message(make_edition(stamp, seed=seed, members=5), **kwargs)


def found(path: Path, *, broken: bool = False) -> list[tuple[str, str, bool]]:
    """(source, stamp, trusted) of every edition the scan of ``path`` finds; with ``broken``,
    messages cut short (their multipart never closed) may be reported."""
    editions = []
    for item in scan([str(path)]):
        if broken and isinstance(item, ScanProblem) and item.code == "unclosed-multipart":
            continue
        assert not isinstance(item, ScanProblem), item
        if isinstance(item, Candidate):
            result = examine(item.data, item.source)
            editions += [(e.source, e.stamp, e.trusted) for e in result.editions]
    return editions


def candidates(path: Path) -> list[Candidate]:
    return [item for item in scan([str(path)]) if isinstance(item, Candidate)]


@pytest.mark.parametrize("crlf", [False, True], ids=["lf", "crlf"])
@pytest.mark.parametrize("newest_first", [False, True], ids=["oldest-first", "newest-first"])
@pytest.mark.parametrize("between", [b"", b"\n"], ids=["cat", "blank-line"])
def test_joined_eml_files_are_each_read(
    tmp_path: Path, crlf: bool, newest_first: bool, between: bytes
) -> None:
    first, second = _edition(OCTOBER, 1, crlf=crlf), _edition(NOVEMBER, 2, crlf=crlf)
    if newest_first:
        first, second = second, first
    if crlf:
        between = between.replace(b"\n", b"\r\n")
    path = tmp_path / "all.eml"
    path.write_bytes(first + between + second)
    at = len(first) + len(between) if between else len(first)
    stamps = [OCTOBER, NOVEMBER][:: -1 if newest_first else 1]
    assert found(path) == [(f"{path} @ 0", stamps[0], True), (f"{path} @ {at}", stamps[1], True)]


def test_each_message_is_held_as_written(tmp_path: Path) -> None:
    messages = [_edition(OCTOBER, 1), _edition(NOVEMBER, 2), _edition("20261201-0600", 3)]
    path = tmp_path / "all.eml"
    path.write_bytes(b"".join(messages))
    assert [c.data for c in candidates(path)] == messages


def test_an_edition_after_an_ordinary_message_is_found(tmp_path: Path) -> None:
    rng = random.Random(4)
    noise = [noise_message(rng, i, stamp_datetime(OCTOBER), kind="personal") for i in range(2)]
    attachment = noise_message(rng, 3, stamp_datetime(OCTOBER), attachment_bytes=20_000)
    path = tmp_path / "saved.eml"
    path.write_bytes(noise[0] + attachment + _edition(NOVEMBER, 2) + noise[1])
    offset = len(noise[0]) + len(attachment)
    assert found(path) == [(f"{path} @ {offset}", NOVEMBER, True)]


def test_a_single_message_keeps_its_plain_source(tmp_path: Path) -> None:
    path = tmp_path / "one.eml"
    path.write_bytes(b"\xef\xbb\xbf\n" + _edition(NOVEMBER, 2))  # a byte order mark, a blank line
    assert found(path) == [(str(path), NOVEMBER, True)]
    control = ScanControl()
    list(scan([str(path)], control))
    assert control.stats.messages_scanned == 1


def _inline_forward(marker: str, headers: str, inner: bytes) -> bytes:
    """A message whose body carries ``inner``'s body as text under ``marker`` and
    ``headers`` (a mail program's inline forward)."""
    body = inner.partition(b"\n\n")[2]
    return (
        b"From: Pat Colleague <pat@registry.example>\nTo: member@registry.example\n"
        b"Subject: Fwd: " + subject_for(NOVEMBER).encode() + b"\n"
        b"Date: Mon, 02 Nov 2026 09:00:00 +0000\nMessage-ID: <fwd.1@registry.example>\n"
        b"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
        b"Here it is, our copy.\n\n" + marker.encode() + b"\n" + headers.encode() + b"\n\n" + body
    )


_FULL_HEADERS = (
    "Return-Path: <tld-ops-bounces@lists.dns-oarc.net>\n"
    "Received: from lists.dns-oarc.net (lists.dns-oarc.net [192.0.2.25])\n"
    "\tby mx.registry.example (Postfix) with ESMTPS id 4A1B2C3D4E\n"
    "From: TLD-OPS Repository via tld-ops <tld-ops@lists.dns-oarc.net>\n"
    "To: tld-ops@lists.dns-oarc.net\n"
    f"Subject: {subject_for(NOVEMBER)}\n"
    "Date: Sun, 01 Nov 2026 06:00:00 +0000\n"
    "Message-ID: <20261101-0600.1@lists.dns-oarc.net>\n"
    "List-Id: <tld-ops.lists.dns-oarc.net>"
)


@pytest.mark.parametrize(
    ("marker", "headers"),
    [
        (  # Thunderbird
            "-------- Forwarded Message --------",
            f"Subject: \t{subject_for(NOVEMBER)}\nDate: \tSun, 1 Nov 2026 06:00:00 +0000\n"
            "From: \tTLD-OPS Repository via tld-ops <tld-ops@lists.dns-oarc.net>\n"
            "To: \ttld-ops@lists.dns-oarc.net",
        ),
        (  # Outlook
            "-----Original Message-----",
            "From: TLD-OPS Repository via tld-ops <tld-ops@lists.dns-oarc.net>\n"
            f"Sent: Sunday, November 1, 2026 7:00 AM\nTo: tld-ops@lists.dns-oarc.net\n"
            f"Subject: {subject_for(NOVEMBER)}",
        ),
        ("----- Forwarded message from tld-ops@lists.dns-oarc.net -----", _FULL_HEADERS),  # mutt
        ("Begin forwarded message:\n", _FULL_HEADERS),  # Apple Mail, all headers shown
        ("--- Below this line is a copy of the message.\n", _FULL_HEADERS),  # a qmail bounce
        ("-" * 30 + "\n\nMessage: 2", _FULL_HEADERS),  # a plain-text digest's (RFC 1153)
    ],
    ids=[
        "thunderbird",
        "outlook",
        "mutt-all-headers",
        "apple-all-headers",
        "qmail-bounce",
        "plain-digest",
    ],
)
def test_an_inline_forward_is_not_a_message_of_its_own(
    tmp_path: Path, marker: str, headers: str
) -> None:
    forward = _inline_forward(marker, headers, _edition(NOVEMBER, 2))
    path = tmp_path / "forward.eml"
    path.write_bytes(_edition(OCTOBER, 1) + forward)
    assert found(path) == [(f"{path} @ 0", OCTOBER, True)]
    assert [c.source for c in candidates(path)] == [
        f"{path} @ 0",
        f"{path} @ {path.stat().st_size - len(forward)}",
    ]
    assert next_message(forward) == -1


def test_a_quoted_reply_with_headers_in_it_is_one_message(tmp_path: Path) -> None:
    quoted = "\n".join("> " + line for line in _FULL_HEADERS.split("\n"))
    reply = (
        b"From: Member <member@registry.example>\nTo: tld-ops@lists.dns-oarc.net\n"
        b"Subject: Re: " + subject_for(NOVEMBER).encode() + b"\n"
        b"Date: Mon, 02 Nov 2026 09:00:00 +0000\nMessage-ID: <reply.1@registry.example>\n"
        b"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
        b"Our entry is wrong, see the headers of the mail we got:\n\n"
        + quoted.encode()
        + b"\n>\n> Dear members,\n\n"
        b"From: Member <member@registry.example>\nSent: Monday, November 2, 2026 9:00 AM\n"
        b"To: tld-ops@lists.dns-oarc.net\nSubject: our entry\n\nPlease fix it.\n"
    )
    assert next_message(reply) == -1
    path = tmp_path / "reply.eml"
    path.write_bytes(reply)
    assert [c.source for c in candidates(path)] == [str(path)]


def _multipart_with_headers_inside(crlf: bool) -> bytes:
    """A message whose parts hold header blocks: a text part, a base64 one whose text is a
    whole message, and an attached copy of the list's headers (text/rfc822-headers)."""
    inner = _edition(NOVEMBER, 2)
    parts = [
        b"Content-Type: text/plain; charset=utf-8\n\nThe headers of the copy we got:\n\n"
        + _FULL_HEADERS.encode()
        + b"\n\nand its body follows.\n",
        b"Content-Type: text/plain; name=copy.txt\nContent-Transfer-Encoding: base64\n\n"
        + base64.encodebytes(inner),
        b"Content-Type: text/rfc822-headers\n\n" + _FULL_HEADERS.encode() + b"\n",
        b"Content-Type: text/plain; name=copy.eml\n\n" + inner,
    ]
    body = b"".join(b"--frontier\n" + part + b"\n" for part in parts) + b"--frontier--\n"
    message = (
        b"From: Pat Colleague <pat@registry.example>\nTo: member@registry.example\n"
        b"Subject: what we received\nDate: Mon, 02 Nov 2026 09:00:00 +0000\n"
        b"Message-ID: <mixed.1@registry.example>\nMIME-Version: 1.0\n"
        b'Content-Type: multipart/mixed; boundary="frontier"\n\n' + body
    )
    return message.replace(b"\n", b"\r\n") if crlf else message


@pytest.mark.parametrize("crlf", [False, True], ids=["lf", "crlf"])
def test_header_lines_inside_mime_parts_do_not_begin_a_message(tmp_path: Path, crlf: bool) -> None:
    mixed = _multipart_with_headers_inside(crlf)
    edition = _edition(OCTOBER, 1, crlf=crlf)
    assert next_message(mixed) == -1
    path = tmp_path / "all.eml"
    path.write_bytes(mixed + edition)
    # (the part named copy.eml is an edition attached as a file, read as one: no message
    # begins in it)
    assert found(path) == [
        (f"{path} @ 0", NOVEMBER, True),
        (f"{path} @ {len(mixed)}", OCTOBER, True),
    ]


def _problems(path: Path) -> list[tuple[str, str, str]]:
    return [(p.source, p.code, p.detail) for p in scan([str(path)]) if isinstance(p, ScanProblem)]


def test_a_message_after_an_unclosed_multipart_is_found(tmp_path: Path) -> None:
    # Its last part holds a whole message (a text attachment "copy.eml"): that is a line of it.
    mixed = _multipart_with_headers_inside(False).replace(b"--frontier--\n", b"")
    path = tmp_path / "cut.eml"
    path.write_bytes(mixed + _edition(OCTOBER, 1))
    assert found(path, broken=True) == [
        (f"{path} @ 0", NOVEMBER, True),  # that message, read as an edition attached as a file
        (f"{path} @ {len(mixed)}", OCTOBER, True),
    ]
    assert _problems(path) == [
        (f"{path} @ 0", "unclosed-multipart", f"next message at byte {len(mixed)}")
    ]


def test_an_unclosed_multipart_alone_runs_to_the_end(tmp_path: Path) -> None:
    mixed = _multipart_with_headers_inside(False).replace(b"--frontier--\n", b"")
    assert next_message(mixed) == -1
    path = tmp_path / "cut.eml"
    path.write_bytes(mixed)
    # (a candidate for the edition its last part holds, named copy.eml)
    assert [c.source for c in candidates(path)] == [str(path)] and _problems(path) == []


def _attachment_mail(
    *, attached: bytes, cut: bool, closed: bool = True, mid_line: bool = True
) -> bytes:
    """An ordinary mail with a base64 attachment and ``attached`` as a message/rfc822 part
    between them; with ``cut``, the attachment's base64 is cut short (``mid_line``, or at a
    line's end) and nothing closes it."""
    data = base64.encodebytes(random.Random(7).randbytes(30_000))
    if cut:
        half = len(data) // 2 + 7
        assert data[half - 1 : half] != b"\n"
        data = data[:half] if mid_line else data[: data.index(b"\n", half) + 1]
    message = (
        b"Return-Path: <pat@registry.example>\nFrom: Pat Colleague <pat@registry.example>\n"
        b"To: member@registry.example\nSubject: the slides\n"
        b"Date: Mon, 02 Nov 2026 09:00:00 +0000\nMessage-ID: <slides.1@registry.example>\n"
        b'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="outer"\n\n'
        b"--outer\nContent-Type: text/plain\n\nThe slides, and the mail I got.\n\n"
        b"--outer\nContent-Type: message/rfc822\n\n" + attached + b"\n"
        b"--outer\nContent-Type: application/pdf; name=slides.pdf\n"
        b"Content-Transfer-Encoding: base64\n\n" + data
    )
    return message + (b"--outer--\n" if closed and not cut else b"")


@pytest.mark.parametrize("crlf", [False, True], ids=["lf", "crlf"])
@pytest.mark.parametrize("mid_line", [False, True], ids=["at-line-end", "mid-line"])
def test_an_edition_after_a_cut_attachment_is_found(
    tmp_path: Path, crlf: bool, mid_line: bool
) -> None:
    # Cut mid-line, the edition's first header line ends the cut line: it is the edition's.
    mail = _attachment_mail(attached=_edition(NOVEMBER, 2), cut=True, mid_line=mid_line)
    edition = _edition(OCTOBER, 1)
    if crlf:
        mail, edition = mail.replace(b"\n", b"\r\n"), edition.replace(b"\n", b"\r\n")
    path = tmp_path / "all.eml"
    path.write_bytes(mail + edition)
    # The attached edition is read as a forward of the cut mail; the one after it, alone.
    assert found(path, broken=True) == [
        (f"{path} @ 0", NOVEMBER, True),
        (f"{path} @ {len(mail)}", OCTOBER, True),
    ]
    assert [code for _, code, _ in _problems(path)] == ["unclosed-multipart"]
    assert [c.data for c in candidates(path)][1] == edition


def test_an_attached_message_in_an_unclosed_multipart_does_not_end_it() -> None:
    # Parts follow the attached message: it is inside the multipart, closed or not.
    for closed in (True, False):
        mail = _attachment_mail(attached=_edition(NOVEMBER, 2), cut=False, closed=closed)
        assert next_message(mail) == -1
        assert next_message(mail + _edition(OCTOBER, 1)) == len(mail)


def test_a_message_as_the_last_part_of_an_unclosed_multipart_is_no_message_of_its_own() -> None:
    inner = _edition(NOVEMBER, 2)
    head, _, _ = _attachment_mail(attached=b"", cut=True).partition(b"--outer\nContent-Type: m")
    for part in (b"message/rfc822", b"text/plain; name=copy.eml"):
        mail = head + b"--outer\nContent-Type: " + part + b"\n\n\n" + inner
        assert next_message(mail) == -1
        assert next_message(mail + _edition(OCTOBER, 1)) == len(mail)


def test_a_nested_unclosed_multipart_ends_where_the_next_message_begins() -> None:
    alternative = _edition(OCTOBER, 1, html="alternative")
    cut = alternative[: alternative.rindex(b"\n--=====")]  # its last delimiters gone
    cut = cut[: cut.index(b"</table>")] + b"\n"  # and its HTML part cut
    wrapped = (
        b"From: a@registry.example\nDate: Mon, 02 Nov 2026 09:00:00 +0000\nSubject: x\n"
        b'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="outer"\n\n'
        b"--outer\nContent-Type: text/plain\n\nSee below.\n\n"
        b"--outer\n" + cut.partition(b"MIME-Version: 1.0\n")[2]
    )
    second = _edition(NOVEMBER, 2)
    assert next_message(wrapped + second) == len(wrapped)
    assert next_message(cut + second) == len(cut)


def test_a_forward_as_attachment_then_an_edition(tmp_path: Path) -> None:
    inner = _edition(OCTOBER, 1)
    forward = forward_message(inner, subject_for(OCTOBER), date=stamp_datetime(OCTOBER))
    path = tmp_path / "all.eml"
    path.write_bytes(forward + _edition(NOVEMBER, 2))
    assert [(s, stamp) for s, stamp, _ in found(path)] == [
        (f"{path} @ 0", OCTOBER),
        (f"{path} @ {len(forward)}", NOVEMBER),
    ]


def test_field_like_lines_at_a_body_end_stay_with_it() -> None:
    first = (
        b"From: a@registry.example\nDate: Mon, 02 Nov 2026 09:00:00 +0000\nSubject: x\n\n"
        b"Our contact:\nName: Emil\nMobile: +376 312 558\n"
    )
    second = _edition(OCTOBER, 1)
    assert next_message(first + second) == len(first)
    assert next_message(first + b"\n" + second) == len(first) + 1
    fields_first = first.replace(b"Our contact:\n", b"\n")  # a paragraph of such lines
    assert next_message(fields_first + second) == len(fields_first)
    field_then_text = first + b"X-Ray: done\nall fine.\n"
    assert next_message(field_then_text + second) == len(field_then_text)


def _outlook_text(stamp: str, seed: int, body: str | None = None) -> bytes:
    """A message as Outlook's File > Save As writes it, as text."""
    when = stamp_datetime(stamp)
    text = body if body is not None else render_text(make_edition(stamp, seed=seed, members=5))
    return (
        "From:\tTLD-OPS Repository via tld-ops\n"
        f"Sent:\t{when:%A, %B %d, %Y %I:%M %p}\n"
        "To:\ttld-ops@lists.dns-oarc.net\n"
        f"Subject:\t{subject_for(stamp)}\n\n" + text
    ).encode("utf-8")


@pytest.mark.parametrize("crlf", [False, True], ids=["lf", "crlf"])
def test_outlook_text_of_several_messages(tmp_path: Path, crlf: bool) -> None:
    inline = (
        "Forwarding the newer one below.\n\nFrom: TLD-OPS Repository via tld-ops\n"
        "Sent: Sunday, November 1, 2026 7:00 AM\nTo: tld-ops@lists.dns-oarc.net\n"
        f"Subject: {subject_for(NOVEMBER)}\n\nDear members,\n"
    )
    messages = [
        _outlook_text(OCTOBER, 1),
        _outlook_text("20261102-0600", 0, inline),  # a forward: its header lines not Outlook's
        _outlook_text(NOVEMBER, 2),
    ]
    data = b"\n\n\n".join(messages)
    if crlf:
        data = data.replace(b"\n", b"\r\n")
    path = tmp_path / "Messages.txt"
    path.write_bytes(data)
    sources = [c.source for c in candidates(path)]
    assert len(sources) == 3
    editions = [(s, stamp, trusted) for s, stamp, trusted in found(path)]
    # Untrusted (Outlook keeps no list headers in its text), but each read.
    assert [(stamp, trusted) for _, stamp, trusted in editions] == [
        (OCTOBER, False),
        (NOVEMBER, False),
    ]
    assert editions[1][0] == sources[2]
    assert path.read_bytes()[int(sources[2].rpartition(" @ ")[2]) :].startswith(b"From:\t")


def test_a_maildir_message_is_one_message(tmp_path: Path) -> None:
    # A mail store's file is one delivered message, whatever its body holds.
    files = write_maildir(tmp_path / "Maildir", [_edition(OCTOBER, 1) + _edition(NOVEMBER, 2)])
    assert [c.source for c in candidates(tmp_path / "Maildir")] == [str(files[0])]


def test_joined_messages_piped_in(monkeypatch: pytest.MonkeyPatch) -> None:
    data = _edition(NOVEMBER, 2) + _edition(OCTOBER, 1)
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    result = [
        (e.source, e.stamp)
        for c in scan(["-"])
        if isinstance(c, Candidate)
        for e in examine(c.data, c.source).editions
    ]
    assert result == [("- @ 0", NOVEMBER), (f"- @ {len(_edition(NOVEMBER, 2))}", OCTOBER)]


def test_a_body_that_names_a_forward_still_ends_there(tmp_path: Path) -> None:
    note = (
        b"From: a@registry.example\nDate: Mon, 02 Nov 2026 09:00:00 +0000\nSubject: x\n\n"
        b"Please forward the next one to the NOC.\n"
    )
    path = tmp_path / "all.eml"
    path.write_bytes(note + _edition(NOVEMBER, 2))
    assert found(path) == [(f"{path} @ {len(note)}", NOVEMBER, True)]


def test_joined_messages_in_an_archive(tmp_path: Path) -> None:
    first, second = _edition(OCTOBER, 1), _edition(NOVEMBER, 2)
    archive = write_zip(tmp_path / "saved.zip", {"all.eml": first + second})
    assert [stamp for _, stamp, _ in found(archive)] == [OCTOBER, NOVEMBER]


def test_a_joined_file_larger_than_a_message_is_read_message_by_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(scan_module, "MAX_MESSAGE_BYTES", 12_000)
    stamps = [f"{year}{month:02d}01-0600" for year in (2025, 2026) for month in range(1, 13)]
    messages = [_edition(stamp, seed) for seed, stamp in enumerate(stamps)]
    assert (
        all(len(m) < 12_000 for m in messages) and sum(map(len, messages)) > 64 * 1024
    )  # past the first read
    path = tmp_path / "year.eml"
    path.write_bytes(b"".join(messages))
    offsets = [sum(map(len, messages[:i])) for i in range(len(messages))]
    assert found(path) == [
        (f"{path} @ {at}", stamp, True) for at, stamp in zip(offsets, stamps, strict=True)
    ]


def test_an_edition_too_large_among_joined_ones_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(scan_module, "MAX_MESSAGE_BYTES", 12_000)
    large = edition_message(make_edition(NOVEMBER, seed=2, members=40))
    assert len(large) > 12_000
    path = tmp_path / "all.eml"
    path.write_bytes(_edition(OCTOBER, 1) + large)
    items = list(scan([str(path)]))
    assert [type(i).__name__ for i in items] == ["Candidate", "ScanProblem"]
    assert items[1] == ScanProblem(
        f"{path} @ {len(_edition(OCTOBER, 1))}", "too-large", "over 0 MiB"
    )
