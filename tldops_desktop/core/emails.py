"""What counts as an email address in a contact's field: a local part, "@", and a domain of
dot-separated labels ("cert@registro.br." with a full stop after it, "noc@nic.ad," with a comma,
or "a@b..c", is none)."""

from __future__ import annotations

import re
import unicodedata

# A local part's characters, without the brackets, quotes and separators text puts around an
# address, and its dots one at a time between them (".noc", "no..c" are none); or a quoted
# one ('"john doe"'). A domain's labels of letters (with their marks: "भारत"), digits and
# hyphens, neither first nor last; the last of two or more, not only digits ("noc@1.2.3.4").
_ATOM = r"[^@\s<>()\[\],;:\"\\.]+"
_LOCAL = rf"(?:{_ATOM}(?:\.{_ATOM})*|\"[^\"\\@\r\n]+\")"
_CHAR = r"(?:[\w-]|[^\x00-\x7f\s«»“”‘’„‚‹›（）［］，；：。、！？＠])"
_LABEL = rf"(?!-){_CHAR}+(?<!-)"
_TOP = rf"(?!-)(?!\d+$){_CHAR}{{2,}}(?<!-)"
_ADDRESS = re.compile(rf"{_LOCAL}@(?:{_LABEL}\.)+{_TOP}")


def is_address(text: str) -> bool:
    return _ADDRESS.fullmatch(text) is not None


# What may follow an address in its field without being part of it: a remark in brackets
# ("noc@nic.ad (24/7)") or after a dash ("cert@nic.xx - preferred"); then the field ends or
# another address follows, after a comma, semicolon or slash, or a word for "or" or "and".
_REMARK = r"(?:\s*\([^()@]*\)|\s*\[[^\[\]@]*\]|\s+[-–—]\s+[^@,;/()\[\]]*[^@,;/()\[\]\s])"
_BETWEEN = r"(?:\s*[,;/]\s*|\s+(?:or|and|oder|und|ou|et|o|y|и|или|或|和)\s+)"
_FIELD_ITEM = re.compile(rf"\s*({_ADDRESS.pattern}){_REMARK}?(?:{_BETWEEN}(?=\S)|\s*$)", re.I)


def field_addresses(text: str) -> tuple[str, ...]:
    """The addresses of an email field that holds one or more, each with its remark if any
    ("noc@nic.xx, security@nic.xx", "a@x.xx or b@x.xx", "noc@nic.ad (24/7)"); none when
    anything in it is no such address or remark ("noc@nic", "noc@nic.ad.", "noc@nic.ad,":
    a domain a wrap may have cut, "see the website")."""
    if is_address(text):
        return (text,)
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)  # full-width brackets and commas of CJK text
    found: list[str] = []
    position, end = 0, len(text.rstrip())
    while position < end:
        item = _FIELD_ITEM.match(text, position)
        if item is None:
            return ()
        found.append(item.group(1))
        position = item.end()
    return tuple(dict.fromkeys(found))
