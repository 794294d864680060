#!/usr/bin/env python3
"""Write the demo repository emails shipped in ``tldops_desktop/resources/demo/``.

Two synthetic editions (October and November 2026) in layout A, with the list's headers, so
that the demo shows search, details, change badges and history. Every person, email address
and phone number is invented: the addresses are under ``demo.example`` (RFC 2606), the phone
numbers are libphonenumber's example numbers with changed digits. Deterministic (fixed seed).

    python scripts/make_demo_edition.py [--out tldops_desktop/resources/demo]
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass, replace
from email.utils import format_datetime
from pathlib import Path

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tldops_desktop" / "resources" / "demo"
SEPARATOR = "-" * 64

# (A-label, Unicode label, country, region as the email writes it or "", ISO code)
MEMBERS = [
    ("ad", "ad", "Andorra", "EU", "AD"),
    ("at", "at", "Austria", "EU", "AT"),
    ("be", "be", "Belgium", "EU", "BE"),
    ("br", "br", "Brazil", "LAC", "BR"),
    ("ca", "ca", "Canada", "NA", "CA"),
    ("ch", "ch", "Switzerland", "EU", "CH"),
    ("cl", "cl", "Chile", "LAC", "CL"),
    ("cz", "cz", "Czech Republic", "EU", "CZ"),
    ("de", "de", "Germany", "EU", "DE"),
    ("dk", "dk", "Denmark", "EU", "DK"),
    ("ee", "ee", "Estonia", "EU", "EE"),
    ("es", "es", "Spain", "EU", "ES"),
    ("fi", "fi", "Finland", "EU", "FI"),
    ("fr", "fr", "France", "EU", "FR"),
    ("gh", "gh", "Ghana", "AF", "GH"),
    ("ie", "ie", "Ireland", "EU", "IE"),
    ("in", "in", "India", "AP", "IN"),
    ("is", "is", "Iceland", "EU", "IS"),
    ("it", "it", "Italy", "EU", "IT"),
    ("jp", "jp", "Japan", "AP", "JP"),
    ("ke", "ke", "Kenya", "AF", "KE"),
    ("kr", "kr", "Korea, Republic of", "AP", "KR"),
    ("lu", "lu", "Luxembourg", "EU", "LU"),
    ("mx", "mx", "Mexico", "LAC", "MX"),
    ("ng", "ng", "Nigeria", "AF", "NG"),
    ("nl", "nl", "Netherlands", "EU", "NL"),
    ("no", "no", "Norway", "EU", "NO"),
    ("nz", "nz", "New Zealand", "AP", "NZ"),
    ("pl", "pl", "Poland", "EU", "PL"),
    ("pt", "pt", "Portugal", "EU", "PT"),
    ("se", "se", "Sweden", "EU", "SE"),
    ("sg", "sg", "Singapore", "AP", "SG"),
    ("tt", "tt", "Trinidad and Tobago", "", "TT"),
    ("tw", "tw", "Taiwan", "AP", "TW"),
    ("uk", "uk", "United Kingdom", "EU", "GB"),
    ("us", "us", "United States", "NA", "US"),
    ("za", "za", "South Africa", "AF", "ZA"),
    ("xn--p1ai", "рф", "Russian Federation", "EU", "RU"),
    ("xn--fiqs8s", "中国", "China", "AP", "CN"),
    ("xn--wgbh1c", "مصر", "Egypt", "AF", "EG"),
]
JOINS_IN_NOVEMBER = "ke"

FIRST = ("Ana", "Bram", "Chloé", "Dara", "Emil", "Fatou", "Gaspard", "Hana", "Ines", "Jonas",
         "Kofi", "Lena", "Mateo", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Sami", "Tereza",
         "Uma", "Viktor", "Wanjiru", "Yusuf", "Zofia", "Łukasz", "Søren", "Zoë", "Ngozi",
         "Björn")  # fmt: skip
LAST = ("Ahlberg", "Baptiste", "Costa", "Dijkstra", "Eriksen", "Fontaine", "García", "Horvat",
        "Ivanova", "Jensen", "Kowalski", "Lefèvre", "Mensah", "Novák", "Okafor", "Petit",
        "Quispe", "Rossi", "Schäfer", "Tanaka", "Ulloa", "Varga", "Weber", "Yilmaz", "Zeller",
        "Ó Briain", "Müller", "Nakamura", "Sørensen", "Çelik")  # fmt: skip
LOCAL_NAMES = {
    "RU": (("Светлана", "Алексей", "Ирина", "Дмитрий"), ("Орлова", "Кузнецов", "Смирнова")),
    "CN": (("伟", "芳", "静", "磊"), ("王", "李", "张", "刘")),
    "EG": (("أحمد", "منى", "ياسمين", "عمر"), ("حسن", "سعيد", "مصطفى")),
}
LOCALPARTS = ("abuse", "security", "csirt", "cert", "irt", "soc", "noc", "hostmaster")
STYLES = ("international", "e164", "double-zero", "national-with-plus")


@dataclass(frozen=True)
class DemoContact:
    name: str
    email: str
    phone: str


@dataclass(frozen=True)
class DemoMember:
    ace: str
    label: str
    country: str
    region: str
    contacts: tuple[DemoContact, ...]


def _name(rng: random.Random, iso: str) -> str:
    if iso in LOCAL_NAMES and rng.random() < 0.7:
        first, last = LOCAL_NAMES[iso]
        if iso == "CN":
            return rng.choice(last) + rng.choice(first)
        return f"{rng.choice(first)} {rng.choice(last)}"
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _phone(rng: random.Random, iso: str) -> str:
    example = phonenumbers.example_number_for_type(iso, PhoneNumberType.MOBILE)
    if example is None:  # pragma: no cover - every region above has one
        example = phonenumbers.example_number(iso)
    assert example is not None, iso
    national = str(example.national_number)
    number = example
    for _ in range(50):
        tail = "".join(rng.choice("0123456789") for _ in range(3))
        candidate = phonenumbers.parse(f"+{example.country_code}{national[:-3]}{tail}", None)
        if phonenumbers.is_valid_number(candidate):
            number = candidate
            break
    style = rng.choice(STYLES)
    if style == "e164":
        return phonenumbers.format_number(number, PhoneNumberFormat.E164)
    if style == "double-zero":
        return "00" + phonenumbers.format_number(number, PhoneNumberFormat.E164)[1:]
    return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)


def _contact(rng: random.Random, ace: str, iso: str, index: int) -> DemoContact:
    local = f"{rng.choice(LOCALPARTS)}{index}"
    return DemoContact(_name(rng, iso), f"{local}@{ace}.demo.example", _phone(rng, iso))


def make_editions(seed: int = 2026) -> tuple[list[DemoMember], list[DemoMember]]:
    """(October, November): November changes a few contacts and adds a member."""
    rng = random.Random(seed)
    november: list[DemoMember] = []
    isos = {}
    for ace, label, country, region, iso in MEMBERS:
        isos[ace] = iso
        count = rng.choice((2, 3, 3))
        contacts = tuple(_contact(rng, ace, iso, i + 1) for i in range(count))
        november.append(DemoMember(ace, label, country, region, contacts))
    october: list[DemoMember] = []
    for member in november:
        if member.ace == JOINS_IN_NOVEMBER:
            continue
        changed = list(member.contacts)
        if member.ace in ("de", "xn--p1ai", "jp"):  # November changed a phone number
            changed[0] = replace(changed[0], phone=_phone(rng, isos[member.ace]))
        if member.ace == "nl":  # November replaced the secondary contact
            changed[1] = _contact(rng, member.ace, "NL", 2)
        october.append(replace(member, contacts=tuple(changed)))
    return october, november


def header_line(member: DemoMember) -> str:
    if member.ace.startswith("xn--"):
        line = f".{member.label} (.{member.ace}; {member.country})"
    else:
        line = f".{member.label} {member.country}"
    return f"{line} ({member.region})" if member.region else line


def render_body(stamp: str, members: list[DemoMember]) -> str:
    lines = [
        "TLD-OPS Incident Response Community Repository",
        f"Edition: {stamp}",
        "",
        "THIS IS DEMO DATA. Every person, email address and phone number below is invented;",
        "the ccTLDs are real but these are not their contacts.",
        "",
        "Dear TLD-OPS member,",
        "",
        "This automatically generated email lists the incident response contacts",
        "(names, email addresses and mobile phone numbers) of all TLD-OPS member",
        f"ccTLDs. It currently covers {len(members)} ccTLDs.",
        "",
    ]
    titles = {1: " (primary)", 2: " (secondary)"}
    for member in members:
        lines += [SEPARATOR, header_line(member), SEPARATOR]
        for position, contact in enumerate(member.contacts, start=1):
            lines += [
                f"Contact Person #{position}{titles.get(position, '')}:",
                f"Name: {contact.name}",
                f"Email address: {contact.email}",
                f"Mobile phone number: {contact.phone}",
                "",
            ]
    lines += [
        "_______________________________________________",
        "tld-ops mailing list",
        "tld-ops@lists.dns-oarc.net",
        "https://lists.dns-oarc.net/mailman/listinfo/tld-ops",
        "",
    ]
    return "\n".join(lines)


def render_message(stamp: str, members: list[DemoMember]) -> bytes:
    from datetime import UTC, datetime

    when = datetime.strptime(stamp, "%Y%m%d-%H%M").replace(tzinfo=UTC)
    headers = [
        'Content-Type: text/plain; charset="utf-8"',
        "Content-Transfer-Encoding: 8bit",
        "MIME-Version: 1.0",
        "From: TLD-OPS Repository via tld-ops <tld-ops@lists.dns-oarc.net>",
        "To: tld-ops@lists.dns-oarc.net",
        "Subject:",
        f" [tld-ops] TLD-OPS Incident Response Community Repository <{stamp}>",
        f"Date: {format_datetime(when)}",
        f"Message-ID: <{stamp}.demo@lists.dns-oarc.net>",
        'Sender: "tld-ops" <tld-ops-bounces@lists.dns-oarc.net>',
        "List-Id: TLD-OPS Incident Response Community <tld-ops.lists.dns-oarc.net>",
        "Precedence: list",
        "X-TLDOPS-Demo: invented data for trying TLD-OPS Desktop",
    ]
    return ("\n".join(headers) + "\n\n" + render_body(stamp, members)).encode("utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)
    october, november = make_editions(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    for stamp, members in (("20261001-0600", october), ("20261101-0600", november)):
        path = args.out / f"repository-demo-{stamp[:8]}.eml"
        path.write_bytes(render_message(stamp, members))
        print(f"{path}: {len(members)} members")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
