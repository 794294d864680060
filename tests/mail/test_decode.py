"""Charsets as declared and as really used, and header bytes as clients send them."""

from __future__ import annotations

from email import policy
from email.parser import BytesParser

import pytest

from tldops_desktop.mail.decode import bytes_to_text, header_values


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
    ],
)
def test_bytes_to_text(data: bytes, declared: str | None, text: str) -> None:
    assert bytes_to_text(data, declared) == text


@pytest.mark.parametrize("subject", ["ΑΠ: Συνάντηση", "回复：会议", "Réunion — vendredi"])
def test_raw_utf8_header_bytes_are_read(subject: str) -> None:
    raw = f"From: a@b\nSubject: {subject}\n\nbody\n".encode()
    message = BytesParser(policy=policy.compat32).parsebytes(raw)
    assert header_values(message, "subject") == [subject]
