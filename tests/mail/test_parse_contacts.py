"""What a member's contacts are when a generator fills a place it has no value for, or repeats
a block: placeholders are no values, and a contact written twice is one contact."""

from __future__ import annotations

from tests.mail.test_parse_wild import edition_message
from tldops_desktop.mail.message import examine
from tldops_desktop.mail.parse import ParsedBody

RULE = "-" * 64
FOOTER = "_" * 47 + "\ntld-ops mailing list\ntld-ops@lists.dns-oarc.net\n"


def _body(text: str) -> ParsedBody:
    result = examine(edition_message(text + "\n" + FOOTER), "edition.eml")
    (edition,) = result.editions
    return edition.body


def block(header: str, *contacts: tuple[str, str, str]) -> str:
    text = f"{RULE}\n{header}\n{RULE}\n"
    for number, (name, email, phone) in enumerate(contacts, start=1):
        text += (
            f"Contact Person #{number}:\nName: {name}\nEmail address: {email}\n"
            f"Mobile phone number: {phone}\n\n"
        )
    return text


def test_a_contact_of_placeholders_is_no_contact_and_a_placeholder_no_value() -> None:
    """Such a contact was kept with the name "—", an address "—" and a number "—"."""
    ad = block(
        ".ad Andorra (EU)",
        ("Pere Puig", "pere@nic.ad", "N/A"),
        ("—", "—", "—"),
        ("TBD", "n/a", "none"),
    )
    rows = (
        "ccTLD | Country | Region | # | Name | Email | Phone\n"
        ".de | Germany | EU | 1 | Vacant | emil@denic.de | +49 151 2345 6789\n"
        ".de | Germany | EU | 2 | - | - | -\n"
    )
    body = _body(ad + rows)
    contacts = {m.tld.ace: [(c.position, c.name, c.email, c.phone) for c in m.contacts]
                for m in body.members}  # fmt: skip
    assert contacts == {
        "ad": [(1, "Pere Puig", "pere@nic.ad", "")],
        "de": [(1, "", "emil@denic.de", "+49 151 2345 6789")],
    }
    notes = [(n.line, n.code, n.detail) for n in body.notes]
    assert [(code, detail) for _line, code, detail in notes if code == "contact-empty"] == [
        ("contact-empty", "ad"),
        ("contact-empty", "ad"),
        ("contact-empty", "de"),
    ]
    assert ("field-missing", "phone") in [(code, detail) for _l, code, detail in notes]
    assert ("field-missing", "name") in [(code, detail) for _l, code, detail in notes]
    assert not any(code in ("email-invalid", "phone-unparsed") for _l, code, _d in notes)


def test_a_members_block_written_twice_keeps_each_contact_once() -> None:
    """Each contact was kept twice (five for a member of three: "more than three")."""
    ad = block(
        ".ad Andorra (EU)",
        ("Pere Puig", "pere@nic.ad", "+376 312 558"),
        ("Anna Vila", "anna@nic.ad", "+376 312 559"),
    )
    nl = block(".nl Netherlands (EU)", ("Jan Jansen", "jan@sidn.nl", "+31 6 1234 5678"))
    again = block(".ad Andorra (EU)", ("Pere Puig", "pere@nic.ad", "+376 312 558"),
                  ("Marc Roca", "marc@nic.ad", "+376 312 560"))  # fmt: skip
    body = _body(ad + nl + again)
    assert [(c.position, c.name) for c in body.members[0].contacts] == [
        (1, "Pere Puig"),
        (2, "Anna Vila"),
        (2, "Marc Roca"),  # another contact: kept, as before
    ]
    codes = [(n.code, n.detail) for n in body.notes]
    assert codes.count(("contact-repeated", "ad")) == 1
    assert ("member-repeated", "ad") in codes
    assert ("position-repeated", "1") not in codes


def test_fields_left_empty_are_missing_and_a_contact_of_none_is_no_contact() -> None:
    """An "Email address:" with nothing after it was an address "" said not to be one, and a
    heading with empty fields a contact of nothing."""
    ad = block(".ad Andorra (EU)", ("Pere Puig", "", ""), ("", "", ""))
    body = _body(ad)
    (andorra,) = body.members
    assert [(c.name, c.email, c.phone) for c in andorra.contacts] == [("Pere Puig", "", "")]
    assert [(n.code, n.detail) for n in body.notes] == [
        ("field-missing", "email"),
        ("field-missing", "phone"),
        ("contact-empty", "ad"),
    ]


def test_rows_that_give_a_member_another_country_or_region_say_each_value_once() -> None:
    """Every row after the first that named .ad "Andorre" was one more "listed twice" note:
    one difference, said as often as the member had rows."""
    rows = (
        "ccTLD | Country | Region | # | Name | Email | Phone\n"
        ".ad | Andorra | EU | 1 | Pere Puig | pere@nic.ad | +376 312 558\n"
        ".ad | Andorre | EU | 2 | Anna Vila | anna@nic.ad | +376 312 559\n"
        ".ad | Andorre | EU | 3 | Marc Roca | marc@nic.ad | +376 312 560\n"
        ".nl | Netherlands | EU | 1 | Jan Jansen | jan@sidn.nl | +31 6 1234 5678\n"
        ".nl | Netherlands | EU | 2 | Eva de Vries | eva@sidn.nl | +31 6 1234 5679\n"
        ".nl | Netherlands | AP | 3 | Bram Bakker | bram@sidn.nl | +31 6 1234 5670\n"
        ".nl | Netherlands | NA | 4 | Sem Visser | sem@sidn.nl | +31 6 1234 5671\n"
        ".nl | Netherlands | AP | 5 | Lotte Smit | lotte@sidn.nl | +31 6 1234 5672\n"
    )
    body = _body(rows)
    repeated = [(n.line, n.detail) for n in body.notes if n.code == "member-repeated"]
    first = next(n.line for n in body.notes if n.code == "member-repeated")
    # (.ad's "Andorre" once; .nl's "AP" and "NA" once each, its second "AP" not again)
    assert repeated == [(first, "ad"), (first + 4, "nl"), (first + 5, "nl")]
    assert [len(m.contacts) for m in body.members] == [3, 5]
