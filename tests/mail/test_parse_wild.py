"""Plain-text bodies as converters, clients and people leave them: tab-separated tables, a byte
order mark, invisible direction marks in addresses, labels as people write them, text after
the last member (an outro naming an address, a signature) and notes inside a member's block.
"""

from __future__ import annotations

import textwrap
import unicodedata
from collections.abc import Sequence
from email.message import EmailMessage

import pytest

from tests.mailgen.editions import make_edition
from tests.mailgen.render import render_text
from tldops_desktop.core.model import Region
from tldops_desktop.mail.message import examine
from tldops_desktop.mail.parse import ParsedBody, parse_text

RULE = "-" * 64
FOOTER = "_" * 47 + "\ntld-ops mailing list\ntld-ops@lists.dns-oarc.net\n"
HEADER = "ccTLD | Country | Region | # | Name | Email | Phone"
ROWS = [
    (".ad", "Andorra", "EU", "1", "Emil Van der Berg", "abuse1@nic.ad", "+376 312 558"),
    (".ad", "Andorra", "EU", "2", "Łukasz Mensah", "security2@nic.ad", "+376 312 049"),
    (".ae", "United Arab Emirates", "AP", "1", "Amara Nakamura", "csirt1@nic.ae", "+971 50 123 4176"),
]  # fmt: skip


AE_CONTACT = ("Amara Nakamura", "csirt1@nic.ae", "+971 50 123 4176")


def block(tld: str, *contacts: str) -> str:
    return f"{RULE}\n{tld}\n{RULE}\n" + "\n".join(contacts)


def headed(number: int, name: str, email: str, phone: str) -> str:
    return (
        f"Contact Person #{number}:\nName: {name}\nEmail address: {email}\n"
        f"Mobile phone number: {phone}\n"
    )


def table(parsed: ParsedBody) -> dict[str, list[tuple[str, str, str]]]:
    return {m.tld.ace: [(c.name, c.email, c.phone) for c in m.contacts] for m in parsed.members}


def expected_rows() -> dict[str, list[tuple[str, str, str]]]:
    found: dict[str, list[tuple[str, str, str]]] = {}
    for tld, _country, _region, _position, name, email, phone in ROWS:
        found.setdefault(tld[1:], []).append((name, email, phone))
    return found


def test_tab_separated_rows_are_a_table() -> None:
    text = "\t".join(HEADER.split(" | ")) + "\n" + "\n".join("\t".join(r) for r in ROWS)
    parsed = parse_text(text + "\n\n" + FOOTER)
    assert table(parsed) == expected_rows()
    assert parsed.unplaced == ()
    assert parsed.members[1].country == "United Arab Emirates"


def test_a_field_lined_up_with_tabs_stays_a_field() -> None:
    parsed = parse_text(block(".ad Andorra (EU)", "Name:\t\tEmil\nE-mail:\t\te@nic.ad\n"))
    assert table(parsed) == {"ad": [("Emil", "e@nic.ad", "")]}


def edition_message(plain: str, html: str | None = None) -> bytes:
    """An edition as the list sends it: ``plain``, and ``html`` as its alternative if given."""
    message = EmailMessage()
    message["Subject"] = "[tld-ops] TLD-OPS Incident Response Community Repository <20261101-0600>"
    message["From"] = "tld-ops@lists.dns-oarc.net"
    message["To"] = "tld-ops@lists.dns-oarc.net"
    message["List-Id"] = "<tld-ops.lists.dns-oarc.net>"
    message["Date"] = "Sun, 01 Nov 2026 06:00:00 +0000"
    message["Message-ID"] = "<edition@lists.dns-oarc.net>"
    message.set_content(plain)
    if html is not None:
        message.add_alternative(html, subtype="html")
    return message.as_bytes()


def test_a_plain_alternative_without_contacts_gives_way_to_the_html_part() -> None:
    # One cell per line, as some HTML-to-text converters render a table: members, no contacts.
    plain = "\n".join("\n".join(row) for row in ROWS) + "\n\n" + FOOTER
    cells = "".join(f"<th>{c}</th>" for c in HEADER.split(" | "))
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in ROWS)
    html = f"<html><body><table><tr>{cells}</tr>{rows}</table></body></html>"
    result = examine(edition_message(plain, html), "alt.eml")
    assert result.problems == []
    (edition,) = result.editions
    assert edition.part == "text/html"
    assert table(edition.body) == expected_rows()


def test_a_byte_order_mark_does_not_hide_the_header_row() -> None:
    columns = "\ufeffccTLD | Email | Phone | Name | # | Country | Region"
    row = ".ad | abuse1@nic.ad | +376 312 558 | Emil | 1 | Andorra | EU"
    parsed = parse_text(f"{columns}\n{row}\n")
    assert table(parsed) == {"ad": [("Emil", "abuse1@nic.ad", "+376 312 558")]}


def test_zero_width_spaces_and_soft_hyphens_at_a_lines_ends_do_not_hide_it() -> None:
    """Editors and converters leave "&#8203;" and "&shy;" about: a header line or heading
    with one before it was not read, and the member's block was lost without a word."""
    zwsp, shy = "\u200b", "\u00ad"
    text = block(
        f"{zwsp}.ad Andorra (EU){zwsp}",
        f"{zwsp}Contact Person #1 (primary):\nName: Emil{zwsp}\n{shy}Email address: e@nic.ad\n"
        f"Mobile phone number: +376 312 558{shy}\n",
    )
    parsed = parse_text(text + "\n" + FOOTER)
    assert table(parsed) == {"ad": [("Emil", "e@nic.ad", "+376 312 558")]}
    assert parsed.members[0].region == Region.EU
    assert parsed.unplaced == ()
    row = f"{zwsp}.ad | Andorra{zwsp} | EU{zwsp} | 1{zwsp} | Emil | e@nic.ad{zwsp} | +376 312 558"
    parsed = parse_text(f"{HEADER}\n{row}\n\n{FOOTER}")
    assert table(parsed) == {"ad": [("Emil", "e@nic.ad", "+376 312 558")]}
    assert [(m.country, m.region) for m in parsed.members] == [("Andorra", Region.EU)]


def test_invisible_marks_leave_addresses_and_numbers() -> None:
    contact = headed(
        1, "\u200fأحمد بن سعيد\u200f", "\u200eabuse1@nic.example\u200e", "\u200e+20 100 123 4567"
    )
    second = (
        "Contact Person #2:\nName: Sara\nEmail: irt2@nic\u200b.eg\nMobile: +20\u00ad100 765 4321\n"
    )
    parsed = parse_text(block(".eg Egypt (AF)", contact, second))
    first, other = parsed.members[0].contacts
    assert (first.name, first.email, first.phone) == (
        "أحمد بن سعيد", "abuse1@nic.example", "+20 100 123 4567",
    )  # fmt: skip
    assert first.email_valid and first.phone_e164 == "+201001234567"
    assert (other.email, other.phone, other.phone_e164) == (
        "irt2@nic.eg",
        "+20100 765 4321",
        "+201007654321",
    )


def test_phone_labels_with_number_signs() -> None:
    contacts = "Name: A\nEmail: a@nic.ad\nMobile No.: +376 312 558\n\nName: B\nEmail: b@nic.ad\n"
    parsed = parse_text(block(".ad Andorra (EU)", contacts + "Mobile #: +376 312 049\n"))
    assert table(parsed) == {
        "ad": [("A", "a@nic.ad", "+376 312 558"), ("B", "b@nic.ad", "+376 312 049")]
    }
    assert parsed.unplaced == ()


@pytest.mark.parametrize(
    "label", ["Phone (office)", "Telephone (landline)", "Tel. (work)", "Phone (fax)"]
)
def test_a_desk_line_labelled_with_a_qualifier_is_not_the_mobile(label: str) -> None:
    """Written before the mobile, it was the number dialled; after it, a second one."""
    for before, after in ((f"{label}: +376 800 800\n", ""), ("", f"{label}: +376 800 800\n")):
        contacts = f"{headed(1, 'A', 'a@nic.ad', '+376 312 558')}"
        contacts = contacts.replace("Mobile", before + "Mobile").replace("558\n", "558\n" + after)
        parsed = parse_text(block(".ad Andorra (EU)", contacts))
        assert table(parsed) == {"ad": [("A", "a@nic.ad", "+376 312 558")]}
        assert [(u.text, u.reason) for u in parsed.unplaced] == [
            (f"{label}: +376 800 800", "unknown-field")
        ]
    rows = f"ccTLD | Country | Region | # | Name | Email | {label} | Mobile\n"
    rows += ".ad | Andorra | EU | 1 | A | a@nic.ad | +376 800 800 | +376 312 558\n"
    parsed = parse_text(rows)
    assert table(parsed) == {"ad": [("A", "a@nic.ad", "+376 312 558")]}
    assert [n.detail for n in parsed.notes if n.code == "column-not-read"] == [label]


def test_an_outro_with_an_address_after_the_last_member_is_no_contact() -> None:
    zm = block(".zm Zambia (AF)", headed(1, "Mwila Banda", "abuse1@nic.zm", "+260 97 1234567"))
    outro = (
        "\nTo update the contacts of your ccTLD, write to the ccNSO Secretariat:\n"
        "Email: ccnso-secretariat@icann.org\nPhone: +1 310 301 5800\n\n"
    )
    parsed = parse_text(zm + outro + FOOTER)
    assert table(parsed) == {"zm": [("Mwila Banda", "abuse1@nic.zm", "+260 97 1234567")]}
    reported = {(u.text, u.reason) for u in parsed.unplaced}
    assert ("Email: ccnso-secretariat@icann.org", "outside-contact") in reported
    assert ("Phone: +1 310 301 5800", "outside-contact") in reported


def test_an_outros_address_after_contacts_without_headings_is_no_contact() -> None:
    """Its "Email" is refused as the last contact's second address; its "Phone" under it is
    no contact either (it was one with the Secretariat's number and no name)."""
    zm = block(
        ".zm Zambia (AF)", "Name: Mwila Banda\nEmail: abuse1@nic.zm\nMobile: +260 97 1234567\n"
    )
    outro = "\nccNSO Secretariat\nEmail: ccnso-secretariat@icann.org\nPhone: +1 310 301 5800\n\n"
    parsed = parse_text(zm + outro + FOOTER)
    assert table(parsed) == {"zm": [("Mwila Banda", "abuse1@nic.zm", "+260 97 1234567")]}
    assert ("Phone: +1 310 301 5800", "outside-contact") in {
        (u.text, u.reason) for u in parsed.unplaced
    }


def test_fields_after_a_refused_field_do_not_pair_with_the_next_contacts() -> None:
    """Names not read (a list's "2. Anna Berg"): the second contact's address is refused, and
    its number with it, not given to the third contact's address."""
    contacts = "\n\n".join(
        f"{n}. {name}\nEmail: {email}\nMobile: {phone}"
        for n, name, email, phone in (
            (1, "Emil Berg", "e@nic.ad", "+376 312 558"),
            (2, "Anna Berg", "a@nic.ad", "+376 312 559"),
            (3, "Ola Berg", "o@nic.ad", "+376 312 557"),
        )
    )
    parsed = parse_text(block(".ad Andorra (EU)", contacts) + "\n" + FOOTER)
    pairs = {(c.email, c.phone) for c in parsed.members[0].contacts}
    assert pairs <= {("e@nic.ad", "+376 312 558"), ("a@nic.ad", "+376 312 559"),
                     ("o@nic.ad", "+376 312 557")}  # fmt: skip


def test_a_signature_ends_the_data() -> None:
    zm = block(".zm Zambia (AF)", headed(1, "Mwila Banda", "abuse1@nic.zm", "+260 97 1234567"))
    signature = "\n-- \nTLD-OPS Standing Committee\nMobile: +1 310 555 0100\n"
    parsed = parse_text(zm + signature)
    assert table(parsed) == {"zm": [("Mwila Banda", "abuse1@nic.zm", "+260 97 1234567")]}


def test_a_signature_without_its_trailing_space_ends_the_data() -> None:
    """Outlook and many gateways strip the space of "-- "."""
    ad = block(".ad Andorra (EU)", headed(1, "Emil", "abuse1@nic.ad", "+376 312 558"))
    parsed = parse_text(ad + "\n--\nccNSO Secretariat\nPhone: +1 310 301 5800\n\n" + FOOTER)
    assert table(parsed) == {"ad": [("Emil", "abuse1@nic.ad", "+376 312 558")]}
    assert ("Phone: +1 310 301 5800", "outside-contact") in {
        (u.text, u.reason) for u in parsed.unplaced
    }
    assert parsed.footer


def test_a_phone_after_text_is_no_second_number_of_the_last_contact() -> None:
    """A greeting or a disclaimer after the last member, with a number in it: reported, not
    added to the last contact's phone."""
    for contacts in (
        headed(1, "Emil", "abuse1@nic.ad", "+376 312 558"),
        "Name: Emil\nEmail: abuse1@nic.ad\nPhone: +376 312 558\n",  # contacts without headings
    ):
        tail = "\nBest regards,\nTel: +44 20 7946 0000. Registered office: 1 Example Street\n"
        parsed = parse_text(block(".ad Andorra (EU)", contacts) + tail + "\n" + FOOTER)
        assert table(parsed) == {"ad": [("Emil", "abuse1@nic.ad", "+376 312 558")]}
        assert any(u.text.startswith("Tel: +44") for u in parsed.unplaced)


def test_two_numbers_of_one_contact_stay_together() -> None:
    contacts = "Name: Emil\nEmail: abuse1@nic.ad\nMobile: +376 312 558\nPhone: +376 800 800\n"
    parsed = parse_text(block(".ad Andorra (EU)", contacts))
    assert table(parsed) == {"ad": [("Emil", "abuse1@nic.ad", "+376 312 558 / +376 800 800")]}


@pytest.mark.parametrize(
    "mobile",
    [
        "Mobile",
        "Cell phone",
        "GSM",
        "Mobile phone number",
        "Cellular",
        "Handy",
        "Portable",
        "Celular",
    ],
)
def test_a_mobile_written_after_another_number_is_the_one_dialled(mobile: str) -> None:
    """ "Phone: <desk line>" then "Mobile: ...": the mobile comes first (its E.164 is the
    contact's); the desk line stays, after it. Two numbers whose labels say nothing keep
    their order."""
    contacts = f"Name: Emil\nEmail: abuse1@nic.ad\nPhone: +376 800 800\n{mobile}: +376 312 558\n"
    contact = parse_text(block(".ad Andorra (EU)", contacts)).members[0].contacts[0]
    assert (contact.phone, contact.phone_e164) == ("+376 312 558 / +376 800 800", "+376312558")
    contacts = "Name: Emil\nEmail: abuse1@nic.ad\nPhone: +376 800 800\nTel: +376 312 558\n"
    contact = parse_text(block(".ad Andorra (EU)", contacts)).members[0].contacts[0]
    assert contact.phone == "+376 800 800 / +376 312 558"


def test_contacts_without_headings_that_begin_with_their_number_stay_apart() -> None:
    """ "Mobile", "Name", "Email", a blank line, then the next contact's "Mobile": its number,
    not a second one of the contact before (which left the last contact without one)."""
    contacts = "\n\n".join(
        f"Mobile: {phone}\nName: {name}\nEmail: {email}"
        for name, email, phone in (
            ("Emil", "e@nic.ad", "+376 312 558"),
            ("Anna", "a@nic.ad", "+376 312 559"),
            ("Ola", "o@nic.ad", "+376 312 557"),
        )
    )
    parsed = parse_text(block(".ad Andorra (EU)", contacts) + "\n\n" + FOOTER)
    assert table(parsed) == {
        "ad": [
            ("Emil", "e@nic.ad", "+376 312 558"),
            ("Anna", "a@nic.ad", "+376 312 559"),
            ("Ola", "o@nic.ad", "+376 312 557"),
        ]
    }


@pytest.mark.parametrize("mobile", ["Mobile", "Cell phone"])
def test_a_mobile_column_after_a_phone_column_is_the_one_dialled(mobile: str) -> None:
    rows = f"ccTLD | Country | Region | # | Name | Email | Phone | {mobile}\n"
    rows += ".ad | Andorra | EU | 1 | A | a@nic.ad | +376 800 800 | +376 312 558\n"
    rows += ".ad | Andorra | EU | 2 | B | b@nic.ad | | +376 312 559\n"
    parsed = parse_text(rows)
    assert [(c.phone, c.phone_e164) for c in parsed.members[0].contacts] == [
        ("+376 312 558 / +376 800 800", "+376312558"), ("+376 312 559", "+376312559"),
    ]  # fmt: skip
    assert [n for n in parsed.notes if n.code == "column-not-read"] == []
    own = ".ad Andorra (EU)\n\n# | Name | Email | Phone | Mobile\n1 | A | a@nic.ad | +376 800 800 | +376 312 558\n"
    assert parse_text(own).members[0].contacts[0].phone_e164 == "+376312558"


@pytest.mark.parametrize(
    "backup",
    ["Mobile (backup)", "Mobile 2", "Alternate mobile", "Mobile (alt.)", "Backup phone",
     "**Mobile (secondary)**", "- Mobile #2"],
)  # fmt: skip
def test_a_backup_mobile_written_before_the_main_one_is_not_the_one_dialled(backup: str) -> None:
    """The main mobile is dialled and its E.164 kept; the backup stays, after it. Written
    after the main one, it keeps its place."""
    fields = (
        "Name: Emil Berg\nEmail: emil@nic.de\n{}: +49 151 1111 2222\nMobile: +49 151 3333 4444\n"
    )
    main_first = (
        "Name: Emil Berg\nEmail: emil@nic.de\nMobile: +49 151 3333 4444\n{}: +49 151 1111 2222\n"
    )
    for contacts in (
        fields.format(backup),
        headed(1, "Emil Berg", "emil@nic.de", "").replace(
            "Mobile phone number: \n", f"{backup}: +49 151 1111 2222\nMobile: +49 151 3333 4444\n"
        ),
        main_first.format(backup),
    ):
        parsed = parse_text(block(".de Germany (EU)", contacts) + "\n" + FOOTER)
        assert [(c.phone, c.phone_e164) for c in parsed.members[0].contacts] == [
            ("+49 151 3333 4444 / +49 151 1111 2222", "+4915133334444")
        ]
        assert parsed.unplaced == ()
    # In a table, a backup's column before the main one's: the main number is read first.
    label = backup.strip("*- ")
    rows = f"ccTLD | Country | Region | # | Name | Email | {label} | Mobile\n"
    rows += (
        ".de | Germany | EU | 1 | Emil Berg | emil@nic.de | +49 151 1111 2222 | +49 151 3333 4444\n"
    )
    contact = parse_text(rows).members[0].contacts[0]
    assert (contact.phone, contact.phone_e164) == (
        "+49 151 3333 4444 / +49 151 1111 2222",
        "+4915133334444",
    )


def test_numbered_labels_still_name_their_contact_where_names_are_numbered() -> None:
    """ "Mobile 2" is a backup number only where the names are not numbered."""
    lines = ["Name 1: Emil A", "Name 2: Emil B", "Mobile 2: +376 312 559", "Mobile 1: +376 312 558",
             "Email 1: a@nic.ad", "Email 2: b@nic.ad"]  # fmt: skip
    parsed = parse_text(block(".ad Andorra (EU)", *lines, "") + FOOTER)
    assert table(parsed)["ad"] == [
        ("Emil A", "a@nic.ad", "+376 312 558"), ("Emil B", "b@nic.ad", "+376 312 559"),
    ]  # fmt: skip


def test_outlook_link_targets_after_values_are_dropped() -> None:
    """Outlook's plain text of a link is its text, then its target in angle brackets."""
    contacts = (
        "Name: Emil\nEmail: abuse1@nic.ad<mailto:abuse1@nic.ad>\n"
        "Phone: +376 312 558 <tel:+376312558>\n\n"
        "Name: Lukas\nEmail: sec@nic.ad <https://eur02.safelinks.protection.outlook.com/"
        "?url=mailto%3Asec%40nic.ad&data=05>\nPhone: +376 312 049\n"
    )
    parsed = parse_text(block(".ad Andorra (EU)", contacts))
    assert table(parsed) == {
        "ad": [("Emil", "abuse1@nic.ad", "+376 312 558"), ("Lukas", "sec@nic.ad", "+376 312 049")]
    }
    assert all(c.email_valid for c in parsed.members[0].contacts)
    row = " | ".join(
        (".ad", "Andorra", "EU", "1", "Emil", "abuse1@nic.ad<mailto:abuse1@nic.ad>", "+376 312 558")
    )
    assert table(parse_text(HEADER + "\n" + row)) == {
        "ad": [("Emil", "abuse1@nic.ad", "+376 312 558")]
    }


def test_prose_inside_a_block_is_reported_and_an_outro_is_not() -> None:
    ad = block(
        ".ad Andorra (EU)",
        "Contact Person #1:",
        "Name: Emil",
        "Email address: abuse1@nic.ad",
        "Mobile phone number: +376 312 558 (office hours only; outside office",
        "hours please call the NOC duty officer on the number below)",
        "",
        "Contact Person #2:",
        "Name Łukasz Mensah Kowalczyk",
        "Email address: security2@nic.ad",
        "",
        "To update the contacts of your ccTLD, see the Membership Update Procedure.",
        "",
    )
    parsed = parse_text(ad + FOOTER)
    lines = ad.split("\n")
    reported = [(u.line, u.reason) for u in parsed.unplaced]
    assert reported == [
        (
            lines.index("hours please call the NOC duty officer on the number below)") + 1,
            "note-text",
        ),
        (lines.index("Name Łukasz Mensah Kowalczyk") + 1, "note-text"),
    ]
    assert [c.email for c in parsed.members[0].contacts] == ["abuse1@nic.ad", "security2@nic.ad"]


def test_fields_lined_up_with_many_tabs_stay_fields() -> None:
    contact = "Name:\t\t\tEmil Jansen\nEmail address:\t\t\tnoc@nic.ad\nMobile:\t\t\t+376 312 558\n"
    parsed = parse_text(block(".ad Andorra (EU)", contact))
    assert table(parsed) == {"ad": [("Emil Jansen", "noc@nic.ad", "+376 312 558")]}


def test_a_dash_dash_placeholder_does_not_end_the_edition() -> None:
    ad = block(".ad Andorra (EU)", headed(1, "Emil", "e@nic.ad", "").rstrip("\n") + "\n--\n")
    ae = block(".ae United Arab Emirates (AP)", headed(1, "Amara", "a@nic.ae", "+971 50 123 4176"))
    parsed = parse_text(ad + "\n" + ae + "\n" + FOOTER)
    assert [m.tld.ace for m in parsed.members] == ["ad", "ae"]
    assert parsed.footer


def test_after_a_signature_members_go_on_and_the_footer_is_found() -> None:
    zm = block(".zm Zambia (AF)", headed(1, "Mwila Banda", "abuse1@nic.zm", "+260 97 1234567"))
    signature = "\n-- \nTLD-OPS Standing Committee\nMobile: +1 310 555 0100\n\n"
    parsed = parse_text(zm + signature + FOOTER)
    assert table(parsed) == {"zm": [("Mwila Banda", "abuse1@nic.zm", "+260 97 1234567")]}
    assert parsed.footer
    assert [(u.text, u.reason) for u in parsed.unplaced] == [
        ("Mobile: +1 310 555 0100", "outside-contact")
    ]


def test_a_contact_after_a_remark_is_a_contact() -> None:
    ad = block(
        ".ad Andorra (EU)",
        headed(1, "Emil", "e1@nic.ad", "+376 312 558"),
        headed(2, "Ana", "e2@nic.ad", "+376 312 559"),
        "Outside office hours, please contact:",
        "Name: Noc Duty",
        "Email address: noc@nic.ad",
        "Mobile phone number: +376 312 560",
        "",
    )
    parsed = parse_text(ad + FOOTER)
    assert [c.email for c in parsed.members[0].contacts] == ["e1@nic.ad", "e2@nic.ad", "noc@nic.ad"]


def test_notes_on_contacts_are_all_reported_and_the_outro_is_not() -> None:
    note = "Available 24/7 via the NOC operations desk"
    ad = block(
        ".ad Andorra (EU)",
        headed(1, "Emil", "e1@nic.ad", "+376 312 558") + note,
        headed(2, "Ana", "e2@nic.ad", "+376 312 559") + note,
        "",
    )
    ae = block(".ae United Arab Emirates (AP)", headed(1, "Amara", "a@nic.ae", "+971 50 123 4176"))
    outro = "\nTo update the contacts of your ccTLD, see the Membership Update Procedure.\n\n"
    parsed = parse_text(ad + "\n" + ae + note + "\n" + outro + FOOTER)
    # The last one too: right under the last contact, no blank line before it, it is part of
    # that member's block; the outro, after a blank line, is not.
    assert [(u.text, u.reason) for u in parsed.unplaced] == [(note, "note-text")] * 3
    assert len(parsed.members) == 2


def test_a_contact_without_heading_that_names_itself_later_is_a_contact() -> None:
    ad = block(
        ".ad Andorra (EU)",
        headed(1, "Anna Puig", "anna@nic.ad", "+376 312 558") + "Skype: anna.puig",
        "",
        "Email: sec@nic.ad",
        "Phone: +376 312 559",
        "Name: Joan Vidal",
        "",
    )
    parsed = parse_text(ad + FOOTER)
    assert table(parsed)["ad"][1] == ("Joan Vidal", "sec@nic.ad", "+376 312 559")


@pytest.mark.parametrize("width", [60, 72, 76])
def test_a_table_wrapped_at_a_mail_programs_line_length_is_read_whole(width: int) -> None:
    """Outlook's plain text wraps long lines at 76 characters (no format=flowed): a row goes
    on in the next line, cut at a space, inside a cell or before a "|"."""
    edition = make_edition("20261101-0600", seed=11, members=120)
    text = render_text(edition, "B")
    wrapped = "\n".join(
        "\n".join(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False))
        if len(line) > width
        else line
        for line in text.split("\n")
    )
    assert wrapped != text
    whole, parsed = parse_text(text), parse_text(wrapped)
    assert table(parsed) == table(whole)
    assert [(u.reason, u.text) for u in parsed.unplaced] == [
        (u.reason, u.text) for u in whole.unplaced
    ]


def test_a_line_after_a_table_is_not_taken_for_its_last_cell() -> None:
    rows = "\n".join(" | ".join(row) for row in ROWS)
    parsed = parse_text(f"{HEADER}\n{rows}\nThank you\n2026-11-01\n\n{FOOTER}")
    assert table(parsed) == expected_rows()


@pytest.mark.parametrize("bullet", ["- ", "* ", "• ", "·", "‣ ", "– "])
def test_fields_written_as_list_items_are_fields(bullet: str) -> None:
    """HTML-to-text converters write an <li> with a bullet before it."""
    contact = f"{bullet}Name: Anna\n{bullet}Email: a@nic.at\n{bullet}Mobile: +43 664 1234567\n"
    parsed = parse_text(block(".at Austria (EU)", "Contact Person #1:\n" + contact))
    assert table(parsed) == {"at": [("Anna", "a@nic.at", "+43 664 1234567")]}
    assert parsed.unplaced == ()


def test_a_list_item_that_is_no_field_is_still_reported() -> None:
    parsed = parse_text(block(".at Austria (EU)", "Name: Anna\n- Fax: +43 1 234\n- Skype: anna\n"))
    assert [(u.text, u.reason) for u in parsed.unplaced] == [
        ("- Fax: +43 1 234", "unknown-field"),
        ("- Skype: anna", "unknown-field"),
    ]


@pytest.mark.parametrize(
    ("name", "email", "phone"),
    [
        ("Name", "Email-address", "Mobile-phone"),
        ("First and last name", "Contact email", "Contact phone"),
        ("Full_name", "Mail address", "Cell number"),
        ("Name", "E-mail", "Mobile telephone"),
        ("Name", "Email", "Mobile/Cell"),
        ("Name", "Email", "Cell phone"),
        ("Name", "Email", "Mobile phone number (international format)"),
        ("Person name", "Email ID", "Mobile Phone #"),
        ("Name and surname", "E-mail ID", "Cellular phone"),
        ("Name", "Email", "Mobile/WhatsApp"),
        ("Name", "Email", "Tel/Mobile"),
        ("Name", "Email", "GSM number"),
        ("Name", "Email", "Emergency phone"),
        ("Nom", "Courriel", "Téléphone portable"),
        ("Nombre", "Correo electrónico", "Teléfono móvil"),
        ("Nome", "Endereço de e-mail", "Telemóvel"),
        ("Name", "E-Mail-Adresse", "Handynummer"),
        ("Naam", "E-mailadres", "Mobiel"),
        ("ФИО", "Эл. почта", "Мобильный телефон"),
        ("الاسم", "البريد الإلكتروني", "الجوال"),
        ("姓名", "电子邮件", "手机"),
    ],
)
def test_label_variants_people_write(name: str, email: str, phone: str) -> None:
    contact = f"{name}: Emil\n{email}: e@nic.ad\n{phone}: +376 312 558\n"
    parsed = parse_text(block(".ad Andorra (EU)", contact))
    assert table(parsed) == {"ad": [("Emil", "e@nic.ad", "+376 312 558")]}
    assert parsed.unplaced == ()


def test_labels_with_a_full_width_colon_as_chinese_and_japanese_text_writes_it() -> None:
    contact = "姓名：王伟\n电子邮件：wang@cnnic.cn\n手机：+86 138 0013 8000\n\n"
    contact += "Name：Li Na\nEmail：li@cnnic.cn\nMobile：+86 138 0013 8001\n"
    parsed = parse_text(block(".中国（xn--fiqs8s；China）（AP）", contact) + "\n" + FOOTER)
    assert table(parsed) == {
        "xn--fiqs8s": [
            ("王伟", "wang@cnnic.cn", "+86 138 0013 8000"),
            ("Li Na", "li@cnnic.cn", "+86 138 0013 8001"),
        ]
    }
    assert parsed.unplaced == ()


def test_a_sentence_before_a_colon_is_no_field_even_with_a_label_in_it() -> None:
    ad = block(".ad Andorra (EU)", headed(1, "Emil", "e@nic.ad", "+376 312 558"))
    outro = "\nIf the contact phone (or email) of your ccTLD has changed, please write: thanks\n"
    parsed = parse_text(ad + outro + "\n" + FOOTER)
    assert table(parsed) == {"ad": [("Emil", "e@nic.ad", "+376 312 558")]}
    assert parsed.unplaced == ()


@pytest.mark.parametrize(
    ("header", "alignment"),
    [
        (HEADER, "---|---|---|---|---|---|---"),  # html2text
        (f"| {HEADER} |", "|:---|:---|:---:|---:|---|---|---|"),  # pandoc, GitHub
        (f"| {HEADER} |", "| --- | --- | --- | --- | --- | --- | --- |"),
    ],
)
def test_a_markdown_table_from_a_converter(header: str, alignment: str) -> None:
    rows = [(*r[:5], f"[{r[5]}](mailto:{r[5]})", r[6]) for r in ROWS]
    text = "\n".join([header, alignment, *(" | ".join(r) for r in rows)])
    parsed = parse_text(text + "\n\n" + FOOTER)
    assert table(parsed) == expected_rows()
    assert all(c.email_valid for m in parsed.members for c in m.contacts)
    assert parsed.unplaced == ()


def test_markdown_headings_and_bold_labels_from_a_converter() -> None:
    """html2text writes <h2> as "## ", <b> as "**": the header line, headings and labels
    are read through them (the contacts were all lost, their fields unknown)."""
    text = (
        "## .ad Andorra (EU)\n\n**Contact 1 (primary)**\n\n**Name:** Emil\n"
        "**Email:** abuse1@nic.ad\n**Mobile:** +376 312 558\n\n### Contact 2\n\n"
        "- **Name:** Anna\n- **Email:** [a@nic.ad](mailto:a@nic.ad)\n- __Mobile:__ +376 312 049\n\n"
        "**.ae United Arab Emirates (AP)**\n\n**Name:** Amara\n**Email:** csirt1@nic.ae\n"
        "**Mobile:** +971 50 123 4176\n\n"
    )
    parsed = parse_text(text + FOOTER)
    assert table(parsed) == {
        "ad": [("Emil", "abuse1@nic.ad", "+376 312 558"), ("Anna", "a@nic.ad", "+376 312 049")],
        "ae": [("Amara", "csirt1@nic.ae", "+971 50 123 4176")],
    }
    assert [c.position for c in parsed.members[0].contacts] == [1, 2]
    assert parsed.members[1].region == Region.AP
    assert parsed.unplaced == ()


def test_bold_italic_and_underlined_text_as_a_mail_program_writes_it() -> None:
    """Thunderbird writes <b>, <i> and <u> in plain text as "*...*", "/.../", "_..._": the
    header line and labels are read through them (the first member's whole block was lost
    without a word, taken for the intro)."""
    text = (
        f"{RULE}\n*.ad Andorra (EU)*\n{RULE}\n*Contact Person #1 (primary):*\n"
        "*Name:* Emil\n*Email address:* abuse1@nic.ad\n*Mobile phone number:* +376 312 558\n\n"
        "/Contact Person #2 (secondary):/\n_Name:_ Anna\n_Email address:_ a@nic.ad\n"
        "_Mobile phone number:_ +376 312 049\n\n"
    )
    parsed = parse_text(text + FOOTER)
    assert table(parsed) == {
        "ad": [("Emil", "abuse1@nic.ad", "+376 312 558"), ("Anna", "a@nic.ad", "+376 312 049")]
    }
    assert [c.position for c in parsed.members[0].contacts] == [1, 2]
    assert parsed.members[0].region == Region.EU
    assert parsed.unplaced == ()


def test_a_text_browsers_link_numbers_are_no_part_of_the_values() -> None:
    """lynx's dump writes "[3]" before a link's text, for its entry in the list of links."""
    ad = block(".ad Andorra (EU)", headed(1, "[1]Emil", "[2]abuse1@nic.ad", "[3]+376 312 558"))
    rows = f"{HEADER}\n.ae | United Arab Emirates | AP | 1 | Amara | [4]csirt1@nic.ae | +971 50 123 4176"
    parsed = parse_text(f"{ad}\n{rows}\n\n{FOOTER}")
    assert table(parsed) == {
        "ad": [("Emil", "abuse1@nic.ad", "+376 312 558")],
        "ae": [("Amara", "csirt1@nic.ae", "+971 50 123 4176")],
    }
    assert all(c.email_valid for m in parsed.members for c in m.contacts)
    links = "References\n\n   Visible links\n   1. mailto:abuse1@nic.ad\n   2. mailto:x@nic.ae\n"
    assert parse_text(f"{ad}\n{rows}\n\n{links}").unplaced == ()  # the list of links


@pytest.mark.parametrize("written", ["Emil Berg <e@nic.ad>", '"Berg, Emil" <mailto:e@nic.ad>'])
def test_an_address_written_with_its_display_name_is_the_address(written: str) -> None:
    parsed = parse_text(block(".ad Andorra (EU)", headed(1, "Emil Berg", written, "+376 312 558")))
    row = f"ccTLD | Country | Region | # | Name | Email | Phone\n.ad | Andorra | EU | 1 | Emil Berg | {written} | +376 312 558\n"
    for edition in (parsed, parse_text(row)):
        contact = edition.members[0].contacts[0]
        assert (contact.email, contact.email_valid) == ("e@nic.ad", True)


def test_an_address_as_the_lists_archive_writes_it_is_the_address() -> None:
    """Mailman's archive (the list's monthly mbox of the editions) writes "abuse1 at nic.ad":
    it was kept so, flagged as no address, and left out of vCards."""
    ad = block(".ad Andorra (EU)", headed(1, "Emil", "abuse1 at nic.ad", "+376 312 558"))
    row = ".ae | United Arab Emirates | AP | 1 | Amara | csirt1 at nic.ae | +971 50 123 4176"
    parsed = parse_text(f"{ad}\n{HEADER}\n{row}\n\n{FOOTER}")
    assert table(parsed) == {
        "ad": [("Emil", "abuse1@nic.ad", "+376 312 558")],
        "ae": [("Amara", "csirt1@nic.ae", "+971 50 123 4176")],
    }
    assert all(c.email_valid for m in parsed.members for c in m.contacts)
    other = block(".ad Andorra (EU)", headed(1, "Emil", "noc at nic dot ad", "+376 312 558"))
    assert table(parse_text(other))["ad"][0][1] == "noc@nic.ad"  # spelled out in words: read too


def test_an_address_typed_in_full_width_forms_is_the_address() -> None:
    """A Chinese or Japanese input method types "＠" and "．": the address was flagged as none."""
    text = block(".cn China (AP)", headed(1, "王伟", "wang＠cnnic．cn", "+86 138 0013 8000"))
    (member,) = parse_text(text + "\n" + FOOTER).members
    assert (member.contacts[0].email, member.contacts[0].email_valid) == ("wang@cnnic.cn", True)


def test_a_name_field_with_the_address_in_it_gives_both_where_no_email_field_is() -> None:
    contacts = (
        "Contact 1:\nName: Emil Berg <emil@nic.ad>\nMobile: +376 312 558\n\n"
        'Contact 2:\nName: "Berg, Anna" <anna@nic.ad>\nEmail: a.berg@nic.ad\n'
    )
    parsed = parse_text(block(".ad Andorra (EU)", contacts) + "\n" + FOOTER)
    assert table(parsed) == {
        "ad": [
            ("Emil Berg", "emil@nic.ad", "+376 312 558"),
            ('"Berg, Anna" <anna@nic.ad>', "a.berg@nic.ad", ""),  # as written: an address is
        ]
    }


def test_markdown_links_in_fields_give_their_text_or_address() -> None:
    contacts = (
        "Name: Emil\nEmail: [abuse1@nic.ad](mailto:abuse1@nic.ad)\n"
        "Phone: [+376 312 558](tel:+376312558)\n\n"
        "Name: Lukas\nEmail: [Email the NOC](mailto:sec%40nic.ad?subject=TLD-OPS)\n"
        "Phone: +376 312 049\n"
    )
    parsed = parse_text(block(".ad Andorra (EU)", contacts))
    assert table(parsed) == {
        "ad": [("Emil", "abuse1@nic.ad", "+376 312 558"), ("Lukas", "sec@nic.ad", "+376 312 049")]
    }


def test_a_row_wrapped_after_a_hyphen_in_an_address_or_a_number_is_joined_whole() -> None:
    """Mozilla's line breaker also cuts after a hyphen inside a word; a name so cut was
    joined with a space ("Park Ji- hoon")."""
    text = "\n".join(
        [
            HEADER,
            ".kr | Korea, Republic of | AP | 1 | Kim Min-jun | security-incident-",
            "response-team@kisa.or.kr | +82-10-1234-5678",
            ".kr | Korea, Republic of | AP | 2 | Lee Seo-yeon | lee@kisa.or.kr | +82-10-",
            "1234-5679",
            ".ae | United Arab Emirates | AP | 1 | Amara Nakamura | csirt1@nic.ae | +971",
            "50 123 4176",
            ".kr | Korea, Republic of | AP | 3 | Park Ji-",  # (html2text cuts names so too)
            "hoon | park@kisa.or.kr | +82-10-1234-5680",
        ]
    )
    parsed = parse_text(text + "\n\n" + FOOTER)
    assert table(parsed) == {
        "kr": [
            ("Kim Min-jun", "security-incident-response-team@kisa.or.kr", "+82-10-1234-5678"),
            ("Lee Seo-yeon", "lee@kisa.or.kr", "+82-10-1234-5679"),
            ("Park Ji-hoon", "park@kisa.or.kr", "+82-10-1234-5680"),
        ],
        "ae": [("Amara Nakamura", "csirt1@nic.ae", "+971 50 123 4176")],
    }
    assert parsed.unplaced == ()


def test_an_edition_without_contacts_says_which_lines_it_could_not_place() -> None:
    """A changed layout: the report shows where, not only that nothing was read."""
    rows = [" | ".join((*row, "extra cell")) for row in ROWS * 3]
    result = examine(edition_message("\n".join(["Intro", HEADER, *rows])), "m.eml")
    (problem,) = result.problems
    assert problem.code == "no-members"
    stamp, _, rest = problem.detail.partition(": ")
    assert stamp == "20261101-0600"
    assert rest.startswith("9 lines not placed: line 3 (bad-row): .ad | Andorra | EU | 1 |")
    assert "; line 7 (bad-row): " in rest
    assert "line 8" not in rest
    assert rest.endswith("; 4 more")


def test_an_edition_without_any_text_of_its_own_names_only_its_stamp() -> None:
    (problem,) = examine(edition_message("Dear members,\n\n" + FOOTER), "m.eml").problems
    assert (problem.code, problem.detail) == ("no-members", "20261101-0600")


@pytest.mark.parametrize("notes", [False, True])
@pytest.mark.parametrize("width", [40, 50, 60, 72, 76])
def test_a_header_row_wrapped_at_a_mail_programs_line_length_is_read_whole(
    width: int, notes: bool
) -> None:
    header = "ccTLD | Country/Territory | ICANN Region | # | Full name | E-mail address | Mobile"
    header += " phone number" + (" | Notes" if notes else "")
    rows = [" | ".join(row) + (" | 24/7" if notes else "") for row in ROWS]
    wrapped = textwrap.wrap(header, width)
    assert len(wrapped) > 1
    parsed = parse_text("\n".join([*wrapped, *rows, "", FOOTER]))
    assert table(parsed) == expected_rows()
    assert parsed.unplaced == ()


def test_rows_that_fit_no_header_but_the_usual_columns_are_read_by_those() -> None:
    """A header that names a column its rows lack loses no rows; one whose columns stand in
    another order is trusted (reading its rows by the usual columns would mix them up)."""
    rows = "\n".join(" | ".join(row) for row in ROWS)
    parsed = parse_text(f"{HEADER} | Notes\n{rows}\n\n{FOOTER}")
    assert table(parsed) == expected_rows()
    assert parsed.unplaced == ()
    parsed = parse_text(f"ccTLD | # | Name | Email | Phone | Country | Region | Notes\n{rows}")
    assert parsed.members == ()
    assert {u.reason for u in parsed.unplaced} == {"bad-row"}


def test_a_cctld_named_in_the_intro_or_outro_is_no_member() -> None:
    intro = (
        "Dear members,\n\nNew since the last edition:\n.zw Zimbabwe (AF)\n.nl has new contacts.\n\n"
    )
    ad = block(".ad Andorra (EU)", headed(1, "Emil", "e@nic.ad", "+376 312 558"))
    nl = block(".nl Netherlands (EU)", headed(1, "Anna", "anna@sidn.nl", "+31 6 1234 5678"))
    outro = (
        "\nRegards, and a warm welcome\nThe TLD-OPS Standing Committee\n.tv Tuvalu joined too!\n"
    )
    parsed = parse_text(intro + ad + "\n" + nl + outro + "\n" + FOOTER)
    assert [(m.tld.ace, m.country, m.region) for m in parsed.members] == [
        ("ad", "Andorra", Region.EU),
        ("nl", "Netherlands", Region.EU),
    ]
    assert parsed.unplaced == ()
    assert "member-repeated" not in {n.code for n in parsed.notes}


def test_a_contact_before_the_first_header_line_read_is_reported() -> None:
    """The first member's header line could not be read: its contact is not the intro's
    text (it was dropped without a word); an intro's own address is."""
    intro = "Dear members,\nEmail: tld-ops-secretariat@icann.org\n\n"
    unread = "Andorra / ad / Europe\n" + headed(1, "Emil", "e@nic.ad", "+376 312 558")
    ae = block(".ae United Arab Emirates (AP)", headed(1, *AE_CONTACT))
    parsed = parse_text(f"{intro}{unread}\n{ae}\n{FOOTER}")
    assert table(parsed) == {"ae": [AE_CONTACT]}
    assert [(u.line, u.reason) for u in parsed.unplaced] == [
        (5, "outside-contact"),
        (6, "outside-contact"),
        (7, "outside-contact"),
        (8, "outside-contact"),
    ]
    assert parse_text(f"{intro}{ae}\n{FOOTER}").unplaced == ()


def test_a_cctld_named_in_the_intro_or_outro_with_contact_data_is_reported() -> None:
    intro = "New numbers:\n.nl Netherlands (EU) +31 6 1234 5679\n\n"
    ad = block(".ad Andorra (EU)", headed(1, "Emil", "e@nic.ad", "+376 312 558"))
    nl = block(".nl Netherlands (EU)", headed(1, "Anna", "anna@sidn.nl", "+31 6 1234 5678"))
    outro = (
        "\nWelcome to our newest member\n.fr France (EU) Élodie elodie@afnic.fr +33 6 12 34 56 78\n"
        ".zw Zimbabwe (AF) joined on 2026-10-01.\n"
    )
    parsed = parse_text(intro + ad + "\n" + nl + outro + "\n" + FOOTER)
    assert [m.tld.ace for m in parsed.members] == ["ad", "nl"]
    assert [u.text for u in parsed.unplaced] == [
        ".nl Netherlands (EU) +31 6 1234 5679",
        ".fr France (EU) Élodie elodie@afnic.fr +33 6 12 34 56 78",
    ]


def test_a_cctld_named_before_a_table_takes_the_rows_country_and_region() -> None:
    rows = "\n".join(" | ".join(row) for row in ROWS)
    parsed = parse_text(f"Changes:\n.ae has a new contact.\n\n{HEADER}\n{rows}\n\n{FOOTER}")
    assert table(parsed) == expected_rows()
    assert [(m.country, m.region) for m in parsed.members] == [
        ("Andorra", Region.EU),
        ("United Arab Emirates", Region.AP),
    ]


def test_a_members_block_without_contacts_stays_a_member() -> None:
    ad = block(".ad Andorra (EU)", headed(1, "Emil", "e@nic.ad", "+376 312 558"))
    for text in (
        block(".ae United Arab Emirates (AP)", "") + "\n" + ad,
        ad + "\n" + block(".ae United Arab Emirates (AP)", ""),
    ):
        parsed = parse_text(text + "\n" + FOOTER)
        assert sorted(m.tld.ace for m in parsed.members) == ["ad", "ae"]
        assert "no-contacts" in {n.code for n in parsed.notes}


def test_a_second_name_or_address_of_a_contact_stays_with_it_and_is_reported() -> None:
    hk = block(
        ".hk Hong Kong (AP)",
        "Contact Person #1 (primary):",
        "Name: Chan Tai Man",
        "Name (Chinese): 陳大文",
        "Email address: chan@hkirc.hk",
        "Mobile phone number: +852 9123 4567",
        "",
        headed(2, "Wong Siu Ming", "wong@hkirc.hk", "+852 9123 4568").rstrip("\n"),
        "Email address (24/7 NOC): noc@hkirc.hk",
        "",
    )
    parsed = parse_text(hk + FOOTER)
    assert table(parsed) == {
        "hk": [
            ("Chan Tai Man", "chan@hkirc.hk", "+852 9123 4567"),
            ("Wong Siu Ming", "wong@hkirc.hk", "+852 9123 4568"),
        ]
    }
    assert [c.position for c in parsed.members[0].contacts] == [1, 2]
    assert [(u.text, u.reason) for u in parsed.unplaced] == [
        ("Name (Chinese): 陳大文", "note-text"),
        ("Email address (24/7 NOC): noc@hkirc.hk", "note-text"),
    ]


def test_a_whole_contact_after_one_heading_is_the_next_contact() -> None:
    ad = block(
        ".ad Andorra (EU)",
        headed(1, "Emil", "e1@nic.ad", "+376 312 558") + "Name: Ana\nEmail: e2@nic.ad\n",
    )
    assert table(parse_text(ad + FOOTER)) == {
        "ad": [("Emil", "e1@nic.ad", "+376 312 558"), ("Ana", "e2@nic.ad", "")]
    }


@pytest.mark.parametrize("between", ["; ", " | ", ", ", " / ", "\t", "   ", " - ", " · "])
def test_fields_written_on_one_line_are_read_apart(between: str) -> None:
    fields = between.join(["Name: Emil", "Email: e@nic.ad", "Mobile: +376 312 558"])
    parsed = parse_text(block(".ad Andorra (EU)", "Contact Person #1:", fields, ""))
    assert table(parsed) == {"ad": [("Emil", "e@nic.ad", "+376 312 558")]}
    assert parsed.unplaced == ()


@pytest.mark.parametrize(
    "line",
    [
        "Mobile: +376 312 558; +376 312 559",
        "Name: Van der Berg, Emil",
        "Phone: +32 2 123 45 67, ext. 12",
        "Mobile: +376 312 558 (08:00 - 18:00)",
        "Mobile: +376 312 558 / +376 312 559",
    ],
)
def test_a_line_with_one_field_stays_one_line(line: str) -> None:
    parsed = parse_text(block(".ad Andorra (EU)", "Contact Person #1:", line, ""))
    (contact,) = parsed.members[0].contacts
    assert line.partition(": ")[2] in (contact.name, contact.email, contact.phone)


def test_an_outro_sentence_with_parentheses_before_a_colon_is_not_reported() -> None:
    ad = block(".ad Andorra (EU)", headed(1, "Emil", "e@nic.ad", "+376 312 558"))
    outro = "\nTo update the contacts (name, email, phone) of your ccTLD: see the procedure.\n"
    parsed = parse_text(ad + outro + "\n" + FOOTER)
    assert parsed.unplaced == ()


def test_the_footer_of_an_edition_whose_rows_all_fail_is_not_reported() -> None:
    rows = "\n".join(" | ".join((*row, "a cell too many")) for row in ROWS)
    parsed = parse_text(f"{HEADER}\n{rows}\n\n{FOOTER}")
    assert parsed.members == ()
    assert [u.reason for u in parsed.unplaced] == ["bad-row"] * len(ROWS)
    assert parsed.footer


def test_the_lists_header_before_the_members_is_passed_over() -> None:
    ad = block(".ad Andorra (EU)", headed(1, "Emil", "e@nic.ad", "+376 312 558"))
    parsed = parse_text(FOOTER + "\n" + ad + "\n" + FOOTER)
    assert table(parsed) == {"ad": [("Emil", "e@nic.ad", "+376 312 558")]}


def test_a_name_without_its_label_in_the_last_block_is_reported() -> None:
    """The last member's last lines are no outro while no blank line stands between."""
    ad = block(
        ".ad Andorra (EU)",
        headed(1, "Emil", "e1@nic.ad", "+376 312 558"),
        "Contact Person #2 (secondary):",
        "Farai Nyasha Mutasa Ndlovu",
        "Email address: f@nic.ad",
    )
    tail = "\nMobile phone number: +376 312 559\nnot during the night unless urgent\n"
    outro = "\nTo update the contacts of your ccTLD, see the Membership Update Procedure.\n\n"
    parsed = parse_text(ad + tail + outro + FOOTER)
    assert [u.text for u in parsed.unplaced] == [
        "Farai Nyasha Mutasa Ndlovu", "not during the night unless urgent"
    ]  # fmt: skip


@pytest.mark.parametrize(
    "line",
    [
        "Primary contact person Kofi Jansen +376 312 560 kofi@nic.ad",
        "Contact 24/7 via the NOC hotline +376 800 800",
        "Second contact for abuse reports is noc@nic.ad",
    ],
)
def test_a_heading_with_an_address_or_number_in_it_is_reported(line: str) -> None:
    """Such a line carries data a heading would swallow: it is reported, not read as one."""
    ad = block(".ad Andorra (EU)", headed(1, "Emil", "e1@nic.ad", "+376 312 558") + line, "")
    parsed = parse_text(ad + FOOTER)
    assert line in [u.text for u in parsed.unplaced]
    assert table(parsed)["ad"] == [("Emil", "e1@nic.ad", "+376 312 558")]


PEOPLE = (
    "Emil Berg <emil@nic.de>, +49 151 1234 5678\n"
    "Anna Weber, anna@nic.de, +49 160 9876 5432\n"
    "Jonas Klein - jonas@nic.de - +49 170 1111 2222\n"
)
PEOPLE_READ = [
    ("Emil Berg", "emil@nic.de", "+49 151 1234 5678"),
    ("Anna Weber", "anna@nic.de", "+49 160 9876 5432"),
    ("Jonas Klein", "jonas@nic.de", "+49 170 1111 2222"),
]


def test_contacts_written_on_one_line_without_labels_are_contacts() -> None:
    """A name, an address and a number, as people type them under the member's header line:
    each line one contact, in order (they were reported as unplaced lines)."""
    for text in (
        ".de Germany (EU)\n" + PEOPLE,
        block(".de Germany (EU)", PEOPLE.replace("\n", "\n\n")),
        block(".de Germany (EU)", *(f"Contact Person #{n}:\n{line}\n" for n, line in
                                    enumerate(PEOPLE.splitlines(), start=1))),
    ):  # fmt: skip
        parsed = parse_text(text + "\n" + FOOTER)
        assert table(parsed) == {"de": PEOPLE_READ}
        assert [c.position for c in parsed.members[0].contacts] == [1, 2, 3]
        assert parsed.members[0].contacts[0].phone_e164 == "+4915112345678"
        assert parsed.unplaced == ()
    # A number on a line of its own under the line: the contact's.
    parsed = parse_text(".de Germany (EU)\nEmil Berg <emil@nic.de>\nMobile: +49 151 1234 5678\n")
    assert table(parsed) == {"de": PEOPLE_READ[:1]}


@pytest.mark.parametrize(
    "line",
    [
        "Emil Berg, emil@nic.de, anna@nic.de",
        "Emil Berg <emil@nic.de>, +49 151 1111 2222, +49 30 1234567",
        "Emil Berg emil@nic.de for urgent matters",
        "Emil Berg <emil@nic.de>, 2026-11-01",
        "Contact the NOC <noc@nic.de>",
        "Questions? write to noc@nic.de",
        "emil@nic.de",
    ],
)
def test_a_line_with_an_address_that_could_be_read_more_than_one_way_stays_reported(
    line: str,
) -> None:
    parsed = parse_text(".de Germany (EU)\n" + PEOPLE + line + "\n\n" + FOOTER)
    assert table(parsed) == {"de": PEOPLE_READ}
    assert [u.text for u in parsed.unplaced] == [line]


def test_a_name_and_address_in_an_outro_or_the_intro_are_no_contact() -> None:
    intro = "Dear members,\nEmil Berg <emil@nic.de>, +49 151 1234 5678\n\n"
    outro = (
        "\nQuestions? write to noc@nic.de\n\n"
        "For changes, see the Membership Update Procedure.\n\n"
        "ICANN Secretariat <ccnso-secretariat@icann.org>, +1 310 301 5800\n\n"
    )
    parsed = parse_text(intro + ".de Germany (EU)\n" + PEOPLE + outro + FOOTER)
    assert table(parsed) == {"de": PEOPLE_READ}
    reported = [u.text for u in parsed.unplaced]
    assert "Questions? write to noc@nic.de" in reported
    assert "ICANN Secretariat <ccnso-secretariat@icann.org>, +1 310 301 5800" in reported
    # Under a header line that could not be read: reported, not the member before's.
    unread = block(".ad Andorra (EU)", headed(1, "Emil", "e@nic.ad", "+376 312 558"))
    parsed = parse_text(unread + "\n" + block("XX Nowhere", PEOPLE) + "\n" + FOOTER)
    assert table(parsed) == {"ad": [("Emil", "e@nic.ad", "+376 312 558")]}
    assert {(u.text, u.reason) for u in parsed.unplaced} >= {
        (line, "outside-contact") for line in PEOPLE.splitlines()
    }


def test_a_header_given_as_fields_a_line_each_is_read() -> None:
    """ "ccTLD: .ad", "Country: Andorra", "Region: EU": the members were not found at all, and
    nothing was reported (their lines read as an intro's)."""
    contacts = headed(1, "Emil", "e1@nic.ad", "+376 312 558")
    text = f"ccTLD: .ad\nCountry: Andorra\nRegion: EU\n\n{contacts}\n"
    text += f"ccTLD: .ae\nCountry: United Arab Emirates\nRegion: Asia Pacific\n\n{contacts}\n"
    text += ".de Germany\nRegion: Europe\n\n" + contacts.replace("@nic.ad", "@nic.de")
    parsed = parse_text(text + "\n" + FOOTER)
    assert [(m.tld.ace, m.country, m.region, len(m.contacts)) for m in parsed.members] == [
        ("ad", "Andorra", Region.EU, 1),
        ("ae", "United Arab Emirates", Region.AP, 1),
        ("de", "Germany", Region.EU, 1),
    ]
    assert parsed.unplaced == ()
    assert [n.code for n in parsed.notes] == []


@pytest.mark.parametrize(
    "header",
    [
        "#1 .ad Andorra (EU)",
        "1. .ad Andorra (EU)",
        "- .ad Andorra (EU)",
        "=== .ad Andorra (EU) ===",
        ">> .ad Andorra (EU)",
        "ccTLD: .ad Andorra (EU)",
    ],
)
def test_a_header_line_set_off_as_a_list_item_or_a_banner_is_read(header: str) -> None:
    """ "#1 .ad ..." was read as a contact's heading: the contacts under it went to the member
    before, .ae, without a word; the others were reported and lost."""
    ae = ".ae United Arab Emirates (AP)\n" + headed(1, *AE_CONTACT)
    ad = f"{header}\n" + headed(1, "Emil", "e@nic.ad", "+376 312 558")
    parsed = parse_text(f"{ae}\n{ad}\n{FOOTER}")
    assert table(parsed) == {"ae": [AE_CONTACT], "ad": [("Emil", "e@nic.ad", "+376 312 558")]}
    assert [(m.country, m.region) for m in parsed.members][1] == ("Andorra", Region.EU)
    assert parsed.unplaced == ()


def test_a_header_line_without_its_labels_dot_between_rules_is_read() -> None:
    """Where a block's header stands, "DE - Germany - EU" names a known ccTLD and a region:
    its member, not contacts reported without one."""
    text = block("AD - Andorra - EU", headed(1, "Emil", "e1@nic.ad", "+376 312 558"))
    text += "\n" + block("DE Germany (EU)", headed(1, "Lena", "l@nic.de", "+49 151 23456740"))
    parsed = parse_text(text + "\n" + FOOTER)
    assert table(parsed) == {
        "ad": [("Emil", "e1@nic.ad", "+376 312 558")],
        "de": [("Lena", "l@nic.de", "+49 151 23456740")],
    }
    assert [(m.country, m.region) for m in parsed.members] == [
        ("Andorra", Region.EU), ("Germany", Region.EU),
    ]  # fmt: skip
    assert parsed.unplaced == ()
    # Without a region, or not a ccTLD: reported as before.
    for line in ("DE Germany", "IN CASE OF EMERGENCY (EU)"):
        unread = parse_text(block(line, headed(1, "Lena", "l@nic.de", "+49 151 23456740")))
        assert unread.members == () and line in [u.text for u in unread.unplaced]


@pytest.mark.parametrize(
    ("line", "ace", "country", "region"),
    [
        ("SX - Sint Maarten - LAC", "sx", "Sint Maarten", Region.LAC),  # the table: EU
        ("CW Curacao (LAC)", "cw", "Curacao", Region.LAC),
        ("BQ - Bonaire, Sint Eustatius and Saba - LAC", "bq", "Bonaire, Sint Eustatius and Saba",
         Region.LAC),
        ("MF - Saint Martin (French part) - LAC", "mf", "Saint Martin (French part)", Region.LAC),
        ("EH - Western Sahara - AF", "eh", "Western Sahara", Region.AF),
    ],
)  # fmt: skip
def test_an_undotted_header_line_that_names_its_codes_country_is_read(
    line: str, ace: str, country: str, region: Region
) -> None:
    """Its country is the code's ISO country: read, though the ccTLD table does not confirm
    the code in that region, or lacks it (.bq, .mf, .eh are delegated to no one)."""
    parsed = parse_text(block(line, headed(1, "Emil", "e@nic.example", "+599 721 1234")))
    assert [(m.tld.ace, m.country, m.region) for m in parsed.members] == [(ace, country, region)]
    assert parsed.unplaced == ()


@pytest.mark.parametrize(
    "line",
    ["FR - Germany - EU", "BQ - Curacao - LAC", "OK - thanks - bye", "SX - Sint Maarten"],
)
def test_an_undotted_header_line_whose_country_is_not_its_codes_stays_reported(
    line: str,
) -> None:
    parsed = parse_text(block(line, headed(1, "Emil", "e@nic.example", "+599 721 1234")))
    assert parsed.members == ()
    assert (line, "bad-cctld") in [(u.text, u.reason) for u in parsed.unplaced]


@pytest.mark.parametrize(
    "unread",
    ["<.de> Germany (EU)", "Germany / de (EU)", "{.de} Germany (EU)", "DE Germany (EU)"],
)
def test_contacts_under_a_header_line_not_read_are_not_the_member_befores(unread: str) -> None:
    """Blocks set apart by blank lines only: the contacts after a header line that could not
    be read are reported, not added to the member before (its positions begin again)."""
    text = (
        ".ad Andorra (EU)\n\n"
        + headed(1, "Emil", "e1@nic.ad", "+376 312 558")
        + "\n"
        + f"{unread}\n\n"
        + headed(1, "Lena", "l@nic.de", "+49 151 23456740")
        + "\n"
        + ".fr France (EU)\n\n"
        + headed(1, "Anne", "a@afnic.fr", "+33 6 12 34 56 78")
        + "\n"
    )
    parsed = parse_text(text + FOOTER)
    assert table(parsed)["ad"] == [("Emil", "e1@nic.ad", "+376 312 558")]
    assert table(parsed)["fr"] == [("Anne", "a@afnic.fr", "+33 6 12 34 56 78")]
    reported = [u.text for u in parsed.unplaced]
    assert unread in reported and "Name: Lena" in reported and "Email address: l@nic.de" in reported
    # Two in a row: the second is said too, though no member is open when it comes.
    second = unread.replace(".de", ".dk").replace("Germany", "Denmark").replace("DE ", "DK ")
    twice = text.replace(
        ".fr France (EU)",
        second
        + "\n\n"
        + headed(1, "Ole", "o@dk-hostmaster.dk", "+45 20 12 34 56")
        + "\n.fr France (EU)",
    )
    reported = [u.text for u in parse_text(twice + FOOTER).unplaced]
    assert unread in reported and second in reported and "Name: Ole" in reported


@pytest.mark.parametrize("between", ["\n", "\nBackup contact:\n", ""])
def test_a_contact_without_a_name_does_not_take_the_next_ones(between: str) -> None:
    """Fields that come with a name, repeating what the contact before already has, are the
    next person's: the contact lacking a name keeps its own fields, not theirs."""
    cz = block(
        ".cz Czech Republic (EU)",
        "Email address: petr.a@nic.cz",
        "Mobile phone number: +420 602 123 456",
        between + "Name: Petr B",
        "Email address: petr.b@nic.cz",
        "Mobile phone number: +420 602 123 457",
        "",
    )
    assert table(parse_text(cz + FOOTER))["cz"] == [
        ("", "petr.a@nic.cz", "+420 602 123 456"),
        ("Petr B", "petr.b@nic.cz", "+420 602 123 457"),
    ]


def test_a_name_after_a_contacts_fields_is_still_its_own_when_nothing_repeats() -> None:
    ad = block(
        ".ad Andorra (EU)",
        "Email: e@nic.ad",
        "Name: Emil",
        "Mobile: +376 312 558",
        "",
        "Email address: a@nic.ad",
        "",
        "Name: Ana",
        "",
        "Mobile: +376 312 559",
        "",
    )
    assert table(parse_text(ad + FOOTER))["ad"] == [
        ("Emil", "e@nic.ad", "+376 312 558"),
        ("Ana", "a@nic.ad", "+376 312 559"),
    ]


@pytest.mark.parametrize("number", ["{}", "#{}", "({})"])
def test_labels_numbered_by_contact_go_to_that_contact(number: str) -> None:
    """Form-style fields, "Name 1", "Name 2", "Email 1", ...: the label's number says whose."""
    labels = [("Name", "Emil A", "Emil B"), ("Email", "a@nic.ad", "b@nic.ad"),
              ("Phone", "+376 312 558", "+376 312 559")]  # fmt: skip
    lines = [f"{label} {number.format(n)}: {values[n - 1]}" for label, *values in labels
             for n in (1, 2)]  # fmt: skip
    parsed = parse_text(block(".ad Andorra (EU)", *lines, "") + FOOTER)
    assert table(parsed)["ad"] == [
        ("Emil A", "a@nic.ad", "+376 312 558"),
        ("Emil B", "b@nic.ad", "+376 312 559"),
    ]
    assert [c.position for c in parsed.members[0].contacts] == [1, 2]
    assert parsed.unplaced == ()


def test_a_numbered_second_number_of_one_contact_stays_a_second_number() -> None:
    """Without numbered names, "Phone 2" is the contact's second number, not a contact."""
    ad = block(
        ".ad Andorra (EU)",
        "Name: Emil", "Email: e@nic.ad", "Phone 1: +376 312 558", "Phone 2: +376 312 559", "",
    )  # fmt: skip
    assert table(parse_text(ad + FOOTER))["ad"] == [
        ("Emil", "e@nic.ad", "+376 312 558 / +376 312 559")
    ]


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Contact Person #1 (primary) - Emil Van der Berg", "Emil Van der Berg"),
        ("Contact Person #1 (Łukasz Mensah, secondary)", "Łukasz Mensah"),
        ("Primary contact: Farai Ndlovu", "Farai Ndlovu"),
        ("Contact Person #1 (Security Officer)", ""),
        ("Contact Person #1 - on call", ""),
        ("Contact Person #1 (24x7 NOC)", ""),
        ("Contact Person #1 (primary):", ""),
    ],
)
def test_a_heading_that_names_its_person_gives_the_name(heading: str, name: str) -> None:
    ad = block(".ad Andorra (EU)", heading, "Email: e@nic.ad", "Mobile: +376 312 558", "")
    contacts = parse_text(ad + FOOTER).members[0].contacts
    if name:
        assert [(c.name, c.email) for c in contacts] == [(name, "e@nic.ad")]
    else:
        assert contacts[-1].name == "" and contacts[-1].email == "e@nic.ad"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Primary:", "Backup:"),
        ("Primary security contact", "Secondary security contact"),
        ("Technical contact:", "Emergency contact:"),
        ("[Contact 1]", "[Contact 2]"),
        ("#1", "#2"),
        ("* Contact 1", "* Contact 2"),
    ],
)
def test_headings_by_role_or_marked_are_headings(first: str, second: str) -> None:
    """Each was reported as an unplaced line, for every contact of every member."""
    contacts = f"{first}\nName: Emil\nEmail: e@nic.ad\nMobile: +376 312 558\n\n"
    contacts += f"{second}\nName: Anna\nEmail: a@nic.ad\nMobile: +376 312 559\n"
    parsed = parse_text(block(".ad Andorra (EU)", contacts) + "\n" + FOOTER)
    assert [(c.position, c.name, c.email) for c in parsed.members[0].contacts] == [
        (1, "Emil", "e@nic.ad"), (2, "Anna", "a@nic.ad"),
    ]  # fmt: skip
    assert parsed.unplaced == ()


@pytest.mark.parametrize(
    "heading", ["Primary: {name}", "Backup contact: {name}", "Contact {n}: {name}", "{n}. {name}"]
)
def test_a_heading_by_role_or_number_with_the_persons_name(heading: str) -> None:
    contacts = "\n\n".join(
        heading.format(n=n, name=name) + f"\nEmail: {email}\nMobile: +376 312 55{n}"
        for n, name, email in ((1, "Emil Berg", "e@nic.ad"), (2, "김민준", "k@nic.ad"))
    )
    parsed = parse_text(block(".ad Andorra (EU)", contacts) + "\n\n" + FOOTER)
    assert table(parsed) == {
        "ad": [("Emil Berg", "e@nic.ad", "+376 312 551"), ("김민준", "k@nic.ad", "+376 312 552")]
    }
    assert parsed.unplaced == ()


@pytest.mark.parametrize("line", ["Backup:", "Emergency contact", "1. Welcome New Members"])
def test_a_role_or_list_item_without_fields_under_it_is_no_contact(line: str) -> None:
    ad = block(".ad Andorra (EU)", headed(1, "Emil", "e@nic.ad", "+376 312 558"))
    parsed = parse_text(ad + f"\n{line}\n\nWrite to the Secretariat for changes.\n")
    assert table(parsed) == {"ad": [("Emil", "e@nic.ad", "+376 312 558")]}
    assert line in [u.text for u in parsed.unplaced]


@pytest.mark.parametrize(
    "outro",
    [
        "To update your data, write to the Secretariat.\n\nContact:\n",
        "Questions?\n\nTechnical contact: ccNSO Secretariat\n",
        "Secretariat\nContact: ccNSO Secretariat\n",
    ],
)
def test_a_role_heading_after_an_outros_text_heads_no_contact(outro: str) -> None:
    """The Secretariat's address under it is no contact of the last member."""
    address = "Email: ccnso-secretariat@icann.org\nPhone: +1 310 301 5800\n"
    for contacts in (headed(1, "Emil", "e@nic.ad", "+376 312 558"),
                     "Name: Emil\nEmail: e@nic.ad\nMobile: +376 312 558\n"):  # fmt: skip
        parsed = parse_text(block(".ad Andorra (EU)", contacts) + "\n" + outro + address)
        assert table(parsed) == {"ad": [("Emil", "e@nic.ad", "+376 312 558")]}
        reported = [u.text for u in parsed.unplaced]
        assert "Phone: +1 310 301 5800" in reported and outro.splitlines()[-1] in reported


def test_a_role_heading_after_a_members_own_note_is_its_next_contact() -> None:
    contacts = (
        "Technical contact:\nName: Emil\nEmail: e@nic.ad\nMobile: +376 312 558\n\n"
        "Note: call the NOC first.\n\n"
        "Security contact:\nName: Anna\nEmail: a@nic.ad\nMobile: +376 312 559\n"
    )
    parsed = parse_text(block(".ad Andorra (EU)", contacts))
    assert table(parsed) == {
        "ad": [("Emil", "e@nic.ad", "+376 312 558"), ("Anna", "a@nic.ad", "+376 312 559")]
    }
    assert [u.text for u in parsed.unplaced] == ["Note: call the NOC first."]
    # A note before the member's first contact, a paragraph of its own: the member's too.
    text = ".ad Andorra (EU)\n\nLanguages: Catalan, English\n\n" + contacts.replace(
        "Note: call the NOC first.\n\n", ""
    )
    assert table(parse_text(text)) == table(parsed)


def test_a_name_field_under_a_heading_that_names_the_person_is_the_name_kept() -> None:
    ad = block(
        ".ad Andorra (EU)",
        "Contact Person #1 (primary) - Emil Vanderberg",
        "Name: Emil Van der Berg",
        "Email: e@nic.ad",
        "",
    )
    parsed = parse_text(ad + FOOTER)
    assert table(parsed)["ad"] == [("Emil Van der Berg", "e@nic.ad", "")]
    assert parsed.unplaced == ()


def test_a_date_or_time_in_an_outro_sentence_is_no_number() -> None:
    ad = block(".ad Andorra (EU)", headed(1, "Emil", "e1@nic.ad", "+376 312 558"))
    outro = "This edition was generated on 2026-11-01 06:00:00 UTC, next one at 06:00.\n"
    parsed = parse_text(ad + "\n" + outro + FOOTER)
    assert parsed.unplaced == ()
    note = "Emil is on leave until 2026-12-01, call 0800 123 456 instead\n"
    reported = parse_text(ad + note + "\n" + FOOTER).unplaced
    assert [u.text for u in reported] == [note.strip()]


@pytest.mark.parametrize("header", ["# | Name | Email | Phone", "| Name | E-mail | Mobile |"])
def test_a_table_of_a_members_own_contacts_under_its_header_line(header: str) -> None:
    numbered = header.startswith("#")
    rows = [("Emil A", "a@nic.ad", "+376 312 558"), ("Emil B", "b@nic.ad", "+376 312 559")]
    lines = [
        (f"{n} | " if numbered else "| ") + " | ".join(row) + ("" if numbered else " |")
        for n, row in enumerate(rows, start=1)
    ]
    text = block(".ad Andorra (EU)", header, *lines, "") + block(
        ".at Austria (EU)", headed(1, "Anna", "anna@nic.at", "+43 664 1234567")
    )
    parsed = parse_text(text + FOOTER)
    assert table(parsed) == {"ad": rows, "at": [("Anna", "anna@nic.at", "+43 664 1234567")]}
    assert parsed.unplaced == ()


def test_a_region_in_the_country_cell_of_a_table_without_a_region_column() -> None:
    rows = (
        "ccTLD | Country | # | Name | Email | Phone\n"
        ".ad | Andorra (EU) | 1 | Emil | e@nic.ad | +376 312 558\n"
        ".ad | Andorra (EU) | 2 | Anna | a@nic.ad | +376 312 559\n"
        ".fm | Micronesia (Federated States of) | 1 | Jo | jo@dot.fm | +691 320 1234\n"
    )
    parsed = parse_text(rows + "\n" + FOOTER)
    assert [(m.tld.ace, m.country, m.region) for m in parsed.members] == [
        ("ad", "Andorra", Region.EU),
        ("fm", "Micronesia (Federated States of)", None),
    ]
    assert [len(m.contacts) for m in parsed.members] == [2, 1]
    assert [(n.code, n.detail) for n in parsed.notes] == [("region-missing", "fm")]


def test_empty_cells_beyond_the_headers_are_no_data() -> None:
    rows = [" | ".join(row) + " |  |" for row in ROWS]
    parsed = parse_text("\n".join([HEADER, *rows]) + "\n\n" + FOOTER)
    assert table(parsed) == expected_rows()
    assert parsed.unplaced == ()


def test_a_region_cell_with_the_regions_name_and_code() -> None:
    rows = [
        ".ad | Andorra | Europe (EU) | 1 | Emil | e@nic.ad | +376 312 558",
        ".tt | Trinidad and Tobago | Latin America & Caribbean (LAC) | 1 | Tom | t@nic.tt | "
        "+1 868 555 0100",
        ".fj | Fiji | Asia Pacific (EU) | 1 | Jo | jo@nic.fj | +679 999 1234",
    ]
    parsed = parse_text("\n".join([HEADER, *rows]) + "\n\n" + FOOTER)
    assert [(m.tld.ace, m.region) for m in parsed.members] == [
        ("ad", Region.EU),
        ("tt", Region.LAC),
        ("fj", None),  # the name and the code disagree: neither is taken
    ]


def test_a_table_of_all_members_after_a_members_own_table_is_read() -> None:
    own = block(
        ".ad Andorra (EU)", "# | Name | Email | Phone", "1 | Emil A | a@nic.ad | +376 312 558"
    )
    rows = "\n".join(" | ".join(row) for row in ROWS[2:])
    parsed = parse_text(f"{own}\n\n{HEADER}\n{rows}\n\n{FOOTER}")
    assert table(parsed) == {
        "ad": [("Emil A", "a@nic.ad", "+376 312 558")],
        "ae": [("Amara Nakamura", "csirt1@nic.ae", "+971 50 123 4176")],
    }
    assert parsed.unplaced == ()


def test_a_member_tables_column_not_kept_and_a_row_that_does_not_fit_are_reported() -> None:
    text = block(
        ".ad Andorra (EU)",
        "Name | Email | Phone | Organisation",
        "Emil A | a@nic.ad | +376 312 558 | Andorra Telecom",
        "Emil B | b@nic.ad",
        "",
    )
    parsed = parse_text(text + FOOTER)
    assert table(parsed) == {"ad": [("Emil A", "a@nic.ad", "+376 312 558")]}
    assert [(n.code, n.detail) for n in parsed.notes] == [("column-not-read", "Organisation")]
    assert [(u.text, u.reason) for u in parsed.unplaced] == [("Emil B | b@nic.ad", "bad-row")]


def _aligned(rows: Sequence[tuple[str, ...]]) -> str:
    """A table lined up with spaces as lynx writes it: columns as wide as a terminal shows
    their longest cell (a Chinese character takes two columns), two spaces apart."""

    def width(text: str) -> int:
        return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)

    widths = [max(width(row[k]) for row in rows) for k in range(len(rows[0]))]
    return "\n".join(
        "   "
        + "  ".join(cell + " " * (w - width(cell)) for cell, w in zip(row, widths, strict=True))
        for row in rows
    )


def test_a_table_lined_up_with_spaces_as_text_browsers_write_it() -> None:
    rows = [
        ("ccTLD", "Country", "Region", "#", "Name", "Email", "Phone"),
        (".ad", "Andorra", "EU", "1", "Emil Van der Berg", "abuse1@nic.ad", "+376 312 558"),
        (".中国 (xn--fiqs8s)", "China", "AP", "1", "王小明", "wang@cnnic.cn", "+86 138 0013 8000"),
        (".tt", "Trinidad and Tobago", "", "1", "Tom T", "tom@nic.tt", "+1 868 555 1234"),
    ]
    parsed = parse_text("Dear members,\n\n" + _aligned(rows) + "\n\n" + FOOTER)
    assert table(parsed) == {
        "ad": [("Emil Van der Berg", "abuse1@nic.ad", "+376 312 558")],
        "xn--fiqs8s": [("王小明", "wang@cnnic.cn", "+86 138 0013 8000")],
        "tt": [("Tom T", "tom@nic.tt", "+1 868 555 1234")],
    }
    assert [m.country for m in parsed.members] == ["Andorra", "China", "Trinidad and Tobago"]
    assert parsed.unplaced == ()


def test_rows_lined_up_otherwise_are_read_by_their_cells_or_reported() -> None:
    rows = [
        ("ccTLD", "Country", "Region", "#", "Name", "Email"),
        (".ad", "Andorra", "EU", "1", "Emil", "abuse1@nic.ad"),
    ]
    shifted = "   .at  Austria  EU  1  Anna Huber  anna@nic.at"  # lined up by another program
    short = "   .be  Belgium  EU  1  b@dns.be"
    parsed = parse_text(_aligned(rows) + f"\n{shifted}\n{short}\n\n" + FOOTER)
    assert table(parsed) == {
        "ad": [("Emil", "abuse1@nic.ad", "")],
        "at": [("Anna Huber", "anna@nic.at", "")],
    }
    assert [(u.text, u.reason) for u in parsed.unplaced] == [
        (".be | Belgium | EU | 1 | b@dns.be", "bad-row")
    ]


def test_a_sentence_after_a_blank_line_is_no_rest_of_the_last_row() -> None:
    """A row that lacks cells is reported alone; the outro after a blank line stays apart
    (a mail program's wrap leaves no blank line between a row and its rest)."""
    rows = "\n".join([HEADER, " | ".join(ROWS[0]), ".be | Belgium | EU | 1 | b@dns.be"])
    parsed = parse_text(rows + "\n\nEnd of the list of members.\n\n" + FOOTER)
    assert [(u.text, u.reason) for u in parsed.unplaced] == [
        (".be | Belgium | EU | 1 | b@dns.be", "bad-row")
    ]


@pytest.mark.parametrize("words", ["No contacts registered", "(none)", "n/a", "-"])
def test_a_row_that_says_its_member_has_no_contacts_is_no_contact(words: str) -> None:
    rows = f"{HEADER}\n" + " | ".join(ROWS[0]) + f"\n.bq | Bonaire | LAC | - | {words} | |\n"
    parsed = parse_text(rows + "\n" + FOOTER)
    assert [(m.tld.ace, len(m.contacts)) for m in parsed.members] == [("ad", 1), ("bq", 0)]
    assert [u.reason for u in parsed.unplaced] == ["note-text"]
    assert "no-contacts" in [n.code for n in parsed.notes]


@pytest.mark.parametrize(
    "words",
    ["No contacts registered.", "No contacts registered", "No contact registered yet.", "(none)",
     "None.", "n/a", "-", "—"],
)  # fmt: skip
@pytest.mark.parametrize("last", [False, True])
def test_a_block_that_says_its_member_has_no_contacts_is_read_so(words: str, last: bool) -> None:
    """The block layout's words for a member without contacts, as rows write them: the member
    kept without one and noted, the words no stray text."""
    empty = block(".bq Bonaire (LAC)", words)
    full = block(".be Belgium (EU)", headed(1, "Ann Peeters", "ann@dns.be", "+32 475 12 34 56"))
    blocks = [full, empty] if last else [empty, full]
    parsed = parse_text("Intro.\n\n" + "\n".join(blocks) + "\n" + FOOTER)
    assert sorted((m.tld.ace, len(m.contacts)) for m in parsed.members) == [("be", 1), ("bq", 0)]
    assert parsed.unplaced == ()
    assert [n.detail for n in parsed.notes if n.code == "no-contacts"] == ["bq"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Primary", "Secondary"),
        ("#1", "#2"),
        ("1st", "2nd"),
        ("1.", "2."),
        ("(1)", "(2)"),
        ("1 (primary)", "2 (secondary)"),
    ],
)
def test_a_position_cell_written_in_words_or_marks_gives_the_position(
    first: str, second: str
) -> None:
    """The secondary contact's row first: it was taken for the primary, by order."""
    rows = (
        f"{HEADER}\n.ad | Andorra | EU | {second} | Anna | a@nic.ad | +376 312 559\n"
        f".ad | Andorra | EU | {first} | Emil | e@nic.ad | +376 312 558\n"
    )
    (member,) = parse_text(rows + "\n" + FOOTER).members
    assert [(c.position, c.name) for c in member.contacts] == [(1, "Emil"), (2, "Anna")]


@pytest.mark.parametrize("position", [True, False])
def test_a_column_that_numbers_the_tables_rows_gives_no_position(position: bool) -> None:
    """ "No. | ccTLD | ...": its numbers run on across members; the third row's contact was
    .ae's third, not its first."""
    header = "No. | " + (HEADER if position else HEADER.replace(" # |", ""))
    rows = [
        f"{number} | "
        + " | ".join(cell for index, cell in enumerate(row) if position or index != 3)
        for number, row in enumerate(ROWS, start=1)
    ]
    parsed = parse_text("\n".join([header, *rows]) + "\n\n" + FOOTER)
    assert table(parsed) == expected_rows()
    assert [[c.position for c in m.contacts] for m in parsed.members] == [[1, 2], [1]]


def test_two_rows_that_give_one_position_are_both_kept_and_noted() -> None:
    second = (".ad", "Andorra", "EU", "1", "Ana Puig", "ana@nic.ad", "+376 312 559")
    rows = "\n".join([HEADER, " | ".join(ROWS[0]), " | ".join(second)])
    parsed = parse_text(rows + "\n\n" + FOOTER)
    assert [c.name for c in parsed.members[0].contacts] == ["Emil Van der Berg", "Ana Puig"]
    assert [(n.code, n.detail) for n in parsed.notes] == [("position-repeated", "1")]


@pytest.mark.parametrize(
    "line",
    [
        "TLD-OPS Secretariat <tld-ops-secretariat@icann.org>",
        "ICANN Support <support@icann.org>, +1 310 301 5800",
        "Mailing List Owner <tld-ops-owner@lists.dns-oarc.net>",
    ],
)
def test_a_list_or_office_on_one_line_after_the_last_contact_is_no_contact(line: str) -> None:
    """A signature's line right after the last member's contacts: a list's, an office's name
    is no person's, and it is reported, not made the member's next contact."""
    one = headed(1, "Emil", "e1@nic.ad", "+376 312 558")
    parsed = parse_text(block(".ad Andorra (EU)", one) + "\n" + line + "\n\n" + FOOTER)
    assert table(parsed) == {"ad": [("Emil", "e1@nic.ad", "+376 312 558")]}
    assert line in [u.text for u in parsed.unplaced]


def test_a_one_line_contact_never_opens_a_fourth_contact() -> None:
    """A member has up to three contacts: a person's name and address after its third is a
    signature's or an outro's ("Peter Lang <peter@example.org>"), reported."""
    line = "Peter Lang <peter@example.org>"
    parsed = parse_text(".de Germany (EU)\n" + PEOPLE + "\n" + line + "\n\n" + FOOTER)
    assert table(parsed) == {"de": PEOPLE_READ}
    assert [u.text for u in parsed.unplaced] == [line]
    assert "too-many-contacts" not in [n.code for n in parsed.notes]


def test_a_table_of_values_separated_by_semicolons_or_commas_is_read() -> None:
    """A spreadsheet's export (CSV) pasted into the template: its rows were members named in
    the text ("Andorra;EU;Emil ..." their country), without contacts."""
    semicolons = "ccTLD;Country;Region;Name;Email;Phone\n" + "\n".join(
        f"{tld};{country};{region};{name};{email};{phone}"
        for tld, country, region, _position, name, email, phone in ROWS
    )
    commas = (
        "ccTLD,Country,Region,#,Name,Email,Phone\n"
        '.kr,"Korea, Republic of",AP,1,"Kim, Min",kim@kisa.or.kr,+82 10 1234 5678\n'
    )
    result = examine(
        edition_message(f"Dear members,\n\n{semicolons}\n\n{commas}\n{FOOTER}"), "m.eml"
    )
    (edition,) = result.editions
    parsed = edition.body
    assert table(parsed) == {
        **expected_rows(),
        "kr": [("Kim, Min", "kim@kisa.or.kr", "+82 10 1234 5678")],
    }
    assert [(m.tld.ace, m.country, m.region) for m in parsed.members] == [
        ("ad", "Andorra", Region.EU),
        ("ae", "United Arab Emirates", Region.AP),
        ("kr", "Korea, Republic of", Region.AP),
    ]
    assert parsed.unplaced == ()


def test_a_sentence_with_commas_naming_the_columns_is_no_table() -> None:
    text = "The ccTLD, country, region, name, email and phone of each member follow.\n\n" + block(
        ".ad Andorra (EU)", headed(1, "Emil", "e@nic.ad", "+376 312 558")
    )
    assert table(parse_text(text + "\n" + FOOTER)) == {"ad": [("Emil", "e@nic.ad", "+376 312 558")]}


def test_a_table_drawn_with_box_characters_is_read() -> None:
    """As elinks and w3m dump a bordered HTML table: nothing of it was read, nor reported."""
    widths = [max(len(cells[i]) for cells in (HEADER.split(" | "), *ROWS)) for i in range(7)]

    def border(left: str, middle: str, right: str) -> str:
        return left + middle.join("─" * (width + 2) for width in widths) + right

    def row(cells: Sequence[str]) -> str:
        return "│ " + " │ ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " │"

    drawn = [border("┌", "┬", "┐"), row(HEADER.split(" | ")), border("├", "┼", "┤")]
    drawn += [row(cells) for cells in ROWS] + [border("└", "┴", "┘")]
    result = examine(
        edition_message("Dear members,\n\n" + "\n".join(drawn) + "\n\n" + FOOTER), "m.eml"
    )
    (edition,) = result.editions
    assert table(edition.body) == expected_rows()
    assert edition.body.unplaced == ()


def test_blocks_inside_a_box_are_read() -> None:
    ad = block(".ad Andorra (EU)", headed(1, "Emil", "e@nic.ad", "+376 312 558"))
    width = max(map(len, ad.split("\n")))
    boxed = "\n".join(
        ["╔" + "═" * (width + 2) + "╗"]
        + [f"║ {line.ljust(width)} ║" for line in ad.split("\n")]
        + ["╚" + "═" * (width + 2) + "╝"]
    )
    parsed = parse_text(boxed + "\n\n" + FOOTER)
    assert table(parsed) == {"ad": [("Emil", "e@nic.ad", "+376 312 558")]}
    assert parsed.unplaced == ()


@pytest.mark.parametrize("heading", ["Contact 1", "Contact Person #1 (primary)", "Primary contact"])
def test_a_heading_and_its_fields_on_one_line_are_a_contact(heading: str) -> None:
    """The line was one unknown field: the contact was lost, only reported."""
    second = (
        heading.replace("1", "2").replace("Primary", "Secondary").replace("primary", "secondary")
    )
    ad = block(
        ".ad Andorra (EU)",
        f"{heading}: Name: Emil Berg, Email: e@nic.ad, Mobile: +376 312 558\n"
        f"{second}: Name: Anna Vila; Email: a@nic.ad; Mobile: +376 312 559\n",
    )
    parsed = parse_text(ad + "\n" + FOOTER)
    assert table(parsed) == {
        "ad": [("Emil Berg", "e@nic.ad", "+376 312 558"), ("Anna Vila", "a@nic.ad", "+376 312 559")]
    }
    assert [c.position for c in parsed.members[0].contacts] == [1, 2]
    assert parsed.unplaced == ()


def test_contacts_on_one_line_each_as_a_numbered_list_are_read() -> None:
    """ "1. Emil Berg <e@nic.ad>, +376 ..." was text among the data: the contacts were lost."""
    ad = block(
        ".ad Andorra (EU)",
        "1. Emil Berg <e@nic.ad>, +376 312 558\n2) Anna Vila <a@nic.ad>, +376 312 559\n",
    )
    parsed = parse_text(ad + "\n" + FOOTER)
    assert table(parsed) == {
        "ad": [("Emil Berg", "e@nic.ad", "+376 312 558"), ("Anna Vila", "a@nic.ad", "+376 312 559")]
    }
    assert parsed.unplaced == ()


def test_a_header_line_of_a_member_read_before_that_holds_a_contact_is_reported() -> None:
    """ ".ad Andorra (EU) Anna Vila anna@nic.ad +376 ..." again after .ad's block: its
    contact was dropped, with only a note that the ccTLD came twice."""
    ad = block(".ad Andorra (EU)", headed(1, "Emil", "e@nic.ad", "+376 312 558"))
    again = ".ad Andorra (EU) Anna Vila anna@nic.ad +376 312 559"
    parsed = parse_text(f"{ad}\n{again}\n\n{FOOTER}")
    assert table(parsed) == {"ad": [("Emil", "e@nic.ad", "+376 312 558")]}
    assert [(u.text, u.reason) for u in parsed.unplaced] == [(again, "stray-text")]


GRID = """\
+-------+---------+--------+---+------------+---------------+--------------+
| ccTLD | Country | Region | # | Name       | Email         | Mobile phone |
|       |         |        |   |            |               | number       |
+=======+=========+========+===+============+===============+==============+
| .ad   | Andorra | EU     | 1 | Emil Van   | abuse1@nic.ad | +376 312 558 |
|       |         |        |   | der Berg   |               |              |
+-------+---------+--------+---+------------+---------------+--------------+
| .ad   | Andorra | EU     | 2 | Łukasz     | s2@nic.ad     | +376 312 049 |
|       |         |        |   | Mensah     |               |              |
+-------+---------+--------+---+------------+---------------+--------------+
| .ae   | United  | AP     | 1 | Amara      | csirt1@nic.ae | +971 50 123  |
|       | Arab    |        |   | Nakamura   |               | 4176         |
|       | Emirates|        |   |            |               |              |
+-------+---------+--------+---+------------+---------------+--------------+
"""


@pytest.mark.parametrize("drawn", ["grid", "box"])
def test_a_row_whose_cells_wrap_between_borders_is_one_row(drawn: str) -> None:
    """pandoc's grid tables, and elinks and w3m dumping a bordered table, wrap a cell's text
    onto more lines: each was read as a row of its own ("der Berg" a contact of .ad, "4176"
    the number of "Nakamura"), the names and numbers cut."""
    text = GRID
    if drawn == "box":
        borders = {"-": ("├", "─", "┼", "┤"), "=": ("╞", "═", "╪", "╡")}
        drawn_lines = []
        for line in text.splitlines():
            if line.startswith("+"):
                left, rule, cross, right = borders[line[1]]
                inner = line[1:-1].replace("+", cross).replace(line[1], rule)
                drawn_lines.append(left + inner + right)
            else:
                drawn_lines.append(line.replace("|", "│"))
        text = "\n".join(drawn_lines) + "\n"
    result = examine(edition_message(f"Dear members,\n\n{text}\n{FOOTER}"), "m.eml")
    (edition,) = result.editions
    assert table(edition.body) == {
        "ad": [
            ("Emil Van der Berg", "abuse1@nic.ad", "+376 312 558"),
            ("Łukasz Mensah", "s2@nic.ad", "+376 312 049"),
        ],
        "ae": [("Amara Nakamura", "csirt1@nic.ae", "+971 50 123 4176")],
    }
    assert edition.body.members[1].country == "United Arab Emirates"


def test_the_last_words_of_a_wrapped_outro_sentence_are_not_reported() -> None:
    """A mail program wrapping the outro at 72 characters left "Procedure." alone on a line:
    it was reported as text among the data, in every edition."""
    ad = block(".ad Andorra (EU)", headed(1, "Emil", "e@nic.ad", "+376 312 558"))
    outro = "\nTo update the contacts of your ccTLD, see the Membership Update\nProcedure.\n"
    parsed = parse_text(f"{ad}{outro}\n{FOOTER}")
    assert table(parsed) == {"ad": [("Emil", "e@nic.ad", "+376 312 558")]}
    assert parsed.unplaced == ()
    # Data under a sentence is still said.
    noted = parse_text(f"{ad}{outro.replace('Procedure.', 'Call 376 312 999')}\n{FOOTER}")
    assert [u.text for u in noted.unplaced] == ["Call 376 312 999"]


@pytest.mark.parametrize(
    "header",
    [
        "[5].de Germany (EU)",
        "[5] .de Germany (EU)",
        "Member: .de Germany (EU)",
        "DE .de Germany (EU)",
    ],
)
def test_a_header_line_after_a_link_number_a_word_or_its_code_is_read(header: str) -> None:
    """lynx numbers a link ("[5].de", the ccTLD linked to its page); some templates put a
    word or the code before the label. The member's contacts were reported as no member's,
    or its country read as ".de Germany"."""
    de = block(header, headed(1, "Emil", "e@nic.de", "+49 151 23456789"))
    parsed = parse_text(f"Dear members,\n\n{de}\n{FOOTER}")
    assert [(m.tld.ace, m.country, m.region) for m in parsed.members] == [
        ("de", "Germany", Region.EU)
    ]
    assert table(parsed) == {"de": [("Emil", "e@nic.de", "+49 151 23456789")]}
    assert parsed.unplaced == ()


def test_a_table_cell_of_a_cctld_after_a_link_number_is_read() -> None:
    rows = "\n".join(
        f"[{n}]{tld} | {country} | {region} | {position} | {name} | [{n + 1}]{email} | {phone}"
        for n, (tld, country, region, position, name, email, phone) in enumerate(ROWS)
    )
    parsed = parse_text(f"{HEADER}\n{rows}\n\n{FOOTER}")
    assert table(parsed) == expected_rows()
    assert parsed.unplaced == ()


def _as_w3m(rows: Sequence[tuple[str, ...]]) -> str:
    """A table as w3m dumps one: columns a single space apart, as wide as their widest
    text, the header's texts centred over them."""

    def width(text: str) -> int:
        return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)

    widths = [max(width(row[k]) for row in rows) for k in range(len(rows[0]))]

    def fitted(cell: str, w: int, centred: bool) -> str:
        pad = w - width(cell)
        return " " * (pad // 2) + cell + " " * (pad - pad // 2) if centred else cell + " " * pad

    return "\n".join(
        " ".join(fitted(cell, w, number == 0) for cell, w in zip(row, widths, strict=True)).rstrip()
        for number, row in enumerate(rows)
    )


def test_a_table_with_columns_a_single_space_apart_is_cut_at_its_columns() -> None:
    """w3m's dump: "Region #" was one column, and "1 Emil Van der Berg" the name."""
    rows = [
        ("ccTLD", "Country", "Region", "#", "Name", "Email", "Phone"),
        (".ad", "Andorra", "EU", "1", "Emil Van der Berg", "abuse1@nic.ad", "+376 312 558"),
        (".ad", "Andorra", "EU", "2", "Łukasz Mensah", "security2@nic.ad", "+376 312 049"),
        (
            ".ae",
            "United Arab Emirates",
            "AP",
            "1",
            "Amara Nakamura",
            "csirt1@nic.ae",
            "+971 50 123 4176",
        ),
        (".at", "Austria", "EU", "1", "Anna Huber", "anna@nic.at", "+43 664 1234567"),
        (".be", "Belgium", "EU", "1", "Jan Peeters", "jan@dns.be", "+32 475 12 34 56"),
        (".中国 (xn--fiqs8s)", "China", "AP", "1", "王小明", "wang@cnnic.cn", "+86 138 0013 8000"),
        (".tt", "Trinidad and Tobago", "LAC", "12", "Tom T", "tom@nic.tt", "+1 868 555 1234"),
    ]
    result = examine(
        edition_message("Dear members,\n\n" + _as_w3m(rows) + "\n\n" + FOOTER), "m.eml"
    )
    (edition,) = result.editions
    parsed = edition.body
    assert table(parsed) == {
        "ad": [("Emil Van der Berg", "abuse1@nic.ad", "+376 312 558"), ("Łukasz Mensah", "security2@nic.ad", "+376 312 049")],
        "ae": [("Amara Nakamura", "csirt1@nic.ae", "+971 50 123 4176")],
        "at": [("Anna Huber", "anna@nic.at", "+43 664 1234567")],
        "be": [("Jan Peeters", "jan@dns.be", "+32 475 12 34 56")],
        "xn--fiqs8s": [("王小明", "wang@cnnic.cn", "+86 138 0013 8000")],
        "tt": [("Tom T", "tom@nic.tt", "+1 868 555 1234")],
    }  # fmt: skip
    assert [(m.country, m.region) for m in parsed.members][1] == ("United Arab Emirates", Region.AP)
    assert [c.position for c in parsed.members[-1].contacts] == [12]
    assert parsed.unplaced == ()


def test_a_single_spaced_table_whose_cells_wrap_is_not_read_with_cut_numbers() -> None:
    """w3m at 80 columns wraps a cell under its row ("+971 50 123", then "4176"), centring a
    cell's lines in its row: read so, the number would be a wrong one to dial."""
    rows = [
        ("ccTLD", "Country", "Region", "#", "Name", "Email", "Phone"),
        *[(f".a{c}", "Andorra", "EU", "1", "Emil Berg", f"e@nic.a{c}", "+376 312 558") for c in "dfgilmo"],
        (".ae", "United Arab", "AP", "1", "Amara", "csirt1@nic.ae", "+971 50 123"),
        ("", "Emirates", "", "", "Nakamura", "", "4176"),
    ]  # fmt: skip
    parsed = parse_text("Dear members,\n\n" + _as_w3m(rows) + "\n\n" + FOOTER)
    numbers = [(c.phone, c.phone_e164) for m in parsed.members for c in m.contacts]
    assert all(e164 != "+97150123" for _phone, e164 in numbers)
    assert ("+971 50 123", None) not in numbers


def test_a_countrys_comma_unquoted_in_a_comma_separated_row_stays_in_the_country() -> None:
    """ ".kr,Korea, Republic of,AP,..." has a cell more than its header: the row was
    reported, its contact not read. A name's comma stays a row not read ("Roux, Anne")."""
    rows = (
        "ccTLD,Country,Region,#,Name,Email,Phone\n"
        ".kr,Korea, Republic of,AP,1,Kim Min,kim@kisa.or.kr,+82 10 1234 5678\n"
        ".fm,Micronesia, Federated States of,AP,1,Kiki Moses,k@dot.fm,+691 350 1697\n"
        ".fr,France,EU,1,Roux, Anne,anne@afnic.fr,+33 6 12 34 56 78\n"
    )
    parsed = parse_text(f"Dear members,\n\n{rows}\n{FOOTER}")
    assert [(m.tld.ace, m.country, m.region) for m in parsed.members if m.contacts] == [
        ("kr", "Korea, Republic of", Region.AP),
        ("fm", "Micronesia, Federated States of", Region.AP),
    ]
    assert [u.reason for u in parsed.unplaced] == ["bad-row"]


def test_a_table_dumped_by_lynx_with_cells_a_single_space_apart_is_read() -> None:
    """lynx (and Mailman, which converts HTML with it) writes a table's cells a space apart,
    not lined up, a link's number before its text, and wraps a row at 80 columns: each row
    was read as a header line, every contact lost."""
    dumped = "\n".join(
        [
            "   ccTLD Country Region # Name Email Phone",
            "   [1].ad Andorra EU 1 Emil Van der Berg [2]abuse1@nic.ad +376 312 558",
            "   .ad Andorra EU 2 Łukasz Mensah [3]security2@nic.ad +376 312 049",
            "   .ae United Arab Emirates AP 1 Amara Nakamura [4]csirt1@nic.ae +971 (50)",
            "   123 4176",
            "   .рф (xn--p1ai) Russian Federation EU 1 Мария Петрова [5]ops1@cctld.ru",
            "   +7 912 345-67-89",
            "   .tt Trinidad and Tobago 1 Tom T [6]tom@nic.tt +1 868 555 1234",
            "",
            "References",
            "",
            "   1. https://tld-ops.example/ad",
            "   2. mailto:abuse1@nic.ad",
        ]
    )
    result = examine(edition_message(f"Dear members,\n\n{dumped}\n\n{FOOTER}"), "m.eml")
    (edition,) = result.editions
    parsed = edition.body
    assert table(parsed) == {
        "ad": [("Emil Van der Berg", "abuse1@nic.ad", "+376 312 558"), ("Łukasz Mensah", "security2@nic.ad", "+376 312 049")],
        "ae": [("Amara Nakamura", "csirt1@nic.ae", "+971 (50) 123 4176")],
        "xn--p1ai": [("Мария Петрова", "ops1@cctld.ru", "+7 912 345-67-89")],
        "tt": [("Tom T", "tom@nic.tt", "+1 868 555 1234")],
    }  # fmt: skip
    assert [(m.country, m.region) for m in parsed.members] == [
        ("Andorra", Region.EU),
        ("United Arab Emirates", Region.AP),
        ("Russian Federation", Region.EU),
        ("Trinidad and Tobago", None),
    ]
    assert parsed.unplaced == ()
    assert parsed.footer  # (after the list of links)


def test_rules_as_html2text_writes_them_are_rules() -> None:
    """html2text writes an <hr> as "* * *": it was reported as text, twice for each member."""
    ad = block(".ad Andorra (EU)", headed(1, "Emil", "e@nic.ad", "+376 312 558")).replace(
        RULE, "* * *"
    )
    ae = block(".ae United Arab Emirates (AP)", headed(1, *AE_CONTACT)).replace(RULE, "- - -")
    parsed = parse_text(f"{ad}\n{ae}\n{FOOTER}")
    assert table(parsed) == {"ad": [("Emil", "e@nic.ad", "+376 312 558")], "ae": [AE_CONTACT]}
    assert parsed.unplaced == ()


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Primary contact: Kofi Jansen / kofi@nic.ad / +376 312 560",
         "Secondary contact: Ana Puig / ana@nic.ad / +376 312 561"),
        ("Primary contact: Kofi Jansen, kofi@nic.ad, +376 312 560",
         "Secondary contact: Ana Puig, ana@nic.ad, +376 312 561"),
        ("Contact Person #1 (primary): Kofi Jansen; kofi@nic.ad; +376 312 560",
         "Contact Person #2 (secondary): Ana Puig; ana@nic.ad; +376 312 561"),
        ("Primary: Kofi Jansen | kofi@nic.ad | +376 312 560",
         "Secondary: Ana Puig | ana@nic.ad | +376 312 561"),
        ("Contact 1 - Kofi Jansen - kofi@nic.ad - +376 312 560",
         "Contact 2 - Ana Puig <ana@nic.ad>, +376 312 561"),
        ("Primary contact: kofi@nic.ad / Kofi Jansen / +376 312 560",
         "Secondary contact: +376 312 561 / Ana Puig / ana@nic.ad"),
        ("* Primary contact: Kofi Jansen / +376 312 560 / kofi@nic.ad",
         "* Secondary contact: Ana Puig (ana@nic.ad), +376 312 561"),
    ],
)  # fmt: skip
def test_a_role_heading_and_its_person_on_one_line_are_a_contact(first: str, second: str) -> None:
    """ "Primary contact: Kofi Jansen / kofi@nic.ad / +376 312 560" was an unknown field: the
    contact was lost, only reported."""
    ad = block(".ad Andorra (EU)", f"{first}\n{second}\n")
    parsed = parse_text(ad + "\n" + FOOTER)
    assert table(parsed) == {
        "ad": [("Kofi Jansen", "kofi@nic.ad", "+376 312 560"),
               ("Ana Puig", "ana@nic.ad", "+376 312 561")]
    }  # fmt: skip
    assert [c.position for c in parsed.members[0].contacts] == [1, 2]
    assert parsed.unplaced == ()


@pytest.mark.parametrize(
    "line",
    [
        "Primary contact: Kofi Jansen / kofi@nic.ad / +376 312 560 / +376 312 561 / noc",
        "Primary contact: the NOC / noc@nic.ad / +376 312 560",
        "Primary contact: kofi@nic.ad / ana@nic.ad / +376 312 560",
    ],
)
def test_a_role_heading_with_more_than_one_person_after_it_is_reported(line: str) -> None:
    """What cannot be read as one person stays reported whole, not read in part."""
    ad = block(".ad Andorra (EU)", headed(1, "Emil", "e1@nic.ad", "+376 312 558") + line, "")
    parsed = parse_text(ad + FOOTER)
    assert line in [u.text for u in parsed.unplaced]
    assert table(parsed)["ad"] == [("Emil", "e1@nic.ad", "+376 312 558")]


def test_a_blocks_lines_run_together_a_space_apart_are_its_fields() -> None:
    """A mail program that reflows text joins a block's lines with a space ("Name: Emil Berg
    Email address: e@nic.ad Mobile phone number: ..."): the line was one unknown field, or
    one name holding the rest, and the contact lost."""
    ad = block(
        ".ad Andorra (EU)",
        "Contact Person #1 (primary): Name: Emil Berg Email address: e@nic.ad "
        "Mobile phone number: +376 312 558\n"
        "Contact Person #2: Full name: Anna Vila E-mail: a@nic.ad Phone: +376 312 559\n",
    )
    parsed = parse_text(ad + "\n" + FOOTER)
    assert table(parsed) == {
        "ad": [("Emil Berg", "e@nic.ad", "+376 312 558"), ("Anna Vila", "a@nic.ad", "+376 312 559")]
    }
    assert [c.position for c in parsed.members[0].contacts] == [1, 2]
    assert parsed.unplaced == ()


def test_a_note_with_a_label_inside_stays_one_line() -> None:
    """Only a line whose every piece is a field is parted: a note naming a number is not."""
    line = "Note: outside office hours call Mobile: +376 312 599"
    ad = block(".ad Andorra (EU)", headed(1, "Emil", "e1@nic.ad", "+376 312 558") + line, "")
    parsed = parse_text(ad + FOOTER)
    assert line in [u.text for u in parsed.unplaced]
    assert table(parsed)["ad"] == [("Emil", "e1@nic.ad", "+376 312 558")]


@pytest.mark.parametrize(
    ("email", "phone"),
    [
        ("e@nic.ad [mailto:e@nic.ad]", "+376 312 558 [tel:+376312558]"),
        ("*e@nic.ad*", "+376 312 558"),
        ("_e@nic.ad_", "+376 312 558 <tel:+376312558>"),
    ],
)
def test_a_links_target_in_brackets_and_a_bold_address_are_no_part_of_the_value(
    email: str, phone: str
) -> None:
    """ "e@nic.ad [mailto:e@nic.ad]" (a converter's link target) and "*e@nic.ad*" (bold, as
    a mail program writes it in text) were kept whole: an address that is none, said invalid."""
    parsed = parse_text(block(".ad Andorra (EU)", headed(1, "Emil", email, phone)) + "\n" + FOOTER)
    assert table(parsed) == {"ad": [("Emil", "e@nic.ad", "+376 312 558")]}
    assert [n.code for n in parsed.notes if n.code == "email-invalid"] == []
