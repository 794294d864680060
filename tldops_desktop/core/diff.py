"""What changed between two editions: members joined or left, contacts added, removed, changed.

Contacts are matched by person, not by slot: the same email and name first (two people may
share a team's address), then the same email, then the same name, then the same position. So a
secondary contact promoted to primary reads as a move, not as two edits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tldops_desktop.core import cctlds
from tldops_desktop.core.model import Contact, Edition, Member
from tldops_desktop.core.phones import dial_numbers
from tldops_desktop.core.text import fold

CONTACT_FIELDS = ("position", "name", "email", "phone")


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: str
    old: str
    new: str


@dataclass(frozen=True, slots=True)
class ContactChange:
    kind: str  # "added" | "removed" | "changed"
    old: Contact | None
    new: Contact | None
    fields: tuple[FieldChange, ...] = ()


@dataclass(frozen=True, slots=True)
class MemberChange:
    ace: str
    kind: str  # "joined" | "left" | "changed"
    old: Member | None
    new: Member | None
    contacts: tuple[ContactChange, ...] = ()
    member_fields: tuple[FieldChange, ...] = ()


@dataclass(frozen=True, slots=True)
class EditionDiff:
    old_stamp: str
    new_stamp: str
    members: tuple[MemberChange, ...]

    @property
    def joined(self) -> list[MemberChange]:
        return [m for m in self.members if m.kind == "joined"]

    @property
    def left(self) -> list[MemberChange]:
        return [m for m in self.members if m.kind == "left"]

    @property
    def changed(self) -> list[MemberChange]:
        return [m for m in self.members if m.kind == "changed"]

    @property
    def changed_contact_count(self) -> int:
        return sum(len(m.contacts) for m in self.changed)

    def changed_contacts(self, ace: str) -> dict[int, ContactChange]:
        """The changes of one member's contacts, by their position in the new edition."""
        for change in self.members:
            if change.ace == ace:
                return {c.new.position: c for c in change.contacts if c.new is not None}
        return {}


def diff_editions(old: Edition, new: Edition) -> EditionDiff:
    old_members = {m.tld.ace: m for m in old.members}
    new_members = {m.tld.ace: m for m in new.members}
    changes: list[MemberChange] = []
    for ace in sorted(old_members.keys() | new_members.keys()):
        before, after = old_members.get(ace), new_members.get(ace)
        if before is None and after is not None:
            changes.append(MemberChange(ace, "joined", None, after))
        elif after is None and before is not None:
            changes.append(MemberChange(ace, "left", before, None))
        elif before is not None and after is not None:
            change = diff_members(before, after)
            if change is not None:
                changes.append(change)
    return EditionDiff(old.stamp, new.stamp, tuple(changes))


def diff_members(old: Member, new: Member) -> MemberChange | None:
    member_fields = tuple(
        FieldChange(name, a, b)
        for name, a, b in (
            ("country", old.country, new.country),
            ("region", _region(old), _region(new)),
        )
        if a != b
    )
    region = cctlds.iso_for(new.tld.ace)
    contact_changes = tuple(_diff_contacts(old.contacts, new.contacts, region))
    if not member_fields and not contact_changes:
        return None
    return MemberChange(new.tld.ace, "changed", old, new, contact_changes, member_fields)


def _region(member: Member) -> str:
    return member.region.value if member.region else ""


def _same_number(before: Contact, after: Contact, region: str | None) -> bool:
    """A phone field written another way (``+31 6 1234 5678`` → ``0031612345678``) is no
    change; a number, an extension or a note ("office hours only") added or dropped is."""
    if before.phone_e164 is None or before.phone_e164 != after.phone_e164:
        return False
    return dial_numbers(before.phone, region) == dial_numbers(after.phone, region) and (
        _note_words(before.phone) == _note_words(after.phone)
    )


_EXTENSION_WORDS = re.compile(r"\b(?:ext|extension|x|tel)(?![^\W\d_])", re.IGNORECASE)
_NOT_LETTERS = re.compile(r"[\W\d_]+")


def _note_words(phone: str) -> str:
    """The letters of a phone field besides its numbers and extension markers: its note."""
    return _NOT_LETTERS.sub("", _EXTENSION_WORDS.sub("", phone).casefold())


def _diff_contacts(
    old: tuple[Contact, ...], new: tuple[Contact, ...], region: str | None
) -> list[ContactChange]:
    pairs: list[tuple[Contact, Contact]] = []
    left_old, left_new = list(old), list(new)
    for key in (
        lambda c: (c.email.casefold(), fold(c.name)) if c.email and c.name else None,
        lambda c: c.email.casefold() or None,
        lambda c: fold(c.name) or None,
        lambda c: c.position,
    ):
        for contact in list(left_new):
            wanted = key(contact)
            if wanted is None:
                continue
            match = next((o for o in left_old if key(o) == wanted), None)
            if match is not None:
                pairs.append((match, contact))
                left_old.remove(match)
                left_new.remove(contact)
    changes: list[ContactChange] = []
    for before, after in sorted(pairs, key=lambda p: p[1].position):
        fields = tuple(
            FieldChange(name, str(getattr(before, name)), str(getattr(after, name)))
            for name in CONTACT_FIELDS
            if getattr(before, name) != getattr(after, name)
            and not (name == "phone" and _same_number(before, after, region))
        )
        if fields:
            changes.append(ContactChange("changed", before, after, fields))
    changes.extend(ContactChange("added", None, c) for c in left_new)
    changes.extend(ContactChange("removed", c, None) for c in left_old)
    return changes
