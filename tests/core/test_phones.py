from __future__ import annotations

import pytest

from tests.conftest import expected_edition
from tldops_desktop.core import cctlds
from tldops_desktop.core.phones import to_e164


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
