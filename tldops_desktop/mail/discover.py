"""Where mail clients keep their mail: the standard locations per client and OS.

One interface for every OS, taking the home folder and the OS name, so the Linux, macOS and
Windows layouts are all tested on any machine. Discovery reads directory listings, file sizes
and the clients' own profile lists (Thunderbird's ``profiles.ini``) — never a message: nothing
is read before the user picks a store. Only in a folder of numbered files are the first five
bytes of a few read: to tell an MH folder from mbox files named by year.
"""

from __future__ import annotations

import configparser
import importlib.util
import io
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath
from typing import Any

from tldops_desktop.mail.scan import holds_mbox_files, is_number, open_regular

LINUX, MACOS, WINDOWS = "linux", "macos", "windows"
_OS_NAMES = {
    "linux": LINUX, "linux2": LINUX, "freebsd": LINUX, "openbsd": LINUX,
    "darwin": MACOS, "macos": MACOS, "mac": MACOS, "osx": MACOS,
    "windows": WINDOWS, "win32": WINDOWS, "nt": WINDOWS, "cygwin": WINDOWS,
}  # fmt: skip

# Kinds of store (what the scanner will meet there).
MBOX_FOLDER = "mbox-folder"  # a folder of mbox files (Thunderbird), .msf indexes beside
MAILDIR = "maildir"
MH = "mh"
APPLE_MAIL = "apple-mail"  # a Name.mbox/ folder tree of .emlx files
PST, OST = "pst", "ost"
OUTLOOK_MAC = "outlook-mac-profile"

# Notes on a store (codes, not sentences: the GUI and CLI word them).
NOTE_NEEDS_EXTRA = "needs-extra"  # .pst/.ost: readable with the "outlook" extra installed
NOTE_EXPORT_NEEDED = "export-needed"  # Outlook for Mac's own database: not read; export .eml

_MH_SEARCH_DEPTH = 3  # Claws Mail keeps its MH folders right inside ~/Mail


@dataclass(frozen=True, slots=True)
class MailStore:
    """One mail store found on disk: what a user picks and the importer scans."""

    client: str  # "Thunderbird", "Evolution", "KMail", "Claws Mail", "Apple Mail", "Outlook"
    path: Path
    kind: str  # MBOX_FOLDER | MAILDIR | MH | APPLE_MAIL | PST | OST | OUTLOOK_MAC
    size: int  # bytes, of the files the scan would read
    label: str = ""  # account, profile or mailbox name
    note: str = ""  # "" | NOTE_NEEDS_EXTRA | NOTE_EXPORT_NEEDED

    @property
    def readable(self) -> bool:
        return self.note != NOTE_EXPORT_NEEDED

    def to_json(self) -> dict[str, Any]:
        return {
            "client": self.client,
            "path": str(self.path),
            "kind": self.kind,
            "size": self.size,
            "label": self.label,
            "note": self.note,
            "readable": self.readable,
        }


def normalize_os(os_name: str | None = None) -> str:
    """``linux`` | ``macos`` | ``windows`` from a name such as ``sys.platform`` gives."""
    name = (os_name or sys.platform).lower()
    for prefix, value in _OS_NAMES.items():
        if name.startswith(prefix):
            return value
    return LINUX  # other Unix-likes keep mail where Linux clients do


def discover_stores(
    home: Path | None = None,
    os_name: str | None = None,
    *,
    env: Mapping[str, str] | None = None,
    pff_available: bool | None = None,
) -> list[MailStore]:
    """Every mail store in the standard places of the mail clients on ``os_name``.

    ``home`` defaults to the user's home folder; on Windows, ``%APPDATA%`` and
    ``%LOCALAPPDATA%`` come from ``env`` (the real environment when ``home`` is not given,
    else the defaults under ``home``). ``pff_available`` (default: whether ``pypff`` is installed)
    decides whether .pst/.ost stores carry the ``needs-extra`` note.
    """
    system = normalize_os(os_name)
    if env is None:
        env = os.environ if home is None else {}
    root = home if home is not None else Path.home()
    if pff_available is None and system == WINDOWS:
        # Whether the Outlook reader is installed, without loading it (a C extension: this
        # runs on a worker thread in the app).
        pff_available = importlib.util.find_spec("pypff") is not None
    finders: list[Callable[[], Iterable[MailStore]]] = [lambda: _thunderbird(root, system, env)]
    if system == LINUX:
        finders += [lambda: _evolution(root), lambda: _kmail(root), lambda: _claws(root)]
    if system == MACOS:
        finders += [lambda: _apple_mail(root), lambda: _outlook_mac(root)]
    if system == WINDOWS:
        finders += [lambda: _outlook_windows(root, env, bool(pff_available))]
    found: list[MailStore] = []
    seen: set[str] = set()
    for finder in finders:
        for store in finder():
            key = _key(store.path)
            if key not in seen:
                seen.add(key)
                found.append(store)
    return found


# -- helpers -----------------------------------------------------------------------------------


def _key(path: Path) -> str:
    try:
        return os.path.normcase(str(path.resolve()))
    except OSError:
        return str(path)


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False


def _subdirs(path: Path) -> list[Path]:
    try:
        entries = list(os.scandir(path))
    except OSError:
        return []
    return sorted(Path(e.path) for e in entries if _entry_is_dir(e, follow_symlinks=False))


def _entry_is_dir(entry: os.DirEntry[str], *, follow_symlinks: bool = True) -> bool:
    try:
        return entry.is_dir(follow_symlinks=follow_symlinks)
    except OSError:  # a link that loops
        return False


def _entry_is_file(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_file()
    except OSError:  # a link that loops
        return False


def tree_size(path: Path, *, skip_suffixes: tuple[str, ...] = (".msf",)) -> int:
    """Bytes in the files under ``path`` (or of ``path`` itself), from the listing alone."""
    try:
        if path.is_file():
            return path.stat().st_size
    except OSError:
        return 0
    total = 0
    pending = [str(path)]
    while pending:  # not os.walk: it recurses once per level (Python 3.11)
        try:
            with os.scandir(pending.pop()) as listing:
                entries = list(listing)
        except OSError:
            continue
        for entry in entries:
            if _entry_is_dir(entry):
                if _entry_is_dir(entry, follow_symlinks=False):  # links to folders not followed
                    pending.append(entry.path)
            elif not entry.name.lower().endswith(skip_suffixes):
                try:
                    total += entry.stat().st_size
                except OSError:
                    continue
    return total


def _folder_kind(path: Path, depth: int = 0) -> str | None:
    """MAILDIR, MH, MBOX_FOLDER or None (no mail), from a listing."""
    try:
        entries = list(os.scandir(path))
    except OSError:
        return None
    names = {e.name for e in entries}
    if {"cur", "new"} <= names:
        return MAILDIR
    folders = [e for e in entries if _entry_is_dir(e)]
    if any(_is_dir(Path(e.path) / "cur") for e in folders):
        return MAILDIR  # a Maildir++ tree (.Sent/, .Drafts/ ...) or a folder of Maildirs
    files = [
        e
        for e in entries
        if not e.name.startswith(".") and not e.name.lower().endswith(".msf") and _entry_is_file(e)
    ]
    if ".mh_sequences" in names or _numbered_messages(files):
        return MH
    if depth < _MH_SEARCH_DEPTH and any(
        _folder_kind(Path(e.path), depth + 1) == MH for e in folders
    ):
        return MH  # Claws: Mail/inbox/, Mail/sent/ ... each an MH folder
    if files:
        return MBOX_FOLDER
    return None


def _numbered_messages(files: list[os.DirEntry[str]]) -> bool:
    """Files all numbered, and not mbox files named by year: an MH folder."""
    numbered = bool(files) and all(is_number(e.name) for e in files)
    return numbered and not holds_mbox_files(files)


def _windows_dir(env: Mapping[str, str], name: str, default: Path) -> Path:
    value = env.get(name)
    if not value:
        return default
    if os.name == "nt":
        return Path(value)
    return Path(*PureWindowsPath(value).parts) if "\\" in value else Path(value)


# -- Thunderbird -------------------------------------------------------------------------------


def thunderbird_roots(home: Path, system: str, env: Mapping[str, str]) -> list[Path]:
    """Folders that may hold Thunderbird's ``profiles.ini``."""
    if system == MACOS:
        return [home / "Library" / "Thunderbird"]
    if system == WINDOWS:
        appdata = _windows_dir(env, "APPDATA", home / "AppData" / "Roaming")
        return [appdata / "Thunderbird"]
    return [
        home / ".thunderbird",
        home / ".config" / "thunderbird",
        home / "snap" / "thunderbird" / "common" / ".thunderbird",
        home / ".var" / "app" / "org.mozilla.Thunderbird" / ".thunderbird",
    ]


def thunderbird_profiles(root: Path) -> list[tuple[str, Path]]:
    """(name, folder) of each profile listed in ``root/profiles.ini``."""
    ini = root / "profiles.ini"
    parser = configparser.RawConfigParser(strict=False)
    try:  # never waiting on a named pipe there
        binary = open_regular(ini, buffered=True)
        with io.TextIOWrapper(binary, encoding="utf-8", errors="replace") as stream:
            parser.read_file(stream)
    except (OSError, configparser.Error):
        return []
    profiles = []
    for section in parser.sections():
        if not section.lower().startswith("profile") or not parser.has_option(section, "Path"):
            continue
        raw = parser.get(section, "Path")
        relative = parser.get(section, "IsRelative", fallback="1").strip() != "0"
        path = root / Path(*raw.replace("\\", "/").split("/")) if relative else Path(raw)
        profiles.append((parser.get(section, "Name", fallback=path.name), path))
    return profiles


def _thunderbird(home: Path, system: str, env: Mapping[str, str]) -> Iterator[MailStore]:
    for root in thunderbird_roots(home, system, env):
        for profile_name, profile in thunderbird_profiles(root):
            for area in ("Mail", "ImapMail"):
                for account in _subdirs(profile / area):
                    kind = _folder_kind(account)
                    if kind is None:
                        continue
                    yield MailStore(
                        "Thunderbird",
                        account,
                        kind,
                        tree_size(account),
                        f"{profile_name}: {account.name}",
                    )


# -- Linux clients -----------------------------------------------------------------------------


def _evolution(home: Path) -> Iterator[MailStore]:
    for base in (
        home / ".local" / "share" / "evolution" / "mail" / "local",
        home / ".var" / "app" / "org.gnome.Evolution" / "data" / "evolution" / "mail" / "local",
    ):
        if _folder_kind(base) == MAILDIR:
            yield MailStore("Evolution", base, MAILDIR, tree_size(base), "On This Computer")


def _kmail(home: Path) -> Iterator[MailStore]:
    for base in (
        home / ".local" / "share" / "local-mail",
        home / ".kde" / "share" / "apps" / "kmail" / "mail",
        home / ".kde4" / "share" / "apps" / "kmail" / "mail",
    ):
        kind = _folder_kind(base)
        if kind is not None:
            yield MailStore("KMail", base, kind, tree_size(base), "Local Folders")


def _claws(home: Path) -> Iterator[MailStore]:
    base = home / "Mail"
    kind = _folder_kind(base)
    if kind is not None:
        yield MailStore("Claws Mail", base, kind, tree_size(base), "Mail")


# -- macOS -------------------------------------------------------------------------------------


def _apple_mail(home: Path) -> Iterator[MailStore]:
    mail = home / "Library" / "Mail"
    versions = [p for p in _subdirs(mail) if p.name[:1] == "V" and is_number(p.name[1:])]
    for version in sorted(versions, key=lambda p: int(p.name[1:]), reverse=True):
        for account in _subdirs(version):
            if account.name == "MailData":
                continue
            for mailbox in _subdirs(account):
                if mailbox.name.lower().endswith(".mbox"):
                    label = f"{account.name[:8]}: {mailbox.name[: -len('.mbox')]}"
                    yield MailStore("Apple Mail", mailbox, APPLE_MAIL, tree_size(mailbox), label)
        return  # only the newest version folder is the live one


def _outlook_mac(home: Path) -> Iterator[MailStore]:
    profiles = (
        home / "Library" / "Group Containers" / "UBF8T346G9.Office" / "Outlook"
        / "Outlook 15 Profiles"
    )  # fmt: skip
    for profile in _subdirs(profiles):
        yield MailStore(
            "Outlook", profile, OUTLOOK_MAC, tree_size(profile), profile.name, NOTE_EXPORT_NEEDED
        )


# -- Windows -----------------------------------------------------------------------------------


def _outlook_windows(
    home: Path, env: Mapping[str, str], pff_available: bool
) -> Iterator[MailStore]:
    local = _windows_dir(env, "LOCALAPPDATA", home / "AppData" / "Local")
    folders = [
        local / "Microsoft" / "Outlook",
        home / "Documents" / "Outlook Files",
        home / "OneDrive" / "Documents" / "Outlook Files",
    ]
    note = "" if pff_available else NOTE_NEEDS_EXTRA
    for folder in folders:
        try:
            files = sorted(os.scandir(folder), key=lambda e: e.name.lower())
        except OSError:
            continue
        for entry in files:
            suffix = entry.name.lower()[-4:]
            if suffix not in (".pst", ".ost") or not _entry_is_file(entry):
                continue
            kind = PST if suffix == ".pst" else OST
            path = Path(entry.path)
            yield MailStore("Outlook", path, kind, tree_size(path), entry.name[:-4], note)
