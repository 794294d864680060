"""Finding mail stores in fake home folders laid out as each client on each OS keeps them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.mailgen.clients import write_apple_mailbox
from tests.mailgen.containers import write_maildir, write_mbox, write_mh, write_msf
from tldops_desktop.mail import discover
from tldops_desktop.mail.discover import (
    APPLE_MAIL,
    MAILDIR,
    MBOX_FOLDER,
    MH,
    NOTE_EXPORT_NEEDED,
    NOTE_NEEDS_EXTRA,
    OST,
    OUTLOOK_MAC,
    PST,
    MailStore,
    discover_stores,
    normalize_os,
)

MESSAGE = b"From: a@example.org\nSubject: hello\n\nhi\n"


def thunderbird_profile(root: Path, *, relative: bool = True) -> Path:
    """A Thunderbird folder with profiles.ini, one profile with a local and an IMAP account."""
    profile = root / "Profiles" / "abcd1234.default-release"
    local = profile / "Mail" / "Local Folders"
    local.mkdir(parents=True)
    write_mbox(local / "Inbox", [MESSAGE, MESSAGE])
    write_msf(local / "Inbox.msf")
    (local / "Trash").write_bytes(b"")
    write_msf(local / "Trash.msf")
    imap = profile / "ImapMail" / "imap.registry.example"
    imap.mkdir(parents=True)
    write_mbox(imap / "INBOX", [MESSAGE])
    write_msf(imap / "INBOX.msf")
    (imap / "INBOX.sbd").mkdir()
    write_mbox(imap / "INBOX.sbd" / "tld-ops", [MESSAGE])
    (profile / "ImapMail" / "empty.example").mkdir()  # an account with no mail
    path = "Profiles/abcd1234.default-release" if relative else str(profile)
    (root / "profiles.ini").write_text(
        "[Install4F96D1932A9F858E]\nDefault=Profiles/abcd1234.default-release\nLocked=1\n\n"
        f"[Profile0]\nName=default-release\nIsRelative={int(relative)}\nPath={path}\n"
        "Default=1\n\n[General]\nStartWithLastProfile=1\nVersion=2\n",
        encoding="utf-8",
    )
    return profile


def by_client(stores: list[MailStore]) -> dict[str, list[MailStore]]:
    out: dict[str, list[MailStore]] = {}
    for store in stores:
        out.setdefault(store.client, []).append(store)
    return out


def test_normalize_os() -> None:
    assert normalize_os("linux") == "linux"
    assert normalize_os("Darwin") == "macos"
    assert normalize_os("win32") == "windows"
    assert normalize_os("Windows") == "windows"
    assert normalize_os("freebsd13") == "linux"


def test_linux_home(tmp_path: Path) -> None:
    home = tmp_path / "home"
    profile = thunderbird_profile(home / ".thunderbird")
    evolution = home / ".local/share/evolution/mail/local"
    write_maildir(evolution, [MESSAGE])
    write_maildir(evolution / ".Sent", [MESSAGE])
    kmail = home / ".local/share/local-mail"
    write_maildir(kmail / "inbox", [MESSAGE, MESSAGE])
    claws = home / "Mail"
    write_mh(claws / "inbox", [MESSAGE, MESSAGE, MESSAGE])
    (claws / "inbox" / ".claws_cache").write_bytes(b"\0" * 10)
    # Other OSes' places are not looked at on Linux.
    write_apple_mailbox(home / "Library/Mail/V10/ACCOUNT/INBOX.mbox", [MESSAGE])

    stores = discover_stores(home, "linux", pff_available=True)
    clients = by_client(stores)
    assert set(clients) == {"Thunderbird", "Evolution", "KMail", "Claws Mail"}
    assert [(s.path, s.kind) for s in clients["Thunderbird"]] == [
        (profile / "Mail" / "Local Folders", MBOX_FOLDER),
        (profile / "ImapMail" / "imap.registry.example", MBOX_FOLDER),
    ]
    local = clients["Thunderbird"][0]
    assert local.size == (profile / "Mail/Local Folders/Inbox").stat().st_size  # no .msf
    assert local.label == "default-release: Local Folders"
    assert [(s.path, s.kind) for s in clients["Evolution"]] == [(evolution, MAILDIR)]
    assert [(s.path, s.kind) for s in clients["KMail"]] == [(kmail, MAILDIR)]
    assert [(s.path, s.kind) for s in clients["Claws Mail"]] == [(claws, MH)]
    assert clients["Claws Mail"][0].size == sum(
        f.stat().st_size for f in claws.rglob("*") if f.is_file()
    )
    assert all(s.note == "" and s.readable for s in stores)


def test_linux_thunderbird_snap_and_absolute_profile(tmp_path: Path) -> None:
    home = tmp_path / "home"
    elsewhere = tmp_path / "elsewhere"
    root = home / "snap/thunderbird/common/.thunderbird"
    root.mkdir(parents=True)
    profile = thunderbird_profile(elsewhere, relative=False)
    (elsewhere / "profiles.ini").rename(root / "profiles.ini")
    stores = discover_stores(home, "linux")
    assert {s.path for s in stores} == {
        profile / "Mail" / "Local Folders",
        profile / "ImapMail" / "imap.registry.example",
    }


def test_macos_home(tmp_path: Path) -> None:
    home = tmp_path / "Users" / "anna"
    profile = thunderbird_profile(home / "Library/Thunderbird")
    mail = home / "Library/Mail"
    account = mail / "V10" / "3F2A-ACCOUNT"
    write_apple_mailbox(account / "INBOX.mbox", [MESSAGE, MESSAGE])
    write_apple_mailbox(account / "Archive.mbox", [MESSAGE])
    write_apple_mailbox(mail / "V9" / "OLD" / "INBOX.mbox", [MESSAGE])  # left by an upgrade
    (mail / "V10" / "MailData").mkdir()
    (mail / "V10" / "MailData" / "Envelope Index").write_bytes(b"SQLite format 3\0")
    outlook = (
        home / "Library/Group Containers/UBF8T346G9.Office/Outlook/Outlook 15 Profiles"
        / "Main Profile"
    )  # fmt: skip
    (outlook / "Data").mkdir(parents=True)
    (outlook / "Data" / "Outlook.sqlite").write_bytes(b"x" * 100)

    clients = by_client(discover_stores(home, "darwin"))
    assert set(clients) == {"Thunderbird", "Apple Mail", "Outlook"}
    assert clients["Thunderbird"][0].path == profile / "Mail" / "Local Folders"
    apple = clients["Apple Mail"]
    assert [(s.path.name, s.kind) for s in apple] == [
        ("Archive.mbox", APPLE_MAIL),
        ("INBOX.mbox", APPLE_MAIL),
    ]  # only V10: the live version
    assert all(s.path.parent == account for s in apple)
    assert apple[1].size > apple[0].size > 0
    (out,) = clients["Outlook"]
    assert (out.path, out.kind, out.note, out.readable) == (
        outlook, OUTLOOK_MAC, NOTE_EXPORT_NEEDED, False
    )  # fmt: skip


def test_windows_home(tmp_path: Path) -> None:
    home = tmp_path / "Users" / "anna"
    profile = thunderbird_profile(home / "AppData/Roaming/Thunderbird")
    local = home / "AppData/Local/Microsoft/Outlook"
    local.mkdir(parents=True)
    (local / "anna@registry.example.ost").write_bytes(b"!BDN" + bytes(2000))
    (local / "Outlook.pst").write_bytes(b"!BDN" + bytes(100))
    (local / "RoamCache").mkdir()
    (local / "anna.nst").write_bytes(b"!BDN")
    files = home / "Documents/Outlook Files"
    files.mkdir(parents=True)
    (files / "archive.pst").write_bytes(b"!BDN" + bytes(500))

    stores = discover_stores(home, "windows", pff_available=False)
    clients = by_client(stores)
    assert set(clients) == {"Thunderbird", "Outlook"}
    assert clients["Thunderbird"][0].path == profile / "Mail" / "Local Folders"
    assert [(s.path, s.kind, s.size, s.note) for s in clients["Outlook"]] == [
        (local / "anna@registry.example.ost", OST, 2004, NOTE_NEEDS_EXTRA),
        (local / "Outlook.pst", PST, 104, NOTE_NEEDS_EXTRA),
        (files / "archive.pst", PST, 504, NOTE_NEEDS_EXTRA),
    ]
    with_extra = discover_stores(home, "windows", pff_available=True)
    assert all(s.note == "" for s in with_extra)


def test_windows_appdata_from_the_environment(tmp_path: Path) -> None:
    home = tmp_path / "Users" / "anna"
    roaming = tmp_path / "D" / "Roaming"
    thunderbird_profile(roaming / "Thunderbird")
    stores = discover_stores(home, "windows", env={"APPDATA": str(roaming)}, pff_available=True)
    assert [s.client for s in stores] == ["Thunderbird", "Thunderbird"]


def test_empty_and_broken_homes(tmp_path: Path) -> None:
    home = tmp_path / "empty"
    home.mkdir()
    for system in ("linux", "macos", "windows"):
        assert discover_stores(home, system, pff_available=True) == []
    (home / ".thunderbird").mkdir()
    (home / ".thunderbird" / "profiles.ini").write_bytes(b"\xff\xfe not an ini [[[")
    assert discover_stores(home, "linux") == []


def test_discovery_reads_no_mail(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    thunderbird_profile(home / ".thunderbird")
    write_maildir(home / ".local/share/local-mail/inbox", [MESSAGE])
    opened: list[str] = []
    real_open = open

    def watch(file: object, *args: object, **kwargs: object) -> object:
        opened.append(str(file))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("builtins.open", watch)
    assert len(discover_stores(home, "linux")) == 3
    assert [f for f in opened if Path(f).exists()] == [str(home / ".thunderbird/profiles.ini")]


def test_store_json(tmp_path: Path) -> None:
    store = MailStore("Outlook", tmp_path / "a.pst", PST, 12, "a", NOTE_NEEDS_EXTRA)
    assert store.to_json() == {
        "client": "Outlook", "path": str(tmp_path / "a.pst"), "kind": "pst", "size": 12,
        "label": "a", "note": "needs-extra", "readable": True,
    }  # fmt: skip
    assert discover.tree_size(tmp_path / "missing") == 0
