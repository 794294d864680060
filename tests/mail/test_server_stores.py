"""The import over mail as servers and sync tools keep it on disk, and over lists' archives:
every edition found with its date, nothing ordinary taken for one, trust as the list's
headers give it."""

from __future__ import annotations

from pathlib import Path

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
