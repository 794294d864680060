"""Write tldops_desktop/core/data/country_names.tsv from CLDR (babel).

Loading six CLDR locales takes about 100 ms at start-up; this table of the names the app
needs (every territory of the ccTLD table, in the six leaflet languages and, for search, in
Traditional Chinese) loads in about 1 ms. Re-run after updating babel or the ccTLD table;
tests/core/test_countries.py checks that the table still matches babel.

    .venv/bin/python scripts/make_country_names.py
"""

from __future__ import annotations

from pathlib import Path

from babel import Locale
from babel import __version__ as babel_version

from tldops_desktop.core import cctlds
from tldops_desktop.core.countries import TABLE_LOCALES

TARGET = Path(__file__).resolve().parent.parent / "tldops_desktop/core/data/country_names.tsv"


def main() -> None:
    territories = {lang: Locale.parse(lang).territories for lang in TABLE_LOCALES}
    codes = sorted({info.iso for info in cctlds.all_cctlds() if info.iso})
    lines = [
        f"# Country names from CLDR (babel {babel_version}); "
        "written by scripts/make_country_names.py",
        "\t".join(("iso", *TABLE_LOCALES)),
    ]
    for code in codes:
        names = [territories[lang].get(code, "") for lang in TABLE_LOCALES]
        if any(names):
            lines.append("\t".join((code, *names)))
    TARGET.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {TARGET} ({len(lines) - 2} territories)")


if __name__ == "__main__":
    main()
