"""ccTLD labels: any written form to the A-label that identifies a ccTLD (IDNA 2008, UTS 46)."""

from __future__ import annotations

import re
from functools import lru_cache

import idna

from tldops_desktop.core.model import Tld

_ACE_RE = re.compile(r"^(?:[a-z]{2}|xn--[a-z0-9-]{2,59})$")


class TldLabelError(ValueError):
    """A text that is not a usable ccTLD label."""


@lru_cache(maxsize=4096)  # IDNA is slow, and the same labels recur in every edition
def to_ace(text: str) -> str:
    """``.de``, ``DE``, ``.рф``, ``.РФ``, ``xn--p1ai``, ``.xn--P1AI`` → the A-label.

    Raises ``TldLabelError`` for text that cannot be a top-level label.
    """
    label = text.strip().strip(".").strip()
    if not label or any(ch.isspace() for ch in label) or "." in label:
        raise TldLabelError(text)
    if label.isascii():
        ace = label.lower()
        if ace.startswith("xn--"):
            to_unicode(ace)  # validates the Punycode
    else:
        try:
            ace = idna.encode(label, uts46=True).decode("ascii")
        except idna.IDNAError as exc:
            raise TldLabelError(text) from exc
    if not _ACE_RE.match(ace):
        raise TldLabelError(text)
    return ace


@lru_cache(maxsize=4096)
def to_unicode(ace: str) -> str:
    """The Unicode form of an A-label (IDNA 2008; Punycode alone where IDNA 2008 refuses)."""
    if not ace.startswith("xn--"):
        return ace
    try:
        return str(idna.decode(ace))
    except idna.IDNAError:
        try:
            return ace[4:].encode("ascii").decode("punycode")
        except (UnicodeError, ValueError) as exc:
            raise TldLabelError(ace) from exc


def make_tld(text: str) -> Tld:
    ace = to_ace(text)
    return Tld(ace=ace, unicode=to_unicode(ace))


def try_ace(text: str) -> str | None:
    """``to_ace`` that answers None instead of raising: for search terms."""
    try:
        return to_ace(text)
    except TldLabelError:
        return None
