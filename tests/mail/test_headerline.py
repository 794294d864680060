from __future__ import annotations

import pytest

from tests.mailgen.editions import make_edition
from tests.mailgen.render import render_text
from tldops_desktop.core.model import Region
from tldops_desktop.mail.headerline import parse_header_line
from tldops_desktop.mail.parse import parse_text


@pytest.mark.parametrize(
    ("line", "ace", "unicode", "country", "region"),
    [
        (".ad Andorra (EU)", "ad", "ad", "Andorra", Region.EU),
        (".tt Trinidad and Tobago", "tt", "tt", "Trinidad and Tobago", None),
        (".рф (.xn--p1ai; Russian Federation) (EU)", "xn--p1ai", "рф", "Russian Federation", Region.EU),
        (".சிங்கப்பூர் xn--clchc0ea0b2g2a9gcd, Singapore) (AP)", "xn--clchc0ea0b2g2a9gcd",
         "சிங்கப்பூர்", "Singapore", Region.AP),
        (".مصر (xn--wgbh1c, Egypt) (AF)", "xn--wgbh1c", "مصر", "Egypt", Region.AF),
        (".БЕЛ (xn--90ais; Belarus) (EU)", "xn--90ais", "бел", "Belarus", Region.EU),
        (".va Holy See (Vatican City) (EU)", "va", "va", "Holy See (Vatican City)", Region.EU),
        (".de Germany (Europe)", "de", "de", "Germany", Region.EU),
        (".us United States (na)", "us", "us", "United States", Region.NA),
        (".рф (xn--p1ai)", "xn--p1ai", "рф", "", None),
        (".fm Micronesia (Federated States of) (AP", "fm", "fm", "Micronesia (Federated States of)",
         Region.AP),
        (".ad Andorra (EU", "ad", "ad", "Andorra", Region.EU),
        (".ad Andorra (EU).", "ad", "ad", "Andorra", Region.EU),
        (".mt Malta (Europe) ;", "mt", "mt", "Malta", Region.EU),
        (".中国（xn--fiqs8s；China）（AP）", "xn--fiqs8s", "中国", "China", Region.AP),
        (".中国（xn--fiqs8s，China）（AP）", "xn--fiqs8s", "中国", "China", Region.AP),
        (".中国（xn--fiqs8s：China）（AP）", "xn--fiqs8s", "中国", "China", Region.AP),
        (".fm Micronesia (Federated States of", "fm", "fm", "Micronesia (Federated States of",
         None),  # no region: nothing is cut
        (".kr  Korea,  Republic of  (AP)", "kr", "kr", "Korea, Republic of", Region.AP),
        (".de - Germany - EU", "de", "de", "Germany", Region.EU),
        (".de — Germany — Europe", "de", "de", "Germany", Region.EU),
        (".gw Guinea - Bissau", "gw", "gw", "Guinea - Bissau", None),
        ("[.de] Germany [EU]", "de", "de", "Germany", Region.EU),
        ("ccTLD: .de / Country: Germany / Region: EU", "de", "de", "Germany", Region.EU),
        ("TLD: kr | Country: Korea, Republic of | Region: Asia Pacific", "kr", "kr",
         "Korea, Republic of", Region.AP),
        ("рф (xn--p1ai) Russian Federation (EU)", "xn--p1ai", "рф", "Russian Federation",
         Region.EU),
        (".tt Trinidad and Tobago (Latin America / Caribbean)", "tt", "tt",
         "Trinidad and Tobago", Region.LAC),
        (".fj Fiji (Asia & Pacific)", "fj", "fj", "Fiji", Region.AP),
        (".ws Samoa - Asia and the Pacific", "ws", "ws", "Samoa", Region.AP),
        ("Germany (.de) - Europe", "de", "de", "Germany", Region.EU),
        (".de: Germany (EU)", "de", "de", "Germany", Region.EU),
        (".de Germany, EU", "de", "de", "Germany", Region.EU),
        (".de | Germany | EU", "de", "de", "Germany", Region.EU),
        (".рф (xn--p1ai) - Russian Federation - EU", "xn--p1ai", "рф", "Russian Federation",
         Region.EU),
        (".рф (xn--p1ai) | Russian Federation | EU", "xn--p1ai", "рф", "Russian Federation",
         Region.EU),
        (".kr, Korea, Republic of, AP", "kr", "kr", "Korea, Republic of", Region.AP),
        (".ag Antigua and Barbuda, LAC", "ag", "ag", "Antigua and Barbuda", Region.LAC),
        (".рф: Russian Federation (EU)", "xn--p1ai", "рф", "Russian Federation", Region.EU),
        ("Korea, Republic of (.kr) (AP)", "kr", "kr", "Korea, Republic of", Region.AP),
        ("Russian Federation (.рф) (EU)", "xn--p1ai", "рф", "Russian Federation", Region.EU),
        ("Trinidad and Tobago (.tt)", "tt", "tt", "Trinidad and Tobago", None),
        ("(.de) Germany (EU)", "de", "de", "Germany", Region.EU),
        ("Germany .de (EU)", "de", "de", "Germany", Region.EU),
        ("Korea, Republic of .kr (AP)", "kr", "kr", "Korea, Republic of", Region.AP),
        ('".ad" Andorra (EU)', "ad", "ad", "Andorra", Region.EU),
        ("“.рф” Russian Federation (EU)", "xn--p1ai", "рф", "Russian Federation", Region.EU),
        (".de Germany (EU) [3 contacts]", "de", "de", "Germany", Region.EU),
        (".ad Andorra (EU) - 1 contact", "ad", "ad", "Andorra", Region.EU),
        ("Andorra - .ad - Europe", "ad", "ad", "Andorra", Region.EU),
        (".de Germany (EU) (new)", "de", "de", "Germany", Region.EU),
        (".de Germany (EU) *new*", "de", "de", "Germany", Region.EU),
        (".de Germany (EU) - updated 2026-10-01", "de", "de", "Germany", Region.EU),
        (".de Germany (Region: EU)", "de", "de", "Germany", Region.EU),
        (".de Germany (ICANN region: Europe)", "de", "de", "Germany", Region.EU),
        (".de Germany EU", "de", "de", "Germany", Region.EU),
        (".de / Germany / EU", "de", "de", "Germany", Region.EU),
    ],
)  # fmt: skip
def test_irregular_header_lines(
    line: str, ace: str, unicode: str, country: str, region: Region | None
) -> None:
    parsed = parse_header_line(line)
    assert parsed is not None
    assert (parsed.ace, parsed.unicode, parsed.country, parsed.region) == (
        ace,
        unicode,
        country,
        region,
    )
    assert parsed.label_mismatch is None


def test_mismatched_labels_keep_the_a_label_and_say_so() -> None:
    parsed = parse_header_line(".рф (xn--90ais; Belarus) (EU)")
    assert parsed is not None
    assert (parsed.ace, parsed.unicode, parsed.label_mismatch) == ("xn--90ais", "бел", "рф")


@pytest.mark.parametrize("line", [".\u0430d Andorra (EU)", ".xn--d-7sb Andorra (EU)"])
def test_a_label_with_a_letter_of_another_script_is_the_ccTLD_it_looks_like(line: str) -> None:
    """ ".аd" with a Cyrillic "а" is no ccTLD: it was kept as a member of its own, .аd
    (xn--d-7sb), without a word, and .ad had no contacts."""
    parsed = parse_header_line(line)
    assert parsed is not None
    assert (parsed.ace, parsed.country, parsed.label_mismatch) == (
        "ad",
        "Andorra",
        line.split(maxsplit=1)[0][1:],
    )
    belarus = parse_header_line(".бел (xn--90ais; Belarus) (EU)")
    assert belarus is not None and belarus.label_mismatch is None


def test_a_full_width_separator_does_not_hide_a_mismatched_a_label() -> None:
    parsed = parse_header_line(".中国（xn--p1ai；China）（AP）")
    assert parsed is not None
    assert (parsed.ace, parsed.label_mismatch) == ("xn--p1ai", "中国")


def test_a_label_lost_to_a_charset_is_read_from_its_a_label() -> None:
    parsed = parse_header_line(".?? (.xn--p1ai; Russian Federation) (EU)")
    assert parsed is not None
    assert (parsed.ace, parsed.unicode, parsed.country) == ("xn--p1ai", "рф", "Russian Federation")
    assert parsed.label_mismatch == "??"  # said in the report
    assert parse_header_line(".?? Russian Federation (EU)") is None  # nothing names a member


@pytest.mark.parametrize("layout", ["A", "B"])
def test_a_copy_saved_in_windows_1252_keeps_every_idn_member(layout: str) -> None:
    """Saved as Windows does, characters outside the charset become "?": ".рф" is ".??"."""
    edition = make_edition("20261101-0600", seed=7, members=80)
    assert any(member.is_idn for member in edition.members)
    text = render_text(edition, layout)  # type: ignore[arg-type]
    saved = text.encode("cp1252", errors="replace").decode("cp1252")
    parsed = parse_text(saved)
    assert [m.tld.ace for m in parsed.members] == [m.ace for m in edition.members]
    assert {n.detail.split(" ≠ ")[1] for n in parsed.notes if n.code == "label-mismatch"} == {
        m.ace for m in edition.members if m.is_idn and not m.unicode.isascii()
    }


@pytest.mark.parametrize(
    "line",
    [
        "... and more",
        ".NET is great",
        "Andorra (EU)",
        ". ad",
        "",
        "Call the desk (.de) now",
        "Germany (.at) (EU)",
        "Germany .at (EU)",
        "Welcome .tv Tuvalu!",
    ],
)
def test_other_lines_are_not_header_lines(line: str) -> None:
    assert parse_header_line(line) is None


def test_members_under_header_lines_written_otherwise_keep_their_contacts() -> None:
    """Their contacts were reported as no member's, the header line as a ccTLD not read."""
    parsed = parse_text(_blocks_under(["(.de) Germany (EU)", "France .fr (EU)",
                                       '".ad" Andorra (EU)', ".nl Netherlands (EU) [1 contact]"]))  # fmt: skip
    assert [(m.tld.ace, m.country, m.region) for m in parsed.members] == [
        ("de", "Germany", Region.EU),
        ("fr", "France", Region.EU),
        ("ad", "Andorra", Region.EU),
        ("nl", "Netherlands", Region.EU),
    ]
    assert all(len(m.contacts) == 1 for m in parsed.members)
    assert parsed.unplaced == ()


def test_header_lines_after_a_field_name_keep_their_contacts() -> None:
    """ "Members: .de" was a ccTLD not read: its contacts were reported as no member's."""
    parsed = parse_text(_blocks_under(["Members: .de", "Member: .fr France (EU)", "ccTLD: .nl",
                                       "MEMBER: .рф (xn--p1ai; Russian Federation) (EU)"]))  # fmt: skip
    assert [(m.tld.ace, m.country, m.region) for m in parsed.members] == [
        ("de", "Germany", None),  # the country from the bundled table, the region unknown
        ("fr", "France", Region.EU),
        ("nl", "Netherlands", None),
        ("xn--p1ai", "Russian Federation", Region.EU),
    ]
    assert all(len(m.contacts) == 1 for m in parsed.members)
    assert parsed.unplaced == ()


@pytest.mark.parametrize(
    "line", ["Member: .de is away", "Members: .de, .nl and .be", "Members: 12", "TLD: .com"]
)
def test_a_field_name_before_other_text_makes_no_header_line(line: str) -> None:
    assert parse_header_line(line) is None


@pytest.mark.parametrize(
    ("line", "ace", "country", "region"),
    [
        (".ad Andorra; Europe", "ad", "Andorra", Region.EU),
        ("Andorra .ad; Europe", "ad", "Andorra", Region.EU),
        (".kr Korea, Republic of; Asia Pacific", "kr", "Korea, Republic of", Region.AP),
        ("Russian Federation .рф (xn--p1ai); EU", "xn--p1ai", "Russian Federation", Region.EU),
        ("Russian Federation .рф (xn--p1ai) (EU)", "xn--p1ai", "Russian Federation", Region.EU),
        (".ad Andorra; see below", "ad", "Andorra; see below", None),  # no region: as written
    ],
)
def test_a_region_after_a_semicolon_or_an_a_label_after_the_country_is_read(
    line: str, ace: str, country: str, region: Region | None
) -> None:
    """The region's name after a semicolon was taken for part of the country, and the A-label
    after a country written first was too ("Russian Federation (xn--p1ai)")."""
    parsed = parse_header_line(line)
    assert parsed is not None
    assert (parsed.ace, parsed.country, parsed.region, parsed.label_mismatch) == (
        ace,
        country,
        region,
        None,
    )


def _blocks_under(header_lines: list[str]) -> str:
    """A layout A body: a block of one contact under each of ``header_lines``."""
    rule = "-" * 64
    return "".join(
        f"{rule}\n{line}\n{rule}\nContact Person #1 (primary):\nName: Emil Berg\n"
        f"Email address: emil{index}@nic.example\nMobile phone number: +49 151 2345 678{index}\n\n"
        for index, line in enumerate(header_lines)
    )
