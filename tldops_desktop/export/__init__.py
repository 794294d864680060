"""Contacts out of the app: vCards (``vcard``) and QR codes (``qr``) for phones. No Qt."""

from tldops_desktop.fileio import atomic_write

__all__ = ["atomic_write"]
