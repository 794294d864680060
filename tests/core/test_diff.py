from __future__ import annotations

from dataclasses import replace

from tldops_desktop.core.diff import diff_editions
from tldops_desktop.core.model import Contact, Edition, Member, Region, Tld


def member(ace: str, *contacts: Contact) -> Member:
    return Member(Tld(ace, ace), ace.upper(), Region.EU, contacts)


ANNA = Contact(1, "Anna Jansen", "anna@nic.nl", "+31 6 1234 5678", "+31612345678")
PIET = Contact(2, "Piet de Vries", "piet@nic.nl", "+31 6 8765 4321", "+31687654321")


def edition(stamp: str, *members: Member) -> Edition:
    return Edition(stamp, None, members)


def test_members_joined_and_left() -> None:
    diff = diff_editions(
        edition("a", member("nl", ANNA), member("be", PIET)),
        edition("b", member("nl", ANNA), member("de", PIET)),
    )
    assert [(m.ace, m.kind) for m in diff.members] == [("be", "left"), ("de", "joined")]


def test_promotion_is_a_move_not_two_edits() -> None:
    diff = diff_editions(
        edition("a", member("nl", ANNA, PIET)),
        edition("b", member("nl", replace(PIET, position=1))),
    )
    (change,) = diff.changed
    kinds = sorted((c.kind, [f.field for f in c.fields]) for c in change.contacts)
    assert kinds == [("changed", ["position"]), ("removed", [])]


def test_a_changed_number_shows_and_a_reformatted_one_does_not() -> None:
    false_number = replace(ANNA, phone="+1 900 555 0100", phone_e164="+19005550100")
    diff = diff_editions(edition("a", member("nl", ANNA)), edition("b", member("nl", false_number)))
    (field,) = diff.changed[0].contacts[0].fields
    assert (field.field, field.old, field.new) == ("phone", ANNA.phone, "+1 900 555 0100")
    assert diff.changed_contacts("nl")[1].fields == (field,)
    reformatted = replace(ANNA, phone="0031612345678")
    assert (
        diff_editions(
            edition("a", member("nl", ANNA)), edition("b", member("nl", reformatted))
        ).members
        == ()
    )


def test_identical_editions_have_no_changes() -> None:
    one = edition("a", member("nl", ANNA, PIET))
    assert diff_editions(one, replace(one, stamp="b")).members == ()


def _phone_changed(new_phone: str) -> bool:
    changed = replace(ANNA, phone=new_phone)
    diff = diff_editions(edition("a", member("nl", ANNA)), edition("b", member("nl", changed)))
    return bool(diff.members)


def test_a_number_extension_or_note_added_is_a_change_a_new_spelling_is_not() -> None:
    """The first number's E.164 form alone does not tell: what is dialled, and any note."""
    assert _phone_changed("+31 6 1234 5678 / +31 20 555 1234")  # a second number
    assert _phone_changed("+31 6 1234 5678 ext. 12")  # an extension
    assert _phone_changed("+31 6 1234 5678 (office hours only)")  # a note
    assert not _phone_changed("0031 6 12 34 56 78")
    assert not _phone_changed("+31 (0)6-1234-5678")
    with_ext = replace(ANNA, phone="+31 6 1234 5678 ext. 12")
    respelt = replace(ANNA, phone="+31612345678 x12")
    diff = diff_editions(edition("a", member("nl", with_ext)), edition("b", member("nl", respelt)))
    assert diff.members == ()


def test_people_sharing_a_team_address_who_swap_places_moved() -> None:
    """Two contacts with one role address swap positions: two moves, not each one's number
    changing to the other's."""
    hanna = Contact(1, "Hélène Dubois", "noc@afnic.fr", "+33 6 12 34 56 78", "+33612345678")
    paul = Contact(2, "Paul Martin", "noc@afnic.fr", "+33 6 87 65 43 21", "+33687654321")
    swapped = (replace(paul, position=1), replace(hanna, position=2))
    diff = diff_editions(
        edition("a", member("fr", hanna, paul)), edition("b", member("fr", *swapped))
    )
    fields = sorted(tuple(f.field for f in c.fields) for c in diff.changed[0].contacts)
    assert fields == [("position",), ("position",)]
