"""The trusted list identity of a data folder, where the command line finds it.

The app keeps its settings with QSettings (Qt's: the registry on Windows, a plist on macOS).
The identity is also written beside the database, as ``trust.json``, when the app imports or
its Settings close, so that ``tldops import`` (a cron job, without Qt) judges trust as the
window does once the list has moved. No secret and no contact is in it.
"""

from __future__ import annotations

import json
from pathlib import Path

from tldops_desktop.errors import UserError
from tldops_desktop.fileio import atomic_write
from tldops_desktop.mail.identity import DEFAULT_IDENTITY, ListIdentity

TRUST_FILE = "trust.json"
_FIELDS = ("list_id", "list_address", "bounce_address")


def load_identity(data_dir: Path) -> ListIdentity:
    """The identity the app last set for ``data_dir``; the default where it set none (or
    the file cannot be read: trust then stays as strict as it ships)."""
    try:
        data = json.loads((data_dir / TRUST_FILE).read_text(encoding="utf-8"))
        values = {name: str(data[name]).strip() for name in _FIELDS}
    except (OSError, ValueError, KeyError, TypeError):
        return DEFAULT_IDENTITY
    if not all(values.values()):
        return DEFAULT_IDENTITY
    return ListIdentity(**values)


def save_identity(data_dir: Path, identity: ListIdentity) -> None:
    """Write ``identity`` for ``data_dir`` when it differs from what is there. A folder that
    cannot be written (read-only, not made yet) is left alone: the app still judges by it."""
    if load_identity(data_dir) == identity or not data_dir.is_dir():
        return
    if identity == DEFAULT_IDENTITY and not (data_dir / TRUST_FILE).exists():
        return
    text = json.dumps({name: getattr(identity, name) for name in _FIELDS}, indent=2) + "\n"
    try:
        atomic_write(data_dir / TRUST_FILE, text.encode("utf-8"))
    except UserError:
        return
