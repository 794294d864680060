"""``tldops export`` and ``tldops qr``: vCards and QR codes for phones."""

from tldops_desktop.export.cli_commands import register

__all__ = ["register"]
