"""Search: one query string finds members by ccTLD, country, name, email or phone digits.

A query is parsed into small term objects (as khard does): every term must match a member.
``region:EU`` (or ``region:unknown``) filters; ``tld:``, ``country:``, ``name:``, ``email:``
and ``phone:`` restrict a term to one field; ``"two words"`` is one term.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from tldops_desktop.core import cctlds
from tldops_desktop.core.countries import all_names
from tldops_desktop.core.model import Member, Region
from tldops_desktop.core.text import digits, fold
from tldops_desktop.core.tld import try_ace

FIELDS = ("tld", "country", "name", "email", "phone")
UNKNOWN_REGION = "unknown"
_PHONE_TERM = re.compile(r"^\+?[\d\s().\-/]+$")
_MIN_PHONE_DIGITS = 3


@dataclass(frozen=True, slots=True)
class Term:
    text: str
    field: str | None = None  # one of FIELDS, or None for any field

    @property
    def folded(self) -> str:
        return fold(self.text)

    @property
    def phone_digits(self) -> str | None:
        """The digits to look for in phones, when the term looks like a phone fragment."""
        if not _PHONE_TERM.match(self.text):
            return None
        found = digits(self.text)
        if len(found) < _MIN_PHONE_DIGITS:
            return None
        if self.text.lstrip().startswith("00"):
            return found[2:]
        if found.startswith("0") and not self.text.lstrip().startswith("+"):
            return found[1:]  # a national trunk prefix: match the number after it
        return found


@dataclass(frozen=True, slots=True)
class Query:
    terms: tuple[Term, ...] = ()
    # Region codes to keep; UNKNOWN_REGION keeps members without a region. Empty: all.
    regions: frozenset[str] = field(default_factory=frozenset)

    @property
    def is_empty(self) -> bool:
        return not self.terms and not self.regions

    def with_region(self, region: str | None) -> Query:
        if not region:
            return self
        return Query(self.terms, self.regions | {normalize_region(region)})


class QueryError(ValueError):
    """A query that cannot be understood (an unknown region, say)."""


def normalize_region(text: str) -> str:
    value = text.strip()
    if value.casefold() in {"unknown", "none", "?", "-"}:
        return UNKNOWN_REGION
    try:
        return Region(value.upper()).value
    except ValueError as exc:
        raise QueryError(text) from exc


def parse_query(text: str) -> Query:
    try:
        words = shlex.split(text)
    except ValueError:  # an unbalanced quote while typing: read it as plain words
        words = text.replace('"', " ").replace("'", " ").split()
    terms: list[Term] = []
    regions: set[str] = set()
    for word in words:
        key, sep, value = word.partition(":")
        key = key.casefold()
        if sep and key == "region" and value:
            regions.add(normalize_region(value))
        elif sep and key in FIELDS and value:
            terms.append(Term(value, key))
        else:
            terms.append(Term(word))
    return Query(tuple(terms), frozenset(regions))


@dataclass(frozen=True, slots=True)
class _Entry:
    member: Member
    order: int
    # The region codes a filter matches: the region given (or inferred from the ccTLD table),
    # plus UNKNOWN_REGION when the email gave none.
    regions: frozenset[str]
    blobs: dict[str, str]  # field → folded haystack; "*" is every text field
    phone_digits: str


def _entry(member: Member, order: int) -> _Entry:
    iso = cctlds.iso_for(member.tld.ace) or (
        member.tld.ace.upper() if len(member.tld.ace) == 2 else ""
    )
    tld_blob = "\x00".join(fold(x) for x in (member.tld.ace, member.tld.unicode))
    country_blob = "\x00".join(fold(x) for x in (member.country, *all_names(iso)) if x)
    name_blob = "\x00".join(fold(c.name) for c in member.contacts)
    email_blob = "\x00".join(c.email.casefold() for c in member.contacts)
    phone_digits = "\x00".join(
        d for c in member.contacts for d in (digits(c.phone), digits(c.phone_e164 or "")) if d
    )
    blobs = {
        "tld": tld_blob,
        "country": country_blob,
        "name": name_blob,
        "email": email_blob,
        "phone": "\x00".join(fold(c.phone) for c in member.contacts),
    }
    blobs["*"] = "\x00".join(blobs.values())
    regions = {member.effective_region.value} if member.effective_region else set()
    if member.region is None:
        regions.add(UNKNOWN_REGION)
    return _Entry(member, order, frozenset(regions), blobs, phone_digits)


def _term_matches(entry: _Entry, term: Term) -> bool:
    if term.field == "tld" or (term.field is None and term.text.startswith(".")):
        # ".d" while typing ".de": a ccTLD prefix, in either form.
        label = term.folded.lstrip(".")
        tld = entry.member.tld
        return try_ace(term.text) == tld.ace or any(
            form.startswith(label) for form in (tld.ace, fold(tld.unicode))
        )
    phone = term.phone_digits
    if phone and term.field in (None, "phone") and phone in entry.phone_digits:
        return True
    needle = term.folded
    if term.field is None:
        return bool(needle) and needle in entry.blobs["*"]
    return needle in entry.blobs[term.field]


class SearchIndex:
    """The members of one edition, prepared so that each keystroke is a cheap scan."""

    def __init__(self, members: Iterable[Member]) -> None:
        self._entries = [_entry(m, i) for i, m in enumerate(members)]
        self._by_ace = {e.member.tld.ace: e for e in self._entries}

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def members(self) -> list[Member]:
        return [e.member for e in self._entries]

    def get(self, ace: str) -> Member | None:
        entry = self._by_ace.get(ace)
        return entry.member if entry else None

    def search(self, query: Query | str) -> list[Member]:
        """Matching members; an exact ccTLD match first, then country matches, then the rest."""
        if isinstance(query, str):
            query = parse_query(query)
        exact = _exact_tld(query.terms)
        ranked: list[tuple[int, int, Member]] = []
        for entry in self._entries:
            if query.regions and not query.regions & entry.regions:
                continue
            if exact is not None and entry.member.tld.ace == exact:
                ranked.append((0, entry.order, entry.member))
                continue
            if all(_term_matches(entry, t) for t in query.terms):
                ranked.append((_rank(entry, query.terms), entry.order, entry.member))
        ranked.sort(key=lambda r: (r[0], r[1]))
        return [m for _, _, m in ranked]


def _exact_tld(terms: Sequence[Term]) -> str | None:
    if len(terms) != 1 or terms[0].field not in (None, "tld"):
        return None
    return try_ace(terms[0].text)


def _rank(entry: _Entry, terms: Sequence[Term]) -> int:
    if terms and all(t.folded.lstrip(".") in entry.blobs["tld"] for t in terms):
        return 1
    if terms and all(t.folded in entry.blobs["country"] for t in terms):
        return 2
    return 3
