"""People of one name in an export: phones merge or mix up cards of one name, so namesakes
are told apart by their ccTLD, and one person listed for several ccTLDs is one card."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import vobject

from tests.export import check_bytes, edition_of
from tldops_desktop.core.model import Contact, Edition, Member, Region, Tld
from tldops_desktop.export.vcard import (
    VCardOptions,
    cards,
    contact_uid,
    people,
    write_split,
    write_vcards,
)


def member(ace: str, country: str, region: Region | None, *contacts: Contact) -> Member:
    return Member(Tld(ace, ace), country, region, contacts)


EG = member("eg", "Egypt", Region.AF,
            Contact(1, "Ahmed Hassan", "ahmed@nic.eg", "+20 100 123 4567", "+201001234567"),
            Contact(2, "Mona Said", "mona@nic.eg", "+20 100 123 4568", "+201001234568"))  # fmt: skip
LY = member("ly", "Libya", Region.AF,
            Contact(1, "AHMED HASSAN", "a.hassan@nic.ly", "+218 91 234 5678", "+218912345678"))  # fmt: skip
# One person for two ccTLDs: the address is the same (in another case), the numbers are not.
PS = member("ps", "Palestine", Region.AP,
            Contact(2, "Yusuf Haddad", "yusuf@registry.example", "+970 599 123 819",
                    "+970599123819"))  # fmt: skip
QA = member("qa", "Qatar", None,
            Contact(1, "Yusuf Haddad", "YUSUF@registry.example", "+974 3312 3238", "+97433123238"),
            Contact(3, "Yusuf Haddad", "yh@nic.qa", "+974 3312 3999 (24/7)", "+97433123999"))  # fmt: skip
# Another Yusuf Haddad: another address, another number.
MA = member("ma", "Morocco", Region.AF,
            Contact(3, "Yusuf Haddad", "y.haddad@nic.ma", "+212 650 123 822", "+212650123822"))  # fmt: skip


def read(text: str) -> list[Any]:
    check_bytes(text.encode("utf-8"))
    return list(vobject.readComponents(text))


def by_fn(parsed: list[Any]) -> dict[str, Any]:
    found = {card.fn.value: card for card in parsed}
    assert len(found) == len(parsed), "two cards of one FN"
    return found


def values(card: Any, name: str) -> list[Any]:
    return [line.value for line in card.contents.get(name, [])]


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_namesakes_of_other_members_start_with_their_cctld(version: str) -> None:
    edition = edition_of((EG, LY))
    found = by_fn(read(cards(edition, edition.members, VCardOptions(version=version))))
    assert sorted(found) == [".eg Ahmed Hassan", ".ly AHMED HASSAN", "Mona Said"]
    eg = found[".eg Ahmed Hassan"]
    # iOS and Android build the name they show from N: the ccTLD is there too.
    assert (eg.n.value.prefix, eg.n.value.given, eg.n.value.family) == (".eg", "Ahmed", "Hassan")
    assert values(eg, "org") == [[".eg Egypt"]]
    assert eg.uid.value == contact_uid(EG, EG.contacts[0])
    mona = found["Mona Said"]  # a name no other card has is left as it is
    assert mona.n.value.prefix == ""


def test_namesakes_of_one_member_are_told_apart_by_their_position() -> None:
    eg = member("eg", "Egypt", Region.AF, *EG.contacts,
                Contact(3, "Ahmed Hassan", "noc@nic.eg", "+20 2 2345 6789", "+20223456789"))  # fmt: skip
    edition = edition_of((eg, LY))
    found = by_fn(read(cards(edition, edition.members)))
    assert sorted(found) == [".eg #1 Ahmed Hassan", ".eg #3 Ahmed Hassan", ".ly AHMED HASSAN",
                             "Mona Said"]  # fmt: skip
    assert found[".eg #3 Ahmed Hassan"].n.value.prefix == ".eg #3"


def test_contacts_of_one_uid_are_one_card() -> None:
    nl = member("nl", "Netherlands", Region.EU,
                Contact(1, "Anna Jansen", "anna@sidn.nl", "+31 6 1234 5678", "+31612345678"),
                Contact(3, "Anna Janssen", "anna@sidn.nl", "+31 70 123 4567", "+31701234567"))  # fmt: skip
    assert contact_uid(nl, nl.contacts[0]) == contact_uid(nl, nl.contacts[1])
    edition = edition_of((nl,))
    (card,) = read(cards(edition, edition.members))
    assert card.fn.value == "Anna Jansen"
    assert [line.value for line in card.tel_list] == ["+31612345678", "+31701234567"]
    assert card.title.value == "TLD-OPS contact (.nl primary, .nl third)"
    assert values(card, "org") == [[".nl Netherlands"]]


def test_one_member_alone_keeps_the_bare_name() -> None:
    edition = edition_of((EG, LY))
    (card,) = read(cards(edition, [LY]))
    assert card.fn.value == "AHMED HASSAN"


def test_one_person_of_two_cctlds_is_one_card_with_both() -> None:
    edition = edition_of((PS, QA))
    parsed = read(cards(edition, edition.members))
    found = by_fn(parsed)
    # The other Yusuf Haddad of .qa has an address and a number of his own.
    assert sorted(found) == [".ps/.qa Yusuf Haddad", ".qa Yusuf Haddad"]
    both = found[".ps/.qa Yusuf Haddad"]
    assert values(both, "email") == ["yusuf@registry.example"]
    assert sorted(values(both, "tel")) == ["+970599123819", "+97433123238"]
    assert values(both, "org") == [[".ps Palestine / .qa Qatar"]]
    assert both.title.value == "TLD-OPS contact (.ps secondary, .qa primary)"
    note = both.note.value
    assert "secondary contact of .ps Palestine; TLD-OPS primary contact of .qa Qatar" in note
    assert both.categories.value == ["TLD-OPS", "AP"]
    assert both.uid.value == contact_uid(PS, PS.contacts[0])  # the first listing's
    other = found[".qa Yusuf Haddad"]
    assert values(other, "email") == ["yh@nic.qa"]
    assert "Phone as written: +974 3312 3999 (24/7)." in other.note.value


def test_a_shared_number_is_one_person_too() -> None:
    qa = member("qa", "Qatar", None,
                Contact(1, "Yusuf Haddad", "ops@nic.qa", "+970 599 123 819", "+970599123819"))  # fmt: skip
    edition = edition_of((PS, qa))
    found = by_fn(read(cards(edition, edition.members)))
    assert sorted(found) == ["Yusuf Haddad"]  # no other card has the name
    both = found["Yusuf Haddad"]
    assert values(both, "tel") == ["+970599123819"]
    assert values(both, "email") == ["yusuf@registry.example", "ops@nic.qa"]
    assert both.n.value.prefix == ""
    assert (both.n.value.given, both.n.value.family) == ("Yusuf", "Haddad")
    with_namesake = edition_of((PS, qa, MA))
    found = by_fn(read(cards(with_namesake, with_namesake.members)))
    assert sorted(found) == [".ma Yusuf Haddad", ".ps/.qa Yusuf Haddad"]
    assert found[".ps/.qa Yusuf Haddad"].n.value.prefix == ".ps/.qa"


def test_the_cctlds_of_a_name_need_no_escape_in_n() -> None:
    """A comma in N parts the values of a component; an escaped one is read by few."""
    edition = edition_of((PS, QA, MA))
    parsed = check_bytes(cards(edition, edition.members).encode("utf-8"))
    names = sorted(line.value for card in parsed for line in card if line.name == "N")
    assert names == ["Haddad;Yusuf;;.ma;", "Haddad;Yusuf;;.ps/.qa;", "Haddad;Yusuf;;.qa;"]


def test_name_prefix_names_every_cctld_of_a_merged_card() -> None:
    edition = edition_of((EG, PS, QA))
    found = by_fn(read(cards(edition, edition.members, VCardOptions(name_prefix=True))))
    assert sorted(found) == [".eg Ahmed Hassan", ".eg Mona Said", ".ps/.qa Yusuf Haddad",
                             ".qa Yusuf Haddad"]  # fmt: skip


def test_people_keeps_the_order_of_the_edition() -> None:
    persons = people([PS, QA, MA, EG])
    assert [[(m.tld.ace, c.position) for m, c in p.entries] for p in persons] == [
        [("ps", 2), ("qa", 1)], [("qa", 3)], [("ma", 3)], [("eg", 1)], [("eg", 2)],
    ]  # fmt: skip
    assert [p.label for p in persons] == [".ps/.qa", ".qa", ".ma", "", ""]


def test_files_hold_the_same_cards(tmp_path: Path) -> None:
    edition: Edition = edition_of((EG, LY, PS, QA, MA))
    one = write_vcards(edition, edition.members, tmp_path / "all.vcf")
    split = write_split(edition, edition.members, tmp_path / "cards")
    whole = by_fn(read(one.read_bytes().decode("utf-8")))
    assert len(split) == len(whole) == 6
    apart = by_fn([card for path in split for card in read(path.read_bytes().decode("utf-8"))])
    assert sorted(apart) == sorted(whole)
    assert {fn: card.uid.value for fn, card in apart.items()} == {
        fn: card.uid.value for fn, card in whole.items()
    }
