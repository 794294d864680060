"""Cyrillic and Greek names as a Latin keyboard types them: "Ivanova" finds Иванова,
"Jovanovic" Јовановић, "Papadopoulos" Παπαδόπουλος.

A responder without a Cyrillic layout types a name the way it is written in passports, news
or mail signatures, and those write it in several ways (Алексей: Aleksey, Alexei, Aleksej;
Юлия: Yulia, Julia, Iuliia; Кузнецова: Kuznetsova; Јовановић: Jovanović, Jovanovich). So a
name is not compared with one transliteration: the name's letter-by-letter transliteration and
the typed text are both reduced to a *loose key* (``loose``) in which those spellings agree
(``x`` is ``ks``, ``kh`` is ``h``, ``ts`` is ``c``, ``y`` and ``j`` are ``i``, a doubled
letter is one ...). Only a search uses it: what is shown is always the name as written.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tldops_desktop.core.text import fold

# One Latin spelling per letter (Russian, Ukrainian, Belarusian, Serbian, Macedonian,
# Bulgarian, Mongolian, Kazakh), lower case; the loose key takes care of the others.
_CYRILLIC = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
        "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
        "я": "ya", "і": "i", "ї": "i", "є": "ye", "ґ": "g", "ў": "u", "ђ": "dj", "ј": "j",
        "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dz", "ѓ": "gj", "ќ": "kj", "ѕ": "dz", "ө": "o",
        "ү": "u", "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ұ": "u", "һ": "h",
    }
)  # fmt: skip
# Greek, as passports (ELOT 743) and signatures write it: its pairs first ("ου" is "ou").
_GREEK_PAIRS = (("ου", "ou"), ("αυ", "av"), ("ευ", "ev"), ("μπ", "mp"), ("ντ", "nt"), ("γγ", "ng"),
                ("γκ", "gk"))  # fmt: skip
_GREEK = str.maketrans(
    {
        "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th",
        "ι": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p",
        "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps",
        "ω": "o", "ϊ": "i", "ϋ": "y",
    }
)  # fmt: skip
# The stress mark is not written in Latin; a diaeresis keeps a pair apart ("αϋ" is "ay").
_GREEK_TONOS = str.maketrans("άέήίόύώΐΰ", "αεηιουωϊϋ")
_HAS_OTHER_SCRIPT = re.compile("[\u0400-\u04ff\u0370-\u03ff]")  # Cyrillic, Greek
_HAS_GREEK = re.compile("[\u0370-\u03ff]")

# Spellings of one sound that transliterations disagree on, longest first: each becomes one.
_LOOSE = (
    ("shch", "s"), ("tsch", "c"), ("sch", "s"), ("tch", "c"), ("ch", "c"), ("sh", "s"),
    ("zh", "z"), ("kh", "h"), ("ts", "c"), ("tz", "c"), ("ph", "f"), ("x", "ks"), ("w", "v"),
    ("y", "i"), ("j", "i"), ("ie", "e"),
)  # fmt: skip
# Greek names are written in Latin letters in more ways than ELOT's (passports since 2011):
# older passports, the press and people themselves write "ou" as "u" (Papadopulos), "χ" as "h"
# (Hristos), "γι" as "y" (Yannis, Karayannis), "η", "ει", "οι" as "i" or "e" (Demetris, Irini,
# Ikonomou, Michaelides), "μπ" as "b" and "ντ" as "d" (Bakoyannis, Dokos), "κ" as "c"
# (Constantinos), "τζ" as "dj" (Hadjidakis), "ευ" and "αυ" as "ef", "eu", "af" or "au"
# (Efthymiou, Euthymiou, Paulos), "θ" as "t" (Eftimiou, Teodoros). Their key
# (``greek_loose``) reduces each of these to one, in two rounds (consonants, then vowels; a
# doubled letter is one after each), so that those spellings of a Greek name agree.
_GREEK_LOOSE = (
    # the consonants first, so that "Karayannis" and "Karagiannis" agree before "ai" is read
    (("th", "t"), ("kh", "h"), ("ch", "h"), ("ph", "f"), ("c", "k"), ("x", "ks"), ("dj", "tz"),
     ("dz", "tz"), ("gg", "ng"), ("gk", "g"), ("mp", "b"), ("mb", "b"), ("nt", "d"), ("nd", "d"),
     ("ef", "ev"), ("af", "av"), ("eu", "ev"), ("au", "av"), ("y", "i"), ("j", "i"), ("w", "o"),
     ("gi", "i")),
    # "ae" as "αη" is written both "ae" and "ai" (Michaelides, Michailidis)
    (("ou", "u"), ("ae", "e"), ("ai", "e"), ("ei", "i"), ("oi", "i"), ("e", "i"), ("gi", "i")),
)  # fmt: skip
_NOT_LETTERS = re.compile(r"[^a-z ]+")
_LATIN_WORD = re.compile(r"[a-z]+(?:[ '-]+[a-z]+)*")
_DOUBLED = re.compile(r"([a-z])\1+")


def loose(text: str) -> str:
    """The loose key of Latin text: ``Aleksey``, ``Alexei`` and ``Aleksej`` → ``aleksei``."""
    key = _NOT_LETTERS.sub(" ", fold(text).replace("'", ""))
    for written, sound in _LOOSE:
        key = key.replace(written, sound)
    return " ".join(_DOUBLED.sub(r"\1", key).split())


# Letters that other languages' passports write otherwise than Russian ones: Ukrainian and
# Belarusian "г" is "h" (Olha, Serhiy, Hryhoriy, Bohdan), Bulgarian "ъ" is "a" and "щ" is
# "sht" (Parvanov, Bachvarov, Shterev). A name with one has another key for each language,
# read that way (a Bulgarian "г" stays "g": Georgi Parvanov).
_READ_OTHERWISE = (("г", str.maketrans({"г": "х"})), ("ъщ", str.maketrans({"ъ": "а", "щ": "шт"})))


def greek_loose(text: str) -> str:
    """The key of Latin text as the spellings of a Greek name agree on: ``Yannis``,
    ``Giannis`` and ``Yiannis`` → ``ianis``; ``Christos`` and ``Hristos`` → ``hristos``."""
    key = _NOT_LETTERS.sub(" ", fold(text).replace("'", ""))
    for rules in _GREEK_LOOSE:
        for written, sound in rules:
            key = key.replace(written, sound)
        key = _DOUBLED.sub(r"\1", key)
    return " ".join(key.split())


@lru_cache(maxsize=4096)  # names recur in every edition
def latin_key(name: str) -> str:
    """The loose key of the Latin transliteration of a name's Cyrillic and Greek words (more,
    "\0" between them, for a name with a letter read otherwise), or "" when it has none
    (the Latin words of a name are searched as written, here as anywhere else)."""
    if name.isascii() or not _HAS_OTHER_SCRIPT.search(name):
        return ""
    keys = [loose(_transliterated(name, _HAS_OTHER_SCRIPT))]
    folded = name.casefold()
    for letters, reading in _READ_OTHERWISE:
        if any(letter in folded for letter in letters):
            read = folded.translate(reading)
            keys.append(loose(_transliterated(read, _HAS_OTHER_SCRIPT)))
    return "\x00".join(keys)


@lru_cache(maxsize=4096)
def greek_key(name: str) -> str:
    """The ``greek_loose`` key of the Latin transliteration of a name's Greek words, or ""
    when it has none. Apart from ``latin_key``: "Lena" would find Галина by the Greek key."""
    if name.isascii() or not _HAS_GREEK.search(name):
        return ""
    return greek_loose(_transliterated(name, _HAS_GREEK))


def latin_spelling(name: str) -> str:
    """A name's Cyrillic and Greek words in Latin letters, one spelling per letter, as a
    word to show ("Светлана Иванова" → "Svetlana Ivanova"), or "" when it has none."""
    if name.isascii() or not _HAS_OTHER_SCRIPT.search(name):
        return ""
    return _transliterated(name, _HAS_OTHER_SCRIPT).title()


def _transliterated(name: str, script: re.Pattern[str]) -> str:
    """The words of ``name`` in ``script``, in Latin letters (one spelling per letter)."""
    words = " ".join(w for w in name.casefold().split() if script.search(w))
    words = words.translate(_GREEK_TONOS)
    for pair, latin in _GREEK_PAIRS:
        words = words.replace(pair, latin)
    return words.translate(_CYRILLIC).translate(_GREEK)


def is_latin_word(text: str) -> bool:
    """Whether a search term is Latin letters (what ``loose`` reads), with spaces, hyphens or
    apostrophes between them: ``Ivanova``, ``Jovanović``, ``Bat-Erdene``; not an address's
    part (``ops1``, ``csirt@``) nor a number."""
    return _LATIN_WORD.fullmatch(fold(text)) is not None
