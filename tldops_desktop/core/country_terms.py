"""Every name a ccTLD's country is searched by, and the country a query names.

A member is found by its email's country name and by these: CLDR's names in the six
leaflet languages and in the country's own languages, the ccTLD table's ISO 3166 / IANA name
(``Russian Federation``, ``Syrian Arab Republic``, ``Virgin Islands (British)``: what a
responder copies from the IANA root zone database) and a few names people type that neither
gives.
"""

from __future__ import annotations

import re
from functools import cache

from tldops_desktop.core import cctlds
from tldops_desktop.core.countries import all_names
from tldops_desktop.core.text import fold

# Names people type that CLDR does not give (CLDR says "United Kingdom", "Czechia" ...): short
# forms and everyday names in the leaflet languages, and Traditional Chinese forms CLDR's zh_Hant
# does not have. (A country's names in its own languages, "Deutschland", "Polska", come from
# CLDR with the others: ``countries.all_names``.)
_ALIASES: dict[str, tuple[str, ...]] = {
    "GB": (
        "Great Britain",
        "Britain",
        "England",
        "Scotland",
        "Wales",
        "Northern Ireland",
        "Gran Bretaña",
        "Grande-Bretagne",
        "Англия",
        "Angleterre",
        "Inglaterra",
        "英格兰",
        "إنجلترا",
        "United Kingdom of Great Britain and Northern Ireland",
    ),
    "US": (
        "USA",
        "U.S.",
        "U.S.A.",
        "United States of America",
        "America",
        "США",
        "Америка",
        "أمريكا",
        "EE. UU.",
        "EE.UU.",
        "EEUU",
    ),
    "NL": ("Holland", "Hollande", "Holanda", "Голландия"),
    "AE": ("UAE", "U.A.E.", "EAU", "阿联酋"),
    "SA": ("KSA", "Arabia Saudita"),
    "KR": ("Южная Корея", "韓國"),
    "KP": ("Северная Корея", "DPRK", "Korea (North)"),
    "ZA": ("ЮАР", "Южная Африка"),
    "DE": ("ФРГ",),
    "MO": ("Macau", "澳門", "澳门"),
    "HK": ("香港", "Hongkong"),
    "FK": ("Falklands",),
    "BA": ("Bosnia-Herzegovina",),
    "CZ": ("Czech Republic",),
    "CI": ("Ivory Coast", "Costa de Marfil"),
    "SZ": ("Swaziland", "Swazilande", "Suazilandia", "Свазиленд", "سوازيلاند"),
    # CLDR writes the other name in brackets ("Myanmar (Burma)"), never alone.
    "MM": ("Burma", "Birmania", "Birmanie", "Бирма", "بورما", "Мьянма", "ميانمار"),
    "CC": ("Cocos Islands", "Keeling Islands"),
    "TL": ("East Timor",),
    # Older names, still in old lists and in people's heads.
    "LK": ("Ceylon", "Ceylan", "Ceilán", "Цейлон"),
    "IR": ("Persia", "Perse", "Персия"),
    "TH": ("Siam",),
    "MK": ("FYROM", "Former Yugoslav Republic of Macedonia"),
    "KG": ("Kirghizia", "Kirghizie"),
    # (Not "Byelorussia": "Russia" would find Belarus, as "Bielorrusia" makes "Rusia" do.)
    "BY": ("Белоруссия", "بيلاروسيا"),
    "TR": ("Turkey", "Türkei"),
    "CV": ("Cabo Verde",),
    # "Congo" is said of either Congo: it names both (as "Korea" does), so no name picks one.
    "CD": (
        "Democratic Republic of the Congo",
        "DR Congo",
        "Congo, The Democratic Republic of the",
        "Congo",
        "DRC",
        "RDC",
        "RD Congo",
        "Zaire",
        "Zaïre",
        "Заир",
    ),
    "CG": ("Republic of the Congo",),
    "PS": ("Palestine",),
    "VA": ("Holy See",),
    "SH": ("Saint Helena", "Saint Helena, Ascension and Tristan da Cunha"),
    "LC": ("Saint Lucia",),
    "KN": ("Saint Kitts and Nevis",),
    "VC": ("Saint Vincent and the Grenadines",),
    # ISO 3166-1's own short names where the ccTLD table keeps a shorter one: what forms and
    # country lists write ("Moldova, Republic of"). Not Tanzania's: "United Republic of"
    # would list .tz among the UK, the US and the UAE for "united".
    "MD": ("Moldova, Republic of",),
    "BO": ("Bolivia (Plurinational State of)",),
    "VE": ("Venezuela (Bolivarian Republic of)",),
    # ISO 3166-1 names of territories without a delegated ccTLD (so not in the ccTLD table),
    # where CLDR says "Caribbean Netherlands" and "U.S. Outlying Islands".
    "BQ": ("Bonaire, Sint Eustatius and Saba", "Bonaire"),
    "UM": ("United States Minor Outlying Islands",),
}


@cache
def _two_letter_by_name() -> dict[str, str]:
    return {r.country: r.ace for r in cctlds.all_cctlds() if len(r.ace) == 2}


def country_code(ace: str) -> str:
    """The ISO code (lower case) of a ccTLD's country: ``uk`` → ``gb``, ``xn--p1ai`` → ``ru``.

    The European Union has no ISO 3166 code: ``.eu``, ``.ею`` and ``.ευ`` are ``eu`` alike,
    as ``.ru``, ``.su`` and ``.рф`` are ``ru``.
    """
    iso = cctlds.iso_for(ace)
    if iso:
        return iso.lower()
    if len(ace) == 2:
        return ace
    info = cctlds.lookup(ace)  # an IDN ccTLD without ISO code: that of its namesake
    return _two_letter_by_name().get(info.country, "") if info is not None else ""


@cache
def search_names(ace: str) -> tuple[str, ...]:
    """The names (as written) the member ``ace`` is found by, besides its email's own: its
    country's CLDR names and aliases, the table's name of ``ace`` (``Soviet Union``) and of
    its country's own ccTLD (``Russian Federation`` for ``.su`` too)."""
    iso = country_code(ace).upper()
    names = [*all_names(iso), *_ALIASES.get(iso, ())] if iso else []
    for row in (cctlds.lookup(ace), cctlds.lookup(iso.lower())):
        if row is not None:
            names.append(row.country)
    names += [_SAINT.sub("St ", name) for name in names if _SAINT.search(name)]
    return tuple(dict.fromkeys(n for n in names if n))


_SAINT = re.compile(r"\bSt\. ")  # CLDR's "St. Lucia" is typed "St Lucia" as well


# What tells two spellings of one name apart, and is no part of it: a qualifier in brackets
# ("Sint Maarten (Dutch part)"), punctuation, "Saint" for "St.", "&" for "and".
_NAME_QUALIFIER = re.compile(r"\([^()]*\)")
_NAME_PUNCTUATION = re.compile(r"[-.,'’]")
_NAME_WORDS = {"saint": "st", "sainte": "ste", "&": "and"}


def _name_key(name: str) -> str:
    words = _NAME_PUNCTUATION.sub(" ", _NAME_QUALIFIER.sub(" ", fold(name))).split()
    return " ".join(_NAME_WORDS.get(word, word) for word in words)


@cache
def _name_keys(ace: str) -> frozenset[str]:
    return frozenset(_name_key(name) for name in search_names(ace))


def names_country(ace: str, text: str) -> bool:
    """Whether ``text`` is a name of the country of ccTLD ``ace``, in any of the spellings
    it is searched by: ``sx`` "Sint Maarten", ``cw`` "Curacao", ``bq`` "Bonaire, Sint
    Eustatius and Saba", ``mf`` "Saint Martin" (CLDR's "St. Martin"). Also of a two-letter
    code the ccTLD table lacks, being delegated to no one."""
    key = _name_key(text)
    return bool(key) and key in _name_keys(ace)


def typed_names(folded: str) -> tuple[str, ...]:
    """A folded name, and as it is typed without its apostrophes where it has some ("cote
    divoire" for Côte d'Ivoire, "lao peoples" for Lao People's)."""
    return (folded, folded.replace("'", "")) if "'" in folded else (folded,)


@cache
def _iso_by_name() -> dict[str, str]:
    """Folded name → ISO code (lower case), for the names only one country has."""
    found: dict[str, set[str]] = {}
    for row in cctlds.all_cctlds():
        iso = country_code(row.ace)
        if iso and not row.retired:
            for name in search_names(row.ace):
                for typed in typed_names(fold(name)):
                    found.setdefault(typed, set()).add(iso)
    return {name: isos.pop() for name, isos in found.items() if len(isos) == 1}


def country_named(text: str) -> str | None:
    """The ISO code (lower case) of the country whose name ``text`` is, or begins with as
    whole words (``Niger``, ``Niger noc``; the longest name wins: ``South Sudan``, not
    ``Sudan``); None otherwise (``Nigeria`` does not begin with ``Niger``)."""
    words = fold(text).split()
    table = _iso_by_name()
    for count in range(len(words), 0, -1):
        iso = table.get(" ".join(words[:count]))
        if iso is not None:
            return iso
    return None


def country_of_name(text: str) -> str | None:
    """The ISO code (lower case) of the country whose name ``text`` is, whole (``Germany``,
    ``Deutschland``, ``Burma``), or None: not a name that only begins it (``Niger noc``)."""
    return _iso_by_name().get(" ".join(fold(text).split()))


@cache
def country_cctld(iso: str) -> str | None:
    """The two-letter ccTLD of a country (``gb`` → ``gb``, not ``uk``: the one the ISO code
    names), or its first delegated ccTLD."""
    rows = [r for r in cctlds.all_cctlds() if not r.retired and country_code(r.ace) == iso]
    rows.sort(key=lambda r: (r.ace != iso, len(r.ace) != 2))
    return rows[0].ace if rows else None


_NOT_WORD = re.compile(r"\W+")

# The words that join the words of country names in the leaflet's languages ("Isle of Man",
# "Trinidad y Tobago", "Corée du Sud", "São Tomé e Príncipe", "Босния и Герцеговина"): alone,
# they are no name of a country, though they are in the names of many.
JOINING_WORDS = frozenset(
    {
        "the", "of", "and", "&", "de", "du", "des", "la", "le", "les", "l", "d", "et", "aux",
        "del", "el", "los", "las", "y", "e", "da", "do", "dos", "das", "и", "و",
    }
)  # fmt: skip


def only_joining_words(text: str) -> bool:
    """Whether ``text``'s words are all ``JOINING_WORDS`` ("the", "of the", "de la")."""
    words = [w for w in _NOT_WORD.split(fold(text)) if w]
    return all(w in JOINING_WORDS for w in words) if words else "&" in text


def _words(text: str) -> str:
    """``text``'s folded words, each between NULs: ``"\0congo\0kinshasa\0"``."""
    return "\x00" + "\x00".join(w for w in _NOT_WORD.split(fold(text)) if w) + "\x00"


# Chinese and Japanese characters: two of them make a country's name ("刚果", Congo).
_IDEOGRAPH = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _too_short(words: str) -> bool:
    """Whether ``words`` (as ``_words`` writes them) are too few letters to be a name's words:
    fewer than three ("yu", "d e"), or than two ideographs."""
    letters = words.replace("\x00", "")
    return len(letters) < (2 if _IDEOGRAPH.search(letters) else 3)


@cache
def _name_words(ace: str) -> str:
    names = (typed for name in search_names(ace) for typed in typed_names(fold(name)))
    return "".join(_words(name) for name in names)


def names_words(ace: str, text: str, own: str = "") -> bool:
    """Whether a name of the country of ``ace`` (or ``own``, its email's) holds ``text`` as
    whole words of three letters or more: "Congo" in "Congo - Kinshasa", "Korea" in "Korea,
    Republic of"; not "d e" in "Svalbard et Jan Mayen", "yu" in "Yugoslav" nor "de" in
    "Região Administrativa Especial de Hong Kong"."""
    words = _words(text)
    if _too_short(words) or only_joining_words(text):  # "de", "of the"
        return False
    return words in _name_words(ace) or words in _words(own)


def countries_of_words(text: str) -> list[str]:
    """The ISO codes (lower case) of the countries with a delegated ccTLD a name of which
    holds ``text`` as whole words (``names_words``), in the ccTLD table's order."""
    words = _words(text)
    if _too_short(words) or only_joining_words(text):
        return []
    return list(dict.fromkeys(iso for iso, names in _countries_words() if words in names))


@cache
def _countries_words() -> tuple[tuple[str, str], ...]:
    """Each delegated two-letter ccTLD's country (ISO code) with its names' words."""
    rows = (r for r in cctlds.all_cctlds() if len(r.ace) == 2 and not r.retired)
    return tuple((iso, _name_words(r.ace)) for r in rows if (iso := country_code(r.ace)))
