"""The words of a search query: spaces separate them, quotes keep words together.

Like ``shlex.split``, with what a search field needs instead of a shell's rules: an
apostrophe inside a word (``O'Neill``, ``Côte d'Ivoire``, ``People's``) is a letter, not a
quote; a quote not closed yet (still being typed) runs to the end; a backslash is a
character like any other. What a paste brings around a word is not part of it: the angle
brackets of an address (``<ops1@nic.de>``), typographic and CJK quotes (``«Новак»``,
``「德国」``) and a trailing comma or semicolon (``Nowak, Lucía``, ``.de; .fr``).
"""

from __future__ import annotations

import re
from urllib.parse import unquote

_DOUBLE = '"'
_SINGLE = "'"
# Never part of a name, address, number or ccTLD ("+49 151…" cut short): angle brackets and
# quotation marks, the CJK ones too ("「德国」", "《德国》").
_AROUND = "<>«»“”„‟‚‹›…「」『』【】〈〉《》〔〕〖〗"
# A From line pasted whole: a display name (quoted or not) and the address in angle brackets.
_FROM = re.compile(r'\s*("[^"]*"|[^"<>]*?)\s*<\s*([^<>\s@]+@[^<>\s@]+)\s*>\s*')
_HEADER_NAME = re.compile(r"^(?:from|to|cc|reply-to|sender):\s*", re.IGNORECASE)
_MAILTO = re.compile(r"^mailto:", re.IGNORECASE)


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
    bare = (unquoted(word) for word in words)
    return [word for word in bare if word]


def unquoted(word: str) -> str:
    """``word`` without the quotes, angle brackets and trailing comma or semicolon a paste
    brings around it (``«Новак»``, ``<ops1@nic.de>``, ``「德国」``, ``Nowak,``)."""
    return word.strip(_AROUND).rstrip(",;").strip(_AROUND)


def pasted_address(text: str) -> str | None:
    """The address of a From line pasted whole (``Lucía Nowak <ops1@nic.de>``,
    ``"Nowak, Lucía" <ops1@nic.de>``, ``<ops1@nic.de>``), or None. The address finds its
    person; the name beside it is how the sender's mail program writes it, which need not be
    how the edition does."""
    match = _FROM.fullmatch(text)
    return (mailto_address(match.group(2)) or match.group(2)) if match else None


def pasted_name(text: str) -> list[str]:
    """The words of the display name of a From line pasted whole (``"Nowak, Lucía"
    <lucia@example.com>`` → ``['Nowak', 'Lucía']``; the header's own name left out), or none:
    whom the line names when no contact has its address (a peer writing from elsewhere)."""
    match = _FROM.fullmatch(text)
    if match is None:
        return []
    return split_words(_HEADER_NAME.sub("", match.group(1)).replace('"', " "))


def mailto_address(text: str) -> str | None:
    """The address of a ``mailto:`` link (RFC 6068), as a mail program or a web page copies
    it: ``mailto:ops1@nic.de?subject=Incident`` → ``ops1@nic.de``; None when ``text`` is no
    such link. The link is not an address: searched as written it finds no one."""
    if not _MAILTO.match(text):
        return None
    return unquote(text[len("mailto:") :].split("?", 1)[0]).strip()


# Defanged, as tickets and threat reports write what no one must click by mistake:
# "nic[.]de", "nic(dot)de", "ops1[@]nic[.]de", "hxxps[:]//". "at" in brackets only inside a
# word: "Austria (AT)" is a country and its code.
_DEFANGED_DOT = re.compile(r"[\[({]\s*(?:\.|dot)\s*[\])}]", re.IGNORECASE)
_DEFANGED_AT = re.compile(r"(?<=\S)[\[({]\s*(?:@|at)\s*[\])}](?=\S)", re.IGNORECASE)
_DEFANGED_COLON = re.compile(r"[\[({]:[\])}]")
_DEFANGED_SCHEME = re.compile(r"\bhxxp(s?)(?=://)", re.IGNORECASE)


def refanged(text: str) -> str:
    """``text`` with what defangs a domain, URL or address undone: ``nic[.]de`` → ``nic.de``,
    ``hxxps[:]//www[.]nic[.]de`` → ``https://www.nic.de``, ``ops1[at]nic[.]de`` →
    ``ops1@nic.de``."""
    if not any(ch in text for ch in "[({") and "xx" not in text.casefold():
        return text
    text = _DEFANGED_COLON.sub(":", _DEFANGED_AT.sub("@", _DEFANGED_DOT.sub(".", text)))
    return _DEFANGED_SCHEME.sub(r"http\1", text)


def _opens(text: str, i: int) -> bool:
    """A single quote opens a phrase at the start of a word or of a field's value
    (``'two words'``, ``name:'x y'``); inside a word it is an apostrophe."""
    return i == 0 or text[i - 1].isspace() or text[i - 1] == ":"


def _closes(text: str, i: int, quote: str) -> bool:
    """A double quote closes at once; a single one only at the end of a word, so that
    ``'Zoë O'Neill'`` keeps its apostrophe."""
    return quote == _DOUBLE or i + 1 == len(text) or text[i + 1].isspace()
