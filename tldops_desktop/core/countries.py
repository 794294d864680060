"""Country names in the six languages of the TLD-OPS leaflet, from CLDR.

The names come from a table generated from babel's CLDR data (``data/country_names.tsv``,
see ``scripts/make_country_names.py``): loading six CLDR locales would cost about 100 ms at
start-up. Other languages fall back to babel itself.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

LEAFLET_LANGUAGES = ("en", "ar", "es", "fr", "ru", "zh")
# Traditional Chinese (Taiwan, Hong Kong), for search only: CLDR's zh, which the app shows, is
# Simplified, and a responder in Taipei or Hong Kong types 德國 or 英國, not 德国 or 英国.
SEARCH_LOCALES = ("zh_Hant", "zh_Hant_HK")
TABLE_LOCALES = (*LEAFLET_LANGUAGES, *SEARCH_LOCALES)
# The table's last column: a territory's names in its own languages, for search (a responder
# of a peer ccTLD types "Polska", "Україна", "Ελλάδα"), separated by OWN_SEPARATOR.
OWN_COLUMN = "own"
OWN_SEPARATOR = "|"


@cache
def _table() -> dict[str, dict[str, str]]:
    text = (
        resources.files("tldops_desktop.core")
        .joinpath("data/country_names.tsv")
        .read_text(encoding="utf-8")
    )
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    header, body = rows[0], rows[1:]
    languages = header[1:]
    return {
        lang: {row[0]: row[i + 1] for row in body if len(row) > i + 1 and row[i + 1]}
        for i, lang in enumerate(languages)
    }


@cache
def _babel_territories(language: str) -> dict[str, str]:
    from babel import Locale, UnknownLocaleError

    try:
        return dict(Locale.parse(language).territories)
    except (UnknownLocaleError, ValueError, LookupError):  # "C", "POSIX", typos
        return {}


def _language(language: str) -> str:
    return language.replace("-", "_").split("_")[0].lower() or "en"


def country_name(iso: str, language: str) -> str | None:
    """The CLDR name of territory ``iso`` (``DE``) in ``language`` (``fr`` → ``Allemagne``)."""
    if not iso:
        return None
    code, lang = iso.upper(), _language(language)
    table = _table()
    if lang in table and lang != OWN_COLUMN:
        return table[lang].get(code) or _babel_territories(lang).get(code)
    return _babel_territories(lang).get(code) or table["en"].get(code)


@cache
def all_names(iso: str) -> tuple[str, ...]:
    """Every leaflet-language name of a territory, its Traditional Chinese ones and its names
    in its own languages, for search."""
    names = [country_name(iso, lang) for lang in LEAFLET_LANGUAGES]
    names += [_table()[locale].get(iso.upper()) for locale in SEARCH_LOCALES]
    names += _table().get(OWN_COLUMN, {}).get(iso.upper(), "").split(OWN_SEPARATOR)
    return tuple(dict.fromkeys(n for n in names if n))
