from __future__ import annotations

import pytest

from tests.conftest import LAYOUT_A
from tldops_desktop.core.model import Member
from tldops_desktop.core.query import (
    QueryError,
    SearchIndex,
    domain_tld,
    named_cctld,
    parse_query,
    query_domain,
)
from tldops_desktop.mail.message import examine


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    result = examine(LAYOUT_A.read_bytes(), str(LAYOUT_A))
    return SearchIndex(result.editions[0].body.members)


def aces(members: list[Member]) -> list[str]:
    return [m.tld.ace for m in members]


@pytest.mark.parametrize("text", [".de", "DE", "de", " .de "])
def test_cctld_forms_rank_the_exact_member_first(index: SearchIndex, text: str) -> None:
    assert aces(index.search(text))[0] == "de"


@pytest.mark.parametrize("text", [".рф", "рф", ".РФ", "xn--p1ai", "XN--P1AI"])
def test_idn_forms_find_the_member(index: SearchIndex, text: str) -> None:
    assert aces(index.search(text))[0] == "xn--p1ai"


def test_country_names_in_the_leaflet_languages(index: SearchIndex) -> None:
    for name in ("Germany", "Allemagne", "Германия", "德国", "ألمانيا", "Alemania"):
        assert "de" in aces(index.search(name)), name
    assert "xn--p1ai" in aces(index.search("russia"))


def test_names_accent_and_case_insensitive(index: SearchIndex) -> None:
    found = index.search("lefevre")
    assert found
    assert all(any("Lefèvre" in c.name for c in m.contacts) for m in found)
    assert index.search("LUKASZ")  # Łukasz


def test_email_and_phone_digits(index: SearchIndex) -> None:
    assert aces(index.search("ops1@nic.de")) == ["de"]
    assert aces(index.search("15123456740")) == ["de"]
    assert aces(index.search("+49 151 234 567 40")) == ["de"]
    assert aces(index.search("0049 15123456740")) == ["de"]


def test_region_filter_and_terms_combine(index: SearchIndex) -> None:
    eu = index.search("region:EU")
    assert eu and all(m.effective_region and m.effective_region.value == "EU" for m in eu)
    assert "tf" in [m.tld.ace for m in eu]  # no region in the email; EU by the ccTLD table
    unknown = aces(index.search("region:unknown"))
    assert sorted(unknown) == ["tf", "tt"]
    assert "de" not in aces(index.search("germany region:AP"))
    assert aces(index.search(parse_query(".de").with_region("eu"))) == ["de"]
    with pytest.raises(QueryError):
        parse_query("region:XX")


def test_empty_query_lists_every_member(index: SearchIndex) -> None:
    assert len(index.search("")) == len(index) == 200


def test_every_term_must_match(index: SearchIndex) -> None:
    assert aces(index.search("russian federation")) == ["xn--p1ai"]
    assert index.search("germany zzzz") == []
    assert aces(index.search('name:"Lucía Nowak" tld:de')) == ["de"]


def test_unbalanced_quote_while_typing_does_not_fail(index: SearchIndex) -> None:
    assert index.search('"germ') is not None


def test_ccTLD_prefix_while_typing(index: SearchIndex) -> None:
    found = aces(index.search(".d"))
    assert found and all(a.startswith("d") for a in found)
    assert "de" in found


# -- ranking, ISO codes, A-labels, domains (review 7) ----------------------------------------


def test_exact_country_name_first_then_prefix_then_substring(index: SearchIndex) -> None:
    # 俄罗斯 is Russia in Chinese; 白俄罗斯 (Belarus) only contains it.
    assert aces(index.search("俄罗斯")) == ["ru", "su", "xn--p1ai", "by", "xn--90ais"]
    assert aces(index.search("Россия")) == ["ru", "su", "xn--p1ai"]
    assert aces(index.search("白俄罗斯")) == ["by", "xn--90ais"]
    assert aces(index.search("united"))[:3] == ["ae", "uk", "us"]  # prefixes of names
    assert aces(index.search("kingdom")) == ["uk"]  # a substring of a name


def test_iso_code_and_other_names_of_the_united_kingdom(index: SearchIndex) -> None:
    for text in ("gb", "GB", ".gb", "Great Britain", "United Kingdom", "Royaume-Uni"):
        assert aces(index.search(text)) == ["uk"], text


def test_a_bare_code_lists_the_other_cctlds_of_its_country_next(index: SearchIndex) -> None:
    assert aces(index.search("ru"))[:3] == ["ru", "su", "xn--p1ai"]
    assert aces(index.search(".ru")) == ["ru"]  # a dot asks for this very ccTLD
    assert aces(index.search("xn--p1ai")) == ["xn--p1ai"]


def test_no_substring_inside_a_labels(index: SearchIndex) -> None:
    assert all(not a.startswith("xn--") for a in aces(index.search("gb")))
    assert index.search("lgbbat") == []
    assert aces(index.search("xn--lgb")) == ["xn--lgbbat1ad8j"]  # a prefix while typing
    assert "xn--p1ai" in aces(index.search("xn--p"))


@pytest.mark.parametrize(
    ("text", "ace"),
    [
        ("example.de", "de"),
        ("www.nic.de", "de"),
        ("bbc.co.uk", "uk"),
        ("пример.рф", "xn--p1ai"),
        ("Example.DE.", "de"),
    ],
)
def test_a_domain_name_finds_the_cctld_of_its_last_label(
    index: SearchIndex, text: str, ace: str
) -> None:
    assert aces(index.search(text)) == [ace]
    assert query_domain(text) == (text, ace)


def test_what_is_not_a_domain(index: SearchIndex) -> None:
    assert query_domain("ops1@nic.de") is None  # an email address, searched as written
    assert query_domain(".de") is None
    assert query_domain("+49.151.234") is None
    assert query_domain("example.com") is None
    assert aces(index.search("ops1@nic.de")) == ["de"]


@pytest.mark.parametrize(
    ("text", "ace"),
    [
        ("zz", "zz"),
        (".ZZ", "zz"),
        ("xn--p1ai", "xn--p1ai"),
        ("рф", "xn--p1ai"),
        (".中国", "xn--fiqs8s"),
        ("example.zz", "zz"),
        ("tld:ao", "ao"),
        ("Германия", None),
        ("Россия", None),
        ("俄罗斯", None),
        ("白俄罗斯", None),
        ("Müller", None),
        ("Jürgen", None),
        ("xyz", None),
        (".xyz", None),
        ("two words", None),
        ("example.com", None),
    ],
)
def test_named_cctld_only_for_cctld_shaped_queries(text: str, ace: str | None) -> None:
    assert named_cctld(text) == ace


def test_cctld_matches_take_the_country_of_a_non_member(index: SearchIndex) -> None:
    assert aces(index.cctld_matches("gb")) == ["uk"]
    assert aces(index.cctld_matches("de")) == ["de"]
    assert index.cctld_matches("zz") == []
    assert index.cctld_matches("ao") == []


@pytest.mark.parametrize(
    ("pasted", "ace"),
    [
        ("https://www.nic.de/", "de"),
        ("www.nic.de/abuse", "de"),
        ("http://bbc.co.uk/news?x=1", "uk"),
        ("nic.de:443", "de"),
        ("abuse@bbc.co.uk", "uk"),
        ("https://пример.рф/", "xn--p1ai"),
        ("+31 6 1234 5678", None),
        ("06/12/2026", None),
    ],
)
def test_what_is_pasted_from_a_ticket_names_its_cctld(pasted: str, ace: str | None) -> None:
    assert domain_tld(pasted) == ace


# -- pasted and typed text (F8, F9, F10) --------------------------------------------------------

INVISIBLE = ["\u200e", "\u200f", "\u200d", "\u200c", "\u061c", "\u202a", "\u202c", "\u2066",
             "\u2069", "\u200b", "\ufeff"]  # fmt: skip


@pytest.mark.parametrize("char", INVISIBLE)
@pytest.mark.parametrize(
    ("text", "ace"),
    [
        (".de", "de"),
        (".рф", "xn--p1ai"),
        ("ops1@nic.de", "de"),
        ("+4915123456740", "de"),
        ("Lucía Nowak", "de"),
        ("Germany", "de"),
    ],
)
def test_invisible_characters_anywhere_are_ignored(
    index: SearchIndex, char: str, text: str, ace: str
) -> None:
    for pasted in (char + text, text + char, text[:2] + char + text[2:]):
        assert aces(index.search(pasted))[:1] == [ace], repr(pasted)


@pytest.mark.parametrize(
    ("text", "ace"),
    [
        ("。рф", "xn--p1ai"),
        ("｡рф", "xn--p1ai"),
        ("．рф", "xn--p1ai"),
        ("。中国", "xn--fiqs8s"),
        ("．中国", "xn--fiqs8s"),
        ("中国。", "xn--fiqs8s"),
        ("example。中国", "xn--fiqs8s"),
        ("。de", "de"),
        ("nic．de", "de"),
    ],
)
def test_ideographic_full_stops_are_dots(index: SearchIndex, text: str, ace: str) -> None:
    assert aces(index.search(text)) == [ace]
    assert named_cctld(text) == ace


def test_typographic_apostrophes_match_the_ascii_one(index: SearchIndex) -> None:
    found = aces(index.search("O'Neill"))
    assert len(found) == 19
    for typed in ("O’Neill", "O‘Neill", "Oʼneill", "O´Neill"):
        assert aces(index.search(typed)) == found, typed
