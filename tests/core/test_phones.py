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
