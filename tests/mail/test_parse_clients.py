"""Editions as they reach responders after passing through mail programs, written by hand:
Outlook's HTML (MsoNormal paragraphs, <o:p>, conditional comments, VML) in Windows-1252 with
its smart quotes and dashes, a Gmail forward (its gmail_quote blockquote), Apple Mail's HTML
(a <div> a line), the text an HTML-to-text converter makes (*bold* and _underlined_ labels,
[image: ...], a link's target after its text), an edition quoted with "> " and wrapped
again at 72 columns by the quoting client, no-break and zero-width spaces in names,
addresses and numbers, and numbers written "+44 (0)20 ...", "0044 20 ...",
"+33.1.23.45.67.89", "+1-202-555-0100". Each is imported through ``tldops import`` and every
contact read back as written."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from tests.mail.test_parse_handwritten import FOOTER, block, import_one, message, shown_as
from tldops_desktop.mail.parse import parse_text

Contact = tuple[str, str, str, str | None]  # name, email, phone, its E.164 form
RULE = "-" * 64


def html_message(stamp: str, html: str, charset: str = "utf-8") -> str:
    content = f"Content-Type: text/html; charset={charset}\nContent-Transfer-Encoding: 8bit\n"
    return message(stamp, html, content)


def plain_message(stamp: str, text: str) -> str:
    return message(stamp, text)


def mso(text: str) -> str:
    return f"<p class=MsoNormal>{text}<o:p></o:p></p>\n"


OUTLOOK = html_message(
    "20230301-0600",
    """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=Generator content="Microsoft Word 15 (filtered medium)">
<!--[if !mso]><style>v\\:* {behavior:url(#default#VML);}
o\\:* {behavior:url(#default#VML);}
</style><![endif]--><style><!--
/* Font Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang=EN-GB link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<div class=WordSection1>
"""
    + mso("Dear TLD-OPS members,")
    + mso("<o:p>&nbsp;</o:p>")
    + mso(
        '<!--[if gte vml 1]><v:shape id="Picture_x0020_1" o:spid="_x0000_i1025" type="#_x0000_t75" style=\'width:60pt;height:20pt\'><v:imagedata src="cid:image001.png@01D9" o:title="logo"/></v:shape><![endif]--><![if !vml]><img width=80 height=27 src="cid:image001.png@01D9" alt="TLD-OPS logo" v:shapes="Picture_x0020_1"><![endif]>'
    )
    + mso("-" * 64)
    + mso("<b>.ie Ireland (EU)<o:p></o:p></b>")
    + mso("-" * 64)
    + mso("Contact Person #1 (primary):")
    + mso("Name: Se\x87n O’Brien".replace("\x87", "\xe1"))
    + mso(
        "Email address: <a href=\"mailto:sean.obrien@weare.ie\"><span style='color:#0563C1'>sean.obrien@weare.ie</span></a>"
    )
    + mso("Mobile phone number: +353&nbsp;87&nbsp;123&nbsp;4567")
    + mso("<o:p>&nbsp;</o:p>")
    + mso("Contact Person #2 (secondary):")
    + mso("Name: Aoife Ní Bhriain–Walsh")
    + mso('Email address: <a href="mailto:aoife@weare.ie">aoife@weare.ie</a>')
    + mso("Mobile phone number: +44 (0)20 7946 0958")
    + mso("<o:p>&nbsp;</o:p>")
    + mso("-" * 64)
    + mso("<b>.fr France (EU)</b>")
    + mso("-" * 64)
    + mso("Contact Person #1 (primary):")
    + mso("Name: Jean–Luc “JL” Martin")
    + mso('Email address: <a href="mailto:jl.martin@afnic.fr">jl.martin@afnic.fr</a>')
    + mso("Mobile phone number: +33.1.23.45.67.89")
    + mso("<o:p>&nbsp;</o:p>")
    + mso("_" * 47)
    + mso("tld-ops mailing list")
    + mso("tld-ops@lists.dns-oarc.net")
    + "</div>\n</body>\n</html>\n",
    charset="windows-1252",
)
OUTLOOK_READ: dict[str, list[Contact]] = {
    "ie": [
        ("Seán O’Brien", "sean.obrien@weare.ie", "+353 87 123 4567", "+353871234567"),
        ("Aoife Ní Bhriain–Walsh", "aoife@weare.ie", "+44 (0)20 7946 0958", "+442079460958"),
    ],
    "fr": [("Jean–Luc “JL” Martin", "jl.martin@afnic.fr", "+33.1.23.45.67.89", "+33123456789")],
}


def gm(line: str) -> str:
    return f'<div dir="ltr">{line}</div>'


GMAIL = html_message(
    "20230401-0600",
    '<div dir="ltr"><br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">TLD-OPS</strong> <span dir="auto">&lt;<a href="mailto:tld-ops@lists.dns-oarc.net">tld-ops@lists.dns-oarc.net</a>&gt;</span><br>Date: Sat, Apr 1, 2023 at 8:00 AM<br>Subject: [tld-ops] TLD-OPS Incident Response Community Repository &lt;20230401-0600&gt;<br>To: &lt;<a href="mailto:tld-ops@lists.dns-oarc.net">tld-ops@lists.dns-oarc.net</a>&gt;<br></div><br><br>'
    '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
    + "-" * 64
    + "<br>.de Germany (EU)<br>"
    + "-" * 64
    + "<br>"
    + 'Contact Person #1 (primary):<br>Name: Jens Maier<br>Email address: <a href="mailto:jens@denic.de" target="_blank">jens@denic.de</a><br>Mobile phone number: <a href="tel:+491512345678" target="_blank">+49 151 2345 678</a><br><br>'
    + 'Contact Person #2 (secondary):<br>Name: Anke Müller<br>Email address: <a href="mailto:anke@denic.de" target="_blank">anke@denic.de</a><br>Mobile phone number: 0049 160 1234567<br><br>'
    + "-" * 64
    + "<br>.us United States (NA)<br>"
    + "-" * 64
    + "<br>"
    + 'Contact Person #1 (primary):<br>Name: Mary Smith<br>Email address: <a href="mailto:mary@nic.us" target="_blank">mary@nic.us</a><br>Mobile phone number: +1-202-555-0100<br><br>'
    + "_" * 47
    + '<br>tld-ops mailing list<br><a href="mailto:tld-ops@lists.dns-oarc.net" target="_blank">tld-ops@lists.dns-oarc.net</a><br>'
    + "</blockquote></div></div>\n",
)
GMAIL_READ: dict[str, list[Contact]] = {
    "de": [
        ("Jens Maier", "jens@denic.de", "+49 151 2345 678", "+491512345678"),
        ("Anke Müller", "anke@denic.de", "0049 160 1234567", "+491601234567"),
    ],
    "us": [("Mary Smith", "mary@nic.us", "+1-202-555-0100", "+12025550100")],
}


def ap(line: str) -> str:
    return f"<div>{line}</div>"


APPLE = html_message(
    "20230501-0600",
    '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
    + ap("Dear all,")
    + ap("<br>")
    + ap("-" * 64)
    + ap(".nl Netherlands (EU)")
    + ap("-" * 64)
    + ap("Contact Person #1 (primary):")
    + ap("Name: Anna de&nbsp;Vries")
    + ap('Email address: <a href="mailto:anna@sidn.nl">anna@sidn.nl</a>')
    + ap("Mobile phone number: +31&nbsp;6&nbsp;1234&nbsp;5678")
    + ap("<br>")
    + ap("Contact Person #2 (secondary):")
    + ap("Name: Pieter Jansen")
    + ap("Email address: pieter@sidn.nl")
    + ap("Mobile phone number: 0031 6 8765 4321")
    + ap("<br>")
    + ap("-" * 64)
    + ap(".gb United Kingdom (EU)")
    + ap("-" * 64)
    + ap("Contact Person #1 (primary):")
    + ap("Name: Oliver Hughes")
    + ap("Email address: oliver@nominet.uk")
    + ap("Mobile phone number: 0044 20 7946 0123")
    + ap("<br>")
    + ap("_" * 47)
    + ap("tld-ops mailing list")
    + ap("tld-ops@lists.dns-oarc.net")
    + "</body></html>\n",
)
APPLE_READ: dict[str, list[Contact]] = {
    "nl": [
        ("Anna de Vries", "anna@sidn.nl", "+31 6 1234 5678", "+31612345678"),
        ("Pieter Jansen", "pieter@sidn.nl", "0031 6 8765 4321", "+31687654321"),
    ],
    "gb": [("Oliver Hughes", "oliver@nominet.uk", "0044 20 7946 0123", "+442079460123")],
}

CONVERTED = plain_message(
    "20230601-0600",
    "[image: TLD-OPS logo]\n\nDear all,\n\n" + "-" * 64 + "\n*.be Belgium (EU)*\n" + "-" * 64 + "\n"
    "*Contact Person #1 (primary):*\n*Name:* Els Peeters\n*Email address:* els@dnsbelgium.be <els@dnsbelgium.be>\n*Mobile phone number:* +32 475 12 34 56\n\n"
    "_Contact Person #2 (secondary):_\n_Name:_ Jan Claes\n_Email address:_ jan@dnsbelgium.be <mailto:jan@dnsbelgium.be>\n_Mobile phone number:_ +32 470 98 76 54\n\n"
    + "-" * 64
    + "\n*.at Austria (EU)*\n"
    + "-" * 64
    + "\n"
    "*Contact Person #1 (primary):*\n*Name:* Eva Gruber\n*Email address:* eva@nic.at\n*Mobile phone number:* +43 664 123 4567\n\n[image: footer]\n\n"
    + FOOTER,
)
CONVERTED_READ: dict[str, list[Contact]] = {
    "be": [
        ("Els Peeters", "els@dnsbelgium.be", "+32 475 12 34 56", "+32475123456"),
        ("Jan Claes", "jan@dnsbelgium.be", "+32 470 98 76 54", "+32470987654"),
    ],
    "at": [("Eva Gruber", "eva@nic.at", "+43 664 123 4567", "+436641234567")],
}

# The edition quoted with "> " in a member's mail, wrapped again at 72 columns by the quoting
# client: a rest on the next line with the quote mark, and one without it.
QUOTED = (
    "On Sat, Jul 1, 2023 at 8:00 AM TLD-OPS <tld-ops@lists.dns-oarc.net> wrote:\n"
    "> Dear TLD-OPS members, below is the current list of incident response\ncontacts of the\n> member ccTLDs.\n>\n"
    "> " + "-" * 64 + "\n> .ch Switzerland (EU)\n> " + "-" * 64 + "\n"
    "> Contact Person #1 (primary):\n> Name: Maximiliana Alexandrina Wolfeschlegelsteinhausen von der\nHohenzollern\n"
    "> Email address:\n> maximiliana.wolfeschlegelsteinhausen@security-operations.switch.ch\n"
    "> Mobile phone number: +41 79 123 45 67 (24/7, preferred for urgent\n> incidents)\n>\n"
    "> Contact Person #2 (secondary):\n> Name: Urs Meier\n> Email address: urs@switch.ch\n> Mobile phone number: +41 76 987 65 43\n>\n"
    "> " + "-" * 64 + "\n> .li Liechtenstein (EU)\n> " + "-" * 64 + "\n"
    "> Contact Person #1 (primary):\n> Name: Lena Frick\n> Email address: lena@nic.li\n> Mobile phone number: +423 791 23 45\n>\n"
    "> " + FOOTER.replace("\n", "\n> ").rstrip("> ") + "\n"
)
QUOTED_READ: dict[str, list[Contact]] = {
    "ch": [
        (
            "Maximiliana Alexandrina Wolfeschlegelsteinhausen von der Hohenzollern",
            "maximiliana.wolfeschlegelsteinhausen@security-operations.switch.ch",
            "+41 79 123 45 67 (24/7, preferred for urgent incidents)",
            "+41791234567",
        ),
        ("Urs Meier", "urs@switch.ch", "+41 76 987 65 43", "+41769876543"),
    ],
    "li": [("Lena Frick", "lena@nic.li", "+423 791 23 45", "+4237912345")],
}

INVISIBLE = plain_message(
    "20230801-0600",
    block(
        ".es Spain (EU)",
        "Contact Person #1 (primary):\nName: José\u00a0García\nEmail address: jose\u200b.garcia@red\u200b.es\nMobile phone number: +34\u00a0612\u00a0345\u00a0678\n",
        "Contact Person #2 (secondary):\nName: Lucía Pérez\nEmail address: lucia@red.es\u200b\nMobile phone number: +34\u202f699\u200b 876\u00a0543\n",
    )
    + block(
        ".pt Portugal (EU)",
        "Contact Person #1 (primary):\nName: João Silva\nEmail address: joao@dns.pt\nMobile phone number: +351\u2011912\u2011345\u2011678\n",
    )
    + FOOTER,
)
INVISIBLE_READ: dict[str, list[Contact]] = {
    "es": [
        ("José García", "jose.garcia@red.es", "+34 612 345 678", "+34612345678"),
        ("Lucía Pérez", "lucia@red.es", "+34 699 876 543", "+34699876543"),
    ],
    "pt": [("João Silva", "joao@dns.pt", "+351‑912‑345‑678", "+351912345678")],
}


def li(text: str) -> str:
    """A paragraph of a Word list, its bullet in Outlook's downlevel-revealed comment."""
    return (
        "<p class=MsoListParagraphCxSpMiddle style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'>·<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>"
        + text
        + "<o:p></o:p></p>\n"
    )


# Outlook's Word lists (a bullet in a conditional comment, tab spans after bold labels)
OUTLOOK_LIST = html_message(
    "20230901-0600",
    "<html><body><div class=WordSection1>"
    + mso(RULE)
    + mso("<b><span lang=EN-US>.pl Poland (EU)</span></b>")
    + mso(RULE)
    + mso("<b>Contact Person #1 (primary):</b>")
    + li(
        "<b>Name:</b><span style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>Krzysztof Wójcik"
    )
    + li(
        "<b>Email address:</b><span style='mso-tab-count:1'>&nbsp;&nbsp; </span><a href=\"mailto:k.wojcik@nask.pl\">k.wojcik@nask.pl</a>"
    )
    + li("<b>Mobile phone number:</b> +48&nbsp;601&nbsp;234&nbsp;567")
    + mso("<o:p>&nbsp;</o:p>")
    + mso("<span style='mso-fareast-language:EN-US'>Contact Person #2 (secondary):</span>")
    + mso("Name: Zofia Nowak-Kowalska")
    + mso(
        'Email address: <span class=MsoHyperlink><a href="mailto:zofia@nask.pl">zofia@nask.pl</a></span>'
    )
    + mso("Mobile phone number: (+48) 602 345 678")
    + mso("<o:p>&nbsp;</o:p>")
    + mso("_" * 47)
    + mso("tld-ops mailing list")
    + "</div></body></html>\n",
    charset="windows-1252",
)
OUTLOOK_LIST_READ: dict[str, list[Contact]] = {
    "pl": [
        ("Krzysztof Wójcik", "k.wojcik@nask.pl", "+48 601 234 567", "+48601234567"),
        ("Zofia Nowak-Kowalska", "zofia@nask.pl", "(+48) 602 345 678", "+48602345678"),
    ]
}

# Apple Mail's forward: the edition's <div> lines in a blockquote of type cite
APPLE_FWD = html_message(
    "20231001-0600",
    '<html><body style="overflow-wrap: break-word;"><div>FYI</div><div><br><blockquote type="cite"><div>Begin forwarded message:</div><br class="Apple-interchange-newline"><div style="margin-top: 0px;"><span style="font-family: -apple-system;"><b>From: </b></span><span>TLD-OPS &lt;tld-ops@lists.dns-oarc.net&gt;</span></div><br><div><div dir="auto">'
    + "".join(
        f"<div>{x}</div>"
        for x in [
            RULE,
            ".dk Denmark (EU)",
            RULE,
            "Contact Person #1 (primary):",
            "Name: Søren Ørsted",
            'Email address: <a href="mailto:soeren@dk-hostmaster.dk">soeren@dk-hostmaster.dk</a>',
            "Mobile phone number: +45 20 12 34 56",
            "<br>",
            "Contact Person #2 (secondary):",
            "Name: Åse Jørgensen",
            "Email address: aase@dk-hostmaster.dk",
            "Mobile phone number: 0045 31 23 45 67",
            "<br>",
            "_" * 47,
            "tld-ops mailing list",
        ]
    )
    + "</div></div></blockquote></div></body></html>\n",
)
APPLE_FWD_READ: dict[str, list[Contact]] = {
    "dk": [
        ("Søren Ørsted", "soeren@dk-hostmaster.dk", "+45 20 12 34 56", "+4520123456"),
        ("Åse Jørgensen", "aase@dk-hostmaster.dk", "0045 31 23 45 67", "+4531234567"),
    ]
}

# Plain text in Windows-1252: smart quotes and a dash in names, an address in quotes
CP1252_PLAIN = plain_message(
    "20231101-0600",
    block(
        ".ie Ireland (EU)",
        "Contact Person #1 (primary):\nName: Seán O’Brien\nEmail address: sean@weare.ie\nMobile phone number: +353 (0)87 123 4567\n",
        "Contact Person #2 (secondary):\nName: Máire Ní Bhriain – Walsh\nEmail address: “maire@weare.ie”\nMobile phone number: 00353 87 765 4321\n",
    )
    + FOOTER,
).replace("charset=utf-8", "charset=windows-1252")
CP1252_PLAIN_READ: dict[str, list[Contact]] = {
    "ie": [
        ("Seán O’Brien", "sean@weare.ie", "+353 (0)87 123 4567", "+353871234567"),
        ("Máire Ní Bhriain – Walsh", "maire@weare.ie", "00353 87 765 4321", "+353877654321"),
    ]
}

# Markdown from a converter: **bold** and *italic* labels, links as [text](target)
CONVERTED2 = plain_message(
    "20231201-0600",
    "[image: TLD-OPS]\n\n"
    + RULE
    + "\n**.it Italy (EU)**\n"
    + RULE
    + "\n\n**Contact Person #1 (primary):**\n\n**Name:** Giulia Rossi\n\n**Email address:** [giulia@nic.it](mailto:giulia@nic.it)\n\n**Mobile phone number:** [+39 333 123 4567](tel:+393331234567)\n\n*Contact Person #2 (secondary):*\n\n*Name*: Marco Bianchi\n\n*Email address*: marco@nic.it <mailto:marco@nic.it>\n\n*Mobile phone number*: +39.333.765.4321\n\n"
    + FOOTER,
)
CONVERTED2_READ: dict[str, list[Contact]] = {
    "it": [
        ("Giulia Rossi", "giulia@nic.it", "+39 333 123 4567", "+393331234567"),
        ("Marco Bianchi", "marco@nic.it", "+39.333.765.4321", "+393337654321"),
    ]
}

# No-break and zero-width spaces after labels, inside an address and a number
ZW = plain_message(
    "20240101-0600",
    block(
        ".cz Czechia (EU)",
        "Contact Person #1 (primary):\nName: Jiří\u00a0Novák\nEmail address: jiri\u200b@nic\u200b.cz\nMobile phone number: +420\u00a0601\u200b 123\u00a0456\n",
        "Contact Person #2 (secondary):\nName: Eva Svobodová\nEmail address:\u00a0eva@nic.cz\u00a0\nMobile phone number:\u00a0+1-202-555-0100\n",
    )
    + FOOTER,
)
ZW_READ: dict[str, list[Contact]] = {
    "cz": [
        ("Jiří Novák", "jiri@nic.cz", "+420 601 123 456", "+420601123456"),
        ("Eva Svobodová", "eva@nic.cz", "+1-202-555-0100", "+12025550100"),
    ]
}


@pytest.mark.parametrize(
    ("written", "read"),
    [
        (OUTLOOK, OUTLOOK_READ),
        (GMAIL, GMAIL_READ),
        (APPLE, APPLE_READ),
        (CONVERTED, CONVERTED_READ),
        (INVISIBLE, INVISIBLE_READ),
        (OUTLOOK_LIST, OUTLOOK_LIST_READ),
        (APPLE_FWD, APPLE_FWD_READ),
        (CP1252_PLAIN, CP1252_PLAIN_READ),
        (CONVERTED2, CONVERTED2_READ),
        (ZW, ZW_READ),
    ],
    ids=[
        "outlook",
        "gmail-forward",
        "apple-mail",
        "converted-to-text",
        "invisible-spaces",
        "outlook-lists",
        "apple-forward",
        "windows-1252-text",
        "markdown",
        "spaces-after-labels",
    ],
)
def test_an_edition_through_a_mail_program_is_imported_as_written(
    written: str,
    read: dict[str, list[Contact]],
    tmp_path: Path,
    passphrase: str,
    run_cli: Any,
) -> None:
    encoding = "windows-1252" if "charset=windows-1252" in written else "utf-8"
    report = import_one(run_cli, tmp_path, written.encode(encoding))
    assert report["notes"] == []
    listed = run_cli("search", "--json")
    assert listed.code == 0, listed.err
    assert sorted(m["tld"]["ace"] for m in listed.json()["results"]) == sorted(read)
    for ace, contacts in read.items():
        shown_as(run_cli, ace, contacts)


def member_message(subject: str, body: str) -> str:
    """A member's own mail to the list: its copy of the edition is no edition."""
    return (
        message("20230701-0600", body)
        .replace("Subject: [tld-ops] TLD-OPS", f"Subject: {subject}[tld-ops] TLD-OPS")
        .replace("From: tld-ops@lists.dns-oarc.net", "From: Anna <anna@example.org>")
    )


FORWARD_HEADERS = (
    "-------- Forwarded Message --------\n"
    "Subject: [tld-ops] TLD-OPS Incident Response Community Repository <20230701-0600>\n"
    "Date: Sat, 1 Jul 2023 06:00:00 +0000\nFrom: tld-ops@lists.dns-oarc.net\n\n"
)


def test_an_edition_quoted_and_wrapped_again_is_read_as_written_and_never_imported(
    tmp_path: Path, passphrase: str, run_cli: Any
) -> None:
    """A reply that quotes it is no edition, and a forward in the text is named, not imported
    (its writer cannot be checked); what the forward quotes is read whole, its rests with
    and without the quote mark joined to their fields."""
    reply = tmp_path / "reply.eml"
    reply.write_text(member_message("Re: ", QUOTED), encoding="utf-8")
    forward = tmp_path / "forward.eml"
    forward.write_text(member_message("Fwd: ", FORWARD_HEADERS + QUOTED), encoding="utf-8")
    result = run_cli("import", reply, forward, "--json")
    report = result.json()
    assert report["imported"] == []
    assert [(p["code"], p["detail"]) for p in report["errors"]] == [
        ("forwarded-inline", "20230701-0600")
    ]
    parsed = parse_text(re.sub(r"(?m)^> ?", "", QUOTED))  # one level of quoting off
    got = {
        m.tld.ace: [(c.name, c.email, c.phone, c.phone_e164) for c in m.contacts]
        for m in parsed.members
    }
    assert got == QUOTED_READ
    assert parsed.unplaced == ()
