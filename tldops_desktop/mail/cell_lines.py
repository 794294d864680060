"""A table cell whose text a converter wrapped over lines (pandoc's grid and multiline tables,
a text browser's bordered or borderless one): its lines as one text again, by one rule."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence


def joined_cell(lines: Sequence[str], width: int = 0, fills: Sequence[bool] = ()) -> str:
    """A cell's lines (stripped, none empty) as one text: with a space between, or with none
    after a word's hyphen ("Jean-" then "Pierre", "noc@registry-" then "ops.nic.ad"; not
    after a dash alone, "Jean -") or where a word longer than its column was cut (see
    _cut_words). ``width``: the column's, in terminal columns (0: not known, no word is
    taken for cut); ``fills``: whether each line fills it (by default, as wide as it)."""
    if width and not fills:
        fills = [display_width(text) >= width for text in lines]
    cut = _cut_words(list(zip(lines, fills, strict=True)), width) if width else set()
    cell = ""
    for index, text in enumerate(lines):
        joint = "" if not cell or index in cut or _HYPHEN_END.search(cell) else " "
        cell = f"{cell}{joint}{text}"
    return cell


_HYPHEN_END = re.compile(r"\S-$")


def _cut_words(lines: list[tuple[str, bool]], width: int) -> set[int]:
    """The lines of a cell that go on the line before without a space: the pieces of a word
    longer than its column, as pandoc cuts one: its first piece alone on a line, the others
    filling the column ("<abu" then "se2@nic.hk>", "+" then "85251234607"). Such a run is
    taken for one word where it makes an address or a number (whose spaces do not count:
    "+591" then "71234033" may have been either), begins with signs alone ("." then
    "السعودية"), or its first piece would have fit on the line before (it was not put on a
    line of its own as a word); else each piece that goes on in small letters or signs
    ("Παπα" then "δόπουλος", "(xn" then "--mgberp", "Maxim" then "iliana") is. A piece in
    capitals may be a word that fills the column ("Ελένη" then "Νικολάου"): kept apart."""
    cut: set[int] = set()
    index = 0
    while index < len(lines):
        first = lines[index][0]
        end = index + 1
        while " " not in first and end < len(lines) and " " not in lines[end][0] and lines[end][1]:
            end += 1
        rest = [text for text, _fills in lines[index + 1 : end]]
        if rest and (
            "@" in first + "".join(rest)
            or not any(char.isalpha() for text in (first, *rest) for char in text)
            or not any(char.isalnum() for char in first)  # "." then "السعودية"
            or (
                index > 0 and display_width(lines[index - 1][0]) + 1 + display_width(first) <= width
            )
        ):
            cut.update(range(index + 1, end))
        else:
            cut.update(
                line
                for line, text in enumerate(rest, start=index + 1)
                if text[0].islower() or not text[0].isalpha()
            )
        index = end
    return cut


def display_width(text: str) -> int:
    """Terminal columns: wide characters (CJK) take two, combining marks none."""
    if text.isascii():
        return len(text.expandtabs(8))
    return sum(
        0 if unicodedata.combining(char) else 2 if unicodedata.east_asian_width(char) in "WF" else 1
        for char in text.expandtabs(8)
    )
