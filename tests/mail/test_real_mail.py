"""Editions as real clients, lists and mail stores pass them on, at the edges of the format:
forwards that keep the list's subject, subjects encoded word by word, signed and base64
wrappers, posts and replies that only name an edition, unquoted "From " lines, Latin-9 bodies,
and a mailbox cut short in its last message.
"""

from __future__ import annotations

import base64
import re
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.mailgen.editions import change_phones, with_stamp
from tests.mailgen.messages import (
    build_edition,
    forward_message,
    stamp_datetime,
    subject_for,
)
from tests.mailgen.render import LIST_ADDRESS, render_text
from tests.mailgen.scenario import edition_chain
from tldops_desktop.core.model import Region
from tldops_desktop.mail import mbox_split
from tldops_desktop.mail import scan as scan_module
from tldops_desktop.mail.decode import unflow
from tldops_desktop.mail.html import parse_html
from tldops_desktop.mail.message import FoundEdition
from tldops_desktop.mail.parse import parse_text
from tldops_desktop.mail.scan_items import Candidate, MboxRange, ScanControl
from tldops_desktop.services.import_report import ImportReport
from tldops_desktop.services.importer import ImportOptions, find_editions

STAMP = "20261101-0600"
(EDITION,) = edition_chain([STAMP], seed=21, members=12)
WHEN = stamp_datetime(STAMP)
SEPARATOR = b"From MAILER-DAEMON Sun Nov  1 06:00:00 2026\n"

Contacts = dict[str, list[tuple[str, str, str]]]


def expected() -> Contacts:
    return {m.ace: [(c.name, c.email, c.phone) for c in m.contacts] for m in EDITION.members}


def contacts(found: FoundEdition) -> Contacts:
    return {m.tld.ace: [(c.name, c.email, c.phone) for c in m.contacts] for m in found.body.members}


def find(path: Path) -> tuple[list[FoundEdition], ImportReport]:
    report = ImportReport()
    return find_editions([str(path)], ImportOptions(workers=0), report), report


def eml(tmp_path: Path, data: bytes, name: str = "saved.eml") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def mbox(tmp_path: Path, messages: list[bytes], name: str = "Inbox") -> Path:
    """An mbox as mboxo and mboxcl2 writers leave it: body lines that begin "From " are
    not quoted."""
    path = tmp_path / name
    path.write_bytes(b"".join(SEPARATOR + m.rstrip(b"\n") + b"\n\n" for m in messages))
    return path


def with_header(data: bytes, name: bytes, value: bytes) -> bytes:
    """``data`` with the header ``name`` replaced by ``value`` (a whole header line)."""
    head, _, body = data.partition(b"\n\n")
    lines = [line for line in head.split(b"\n") if not line.lower().startswith(name.lower())]
    return b"\n".join([*lines, value]) + b"\n\n" + body


def the_edition() -> bytes:
    return build_edition(EDITION, seed=2).data


# -- forwards ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "outer_subject",
    [subject_for(STAMP), f"[Fwd: {subject_for(STAMP)}]", f"Doorst: {subject_for(STAMP)}"],
    ids=["unchanged", "netscape", "dutch"],
)
def test_a_forward_keeping_the_subject_reads_the_attached_edition(
    tmp_path: Path, outer_subject: str
) -> None:
    forward = forward_message(the_edition(), subject_for(STAMP), date=WHEN + timedelta(days=1))
    forward = with_header(forward, b"Subject:", f"Subject: {outer_subject}".encode())
    found, report = find(eml(tmp_path, forward))
    assert [f.container for f in found] == ["forward"]
    assert found[0].trusted  # the attached message was sent through the list
    assert contacts(found[0]) == expected()
    assert report.errors == []


def test_an_attached_message_sent_base64_encoded_is_read(tmp_path: Path) -> None:
    forward = forward_message(the_edition(), subject_for(STAMP), date=WHEN)
    head, _, rest = forward.partition(b"Content-Type: message/rfc822\n")
    headers, _, inner = rest.partition(b"\n\n")
    boundary_at = inner.rfind(b"\n--")
    encoded = base64.encodebytes(inner[:boundary_at] + b"\n")
    wrapped = (
        head + b"Content-Type: message/rfc822\n" + headers
        + b"\nContent-Transfer-Encoding: base64\n\n" + encoded + inner[boundary_at + 1 :]
    )  # fmt: skip
    found, _ = find(eml(tmp_path, wrapped))
    assert len(found) == 1 and found[0].container == "forward"
    assert contacts(found[0]) == expected()


@pytest.mark.parametrize("subject", [f"Fwd: {subject_for(STAMP)}", "FYI"])
@pytest.mark.parametrize("store", ["eml", "mbox"])
def test_an_edition_attached_as_message_global_is_read(
    tmp_path: Path, subject: str, store: str
) -> None:
    """RFC 6532's type for an attached message whose header fields may hold UTF-8."""
    forward = forward_message(the_edition(), subject, date=WHEN)
    forward = forward.replace(b"Content-Type: message/rfc822", b"Content-Type: message/global")
    path = eml(tmp_path, forward) if store == "eml" else mbox(tmp_path, [forward])
    found, report = find(path)
    assert [(f.container, f.trusted) for f in found] == [("forward", True)]
    assert contacts(found[0]) == expected()
    assert report.errors == []


def _bounce(returned: bytes) -> bytes:
    """A delivery status notification (RFC 3464) as Postfix writes one, returning the whole
    message it could not deliver (an edition a rule forwarded to an address that is gone)."""
    return (
        b"From: MAILER-DAEMON@mx.registry.example (Mail Delivery System)\n"
        b"To: member@registry.example\nSubject: Undelivered Mail Returned to Sender\n"
        b"Date: Sun, 01 Nov 2026 06:00:09 +0000\nMessage-ID: <dsn1@mx.registry.example>\n"
        b"MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status;\n"
        b' boundary="dsn1"\n\n--dsn1\nContent-Description: Notification\n'
        b"Content-Type: text/plain; charset=us-ascii\n\nThis is the mail system at host mx.\n\n"
        b"--dsn1\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
        b"Reporting-MTA: dns; mx.registry.example\n\nFinal-Recipient: rfc822; old@gone.example\n"
        b"Action: failed\nStatus: 5.1.1\n\n--dsn1\nContent-Description: Undelivered Message\n"
        b"Content-Type: message/rfc822\n\n" + returned + b"\n--dsn1--\n"
    )


@pytest.mark.parametrize("store", ["eml", "mbox"])
def test_an_edition_returned_in_a_bounce_is_read(tmp_path: Path, store: str) -> None:
    """The returned message is judged by its own headers, as a forwarded one is."""
    data = _bounce(the_edition())
    path = eml(tmp_path, data) if store == "eml" else mbox(tmp_path, [data])
    found, report = find(path)
    assert [(f.container, f.trusted) for f in found] == [("forward", True)]
    assert contacts(found[0]) == expected()
    assert report.errors == []


def _signed(inner: bytes, subject: str) -> bytes:
    """An S/MIME-signed forward: multipart/signed around the multipart/mixed forward."""
    forward = forward_message(inner, subject, date=WHEN)
    head, _, body = forward.partition(b"\n\n")
    mixed_type = next(
        line for line in head.split(b"\n") if line.lower().startswith(b"content-type:")
    )
    outer = [
        line
        for line in head.split(b"\n")
        if not line.lower().startswith((b"content-type:", b"subject:"))
    ]
    signature = base64.encodebytes(b"\x30\x82" + bytes(range(256)) * 4)
    return b"\n".join(
        [
            *outer,
            b"Subject: contacts, as promised",
            b'Content-Type: multipart/signed; protocol="application/pkcs7-signature";',
            b' micalg=sha-256; boundary="signed-b"',
            b"",
            b"--signed-b",
            mixed_type,
            b"",
            body.rstrip(b"\n"),
            b"--signed-b",
            b'Content-Type: application/pkcs7-signature; name="smime.p7s"',
            b"Content-Transfer-Encoding: base64",
            b"",
            signature.rstrip(b"\n"),
            b"--signed-b--",
            b"",
        ]
    )


@pytest.mark.parametrize("store", ["eml", "mbox"])
def test_a_signed_forward_under_another_subject_is_read(tmp_path: Path, store: str) -> None:
    data = _signed(the_edition(), subject_for(STAMP))
    path = eml(tmp_path, data) if store == "eml" else mbox(tmp_path, [data])
    found, _ = find(path)
    assert len(found) == 1 and found[0].container == "forward"
    assert contacts(found[0]) == expected()


# -- subjects ---------------------------------------------------------------------------------


def _words(pieces: list[str], kind: str) -> str:
    if kind == "B":
        return " ".join(f"=?utf-8?B?{base64.b64encode(p.encode()).decode()}?=" for p in pieces)
    return " ".join("=?utf-8?Q?" + "".join(f"={b:02X}" for b in p.encode()) + "?=" for p in pieces)


@pytest.mark.parametrize("kind", ["B", "Q"])
@pytest.mark.parametrize("store", ["eml", "mbox"])
def test_a_subject_encoded_word_by_word_is_recognised(
    tmp_path: Path, kind: str, store: str
) -> None:
    """Split inside "Repository" and every byte a hex escape; no other header names it."""
    subject = subject_for(STAMP)
    cut = subject.index("Repository") + 3
    data = with_header(
        the_edition(),
        b"Subject:",
        f"Subject: {_words([subject[:cut], subject[cut:]], kind)}".encode(),
    )
    data = with_header(data, b"From:", f"From: tld-ops <{LIST_ADDRESS}>".encode())
    assert b"epositor" not in data.split(b"\n\n", 1)[0]
    path = eml(tmp_path, data) if store == "eml" else mbox(tmp_path, [data])
    found, _ = find(path)
    assert [f.stamp for f in found] == [STAMP] and found[0].trusted
    assert contacts(found[0]) == expected()


@pytest.mark.parametrize("cut_after", ["Commu", "Reposi", "<20261101-06", "Response"])
@pytest.mark.parametrize("store", ["eml", "mbox"])
def test_a_subject_folded_in_the_middle_of_a_word_is_recognised(
    tmp_path: Path, cut_after: str, store: str
) -> None:
    """Some clients fold a long subject where a line reaches its length, inside a word or
    the stamp: unfolded, "Commu nity" and "<20261101-06 00>" still name the edition."""
    subject = subject_for(STAMP)
    cut = subject.index(cut_after) + len(cut_after)
    folded = f"Subject: {subject[:cut]}\r\n\t{subject[cut:]}".encode()
    data = with_header(the_edition(), b"Subject:", folded)
    data = with_header(data, b"From:", f"From: <{LIST_ADDRESS}>".encode())
    data = with_header(data, b"List-Id:", b"List-Id: <tld-ops.lists.dns-oarc.net>")
    path = eml(tmp_path, data) if store == "eml" else mbox(tmp_path, [data])
    found, report = find(path)
    assert [f.stamp for f in found] == [STAMP] and found[0].trusted
    assert contacts(found[0]) == expected()
    assert report.errors == []


@pytest.mark.parametrize("kind", ["B", "Q"])
@pytest.mark.parametrize("store", ["eml", "mbox"])
def test_a_subject_folded_in_the_middle_of_an_encoded_word_is_recognised(
    tmp_path: Path, kind: str, store: str
) -> None:
    """A client that folds at a set width cuts an encoded word too; no blank is part of one."""
    word = _words([subject_for(STAMP)], kind)
    folded = f"Subject: {word[:40]}\r\n {word[40:]}".encode()
    data = with_header(the_edition(), b"Subject:", folded)
    data = with_header(data, b"From:", f"From: <{LIST_ADDRESS}>".encode())
    path = eml(tmp_path, data) if store == "eml" else mbox(tmp_path, [data])
    found, report = find(path)
    assert [f.stamp for f in found] == [STAMP] and found[0].trusted
    assert report.errors == []


def test_a_list_post_about_an_edition_is_not_one(tmp_path: Path) -> None:
    """A member's post through the list (so with the list's headers) whose subject names an
    edition, with other phone numbers in it: not an edition, but named in the report."""
    changed = change_phones(with_stamp(EDITION, "20261231-0600"), seed=3, fraction=1.0)
    post = build_edition(changed, seed=4).data
    post = with_header(
        post,
        b"Subject:",
        f"Subject: [tld-ops] Correction to {subject_for('20261231-0600')}".encode(),
    )
    found, report = find(mbox(tmp_path, [the_edition(), post]))
    assert [f.stamp for f in found] == [STAMP]
    assert [(e["code"], e["detail"]) for e in report.errors] == [
        ("subject-not-edition", "20261231-0600")
    ]


@pytest.mark.parametrize(
    "subject",
    [
        "CAUTION: [tld-ops] {title}",
        "⚠ EXTERNAL: {title}",
        "【外部】 [tld-ops] {title}",
        "Externe Mail: {title}",
    ],
)
def test_an_edition_marked_by_a_mail_gateway_is_read(tmp_path: Path, subject: str) -> None:
    """Corporate gateways and spam filters put their marks before the list's subject."""
    marked = with_header(
        the_edition(), b"Subject:", f"Subject: {subject.format(title=subject_for(STAMP))}".encode()
    )
    found, report = find(mbox(tmp_path, [marked]))
    assert [(f.stamp, f.trusted) for f in found] == [(STAMP, True)]
    assert report.errors == []


_TITLE_ONLY = subject_for(STAMP).removeprefix("[tld-ops] ")


@pytest.mark.parametrize(
    ("tag", "charset"),
    [("【外部】", "utf-8"), ("[Внешнее письмо]", "utf-8"), ("[EXTÉRIEUR – ÉXPÉDITEUR]", "cp1252")],
)
def test_a_raw_8bit_gateway_tag_before_an_encoded_title_is_read(
    tmp_path: Path, tag: str, charset: str
) -> None:
    """A gateway puts its tag in raw 8-bit text (UTF-8, or Windows-1252 on an old one) before
    a subject whose title the list's sender wrote as encoded words."""
    subject = f"Subject: {tag} ".encode(charset) + _words([subject_for(STAMP)], "Q").encode()
    found, report = find(mbox(tmp_path, [with_header(the_edition(), b"Subject:", subject)]))
    assert [(f.stamp, f.trusted) for f in found] == [(STAMP, True)]
    assert report.errors == []


@pytest.mark.parametrize(
    "subject",
    [
        # A tag whose base64 has a character too many, before a title encoded too.
        f"=?utf-8?B?W0VYVF0gx?= {_words([_TITLE_ONLY[:20], _TITLE_ONLY[20:]], 'B')}",
        # A tag in an encoding no decoder knows, kept as written.
        f"=?utf-8?X?[EXT]?= {_TITLE_ONLY}",
        # A tag whose base64 cannot be read, then the list's own tag.
        f"=?utf-8?B?W0VY=VF0?= [tld-ops] {_TITLE_ONLY}",
        # A tag in a charset no one knows.
        f"=?x-gateway-8bit?Q?=5BEXT=A0=5D?= [tld-ops] {_TITLE_ONLY}",
    ],
)
def test_an_edition_whose_gateway_tag_cannot_be_decoded_is_read(
    tmp_path: Path, subject: str
) -> None:
    """A broken encoded word before the title fails the whole header in the email package:
    the title was then not found, or the edition taken for a post that mentions one."""
    marked = with_header(the_edition(), b"Subject:", f"Subject: {subject}".encode())
    found, report = find(mbox(tmp_path, [marked]))
    assert [(f.stamp, f.trusted) for f in found] == [(STAMP, True)]
    assert report.errors == []


@pytest.mark.parametrize("prefix", ["RES:", "Antwort:", "ΑΠ:", "AW:", "Odp:", "回复:"])
def test_replies_in_other_languages_are_replies(tmp_path: Path, prefix: str) -> None:
    quoted = "\n".join("> " + line for line in the_edition().decode().split("\n")[20:80])
    reply = (
        f"From: Pat <pat@registry.example>\nTo: {LIST_ADDRESS}\n"
        f"Subject: {prefix} {subject_for(STAMP)}\nMIME-Version: 1.0\n"
        'Content-Type: text/plain; charset="utf-8"\n\n'
        f"Our second contact changed, see below.\n\n{quoted}\n"
    ).encode()
    found, report = find(mbox(tmp_path, [reply]))
    assert found == [] and report.replies == 1 and report.errors == []


# -- framing ----------------------------------------------------------------------------------


def _with_from_lines(data: bytes) -> bytes:
    """The edition with body lines that begin "From ", as people write them."""
    head, _, body = data.partition(b"\n\n")
    lines = body.split(b"\n")
    lines.insert(3, b"From December on, the repository is sent on the first Monday.")
    lines.insert(len(lines) // 2, b"From the desk of the ccNSO Secretariat: no change here.")
    return head + b"\n\n" + b"\n".join(lines)


@pytest.mark.parametrize("html", ["none", "alternative"])
def test_lines_ending_in_cr_cr_lf_are_read_as_crlf(tmp_path: Path, html: str) -> None:
    """A CRLF file converted to CRLF again (a copy in text mode, a Windows tool): every line
    ends in CR CR LF. Read as lines ending CRLF; each message was passed over unseen."""
    data = build_edition(EDITION, seed=2, html=html).data  # type: ignore[arg-type]
    other = b"From: a@b.example\nSubject: lunch\nDate: Tue, 3 Nov 2026 09:00:00 +0000\n\nNoon.\n"
    saved = eml(tmp_path, data.replace(b"\n", b"\r\r\n"))
    box = mbox(tmp_path, [other, data, other])
    box.write_bytes(box.read_bytes().replace(b"\n", b"\r\r\n"))
    for path in (saved, box):
        found, report = find(path)
        assert [f.stamp for f in found] == [STAMP], path
        assert contacts(found[0]) == expected() and report.errors == []
    assert find(box)[1].messages_scanned == 3


@pytest.mark.parametrize("chunk", [None, 4096, 65536])
def test_unquoted_from_lines_in_an_edition_do_not_cut_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int | None
) -> None:
    """mboxo and mboxcl2 writers (Thunderbird, mutt) leave a body's "From " lines as they
    are; only a "From " line with a date is a separator, wherever the chunks end."""
    if chunk is not None:
        monkeypatch.setattr(mbox_split, "CHUNK_BYTES", chunk)
    other = b"From: a@b.example\nSubject: lunch\n\nFrom noon on, the usual place.\n"
    path = mbox(tmp_path, [other, _with_from_lines(the_edition()), other])
    found, report = find(path)
    assert [f.stamp for f in found] == [STAMP]
    assert contacts(found[0]) == expected()
    assert report.messages_scanned == 3


def test_a_latin9_body_reads_as_latin9(tmp_path: Path) -> None:
    text = (
        "TLD-OPS Incident Response Community Repository\n\n"
        "ccTLD | Country | Region | # | Name | Email | Phone\n"
        ".sk | Slovakia | EU | 1 | Štefan Žák | stefan@nic.sk.example | +421 905 123 456\n"
        ".fr | France | EU | 1 | Zoë Lefèvre | zoe@afnic.fr.example | +33 6 12 34 56 78\n"
    )
    data = with_header(
        build_edition(EDITION, seed=2, text="x").data.split(b"\n\n")[0] + b"\n\nx",
        b"Content-Type:",
        b'Content-Type: text/plain; charset="iso-8859-15"',
    )
    data = data.rsplit(b"\n\n", 1)[0] + b"\n\n" + text.encode("iso-8859-15")
    found, _ = find(eml(tmp_path, data))
    names = {m.tld.ace: m.contacts[0].name for m in found[0].body.members}
    assert names == {"sk": "Štefan Žák", "fr": "Zoë Lefèvre"}


# -- cut short --------------------------------------------------------------------------------


def test_a_mailbox_cut_short_in_its_last_edition_keeps_that_one_out(tmp_path: Path) -> None:
    later = with_stamp(EDITION, "20261201-0600")
    whole = mbox(tmp_path, [the_edition(), build_edition(later, seed=5).data])
    data = whole.read_bytes()
    cut = tmp_path / "cut"
    cut.write_bytes(data[: data.rindex(b"@", 0, len(data) * 3 // 4 + len(data) // 8)])
    found, report = find(cut)
    assert [f.stamp for f in found] == [STAMP]
    assert [(e["code"], e["detail"]) for e in report.errors] == [("truncated", "20261201-0600")]


@pytest.mark.parametrize("html", ["none", "alternative"])
def test_a_whole_message_without_a_last_newline_is_whole(tmp_path: Path, html: str) -> None:
    data = build_edition(EDITION, seed=2, html=html).data.rstrip(b"\n")  # type: ignore[arg-type]
    found, report = find(eml(tmp_path, data))
    assert [f.stamp for f in found] == [STAMP], report.errors
    assert contacts(found[0]) == expected()


def _without_footer(text: str) -> str:
    return text[: text.index("\n_____")].rstrip("\n")


def _ending_at_the_last_contact(**kwargs: Any) -> bytes:
    """The edition with no footer and no closing text: its file ends in its last contact's
    last line, with no newline."""
    text = render_text(EDITION, "A", seed=2)
    body = text[: text.index("\n\n\nTo update")]
    return build_edition(EDITION, seed=2, text=body, **kwargs).data.rstrip(b"\n")


def _unclosed(data: bytes) -> bytes:
    """``data`` without its closing MIME delimiter (some list servers and tools leave it out)."""
    return data[: data.rindex(b"\n--")]


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(_unclosed(_ending_at_the_last_contact(html="alternative")), id="html-end"),
        pytest.param(_ending_at_the_last_contact(html="alternative"), id="closing-delimiter"),
        pytest.param(
            _unclosed(_ending_at_the_last_contact(html="alternative", html_encoding="base64")),
            id="base64-html-end",
        ),
    ],
)
def test_an_edition_without_footer_or_last_newline_that_shows_its_end_is_whole(
    tmp_path: Path, data: bytes
) -> None:
    """No footer, no final newline: its closing MIME delimiter, or the end of its last part
    (the HTML alternative after the text) shows that it was not cut."""
    found, report = find(eml(tmp_path, data))
    assert [f.stamp for f in found] == [STAMP], report.errors
    assert found[0].complete and contacts(found[0]) == expected()


def test_a_plain_edition_in_base64_without_a_last_newline_is_whole(tmp_path: Path) -> None:
    """A base64 body that ends in its padding was written to its end by the encoder."""
    for cut in range(3):  # the padding is there for one text length in three
        text = render_text(EDITION, "A", seed=2)
        body = _without_footer(text) + " " * cut
        data = build_edition(EDITION, seed=2, text=body, encoding="base64").data.rstrip(b"\n")
        if not data.endswith(b"="):
            continue
        found, report = find(eml(tmp_path, data))
        assert [f.stamp for f in found] == [STAMP], report.errors
        assert found[0].complete and contacts(found[0]) == expected()
        return
    raise AssertionError("no padded body")


def test_an_edition_ending_in_its_last_phone_number_is_still_refused(tmp_path: Path) -> None:
    """Nothing shows whether the number was cut: refused, as a copy cut short."""
    found, report = find(eml(tmp_path, _ending_at_the_last_contact()))
    assert found == []
    assert [e["code"] for e in report.errors] == ["truncated"]


def test_a_saved_copy_cut_short_is_named(tmp_path: Path) -> None:
    data = the_edition()
    found, report = find(eml(tmp_path, data[: data.index(b"@", len(data) // 2)]))
    assert found == []
    assert [e["code"] for e in report.errors] == ["truncated"]


# -- mboxcl2 ----------------------------------------------------------------------------------


def cl2(messages: list[bytes], *, skew: int = 0) -> bytes:
    """An mboxcl2 as mutt and Solaris mail write it: a Content-Length header (off by
    ``skew``, as an edited or converted file may have it), the body unquoted, a blank line."""
    out = []
    for data in messages:
        head, _, body = data.partition(b"\n\n")
        length = f"Content-Length: {len(body) + skew}".encode()
        out.append(SEPARATOR + head + b"\n" + length + b"\n\n" + body + b"\n")
    return b"".join(out)


def _carrying_a_forgery(forged: bytes) -> bytes:
    """An outsider's mail whose body holds what looks like a list message after a blank line."""
    return (
        b"From: someone@elsewhere.example\nTo: me@registry.example\nSubject: hello\n\n"
        b"Have a look at this:\n\n" + SEPARATOR + forged
    )


@pytest.mark.parametrize("chunk", [None, 4096])
def test_mboxcl2_bodies_end_where_their_length_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int | None
) -> None:
    if chunk is not None:
        monkeypatch.setattr(mbox_split, "CHUNK_BYTES", chunk)
    forged = change_phones(with_stamp(EDITION, "20261231-0600"), seed=8, fraction=1.0)
    carrier = _carrying_a_forgery(build_edition(forged, seed=9).data)
    timed = the_edition().replace(b"\n\n", b"\n\nFrom 06:00 UTC on, the list is moderated.\n", 1)
    path = tmp_path / "mutt"
    path.write_bytes(cl2([carrier, timed, b"From: a@b\nSubject: lunch\n\nFrom noon.\n"]))
    found, report = find(path)
    assert [f.stamp for f in found] == [STAMP]  # no forged edition out of the first body
    assert contacts(found[0]) == expected()
    assert report.messages_scanned == 3


@pytest.mark.parametrize("skew", [-40, 25, 10**9])
def test_a_wrong_content_length_is_not_trusted(tmp_path: Path, skew: int) -> None:
    later = with_stamp(EDITION, "20261201-0600")
    path = tmp_path / "edited"
    path.write_bytes(cl2([the_edition(), build_edition(later, seed=5).data], skew=skew))
    found, _ = find(path)
    assert [f.stamp for f in found] == [STAMP, "20261201-0600"]
    assert contacts(found[0]) == expected()


def test_an_mboxcl2_is_not_cut_into_parts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only a read from its start knows where its bodies end."""
    monkeypatch.setattr(scan_module, "MIN_PART_BYTES", 4096)
    asked: list[int] = []
    path = tmp_path / "mutt"
    path.write_bytes(cl2([the_edition()] * 8))

    def parts_for(size: int) -> int:
        asked.append(size)
        return 4

    control = ScanControl(parts_for=parts_for)
    items = list(scan_module.scan([str(path)], control))
    assert asked == [] and not any(isinstance(i, MboxRange) for i in items)
    assert len([i for i in items if isinstance(i, Candidate)]) == 8


# -- lists' decorations, odd headers, links ---------------------------------------------------


def test_a_mailman_header_part_before_the_edition_is_passed_over(tmp_path: Path) -> None:
    """Mailman 2 decorates a message it cannot edit in place (base64) with parts of its own:
    the list's header first, then the message, then the footer."""
    head, _, body = the_edition().partition(b"\n\n")
    headers = [h for h in head.split(b"\n") if not h.lower().startswith(b"content-")]
    own = [h for h in head.split(b"\n") if h.lower().startswith(b"content-")]
    decorated = b"\n".join(
        [
            *headers,
            b'Content-Type: multipart/mixed; boundary="mm"',
            b"",
            b"--mm",
            b'Content-Type: text/plain; charset="us-ascii"',
            b"",
            b"Reminder: the TLD-OPS list is for incident response only.",
            b"--mm",
            *own,
            b"",
            body.rstrip(b"\n"),
            b"--mm",
            b'Content-Type: text/plain; charset="us-ascii"',
            b"",
            b"_______________________________________________",
            b"tld-ops mailing list",
            b"--mm--",
            b"",
        ]
    )
    found, report = find(eml(tmp_path, decorated))
    assert [f.stamp for f in found] == [STAMP], report.errors
    assert contacts(found[0]) == expected()


def test_a_list_header_in_the_body_is_not_its_footer(tmp_path: Path) -> None:
    head, _, body = the_edition().partition(b"\n\n")
    header = b"_______________________________________________\ntld-ops mailing list notice\n\n"
    found, _ = find(eml(tmp_path, head + b"\n\n" + header + body))
    assert contacts(found[0]) == expected()


def test_a_transfer_encoding_with_a_trailing_blank_is_decoded(tmp_path: Path) -> None:
    data = build_edition(EDITION, seed=2, encoding="quoted-printable").data
    data = data.replace(
        b"Content-Transfer-Encoding: quoted-printable\n",
        b"Content-Transfer-Encoding: quoted-printable \n",
    )
    found, _ = find(eml(tmp_path, data))
    assert contacts(found[0]) == expected()


def test_a_stamp_long_after_the_date_is_not_trusted(tmp_path: Path) -> None:
    """A post through the list under the edition's subject with a stamp decades ahead would
    stay the current edition until then."""
    ahead = change_phones(with_stamp(EDITION, "20991201-0600"), seed=4, fraction=1.0)
    post = build_edition(ahead, seed=6, date=WHEN).data
    found, _ = find(mbox(tmp_path, [post, the_edition()]))
    verdicts = {f.stamp: (f.trusted, f.trust_reason) for f in found}
    assert verdicts == {"20991201-0600": (False, "stamp-after-date"), STAMP: (True, "")}


@pytest.mark.parametrize("dated", [True, False])
def test_a_stamp_ahead_of_today_is_not_trusted(tmp_path: Path, dated: bool) -> None:
    """A Date header forged to match the stamp (or none at all) does not make a stamp years
    ahead the list's: no genuine edition is dated after today."""
    stamp = "20991201-0600"
    ahead = build_edition(with_stamp(EDITION, stamp), seed=6, date=stamp_datetime(stamp)).data
    if not dated:
        ahead = with_header(ahead, b"Date:", b"X-Date-Removed: yes")
    found, _ = find(mbox(tmp_path, [ahead, the_edition()]))
    verdicts = {f.stamp: (f.trusted, f.trust_reason) for f in found}
    assert verdicts == {stamp: (False, "stamp-in-future"), STAMP: (True, "")}


def test_a_mailbox_linked_into_a_folder_is_read_once(tmp_path: Path) -> None:
    store = tmp_path / "elsewhere"
    store.mkdir()
    mbox(store, [the_edition()], name="Archive")
    folder = tmp_path / "Mail"
    folder.mkdir()
    (folder / "Archive").symlink_to(store / "Archive")
    (folder / "store").symlink_to(store, target_is_directory=True)
    (store / "loop").symlink_to(folder, target_is_directory=True)
    found, _ = find(folder)
    assert [f.stamp for f in found] == [STAMP, STAMP]  # by each name it has, as a client shows it


@pytest.mark.parametrize(
    "line",
    [b"From x Tue Nov 24 2026", b"From MAILER-DAEMON Tue Nov 24 11:27 2026", b"From x 2026"],
)
def test_separators_with_a_date_but_no_seconds_or_time(tmp_path: Path, line: bytes) -> None:
    other = b"From: a@b.example\nSubject: lunch\n\nFrom December on, the usual place.\n"
    path = tmp_path / "box"
    path.write_bytes(b"".join(line + b"\n" + m + b"\n" for m in (other, the_edition(), other)))
    found, report = find(path)
    assert [f.stamp for f in found] == [STAMP] and report.messages_scanned == 3


@pytest.mark.parametrize("chunk", [None, 64, 4096])
@pytest.mark.parametrize("newline", [b"\n", b"\r\n"])
def test_separators_with_no_date_after_a_blank_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int | None, newline: bytes
) -> None:
    """Export tools that write "From someone@example.org" alone: a message begins there,
    after a blank line and before a header block; a body's "From here on" line does not
    begin one, nor a one-word "From" line followed by text or by a line that only looks like
    a field, wherever the chunks end."""
    if chunk is not None:
        monkeypatch.setattr(mbox_split, "CHUNK_BYTES", chunk)
    other = b"From: a@b.example\nSubject: lunch\n\nFrom here on, the usual place.\n"
    other += b"\nFrom Alice\nsee you there.\n\nFrom Bob\nNote: bring the key.\n\nBye.\n"
    editions = edition_chain(["20261001-0600", STAMP], seed=21, members=3)
    messages = [other, *(build_edition(e, seed=2).data for e in editions), other]
    data = b"".join(b"From someone@example.org\n" + m.rstrip(b"\n") + b"\n\n" for m in messages)
    path = tmp_path / "export.mbox"
    path.write_bytes(data.replace(b"\n", newline))
    found, report = find(path)
    assert [f.stamp for f in found] == ["20261001-0600", STAMP]
    assert [len(f.body.members) for f in found] == [3, 3]
    assert report.messages_scanned == 4 and report.errors == []


def test_percent_encoded_mailto_links_and_stray_nul_bytes(tmp_path: Path) -> None:
    """Links written "Send mail" with the address, %40 for "@", only in the target."""
    data = build_edition(EDITION, seed=2, html="only", html_encoding="8bit").data
    head, _, body = data.partition(b"\n\n")
    body = re.sub(
        rb'href="mailto:([^"@]*)@([^"]*)">[^<]*</a>', rb'href="mailto:\1%40\2">Send mail</a>', body
    )
    body = body.replace(b"mailto:", b"mailto:\x00", 1)
    found, _ = find(eml(tmp_path, head + b"\n\n" + body))
    assert contacts(found[0]) == expected()


def test_a_linked_name_stays_a_name() -> None:
    row = (
        "<table><tr><th>ccTLD</th><th>Country</th><th>Region</th><th>#</th><th>Name</th>"
        "<th>Email</th><th>Phone</th></tr><tr><td>.tt</td><td>Trinidad and Tobago</td>"
        '<td>LAC</td><td>1</td><td><a href="mailto:bob@nic.tt">Bob Lee</a></td>'
        '<td><a href="mailto:bob@nic.tt">bob [at] nic.tt</a></td><td>+1 868 620 1234</td></tr>'
        "</table>"
    )
    (member,) = parse_html(row).members
    assert [(c.name, c.email) for c in member.contacts] == [("Bob Lee", "bob@nic.tt")]


def test_a_last_line_ending_in_a_lone_cr_is_whole(tmp_path: Path) -> None:
    data = build_edition(EDITION, seed=2, crlf=True).data
    assert data.endswith(b"\r\n")
    found, _ = find(eml(tmp_path, data[:-1]))
    assert contacts(found[0]) == expected()


def _flowed(text: str, width: int = 40) -> str:
    """``text`` as a format=flowed writer sends it: long lines broken after a space."""
    out = []
    for whole in text.split("\n"):
        line = whole
        while len(line) > width and " " in line[:width]:
            cut = line.rindex(" ", 0, width) + 1
            out.append(line[:cut])  # ends in a space: a soft break
            line = line[cut:]
        out.append(" " + line if line.startswith((" ", "From ", ">")) else line)
    return "\n".join(out)


def test_a_flowed_layout_b_edition_is_unwrapped(tmp_path: Path) -> None:
    text = render_text(EDITION, "B")
    data = build_edition(EDITION, seed=2, text=_flowed(text))
    flowed = data.data.replace(b'charset="utf-8"', b'charset="utf-8"; format=flowed', 1)
    found, report = find(eml(tmp_path, flowed))
    assert contacts(found[0]) == expected(), report.unplaced_lines[:3]


def _stripped(flowed: str) -> str:
    """Flowed text after a server stripped its lines' trailing spaces: its soft breaks hard."""
    return "\n".join(line.rstrip(" ") for line in flowed.split("\n"))


def _as_flowed(data: bytes) -> bytes:
    return data.replace(b'charset="utf-8"', b'charset="utf-8"; format=flowed', 1)


def test_a_flowed_layout_b_edition_whose_soft_breaks_were_stripped_is_read_whole(
    tmp_path: Path,
) -> None:
    """Rows cut at 72 characters go on in the next line, as a mail program wraps them."""
    text = _stripped(_flowed(render_text(EDITION, "B"), width=72))
    found, report = find(eml(tmp_path, _as_flowed(build_edition(EDITION, seed=2, text=text).data)))
    assert contacts(found[0]) == expected(), report.unplaced_lines[:3]
    assert report.unplaced_lines == []


_LONG_CONTACT = (
    "Contact Person #1 (primary):\n"
    "Name: Maria de los Angeles Fernandez Gonzalez de la Torre y Villanueva Puig\n"
    "Email address: security-incident-response-team@andorra-telecom-registry.example\n"
    "Mobile phone number (international format): +376 312 558 / +376 312 559 (24/7)\n\n"
    "Contact Person #2 (secondary):\nName: Joan Vidal\nEmail address: joan@nic.ad\n"
    "Mobile phone number: +376 312 560\n"
)


@pytest.mark.parametrize("width", [66, 72, 76])
def test_fields_of_a_flowed_edition_whose_soft_breaks_were_stripped_are_joined(
    tmp_path: Path, width: int
) -> None:
    """A long name's last word, an address after its label alone, a number's note: each on a
    line of its own once the soft breaks are lost, and joined to its field again."""
    rule = "-" * 64
    body = f"{rule}\n.ad Andorra (EU)\n{rule}\n{_LONG_CONTACT}"
    text = _stripped(_flowed(body, width=width))
    assert len(text.split("\n")) > len(body.split("\n"))
    data = _as_flowed(build_edition(EDITION, seed=2, text=text).data)
    found, report = find(eml(tmp_path, data))
    (member,) = found[0].body.members
    assert [(c.name, c.email, c.phone) for c in member.contacts] == [
        (
            "Maria de los Angeles Fernandez Gonzalez de la Torre y Villanueva Puig",
            "security-incident-response-team@andorra-telecom-registry.example",
            "+376 312 558 / +376 312 559 (24/7)",
        ),
        ("Joan Vidal", "joan@nic.ad", "+376 312 560"),
    ]
    assert report.unplaced_lines == []


def test_a_short_field_and_the_line_after_it_stay_apart() -> None:
    """A line that the next word would not have made too long was not cut there: what follows
    it is text of its own, and reported."""
    rule = "-" * 64
    body = (
        f"{rule}\n.ad Andorra (EU)\n{rule}\nContact Person #1:\nName: Joan Vidal\nPuig\n"
        "Email address:\njoan@nic.ad\nMobile phone number: +376 312 560\n(24/7)\n"
    )
    parsed = parse_text(body)
    (member,) = parsed.members
    assert [(c.name, c.email, c.phone) for c in member.contacts] == [
        ("Joan Vidal", "", "+376 312 560")
    ]
    assert [u.text for u in parsed.unplaced] == ["Puig", "joan@nic.ad", "(24/7)"]


def test_unflow_keeps_quote_depth_and_signature() -> None:
    text = "first \nline\n> quoted \n> on\n>> deeper\n-- \nsig \nend"
    assert unflow(text, delsp=False) == "first line\n>quoted on\n>>deeper\n-- \nsig end"
    assert unflow("ab\ncd \nef", delsp=True) == "ab\ncdef"


def test_html_cells_spanning_a_members_rows() -> None:
    rows = [
        '<tr><td rowspan="2">.ad</td><td rowspan="2">Andorra</td><td rowspan="2">EU</td>'
        "<td>1</td><td>Anna Puig</td><td>anna@nic.ad.example</td><td>+376 312 558</td></tr>",
        "<tr><td>2</td><td>Joan Vila</td><td>joan@nic.ad.example</td><td>+376 312 559</td></tr>",
        "<tr><td>.be</td><td>Belgium</td><td>EU</td>"
        "<td>1</td><td>Els Peeters</td><td>els@dnsbelgium.example</td><td>+32 470 12 34 56</td></tr>",
    ]
    head = "<tr><th>ccTLD</th><th>Country</th><th>Region</th><th>#</th><th>Name</th>"
    head += "<th>Email</th><th>Phone</th></tr>"
    body = parse_html(f"<table>{head}{''.join(rows)}</table>")
    got = {m.tld.ace: [c.name for c in m.contacts] for m in body.members}
    assert got == {"ad": ["Anna Puig", "Joan Vila"], "be": ["Els Peeters"]}
    assert body.unplaced == ()


# -- plain-text digests -----------------------------------------------------------------------


def plain_digest(*, from_list: bool) -> bytes:
    """A Mailman 2 plain-text (RFC 1153) digest holding a post and the edition."""
    rule, end = "-" * 70, "-" * 30
    post = (
        "Message: 1\nDate: Sat, 31 Oct 2026 10:00:00 +0100\nFrom: Pat <pat@registry.example>\n"
        f"To: {LIST_ADDRESS}\nSubject: [tld-ops] DDoS on .example\n"
        "Message-ID: <p1@registry.example>\n\nAnyone else seeing this?\n\n" + "-" * 30 + "\n"
    )
    edition = (
        f"Message: 2\nDate: Sun, 01 Nov 2026 06:00:00 +0000\n"
        f"From: TLD-OPS Repository via tld-ops <{LIST_ADDRESS}>\nTo: {LIST_ADDRESS}\n"
        f"Subject: {subject_for(STAMP)}\nMessage-ID: <{STAMP}.d@lists.dns-oarc.net>\n"
        'Content-Type: text/plain; charset="utf-8"\n\n' + render_text(EDITION, "A") + "\n"
    )
    body = (
        "Send tld-ops mailing list submissions to\n\ttld-ops@lists.dns-oarc.net\n\n"
        f"Today's Topics:\n\n   1. DDoS on .example (Pat)\n   2. {subject_for(STAMP)}\n\n"
        f"{rule}\n\n{post}\n{edition}\n{end}\n\nSubject: Digest Footer\n\n"
        "_______________________________________________\ntld-ops mailing list\n\n"
        f"{end}\n\nEnd of tld-ops Digest, Vol 45, Issue 1\n" + "*" * 38 + "\n"
    )
    heads = [
        "From: tld-ops-request@lists.dns-oarc.net" if from_list else "From: x@elsewhere.example",
        f"To: {LIST_ADDRESS}",
        "Subject: tld-ops Digest, Vol 45, Issue 1",
        "Date: Sun, 01 Nov 2026 12:00:00 +0000",
        "MIME-Version: 1.0",
        'Content-Type: text/plain; charset="utf-8"',
        "Content-Transfer-Encoding: 8bit",
    ]
    if from_list:
        heads += [
            'Sender: "tld-ops" <tld-ops-bounces@lists.dns-oarc.net>',
            "List-Id: TLD-OPS Incident Response Community <tld-ops.lists.dns-oarc.net>",
        ]
    return ("\n".join(heads) + "\n\n" + body).encode()


@pytest.mark.parametrize("store", ["eml", "mbox"])
def test_an_edition_in_a_plain_text_digest_is_read(tmp_path: Path, store: str) -> None:
    data = plain_digest(from_list=True)
    found, report = find(eml(tmp_path, data) if store == "eml" else mbox(tmp_path, [data]))
    assert [(f.stamp, f.container, f.trusted) for f in found] == [(STAMP, "digest", True)]
    assert contacts(found[0]) == expected()
    assert found[0].body.unplaced == () and report.errors == []


def test_a_plain_digest_not_from_the_list_is_untrusted(tmp_path: Path) -> None:
    found, _ = find(eml(tmp_path, plain_digest(from_list=False)))
    assert [(f.stamp, f.trusted) for f in found] == [(STAMP, False)]


def mailman3_plain_digest(edition: str | None = None) -> bytes:
    """A Mailman 3 plain-text digest, as its RFC1153Digester writes one: no "Message: N" line,
    each message begins with the headers it keeps (its own Content-Type among them).
    ``edition``: the edition's part in it, for the one written here."""
    rule, end = "-" * 70, "-" * 30
    post = (
        "Date: Sat, 31 Oct 2026 10:00:00 +0100\nFrom: Pat <pat@registry.example>\n"
        f"Subject: [tld-ops] DDoS on .example\nTo: {LIST_ADDRESS}\n"
        'Message-ID: <p1@registry.example>\nContent-Type: text/plain; charset="us-ascii"\n\n'
        "Anyone else seeing this?\n"
    )
    edition = edition or (
        f"Date: Sun, 01 Nov 2026 06:00:00 +0000\n"
        f"From: TLD-OPS Repository via tld-ops <{LIST_ADDRESS}>\n"
        f"Subject: [tld-ops] TLD-OPS Incident Response Community Repository\n\t<{STAMP}>\n"
        f"To: {LIST_ADDRESS}\nMessage-ID: <{STAMP}.d@lists.dns-oarc.net>\n"
        'Content-Type: text/plain; charset="utf-8"\n\n' + render_text(EDITION, "A")
    )
    body = (
        "Send tld-ops mailing list submissions to\n\ttld-ops@lists.dns-oarc.net\n\n"
        f"Today's Topics:\n\n   1. DDoS on .example (Pat)\n   2. {subject_for(STAMP)}\n\n\n"
        f"{rule}\n\n{post}\n{end}\n\n{edition}\n{end}\n\nSubject: Digest Footer\n\n"
        f"_______________________________________________\ntld-ops mailing list -- {LIST_ADDRESS}\n"
        "To unsubscribe send an email to tld-ops-leave@lists.dns-oarc.net\n\n\n"
        f"{end}\n\nEnd of tld-ops Digest, Vol 45, Issue 1\n" + "*" * 38 + "\n"
    )
    heads = [
        "From: tld-ops-request@lists.dns-oarc.net",
        f"To: {LIST_ADDRESS}",
        "Subject: tld-ops Digest, Vol 45, Issue 1",
        "Date: Sun, 01 Nov 2026 12:00:00 +0000",
        "Message-ID: <digest.45.1@lists.dns-oarc.net>",
        "MIME-Version: 1.0",
        'Content-Type: text/plain; charset="utf-8"',
        "Content-Transfer-Encoding: 8bit",
        "Return-Path: <tld-ops-bounces@lists.dns-oarc.net>",  # Mailman 3 writes no Sender
        "List-Id: TLD-OPS Incident Response Community <tld-ops.lists.dns-oarc.net>",
    ]
    return ("\n".join(heads) + "\n\n" + body).encode()


def test_an_edition_in_a_mailman3_plain_text_digest_is_read(tmp_path: Path) -> None:
    """It was passed over, nothing said: its messages were looked for after "Message: N"."""
    found, report = find(eml(tmp_path, mailman3_plain_digest()))
    assert [(f.stamp, f.container, f.trusted) for f in found] == [(STAMP, "digest", True)]
    assert contacts(found[0]) == expected()
    assert found[0].body.unplaced == () and report.errors == []


def test_a_multipart_edition_in_a_mailman3_plain_text_digest_is_read(tmp_path: Path) -> None:
    """Mailman 3 gives a multipart message's body as it was (base64 parts and all) under its
    Content-Type, folded as it folds every header it keeps: it was read as text, no members."""
    data = build_edition(EDITION, seed=2, html="alternative", encoding="base64").data
    head, body = data.decode("ascii").split("\n\n", 1)
    fields = dict(re.findall(r"^([A-Za-z-]+): (.*(?:\n[ \t].*)*)", head, re.MULTILINE))
    boundary = fields["Content-Type"].split("boundary=", 1)[1]
    kept = [
        f"{name}: {' '.join(fields[name].split())}"
        for name in ("Date", "From", "Subject", "To", "Message-ID")
    ]
    part = "\n".join([*kept, f"Content-Type: multipart/alternative;\n\tboundary={boundary}"])
    found, report = find(eml(tmp_path, mailman3_plain_digest(f"{part}\n\n{body}")))
    assert [(f.stamp, f.container, f.trusted) for f in found] == [(STAMP, "digest", True)]
    assert contacts(found[0]) == expected() and report.errors == []
    assert found[0].message_id == fields["Message-ID"]


def test_a_plain_digest_message_declared_multipart_but_given_as_text_is_read_as_text(
    tmp_path: Path,
) -> None:
    """Mailman 2 keeps a message's Content-Type in a plain digest, its parts made into text
    (its Scrubber): where the parts are not there, the text is read, as before."""
    data = plain_digest(from_list=True)
    start = render_text(EDITION, "A")[:40].encode()
    declared = b'Content-Type: text/plain; charset="utf-8"\n\n' + start
    assert data.count(declared) == 1
    multipart = b'Content-Type: multipart/alternative; boundary="===x=="\n\n' + start
    found, _ = find(eml(tmp_path, data.replace(declared, multipart)))
    assert [(f.stamp, f.trusted) for f in found] == [(STAMP, True)]
    assert contacts(found[0]) == expected()


@pytest.mark.parametrize("prefix", ["RE: ", "Fwd: ", "AW: [tld-ops] "])
def test_a_members_reply_to_a_plain_digest_is_no_edition(tmp_path: Path, prefix: str) -> None:
    """A member answers a digest, the digest pasted below (perhaps edited), through the list:
    its copy of the edition is the member's, never the list's."""
    reply = plain_digest(from_list=True).replace(
        b"From: tld-ops-request@lists.dns-oarc.net", b"From: Pat <pat@registry.example>"
    )
    reply = reply.replace(
        b"Subject: tld-ops Digest", f"Subject: {prefix}tld-ops Digest".encode(), 1
    )
    found, report = find(eml(tmp_path, reply))
    assert found == [] and report.imported == []


# -- header lines, inline forwards ------------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    [
        "。中国 (xn--fiqs8s; China) (AP)",
        "．中国 (xn--fiqs8s; China) (AP)",
        ".中国 (XN--FIQS8S; China) (AP)",
        ".xn--fiqs8s (.中国; China) (AP)",
    ],
)
def test_header_lines_with_other_dots_and_label_orders(written: str) -> None:
    text = (
        "----\n.ad Andorra (EU)\n----\nName: A\nEmail: a@nic.ad\nPhone: +376 312 558\n\n"
        f"----\n{written}\n----\nName: C\nEmail: c@cnnic.cn\nPhone: +86 131 2345 6237\n"
    )
    body = parse_text(text)
    got = {
        m.tld.ace: (m.tld.unicode, m.country, [c.name for c in m.contacts]) for m in body.members
    }
    assert got == {"ad": ("ad", "Andorra", ["A"]), "xn--fiqs8s": ("中国", "China", ["C"])}


def test_an_unreadable_header_line_keeps_its_contacts_off_the_member_before() -> None:
    text = (
        "----------\n.se Sweden (EU)\n----------\nName: S\nEmail: s@nic.se\nPhone: +46 70 123 49 52\n\n"
        "----------\n.?? Singapore (AP)\n----------\nContact Person #1:\nName: G\nEmail: g@nic.sg\n"
        "Phone: +65 8123 4304\n"
    )
    body = parse_text(text)
    assert [(m.tld.ace, [c.name for c in m.contacts]) for m in body.members] == [("se", ["S"])]
    reasons = [(u.text, u.reason) for u in body.unplaced]
    assert reasons[0] == (".?? Singapore (AP)", "bad-cctld")
    assert ("Name: G", "outside-contact") in reasons and len(reasons) == 5


def test_an_edition_forwarded_inline_is_named(tmp_path: Path) -> None:
    text = render_text(EDITION, "A")
    forward = (
        "From: Pat <pat@registry.example>\nTo: me@registry.example\n"
        f"Subject: Fwd: {subject_for(STAMP)}\nMIME-Version: 1.0\n"
        'Content-Type: text/plain; charset="utf-8"\n\n'
        "FYI\n\n---------- Forwarded message ---------\n"
        f"From: TLD-OPS Repository via tld-ops <{LIST_ADDRESS}>\n"
        f"Subject: {subject_for(STAMP)}\n\n{text}"
    ).encode()
    found, report = find(eml(tmp_path, forward))
    assert found == []
    assert [(e["code"], e["detail"]) for e in report.errors] == [("forwarded-inline", STAMP)]


def test_an_edition_forwarded_quoted_is_named(tmp_path: Path) -> None:
    """Some clients forward as they reply: the original under "> "."""
    quoted = "".join(
        f"> {line}\n" if line else ">\n" for line in render_text(EDITION, "A").split("\n")
    )
    forward = (
        "From: Pat <pat@registry.example>\nTo: me@registry.example\n"
        f"Subject: Fwd: {subject_for(STAMP)}\nMIME-Version: 1.0\n"
        'Content-Type: text/plain; charset="utf-8"\n\n'
        f"FYI, below.\n\nOn 1 Nov 2026, tld-ops wrote:\n{quoted}"
    ).encode()
    found, report = find(eml(tmp_path, forward))
    assert found == []
    assert [(e["code"], e["detail"]) for e in report.errors] == [("forwarded-inline", STAMP)]


def test_contact_fields_as_people_write_them() -> None:
    text = (
        "----------\n.nl Netherlands (EU)\n----------\n"
        "Primary contact:\nName: Kees\nE-mail: <mailto:kees@sidn.nl>\nMobile: +31 6 1234 5678\n"
        "Phone: +31 26 352 5500\n\n"
        "Second contact:\nName: Anna\nEmail: MAILTO:anna@sidn.nl\nTel.: +31 6 8765 4321\n"
    )
    body = parse_text(text)
    (member,) = body.members
    got = [(c.position, c.name, c.email, c.phone, c.phone_e164) for c in member.contacts]
    assert got == [
        (1, "Kees", "kees@sidn.nl", "+31 6 1234 5678 / +31 26 352 5500", "+31612345678"),
        (2, "Anna", "anna@sidn.nl", "+31 6 8765 4321", "+31687654321"),
    ]
    assert body.unplaced == ()


def test_table_rows_with_an_empty_last_cell_and_lines_between_them() -> None:
    text = (
        "ccTLD | Country | Region | # | Name | Email | Tel.\n"
        ".ad | Andorra | EU | 1 | Anna Puig | anna@nic.ad | +376 312 558\n"
        ".ae | United Arab Emirates | AP | 1 | Omar | csirt1@nic.ae |\n"
        "backup: ops@nic.ae\n"
    )
    body = parse_text(text)
    got = {m.tld.ace: [(c.email, c.phone) for c in m.contacts] for m in body.members}
    assert got == {"ad": [("anna@nic.ad", "+376 312 558")], "ae": [("csirt1@nic.ae", "")]}
    assert [(u.text, u.reason) for u in body.unplaced] == [("backup: ops@nic.ae", "stray-text")]


def test_html_blocks_with_rules_and_a_right_to_left_mark() -> None:
    """An unreadable header between <hr> rules keeps its contacts off the member before."""
    html = (
        "<hr><p>.ad Andorra (EU)</p><hr><p>Name: Anna<br>Email: a@nic.ad<br>"
        "Phone: +376 312 558</p>"
        "<hr><p>.&#8207;مصر (xn--wgbh1c, Egypt) (AF)</p><hr><p>Name: Omar<br>"
        "Email: o@nic.eg<br>Phone: +20 100 123 4567</p>"
        "<hr><p>?? Nowhere land (AF)</p><hr><p>Name: Nobody<br>Email: n@x.example</p>"
    )
    body = parse_html(html)
    got = {m.tld.ace: [c.name for c in m.contacts] for m in body.members}
    assert got == {"ad": ["Anna"], "xn--wgbh1c": ["Omar"]}
    reasons = [u.reason for u in body.unplaced]
    assert reasons == ["bad-cctld", "outside-contact", "outside-contact"]


def test_a_unicode_label_after_the_a_label_that_differs_is_noted() -> None:
    body = parse_text(
        "----------\n.xn--p1ai (.бел; Belarus) (EU)\n----------\nName: I\nEmail: i@cctld.by\n"
        "Phone: +375 29 123 4567\n"
    )
    (member,) = body.members
    assert (member.tld.ace, member.country) == ("xn--p1ai", "Belarus")
    assert [n.code for n in body.notes if n.code == "label-mismatch"] == ["label-mismatch"]


def test_two_columns_of_one_kind_and_header_line_variants() -> None:
    text = (
        "ccTLD | Country | Region | # | Name | Email | Email (alt) | Mobile | Phone\n"
        ".nl | Netherlands | EU | 1 | Kees | k@sidn.nl | alt@sidn.nl | +31 6 1234 5678 | "
        "+31 26 352 5500\n"
        "----------\n.br Brazil (Latin America & Caribbean)\n----------\nName: B\n"
        "Email: b@nic.br\nPhone: +55 11 91234 5678\n"
        "----------\n.ad - Andorra (EU)\n----------\nName: A\nEmail: a@nic.ad\n"
        "Phone: +376 312 558\n"
    )
    body = parse_text(text)
    got = {
        m.tld.ace: (m.country, m.region, [(c.email, c.phone) for c in m.contacts])
        for m in body.members
    }
    assert got["nl"][2] == [("k@sidn.nl", "+31 6 1234 5678 / +31 26 352 5500")]
    assert got["br"][:2] == ("Brazil", Region.LAC)
    assert got["ad"][:2] == ("Andorra", Region.EU)


@pytest.mark.parametrize(
    "subject", ["[RELEASED] [tld-ops] {title}", "Fwd: [tld-ops] {title}", "Quarantine release"]
)
def test_a_message_that_wraps_the_edition_whole_is_opened(tmp_path: Path, subject: str) -> None:
    """A message whose own type is message/rfc822: a gateway's quarantine release, a forward
    as some clients send it. The edition inside is judged by its own headers."""
    wrapper = (
        "From: Quarantine <quarantine@registry.example>\nTo: noc@registry.example\n"
        f"Subject: {subject.format(title=subject_for(STAMP))}\nMIME-Version: 1.0\n"
        "Content-Type: message/rfc822\n\n"
    ).encode() + the_edition()
    found, report = find(mbox(tmp_path, [wrapper]))
    assert [(f.stamp, f.trusted, f.container) for f in found] == [(STAMP, True, "forward")]
    assert report.errors == []


def test_an_edition_forwarded_as_an_eml_file_is_read(tmp_path: Path) -> None:
    """Outlook and webmail forward a message as a file, "edition.eml", of a generic type."""
    from email.message import EmailMessage

    forward = EmailMessage()
    forward["From"] = "Alice <alice@registry.example>"
    forward["To"] = "noc@registry.example"
    forward["Subject"] = f"WG: {subject_for(STAMP)}"
    forward.set_content("See the attached edition.")
    forward.add_attachment(
        the_edition(), maintype="application", subtype="octet-stream", filename="Repository.eml"
    )
    found, report = find(mbox(tmp_path, [forward.as_bytes()]))
    assert [(f.stamp, f.trusted, f.container) for f in found] == [(STAMP, True, "forward")]
    assert report.errors == []


@pytest.mark.parametrize(
    ("kind", "filename"),
    [
        # A non-ASCII name as Outlook and Gmail write it: RFC 2047 words in the parameter.
        ("application/octet-stream", "=?utf-8?b?44CQ5aSW6YOo44CRVExELU9QUyDpgKPntaHlhYguZW1s?="),
        ("text/plain", "Repository.eml"),
        ("application/x-eml", None),
    ],
)
def test_an_edition_attached_as_a_file_in_other_ways_is_read(
    tmp_path: Path, kind: str, filename: str | None
) -> None:
    import base64

    name = f'; name="{filename}"' if filename else ""
    disposition = f'Content-Disposition: attachment; filename="{filename}"\n' if filename else ""
    forward = (
        (
            "From: Alice <alice@registry.example>\nTo: noc@registry.example\n"
            f"Subject: FW: {subject_for(STAMP)}\nMIME-Version: 1.0\n"
            'Content-Type: multipart/mixed; boundary="b1"\n\n--b1\n'
            "Content-Type: text/plain; charset=utf-8\n\nSee the attached edition.\n--b1\n"
            f"Content-Type: {kind}{name}\n{disposition}Content-Transfer-Encoding: base64\n\n"
        ).encode()
        + base64.encodebytes(the_edition())
        + b"--b1--\n"
    )
    found, report = find(mbox(tmp_path, [forward]))
    assert [(f.stamp, f.trusted, f.container) for f in found] == [(STAMP, True, "forward")]
    assert report.errors == []


def test_a_text_file_named_eml_that_holds_no_message_is_no_forward(tmp_path: Path) -> None:
    notes = (
        b"From: Alice <alice@registry.example>\nTo: noc@registry.example\nSubject: notes\n"
        b'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b1"\n\n--b1\n'
        b"Content-Type: text/plain\n\nHello\n--b1\n"
        b'Content-Type: text/plain; name="notes.eml"\n\njust some notes\n--b1--\n'
    )
    found, report = find(mbox(tmp_path, [notes]))
    assert found == [] and report.errors == []


@pytest.mark.parametrize("report_safe", [1, 2])
def test_an_edition_spamassassin_wrapped_in_its_report_is_read(
    tmp_path: Path, report_safe: int
) -> None:
    """SpamAssassin took the edition for spam and put it under its report: as a message
    (report_safe 1) or as text (report_safe 2). The original is read, by its own headers."""
    original = build_edition(EDITION, encoding="quoted-printable").data
    head = original.split(b"\n\n", 1)[0].decode()
    kept = [
        line.replace("Subject: [tld-ops]", "Subject: *****SPAM***** [tld-ops]")
        for line in head.split("\n")
        if not line.lower().startswith(("content-", "mime-version", " "))
    ]
    kind = b"message/rfc822" if report_safe == 1 else b"text/plain"
    boundary = "----------=_5F3A1B2C.1234ABCD"
    outer = [*kept, "X-Spam-Flag: YES", "MIME-Version: 1.0"]
    outer.append(f'Content-Type: multipart/mixed; boundary="{boundary}"')
    report_part = (
        f"--{boundary}\nContent-Type: text/plain; charset=iso-8859-1\n\n"
        "Spam detection software has identified this incoming email as possible spam.\n"
    )
    attached = (
        b"Content-Type: " + kind + b"; x-spam-type=original\n"
        b"Content-Description: original message before SpamAssassin\n"
        b"Content-Disposition: attachment\nContent-Transfer-Encoding: 8bit\n\n" + original
    )
    data = (
        ("\n".join(outer) + "\n\n" + report_part + f"\n--{boundary}\n").encode()
        + attached
        + f"\n--{boundary}--\n".encode()
    )
    found, report = find(eml(tmp_path, data))
    assert [(f.stamp, f.trusted) for f in found] == [(STAMP, True)]
    assert contacts(found[0]) == expected() and report.errors == []


def test_a_fully_personalised_delivery_with_the_list_in_cc_is_trusted(tmp_path: Path) -> None:
    """Mailman's full personalisation: the subscriber in To, the list in Cc, a VERP Sender."""
    data = with_header(the_edition(), b"To:", b"To: Alice Example <alice@nic.example>")
    data = with_header(data, b"From:", b"From: TLD-OPS Repository <repository@dns-oarc.net>")
    data = with_header(data, b"Cc:", b"Cc: TLD-OPS <" + LIST_ADDRESS.encode() + b">")
    data = with_header(
        data, b"Sender:", b"Sender: tld-ops-bounces+alice=nic.example@lists.dns-oarc.net"
    )
    found, _ = find(eml(tmp_path, data))
    assert [(f.stamp, f.trusted) for f in found] == [(STAMP, True)]
    without_cc = with_header(data, b"Cc:", b"X-Dummy: none")
    found, _ = find(eml(tmp_path, without_cc, "without-cc.eml"))
    assert [(f.stamp, f.trusted, f.trust_reason) for f in found] == [
        (STAMP, False, "not-from-list")
    ]


@pytest.mark.parametrize(
    "stamp", ["2026111-0600", "20261101-06:00", "2026-11-01-0600", "202611010600"]
)
def test_an_edition_with_a_stamp_of_another_form_is_named(tmp_path: Path, stamp: str) -> None:
    """Its contacts are not read (the stamp orders editions), but it is not passed over."""
    title = f"Subject: [tld-ops] TLD-OPS Incident Response Community Repository <{stamp}>"
    odd = with_header(the_edition(), b"Subject:", title.encode())
    reply = with_header(the_edition(), b"Subject:", title.replace(": [", ": Re: [").encode())
    found, report = find(mbox(tmp_path, [odd, reply]))
    assert found == []
    assert [(e["code"], e["detail"]) for e in report.errors] == [("bad-stamp", title[9:])]


@pytest.mark.parametrize(
    "stamp",
    ["20261101-0600", "(20261101-0600)", "[20261101-0600]", "<<20261101-0600>>",
     "<20261101-0600", "20261101-0600 (corrected)"],
)  # fmt: skip
def test_an_edition_with_its_stamp_out_of_angle_brackets_is_named(
    tmp_path: Path, stamp: str
) -> None:
    """The format puts the stamp in angle brackets: one without them (a client or gateway
    that took them for a tag, or a spoof) is not read, but named; a reply to it is not."""
    title = f"Subject: [tld-ops] TLD-OPS Incident Response Community Repository {stamp}"
    odd = with_header(the_edition(), b"Subject:", title.encode())
    reply = with_header(the_edition(), b"Subject:", title.replace(": [", ": Re: [").encode())
    found, report = find(mbox(tmp_path, [odd, reply]))
    assert found == []
    assert [(e["code"], e["detail"]) for e in report.errors] == [("stamp-unbracketed", title[9:])]
