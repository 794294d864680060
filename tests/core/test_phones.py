from __future__ import annotations

import pytest

from tests.conftest import expected_edition
from tldops_desktop.core import cctlds
from tldops_desktop.core.phones import dial_numbers, says_more, to_e164


@pytest.mark.parametrize(
    ("written", "region", "e164"),
    [
        ("+31 6 1234 5678", "NL", "+31612345678"),
        ("+31612345678", None, "+31612345678"),
        ("0031 6 1234 5678", "NL", "+31612345678"),
        ("0031612345678", None, "+31612345678"),
        ("06 1234 5678", "NL", "+31612345678"),
        ("+376 (312) 558", "AD", "+376312558"),
        ("+1 (473-403-1935)", "GD", "+14734031935"),
        ("+31 6 1234 5678 ext. 12", "NL", "+31612345678"),
        ("+31 6 1234 5678 / +31 6 8765 4321", "NL", "+31612345678"),
        ("n/a", "NL", None),
        ("", "NL", None),
    ],
)
def test_e164_from_what_is_written(written: str, region: str | None, e164: str | None) -> None:
    assert to_e164(written, region) == e164


@pytest.mark.parametrize(
    ("written", "region", "e164"),
    [
        ("49 151 23456789", "DE", "+4915123456789"),
        ("4915123456789", "DE", "+4915123456789"),
        ("62 812 3456 789", "ID", "+628123456789"),
        ("383 43 201 234", "XK", "+38343201234"),
        ("0151 23456789", "DE", "+4915123456789"),
        ("0491 5123456", "DE", "+494915123456"),
        ("31 6 1234 5678", "NL", "+31612345678"),
    ],
)
def test_a_country_code_written_without_its_plus_is_read_as_one(
    written: str, region: str, e164: str
) -> None:
    """Germany's plan has landlines as long as a mobile with its country code: "49 151 ..."
    without its "+" read as one gave +49 4915123456789, a number that rings nowhere."""
    assert to_e164(written, region) == e164
    assert [n.e164 for n in dial_numbers(written, region)] == [e164]


@pytest.mark.parametrize(
    "written",
    [
        "+52 1 55 1234 5678",
        "+5215512345678",
        "0052 1 (55) 1234-5678",
        "044 55 1234 5678",
        "045 (55) 1234-5678",
        "01 55 1234 5678",
    ],
)
def test_a_mexican_number_with_the_prefix_dropped_in_2019_is_the_number_now(written: str) -> None:
    """Until 2019 a Mexican mobile took a "1" after the country code, or "044"/"045" at home;
    old editions keep them, and the number was given no E.164 form."""
    assert to_e164(written, "MX") == "+525512345678"
    assert [n.e164 for n in dial_numbers(written, "MX")] == ["+525512345678"]


def test_every_sample_phone_gives_the_expected_e164() -> None:
    for member in expected_edition()["members"]:
        region = cctlds.iso_for(member["ace"])
        for contact in member["contacts"]:
            assert to_e164(contact["phone"], region) == contact["phone_e164"], contact


@pytest.mark.parametrize(
    ("written", "region", "e164"),
    [
        ("+43 664 1234567 (24/7)", "AT", "+436641234567"),  # a note is no digits of it
        ("+49 30 1234567 (24h)", "DE", "+49301234567"),
        ("+49 30 1234567 (till 22)", "DE", "+49301234567"),
        ("+420 123 456 789 / 790", "CZ", "+420123456789"),  # a second number, shortened
        ("+31 6 1234 5678 or +31 6 8765 4321", "NL", "+31612345678"),
        ("030/1234567", "DE", "+49301234567"),  # "/" between area code and number
        ("+31 (0)6 1234 5678", "NL", "+31612345678"),
    ],
)
def test_notes_and_second_numbers_are_not_digits_of_the_first(
    written: str, region: str, e164: str
) -> None:
    assert to_e164(written, region) == e164


@pytest.mark.parametrize(
    "written",
    [
        "Office +1 202 555 0199, mobile +49 151 23456789",
        "Office: +49 69 27235 0 / Mobile: +49 151 23456789",
        "Tel +49 69 27235 0 or cell 0151 23456789",
        "+49 151 23456789 (mobile), office +49 69 27235 0",
    ],
)
def test_the_number_a_word_names_the_mobile_is_the_one_read(written: str) -> None:
    """The E.164 kept is the one dialled: the mobile, not a desk line written before it."""
    assert to_e164(written, "DE") == "+4915123456789"


def _dialled(written: str, region: str | None) -> list[str]:
    return [number.e164 for number in dial_numbers(written, region)]


@pytest.mark.parametrize(
    ("written", "region", "numbers"),
    [
        # The last digits of another line, or a direct-dial alternative: not a number alone,
        # though "possible" in these countries' plans (+49 12, +43 790, +31 12345).
        ("+49 69 1234-5678 / 12", "DE", ["+496912345678"]),
        ("+43 1 234 56 78 / 790", "AT", ["+4312345678"]),
        ("+31 70 123 4567 / 12345", "NL", ["+31701234567"]),
        ("+49 69 1234-5678 / -99", "DE", ["+496912345678"]),
        ("+420 123 456 789 / 790", "CZ", ["+420123456789"]),
        ("+44 20 7946 0000 / 4567", "GB", ["+442079460000"]),
        # Valid in the plan, but far shorter than the first: a shortened alternative.
        ("+49 69 1234-5678 / 069 1234", "DE", ["+496912345678"]),
    ],
)
def test_a_short_alternative_after_a_separator_is_no_number(
    written: str, region: str, numbers: list[str]
) -> None:
    assert _dialled(written, region) == numbers


@pytest.mark.parametrize(
    ("written", "region", "numbers"),
    [
        ("+49 30 1234567 / +49 171 2345678", "DE", ["+49301234567", "+491712345678"]),
        ("+33 1 23 45 67 89 or 06 12 34 56 78", "FR", ["+33123456789", "+33612345678"]),
        ("+49 30 12345678 / 0228 123456", "DE", ["+493012345678", "+49228123456"]),
        ("00376 312 049 / 312 050", "AD", ["+376312049", "+376312050"]),
        # Written with its country code, a number is whole as written, valid in the plan or not.
        ("+420 123 456 789 / +420 123 456 790", "CZ", ["+420123456789", "+420123456790"]),
        ("+31 6 1234 5678, mobile 0031 6 8765 4321", "NL", ["+31612345678", "+31687654321"]),
    ],
)
def test_a_whole_second_number_is_kept(written: str, region: str, numbers: list[str]) -> None:
    assert _dialled(written, region) == numbers


def test_a_short_alternative_left_out_is_still_said_as_written() -> None:
    written = "+43 1 234 56 78 / 790"
    assert says_more(written, "AT", dial_numbers(written, "AT"))


@pytest.mark.parametrize("space", ["\u202f", "\u2009", "\u2007", "\u00a0", "\u3000"])
def test_other_spaces_between_groups_read_as_spaces(space: str) -> None:
    """macOS writes French numbers with narrow no-break spaces: the number is read whole,
    never its first group alone ("+491512")."""
    written = space.join(["0049", "1512", "3456910"])
    assert to_e164(written, "DE") == "+4915123456910"
    assert [n.e164 for n in dial_numbers(written, "DE")] == ["+4915123456910"]


@pytest.mark.parametrize("joiner", ["\u200d", "\u200c", "\u2060", "\u200b", "\ufeff"])
def test_invisible_joiners_in_a_number_are_dropped(joiner: str) -> None:
    assert to_e164(f"+355 67 212 {joiner}3179", "AL") == "+355672123179"


@pytest.mark.parametrize(
    ("written", "region"),
    [
        ("24/7", "DE"),
        ("via switchboard, ask for CERT; 24/7", "DE"),
        ("Mon-Fri 9-17 CET", "DE"),
        ("ext. 123", "DE"),
        ("see https://nic.de/contact 2024", "DE"),
        ("2024", "LU"),  # a valid Luxembourg line, but a year as likely: no country code
        ("0800 24 7", "AT"),  # possible in Austria's plan, yet no number of it
        ("112", "DE"),
    ],
)
def test_digits_that_are_no_number_give_none(written: str, region: str) -> None:
    assert to_e164(written, region) is None
    assert dial_numbers(written, region) == ()


@pytest.mark.parametrize(
    ("written", "region", "e164"),
    [
        ("Mon-Fri 9-17 CET: +49 30 1234567", "DE", "+49301234567"),  # hours, then the number
        ("24/7: 030 1234567", "DE", "+49301234567"),
        ("+690 3291", "TK", "+6903291"),  # Tokelau's four digits, with the country code
        ("030 123", "DE", "+4930123"),  # a short Berlin line the plan knows
        ("0800 123 456", "DE", "+49800123456"),  # unknown to the plan, but long enough
        ("+420 123 456 789", "CZ", "+420123456789"),
    ],
)
def test_real_numbers_among_other_digits_are_kept(written: str, region: str, e164: str) -> None:
    assert to_e164(written, region) == e164
    assert _dialled(written, region)[:1] == [e164]


@pytest.mark.parametrize(
    ("written", "numbers"),
    [
        ("+1 613 555 0199;ext=2", [("+16135550199", "2")]),  # RFC 3966, as a tel: URI has it
        ("+1 613 555 0199;EXT=2", [("+16135550199", "2")]),
        ("+1 613 555 0199 x 2", [("+16135550199", "2")]),
        ("+1 613 555 0199;ext=2; +1 613 555 0100", [("+16135550199", "2"), ("+16135550100", "")]),
    ],
)
def test_an_rfc_3966_extension_is_the_numbers_extension(
    written: str, numbers: list[tuple[str, str]]
) -> None:
    found = dial_numbers(written, "CA")
    assert [(n.e164, n.extension) for n in found] == numbers
    assert to_e164(written, "CA") == numbers[0][0]
    assert not says_more(written, "CA", found)


@pytest.mark.parametrize(
    ("written", "region", "numbers"),
    [
        ("+32 2 123 45 67 (ext. 12)", "BE", [("+3221234567", "12")]),
        ("+1 202 555 0100 (x123)", "US", [("+12025550100", "123")]),
        ("+1 202 555 0100 [ext 5]", "US", [("+12025550100", "5")]),
        ("+1 202 555 0100 (Extension: 77)", "US", [("+12025550100", "77")]),
        ("+32 2 501 45 67 (ext.12) / +32 2 234 56 78", "BE",
         [("+3225014567", "12"), ("+3222345678", "")]),
        ("+43 664 1234567 (24/7)", "AT", [("+436641234567", "")]),
    ],
)  # fmt: skip
def test_an_extension_in_brackets_is_the_numbers_extension(
    written: str, region: str, numbers: list[tuple[str, str]]
) -> None:
    """Written in brackets, the extension was lost from the numbers to dial (the tel: link,
    the card's TEL); written without them ("ext. 12") it was kept."""
    found = dial_numbers(written, region)
    assert [(n.e164, n.extension) for n in found] == numbers
    assert to_e164(written, region) == numbers[0][0]


@pytest.mark.parametrize(
    ("written", "region", "numbers"),
    [
        ("+32 2 123 45 67 and +32 475 12 34 56", "BE", ["+3221234567", "+32475123456"]),
        ("+32 2 123 45 67 & +32 475 12 34 56", "BE", ["+3221234567", "+32475123456"]),
        ("+32 2 123 45 67 - +32 475 12 34 56", "BE", ["+3221234567", "+32475123456"]),
        ("+32 2 123 45 67 | 0032 475 12 34 56", "BE", ["+3221234567", "+32475123456"]),
        ("+32 2 123 45 67 (office) and +32 475 12 34 56", "BE", ["+3221234567", "+32475123456"]),
        # A mail's table cell with a number on each line, its lines joined by a space.
        ("00376312857 +376 312 999", "AD", ["+376312857", "+376312999"]),
        (
            "+376 312 857 +376 312 999 +376 312 000",
            "AD",
            ["+376312857", "+376312999", "+376312000"],
        ),
        # "00" beginning a group of one number is no second number's country code.
        ("+49 30 1200 0045", "DE", ["+493012000045"]),
    ],
)
def test_a_second_number_with_its_own_country_code_is_split_off(
    written: str, region: str, numbers: list[str]
) -> None:
    assert _dialled(written, region) == numbers
    # The field's E.164 is its first number, but where no phone dials that one
    # ("+32 2 123 45 67" is in no range of Belgium's plan): the valid number after it.
    first_valid = "+32475123456" if written.startswith("+32 2 123 45 67") else numbers[0]
    assert to_e164(written, region) == first_valid


@pytest.mark.parametrize(
    ("written", "region"),
    [
        ("+971 50 123", "AE"),  # a mobile cut by a wrap: its last four digits on the next line
        ("+420 123 456", "CZ"),
        ("+44 20 7946", "GB"),  # only a local number within London: nothing to dial from abroad
        ("555 0199", "US"),
    ],
)
def test_a_number_too_short_for_any_mobile_or_landline_of_its_plan_has_no_e164(
    written: str, region: str
) -> None:
    """A cut number got an E.164 form ("+97150123") and was offered to dial and exported."""
    assert to_e164(written, region) is None
    assert dial_numbers(written, region) == ()


@pytest.mark.parametrize(
    ("written", "region", "e164"),
    [
        ("+971 50 123 4567", "AE", "+971501234567"),
        ("+352 2024", "LU", "+3522024"),  # Luxembourg's plan has numbers this short
        ("+800 1234 5678", None, "+80012345678"),  # freephone: no mobiles, no landlines
    ],
)
def test_whole_numbers_of_short_plans_keep_their_e164(
    written: str, region: str | None, e164: str
) -> None:
    assert to_e164(written, region) == e164


@pytest.mark.parametrize(
    ("written", "region", "e164"),
    [
        ("011 44 20 7946 0000", "DE", "+442079460000"),  # North America's exit code
        ("011 44 20 7946 0000", "JP", "+442079460000"),
        ("011 44 20 7946 0000", None, "+442079460000"),
        ("0011 49 151 23456789", "DE", "+4915123456789"),  # Australia's
        ("0011 49 151 23456789", "AU", "+4915123456789"),
        ("0011 49 151 23456789", None, "+4915123456789"),
        ("0011 1 202 555 0100", "DE", "+12025550100"),  # was +49 5550100
        ("001 202 555 0100", "DE", "+12025550100"),  # "00", then North America's "1"
        ("011 44 20 7946 0000", "US", "+442079460000"),  # the plan's own exit code
        # Area codes that begin so, read at home as written.
        ("011 2345 6789", "IN", "+911123456789"),
        ("011 234 5678", "ZA", "+27112345678"),
    ],
)
def test_a_number_dialled_with_another_exit_code_than_00_is_read_with_its_country_code(
    written: str, region: str | None, e164: str
) -> None:
    """Read as a number of the ccTLD's country, "011 44 20 7946 0000" gave +49 11442079460000,
    a number that rings nowhere (or elsewhere)."""
    assert to_e164(written, region) == e164
    assert _dialled(written, region) == [e164]


@pytest.mark.parametrize(
    ("written", "region"),
    [
        ("0000000000", "US"),
        ("+1 000 000 0000", "US"),
        ("+1 (555) 555-5555", "US"),
        ("+376 000 000", "AD"),
        ("+33 0 00 00 00 00", "FR"),
        ("+33 6 00 00 00 00", "FR"),
        ("999 999 999", "FR"),
        ("+49 999999999", "DE"),
        ("+49 11442079460000", "DE"),  # more digits than E.164 has room for
    ],
)
def test_placeholder_digits_are_no_number(written: str, region: str) -> None:
    """A form's filler ("0000000000", "999 999 999") got an E.164 form to dial and export."""
    assert to_e164(written, region) is None
    assert dial_numbers(written, region) == ()


@pytest.mark.parametrize(
    ("written", "region", "numbers"),
    [
        ("+٩٧١ ٥٠ ١٢٣ ٤٥٦٧ / +٩٧١ ٤ ١٢٣ ٤٥٦٧", "AE", ["+971501234567", "+97141234567"]),
        ("٠٠٩٧١ ٥٠ ١٢٣ ٤٥٦٧ / ٠٠٩٧١ ٤ ١٢٣ ٤٥٦٧", "AE", ["+971501234567", "+97141234567"]),
        ("+۹۸ ۹۱۲ ۳۴۵ ۶۷۸۹ ، +۹۸ ۲۱ ۱۲۳۴ ۵۶۷۸", "IR", ["+989123456789", "+982112345678"]),
        ("＋８１ ９０ １２３４ ５６７８", "JP", ["+819012345678"]),
        ("+86 138 0013 8000／+86 10 1234 5678", "CN", ["+8613800138000", "+861012345678"]),
        ("+86 138 0013 8000；+86 10 1234 5678", "CN", ["+8613800138000", "+861012345678"]),
        ("+86 138 0013 8000，+86 10 1234 5678", "CN", ["+8613800138000", "+861012345678"]),
        ("+86 138 0013 8000、+86 10 1234 5678", "CN", ["+8613800138000", "+861012345678"]),
    ],
)
def test_numbers_in_other_digits_and_separators_are_each_read(
    written: str, region: str, numbers: list[str]
) -> None:
    """Arabic-Indic, Persian and full-width digits, and the separators of Chinese and Arabic
    text: the second number was lost, its "+٩٧١" not taken for a country code."""
    assert _dialled(written, region) == numbers
    assert to_e164(written, region) == numbers[0]


@pytest.mark.parametrize(
    ("written", "region", "e164"),
    [
        ("+33 1 23 45 67 89 / +33 6 12 34 56 78", "FR", "+33612345678"),
        ("+33 1 23 45 67 89 or 06 12 34 56 78", "FR", "+33612345678"),
        ("+49 30 1234567, +49 171 2345678", "DE", "+491712345678"),
        ("+49 30 1234567 +49 171 2345678", "DE", "+491712345678"),
        # The mobile first, two landlines, or a plan that cannot tell: the first number.
        ("+31 6 1234 5678 / +31 20 123 4567", "NL", "+31612345678"),
        ("+33 1 23 45 67 89 / +33 1 98 76 54 32", "FR", "+33123456789"),
        ("+1 202 555 0100 / +1 202 555 0199", "US", "+12025550100"),
        # A landline alone where the mobile is asked for is the number to dial all the same.
        ("+33 1 23 45 67 89", "FR", "+33123456789"),
    ],
)
def test_of_a_landline_and_a_mobile_the_mobile_is_the_number_kept(
    written: str, region: str, e164: str
) -> None:
    """The field asks for the mobile: a desk line written before it was the number kept,
    offered to call and to text."""
    assert to_e164(written, region) == e164


@pytest.mark.parametrize(
    ("written", "region"),
    [
        ("+1 202 555 O1OO", "US"),  # letter O for zero: a vanity word would read it as 6
        ("+44 2O 7946 0000", "GB"),
        ("+1 800 FLOWERS", "US"),
        ("+XX XXX", "FR"),
        ("+31 6 xxxx xxxx", "NL"),
    ],
)
def test_a_number_written_with_letters_is_noted_not_guessed(written: str, region: str) -> None:
    assert to_e164(written, region) is None
    assert dial_numbers(written, region) == ()
