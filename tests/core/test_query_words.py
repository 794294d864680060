"""The words of a search query (``query_words.split_words``)."""

from __future__ import annotations

import pytest

from tldops_desktop.core.query_words import split_words


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
        ('""', []),
        ("", []),
    ],
)
def test_split_words(text: str, words: list[str]) -> None:
    assert split_words(text) == words
