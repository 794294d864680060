"""HTML parts as mail templates and clients write them: layout A inside layout tables, heads
left open, blocks inside cells, label/value tables, and names or labels as link text."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage

import pytest

from tests.conftest import ALTERNATIVE
from tldops_desktop.core.model import Region
from tldops_desktop.mail.html import _Reader, parse_html
from tldops_desktop.mail.message import examine
from tldops_desktop.mail.parse import ParsedBody, parse_text

HEADER_ROW = (
    "<tr><th>ccTLD</th><th>Country</th><th>Region</th><th>#</th><th>Name</th><th>Email</th>"
    "<th>Phone</th></tr>"
)
RULE = "<div>" + "-" * 64 + "</div>"

Contacts = dict[str, list[tuple[str, str, str]]]


def contacts(body: ParsedBody) -> Contacts:
    return {m.tld.ace: [(c.name, c.email, c.phone) for c in m.contacts] for m in body.members}


def block(header: str, people: list[tuple[str, str, str]]) -> str:
    """A member in layout A as Gmail writes it: a <div> a line, mailto: links."""
    html = f"{RULE}<div>{header}</div>{RULE}"
    for number, (name, address, phone) in enumerate(people, start=1):
        html += (
            f"<div>Contact Person #{number}:</div><div>Name: {name}</div>"
            f'<div>Email address: <a href="mailto:{address}">{address}</a></div>'
            f"<div>Mobile phone number: {phone}</div><div><br></div>"
        )
    return html


AD = [("Emil Van der Berg", "abuse1@nic.ad", "+376 312 558"),
      ("Łukasz Mensah", "security2@nic.ad", "+376 (312) 049")]  # fmt: skip
AE = [("Amara Nakamura", "csirt1@nic.ae", "+971 (50) 123 4176")]
AD_BLOCK = block(".ad Andorra (EU)", AD)
AE_BLOCK = block(".ae United Arab Emirates (AP)", AE)


def row(*cells: str) -> str:
    return "<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>"


# -- 1. layout A inside layout tables ---------------------------------------------------------


@pytest.mark.parametrize("depth", [1, 3, 40])
def test_layout_a_wrapped_in_layout_tables_is_read_as_lines(depth: int) -> None:
    opening = '<table width="100%" cellpadding="0"><tr><td align="left">' * depth
    closing = "</td></tr></table>" * depth
    html = (
        f'<html><head><meta charset="utf-8"></head><body>{opening}<div dir="ltr">'
        f"<div>Dear TLD-OPS member,</div>{AD_BLOCK}{AE_BLOCK}</div>{closing}</body></html>"
    )
    body = parse_html(html)
    assert contacts(body) == {"ad": AD, "ae": AE}
    assert body.unplaced == ()


def test_a_member_boxed_in_its_own_one_cell_table() -> None:
    html = f'<div>Dear TLD-OPS member,</div>{AD_BLOCK}<table border="1"><tr><td>{AE_BLOCK}'
    html += "</td></tr></table>"
    body = parse_html(html)
    assert contacts(body) == {"ad": AD, "ae": AE}
    assert body.unplaced == ()


def test_paragraphs_and_rules_in_a_cell_beside_an_empty_spacer_cell() -> None:
    cell = (
        "<hr><p>.ad Andorra (EU)</p><hr><p>Name: Emil Van der Berg<br>"
        "Email address: abuse1@nic.ad<br>Mobile phone number: +376 312 558</p>"
    )
    html = f'<table><tr><td width="20"><img src="cid:spacer"></td><td>{cell}</td></tr></table>'
    assert contacts(parse_html(html)) == {"ad": AD[:1]}


def test_a_data_table_nested_in_a_layout_table_keeps_its_rows_in_order() -> None:
    data_rows = [
        row(".ad", "Andorra", "EU", "1", *AD[0]),
        row(".ad", "Andorra", "EU", "2", *AD[1]),
        row(".ae", "United Arab Emirates", "AP", "1", *AE[0]),
    ]
    inner = f"<table>{HEADER_ROW}{''.join(data_rows)}</table>"
    html = (
        "<table width=100%><tr><td><table><tr><td><h1>TLD-OPS Repository</h1>"
        f"<p>Edition: 20261101-0600</p>{inner}<p>To update the contacts of your ccTLD, see the procedure.</p></td></tr></table>"
        "</td></tr></table>"
    )
    body = parse_html(html)
    assert body.layout == "html-table"
    assert list(contacts(body).items()) == [("ad", AD), ("ae", AE)]
    assert body.unplaced == ()


def test_layout_a_beside_a_nested_data_table() -> None:
    table = f"<table>{HEADER_ROW}{row('.ae', 'United Arab Emirates', 'AP', '1', *AE[0])}</table>"
    html = f"<table><tr><td>{AD_BLOCK}</td></tr><tr><td>{table}</td></tr></table>"
    body = parse_html(html)
    assert list(contacts(body).items()) == [("ad", AD), ("ae", AE)]
    assert body.layout == "html-mixed"


def test_the_sample_table_wrapped_in_layout_tables_parses_as_the_bare_sample() -> None:
    html = _sample_html()
    wrapped = html.replace("<body>", "<body><table><tr><td><table><tr><td>", 1).replace(
        "</body>", "</td></tr></table></td></tr></table></body>", 1
    )
    bare, inside = parse_html(html), parse_html(wrapped)
    assert len(inside.members) == 200
    assert (inside.members, inside.layout, inside.unplaced) == (
        bare.members, bare.layout, bare.unplaced,
    )  # fmt: skip


def test_deep_hostile_table_nesting_is_read_in_bounded_work() -> None:
    html = "<table><tr><td>" * 20_000 + AD_BLOCK + "</td></tr></table>" * 20_000
    html += "<tr><td>" * 20_000  # rows outside any table
    assert contacts(parse_html(html)) == {"ad": AD}


# -- 2. a head that is not closed -------------------------------------------------------------


@pytest.mark.parametrize(
    "page",
    [
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>.fr France (EU)</title>'
        "<body>{}</body></html>",
        "<html><head><meta charset=utf-8><title>x</title><style>p {{}}</style>{}</html>",
        "<html><head><title>Name: Title Person</title>\n{}",
    ],
)
def test_a_head_without_its_end_tag_ends_where_the_body_begins(page: str) -> None:
    table = f"<table>{HEADER_ROW}{row('.ad', 'Andorra', 'EU', '1', *AD[0])}</table>"
    body = parse_html(page.format(table))
    assert contacts(body) == {"ad": AD[:1]}
    assert body.unplaced == ()


def test_what_the_head_holds_is_not_data() -> None:
    html = (
        "<html><head><title>.fr France (EU)</title><meta name=x content='.it Italy (EU)'>"
        "<style>p::after { content: 'Name: Styled' }</style></head>"
        f"<body>{AD_BLOCK}</body></html>"
    )
    body = parse_html(html)
    assert contacts(body) == {"ad": AD}
    assert body.unplaced == ()


# -- 3. blocks inside a data cell -------------------------------------------------------------


def test_blocks_inside_a_data_cell_are_spaces() -> None:
    cells = row(
        ".ad", "Andorra", "EU", "1",
        "<div>Emil</div><div>Van der Berg</div>",
        '<div><a href="mailto:abuse1@nic.ad">abuse1@nic.ad</a></div>'
        '<div><a href="mailto:cert@nic.ad">cert@nic.ad</a></div>',
        "<p class=MsoNormal>+376 312 558<o:p></o:p></p>"
        "<p class=MsoNormal>+376 312 559<o:p></o:p></p>",
    )  # fmt: skip
    body = parse_html(f"<html><body><table>{HEADER_ROW}{cells}</table></body></html>")
    assert contacts(body) == {
        "ad": [("Emil Van der Berg", "abuse1@nic.ad cert@nic.ad", "+376 312 558 +376 312 559")]
    }


def test_a_cell_of_outlook_paragraphs_and_line_breaks() -> None:
    cells = row(
        "<p>.ad</p>", "<p>Andorra</p>", "<p>EU</p>", "<p>1</p>",
        "<p class=MsoNormal><span>Emil<br>Van der Berg</span></p>",
        "<p><a href='mailto:abuse1@nic.ad'>abuse1@nic.ad</a></p>", "<h3>+376 312 558</h3>",
    )  # fmt: skip
    body = parse_html(f"<table>{HEADER_ROW}{cells}</table>")
    assert contacts(body) == {"ad": AD[:1]}


# -- 4. label/value tables --------------------------------------------------------------------


def test_label_value_tables_with_and_without_colons() -> None:
    html = (
        "<html><body><p>.ad Andorra (EU)</p><p>Contact Person #1 (primary):</p><table>"
        + row("Name:", "Emil Van der Berg")
        + row("Email address:", '<a href="mailto:abuse1@nic.ad">abuse1@nic.ad</a>')
        + row("Mobile phone number:", "+376 312 558")
        + "</table><p>.ae United Arab Emirates (AP)</p><p>Contact Person #1 (primary):</p>"
        + "<table>"
        + row("<b>Name</b>", "Amara Nakamura Al Hashimi")
        + row("<b>Email address</b>", "csirt1@nic.ae")
        + row("<b>Mobile phone number</b>", "+971 50 123 4176")
        + "</table></body></html>"
    )
    body = parse_html(html)
    assert contacts(body) == {
        "ad": AD[:1],
        "ae": [("Amara Nakamura Al Hashimi", "csirt1@nic.ae", "+971 50 123 4176")],
    }
    assert body.unplaced == ()


def test_label_value_rows_with_label_variants_and_contact_headings() -> None:
    html = (
        "<p>.ad Andorra (EU)</p><table>"
        + row("Contact Person #1", "(primary)")
        + row("FULL NAME", "Emil Van der Berg")
        + row("E-mail", "abuse1@nic.ad")
        + row("Tel.:", "+376 312 558")
        + row("Contact Person #2:", "")
        + row("name", "<div>Łukasz</div><div>Mensah</div>")
        + row("email", "security2@nic.ad")
        + row("Mobile", "+376 (312) 049")
        + row("Fax:", "+376 312 000")
        + "</table>"
    )
    body = parse_html(html)
    (member,) = body.members
    assert [(c.position, c.name, c.email, c.phone) for c in member.contacts] == [
        (1, *AD[0]),
        (2, *AD[1]),
    ]
    assert [(u.text, u.reason) for u in body.unplaced] == [("Fax: +376 312 000", "unknown-field")]


def test_a_contact_heading_beside_other_text_keeps_both_lines() -> None:
    html = (
        "<p>.ad Andorra (EU)</p><table>"
        + row("Contact Person #1", "Kofi Jansen")
        + row("Email", "abuse1@nic.ad")
        + "</table>"
    )
    body = parse_html(html)
    (member,) = body.members
    assert [(c.position, c.email) for c in member.contacts] == [(1, "abuse1@nic.ad")]
    assert [(u.text, u.reason) for u in body.unplaced] == [("Kofi Jansen", "stray-text")]


# -- 5. link text and mailto: targets ---------------------------------------------------------


def test_a_linked_name_stays_a_name_and_an_email_cell_keeps_its_address() -> None:
    rows = [
        row(".eg", "Egypt", "AF", "1",
            '<a href="mailto:ismail.hassan@nic.eg">Ismail Hassan</a>', "ismail.hassan@nic.eg",
            "+20 10 0123 4225"),
        row(".eg", "Egypt", "AF", "2", '<a href="mailto:therese@nic.eg">Therese Mensah</a>',
            "therese@nic.eg", "+20 10 0123 4920"),
        row(".eg", "Egypt", "AF", "3", '<a href="mailto:ssendabo@nic.eg">Samuel Sendabo</a>',
            "ssendabo@nic.eg", "+20 10 0123 4782"),
        row(".ad", "Andorra", "EU", "1", '<a href="mailto:emil@nic.ad">Emil Van der Berg</a>',
            "emil@nic.ad", "+376 312 558"),
        row(".ad", "Andorra", "EU", "2", "Kofi Jansen",
            '<a href="mailto:security2@nic.ad">Security Team</a>', "+376 312 559"),
        row(".ad", "Andorra", "EU", "3", '<a href="mailto:contact@nic.ad">Contact</a>',
            '<a href="mailto:contact@nic.ad">contact@nic.ad</a>', "+376 312 560"),
    ]  # fmt: skip
    body = parse_html(f"<html><body><table>{HEADER_ROW}{''.join(rows)}</table></body></html>")
    assert contacts(body) == {
        "eg": [
            ("Ismail Hassan", "ismail.hassan@nic.eg", "+20 10 0123 4225"),
            ("Therese Mensah", "therese@nic.eg", "+20 10 0123 4920"),
            ("Samuel Sendabo", "ssendabo@nic.eg", "+20 10 0123 4782"),
        ],
        "ad": [
            ("Emil Van der Berg", "emil@nic.ad", "+376 312 558"),
            ("Kofi Jansen", "security2@nic.ad", "+376 312 559"),
            ("Contact", "contact@nic.ad", "+376 312 560"),
        ],
    }
    assert all(c.email_valid for m in body.members for c in m.contacts)


def test_the_email_column_is_found_by_its_header_wherever_it_stands() -> None:
    head = "<tr><th>#</th><th>E-mail</th><th>ccTLD</th><th>Country</th><th>Name</th></tr>"
    cells = row("1", '<a href="mailto:emil@nic.ad">Emil (work)</a>', ".ad", "Andorra", "Emil")
    (member,) = parse_html(f"<table>{head}{cells}</table>").members
    assert [(c.name, c.email) for c in member.contacts] == [("Emil", "emil@nic.ad")]


@pytest.mark.parametrize(
    "text",
    [
        "mail", "E-mail:", "email", "Send mail", "send an email", "Write to us", "contact",
        "Click here", "here", "courriel", "correo", "почта", "邮件", "بريد", "✉", "📧", "",
        "[ Send mail ]", "noc at nic dot ad", "noc [at] nic [dot] ad", "noc (at) nic.ad",
        "noc＠nic.ad", "NOC AT NIC DOT AD",
    ],
)  # fmt: skip
def test_a_label_or_a_spelled_address_stands_for_the_address(text: str) -> None:
    html = (
        "<p>.ad Andorra (EU)</p><p>Name: Emil Van der Berg<br>"
        f'Email address: <a href="mailto:noc@nic.ad">{text}</a><br>Phone: +376 312 558</p>'
    )
    (member,) = parse_html(html).members
    assert [(c.name, c.email) for c in member.contacts] == [("Emil Van der Berg", "noc@nic.ad")]


@pytest.mark.parametrize(
    "name",
    ["Therese Mensah", "Samuel Sendabo", "Ismail Hassan", "Sheree Contacti", "Mailin Here",
     "Pat at Home"],
)  # fmt: skip
def test_other_link_text_is_kept(name: str) -> None:
    html = (
        f'<p>.ad Andorra (EU)</p><p>Name: <a href="mailto:noc@nic.ad">{name}</a><br>'
        "Email address: noc@nic.ad<br>Phone: +376 312 558</p>"
    )
    (member,) = parse_html(html).members
    assert [(c.name, c.email) for c in member.contacts] == [(name, "noc@nic.ad")]


# -- the sample -------------------------------------------------------------------------------


def _sample_html() -> str:
    message = email.message_from_bytes(ALTERNATIVE.read_bytes(), policy=email.policy.default)
    (part,) = (p for p in message.walk() if p.get_content_type() == "text/html")
    return str(part.get_content())


def test_the_sample_html_part_reads_as_its_text_part() -> None:
    message = email.message_from_bytes(ALTERNATIVE.read_bytes(), policy=email.policy.default)
    (text,) = (p for p in message.walk() if p.get_content_type() == "text/plain")
    from_html, from_text = parse_html(_sample_html()), parse_text(text.get_content())
    assert (from_html.layout, from_html.unplaced) == ("html-table", ())
    assert from_html.members == from_text.members
    assert len(from_html.members) == 200
    assert [n.code for n in from_html.notes] == [n.code for n in from_text.notes]


def _contacts_of(html: str) -> dict[str, list[tuple[str, str, str]]]:
    parsed = parse_html(html)
    return {m.tld.ace: [(c.name, c.email, c.phone) for c in m.contacts] for m in parsed.members}


def test_a_link_after_an_email_label_gives_its_address() -> None:
    html = (
        "<html><body><p>.ad Andorra (EU)</p><p>Name: Emil Jansen<br>"
        'Email address: <a href="mailto:noc@nic.ad">Email the NOC</a><br>'
        "Mobile phone number: +376 312 558</p><p>.nl Netherlands (EU)</p><p>Name: Sara Smit<br>"
        'E-mail: <a href="mailto:csirt@sidn.nl">Send an e-mail to this contact</a><br>'
        "Mobile: +31 6 12345678</p></body></html>"
    )
    assert _contacts_of(html) == {
        "ad": [("Emil Jansen", "noc@nic.ad", "+376 312 558")],
        "nl": [("Sara Smit", "csirt@sidn.nl", "+31 6 12345678")],
    }


def test_a_grid_of_one_cell_per_contact_is_read_as_lines() -> None:
    def cell(i: int, name: str, email: str, phone: str) -> str:
        return f"<td>Contact Person #{i}:<br>Name: {name}<br>Email: {email}<br>Phone: {phone}</td>"

    people = [("Sara Smit", "a@sidn.nl", "+31 6 12345678"), ("Ana Silva", "b@sidn.nl", "+31 6 12345679"),
              ("Kofi Mensah", "c@sidn.nl", "+31 6 12345670")]  # fmt: skip
    html = (
        "<table><tr><td colspan=3>.ad Andorra (EU)</td></tr><tr>"
        + cell(1, "Emil Jansen", "noc@nic.ad", "+376 312 558")
        + "</tr><tr><td colspan=3>.nl Netherlands (EU)</td></tr><tr>"
        + "".join(cell(i, *p) for i, p in enumerate(people, start=1))
        + "</tr></table>"
    )
    assert _contacts_of(html) == {
        "ad": [("Emil Jansen", "noc@nic.ad", "+376 312 558")],
        "nl": people,
    }


def test_a_data_cell_with_two_labelled_numbers_stays_in_its_row() -> None:
    html = (
        "<table><tr><th>ccTLD</th><th>Country</th><th>Region</th><th>#</th><th>Name</th>"
        "<th>Email</th><th>Phone</th></tr><tr><td>.nl</td><td>Netherlands</td><td>EU</td>"
        "<td>1</td><td>Emil Jansen</td><td>csirt@sidn.nl</td>"
        "<td>Mobile: +31 6 1234 5678<br>Office: +31 26 352 5500</td></tr></table>"
    )
    parsed = parse_html(html)
    (member,) = parsed.members
    assert member.region is not None and member.region.value == "EU"
    (contact,) = member.contacts
    assert (contact.name, contact.email) == ("Emil Jansen", "csirt@sidn.nl")
    assert contact.phone == "Mobile: +31 6 1234 5678 Office: +31 26 352 5500"
    assert parsed.unplaced == ()


def test_label_value_rows_with_a_long_qualified_label() -> None:
    html = (
        "<p>.ad Andorra (EU)</p><table>"
        + row("Name", "Emil Van der Berg")
        + row("Email-address", "abuse1@nic.ad")
        + row("Mobile phone number (international format):", "+376 312 558")
        + "</table>"
    )
    body = parse_html(html)
    assert contacts(body) == {"ad": AD[:1]}
    assert body.unplaced == ()


def test_merged_cells_stand_for_as_many_cells() -> None:
    """Word and Outlook merge empty neighbours: "<td colspan=2></td>" for a region and a #."""
    html = (
        f"<table>{HEADER_ROW}"
        + row(".tt", "Trinidad and Tobago", "", "1", "Tom", "tom@nic.tt", "+1 868 555 1234")
        + "<tr><td>.ad</td><td colspan=2>Andorra</td><td>1</td><td>Emil Van der Berg</td>"
        "<td>abuse1@nic.ad</td><td>+376 312 558</td></tr>"
        + '<tr><td>.ae</td><td>United Arab Emirates</td><td colspan="2" rowspan="2"></td>'
        "<td>Amara Nakamura</td><td>csirt1@nic.ae</td><td>+971 (50) 123 4176</td></tr>"
        + "<tr><td>.ae</td><td>United Arab Emirates</td><td>Second</td><td>csirt2@nic.ae</td>"
        "<td>+971 50 123 4177</td></tr>" + "</table>"
    )
    body = parse_html(html)
    assert contacts(body) == {
        "tt": [("Tom", "tom@nic.tt", "+1 868 555 1234")],
        "ad": AD[:1],
        "ae": [*AE, ("Second", "csirt2@nic.ae", "+971 50 123 4177")],
    }
    assert body.unplaced == ()
    assert [m.country for m in body.members] == [
        "Trinidad and Tobago",
        "Andorra",
        "United Arab Emirates",
    ]


def test_a_row_that_leaves_out_its_empty_last_cells_has_them_empty() -> None:
    """(And empty cells beyond the header's are none: the row was reported and lost.)"""
    html = (
        f"<table>{HEADER_ROW}"
        + row(".ad", "Andorra", "EU", "1", "Emil Van der Berg", "abuse1@nic.ad")
        + row(".ae", "United Arab Emirates", "AP", "1", "Amara Nakamura")
        + row(".tt", "Trinidad and Tobago", "", "1", "Tom", "tom@nic.tt", "+1 868 555 1234", "", "")
        + "</table>"
    )
    body = parse_html(html)
    assert contacts(body) == {
        "ad": [("Emil Van der Berg", "abuse1@nic.ad", "")],
        "ae": [("Amara Nakamura", "", "")],
        "tt": [("Tom", "tom@nic.tt", "+1 868 555 1234")],
    }
    assert body.unplaced == ()


def test_zero_width_spaces_and_soft_hyphens_are_not_text() -> None:
    """ "&#8203;" and "&shy;" show nothing: a ccTLD cell, a header line or a label with one
    was not read, and the contacts were lost."""
    html = (
        f"<table>{HEADER_ROW}"
        + row("&#8203;.ad", "Andorra&#8203;", "EU&#8203;", "1", "Emil&shy;Berg", AD[0][1], AD[0][2])
        + "</table><p>&#8203;.ae United Arab Emirates (AP)&#8203;</p><p>&#8203;Contact 1:</p>"
        + "<p>Na&shy;me: Amara Nakamura</p><p>Email: csirt1@nic.ae</p>"
        + "<p>Mobile: +971 (50) 123 4176</p>"
    )
    body = parse_html(html)
    assert contacts(body) == {"ad": [("EmilBerg", *AD[0][1:])], "ae": AE}
    assert [m.region for m in body.members] == [Region.EU, Region.AP]
    assert body.unplaced == ()


def test_a_label_alone_takes_the_value_in_the_block_after_it() -> None:
    """ "Name:<br>Emil", "<div>Email address:</div><div>...</div>": the value was reported
    unplaced and the contact kept without it."""
    html = (
        f"{RULE}<div>.ad Andorra (EU)</div>{RULE}<div>Contact Person #1:</div>"
        f"<div>Name:<br>{AD[0][0]}</div><div><b>Email address:</b></div><div>{AD[0][1]}</div>"
        f"<p>Mobile phone number:</p><p>{AD[0][2]}</p>"
        "<div>Contact Person #2:</div><div>Name:</div><div>Email address: security2@nic.ad</div>"
    )
    body = parse_html(html)
    assert contacts(body) == {"ad": [AD[0], ("", "security2@nic.ad", "")]}
    assert body.unplaced == ()


def test_label_cells_with_a_full_width_colon_and_east_asian_column_names() -> None:
    """ "姓名：" beside its value was read with the row's "|" in the value ("| 王伟"), and a
    table of "氏名 | メール | 携帯電話" was reported and lost."""
    html = (
        "<p>.中国（xn--fiqs8s；China）（AP）</p><table>"
        + row("姓名：", "王伟")
        + row("电子邮件：", '<a href="mailto:wang@cnnic.cn">wang@cnnic.cn</a>')
        + row("手机：", "+86 138 0013 8000")
        + "</table><p>.jp Japan (AP)</p><table>"
        + "<tr><th>#</th><th>氏名</th><th>メール</th><th>携帯電話</th></tr>"
        + row("1", "山田太郎", "yamada@jprs.jp", "090-1234-5678")
        + "</table>"
    )
    body = parse_html(html)
    assert contacts(body) == {
        "xn--fiqs8s": [("王伟", "wang@cnnic.cn", "+86 138 0013 8000")],
        "jp": [("山田太郎", "yamada@jprs.jp", "090-1234-5678")],
    }
    assert body.unplaced == ()


def test_a_two_row_header_with_a_merged_heading_cell() -> None:
    html = (
        "<table><tr><th rowspan=2>ccTLD</th><th rowspan=2>Country</th><th rowspan=2>Region</th>"
        "<th rowspan=2>#</th><th colspan=3>Contact</th></tr>"
        "<tr><th>Name</th><th>Email</th><th>Phone</th></tr>"
        + row(".ad", "Andorra", "EU", "1", *AD[0])
        + "</table>"
    )
    body = parse_html(html)
    assert contacts(body) == {"ad": AD[:1]}
    assert body.unplaced == ()


def test_a_table_per_member_without_a_cctld_column() -> None:
    """Each member's header, then a table of its own contacts: "# | Name | Email | Phone"."""

    def member(header: str, people: list[tuple[str, str, str]]) -> str:
        cells = "".join(
            f"<tr><td>{n}</td><td>{name}</td><td><a href='mailto:{e}'>{e}</a></td><td>{p}</td></tr>"
            for n, (name, e, p) in enumerate(people, start=1)
        )
        return (
            f"<table border=1><tr><th colspan=4>{header}</th></tr>"
            f"<tr><th>#</th><th>Name</th><th>Email</th><th>Phone</th></tr>{cells}</table><br>"
        )

    ru = [("Иван Петров", "ivan@cctld.ru", "+7 916 123-45-67")]
    html = member(".ad Andorra (EU)", AD) + member(".рф (.xn--p1ai; Russia) (EU)", ru)
    body = parse_html(f"<html><body><p>TLD-OPS</p>{html}</body></html>")
    assert contacts(body) == {"ad": AD, "xn--p1ai": ru}
    assert body.unplaced == ()


# Tags split over lines, lone "<" signs, declarations, raw text and a tag never closed: what the
# reader made of them before it matched tags in place (line numbers included).
_ODD_PAGE = (
    "<!doctype html\n>\n<?xml version='1.0'\n?><html><head\n><title>t</title></head><body>\n"
    "a < b, <3 and <\nx> not tags; <!-- a\ncomment --> <p\nclass=x>one</p\n>"
    "<table\nborder=1><tr\n><td rowspan\n=2>.ad</td><td\n>Emil</td><td><a\nhref='mailto:e@nic.ad'"
    '>mail</a\n></td></tr>\n<tr><td colspan="2">x</td></tr></table>'
    "<textarea\n>kept <b>as</b> text</textarea\n>after<script>\n<tr>\n</script>"
    '<pre>a\nb</pre><A HREF="MAILTO:N%40nic.ad">N at nic dot ad</A> tail <b'
)


def test_odd_markup_reads_as_it_always_did() -> None:
    reader = _Reader()
    reader.feed(_ODD_PAGE)
    reader.close()
    assert reader.lines == [
        (2, "a < b, <3 and < x> not tags;"),
        (9, "one"),
        (11, ".ad | Emil | e@nic.ad"),
        (17, ".ad | x | "),
        (18, "kept <b>as</b> textafter"),
        (21, "a"),
        (22, "b"),
        (22, "N@nic.ad tail <b"),
    ]


@pytest.mark.parametrize("tag", ["iframe", "noembed", "noframes", "title", "noscript", "template"])
def test_a_self_closed_skipped_element_hides_nothing_after_it(tag: str) -> None:
    """``<iframe src="..."/>`` (a tracking frame, say) holds nothing: what follows is read."""
    table = "<table>" + HEADER_ROW + row(".ad", "Andorra", "EU", "1", *AD[0]) + "</table>"
    body = parse_html(f'<html><body><p>Hello</p><{tag} src="x"/>{table}</body></html>')
    assert contacts(body) == {"ad": [AD[0]]}


def test_a_bar_inside_a_cell_stays_a_bar() -> None:
    """A row's cells are written as one line with "|" between them: a "|" a cell holds is
    its own, and neither splits the cell nor reads as "/"."""
    table = (
        "<table>" + HEADER_ROW
        + row(".ad", "Andorra", "EU", "1", "Emil Van der Berg | NOC", "abuse1@nic.ad",
              "+376 312 558")
        + row(".ae", "United Arab Emirates", "AP", "1", *AE[0])
        + row(".x|y", "Nowhere | Land", "EU", "1", "Anna", "a@nic.ad", "+376 312 559")
        + "</table>"
    )  # fmt: skip
    body = parse_html(table)
    assert contacts(body) == {
        "ad": [("Emil Van der Berg | NOC", "abuse1@nic.ad", "+376 312 558")],
        "ae": AE,
    }
    assert [(u.text, u.reason) for u in body.unplaced] == [
        (".x|y | Nowhere | Land | EU | 1 | Anna | a@nic.ad | +376 312 559", "bad-cctld")
    ]


def test_cells_beyond_the_header_row_are_reported_and_the_row_read() -> None:
    """A row with a cell more than its header names (a note after the number, a row number
    before the ccTLD) was lost, reported only as a row that did not fit."""
    rows = [
        [".ad", "Andorra", "EU", "1", "Pere Puig", "pere@nic.ad", "+376 312 558", "24/7 desk"],
        [".ad", "Andorra", "EU", "2", "Anna Vila", "anna@nic.ad", "+376 312 559"],
        ["3", ".nl", "Netherlands", "EU", "1", "Jan Jansen", "jan@sidn.nl", "+31 6 1234 5678"],
    ]
    table = "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    message = EmailMessage()
    message["Subject"] = "[tld-ops] TLD-OPS Incident Response Community Repository <20261101-0600>"
    message["From"] = "tld-ops@lists.dns-oarc.net"
    message["List-Id"] = "<tld-ops.lists.dns-oarc.net>"
    message.set_content(
        f"<html><body><table>\n{HEADER_ROW}\n{table}\n</table></body></html>", subtype="html"
    )
    (edition,) = examine(message.as_bytes(), "edition.eml").editions
    assert contacts(edition.body) == {
        "ad": [("Pere Puig", "pere@nic.ad", "+376 312 558"), ("Anna Vila", "anna@nic.ad", "+376 312 559")],
        "nl": [("Jan Jansen", "jan@sidn.nl", "+31 6 1234 5678")],
    }  # fmt: skip
    assert [(u.text, u.reason) for u in edition.body.unplaced] == [
        ("24/7 desk", "stray-text"),
        ("3", "stray-text"),
    ]


def test_a_row_with_a_column_its_header_does_not_name_is_not_read_askew() -> None:
    """The rows have a "#" the header lacks: reading their first cells would make "1" the
    name and the name the address. The row stays reported whole."""
    columns = ("ccTLD", "Name", "Email", "Phone", "Country", "Region")
    cells = (".ad", "1", "Pere Puig", "pere@nic.ad", "+376 312 558", "Andorra", "EU")
    header = "".join(f"<th>{c}</th>" for c in columns)
    row = "".join(f"<td>{c}</td>" for c in cells)
    body = parse_html(f"<table><tr>{header}</tr>\n<tr>{row}</tr></table>")
    assert all(not member.contacts for member in body.members)
    assert [u.reason for u in body.unplaced] == ["bad-row"]
