from __future__ import annotations

import pytest

from tests.conftest import LAYOUT_A
from tldops_desktop.core.model import Member
from tldops_desktop.core.query import QueryError, SearchIndex, parse_query
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
