"""The trusted list identity of a data folder, where the command line finds it.

The app keeps its settings with QSettings (Qt's: the registry on Windows, a plist on macOS).
The identity is also written beside the database, as ``trust.json``, when the app imports or
its Settings close, so that ``tldops import`` (a cron job, without Qt) judges trust as the
window does once the list has moved. No secret and no contact is in it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from tldops_desktop.errors import UserError
from tldops_desktop.fileio import atomic_write
from tldops_desktop.mail.identity import DEFAULT_IDENTITY, ListIdentity
from tldops_desktop.settings import is_identity

TRUST_FILE = "trust.json"
_FIELDS = ("list_id", "list_address", "bounce_address")


def load_identity(
    data_dir: Path, on_unreadable: Callable[[str], None] = lambda why: None
) -> ListIdentity:
    """The identity the app last set for ``data_dir``; the default where it set none, or
    where the file cannot be read (trust then stays as strict as it ships; ``on_unreadable``
    is told why)."""
    try:
        data = json.loads((data_dir / TRUST_FILE).read_text(encoding="utf-8"))
    except (FileNotFoundError, NotADirectoryError):  # (a data folder under a file: said apart)
        return DEFAULT_IDENTITY
    except (OSError, ValueError) as exc:
        on_unreadable(getattr(exc, "strerror", None) or str(exc) or type(exc).__name__)
        return DEFAULT_IDENTITY
    try:
        values = {name: _text(data[name]) for name in _FIELDS}
        former = tuple(_triple(entry) for entry in data.get("former", []))
        if not is_identity(tuple(values.values())):
            raise ValueError("a value the list cannot have")
    except (ValueError, KeyError, TypeError, AttributeError):  # JSON, not of the app's shape
        on_unreadable("its content is not valid")
        return DEFAULT_IDENTITY
    return ListIdentity(**values, former=former)


def _text(value: object) -> str:
    if not isinstance(value, str):  # (a number, a list: not the app's)
        raise TypeError("not text")
    return value.strip()


def _triple(entry: object) -> tuple[str, str, str]:
    parts = tuple(_text(part) for part in entry) if isinstance(entry, list) else ()
    # (checked as the app's settings check them: a damaged value never weakens the trust check)
    if not is_identity(parts):
        raise ValueError("a former identity is a List-Id, an address and a bounce address")
    return (parts[0], parts[1], parts[2])


def save_identity(data_dir: Path, identity: ListIdentity) -> None:
    """Write ``identity`` for ``data_dir`` when it differs from what is there. A folder that
    cannot be written (read-only, not made yet) is left alone: the app still judges by it."""
    if load_identity(data_dir) == identity or not data_dir.is_dir():
        return
    if identity == DEFAULT_IDENTITY and not (data_dir / TRUST_FILE).exists():
        return
    values: dict[str, object] = {name: getattr(identity, name) for name in _FIELDS}
    values["former"] = [list(triple) for triple in identity.former]
    text = json.dumps(values, indent=2) + "\n"
    try:
        atomic_write(data_dir / TRUST_FILE, text.encode("utf-8"))
    except UserError:
        return
