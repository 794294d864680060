"""``tldops sources`` and ``tldops import`` with no PATH (the remembered sources)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from tests.conftest import LAYOUT_A, SMALL_MBOX
from tests.mailgen.clients import write_apple_mailbox
from tests.mailgen.containers import write_mbox
from tests.mailgen.editions import make_edition
from tests.mailgen.messages import edition_message


def edition(stamp: str, seed: int = 1) -> bytes:
    return edition_message(make_edition(stamp, seed=seed, members=4))


def test_add_list_remove(run_cli: Any) -> None:
    assert run_cli("sources", "list", "--json").json() == {"sources": []}
    assert "No remembered mail sources" in run_cli("sources", "list").out

    added = run_cli("sources", "add", SMALL_MBOX, "--json")
    assert added.code == 0, added.err
    assert added.json()["added"] is True
    assert added.json()["source"]["path"] == str(SMALL_MBOX.resolve())
    assert run_cli("sources", "add", SMALL_MBOX, "--json").json()["added"] is False
    assert "Already remembered" in run_cli("sources", "add", SMALL_MBOX).out
    assert "Remembered:" in run_cli("sources", "add", LAYOUT_A).out

    listed = run_cli("sources", "list", "--json").json()["sources"]
    assert [s["path"] for s in listed] == [str(SMALL_MBOX.resolve()), str(LAYOUT_A.resolve())]
    assert str(LAYOUT_A.resolve()) in run_cli("sources", "list").out

    removed = run_cli("sources", "remove", SMALL_MBOX, "--json")
    assert removed.json()["removed"]["path"] == str(SMALL_MBOX.resolve())
    missing = run_cli("sources", "remove", SMALL_MBOX)
    assert missing.code == 1
    assert "not a remembered mail source" in missing.err
    assert "Traceback" not in missing.err


def test_add_missing_path_is_a_user_error(tmp_path: Path, run_cli: Any) -> None:
    result = run_cli("sources", "add", tmp_path / "nowhere.mbox")
    assert result.code == 1
    assert "There is no file or folder" in result.err


def test_sources_without_action_prints_usage(run_cli: Any) -> None:
    result = run_cli("sources")
    assert result.code == 2
    assert "discover" in result.err and result.out == ""  # a usage error: stderr


def test_discover(tmp_path: Path, run_cli: Any) -> None:
    home = Path(os.environ["HOME"])  # the isolated home of the test (tests/conftest.py)
    assert "No mail store found" in run_cli("sources", "discover").out
    local = home / ".local/share/local-mail"
    (local / "inbox" / "cur").mkdir(parents=True)
    (local / "inbox" / "new").mkdir()
    (local / "inbox" / "cur" / "1.eml").write_bytes(edition("20261101-0600"))
    stores = run_cli("sources", "discover", "--json").json()["stores"]
    assert [(s["client"], s["path"], s["kind"], s["remembered"]) for s in stores] == [
        ("KMail", str(local), "maildir", False)
    ]
    assert stores[0]["size"] == (local / "inbox/cur/1.eml").stat().st_size
    run_cli("sources", "add", local)
    text = run_cli("sources", "discover").out
    assert "* KMail" in text and str(local) in text
    assert run_cli("sources", "discover", "--json").json()["stores"][0]["remembered"] is True


def test_import_without_path_and_nothing_remembered(passphrase: str, run_cli: Any) -> None:
    result = run_cli("import")
    assert result.code == 1
    assert "No mailbox to import from" in result.err
    assert "tldops sources" in result.err


def test_import_remembers_and_rechecks(tmp_path: Path, passphrase: str, run_cli: Any) -> None:
    mbox = tmp_path / "Inbox"
    write_mbox(mbox, [edition("20261001-0600")])
    apple = write_apple_mailbox(tmp_path / "INBOX.mbox", [edition("20260901-0600", seed=2)])
    first = run_cli("import", mbox, apple, "--json")
    assert first.code == 0, first.err
    assert first.json()["imported"] == ["20260901-0600", "20261001-0600"]
    listed = [s["path"] for s in run_cli("sources", "list", "--json").json()["sources"]]
    assert listed == [str(mbox), str(apple)]

    unchanged = run_cli("import", "--json").json()
    assert unchanged["imported"] == []
    assert unchanged["messages_scanned"] == 0
    assert len(unchanged["unchanged_sources"]) == 2

    with open(mbox, "ab") as stream:
        write_mbox(tmp_path / "next", [edition("20261101-0600", seed=3)])
        stream.write((tmp_path / "next").read_bytes())
    again = run_cli("import")
    assert again.code == 0, again.err
    assert "imported: 20261101-0600" in again.out
    current = run_cli("editions", "--json").json()["editions"]
    assert [e["stamp"] for e in current if e["current"]] == ["20261101-0600"]


def test_dry_run_and_stdin_are_not_remembered(passphrase: str, run_cli: Any) -> None:
    assert run_cli("import", SMALL_MBOX, "--dry-run").code == 0
    assert run_cli("sources", "list", "--json").json() == {"sources": []}


def test_what_could_not_be_read_as_mail_is_not_remembered(
    tmp_path: Path, passphrase: str, run_cli: Any
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("a shopping list, not mail\n")
    mbox = tmp_path / "Inbox"
    write_mbox(mbox, [edition("20261001-0600")])
    done = run_cli("import", notes, mbox, "--json")
    assert done.code == 1 and [e["code"] for e in done.json()["errors"]] == ["not-mail"]
    assert done.json()["imported"] == ["20261001-0600"]  # the mailbox beside it was read
    listed = [s["path"] for s in run_cli("sources", "list", "--json").json()["sources"]]
    assert listed == [str(mbox)]


def test_the_global_options_also_follow_a_sources_action(
    run_cli: Any, tmp_path: Path, capsys: Any
) -> None:
    from tldops_desktop import cli

    folder = tmp_path / "elsewhere"
    code = cli.main(["sources", "list", "--data-dir", str(folder), "--json"])
    assert code == 0
    assert json.loads(capsys.readouterr().out)["sources"] == []


def test_a_remembered_mailbox_that_moved_fails_the_recheck(
    passphrase: str, run_cli: Any, tmp_path: Path
) -> None:
    """A cron job's `tldops import` (no PATH) notices a mailbox that is gone, also with its
    output sent to /dev/null: a non-zero exit, and a line on stderr."""
    gone = tmp_path / "gone" / "Inbox"
    gone.parent.mkdir()
    gone.write_bytes(SMALL_MBOX.read_bytes())
    assert run_cli("sources", "add", gone).code == 0
    assert run_cli("import").code == 0
    gone.unlink()
    result = run_cli("import")
    assert result.code == 1
    assert f"could not read as mail: {gone}" in result.err


def test_an_import_with_a_damaged_sources_file_still_reports_what_it_stored(
    data_dir: Path, passphrase: str, run_cli: Any
) -> None:
    """Remembering the path comes after the editions are stored: a damaged list of sources
    must not hide the report of an import that worked, nor pass it off as a failure."""
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "sources.json").write_text("{", encoding="utf-8")
    done = run_cli("import", LAYOUT_A)
    assert "imported: 20261101-0600" in done.out, done.err
    assert "was not remembered" in done.err and "sources.json is damaged" in done.err
    assert done.code == 1 and "Traceback" not in done.err
    assert (data_dir / "sources.json").read_text(encoding="utf-8") == "{"  # left for the user
    as_json = run_cli("import", LAYOUT_A, "--json")
    assert json.loads(as_json.out)["already_present"] == ["20261101-0600"], as_json.err
