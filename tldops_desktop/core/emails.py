"""What counts as an email address in a contact's field: a local part, "@", and a domain of
dot-separated labels ("cert@registro.br." with a full stop after it, or "a@b..c", is none)."""

from __future__ import annotations

import re

_ADDRESS = re.compile(r"[^@\s<>]+@(?:[^@\s<>.]+\.)+[^@\s<>.]+")


def is_address(text: str) -> bool:
    return _ADDRESS.fullmatch(text) is not None
