"""A word typed with a slip: the word the search knows nearest to it, suggested (``spelling``)."""

from __future__ import annotations

import pytest

from tests.conftest import LAYOUT_A
from tldops_desktop.core.query import SearchIndex
from tldops_desktop.core.spelling import Vocabulary, edit_distance
from tldops_desktop.mail.message import examine


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    result = examine(LAYOUT_A.read_bytes(), str(LAYOUT_A))
    return SearchIndex(result.editions[0].body.members)


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [
        ("germany", "germany", 0),
        ("germnay", "germany", 1),  # two letters swapped
        ("gemany", "germany", 1),  # one missing
        ("garmany", "germany", 1),  # one wrong
        ("germanny", "germany", 1),  # one added
        ("lefevbre", "lefevre", 1),
        ("smiht", "smith", 1),
        ("", "abc", 3),
    ],
)
def test_edit_distance(a: str, b: str, distance: int) -> None:
    assert edit_distance(a, b) == distance == edit_distance(b, a)


def test_the_nearest_known_word_as_written() -> None:
    words = Vocabulary(["Germany", "Lefèvre", "O'Neill", "Nowak", "Novak"])
    assert words.nearest("Germnay") == "Germany"
    assert words.nearest("lefevbre") == "Lefèvre"
    assert words.nearest("O'Nell") == "O'Neill"
    assert words.nearest("nowka") == "Nowak"  # one edit from Nowak, two from Novak
    assert words.nearest("Germany") is None  # known
    assert words.nearest("xyzzy") is None
    assert words.nearest("nwk") is None  # too short to tell
    # As near: the longer, as a letter left out is the commonest slip.
    names = Vocabulary(["Russia", "Rusia", "Russian", "Federation"])
    assert names.nearest("Rusian") == "Russian"
    assert names.nearest("Ruusia") == "Russia"


@pytest.mark.parametrize(
    ("typed", "suggested"),
    [
        ("Germnay", "Germany"),
        ("Allemange", "Allemagne"),
        ("Германя", "Германия"),
        ("Swizerland", "Switzerland"),
        ("nowk germany", "Nowak germany"),
        ("Lefevbre", "Lefèvre"),
        ("Eurpoe", "europe"),
        ("name:nowk", "name:Nowak"),
        ("region:EU nowk", "region:EU Nowak"),
    ],
)
def test_a_query_that_finds_nothing_gets_a_suggestion(
    index: SearchIndex, typed: str, suggested: str
) -> None:
    assert index.search(typed) == []
    assert index.suggestion(typed) == suggested
    assert index.search(suggested)


@pytest.mark.parametrize("typed", ["Germany", "zzzz", "+49 151 99", "nobody@nic.zz", "xn--p1aj"])
def test_no_suggestion_for_a_query_that_finds_or_has_no_near_word(
    index: SearchIndex, typed: str
) -> None:
    assert index.suggestion(typed) is None


def test_a_suggestion_must_find_members_in_the_region_asked(index: SearchIndex) -> None:
    assert index.suggestion("Germnay", "EU") == "Germany"
    assert index.suggestion("Germnay", "AP") is None  # Germany is not in Asia-Pacific


@pytest.mark.parametrize(
    ("typed", "suggested", "missing"),
    [
        ("Ivroy Coast", "Ivory Coast", "ci"),
        ("Myanmr", "Myanmar", "mm"),
        ("Eswatni", "Eswatini", "sz"),
        ("Camerroun", "Cameroun", "cm"),
    ],
)
def test_a_slip_in_the_name_of_a_country_that_is_no_member_gets_its_name_offered(
    index: SearchIndex, typed: str, suggested: str, missing: str
) -> None:
    """The name offered finds no member, but says which ccTLD it is and how to reach it."""
    assert index.search(typed) == [] and index.missing_member(typed) is None
    assert index.suggestion(typed) == suggested
    found = index.missing_member(suggested)
    assert found is not None and found.ace == missing
    assert index.suggestion(typed, "EU") is None  # not in the region asked


def test_a_slip_in_a_cyrillic_or_greek_name_typed_in_latin_letters_gets_a_spelling() -> None:
    from tldops_desktop.core.model import Contact, Member, Region, Tld

    def member(ace: str, name: str) -> Member:
        return Member(Tld(ace, ace), ace, Region.EU, (Contact(1, name, f"noc@nic.{ace}", ""),))

    index = SearchIndex([member("ru", "Светлана Иванова"), member("gr", "Χρήστος Νικολάου")])
    for typed, suggested in [
        ("Ivanva", "Ivanova"),
        ("Svetlana Ivanva", "Svetlana Ivanova"),
        ("Nikolau", "Nikolaou"),
    ]:
        assert index.search(typed) == []
        assert index.suggestion(typed) == suggested
        assert index.search(suggested)
