"""Write tldops_desktop/core/data/country_names.tsv from CLDR (babel).

Loading six CLDR locales takes about 100 ms at start-up; this table of the names the app
needs (every territory of the ccTLD table, in the six leaflet languages and, for search, in
Traditional Chinese and in the territory's own languages) loads in about 1 ms. Re-run after
updating babel or the ccTLD table; tests/core/test_countries.py checks that the table still
matches babel.

    .venv/bin/python scripts/make_country_names.py
"""

from __future__ import annotations

from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel import __version__ as babel_version
from babel.languages import get_official_languages

from tldops_desktop.core import cctlds
from tldops_desktop.core.countries import OWN_COLUMN, OWN_SEPARATOR, TABLE_LOCALES

TARGET = Path(__file__).resolve().parent.parent / "tldops_desktop/core/data/country_names.tsv"


def main() -> None:
    territories = {lang: Locale.parse(lang).territories for lang in TABLE_LOCALES}
    codes = sorted({info.iso for info in cctlds.all_cctlds() if info.iso})
    lines = [
        f"# Country names from CLDR (babel {babel_version}); "
        "written by scripts/make_country_names.py",
        "\t".join(("iso", *TABLE_LOCALES, OWN_COLUMN)),
    ]
    for code in codes:
        names = [territories[lang].get(code, "") for lang in TABLE_LOCALES]
        own = OWN_SEPARATOR.join(own_names(code))
        if any(names):
            lines.append("\t".join((code, *names, own)))
    TARGET.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {TARGET} ({len(lines) - 2} territories)")


def own_names(code: str) -> list[str]:
    """The territory's names in its official languages, de facto ones too (``Polska``,
    ``Україна`` and ``Украина``, ``België``, ``Belgique`` and ``Belgien``), as CLDR has them."""
    names: list[str] = []
    for language in get_official_languages(code, de_facto=True):
        try:
            name = Locale.parse(language).territories.get(code)
        except (UnknownLocaleError, ValueError):  # a language CLDR has no locale of
            continue
        if name and OWN_SEPARATOR not in name and name not in names:
            names.append(name)
    return names


if __name__ == "__main__":
    main()
