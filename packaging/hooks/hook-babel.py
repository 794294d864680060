"""PyInstaller hook for babel, overriding PyInstaller's own (which ships all of CLDR, 32 MB).

Only the CLDR data of the TLD-OPS leaflet's languages (en, ar, es, fr, ru, zh), with their
regional and script variants (zh_Hans_CN, fr_CA...), ``root`` and ``global.dat``. In the frozen
app, ``babel.Locale.parse("de")`` raises ``UnknownLocaleError``; ``gui/community.py`` falls back
to the English country name then. Add a language to ``LANGUAGES`` when the app gains one.
"""

import os
import re

from PyInstaller.utils.hooks import collect_data_files

LANGUAGES = ("en", "ar", "es", "fr", "ru", "zh")
_KEEP = re.compile(rf"^(?:root|{'|'.join(LANGUAGES)})(?:_\w+)?\.dat$")


def _wanted(source: str, dest: str) -> bool:
    if os.path.basename(os.path.normpath(dest)) != "locale-data":
        return True
    return _KEEP.match(os.path.basename(source)) is not None


datas = [(src, dest) for src, dest in collect_data_files("babel") if _wanted(src, dest)]

hiddenimports = ["babel.dates", "babel.localedata", "babel.plural", "babel.numbers"]
