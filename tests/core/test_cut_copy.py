"""A copy of an edition cut short at a line end, told from a real change."""

from __future__ import annotations

from dataclasses import replace

from tldops_desktop.core.cut_copy import is_cut_copy
from tldops_desktop.core.model import Contact, Member, Region, Tld


def member(ace: str, *people: str) -> Member:
    contacts = tuple(
        Contact(n, person, f"{person.lower()}@nic.{ace}", f"+1 555 01{n}", f"+1555001{n}")
        for n, person in enumerate(people, start=1)
    )
    return Member(Tld(ace, ace), ace.upper(), Region.EU, contacts)


WHOLE = (member("ad", "Ana", "Bo"), member("ae", "Cy", "Di", "Ed"), member("af", "Fa"))


def test_the_first_members_are_a_cut_copy() -> None:
    assert is_cut_copy(WHOLE[:1], WHOLE)
    assert is_cut_copy(WHOLE[:2], WHOLE)


def test_a_last_member_cut_in_its_contacts_or_fields() -> None:
    ae = WHOLE[1]
    assert is_cut_copy((WHOLE[0], replace(ae, contacts=ae.contacts[:1])), WHOLE)
    half = replace(ae.contacts[1], email="", phone="", phone_e164=None)
    assert is_cut_copy((WHOLE[0], replace(ae, contacts=(ae.contacts[0], half))), WHOLE)
    assert is_cut_copy((WHOLE[0], replace(ae, contacts=())), WHOLE)


def test_the_same_edition_is_no_cut_copy() -> None:
    assert not is_cut_copy(WHOLE, WHOLE)
    assert not is_cut_copy((), WHOLE)


def test_a_real_change_is_no_cut_copy() -> None:
    assert not is_cut_copy((WHOLE[0], WHOLE[2]), WHOLE)  # .ae left: not a cut at the end
    changed = replace(WHOLE[0].contacts[0], phone="+1 555 0999")
    first = replace(WHOLE[0], contacts=(changed, WHOLE[0].contacts[1]))
    assert not is_cut_copy((first,), WHOLE)
    assert not is_cut_copy(WHOLE, WHOLE[:2])  # the longer one is not cut from the shorter
    moved = replace(WHOLE[0], region=Region.AP)
    assert not is_cut_copy((moved,), WHOLE)
