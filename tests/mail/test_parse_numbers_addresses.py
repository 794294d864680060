"""A contact's number and address as security contacts write them, read from a whole edition:
each ends as the number or address to use, or as a note in the report; never a wrong one."""

from __future__ import annotations

import pytest

from tests.mail.test_parse_contacts import _body, block


def _read(header: str, email: str, phone: str) -> tuple[str, bool, str | None, set[str]]:
    """The contact's address, whether it is one, its E.164 form and the notes on it."""
    body = _body(block(header, ("Emil Berg", email, phone)))
    ((contact,),) = (member.contacts for member in body.members)
    notes = {n.code for n in body.notes if n.detail in (email, phone)}
    return contact.email, contact.email_valid, contact.phone_e164, notes


def test_a_number_dialled_from_north_america_is_the_number_it_dials() -> None:
    email, _valid, e164, notes = _read(".de Germany (EU)", "emil@denic.de", "011 44 20 7946 0000")
    assert (e164, notes) == ("+442079460000", set())
    assert email == "emil@denic.de"


def test_a_placeholder_number_is_noted_not_dialled() -> None:
    _email, _valid, e164, notes = _read(".us United States (NA)", "e@nic.us", "+1 000 000 0000")
    assert e164 is None
    assert notes == {"phone-unparsed"}


def test_a_second_number_in_arabic_indic_digits_is_read() -> None:
    _email, _valid, e164, notes = _read(
        ".ae United Arab Emirates (AP)", "e@aeda.ae", "+٩٧١ ٥٠ ١٢٣ ٤٥٦٧ / +٩٧١ ٤ ١٢٣ ٤٥٦٧"
    )
    assert (e164, notes) == ("+971501234567", set())


@pytest.mark.parametrize(
    "written",
    ["(noc@nic.ad)", "[noc@nic.ad]", '"noc@nic.ad"', "'noc@nic.ad'", "«noc@nic.ad»",
     "“noc@nic.ad”", "‘noc@nic.ad’", "noc@nic。ad", "noc@nic[.]ad", "<MAILTO:noc@nic.ad>"],
)  # fmt: skip
def test_an_address_in_quotes_or_brackets_is_the_address(written: str) -> None:
    email, valid, _e164, notes = _read(".ad Andorra (EU)", written, "+376 312 558")
    assert (email, valid, notes) == ("noc@nic.ad", True, set())


@pytest.mark.parametrize(
    "written",
    # A full stop may be a domain cut by a wrap ("noc@registry.co." then "uk"): not dropped.
    ["noc@nic.ad.", "noc@nic.ad,", "noc@-nic.ad", "no..c@nic.ad", "noc@nic.a", "(noc@nic.ad",
     "noc@nic.ad / cert@nic", "noc@nic.ad (24/7) cert@nic.ad", "see noc@nic.ad", "noc@nic.ad -",
     "noc@nic.ad or"],
)  # fmt: skip
def test_what_is_no_address_is_kept_as_written_and_noted(written: str) -> None:
    email, valid, _e164, notes = _read(".ad Andorra (EU)", written, "+376 312 558")
    assert (email, valid, notes) == (written, False, {"email-invalid"})


@pytest.mark.parametrize(
    ("written", "kept"),
    [("noc@nic.xx, security@nic.xx", "noc@nic.xx, security@nic.xx"),
     ("a@x.xx / b@x.xx", "a@x.xx / b@x.xx"), ("a@x.xx or b@x.xx", "a@x.xx or b@x.xx"),
     ("a@x.xx;b@x.xx", "a@x.xx;b@x.xx"), ("noc@nic.ad (24/7)", "noc@nic.ad (24/7)"),
     ("cert@nic.xx - preferred", "cert@nic.xx - preferred"),
     ("noc@nic.ad (24/7), cert@nic.ad (office hours)", "noc@nic.ad (24/7), cert@nic.ad (office hours)"),
     ("li@nic.cn（24小时）", "li@nic.cn(24小时)"),
     ("noc@nic。ad 或 cert@nic。ad", "noc@nic.ad 或 cert@nic.ad")],
)  # fmt: skip
def test_a_field_of_addresses_or_an_address_with_a_remark_is_addresses(
    written: str, kept: str
) -> None:
    """Two addresses in one field, or one with a remark after it, were noted as no address
    (while the card took every address): the field is the contact's addresses, kept as
    written, and nothing is noted."""
    email, valid, _e164, notes = _read(".ad Andorra (EU)", written, "+376 312 558")
    assert (email, valid, notes) == (kept, True, set())


@pytest.mark.parametrize(
    "written", ['"john doe"@nic.ad', "noc+cert@nic.ad", "NOC@NIC.AD", "noc@нic.рф", "noc@nic.РФ"]
)
def test_an_address_is_kept_as_written(written: str) -> None:
    email, valid, _e164, notes = _read(".ad Andorra (EU)", written, "+376 312 558")
    assert (email, valid, notes) == (written, True, set())


@pytest.mark.parametrize(
    ("header", "phone", "e164", "noted"),
    [
        (".be Belgium (EU)", "+32 0 123 45 67 / +32 470 12 34 56", "+32470123456", "+32 0 123 45 67"),
        (".us United States (NA)", "+1 202 000 0000 / +1 202 555 0100", "+12025550100",
         "+1 202 000 0000"),
        (".be Belgium (EU)", "+32 2 00 / +32 470 12 34 56", "+32470123456", "+32 2 00"),
        (".be Belgium (EU)", "+32 2 00, mobile +32 470 12 34 56", "+32470123456", "+32 2 00"),
    ],
)  # fmt: skip
def test_of_an_invalid_number_and_a_valid_mobile_the_mobile_is_kept(
    header: str, phone: str, e164: str, noted: str
) -> None:
    """The first number counted even when no phone could dial it: the valid one is the
    contact's, and the other is noted as written."""
    body = _body(block(header, ("Emil Berg", "emil@nic.be", phone)))
    ((contact,),) = (member.contacts for member in body.members)
    assert (contact.phone, contact.phone_e164) == (phone, e164)
    assert [(n.code, n.detail) for n in body.notes] == [("phone-unparsed", noted)]


def test_two_valid_numbers_are_noted_nothing() -> None:
    body = _body(
        block(".be Belgium (EU)", ("Emil Berg", "e@nic.be", "+32 12 34 56 78 / +32 470 12 34 56"))
    )
    assert body.members[0].contacts[0].phone_e164 == "+32470123456"
    assert body.notes == ()
