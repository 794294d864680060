"""Text folding for search: case-, accent- and width-insensitive, and blind to whether Chinese
is written in Simplified or Traditional characters."""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from itertools import compress
from operator import not_

from tldops_desktop.core.hanzi import SIMPLIFIED

# Letters that carry no combining mark in NFKD, but that people type without it.
_LETTERS = {
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
# ... and more of them, read by search only: a key handed out (a vCard's UID) is folded with
# the letters above alone (``key_fold``), so that it stays what it was.
_EXTRA = str.maketrans(
    {
        **_LETTERS,
        "Ð": "d",  # Icelandic capital eth; also what Latin-1 writes for Đ
        "Þ": "th",
        "ħ": "h",  # Maltese
        "Ħ": "h",
        "ŧ": "t",  # Sami
        "Ŧ": "t",
        "ŋ": "ng",  # Sami, Wolof
        "Ŋ": "ng",
        "ə": "a",  # Azerbaijani: Məmmədov is Mammadov in passports and the press
        "Ə": "a",
        "ɗ": "d",  # Hausa, Fula
        "Ɗ": "d",
        "ɓ": "b",
        "Ɓ": "b",
        "ƙ": "k",
        "Ƙ": "k",
        "ɛ": "e",  # Akan, Ewe, Lingala
        "Ɛ": "e",
        "ɔ": "o",
        "Ɔ": "o",
    }
)
_LABEL = _EXTRA
_EXTRA = {**_EXTRA, **str.maketrans(SIMPLIFIED)}  # 陳 is searched as 陈, 臺灣 as 台湾
# Arabic letters typed in their everyday forms: "ة" as "ه" (السعوديه), "ى" as "ي", and the
# Persian keyboard's "ی" and "ک" for Arabic "ي" and "ك". Not in a label (``fold_label``):
# .ایران is written with the Persian yeh.
_EXTRA.update(str.maketrans({"ة": "ه", "ى": "ي", "ی": "ي", "ک": "ك"}))
# ... and without the tatweel a justified page draws inside a word (ألمـانيا), copied with it.
_EXTRA.update(str.maketrans({"\u0640": ""}))
_KEY_LETTERS = str.maketrans(_LETTERS)

# What a keyboard, a phone or a mail program types for "'" and "." (smart punctuation, CJK
# input): one character each for search. UTS 46 reads the three full stops as label dots.
_PUNCTUATION = str.maketrans(
    {
        "\u2019": "'",  # ’ RIGHT SINGLE QUOTATION MARK (macOS and iOS smart quotes)
        "\u2018": "'",  # ‘
        "\u201b": "'",  # ‛
        "\u02bc": "'",  # ʼ MODIFIER LETTER APOSTROPHE
        "\u02bb": "'",  # ʻ (ʻokina, typed for an apostrophe)
        "\u02b9": "'",  # ʹ
        "\u00b4": "'",  # ´ ACUTE ACCENT, typed for an apostrophe on many keyboards
        "\u0060": "'",  # `
        "\u2032": "'",  # ′ PRIME
        "\uff07": "'",  # ＇ FULLWIDTH APOSTROPHE
        "\u3002": ".",  # 。 IDEOGRAPHIC FULL STOP
        "\uff0e": ".",  # ． FULLWIDTH FULL STOP
        "\uff61": ".",  # ｡ HALFWIDTH IDEOGRAPHIC FULL STOP
        # Full-width Latin letters, digits and signs, as a CJK input method types them or a
        # CJK page shows a code (ＤＥ, ｎｉｃ．ｄｅ, ＋４９): the ASCII they stand for.
        **{chr(code + 0xFEE0): chr(code) for code in range(0x21, 0x7F) if code != 0x27},
    }
)


@lru_cache(maxsize=4096)
def plain(text: str) -> str:
    """``text`` without what is invisible or typed in a variant form: format characters
    (Unicode category Cf: direction marks, zero-width joiners and spaces, the BOM, which
    copies from web pages, chat programs and right-to-left text carry anywhere) are dropped;
    typographic apostrophes read as ``'``, ideographic full stops as ``.`` and full-width
    Latin as ASCII (``ＤＥ``: ``DE``)."""
    if text.isascii() or text.isprintable():  # no format character in it
        return text.translate(_PUNCTUATION)
    kept = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return kept.translate(_PUNCTUATION)


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """``Lefèvre`` → ``lefevre``; ``Łukasz`` → ``lukasz``; ``РФ`` → ``рф``; ``O’Neill`` →
    ``o'neill``."""
    if text.isascii():  # nothing to decompose: the same result, without the work
        return " ".join(text.translate(_PUNCTUATION).casefold().split())
    # Translated after decomposing: "ǣ", "ǿ" decompose to the "æ", "ø" spelt out above.
    return _unmarked(unicodedata.normalize("NFKD", plain(text)).translate(_EXTRA))


@lru_cache(maxsize=4096)
def fold_label(text: str) -> str:
    """``fold`` for a ccTLD's label, whose characters name it as written: ``.中國`` and
    ``.中国`` are two ccTLDs."""
    if text.isascii():
        return fold(text)
    return _unmarked(unicodedata.normalize("NFKD", plain(text)).translate(_LABEL))


def _unmarked(decomposed: str) -> str:
    """``decomposed`` (NFKD) without its combining marks, case-folded, its spaces one each."""
    # The characters that are no combining marks, picked by C loops (a search index folds
    # every name, address and number of an edition when it is built).
    stripped = "".join(compress(decomposed, map(not_, map(unicodedata.combining, decomposed))))
    return " ".join(stripped.casefold().split())


def digits(text: str) -> str:
    """The ASCII digits of a text, for phone matching (``+31 6 1234`` → ``3161234``)."""
    return "".join(ch for ch in text if "0" <= ch <= "9")


@lru_cache(maxsize=4096)
def key_fold(text: str) -> str:
    """``fold`` as a key handed out must keep reading a name (a vCard's UID, which a phone
    matches to update a card): with the first letters ``fold`` spelt out alone, translated
    before decomposing, as it was when those keys were first written."""
    if text.isascii():
        return fold(text)
    return _unmarked(unicodedata.normalize("NFKD", plain(text).translate(_KEY_LETTERS)))
