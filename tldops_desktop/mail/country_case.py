"""A member's country written in capitals ("GERMANY", "CÔTE D'IVOIRE", "KOREA, REPUBLIC OF")
as a responder reads it elsewhere: "Germany", "Côte d'Ivoire", "Korea, Republic of".

Every word the edition wrote is kept; only their case changes, or their accents where the
capitals left them out of a spelling the tables know ("COTE D'IVOIRE").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from tldops_desktop.core import cctlds
from tldops_desktop.core.countries import country_name
from tldops_desktop.core.country_terms import search_names
from tldops_desktop.core.text import fold

# Words that join the words of a name, lower case inside it ("Bosnia and Herzegovina",
# "Saint Vincent and the Grenadines", "Bolivia (Plurinational State of)", "Timor-Leste").
_JOINING = frozenset(
    {"of", "and", "the", "de", "del", "da", "do", "dos", "das", "du", "des", "la", "le", "les",
     "y", "e", "et", "und", "van", "von", "der", "den", "for", "on", "in"}
)  # fmt: skip
# Capitals that are a name's own, kept: "USA", "UK", "UAE", "DPRK", "Lao PDR", "Hong Kong SAR".
_ACRONYMS = frozenset(
    {"usa", "us", "uk", "uae", "dprk", "pdr", "sar", "drc", "rsa", "prc", "roc", "dr", "fyrom",
     "ussr", "eu"}
)  # fmt: skip
# A word with its letters, and what stands around them: "(DUTCH", "PART)", "D'IVOIRE", "ST.".
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_ELIDED = re.compile(r"^([dl])['’]", re.IGNORECASE)  # "D'IVOIRE": "d'Ivoire"


def normal_country(written: str, ace: str) -> str:
    """``written`` as a name is normally written when it is all capitals; as it is else."""
    if not written.isupper():
        return written  # (nearly every member: already written so)
    return _recased(written, ace)


@lru_cache(maxsize=1024)
def _recased(written: str, ace: str) -> str:
    same = written.casefold().replace("’", "'")
    names = [name for name in search_names(ace) if not name.isupper()]
    spelt = next((name for name in names if name.casefold().replace("’", "'") == same), None)
    if spelt is None:
        # Capitals that left out the accents: those of the list's English name ("COTE
        # D'IVOIRE") or of a name in another script ("ΕΛΛΑΔΑ": Greek capitals go without
        # them), not of another language's in Latin letters ("VIET NAM" is no "Việt Nam")
        accented = [*names_in_english(ace), *(name for name in names if not _latin(name))]
        key = fold(written)
        spelt = next((name for name in accented if fold(name) == key), None)
    if spelt is not None:  # the tables' spelling of the very same words, its quotes as written
        if "'" in written or "’" in written:
            quote = "'" if "'" in written else "’"
            return spelt.replace("’", quote).replace("'", quote)
        return spelt
    words = written.split(" ")
    if len(words) == 1 and _kept_capitals(written):
        return written  # "USA", "UAE": a name of capitals
    return " ".join(_word_recased(word, first=i == 0) for i, word in enumerate(words))


def names_in_english(ace: str) -> tuple[str, ...]:
    """The names in English the tables give the country of ``ace``: the ccTLD table's (the
    member list's) and CLDR's."""
    info = cctlds.lookup(ace)
    iso = cctlds.iso_for(ace)
    english = country_name(iso, "en") if iso else None
    return tuple(name for name in (info.country if info else None, english) if name)


def _latin(name: str) -> bool:
    letter = next((ch for ch in name if ch.isalpha()), "")
    return letter.isascii() or unicodedata.name(letter, "").startswith("LATIN")


def _kept_capitals(word: str) -> bool:
    """Whether a word of capitals is an acronym ("USA", "DPRK", "U.S."), kept as it is."""
    letters = "".join(_WORD.findall(word)).casefold()
    if not letters or not word.isascii():
        return False
    return letters in _ACRONYMS or "." in word.strip(".")


def _word_recased(word: str, *, first: bool) -> str:
    if _kept_capitals(word):
        return word
    lower = word.lower()
    if not first and lower.strip("()[],;:") in _JOINING:
        return lower  # (also "OF)" in "IRAN (ISLAMIC REPUBLIC OF)")
    if (elided := _ELIDED.match(lower)) is not None and len(lower) > 2:
        # "D'IVOIRE", "L'ÎLE": the article's letter small, the word after it capital
        rest = lower[elided.end() :]
        return elided.group(0) + _capitalised(rest)
    return "-".join(_capitalised(part) for part in lower.split("-"))


def _capitalised(part: str) -> str:
    """A word's first letter capital, after any bracket or quote before it: "(Dutch"."""
    found = _WORD.search(part)
    if found is None:
        return part
    start = found.start()
    return part[:start] + part[start].upper() + part[start + 1 :]
