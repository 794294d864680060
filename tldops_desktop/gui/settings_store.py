"""Typed access to the settings table, stored with QSettings."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from tldops_desktop.mail.identity import ListIdentity
from tldops_desktop.settings import SETTINGS, Setting

_log = logging.getLogger(__name__)


class AppSettings:
    """Reads and writes the keys of ``tldops_desktop.settings.SETTINGS``; unknown keys fail."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.qsettings = qsettings or QSettings("TLD-OPS", "tldops-desktop")

    def get(self, key: str) -> Any:
        setting = SETTINGS[key]
        raw = self.qsettings.value(key, setting.default)
        if setting.check is not None:
            return self._checked(setting, setting.check, raw)
        value = _coerce(raw, setting.kind, setting.default)
        if setting.limits is not None:
            low, high = setting.limits
            return min(max(value, low), high)
        return value

    def _checked(self, setting: Setting, check: Callable[[object], bool], raw: Any) -> Any:
        """``raw`` where the setting can use it; else (a damaged file, one edited by hand:
        empty, binary, huge, another type) its default, noted in the log (never the value:
        it may be anything)."""
        if setting.kind is list:
            entries = _coerce(raw, list, None)
            if entries is None:
                self._note_damaged(setting.key, "it is not a list")
                return list(setting.default)
            kept = [e.strip() for e in entries if check(e)]
            if len(kept) != len(entries):
                self._note_damaged(setting.key, f"{len(entries) - len(kept)} entries are not valid")
            return kept
        value = raw.strip() if isinstance(raw, str) else raw
        if check(value):
            return value
        self._note_damaged(setting.key, "its value is not valid")
        return setting.default

    def _note_damaged(self, key: str, why: str) -> None:
        _log.warning(
            "The setting %s in %s is not used (%s): the default applies.",
            key,
            self.qsettings.fileName(),
            why,
        )

    def set(self, key: str, value: Any) -> None:
        setting = SETTINGS[key]
        if setting.kind is bytes and isinstance(value, QByteArray):
            value = bytes(value.data())
        self.qsettings.setValue(key, value)

    def reset(self, key: str) -> None:
        self.qsettings.remove(key)

    def sync(self) -> None:
        self.qsettings.sync()

    def identity(self) -> ListIdentity:
        former = []
        for entry in self.get("trust/former"):
            parts = tuple(part.strip() for part in str(entry).split("|"))
            if len(parts) == 3 and all(parts):
                former.append((parts[0], parts[1], parts[2]))
        return ListIdentity(
            list_id=self.get("trust/list_id"),
            list_address=self.get("trust/list_address"),
            bounce_address=self.get("trust/bounce_address"),
            former=tuple(former),
        )

    def set_identity(self, identity: ListIdentity) -> None:
        self.set("trust/list_id", identity.list_id)
        self.set("trust/list_address", identity.list_address)
        self.set("trust/bounce_address", identity.bounce_address)
        self.set("trust/former", ["|".join(triple) for triple in identity.former])

    def monitoring_tools(self) -> list[tuple[str, str]]:
        """(name, URL template with {tld}) pairs, in the user's order."""
        tools = []
        for entry in self.get("tools/monitoring"):
            name, sep, template = str(entry).partition("|")
            if sep and name.strip() and template.strip():
                tools.append((name.strip(), template.strip()))
        return tools


def _coerce(value: Any, kind: type, default: Any) -> Any:
    """QSettings returns strings from some backends (INI): bring values back to their type."""
    if value is None:
        return default
    if kind is bool:
        if isinstance(value, str):
            return value.strip().casefold() in {"1", "true", "yes", "on"}
        return bool(value)
    if kind is int:
        try:
            return int(value)
        except (TypeError, ValueError):
            return default
    if kind is list:
        if isinstance(value, str):
            return [value] if value else []
        return list(value) if isinstance(value, (list, tuple)) else default
    if kind is bytes:
        if isinstance(value, QByteArray):
            return bytes(value.data())
        return bytes(value) if isinstance(value, (bytes, bytearray)) else default
    return str(value)
