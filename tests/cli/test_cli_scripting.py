"""``tldops`` in scripts and pipes: several query words, warnings on stderr for an untrusted
edition, JSON valid whatever the output's encoding, a failed write said as such."""

from __future__ import annotations

import errno
import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import LAYOUT_A, LAYOUT_B, SMALL_MBOX
from tldops_desktop import cli

SPOOF = "20991201-0600"


@pytest.fixture
def imported(passphrase: str, run_cli: Any) -> Any:
    assert run_cli("import", SMALL_MBOX, LAYOUT_A, LAYOUT_B).code == 0
    return run_cli


def test_several_query_words_are_one_query(imported: Any) -> None:
    one = imported("search", "region:EU lefevre", "--json").json()["results"]
    several = imported("search", "region:EU", "lefevre", "--json").json()["results"]
    assert one and several == one
    number = next(c["phone"] for m in one for c in m["contacts"] if " " in c["phone"])
    found = imported("search", *number.split(), "--json").json()["results"]  # as dialled
    assert number in [c["phone"] for c in found[0]["contacts"]]
    exported = imported("export", "region:EU", "lefevre", "-o", "-")
    assert exported.code == 0 and "BEGIN:VCARD" in exported.out


def test_answers_from_an_untrusted_edition_warn_on_stderr(passphrase: str, run_cli: Any) -> None:
    assert run_cli("import", SMALL_MBOX, "--allow-untrusted").code == 0
    stamps = {e["stamp"]: e["trusted"] for e in run_cli("editions", "--json").json()["editions"]}
    assert stamps[SPOOF] is False
    for args in (
        ("show", ".de", "--edition", SPOOF, "--tsv"),
        ("show", ".de", "--edition", SPOOF, "--json"),
        ("diff", "20260801-0600", SPOOF),
    ):
        result = run_cli(*args)
        assert result.code == 0
        assert f"edition {SPOOF} was NOT sent through the TLD-OPS list" in result.err, args
        assert "NOT sent" not in result.out  # the data stays clean for the pipe


def test_json_is_valid_when_the_output_is_not_utf8(
    imported: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A Windows pipe (cp1252) or a legacy locale: \\u escapes, never a Python escape."""
    for encoding in ("ascii", "cp1252"):
        raw = io.BytesIO()
        stream = io.TextIOWrapper(raw, encoding=encoding, errors="backslashreplace")
        cli.print_json({"name": "Лукас 𠮷 Müller"}, stream)
        stream.flush()
        assert json.loads(raw.getvalue().decode("ascii")) == {"name": "Лукас 𠮷 Müller"}
    utf8 = io.StringIO()
    cli.print_json({"name": "Лукас"}, utf8)
    assert "Лукас" in utf8.getvalue()  # as it is where the output is UTF-8


class _FullDisk(io.StringIO):
    encoding = "utf-8"

    def write(self, text: str) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")


def test_a_full_disk_on_output_is_said_plainly(
    imported: Any,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    capsys.readouterr()
    monkeypatch.setattr(sys, "stdout", _FullDisk())
    code = cli.main(["--data-dir", str(data_dir), "search", "de"])
    err = capsys.readouterr().err
    assert code == cli.EXIT_USER_ERROR
    assert "could not write the output: No space left on device" in err
    assert "bug" not in err and "Traceback" not in err


def test_no_traceback_when_the_crash_log_cannot_be_written(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def boom(args: Any, out: Any) -> int:
        raise RuntimeError("a bug")

    def no_log() -> Any:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(cli, "_write_crash_log", no_log)
    monkeypatch.setattr(cli, "_cmd_editions", boom)
    code = cli.main(["editions"])
    err = capsys.readouterr().err
    assert code == 70 and "internal error" in err and "Traceback" not in err


def test_control_characters_from_the_mail_never_reach_the_terminal(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """An escape sequence in a name would retitle or clear the terminal that shows it."""
    out = cli.SafeOutput(sys.stdout)
    out.write("Luc\x1b[31mía\x1b]0;PWNED\x07 Nowak\x9b\tnoc@nic.de\n")
    assert (
        capsys.readouterr().out == "Luc\ufffd[31mía\ufffd]0;PWNED\ufffd Nowak\ufffd\tnoc@nic.de\n"
    )


def test_show_prints_a_name_with_an_escape_sequence_harmlessly(
    passphrase: str, run_cli: Any, tmp_path: Path
) -> None:
    data = LAYOUT_A.read_bytes()
    name = data.split(b"Name: ", 1)[1].split(b"\n", 1)[0]
    hostile = data.replace(b"Name: " + name, b"Name: " + name + b"\x1b]0;OWNED\x07", 1)
    (tmp_path / "x.eml").write_bytes(hostile)
    assert run_cli("import", tmp_path / "x.eml").code == 0
    shown = run_cli("search", name.decode("utf-8").split()[0]).out
    assert "\x1b" not in shown and "\x07" not in shown and "OWNED" in shown


def test_an_empty_data_dir_is_refused_not_ignored(run_cli: Any) -> None:
    result = run_cli("--data-dir", "", "editions")
    assert result.code == cli.EXIT_USER_ERROR
    assert "--data-dir is empty" in result.err


def test_the_database_file_given_for_the_data_folder_names_its_folder(
    passphrase: str, run_cli: Any, data_dir: Path
) -> None:
    assert run_cli("import", LAYOUT_A).code == 0
    database = data_dir / "tldops.db"
    for command in (("search", "de"), ("show", "de"), ("editions",), ("import", LAYOUT_B)):
        result = run_cli(*command, data=database)
        assert result.code == cli.EXIT_USER_ERROR, command
        assert f"{database} is the database file: give the folder that holds it, " in result.err
        assert f"--data-dir {data_dir}" in result.err
        assert "no contacts" not in result.err
    other = run_cli("search", "de", data=LAYOUT_A)
    assert other.code == cli.EXIT_USER_ERROR
    assert f"The data folder {LAYOUT_A} is a file, not a folder" in other.err


def test_the_restore_list_names_each_backups_edition(
    passphrase: str, run_cli: Any, tmp_path: Path
) -> None:
    assert run_cli("import", LAYOUT_B).code == 0
    assert run_cli("import", LAYOUT_A).code == 0  # a backup of the database with LAYOUT_B's
    listed = run_cli("restore", "--list").out
    assert "edition 20261001-0600" in listed and "(newest)" in listed


def test_import_judges_trust_by_the_list_identity_set_in_the_app(
    passphrase: str, run_cli: Any, data_dir: Path
) -> None:
    """The list moved, and the user said so in Settings (which the app writes beside the
    database): a cron job's import trusts what the window trusts."""
    from tldops_desktop.mail.identity import DEFAULT_IDENTITY, ListIdentity
    from tldops_desktop.services.trust import TRUST_FILE, load_identity, save_identity

    assert run_cli("import", LAYOUT_B).code == 0  # the data folder, made
    moved = ListIdentity(
        "tld-ops.lists.example.org",
        "tld-ops@lists.example.org",
        "tld-ops-bounces@lists.example.org",
    )
    save_identity(data_dir, moved)
    assert load_identity(data_dir) == moved
    assert (data_dir / TRUST_FILE).stat().st_mode & 0o077 == 0
    report = run_cli("import", LAYOUT_A, "--json").json()
    assert report["imported"] == []
    assert [u["reason"] for u in report["untrusted"]] == ["foreign-list-id"]
    # Moved in Settings, the list's editions from before the move are still its own.
    save_identity(data_dir, DEFAULT_IDENTITY.moved_to(moved.triple))
    assert run_cli("import", LAYOUT_A, "--json").json()["imported"] == ["20261101-0600"]
    (data_dir / TRUST_FILE).write_text("{not json", encoding="utf-8")
    done = run_cli("import", LAYOUT_A)
    assert done.code == 0 and "trust.json cannot be read" in done.err


def test_an_interrupt_speaks_of_editions_only_for_an_import(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(args: Any, out: Any) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_cmd_editions", interrupted)
    assert cli.main(["editions"]) == 130
    assert capsys.readouterr().err == "tldops: interrupted.\n"
    monkeypatch.setattr(cli, "_cmd_import", interrupted)
    assert cli.main(["import", "x"]) == 130
    assert "Editions stored before stay" in capsys.readouterr().err


def test_restore_with_no_backup_named_says_which_and_when(
    passphrase: str, run_cli: Any, data_dir: Path
) -> None:
    """After the clock was set back, the backup restored is the one taken last, and the
    output says which it is, when it was taken, and that the clock went back."""
    from datetime import UTC, datetime

    from tldops_desktop.services.store import Store
    from tldops_desktop.storage.backup import take_backup
    from tldops_desktop.storage.keys import KeySource

    assert run_cli("import", LAYOUT_B).code == 0
    with Store.open(data_dir, KeySource(prompt=None)) as store:
        take_backup(store.db, now=datetime(2026, 11, 2, 6, 0, tzinfo=UTC))
        last = take_backup(store.db, now=datetime(2000, 1, 1, 0, 0, tzinfo=UTC))
    done = run_cli("restore")
    assert done.code == 0, done.err
    assert f"Restored the backup {last.path.name}, the last one taken" in done.out
    assert "taken 2000-01-01 00:00:00 UTC" in done.out
    assert "clock" in done.out
    listed = run_cli("restore", "--list").out.splitlines()
    assert listed[0].startswith(last.path.name) and "(newest)" in listed[0]


def test_an_empty_backup_name_is_said(passphrase: str, run_cli: Any) -> None:
    """`tldops restore "$BACKUP"` with BACKUP unset: not "No backup ." nor the newest."""
    assert run_cli("import", LAYOUT_A).code == 0
    done = run_cli("restore", "")
    assert done.code == 1
    assert "tldops: The backup to restore is named by an empty text" in done.err
