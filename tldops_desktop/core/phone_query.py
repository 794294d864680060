"""Phone numbers in search: a query read as one number, and the digits a stored number is
found by.

A number is typed the way it is dialled: with its country code (``+43 664 123912``,
``0043…``, ``+44 (0) 7400 123545``, ``(+44) 7400 123545``) or nationally, trunk prefix and
all (``06 12 34 52 19`` in France, ``8 912 345-64-72`` in Russia, ``0412 345 358`` in
Australia). Each stored number is therefore found by its E.164 digits, by its national form
as ``phonenumbers`` writes it for its country (which knows each country's trunk prefix) and
by its national significant number; a query equal to one of them matches the number *whole*,
and ranks first.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import unquote

import phonenumbers

from tldops_desktop.core.phones import dial_numbers

# The characters a number is written with; "+" only in front, or in the parentheses that
# some put around the country code ("(+44) 7400 123545", as signatures often write it).
_PHONE_TEXT = re.compile(r"^(?:\+|\(\s*\+)?[\d\s().\-/]+$")
# "(+44) 7400", "(0044) 7400": the country code in parentheses, read as "+44 7400".
_CODE_IN_PARENTHESES = re.compile(r"^\(\s*(?:\+|00)\s*([1-9]\d{0,2})\s*\)")
MIN_DIGITS = 3  # fewer digits are not worth a phone match: "12" is in every number
# "+44 (0) 7400": the trunk prefix some write after the country code, never dialled with it.
_TRUNK_IN_PARENTHESES = re.compile(r"\(\s*0\s*\)")
_TEL = re.compile(r"^tel:(?://)?", re.IGNORECASE)
_NOT_DIGIT = re.compile(r"\D")  # Unicode: what is no decimal digit in any script
_NON_ASCII_DIGIT = re.compile(r"(?![0-9])\d")


def decimal_digits(text: str) -> str:
    """Every decimal digit of ``text`` as ASCII: full-width and Arabic-Indic digits too."""
    kept = _NOT_DIGIT.sub("", text)
    return kept if kept.isascii() else "".join(str(unicodedata.decimal(ch)) for ch in kept)


def is_phone_text(text: str) -> bool:
    """Whether ``text`` is written with a number's characters only: digits, spaces,
    ``+ - . / ( )`` (a group of a number typed with spaces is one)."""
    return bool(_PHONE_TEXT.match(text))


def tel_number(text: str) -> str | None:
    """The number of a ``tel:`` URI (RFC 3966), or None when ``text`` is not one:
    ``tel:+376-312-558;ext=12`` → ``+376-312-558``; a local number takes its
    ``phone-context`` when that is a number prefix (``tel:312558;phone-context=+376``)."""
    match = _TEL.match(text.strip())
    if match is None:
        return None
    number, *params = unquote(text.strip()[match.end() :]).split(";")
    for param in params:
        key, _, value = param.partition("=")
        local = not number.lstrip().startswith("+")
        if local and key.strip().casefold() == "phone-context" and value.startswith("+"):
            number = f"{value} {number}"
    return number.strip()


@dataclass(frozen=True, slots=True)
class StoredNumbers:
    """The digits one member's phone numbers are found by, each form between NULs
    (``"\0a\0b\0"``: ``"\0a\0"`` is a whole form, ``"\0a"`` its beginning). Strings, not
    sets: an index of 20,000 members keeps one of these for each."""

    e164: str  # "\x0033612345219\x00": what a number typed with its country code is
    forms: str  # E.164 and national forms, with and without trunk prefix
    written: str  # the fields' digits as written ("0043664123912"), for parts only

    def has(self, digits: str) -> bool:
        return digits in self.forms or digits in self.written


@dataclass(frozen=True, slots=True)
class PhoneQuery:
    """A query read as one number."""

    international: bool  # typed with "+" or "00": its digits begin with the country code
    whole: str  # the digits a number matched whole has (E.164's, or as dialled nationally)
    parts: tuple[str, ...]  # digits of which any may be part of a number

    def matches(self, numbers: StoredNumbers) -> bool:
        return any(numbers.has(part) for part in self.parts)

    def matches_whole(self, numbers: StoredNumbers) -> bool:
        return f"\x00{self.whole}\x00" in self._forms(numbers)

    def begins(self, numbers: StoredNumbers) -> bool:
        """Whether the query is the beginning of a number (still being typed)."""
        return f"\x00{self.whole}" in self._forms(numbers)

    def _forms(self, numbers: StoredNumbers) -> str:
        return numbers.e164 if self.international else numbers.forms


@lru_cache(maxsize=1024)
def read_phone(text: str) -> PhoneQuery | None:
    """``text`` as a number, when it is written like one with at least ``MIN_DIGITS``
    digits; None otherwise (a name, an email, a ccTLD, "12")."""
    if not is_phone_text(text):
        return None
    found = decimal_digits(text)
    if len(found) < MIN_DIGITS:
        return None
    if not text.isascii():  # "٠٠٤٩ …": Arabic-Indic digits read as written, "00" and all
        text = _NON_ASCII_DIGIT.sub(lambda m: str(unicodedata.decimal(m[0])), text)
    written = _CODE_IN_PARENTHESES.sub(r"+\1 ", text.strip())
    abroad = None if written.startswith("+") else _dialled_abroad(found)
    if abroad is not None:  # "011 49 151 …": dialled from North America or Australia
        return PhoneQuery(True, abroad, tuple(dict.fromkeys((abroad, found, found[1:]))))
    if written.startswith(("+", "00")):
        raw = found if written.startswith("+") else found[2:]
        if written.startswith("00"):
            written = "+" + written[2:]
        dialled = decimal_digits(_TRUNK_IN_PARENTHESES.sub("", written))
        whole = _e164_digits(written) or dialled
        return PhoneQuery(True, whole, tuple(dict.fromkeys((whole, dialled, raw))))
    trunk = _TRUNK_IN_PARENTHESES.search(written)
    if trunk is not None and trunk.start() > 0:  # "44 (0) 7400 …", its "+" left out
        found = decimal_digits(written[: trunk.start()] + written[trunk.end() :])
        return PhoneQuery(False, found, (found,))
    # A trunk prefix "0": the number after it is in every form, as written or E.164.
    parts = (found, found[1:]) if found.startswith("0") else (found,)
    return PhoneQuery(False, found, parts)


# International call prefixes other than "00" that a number copied from a ticket may begin
# with: North America's "011", Australia's "0011".
_EXIT_CODES = ("0011", "011")


def _dialled_abroad(digits: str) -> str | None:
    """The E.164 digits of a number dialled with another exit code than "00" (``011 49 151
    23456740``), when what follows it is a valid number; else None (Delhi's and
    Johannesburg's "011" numbers are not)."""
    for code in _EXIT_CODES:
        if digits.startswith(code) and len(digits) - len(code) >= 7:
            try:
                parsed = phonenumbers.parse("+" + digits[len(code) :], None)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(parsed):
                return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)[1:]
    return None


def _e164_digits(text: str) -> str | None:
    try:
        parsed = phonenumbers.parse(text, None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)[1:]


def _forms(e164: str) -> tuple[str, ...]:
    """E.164 digits, national form digits (``8 (912) 345-64-72`` → ``89123456472``) and
    national significant number of one E.164 number."""
    digits = e164[1:]
    if not digits.isdigit():
        return (decimal_digits(e164),)
    for size in (1, 2, 3):  # country codes are prefix-free
        if digits[:size] in _COUNTRY_CODES:
            break
    else:
        return (digits,)
    significant = digits[size:]
    trunk = _trunk(digits[:size], significant[:2], len(significant), e164)
    national = trunk + significant if trunk is not None else _national_digits(e164)
    return digits, national, significant


_COUNTRY_CODES = frozenset(str(code) for code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE)
_TRUNKS: dict[tuple[str, str, int], str | None] = {}


def _trunk(country: str, lead: str, length: int, e164: str) -> str | None:
    """What the national form puts before the national significant number (``0`` in
    France, ``8`` in Russia, ``80`` in Belarus, nothing in Italy), learnt from the first
    number of its country, two leading digits and length (those tell every example number
    of every region in ``phonenumbers`` apart): formatting each number would take seconds
    for a large edition. None: the national form is no prefix and number (Argentina's
    mobiles), so each such number is formatted itself."""
    key = (country, lead, length)
    if key not in _TRUNKS:
        national = _national_digits(e164)
        significant = e164[1 + len(country) :]
        fits = national.endswith(significant)
        _TRUNKS[key] = national[: len(national) - len(significant)] if fits else None
    return _TRUNKS[key]


@lru_cache(maxsize=4096)
def _national_digits(e164: str) -> str:
    try:
        parsed = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return ""
    national = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    return decimal_digits(national)


# Two numbers in one field ("+33 6 … , +33 1 …", "… / 790", "… and +32 …", "… +376 …"):
# each is read on its own.
_SEVERAL = re.compile(r"[,;&|]|\s(?:/|or|oder|ou|o)\s|\S\s+(?:\+|00)\s*[1-9]", re.IGNORECASE)


def stored_numbers(fields: Iterable[tuple[str, str | None]], region: str | None) -> StoredNumbers:
    """The numbers of a member's phone fields, each given as written and with the E.164
    form the importer derived (``region``: ISO code of the ccTLD's country). Every number of
    a field counts ("+33 6 … , +33 1 …")."""
    e164: list[str] = []
    forms: list[str] = []
    written: list[str] = []
    for text, derived in fields:
        numbers = [derived] if derived else []
        if text and _SEVERAL.search(text):
            numbers += [n.e164 for n in dial_numbers(text, region) if n.e164 != derived]
        for number in numbers:
            found = _forms(number)
            e164.append(found[0])
            forms.extend(found)
            for alias in _other_dialling(found[0]):
                e164.append(alias)
                forms.append(alias)
        written.append(decimal_digits(text))
    return StoredNumbers(_between_nuls(e164), _between_nuls(forms), _between_nuls(written))


def _other_dialling(digits: str) -> tuple[str, ...]:
    """The same mobile as another way of dialling it writes it, in international digits: an
    Argentine mobile with its "9" (dialled from abroad) and without (as caller ID and many
    signatures show it, "+54 11 2345 6021"); a Mexican one without the "1" that mobiles
    took before 2019 and with it ("+52 1 55 …", still in old address books)."""
    if digits.startswith("549") and len(digits) == 13:
        return ("54" + digits[3:],)
    if digits.startswith("52") and len(digits) == 12:
        return ("521" + digits[2:],)
    return ()


def _between_nuls(values: list[str]) -> str:
    return "\x00" + "\x00".join(values) + "\x00"
