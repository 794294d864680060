"""The names a country is searched by (``country_terms``)."""

from __future__ import annotations

import pytest

from tldops_desktop.core import cctlds
from tldops_desktop.core.country_terms import country_code, search_names


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
