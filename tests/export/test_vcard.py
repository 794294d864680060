"""vCards: read back by vobject, and correct by the RFCs on the raw bytes."""

from __future__ import annotations

import os
import re
import sys
import uuid
from dataclasses import replace
from pathlib import Path

import pytest
import vobject
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.export import (
    ALL_NAMES,
    HOSTILE_NAMES,
    NEXT_STAMP,
    STAMP,
    Line,
    check_bytes,
    contact_for,
    edition_of,
    hostile_edition,
    members_for,
    one,
    script_edition,
    text_value,
)
from tldops_desktop.core.emails import is_address
from tldops_desktop.core.model import Contact, Edition, Member, Region, Tld
from tldops_desktop.core.text import plain as plain_text
from tldops_desktop.errors import UserError
from tldops_desktop.export.vcard import (
    UID_NAMESPACE,
    VCardOptions,
    cards,
    clean_text,
    compact_card,
    contact_card,
    contact_uid,
    escape_text,
    file_stem,
    fold_line,
    write_split,
    write_vcards,
)

V3 = VCardOptions()
V4 = VCardOptions(version="4.0")
ALL_OPTIONS = [
    V3,
    V4,
    VCardOptions(name_prefix=True),
    VCardOptions(version="4.0", name_prefix=True),
]
EDITIONS = {"scripts": script_edition, "hostile": hostile_edition}
PROPERTIES_3 = {"BEGIN", "VERSION", "PRODID", "UID", "CATEGORIES", "EMAIL", "FN", "N", "NOTE",
                "ORG", "REV", "TEL", "TITLE", "END"}  # fmt: skip
PROPERTIES_4 = PROPERTIES_3 | {"KIND"}


def expected_fn(member: Member, contact: Contact, options: VCardOptions) -> str:
    name = clean_text(contact.name).strip() or clean_text(contact.email).strip()
    name = name or clean_text(contact.phone).strip()
    name = name or f"{member.tld.display} {contact.position_name} contact"
    return f"{member.tld.display} {name}" if options.name_prefix else name


def expected_tel(contact: Contact, options: VCardOptions) -> str | None:
    """The TEL of a one-number field; None when the field has no number (it is in the NOTE)."""
    if contact.phone_e164:
        return ("tel:" if options.version == "4.0" else "") + contact.phone_e164
    return None


def pairs(edition: Edition) -> list[tuple[Member, Contact]]:
    return [(m, c) for m in edition.members for c in m.contacts]


# -- round trip through vobject ---------------------------------------------------------------


@pytest.mark.parametrize("options", ALL_OPTIONS, ids=lambda o: f"{o.version}-{o.name_prefix}")
@pytest.mark.parametrize("which", sorted(EDITIONS))
def test_every_card_reads_back_in_vobject(which: str, options: VCardOptions) -> None:
    edition = EDITIONS[which]()
    text = cards(edition, edition.members, options)
    parsed = list(vobject.readComponents(text))
    expected = pairs(edition)
    assert len(parsed) == len(expected)
    for card, (member, contact) in zip(parsed, expected, strict=True):
        assert card.version.value == options.version
        assert card.fn.value == expected_fn(member, contact, options)
        tels = card.contents.get("tel", [])
        tel = expected_tel(contact, options)
        assert [t.value for t in tels] == ([tel] if tel else [])
        emails = card.contents.get("email", [])
        email = clean_text(contact.email).strip()
        if is_address(email) or not email:
            assert [e.value for e in emails] == ([email] if email else [])
        else:  # the addresses in it, if any; the field as written in the notes
            assert all(is_address(e.value) and e.value in email for e in emails)
            assert f"Email as written: {email}." in card.note.value
        org = card.org.value
        assert org == [clean_text(f"{member.tld.display} {member.country}").strip()]
        assert org[0].split(" ")[0] == member.tld.display
        assert card.title.value == f"TLD-OPS {contact.position_name} contact"
        assert card.uid.value == contact_uid(member, contact)
        assert STAMP in card.note.value
        region = member.effective_region
        categories = card.categories.value
        assert categories == ["TLD-OPS"] + ([region.value] if region else [])
        if contact.name.strip():
            name = card.n.value
            tld = member.tld.display if options.name_prefix else ""
            assert name.prefix.startswith(tld)
            titles = name.prefix.removeprefix(tld).strip()
            words = " ".join(p for p in (titles, name.given, name.family) if p)
            assert words == " ".join(clean_text(contact.name).split())


def test_script_names_round_trip_exactly() -> None:
    edition = script_edition()
    parsed = list(vobject.readComponents(cards(edition, edition.members)))
    names = [card.fn.value for card in parsed]
    assert names == [c.name for _, c in pairs(edition)]


def test_hostile_names_round_trip_as_cleaned() -> None:
    edition = edition_of(members_for(HOSTILE_NAMES))
    parsed = list(vobject.readComponents(cards(edition, edition.members)))
    names = [card.fn.value for card in parsed]
    assert names == [clean_text(n).strip() for n in HOSTILE_NAMES]
    by_name = dict(zip(HOSTILE_NAMES, names, strict=True))
    # Exactly as written wherever a vCard can hold the text ...
    for name in ("O'Neill; Séamus, Jr.", "Back\\slash \\n not a newline", "Colon: Name",
                 "Semi;colon,comma;;,,", "Line\nBreak", "Tab\there", "Trailing backslash \\",
                 "Д" * 60, "中" * 60, "🙂" * 40):  # fmt: skip
        assert by_name[name] == name
    # ... a line break as the line break a vCard has, control characters dropped.
    assert by_name["Evil\r\nTEL:+1900"] == "Evil\nTEL:+1900"
    assert by_name["Carriage\rreturn"] == "Carriage\nreturn"
    assert by_name["Line\u2028separator and NEL\x85here"] == "Line\nseparator and NEL\nhere"
    assert by_name["Control\x00\x07\x1b[31mcharacters"] == "Control[31mcharacters"


def test_no_value_injects_a_property() -> None:
    edition = hostile_edition()
    data = cards(edition, edition.members).encode("utf-8")
    parsed = check_bytes(data)
    assert len(parsed) == len(pairs(edition))
    for card in parsed:
        names = [line.name for line in card]
        assert names.count("TEL") <= 1
        assert names.count("FN") == 1
        assert names.count("NOTE") == 1
        assert set(names) <= PROPERTIES_3
    assert b"\r\nTEL:+1900" not in data
    assert b"\r\nFN:Mallory" not in data
    assert b"\r\nNOTE:x" not in data
    # vobject agrees: one card per contact, one TEL at most each.
    for card in vobject.readComponents(data.decode("utf-8")):
        assert len(card.contents.get("tel", [])) <= 1


# -- bytes, by the RFCs -----------------------------------------------------------------------


@pytest.mark.parametrize("options", ALL_OPTIONS, ids=lambda o: f"{o.version}-{o.name_prefix}")
@pytest.mark.parametrize("which", sorted(EDITIONS))
def test_bytes_follow_the_rfcs(which: str, options: VCardOptions) -> None:
    edition = EDITIONS[which]()
    data = cards(edition, edition.members, options).encode("utf-8")
    parsed = check_bytes(data)
    allowed = PROPERTIES_4 if options.version == "4.0" else PROPERTIES_3
    for card, (member, contact) in zip(parsed, pairs(edition), strict=True):
        assert {line.name for line in card} <= allowed
        assert one(card, "VERSION").value == options.version
        fn = one(card, "FN")
        assert text_value(fn.value) == [expected_fn(member, contact, options)]
        n = text_value(one(card, "N").value, separators=";")
        assert len(n) == 5
        org = text_value(one(card, "ORG").value, separators=";")
        assert org == [clean_text(f"{member.tld.display} {member.country}").strip()]
        categories = text_value(one(card, "CATEGORIES").value, separators=",")
        assert categories[0] == "TLD-OPS"
        text_value(one(card, "NOTE").value)
        text_value(one(card, "TITLE").value)
        for line in card:
            for values in line.params.values():
                assert all("\\" not in v and '"' not in v and "," not in v for v in values)
        _check_version_forms(card, contact, options)


def _check_version_forms(card: list[Line], contact: Contact, options: VCardOptions) -> None:
    tels = [line for line in card if line.name == "TEL"]
    emails = [line for line in card if line.name == "EMAIL"]
    rev = one(card, "REV").value
    assert one(card, "UID").value.startswith("urn:uuid:")
    if options.version == "4.0":
        assert one(card, "KIND").value == "individual"
        assert rev == "20261101T060000Z"
        for tel in tels:
            assert tel.params["TYPE"] == ["cell"]
            assert tel.params["VALUE"] == ["uri"]
            assert tel.value == f"tel:{contact.phone_e164}"
        for email in emails:
            assert "TYPE" not in email.params
    else:
        assert rev == "2026-11-01T06:00:00Z"
        for tel in tels:
            assert tel.params == {"TYPE": ["CELL"]}
        for email in emails:
            assert email.params == {"TYPE": ["INTERNET"]}


def test_long_multibyte_names_are_folded_by_octets() -> None:
    """vobject leaves a 60-character Cyrillic or CJK name as one 120/180-octet line."""
    for name in ("Д" * 60, "中" * 60, "🙂" * 40):
        member = Member(Tld("nl", "nl"), "Netherlands", Region.EU, (contact_for(1, name, 1),))
        edition = edition_of((member,))
        data = contact_card(edition, member, member.contacts[0]).encode("utf-8")
        check_bytes(data)
        fn_lines = data.split(b"\r\nFN;CHARSET=UTF-8:")[1].split(b"\r\nN;")[0]
        assert fn_lines.count(b"\r\n ") >= 1


def test_fold_line_limits_and_contents() -> None:
    for line in ("FN:" + "Д" * 60, "NOTE:" + "a" * 300, "FN:" + "🙂" * 50, "FN:" + "x\\;" * 40,
                 "NOTE:" + "word " * 40, "FN:" + "é" * 37 + "中" * 30):  # fmt: skip
        folded = fold_line(line)
        physical = folded.split("\r\n")
        assert all(len(p.encode("utf-8")) <= 75 for p in physical)
        assert all(p.startswith(" ") and not p.startswith("  ") for p in physical[1:])
        assert folded.replace("\r\n ", "") == line
        # A backslash escape is never parted from the character it escapes.
        assert all(not (len(p) - len(p.rstrip("\\"))) % 2 for p in physical[:-1])
    assert fold_line("FN:short") == "FN:short"


@settings(max_examples=150, deadline=None)
@given(name=st.text(max_size=120), country=st.text(max_size=40))
def test_any_text_round_trips_as_cleaned(name: str, country: str) -> None:
    contact = Contact(1, name, "a@b.example", "+31 6", "+316")
    member = Member(Tld("nl", "nl"), country, Region.EU, (contact,))
    edition = edition_of((member,))
    for options in (V3, V4):
        text = contact_card(edition, member, contact, options)
        parsed = check_bytes(text.encode("utf-8"))
        assert len(parsed) == 1
        card = next(vobject.readComponents(text))
        assert card.fn.value == expected_fn(member, contact, options)
        assert card.org.value == [clean_text(f".nl {country}").strip()]


@pytest.mark.parametrize("options", ALL_OPTIONS, ids=lambda o: f"{o.version}-{o.name_prefix}")
def test_3_0_declares_utf8_on_every_non_ascii_property(options: VCardOptions) -> None:
    """Classic Outlook reads a 3.0 property without CHARSET in the ANSI code page; 4.0 has
    no CHARSET parameter (RFC 6350 A.2)."""
    edition = replace(script_edition(), members=script_edition().members + _world_members())
    data = cards(edition, edition.members, options).encode("utf-8")
    parsed = check_bytes(data)
    declared = 0
    for card in parsed:
        for line in card:
            if options.version == "4.0" or line.value.isascii():
                assert "CHARSET" not in line.params, line
            else:
                assert line.params["CHARSET"] == ["UTF-8"], line
                declared += 1
    if options.version == "3.0":
        assert declared > len(parsed)  # FN, N, ORG, NOTE of the names in other scripts
    read = list(vobject.readComponents(data.decode("utf-8")))
    names = [card.fn.value.removeprefix(f"{m.tld.display} ") for card, (m, _c) in
             zip(read, pairs(edition), strict=True)]  # fmt: skip
    assert names == [c.name for _m, c in pairs(edition)]
    family = {card.n.value.family for card in read}
    assert {"Иванов Иван Иванович", "بن سالم", "山田"} <= family


def _world_members() -> tuple[Member, ...]:
    people = (("ru", "Russia", "Иванов Иван Иванович"), ("dz", "الجزائر", "ليلى بن سالم"),
              ("jp", "日本", "山田 太郎"), ("de", "Deutschland", "Jürgen Müller"))  # fmt: skip
    return tuple(
        Member(Tld(ace, ace), country, Region.EU, (Contact(1, name, f"ops@nic.{ace}", ""),))
        for ace, country, name in people
    )


def test_an_ascii_card_is_unchanged_and_the_qr_payload_has_no_charset() -> None:
    contact = Contact(1, "Anna Jansen", "anna@nic.nl", "+31 6 12345222", "+31612345222")
    member = Member(Tld("nl", "nl"), "Netherlands", Region.EU, (contact,))
    edition = edition_of((member,))
    assert "CHARSET" not in contact_card(edition, member, contact)
    umlaut = replace(contact, name="Jürgen Müller")
    assert "FN;CHARSET=UTF-8:Jürgen Müller\r\n" in contact_card(edition, member, umlaut)
    assert "CHARSET" not in compact_card(edition, member, umlaut)  # a QR code stays small


def test_no_byte_order_mark_and_utf8_in_file(tmp_path: Path) -> None:
    edition = script_edition()
    target = write_vcards(edition, edition.members, tmp_path / "contacts.vcf", V3)
    data = target.read_bytes()
    assert data[:3] != b"\xef\xbb\xbf"
    assert data.decode("utf-8") == cards(edition, edition.members, V3)
    assert "Светлана Јовановић".encode() in data


# -- structured name ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "n_line"),
    [
        ("Anna Jansen", "N:Jansen;Anna;;;"),
        ("Hans-Peter Müller-Lüdenscheidt, Dr.", "N:Hans-Peter Müller-Lüdenscheidt\\, Dr.;;;;"),
        ('Jürgen "Jo" O\'Brien; Jr.', 'N:Jürgen "Jo" O\'Brien\\; Jr.;;;;'),
        ("Nowak, Lucía", "N:Nowak;Lucía;;;"),
        ("山田 太郎", "N:山田;太郎;;;"),
        ("山田太郎", "N:山田太郎;;;;"),
    ],
)
def test_the_n_line_as_written(name: str, n_line: str) -> None:
    contact = contact_for(1, name, 1)
    member = Member(Tld("jp", "jp"), "Japan", Region.AP, (contact,))
    text = contact_card(edition_of((member,)), member, contact)
    charset = "" if name.isascii() else ";CHARSET=UTF-8"
    assert n_line.replace("N:", f"N{charset}:", 1) in text.split("\r\n")
    # FN stays the name as written
    assert f"FN{charset}:{escape_text(name)}" in text.split("\r\n")


@pytest.mark.parametrize(
    ("ace", "n_line"),
    [
        ("mx", "N;CHARSET=UTF-8:García López;María José;;;"),  # two family names
        ("br", "N;CHARSET=UTF-8:García López;María José;;;"),
        ("de", "N;CHARSET=UTF-8:María José García López;;;;"),  # as written: no safe split
        ("eu", "N;CHARSET=UTF-8:María José García López;;;;"),  # no country
    ],
)
def test_the_family_names_of_a_name_follow_the_ccTLDs_country(ace: str, n_line: str) -> None:
    contact = contact_for(1, "María José García López", 1)
    member = Member(Tld(ace, ace), "X", Region.LAC, (contact,))
    text = contact_card(edition_of((member,)), member, contact)
    assert n_line in text.split("\r\n")
    assert "FN;CHARSET=UTF-8:María José García López" in text.split("\r\n")


# -- UID ----------------------------------------------------------------------------------------


def test_uid_stays_the_same_for_the_same_person_across_editions() -> None:
    anna = Contact(1, "Anna Jansen", "anna@sidn.example", "+31 6 1", "+3161")
    bob = Contact(2, "Bob de Vries", "bob@sidn.example", "+31 6 2", "+3162")
    first = Member(Tld("nl", "nl"), "Netherlands", Region.EU, (anna, bob))
    # Next month: Anna moved to second place, has a new phone and her email is written in capitals.
    anna2 = replace(
        anna, position=2, phone="+31 6 9", phone_e164="+3169", email="Anna@SIDN.example"
    )
    carol = Contact(1, "Carol Smit", "carol@sidn.example", "+31 6 3", "+3163")
    second = Member(Tld("nl", "nl"), "Netherlands", Region.EU, (carol, anna2))
    old = edition_of((first,), STAMP)
    new = edition_of((second,), NEXT_STAMP)
    assert contact_uid(first, anna) == contact_uid(second, anna2)
    assert contact_uid(first, anna) != contact_uid(first, bob)
    assert contact_uid(second, carol) not in {contact_uid(first, anna), contact_uid(first, bob)}
    old_card = next(vobject.readComponents(contact_card(old, first, anna)))
    new_card = next(vobject.readComponents(contact_card(new, second, anna2)))
    assert old_card.uid.value == new_card.uid.value
    assert old_card.rev.value != new_card.rev.value


def test_uid_tells_apart_ccTLDs_and_shared_mailboxes() -> None:
    anna = Contact(1, "Anna Jansen", "cert@registry.example", "", None)
    bob = Contact(2, "Bob de Vries", "cert@registry.example", "", None)
    shared = Member(Tld("nl", "nl"), "Netherlands", Region.EU, (anna, bob))
    assert contact_uid(shared, anna) != contact_uid(shared, bob)
    alone = Member(Tld("aw", "aw"), "Aruba", Region.LAC, (anna,))
    assert contact_uid(alone, anna) != contact_uid(shared, anna)
    nameless = Contact(1, "Anna  Jansen", "", "", None)
    renamed = Contact(3, "anna jansen", "", "", None)
    member = Member(Tld("nl", "nl"), "Netherlands", Region.EU, (nameless,))
    assert contact_uid(member, nameless) == contact_uid(member, renamed)
    uids = [contact_uid(m, c) for m, c in pairs(script_edition())]
    assert len(set(uids)) == len(uids)


NL = Tld("nl", "nl")


def nl_edition(stamp: str, *people: tuple[str, str]) -> Edition:
    """An edition whose only member is .nl, with ``(name, email)`` contacts in this order."""
    contacts = tuple(
        Contact(i, name, email, f"+31 6 1234 56{i:02d}", f"+3161234560{i}")
        for i, (name, email) in enumerate(people, 1)
    )
    return edition_of((Member(NL, "Netherlands", Region.EU, contacts),), stamp)


def uids_by_name(edition: Edition, options: VCardOptions = V3) -> dict[str, str]:
    """The UID of every card an export of ``edition`` holds, by the card's FN (read back)."""
    read = list(vobject.readComponents(cards(edition, edition.members, options)))
    uids = {card.fn.value: card.uid.value for card in read}
    assert len(set(uids.values())) == len(read), "two cards of one export share a UID"
    return uids


@pytest.mark.parametrize("options", [V3, V4], ids=["3.0", "4.0"])
def test_uid_follows_a_person_through_a_shared_team_address(options: VCardOptions) -> None:
    """noc@ is shared, then personal, then shared with someone else listed first; Anna's name is
    then re-spelt; at last she has an address of her own. Her card is one card throughout."""
    months = [
        nl_edition("20261001-0600", ("Anna Jansen", "noc@sidn.nl"), ("Piet de Vries", "noc@sidn.nl")),
        nl_edition("20261101-0600", ("Anna Jansen", "noc@sidn.nl")),
        nl_edition("20261201-0600", ("Joost Bakker", "NOC@sidn.nl"), ("Anna Jansen", "noc@sidn.nl")),
        nl_edition("20270101-0600", ("Joost Bakker", "noc@sidn.nl"), ("Anna Janssen", "noc@sidn.nl")),
        nl_edition("20270201-0600", ("JANSSEN, Anna", "anna@sidn.nl"), ("Piet de Vries", "noc@sidn.nl")),
    ]  # fmt: skip
    seen = [uids_by_name(edition, options) for edition in months]
    anna = {uid for month in seen for name, uid in month.items() if "anna" in name.casefold()}
    piet = {month["Piet de Vries"] for month in seen if "Piet de Vries" in month}
    joost = {month["Joost Bakker"] for month in seen if "Joost Bakker" in month}
    assert len(anna) == len(piet) == len(joost) == 1
    assert len(anna | piet | joost) == 3


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Łukasz Wiśniewski", "Lukasz Wisniewski"),
        ("Jürgen Müller", "Juergen Mueller"),
        ("Emil Van der Berg", "Emil Vanderberg"),
        ("Nowak, Lucía", "Lucía Nowak"),
        ("Séamus O'Neill", "Seamus O’Neill"),
        ("Hans-Peter Meier", "Dr. Hans Peter Meier"),
        ("Иванов Иван", "ИВАНОВ ИВАН"),
        ("Фёдор Ёлкин", "Федор Елкин"),
        ("أحمد بن علي", "احمد بن علي"),
        ("山田太郎", "山田 太郎"),
        ("Anna Jansen", "Anna  Janssen"),
    ],
)
def test_uid_survives_a_re_spelt_name(before: str, after: str) -> None:
    """Each month a shared address and a personal one: the name alone is re-spelt."""
    for email in ("noc@sidn.nl", "person@sidn.nl"):
        old = nl_edition(STAMP, (before, email), ("Piet de Vries", "noc@sidn.nl"))
        new = nl_edition(NEXT_STAMP, ("Piet de Vries", "noc@sidn.nl"), (after, email))
        assert uids_by_name(old)[before] == uids_by_name(new)[after], email


def test_uid_of_another_person_or_ccTLD_is_another_card() -> None:
    # The address handed over to a successor: a new card, the old one stays the old person's.
    old = uids_by_name(nl_edition(STAMP, ("Anna Jansen", "security@sidn.nl")))
    new = uids_by_name(nl_edition(NEXT_STAMP, ("Bob de Boer", "security@sidn.nl")))
    assert old["Anna Jansen"] != new["Bob de Boer"]
    # Two people of one name in one member: told apart by their addresses, in any order.
    both = uids_by_name(nl_edition(STAMP, ("Anna Jansen", "a@sidn.nl"), ("Jan Smit", "j@sidn.nl")))
    member = nl_edition(STAMP, ("Anna Jansen", "a@sidn.nl"), ("Anna Jansen", "aj@sidn.nl"))
    namesakes = [contact_uid(member.members[0], c) for c in member.members[0].contacts]
    swapped = replace(member.members[0], contacts=member.members[0].contacts[::-1])
    assert len(set(namesakes)) == 2
    assert {contact_uid(swapped, c) for c in swapped.contacts} == set(namesakes)
    assert both["Anna Jansen"] not in namesakes
    anna = both["Anna Jansen"]
    aruba = Member(Tld("aw", "aw"), "Aruba", Region.LAC, (Contact(1, "Anna Jansen", "", ""),))
    assert contact_uid(aruba, aruba.contacts[0]) != anna


def test_uid_of_a_contact_without_a_name_is_its_address_as_before() -> None:
    """These UIDs were the address's before names counted: cards exported then still update."""
    nameless = Contact(1, "", "CERT@registry.example", "", None)
    member = Member(Tld("nl", "nl"), "Netherlands", Region.EU, (nameless,))
    key = "tldops\x00nl\x00email\x00cert@registry.example"
    assert contact_uid(member, nameless) == f"urn:uuid:{uuid.uuid5(UID_NAMESPACE, key)}"
    phone_only = Contact(2, "", "", "+31 70 123 4567", None)
    nobody = Contact(3, "", "", "", None)
    team = Member(member.tld, member.country, member.region, (nameless, phone_only, nobody))
    assert len({contact_uid(team, c) for c in team.contacts}) == 3


# -- files --------------------------------------------------------------------------------------


def test_write_vcards_replaces_atomically(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "contacts.vcf"
    target.write_bytes(b"old")
    edition = hostile_edition()
    write_vcards(edition, edition.members, target, V4)
    assert target.read_bytes() == cards(edition, edition.members, V4).encode("utf-8")
    assert sorted(p.name for p in target.parent.iterdir()) == ["contacts.vcf"]
    if sys.platform != "win32":
        assert target.stat().st_mode & 0o077 == 0


def test_write_vcards_to_a_missing_folder_is_a_user_error(tmp_path: Path) -> None:
    edition = script_edition()
    with pytest.raises(UserError) as caught:
        write_vcards(edition, edition.members, tmp_path / "missing" / "c.vcf")
    assert caught.value.code == "write-failed"


def test_split_writes_one_safe_file_per_contact(tmp_path: Path) -> None:
    edition = hostile_edition()
    more = (
        Member(
            Tld("nl", "nl"),
            "Netherlands",
            Region.EU,
            (contact_for(1, "Anna", 1), contact_for(2, "Anna", 2)),
        ),
        Member(Tld("nl", "nl"), "Netherlands", Region.EU, (contact_for(1, "ANNA", 3),)),
    )
    edition = replace(edition, members=edition.members + more)
    root = tmp_path / "export"
    folder = root / "cards"
    (root / "etc").mkdir(parents=True)
    files = write_split(edition, edition.members, folder, V3)
    expected = pairs(edition)
    assert len(files) == len(expected)
    assert len({f.name.casefold() for f in files}) == len(files)
    assert sorted(p.name for p in folder.iterdir()) == sorted(f.name for f in files)
    assert list((root / "etc").iterdir()) == []
    assert sorted(p.name for p in root.iterdir()) == ["cards", "etc"]
    for path, (member, contact) in zip(files, expected, strict=True):
        assert path.parent == folder
        assert path.suffix == ".vcf"
        assert not path.name.startswith(".")
        assert len(path.name.encode("utf-8")) <= 255
        assert all(ch not in path.name for ch in '/\\:*?"<>|\x00\n\r\t')
        data = path.read_bytes()
        check_bytes(data)
        (card,) = vobject.readComponents(data.decode("utf-8"))
        if contact.name in {"Anna", "ANNA"}:  # namesakes of one ccTLD, told apart
            assert card.fn.value == f".nl #{contact.position} {contact.name}"
        else:
            assert card.fn.value == expected_fn(member, contact, V3)


def test_file_stem_is_readable_and_safe() -> None:
    member = Member(Tld("xn--p1ai", "рф"), "Russian Federation", Region.EU, ())
    assert file_stem(member, contact_for(1, "Светлана Јовановић", 1)) == "рф-1-Светлана Јовановић"
    evil = file_stem(member, contact_for(2, "../../etc/passwd\u202e\x00", 2))
    assert "/" not in evil and "\u202e" not in evil and "\x00" not in evil
    assert os.sep not in file_stem(member, contact_for(3, "a" + os.sep + "b", 3))
    assert file_stem(Member(Tld("nl", "nl"), "", None, ()), contact_for(1, "   ", 1)) == "nl-1"


def test_options_reject_unknown_versions() -> None:
    with pytest.raises(ValueError, match="version"):
        VCardOptions(version="2.1")


def test_all_names_are_exercised() -> None:
    edition = edition_of(members_for(ALL_NAMES))
    assert edition.contact_count == len(ALL_NAMES)


# -- every number of a phone field, with its extension ----------------------------------------

ANDORRA = Member(Tld("ad", "ad"), "Andorra", Region.EU, ())


def _tels(phone: str, options: VCardOptions) -> tuple[list[tuple[str, str]], str]:
    contact = Contact(1, "Emil", "e@nic.ad", phone, None)
    member = replace(ANDORRA, contacts=(contact,))
    card = vobject.readOne(contact_card(edition_of((member,)), member, contact, options))
    tels = [(t.value, ",".join(t.params.get("TYPE", []))) for t in card.contents.get("tel", [])]
    return tels, card.note.value


@pytest.mark.parametrize(
    ("phone", "v3", "v4"),
    [
        ("+376 312 558", [("+376312558", "CELL")], [("tel:+376312558", "cell")]),
        ("+376 312 558 ext. 12", [("+376312558p12", "CELL")], [("tel:+376312558;ext=12", "cell")]),
        ("312 558 x 7", [("+376312558p7", "CELL")], [("tel:+376312558;ext=7", "cell")]),
        ("+376 312 558;ext=7", [("+376312558p7", "CELL")], [("tel:+376312558;ext=7", "cell")]),
        ("+376 312 558 (ext. 7)", [("+376312558p7", "CELL")], [("tel:+376312558;ext=7", "cell")]),
        (
            "+376 312 049 / +376 312 050",
            [("+376312049", "CELL"), ("+376312050", "CELL")],
            [("tel:+376312049", "cell"), ("tel:+376312050", "cell")],
        ),
        ("n/a", [], []),
        ("-", [], []),
        ("see email", [], []),
        ("24/7", [], []),
    ],
)
def test_every_number_and_extension_reaches_the_card(
    phone: str, v3: list[tuple[str, str]], v4: list[tuple[str, str]]
) -> None:
    assert _tels(phone, V3)[0] == v3
    assert _tels(phone, V4)[0] == v4


@pytest.mark.parametrize(
    ("email", "emails"),
    [
        ("e@nic.ad, cert@nic.ad", ["e@nic.ad", "cert@nic.ad"]),
        ("e@nic.ad / cert@nic.ad", ["e@nic.ad", "cert@nic.ad"]),
        ("e@nic.ad or cert@nic.ad", ["e@nic.ad", "cert@nic.ad"]),
        ("e@nic.ad", ["e@nic.ad"]),
        ("mailto:e@nic.ad", ["e@nic.ad"]),
        ("e@nic.ad.", ["e@nic.ad"]),
        # An address with a note, or beside something that is none: the address alone.
        ("e@nic.ad (24/7)", ["e@nic.ad"]),
        ("Emil <e@nic.ad>", ["e@nic.ad"]),
        ("e@nic.ad / 24x7 soc@nic.ad", ["e@nic.ad", "soc@nic.ad"]),
        ("o'neill@nic.ad, mobile only", ["o'neill@nic.ad"]),
        ("li@nic.cn（24小时）；王@例子。中国", ["li@nic.cn", "王@例子.中国"]),  # CJK punctuation
        # No address: no EMAIL (a phone would keep the text as one to write to).
        ("e [at] nic.ad", []),
        ("n/a", []),
        ("see https://www.nic.ad", []),
    ],
)
@pytest.mark.parametrize("options", [V3, V4], ids=["3.0", "4.0"])
def test_each_address_of_an_email_field_is_an_email_of_its_own(
    email: str, emails: list[str], options: VCardOptions
) -> None:
    contact = Contact(1, "Emil", email, "+376 312 558", "+376312558")
    member = replace(ANDORRA, contacts=(contact,))
    for text in (
        contact_card(edition_of((member,)), member, contact, options),
        compact_card(edition_of((member,)), member, contact),
    ):
        card = vobject.readOne(text)
        assert [e.value for e in card.contents.get("email", [])] == emails


@pytest.mark.parametrize(
    ("email", "says_more"),
    [
        ("e@nic.ad", False),
        ("e@nic.ad, cert@nic.ad", False),
        ("e@nic.ad or cert@nic.ad", False),
        ("mailto:e@nic.ad", False),
        ("e@nic.ad (24/7)", True),
        ("e [at] nic.ad", True),
        ("n/a", True),
        ("", False),
    ],
)
@pytest.mark.parametrize("options", [V3, V4], ids=["3.0", "4.0"])
def test_an_email_field_that_says_more_is_in_the_note_as_written(
    email: str, says_more: bool, options: VCardOptions
) -> None:
    contact = Contact(1, "Emil", email, "+376 312 558", "+376312558")
    member = replace(ANDORRA, contacts=(contact,))
    card = vobject.readOne(contact_card(edition_of((member,)), member, contact, options))
    assert (f"Email as written: {email}." in card.note.value) is says_more
    assert ("Email as written" in card.note.value) is says_more


@pytest.mark.parametrize("phone", ["n/a", "none", "see email, or call the NOC", "24/7"])
def test_a_field_with_no_number_stays_in_the_note_only(phone: str) -> None:
    for options in (V3, V4):
        tels, note = _tels(phone, options)
        assert tels == []
        assert f"Phone as written: {phone}." in note


@pytest.mark.parametrize(
    ("phone", "e164"),
    [
        ("+49 69 1234-5678 / 12", "+496912345678"),
        ("+43 1 234 56 78 / 790", "+4312345678"),
        ("+31 70 123 4567 / 12345", "+31701234567"),
    ],
)
def test_a_short_alternative_is_no_tel_but_stays_in_the_note(phone: str, e164: str) -> None:
    contact = Contact(1, "Hans", "hans@example.org", phone, None)
    member = Member(Tld("de", "de"), "Germany", Region.EU, (contact,))  # the country is DE ...
    for region in ("DE", "AT", "NL"):  # ... and the numbers read the same whatever it is
        member = replace(member, tld=Tld(region.lower(), region.lower()))
        text = contact_card(edition_of((member,)), member, contact, V3)
        tels = [line for line in text.split("\r\n") if line.startswith("TEL")]
        assert tels == [f"TEL;TYPE=WORK,VOICE:{e164}"]  # landlines
        assert f"Phone as written: {phone}." in next(vobject.readComponents(text)).note.value


def _raw_tels_of(
    edition: Edition, member: Member, contact: Contact, options: VCardOptions
) -> list[str]:
    """The TEL lines of a card as written in the file, before any parser unescapes them."""
    text = contact_card(edition, member, contact, options)
    return [line for line in text.split("\r\n") if line.startswith("TEL")]


def _raw_tels(phone: str, options: VCardOptions) -> list[str]:
    contact = Contact(1, "Emil", "e@nic.ad", phone, None)
    member = replace(ANDORRA, contacts=(contact,))
    return _raw_tels_of(edition_of((member,)), member, contact, options)


def test_an_extension_is_written_unescaped_in_both_versions() -> None:
    phone = "+376 312 558 ext. 12 / +376 312 050 x 7"
    # RFC 6350 6.4.1: a URI value, its ";" bare (no "\;" inside the URI).
    assert _raw_tels(phone, V4) == [
        "TEL;TYPE=cell;VALUE=uri:tel:+376312558;ext=12",
        "TEL;TYPE=cell;VALUE=uri:tel:+376312050;ext=7",
    ]
    # RFC 2426 3.3.1: a phone-number value; the pause is RFC 3601's "p", never "\,".
    assert _raw_tels(phone, V3) == ["TEL;TYPE=CELL:+376312558p12", "TEL;TYPE=CELL:+376312050p7"]


@pytest.mark.parametrize(
    ("phone", "country", "v3", "v4"),
    [
        # The landline first as written; the mobile first on the card.
        (
            "+41 44 123 45 67 (office), +41 79 123 45 67 (mobile)",
            "ch",
            ["TEL;TYPE=CELL:+41791234567", "TEL;TYPE=WORK,VOICE:+41441234567"],
            [
                "TEL;TYPE=cell;VALUE=uri:tel:+41791234567",
                "TEL;TYPE=work,voice;VALUE=uri:tel:+41441234567",
            ],
        ),
        (
            "030 12345678 (24/7)",
            "de",
            ["TEL;TYPE=WORK,VOICE:+493012345678"],
            ["TEL;TYPE=work,voice;VALUE=uri:tel:+493012345678"],
        ),
        # Canada's plan cannot tell a mobile: with an extension it is a desk line ...
        (
            "+1 613 555 0199 x 2",
            "ca",
            ["TEL;TYPE=WORK,VOICE:+16135550199p2"],
            ["TEL;TYPE=work,voice;VALUE=uri:tel:+16135550199;ext=2"],
        ),
        # ... without one, the mobile it may well be.
        (
            "+1 613 555 0199",
            "ca",
            ["TEL;TYPE=CELL:+16135550199"],
            ["TEL;TYPE=cell;VALUE=uri:tel:+16135550199"],
        ),
    ],
)
def test_only_a_mobile_is_a_cell_and_it_comes_first(
    phone: str, country: str, v3: list[str], v4: list[str]
) -> None:
    contact = Contact(1, "Emil", f"e@nic.{country}", phone, None)
    member = Member(Tld(country, country), country, Region.EU, (contact,))
    assert _raw_tels_of(edition_of((member,)), member, contact, V3) == v3
    assert _raw_tels_of(edition_of((member,)), member, contact, V4) == v4


def _as_android_imports(value: str) -> str:
    """A TEL value as Android's vCard importer stores it: digits, a leading "+", "*" and "#"
    kept, "p" and "w" read as the pause "," and the wait ";", anything else dropped."""
    kept = {"p": ",", "P": ",", "w": ";", "W": ";"}
    return "".join(
        kept.get(ch, ch) for i, ch in enumerate(value)
        if ch in kept or ch in "0123456789*#" or (i == 0 and ch == "+")
    )  # fmt: skip


def test_a_phone_dials_the_extension_after_a_pause() -> None:
    (line,) = _raw_tels("+376 312 558 ext. 12", V3)
    assert _as_android_imports(line.split(":", 1)[1]) == "+376312558,12"
    # What the card held before: the comma dropped, the extension joined to the number.
    assert _as_android_imports("+376312558\\,12") == "+37631255812"


@pytest.mark.parametrize(
    ("options", "form"),
    [(V3, r"\+[0-9]+p99"), (V4, r"tel:\+[0-9]+;ext=99")],
    ids=["3.0", "4.0"],
)
def test_every_number_with_an_extension_is_written_bare(options: VCardOptions, form: str) -> None:
    edition = script_edition()
    for member, contact in pairs(edition):
        with_extension = replace(contact, phone=f"{contact.phone} ext. 99")
        (line,) = _raw_tels_of(edition, member, with_extension, options)
        assert re.fullmatch(form, line.split(":", 1)[1]), line  # no backslash anywhere


def test_a_phone_field_that_says_more_is_in_the_note_as_written() -> None:
    assert "Phone as written: +43 664 1234567 (24/7)." in _tels("+43 664 1234567 (24/7)", V3)[1]
    assert "Phone as written: +420 123 456 789 / 790." in _tels("+420 123 456 789 / 790", V4)[1]
    for plain in ("+376 (312) 558", "+376 312 558 ext. 12", "00376 312 049 / 312 050"):
        assert "Phone as written" not in _tels(plain, V3)[1]  # its numbers say it all


@pytest.mark.parametrize("options", [V3, V4, VCardOptions(name_prefix=True)])
def test_a_title_before_the_name_is_its_prefix(options: VCardOptions) -> None:
    contact = Contact(1, "Dr. Hans-Peter Müller", "hpm@nic.de", "+49 30 1234567", None)
    member = Member(Tld("de", "de"), "Germany", Region.EU, (contact,))
    card = vobject.readOne(contact_card(edition_of((member,)), member, contact, options))
    tld = ".de " if options.name_prefix else ""
    name = card.n.value
    assert (name.prefix, name.given, name.family) == (f"{tld}Dr.", "Hans-Peter", "Müller")
    assert card.fn.value == f"{tld}Dr. Hans-Peter Müller"  # what a phone rebuilds from N


@pytest.mark.parametrize(
    ("name", "uid"),
    [
        ("Þórunn Silva", "1d0c76fa-aee7-5a99-a906-dc685584e5dd"),
        ("Inès Ðorđević", "03348992-2623-57e1-ae75-413942494eac"),
        ("Məmmədov Elvin", "9b7cd421-dc4e-5d05-ae89-b8f1a34f6619"),
        ("Ǣlfric Ǿst", "9b7520a1-a231-5fd5-85d5-0e4d9f063321"),
        ("Anna Jansen", "2b98328e-8a9f-5da9-a6af-5fed8246d322"),
    ],
)
def test_uid_of_a_name_is_the_one_earlier_exports_gave(name: str, uid: str) -> None:
    """A phone holds the cards of earlier exports: a name's UID never changes, though search
    has since learnt to read some of its letters as typed ("Þ" as "th")."""
    member = Member(Tld("is", "is"), "Iceland", Region.EU, (Contact(1, name, "noc@isnic.is", "+354 123"),))  # fmt: skip
    assert contact_uid(member, member.contacts[0]) == f"urn:uuid:{uid}"


# -- an address whose domain is an IDN ----------------------------------------------------------


@pytest.mark.parametrize(
    ("email", "written"),
    [
        # Phones' contacts apps and mail programs without SMTPUTF8 take the A-labels: the
        # domain as DNS knows it, which every mail server can deliver to.
        ("noc@сайт.рф", "noc@xn--80aswg.xn--p1ai"),
        ("NOC@Сайт.РФ", "NOC@xn--80aswg.xn--p1ai"),
        ("soc@网络.中国", "soc@xn--io0a7i.xn--fiqs8s"),
        ("cert@nic.भारत", "cert@nic.xn--h2brj9c"),
        ("soc@网络。中国", "soc@xn--io0a7i.xn--fiqs8s"),  # an ideographic full stop
        # A local part in another script needs SMTPUTF8 whatever the domain: as written.
        ("王@例子.中国", "王@例子.中国"),
        ("e@nic.ad", "e@nic.ad"),
    ],
)
@pytest.mark.parametrize("options", [V3, V4], ids=["3.0", "4.0"])
def test_an_idn_domain_is_written_in_a_labels_and_kept_readable_in_the_note(
    email: str, written: str, options: VCardOptions
) -> None:
    contact = Contact(1, "Emil", email, "+376 312 558", "+376312558")
    member = replace(ANDORRA, contacts=(contact,))
    edition = edition_of((member,))
    card = vobject.readOne(contact_card(edition, member, contact, options))
    compact = vobject.readOne(compact_card(edition, member, contact))
    for read in (card, compact):
        assert [e.value for e in read.contents.get("email", [])] == [written]
    local, domain = written.split("@")
    if local.isascii():
        assert written.isascii()
        # Read back by Python's own IDNA codec: the domain as the edition wrote it.
        assert domain.encode("ascii").decode("idna") == plain_text(email.split("@")[1]).lower()
    converted = written != email
    assert (f"Email as written: {email}." in card.note.value) is converted
