"""The TLD-OPS join/update request: checks, the generated email, mailto: and .eml."""

from __future__ import annotations

import email
import os
import re
from collections.abc import Iterator
from email import policy
from email.message import EmailMessage
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import phonenumbers
import pytest

from tests.conftest import LAYOUT_A, LAYOUT_B
from tldops_desktop.core.model import Edition
from tldops_desktop.errors import UserError
from tldops_desktop.services import requests
from tldops_desktop.services.importer import ImportOptions, run_import
from tldops_desktop.services.requests import (
    SECRETARIAT_ADDRESS,
    TEMPLATE,
    ProblemCode,
    RequestContact,
    RequestDraft,
    RequestInvalid,
)
from tldops_desktop.services.store import Store
from tldops_desktop.storage.keys import KeySource

CURRENT = "20261101-0600"
PLUS_CC = re.compile(r"^\+(\d{1,3}) (\d+)$")
CONTACTS = (
    RequestContact("Ana Domingos", "ana.domingos@dns.ao", "+244 923 123 456"),
    RequestContact("Bento Lopes", "bento@dns.ao", "00244 912 345 678"),
    RequestContact("Carla Neto", "carla@dns.ao", "923 765 432"),  # national: read as Angola
)


@pytest.fixture(scope="module")
def current(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Edition]:
    data_dir = tmp_path_factory.mktemp("requests") / "data"
    store = Store.open(data_dir, KeySource(passphrase="test-pass", prompt=None), create=True)
    try:
        run_import([str(LAYOUT_B), str(LAYOUT_A)], store.repo, ImportOptions())
        edition = store.repo.current_edition()
        assert edition is not None and edition.stamp == CURRENT
        yield edition
    finally:
        store.close()


def join_ao(**changes: object) -> RequestDraft:
    fields: dict[str, object] = {
        "kind": "join", "cctld": ".ao", "contacts": CONTACTS,
        "admin_email": "admin@dns.ao", "requester_name": "Ana Domingos",
    }  # fmt: skip
    fields.update(changes)
    return RequestDraft(**fields)  # type: ignore[arg-type]


def body_of(message: EmailMessage) -> str:
    return requests.message_body(message)


def decode_mailto(url: str) -> dict[str, str]:
    parts = urlsplit(url)
    assert parts.scheme == "mailto"
    fields = {
        name: values[0] for name, values in parse_qs(parts.query, strict_parsing=True).items()
    }
    return {"to": unquote(parts.path), **fields}


# -- join -------------------------------------------------------------------------------------


def test_join_request_for_a_non_member(current: Edition) -> None:
    draft = join_ao()
    assert current.member("ao") is None
    assert requests.validate(draft, current) == []
    message = requests.build_message(draft)
    assert message["To"] == SECRETARIAT_ADDRESS == "ccnsosecretariat@icann.org"
    assert message["Cc"] == "admin@dns.ao"
    assert message["From"] is None  # the mail client adds the sender
    assert message["Subject"] == "TLD-OPS subscription request: .ao"
    assert message["X-Unsent"] == "1"
    assert message.get_content_type() == "text/plain"
    body = body_of(message)
    assert body.startswith(TEMPLATE.greeting + "\n")
    assert ".ao (Angola)" in body
    for position, (name, mail, phone) in enumerate(
        [("Ana Domingos", "ana.domingos@dns.ao", "+244 923123456"),
         ("Bento Lopes", "bento@dns.ao", "+244 912345678"),
         ("Carla Neto", "carla@dns.ao", "+244 923765432")], start=1):  # fmt: skip
        block = body.split(f"Contact Person #{position}")[1]
        assert f"Name: {name}\n" in block
        assert f"Email address: {mail}\n" in block
        assert f"Mobile phone number: {phone}\n" in block
    assert "Contact Person #1 (primary):" in body and "Contact Person #2 (secondary):" in body
    flat = " ".join(body.split())
    assert (
        "I confirm that the persons listed above are responsible for the overall security" in flat
    )
    assert "IANA administrative contact of .ao (admin@dns.ao)" in flat
    assert "Kind regards,\nAna Domingos\n.ao (Angola)\n" in body


def test_every_phone_is_written_plus_country_code_space_number(current: Edition) -> None:
    body = body_of(requests.build_message(join_ao()))
    phones = re.findall(r"^Mobile phone number: (.*)$", body, flags=re.MULTILINE)
    assert len(phones) == 3
    for phone in phones:
        match = PLUS_CC.match(phone)
        assert match, phone
        parsed = phonenumbers.parse("+" + match[1] + match[2])
        assert phonenumbers.is_valid_number(parsed)


def test_mailto_url_decodes_back_to_the_message() -> None:
    message = requests.build_message(join_ao())
    url = requests.mailto_url(message)
    assert url.startswith("mailto:ccnsosecretariat@icann.org?")
    assert " " not in url and "\n" not in url and "+" not in url  # %-encoded, RFC 6068
    fields = decode_mailto(url)
    assert fields["to"] == message["To"]
    assert fields["cc"] == message["Cc"]
    assert fields["subject"] == message["Subject"]
    assert "\r\n" in fields["body"]  # line breaks are CRLF in a mailto: body
    assert fields["body"].replace("\r\n", "\n") == body_of(message)
    assert set(fields) == {"to", "cc", "subject", "body"}


def test_idn_cctld_in_subject_body_and_mailto() -> None:
    draft = RequestDraft("join", ".рф", (RequestContact("Анна Иванова", "anna@cctld.ru",
                                                        "+7 912 345-67-89"),),
                         "admin@cctld.ru")  # fmt: skip
    message = requests.build_message(draft)
    assert message["Subject"] == "TLD-OPS subscription request: .рф (xn--p1ai)"
    assert "Name: Анна Иванова" in body_of(message)
    assert "+7 9123456789" in body_of(message)
    raw = message.as_bytes()
    assert b"Subject: TLD-OPS subscription request: =?utf-8?" in raw  # RFC 2047
    reread = email.message_from_bytes(raw, policy=policy.default)
    assert reread["Subject"] == message["Subject"]
    fields = decode_mailto(requests.mailto_url(message))
    assert fields["subject"] == message["Subject"]
    assert "Анна Иванова" in fields["body"]


# -- update -----------------------------------------------------------------------------------


def test_update_request_starts_from_the_member(current: Edition) -> None:
    member = current.member("nl")
    assert member is not None
    draft = requests.draft_from_member(member, current)
    assert draft.kind == "update" and draft.cctld == "nl" and draft.based_on == CURRENT
    assert [(c.name, c.email) for c in draft.contacts] == [
        (c.name, c.email) for c in member.contacts
    ]
    for written, contact in zip(draft.contacts, member.contacts, strict=True):
        match = PLUS_CC.match(written.phone)
        assert match, written.phone
        assert f"+{match[1]}{match[2]}" == contact.phone_e164
    # The edition does not name the IANA administrative contact: the user must.
    codes = [p.code for p in requests.validate(draft, current)]
    assert codes == [ProblemCode.ADMIN_EMAIL_MISSING]
    final = RequestDraft(draft.kind, draft.cctld, draft.contacts, "hostmaster@nl.example",
                         "Jan", based_on=draft.based_on)  # fmt: skip
    assert requests.validate(final, current) == []
    message = requests.build_message(final)
    assert message["Subject"] == "TLD-OPS subscription update: .nl"
    assert message["Cc"] == "hostmaster@nl.example"
    body = body_of(message)
    flat = " ".join(body.split())
    assert f"as listed in the TLD-OPS repository edition {CURRENT}" in flat
    assert "Please unsubscribe any current contact of .nl who is not listed below." in flat
    for contact, written in zip(member.contacts, draft.contacts, strict=True):
        assert f"Name: {contact.name}\n" in body
        assert f"Email address: {contact.email}\n" in body
        assert f"Mobile phone number: {written.phone}\n" in body
    assert "I confirm that the persons listed above" in body
    fields = decode_mailto(requests.mailto_url(message))
    assert fields["cc"] == "hostmaster@nl.example"
    assert fields["body"].replace("\r\n", "\n") == body


def test_membership_warnings(current: Edition) -> None:
    join_member = join_ao(cctld=".nl", contacts=CONTACTS[:2])
    problems = requests.validate(join_member, current)
    assert [(p.code, p.severity) for p in problems] == [(ProblemCode.ALREADY_MEMBER, "warning")]
    requests.build_message(join_member)  # a warning does not stop the request
    update_non_member = join_ao(kind="update", contacts=CONTACTS[:2])
    problems = requests.validate(update_non_member, current)
    assert [(p.code, p.severity) for p in problems] == [(ProblemCode.NOT_A_MEMBER, "warning")]


# -- problems ---------------------------------------------------------------------------------


def test_invalid_phone_and_email_are_rejected_with_clear_problems() -> None:
    draft = join_ao(contacts=(
        CONTACTS[0],
        RequestContact("Bento Lopes", "bento at dns.ao", "+244 923 123 456"),
        RequestContact("Carla Neto", "carla@dns.ao", "12345"),
    ), admin_email="admin@")  # fmt: skip
    problems = requests.validate(draft)
    assert [(p.code, p.field, p.position, p.value) for p in problems] == [
        (ProblemCode.EMAIL_INVALID, "email", 2, "bento at dns.ao"),
        (ProblemCode.PHONE_INVALID, "phone", 3, "12345"),
        (ProblemCode.ADMIN_EMAIL_INVALID, "admin_email", None, "admin@"),
    ]
    assert all(p.is_error for p in problems)
    with pytest.raises(RequestInvalid) as caught:
        requests.build_message(draft)
    assert caught.value.code == "request-invalid"
    assert caught.value.problems == problems
    assert isinstance(caught.value, UserError)


@pytest.mark.parametrize(
    ("contacts", "code"),
    [
        ((), ProblemCode.NO_CONTACTS),
        ((*CONTACTS, CONTACTS[0]), ProblemCode.TOO_MANY_CONTACTS),
        ((RequestContact("", "a@dns.ao", "+244 923 123 456"),), ProblemCode.NAME_MISSING),
        (
            (RequestContact("A\nBcc: x@y.z", "a@dns.ao", "+244 923 123 456"),),
            ProblemCode.NAME_INVALID,
        ),
        ((RequestContact("A", "", "+244 923 123 456"),), ProblemCode.EMAIL_MISSING),
        (
            (RequestContact("A", "a@dns.ao\nBcc: x@y.z", "+244 923 123 456"),),
            ProblemCode.EMAIL_INVALID,
        ),
        ((RequestContact("A", "a@dns.ao", ""),), ProblemCode.PHONE_MISSING),
        ((RequestContact("A", "a@dns.ao", "+244 12"),), ProblemCode.PHONE_INVALID),
        ((RequestContact("A", "a@dns.ao", "call me"),), ProblemCode.PHONE_INVALID),
    ],
)
def test_contact_problems(contacts: tuple[RequestContact, ...], code: str) -> None:
    codes = [p.code for p in requests.validate(join_ao(contacts=contacts)) if p.is_error]
    assert codes == [code]


@pytest.mark.parametrize(
    ("cctld", "code"),
    [
        ("not a tld", ProblemCode.CCTLD_INVALID),
        (".xy", ProblemCode.CCTLD_NOT_DELEGATED),
        (".an", ProblemCode.CCTLD_NOT_DELEGATED),
    ],
)
def test_cctld_problems(cctld: str, code: str) -> None:
    draft = join_ao(cctld=cctld, contacts=CONTACTS[:2])
    assert [p.code for p in requests.validate(draft)] == [code]


def test_missing_admin_contact_and_warnings() -> None:
    codes = [p.code for p in requests.validate(join_ao(admin_email=" "))]
    assert codes == [ProblemCode.ADMIN_EMAIL_MISSING]
    twice = join_ao(contacts=(CONTACTS[0], CONTACTS[0]))
    problems = requests.validate(twice)
    assert [(p.code, p.severity, p.position) for p in problems] == [
        (ProblemCode.EMAIL_DUPLICATE, "warning", 2)
    ]
    landline = join_ao(contacts=(RequestContact("A", "a@nic.de", "+49 30 1234567"),), cctld="de")
    problems = requests.validate(landline)
    assert [(p.code, p.severity) for p in problems] == [(ProblemCode.PHONE_NOT_MOBILE, "warning")]


@pytest.mark.parametrize(
    ("written", "region", "formatted"),
    [
        ("+31 6 1234 5678", None, "+31 612345678"),
        ("0031612345678", None, "+31 612345678"),
        ("06-12345678", "NL", "+31 612345678"),
        ("+39 06 6982 0000", None, "+39 0669820000"),  # Italy keeps its leading zero
        ("+1 (202) 555-0143", None, "+1 2025550143"),
        ("12345", "NL", None),
        ("", None, None),
    ],
)
def test_format_phone(written: str, region: str | None, formatted: str | None) -> None:
    assert requests.format_phone(written, region) == formatted


def test_is_email() -> None:
    assert requests.is_email("a.b+c@nic.example")
    assert requests.is_email("ящик@пример.рф")
    for bad in ("", "a@b", "a b@c.de", "<a@b.de>", "a@b.de, c@d.de", "a@@b.de"):
        assert not requests.is_email(bad), bad


# -- the .eml ---------------------------------------------------------------------------------


def test_write_eml_is_atomic_and_reads_back(tmp_path: Path) -> None:
    message = requests.build_message(join_ao())
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "join-ao.eml"
    target.write_text("old")
    assert requests.write_eml(message, target) == target
    assert os.listdir(folder) == ["join-ao.eml"]  # no temporary file left
    raw = target.read_bytes()
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    reread = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(reread, EmailMessage)
    for header in ("To", "Cc", "Subject", "X-Unsent"):
        assert reread[header] == message[header]
    assert body_of(reread).replace("\r\n", "\n") == body_of(message)


def test_write_eml_failure_is_a_user_error(tmp_path: Path) -> None:
    message = requests.build_message(join_ao())
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(UserError) as caught:
        requests.write_eml(message, folder / "missing" / "x.eml")
    assert caught.value.code == "write-failed"
    target = folder / "is-a-dir.eml"
    target.mkdir()
    with pytest.raises(UserError):
        requests.write_eml(message, target)
    assert os.listdir(folder) == ["is-a-dir.eml"]  # the temporary file was removed
