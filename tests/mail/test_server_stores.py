"""The import over mail as servers and sync tools keep it on disk, and over lists' archives:
every edition found with its date, nothing ordinary taken for one, trust as the list's
headers give it."""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any

import pytest

from tests.mail import client_stores as cs
from tests.mail.test_client_stores import RunCli, check


@pytest.fixture(autouse=True)
def _passphrase(passphrase: str) -> None:
    """Every import here writes a real SQLCipher database under the test passphrase."""


@pytest.mark.parametrize("store", ["sdbox", "mdbox"])
def test_dovecot_dbox_stores(run_cli: RunCli, tmp_path: Path, store: str) -> None:
    """A server's or a laptop's Dovecot store: every message read out of Dovecot's own
    files, none out of its indexes (whose cache copies header fields); it was passed over
    without a word."""
    sent = cs.editions(7, 8, 9)
    messages = cs.mix(sent)
    folders = {"INBOX": messages[:5], "Lists/tld-ops": messages[5:]}
    root = tmp_path / store
    (cs.sdbox if store == "sdbox" else cs.mdbox)(root, folders)
    report = check(run_cli, root, sent)
    assert report["messages_scanned"] == len(messages)


@pytest.mark.parametrize(
    ("damage", "name"),
    [
        (lambda data: data[: len(data) // 2], "u.3"),  # cut short: its metadata lost
        (lambda data: data.replace(b"\x01\x02N", b"\x00\x00\x00", 1), "u.3"),
    ],
)
def test_a_damaged_dbox_file_is_named(
    run_cli: RunCli, tmp_path: Path, damage: object, name: str
) -> None:
    sent = cs.editions(7, 8)
    root = tmp_path / "dbox"
    cs.sdbox(root, {"INBOX": cs.mix(sent)})
    path = root / "mailboxes" / "INBOX" / "dbox-Mails" / name
    assert callable(damage)
    path.write_bytes(damage(path.read_bytes()))
    result = run_cli("import", root, "--json")
    assert result.code == 1 and "could not read as mail" in result.err  # (as any file)
    report = result.json()
    listed = run_cli("editions", "--json").json()["editions"]
    assert sorted(e["stamp"] for e in listed) == [s.stamp for s in sent]  # (in u.4 and u.8)
    assert [(e["source"], e["code"]) for e in report["errors"]] == [(str(path), "unreadable")]
    assert "Dovecot" in report["errors"][0]["detail"]


@pytest.mark.parametrize("tool", ["mbsync", "offlineimap", "notmuch"])
def test_maildirs_of_sync_tools(run_cli: RunCli, tmp_path: Path, tool: str) -> None:
    """mbsync (folders as nested Maildirs, "SubFolders Verbatim"), OfflineIMAP (Maildir++'s
    dotted names) and notmuch (its database among the folders): their state files and
    databases are no mail, their names with a UID read as any Maildir's."""
    sent = cs.editions(7, 8, 9)
    messages = cs.mix(sent)
    root = tmp_path / "Mail"
    sub = "Lists/tld-ops" if tool == "mbsync" else ".Lists.tld-ops"
    cs.sync_maildir(root / ("INBOX" if tool == "mbsync" else ""), messages[:5], tool=tool)
    cs.sync_maildir(root / sub, messages[5:], tool=tool)
    report = check(run_cli, root, sent)
    assert report["messages_scanned"] == len(messages)


def test_thunderbird_maildir_storage(run_cli: RunCli, tmp_path: Path) -> None:
    sent = cs.editions(7, 8, 9)
    messages = cs.mix(sent)
    local = tmp_path / "Mail" / "Local Folders"
    cs.thunderbird_maildir(local / "Inbox", messages[:5], eml_names=False)
    cs.thunderbird_maildir(local / "tld-ops", messages[5:], eml_names=True)
    report = check(run_cli, tmp_path / "Mail", sent)
    assert report["messages_scanned"] == len(messages)


def _archives(folder: Path, messages: list[bytes]) -> None:
    """Mailman's archives as a member downloads them: pipermail's monthly .txt and .txt.gz,
    HyperKitty's .mbox.gz, a Google Group's export."""
    folder.mkdir()
    (folder / "2026-July.txt").write_bytes(cs.pipermail(messages[:4]))
    (folder / "2026-August.txt.gz").write_bytes(gzip.compress(cs.pipermail(messages[4:8])))
    name = "tld-ops@lists.dns-oarc.net-2026-09.mbox.gz"
    (folder / name).write_bytes(gzip.compress(cs.hyperkitty(messages[8:])))


def test_lists_archives_are_read_as_untrusted_copies(run_cli: RunCli, tmp_path: Path) -> None:
    """An archive keeps none of the list's headers (pipermail writes addresses "noc at
    nic.de"): every edition in it is found with its date and listed as not sent through the
    list, none stored; imported on request, its contacts are whole."""
    sent = cs.editions(7, 8, 9)
    folder = tmp_path / "archives"
    _archives(folder, cs.mix(sent))
    report, stored = imported_untrusted(run_cli, folder)
    assert stored == {}
    assert sorted((u["stamp"], u["reason"]) for u in report["untrusted"]) == [
        (s.stamp, "no-list-id") for s in sent
    ]
    report, stored = imported_untrusted(run_cli, folder, "--allow-untrusted")
    assert sorted(stored) == [s.stamp for s in sent]
    for item in sent:
        assert stored[item.stamp]["date"] == item.when.isoformat()
        assert stored[item.stamp]["members"] == 200 and not stored[item.stamp]["trusted"]
    shown = run_cli("show", ".ad", "--json").json()
    assert "abuse1@nic.ad" in str(shown)  # ("abuse1 at nic.ad" in the archive)


def test_a_google_groups_export_keeps_the_groups_identity(run_cli: RunCli, tmp_path: Path) -> None:
    sent = cs.editions(7, 8)
    path = tmp_path / "messages.mbox"
    path.write_bytes(cs.google_groups(cs.mix(sent)))
    report, stored = imported_untrusted(run_cli, path)
    assert stored == {}
    assert sorted((u["stamp"], u["reason"]) for u in report["untrusted"]) == [
        (s.stamp, "foreign-list-id") for s in sent
    ]


def imported_untrusted(
    run_cli: RunCli, path: Path, *flags: str
) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    result = run_cli("import", path, "--json", *flags)
    assert result.code == 0, result.err
    assert result.json()["errors"] == []
    listed = run_cli("editions", "--json").json()["editions"]
    return result.json(), {item["stamp"]: item for item in listed}
