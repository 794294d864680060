"""Join and update requests for TLD-OPS: the email the procedure asks for, never sent by us.

The procedure (ccNSO TLD-OPS page): the ccTLD's IANA administrative contact sends, or is
copied on, an email to the ccNSO Secretariat naming up to three people responsible for the
ccTLD's operational security and stability, each with name, email address and mobile phone
number in ``+<country code> <number>`` form, and confirms it. An update is the same email
with the complete new set of contacts.

The published template's exact text could not be obtained offline, so the wording below is
our own, faithful to the procedure; its contact block uses the same labels as the monthly
repository email (layout A), which follows the subscription template. The wording lives here
only (``TEMPLATE``); the request stays in English, as the secretariat expects.

The result is an ``EmailMessage`` that the user opens in a mail client (``mailto_url``) or
saves as an ``.eml`` (``write_eml``); nothing here opens a connection.
"""

from __future__ import annotations

import os
import re
import textwrap
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any, Literal
from urllib.parse import quote

import phonenumbers

from tldops_desktop.core import cctlds
from tldops_desktop.core.model import MAX_CONTACTS, Edition, Member
from tldops_desktop.core.tld import TldLabelError, to_ace, to_unicode
from tldops_desktop.errors import UserError
from tldops_desktop.fileio import atomic_write

SECRETARIAT_ADDRESS = "ccnsosecretariat@icann.org"
"""The ccNSO Secretariat, as the ccNSO's own pages give it (ccnso.icann.org)."""

Kind = Literal["join", "update"]
KINDS: tuple[Kind, ...] = ("join", "update")


@dataclass(frozen=True, slots=True)
class _Template:
    subject: dict[str, str]
    greeting: str
    intro: dict[str, str]
    based_on: str
    contact_heading: str
    contact_roles: dict[int, str]
    contact_fields: tuple[str, str, str]
    confirmation: str
    closing: str
    signature: str


TEMPLATE = _Template(
    subject={
        "join": "TLD-OPS subscription request: {label}",
        "update": "TLD-OPS subscription update: {label}",
    },
    greeting="Dear ccNSO Secretariat,",
    intro={
        "join": (
            "Please subscribe the following persons to the TLD-OPS mailing list as the "
            "incident response contacts of {full}."
        ),
        "update": (
            "Please update the TLD-OPS subscription of {full}: the persons below replace its "
            "current contacts on the TLD-OPS mailing list{based_on}. Please unsubscribe any "
            "current contact of {label} who is not listed below."
        ),
    },
    based_on=" (as listed in the TLD-OPS repository edition {stamp})",
    contact_heading="Contact Person #{position}{role}:",
    contact_roles={1: " (primary)", 2: " (secondary)"},
    contact_fields=("Name: {name}", "Email address: {email}", "Mobile phone number: {phone}"),
    confirmation=(
        "I confirm that the persons listed above are responsible for the overall security "
        "and stability of {label}, and that this request is sent by, or with a copy to, the "
        "IANA administrative contact of {label} ({admin_email})."
    ),
    closing="Kind regards,",
    signature="{full}",
)
"""Every word of the request, in one place."""


# -- the draft --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RequestContact:
    name: str
    email: str
    phone: str  # as typed; formatted to "+<cc> <national number>" by build_message


@dataclass(frozen=True, slots=True)
class RequestDraft:
    kind: Kind
    cctld: str  # as typed: .de, DE, .рф, xn--p1ai
    contacts: tuple[RequestContact, ...]
    admin_email: str  # the ccTLD's IANA administrative contact, copied on the request
    requester_name: str = ""
    based_on: str | None = None  # for an update: the edition the contacts were taken from


def draft_from_member(member: Member, edition: Edition) -> RequestDraft:
    """An update request that starts from ``member``'s entry in ``edition``."""
    region = cctlds.iso_for(member.tld.ace)
    contacts = tuple(
        RequestContact(c.name, c.email, format_phone(c.phone, region) or c.phone)
        for c in sorted(member.contacts, key=lambda c: c.position)[:MAX_CONTACTS]
    )
    return RequestDraft(
        kind="update",
        cctld=member.tld.ace,
        contacts=contacts,
        admin_email="",
        based_on=edition.stamp,
    )


# -- checking ---------------------------------------------------------------------------------

_EMAIL = re.compile(r"^[^@\s<>()\[\]\\,;:\"]+@[^@\s<>()\[\]\\,;:\"]+\.[^@\s<>()\[\]\\,;:\".]+$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_MOBILE_TYPES = frozenset(
    {
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
        phonenumbers.PhoneNumberType.PERSONAL_NUMBER,
        phonenumbers.PhoneNumberType.UNKNOWN,
    }
)


class ProblemCode:
    """Stable codes of ``Problem``; the CLI and the GUI word them."""

    KIND = "kind-invalid"
    CCTLD_INVALID = "cctld-invalid"
    CCTLD_NOT_DELEGATED = "cctld-not-delegated"
    ALREADY_MEMBER = "already-member"  # warning: a join for a member (an update is meant)
    NOT_A_MEMBER = "not-a-member"  # warning: an update for a ccTLD not in the edition
    NO_CONTACTS = "no-contacts"
    TOO_MANY_CONTACTS = "too-many-contacts"
    NAME_MISSING = "name-missing"
    NAME_INVALID = "name-invalid"
    EMAIL_MISSING = "email-missing"
    EMAIL_INVALID = "email-invalid"
    EMAIL_DUPLICATE = "email-duplicate"  # warning
    PHONE_MISSING = "phone-missing"
    PHONE_INVALID = "phone-invalid"
    PHONE_NOT_MOBILE = "phone-not-mobile"  # warning: the procedure asks for a mobile number
    ADMIN_EMAIL_MISSING = "admin-email-missing"
    ADMIN_EMAIL_INVALID = "admin-email-invalid"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a draft: ``field`` names it, ``position`` the contact (1-3)."""

    code: str
    field: str  # "kind", "cctld", "contacts", "name", "email", "phone", "admin_email"
    position: int | None = None
    value: str = ""
    severity: Literal["error", "warning"] = "error"

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "field": self.field,
            "position": self.position,
            "value": self.value,
            "severity": self.severity,
        }


def is_email(text: str) -> bool:
    """Whether ``text`` has the form of one plain address (local@domain.tld)."""
    return bool(_EMAIL.match(text.strip()))


def _parse_phone(text: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    written = re.sub(r"^\s*00\s*(?=[1-9])", "+", text.strip())
    try:
        parsed = phonenumbers.parse(written, region)
    except phonenumbers.NumberParseException:
        return None
    return parsed if phonenumbers.is_valid_number(parsed) else None


def format_phone(text: str, region: str | None = None) -> str | None:
    """``+31612345678``, ``0031 6 1234 5678`` → ``+31 612345678``; None when not a valid number.

    ``region`` (an ISO code) reads numbers written without a country code.
    """
    parsed = _parse_phone(text, region.upper() if region else None)
    if parsed is None:
        return None
    national = phonenumbers.national_significant_number(parsed)
    return f"+{parsed.country_code} {national}"


def _ace_of(cctld: str) -> str | None:
    try:
        return to_ace(cctld)
    except TldLabelError:
        return None


def validate(draft: RequestDraft, edition: Edition | None = None) -> list[Problem]:
    """Everything wrong with ``draft``, errors and warnings, in form order.

    With ``edition``, also warn of a join for a member or an update for a non-member.
    """
    problems: list[Problem] = []
    if draft.kind not in KINDS:
        problems.append(Problem(ProblemCode.KIND, "kind", value=str(draft.kind)))
    ace = _ace_of(draft.cctld)
    if ace is None:
        problems.append(Problem(ProblemCode.CCTLD_INVALID, "cctld", value=draft.cctld))
    else:
        info = cctlds.lookup(ace)
        if info is None or (info.retired and draft.kind == "join"):
            problems.append(Problem(ProblemCode.CCTLD_NOT_DELEGATED, "cctld", value=draft.cctld))
        elif info.retired:  # a retired ccTLD that TLD-OPS still lists may update its contacts
            problems.append(
                Problem(
                    ProblemCode.CCTLD_NOT_DELEGATED, "cctld", value=draft.cctld, severity="warning"
                )
            )
        elif edition is not None:
            member = edition.member(ace)
            if draft.kind == "join" and member is not None:
                problems.append(
                    Problem(
                        ProblemCode.ALREADY_MEMBER, "kind", value=info.unicode, severity="warning"
                    )
                )
            elif draft.kind == "update" and member is None:
                problems.append(
                    Problem(
                        ProblemCode.NOT_A_MEMBER, "kind", value=info.unicode, severity="warning"
                    )
                )
    region = cctlds.iso_for(ace) if ace else None
    if not draft.contacts:
        problems.append(Problem(ProblemCode.NO_CONTACTS, "contacts"))
    elif len(draft.contacts) > MAX_CONTACTS:
        problems.append(
            Problem(ProblemCode.TOO_MANY_CONTACTS, "contacts", value=str(len(draft.contacts)))
        )
    seen: set[str] = set()
    for position, contact in enumerate(draft.contacts, start=1):
        problems += _contact_problems(position, contact, region, seen)
    admin = draft.admin_email.strip()
    if not admin:
        problems.append(Problem(ProblemCode.ADMIN_EMAIL_MISSING, "admin_email"))
    elif not is_email(admin):
        problems.append(Problem(ProblemCode.ADMIN_EMAIL_INVALID, "admin_email", value=admin))
    if _CONTROL.search(draft.requester_name):
        problems.append(Problem(ProblemCode.NAME_INVALID, "requester_name"))
    return problems


def _contact_problems(
    position: int, contact: RequestContact, region: str | None, seen: set[str]
) -> list[Problem]:
    problems: list[Problem] = []
    name, email, phone = contact.name.strip(), contact.email.strip(), contact.phone.strip()
    if not name:
        problems.append(Problem(ProblemCode.NAME_MISSING, "name", position))
    elif _CONTROL.search(name):
        problems.append(Problem(ProblemCode.NAME_INVALID, "name", position, name))
    if not email:
        problems.append(Problem(ProblemCode.EMAIL_MISSING, "email", position))
    elif not is_email(email):
        problems.append(Problem(ProblemCode.EMAIL_INVALID, "email", position, email))
    elif email.casefold() in seen:
        problems.append(
            Problem(ProblemCode.EMAIL_DUPLICATE, "email", position, email, severity="warning")
        )
    seen.add(email.casefold())
    if not phone:
        problems.append(Problem(ProblemCode.PHONE_MISSING, "phone", position))
    else:
        parsed = _parse_phone(phone, region)
        if parsed is None:
            problems.append(Problem(ProblemCode.PHONE_INVALID, "phone", position, phone))
        elif phonenumbers.number_type(parsed) not in _MOBILE_TYPES:
            problems.append(
                Problem(ProblemCode.PHONE_NOT_MOBILE, "phone", position, phone, "warning")
            )
    return problems


class RequestInvalid(UserError):
    """The draft has errors; ``problems`` says which."""

    def __init__(self, problems: list[Problem]) -> None:
        codes = ", ".join(
            f"{p.code}" + (f" (contact #{p.position})" if p.position else "") for p in problems
        )
        super().__init__(f"The request is not complete: {codes}.", code="request-invalid")
        self.problems = problems


# -- the message ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Filled:
    ace: str
    label: str  # .de, .рф (xn--p1ai)
    full: str  # .de (Germany), .рф (xn--p1ai; Russian Federation): the member-list form
    contacts: tuple[RequestContact, ...]
    admin_email: str
    requester_name: str
    based_on: str | None


def _fill(draft: RequestDraft) -> _Filled:
    errors = [p for p in validate(draft) if p.is_error]
    if errors:
        raise RequestInvalid(errors)
    ace = to_ace(draft.cctld)
    info = cctlds.lookup(ace)
    assert info is not None  # validate() refused anything else
    region = info.iso or None
    unicode = "." + to_unicode(ace)
    idn = ace.startswith("xn--")
    label = f"{unicode} ({ace})" if idn else unicode
    full = f"{unicode} ({ace}; {info.country})" if idn else f"{unicode} ({info.country})"
    contacts = tuple(
        RequestContact(
            c.name.strip(), c.email.strip(), format_phone(c.phone, region) or c.phone.strip()
        )
        for c in draft.contacts
    )
    return _Filled(
        ace=ace,
        label=label,
        full=full,
        contacts=contacts,
        admin_email=draft.admin_email.strip(),
        requester_name=draft.requester_name.strip(),
        based_on=draft.based_on,
    )


def render_body(draft: RequestDraft) -> str:
    """The request's text (``\\n`` line ends), from ``TEMPLATE``. Raises ``RequestInvalid``."""
    return _render(draft.kind, _fill(draft))


def _wrap(paragraph: str) -> str:
    # Never inside a label or an address: they must stay whole to be copied.
    return textwrap.fill(paragraph, width=72, break_long_words=False, break_on_hyphens=False)


def _render(kind: Kind, filled: _Filled) -> str:
    t = TEMPLATE
    values = {"label": filled.label, "full": filled.full, "admin_email": filled.admin_email}
    based_on = t.based_on.format(stamp=filled.based_on) if filled.based_on else ""
    lines = [t.greeting, "", _wrap(t.intro[kind].format(based_on=based_on, **values)), ""]
    for position, contact in enumerate(filled.contacts, start=1):
        role = t.contact_roles.get(position, "")
        lines.append(t.contact_heading.format(position=position, role=role))
        lines += [
            template.format(name=contact.name, email=contact.email, phone=contact.phone)
            for template in t.contact_fields
        ]
        lines.append("")
    lines += [_wrap(t.confirmation.format(**values)), "", t.closing]
    if filled.requester_name:
        lines.append(filled.requester_name)
    lines.append(t.signature.format(**values))
    return "\n".join(lines) + "\n"


def build_message(draft: RequestDraft) -> EmailMessage:
    """The request as an email: To the ccNSO Secretariat, Cc the IANA administrative contact.

    No ``From``: the mail client adds the sender's. Raises ``RequestInvalid`` on errors.
    """
    filled = _fill(draft)
    message = EmailMessage(policy=policy.default)
    message["To"] = SECRETARIAT_ADDRESS
    message["Cc"] = filled.admin_email
    message["Subject"] = TEMPLATE.subject[draft.kind].format(label=filled.label)
    message["X-Unsent"] = "1"  # mail clients open a saved .eml as a draft to send
    message.set_content(_render(draft.kind, filled))
    return message


def message_body(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain",))
    content = part.get_content() if part is not None else ""
    return str(content)


def mailto_url(message: EmailMessage) -> str:
    """The message as an RFC 6068 ``mailto:`` URL (To, Cc, Subject, body; UTF-8, %-encoded)."""
    to = [a.strip() for a in str(message.get("To", "")).split(",") if a.strip()]
    fields: list[tuple[str, str]] = []
    cc = str(message.get("Cc", "")).strip()
    if cc:
        fields.append(("cc", cc))
    fields.append(("subject", str(message.get("Subject", ""))))
    body = message_body(message).replace("\r\n", "\n").replace("\n", "\r\n")
    fields.append(("body", body))
    path = ",".join(quote(address, safe="@") for address in to)
    query = "&".join(f"{name}={quote(value, safe='')}" for name, value in fields)
    return f"mailto:{path}?{query}"


def write_eml(
    message: EmailMessage, path: str | os.PathLike[str], *, overwrite: bool = True
) -> Path:
    """Save ``message`` as an ``.eml`` file (CRLF line ends), atomically; with
    ``overwrite=False`` an existing file is left alone (``UserError`` "exists")."""
    return atomic_write(Path(path), message.as_bytes(policy=policy.SMTP), overwrite=overwrite)
