"""The body parser on hand-written bodies: labels, contacts, unplaced lines, footer."""

from __future__ import annotations

import pytest

from tldops_desktop.mail.html import parse_html
from tldops_desktop.mail.parse import parse_text

BLOCK = """Intro text that is not data.
Edition: 20261101-0600

----------------------------------------------------------------
.nl Netherlands (EU)
----------------------------------------------------------------
Contact Person #1 (primary):
Full name: Anna Jansen
E-mail: anna@nic.nl
Mobile: +31 6 1234 5678

Contact Person #2 (secondary):
NAME: Piet de Vries
email: <piet@nic.nl>
PHONE: 0031 6 8765 4321
Fax: +31 20 123 4567
Piet's deputy piet2@nic.nl

----------------------------------------------------------------
.be Belgium (EU)
----------------------------------------------------------------
Name: Only One
Email address: not-an-address
Mobile phone number: ask the desk

To update the contacts of your ccTLD, see the Membership Update Procedure.

_______________________________________________
tld-ops mailing list
tld-ops@lists.dns-oarc.net
Name: Footer Person
"""


def test_label_variants_and_positions() -> None:
    body = parse_text(BLOCK)
    nl, be = body.members
    assert [c.name for c in nl.contacts] == ["Anna Jansen", "Piet de Vries"]
    assert [c.position for c in nl.contacts] == [1, 2]
    assert nl.contacts[1].email == "piet@nic.nl"
    assert nl.contacts[1].phone_e164 == "+31687654321"
    assert be.contacts[0].position == 1


def test_every_line_that_cannot_be_placed_is_reported_with_its_number() -> None:
    body = parse_text(BLOCK)
    lines = BLOCK.split("\n")
    unplaced = {u.line: u for u in body.unplaced}
    assert set(unplaced) == {16, 17}
    assert lines[15] == "Fax: +31 20 123 4567"
    assert unplaced[16].reason == "unknown-field"
    assert unplaced[17].text == "Piet's deputy piet2@nic.nl"


def test_invalid_email_and_phone_are_kept_and_flagged() -> None:
    body = parse_text(BLOCK)
    contact = body.members[1].contacts[0]
    assert (contact.email, contact.email_valid, contact.phone, contact.phone_e164) == (
        "not-an-address", False, "ask the desk", None,
    )  # fmt: skip
    codes = {n.code for n in body.notes}
    assert {"email-invalid", "phone-unparsed"} <= codes


@pytest.mark.parametrize("email", ["cert@registro.br.", "cert@registro..br", "cert@.registro.br"])
def test_an_address_with_an_empty_domain_label_is_kept_and_flagged(email: str) -> None:
    body = parse_text(BLOCK.replace("anna@nic.nl", email))
    contact = body.members[0].contacts[0]
    assert (contact.email, contact.email_valid) == (email, False)
    assert ("email-invalid", email) in {(n.code, n.detail) for n in body.notes}


def test_footer_and_intro_are_not_data() -> None:
    body = parse_text(BLOCK)
    names = [c.name for m in body.members for c in m.contacts]
    assert "Footer Person" not in names
    assert all(u.line < 20 for u in body.unplaced)


def test_crlf_line_ends_keep_line_numbers() -> None:
    body = parse_text(BLOCK.replace("\n", "\r\n"))
    assert {u.line for u in body.unplaced} == {16, 17}


def test_layout_b_with_reordered_columns_and_bad_rows() -> None:
    text = "\n".join(
        [
            "| ccTLD | # | Name | Email | Phone | Country | Region |",
            "| .de | 1 | Lucía Nowak | ops1@nic.de | +49 151 23456740 | Germany | EU |",
            "| .de | 2 | Jan Nowak | ops2@nic.de | +49 151 23456741 | Germany | EU |",
            "| .рф (xn--p1ai) | 1 | Иван | i@nic.example | +7 912 345-60-62 | Russian Federation | EU |",
            "| .fr | 1 | only | three cells |",
            "| .q1 | 1 | A | a@b.c | +33 6 12 34 56 78 | France | EU |",
        ]
    )
    body = parse_text(text)
    assert body.layout == "B"
    assert [m.tld.ace for m in body.members] == ["de", "xn--p1ai"]
    assert [c.position for c in body.members[0].contacts] == [1, 2]
    assert {(u.line, u.reason) for u in body.unplaced} == {(5, "bad-row"), (6, "bad-cctld")}


def test_html_paragraphs_follow_layout_a() -> None:
    html = (
        "<html><body><script>var x = 'Name: Evil';</script>"
        "<p>.nl Netherlands (EU)</p><p>Contact Person #1 (primary):<br>Name: Anna Jansen<br>"
        "Email address: <a href='mailto:anna@nic.nl'>anna@nic.nl</a><br>"
        "Mobile phone number: +31 6 1234 5678</p>"
        "<img src='https://tracker.example/pixel.gif'></body></html>"
    )
    body = parse_html(html)
    assert body.layout == "html-blocks"
    (member,) = body.members
    assert [(c.name, c.email, c.phone_e164) for c in member.contacts] == [
        ("Anna Jansen", "anna@nic.nl", "+31612345678")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "write",  # a label: the address is the link's
        "anna@nic.\n nl",  # the address, spaced out by a line break a mail server put there
    ],
)
def test_html_table_link_text_that_is_not_the_address(text: str) -> None:
    html = (
        "<table><tr><th>ccTLD</th><th>Country</th><th>Region</th><th>#</th><th>Name</th>"
        "<th>Email</th><th>Phone</th></tr>"
        "<tr><td>.nl</td><td>Netherlands</td><td>EU</td><td>1</td><td>Anna</td>"
        f"<td><a href='mailto:anna@nic.nl'>{text}</a></td><td>+31 6 1234 5678</td></tr></table>"
    )
    (member,) = parse_html(html).members
    assert member.contacts[0].email == "anna@nic.nl"


@pytest.mark.parametrize("joiner", ["\u200d", "\u200c", "\u2060"])
def test_joiners_pasted_into_an_address_are_dropped(joiner: str) -> None:
    text = (
        "----------\n.cc Cocos (Keeling) Islands (AP)\n----------\n"
        f"Name: Ana\nEmail: cert2{joiner}@nic.cc\nPhone: +61 8 9162 {joiner}6634\n"
    )
    (member,) = parse_text(text).members
    contact = member.contacts[0]
    assert contact.email == "cert2@nic.cc" and contact.email_valid
    assert contact.phone == "+61 8 9162 6634"


def test_table_columns_whose_cells_are_not_kept_are_named() -> None:
    """A second address column or one of no kind known: its cells are not kept, so the report
    says which columns they were (once, at the header), not nothing."""
    text = (
        "ccTLD | Country | Region | # | Name | Email | Email (alternative) | Organisation | Phone\n"
        ".ad | Andorra | EU | 1 | Emil Berg | a@nic.ad | noc@nic.ad | Andorra Telecom | +376 312 558\n"
        ".be | Belgium | EU | 1 | Ann Peeters | ann@dns.be | | DNS Belgium | +32 475 12 34 56\n"
    )
    body = parse_text(text)
    assert [(m.tld.ace, m.contacts[0].email) for m in body.members] == [
        ("ad", "a@nic.ad"), ("be", "ann@dns.be")
    ]  # fmt: skip
    assert [(n.line, n.code, n.detail) for n in body.notes if n.code == "column-not-read"] == [
        (1, "column-not-read", "Email (alternative)"),
        (1, "column-not-read", "Organisation"),
    ]
    two_phones = (
        "ccTLD | Country | Region | # | Name | Email | Mobile | Phone\n"
        ".ad | Andorra | EU | 1 | Emil Berg | a@nic.ad | +376 312 558 | +376 812 000\n"
    )
    body = parse_text(two_phones)
    assert body.members[0].contacts[0].phone == "+376 312 558 / +376 812 000"
    assert not [n for n in body.notes if n.code == "column-not-read"]


@pytest.mark.parametrize("border", ["", "| "])
def test_rows_that_leave_the_cctld_to_the_row_above(border: str) -> None:
    """A table that writes a member's ccTLD, country and region once, on its first row, as the
    HTML form of the same table does with a cell spanning its rows."""
    end = " |" if border else ""
    text = (
        f"{border}ccTLD | Country | Region | # | Name | Email | Phone{end}\n"
        f"{border}.ad | Andorra | EU | 1 | Emil Berg | a@nic.ad | +376 312 558{end}\n"
        f"{border or '| '}| | | 2 | Ana Puig | b@nic.ad | +376 312 559{end}\n"
        f"{border}.be | Belgium | EU | 1 | Ann Peeters | ann@dns.be | +32 475 12 34 56{end}\n"
    )
    body = parse_text(text)
    assert [(m.tld.ace, [c.email for c in m.contacts]) for m in body.members] == [
        ("ad", ["a@nic.ad", "b@nic.ad"]), ("be", ["ann@dns.be"])
    ]  # fmt: skip
    assert body.unplaced == ()
