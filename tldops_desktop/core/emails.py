"""What counts as an email address in a contact's field: a local part, "@", and a domain of
dot-separated labels ("cert@registro.br." with a full stop after it, "noc@nic.ad," with a comma,
or "a@b..c", is none)."""

from __future__ import annotations

import re

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
