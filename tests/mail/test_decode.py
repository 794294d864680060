"""Charsets as declared and as really used, and header bytes as clients send them."""

from __future__ import annotations

from email import policy
from email.parser import BytesParser

import pytest

from tests.mailgen.render import HtmlStyle
from tldops_desktop.mail.decode import bytes_to_text, header_values, part_text


@pytest.mark.parametrize(
    ("data", "declared", "text"),
    [
        ("Štefan Žák, 5 €".encode("iso-8859-15"), "iso-8859-15", "Štefan Žák, 5 €"),
        ("Štefan Žák".encode(), "iso-8859-15", "Štefan Žák"),  # UTF-8 labelled Latin-9
        ("“Hélène”".encode("cp1252"), "iso-8859-1", "“Hélène”"),  # Latin-1 read as WHATWG does
        ("Hélène".encode("cp1252"), "us-ascii", "Hélène"),
        ("Hélène".encode(), "iso-8859-1", "Hélène"),
        ("Hélène".encode("latin-1"), None, "Hélène"),
        ("Мария".encode("koi8-r"), "koi8-r", "Мария"),
        # One Windows-1252 byte pasted into UTF-8: the rest stays UTF-8, not Latin-1 mojibake.
        ("Jürgen Müller, Свет O".encode() + b"\x92Brien", "utf-8", "Jürgen Müller, Свет O’Brien"),
        ("Šimon O’Brien".encode("cp1252"), "utf-8", "Šimon O’Brien"),  # mislabelled copy
        (b"\x81 \x8a", None, "\x81 Š"),  # a byte Windows-1252 leaves undefined: Latin-1
    ],
)
def test_bytes_to_text(data: bytes, declared: str | None, text: str) -> None:
    assert bytes_to_text(data, declared) == text


@pytest.mark.parametrize("subject", ["ΑΠ: Συνάντηση", "回复：会议", "Réunion — vendredi"])
def test_raw_utf8_header_bytes_are_read(subject: str) -> None:
    raw = f"From: a@b\nSubject: {subject}\n\nbody\n".encode()
    message = BytesParser(policy=policy.compat32).parsebytes(raw)
    assert header_values(message, "subject") == [subject]


@pytest.mark.parametrize(
    "meta",
    [
        '<meta charset="windows-1251">',
        "<META http-equiv=Content-Type content='text/html; charset=windows-1251'>",
    ],
)
def test_an_html_part_without_a_mime_charset_is_read_by_its_meta_tag(meta: str) -> None:
    html = f"<html><head>{meta}</head><body>Светлана Смирнова</body></html>"
    raw = b"Content-Type: text/html\n\n" + html.encode("cp1251")
    part = BytesParser(policy=policy.compat32).parsebytes(raw)
    assert "Светлана Смирнова" in part_text(part)


def test_the_mime_charset_wins_over_a_meta_tag() -> None:
    html = '<html><head><meta charset="windows-1251"></head><body>Müller</body></html>'
    raw = b"Content-Type: text/html; charset=utf-8\n\n" + html.encode()
    part = BytesParser(policy=policy.compat32).parsebytes(raw)
    assert "Müller" in part_text(part)


def test_utf8_bytes_win_over_a_stale_meta_tag() -> None:
    html = '<html><head><meta charset="koi8-r"></head><body>Светлана Müller</body></html>'
    raw = b"Content-Type: text/html\n\n" + html.encode()
    part = BytesParser(policy=policy.compat32).parsebytes(raw)
    assert "Светлана Müller" in part_text(part)


@pytest.mark.parametrize("declared", ["koi8-r", "iso-8859-2", "windows-1251", "gb2312", "latin1"])
def test_utf8_bytes_win_over_a_stale_mime_charset(declared: str) -> None:
    """A body a gateway or client converted to UTF-8, keeping the old label."""
    text = "Łukasz Müller, Светлана Смирнова, 黃明"
    raw = f"Content-Type: text/plain; charset={declared}\n\n{text}\n".encode()
    part = BytesParser(policy=policy.compat32).parsebytes(raw)
    assert part_text(part) == text + "\n"


@pytest.mark.parametrize(
    ("text", "declared"),
    [("Светлана Смирнова", "koi8-r"), ("Łukasz Żak", "iso-8859-2"), ("黃明 會議", "big5")],
)
def test_text_in_its_declared_charset_stays_in_it(text: str, declared: str) -> None:
    raw = f"Content-Type: text/plain; charset={declared}\n\n".encode() + text.encode(declared)
    part = BytesParser(policy=policy.compat32).parsebytes(raw)
    assert part_text(part) == text


def _cut(data: bytes, size: int, separator: bytes) -> bytes:
    """``data`` on lines of ``size`` bytes, as a mail server cuts a longer line."""
    return separator.join(data[i : i + size] for i in range(0, len(data), size))


_SERVERS = {
    "postfix": (998, b"\r\n "),  # goes on in a line that begins with a space
    "sendmail": (990, b"!\n"),  # marks the cut line with "!"
    "plain": (998, b"\n"),  # just breaks it
}


@pytest.mark.parametrize("server", sorted(_SERVERS))
@pytest.mark.parametrize("style", ["table", "paragraphs"])
def test_an_html_edition_on_one_line_cut_by_a_mail_server_reads_whole(
    server: str, style: HtmlStyle
) -> None:
    from tests.mailgen.editions import make_edition
    from tests.mailgen.messages import build_edition
    from tests.mailgen.render import render_html
    from tldops_desktop.mail.message import examine

    edition = make_edition("20261101-0600", seed=41, members=40)
    html = render_html(edition, style, seed=1).replace("\r\n", "").replace("\n", "")
    head = build_edition(edition, seed=1).data.split(b"\n\n", 1)[0]
    head = head.replace(b"Content-Type: text/plain", b"Content-Type: text/html")
    size, separator = _SERVERS[server]
    cut = _cut(html.encode("utf-8"), size, separator)
    assert max(len(line) for line in cut.split(b"\n")) <= 1000
    (found,) = examine(head + b"\n\n" + cut + b"\n", "cut.eml").editions
    read = [
        (m.tld.ace, [(c.name, c.email, c.phone) for c in m.contacts]) for m in found.body.members
    ]
    expected = [(m.ace, [(c.name, c.email, c.phone) for c in m.contacts]) for m in edition.members]
    assert read == expected


def test_text_with_lines_under_the_limit_is_left_as_it_is() -> None:
    from tldops_desktop.mail.decode import rejoin_mta_breaks

    text = b"<p>short</p>\n <p>indented</p>\n" + b"x" * 900 + b"\n next\n"
    assert rejoin_mta_breaks(text) is text
    line = b"y" * 998
    assert rejoin_mta_breaks(line + b"\nz") == line + b"z"
    assert rejoin_mta_breaks(line) == line  # the last line: nothing goes on after it


_RUSSIAN = "Алексей Смирнов, Мария Иванова, Светлана Петрова: дежурная служба"


@pytest.mark.parametrize("actual", ["cp1251", "koi8_r"])
@pytest.mark.parametrize("label", ["utf-8", "us-ascii", None])
def test_cyrillic_in_a_one_byte_charset_under_a_wrong_label_reads_right(
    actual: str, label: str | None
) -> None:
    data = f"Name: {_RUSSIAN}\nEmail: noc@nic.ru\n".encode(actual)
    assert bytes_to_text(data, label) == data.decode(actual)


@pytest.mark.parametrize(
    ("actual", "label"), [("koi8_r", "windows-1251"), ("cp1251", "koi8-r"), ("cp1251", "koi8-u")]
)
def test_cyrillic_under_the_other_cyrillic_label_reads_right(actual: str, label: str) -> None:
    """Both decode any bytes: read by the label, the names would be garbled without a word."""
    data = f"Name: {_RUSSIAN}\nEmail: noc@nic.ru\n".encode(actual)
    assert bytes_to_text(data, label) == data.decode(actual)


@pytest.mark.parametrize("charset", ["cp1251", "koi8_r"])
def test_cyrillic_under_its_own_label_reads_by_it(charset: str) -> None:
    for text in (_RUSSIAN, _RUSSIAN.upper(), "ИВАНОВ Иван, ПЕТРОВА Мария, СМИРНОВ Алексей"):
        data = text.encode(charset)
        assert bytes_to_text(data, charset) == text


def test_western_text_under_a_wrong_label_still_reads_as_windows_1252() -> None:
    data = "Jürgen Müller, Zoë Lefèvre, François Dvořák".encode("cp1250", "replace")
    western = "Jürgen Müller, Zoë Lefèvre, Søren Ødegård, Ana Peña, José Núñez".encode("cp1252")
    assert bytes_to_text(western, "utf-8") == western.decode("cp1252")
    assert bytes_to_text(data, None) == data.decode("cp1252")
    mixed = "Алексей Смирнов ".encode() + "O’Brien".encode("cp1252")  # pasted into UTF-8
    assert bytes_to_text(mixed, "utf-8") == "Алексей Смирнов O’Brien"


def test_a_wrong_label_is_noted_in_the_report() -> None:
    from tests.mailgen.editions import make_edition
    from tests.mailgen.messages import build_edition
    from tldops_desktop.mail.message import examine

    message = build_edition(make_edition("20261101-0600", seed=3, members=6), seed=1).data
    head, body = message.split(b"\n\n", 1)
    assert b'charset="utf-8"' in head and b"8bit" in head
    russian = body + f"\n{_RUSSIAN}\n".encode("cp1251")
    (found,) = examine(head + b"\n\n" + russian, "x.eml").editions
    assert [(n.code, n.detail) for n in found.body.notes if n.line == 0] == [
        ("charset-mismatch", "utf-8")
    ]
    (clean,) = examine(message, "x.eml").editions
    assert not [n for n in clean.body.notes if n.code == "charset-mismatch"]
    koi8 = head.replace(b'charset="utf-8"', b'charset="windows-1251"') + b"\n\n"
    koi8_body = (body.decode() + f"\n{_RUSSIAN}\n").encode("koi8_r", "replace")
    (relabelled,) = examine(koi8 + koi8_body, "x.eml").editions
    assert [(n.code, n.detail) for n in relabelled.body.notes if n.line == 0] == [
        ("charset-mismatch", "windows-1251")
    ]


def test_quoted_printable_with_blanks_a_transport_added_at_line_ends() -> None:
    """RFC 2045 6.7: blanks at a line's end are dropped before decoding, so "= " still joins
    the line to the next; else an address keeps its "=": "regist= ry.an"."""
    body = "Email: p033733@regist= \r\nry.an  \r\nName: =D0=9C=D0=B0=D1=80=D0=B8=D1=8F=\t\r\n =D0=98\r\n"
    raw = (
        b'Content-Type: text/plain; charset="utf-8"\r\n'
        b"Content-Transfer-Encoding: quoted-printable\r\n\r\n" + body.encode()
    )
    part = BytesParser(policy=policy.compat32).parsebytes(raw)
    assert part_text(part) == "Email: p033733@registry.an\r\nName: Мария И\r\n"


def test_a_part_is_decoded_once_for_its_text_and_its_charset_check() -> None:
    from tldops_desktop.mail.decode import declared_charset_wrong, decoded_payload

    raw = (
        b'Content-Type: text/plain; charset="utf-8"\n'
        b"Content-Transfer-Encoding: quoted-printable\n\nM=C3=BCller\n"
    )
    part = BytesParser(policy=policy.compat32).parsebytes(raw)
    assert part_text(part) == "Müller\n"
    assert decoded_payload(part) is decoded_payload(part)
    assert declared_charset_wrong(part) is None
