"""The data of the printable emergency sheet: one block per member, one row per contact. No Qt.

The paper copy in the grab bag: compact, sorted for looking up a ccTLD by eye, with the
edition it comes from, so an old sheet is recognised as old.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from tldops_desktop.core.model import Edition, Member, stamp_date
from tldops_desktop.core.text import fold


@dataclass(frozen=True, slots=True)
class SheetContact:
    position: int
    role: str  # "primary", "secondary", ...
    name: str
    email: str
    phone: str  # as written in the email
    phone_e164: str | None


@dataclass(frozen=True, slots=True)
class SheetMember:
    cctld: str  # ".рф"
    ace: str  # "xn--p1ai"
    country: str
    region: str  # "EU", ... or "" when unknown
    contacts: tuple[SheetContact, ...]

    @property
    def label(self) -> str:
        """The ccTLD as printed: the A-label beside an IDN, which not every reader can type."""
        return self.cctld if self.cctld == "." + self.ace else f"{self.cctld} (.{self.ace})"


@dataclass(frozen=True, slots=True)
class Sheet:
    edition_stamp: str
    edition_date: date | None
    trusted: bool
    members: tuple[SheetMember, ...]

    @property
    def member_count(self) -> int:
        return len(self.members)

    @property
    def contact_count(self) -> int:
        return sum(len(m.contacts) for m in self.members)


def _sort_key(member: Member) -> tuple[str, str]:
    return fold(member.tld.unicode), member.tld.ace


def build_sheet(edition: Edition, members: Iterable[Member]) -> Sheet:
    """The sheet of ``members`` (all of the edition, or the ones a search found)."""
    rows = tuple(
        SheetMember(
            cctld=member.tld.display,
            ace=member.tld.ace,
            country=member.country,
            region=(member.effective_region.value if member.effective_region else ""),
            contacts=tuple(
                SheetContact(c.position, c.position_name, c.name, c.email, c.phone, c.phone_e164)
                for c in sorted(member.contacts, key=lambda c: c.position)
            ),
        )
        for member in sorted(members, key=_sort_key)
    )
    when: datetime | None = edition.sent_at or stamp_date(edition.stamp)
    return Sheet(
        edition_stamp=edition.stamp,
        edition_date=when.date() if when else None,
        trusted=edition.trusted,
        members=rows,
    )
