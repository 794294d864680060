"""Phone numbers: kept as written, plus E.164 where it can be derived."""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers

_INTL_00 = re.compile(r"^\s*00\s*(?=[1-9])")
_SEPARATOR = re.compile(r"\s+(?:/|or|oder|ou|o)\s+|\s*[,;]\s*", re.IGNORECASE)
_NUMBER_ALONE = re.compile(r"\s*\+?[\d\s().\-]+")
_EXT = re.compile(r"\b(?:ext|extension|x)\.?\s*\d+\s*$", re.IGNORECASE)


@lru_cache(maxsize=65536)  # most numbers recur unchanged in every monthly edition
def to_e164(written: str, default_region: str | None) -> str | None:
    """The E.164 form of the (first) number in ``written``, or None.

    ``default_region`` is the ISO code of the ccTLD's country, for numbers written without
    a country code. ``00`` is read as the international prefix. Extensions are dropped; in
    a field with two numbers, the first one counts.
    """
    text = _INTL_00.sub("+", written.strip())
    if not text:
        return None
    region = default_region.upper() if default_region else None
    parsed = _parse_whole(text, region)
    if parsed is None:  # "+420 123 456 789 / 790": the number before the first separator
        head = _SEPARATOR.split(text, maxsplit=1)[0]
        parsed = _parse_whole(head, region) if head != text else None
    if parsed is None:
        parsed = _first_in_text(text, region)
    if parsed is None:
        return None
    return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164))


def _parse_whole(text: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(parsed):
        return None
    # A field with two numbers, or a number and a note ("(24/7)", "till 22h", "/ 790"),
    # parses as one long number: only a field that is a number alone is taken whole, and
    # the matcher finds the first number in any other.
    rest = _EXT.sub("", text)
    if not _NUMBER_ALONE.fullmatch(rest) or len(re.findall(r"\d", rest)) > 17:
        return None
    return parsed


def _first_in_text(text: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    for match in phonenumbers.PhoneNumberMatcher(
        text, region or "ZZ", phonenumbers.Leniency.POSSIBLE
    ):
        return match.number
    return None
