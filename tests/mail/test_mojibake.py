"""An edition whose text was decoded wrongly once on its way (UTF-8 read as Windows-1252 or
Latin-1, sent on as UTF-8) is read back as written, and noted; other text is left alone."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import replace

import pytest

from tests.mailgen.editions import ExpectedEdition, make_edition
from tests.mailgen.messages import build_edition
from tests.mailgen.render import render_text
from tldops_desktop.mail.message import FoundEdition, examine
from tldops_desktop.mail.mojibake import undo_double_encoding

# Real names in many scripts, with the signs an edition holds.
NAMES = (
    "Émilie Lefèvre, José Núñez, Søren Ødegård, Jürgen Müller, Łukasz Żółć, Dvořák, Ångström",
    "Светлана Петрова, Алексей Смирнов, Ірина Шевченко",
    "Γιώργος Παπαδόπουλος, Ελένη Οικονόμου",
    "محمد أحمد، فاطمة الزهراء",
    "李明, 王芳, 山田太郎, 김민준",
    "สมชาย ใจดี, นภา ศรีสุข",
    "O’Brien – “Hélène” «Zoë» Nº 5, 25 °C, © 2026 — „Straße“ ß“ · ½",
)


def _as_windows_1252(text: str) -> str:
    """UTF-8 bytes read as Windows-1252 the way browsers and mail clients read it (its five
    undefined bytes as Latin-1's controls)."""
    return "".join(
        bytes([byte]).decode("cp1252", errors="ignore") or chr(byte) for byte in text.encode()
    )


def _as_latin_1(text: str) -> str:
    return text.encode().decode("latin-1")


@pytest.mark.parametrize("misread", [_as_windows_1252, _as_latin_1])
@pytest.mark.parametrize("names", NAMES)
def test_names_read_wrongly_once_are_read_back(misread: Callable[[str], str], names: str) -> None:
    assert undo_double_encoding(misread(names)) == names
    assert undo_double_encoding(misread(misread(names))) == names  # (read wrongly twice)


@pytest.mark.parametrize("names", NAMES)
def test_real_names_are_left_alone(names: str) -> None:
    assert undo_double_encoding(names) is None
    # Western names sent as Windows-1252 and read as such: letters, not a double encoding.
    western = names.encode("cp1252", errors="ignore").decode("cp1252")
    assert undo_double_encoding(western) is None


def test_one_such_sequence_is_kept_as_written() -> None:
    """A Dane writing "Ã…ngström" on purpose, among names read right."""
    text = f"Ã…ngström Consulting\n{NAMES[0]}\n{NAMES[1]}\n"
    assert undo_double_encoding(text) is None


def _names(found: FoundEdition) -> list[str]:
    return [c.name for m in found.body.members for c in m.contacts]


def _body_notes(found: FoundEdition) -> list[tuple[str, str]]:
    return [(n.code, n.detail) for n in found.body.notes if n.line == 0]


@pytest.mark.parametrize("misread", [_as_windows_1252, _as_latin_1])
@pytest.mark.parametrize("encoding", ["8bit", "quoted-printable", "base64"])
def test_an_edition_sent_on_double_encoded_reads_as_written(
    misread: Callable[[str], str], encoding: str
) -> None:
    edition = make_edition("20261101-0600", seed=5, members=12)
    text = render_text(edition, "A", seed=1)
    (clean,) = examine(build_edition(edition, seed=1, text=text).data, "x.eml").editions
    assert not text.isascii() and any(not name.isascii() for name in _names(clean))
    assert _body_notes(clean) == []

    message = build_edition(edition, seed=1, text=misread(text), encoding=encoding)  # type: ignore[arg-type]
    (found,) = examine(message.data, "x.eml").editions
    assert _names(found) == _names(clean)
    assert found.body.members == clean.body.members
    assert _body_notes(found) == [("double-encoded", "windows-1252")]


def test_an_edition_in_many_scripts_is_read_unchanged() -> None:
    edition = make_edition("20261101-0600", seed=5, members=12)
    text = render_text(edition, "A", seed=1) + "\n" + "\n".join(NAMES) + "\n"
    (found,) = examine(build_edition(edition, seed=1, text=text).data, "x.eml").editions
    assert "double-encoded" not in {n.code for n in found.body.notes}
    assert all(found.body.members)


# Names whose UTF-8 holds the five bytes Windows-1252 leaves undefined (0x81 in "Á", 0x8D in
# "Í", 0x8F in "Ï", 0x90 in "Ð" and "А", 0x9D in "Ý" and "Н"), read as Latin-1's controls.
UNDEFINED_IN_1252 = ("Ágnes Ónody", "Íñigo Ýmir", "Ïsabelle Ðorđe", "Нина Ниязова", "Ádám Édes")


def _with_names(edition: ExpectedEdition, names: tuple[str, ...]) -> ExpectedEdition:
    chosen = itertools.cycle(names)
    members = tuple(
        replace(m, contacts=tuple(replace(c, name=next(chosen)) for c in m.contacts))
        for m in edition.members
    )
    return replace(edition, members=members)


def _html_references(text: str, *, everything: bool) -> str:
    """HTML as an editor writes it with character references: for every character beyond
    ASCII (``everything``), or for the controls alone, which it would not write raw."""
    return "".join(
        f"&#{ord(c)};" if ord(c) > 0x7F and (everything or ord(c) < 0xA0) else c for c in text
    )


@pytest.mark.parametrize("everything", [False, True])
def test_an_html_edition_double_encoded_with_character_references_reads_as_written(
    everything: bool,
) -> None:
    """The HTML of an edition read as Windows-1252 the way browsers read it, its five
    undefined bytes as controls, then written with character references ("Ã&#129;gnes"):
    read back once the references are read; a real name so written is left alone."""
    edition = _with_names(make_edition("20261101-0600", seed=5, members=8), UNDEFINED_IN_1252)
    built = build_edition(edition, seed=1, html="only")
    assert built.html is not None
    head = built.data.split(b"\n\n", 1)[0]
    (clean,) = examine(built.data, "x.eml").editions
    assert set(_names(clean)) == set(UNDEFINED_IN_1252)

    for html, repaired in (
        (_as_windows_1252(built.html), True),
        (built.html, False),  # a real name written with references
    ):
        body = _html_references(html, everything=everything or not repaired)
        data = head.replace(b"base64", b"8bit").replace(b"quoted-printable", b"8bit")
        (found,) = examine(data + b"\n\n" + body.encode("utf-8"), "x.eml").editions
        assert found.body.members == clean.body.members
        expected_notes = [("double-encoded", "windows-1252")] if repaired else []
        assert _body_notes(found) == expected_notes
