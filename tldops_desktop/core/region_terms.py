"""The ICANN region a search names: ``Europe``, ``Asia Pacific``, ``LAC``, ``Afrique``, ``Азия``.

Search reads more names than the repository email's header lines (``model.REGION_NAMES``, which
the parser keeps to): the names the app shows for the regions in its six languages (the
community dialog's, in ``i18n/*.ts``; a test keeps the two in step), and a few that people
type (``Asia``, ``Caribbean``, ``South America``). Accents, case, ``&``/``and``, hyphens and
slashes do not count.
"""

from __future__ import annotations

import re
from functools import cache

from tldops_desktop.core.model import REGION_NAMES, Region
from tldops_desktop.core.text import fold

# By region: the app's own name in each language first, then everyday ones.
_NAMES: dict[Region, tuple[str, ...]] = {
    Region.AF: (
        "Africa", "Afrique", "África", "Африка", "非洲", "أفريقيا",
        "إفريقيا", "Afrika",
    ),
    Region.AP: (
        "Asia Pacific", "Asie-Pacifique", "Asia-Pacífico", "Азиатско-Тихоокеанский регион", "亚太",
        "آسيا والمحيط الهادئ",
        "Asia", "Asia and the Pacific", "Asia Pac", "Pacific", "Oceania", "Asie", "Asie Pacifique",
        "Asia y el Pacífico", "Азия", "Азиатско-Тихоокеанский", "АТР", "亚太地区", "亚洲", "亞太",
        "亞洲", "آسيا",
    ),
    Region.EU: ("Europe", "Europa", "Европа", "欧洲", "أوروبا", "歐洲"),
    Region.LAC: (
        "Latin America and Caribbean", "Amérique latine et Caraïbes", "América Latina y el Caribe",
        "Латинская Америка и Карибский бассейн", "拉丁美洲和加勒比", "أمريكا اللاتينية والكاريبي",
        "Latin America", "Caribbean", "The Caribbean", "South America", "Central America",
        "Amérique latine", "Amérique latine et les Caraïbes", "Caraïbes", "Amérique du Sud",
        "Amérique centrale", "América Latina", "Latinoamérica", "Caribe", "El Caribe",
        "Sudamérica", "América del Sur", "Centroamérica", "América Central",
        "Латинская Америка", "Карибский бассейн", "Южная Америка", "Центральная Америка",
        "拉丁美洲", "拉美", "拉丁美洲和加勒比地区", "加勒比", "南美", "南美洲",
        "أمريكا اللاتينية", "الكاريبي", "أمريكا الجنوبية",
    ),
    Region.NA: (
        "North America", "Amérique du Nord", "América del Norte", "Северная Америка", "北美",
        "أمريكا الشمالية",
        "Norteamérica", "北美洲",
    ),
}  # fmt: skip

_SEPARATORS = re.compile(r"[\s\-‐‑–—/_,]+")


def region_key(text: str) -> str:
    """``Asia-Pacific``, ``asia / pacific``, ``ASIA_PACIFIC`` → ``asia pacific``."""
    folded = fold(text.replace("&", " and "))
    return " ".join(_SEPARATORS.split(folded)).strip()


@cache
def _table() -> dict[str, Region]:
    table = {region_key(name): region for name, region in REGION_NAMES.items()}
    for region, names in _NAMES.items():
        table.update((region_key(name), region) for name in names)
    return table


def region_named(text: str) -> Region | None:
    """The region ``text`` names as a whole (a code or a name, any of the six languages)."""
    return _table().get(region_key(text))


# Fewer letters begin too many words to be a region's name being typed.
_BEGUN_MIN = 3


def region_begun(text: str) -> Region | None:
    """The one region whose name ``text`` begins (``Lati``, ``Asia Paci``, ``North Ame``),
    or None: too short, or the beginning of names of two regions (``Amérique``)."""
    key = region_key(text)
    if len(key) < _BEGUN_MIN:
        return None
    found = {region for name, region in _table().items() if name.startswith(key)}
    return found.pop() if len(found) == 1 else None


def region_keys() -> frozenset[str]:
    """Every name :func:`region_named` reads, as :func:`region_key` writes it."""
    return frozenset(_table())
