from __future__ import annotations

import pytest

from tests.conftest import LAYOUT_A
from tldops_desktop.core import cctlds
from tldops_desktop.core.model import Contact, Member, Region, Tld
from tldops_desktop.core.query import (
    MissingMember,
    Query,
    QueryError,
    SearchIndex,
    Term,
    domain_tld,
    named_cctld,
    normalize_region,
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


def member(ace: str, country: str, *people: tuple[str, str, str]) -> Member:
    """A member of a made-up edition: ``(name, email, phone)`` per contact."""
    contacts = tuple(
        Contact(i, name, email, phone, None) for i, (name, email, phone) in enumerate(people, 1)
    )
    return Member(Tld(ace, ace), country, Region.EU, contacts)


@pytest.mark.parametrize("text", [".de", "DE", "de", " .de "])
def test_cctld_forms_rank_the_exact_member_first(index: SearchIndex, text: str) -> None:
    assert aces(index.search(text))[0] == "de"


@pytest.mark.parametrize("text", [".рф", "рф", ".РФ", "xn--p1ai", "XN--P1AI"])
def test_idn_forms_find_the_member(index: SearchIndex, text: str) -> None:
    assert aces(index.search(text))[0] == "xn--p1ai"


@pytest.mark.parametrize(
    ("text", "found"),
    [("dot de", ["de"]), ("DOT DE", ["de"]), ("dot рф", ["xn--p1ai"]), ("nowak dot de", ["de"])],
)
def test_a_cctld_said_aloud_is_that_cctld(index: SearchIndex, text: str, found: list[str]) -> None:
    assert aces(index.search(text)) == found


def test_dot_before_another_word_stays_a_word() -> None:
    assert [t.text for t in parse_query("dot nowak").terms] == ["dot", "nowak"]
    assert [t.text for t in parse_query("Dot Smith").terms] == ["Dot", "Smith"]


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
    assert aces(index.search("russian federation")) == ["ru", "su", "xn--p1ai"]  # ISO name
    assert aces(index.search("syrian federation")) == []
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


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("рф", ["xn--p1ai", "ru", "su"]),  # like "ru": its own ccTLD, then its country's
        ("РФ", ["xn--p1ai", "ru", "su"]),
        ("срб", ["xn--90a3ac", "rs"]),
        ("中國", ["xn--fiqz9s", "cn", "xn--fiqs8s"]),
        ("台灣", ["xn--kpry57d", "tw", "xn--kprw13d"]),
        (".рф", ["xn--p1ai"]),  # a dot, or the A-label typed, asks for this very ccTLD
        ("ru.", ["ru"]),
        ("xn--p1ai", ["xn--p1ai"]),
    ],
)
def test_a_bare_unicode_label_lists_its_countrys_cctlds_too(
    index: SearchIndex, text: str, found: list[str]
) -> None:
    assert aces(index.search(text))[: len(found)] == found
    if len(found) == 1:
        assert len(index.search(text)) == 1


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
    assert query_domain("region:XX") is None  # an unknown region names no domain either
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


# -- a phone number typed as dialled (search review F2, F6, F7) -------------------------------


@pytest.mark.parametrize(
    ("text", "ace"),
    [
        ("06 12 34 52 19", "fr"),  # France, with its trunk prefix, in groups
        ("+43 664 123912", "at"),  # written 0043664123912 in the email
        ("0412 345 358", "cc"),  # Australia's mobile form (.cc uses +61)
        ("+44 (0) 7400 123545", "uk"),  # the trunk prefix in parentheses, never dialled
        ("+49(0)15123456740", "de"),
        ("89123456472", "ru"),  # Russia's trunk prefix 8
        ("8-912-345-64-72", "ru"),
        ("8 (912) 345-64-72", "ru"),
        ("80294911315", "by"),  # Belarus: 8 0
        ("tel:+376-312-558", "ad"),  # a tel: URI, as the app and phones copy it
        ("tel:+4915123456740;ext=12", "de"),
        ("tel:312-558;phone-context=+376", "ad"),
        ("phone:0412 345 358", "cc"),
        # The country code in parentheses, as signatures write it.
        ("(+44) 7400 123545", "uk"),
        ("(+33) 6 12 34 52 19", "fr"),
        ("(+49)151 234 567 40", "de"),
        ("(0049) 151 234 567 40", "de"),
        ("(+44) (0) 7400 123545", "uk"),
        # ... and with its "+" left out, as a signature copied in part has it.
        ("44 (0) 7400 123545", "uk"),
        ("49(0)15123456740", "de"),
    ],
)
def test_a_number_typed_as_dialled_finds_its_member_first(
    index: SearchIndex, text: str, ace: str
) -> None:
    assert aces(index.search(text))[0] == ace


def test_a_number_is_one_term_and_words_stay_words() -> None:
    assert parse_query("06 12 34 52 19").terms == (Term("06 12 34 52 19"),)
    assert parse_query("+44 (0) 7400 123545").terms == (Term("+44 (0) 7400 123545"),)
    assert parse_query("germany 0151 234").terms == (Term("germany"), Term("0151 234"))
    assert parse_query("+33 6 12 +44 7400").terms == (Term("+33 6 12"), Term("+44 7400"))
    assert parse_query("nowak (+44) 7400").terms == (Term("nowak"), Term("(+44) 7400"))
    assert parse_query("+33 6 12 (+44) 7400").terms == (Term("+33 6 12"), Term("(+44) 7400"))
    assert parse_query("phone:0412 345 358").terms == (Term("0412 345 358", "phone"),)
    assert parse_query("tel:+376-312-558;ext=12").terms == (Term("+376-312-558", "phone"),)
    assert parse_query("1 2").terms == (Term("1"), Term("2"))  # too few digits for a number
    assert parse_query("lucia 12 nowak").terms == (Term("lucia"), Term("12"), Term("nowak"))
    assert parse_query("region:EU 06 12 34").terms == (Term("06 12 34"),)


def test_a_whole_number_ranks_before_numbers_that_contain_it() -> None:
    de = member("de", "Germany", ("Erika Muster", "noc@nic.de", "+49 30 1234567890"))
    fr = member(
        "fr", "France", ("Zoé Martin", "noc@nic.fr", "+33 6 12 34 56 79, +33 1 23 45 67 89")
    )
    index = SearchIndex([de, fr])
    assert aces(index.search("01 23 45 67 89")) == ["fr", "de"]  # 123456789 is in .de's too
    assert aces(index.search("1 23 45 67 89")) == ["fr", "de"]
    for typed in ("+33 1 23 45 67 89", "0033123456789", "tel:+33123456789"):
        assert aces(index.search(typed)) == ["fr"], typed


def test_a_number_being_typed_ranks_the_numbers_it_begins_first(index: SearchIndex) -> None:
    found = aces(index.search("+7 912 345"))
    assert found[:2] == ["ru", "xn--p1ai"] and "iq" in found[2:]  # .iq's has 7912345 inside


def test_with_number_finds_the_owner_of_a_whole_number(index: SearchIndex) -> None:
    assert aces(index.with_number("tel:+4915123456740")) == ["de"]
    assert aces(index.with_number("0049 151 234 567 40")) == ["de"]
    assert aces(index.with_number("(+49) 151 234 567 40")) == ["de"]
    assert index.with_number("+49 151 234") == []  # part of a number is no one's
    assert index.with_number("lefevre") == []


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
        ("06 12 34 52 19", "fr"),
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
    assert aces(index.search("Lao People’s Democratic Republic")) == ["la"]


# -- country names in the ccTLD table; country: (F5) --------------------------------------------


def test_every_member_is_found_by_the_tables_country_name(index: SearchIndex) -> None:
    for found in index.members:
        row = cctlds.lookup(found.tld.ace)
        assert row is not None
        assert found.tld.ace in aces(index.search(row.country)), row.country


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian Federation", ["ru", "su", "xn--p1ai"]),
        ("Syrian Arab Republic", ["sy"]),
        ("Palestine, State of", ["ps", "xn--ygbi2ammx"]),
        ("Virgin Islands (British)", ["vg"]),
        ("Holy See (Vatican City State)", ["va"]),
        ("country:UK", ["uk"]),  # the United Kingdom, not Ukraine
        ("country:gb", ["uk"]),
        ("country:ukr", ["ua"]),  # no country is "ukr": a part of a name then
    ],
)
def test_official_names_and_codes_find_their_members(
    index: SearchIndex, text: str, expected: list[str]
) -> None:
    assert [a for a in aces(index.search(text)) if a in expected] == expected
    assert aces(index.search(text))[: len(expected)] == expected


# -- the European Union's IDN ccTLDs (F11) ------------------------------------------------------


@pytest.mark.parametrize("text", [".ею", "ею", "xn--e1a4c", ".ευ", "ΕΥ", "xn--qxa6a"])
def test_the_eu_idn_cctlds_lead_to_eu(index: SearchIndex, text: str) -> None:
    assert aces(index.search(text))[0] == "eu"  # (a bare "ею" is also in "Реюньон")
    assert aces(index.cctld_matches(named_cctld(text) or "")) == ["eu"]


# -- a country that is not a member, named by its name (F3) ------------------------------------


@pytest.mark.parametrize(
    ("text", "missing"),
    [
        ("Niger", MissingMember("ne", by_country=True)),
        ("niger noc", MissingMember("ne", by_country=True)),
        ("Oman", MissingMember("om", by_country=True)),
        ("Samoa", MissingMember("ws", by_country=True)),
        ("Guinea", MissingMember("gn", by_country=True)),
        ("Sudan", MissingMember("sd", by_country=True)),
        ("region:AF Niger", MissingMember("ne", by_country=True)),
        ("Нигер", MissingMember("ne", by_country=True)),
        ("ne", MissingMember("ne", by_country=False)),
        (".ελ", None),  # .gr answers
        (".ею", None),  # .eu answers
        ("gb", None),
        ("Nigeria", None),
        ("Russian Federation", None),
        ("American Samoa", None),
        ("name:Oman", None),  # a person's name
        ("Müller", None),
        ("region:XX", None),
        ("", None),
    ],
)
def test_missing_member(index: SearchIndex, text: str, missing: MissingMember | None) -> None:
    assert index.missing_member(text) == missing


# -- typing a field (F15) -----------------------------------------------------------------------


def test_a_field_without_its_value_yet_is_no_term() -> None:
    assert parse_query("region:") == Query()
    assert parse_query("lefevre name:").terms == (Term("lefevre"),)
    assert parse_query("tel:") == Query()


def test_a_region_being_typed_is_left_out_only_while_typing() -> None:
    for text in ("region:E", "region:la", "region:unkn"):
        with pytest.raises(QueryError):
            parse_query(text)
        assert parse_query(text, typing=True) == Query()
    assert parse_query("region:EU", typing=True).regions == {"EU"}
    with pytest.raises(QueryError):
        parse_query("region:XX", typing=True)


def test_a_full_name_ranks_the_member_with_that_person_first() -> None:
    """Words found in two different contacts ("Mette" of one, "Smith" of another) rank after
    a member with a contact of that whole name."""
    tr = member("tr", "Türkiye", ("Mette Yilmaz", "noc@nic.tr", "+90 212 555 0101"),
                ("Ali Smith", "cert@nic.tr", "+90 212 555 0102"))  # fmt: skip
    fr = member("fr", "France", ("Mette Smith", "noc@nic.fr", "+33 6 12 34 52 19"))
    index = SearchIndex([tr, fr])
    assert aces(index.search("Mette Smith")) == ["fr", "tr"]
    assert aces(index.search("mette smith")) == ["fr", "tr"]


@pytest.mark.parametrize(("typed", "name"), [("oneill", "Zoë O'Neill"), ("o'neill", "Zoë O'Neill"),
                                             ("mueller", "Jürgen Müller"), ("muller", "Jürgen Müller")])  # fmt: skip
def test_names_as_typed_without_apostrophes_or_umlauts(typed: str, name: str) -> None:
    index = SearchIndex([member("de", "Germany", (name, "noc@nic.de", "+49 30 1234567"))])
    assert aces(index.search(typed)) == ["de"]


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("vanderberg", "Emil Van der Berg"),
        ("VanderBerg", "Emil Van der Berg"),
        ("OBriain", "Siobhán Ó Briain"),
        ("jeanpierre", "Jean-Pierre Dupont"),
        ("emilvanderberg", "Emil Van der Berg"),
    ],
)
def test_names_as_typed_without_the_spaces_or_hyphens_between_their_words(
    typed: str, name: str
) -> None:
    others = member("fr", "France", ("Anne Berg", "noc@nic.fr", "+33 6 12 34 52 19"))
    index = SearchIndex([member("nl", "Netherlands", (name, "noc@sidn.nl", "+31 6 12345678")),
                         others])  # fmt: skip
    assert aces(index.search(typed)) == ["nl"]


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        # A hyphen, an apostrophe or a space typed where the name has another one, or none.
        ("Jean-Pierre", "Jean Pierre Dupont"),
        ("jean-pierre dupont", "Jean Pierre Dupont"),
        ('"jean pierre"', "Jean-Pierre Dupont"),
        ("Al-Rashid", "Ahmed Al Rashid"),
        ("O'Neill", "Seán O Neill"),
        ("Seán O'Neill", "Seán ONeill"),
        ("Bat-Erdene", "Bat Erdene Dorj"),
        # An umlaut typed where the name spells it out (as the email may write it).
        ("Müller", "Hans-Peter Mueller"),
        ("Hans-Peter Müller", "Hans Peter Mueller"),
        ("Jörg", "Joerg Schaefer"),
        # ... and typed without its dots where the name spells it out.
        ("muller", "Hans-Peter Mueller"),
        ("MULLER", "Hans-Peter Mueller"),
        ("Schroder", "Gerhard Schroeder"),
        ("Jorg Schafer", "Joerg Schaefer"),
        ("name:muller", "Hans-Peter Mueller"),
        # The Nordic å and ø, the South Slavic đ, as spelt on other keyboards, both ways.
        ("aasa", "Åsa Lind"),
        ("Soeren", "Søren Kierkegaard"),
        ("Søren", "Soeren Kierkegaard"),
        ("Djordjevic", "Marko Đorđević"),
        ("Đorđević", "Marko Djordjevic"),
        ("Djordjevic", "Inès Ðorđević"),  # Latin-1's capital eth for Đ
        ("Dordevic", "Inès Ðorđević"),
        ("Thorsson", "Jón Þórsson"),
        # A name term reads them as a plain word does.
        ("name:Jean-Pierre", "Jean Pierre Dupont"),
        ("name:Al-Rashid", "Ahmed Al Rashid"),
        ("name:O'Neill", "Seán O Neill"),
        ("name:Müller", "Hans-Peter Mueller"),
        ("name:Soeren", "Søren Kierkegaard"),
    ],
)
def test_names_as_typed_with_other_joins_or_umlauts_than_written(typed: str, name: str) -> None:
    others = member("fr", "France", ("Anne Berg", "noc@nic.fr", "+33 6 12 34 52 19"))
    index = SearchIndex([member("nl", "Netherlands", (name, "noc@sidn.nl", "+31 6 12345678")),
                         others])  # fmt: skip
    assert aces(index.search(typed)) == ["nl"]


def test_numbers_prepared_ahead_search_as_when_worked_out_at_the_first_phone_query() -> None:
    members = examine(LAYOUT_A.read_bytes(), str(LAYOUT_A)).editions[0].body.members
    lazy, ready = SearchIndex(members), SearchIndex(members)
    ready.prepare_numbers()
    assert all(entry._numbers is not None for entry in ready._entries)
    assert all(entry._numbers is None for entry in lazy._entries)  # nothing worked out yet
    phone = next(c.phone for m in members for c in m.contacts if c.phone)
    for text in (phone, phone.replace(" ", ""), phone[:8]):
        assert aces(ready.search(text)) == aces(lazy.search(text))
        assert ready.search(text)


def _nowaks() -> SearchIndex:
    return SearchIndex(
        [
            member("bm", "Bermuda", ("Anna Nowak", "noc@nic.bm", "+1 441 555 0101")),  # Bermudes
            member("de", "Germany", ("Lucía Nowak", "ops1@nic.de", "+49 30 1234567"),
                   ("Juan Cruz Lara", "ops2@nic.de", "+49 30 1234568")),
            member("es", "Spain", ("Juan de la Cruz", "noc@nic.es", "+34 912 345 678")),
            member("uk", "United Kingdom", ("Ștefan Nowak", "noc@nic.uk", "+44 20 7946 0000")),
        ]
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("de nowak", ["de", "bm"]),  # .bm by "de" in its French name, Bermudes (and .uk)
        ("nowak de", ["de", "bm"]),
        ("DE Nowak", ["de", "bm"]),
        ("gb nowak", ["uk"]),  # GB is the United Kingdom's ISO code; its ccTLD is .uk
        ("uk nowak", ["uk"]),
        ("Juan de la Cruz", ["es", "de"]),  # a contact of that whole name first
    ],
)
def test_a_cctld_word_in_a_longer_query_ranks_its_members_first(
    text: str, found: list[str]
) -> None:
    assert aces(_nowaks().search(text))[: len(found)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Ana", ["es", "pt", "bw", "ca"]),  # whole names first, then "ana" in Botswana, Canada
        ("ines", ["pt", "ph"]),  # Inês, then the Philippines
        ("ana silva", ["pt"]),
        ("nes", ["ph", "pt"]),  # inside a name: after the country name that holds it
    ],
)
def test_a_whole_word_of_a_name_ranks_before_a_substring_of_a_country(
    text: str, found: list[str]
) -> None:
    index = SearchIndex(
        [
            member("bw", "Botswana", ("Kagiso Molefe", "noc@nic.bw", "+267 71 234 567")),
            member("ca", "Canada", ("Liam Tremblay", "noc@cira.ca", "+1 613 555 0101")),
            member("es", "Spain", ("Ana García", "noc@nic.es", "+34 912 345 678")),
            member("ph", "Philippines", ("Jose Reyes", "noc@nic.ph", "+63 2 8123 4567")),
            member("pt", "Portugal", ("Ana Silva", "ana@dns.pt", "+351 912 345 678"),
                   ("Inês Costa", "ines@dns.pt", "+351 912 345 679")),
        ]
    )  # fmt: skip
    assert aces(index.search(text)) == found


@pytest.mark.parametrize(
    ("text", "first"),
    [("США", "us"), ("U.S.", "us"), ("EE. UU.", "us"), ("St Lucia", "lc"), ("德國", "de")],
)
def test_an_alias_ranks_its_country_before_names_that_contain_it(text: str, first: str) -> None:
    """ "США" is inside "Виргинские о-ва (США)", "U.S." inside "U.S. Virgin Islands"."""
    index = SearchIndex(
        [
            member("cr", "Costa Rica", ("Lucía Mora", "noc@nic.cr", "+506 2222 3333")),
            member("de", "Germany", ("Jan Stein", "noc@nic.de", "+49 30 1234567")),
            member("lc", "Saint Lucia", ("Ann Joseph", "noc@nic.lc", "+1 758 452 0000")),
            member("us", "United States", ("Bob Smith", "noc@nic.us", "+1 202 555 0101")),
            member("vi", "U.S. Virgin Islands", ("Ann Lee", "noc@nic.vi", "+1 340 555 0101")),
        ]
    )
    assert aces(index.search(text))[0] == first


@pytest.mark.parametrize(
    "text",
    [
        "Lucía Nowak <ops1@nic.de>",
        '"Nowak, Lucía" <ops1@nic.de>',
        "Lucia Nowak (DENIC) <ops1@nic.de>",  # the sender's spelling, not the edition's
        "<ops1@nic.de>",
        "Nowak, Lucía",
        "Lucía Nowak,",
    ],
)
def test_a_pasted_from_line_or_name_finds_its_person(text: str) -> None:
    assert aces(_nowaks().search(text)) == ["de"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("region:europe", "EU"),
        ("region:Africa", "AF"),
        ("region:asia-pacific", "AP"),
        ("region:latin-america", "LAC"),
        ("region:LATAM", "LAC"),
        ("region:north-america", "NA"),
        ("region:eu", "EU"),
    ],
)
def test_a_region_filter_may_name_the_region(text: str, code: str) -> None:
    assert parse_query(text).regions == {code}
    assert parse_query(f"{text} lefevre").terms == (Term("lefevre"),)


def test_a_region_name_being_typed_is_left_out_while_typing() -> None:
    assert parse_query("region:eur", typing=True) == Query()
    assert parse_query("region:north-am", typing=True) == Query()
    with pytest.raises(QueryError):
        parse_query("region:eur")
    assert normalize_region("Latin America & the Caribbean") == "LAC"


# -- region names -------------------------------------------------------------------------------

REGION_WORDS = [
    ("Africa", "AF"), ("Afrique", "AF"), ("África", "AF"), ("Африка", "AF"), ("非洲", "AF"),
    ("أفريقيا", "AF"), ("Asia Pacific", "AP"), ("asia-pacific", "AP"), ("Asia", "AP"), ("AP", "AP"),
    ("Asie-Pacifique", "AP"), ("Asia-Pacífico", "AP"), ("Азия", "AP"), ("亚太", "AP"),
    ("آسيا والمحيط الهادئ", "AP"), ("Europe", "EU"), ("Europa", "EU"), ("Европа", "EU"),
    ("欧洲", "EU"), ("أوروبا", "EU"), ("Latin America", "LAC"), ("LAC", "LAC"), ("lac", "LAC"),
    ("Latin America & the Caribbean", "LAC"), ("Caribbean", "LAC"), ("América Latina", "LAC"),
    ("Amérique latine et Caraïbes", "LAC"), ("Латинская Америка", "LAC"), ("拉丁美洲", "LAC"),
    ("North America", "NA"), ("Amérique du Nord", "NA"), ("Северная Америка", "NA"),
    ("北美", "NA"), ("أمريكا الشمالية", "NA"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "code"), REGION_WORDS)
def test_a_region_typed_alone_lists_its_members(index: SearchIndex, text: str, code: str) -> None:
    found = aces(index.search(text))
    region = aces(index.search(f"region:{code}"))
    assert len(region) > 3
    assert set(region) <= set(found)
    assert len(found) <= len(region) + 2  # a few members outside that hold the word as text


def test_a_ccTLD_or_country_the_region_word_names_comes_first(index: SearchIndex) -> None:
    assert aces(index.search("Europe"))[0] == "eu"  # European Union
    assert aces(index.search("Africa"))[0] == "za"  # South Africa
    assert aces(index.search("Afrique"))[0] == "za"  # Afrique du Sud
    # A name inside a word is no better match: "asia" in Malaysia, "ap" in Japan.
    assert aces(index.search("Asia"))[:3] == aces(index.search("region:AP"))[:3]
    ap = aces(index.search("AP"))
    assert ap[:3] == aces(index.search("region:AP"))[:3]
    assert ap[-1] == "cv"  # Cap-Vert: not in Asia Pacific, and after it


@pytest.mark.parametrize("code", ["eu", "na", "af"])
def test_a_region_code_that_is_a_ccTLD_is_that_ccTLD(index: SearchIndex, code: str) -> None:
    """ "eu", "na", "af" are .eu, Namibia and Afghanistan: the region is the region: filter."""
    found = aces(index.search(code))
    assert found[0] == code
    region = aces(index.search(f"region:{code}"))
    assert not set(region) <= set(found)
    assert len(aces(index.search("eu"))) <= 5  # .eu and names holding "eu"; no EU member else


def test_region_words_in_a_field_are_words_and_among_others_a_region(index: SearchIndex) -> None:
    assert aces(index.search("country:Europe")) == ["eu"]
    assert aces(index.search("Europe nowak")) == aces(index.search("region:EU nowak"))
    assert index.search("Europe nowak")
    assert index.search("Afr")  # still being typed: South Africa, Central African Republic ...
    assert len(index.search("Afr")) < len(index.search("region:AF"))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        *REGION_WORDS,
        ("asia", "AP"), ("ASIA", "AP"), ("asia/pacific", "AP"), ("apac", "AP"),
        ("asia_pacific", "AP"), ("latin-america", "LAC"), ("latam", "LAC"),
        ("latin-america-and-caribbean", "LAC"), ("south-america", "LAC"),
        ("north_america", "NA"), ("europa", "EU"), ("EU", "EU"), ("af", "AF"), ("na", "NA"),
    ],
)  # fmt: skip
def test_region_filter_reads_region_names(text: str, code: str) -> None:
    assert normalize_region(text) == code
    assert parse_query(f"region:{text.replace(' ', '-')}").regions == {code}


def test_region_filter_being_typed() -> None:
    assert parse_query("region:asia-pa", typing=True).regions == frozenset()
    assert parse_query("region:asia", typing=True).regions == {"AP"}
    with pytest.raises(QueryError):
        parse_query("region:asia-pa")
    with pytest.raises(QueryError):
        normalize_region("America")  # North or Latin: no region


# -- an address: its owner first, also as a mailto: link --------------------------------------


def _afnic() -> SearchIndex:
    """Overseas ccTLDs whose contacts write from their registry operator's domain (.fr)."""
    return SearchIndex(
        [
            member("fr", "France", ("Anne Leroy", "anne.leroy@afnic.fr", "+33 6 12 34 56 78")),
            member("re", "Réunion", ("Paul Hoarau", "Paul.Hoarau@afnic.fr", "+262 692 12 34 56")),
            member("ad", "Andorra", ("Ana Puig", "ana@nic.ad", "+376 312 558")),
        ]
    )


@pytest.mark.parametrize(
    "text",
    [
        "paul.hoarau@afnic.fr",
        "Paul.Hoarau@AFNIC.FR",
        "Paul Hoarau <paul.hoarau@afnic.fr>",
        '"Hoarau, Paul" <mailto:paul.hoarau@afnic.fr>',
        "mailto:paul.hoarau@afnic.fr",
        "MAILTO:Paul.Hoarau%40afnic.fr?subject=Incident",
    ],
)
def test_an_address_finds_its_owner_before_the_cctld_of_its_domain(text: str) -> None:
    # The owner is the one to show: .fr, the ccTLD of the domain, holds no such address.
    assert aces(_afnic().search(text)) == ["re", "fr"]


def test_an_address_no_contact_has_still_names_its_domains_cctld() -> None:
    index = _afnic()
    assert aces(index.search("abuse@afnic.fr")) == ["fr"]
    assert aces(index.search("mailto:abuse@afnic.fr")) == ["fr"]
    assert aces(index.search("afnic.fr")) == ["fr", "re"]  # a domain: its ccTLD first
    assert aces(index.search("anne.leroy@afnic.fr")) == ["fr"]


def test_a_mailto_link_is_its_address() -> None:
    assert parse_query("mailto:ops1@nic.de").terms == (Term("ops1@nic.de"),)
    assert parse_query("mailto:ops1%40nic.de?cc=x@y.de").terms == (Term("ops1@nic.de"),)
    assert parse_query("mailto:", typing=True).terms == ()  # nothing typed after it yet


@pytest.mark.parametrize("text", ["йошкар", "ЙОШКАР@почта", "josé.garcía", "jose.garcia@"])
def test_an_address_with_letters_beyond_ascii_is_found_by_its_parts(text: str) -> None:
    index = SearchIndex(
        [
            member("xn--p1ai", "Russia", ("Ivan", "йошкар@почта.рф", "+7 912 345-64-72")),
            member("es", "Spain", ("Pepe", "josé.garcía@nic.es", "+34 612 345 678")),
        ]
    )
    assert len(index.search(text)) == 1, text


# -- Cyrillic names typed on a Latin keyboard -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Ivanova", ["mk", "mn", "ru"]),  # Иван Иванова, Светлана Иванова (twice)
        ("svetlana ivanova", ["mn", "ru"]),
        ("ivan petrov", ["ru"]),
        ("ivan russia", ["ru"]),
        ("Jovanovic", ["xn--p1ai", "xn--90a3ac"]),  # Светлана Јовановић, Ольга Јовановић
        ("Lukashenko", ["xn--d1alf"]),
        ("name:kuznetsova", ["by", "mn", "xn--d1alf"]),
    ],
)
def test_a_cyrillic_name_is_found_as_typed_in_latin_letters(
    index: SearchIndex, text: str, found: list[str]
) -> None:
    assert sorted(aces(index.search(text))) == sorted(found)


def test_a_greek_name_is_found_as_typed_in_latin_letters() -> None:
    index = SearchIndex(
        [
            member("gr", "Greece", ("Ελένη Νικολάου", "noc@nic.gr", "+30 691 234 5678")),
            member("cy", "Cyprus", ("Γεώργιος Παπαδόπουλος", "noc@nic.cy", "+357 96 123456")),
        ]
    )
    assert aces(index.search("Nikolaou")) == ["gr"]
    assert aces(index.search("eleni nikolaou")) == ["gr"]
    assert aces(index.search("Papadopoulos")) == ["cy"]
    assert aces(index.search("name:georgios")) == ["cy"]
    assert index.search("Ivanova") == []


def test_a_latin_spelling_finds_no_name_it_is_not() -> None:
    index = SearchIndex([member("ru", "Russia", ("Иван Петров", "noc@nic.ru", "+7 912 345-64-72"))])
    for text in ("Ivanova", "Petrova", "iv", "germany"):
        assert index.search(text) == [], text
    assert aces(index.search("Petrov")) == ["ru"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Korea (South)", ["kr"]),
        ("Virgin Islands (US)", ["vi"]),
        ("(.de)", ["de"]),  # as a header line writes it, ".de Germany (EU)"
        ("[.de]", ["de"]),
        ("(xn--p1ai)", ["xn--p1ai"]),
    ],
)
def test_brackets_around_a_word_are_not_part_of_it(
    index: SearchIndex, text: str, found: list[str]
) -> None:
    assert aces(index.search(text)) == found


def test_a_number_keeps_its_brackets() -> None:
    assert parse_query("+44 (0) 7400 123545").terms == (Term("+44 (0) 7400 123545"),)
    assert parse_query("(212) 555 0199").terms == (Term("(212) 555 0199"),)


@pytest.mark.parametrize(
    ("text", "ace"),
    [("Polska", "pl"), ("Україна", "ua"), ("België", "be"), ("Ελλάδα", "gr"), ("Suomi", "fi"),
     ("Magyarország", "hu"), ("Česko", "cz"), ("대한민국", "kr"), ("Svizzera", "ch")],
)  # fmt: skip
def test_a_country_is_found_by_its_own_name(index: SearchIndex, text: str, ace: str) -> None:
    assert aces(index.search(text))[0] == ace


@pytest.mark.parametrize(
    "text",
    [
        "+1 613 555 0199 ext. 2",
        "+1 613 555 0199 x2",
        "+1 613 555 0199;ext=2",
        "+1 613 555 0199, ext. 12",
        "(613) 555-0199 #2",
        "+1 613 555 0199 доб. 2",
        "+1 613 555 0199 ext",  # the extension being typed
    ],
)
def test_a_number_with_its_extension_finds_the_number(text: str) -> None:
    # The edition writes the number without its extension (or with it, some other way).
    ann = Contact(1, "Ann Lee", "noc@cira.ca", "+1 613 555 0199", "+16135550199")
    bo = Contact(1, "Bo Ek", "noc@nic.us", "+1 202 555 0123 x 4", "+12025550123")
    index = SearchIndex(
        [
            Member(Tld("ca", "ca"), "Canada", Region.NA, (ann,)),
            Member(Tld("us", "us"), "United States", Region.NA, (bo,)),
        ]
    )
    assert aces(index.search(text)) == ["ca"]
    assert aces(index.with_number(text)) == ["ca"]


def test_an_extension_is_read_only_after_a_whole_number() -> None:
    assert parse_query("2x4").terms == (Term("2x4"),)
    assert parse_query("noc 12 x3").terms == (Term("noc"), Term("12"), Term("x3"))
    assert parse_query("+1 202 555 0123 x 4 bo").terms == (Term("+1 202 555 0123"), Term("bo"))


def _nowaks_of_regions() -> SearchIndex:
    def of(ace: str, country: str, region: Region, name: str) -> Member:
        return Member(
            Tld(ace, ace), country, region, (Contact(1, name, f"noc@nic.{ace}", "", None),)
        )

    return SearchIndex(
        [
            of("de", "Germany", Region.EU, "Lucía Nowak"),
            of("za", "South Africa", Region.AF, "Thabo Nowak"),
            of("br", "Brazil", Region.LAC, "Ana Nowak"),
            of("ca", "Canada", Region.NA, "Paul Nowak"),
            of("jp", "Japan", Region.AP, "Ken Nowak"),
            of("fr", "France", Region.EU, "Anne Berg"),
        ]
    )


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("nowak europe", ["de"]),
        ("Europa Nowak", ["de"]),
        ("nowak africa", ["za"]),
        ("Latin America nowak", ["br"]),
        ("nowak north america", ["ca"]),
        ("asia pacific nowak", ["jp"]),
        ("nowak LAC", ["br"]),
        ("berg europe", ["fr"]),
    ],
)
def test_a_region_named_among_other_words_finds_its_members(text: str, found: list[str]) -> None:
    assert aces(_nowaks_of_regions().search(text)) == found


@pytest.mark.parametrize(
    "text", ["L. Nowak", "Nowak L.", "name:L. nowak", "l. nowak", "L Nowak", "nowak l"]
)
def test_an_initial_finds_the_names_it_begins(index: SearchIndex, text: str) -> None:
    found = aces(index.search(text))
    assert found[0] == "de"  # Lucía Nowak
    assert "mx" in found  # Lars Nowak
    assert aces(index.search("X. Nowak")) == aces(index.search("X Nowak")) == []
    assert len(index.search("a")) == len(index)  # a letter alone is still any text's


@pytest.mark.parametrize(
    ("text", "ace"),
    [
        ("Moldova, Republic of", "md"),
        ("Venezuela (Bolivarian Republic of)", "ve"),
        ("United Kingdom of Great Britain and Northern Ireland", "uk"),
    ],
)
def test_a_country_by_its_iso_3166_name(text: str, ace: str) -> None:
    index = SearchIndex(
        [
            member(code, name, ("Anna Berg", f"noc@nic.{code}", "+1 441 555 0101"))
            for code, name in (("tz", "Tanzania"), ("md", "Moldova"), ("ve", "Venezuela"),
                               ("uk", "United Kingdom"), ("nl", "Netherlands"))
        ]
    )  # fmt: skip
    assert aces(index.search(text)) == [ace]


# -- a name several countries share, only some of them members ---------------------------------


def _shared_names() -> SearchIndex:
    people = ("Ana Lee", "noc@nic.example", "+1 202 555 0101")
    return SearchIndex(
        [
            member(ace, country, people)
            for ace, country in (
                ("kr", "Korea, Republic of"),
                ("vi", "US Virgin Islands"),
                ("cd", "Congo, The Democratic Republic of the"),
                ("as", "American Samoa"),
                ("dm", "Dominica"),
                ("do", "Dominican Republic"),
                ("ng", "Nigeria"),
                ("mk", "Macedonia"),
                ("pg", "Papua New Guinea"),
                ("za", "South Africa"),
                ("gs", "South Georgia and the South Sandwich Islands"),
            )
        ]
    )


@pytest.mark.parametrize(
    ("text", "missing"),
    [
        ("Korea", MissingMember("kp", by_country=True)),  # .kr answers, .kp is no member
        ("Corée", MissingMember("kp", by_country=True)),
        ("كوريا", MissingMember("kp", by_country=True)),
        ("North Korea", MissingMember("kp", by_country=True)),
        ("South Korea", None),
        ("Virgin Islands", MissingMember("vg", by_country=True)),
        ("Congo", MissingMember("cg", by_country=True)),
        ("Samoa", MissingMember("ws", by_country=True)),
        ("American Samoa", None),
        ("Guinea", MissingMember("gn", by_country=True)),
        ("Papua New Guinea", None),
        ("Niger", MissingMember("ne", by_country=True)),
        ("Nigeria", None),
        ("Dominica", None),
        ("Dominican Republic", None),
        ("Macedonia", None),
        ("Islands", None),  # a word of many countries' names, not a name of theirs
        ("Republic", None),
        ("South", None),
    ],
)
def test_missing_member_of_a_name_several_countries_share(
    text: str, missing: MissingMember | None
) -> None:
    assert _shared_names().missing_member(text) == missing


# -- the words that join the words of country names ("the", "of", "and") -----------------------


def _joined_names() -> SearchIndex:
    people = ("Ana Lee", "noc@nic.example", "+1 202 555 0101")
    return SearchIndex(
        [
            member("ad", "Andorra", people),
            member("ba", "Bosnia and Herzegovina", people),
            member("im", "Isle of Man", people),
            member("nl", "The Netherlands", people),
            member("sv", "El Salvador", people),
            member("bo", "Bolivia, Plurinational State of", people),
            member("gr", "Greece", ("Theodoros Nikolaou", "noc@nic.gr", "+30 21 0555 0101")),
        ]
    )


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("the", ["nl", "gr"]),  # The Netherlands, Theodoros: not every "... of the ..."
        ("and", ["ad"]),  # Andorra, not Bosnia and Herzegovina
        ("of", []),
        ("del", []),
        ("el", ["im", "sv"]),  # Ellan Vannin, the Isle of Man's Manx name; El Salvador
        ("of the", []),
    ],
)
def test_a_joining_word_alone_finds_names_it_begins_not_every_name_it_joins(
    text: str, found: list[str]
) -> None:
    assert aces(_joined_names().search(text)) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Isle of Man", ["im"]),
        ("Bosnia and Herzegovina", ["ba"]),
        ("the netherlands", ["nl"]),
        ("the theodoros", ["gr"]),
        ("Bolivia, Plurinational State of", ["bo"]),
    ],
)
def test_a_joining_word_among_others_does_not_narrow_them(text: str, found: list[str]) -> None:
    assert aces(_joined_names().search(text)) == found


def test_a_joining_word_before_a_name_finds_every_member_of_that_name() -> None:
    assert sorted(aces(_nowaks().search("the nowak"))) == sorted(aces(_nowaks().search("nowak")))


@pytest.mark.parametrize("text", ["the", "of", "and", "of the", "de la", "the of"])
def test_a_joining_word_names_no_country_that_is_not_a_member(
    index: SearchIndex, text: str
) -> None:
    assert index.missing_member(text) is None


@pytest.mark.parametrize(
    ("text", "ace"),
    [("Trinidad y Tobago", "tt"), ("Bosnia y Herzegovina", "ba"), ("San Pedro y Miquelón", "pm")],
)
def test_a_country_named_in_spanish_with_its_y(index: SearchIndex, text: str, ace: str) -> None:
    assert aces(index.search(text))[:1] == [ace]


def test_a_greek_name_is_found_in_its_common_romanisations_and_back() -> None:
    index = SearchIndex(
        [
            member("gr", "Greece", ("Ειρήνη Ευθυμίου", "noc@nic.gr", "+30 691 234 5678")),
            member("cy", "Cyprus", ("Andreas Michaelides", "noc@nic.cy", "+357 96 123456")),
            member("ru", "Russia", ("Иван Петров", "noc@nic.ru", "+7 912 345-64-72")),
            member("de", "Germany", ("Lucía Nowak", "ops1@nic.de", "+49 30 1234567")),
            member("bg", "Bulgaria", ("Georgi Parvanov", "noc@nic.bg", "+359 2 123 4567")),
        ]
    )
    assert aces(index.search("Първанов")) == ["bg"]  # and a Cyrillic one, as Greek
    for typed in ("Eftimiou", "Efthimiou", "Irini Eftimiou", "name:Evthymiou"):
        assert aces(index.search(typed)) == ["gr"], typed
    for typed in ("Μιχαηλίδης", "Ανδρέας Μιχαηλίδης", "Μιχαηλ", "name:Μιχαηλίδης"):
        assert aces(index.search(typed)) == ["cy"], typed
    assert aces(index.search("Петров")) == ["ru"]  # (as written: no detour)
    assert index.search("Νοβάκ Ευθυμίου") == []
    assert index.search("Θεοδώρου") == []


# -- a name as it is typed, keystroke by keystroke ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "ace"),
    [
        ("Hong K", "hk"),
        ("New Z", "nz"),
        ("Great B", "uk"),
        ("Isle o", "im"),
        ("Papua New G", "pg"),
        ("United Arab E", "ae"),
        ("Bosnia a", "ba"),
        ("Bosnia and H", "ba"),
    ],
)
def test_a_country_name_being_typed_keeps_its_member_at_the_next_words_first_letter(
    index: SearchIndex, text: str, ace: str
) -> None:
    # (a letter alone among words is otherwise an initial: "L Nowak")
    assert aces(index.search(text))[:1] == [ace]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Lati", "LAC"),
        ("Latin Am", "LAC"),
        ("Amérique lat", "LAC"),
        ("Asia Paci", "AP"),
        ("Asia-P", "AP"),
        ("North Ame", "NA"),
        ("Латинская Ам", "LAC"),
    ],
)
def test_a_region_name_being_typed_lists_its_members_where_nothing_else_matches(
    index: SearchIndex, text: str, code: str
) -> None:
    assert aces(index.search(text)) == aces(index.search(f"region:{code}"))


def test_the_beginning_of_a_name_of_two_regions_or_of_a_word_found_lists_no_region(
    index: SearchIndex,
) -> None:
    assert index.search("Amérique") == []  # latine or du Nord
    assert len(index.search("Afr")) < len(index.search("region:AF"))  # South Africa ...


@pytest.mark.parametrize(
    ("text", "found"),
    [("Lao Peoples", ["la"]), ("lao peoples democratic republic", ["la"])],
)
def test_a_country_name_typed_without_its_apostrophe_finds_the_member(
    index: SearchIndex, text: str, found: list[str]
) -> None:
    assert aces(index.search(text)) == found


@pytest.mark.parametrize("text", ["cote divoire", "Cote dIvoire", "Côte d'Ivoire"])
def test_a_country_typed_without_its_apostrophe_is_said_to_be_no_member(
    index: SearchIndex, text: str
) -> None:
    assert index.missing_member(text) == MissingMember("ci", by_country=True)


def test_a_two_character_chinese_name_of_two_countries_is_said_to_be_both(
    index: SearchIndex,
) -> None:
    assert index.missing_member("刚果") == MissingMember("cd", True, ("cg",))


def test_a_cyrillic_or_greek_name_typed_in_latin_letters_is_found_at_every_keystroke() -> None:
    index = SearchIndex(
        [
            member("ru", "Russia", ("Светлана Иванова", "noc@nic.ru", "+7 912 345-64-72")),
            member("gr", "Greece", ("Χρήστος Παπαδόπουλος", "noc@nic.gr", "+30 691 234 5678")),
            member("de", "Germany", ("Lucía Nowak", "ops1@nic.de", "+49 30 1234567")),
        ]
    )
    typed = "Svetlana Ivanova"
    for end in range(len("Svetlana") + 2, len(typed) + 1):  # "Svetlana I", "Svetlana Iv", ...
        assert aces(index.search(typed[:end])) == ["ru"], typed[:end]
    for text in ("Hristos Pa", "Christos Pa", "Ivanova Sv"):
        assert aces(index.search(text))[:1] == ["ru" if "Iv" in text else "gr"], text
    assert index.search("Svetlana Pa") == []  # a word's beginning, not two letters inside one


@pytest.mark.parametrize(
    ("text", "ace"),
    [
        ("nic[.]de", "de"),
        ("nic(.)de", "de"),
        ("nic[dot]de", "de"),
        ("hxxps://www[.]denic[.]de/abuse", "de"),
        ("hXXp://nic[.]de", "de"),
        ("https[:]//nic[.]de", "de"),
        ("ops1[@]nic[.]de", "de"),
        ("ops1[at]nic[.]de", "de"),
        ("OPS1(AT)NIC(DOT)DE", "de"),
        ("noc[.]nic[.]xn--p1ai", "xn--p1ai"),
    ],
)
def test_a_defanged_domain_url_or_address_is_read_as_it_stands_for(
    index: SearchIndex, text: str, ace: str
) -> None:
    """As a ticket or a threat report writes them, so that no one clicks them by mistake."""
    assert aces(index.search(text))[:1] == [ace]
    assert named_cctld(text) == ace


def test_a_defanged_address_is_its_owner(index: SearchIndex) -> None:
    assert aces(index.search("ops1[@]nic[.]de")) == aces(index.search("ops1@nic.de"))
    assert index.with_address("ops1[@]nic[.]de") == index.with_address("ops1@nic.de") != []


def test_a_code_in_brackets_after_a_word_is_not_read_as_a_defanged_at(index: SearchIndex) -> None:
    assert aces(index.search("Austria (AT)"))[:1] == ["at"]


def test_a_url_of_a_cctld_that_is_no_member_says_so(index: SearchIndex) -> None:
    assert named_cctld("https://www.nic.zz/abuse") == "zz"
    assert index.missing_member("https://www.nic.zz/abuse") == MissingMember("zz", False)


@pytest.mark.parametrize(("text", "ace"), [(".co.uk", "uk"), (".com.br", "br"), (".De;", "de")])
def test_a_second_level_zone_or_a_ccTLD_ending_a_sentence_is_its_ccTLD(
    index: SearchIndex, text: str, ace: str
) -> None:
    assert aces(index.search(text)) == [ace]


@pytest.mark.parametrize(
    "text",
    [
        "+49 151…",  # a caller ID cut short
        "+49151...",
        "…456740",
        "٠٠٤٩١٥١٢٣٤٥٦٧٤٠",  # Arabic-Indic digits, as an Arabic phone shows them
        "+٤٩ ١٥١ ٢٣٤٥٦٧٤٠",
        "۰۰۴۹۱۵۱۲۳۴۵۶۷۴۰",  # Persian digits
        "M: +49 151 23456740",  # a signature's line
        "Mobile: +49 151 23456740",
        "Тел.: +49 151 23456740",
        "+49 151 23456740 (mobile)",
    ],
)
def test_a_number_as_a_screen_or_a_signature_shows_it_finds_its_owner(
    index: SearchIndex, text: str
) -> None:
    assert aces(index.search(text))[:1] == ["de"]


@pytest.mark.parametrize("text", ["أفريقيا", "إفريقيا", "Africa", "Afrique", "Африка"])
def test_a_region_named_alone_names_no_country_that_is_no_member(
    index: SearchIndex, text: str
) -> None:
    """أفريقيا is a word of جمهورية أفريقيا الوسطى too: the region is meant, not .cf."""
    assert index.missing_member(text) is None
    assert index.search(text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (".de .fr", ["de", "fr"]),
        ("de, fr, nl", ["de", "fr", "nl"]),
        ("DE FR", ["de", "fr"]),
        ("fr de", ["fr", "de"]),
        (".de/.at/.ch", ["de", "at", "ch"]),
        ("de,fr,nl", ["de", "fr", "nl"]),
        (".de; .fr", ["de", "fr"]),
        ("Germany France", ["de", "fr"]),
        ("Germany, France and Italy", ["de", "fr", "it"]),
        ("United Kingdom Netherlands", ["uk", "nl"]),
        ("Germany .fr NL", ["de", "fr", "nl"]),
        ("德国、法国", ["de", "fr"]),
        ("德国，法国", ["de", "fr"]),
        ("Allemagne Royaume-Uni", ["de", "uk"]),
    ],
)
def test_a_list_of_cctlds_or_countries_finds_each_in_the_order_typed(
    index: SearchIndex, text: str, found: list[str]
) -> None:
    assert aces(index.search(text)) == found


def test_a_listed_country_brings_its_members_own_cctld_first(index: SearchIndex) -> None:
    assert aces(index.search("Russia Germany")) == ["ru", "su", "xn--p1ai", "de"]
    assert aces(index.search(".de .gb")) == ["de", "uk"]  # .gb: the United Kingdom's member


def test_a_list_keeps_to_the_region_filter(index: SearchIndex) -> None:
    assert aces(index.search(parse_query("de fr jp").with_region("EU"))) == ["de", "fr"]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("South Korea", ["kr"]),
        ("Hong Kong", ["hk"]),
        ("Saint Lucia", ["lc"]),
        ("Isle of Man", ["im"]),
        ("Trinidad and Tobago", ["tt"]),
        ("Bosnia and Herzegovina", ["ba"]),
    ],
)
def test_a_name_of_several_words_is_one_country_not_a_list(
    index: SearchIndex, text: str, first: list[str]
) -> None:
    assert aces(index.search(text))[: len(first)] == first


def test_words_that_are_no_list_still_narrow(index: SearchIndex) -> None:
    latin = aces(index.search("Latin America"))
    assert "br" in latin and "de" not in latin and "us" not in latin
    assert aces(index.search("nowak de"))[0] == "de"
    assert "fr" not in aces(index.search("nowak de"))
    assert "de" not in aces(index.search("de Müller"))  # no Müller at .de
    assert aces(index.search('name:"Lucía Nowak" tld:de')) == ["de"]
    assert index.search("germany zzzz") == []


def test_a_person_the_listed_words_name_comes_before_the_list() -> None:
    li = member("li", "Liechtenstein", ("Hans Frick", "noc@nic.li", "+423 236 1234"))
    na = member("na", "Namibia", ("Eliaser Amupolo", "noc@nic.na", "+264 61 123 456"))
    cn = member("cn", "China", ("Li Na", "li.na@cnnic.cn", "+86 10 5881 3000"))
    index = SearchIndex([li, na, cn])
    assert aces(index.search("Li Na")) == ["cn", "li", "na"]
    assert aces(index.search("li na")) == ["cn", "li", "na"]


def test_an_item_of_a_list_that_is_no_member_is_said(index: SearchIndex) -> None:
    assert aces(index.search(".de .kp .fr")) == ["de", "fr"]
    assert index.missing_member(".de .kp .fr") == MissingMember("kp", by_country=False)
    assert index.missing_member("Germany, Myanmar") == MissingMember("mm", by_country=True)
    assert index.missing_member(".de .fr") is None


@pytest.mark.parametrize(
    ("pasted", "bare"),
    [
        ("Nowak:", "Nowak"),
        ('"Nowak"', "Nowak"),
        ("(Nowak)", "Nowak"),
        ("(Nowak).", "Nowak"),
        ("Nowak,", "Nowak"),
        ("Nowak.", "Nowak"),
        ("Nowak!", "Nowak"),
        ("¿Nowak?", "Nowak"),
        ("‹Nowak›", "Nowak"),
        ("„Nowak“", "Nowak"),
        ("«Новак»", "Новак"),
        ("「德国」", "德国"),
        ("『德国』", "德国"),
        ("【德国】", "德国"),
        ("《德国》", "德国"),
        ("德国。", "德国"),
        (".de:", ".de"),
        (".de),", ".de"),
        ("Germany:", "Germany"),
        ("Lucía Nowak:", "Lucía Nowak"),
        ("ops1@nic.de:", "ops1@nic.de"),
    ],
)
def test_punctuation_pasted_around_a_word_is_not_searched(
    index: SearchIndex, pasted: str, bare: str
) -> None:
    assert index.search(bare)
    assert aces(index.search(pasted)) == aces(index.search(bare))


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("ru.", ["ru."]),  # this very ccTLD, not its country's others
        ("A. Kowalczyk", ["A.", "Kowalczyk"]),  # an initial
        ("Jr.", ["Jr."]),
        ("+44 (0) 7400 123545", ["+44 (0) 7400 123545"]),
        ("https://www.nic.de/", ["https://www.nic.de/"]),
    ],
)
def test_punctuation_that_is_part_of_a_word_stays(text: str, terms: list[str]) -> None:
    assert [t.text for t in parse_query(text).terms] == terms


@pytest.mark.parametrize(
    ("pasted", "found"),
    [
        ("Re: [tld-ops] .pl resolution failing", ["pl"]),
        ("Fwd: outage at nic.de since 10:00", ["de"]),
        ("Re: .de and .fr resolution failing", ["de", "fr"]),
        ("AW: DNSSEC validation failure in Germany", ["de"]),
        ("Re: phishing on https://login.example.com.br/path", ["br"]),
        ("Re: resolution failing", []),  # "re" here is no ccTLD meant: nothing, said so
        ("nowak .pl", []),  # a search that narrows: no Nowak at .pl
    ],
)
def test_a_pasted_subject_finds_the_cctlds_it_names(
    index: SearchIndex, pasted: str, found: list[str]
) -> None:
    assert aces(index.search(pasted)) == found


@pytest.mark.parametrize(
    ("pasted", "typed"),
    [
        ("ｎｏｗａｋ：", "nowak"),
        ("（Ｎｏｗａｋ）", "Nowak"),
        ("ＤＥ", "DE"),
        ("ｈｔｔｐｓ：／／ｗｗｗ．ｎｉｃ．ｄｅ／ｅｎ", "https://www.nic.de/en"),
        ("＋４９ １５１ ２３４５６７４０", "+49 151 23456740"),
        ("ＤＥ，ＦＲ", "DE, FR"),
    ],
)
def test_full_width_latin_is_read_as_typed(index: SearchIndex, pasted: str, typed: str) -> None:
    assert index.search(typed)
    assert aces(index.search(pasted)) == aces(index.search(typed))
    assert [t.text for t in parse_query(pasted).terms] == [t.text for t in parse_query(typed).terms]


@pytest.mark.parametrize("mark", ["\u200e", "\u200f", "\u061c", "\u202b", "\u2067", "\ufeff"])
def test_marks_copied_from_right_to_left_text_are_not_searched(
    index: SearchIndex, mark: str
) -> None:
    assert aces(index.search(f"{mark}.de{mark}")) == ["de"]
    assert aces(index.search(f"{mark}+49 151 23456740{mark}")) == ["de"]
    assert aces(index.search(f"{mark}Lucía{mark} Nowak")) == ["de"]


def test_a_search_with_one_word_that_finds_nothing_is_no_pasted_text(index: SearchIndex) -> None:
    assert index.search("germany nowk") == []
    assert index.suggestion("germany nowk") == "germany Nowak"
    assert index.search("germany zzzz") == []


@pytest.mark.parametrize(
    "pasted",
    [
        "Phone +49 151 234 567 40",
        "Mob. +49 151 234 567 40",
        "Mobile +49 151 234 567 40",
        "Tel +49 151 234 567 40",
        "M +49 151 234 567 40",
        "T. +49 151 234 567 40",
        "Тел. +49 151 234 567 40",
        "Lucía Nowak | +49 151 234 567 40",
        "-- Lucía Nowak",
        "Lucía Nowak • nic.de",
    ],
)
def test_a_signature_line_finds_its_owner(index: SearchIndex, pasted: str) -> None:
    assert aces(index.search(pasted)) == ["de"]


def test_a_word_before_a_number_that_labels_none_is_searched() -> None:
    assert [t.text for t in parse_query("Nowak +49 151 234 567 40").terms] == [
        "Nowak",
        "+49 151 234 567 40",
    ]


@pytest.mark.parametrize(
    ("typed", "listed"),
    [
        ("Germany, France and Italy", "Germany"),
        (".de .fr .nl", ".de"),
        ("de, fr, nl", "de, fr"),  # ("de f": "de" may be a word of a name as well)
    ],
)
def test_a_list_being_typed_keeps_its_members_at_every_keystroke(
    index: SearchIndex, typed: str, listed: str
) -> None:
    for end in range(len(listed), len(typed) + 1):
        found = aces(index.search(typed[:end]))
        assert found[:1] == ["de"], typed[:end]
    assert aces(index.search("Germany, Fra")) == ["de", "fr"]
    assert aces(index.search("Germany, France and"))[:2] == ["de", "fr"]


def test_an_arabic_word_stretched_for_justified_text_is_read_as_written(
    index: SearchIndex,
) -> None:
    # The tatweel (kashida) a justified Arabic page draws inside its words, copied with them.
    assert aces(index.search("ألمـــانيا")) == aces(index.search("ألمانيا")) == ["de"]


@pytest.mark.parametrize(
    ("pasted", "found"),
    [
        ("Lucía Nowak <lucia.nowak@example.com>", ["de"]),  # writing from elsewhere
        ('"Nowak, Lucía" <lucia.nowak@example.com>', ["de"]),
        ("From: Lucía Nowak <lucia.nowak@example.com>", ["de"]),
        ("Nobody Known <nobody@example.com>", []),
        ("Lucía Nowak <ops1@nic.de>", ["de"]),  # the address first, as before
    ],
)
def test_a_from_line_whose_address_no_contact_has_finds_the_name(
    index: SearchIndex, pasted: str, found: list[str]
) -> None:
    assert aces(index.search(parse_query(pasted, typing=True))) == found
