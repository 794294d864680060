"""A name written as one string, split into the given and family names of a vCard ``N``.

Phones sort by ``N`` and iOS and Android build the name they show from it, so a wrong split
shows a wrong name. Only the forms that can be read safely are split; any other name goes whole
into the family component (``N:<name>;;;;``), which phones show exactly as written.
"""

from __future__ import annotations

import re
import unicodedata

from tldops_desktop.core.name_words import NAME_PARTICLES

# "y" (Spanish) and "i" (Catalan) join two family names: "de la Cruz y Fernández".
_JOINERS = frozenset({"y", "i"})
# Titles, degrees and generational suffixes written after a name: never a family name. Not
# "Ma" or "Ba", which are family names too.
_TITLES = frozenset(
    {
        "dr", "prof", "jr", "sr", "ii", "iii", "iv", "phd", "md", "msc", "mba", "bsc", "esq",
        "dipl.-ing", "cissp", "cisa", "cism",
    }
)  # fmt: skip
# Titles written before a name: the honorific prefix of N ("Dr. Hans-Peter Müller").
_LEADING_TITLES = frozenset(
    {"dr", "prof", "mr", "mrs", "ms", "miss", "ing", "dipl.-ing", "mag", "ir", "drs"}
)
# A Russian patronymic ("Иванович", "Сергеевна", "Ильинична"): the name may be written family
# name first ("Иванов Иван Иванович") or last, which the words cannot tell.
_PATRONYMIC = re.compile(r"(?:ович|евич|овна|евна|ична)$")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
# Han, kana and Hangul: scripts whose names are written family name first (山田 太郎).
_FAMILY_FIRST = re.compile(
    "[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
    "\uf900-\ufaff\U00020000-\U0003134f]"
)
# The middle dots of a foreign name written in Chinese or Japanese (given name first there).
_NAME_DOTS = frozenset("·・\u00b7\u30fb\uff65")
# Letters only Vietnamese writes (ơ, ư, and the vowels with a tone mark over or under another
# mark: "Nguyễn", "Thị"): a Vietnamese name is written family name first.
_VIETNAMESE = re.compile("[\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]")
# Countries (ISO codes) whose people have two family names, the father's and the mother's,
# after one or two given names: "María José García López" is María José of the García López.
TWO_FAMILY_NAMES = frozenset(
    {
        "AR", "BO", "CL", "CO", "CR", "CU", "DO", "EC", "ES", "GQ", "GT", "HN", "MX", "NI",
        "PA", "PE", "PR", "PY", "SV", "UY", "VE",  # Spanish
        "AO", "BR", "CV", "GW", "MZ", "PT", "ST",  # Portuguese
    }
)  # fmt: skip


def split_name(name: str, *, two_family_names: bool = False) -> tuple[str, str]:
    """``(given, family)`` of a name written as one string, for the structured ``N``.

    - "Given Family": the last word is the family name, with the particles before it
      (``Van der Berg``) and a Spanish or Catalan second family name (``Cruz y Fernández``).
    - "Family, Given" is read as such.
    - A name in a script written family name first (Han, kana, Hangul) of two words: the
      first word is the family name.
    - One word of a script with spaces is all given name (``Amr``).
    - A Vietnamese name of two words: the first word is the family name (``Nguyễn An``).
    - Four words with no particle, where people have two family names (``two_family_names``,
      see ``TWO_FAMILY_NAMES``): two given names and two family names.
    - Anything else (a title or degree after the name, more commas, a CJK name without a
      space or of three words, a Russian name with a patronymic or of three words, a longer
      Vietnamese name, four words or more with no particle, three where people have two
      family names, which may be one given name and two family names or two and one): the
      whole name is the family name, the given name empty.

    Titles before the name are not split off here: see :func:`structured_name`.
    """
    words = name.split()
    if not words:
        return "", ""
    whole = " ".join(words)
    if _FAMILY_FIRST.search(whole) or _VIETNAMESE.search(unicodedata.normalize("NFC", whole)):
        return _family_first(words, whole)
    if _is_title(words[-1]) or "," in whole or ";" in whole:
        return _with_separators(whole)
    if len(words) == 1:
        return whole, ""
    if _russian_order_unsure(words):
        return "", whole
    if not any(_particle(word) or word.casefold() in _JOINERS for word in words[1:]):
        # Plain words: given names, then one family name ("Jean Pierre Dupont") or two.
        if two_family_names and len(words) == 4:
            return " ".join(words[:2]), " ".join(words[2:])
        if len(words) >= 4 or (two_family_names and len(words) == 3):
            return "", whole
    start = len(words) - 1
    while start > 1 and (_particle(words[start - 1]) or _joins(words, start)):
        start -= 1 if _particle(words[start - 1]) else 2
    return " ".join(words[:start]), " ".join(words[start:])


def structured_name(name: str, *, two_family_names: bool = False) -> tuple[str, str, str]:
    """``(prefix, given, family)`` of a name written as one string: the titles before it
    ("Dr.", "Prof. Dr.") as the honorific prefix, the rest split by :func:`split_name`. After
    a title, one word is a family name ("Dr. Müller")."""
    words = name.split()
    count = 0
    while count < len(words) - 1 and _is_leading_title(words[count]):
        count += 1
    prefix, rest = " ".join(words[:count]), words[count:]
    if prefix and len(rest) == 1:
        return prefix, "", rest[0]
    given, family = split_name(" ".join(rest), two_family_names=two_family_names)
    return prefix, given, family


def _is_leading_title(word: str) -> bool:
    return word.rstrip(".").casefold() in _LEADING_TITLES


def _russian_order_unsure(words: list[str]) -> bool:
    """Whether a Cyrillic name may be written family name first: "Иванов Иван Иванович"
    (family, given, patronymic) as often as "Иван Иванович Иванов"."""
    if not _CYRILLIC.search(" ".join(words)):
        return False
    return len(words) == 3 or any(_PATRONYMIC.search(word.casefold()) for word in words)


def _family_first(words: list[str], whole: str) -> tuple[str, str]:
    if len(words) == 2 and not _NAME_DOTS.intersection(whole) and not _is_title(words[-1]):
        return words[1], words[0]
    return "", whole


def _with_separators(whole: str) -> tuple[str, str]:
    """A name with a comma, a semicolon or a trailing title: only "Family, Given" is split."""
    parts = [part.strip() for part in whole.split(",")]
    if (
        len(parts) == 2
        and all(parts)
        and ";" not in whole
        and not any(_is_title(word) for part in parts for word in part.split())
    ):
        return parts[1], parts[0]
    return "", whole


def _is_title(word: str) -> bool:
    return word.strip(",;").rstrip(".").casefold() in _TITLES


def _particle(word: str) -> bool:
    return word.casefold() in NAME_PARTICLES


def _joins(words: list[str], start: int) -> bool:
    """Whether ``words[start]`` is a second family name after "y"/"i" ("... Cruz y Fernández")."""
    return start > 2 and words[start - 1].casefold() in _JOINERS
