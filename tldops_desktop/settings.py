"""Every setting of the app, its key and default, in one table (no Qt here)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from tldops_desktop.core import emails
from tldops_desktop.mail.identity import DEFAULT_IDENTITY

# What the list's identity may be (RFC 2919's List-Id, RFC 5321's address lengths). A settings
# file damaged or edited by hand may hold anything there: an empty List-Id would match the
# "List-Id: <>" of any message, and garbage recognises no list at all.
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LIST_ID = re.compile(rf"{_ATOM}(?:\.{_ATOM})+")
MAX_LIST_ID = 255
MAX_ADDRESS = 254


def is_list_id(value: object) -> bool:
    """Whether ``value`` is a List-Id as the list's identity needs one ("tld-ops.lists...")."""
    return isinstance(value, str) and len(value) <= MAX_LIST_ID and bool(_LIST_ID.fullmatch(value))


def is_address(value: object) -> bool:
    """Whether ``value`` is a mail address (``local@domain``) the list's identity can use;
    "|" separates a former identity's parts, so none holds one."""
    return (
        isinstance(value, str)
        and len(value) <= MAX_ADDRESS
        and "|" not in value
        and emails.is_address(value)
    )


def is_identity(parts: Sequence[object]) -> bool:
    """Whether ``parts`` are a List-Id, the list's address and its bounce address."""
    return (
        len(parts) == 3 and is_list_id(parts[0]) and is_address(parts[1]) and is_address(parts[2])
    )


def is_former_identity(value: object) -> bool:
    """Whether ``value`` is a former identity as stored: "List-Id|address|bounce address"."""
    return isinstance(value, str) and is_identity([part.strip() for part in value.split("|")])


@dataclass(frozen=True, slots=True)
class Setting:
    key: str
    default: Any
    kind: type
    # (int) the range the Settings dialog offers; a value outside it (a file edited by hand
    # or damaged) is brought into it: Qt's timers take no more than 2**31 ms.
    limits: tuple[int, int] | None = None
    # (str) whether a value is one the setting can use; one that is not (a damaged file) gives
    # way to the default. (list) the same, for each of its entries: those that are not are left.
    check: Callable[[object], bool] | None = None


DEFAULT_MONITORING_TOOLS = (
    "DNSViz|https://dnsviz.net/d/{tld}/dnssec/",
    "Zonemaster|https://zonemaster.net/en/result?domain={tld}",
    "IANA root zone database|https://www.iana.org/domains/root/db/{tld}.html",
)

SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting("trust/list_id", DEFAULT_IDENTITY.list_id, str, check=is_list_id),
        Setting("trust/list_address", DEFAULT_IDENTITY.list_address, str, check=is_address),
        Setting("trust/bounce_address", DEFAULT_IDENTITY.bounce_address, str, check=is_address),
        # The list's identities before it moved, "List-Id|address|bounce address" each.
        Setting("trust/former", [], list, check=is_former_identity),
        Setting("ui/language", "", str),  # "" follows the system locale
        Setting("privacy/clipboard_clear_seconds", 30, int, (0, 3600)),  # 0: never clear
        Setting("privacy/lock_minutes", 0, int, (0, 24 * 60)),  # 0: never lock
        Setting("tools/monitoring", list(DEFAULT_MONITORING_TOOLS), list),
        Setting("window/geometry", b"", bytes),
        Setting("window/state", b"", bytes),
        Setting("window/splitter", b"", bytes),
        # Re-check the remembered mail sources (sources.json, services/sources.py) at start.
        Setting("startup/recheck_sources", True, bool),
        Setting("import/last_folder", "", str),
    )
}
