"""The names a country is searched by, and the country a query names (``country_terms``)."""

from __future__ import annotations

import pytest

from tldops_desktop.core import cctlds
from tldops_desktop.core.country_terms import (
    countries_of_words,
    country_cctld,
    country_code,
    country_named,
    names_country,
    names_words,
    search_names,
)


@pytest.mark.parametrize(
    ("ace", "iso"),
    [
        ("de", "de"),
        ("uk", "gb"),
        ("xn--p1ai", "ru"),
        ("su", "ru"),
        ("eu", "eu"),
        ("xn--e1a4c", "eu"),  # .ею: the European Union has no ISO code, but it is one
        ("xn--qxa6a", "eu"),  # .ευ
        ("zz", "zz"),
        ("xn--unknown", ""),
    ],
)
def test_country_code(ace: str, iso: str) -> None:
    assert country_code(ace) == iso


def test_search_names_include_the_tables_iso_names() -> None:
    assert "Russian Federation" in search_names("ru")
    assert "Russian Federation" in search_names("su")  # the country's name, for all its ccTLDs
    assert "Soviet Union" in search_names("su")
    assert "Soviet Union" not in search_names("ru")  # .su's own name is its own
    assert "Syrian Arab Republic" in search_names("sy")
    assert "European Union" in search_names("xn--e1a4c")


def test_every_table_name_is_a_search_name() -> None:
    for row in cctlds.all_cctlds():
        assert row.country in search_names(row.ace), row


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Niger", "ne"),
        ("niger noc", "ne"),
        ("Nigeria", "ng"),
        ("Nige", None),  # not a name yet
        ("Sudan", "sd"),
        ("South Sudan", "ss"),  # the longest name that begins the query
        ("Oman", "om"),
        ("Samoa", "ws"),
        ("American Samoa", "as"),
        ("Guinea", "gn"),
        ("Papua New Guinea", "pg"),
        ("Palestine, State of", "ps"),
        ("Russian Federation", "ru"),
        ("Нигер", "ne"),  # in the leaflet's languages too
        ("尼日尔", "ne"),
        ("Lucía Nowak", None),
        ("", None),
    ],
)
def test_country_named(text: str, iso: str | None) -> None:
    assert country_named(text) == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # The country's own name.
        ("Deutschland", "de"),
        ("Schweiz", "ch"),
        ("Österreich", "at"),
        ("Osterreich", "at"),
        ("Nederland", "nl"),
        ("Türkei", "tr"),
        # Short forms and everyday names, in the leaflet's languages too.
        ("UAE", "ae"),
        ("KSA", "sa"),
        ("Macau", "mo"),
        ("Falklands", "fk"),
        ("Bosnia-Herzegovina", "ba"),
        ("США", "us"),
        ("U.S.", "us"),
        ("USA", "us"),
        ("EE. UU.", "us"),
        ("EE.UU.", "us"),
        ("EEUU", "us"),
        ("Hollande", "nl"),
        ("Holanda", "nl"),
        ("Голландия", "nl"),
        ("Англия", "gb"),
        ("Южная Корея", "kr"),
        ("Gran Bretaña", "gb"),
        ("Grande-Bretagne", "gb"),
        # Traditional Chinese, as typed in Taiwan and Hong Kong (CLDR zh is Simplified).
        ("德國", "de"),
        ("美國", "us"),
        ("英國", "gb"),
        ("韓國", "kr"),
        ("南韓", "kr"),
        ("澳門", "mo"),
        ("荷蘭", "nl"),
        # "St." as CLDR writes it, "St" as people type it, and "Saint".
        ("St. Lucia", "lc"),
        ("St Lucia", "lc"),
        ("Saint Lucia", "lc"),
        ("St Kitts & Nevis", "kn"),
        # The name CLDR gives only in brackets after another.
        ("Burma", "mm"),
        ("Birmanie", "mm"),
        ("Бирма", "mm"),
        ("Мьянма", "mm"),
        ("ميانمار", "mm"),
        ("Cocos Islands", "cc"),
        ("Белоруссия", "by"),
        # ISO 3166-1's short names, as forms and country lists write them.
        ("Moldova, Republic of", "md"),
        ("Bolivia (Plurinational State of)", "bo"),
        ("Venezuela (Bolivarian Republic of)", "ve"),
        ("United Kingdom of Great Britain and Northern Ireland", "gb"),
        ("Congo, The Democratic Republic of the", "cd"),
        # England, as the leaflet languages say it; short forms and older names.
        ("Angleterre", "gb"),
        ("Inglaterra", "gb"),
        ("英格兰", "gb"),
        ("إنجلترا", "gb"),
        ("Hongkong", "hk"),
        ("Suazilandia", "sz"),
        ("Swazilande", "sz"),
        ("Свазиленд", "sz"),
        ("Zaire", "cd"),
        ("Zaïre", "cd"),
        ("Ceylon", "lk"),
        ("Persia", "ir"),
        ("Siam", "th"),
        ("FYROM", "mk"),
        ("Kirghizia", "kg"),
        ("أمريكا", "us"),
        ("Costa de Marfil", "ci"),
        ("Северная Корея", "kp"),
        ("DPRK", "kp"),
        ("ЮАР", "za"),
        ("Южная Африка", "za"),
        ("EAU", "ae"),
        ("阿联酋", "ae"),
        ("ФРГ", "de"),
        ("بيلاروسيا", "by"),
        ("Arabia Saudita", "sa"),
    ],
)
def test_other_names_people_type(text: str, iso: str) -> None:
    assert country_named(text) == iso


def test_country_cctld() -> None:
    assert country_cctld("ne") == "ne"
    assert country_cctld("eu") == "eu"
    assert country_cctld("xx") is None


@pytest.mark.parametrize(
    ("ace", "text", "named"),
    [
        ("sx", "Sint Maarten", True),
        ("sx", "Sint Maarten (Dutch part)", True),
        ("cw", "Curacao", True),
        ("bq", "Bonaire, Sint Eustatius and Saba", True),  # ISO's name; CLDR's is another
        ("bq", "Caribbean Netherlands", True),
        ("mf", "Saint Martin", True),  # CLDR: "St. Martin"
        ("bl", "Saint-Barthélemy", True),
        ("um", "United States Minor Outlying Islands", True),
        ("uk", "United Kingdom", True),
        ("de", "deutschland", True),
        ("st", "Sao Tome & Principe", True),
        ("fr", "Germany", False),
        ("bq", "Curacao", False),
        ("in", "CASE OF EMERGENCY", False),
        ("ok", "thanks", False),
        ("de", "", False),
    ],
)
def test_names_country(ace: str, text: str, named: bool) -> None:
    assert names_country(ace, text) is named


@pytest.mark.parametrize("text", ["the", "of the", "de la", "and", "Of The", "y", "et"])
def test_joining_words_alone_are_no_name_of_a_country(text: str) -> None:
    assert countries_of_words(text) == []
    assert not names_words("cd", text, "Congo, The Democratic Republic of the")


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("cote divoire", "ci"),
        ("Cote dIvoire", "ci"),
        ("Lao Peoples Democratic Republic", "la"),
    ],
)
def test_a_name_typed_without_its_apostrophe(text: str, iso: str) -> None:
    assert country_named(text) == iso
    assert iso in countries_of_words(" ".join(text.split()[:2]))  # "lao peoples", a name's start


def test_a_two_character_chinese_name_two_countries_share_names_both() -> None:
    assert countries_of_words("刚果") == ["cd", "cg"]  # 刚果（金）, 刚果（布）
    assert names_words("cg", "刚果")
    assert countries_of_words("金") == []  # one character: a part of many names
