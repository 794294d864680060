"""``tldops import`` of paths that are odd: what they are, said in words a user can read."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest

needs_posix = pytest.mark.skipif(os.name == "nt", reason="links and named pipes as on POSIX")


@needs_posix
def test_a_link_to_nothing_and_a_named_pipe_are_named(
    tmp_path: Path, passphrase: str, run_cli: Any
) -> None:
    link = tmp_path / "Inbox"
    link.symlink_to("/media/backup/Mail/Inbox")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    result = run_cli("import", link, fifo)
    assert result.code == 1
    assert (
        f"problem: {link}: is a link to a file or folder that does not exist "
        "(/media/backup/Mail/Inbox)\n" in result.out
    )
    assert f"problem: {fifo}: is a named pipe, not a file: save what it gives to a file" in (
        result.out
    )
    assert run_cli("sources", "list", "--json").json() == {"sources": []}


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="file names are bytes on Linux")
def test_names_that_are_not_utf8_are_shown_readably(
    tmp_path: Path, passphrase: str, run_cli: Any
) -> None:
    """A tree made under a Latin-1 locale: "Gel\\xf6scht" shows so, its byte escaped, in text
    and JSON alike: not as Python's "Gel\\udcf6scht", which no UTF-8 output can hold, nor as
    "Gel\\ufffdscht", which hides which byte it was."""
    import json

    from tests.mailgen.containers import write_mbox
    from tests.mailgen.editions import make_edition
    from tests.mailgen.messages import edition_message

    mail = tmp_path / "Mail"
    deleted = mail / os.fsdecode(b"Gel\xf6scht")
    write_mbox(deleted, [edition_message(make_edition("20261001-0600", seed=1, members=4))])
    notes = tmp_path / os.fsdecode(b"Notizen-\xe4.txt")
    notes.write_text("no mail\n")
    first = run_cli("import", mail, notes)
    assert f"problem: {tmp_path}/Notizen-\\xe4.txt: is not a mailbox or mail file" in first.out
    again = run_cli("import", mail)
    assert again.code == 0, again.err
    assert f"unchanged since the last import: {mail}/Gel\\xf6scht\n" in again.out
    as_json = run_cli("import", mail, notes, "--json")
    report = json.loads(as_json.out.encode("utf-8"))  # (valid UTF-8: no lone surrogate)
    assert report["unchanged_sources"] == [f"{mail}/Gel\\xf6scht"]
    assert [e["source"] for e in report["errors"]] == [f"{tmp_path}/Notizen-\\xe4.txt"]
    remembered = run_cli("sources", "add", deleted)
    assert remembered.out == f"Remembered: {mail}/Gel\\xf6scht\n"
    listed = run_cli("sources", "list", "--json").json()["sources"]
    assert [s["path"] for s in listed] == [str(mail), f"{mail}/Gel\\xf6scht"]
    for output in (first, again, as_json, remembered):
        assert "udcf6" not in output.out and "udce4" not in output.out
        output.out.encode("utf-8")


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="file names are bytes on Linux")
def test_an_editions_source_not_utf8_is_kept_and_shown_readably(
    tmp_path: Path, passphrase: str, run_cli: Any, data_dir: Path
) -> None:
    import json

    from tests.mailgen.editions import make_edition
    from tests.mailgen.messages import edition_message
    from tldops_desktop.services.store import Store
    from tldops_desktop.storage.keys import KeySource

    saved = tmp_path / os.fsdecode(b"Repository-M\xfcller.eml")
    saved.write_bytes(edition_message(make_edition("20261101-0600", seed=2, members=4)))
    imported = run_cli("import", saved)
    assert imported.code == 0, imported.err
    listed = run_cli("editions", "--json")
    (edition,) = json.loads(listed.out.encode("utf-8"))["editions"]
    assert edition["source"] == f"{tmp_path}/Repository-M\\xfcller.eml"
    # Stored as it was: the file's own name, byte for byte.
    store = Store.open(data_dir, KeySource(passphrase=passphrase, prompt=None))
    try:
        (info,) = store.repo.editions()
    finally:
        store.close()
    assert os.fsencode(info.source) == os.fsencode(saved)


def test_an_edition_without_contacts_shows_the_lines_it_could_not_place(
    tmp_path: Path, passphrase: str, run_cli: Any
) -> None:
    header = "ccTLD | Country | Region | # | Name | Email | Phone"
    row = ".ad | Andorra | EU | 1 | Emil | e@nic.ad | +376 312 558 | a cell too many"
    edition = tmp_path / "edition.eml"
    edition.write_bytes(
        b"From: tld-ops@lists.dns-oarc.net\nTo: tld-ops@lists.dns-oarc.net\n"
        b"List-Id: <tld-ops.lists.dns-oarc.net>\nMessage-ID: <x@lists.dns-oarc.net>\n"
        b"Date: Sun, 01 Nov 2026 06:00:00 +0000\n"
        b"Subject: [tld-ops] TLD-OPS Incident Response Community Repository <20261101-0600>\n"
        b"Content-Type: text/plain; charset=utf-8\n\n" + f"{header}\n{row}\n".encode()
    )
    result = run_cli("import", edition)
    assert (
        f"problem: {edition}: 20261101-0600 names an edition, but no member's contacts could be "
        f"read from it (1 line not placed: line 2 (bad-row): {row})\n" in result.out
    )
