"""Editions written by hand, the way the list's generator and the mail programs between it
and a reader could have varied them over the years (fields in another order, labels and
headings of other wordings, tabs, trailing spaces, a client's wrapping at 72 columns,
quoted-printable and format=flowed soft breaks, names in other scripts with their Latin
spelling, a signature and the list's footer): each imported through ``tldops import``, and
every contact read back as written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

RULE = "-" * 64
FOOTER = (
    "_______________________________________________\ntld-ops mailing list\n"
    "tld-ops@lists.dns-oarc.net\nhttps://lists.dns-oarc.net/mailman/listinfo/tld-ops\n"
)
PLAIN = "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n"


def message(stamp: str, body: str, content: str = PLAIN, newline: str = "\n") -> str:
    """The message as the list sends it, its headers and body written out by hand."""
    text = (
        "From: tld-ops@lists.dns-oarc.net\nTo: tld-ops@lists.dns-oarc.net\n"
        "List-Id: TLD-OPS <tld-ops.lists.dns-oarc.net>\n"
        "Sender: tld-ops-bounces@lists.dns-oarc.net\n"
        "Date: Sun, 01 Nov 2026 06:00:00 +0000\nMIME-Version: 1.0\n"
        f"Subject: [tld-ops] TLD-OPS Incident Response Community Repository <{stamp}>\n"
        f"Message-ID: <{stamp}@lists.dns-oarc.net>\n{content}\n{body}"
    )
    return text.replace("\n", newline)


def block(header: str, *contacts: str) -> str:
    return f"{RULE}\n{header}\n{RULE}\n" + "\n".join(contacts) + "\n"


Contact = tuple[str, str, str, str | None]  # name, email, phone, its E.164 form


# Fields in another order, tabs between label and value, trailing spaces and tabs, a member
# with three contacts, contacts without a mobile, a signature, then the list's footer.
ORDER_TABS_SIGNATURE = message(
    "20150301-0600",
    "Dear TLD-OPS members,   \t\n\nBelow is the current list of incident response contacts.  \n\n"
    + block(
        ".ad Andorra (EU)   ",
        "Contact Person #1 (primary):\t\nMobile phone number:\t+376 312 558  \n"
        "Email address:\tpere.puig@nic.ad\t\nName:\tPere Puig   \n",
        "Contact Person #2 (secondary):\nEmail address:  joan@nic.ad   \nName:   Joan Vidal\n"
        "Mobile phone number:\n",
        "Contact Person #3:\nName:\t\tMaria Soler\nEmail address:\t\tmaria@nic.ad\n"
        "Mobile phone number:\t\t+376 690 123\n",
    )
    + block(
        ".nl Netherlands (EU)",
        "Contact Person #1 (primary):\nName:\tAnna de Vries\t\nEmail address:\tanna@sidn.nl",
        "Contact Person #2 (secondary):\nName:\tPieter Jansen\nEmail address:\tpieter@sidn.nl\n"
        "Mobile phone number:\t+31 6 1234 5678\n",
    )
    + "-- \nKind regards,\nTLD-OPS Standing Committee\nhttps://ccnso.icann.org/tld-ops\n\n"
    + FOOTER,
)
ORDER_TABS_SIGNATURE_READ: dict[str, tuple[str, list[Contact]]] = {
    "ad": ("EU", [("Pere Puig", "pere.puig@nic.ad", "+376 312 558", "+376312558"),
                  ("Joan Vidal", "joan@nic.ad", "", None),
                  ("Maria Soler", "maria@nic.ad", "+376 690 123", "+376690123")]),
    "nl": ("EU", [("Anna de Vries", "anna@sidn.nl", "", None),
                  ("Pieter Jansen", "pieter@sidn.nl", "+31 6 1234 5678", "+31612345678")]),
}  # fmt: skip

# Names in Arabic, Chinese and Cyrillic letters with their Latin spelling in brackets
SCRIPTS = message(
    "20180501-0600",
    block(
        ".eg Egypt (AF)",
        "Contact Person #1 (primary):\nName: محمد العلي (Mohammed Al-Ali)\n"
        "Email address: m.alali@nic.eg\nMobile phone number: +20 100 123 4567\n",
    )
    + block(
        ".cn China (AP)",
        "Contact Person #1 (primary):\nName: 王伟 (Wang Wei)\nEmail address: wangwei@cnnic.cn\n"
        "Mobile phone number: +86 139 1234 5678\n",
    )
    + block(
        ".рф (xn--p1ai; Russian Federation) (EU)",
        "Contact Person #1 (primary):\nName: Иван Петров (Ivan Petrov)\n"
        "Email address: petrov@cctld.ru\nMobile phone number: +7 912 345 67 89",
        "Contact Person #2 (secondary):\nName: Ольга Смирнова [Olga Smirnova]\n"
        "Email address: smirnova@cctld.ru\nMobile phone number: +7 916 123 45 67\n",
    )
    + FOOTER,
)
SCRIPTS_READ: dict[str, tuple[str, list[Contact]]] = {
    "eg": ("AF", [("محمد العلي (Mohammed Al-Ali)", "m.alali@nic.eg", "+20 100 123 4567",
                   "+201001234567")]),
    "cn": ("AP", [("王伟 (Wang Wei)", "wangwei@cnnic.cn", "+86 139 1234 5678", "+8613912345678")]),
    "xn--p1ai": ("EU", [
        ("Иван Петров (Ivan Petrov)", "petrov@cctld.ru", "+7 912 345 67 89", "+79123456789"),
        ("Ольга Смирнова [Olga Smirnova]", "smirnova@cctld.ru", "+7 916 123 45 67",
         "+79161234567"),
    ]),
}  # fmt: skip

# A mail program wrapped long fields at 72 columns
WRAPPED_AT_72 = message(
    "20191101-0600",
    block(
        ".de Germany (EU)",
        "Contact Person #1 (primary):\n"
        "Name: Maximiliana Alexandrina Wolfeschlegelsteinhausenbergerdorff von\nHohenzollern\n"
        "Email address: maximiliana.wolfeschlegelsteinhausen@registry-operations.denic.de\n"
        "Mobile phone number: +49 151 2345 6789 (24/7, preferred for urgent incidents\n"
        "outside office hours)\n",
        "Contact Person #2 (secondary):\nName: Emil Berg\nEmail address: emil@denic.de\n"
        "Mobile phone number: +49 160 1234567\n",
    )
    + FOOTER,
)
WRAPPED_AT_72_READ: dict[str, tuple[str, list[Contact]]] = {
    "de": ("EU", [
        ("Maximiliana Alexandrina Wolfeschlegelsteinhausenbergerdorff von Hohenzollern",
         "maximiliana.wolfeschlegelsteinhausen@registry-operations.denic.de",
         "+49 151 2345 6789 (24/7, preferred for urgent incidents outside office hours)",
         "+4915123456789"),
        ("Emil Berg", "emil@denic.de", "+49 160 1234567", "+491601234567"),
    ]),
}  # fmt: skip

# Quoted-printable, its soft breaks in the middle of an address and of a number
QUOTED_PRINTABLE = message(
    "20200601-0600",
    block(
        ".be Belgium (EU)",
        "Contact Person #1 (primary):\nName: Fran=C3=A7ois Dubois-Lef=C3=A8vre\n"
        "Email address: security-incident-response-team@dns=\nbelgium.be\n"
        "Mobile phone number: +32 470 12 34 56\n",
        "Contact Person #2 (secondary):\nName: Els Peeters\n"
        "Email address: els.peeters@dnsbelgi=\num.be\nMobile phone number: +32 475 98 76 =\n54\n",
    )
    + FOOTER,
    "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n",
)
QUOTED_PRINTABLE_READ: dict[str, tuple[str, list[Contact]]] = {
    "be": ("EU", [
        ("François Dubois-Lefèvre", "security-incident-response-team@dnsbelgium.be",
         "+32 470 12 34 56", "+32470123456"),
        ("Els Peeters", "els.peeters@dnsbelgium.be", "+32 475 98 76 54", "+32475987654"),
    ]),
}  # fmt: skip

# format=flowed: a soft break is a space at a line's end, here in the middle of a name
FLOWED = message(
    "20210101-0600",
    block(
        ".at Austria (EU)",
        "Contact Person #1 (primary):\nName: Johanna Maria Theresia Gruber-Hofstätter \n"
        "Edelmann\nEmail address: johanna.gruber-hofstaetter@nic.at\n"
        "Mobile phone number: +43 664 123 45 67 \n",
        "Contact Person #2 (secondary):\nName: Lukas Huber\nEmail address: lukas@nic.at\n"
        "Mobile phone number: +43 676 765 43 21\n",
    )
    + FOOTER,
    "Content-Type: text/plain; charset=utf-8; format=flowed\nContent-Transfer-Encoding: 8bit\n",
)
FLOWED_READ: dict[str, tuple[str, list[Contact]]] = {
    "at": ("EU", [
        ("Johanna Maria Theresia Gruber-Hofstätter Edelmann", "johanna.gruber-hofstaetter@nic.at",
         "+43 664 123 45 67", "+436641234567"),
        ("Lukas Huber", "lukas@nic.at", "+43 676 765 43 21", "+436767654321"),
    ]),
}  # fmt: skip

# Other labels and headings, in other cases; Latin-1 with CRLF line ends; a member with
# no region; an ordinal heading ("1st contact:")
LABELS_LATIN1 = message(
    "20130701-0600",
    block(
        ".fr France (EU)",
        "Primary contact:\nFULL NAME: Élodie Lefèvre\nE-Mail : elodie.lefevre@afnic.fr\n"
        "Phone : +33 6 12 34 56 78\n",
        "Secondary contact:\nfull name: Jérôme Müller\ne-mail: jerome.muller@afnic.fr\n"
        "mobile: 06 98 76 54 32\n",
    )
    + block(
        ".tt Trinidad and Tobago",
        "1st contact:\nName: Kwame Baptiste\nEmail: kwame@nic.tt\nMobile: +1 868 620 1234\n",
    )
    + FOOTER,
    "Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: 8bit\n",
    "\r\n",
)
LABELS_LATIN1_READ: dict[str, tuple[str, list[Contact]]] = {
    "fr": ("EU", [
        ("Élodie Lefèvre", "elodie.lefevre@afnic.fr", "+33 6 12 34 56 78", "+33612345678"),
        ("Jérôme Müller", "jerome.muller@afnic.fr", "06 98 76 54 32", "+33698765432"),
    ]),
    "tt": ("", [("Kwame Baptiste", "kwame@nic.tt", "+1 868 620 1234", "+18686201234")]),
}  # fmt: skip

# Layout B, its cells apart by tabs, columns in another order, a tab and a space at the end
# of each row; a name in Japanese with its Latin spelling
ROWS_BY_TABS = message(
    "20160901-0600",
    "Contacts of the member ccTLDs:\n\n"
    + "".join(
        "\t".join(row) + " \t\n"
        for row in [
            ("ccTLD", "#", "Name", "Email", "Phone", "Country", "Region"),
            (".ad", "1", "Pere Puig", "pere@nic.ad", "+376 312 558", "Andorra", "EU"),
            (".ad", "2", "Joan Vidal", "joan@nic.ad", "", "Andorra", "EU"),
            (".ad", "3", "Maria Soler", "maria@nic.ad", "+376 690 123", "Andorra", "EU"),
            (
                ".jp",
                "1",
                "山田太郎 (Taro Yamada)",
                "yamada@jprs.co.jp",
                "+81 90 1234 5678",
                "Japan",
                "AP",
            ),
        ]
    )
    + "\n"
    + FOOTER,
)
ROWS_BY_TABS_READ: dict[str, tuple[str, list[Contact]]] = {
    "ad": ("EU", [("Pere Puig", "pere@nic.ad", "+376 312 558", "+376312558"),
                  ("Joan Vidal", "joan@nic.ad", "", None),
                  ("Maria Soler", "maria@nic.ad", "+376 690 123", "+376690123")]),
    "jp": ("AP", [("山田太郎 (Taro Yamada)", "yamada@jprs.co.jp", "+81 90 1234 5678",
                   "+819012345678")]),
}  # fmt: skip

# Two addresses in a field, an address with a remark, an extension in brackets, and a
# number no phone dials before the mobile
ADDRESSES_AND_NUMBERS = message(
    "20220301-0600",
    block(
        ".be Belgium (EU)",
        "Contact Person #1 (primary):\nName: Els Peeters\n"
        "Email address: noc@dnsbelgium.be, security@dnsbelgium.be\n"
        "Mobile phone number: +32 2 00 / +32 470 12 34 56\n",
        "Contact Person #2 (secondary):\nName: Jan Claes\nEmail address: jan@dnsbelgium.be (24/7)\n"
        "Mobile phone number: +32 2 501 45 67 (ext. 12)\n",
        "Contact Person #3:\nName: Lies Maes\nEmail address: cert@dnsbelgium.be - preferred\n"
        "Mobile phone number: +32 475 98 76 54\n",
    )
    + FOOTER,
)
ADDRESSES_AND_NUMBERS_READ: dict[str, tuple[str, list[Contact]]] = {
    "be": ("EU", [
        ("Els Peeters", "noc@dnsbelgium.be, security@dnsbelgium.be",
         "+32 2 00 / +32 470 12 34 56", "+32470123456"),
        ("Jan Claes", "jan@dnsbelgium.be (24/7)", "+32 2 501 45 67 (ext. 12)", "+3225014567"),
        ("Lies Maes", "cert@dnsbelgium.be - preferred", "+32 475 98 76 54", "+32475987654"),
    ]),
}  # fmt: skip

# A label alone on its line, its value indented on the next; a heading that names the person
VALUES_UNDER_LABELS = message(
    "20170201-0600",
    block(
        ".se Sweden (EU)",
        "Contact Person #1 (primary): Sven Lindqvist\nEmail address:\n    sven@iis.se\n"
        "Mobile phone number:\n    +46 70 123 45 67\n",
        "Contact Person #2 (secondary):\nName:\n    Karin Berg\nEmail address:\n"
        "    karin@iis.se\nMobile phone number:\n    +46 73 987 65 43\n",
    )
    + FOOTER,
)
VALUES_UNDER_LABELS_READ: dict[str, tuple[str, list[Contact]]] = {
    "se": ("EU", [("Sven Lindqvist", "sven@iis.se", "+46 70 123 45 67", "+46701234567"),
                  ("Karin Berg", "karin@iis.se", "+46 73 987 65 43", "+46739876543")]),
}  # fmt: skip

# No rules: blocks apart by blank lines; a header line wrapped before its region
HEADER_WRAPPED = message(
    "20141201-0600",
    "Dear all,\n\n.sg Singapore (AP)\n\nContact Person #1 (primary):\nName: Tan Wei Ming\n"
    "Email address: weiming@sgnic.sg\nMobile phone number: +65 9123 4567\n\n"
    ".சிங்கப்பூர் (xn--clchc0ea0b2g2a9gcd; Singapore)\n(AP)\n\n"
    "Contact Person #1 (primary):\nName: Kumar Rajan\nEmail address: kumar@sgnic.sg\n"
    "Mobile phone number: +65 9876 5432\n\n" + FOOTER,
)
HEADER_WRAPPED_READ: dict[str, tuple[str, list[Contact]]] = {
    "sg": ("AP", [("Tan Wei Ming", "weiming@sgnic.sg", "+65 9123 4567", "+6591234567")]),
    "xn--clchc0ea0b2g2a9gcd": ("AP", [("Kumar Rajan", "kumar@sgnic.sg", "+65 9876 5432",
                                       "+6598765432")]),
}  # fmt: skip


@pytest.mark.parametrize(
    ("written", "read", "notes"),
    [
        (ORDER_TABS_SIGNATURE, ORDER_TABS_SIGNATURE_READ, {("field-missing", "phone")}),
        (SCRIPTS, SCRIPTS_READ, set()),
        (WRAPPED_AT_72, WRAPPED_AT_72_READ, set()),
        (QUOTED_PRINTABLE, QUOTED_PRINTABLE_READ, set()),
        (FLOWED, FLOWED_READ, set()),
        (LABELS_LATIN1, LABELS_LATIN1_READ, set()),
        (ROWS_BY_TABS, ROWS_BY_TABS_READ, {("field-missing", "phone")}),
        (ADDRESSES_AND_NUMBERS, ADDRESSES_AND_NUMBERS_READ, {("phone-unparsed", "+32 2 00")}),
        (VALUES_UNDER_LABELS, VALUES_UNDER_LABELS_READ, set()),
        (HEADER_WRAPPED, HEADER_WRAPPED_READ, set()),
    ],
    ids=[
        "order-tabs-signature", "scripts", "wrapped-at-72", "quoted-printable", "flowed",
        "labels-latin1", "rows-by-tabs", "addresses-and-numbers", "values-under-labels",
        "header-wrapped",
    ],
)  # fmt: skip
def test_a_hand_written_edition_is_imported_as_written(
    written: str,
    read: dict[str, tuple[str, list[Contact]]],
    notes: set[tuple[str, str]],
    tmp_path: Path,
    passphrase: str,
    run_cli: Any,
) -> None:
    encoding = "latin-1" if "iso-8859-1" in written else "utf-8"
    report = import_one(run_cli, tmp_path, written.encode(encoding))
    assert {(n["code"], n["detail"]) for n in report["notes"]} == notes
    for ace, (region, contacts) in read.items():
        member = shown_as(run_cli, ace, contacts)
        assert (member["tld"]["ace"], member["region"] or "") == (ace, region)


def import_one(run_cli: Any, tmp_path: Path, written: bytes) -> dict[str, Any]:
    """The report of ``tldops import --json`` of one edition written as ``written``: one
    edition imported, no line left unplaced."""
    path = tmp_path / "edition.eml"
    path.write_bytes(written)
    result = run_cli("import", path, "--json")
    assert result.code == 0, result.err
    report: dict[str, Any] = result.json()
    assert len(report["imported"]) == 1
    assert report["unplaced_lines"] == []
    return report


def shown_as(run_cli: Any, ace: str, contacts: list[Contact]) -> dict[str, Any]:
    """``tldops show --json`` of ``ace``, checked to list ``contacts`` (name, email, phone as
    written, E.164), every address valid."""
    shown = run_cli("show", f".{ace}", "--json")
    assert shown.code == 0, shown.err
    member: dict[str, Any] = shown.json()
    got = [(c["name"], c["email"], c["phone"], c["phone_e164"]) for c in member["contacts"]]
    assert got == contacts, ace
    assert all(c["email_valid"] for c in member["contacts"]), ace
    return member
