"""The data of the printable emergency sheet: one block per member, one row per contact. No Qt.

The paper copy in the grab bag: compact, sorted for looking up a ccTLD by eye, with the
edition it comes from, so an old sheet is recognised as old.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime

from tldops_desktop.core import cctlds
from tldops_desktop.core.model import Contact, Edition, Member, stamp_date
from tldops_desktop.core.phones import dial_numbers, says_more
from tldops_desktop.core.text import fold


@dataclass(frozen=True, slots=True)
class SheetContact:
    position: int
    role: str  # "primary", "secondary", ...
    name: str
    email: str
    phone: str  # as written in the email
    phone_e164: str | None
    # Every number of the field in international form, with its extension ("+376 312 558
    # ext. 12"), and the field as written when it says more (a note, a national form).
    numbers: tuple[str, ...] = ()
    written_says_more: bool = False

    @property
    def phone_lines(self) -> tuple[str, ...]:
        """The phone as printed: the numbers to dial, then what the email said, if more."""
        if not self.numbers:
            return (self.phone,) if self.phone else ()
        return self.numbers + ((f"({self.phone})",) if self.written_says_more else ())


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
    total_members: int = 0  # of the edition: more than ``members`` when a search chose them

    @property
    def partial(self) -> bool:
        return self.member_count < self.total_members

    @property
    def member_count(self) -> int:
        return len(self.members)

    @property
    def contact_count(self) -> int:
        return sum(len(m.contacts) for m in self.members)


def _sort_key(member: Member) -> tuple[str, str]:
    return fold(member.tld.unicode), member.tld.ace


def _sheet_contact(member: Member, contact: Contact) -> SheetContact:
    region = cctlds.iso_for(member.tld.ace)
    numbers = dial_numbers(contact.phone, region)
    return SheetContact(
        contact.position, contact.position_name, contact.name, contact.email, contact.phone,
        contact.phone_e164, tuple(n.international for n in numbers),
        says_more(contact.phone, region, numbers),
    )  # fmt: skip


def _as_written(member: Member) -> str:
    return member.country


def build_sheet(
    edition: Edition,
    members: Iterable[Member],
    country_of: Callable[[Member], str] = _as_written,
) -> Sheet:
    """The sheet of ``members`` (all of the edition, or the ones a search found);
    ``country_of`` names a member's country (in the reader's language, say)."""
    rows = tuple(
        SheetMember(
            cctld=member.tld.display,
            ace=member.tld.ace,
            country=country_of(member),
            region=(member.effective_region.value if member.effective_region else ""),
            contacts=tuple(
                _sheet_contact(member, c) for c in sorted(member.contacts, key=lambda c: c.position)
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
        total_members=len(edition.members),
    )
