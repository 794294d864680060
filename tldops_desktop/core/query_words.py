"""The words of a search query: spaces separate them, quotes keep words together.

Like ``shlex.split``, with what a search field needs instead of a shell's rules: an
apostrophe inside a word (``O'Neill``, ``Côte d'Ivoire``, ``People's``) is a letter, not a
quote; a quote not closed yet (still being typed) runs to the end; a backslash is a
character like any other.
"""

from __future__ import annotations

_DOUBLE = '"'
_SINGLE = "'"


def split_words(text: str) -> list[str]:
    """``name:"Lucía Nowak" O'Neill`` → ``['name:Lucía Nowak', "O'Neill"]``."""
    words: list[str] = []
    chars: list[str] = []
    in_word = False
    quote: str | None = None
    for i, ch in enumerate(text):
        if quote is not None:
            if ch == quote and _closes(text, i, quote):
                quote = None
            else:
                chars.append(ch)
            continue
        if ch.isspace():
            if in_word:
                words.append("".join(chars))
                chars, in_word = [], False
            continue
        in_word = True
        if ch == _DOUBLE or (ch == _SINGLE and _opens(text, i)):
            quote = ch
        else:
            chars.append(ch)
    if in_word:
        words.append("".join(chars))
    return [w for w in words if w]


def _opens(text: str, i: int) -> bool:
    """A single quote opens a phrase at the start of a word or of a field's value
    (``'two words'``, ``name:'x y'``); inside a word it is an apostrophe."""
    return i == 0 or text[i - 1].isspace() or text[i - 1] == ":"


def _closes(text: str, i: int, quote: str) -> bool:
    """A double quote closes at once; a single one only at the end of a word, so that
    ``'Zoë O'Neill'`` keeps its apostrophe."""
    return quote == _DOUBLE or i + 1 == len(text) or text[i + 1].isspace()
