"""Who the repository email comes from, and the check that a message was sent through the list."""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.utils import getaddresses


def _folded(word: str) -> str:
    """``word`` as a pattern that also matches it with blanks inside: some clients fold a
    long subject in the middle of a word ("Commu" / " nity"), and unfolded it reads so."""
    return r"\s*".join(re.escape(char) for char in word)


# The title's words, and its stamp (its digits, too, may be folded apart).
_WORDS = r"\s+".join(map(_folded, ("TLD-OPS", "Incident", "Response", "Community", "Repository")))
_STAMP = r"\d(?:\s*\d){7}\s*-\s*\d(?:\s*\d){3}"
_TITLE = _WORDS + r"\s*<\s*(" + _STAMP + r")\s*>"
# The title anywhere in a subject: an edition, or a reply, forward or post about one.
SUBJECT_PATTERN = re.compile(_TITLE, re.IGNORECASE)
# What lists and mail gateways put before a subject: tags such as "[tld-ops]", "(EXT)",
# "{Spam?}" or "【外部】" (but not Netscape's "[Fwd: subject]", which wraps a forward), and the
# markers of spam filters and corporate gateways ("*** SPAM ***", "EXTERNAL:", "⚠ CAUTION:",
# "Externe Mail:", "SUSPECT:"), a sign before them or not. Words a person might write before
# the title ("Warning:", "Correction:") are not among them.
_GATEWAY_WORDS = (
    r"(?:warning\s*[:：]\s*)?external(?:\s+(?:e-?mail|mail|sender|message))?"
    r"|externe?(?:\s+(?:e-?mail|mail|nachricht))?"
    r"|extern[aeo]|ext|caution|suspect(?:ed)?|suspicious(?:\s+(?:e-?mail|mail|message))?"
    r"|(?:possible|suspected|probable)\s+spam|spam(?:-(?:low|med|medium|high))?\??"
    r"|phishing(?:\s+alert)?|quarantined?"
)
_TAGS = (
    r"^\s*(?:(?:\[(?!\s*fwd?\s*:)[^\]]*\]\s*[:：]?|\{[^}]{1,30}\}|\((?!\s*fwd?\s*:)[^)]{1,30}\)"
    r"|【[^】]{1,30}】|〔[^〕]{1,30}〕|［[^］]{1,30}］|\*+[^*\n]{1,40}\*+"
    r"|(?:[^\w\s]{1,3}\s*)?(?:" + _GATEWAY_WORDS + r")\s*(?:[:：!-]|>>)"
    r"|spam\?(?=\s)"  # SpamAssassin's "Spam? " (its rewrite_header, as some set it)
    r"|=\?[^?\s]+\?\w\?[^?\s]*\?=)\s*)*"  # an encoded word not decoded: a gateway's tag, broken
)
# An edition's own subject: the title first, after list tags only.
_EDITION_SUBJECT = re.compile(_TAGS + _TITLE, re.IGNORECASE)
# Reply and forward prefixes as mail clients write them (en, de, fr, es, pt, nl, it, sv, pl,
# tr, el, ru, zh, ar...), with Outlook's counters ("RE[2]:") and full-width colons.
_REPLY_PREFIX = re.compile(
    _TAGS + r"(?:re|aw|sv|vs|antw|antwort|r|res|rif|odp|ynt|ha|απ|σχετ|отв|ответ|回复|答复|回覆"
    r"|رد)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]",
    re.IGNORECASE,
)
_FORWARD_PREFIX = re.compile(
    _TAGS + r"(?:(?:fwd?|wg|tr|rv|enc|i|doorst|vb|pd|fs|ilt|i̇lt|πρθ|пересл|转发|轉寄|إعادة توجيه)"
    r"\s*[:：]|\[\s*fwd?\s*:)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class ListIdentity:
    """The trusted identity of the list (the defaults; a user may change them in settings).

    ``former``: the identities the list had before it moved, as (List-Id, list address,
    bounce address): the editions it sent then are still its own.
    """

    list_id: str = "tld-ops.lists.dns-oarc.net"
    list_address: str = "tld-ops@lists.dns-oarc.net"
    bounce_address: str = "tld-ops-bounces@lists.dns-oarc.net"
    former: tuple[tuple[str, str, str], ...] = ()

    @property
    def triple(self) -> tuple[str, str, str]:
        return (self.list_id, self.list_address, self.bounce_address)

    def moved_to(self, triple: tuple[str, str, str]) -> ListIdentity:
        """This identity after the list moved to ``triple``: the present one joins the former
        ones (and one moved back to is no longer former)."""
        if triple == self.triple:
            return self
        former = tuple(f for f in (self.triple, *self.former) if f != triple)
        return ListIdentity(*triple, former=former)


DEFAULT_IDENTITY = ListIdentity()


# An edition's subject whose stamp, a date and time, is not of the form yyyymmdd-hhmm
# ("<2026111-0600>", "<2026-11-01-0600>"): its contacts are not read, but it is named.
_MALFORMED_STAMP = re.compile(
    _TAGS + _WORDS + r"\s*<\s*\d[\d\s:./T-]{5,30}>",
    re.IGNORECASE,
)
# One whose stamp is not in angle brackets ("... Repository 20261101-0600", in round or
# square ones, doubled, one of them lost): a client or gateway that took them for markup, or
# a spoof. The format has them; so it is not read either, but named.
_UNBRACKETED_STAMP = re.compile(_TAGS + _WORDS + r"[\s<(\[]*" + _STAMP, re.IGNORECASE)


def stamp_near_miss(subject: str) -> str | None:
    """The problem of a subject that is an edition's but for its stamp: ``"bad-stamp"`` (not
    ``yyyymmdd-hhmm``) or ``"stamp-unbracketed"`` (not in angle brackets); else None."""
    if SUBJECT_PATTERN.search(subject):
        return None
    if _MALFORMED_STAMP.match(subject):
        return "bad-stamp"
    if _UNBRACKETED_STAMP.match(subject):
        return "stamp-unbracketed"
    return None


def edition_stamp(subject: str) -> str | None:
    match = SUBJECT_PATTERN.search(subject)
    return "".join(match.group(1).split()) if match else None


def subject_kind(subject: str) -> str:
    """``"edition"``, ``"reply"``, ``"forward"``, ``"mention"`` or ``""`` for a subject.

    Only a subject that begins with the title (after list tags) is an edition's. Any other
    that names an edition is a reply, a forward or some other post about one ("Correction
    to ...", a reply prefix of a language not listed): never an edition itself, though an
    edition may be attached to it.
    """
    if not SUBJECT_PATTERN.search(subject):
        return ""
    if _EDITION_SUBJECT.match(subject):
        return "edition"
    if _FORWARD_PREFIX.match(subject):
        return "forward"
    if _REPLY_PREFIX.match(subject):
        return "reply"
    return "mention"


def is_reply_or_forward(subject: str) -> bool:
    """Whether a subject begins with a reply or forward prefix ("RE:", "Fwd:", "AW:" ...),
    after any list or filter tags."""
    return bool(_REPLY_PREFIX.match(subject) or _FORWARD_PREFIX.match(subject))


def _addresses(values: list[str]) -> set[str]:
    return {addr.casefold() for _, addr in getaddresses(values) if addr}


# An envelope sender a forwarder rewrote (the Sender Rewriting Scheme, as Postfix's
# postsrsd, Exim and Gmail forwarding write it): "SRS0=hash=tt=domain=local@forwarder", or,
# forwarded twice, "SRS1=hash=forwarder==hash=tt=domain=local@second".
_SRS0 = re.compile(r"^srs0[=+-][^=]+=[^=]+=([^=@]+)=([^@]+)@[^@]+$", re.IGNORECASE)
_SRS1 = re.compile(r"^srs1[=+-][^=]+=[^=]+==[^=]+=[^=]+=([^=@]+)=([^@]+)@[^@]+$", re.IGNORECASE)


def _without_srs(address: str) -> str:
    """The envelope sender before a forwarder rewrote it; the address itself otherwise. (It
    is as easily forged as a Sender header, and trusted no more than one.)"""
    match = _SRS0.match(address) or _SRS1.match(address)
    return f"{match.group(2)}@{match.group(1)}".casefold() if match else address


def _from_bounce_address(senders: set[str], bounce_address: str) -> bool:
    """Whether a Sender is the list's bounce address, also with a VERP tag: Mailman writes
    ``tld-ops-bounces+alice=example.org@lists.dns-oarc.net`` when it personalises deliveries,
    an address of the list's own domain that only the list server receives."""
    bounce = bounce_address.casefold()
    if bounce in senders:
        return True
    local, _, domain = bounce.rpartition("@")
    for sender in senders:
        tagged, _, sender_domain = sender.rpartition("@")
        if local and sender_domain == domain and tagged.startswith(local + "+"):
            return True
    return False


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
    """Was this message sent through the list, as it is now or as it was before it moved?
    (The reason, when it was not, is the one the present identity gives.)"""
    verdict = _check_one(headers, identity, in_list_digest)
    if not verdict.trusted:
        for former in identity.former:
            if _check_one(headers, ListIdentity(*former), in_list_digest).trusted:
                return TrustVerdict(True, "")
    return verdict


def _check_one(
    headers: dict[str, list[str]], identity: ListIdentity, in_list_digest: bool
) -> TrustVerdict:
    """Was this message sent through the list with this identity?

    A top-level message needs all of: the list's List-Id, the list's bounce address as Sender,
    and the list address as From, To or Cc. A part of a digest that the list sent (Mailman
    strips List-Id and Sender from the parts) needs the list address as From, To or Cc, and no
    foreign List-Id or Sender. (Cc: a fully personalised delivery, from Mailman 2.1 or 3, has
    the subscriber in To and the list in Cc.)

    Where there is no Sender at all (Mailman 3 writes none, nor Mailman 2.1 with its
    ``include_sender_header`` off), the envelope sender stands for it: the Return-Path that
    the receiving server wrote, the list's bounce address for the list's deliveries.
    """
    list_ids = headers.get("list-id", [])
    senders = _addresses(headers.get("sender", [])) or {
        _without_srs(address) for address in _addresses(headers.get("return-path", []))
    }
    from_to = _addresses(headers.get("from", []) + headers.get("to", []) + headers.get("cc", []))
    list_address = identity.list_address.casefold()
    if in_list_digest:
        if list_ids and not any(_list_id_matches(v, identity.list_id) for v in list_ids):
            return TrustVerdict(False, "foreign-list-id")
        if senders and not _from_bounce_address(senders, identity.bounce_address):
            return TrustVerdict(False, "foreign-sender")
        if list_address not in from_to:
            return TrustVerdict(False, "not-from-list")
        return TrustVerdict(True, "")
    if not list_ids:
        return TrustVerdict(False, "no-list-id")
    if not any(_list_id_matches(v, identity.list_id) for v in list_ids):
        return TrustVerdict(False, "foreign-list-id")
    if not _from_bounce_address(senders, identity.bounce_address):
        return TrustVerdict(False, "foreign-sender" if senders else "no-sender")
    if list_address not in from_to:
        return TrustVerdict(False, "not-from-list")
    return TrustVerdict(True, "")
