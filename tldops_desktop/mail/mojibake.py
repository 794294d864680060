"""Text decoded wrongly once already on its way: UTF-8 bytes a client or list server read as
Windows-1252 or Latin-1, then sent on as UTF-8 ("JosÃ©", "Ð¡Ð²ÐµÑ‚Ð»Ð°Ð½Ð°").

Each such sequence is one UTF-8 character's bytes shown as Windows-1252: a lead byte's letter
("Ã", "Ð", "â") and its continuation bytes' signs. Only text with several of them is read
back: one alone may be written so on purpose (a Dane's "Ã…ngström").
"""

from __future__ import annotations

import html
import re
import unicodedata

# What a byte 0x80-0xBF (a UTF-8 continuation byte) shows as in Windows-1252; the five bytes it
# leaves undefined show as Latin-1's controls, as browsers and most clients read them.
_SHOWN_AS = {
    bytes([byte]).decode("cp1252", errors="ignore") or chr(byte): bytes([byte])
    for byte in range(0x80, 0xC0)
}
# A Latin-1 read shows 0x80-0x9F as controls where Windows-1252 has signs.
_SHOWN_AS.update({chr(byte): bytes([byte]) for byte in range(0x80, 0xC0)})
_CONTINUATION = "[" + re.escape("".join(_SHOWN_AS)) + "]"
# A lead byte's letter and its continuation bytes' signs: 0xC2-0xDF takes one, 0xE0-0xEF two,
# 0xF0-0xF4 three (one pattern, not three: a text without them is scanned four times faster).
_SEQUENCE = re.compile(f"[\u00c2-\u00f4]{_CONTINUATION}{{1,3}}")
# Fewer may be a name written so on purpose; an edition read wrongly has dozens.
MIN_SEQUENCES = 3
# Text read wrongly twice ("Ã\x83Â©") takes a second pass; a third is never needed.
_MAX_PASSES = 2
# What a real name never holds: controls, unassigned and private code points, and the scripts
# a lead letter and a German quotation mark ("ß“") would give by chance (Syriac, Thaana, NKo).
_NOT_TEXT = frozenset({"Cc", "Cn", "Co", "Cs"})
_UNLIKELY = range(0x0700, 0x0800)


def undo_double_encoding(text: str) -> str | None:
    """``text`` with its double-encoded characters read back, or None when it has too few of
    them to be such text (most text: the check is one search when there are none)."""
    if text.isascii():
        return None
    repaired = text
    for _ in range(_MAX_PASSES):
        count = 0

        def read_back(match: re.Match[str]) -> str:
            nonlocal count
            found = match.group()
            length = 2 if found[0] < "\u00e0" else 3 if found[0] < "\u00f0" else 4
            if len(found) < length:
                return found
            shown, after = found[:length], found[length:]  # (a sign written after it)
            try:
                char = b"".join(_byte(c) for c in shown).decode("utf-8")
            except UnicodeDecodeError:
                return found
            if _not_text(char):
                return found
            count += 1
            return char + after

        candidate = _SEQUENCE.sub(read_back, repaired)
        if count < MIN_SEQUENCES:
            break
        repaired = candidate
    if repaired is text:
        return None
    if not unicodedata.is_normalized("NFC", repaired):  # (as the part's text was made)
        repaired = unicodedata.normalize("NFC", repaired)
    return repaired


# A character reference ("&#129;", "&#xC3;", "&Atilde;"), as an HTML editor writes what it would
# not write raw: the controls a misread gives, or every character beyond ASCII.
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def undo_double_encoding_html(text: str) -> str | None:
    """``undo_double_encoding`` for an HTML part: its text as the characters it stands for,
    those written as references too ("Ã&#129;gnes"), which a search of the source would miss.
    The references of characters beyond ASCII are resolved only in text read back; markup's
    ("&lt;", "&amp;") never."""
    if "&" not in text:
        return undo_double_encoding(text)
    return undo_double_encoding(_REFERENCE.sub(_beyond_ascii, text))


def _beyond_ascii(reference: re.Match[str]) -> str:
    char = html.unescape(reference.group())
    return char if len(char) == 1 and char > "\x7f" else reference.group()


def _not_text(char: str) -> bool:
    if "\x80" <= char <= "\x9f":
        # A Latin-1 control read back from "Â\x81": half of a letter read wrongly twice
        # ("Ł"), whole on the next pass; the text held the control already.
        return False
    return unicodedata.category(char) in _NOT_TEXT or ord(char) in _UNLIKELY


def _byte(char: str) -> bytes:
    """The byte a lead letter or continuation sign stands for."""
    return _SHOWN_AS.get(char) or bytes([ord(char)])
