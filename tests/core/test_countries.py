from __future__ import annotations

import re

import babel
import pytest
from babel import Locale

from tldops_desktop.core import cctlds
from tldops_desktop.core.countries import (
    LEAFLET_LANGUAGES,
    SEARCH_LOCALES,
    all_names,
    country_name,
)


def _table_babel_version() -> str:
    """The babel version the bundled table was written from (its first line says)."""
    from pathlib import Path

    from tldops_desktop.core import countries

    table = Path(countries.__file__).parent / "data" / "country_names.tsv"
    first = table.read_text(encoding="utf-8").splitlines()[0]
    found = re.search(r"babel ([0-9][0-9.]*)", first)
    assert found is not None, first
    return found.group(1)


@pytest.mark.parametrize("language", LEAFLET_LANGUAGES)
def test_bundled_names_match_cldr(language: str) -> None:
    """The generated table is babel's data; re-run scripts/make_country_names.py if not.

    Exactly so under the babel it was written from. A newer babel (a fresh install takes the
    latest) brings CLDR's renames of a few territories a release: then every name is there and
    nearly all are the same, or the table is stale and needs writing again.
    """
    territories = Locale.parse(language).territories
    pairs = [
        (info.iso, country_name(info.iso, language), territories[info.iso])
        for info in cctlds.all_cctlds()
        if info.iso and info.iso in territories
    ]
    assert len(pairs) > 200
    if babel.__version__ == _table_babel_version():
        for iso, bundled, cldr in pairs:
            assert bundled == cldr, iso
    else:
        differ = [iso for iso, bundled, cldr in pairs if bundled != cldr]
        assert all(bundled for _, bundled, _ in pairs)
        assert len(differ) <= len(pairs) // 20, differ


@pytest.mark.parametrize("locale", SEARCH_LOCALES)
def test_traditional_chinese_names_are_search_names(locale: str) -> None:
    """Not shown (CLDR zh, Simplified, is), but found: as babel has them."""
    territories = Locale.parse(locale).territories
    for info in cctlds.all_cctlds():
        if info.iso and info.iso in territories:
            assert territories[info.iso] in all_names(info.iso), info.iso
    assert country_name("DE", "zh_Hant") == "德国"


def test_names_in_the_six_languages() -> None:
    assert set(all_names("DE")) >= {
        "Germany",
        "Allemagne",
        "Германия",
        "德国",
        "ألمانيا",
        "Alemania",
    }
    assert country_name("de", "fr_FR") == "Allemagne"
    assert country_name("DE", "de") == "Deutschland"  # other languages: babel itself
    assert country_name("", "en") is None
    assert country_name("DE", "C") == "Germany"  # the C locale: English


def test_names_in_the_territorys_own_languages_are_search_names() -> None:
    """As babel has them, so re-running scripts/make_country_names.py keeps them."""
    from tests.i18n.tsfile import load_script

    own_names = load_script("make_country_names").own_names
    for code in ("PL", "UA", "BE", "GR", "CH", "KR"):
        assert set(own_names(code)) <= set(all_names(code)), code
    assert {"Polska", "Україна", "België", "Belgien", "Ελλάδα", "Svizzera", "대한민국"} <= {
        name for code in ("PL", "UA", "BE", "GR", "CH", "KR") for name in all_names(code)
    }
    assert country_name("PL", "en") == "Poland"  # shown names stay the interface language's
