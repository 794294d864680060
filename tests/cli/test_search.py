"""``tldops search`` and ``show`` with what responders type and paste (search review: F2, F3,
F5, F6, F8, F9, F11, F15)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import LAYOUT_A, LAYOUT_B, SMALL_MBOX

CURRENT = "20261101-0600"


@pytest.fixture
def imported(passphrase: str, run_cli: Any) -> Any:
    result = run_cli("import", LAYOUT_A, LAYOUT_B, SMALL_MBOX, "--json")
    assert result.code == 0, result.err
    return run_cli


def found(run: Any, query: str) -> list[str]:
    result = run("search", query, "--json")
    assert result.code == 0, result.err
    return [m["tld"]["ace"] for m in result.json()["results"]]


@pytest.mark.parametrize(
    ("query", "ace"),
    [
        ("06 12 34 52 19", "fr"),
        ("+43 664 123912", "at"),
        ("0412 345 358", "cc"),
        ("+44 (0) 7400 123545", "uk"),
        ("89123456472", "ru"),
        ("011 49 151 234 567 40", "de"),  # dialled from North America
        ("tel:+376-312-558", "ad"),
        ("\u200e+4915123456740\u200f", "de"),
        ("Lucía Nowak\u200d", "de"),
        ("。中国", "xn--fiqs8s"),
        ("Russian Federation", "ru"),
        ("country:UK", "uk"),
        (".ею", "eu"),
    ],
)
def test_search_reads_what_is_typed_and_pasted(imported: Any, query: str, ace: str) -> None:
    assert found(imported, query)[0] == ace


@pytest.mark.parametrize(
    "argument",
    [
        "tel:+4915123456740", "+49 151 234 567 40", ".de\u200e", "．de", "。de", "(.de)", "[DE]",
        "M: +49 151 234 567 40", "Mobile: +49 151 234 567 40", "+49 151 234 567 40 (mobile)",
    ],
)  # fmt: skip
def test_show_reads_a_number_and_pasted_text(imported: Any, argument: str) -> None:
    result = imported("show", argument, "--json")
    assert result.code == 0, result.err
    assert result.json()["tld"]["ace"] == "de"


def test_show_a_number_no_contact_has(imported: Any) -> None:
    result = imported("show", "tel:+49 151 234")
    assert result.code == 1
    assert f"No contact has the number +49 151 234 in edition {CURRENT}" in result.err
    assert "tldops search '+49 151 234'" in result.err


def test_show_an_idn_cctld_names_its_unicode_label_first(imported: Any) -> None:
    result = imported("show", ".ελ")
    assert result.code == 1
    assert result.err.startswith(
        f"tldops: .ελ (xn--qxam) is not a TLD-OPS member as of edition {CURRENT}; the member "
        "of the same country is .gr: tldops show .gr"
    )
    eu = imported("show", "xn--e1a4c")
    assert "the member of the same country is .eu: tldops show .eu" in eu.err


@pytest.mark.parametrize(
    ("query", "tld", "country"),
    [
        ("Niger", ".ne", "Niger"),
        ("Sudan", ".sd", "Sudan"),
        ("ne", ".ne", "Niger"),
        ("Burma", ".mm", "Myanmar"),
    ],
)
def test_search_for_a_country_that_is_not_a_member_says_so(
    imported: Any, query: str, tld: str, country: str
) -> None:
    result = imported("search", query)
    assert result.code == 0
    note = f"tldops: note: {tld} is not a TLD-OPS member as of edition {CURRENT}."
    assert result.err.startswith(note)
    assert f"{tld} ({country}) is a delegated ccTLD" in result.err


def test_no_note_for_a_member_country(imported: Any) -> None:
    for query in ("Nigeria", "Russia", "Russian Federation", "gb", ".ею"):
        assert "not a TLD-OPS member" not in imported("search", query).err, query


def test_a_note_for_an_idn_names_its_unicode_label_first(imported: Any) -> None:
    result = imported("search", ".қаз")
    assert result.err.startswith(
        f"tldops: note: .қаз (xn--80ao21a) is not a TLD-OPS member as of edition {CURRENT}."
    )


def test_region_without_its_value_is_no_search(imported: Any) -> None:
    assert len(found(imported, "region:")) == 200
    result = imported("search", "region:E")
    assert result.code == 1 and "Unknown region E" in result.err  # a script meant something


def test_search_suggests_a_word_typed_with_a_slip(imported: Any) -> None:
    result = imported("search", "Germnay")
    assert result.code == 0, result.err
    assert "No member matches 'Germnay'" in result.out
    assert "Did you mean: tldops search Germany" in result.out
    result = imported("search", "--region", "EU", "nowk", "germany")
    assert "Did you mean: tldops search --region EU 'Nowak germany'" in result.out
    assert "Did you mean" not in imported("search", "zzzz").out


def test_search_json_holds_the_suggestion_and_the_missing_member(imported: Any) -> None:
    answer = imported("search", "Germnay", "--json").json()
    assert answer["results"] == [] and answer["suggestion"] == "Germany"
    assert answer["not_a_member"] is None
    answer = imported("search", "--region", "EU", "nowk", "germany", "--json").json()
    assert answer["suggestion"] == "Nowak germany"
    niger = imported("search", "Niger", "--json").json()
    assert niger["suggestion"] is None
    assert niger["not_a_member"]["tld"] == {"ace": "ne", "unicode": "ne"}
    assert niger["not_a_member"]["status"] == "delegated" and niger["not_a_member"]["by_country"]
    assert niger["not_a_member"]["iana_url"].endswith("/ne.html")
    found = imported("search", ".de", "--json").json()
    assert found["suggestion"] is None and found["not_a_member"] is None


@pytest.mark.parametrize(
    "argument",
    [
        "p28ee74@registry.example",  # .рф's contact: no ccTLD in its domain
        "P28EE74@Registry.Example",
        "Светлана Јовановић <p28ee74@registry.example>",
        "mailto:p28ee74@registry.example",
    ],
)
def test_show_an_address_shows_the_member_whose_contact_has_it(
    imported: Any, argument: str
) -> None:
    result = imported("show", argument, "--json")
    assert result.code == 0, result.err
    assert result.json()["tld"]["ace"] == "xn--p1ai"


def test_show_an_address_of_several_members_or_of_none(imported: Any) -> None:
    result = imported("show", "cert3@nic.example")  # a shared address: which member?
    assert result.code == 1
    assert "have the address cert3@nic.example" in result.err
    result = imported("show", "nobody@nic.de", "--json")  # no one's: its domain's ccTLD
    assert result.code == 0, result.err
    assert result.json()["tld"]["ace"] == "de"
    result = imported("show", "nobody@x.example")  # no one's, and in no ccTLD
    assert result.code == 1
    assert f"No contact has the address nobody@x.example in edition {CURRENT}" in result.err
    assert "tldops search 'nobody@x.example'" in result.err
    assert "is not a ccTLD" not in result.err


def test_show_a_number_written_with_an_extension(imported: Any) -> None:
    result = imported("show", "+49 151 234 567 40 ext. 12", "--json")
    assert result.code == 0, result.err
    assert result.json()["tld"]["ace"] == "de"


@pytest.mark.parametrize(
    ("argument", "ace"),
    [
        ("Germany", "de"),
        ("Deutschland", "de"),
        ("Германия", "de"),
        ("Россия", "ru"),  # the country's own ccTLD before .su and .рф
        ("Russian Federation", "ru"),
        ("United Kingdom", "uk"),
        ("Holland", "nl"),
        ("Korea", "kr"),  # North Korea is no member
        ("dot de", "de"),  # as said on the phone
        ("DOT РФ", "xn--p1ai"),
        # A word of the names of one country's ccTLDs: that country's own, not "several".
        ("Macedonia", "mk"),
        ("Hong", "hk"),
        ("Russian", "ru"),
        ("Saudi", "sa"),
    ],
)
def test_show_a_country_shows_its_member(imported: Any, argument: str, ace: str) -> None:
    result = imported("show", argument, "--json")
    assert result.code == 0, result.err
    assert result.json()["tld"]["ace"] == ace


def test_show_a_country_that_is_no_member_or_a_word_that_is_no_country(imported: Any) -> None:
    result = imported("show", "Niger")
    assert result.code == 1
    assert f"tldops: .ne is not a TLD-OPS member as of edition {CURRENT}." in result.err
    result = imported("show", "Nowak")
    assert result.code == 1 and "'Nowak' is not a ccTLD" in result.err


def test_a_name_typed_in_a_latin1_terminal_finds_it(imported: Any) -> None:
    # "Müller" sent as Latin-1 bytes reaches Python, under the C locale, as "M\udcfcller".
    typed = "Müller".encode("latin-1").decode("utf-8", "surrogateescape")
    assert found(imported, typed) == found(imported, "Müller") != []
    result = imported("search", typed + "zz")
    assert "No member matches 'Müllerzz'" in result.out


@pytest.mark.parametrize("argument", ["Müller", "ドイツ", "d e", "land"])
def test_show_a_word_that_names_no_ccTLD_or_country_says_so(imported: Any, argument: str) -> None:
    result = imported("show", argument)
    assert result.code == 1
    assert f"{argument!r} is not a ccTLD or a country's name" in result.err
    assert "tldops search" in result.err
    assert "not a TLD-OPS member" not in result.err  # no ".müller (xn--mller-kva)"


def test_show_a_name_several_members_or_countries_share(imported: Any) -> None:
    virgin = imported("show", "Virgin")
    assert virgin.code == 1
    assert "'Virgin' is the name of several members: .vg" in virgin.err
    assert "tldops show .vg or tldops show .vi" in virgin.err
    congo = imported("show", "Congo")  # neither Congo is a member
    assert congo.code == 1
    assert "'Congo' is the name of several countries, none of them a TLD-OPS member" in congo.err
    assert "tldops show .cd or tldops show .cg" in congo.err
    yu = imported("show", "yu")  # not "Yugoslav" in Macedonia's name
    assert yu.code == 1 and yu.err.startswith("tldops: .yu is not a TLD-OPS member")


def test_show_a_name_another_country_shares_notes_that_ones_ccTLD(imported: Any) -> None:
    result = imported("show", "Korea", "--json")  # .kr is a member, .kp is not
    assert result.code == 0, result.err
    assert result.json()["tld"]["ace"] == "kr"
    assert result.json()["also_named_not_members"] == [{"ace": "kp", "unicode": "kp"}]
    assert "tldops: note: 'Korea' is also the name of .kp (" in result.err
    assert "which is not a TLD-OPS member: tldops show .kp" in result.err
    germany = imported("show", "Germany", "--json")
    assert germany.json()["also_named_not_members"] == [] and "also the name" not in germany.err


def test_search_a_name_of_several_countries_none_a_member_notes_each(imported: Any) -> None:
    result = imported("search", "Congo")
    assert result.code == 0
    assert f"tldops: note: .cd is not a TLD-OPS member as of edition {CURRENT}." in result.err
    assert (
        "tldops: note: .cg is not a member either. .cg (Congo) is a delegated ccTLD" in result.err
    )
    missing = imported("search", "Congo", "--json").json()["not_a_member"]
    assert missing["tld"]["ace"] == "cd" and missing["by_country"]
    assert [other["tld"]["ace"] for other in missing["others"]] == ["cg"]
    assert imported("search", "Niger", "--json").json()["not_a_member"]["others"] == []


def test_search_a_name_another_country_shares_notes_that_ones_cctld(imported: Any) -> None:
    result = imported("search", "Korea")  # .kr is a member, .kp is not: as show says
    assert result.code == 0
    assert result.out.startswith(".kr  ")
    assert f"tldops: note: .kp is not a TLD-OPS member as of edition {CURRENT}." in result.err
    assert "(Korea, Democratic People's Republic of) is a delegated ccTLD" in result.err
    missing = imported("search", "Korea", "--json").json()["not_a_member"]
    assert missing["tld"]["ace"] == "kp" and missing["by_country"] and missing["others"] == []
    for query in ("South Korea", "Virgin Islands", "Dominica", "Macedonia", "Islands"):
        assert "not a TLD-OPS member" not in imported("search", query).err, query


@pytest.mark.parametrize("argument", ["the", "of", "and", "of the", "de la", "the of"])
def test_show_a_word_that_joins_country_names_names_no_country(
    imported: Any, argument: str
) -> None:
    result = imported("show", argument)
    assert result.code == 1
    assert f"{argument!r} is not a ccTLD or a country's name" in result.err
    assert "not a TLD-OPS member" not in result.err and "several" not in result.err


@pytest.mark.parametrize("query", ["the", "of", "and", "of the", "de la"])
def test_search_a_word_that_joins_country_names_notes_no_country(imported: Any, query: str) -> None:
    result = imported("search", query)
    assert result.code == 0
    assert "not a TLD-OPS member" not in result.err
    assert len(found(imported, query)) < len(found(imported, "region:")) // 4


def test_search_the_finds_the_names_it_begins(imported: Any) -> None:
    assert "nl" in found(imported, "the")  # The Netherlands, as the edition writes it
    assert found(imported, "and")[:1] == ["ad"]  # Andorra, not every "... and ..."
    assert found(imported, "the netherlands")[:1] == ["nl"]
    assert found(imported, "Isle of Man")[:1] == ["im"]


def test_show_a_country_typed_with_a_slip_suggests_it(imported: Any) -> None:
    result = imported("show", "Germnay")
    assert result.code == 1
    assert "'Germnay' is not a ccTLD or a country's name" in result.err
    assert "Did you mean: tldops show Germany" in result.err
    assert "Did you mean: tldops show 'Nouvelle-Zélande'" in imported("show", "Nouvelle-Zélnde").err
    for argument in ("Nowk", "zzzz", "Müller"):  # a person's name is no country to show
        assert "Did you mean: tldops show" not in imported("show", argument).err, argument


@pytest.mark.parametrize("argument", ["nic[.]de", "hxxps://www[.]denic[.]de/", "ops1[@]nic[.]de"])
def test_show_reads_a_defanged_domain_url_or_address(imported: Any, argument: str) -> None:
    result = imported("show", argument, "--json")
    assert result.code == 0, result.err
    assert result.json()["tld"]["ace"] == "de"


@pytest.mark.parametrize(
    ("query", "aces"),
    [
        ("de, fr, nl", ["de", "fr", "nl"]),
        (".de/.at/.ch", ["de", "at", "ch"]),
        ("Germany France", ["de", "fr"]),
        ("Re: [tld-ops] .pl resolution failing", ["pl"]),
    ],
)
def test_search_a_list_or_a_subject_pasted(imported: Any, query: str, aces: list[str]) -> None:
    assert found(imported, query) == aces


def test_search_a_list_says_which_item_is_no_member(imported: Any) -> None:
    result = imported("search", ".de .kp")
    assert result.code == 0, result.err
    assert ".kp" in result.err and "not a TLD-OPS member" in result.err


@pytest.mark.parametrize("argument", [".de:", "「.de」", "ＤＥ", "«DE»", "Germany:", "(Germany)."])
def test_show_reads_punctuation_pasted_around_a_cctld(imported: Any, argument: str) -> None:
    result = imported("show", argument, "--json")
    assert result.code == 0, result.err
    assert result.json()["tld"]["ace"] == "de"
