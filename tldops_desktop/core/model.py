"""Frozen value objects for one repository edition and what it lists."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum


class Region(StrEnum):
    """ICANN's geographic regions, as the repository email writes them."""

    AF = "AF"
    AP = "AP"
    EU = "EU"
    LAC = "LAC"
    NA = "NA"


# The regions' names as header lines and people write them, lower case, single spaces.
REGION_NAMES = {
    "af": Region.AF,
    "africa": Region.AF,
    "ap": Region.AP,
    "apac": Region.AP,
    "asia pacific": Region.AP,
    "asia-pacific": Region.AP,
    "asia/australia/pacific": Region.AP,
    "asia/pacific": Region.AP,
    "asia and pacific": Region.AP,
    "asia and the pacific": Region.AP,
    "eu": Region.EU,
    "europe": Region.EU,
    "lac": Region.LAC,
    "latam": Region.LAC,
    "latin america": Region.LAC,
    "latin america and caribbean": Region.LAC,
    "latin america and the caribbean": Region.LAC,
    "latin america/caribbean": Region.LAC,
    "latin america/caribbean islands": Region.LAC,
    "na": Region.NA,
    "north america": Region.NA,
}


def parse_region(text: str) -> Region | None:
    """``EU``, ``eu``, ``Europe``, ``Latin America & the Caribbean`` → the region; anything
    else → None."""
    key = " ".join(text.casefold().replace("&", " and ").split())
    return REGION_NAMES.get(key.replace(" / ", "/") if " / " in key else key)


@dataclass(frozen=True, slots=True, order=True)
class Tld:
    """A ccTLD, identified by its A-label (``xn--p1ai``, ``nl``); ``unicode`` is derived."""

    ace: str
    unicode: str

    @property
    def display(self) -> str:
        return "." + self.unicode

    @property
    def is_idn(self) -> bool:
        return self.ace.startswith("xn--")


POSITION_NAMES = {1: "primary", 2: "secondary", 3: "third"}


MAX_CONTACTS = 3  # a member has one to three contacts, as the subscription template asks


@dataclass(frozen=True, slots=True)
class Contact:
    position: int
    name: str
    email: str
    phone: str
    phone_e164: str | None = None
    # False when the email does not look like an address: flagged, never dropped.
    email_valid: bool = True

    @property
    def position_name(self) -> str:
        return POSITION_NAMES.get(self.position, "extra")  # a 4th contact: kept, and noted


@dataclass(frozen=True, slots=True)
class Member:
    tld: Tld
    country: str
    region: Region | None
    contacts: tuple[Contact, ...]
    # Filled from the bundled ccTLD table when the email gave no region; never shown as given.
    region_inferred: Region | None = None
    # The ccTLD header line as written (layout A) or the ccTLD cell (layout B).
    source_line: str = field(default="", compare=False)

    @property
    def effective_region(self) -> Region | None:
        return self.region or self.region_inferred


@dataclass(frozen=True, slots=True)
class Edition:
    """One monthly repository email, parsed."""

    stamp: str  # "20261101-0600"
    sent_at: datetime | None
    members: tuple[Member, ...]
    message_id: str = ""
    trusted: bool = True
    layout: str = ""  # "A", "B", "html-table", "html-blocks"
    content_hash: str = field(default="", compare=False)

    @property
    def contact_count(self) -> int:
        return sum(len(m.contacts) for m in self.members)

    def member(self, ace: str) -> Member | None:
        for member in self.members:
            if member.tld.ace == ace:
                return member
        return None


STAMP = re.compile(r"[0-9]{8}-[0-9]{4}")  # an edition stamp's form: 20261101-0600


def stamp_date(stamp: str) -> datetime | None:
    """The date an edition stamp names (``20261101-0600`` is 1 Nov 2026, 06:00)."""
    try:
        return datetime.strptime(stamp, "%Y%m%d-%H%M")
    except ValueError:
        return None


# A monthly edition older than this has a successor: the app's banner and the command line's
# note say so.
FRESHNESS_DAYS = 40


def edition_date(edition: Edition) -> datetime | None:
    """When an edition was sent (aware, UTC when the stamp is all we have)."""
    when = edition.sent_at or stamp_date(edition.stamp)
    if when is not None and when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when


def utc_iso(when: datetime | None) -> str | None:
    """``when`` for JSON: ISO 8601 in UTC, always with its offset (``+00:00``), so that a
    script never has to guess a zone. A time without one is UTC: the stamp's own time is
    (06:00 UTC), and a Date header without a zone (``-0000``) says nothing better."""
    if when is None:
        return None
    aware = when if when.tzinfo is not None else when.replace(tzinfo=UTC)
    return aware.astimezone(UTC).isoformat()


def is_stale(edition: Edition, now: datetime) -> bool:
    """Whether ``edition`` is older than ``FRESHNESS_DAYS`` at ``now`` (aware)."""
    when = edition_date(edition)
    return when is not None and now - when > timedelta(days=FRESHNESS_DAYS)


def content_hash(members: tuple[Member, ...]) -> str:
    """A digest of what an edition says, independent of encoding, layout and line ends.

    Two copies of one email (mbox and a saved .eml, text and HTML part) hash the same;
    a different body under the same stamp does not.
    """
    canonical = [
        [
            m.tld.ace,
            m.country,
            m.region.value if m.region else None,
            [[c.position, c.name, c.email, c.phone] for c in m.contacts],
        ]
        for m in sorted(members, key=lambda m: m.tld.ace)
    ]
    data = json.dumps(canonical, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(data).hexdigest()
