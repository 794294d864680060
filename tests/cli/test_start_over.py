"""``tldops start-over``: the command line's way back when the keyring lost the database key,
as the app's *Start a new data folder…*: the old folder kept whole under a new name, a new one
in its place with the remembered mailboxes and the list's identity, asked first (``--yes`` for
scripts). Real SQLCipher files, real mail, the CLI run as a user runs it."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import LAYOUT_A
from tests.mailgen.editions import make_edition
from tests.mailgen.messages import build_edition
from tests.support.memkeyring import MemoryKeyring
from tldops_desktop.services.trust import TRUST_FILE

MOVED = {
    "list_id": "tld-ops.lists.example.org",
    "list_address": "tld-ops@lists.example.org",
    "bounce_address": "tld-ops-bounces@lists.example.org",
}
STAMP = "20261201-0600"


def tree(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def lost_key(
    tmp_path: Path, data_dir: Path, memory_keyring: MemoryKeyring, run_cli: Any
) -> dict[str, str]:
    """A keyring-protected data folder with a remembered mailbox and a moved list's
    identity, whose key the keyring then lost; its files' digests."""
    mail = tmp_path / "mail"
    mail.mkdir()
    assert run_cli("import", LAYOUT_A).code == 0  # trusted by the list's first identity
    (data_dir / TRUST_FILE).write_text(json.dumps(MOVED), encoding="utf-8")
    moved = build_edition(make_edition(STAMP, seed=31, members=4), seed=31).data
    moved = moved.replace(b"lists.dns-oarc.net", b"lists.example.org")  # sent by the new host
    (mail / "moved.eml").write_bytes(moved)
    done = run_cli("import", mail, "--json")
    assert done.code == 0 and done.json()["imported"] == [STAMP], done.out
    assert "keyinfo.json" in {p.name for p in data_dir.iterdir()}
    memory_keyring.items.clear()
    lost = run_cli("editions")
    assert lost.code == 1 and "tldops start-over" in lost.err
    return tree(data_dir)


def kept_folder(data_dir: Path) -> Path:
    (kept,) = [p for p in data_dir.parent.iterdir() if p.name.startswith("data-kept-")]
    return kept


def test_without_yes_a_script_is_refused_and_nothing_changes(
    lost_key: dict[str, str], data_dir: Path, run_cli: Any
) -> None:
    done = run_cli("start-over")
    assert done.code == 1
    assert "tldops start-over --yes" in done.err and "nothing is deleted" in done.err
    assert tree(data_dir) == lost_key
    assert not [p for p in data_dir.parent.iterdir() if "-kept-" in p.name]


def test_start_over_keeps_the_folder_and_the_next_import_starts_again(
    lost_key: dict[str, str], data_dir: Path, run_cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    done = run_cli("start-over", "--yes", "--json")
    assert done.code == 0, done.err
    result = done.json()
    kept = kept_folder(data_dir)
    assert result == {"data_dir": str(data_dir), "kept": str(kept),
                      "carried_over": ["sources.json", TRUST_FILE]}  # fmt: skip
    assert tree(kept) == lost_key  # whole and untouched, the database and its backups too
    assert sorted(p.name for p in data_dir.iterdir()) == ["sources.json", TRUST_FILE]
    assert (data_dir / TRUST_FILE).read_bytes() == (kept / TRUST_FILE).read_bytes()
    assert (data_dir.stat().st_mode & 0o777) == 0o700
    # The next import needs no path: the remembered mailboxes are re-read, and the moved
    # list's edition is trusted as before.
    monkeypatch.setenv("TLDOPS_PASSPHRASE", "a new passphrase for it")
    again = run_cli("import", "--json")
    assert again.code == 0, again.err
    assert again.json()["imported"] == [STAMP]
    (edition,) = run_cli("editions", "--json").json()["editions"]
    assert edition["trusted"] is True and edition["current"] is True


def test_text_output_says_where_the_old_folder_is_and_what_to_do(
    lost_key: dict[str, str], data_dir: Path, run_cli: Any
) -> None:
    done = run_cli("start-over", "--yes")
    assert done.code == 0, done.err
    kept = kept_folder(data_dir)
    assert f"kept, whole and untouched, as {kept}" in done.out
    assert f"tldops --data-dir {kept}" in done.out
    assert "Next: tldops import," in done.out


def test_nothing_to_set_aside(data_dir: Path, run_cli: Any) -> None:
    done = run_cli("start-over", "--yes")
    assert done.code == 1 and "no database" in done.err and "nothing was changed" in done.err
    assert not data_dir.exists()


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal, as on POSIX")
@pytest.mark.parametrize("answer", ["yes", "no"])
def test_on_a_terminal_it_asks_first(tmp_path: Path, answer: str) -> None:
    """The real ``tldops`` on a pseudo-terminal: only "yes" sets the folder aside."""
    from tests.reliability.support import child_env, cli_command

    env = child_env(tmp_path)
    data = tmp_path / "data"
    made = subprocess.run(cli_command("--data-dir", data, "import", LAYOUT_A), env=env,
                          capture_output=True, timeout=120, check=False)  # fmt: skip
    assert made.returncode == 0, made.stderr
    before = tree(data)
    leader, follower = os.openpty()
    try:
        proc = subprocess.Popen(
            cli_command("--data-dir", data, "start-over"), env=env,
            stdin=follower, stdout=follower, stderr=follower,
        )  # fmt: skip
        os.close(follower)
        said = b""
        while b"Type yes to go on" not in said:
            said += os.read(leader, 4096)
        os.write(leader, answer.encode() + b"\n")
        assert proc.wait(60) == (0 if answer == "yes" else 1)
        with contextlib.suppress(OSError):  # the terminal closes with the process
            while chunk := os.read(leader, 4096):
                said += chunk
    finally:
        os.close(leader)
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("data-kept-")]
    if answer == "yes":
        assert [tree(p) for p in kept] == [before]
        assert b"A new data folder is ready" in said
    else:
        assert kept == [] and tree(data) == before
        assert b"was left as it is" in said
