"""Full RFC 5322 messages (bytes): repository editions, digests, forwards, replies, spoofs, noise.

Everything is written by hand (not with ``email.generator``) so that each variant is exactly the
bytes we intend: folded and RFC 2047 encoded subjects, every transfer encoding, CRLF line ends.
Messages are built with LF line ends and converted at the end when ``crlf`` is set.
"""

from __future__ import annotations

import base64
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any, Literal

from tests.mailgen.editions import ExpectedEdition
from tests.mailgen.render import (
    FOOTER,
    LIST_ADDRESS,
    LISTINFO_URL,
    HtmlStyle,
    Layout,
    render_html,
    render_layout_b,
    render_text,
)

Encoding = Literal["7bit", "8bit", "quoted-printable", "base64"]
SubjectStyle = Literal["plain", "folded", "folded-mid", "b", "q", "mixed"]
HtmlMode = Literal["none", "alternative", "only"]

SUBJECT_PREFIX = "[tld-ops] TLD-OPS Incident Response Community Repository"
LIST_FROM = f"TLD-OPS Repository via tld-ops <{LIST_ADDRESS}>"
LIST_SENDER = '"tld-ops" <tld-ops-bounces@lists.dns-oarc.net>'
LIST_ID = "TLD-OPS Incident Response Community <tld-ops.lists.dns-oarc.net>"
SPOOF_FROM = "TLD-OPS Repository <tld-ops-repository@ccnso.example>"
ENCODINGS: tuple[Encoding, ...] = ("7bit", "8bit", "quoted-printable", "base64")
SUBJECT_STYLES: tuple[SubjectStyle, ...] = ("plain", "folded", "folded-mid", "b", "q", "mixed")

# Headers Mailman strips from the messages it puts into a MIME digest.
DIGEST_STRIPPED = (
    "list-",
    "sender",
    "precedence",
    "errors-to",
    "x-beenthere",
    "received",
    "return-path",
    "delivered-to",
)


def subject_for(stamp: str) -> str:
    return f"{SUBJECT_PREFIX} <{stamp}>"


def stamp_datetime(stamp: str) -> datetime:
    """``20261101-0600`` -> 2026-11-01 06:00 UTC."""
    return datetime(
        int(stamp[0:4]),
        int(stamp[4:6]),
        int(stamp[6:8]),
        int(stamp[9:11]),
        int(stamp[11:13]),
        tzinfo=UTC,
    )


def rfc_date(when: datetime) -> str:
    return format_datetime(when)


# --------------------------------------------------------------------------- encoders


def qp_encode(data: bytes) -> bytes:
    """Quoted-printable (RFC 2045) with soft breaks at 76; ``From `` at a line start is encoded."""
    out_lines: list[bytes] = []
    for line in data.split(b"\n"):
        tokens: list[bytes] = []
        from_line = line.startswith(b"From ")
        for i, byte in enumerate(line):
            last = i == len(line) - 1
            blank_ok = byte in (0x20, 0x09) and not last
            plain_ok = 33 <= byte <= 126 and byte != 0x3D and not (i == 0 and from_line)
            if blank_ok or plain_ok:
                tokens.append(bytes((byte,)))
            else:
                tokens.append(b"=%02X" % byte)
        cur = b""
        for tok in tokens:
            if len(cur) + len(tok) > 75:
                out_lines.append(cur + b"=")
                cur = b""
            cur += tok
        out_lines.append(cur)
    return b"\n".join(out_lines)


def encode_body(text: str, charset: str, encoding: Encoding, *, crlf: bool = False) -> bytes:
    """Encode text for a part body (LF line ends in the result; base64 carries CRLF if ``crlf``)."""
    raw = text.encode(charset)
    if encoding == "7bit":
        if any(b > 127 for b in raw):
            raise ValueError("text is not 7bit")
        return raw
    if encoding == "8bit":
        return raw
    if encoding == "quoted-printable":
        return qp_encode(raw)
    if crlf:
        raw = raw.replace(b"\n", b"\r\n")
    return base64.encodebytes(raw)


def can_encode(text: str, charset: str, encoding: Encoding = "8bit") -> bool:
    try:
        raw = text.encode(charset)
    except UnicodeEncodeError:
        return False
    return encoding != "7bit" or all(b < 128 for b in raw)


def _encoded_words(text: str, charset: str, kind: Literal["B", "Q"], chunk: int = 30) -> list[str]:
    words = []
    for i in range(0, len(text), chunk):
        piece = text[i : i + chunk].encode(charset)
        if kind == "B":
            payload = base64.b64encode(piece).decode("ascii")
        else:
            payload = "".join(
                chr(b) if (chr(b).isalnum() and b < 128) or chr(b) in "!*+-/" else
                ("_" if b == 0x20 else f"={b:02X}")
                for b in piece
            )  # fmt: skip
        words.append(f"=?{charset}?{kind}?{payload}?=")
    return words


def subject_header(subject: str, style: SubjectStyle = "plain", charset: str = "utf-8") -> str:
    """A ``Subject:`` header line (possibly folded, no trailing newline)."""
    if style == "plain":
        return f"Subject: {subject}"
    if style == "folded":
        return f"Subject:\n {subject}"
    if style == "folded-mid":
        cut = subject.find(" Repository")
        if cut < 0:
            cut = len(subject) // 2
        return f"Subject: {subject[:cut]}\n{subject[cut:]}"
    if style == "mixed":
        head, sep, tail = subject.partition(" ")
        if not sep:
            return f"Subject: {' '.join(_encoded_words(subject, charset, 'Q'))}"
        mid, sep2, rest = tail.rpartition(" ")
        word = " ".join(_encoded_words(mid, charset, "Q"))
        return f"Subject: {head} {word}{sep2}{rest}"
    kind: Literal["B", "Q"] = "B" if style == "b" else "Q"
    return "Subject: " + "\n ".join(_encoded_words(subject, charset, kind))


def header_encode(text: str, charset: str = "utf-8") -> str:
    """RFC 2047 B-encode text when it is not ASCII."""
    if text.isascii():
        return text
    return " ".join(_encoded_words(text, charset, "B"))


def _finish(lines: Sequence[str], body: bytes, crlf: bool) -> bytes:
    data = ("\n".join(lines) + "\n\n").encode("ascii") + body
    if not data.endswith(b"\n"):
        data += b"\n"
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


def _part(content_type: str, body: bytes, encoding: str, extra: Sequence[str] = ()) -> bytes:
    head = [f"Content-Type: {content_type}", f"Content-Transfer-Encoding: {encoding}", *extra]
    if not body.endswith(b"\n"):
        body += b"\n"
    return ("\n".join(head) + "\n\n").encode("ascii") + body


def _multipart(parts: Sequence[bytes], boundary: str, preamble: str = "") -> bytes:
    out = preamble.encode("ascii")
    for p in parts:
        out += f"--{boundary}\n".encode("ascii") + p
    out += f"--{boundary}--\n".encode("ascii")
    return out


def _boundary(rng: random.Random) -> str:
    return "===============" + str(rng.getrandbits(62)) + "=="


def list_headers() -> list[str]:
    return [
        f"Sender: {LIST_SENDER}",
        f"List-Id: {LIST_ID}",
        "Precedence: list",
        "X-BeenThere: tld-ops@lists.dns-oarc.net",
        "X-Mailman-Version: 2.1.39",
        f"List-Unsubscribe: <{LISTINFO_URL}>,",
        " <mailto:tld-ops-request@lists.dns-oarc.net?subject=unsubscribe>",
        "List-Archive: <https://lists.dns-oarc.net/pipermail/tld-ops/>",
        "List-Post: <mailto:tld-ops@lists.dns-oarc.net>",
        "List-Help: <mailto:tld-ops-request@lists.dns-oarc.net?subject=help>",
        "Errors-To: tld-ops-bounces@lists.dns-oarc.net",
    ]


def _received(when: datetime, rng: random.Random) -> list[str]:
    qid = f"{rng.getrandbits(40):010X}"
    return [
        "Return-Path: <tld-ops-bounces@lists.dns-oarc.net>",
        "Received: from lists.dns-oarc.net (lists.dns-oarc.net [192.0.2.25])",
        f"\tby mx.registry.example (Postfix) with ESMTPS id {qid}",
        f"\tfor <member@registry.example>; {rfc_date(when + timedelta(seconds=7))}",
    ]


# --------------------------------------------------------------------------- editions


@dataclass(frozen=True)
class BuiltMessage:
    """A message and the text/HTML it carries (for decode round-trip checks)."""

    data: bytes
    text: str | None
    html: str | None
    subject: str
    message_id: str


def build_edition(
    edition: ExpectedEdition,
    *,
    layout: Layout = "A",
    encoding: Encoding = "8bit",
    charset: str = "utf-8",
    html: HtmlMode = "none",
    html_style: HtmlStyle = "table",
    html_encoding: Encoding | None = None,
    subject_style: SubjectStyle = "plain",
    subject_charset: str = "utf-8",
    crlf: bool = False,
    trusted: bool = True,
    seed: int = 0,
    text: str | None = None,
    message_id: str | None = None,
    date: datetime | None = None,
    received: bool = True,
) -> BuiltMessage:
    """A repository email for ``edition``.

    ``trusted=False`` writes a spoof: same subject form, ``From`` some other address, ``To`` the
    list, no ``List-Id``/``Sender``. ``text`` overrides the rendered plain body (for duplicates).
    """
    rng = random.Random(seed)
    stamp = edition.stamp
    when = date or stamp_datetime(stamp)
    subject = subject_for(stamp)
    body_text = text if text is not None else render_text(edition, layout, seed=seed)
    mid = message_id or f"<{stamp}.{rng.getrandbits(48):012x}@lists.dns-oarc.net>"
    heads: list[str] = []
    if received and trusted:
        heads += _received(when, rng)
    heads += ["MIME-Version: 1.0"]
    html_text: str | None = None
    if html == "none":
        heads += [
            f'Content-Type: text/plain; charset="{charset}"',
            f"Content-Transfer-Encoding: {encoding}",
        ]
        body = encode_body(body_text, charset, encoding, crlf=crlf)
    else:
        html_text = render_html(edition, html_style, seed=seed, charset=charset)
        henc: Encoding = html_encoding or (
            "quoted-printable" if encoding in ("7bit", "8bit") else encoding
        )
        if not can_encode(html_text, charset, henc):
            henc = "base64"
        hpart_body = encode_body(html_text, charset, henc, crlf=crlf)
        if html == "only":
            heads += [
                f'Content-Type: text/html; charset="{charset}"',
                f"Content-Transfer-Encoding: {henc}",
            ]
            body = hpart_body
            body_text = ""
        else:
            boundary = _boundary(rng)
            heads += [f'Content-Type: multipart/alternative; boundary="{boundary}"']
            tpart = _part(
                f'text/plain; charset="{charset}"',
                encode_body(body_text, charset, encoding, crlf=crlf),
                encoding,
            )
            hpart = _part(f'text/html; charset="{charset}"', hpart_body, henc)
            body = _multipart([tpart, hpart], boundary)
    heads += [
        f"From: {LIST_FROM if trusted else SPOOF_FROM}",
        f"To: {LIST_ADDRESS}",
        subject_header(subject, subject_style, subject_charset),
        f"Date: {rfc_date(when)}",
        f"Message-ID: {mid}",
    ]
    if trusted:
        heads += list_headers()
    return BuiltMessage(
        data=_finish(heads, body, crlf),
        text=body_text if html != "only" else None,
        html=html_text,
        subject=subject,
        message_id=mid,
    )


def edition_message(edition: ExpectedEdition, **kwargs: Any) -> bytes:
    """Shortcut for ``build_edition(edition, **kwargs).data``."""
    return build_edition(edition, **kwargs).data


# --------------------------------------------------------------------------- wrappers


def split_message(data: bytes) -> tuple[list[str], bytes]:
    """Header lines (unfolded groups kept as multi-line strings) and the body, LF line ends."""
    data = data.replace(b"\r\n", b"\n")
    head, _, body = data.partition(b"\n\n")
    fields: list[str] = []
    for line in head.decode("ascii", "replace").split("\n"):
        if line[:1] in (" ", "\t") and fields:
            fields[-1] += "\n" + line
        else:
            fields.append(line)
    return fields, body


def strip_list_headers(data: bytes) -> bytes:
    """What Mailman does to a message it puts into a MIME digest."""
    fields, body = split_message(data)
    kept = [f for f in fields if not f.lower().startswith(DIGEST_STRIPPED)]
    return ("\n".join(kept) + "\n\n").encode("ascii") + body


def _toc_entry(n: int, subject: str, who: str) -> str:
    line = f"   {n}. {subject} ({who})"
    if len(line) <= 72:
        return line
    cut = line.rfind(" ", 0, 70)
    return line[:cut] + "\n      " + line[cut + 1 :]


@dataclass(frozen=True)
class DigestItem:
    data: bytes
    subject: str
    sender_name: str


def digest_message(
    items: Sequence[DigestItem],
    *,
    volume: int,
    issue: int,
    date: datetime,
    from_list: bool = True,
    seed: int = 0,
    explicit_rfc822: bool = True,
    crlf: bool = False,
) -> bytes:
    """A Mailman MIME digest: multipart/mixed with a table of contents, a multipart/digest of
    message/rfc822 parts, and the list footer. Inner messages lose the list headers.

    ``from_list=False`` writes a digest of some other list (no TLD-OPS identity anywhere).
    """
    rng = random.Random(seed)
    listname = "tld-ops" if from_list else "secops-friends"
    host = "lists.dns-oarc.net" if from_list else "lists.secops-friends.example"
    subject = f"{listname} Digest, Vol {volume}, Issue {issue}"
    toc = [
        f"Send {listname} mailing list submissions to",
        f"\t{listname}@{host}",
        "",
        "To subscribe or unsubscribe via the World Wide Web, visit",
        f"\thttps://{host}/mailman/listinfo/{listname}",
        "or, via email, send a message with subject or body 'help' to",
        f"\t{listname}-request@{host}",
        "",
        "You can reach the person managing the list at",
        f"\t{listname}-owner@{host}",
        "",
        "When replying, please edit your Subject line so it is more specific",
        f'than "Re: Contents of {listname} digest..."',
        "",
        "",
        "Today's Topics:",
        "",
        *(_toc_entry(i, it.subject, it.sender_name) for i, it in enumerate(items, 1)),
        "",
    ]
    inner_parts = []
    for it in items:
        inner = strip_list_headers(it.data)
        if explicit_rfc822:
            inner_parts.append(b"Content-Type: message/rfc822\nMIME-Version: 1.0\n\n" + inner)
        else:
            inner_parts.append(b"\n" + inner)
    dboundary = _boundary(rng)
    digest = (
        f'Content-Type: multipart/digest; boundary="{dboundary}"\nMIME-Version: 1.0\n\n'
    ).encode("ascii") + _multipart(inner_parts, dboundary)
    footer = FOOTER if from_list else (
        "_______________________________________________\n"
        f"{listname} mailing list\n{listname}@{host}\n"
        f"https://{host}/mailman/listinfo/{listname}\n"
    )  # fmt: skip
    toc_part = _part(
        'text/plain; charset="us-ascii"',
        ("\n".join(toc) + "\n").encode("ascii"),
        "7bit",
        ["MIME-Version: 1.0", f"Content-Description: {subject}"],
    )
    foot_part = _part(
        'text/plain; charset="us-ascii"',
        footer.encode("ascii"),
        "7bit",
        ["MIME-Version: 1.0", "Content-Disposition: inline"],
    )
    boundary = _boundary(rng)
    eight = any(b > 127 for p in inner_parts for b in p)
    heads = [
        f"From: {listname}-request@{host}",
        f"Subject: {subject}",
        f"To: {listname}@{host}",
        f"Reply-To: {listname}@{host}",
        f"Date: {rfc_date(date)}",
        f"Message-ID: <mailman.{rng.getrandbits(32)}.{volume}.{issue}.{listname}@{host}>",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/mixed; boundary="{boundary}"',
        f"Content-Transfer-Encoding: {'8bit' if eight else '7bit'}",
    ]
    if from_list:
        heads += list_headers()
    else:
        heads += [
            f"Sender: {listname}-bounces@{host}",
            f"List-Id: {listname} <{listname}.{host}>",
            "Precedence: list",
        ]
    body = _multipart([toc_part, digest, foot_part], boundary)
    return _finish(heads, body, crlf)


def forward_message(
    inner: bytes,
    subject: str,
    *,
    date: datetime,
    from_addr: str = "Pat Colleague <pat@registry.example>",
    to_addr: str = "Member <member@registry.example>",
    seed: int = 0,
    crlf: bool = False,
) -> bytes:
    """A forward carrying ``inner`` as a message/rfc822 attachment (``Fwd:`` subject)."""
    rng = random.Random(seed)
    boundary = _boundary(rng)
    note = _part(
        'text/plain; charset="utf-8"',
        b"Hi,\n\nforwarding the repository mail as an attachment, our copy got lost.\n\nPat\n",
        "7bit",
    )
    inner_lf = inner.replace(b"\r\n", b"\n")
    eight = any(b > 127 for b in inner_lf)
    att = (
        'Content-Type: message/rfc822\nContent-Disposition: attachment; filename="repository.eml"\n'
        + ("Content-Transfer-Encoding: 8bit\n" if eight else "")
        + "\n"
    ).encode("ascii") + inner_lf
    heads = [
        f"From: {from_addr}",
        f"To: {to_addr}",
        subject_header(f"Fwd: {subject}", "plain"),
        f"Date: {rfc_date(date)}",
        f"Message-ID: <fwd.{rng.getrandbits(48):012x}@registry.example>",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/mixed; boundary="{boundary}"',
    ]
    return _finish(heads, _multipart([note, att], boundary), crlf)


def dmarc_wrapped_message(
    edition: ExpectedEdition,
    *,
    mailman: Literal["2.1", "3"],
    note: bool = True,
    footer: bool = False,
    inner_stamp: str | None = None,
    poster: str = "TLD-OPS Repository <repository@registry.example>",
    seed: int = 0,
) -> bytes:
    """An edition as the list sends it under Mailman's DMARC mitigation "wrap message".

    The wrapper is the list's: ``From: "<poster> via tld-ops" <list>``, the poster in
    ``Reply-To``, the tagged subject and the list headers (``Sender`` too, as this list's
    deliveries carry it). Inside, as a message/rfc822 part, is the post as sent: its own
    ``From``; under 2.1 (``Handlers/WrapMessage.py``) its subject untagged and no list
    header, as CookHeaders defers them all to the wrapper; under 3 (``handlers/dmarc.py``,
    after ``rfc-2369`` and ``subject-prefix``) its subject tagged and the ``List-*`` headers,
    but no ``Sender``. ``note``: the list's ``dmarc_wrapped_message_text`` part (without
    it the wrapper's own type is message/rfc822); ``footer``: the list's footer, which
    decoration adds as a text/plain part after the post. ``inner_stamp``: the post names
    another edition than the wrapper.
    """
    rng = random.Random(seed)
    stamp = edition.stamp
    when = stamp_datetime(stamp)
    post_subject = subject_for(inner_stamp or stamp)
    if mailman == "2.1":
        post_subject = post_subject.removeprefix("[tld-ops] ")
    post = [
        f"From: {poster}",
        f"To: {LIST_ADDRESS}",
        f"Subject: {post_subject}",
        f"Date: {rfc_date(when)}",
        f"Message-ID: <{stamp}.{rng.getrandbits(48):012x}@registry.example>",
        "MIME-Version: 1.0",
        'Content-Type: text/plain; charset="utf-8"',
        "Content-Transfer-Encoding: 8bit",
    ]
    outer_list = [h for h in list_headers() if not h.startswith("X-Mailman-Version")]
    if mailman == "3":
        post += [h for h in outer_list if not h.startswith(("Sender", "Errors-To"))]
        post.append("X-Mailman-Version: 3.3.9")
    inner = _finish(post, render_layout_b(edition, footer=False).encode("utf-8"), False)
    poster_name = poster.partition(" <")[0]
    heads = [
        *_received(when, rng),
        f"From: {poster_name} via tld-ops <{LIST_ADDRESS}>",
        f"Reply-To: {poster}",
        f"To: {LIST_ADDRESS}",
        f"Subject: {subject_for(stamp)}",
        f"Date: {rfc_date(when)}",
        f"Message-ID: <mailman.{rng.getrandbits(32)}.tld-ops@lists.dns-oarc.net>",
        "MIME-Version: 1.0",
        *outer_list,
        f"X-Mailman-Version: {'2.1.39' if mailman == '2.1' else '3.3.9'}",
    ]
    if not note and not footer:
        heads += ["Content-Type: message/rfc822", "Content-Disposition: inline"]
        return _finish(heads, inner, False)
    parts = []
    if note:
        text = b"The sender's domain publishes a DMARC policy: their message is attached.\n"
        parts.append(_part('text/plain; charset="us-ascii"', text, "7bit",
                           ["MIME-Version: 1.0", "Content-Disposition: inline"]))  # fmt: skip
    wrapped = b"Content-Type: message/rfc822\nMIME-Version: 1.0\nContent-Disposition: inline\n"
    parts.append(wrapped + b"\n" + inner)
    if footer:
        parts.append(_part('text/plain; charset="us-ascii"', FOOTER.encode("ascii"), "7bit",
                           ["MIME-Version: 1.0", "Content-Disposition: inline"]))  # fmt: skip
    boundary = _boundary(rng)
    heads.append(f'Content-Type: multipart/mixed; boundary="{boundary}"')
    return _finish(heads, _multipart(parts, boundary), False)


def reply_message(
    quoted_text: str,
    stamp: str,
    *,
    date: datetime,
    in_reply_to: str | None = None,
    via_list: bool = True,
    encoding: Encoding = "8bit",
    seed: int = 0,
) -> bytes:
    """A member's reply quoting the edition with ``> `` lines. It is not an edition."""
    rng = random.Random(seed)
    quoted = "\n".join(("> " + ln) if ln else ">" for ln in quoted_text.rstrip("\n").split("\n"))
    body = (
        "Hi all,\n\nour secondary contact changed, we will update it through the procedure.\n\n"
        f"On {rfc_date(stamp_datetime(stamp))}, TLD-OPS Repository via tld-ops wrote:\n"
        f"{quoted}\n\n-- \nMember\n"
    )
    heads = [
        "From: Member <member@registry.example>",
        f"To: {LIST_ADDRESS}",
        subject_header(f"Re: {subject_for(stamp)}", rng.choice(("plain", "folded"))),
        f"Date: {rfc_date(date)}",
        f"Message-ID: <reply.{rng.getrandbits(48):012x}@registry.example>",
    ]
    if in_reply_to:
        heads += [f"In-Reply-To: {in_reply_to}", f"References: {in_reply_to}"]
    heads += [
        "MIME-Version: 1.0",
        'Content-Type: text/plain; charset="utf-8"',
        f"Content-Transfer-Encoding: {encoding}",
    ]
    if via_list:
        heads += list_headers()
    return _finish(heads, encode_body(body, "utf-8", encoding), False)


# --------------------------------------------------------------------------- noise

NoiseKind = Literal[
    "list", "near-miss", "personal", "from-lines", "encoded-subject", "newsletter",
    "attachment", "latin1",
]  # fmt: skip
NOISE_KINDS: tuple[NoiseKind, ...] = (
    "list", "near-miss", "personal", "from-lines", "encoded-subject", "newsletter",
    "attachment", "latin1",
)  # fmt: skip

_LIST_SUBJECTS = (
    "[tld-ops] DDoS on authoritative servers of several ccTLDs",
    "[tld-ops] Malware using DGA under several ccTLDs",
    "[tld-ops] Phishing campaign abusing registrar brands",
    "[tld-ops] Heads-up: KSK rollover test tomorrow",
    "[tld-ops] Reminder: TLD-OPS Standing Committee call",
)
_NEAR_MISS_SUBJECTS = (
    "[tld-ops] Question about the Incident Response Community Repository",
    "[tld-ops] TLD-OPS Incident Response Community Repository: update procedure",
    "[tld-ops] TLD-OPS Incident Response Community Repository <soon>",
    "Re: [tld-ops] TLD-OPS Incident Response Community Repository contacts",
)
_ENCODED_SUBJECTS = (
    "Réunion à Paris — ordre du jour",
    "Встреча в четверг",
    "会议通知：下周二",
    "Ñandú: informe de incidentes",
    "[tld-ops] Übersicht der DNSSEC-Vorfälle",
)
_PERSONAL = (
    ("Lunch on Friday?", "Shall we meet at noon?\n"),
    ("Invoice {n}", "Please find the invoice details below.\nAmount due: 120.00 EUR\n"),
    ("Slides from the workshop", "Thanks for attending. Slides are on the wiki.\n"),
)


def _noise_headers(
    from_addr: str, subject_line: str, when: datetime, mid: str, via_list: bool
) -> list[str]:
    heads = [
        f"From: {from_addr}",
        f"To: {LIST_ADDRESS if via_list else 'Member <member@registry.example>'}",
        subject_line,
        f"Date: {rfc_date(when)}",
        f"Message-ID: {mid}",
        "MIME-Version: 1.0",
    ]
    if via_list:
        heads += [f"List-Id: {LIST_ID}", f"Sender: {LIST_SENDER}", "Precedence: list"]
    return heads


def _fake_pdf(rng: random.Random, size: int) -> bytes:
    head = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
    return head + rng.randbytes(max(0, size - len(head) - 6)) + b"\n%%EOF"


def noise_message(
    rng: random.Random,
    index: int,
    when: datetime,
    *,
    kind: NoiseKind | None = None,
    attachment_bytes: int = 0,
) -> bytes:
    """An ordinary message that is not an edition. ``attachment_bytes`` > 0 forces an attachment
    of about that many (raw) bytes."""
    if kind is None:
        kind = "attachment" if attachment_bytes else rng.choice(NOISE_KINDS)
    mid = f"<noise{index}.{rng.getrandbits(32):08x}@registry.example>"
    sender = f"Someone {index} <someone{index}@registry.example>"
    if kind in ("list", "near-miss"):
        subject = rng.choice(_LIST_SUBJECTS if kind == "list" else _NEAR_MISS_SUBJECTS)
        heads = _noise_headers(sender, subject_header(subject), when, mid, True)
        heads += ['Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: 7bit"]
        body = (
            "Hi all,\n\nwe see this on our side as well. Details:\n\n"
            + "".join(
                f"  192.0.2.{rng.randint(1, 254)} qps={rng.randint(1000, 90000)}\n"
                for _ in range(rng.randint(2, 12))
            )
            + "\nRegards\n\n"
            + FOOTER
        )
        return _finish(heads, body.encode("ascii"), False)
    if kind in ("personal", "from-lines"):
        subj, text = rng.choice(_PERSONAL)
        subj = subj.format(n=index)
        if kind == "from-lines":
            text += (
                "From the sound of it we should meet.\nFrom now on, Fridays.\n"
                ">From a quoted line too.\n"
            )
        heads = _noise_headers(sender, subject_header(subj), when, mid, False)
        heads += ['Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: 7bit"]
        return _finish(heads, text.encode("ascii"), False)
    if kind == "encoded-subject":
        subj = rng.choice(_ENCODED_SUBJECTS)
        style: Literal["B", "Q"] = rng.choice(("B", "Q"))
        line = "Subject: " + "\n ".join(_encoded_words(subj, "utf-8", style, chunk=12))
        heads = _noise_headers(sender, line, when, mid, subj.startswith("[tld-ops]"))
        heads += [
            'Content-Type: text/plain; charset="utf-8"',
            "Content-Transfer-Encoding: quoted-printable",
        ]
        return _finish(
            heads, qp_encode(f"{subj}\n\nVoir ci-dessous / see below.\n".encode()), False
        )
    if kind == "latin1":
        heads = _noise_headers(
            sender,
            "Subject: " + header_encode("Café meeting notes", "iso-8859-1"),
            when,
            mid,
            False,
        )
        heads += [
            'Content-Type: text/plain; charset="iso-8859-1"',
            "Content-Transfer-Encoding: quoted-printable",
        ]
        text = "Notes du café: élève, garçon, Ångström, 20 °C.\n"
        return _finish(heads, qp_encode(text.encode("iso-8859-1")), False)
    if kind == "newsletter":
        boundary = _boundary(rng)
        heads = _noise_headers(
            "Registry News <news@newsletter.example>",
            subject_header(f"Registry newsletter #{index}"),
            when,
            mid,
            False,
        )
        heads += [f'Content-Type: multipart/alternative; boundary="{boundary}"']
        items = "".join(
            f"<tr><td><h2>Story {i}</h2><p>Lorem ipsum dolor sit amet, consectetur "
            f"adipiscing elit &mdash; item {i}.</p></td></tr>\n"
            for i in range(rng.randint(3, 20))
        )
        html_text = (
            '<!DOCTYPE html><html><head><meta charset="utf-8"><style>td{font:14px sans-serif}'
            f'</style></head><body><table width="600">\n{items}</table></body></html>\n'
        )
        parts = [
            _part('text/plain; charset="utf-8"', b"View this newsletter in HTML.\n", "7bit"),
            _part('text/html; charset="utf-8"', qp_encode(html_text.encode()), "quoted-printable"),
        ]
        return _finish(heads, _multipart(parts, boundary), False)
    # attachment
    size = attachment_bytes or rng.randint(2_000, 60_000)
    boundary = _boundary(rng)
    heads = _noise_headers(
        sender, subject_header(f"Report {index} (attached)"), when, mid, rng.random() < 0.3
    )
    heads += [f'Content-Type: multipart/mixed; boundary="{boundary}"']
    which = rng.choice(("pdf", "bin", "png"))
    if which == "pdf":
        ctype, name, payload = "application/pdf", f"report-{index}.pdf", _fake_pdf(rng, size)
    elif which == "png":
        ctype, name = "image/png", f"graph-{index}.png"
        payload = b"\x89PNG\r\n\x1a\n" + rng.randbytes(size)
    else:
        ctype, name, payload = (
            "application/octet-stream",
            f"capture-{index}.pcap",
            rng.randbytes(size),
        )
    parts = [
        _part('text/plain; charset="utf-8"', b"See the attachment.\n", "7bit"),
        _part(
            f'{ctype}; name="{name}"',
            base64.encodebytes(payload),
            "base64",
            [f'Content-Disposition: attachment; filename="{name}"'],
        ),
    ]
    return _finish(heads, _multipart(parts, boundary), False)
