"""Phone numbers in search: a query read as one number, and the forms a stored number is
found by (``phone_query``)."""

from __future__ import annotations

import phonenumbers
import pytest

from tldops_desktop.core import cctlds
from tldops_desktop.core.phone_query import (
    decimal_digits,
    read_phone,
    stored_numbers,
    tel_number,
)


@pytest.mark.parametrize(
    ("uri", "number"),
    [
        ("tel:+376-312-558", "+376-312-558"),
        ("TEL:+4915123456740", "+4915123456740"),
        ("tel:+1-613-555-0199;ext=2", "+1-613-555-0199"),
        ("tel:312-558;phone-context=+376", "+376 312-558"),
        ("tel:7042;phone-context=example.com", "7042"),  # a domain context adds no digits
        ("tel:+33%206%2012%2034%2052%2019", "+33 6 12 34 52 19"),
        ("tel://+4915123456740", "+4915123456740"),
        ("+4915123456740", None),
        ("hotel:123", None),
    ],
)
def test_tel_uri_gives_its_number(uri: str, number: str | None) -> None:
    assert tel_number(uri) == number


@pytest.mark.parametrize(
    "text", ["russia", "ops1@nic.de", "de", "12", "+4", "1+2", "06 12 ab", "2026-11-01x"]
)
def test_what_is_not_a_number(text: str) -> None:
    assert read_phone(text) is None


@pytest.mark.parametrize(
    ("text", "international", "whole"),
    [
        ("06 12 34 52 19", False, "0612345219"),
        ("8 (912) 345-64-72", False, "89123456472"),
        ("+43 664 123912", True, "43664123912"),
        ("0043 664 123912", True, "43664123912"),
        ("+44 (0) 7400 123545", True, "447400123545"),  # the trunk prefix is not dialled
        ("+49(0)15123456740", True, "4915123456740"),
        ("49 (0)151 23456740", False, "4915123456740"),  # "+" left out: "(0)" still not
        ("(0)151 23456740", False, "015123456740"),  # a national number's trunk prefix
        ("(+44) 7400 123545", True, "447400123545"),  # the country code in parentheses
        ("(+49)(0)151 23456740", True, "4915123456740"),
        ("( 0033 ) 6 12 34 52 19", True, "33612345219"),
        ("+7 912 345", True, "7912345"),  # not a whole number yet
        ("０６ １２ ３４ ５２ １９", False, "0612345219"),  # full-width digits
        ("٠٦١٢٣٤٥٢١٩", False, "0612345219"),  # Arabic-Indic digits
    ],
)
def test_a_query_read_as_one_number(text: str, international: bool, whole: str) -> None:
    number = read_phone(text)
    assert number is not None
    assert (number.international, number.whole) == (international, whole)


@pytest.mark.parametrize(
    ("e164", "national"),
    [
        ("+33612345219", "0612345219"),  # France: trunk prefix 0
        ("+79123456472", "89123456472"),  # Russia: 8
        ("+77011234567", "87011234567"),  # Kazakhstan: 8
        ("+375294911315", "80294911315"),  # Belarus: 8 0
        ("+61412345358", "0412345358"),  # Australia
        ("+390612345678", "0612345678"),  # Italy: no trunk prefix, the 0 is the number's
        ("+16135550199", "6135550199"),  # Canada
        ("+5491123456452", "01115" + "23456452"),  # Argentina's mobile form
    ],
)
def test_a_stored_number_is_found_as_dialled_in_its_country(e164: str, national: str) -> None:
    region = phonenumbers.region_code_for_number(phonenumbers.parse(e164))
    numbers = stored_numbers([(e164, e164)], region)
    for typed in (national, e164, e164[1:], "00" + e164[1:]):
        query = read_phone(typed)
        assert query is not None and query.matches_whole(numbers), typed
    significant = read_phone(phonenumbers.national_significant_number(phonenumbers.parse(e164)))
    assert significant is not None and significant.matches_whole(numbers)


def test_the_national_form_is_the_one_phonenumbers_writes() -> None:
    """Every kind of number of every country in the ccTLD table: the form learnt from
    one number of a country and its leading digits is the one ``phonenumbers`` writes."""
    kinds = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE)
    regions = {r.iso for r in cctlds.all_cctlds() if r.iso}
    for region in sorted(regions):
        for kind in kinds:
            example = phonenumbers.example_number_for_type(region, kind)
            if example is None:
                continue
            e164 = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)
            national = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.NATIONAL)
            numbers = stored_numbers([(e164, e164)], region)
            assert f"\x00{decimal_digits(national)}\x00" in numbers.forms


def test_every_number_of_a_field_is_whole() -> None:
    numbers = stored_numbers([("+33 6 12 34 56 79, +33 1 23 45 67 89", "+33612345679")], "FR")
    for typed in ("06 12 34 56 79", "01 23 45 67 89", "+33 1 23 45 67 89"):
        query = read_phone(typed)
        assert query is not None and query.matches_whole(numbers), typed


@pytest.mark.parametrize(
    "field",
    ["+32 2 123 45 67 and +32 475 12 34 56", "0032 2 123 45 67 +32 475 12 34 56"],
)
def test_a_second_number_joined_by_a_word_or_a_space_is_whole(field: str) -> None:
    numbers = stored_numbers([(field, "+3221234567")], "BE")
    query = read_phone("0475 12 34 56")
    assert query is not None and query.matches_whole(numbers)


@pytest.mark.parametrize(
    ("written", "e164", "region", "typed"),
    [
        # An Argentine mobile: "9" dialled from abroad, left out by caller ID and signatures
        ("+54 9 11 2345-6021", "+5491123456021", "AR", "+54 11 2345 6021"),
        ("+54 9 11 2345-6021", "+5491123456021", "AR", "011 15 2345-6021"),
        ("+54 11 2345 6021", "+541123456021", "AR", "+54 11 2345 6021"),
        # A Mexican one: the "1" mobiles took before 2019, still in old address books
        ("+52 55 1234 5678", "+525512345678", "MX", "+52 1 55 1234 5678"),
    ],
)
def test_a_mobile_dialled_another_way_in_its_country_is_the_same_number(
    written: str, e164: str, region: str, typed: str
) -> None:
    query = read_phone(typed)
    assert query is not None and query.matches_whole(stored_numbers([(written, e164)], region))
    # (Another number of those countries stays another.)
    other = read_phone(typed.replace("6021", "6022").replace("5678", "5679"))
    assert other is not None and not other.matches(stored_numbers([(written, e164)], region))


def test_parts_and_beginnings_of_a_number() -> None:
    numbers = stored_numbers([("+7 (912) 345-64-72", "+79123456472")], "RU")
    begun = read_phone("+7 912 345")
    assert begun is not None and begun.matches(numbers) and begun.begins(numbers)
    assert not begun.matches_whole(numbers)
    inner = read_phone("345 64")
    assert inner is not None and inner.matches(numbers) and not inner.begins(numbers)
    other = read_phone("+7 913")
    assert other is not None and not other.matches(numbers)


def test_a_number_dialled_from_north_america_or_australia_is_read_with_its_country_code() -> None:
    for typed in ("011 49 151 23456740", "0011 49 151 23456740", "01149 15123456740"):
        query = read_phone(typed)
        assert query is not None and query.international and query.whole == "4915123456740"
    # Delhi's and Johannesburg's numbers begin with their area code 011: read as written.
    for typed in ("011 2345 6789", "011 234 5678"):
        query = read_phone(typed)
        assert query is not None and not query.international
