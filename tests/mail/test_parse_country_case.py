"""A member's country written in capitals is kept as a responder reads a country's name:
in the app, the command line and the cards; the header line keeps the edition's capitals."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.mail.test_parse_handwritten import FOOTER, block, message
from tldops_desktop.mail.country_case import normal_country
from tldops_desktop.mail.parse import parse_text


def contact(name: str, email: str, phone: str) -> str:
    return f"Contact Person #1 (primary):\nName: {name}\nEmail address: {email}\nMobile phone number: {phone}\n"


CAPITALS = message(
    "20261101-0600",
    "Dear all,\n\n"
    + block(".de GERMANY (EU)", contact("Jens Maier", "jens@denic.de", "+49 151 2345 6789"))
    + block(".ci CÔTE D'IVOIRE (AF)", contact("Awa Koné", "awa@nic.ci", "+225 07 12 34 56 78"))
    + block(
        ".kr KOREA, REPUBLIC OF (AP)", contact("Kim Min-jun", "kim@kisa.or.kr", "+82 10 1234 5678")
    )
    + block(".us USA (NA)", contact("Mary Smith", "mary@nic.us", "+1-202-555-0100"))
    + block(".kn ST. KITTS AND NEVIS (LAC)", contact("Ann Liburd", "ann@nic.kn", "+1 869 662 1234"))
    + block(
        ".ir IRAN (ISLAMIC REPUBLIC OF) (AP)",
        contact("Ali Rezaei", "ali@nic.ir", "+98 912 345 6789"),
    )
    + FOOTER,
)
COUNTRIES = {
    "de": "Germany",
    "ci": "Côte d'Ivoire",
    "kr": "Korea, Republic of",
    "us": "USA",
    "kn": "St. Kitts and Nevis",
    "ir": "Iran (Islamic Republic of)",
}


def test_countries_in_capitals_are_imported_as_names_are_written(
    tmp_path: Path, passphrase: str, run_cli: Any
) -> None:
    path = tmp_path / "edition.eml"
    path.write_bytes(CAPITALS.encode("utf-8"))
    result = run_cli("import", path, "--json")
    assert result.code == 0, result.err
    assert result.json()["unplaced_lines"] == []
    for ace, country in COUNTRIES.items():
        shown = run_cli("show", f".{ace}", "--json")
        assert shown.code == 0, shown.err
        assert shown.json()["country"] == country
    cards = run_cli("export", "-o", "-")
    assert cards.code == 0, cards.err
    organisations = {
        line.partition(":")[2] for line in cards.out.splitlines() if line.startswith("ORG")
    }
    assert organisations == {
        f".{ace} {country}".replace(",", "\\,") for ace, country in COUNTRIES.items()
    }


def test_the_header_line_keeps_the_capitals_the_edition_wrote() -> None:
    body = parse_text(CAPITALS.partition("\n\n")[2])
    assert [(m.country, m.source_line) for m in body.members][:2] == [
        ("Germany", ".de GERMANY (EU)"),
        ("Côte d'Ivoire", ".ci CÔTE D'IVOIRE (AF)"),
    ]


@pytest.mark.parametrize(
    ("written", "ace", "read"),
    [
        ("COTE D'IVOIRE", "ci", "Côte d'Ivoire"),  # the accent the capitals left out
        ("CÔTE D’IVOIRE", "ci", "Côte d’Ivoire"),  # its apostrophe as written
        ("VIET NAM", "vn", "Viet Nam"),  # no accent of another language's name
        ("BOSNIA AND HERZEGOVINA", "ba", "Bosnia and Herzegovina"),
        ("GUINEA-BISSAU", "gw", "Guinea-Bissau"),
        ("UNITED STATES OF AMERICA", "us", "United States of America"),
        ("U.S.A.", "us", "U.S.A."),
        ("UAE", "ae", "UAE"),
        ("LAO PDR", "la", "Lao PDR"),
        ("PERU", "pe", "Peru"),
        ("РОССИЯ", "ru", "Россия"),
        ("ΕΛΛΑΔΑ", "gr", "Ελλάδα"),
        ("Germany", "de", "Germany"),
        ("Republic of KOREA", "kr", "Republic of KOREA"),  # not all capitals: as written
        ("REPUBLIQUE D'HAITI", "ht", "Republique d'Haiti"),
    ],
)
def test_a_name_in_capitals_is_written_as_names_are(written: str, ace: str, read: str) -> None:
    assert normal_country(written, ace) == read
