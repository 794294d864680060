"""Charsets as declared and as really used, and header bytes as clients send them."""

from __future__ import annotations

from email import policy
from email.parser import BytesParser

import pytest

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
