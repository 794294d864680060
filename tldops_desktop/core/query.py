"""Search: one query string finds members by ccTLD, country, name, email or phone digits.

A query is parsed into small term objects (as khard does): every term must match a member.
``region:EU`` (or ``region:unknown``) filters; ``tld:``, ``country:``, ``name:``, ``email:``
and ``phone:`` restrict a term to one field; ``"two words"`` is one term.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache

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


class _Entry:
    """One member with its haystacks, folded once when the index is built."""

    __slots__ = ("ace", "country", "member", "order", "phone_digits", "regions", "text", "unicode")

    def __init__(self, member: Member, order: int) -> None:
        self.member = member
        self.order = order
        self.ace = member.tld.ace
        self.unicode = fold(member.tld.unicode)
        iso = cctlds.iso_for(self.ace) or (self.ace.upper() if len(self.ace) == 2 else "")
        self.country = "\x00".join(fold(x) for x in (member.country, *all_names(iso)) if x)
        # Every text field in one string: one substring test per member and term.
        self.text = "\x00".join(
            (
                self.ace,
                self.unicode,
                self.country,
                *(self.field(f) for f in ("name", "email", "phone")),
            )
        )
        self.phone_digits = "\x00".join(
            d for c in member.contacts for d in (digits(c.phone), digits(c.phone_e164 or "")) if d
        )
        self.regions = _region_codes(member.effective_region, member.region is None)

    def field(self, name: str) -> str:
        """The folded haystack of one field (built when asked: field terms are rare)."""
        contacts = self.member.contacts
        if name == "tld":
            return f"{self.ace}\x00{self.unicode}"
        if name == "country":
            return self.country
        if name == "name":
            return "\x00".join(fold(c.name) for c in contacts)
        if name == "email":
            return "\x00".join(c.email.casefold() for c in contacts)
        return "\x00".join(fold(c.phone) for c in contacts)


@cache  # a dozen combinations, one set each for every member
def _region_codes(region: Region | None, not_given: bool) -> frozenset[str]:
    """The region codes a filter matches: the region given (or inferred from the ccTLD
    table), plus UNKNOWN_REGION when the email gave none."""
    codes = {region.value} if region else set()
    if not_given:
        codes.add(UNKNOWN_REGION)
    return frozenset(codes)


Predicate = Callable[[_Entry], bool]


def _compile(term: Term) -> Predicate:
    """A term as a test on one entry, with everything about the term worked out once."""
    needle = term.folded
    if term.field == "tld" or (term.field is None and term.text.startswith(".")):
        # ".d" while typing ".de": a ccTLD prefix, in either form.
        label, ace = needle.lstrip("."), try_ace(term.text)
        return lambda e: e.ace == ace or e.ace.startswith(label) or e.unicode.startswith(label)
    phone = term.phone_digits if term.field in (None, "phone") else None
    if term.field is None:
        if phone:
            return lambda e: phone in e.phone_digits or needle in e.text
        return lambda e: needle in e.text
    field = term.field
    if phone:
        return lambda e: phone in e.phone_digits or needle in e.field(field)
    return lambda e: needle in e.field(field)


class SearchIndex:
    """The members of one edition, prepared so that each keystroke is a cheap scan."""

    def __init__(self, members: Iterable[Member]) -> None:
        self._entries = [_Entry(m, i) for i, m in enumerate(members)]
        self._by_ace = {e.ace: e for e in self._entries}

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
        tests = [_compile(t) for t in query.terms]
        tld_needles = [t.folded.lstrip(".") for t in query.terms]
        country_needles = [t.folded for t in query.terms]
        regions = query.regions
        ranked: list[tuple[int, int, Member]] = []
        for entry in self._entries:
            if regions and not regions & entry.regions:
                continue
            if entry.ace == exact:
                ranked.append((0, entry.order, entry.member))
                continue
            if all(test(entry) for test in tests):
                ranked.append(
                    (_rank(entry, tld_needles, country_needles), entry.order, entry.member)
                )
        ranked.sort(key=lambda r: (r[0], r[1]))
        return [m for _, _, m in ranked]


def _exact_tld(terms: Sequence[Term]) -> str | None:
    if len(terms) != 1 or terms[0].field not in (None, "tld"):
        return None
    return try_ace(terms[0].text)


def _rank(entry: _Entry, tld_needles: list[str], country_needles: list[str]) -> int:
    """1: every term names the ccTLD; 2: every term is in the country's names; 3: the rest."""
    if tld_needles and all(n in entry.ace or n in entry.unicode for n in tld_needles):
        return 1
    if country_needles and all(n in entry.country for n in country_needles):
        return 2
    return 3
