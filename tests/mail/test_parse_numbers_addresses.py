"""A contact's number and address as security contacts write them, read from a whole edition:
each ends as the number or address to use, or as a note in the report; never a wrong one."""

from __future__ import annotations

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
