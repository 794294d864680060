"""Who the repository email comes from, and the check that a message was sent through the list."""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.utils import getaddresses

SUBJECT_PATTERN = re.compile(
    r"TLD-OPS\s+Incident\s+Response\s+Community\s+Repository\s*<\s*(\d{8}-\d{4})\s*>",
    re.IGNORECASE,
)
# Reply and forward prefixes as mail clients write them (en, de, fr, es, nl, it, sv...).
_REPLY_PREFIX = re.compile(
    r"^\s*(?:\[[^\]]*\]\s*)*(?:re|aw|sv|vs|antw|r|rif|odp|ynt|回复|答复|رد)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]",
    re.IGNORECASE,
)
_FORWARD_PREFIX = re.compile(
    r"^\s*(?:\[[^\]]*\]\s*)*(?:fwd?|wg|tr|rv|enc|i|doorst|vb|转发|إعادة توجيه)\s*[:：]",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class ListIdentity:
    """The trusted identity of the list (the defaults; a user may change them in settings)."""

    list_id: str = "tld-ops.lists.dns-oarc.net"
    list_address: str = "tld-ops@lists.dns-oarc.net"
    bounce_address: str = "tld-ops-bounces@lists.dns-oarc.net"


DEFAULT_IDENTITY = ListIdentity()


def edition_stamp(subject: str) -> str | None:
    match = SUBJECT_PATTERN.search(subject)
    return match.group(1) if match else None


def subject_kind(subject: str) -> str:
    """``"edition"``, ``"reply"``, ``"forward"`` or ``""`` for a subject."""
    if not SUBJECT_PATTERN.search(subject):
        return ""
    if _FORWARD_PREFIX.match(subject):
        return "forward"
    if _REPLY_PREFIX.match(subject):
        return "reply"
    return "edition"


def _addresses(values: list[str]) -> set[str]:
    return {addr.casefold() for _, addr in getaddresses(values) if addr}


def _list_id_matches(value: str, list_id: str) -> bool:
    inner = re.findall(r"<([^>]*)>", value)
    candidates = inner or [value]
    return any(c.strip().casefold() == list_id.casefold() for c in candidates)


@dataclass(frozen=True, slots=True)
class TrustVerdict:
    trusted: bool
    reason: str  # "" when trusted; otherwise a stable code


def check_trust(
    headers: dict[str, list[str]], identity: ListIdentity, *, in_list_digest: bool = False
) -> TrustVerdict:
    """Was this message sent through the list?

    A top-level message needs all of: the list's List-Id, the list's bounce address as Sender,
    and the list address as From or To. A part of a digest that the list sent (Mailman strips
    List-Id and Sender from the parts) needs the list address as From or To, and no foreign
    List-Id or Sender.
    """
    list_ids = headers.get("list-id", [])
    senders = _addresses(headers.get("sender", []))
    from_to = _addresses(headers.get("from", []) + headers.get("to", []))
    list_address = identity.list_address.casefold()
    if in_list_digest:
        if list_ids and not any(_list_id_matches(v, identity.list_id) for v in list_ids):
            return TrustVerdict(False, "foreign-list-id")
        if senders and identity.bounce_address.casefold() not in senders:
            return TrustVerdict(False, "foreign-sender")
        if list_address not in from_to:
            return TrustVerdict(False, "not-from-list")
        return TrustVerdict(True, "")
    if not list_ids:
        return TrustVerdict(False, "no-list-id")
    if not any(_list_id_matches(v, identity.list_id) for v in list_ids):
        return TrustVerdict(False, "foreign-list-id")
    if identity.bounce_address.casefold() not in senders:
        return TrustVerdict(False, "foreign-sender" if senders else "no-sender")
    if list_address not in from_to:
        return TrustVerdict(False, "not-from-list")
    return TrustVerdict(True, "")
