"""Search: one query string finds members by ccTLD, country, name, email or phone number.

A query is parsed into small term objects (as khard does): every term must match a member,
but a list of ccTLDs or countries (``.de .fr``, ``de,fr,nl``, ``Germany, France and Italy``)
finds each of them, in the order typed, after a contact the words name ("Li Na").
``region:EU`` (or ``region:unknown``) filters; ``tld:``, ``country:``, ``name:``, ``email:``
and ``phone:`` restrict a term to one field; ``"two words"`` is one term, and so are the
groups of a phone number typed with spaces (``06 12 34 52 19``) and a ``tel:`` URI; a
``mailto:`` link is its address; a ccTLD said aloud ("dot de") is that ccTLD. What is
invisible or typed in a variant form (direction marks, zero-width characters, ``。``, ``’``)
is read as plain text first (``text.plain``). A From line pasted whole (``Lucía Nowak
<ops1@nic.de>``) is its address.

A domain name (``www.nic.de``, ``пример.рф``) stands for the ccTLD of its last label, and so
does an address's domain, unless a contact has that very address: then its member is the one
meant (``paul@afnic.fr`` for .re, whose contacts write from AFNIC, before .fr). The
results are ranked: the ccTLD named (and the other ccTLDs of its country), then a contact
whose number is the number typed, whole, then one whose number begins with it, then an exact
country name in any leaflet language, then a prefix of a ccTLD or country name, then a contact
whose name or address has the words as whole words ("Ana" for Ana Silva, "Mette Smith"), then
a substring of a ccTLD or country name ("ana" in Botswana), then a member with a contact whose
name or address holds the words inside others ("tte smi"), then the ccTLD a word of a longer query
names ("de" in "de nowak", "gb" for .uk) and its country's others, then the rest (names,
emails, parts of numbers; words found in different contacts), then, when the query is a
region's name alone ("Africa", "Asia Pacific", "LAC", "Europa"; not a ccTLD's code such as "eu"
or "na"), that region's other members; among other words a region's name keeps to that region
("nowak Europe"). A-labels (``xn--…``) match whole
or by prefix only: a substring of Punycode is noise. A name is also found as people type it
without its apostrophes or umlauts ("oneill" for O'Neill, "mueller" for Müller, "muller" for
Mueller), and a
Cyrillic or Greek name as typed in Latin letters ("Ivanova" for Иванова, "Nikolaou" for Νικολάου;
see ``translit``), and a Latin one as typed in Cyrillic or Greek letters ("Μιχαηλίδης" for
Michaelides).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache

from tldops_desktop.core import cctlds
from tldops_desktop.core.country_terms import (
    JOINING_WORDS,
    countries_of_words,
    country_cctld,
    country_code,
    country_named,
    country_of_name,
    only_joining_words,
    search_names,
    typed_names,
)
from tldops_desktop.core.model import Member, Region
from tldops_desktop.core.phone_query import (
    MIN_DIGITS,
    PhoneQuery,
    StoredNumbers,
    decimal_digits,
    is_phone_text,
    read_phone,
    stored_numbers,
    tel_number,
)
from tldops_desktop.core.query_words import (
    mailto_address,
    pasted_address,
    pasted_name,
    refanged,
    split_words,
    unquoted,
)
from tldops_desktop.core.region_terms import region_begun, region_key, region_keys, region_named
from tldops_desktop.core.spelling import Vocabulary
from tldops_desktop.core.text import fold, fold_label, plain
from tldops_desktop.core.tld import try_ace
from tldops_desktop.core.translit import (
    greek_key,
    greek_loose,
    is_latin_word,
    latin_key,
    latin_spelling,
    loose,
)

FIELDS = ("tld", "country", "name", "email", "phone")
UNKNOWN_REGION = "unknown"
_TWO_LETTERS = re.compile(r"^[A-Za-z]{2}$")

# Ranks, best first.
RANK_EXACT_TLD = 0
RANK_SAME_COUNTRY = 1
RANK_WHOLE_NUMBER = 2
RANK_NUMBER_START = 3
RANK_EXACT_COUNTRY = 4
RANK_PREFIX = 5
RANK_CONTACT_WORDS = 6  # whole words of one contact's name or address: "Ana" for Ana Silva
RANK_SUBSTRING = 7  # "ana" in Botswana
RANK_ONE_CONTACT = 8  # the words, in order, in one contact's name or address
RANK_WORD_TLD = 9  # a word of the query names the ccTLD: "de" in "de nowak"
RANK_WORD_COUNTRY = 10  # ... or another ccTLD of its country: "gb" in "gb nowak" for .uk
RANK_OTHER = 11
RANK_REGION = 12  # a member of the region the query names: "Europe", "Asia Pacific", "LAC"
RANK_OUTSIDE_REGION = (
    13  # ... and one outside it that holds the name inside a word ("ap": Cap-Vert)
)


@dataclass(frozen=True, slots=True)
class Term:
    text: str
    field: str | None = None  # one of FIELDS, or None for any field

    @property
    def folded(self) -> str:
        return fold(self.text)

    @property
    def phone(self) -> PhoneQuery | None:
        """The term read as a phone number, when it is written like one."""
        return read_phone(self.text) if self.field in (None, "phone") else None

    @property
    def domain_tld(self) -> str | None:
        """The A-label of the ccTLD a domain name ends in (``bbc.co.uk`` → ``uk``), or None.

        A domain has a dot inside, no space and no ``@`` (an email address is searched as
        written), and does not look like a phone number.
        """
        return domain_tld(self.text) if self.field in (None, "tld") else None


@dataclass(frozen=True, slots=True)
class Query:
    terms: tuple[Term, ...] = ()
    # Region codes to keep; UNKNOWN_REGION keeps members without a region. Empty: all.
    regions: frozenset[str] = field(default_factory=frozenset)
    # A From line's display name, searched when no contact has its address and its domain
    # names no member.
    sender: tuple[Term, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not self.terms and not self.regions

    def with_region(self, region: str | None) -> Query:
        if not region:
            return self
        return Query(self.terms, self.regions | {normalize_region(region)}, self.sender)

    def without_regions(self) -> Query:
        return Query(self.terms, sender=self.sender)


class QueryError(ValueError):
    """A query that cannot be understood (an unknown region, say)."""


def normalize_region(text: str) -> str:
    """A region filter's code: ``EU``, ``eu``, ``Europe``, ``north-america``, ``asia``,
    ``Afrique``; ``unknown``."""
    value = text.strip()
    if value.casefold() in {"unknown", "none", "?", "-"}:
        return UNKNOWN_REGION
    region = region_named(value)
    if region is None:
        raise QueryError(text)
    return region.value


def parse_query(text: str, *, typing: bool = False) -> Query:
    """The terms and region filters of a query. ``typing``: the query is still being typed
    (the window's search field), so a region not complete yet (``region:E``) is left out
    rather than refused."""
    text = refanged(plain(text))  # "nic[.]de", as tickets write it
    address = pasted_address(text)
    if address is not None:
        return Query((Term(address),), sender=tuple(Term(w) for w in pasted_name(text)))
    terms: list[Term] = []
    regions: set[str] = set()
    for word in _spoken_dots(_bare_words(text)):
        key, sep, value = word.partition(":")
        key = key.casefold()
        if sep and key == "region":
            if value and not (typing and _begins_region(value)):
                regions.add(normalize_region(value))
        elif sep and key == "tel":  # a tel: URI, as a phone or a web page copies one
            number = tel_number(word)
            if number:
                terms.append(Term(number, "phone"))
        elif sep and key == "mailto":  # a mailto: link, as a mail program copies one
            address = mailto_address(word)
            if address:
                terms.append(Term(address))
        elif sep and key in FIELDS:
            if value:  # "name:" with nothing yet is not a search for "name:"
                terms.append(Term(value, key))
        elif word := _unbracketed(word):
            terms.extend(Term(piece) for piece in _list_pieces(word))
    return Query(tuple(_join_numbers(terms)), frozenset(regions))


# What separates the items of a list written without spaces: "de,fr,nl", ".de/.at/.ch",
# "德国、法国" (the ideographic comma), "ألمانيا،فرنسا" (the Arabic one).
_LIST_SEPARATORS = re.compile("[,;/|\u3001\uff0c\uff1b\u060c\u061b]+")
# What joins the last two items of a list, in the leaflet languages and German: "Germany,
# France and Italy". Between two places only; "Bosnia and Herzegovina" is one name.
_LIST_JOINS = frozenset({"and", "&", "et", "y", "e", "und", "и", "or", "ou", "o", "oder", "или",
                         "و", "和", "及", "或"})  # fmt: skip
# Words that find nothing, of a query that finds nothing, that make it a text pasted whole
# rather than a search with a slip in it ("germany nowk").
_PROSE_WORDS = 2
# The most words a country's name has that a list's item is looked for in ("Saint Vincent
# and the Grenadines": 5).
_NAME_WORDS_MAX = 6


def _list_pieces(word: str) -> list[str]:
    """A word that is a list written without spaces (``de,fr,nl``, ``.de/.at/.ch``): its
    items, when each names a ccTLD or a country; else the word. A URL, a number or a name
    with such a character in it stays whole."""
    if not _LIST_SEPARATORS.search(word):
        return [word]
    pieces = [piece for piece in _LIST_SEPARATORS.split(word) if piece]
    if len(pieces) > 1 and all(_names_place(piece) for piece in pieces):
        return pieces
    return [word]


def _names_place(text: str) -> bool:
    """Whether ``text`` is a delegated ccTLD in any form or a country's whole name."""
    ace = named_cctld(text)
    return (ace is not None and cctlds.lookup(ace) is not None) or country_of_name(text) is not None


# A number's extension, as signatures write it ("… 0199 ext. 2", "x2", "#2", ";ext=2"), or its
# marker alone at the end while the extension is being typed.
_EXTENSION = re.compile(
    r"(?<=\d)[\s,;]*(?:ext(?:ension)?\.?|x|#|доб\.?|poste)\s*[.:=]?\s*"
    r"(?:\d{1,6}(?=[\s,;)]|$)|$)",
    re.IGNORECASE,
)


def _spoken_dots(words: list[str]) -> list[str]:
    """A ccTLD as said aloud, on the phone or in a ticket: "dot de" is ``.de``, "dot рф"
    ``.рф``. "dot" before any other word stays a word (a name may hold it)."""
    read: list[str] = []
    for word in words:
        if read and read[-1].casefold() == "dot" and "." not in word and named_cctld(word):
            read[-1] = "." + word
        else:
            read.append(word)
    return read


def _without_labels(words: list[str]) -> list[str]:
    """The words without what labels a number in a signature or a ticket: a word that ends
    in ":" before it ("M: +49 …", "Mobile:", "Тел.:"), a word in brackets after it
    ("… 23456740 (mobile)"), a phone's label without ":" before it ("Mob. +49 …", "T +49
    …"). A search's own prefixes ("name:", "tel:") are read as such. And what a signature
    puts between its parts ("Lucía Nowak | +49 …", "-- Lucía Nowak"), which names nothing."""
    kept: list[str] = []
    for i, word in enumerate(words):
        before = words[i - 1] if i else ""
        after = words[i + 1] if i + 1 < len(words) else ""
        key, sep, value = word.partition(":")
        if sep and not value and key.casefold() not in _PREFIXES and _is_number(after):
            continue
        if word[:1] + word[-1:] == "()" and word[1:-1].isalpha() and _is_number(before):
            continue
        if _PHONE_LABEL.fullmatch(word) and _is_number(after):
            continue
        if _DIVIDER.fullmatch(word):
            continue
        kept.append(word)
    return kept


_PREFIXES = frozenset({*FIELDS, "region", "tel", "mailto"})
# What labels a number in a signature, without a colon: "Phone", "Mob.", "T", "Тел.".
_PHONE_LABEL = re.compile(
    r"(?:phone|ph|tel|tél|telephone|téléphone|mobile?|mob|cell|gsm|handy|móvil|movil|celular"
    r"|portable|m|t|p|тел|моб|мобильный|телефон|电话|手机|هاتف|جوال)\.?",
    re.IGNORECASE,
)
_DIVIDER = re.compile(r"[|•·*=_~\-–—]+")


def _is_number(word: str) -> bool:
    return is_phone_text(word) and bool(decimal_digits(word))


def number_text(text: str) -> str:
    """``text`` as a number to look up: without its extension and the labels a signature or a
    caller's screen puts around it ("M: +49 151 … ext. 12", "… (mobile)")."""
    return " ".join(_bare_words(text))


def _bare_words(text: str) -> list[str]:
    """The words of ``text`` without a number's extension and labels."""
    return _without_labels(split_words(without_extension(text)))


def without_extension(text: str) -> str:
    """``text`` without the extension of the number in it: no part of the number dialled
    (nor, written some other way or not at all, of the number stored), so not searched. Only
    after a number of seven digits or more: "2x4" or "noc 12 x3" keep their words."""
    match = _EXTENSION.search(text)
    if match is None or len(decimal_digits(text[: match.start()])) < 7:
        return text
    return text[: match.start()] + text[match.end() :]


def bare_word(word: str) -> str:
    """A word as search reads it, without what a paste brings around it: quotes, brackets,
    a sentence's punctuation ("「.de」", "«DE»", ".de:", "(Germany)."); a number's stay."""
    return _unbracketed(unquoted(word))


def _unbracketed(word: str) -> str:
    """A word without the brackets around it, as lists write a country's qualifier or a
    header line its ccTLD and region ("Korea (South)", "Virgin Islands (US)", "(.de)",
    "[EU]"), and without the punctuation a sentence puts after it ("Nowak:", ".de:",
    "Nowak!", "¿Nowak?", "(Nowak)."); a number keeps them ("(0) 7400", "(+44)", "(212)")."""
    if is_phone_text(word):
        return word
    while True:
        bare = word.lstrip(_BEFORE_WORD).rstrip(_AFTER_WORD)
        if bare.endswith(".") and _ends_sentence(bare[:-1].rstrip(_AFTER_WORD)):
            bare = bare[:-1]
        if bare == word:
            return bare
        word = bare


_BEFORE_WORD = "([{¿¡"
_AFTER_WORD = ")]}:!?,;"


def _ends_sentence(word: str) -> bool:
    """Whether a full stop after ``word`` ends a sentence ("Nowak.", "德国。"), rather than
    say a ccTLD ("ru.": this very one) or an initial ("A.", "Jr.")."""
    return word.isalpha() and len(word) > 1 and named_cctld(word) is None


def _begins_region(value: str) -> bool:
    """``E``, ``LA``, ``unkn``: the beginning of a region filter (a complete one is read)."""
    key = region_key(value)
    words = _region_words()
    return key not in words and any(r.startswith(key) for r in words)


def _region_words() -> frozenset[str]:
    """What a region filter may say, as ``region_key`` writes it."""
    return region_keys() | {"unknown", "none"}


def _join_numbers(terms: list[Term]) -> list[Term]:
    """The groups of a number typed with spaces as one term: ``06 12 34 52 19``,
    ``+43 664 123912``, ``phone:0412 345 358``. A group that begins with ``+`` (or ``(+``)
    begins another number; groups with fewer than ``MIN_DIGITS`` digits in all stay words."""
    joined: list[Term] = []
    run: list[Term] = []

    def flush() -> None:
        text = " ".join(t.text for t in run)
        if len(run) > 1 and len(decimal_digits(text)) >= MIN_DIGITS:
            joined.append(Term(text, run[0].field))
        else:
            joined.extend(run)
        run.clear()

    for term in terms:
        number_like = term.field in (None, "phone") and is_phone_text(term.text)
        begins = term.text.startswith(("+", "(+"))
        if run and (not number_like or term.field is not None or begins):
            flush()
        if number_like:
            run.append(term)
        else:
            joined.append(term)
    if run:
        flush()
    return joined


def domain_tld(text: str) -> str | None:
    """The A-label of the last label of a domain name (``www.nic.de`` → ``de``), or None.

    What is pasted from a ticket counts by its host: a URL (``https://www.nic.de/abuse``,
    ``nic.de:443``) and an address (``abuse@bbc.co.uk``, whose domain names the ccTLD).
    """
    name = _host(refanged(plain(text).strip())).rstrip(".")
    if name.startswith(".") and not name.startswith(".."):  # ".co.uk": a zone under a ccTLD
        name = name[1:]
    if "." not in name or "@" in name or is_phone_text(name):
        return None
    if any(ch.isspace() for ch in name) or name.startswith("."):
        return None
    return try_ace(name.rsplit(".", 1)[1])


_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_PORT = re.compile(r":[0-9]{1,5}$")


def _host(text: str) -> str:
    """The host of a URL or an address, or ``text`` as it is."""
    if _SCHEME.match(text):
        text = _SCHEME.sub("", text, count=1)
    elif "/" not in text and "@" not in text and not _PORT.search(text):
        return text
    text = re.split(r"[/?#]", text, maxsplit=1)[0]
    text = text.rsplit("@", 1)[-1]
    return _PORT.sub("", text)


def named_cctld(text: str) -> str | None:
    """The A-label of the ccTLD a query names, when the query is shaped like a ccTLD.

    That is: a two-letter ASCII label, with or without its dot (``zz``, ``.ZZ``); an A-label
    (``xn--p1ai``); a Unicode label of a known IDN ccTLD (``рф``, ``.中国``); or a domain name
    whose last label is one of these (``example.zz``). A country or person name written in
    another script (``Германия``, ``Müller``) is not: it gives None.
    """
    word = refanged(plain(text).strip())
    if word.casefold().startswith("tld:"):
        word = word[4:].strip()
    if not word or any(ch.isspace() for ch in word):
        return None
    domain = domain_tld(word)
    if domain is not None:  # (of a URL, its host's: "https://nic.zz/abuse")
        word = _host(word).rstrip(".").rsplit(".", 1)[1]
    label = word.strip(".")
    ace = try_ace(label)
    if ace is None:
        return None
    if label.isascii():
        return ace if _TWO_LETTERS.match(label) or ace.startswith("xn--") else None
    return ace if cctlds.lookup(ace) is not None else None


def same_country(ace: str, members: Iterable[Member]) -> list[Member]:
    """The ``members`` whose ccTLD is of the country of ``ace``, but not ``ace`` itself
    (``gb`` → ``.uk``: GB is the ISO code of the United Kingdom, whose ccTLD is .uk)."""
    iso = country_code(ace)
    return [m for m in members if iso and m.tld.ace != ace and country_code(m.tld.ace) == iso]


class _Entry:
    """One member with its haystacks, folded once when the index is built."""

    __slots__ = (
        "_name_keys",
        "_numbers",
        "ace",
        "contact_words",
        "contacts",
        "country",
        "greek",
        "iso",
        "joined_names",
        "latin",
        "member",
        "order",
        "regions",
        "text",
        "tld_keys",
        "unicode",
    )

    def __init__(self, member: Member, order: int) -> None:
        self.member = member
        self.order = order
        self.ace = member.tld.ace
        self.unicode = fold_label(member.tld.unicode)
        self.iso = country_code(self.ace)
        names = (member.country, *search_names(self.ace))
        # "\0name\0name\0": "\0x\0" is a whole name, "\0x" a prefix of one.
        folded_names = (typed for x in names if x for typed in typed_names(fold(x)))
        self.country = "\x00" + "\x00".join(dict.fromkeys(folded_names)) + "\x00"
        self.tld_keys = f"\x00{self.ace}\x00{self.unicode}\x00"
        # Every text field in one string: one substring test per member and term. An A-label
        # is left out (its Unicode form is there): a substring of Punycode matches by chance.
        folded = [fold(c.name) for c in member.contacts]  # (once, for every haystack)
        contacts = "\x00".join(folded) + "\x00" + self.field("email")
        self.text = "\x00".join(
            (
                "" if self.ace.startswith("xn--") else self.ace,
                self.unicode,
                self.country,
                contacts,
                self.field("phone"),
                _typed_spellings(member, folded),
            )
        )
        self.contacts = contacts  # one contact's name or address per "\0" cell
        # Their words, each between "\0": "\0ana\0" is a whole word (no regex per keystroke).
        self.contact_words = _as_words(contacts)
        self.joined_names = _joined_names(folded)
        # Cyrillic and Greek names as a Latin keyboard types them (loose keys, and the looser
        # keys of Greek ones; "" for most members).
        latin = "\x00".join(filter(None, (latin_key(c.name) for c in member.contacts)))
        greek = "\x00".join(filter(None, (greek_key(c.name) for c in member.contacts)))
        self.latin, self.greek = _with_word_starts(latin), _with_word_starts(greek)
        self._numbers: StoredNumbers | None = None
        self._name_keys: tuple[str, str] | None = None
        self.regions = _region_codes(member.effective_region, member.region is None)

    @property
    def numbers(self) -> StoredNumbers:
        """The member's phone numbers in every form, worked out at the first phone search
        (``phonenumbers`` takes a moment for all of them, which other searches need not)."""
        if self._numbers is None:
            fields = ((c.phone, c.phone_e164) for c in self.member.contacts)
            self._numbers = stored_numbers(fields, cctlds.iso_for(self.ace))
        return self._numbers

    @property
    def name_keys(self) -> tuple[str, str]:
        """The contacts' names as their ``loose`` and ``greek_loose`` keys, which a name
        typed in Cyrillic or Greek letters is looked for in ("Μιχαηλίδης" for Michaelides);
        worked out at the first such search."""
        if self._name_keys is None:
            names = [c.name for c in self.member.contacts]
            self._name_keys = (
                "\x00".join(loose(n) for n in names),
                "\x00".join(greek_loose(n) for n in names),
            )
        return self._name_keys

    def field(self, name: str) -> str:
        """The folded haystack of one field (built when asked: field terms are rare)."""
        contacts = self.member.contacts
        if name == "tld":
            return self.tld_keys
        if name == "country":
            return self.country
        if name == "name":  # (with their typed spellings: "soeren" for Søren, "oneill")
            folded = [fold(c.name) for c in contacts]
            return "\x00".join((*folded, _typed_spellings(self.member, folded)))
        if name == "email":
            # Folded as the terms are (a term "josé@…" looks for "jose@…", "йошкар" for
            # "иошкар"); an ASCII address only casefolded, which is the same and cheaper.
            return "\x00".join(
                c.email.casefold() if c.email.isascii() else fold(c.email) for c in contacts
            )
        return "\x00".join(fold(c.phone) for c in contacts)


# How names are typed on a keyboard without their letters: "Müller" as "Mueller".
# Also the Nordic "å" as "aa" (Åsa: "Aasa") and "ø" as "oe" (Søren: "Soeren"), and the South
# Slavic "đ" as "dj" (Đorđević: "Djordjevic").
_TRANSLITERATED = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "å": "aa", "Å": "Aa",
     "ø": "oe", "Ø": "Oe", "đ": "dj", "Đ": "Dj", "Ð": "Dj"}
)  # fmt: skip
# "Ð" is the Icelandic capital eth, which begins no Icelandic word: Latin-1 writes it for "Đ".
_UMLAUT = re.compile("[äöüÄÖÜåÅøØđĐÐ]")


# An umlaut spelt out after a consonant ("Mueller", "Schroeder", "Baecker").
_SPELT_UMLAUT = re.compile(r"(?<=[b-df-hj-np-tv-z])([aou])e")


def _typed_spellings(member: Member, folded_names: Sequence[str]) -> str:
    """The contacts' names as typed without apostrophes (O'Neill: "oneill") or umlauts
    (Müller: "mueller"; Mueller: "muller"), where that differs from the name itself; else
    empty."""
    spellings = []
    for contact, folded in zip(member.contacts, folded_names, strict=True):
        name = contact.name
        if "'" in folded:
            spellings.append(folded.replace("'", ""))
        if not name.isascii() and _UMLAUT.search(name):
            spellings.append(fold(name.translate(_TRANSLITERATED)).replace("'", ""))
        if _SPELT_UMLAUT.search(folded):  # Mueller: "muller", as Müller is typed unaccented
            spellings.append(_SPELT_UMLAUT.sub(r"\1", folded).replace("'", ""))
    return "\x00".join(dict.fromkeys(spellings))


def _joined_names(folded_names: Sequence[str]) -> str:
    """The contacts' names of several words, typed without the spaces, hyphens and apostrophes
    between them (Van der Berg: "vanderberg", Ó Briain: "obriain"); searched only for longer
    terms (see ``_JOINED_MIN``)."""
    return "\x00".join(_WORD_JOINS.sub("", n) for n in folded_names if _WORD_JOINS.search(n))


_WORD_JOINS = re.compile(r"[\s'’-]+")
# A name's initial as signatures write it: a letter and a full stop.
_INITIAL = re.compile(r"^[^\W\d_]\.$")
_LATIN_LETTER = re.compile("[a-z]")
# A shorter term would find the letters around a space in many names ("ap" in "Ana Pérez").
_JOINED_MIN = 5
# Fewer letters of a transliteration would find a few letters inside many Cyrillic names.
_LATIN_MIN = 3


def _typed_variants(text: str, needle: str) -> tuple[str, ...]:
    """Other spellings of a term (``needle``: ``text`` folded) that a name may be written
    in: its umlauts spelt out ("Müller" for "Mueller"), and its words without the hyphens,
    apostrophes or spaces between them, where the name has other ones or none ("Jean-Pierre"
    for "Jean Pierre", "O'Neill" for "O Neill", "Al-Rashid" for "Al Rashid"). Empty for most
    terms, which then cost nothing more."""
    forms = [needle]
    if _UMLAUT.search(text):
        forms.append(fold(text.translate(_TRANSLITERATED)))
    variants = []
    for form in forms:
        if form != needle:
            variants.append(form)
        joined = _WORD_JOINS.sub("", form)
        if joined != form and len(joined) >= _JOINED_MIN:
            variants.append(joined)
    return tuple(dict.fromkeys(variants))


@cache  # a dozen combinations, one set each for every member
def _region_codes(region: Region | None, not_given: bool) -> frozenset[str]:
    """The region codes a filter matches: the region given (or inferred from the ccTLD
    table), plus UNKNOWN_REGION when the email gave none."""
    codes = {region.value} if region else set()
    if not_given:
        codes.add(UNKNOWN_REGION)
    return frozenset(codes)


Predicate = Callable[[_Entry], bool]


def _compile(term: Term) -> Predicate:
    """A term as a test on one entry, with everything about the term worked out once; a
    name typed in Cyrillic or Greek letters also finds it written in Latin ones."""
    test = _compile_text(term)
    if term.field not in (None, "name") or not _OTHER_SCRIPT_WORD.fullmatch(term.text):
        return test
    cyrillic = [k for k in latin_key(term.text).split("\x00") if len(k) >= _LATIN_MIN]
    greek = greek_key(term.text)
    if len(greek) < _LATIN_MIN:
        greek = "\x01"  # in no entry's keys
    return lambda e: (
        test(e) or greek in e.name_keys[1] or any(key in e.name_keys[0] for key in cyrillic)
    )


# A name's word or words in Cyrillic or Greek letters, as typed: "Μιχαηλίδης", "Петров".
_LETTERS = "[\u0370-\u03ff\u1f00-\u1fff\u0400-\u04ff]+"
_OTHER_SCRIPT_WORD = re.compile(f"{_LETTERS}(?:[ '-]+{_LETTERS})*")


def _compile_text(term: Term) -> Predicate:
    """``_compile``, but for what the term is as written (and as a Latin keyboard types it)."""
    needle = term.folded
    domain = term.domain_tld
    if domain is not None:  # "www.nic.de": the ccTLD of its last label, or the text as written
        if term.field == "tld":
            return lambda e: e.ace == domain
        return lambda e: e.ace == domain or needle in e.text
    if term.field == "tld" or (term.field is None and term.text.startswith(".")):
        # ".d" while typing ".de": a ccTLD prefix, in either form.
        key, ace = "\x00" + fold_label(term.text).lstrip("."), try_ace(term.text)
        return lambda e: e.ace == ace or key in e.tld_keys
    phone = term.phone
    field = term.field
    if phone:
        if field is None:
            return lambda e: phone.matches(e.numbers) or needle in e.text
        return lambda e: phone.matches(e.numbers) or needle in e.field(field)
    if field in (None, "name") and _INITIAL.match(needle):  # "A." in "A. Kowalczyk"
        return _initial(needle[0])
    # "Ivanova" for Иванова: the loose key of a Latin term, tested against Cyrillic names.
    # "Hristos", "Yannis" for Χρήστος, Γιάννης: its Greek key too (the same for most terms).
    latin = loose(term.text) if field in (None, "name") and is_latin_word(term.text) else ""
    greek = greek_loose(term.text) if latin else ""
    if len(latin) < _LATIN_MIN:
        latin = "\x01"  # in no entry's keys: the test below is then the term's own
    if len(greek) < _LATIN_MIN:
        greek = "\x01"
    if field is None:
        if needle.startswith("xn"):  # "xn--p1" while typing "xn--p1ai"
            key = "\x00" + needle
            return lambda e: key in e.tld_keys or needle in e.text
        variants = _typed_variants(term.text, needle)
        if variants:
            return lambda e: (
                _spelt(e.text, needle, variants, e) or latin in e.latin or greek in e.greek
            )
        if len(needle) >= _JOINED_MIN and " " not in needle:
            return lambda e: (
                needle in e.text or needle in e.joined_names or latin in e.latin or greek in e.greek
            )
        return lambda e: needle in e.text or latin in e.latin or greek in e.greek
    if field == "name":  # "name:Jean-Pierre" finds Jean Pierre as "Jean-Pierre" alone does
        variants = _typed_variants(term.text, needle)
        if variants:
            return lambda e: (
                _spelt(e.field("name"), needle, variants, e) or latin in e.latin or greek in e.greek
            )
    return lambda e: needle in e.field(field) or latin in e.latin or greek in e.greek


def _with_word_starts(keys: str) -> str:
    """An entry's Latin keys of its Cyrillic or Greek names, then again with each word
    after a NUL, where a short key is looked for (``_short_key``); "" for none."""
    return f"\x00{keys}\x00{keys.replace(' ', chr(0))}" if keys else ""


def _short_key(key: str) -> str:
    """A short Latin key as looked for in ``_with_word_starts``: at a word's start only
    (not "iv" inside any name); none at all when empty."""
    return f"\x00{key}" if key else "\x01"  # (in no entry's keys)


def _or_word_begun(test: Predicate, text: str) -> Predicate:
    """``test``, or, for a word too short for its Latin keys to be looked for anywhere in a
    name, the beginning of a word of a Cyrillic or Greek name: "Svetlana Iv" while "Ivanova"
    is typed (among other words, which narrow it)."""
    latin, greek = loose(text), greek_loose(text)
    if len(latin) >= _LATIN_MIN and len(greek) >= _LATIN_MIN:
        return test
    latin, greek = _short_key(latin), _short_key(greek)
    return lambda e: test(e) or latin in e.latin or greek in e.greek


def _joins(term: Term) -> bool:
    """Whether a term is a word that joins the words of country names ("the", "of", "del"),
    which a ccTLD's code is not ("de", "la", "et"), nor a letter ("y": ``_initial_or_joining``)."""
    needle = term.folded
    return (
        term.field is None
        and len(needle) > 1
        and needle in JOINING_WORDS
        and cctlds.lookup(needle) is None
    )


def _anything(entry: _Entry) -> bool:
    """Among other words, a joining word narrows nothing: "Isle of Man", "the nowak"."""
    return True


def _initial_or_joining(letter: str) -> Predicate:
    """A Latin letter among words: an initial ("J Smith"), or, for the letters that join
    country names, one of those words ("Trinidad y Tobago", "São Tomé e Príncipe")."""
    initial = _initial(letter)
    # ... or of a name in Cyrillic or Greek letters: "Svetlana I" for Светлана Иванова
    latin, greek = _short_key(loose(letter)), _short_key(greek_loose(letter))
    if letter not in JOINING_WORDS:
        return lambda e: initial(e) or latin in e.latin or greek in e.greek
    word = f" {letter} "
    return lambda e: initial(e) or word in e.country or latin in e.latin or greek in e.greek


def _begins_or_in_contacts(needle: str) -> Predicate:
    """Alone, a joining word finds the names it begins ("and": Andorra, "el": El Salvador)
    and the contacts that hold it, not every country's name it joins ("of", "the")."""
    start = "\x00" + needle
    return lambda e: start in e.country or start in e.tld_keys or needle in e.contacts


def _or_in_names(test: Predicate, typed: str) -> Predicate:
    """``test``, or the query's words, a letter among them, are in a name of the member's
    country: "Hong K", "Isle o", "Bosnia and H" while the name is being typed."""
    return lambda e: test(e) or typed in e.country


def _initial(letter: str) -> Predicate:
    """A contact's name or address has a word that ``letter`` begins."""
    key = "\x00" + letter
    return lambda e: key in e.contact_words


def _spelt(haystack: str, needle: str, variants: tuple[str, ...], entry: _Entry) -> bool:
    """Whether ``haystack`` (an entry's text, or its names) holds the term as typed or in one
    of its other spellings, also among the entry's names written without their joins."""
    return needle in haystack or any(v in haystack or v in entry.joined_names for v in variants)


_WORD_BREAKS = re.compile(r"\W+")


def _as_words(text: str) -> str:
    """``text``'s words, each between "\0" ("\0" alone when it has none)."""
    return "\x00" + "\x00".join(word for word in _WORD_BREAKS.split(text) if word) + "\x00"


@dataclass(frozen=True, slots=True)
class _Ranker:
    """What the ranking compares, worked out once per search."""

    phrase: str  # the folded words, without a leading dot
    whole: str  # "\0phrase\0": an exact name
    start: str  # "\0phrase": a prefix
    words: str  # the phrase as whole words: "\0ana\0" in "ana silva", not in "botswana"

    @classmethod
    def of(cls, terms: Sequence[Term]) -> _Ranker | None:
        words = [t.folded for t in terms if t.field in (None, "tld", "country") and not t.phone]
        phrase = " ".join(words).lstrip(".")
        if not phrase:
            return None
        return cls(phrase, f"\x00{phrase}\x00", f"\x00{phrase}", _as_words(phrase))

    def rank(self, entry: _Entry) -> int:
        if self.whole in entry.country:
            return RANK_EXACT_COUNTRY
        if self.start in entry.country or self.start in entry.tld_keys:
            return RANK_PREFIX
        # Not across two contacts: "\0" stands between them.
        in_contact = self.phrase in entry.contacts
        if in_contact and self.words in entry.contact_words:
            return RANK_CONTACT_WORDS
        if self.phrase in entry.country or self.phrase in entry.unicode:
            return RANK_SUBSTRING
        return RANK_ONE_CONTACT if in_contact else RANK_OTHER


@dataclass(frozen=True, slots=True)
class _CctldWord:
    """A word of a query of several that names a ccTLD: "de" in "de nowak", "gb" (the ISO
    code of the United Kingdom) in "gb nowak". It finds that ccTLD and its country's others
    besides what it finds as text ("de" in "Bermudes"), and ranks them first among members
    that hold the words in no other way ("Juan de la Cruz" is still a name first)."""

    ace: str
    iso: str

    @classmethod
    def of(cls, term: Term) -> _CctldWord | None:
        if term.field is not None or "." in term.text or term.phone:
            return None  # a dot or "tld:" makes the term a ccTLD filter already
        ace = named_cctld(term.text)
        return cls(ace, country_code(ace)) if ace is not None else None

    def rank(self, entry: _Entry) -> int | None:
        if entry.ace == self.ace:
            return RANK_WORD_TLD
        if self.iso and entry.iso == self.iso:
            return RANK_WORD_COUNTRY
        return None

    def widen(self, test: Predicate) -> Predicate:
        return lambda e: test(e) or self.rank(e) is not None


def _region_typed(terms: Sequence[Term]) -> str | None:
    """The code of the region a query's words name together ("Asia Pacific", "LAC"), or None.
    A delegated ccTLD's code is that ccTLD: "eu", "na" and "af" do not list a region (the
    region: filter does)."""
    if not terms or any(t.field is not None or t.phone for t in terms):
        return None
    text = " ".join(t.text for t in terms)
    region = region_named(text)
    if region is None:
        return None
    ace = named_cctld(text)
    return None if ace is not None and cctlds.lookup(ace) is not None else region.value


def _region_words_of(terms: Sequence[Term]) -> list[str | None]:
    """For each term, the code of the region it names among other words, alone or with its
    neighbours ("nowak Europe", "Latin America nowak"), or None. Not all the terms together
    (when they are the query, ``_region_typed`` reads them), nor a ccTLD's code ("eu nowak"
    is .eu's Nowak)."""
    found: list[str | None] = [None] * len(terms)
    i = 0
    while i < len(terms):
        for end in range(min(len(terms), i + 4), i, -1):
            if (region := _region_typed(terms[i:end])) is not None:
                found[i:end] = [region] * (end - i)
                i = end
                break
        else:
            i += 1
    return found


def _or_in_region(test: Predicate, region: str) -> Predicate:
    return lambda e: test(e) or region in e.regions


def _region_rank(
    entry: _Entry, region: str, rank: int | None, ranker: _Ranker | None
) -> int | None:
    """The rank of a member for a query that names ``region`` (``rank``: as text, or None).

    A ccTLD, country or person the words name whole comes first ("Europe": .eu, "Africa":
    South Africa), then the region's members; the name inside another word ("ap" in Japan,
    "asia" in Malaysia) is no better than being in the region, and outside it comes after."""
    if rank is None:
        return RANK_REGION if region in entry.regions else None
    if rank < RANK_SUBSTRING or (ranker is not None and ranker.words in _as_words(entry.country)):
        return rank
    return RANK_REGION if region in entry.regions else RANK_OUTSIDE_REGION


def _number_rank(numbers: Sequence[PhoneQuery], entry: _Entry) -> int | None:
    """``06 12 34 52 19`` is this contact's number; ``+7 912 345`` begins it; else None."""
    if any(n.matches_whole(entry.numbers) for n in numbers):
        return RANK_WHOLE_NUMBER
    if any(n.begins(entry.numbers) for n in numbers):
        return RANK_NUMBER_START
    return None


def _rank(
    entry: _Entry, numbers: Sequence[PhoneQuery], ranker: _Ranker | None, words: list[_CctldWord]
) -> int:
    """The rank of a member that matches every term."""
    rank = _number_rank(numbers, entry) if numbers else None
    if rank is None:
        rank = ranker.rank(entry) if ranker else RANK_OTHER
    for word in words:
        by_word = word.rank(entry)
        if by_word is not None and by_word < rank:
            rank = by_word
    return rank


def _ranking(
    numbers: Sequence[PhoneQuery], ranker: _Ranker | None, words: list[_CctldWord]
) -> Callable[[_Entry], int]:
    """``_rank`` for one search; the ranker's own test where it is all there is to it (a
    keystroke ranks every member that matches: thousands, for a first letter)."""
    if numbers or words:
        return lambda entry: _rank(entry, numbers, ranker, words)
    return ranker.rank if ranker else lambda entry: RANK_OTHER


# A name said of more countries than this is a word of their names ("Islands", "Republic",
# "South"), not a name of theirs ("Korea", "Congo", "Virgin Islands").
_SHARED_NAME_MAX = 3


@dataclass(frozen=True, slots=True)
class MissingMember:
    """A ccTLD a query names that is not a member (``SearchIndex.missing_member``)."""

    ace: str
    by_country: bool  # named by its country's name ("Niger"), not by its label ("ne")
    # The ccTLDs, no members either, of the other countries of that name ("Congo": .cg).
    # (A member of that name answers the query: "Korea" finds .kr, and .kp is no member.)
    others: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _ListItem:
    """One item of a list of ccTLDs or countries a query is (``SearchIndex._list_items``)."""

    ace: str  # the ccTLD named, or the country's own
    by_country: bool
    entries: list[_Entry]  # its members (none: it is no member, nor its country's)


def _entries_of(items: Sequence[_ListItem]) -> list[_Entry]:
    """The members of a list's items, item after item."""
    return [entry for item in items for entry in item.entries]


class SearchIndex:
    """The members of one edition, prepared so that each keystroke is a cheap scan."""

    def __init__(self, members: Iterable[Member]) -> None:
        self._entries = [_Entry(m, i) for i, m in enumerate(members)]
        self._by_ace = {e.ace: e for e in self._entries}
        self._by_iso: dict[str, list[_Entry]] = {}
        self._vocabulary: Vocabulary | None = None  # built at the first suggestion
        for entry in self._entries:
            if entry.iso:
                self._by_iso.setdefault(entry.iso, []).append(entry)

    def __len__(self) -> int:
        return len(self._entries)

    def prepare_numbers(self) -> None:
        """Work out every member's numbers now (an idle moment), not at the first phone
        search: with thousands of members that would be a keystroke of a quarter second.
        And the words a slip is compared with, not at the first search that finds nothing
        (every country's names: some 30 ms)."""
        for entry in self._entries:
            _ = entry.numbers
        _ = self._words()

    @property
    def members(self) -> list[Member]:
        return [e.member for e in self._entries]

    def get(self, ace: str) -> Member | None:
        entry = self._by_ace.get(ace)
        return entry.member if entry else None

    def same_country(self, ace: str) -> list[Member]:
        """The members whose ccTLD is of the country of ``ace`` (``gb`` → ``.uk``), but not
        ``ace`` itself: ``gb`` is the ISO code of the United Kingdom, whose ccTLD is ``.uk``."""
        iso = country_code(ace)
        return [e.member for e in self._by_iso.get(iso, ()) if e.ace != ace] if iso else []

    def cctld_matches(self, ace: str) -> list[Member]:
        """The members a query naming the ccTLD ``ace`` finds as a ccTLD: the member itself,
        or else the members of its country."""
        member = self.get(ace)
        return [member] if member is not None else self.same_country(ace)

    def search(self, query: Query | str) -> list[Member]:
        """Matching members, best first (see the module's docstring for the ranks)."""
        if isinstance(query, str):
            query = parse_query(query)
        exact, country = self._exact_tld(query.terms)
        words = [_CctldWord.of(t) if len(query.terms) > 1 else None for t in query.terms]
        tests = [self._test(t) for t in query.terms]
        tests = [w.widen(test) if w else test for test, w in zip(tests, words, strict=True)]
        if len(query.terms) > 1:  # "J Smith": a Latin letter alone among words, an initial
            typed = " ".join(t.folded for t in query.terms)
            for i, term in enumerate(query.terms):
                if term.field in (None, "name") and _LATIN_LETTER.fullmatch(term.folded):
                    tests[i] = _initial_or_joining(term.folded)
                    if term.field is None:  # or the next word of a name being typed
                        tests[i] = _or_in_names(tests[i], typed)
                elif term.field in (None, "name") and is_latin_word(term.text):
                    tests[i] = _or_word_begun(tests[i], term.text)
        joining = [_joins(t) for t in query.terms]
        if any(joining):  # "the", "of", "y": in the names of many countries
            alone = all(joining)
            tests = [
                (_begins_or_in_contacts(t.folded) if alone else _anything) if j else test
                for test, t, j in zip(tests, query.terms, joining, strict=True)
            ]
        named_region = _region_typed(query.terms)
        if len(query.terms) > 1 and named_region is None:  # "nowak europe": in the region
            for i, region in enumerate(_region_words_of(query.terms)):
                if region is not None:
                    tests[i] = _or_in_region(tests[i], region)
        cctld_words = [w for w in words if w is not None]
        ranker = _Ranker.of(query.terms)
        numbers = [phone for t in query.terms if (phone := t.phone) is not None]
        regions = query.regions
        rank_of = _ranking(numbers, ranker, cctld_words)
        matches = tests[0] if len(tests) == 1 else lambda e: all(test(e) for test in tests)
        ranked: list[tuple[int, int, Member]] = []
        for entry in self._entries:
            if regions and not regions & entry.regions:
                continue
            if exact is not None:
                if entry.ace == exact:
                    ranked.append((RANK_EXACT_TLD, entry.order, entry.member))
                    continue
                if entry.iso == country:
                    ranked.append((RANK_SAME_COUNTRY, entry.order, entry.member))
                    continue
            rank = rank_of(entry) if matches(entry) else None
            if named_region is not None:
                rank = _region_rank(entry, named_region, rank, ranker)
            if rank is not None:
                ranked.append((rank, entry.order, entry.member))
        if not ranked and named_region is None:  # "Lati", "Asia Paci": a region being typed
            ranked = self._region_begun(query)
        if not ranked and query.sender:  # "Lucía Nowak <lucia@example.com>": whom it names
            return self.search(Query(query.sender, query.regions))
        ranked.sort(key=lambda r: (r[0], r[1]))
        listed = self._listed(query.terms)
        if listed is None and not ranked and len(query.terms) > 1:
            # ".de .f", "Germany, Fra": a list being typed; or a subject or a sentence pasted
            listed = self._list_begun(query.terms) or self._named_in_text(query.terms)
        if listed is not None:  # ".de .fr", "Germany, France": each, in the order typed
            return self._with_list(ranked, listed, regions)
        return [m for _, _, m in ranked]

    def _with_list(
        self, ranked: list[tuple[int, int, Member]], listed: list[_Entry], regions: frozenset[str]
    ) -> list[Member]:
        """The members a list names, in its order; before them a contact whose name the words
        are ("Li Na", not .li and .na), after them the rest of what the words find."""
        first = [m for rank, _, m in ranked if rank <= RANK_CONTACT_WORDS]
        named = [e.member for e in listed if not regions or regions & e.regions]
        rest = [m for _, _, m in ranked]
        unique: dict[str, Member] = {}
        for member in (*first, *named, *rest):
            unique.setdefault(member.tld.ace, member)
        return list(unique.values())

    def _listed(self, terms: Sequence[Term]) -> list[_Entry] | None:
        """The members of a query that is a list of ccTLDs or countries (``.de .fr``, ``DE
        FR``, ``Germany France``, ``Germany, France and Italy``), each item's in the order
        typed; None for any other query."""
        items = self._list_items(terms)
        return _entries_of(items) if items else None

    def _list_begun(self, terms: Sequence[Term]) -> list[_Entry] | None:
        """The members of a list whose last item is being typed, for a query that finds
        nothing else: its items, then the members whose ccTLD or country's name the last word
        begins (".de .f", "Germany, Fra"); None when the words before are no list's items or
        the last begins none."""
        *done, last = terms
        if last.field is not None or last.phone:
            return None
        if done and done[-1].folded in _LIST_JOINS:  # "Germany, France and I"
            done = done[:-1]
        items = self._list_items(done) if len(done) > 1 else self._items(done, prose=False)[0]
        if not items or (len(done) == 1 and _TWO_LETTERS.match(done[0].text)):
            return None  # "de f": "de" is as likely a word of a name
        start = "\x00" + fold_label(last.text).lstrip(".")
        joining = last.folded in _LIST_JOINS  # "Germany, France and"
        begun = [] if joining else [e for e in self._entries if start in e.country + e.tld_keys]
        if not (joining or begun):  # "germany zzzz", "germany nowk": no list being typed
            return None
        return _entries_of(items) + begun

    def _named_in_text(self, terms: Sequence[Term]) -> list[_Entry] | None:
        """The members of the ccTLDs and countries named in a text pasted whole that finds
        nothing as a search (a subject: "Re: [tld-ops] .pl resolution failing"; a sentence:
        "outage at nic.de since 10:00"), in its order; None when it names none, or when each
        of its other words but one finds something (a search that narrows: "nowak .pl",
        "germany nowk"). A bare two-letter word is no ccTLD here ("Re:", "in", "is")."""
        if any(t.field is not None for t in terms):
            return None
        items, others = self._items(terms, prose=True)
        # A ccTLD written as one (".pl", "nic.de", a URL) says "pasted" more than a country's
        # name does ("germany nowk": a slip, for which a spelling is offered).
        needed = 1 if any(not item.by_country for item in items) else _PROSE_WORDS
        if not items or len(others) < needed:
            return None
        found_nothing = (t for t in others if not self.search(Query((t,))))
        if any(next(found_nothing, None) is None for _ in range(needed)):
            return None
        return _entries_of(items)

    def _list_items(self, terms: Sequence[Term]) -> list[_ListItem] | None:
        """The items of a query that is a list, or None. Every word must be an item (a ccTLD
        in any form, a country's whole name, the longest first: "South Korea" is one) or join
        two of them: "de Müller", "Latin America" and a ccTLD with a name are searched word
        by word."""
        if len(terms) < 2 or any(t.field not in (None, "tld", "country") or t.phone for t in terms):
            return None
        items, others = self._items(terms, prose=False)
        return items if len(items) > 1 and not others else None

    def _items(self, terms: Sequence[Term], *, prose: bool) -> tuple[list[_ListItem], list[Term]]:
        """The ccTLDs and countries ``terms`` name, in their order, and the words that name
        none (in ``prose``, every one of them; else the first only, which ends the reading)."""
        items: list[_ListItem] = []
        others: list[Term] = []
        i = 0
        while i < len(terms):
            if items and i + 1 < len(terms) and terms[i].folded in _LIST_JOINS:
                i += 1
                continue
            for end in range(min(len(terms), i + _NAME_WORDS_MAX), i, -1):
                item = self._item(terms[i:end], bare_codes=not prose)
                if item is not None:
                    items.append(item)
                    i = end
                    break
            else:
                others.append(terms[i])
                if not prose:
                    break
                i += 1
        return items, others

    def _item(self, terms: Sequence[Term], *, bare_codes: bool = True) -> _ListItem | None:
        """The item of a list ``terms`` are, or None when they name no ccTLD or country: a
        ccTLD's member (else its country's: ".gb" is .uk), a country's members (its own ccTLD
        first: "Russia" is .ru, .su, .рф). ``bare_codes``: a two-letter word ("de") may be
        a ccTLD."""
        if bare_codes or not _TWO_LETTERS.match(terms[0].text):
            return self._cctld_item(terms) or self._country_item(terms)
        return self._country_item(terms)

    def _cctld_item(self, terms: Sequence[Term]) -> _ListItem | None:
        if len(terms) == 1 and terms[0].field in (None, "tld"):
            ace = named_cctld(terms[0].text)
            if ace is not None and (ace in self._by_ace or cctlds.lookup(ace) is not None):
                entry = self._by_ace.get(ace)
                kin = self._by_iso.get(country_code(ace), [])
                return _ListItem(ace, False, [entry] if entry is not None else kin)
        return None

    def _country_item(self, terms: Sequence[Term]) -> _ListItem | None:
        if all(t.field in (None, "country") for t in terms):
            iso = country_of_name(" ".join(t.text for t in terms))
            own = country_cctld(iso) if iso is not None else None
            if iso is not None and own is not None:
                entries = sorted(self._by_iso.get(iso, []), key=lambda e: e.ace != own)
                return _ListItem(own, True, entries)
        return None

    def _region_begun(self, query: Query) -> list[tuple[int, int, Member]]:
        """The members of the region whose name the query's words begin, for a query that
        finds nothing else: each keystroke of "Latin America" lists what the whole will."""
        terms = query.terms
        if not terms or any(t.field is not None or t.phone for t in terms):
            return []
        region = region_begun(" ".join(t.text for t in terms))
        if region is None:
            return []
        return [
            (RANK_REGION, e.order, e.member)
            for e in self._entries
            if region.value in e.regions and (not query.regions or query.regions & e.regions)
        ]

    def _test(self, term: Term) -> Predicate:
        """``_compile``, but a ``country:`` term that is a country's whole name or code
        finds that country only: ``country:UK`` is the United Kingdom, not Ukraine."""
        if term.field == "country":
            needle = term.folded
            whole = f"\x00{needle}\x00"
            exact = {e.ace for e in self._entries if whole in e.country or needle in (e.iso, e.ace)}
            if exact:
                return lambda e: e.ace in exact
        return _compile(term)

    def suggestion(self, text: str, region: str | None = None) -> str | None:
        """``text`` with each word that finds nothing replaced by the nearest word the search
        knows (a country's name in any language it reads, a contact's name, a region's):
        "Germnay" → "Germany", "nowk germany" → "Nowak germany"; None when no word was
        replaced or the result finds nothing either (in ``region``, when given). For a query
        that found nothing."""
        try:
            query = parse_query(text, typing=True)
        except QueryError:
            return None
        suggested = plain(text)
        for term in query.terms:
            if term.field not in (None, "name", "country") or term.phone or term.domain_tld:
                continue
            if self.search(Query((term,))):
                continue
            nearest = self._words().nearest(term.text)
            if nearest is not None:
                suggested = suggested.replace(term.text, nearest, 1)
        if suggested == plain(text):
            return None
        try:
            found = self.search(parse_query(suggested).with_region(region))
        except QueryError:
            return None
        # A country that is no member ("Myanmr"): its name says which ccTLD, and how to reach it.
        return suggested if found or (not region and self.missing_member(suggested)) else None

    def _words(self) -> Vocabulary:
        if self._vocabulary is None:
            # Every country's names, members' or not: a slip in one that is no member is
            # answered with its name, which says so.
            rows = cctlds.all_cctlds()
            members = (e.ace for e in self._entries)
            aces = dict.fromkeys([*members, *(r.ace for r in rows if not r.retired)])
            texts = [name for ace in aces for name in search_names(ace)]
            texts += [e.member.country for e in self._entries]
            texts += [c.name for e in self._entries for c in e.member.contacts]
            # ... and as typed in Latin letters ("Ivanva": Ivanova, for Иванова)
            texts += [latin_spelling(c.name) for e in self._entries for c in e.member.contacts]
            self._vocabulary = Vocabulary([*texts, *region_keys()])
        return self._vocabulary

    def with_number(self, text: str) -> list[Member]:
        """The members with a contact whose number is ``text`` (a ``tel:`` URI too) whole:
        in E.164, or as dialled in its country."""
        number = read_phone(tel_number(text) or without_extension(plain(text)))
        if number is None:
            return []
        return [e.member for e in self._entries if number.matches_whole(e.numbers)]

    def missing_member(self, text: str) -> MissingMember | None:
        """The ccTLD a query names that is not a member, while no member of its country
        answers either: named by its label (``ne``, ``.ελ``, ``example.zz``), or by its
        country's name, alone or first (``Niger``, ``Niger noc``), or by a name it shares
        with other countries, whether or not they are members (``Korea``: .kp, while .kr
        answers; ``Congo``: .cd and .cg); None otherwise."""
        ace = named_cctld(text) if text.strip() else None
        if ace is not None and only_joining_words(text) and cctlds.lookup(ace) is None:
            return None  # "of": a word of many country names, not a ccTLD meant
        if ace is not None:
            return None if self.cctld_matches(ace) else MissingMember(ace, by_country=False)
        try:
            terms = parse_query(text, typing=True).terms
        except QueryError:
            return None
        items = self._list_items(terms)
        if items is not None:  # ".de .kp": the first item no member answers
            empty = next((item for item in items if not item.entries), None)
            return MissingMember(empty.ace, empty.by_country) if empty else None
        named = " ".join(t.text for t in terms if t.field in (None, "country"))
        iso = country_named(named)
        if iso is None:  # "Congo", "Korea": a name of several countries, some no member
            if region_named(named) is not None:  # "أفريقيا": the region, not a country's word
                return None
            isos = countries_of_words(named) if named else []
            if len(isos) > _SHARED_NAME_MAX:  # "Islands", "Republic": a word of many names
                return None
            absent = [other for other in isos if other not in self._by_iso]
            aces = [ace for other in absent if (ace := country_cctld(other)) is not None]
            return MissingMember(aces[0], True, tuple(aces[1:])) if aces else None
        if iso in self._by_iso:
            return None
        ace = country_cctld(iso)
        return MissingMember(ace, by_country=True) if ace is not None else None

    def _exact_tld(self, terms: Sequence[Term]) -> tuple[str | None, str | None]:
        """The A-label a one-term query names, and the country (ISO code) whose other
        ccTLDs come next: for a bare label (``ru`` → ``.рф``, ``.su``; ``рф`` → ``.ru``,
        ``.su``; ``gb`` → ``.uk``), and for a dotted one or an A-label (``.gb``, ``ru.``,
        ``xn--p1ai``) only when it is not a member."""
        if len(terms) != 1 or terms[0].field not in (None, "tld"):
            return None, None
        term = terms[0]
        domain = term.domain_tld
        ace = domain or try_ace(term.text)
        if ace is None:
            return None, None
        # A dot (".ru", "ru.") or an A-label typed says "this very ccTLD"; a bare "ru", "gb"
        # or "рф" (though its A-label is xn--p1ai) says "the ccTLDs of that country" too.
        typed = term.text.strip()
        if "@" in typed and self._has_address(term.folded):
            return None, None  # the address's owner ranks first, as a contact's words
        dotted = typed.startswith(".") or typed.endswith(".")
        explicit = domain is not None or dotted or typed.casefold().startswith("xn--")
        if explicit and ace in self._by_ace:
            return ace, None
        if not explicit and named_cctld(term.text) is None:  # "Müller", "Германия"
            return ace, None
        return ace, country_code(ace) or None

    def with_address(self, address: str) -> list[Member]:
        """The members with a contact whose email field is ``address``, whole (folded as a
        search term is)."""
        folded = fold(refanged(plain(address)))
        return [e.member for e in self._entries if _holds_address(e, folded)]

    def _has_address(self, folded: str) -> bool:
        """Whether a contact's email field is ``folded`` (an address, as ``Term.folded``)."""
        return any(_holds_address(e, folded) for e in self._entries)


def _holds_address(entry: _Entry, folded: str) -> bool:
    # The whole cell: not "paul@x" inside "jean-paul@x" (cells built only where it is inside).
    return folded in entry.contacts and f"\x00{folded}\x00" in f"\x00{entry.contacts}\x00"


def query_domain(text: str) -> tuple[str, str] | None:
    """``(domain, A-label)`` when a one-word query is a domain name searched by its ccTLD."""
    try:
        terms = parse_query(text, typing=True).terms
    except QueryError:  # "region:XX" names no domain
        return None
    if len(terms) != 1 or "@" in terms[0].text:  # an address finds its person; no hint
        return None
    ace = terms[0].domain_tld
    return (terms[0].text, ace) if ace else None
