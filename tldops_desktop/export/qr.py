"""One contact as a QR code that a phone camera (iOS, Android) offers to add as a contact."""

from __future__ import annotations

import io
from pathlib import Path

import segno

from tldops_desktop.core.model import Contact, Edition, Member
from tldops_desktop.errors import UserError
from tldops_desktop.export import atomic_write
from tldops_desktop.export.vcard import clean_text, compact_card, organisation

# M restores 15 % of the modules and keeps the code small, so its modules stay large on a
# screen; the payload is short (a few hundred bytes), so the code stays a version 10-15 one.
ERROR_LEVEL = "M"
BORDER = 4  # the quiet zone the standard asks for, in modules
FORMATS = (".png", ".svg")


def contact_qr_payload(edition: Edition, member: Member, contact: Contact) -> str:
    """The text in the QR code: a compact vCard 3.0 (FN, N, TEL, EMAIL, ORG).

    No NOTE, REV, UID or PRODID, to keep the code small; lines are not folded, as scanners
    read them most reliably that way (the longest are a few CJK names).
    """
    return compact_card(edition, member, contact)


def make_qr(payload: str) -> segno.QRCode:
    """The QR code of a payload, always encoded the same way (UTF-8 bytes, level M)."""
    # UTF-8 without ECI: what phone cameras expect of a vCard; segno would otherwise choose
    # ISO 8859-1 for Latin text, which some readers take for UTF-8 and garble.
    try:
        return segno.make_qr(payload, error=ERROR_LEVEL, encoding="utf-8", boost_error=False)
    except segno.DataOverflowError:
        raise UserError(
            "This contact holds too much text for a QR code; export it as a vCard instead.",
            code="qr-too-large",
        ) from None


def contact_qr(edition: Edition, member: Member, contact: Contact) -> segno.QRCode:
    """The QR code of one contact (see :func:`contact_qr_payload`)."""
    return make_qr(contact_qr_payload(edition, member, contact))


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
    code = contact_qr(edition, member, contact)
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
