"""Whether one copy of an edition is another with its letters lost: a Mailman plain-text
digest is written in the list's charset (US-ASCII for an English list), with "?" for every
letter it cannot write: "Łukasz" is "?ukasz" there, "Иван Петров" "???? ??????"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tldops_desktop.core.model import Member

# A "?" where a letter was: inside a word, first in one, or beside another "?" (not "Who?"
# at a word's end, where a question mark may stand).
_LOST_LETTER = re.compile(r"\?\?|\w\?\w|(?<![\w?])\?\w")


def lost_letters(text: str) -> bool:
    """Whether ``text`` has "?" where letters were."""
    return "?" in text and _LOST_LETTER.search(text) is not None


def is_lossy_copy(lossy: Sequence[Member], full: Sequence[Member]) -> bool:
    """Whether ``lossy`` is ``full`` with its letters outside ASCII written as "?", and
    nothing else changed."""
    if len(lossy) != len(full) or tuple(lossy) == tuple(full):
        return False
    for poor, rich in zip(lossy, full, strict=True):
        if poor.tld.ace != rich.tld.ace or len(poor.contacts) != len(rich.contacts):
            return False
        if not _same_or_lost(poor.country, rich.country):
            return False
        for a, b in zip(poor.contacts, rich.contacts, strict=True):
            if (a.position, a.email, a.phone) != (b.position, b.email, b.phone):
                return False
            if not _same_or_lost(a.name, b.name):
                return False
    return True


def _same_or_lost(poor: str, rich: str) -> bool:
    return poor == rich or poor == rich.encode("ascii", "replace").decode("ascii")
