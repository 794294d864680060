"""Every setting of the app, its key and default, in one table (no Qt here)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tldops_desktop.mail.identity import DEFAULT_IDENTITY


@dataclass(frozen=True, slots=True)
class Setting:
    key: str
    default: Any
    kind: type
    # (int) the range the Settings dialog offers; a value outside it (a file edited by hand
    # or damaged) is brought into it: Qt's timers take no more than 2**31 ms.
    limits: tuple[int, int] | None = None


DEFAULT_MONITORING_TOOLS = (
    "DNSViz|https://dnsviz.net/d/{tld}/dnssec/",
    "Zonemaster|https://zonemaster.net/en/result?domain={tld}",
    "IANA root zone database|https://www.iana.org/domains/root/db/{tld}.html",
)

SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting("trust/list_id", DEFAULT_IDENTITY.list_id, str),
        Setting("trust/list_address", DEFAULT_IDENTITY.list_address, str),
        Setting("trust/bounce_address", DEFAULT_IDENTITY.bounce_address, str),
        # The list's identities before it moved, "List-Id|address|bounce address" each.
        Setting("trust/former", [], list),
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
