"""Email addresses written to escape harvesters: "abuse1 [at] nic.ad", "noc(at)nic(dot)br",
"noc @ nic.ad", "csirt AT registry DOT example", or defanged as responders paste what they
report ("noc[@]nic[.]ad"). A responder needs the address itself."""

from __future__ import annotations

import re

from tldops_desktop.core.emails import is_address


def _enclosed(word: str) -> str:
    """``word`` in brackets, braces or parentheses, spaces around it or not: "[at]", "( at )"."""
    return rf"\s*[\[({{<]\s*{word}\s*[\])}}>]\s*"


_AT = re.compile(rf"{_enclosed('(?:at|[@＠])')}|\s+at\s+|\s*[@＠]\s*", re.IGNORECASE)
_DOT = re.compile(rf"{_enclosed('(?:dot|[.．])')}|\s+dot\s+", re.IGNORECASE)


def read_obfuscated(text: str) -> str | None:
    """The address ``text`` writes in words, or None when it writes none (one "at" exactly,
    and what results must be an address: "call me at home" stays as written)."""
    if len(_AT.findall(text)) != 1:
        return None
    address = _DOT.sub(".", _AT.sub("@", text.strip()))
    return address if is_address(address) else None
