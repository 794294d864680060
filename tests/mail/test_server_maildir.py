"""Maildir++ as Dovecot and Courier keep it on a mail server (a mailbox copied from the server,
or read where it lies): every edition in a list's subfolder is read, the server's own files
beside the messages are no mail, and a message flagged Trashed (IMAP's \\Deleted) is not read."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.mailgen.containers import Server, write_server_maildir
from tests.mailgen.editions import make_edition
from tests.mailgen.messages import edition_message
from tldops_desktop.services.import_report import ImportReport
from tldops_desktop.services.importer import ImportOptions, find_editions

OLDER, DELETED, LATEST = "20261001-0600", "20261101-0600", "20261201-0600"
ORDINARY = (
    b"From: Alice <alice@registry.example>\nTo: bob@registry.example\n"
    b"Subject: lunch\nDate: Mon, 02 Nov 2026 12:00:00 +0000\nMessage-ID: <1@registry.example>\n"
    b"\nShall we?\n"
)


def _edition(stamp: str) -> bytes:
    return edition_message(make_edition(stamp, seed=3, members=5))


@pytest.mark.parametrize(
    ("server", "folder"),
    [
        ("dovecot", ".INBOX.Lists.tld-ops"),
        ("dovecot", ".Lists.tld-ops"),
        ("courier", ".Lists.tld-ops"),
    ],
)
def test_a_server_maildir_reads_every_edition_and_no_other_file(
    tmp_path: Path, server: Server, folder: str
) -> None:
    root = tmp_path / "Maildir"
    write_server_maildir(root, "", [(ORDINARY, "S"), (ORDINARY, None)], server=server)
    write_server_maildir(
        root,
        folder,
        [
            (_edition(OLDER), "RS"),
            (_edition(DELETED), "ST"),  # \Deleted, not yet expunged
            (_edition(LATEST), None),  # delivered, not yet seen by a client
        ],
        server=server,
    )
    assert (root / folder / "maildirfolder").exists()
    report = ImportReport()
    found = find_editions([str(root)], ImportOptions(workers=0), report)
    assert sorted(f.stamp for f in found) == [OLDER, LATEST]
    assert report.errors == [] and report.untrusted == [] and report.unplaced_lines == []
