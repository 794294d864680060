"""Query and index text made plain: what is invisible or typed in a variant form."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tldops_desktop.core import text as text_module
from tldops_desktop.core.text import fold, key_fold, plain

# Format characters (Unicode Cf) that copies from web pages, chat programs, Windows and
# right-to-left text carry: LRM, RLM, ZWJ, ZWNJ, ALM, the bidi embeddings, overrides and
# isolates, ZWSP, word joiner, soft hyphen and the BOM.
FORMAT_CHARACTERS = (
    "\u200e\u200f\u200d\u200c\u061c\u202a\u202b\u202c\u202d\u202e"
    "\u2066\u2067\u2068\u2069\u200b\u2060\u00ad\ufeff"
)


@pytest.mark.parametrize("char", list(FORMAT_CHARACTERS))
def test_format_characters_are_dropped_anywhere(char: str) -> None:
    assert plain(f"{char}+49{char}151 234{char}") == "+49151 234"
    assert plain(f".de{char}") == ".de"
    assert fold(f"Lucía{char} Nowak{char}") == "lucia nowak"


@pytest.mark.parametrize("dot", ["\u3002", "\uff0e", "\uff61"])
def test_ideographic_and_full_width_full_stops_are_dots(dot: str) -> None:
    assert plain(f"{dot}中国") == ".中国"
    assert plain(f"example{dot}рф") == "example.рф"


@pytest.mark.parametrize("apostrophe", ["\u2019", "\u2018", "\u02bc", "\u00b4", "\u201b", "`"])
def test_typographic_apostrophes_are_one(apostrophe: str) -> None:
    assert plain(f"O{apostrophe}Neill") == "O'Neill"
    assert fold(f"Côte d{apostrophe}Ivoire") == "cote d'ivoire"


def test_what_is_plain_already_stays() -> None:
    for text in ("Lucía Nowak", "+49 151 234 567 40", "ops1@nic.de", ".рф", "山田 太郎", ""):
        assert plain(text) == text
    assert fold("Zoë O'Neill") == "zoe o'neill"


def _fold_char_by_char(text: str) -> str:
    """What ``fold`` means, without its shortcuts: each character looked at in Python."""
    kept = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    kept = kept.translate(text_module._PUNCTUATION)
    # Translated after decomposing, as fold does: a compatibility ideograph (U+F9B3) is 靈.
    decomposed = unicodedata.normalize("NFKD", kept).translate(text_module._EXTRA)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


@settings(max_examples=3000, deadline=None)
@given(st.text(max_size=24))
def test_fold_shortcuts_fold_as_each_character_would_be(text: str) -> None:
    """ASCII text, and text with no unprintable character, skip steps that change nothing."""
    assert fold.__wrapped__(text) == _fold_char_by_char(text)


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("ÐORĐEVIĆ", "dordevic"),  # capital eth, as Latin-1 writes Đ
        ("Þórsson", "thorsson"),
        ("ÞÓRA", "thora"),
        ("Ħamrun", "hamrun"),
        ("Məmmədov", "mammadov"),
        ("ƊAN ƘAURA", "dan kaura"),
        ("Ŋgom", "nggom"),
        ("Kwabɛna Ɔwusu", "kwabena owusu"),
        ("Ǣlfric", "aelfric"),  # decomposes to æ, then spelt out as the letter is
    ],
)
def test_letters_without_a_combining_mark_fold_as_typed(written: str, typed: str) -> None:
    assert fold(written) == typed


def test_traditional_and_simplified_chinese_fold_alike() -> None:
    assert fold("陳志明") == fold("陈志明") == "陈志明"
    assert fold("臺灣") == fold("台灣") == fold("台湾")
    assert fold("中國") == fold("中国")
    assert key_fold("陳志明") == "陳志明"  # a vCard's UID keeps the name as written


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("السعودية", "السعوديه"),  # taa marbuta typed as haa, as many keyboards and people do
        ("كوريا الجنوبية", "كوريا الجنوبيه"),
        ("مصطفى", "مصطفي"),  # alif maqsura typed as yaa
        ("ألمانيا", "المانيا"),  # (a hamza's seat: the bare alif)
        ("ایران", "إيران"),  # Persian yeh and the Arabic one
        ("کاظمی", "كاظمي"),  # Persian keheh and the Arabic kaf
    ],
)
def test_arabic_letters_typed_in_their_everyday_forms_fold_alike(written: str, typed: str) -> None:
    assert fold(written) == fold(typed)


def test_a_label_keeps_its_arabic_letters_as_written() -> None:
    assert text_module.fold_label("ایران") != text_module.fold_label("إيران")
