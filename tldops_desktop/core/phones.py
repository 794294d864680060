"""Phone numbers: kept as written, plus E.164 where it can be derived."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers

_INTL_00 = re.compile(r"^\s*00\s*(?=[1-9])")
# Between two numbers; not the ";" of an RFC 3966 extension ("+1 613 555 0199;ext=2").
_SEPARATOR = re.compile(r"\s+(?:/|or|oder|ou|o)\s+|\s*(?:,|;(?!\s*ext\s*=))\s*", re.IGNORECASE)
_NUMBER_ALONE = re.compile(r"\s*\+?[\d\s().\-]+")
_DIGIT = re.compile(r"\d")
_PLUS = re.compile(r"\+\s*[1-9]")  # a country code written: "+49 ...", "mobile +49 ..."
_EXT = re.compile(r"(?:;\s*)?\b(?:ext|extension|x)\s*[.=]?\s*\d+\s*$", re.IGNORECASE)
_OWN_COUNTRY_CODE = re.compile(r"\s*(?:\+|00)")

# How many digits (of the national significant number) make a number believable. Digits in a
# phone field are not always a number: "24/7", "Mon-Fri 9-17", "ext. 123", a year. Read with
# the ccTLD's country as default they are "possible" in many plans (+49 247), and a few are
# even valid there ("2024" is a Luxembourg line), so a number needs a country code written or
# this many digits when the plan knows it; more when it does not (a new range, a lagging plan).
_MIN_DIGITS_KNOWN = 5
_MIN_DIGITS_UNKNOWN = 7


# Spaces other than U+0020 between a number's groups (France's narrow no-break space, as
# macOS writes numbers; thin and figure spaces), and invisible joiners a paste carries: to
# phonenumbers they end the number, which would then be read from its first group alone.
_OTHER_SPACES = str.maketrans(
    {**dict.fromkeys(map(chr, (0x00A0, 0x2007, 0x2008, 0x2009, 0x200A, 0x202F, 0x205F, 0x3000)),
                     " "),
     **dict.fromkeys(map(chr, (0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF)), None)}
)  # fmt: skip


# The separators of Chinese and Arabic text between two numbers ("…8000／+86 10 …",
# "…4567 ، +971 …"), as the ones ``_SEPARATOR`` splits at.
_OTHER_SEPARATORS = str.maketrans(
    {"／": " / ", "；": ";", "，": ",", "、": ",", "،": ",", "؛": ";"}
)
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")  # Arabic-Indic, Persian, full-width, ...


def plain_spaces(written: str) -> str:
    """``written`` with its spaces as U+0020, without invisible joiners, its digits as ASCII
    ones ("+٩٧١ ٥٠ …": its "+" then reads as a country code's) and Chinese and Arabic
    separators as the ASCII ones."""
    if written.isascii():
        return written
    text = written.translate(_OTHER_SPACES).translate(_OTHER_SEPARATORS)
    return _OTHER_DIGIT.sub(lambda digit: str(unicodedata.decimal(digit.group())), text)


@lru_cache(maxsize=65536)  # most numbers recur unchanged in every monthly edition
def to_e164(written: str, default_region: str | None) -> str | None:
    """The E.164 form of the (first) number in ``written``, or None.

    ``default_region`` is the ISO code of the ccTLD's country, for numbers written without
    a country code. ``00`` is read as the international prefix. Extensions are dropped; in
    a field with two numbers, the first one counts, unless a word names another the mobile
    or the first is a landline and another a mobile (the field asks for the mobile).
    """
    region = default_region.upper() if default_region else None
    text = _INTL_00.sub("+", _abroad_read(plain_spaces(written).strip(), region))
    if not text:
        return None
    named = _MOBILE_WORD.search(text) is not None
    if named:
        text = _mobile_first(text)
    parsed = _parse_whole(text, region)
    if parsed is not None:  # the field is this number alone (nearly every field)
        return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164))
    # "+420 123 456 789 / 790": the number before the first separator
    head = _SEPARATOR.split(text, maxsplit=1)[0]
    parsed = _parse_whole(head, region) if head != text else None
    if parsed is None:
        parsed = _first_in_text(text, region)
    if parsed is None:
        return None
    e164 = str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164))
    if not phonenumbers.is_valid_number(parsed):
        e164 = _valid_rather(e164, written, default_region)
    return e164 if named else _mobile_rather(e164, written, default_region)


def _valid_rather(e164: str, written: str, default_region: str | None) -> str:
    """``e164``, a number no phone dials ("+32 2 00 / +32 470 12 34 56"), or the first valid
    one of its field."""
    numbers = dial_numbers(written, default_region)
    return next((n.e164 for n in numbers if _valid(n.e164, None)), e164)


def passed_over_number(written: str, default_region: str | None) -> str | None:
    """The first number of a field of several, as written, when no phone dials it and the
    field's E.164 is a later one's ("+32 2 00 / +32 470 12 34 56"): to be noted. None else."""
    if not _SEPARATOR.search(written) and not _BEFORE_COUNTRY_CODE.search(written):
        return None  # (nearly every field: one number)
    e164 = to_e164(written, default_region)
    region = default_region.upper() if default_region else None
    pieces = _pieces(written, region)
    if e164 is None or len(pieces) < 2 or len(_DIGIT.findall(pieces[0])) < _MIN_DIGITS_NOTED:
        return None
    first = _number_in(pieces[0], region)
    if first is not None and phonenumbers.is_valid_number(first):
        return None
    head = _SEPARATOR.split(written, maxsplit=1)[0].strip()
    return head if head != written.strip() else pieces[0]


_MIN_DIGITS_NOTED = 3  # fewer in a field's first part are a word's ("Office 1:"), no number


def _mobile_rather(e164: str, written: str, default_region: str | None) -> str:
    """``e164``, the first number of a field of several, or the first mobile after it when
    it is a landline by its plan ("+33 1 23 45 67 89 / +33 6 12 34 56 78"): the number the
    field asks for. (A plan that cannot tell the two apart, as North America's, keeps it.)"""
    numbers = dial_numbers(written, default_region)
    if len(numbers) < 2 or numbers[0].e164 != e164 or _kind(e164) != _FIXED_LINE:
        return e164
    return next((n.e164 for n in numbers[1:] if _kind(n.e164) == _MOBILE), e164)


_FIXED_LINE = phonenumbers.PhoneNumberType.FIXED_LINE
_MOBILE = phonenumbers.PhoneNumberType.MOBILE


def _kind(e164: str) -> int:
    return int(phonenumbers.number_type(phonenumbers.parse(e164, None)))


# A word that says which of a field's numbers is the mobile: "Office +1 ..., mobile +49 ...".
_MOBILE_WORD = re.compile(r"\b(?:mobile|mob|cell|gsm|handy|m[oó]vil|celular|portable)\b", re.I)


# International call prefixes other than "00" a number copied from a signature may begin
# with: North America's "011", Australia's "0011".
_EXIT_CODE = re.compile(r"^(?:0011|011)[\s.\-]*(?=[1-9])")


def _abroad_read(text: str, region: str | None) -> str:
    """``text``, or with "+" for its exit code when it begins with one other than "00" that
    makes a valid number: "0011" always (read as "00", its "1 1…" is no North American
    number), "011" where the text reads as no number of ``region`` ("011 44 20 7946 0000" is
    +49 11442079460000 read in Germany; Delhi's and Johannesburg's area code stays one)."""
    exit_code = _EXIT_CODE.match(text) if text[:2] in ("01", "00") else None
    if exit_code is None:
        return text
    abroad = "+" + text[exit_code.end() :]
    if not _valid(_SEPARATOR.split(abroad, maxsplit=1)[0], None):
        return text
    return abroad if text.startswith("00") or not _valid(text, region) else text


def _valid(text: str, region: str | None) -> bool:
    try:
        return bool(phonenumbers.is_valid_number(phonenumbers.parse(text, region)))
    except phonenumbers.NumberParseException:
        return False


def _mobile_first(text: str) -> str:
    """``text``, or its part that a word names the mobile when an earlier one is not that
    ("Office +1 202 555 0199, mobile +49 151 23456789"): the number dialled is the mobile."""
    pieces = _SEPARATOR.split(text)
    if len(pieces) < 2 or _MOBILE_WORD.search(pieces[0]):
        return text
    mobile = next((piece for piece in pieces if _MOBILE_WORD.search(piece)), text)
    return _INTL_00.sub("+", mobile.strip())


def _parse_whole(text: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    parsed = _as_dialled_now(_with_country_code_read(parsed, text, region))
    if not phonenumbers.is_possible_number(parsed) or not _believable(parsed, text):
        return None
    # A field with two numbers, or a number and a note ("(24/7)", "till 22h", "/ 790"),
    # parses as one long number: only a field that is a number alone is taken whole, and
    # the matcher finds the first number in any other.
    rest = _EXT.sub("", text)
    if not _NUMBER_ALONE.fullmatch(rest) or len(_DIGIT.findall(rest)) > 17:
        return None
    return parsed


def _first_in_text(text: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    for match in phonenumbers.PhoneNumberMatcher(
        text, region or "ZZ", phonenumbers.Leniency.POSSIBLE
    ):
        number = _as_dialled_now(_with_country_code_read(match.number, match.raw_string, region))
        if _believable(number, match.raw_string):
            return number
    return None


def _as_dialled_now(number: phonenumbers.PhoneNumber) -> phonenumbers.PhoneNumber:
    """``number``, or the number it is now where it was written with a prefix its plan has
    since dropped: Mexico's mobiles took a "1" after the country code ("+52 1 55 1234 5678")
    and "044"/"045" (a landline "01") before the area code at home until 2019; old editions
    keep them."""
    if number.country_code != _MEXICO:
        return number
    national = str(number.national_number)
    if len(national) == 11 and national.startswith("1"):
        rest = national[1:]
    elif len(national) == 12 and national.startswith(("44", "45")) and number.italian_leading_zero:
        rest = national[2:]
    else:
        return number
    return phonenumbers.PhoneNumber(
        country_code=_MEXICO, national_number=int(rest), extension=number.extension
    )


_MEXICO = 52

_MOBILE_TYPES = (
    phonenumbers.PhoneNumberType.MOBILE,
    phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
)


def _with_country_code_read(
    number: phonenumbers.PhoneNumber, written: str, region: str | None
) -> phonenumbers.PhoneNumber:
    """``number``, or the mobile it is when ``written`` begins with its country code but no
    "+" ("49 151 23456789"). Where the plan has national numbers that long (Germany,
    Indonesia, Kosovo), the digits read as one of them, a landline (+49 4915123456789); a
    national number is written with its trunk prefix ("0151 ..."), so without it the country
    code it begins with is taken as one when that makes a mobile."""
    if _OWN_COUNTRY_CODE.match(written) or region is None:
        return number
    country_code = str(number.country_code)
    significant = phonenumbers.national_significant_number(number)
    rest = significant[len(country_code) :]
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    trunk = metadata.national_prefix if metadata else None
    first_digit = re.search(r"\d", written)
    if (
        not significant.startswith(country_code)
        or not rest
        or rest.startswith("0")
        or not trunk
        or (first_digit is not None and written[first_digit.start() :].startswith(trunk))
        or phonenumbers.number_type(number) in _MOBILE_TYPES
    ):
        return number
    meant = phonenumbers.PhoneNumber(
        country_code=number.country_code, national_number=int(rest), extension=number.extension
    )
    return meant if phonenumbers.number_type(meant) in _MOBILE_TYPES else number


def _believable(number: phonenumbers.PhoneNumber, written: str) -> bool:
    """Whether ``number``, read from ``written``, is a phone number rather than other digits
    ("24/7", an hour, a year): valid in its plan, or long enough to be a number of it."""
    significant = phonenumbers.national_significant_number(number)
    digits = len(significant)
    if _filler(significant) or digits + len(str(number.country_code)) > _E164_MOST:
        return False
    own_country_code = bool(_OWN_COUNTRY_CODE.match(written))
    if digits >= (_MIN_DIGITS_KNOWN if own_country_code else _MIN_DIGITS_UNKNOWN):
        # Long enough, valid or not (a new range, a lagging plan; this spares the plan's slow
        # validation), unless too short for any mobile or landline of its plan: a number cut
        # by a wrap or a split ("+971 50 123") would otherwise be stored as one to dial.
        return not _too_short_to_dial(number)
    return (own_country_code or digits >= _MIN_DIGITS_KNOWN) and bool(
        phonenumbers.is_valid_number(number)
    )


_E164_MOST = 15  # digits, with the country code's: more is no number that can be dialled
_FILLER_LENGTH = 6  # fewer digits alike may be a short plan's line (Tokelau's "+690 3333")


def _filler(significant: str) -> bool:
    """Whether a number's digits are a form's filler: one digit throughout ("0000000000",
    "999 999 999", +1 555 555 5555), or one then only zeros (+33 6 00 00 00 00)."""
    if len(significant) < _FILLER_LENGTH:
        return False
    return not significant[1:].strip("0") or not significant.strip(significant[0])


_DIALLED_TYPES = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE)


_SHORT = (
    phonenumbers.ValidationResult.TOO_SHORT,
    # Dialled only from within its area ("+44 20 7946"): no number for E.164, nor abroad.
    phonenumbers.ValidationResult.IS_POSSIBLE_LOCAL_ONLY,
)


def _too_short_to_dial(number: phonenumbers.PhoneNumber) -> bool:
    """Whether ``number`` has fewer digits than every mobile and landline of its plan (a plan
    without such numbers, as the international freephone one, says nothing: not too short)."""
    return all(
        phonenumbers.is_possible_number_for_type_with_reason(number, kind) in _SHORT
        for kind in _DIALLED_TYPES
    )


@dataclass(frozen=True, slots=True)
class DialNumber:
    """One number of a phone field, as a phone dials it."""

    e164: str  # "+376312558"
    extension: str  # "12", or "" when it has none
    international: str  # "+376 312 558 ext. 12": for reading it out or off a page


@lru_cache(maxsize=16384)
def dial_numbers(written: str, default_region: str | None) -> tuple[DialNumber, ...]:
    """Every number in a phone field, each with its extension: "+376 312 558 ext. 12",
    "+420 123 456 789 / +420 123 456 790", "+43 664 1234567 (24/7)". Empty when none can be
    read; a number after a separator that is not whole on its own ("/ 790") is left out."""
    region = default_region.upper() if default_region else None
    numbers: list[DialNumber] = []
    first: phonenumbers.PhoneNumber | None = None
    for text in _pieces(written, region):
        parsed = _number_in(text, region)
        if parsed is None:
            continue
        if first is None:
            first = parsed
        elif not _whole_on_its_own(parsed, first, own_country_code=bool(_PLUS.search(text))):
            continue
        number = DialNumber(
            str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)),
            str(parsed.extension or ""),
            str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)),
        )
        if number not in numbers:
            numbers.append(number)
    return tuple(numbers)


# Where a second number begins with its own country code, joined to the first by a word, a
# sign or only a space ("+32 2 123 45 67 and +32 475 12 34 56"; a mail's table cell with a
# number on each line reads "00376312857 +376 312 999").
_BEFORE_COUNTRY_CODE = re.compile(
    r"(?:\s*[&|]\s*|\s+(?:and|und|et|y|e|и|-|–)\s+|\s+)(?=(?:\+|00)\s*[1-9])", re.IGNORECASE
)


# An extension in brackets after its number: "(ext. 12)", "(x123)", "[ext 5]". Read as the
# same extension written without them, which phonenumbers takes as the number's.
_BRACKETED_EXT = re.compile(
    r"\s*[(\[]\s*((?:ext|extension|x)\s*[.:=]?\s*\d+)\s*[)\]]", re.IGNORECASE
)


def _pieces(written: str, region: str | None) -> list[str]:
    """The parts of a phone field that each hold one number, "00" read as "+"."""
    pieces: list[str] = []
    for written_piece in _SEPARATOR.split(plain_spaces(written)):
        piece = written_piece.strip()
        if "(" in piece or "[" in piece:
            piece = _BRACKETED_EXT.sub(r" \1", piece)
        piece = _INTL_00.sub("+", _abroad_read(piece, region))
        pieces.extend(_split_at_country_codes(piece, region))
    return [piece for piece in pieces if piece]


def _split_at_country_codes(text: str, region: str | None) -> list[str]:
    """``text`` split before each later number written with its own country code, where
    the text before holds a number and the one after begins with one ("00" in the middle of
    a number's groups, "+49 30 1200 0045", is no country code then)."""
    for match in _BEFORE_COUNTRY_CODE.finditer(text):
        head, rest = text[: match.start()], _INTL_00.sub("+", text[match.end() :])
        if _number_in(head, region) is None:
            continue
        tail = _split_at_country_codes(rest, region)
        if _number_in(tail[0], region) is not None:
            return [head, *tail]
    return [text]


def _number_in(text: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    """The number ``text`` is, or the first one it holds."""
    return _parse_whole(text, region) or _first_in_text(text, region)


@lru_cache(maxsize=16384)
def is_mobile(number: DialNumber) -> bool:
    """Whether ``number`` is a mobile by its plan: one that takes SMS and messengers. Where the
    plan cannot tell mobiles from landlines (the US and Canada), one with an extension is a
    desk line. Asked of the numbers exported only: the plan's test takes a millisecond."""
    kind = phonenumbers.number_type(phonenumbers.parse(number.e164, None))
    if kind == phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE:
        return not number.extension
    return bool(kind == phonenumbers.PhoneNumberType.MOBILE)


# A number after the first, written without its country code, with this many digits fewer
# than the first is a shortened alternative ("/ 790": the last digits of a direct line).
_SHORTER_BY = 2


def _whole_on_its_own(
    number: phonenumbers.PhoneNumber, first: phonenumbers.PhoneNumber, *, own_country_code: bool
) -> bool:
    """Whether a later number of a phone field is a number a phone can dial as it is.

    One written with its country code is whole as written (the numbering plan's metadata may
    lag a new range). "/ 12", "/ 790", "/ 12345" after a full number are the last digits of
    another line or a direct-dial extension: read with the country as default they are
    "possible" in many numbering plans (+49 12, +43 790), so one written without a country
    code must be valid in the plan and about as long as the first number.
    """
    if own_country_code:
        return True
    if not phonenumbers.is_valid_number(number):
        return False
    length = len(phonenumbers.national_significant_number(number))
    return length >= len(phonenumbers.national_significant_number(first)) - _SHORTER_BY


def says_more(written: str, default_region: str | None, numbers: tuple[DialNumber, ...]) -> bool:
    """Whether a phone field as written says more than its ``numbers`` (with extensions) do:
    a note such as "(24/7)" or "after 18h", or a number they lack ("... 789 / 790"). Then it
    is worth showing as written too."""
    ours = {n.e164 for n in numbers}
    leftover = written
    region = default_region.upper() if default_region else "ZZ"
    for match in phonenumbers.PhoneNumberMatcher(written, region, phonenumbers.Leniency.POSSIBLE):
        e164 = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
        if e164 in ours:
            leftover = leftover.replace(match.raw_string, " ")
    return bool(_JOINERS.sub("", leftover))


_JOINERS = re.compile(r"\b(?:or|oder|ou|o)\b|[\s/,;]", re.IGNORECASE)  # between two numbers
