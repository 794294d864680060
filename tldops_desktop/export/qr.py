"""One contact as a QR code that a phone camera (iOS, Android) offers to add as a contact."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import segno

from tldops_desktop.core.model import Contact, Edition, Member
from tldops_desktop.errors import UserError
from tldops_desktop.export import atomic_write
from tldops_desktop.export.vcard import clean_text, compact_card, organisation

# M restores 15 % of the modules and keeps the code small, so its modules stay large on a
# screen; the payload is short (a few hundred bytes), so the code stays a version 10-15 one.
ERROR_LEVEL = "M"
# A code off a screen is not stained or torn: where M would pass MAX_VERSION, L (7 %) keeps
# the modules large instead, which is what a camera needs of a screen.
ERROR_LEVELS = (ERROR_LEVEL, "L")
# The densest code a phone camera reads off a laptop screen at the size the app shows it
# (QR_TARGET_PIXELS, 420): 97 modules and the quiet zone make 4 pixels a module, about 1 mm.
# Denser ones (up to 177 modules, at 3 pixels) fail on many cameras, so none is made.
MAX_VERSION = 20
BORDER = 4  # the quiet zone the standard asks for, in modules
FORMATS = (".png", ".svg")


@dataclass(frozen=True)
class ContactCode:
    """A contact's QR code and the card it holds; ``short`` when the card holds only the
    first number and address (the whole contact made a code too dense to read)."""

    code: segno.QRCode
    payload: str
    short: bool


def fit_contact_qr(edition: Edition, member: Member, contact: Contact) -> ContactCode:
    """The QR code of one contact that a phone camera reads: a compact vCard 3.0 (FN, N, TEL,
    EMAIL, ORG) of version ``MAX_VERSION`` at most, at level M, else L; when neither holds
    it, the card with the first number (the mobile) and the first address only.

    No NOTE, REV, UID or PRODID, to keep the code small; lines are not folded, as scanners
    read them most reliably that way (the longest are a few CJK names). ``UserError``
    "qr-too-large" when even the short card is too long (a name of hundreds of characters).
    """
    whole = compact_card(edition, member, contact)
    for payload in dict.fromkeys((whole, compact_card(edition, member, contact, short=True))):
        code = _fitting(payload)
        if code is not None:
            return ContactCode(code, payload, short=payload != whole)
    raise UserError(
        "This contact's name and address are too long for a QR code a phone camera can read; "
        "export it as a vCard instead.",
        code="qr-too-large",
    )


def _fitting(payload: str) -> segno.QRCode | None:
    """The code of ``payload`` of ``MAX_VERSION`` at most, at the first level of
    ``ERROR_LEVELS`` that holds it; None when none does."""
    for level in ERROR_LEVELS:
        try:
            code = make_qr(payload, error=level)
        except UserError:
            return None
        if isinstance(code.version, int) and code.version <= MAX_VERSION:
            return code
    return None


def contact_qr_payload(edition: Edition, member: Member, contact: Contact) -> str:
    """The text in the contact's QR code (see :func:`fit_contact_qr`)."""
    return fit_contact_qr(edition, member, contact).payload


def make_qr(payload: str, *, error: str = ERROR_LEVEL) -> segno.QRCode:
    """The QR code of a payload, always encoded the same way (UTF-8 bytes, level ``error``)."""
    # UTF-8 without ECI: what phone cameras expect of a vCard; segno would otherwise choose
    # ISO 8859-1 for Latin text, which some readers take for UTF-8 and garble.
    try:
        return segno.make_qr(payload, error=error, encoding="utf-8", boost_error=False)
    except segno.DataOverflowError:
        raise UserError(
            "This contact holds too much text for a QR code; export it as a vCard instead.",
            code="qr-too-large",
        ) from None


def contact_qr(edition: Edition, member: Member, contact: Contact) -> segno.QRCode:
    """The QR code of one contact (see :func:`fit_contact_qr`)."""
    return fit_contact_qr(edition, member, contact).code


def write_qr(
    edition: Edition,
    member: Member,
    contact: Contact,
    path: Path,
    *,
    scale: int = 8,
    overwrite: bool = True,
    suffix: str | None = None,
) -> Path:
    """Write the contact's QR code as PNG or SVG (chosen by ``suffix``, by default that of
    ``path``), atomically; with ``overwrite=False`` an existing file is left alone
    (``UserError`` "exists").

    ``scale`` is the size of one module in pixels (PNG) or user units (SVG); at 8, a typical
    contact code is about 600 pixels wide with its quiet zone, easy to scan from a laptop.
    """
    suffix = path.suffix if suffix is None else suffix
    kind = suffix.lower()
    if kind not in FORMATS:
        raise UserError(
            f"A QR code is written as .png or .svg, not {suffix or 'a file without suffix'}.",
            code="bad-qr-format",
        )
    if scale < 1:
        raise UserError("The QR code scale must be 1 or more.", code="bad-qr-scale")
    code = contact_qr(edition, member, contact)  # the same code the app shows
    buffer = io.BytesIO()
    if kind == ".png":
        code.save(buffer, kind="png", scale=scale, border=BORDER)
    else:
        # One line of text without control characters, which XML 1.0 cannot hold.
        title = " ".join(clean_text(f"{contact.name} ({organisation(member)})").split())
        code.save(
            buffer, kind="svg", scale=scale, border=BORDER, title=title, xmldecl=True,
            encoding="utf-8", svgclass=None, lineclass=None,
        )  # fmt: skip
    return atomic_write(path, buffer.getvalue(), overwrite=overwrite)
