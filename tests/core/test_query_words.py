"""The words of a search query (``query_words.split_words``)."""

from __future__ import annotations

import pytest

from tldops_desktop.core.query_words import pasted_address, split_words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("russia", ["russia"]),
        ("  region:EU   lefevre ", ["region:EU", "lefevre"]),
        ('"Lucía Nowak" de', ["Lucía Nowak", "de"]),
        ('name:"Lucía Nowak" tld:de', ["name:Lucía Nowak", "tld:de"]),
        ("'two words'", ["two words"]),
        ("name:'two words'", ["name:two words"]),
        # An apostrophe inside a word is a letter, not a quote.
        ("O'Neill", ["O'Neill"]),
        ("Zoë O'Neill", ["Zoë", "O'Neill"]),
        ("Lao People's Democratic Republic", ["Lao", "People's", "Democratic", "Republic"]),
        ("'Zoë O'Neill'", ["Zoë O'Neill"]),
        # Still being typed: an open quote runs to the end.
        ('"germ', ["germ"]),
        ('"lucía now', ["lucía now"]),
        ("\\", ["\\"]),
        # What a paste brings around a word.
        ("Nowak, Lucía", ["Nowak", "Lucía"]),
        ("<ops1@nic.de>", ["ops1@nic.de"]),
        ("Lucía Nowak <ops1@nic.de", ["Lucía", "Nowak", "ops1@nic.de"]),  # still being typed
        ("“Lucía Nowak” «Nowak»", ["Lucía", "Nowak", "Nowak"]),
        ('"Nowak, Lucía",', ["Nowak, Lucía"]),
        (".de; .fr;", [".de", ".fr"]),  # a list in a sentence
        (", <>", []),
        ('""', []),
        ("", []),
    ],
)
def test_split_words(text: str, words: list[str]) -> None:
    assert split_words(text) == words


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Lucía Nowak <ops1@nic.de>", "ops1@nic.de"),
        ('"Nowak, Lucía" <ops1@nic.de>', "ops1@nic.de"),
        ("<ops1@nic.de>", "ops1@nic.de"),
        ("Lucía Nowak <mailto:ops1@nic.de>", "ops1@nic.de"),  # Outlook's link target
        ("  Lucía Nowak < ops1@nic.de >  ", "ops1@nic.de"),
        ("ops1@nic.de", None),
        ("Lucía Nowak <ops1@nic.de", None),
        ("<nowak>", None),
        ("a <b@c.de> <d@e.de>", None),
    ],
)
def test_pasted_address(text: str, address: str | None) -> None:
    assert pasted_address(text) == address
