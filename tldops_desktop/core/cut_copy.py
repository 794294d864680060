"""Whether one copy of an edition is another cut short: a download or a copy that stopped at a
line end (Thunderbird's first lines of a large message, a client still writing it, a copy
interrupted) reads as a whole edition with its last members missing."""

from __future__ import annotations

from collections.abc import Sequence

from tldops_desktop.core.model import Contact, Member


def is_cut_copy(part: Sequence[Member], whole: Sequence[Member]) -> bool:
    """Whether ``part`` is ``whole`` cut short: ``whole``'s first members, equal, the last of
    them perhaps without its last contacts or fields, and something less than ``whole``.

    Only a cut at the end counts: a member missing in the middle is a real change (a member
    that left), and so is a changed number.
    """
    if not part or len(part) > len(whole):
        return False
    *complete, last = part
    if tuple(complete) != tuple(whole[: len(complete)]):
        return False
    counterpart = whole[len(complete)]
    if not _member_cut(last, counterpart):
        return False
    return len(part) < len(whole) or last != counterpart


def _member_cut(part: Member, whole: Member) -> bool:
    if (part.tld, part.country, part.region) != (whole.tld, whole.country, whole.region):
        return False
    if not part.contacts:
        return True  # cut right after its header line
    if len(part.contacts) > len(whole.contacts):
        return False
    *complete, last = part.contacts
    if tuple(complete) != whole.contacts[: len(complete)]:
        return False
    return _contact_cut(last, whole.contacts[len(complete)])


def _contact_cut(part: Contact, whole: Contact) -> bool:
    """Each field the same, or missing: the lines after it were not there."""
    return part.position == whole.position and all(
        mine in ("", theirs) for mine, theirs in zip(_fields(part), _fields(whole), strict=True)
    )


def lacks_the_end(part: Sequence[Member], whole: Sequence[Member]) -> bool:
    """Whether ``part`` lacks members ``whole`` has after ``part``'s last member (or that
    member's last contacts, or its last contact's last fields), as a copy cut at a line end
    does, whatever changed before: a member missing in the middle left, and a whole edition
    still ends where ``whole`` does."""
    order = {member.tld.ace: index for index, member in enumerate(whole)}
    shared = [order[member.tld.ace] for member in part if member.tld.ace in order]
    if not shared:
        return bool(whole) and not part
    last = max(shared)
    if last < len(whole) - 1:
        return True
    if part[-1].tld.ace != whole[last].tld.ace:
        return False
    mine, theirs = part[-1].contacts, whole[last].contacts
    if len(mine) != len(theirs):
        return len(mine) < len(theirs)
    # Cut inside its last contact: after its heading, its name or its address.
    return bool(mine) and any(
        not field and other
        for field, other in zip(_fields(mine[-1]), _fields(theirs[-1]), strict=True)
    )


def _fields(contact: Contact) -> tuple[str, str, str]:
    return contact.name, contact.email, contact.phone
