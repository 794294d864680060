"""Text folding for search: case-, accent- and width-insensitive."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Letters that carry no combining mark in NFKD, but that people type without it.
_EXTRA = str.maketrans(
    {
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "þ": "th",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ß": "ss",
        "ı": "i",
        "ё": "е",
        "Ё": "е",
    }
)


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """``Lefèvre`` → ``lefevre``; ``Łukasz`` → ``lukasz``; ``РФ`` → ``рф``."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_EXTRA))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def digits(text: str) -> str:
    """The ASCII digits of a text, for phone matching (``+31 6 1234`` → ``3161234``)."""
    return "".join(ch for ch in text if "0" <= ch <= "9")
