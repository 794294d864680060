"""Faults of the world, met by the real ``tldops`` process: a clear message, nothing overwritten,
and the way back (``tldops restore``) offered and working.

Made for real where we can: a read-only bind mount (root ignores permission bits; else
``chattr +i``), a 1 MiB tmpfs for a full disk, a second process holding the writer lock,
truncated and bit-flipped database files, a keyring that lost the key or is not there.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ALTERNATIVE, LAYOUT_A, LAYOUT_B
from tests.reliability.support import (
    as_another_user_sees_it,
    child_env,
    cli_command,
    digest,
    fill,
    lock_holder,
    read_only_file,
    read_only_folder,
    small_file_system,
    tree_digest,
)

B, A, ALT = "20261001-0600", "20261101-0600", "20260901-0600"


def tldops(env: dict[str, str], *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        cli_command(*args), env=env, capture_output=True, text=True, timeout=120, check=False
    )


def stamps(env: dict[str, str], data: Path) -> list[str]:
    done = tldops(env, "--data-dir", data, "editions", "--json")
    assert done.returncode == 0, done.stderr
    return [e["stamp"] for e in json.loads(done.stdout)["editions"]]


def user_error(done: subprocess.CompletedProcess[str], *fragments: str) -> None:
    """Exit 1, one clear message on stderr, no traceback, the expected words in it."""
    assert done.returncode == 1, (done.returncode, done.stdout, done.stderr)
    assert done.stderr.startswith("tldops: ")
    assert "Traceback" not in done.stderr and "sqlcipher3" not in done.stderr
    for fragment in fragments:
        assert fragment in done.stderr, (fragment, done.stderr)


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return child_env(tmp_path)


@pytest.fixture
def two_editions(env: dict[str, str], tmp_path: Path) -> Path:
    """A data folder holding B then A: one backup (holding B) was taken before A."""
    data = tmp_path / "data"
    for sample in (LAYOUT_B, LAYOUT_A):
        done = tldops(env, "--data-dir", data, "import", sample)
        assert done.returncode == 0, done.stderr
    assert len(list((data / "backups").iterdir())) == 1
    return data


# -- a read-only data folder ----------------------------------------------------------------


def test_read_only_data_folder(env: dict[str, str], two_editions: Path) -> None:
    data = two_editions
    before = tree_digest(data)
    with read_only_folder(data) as how:
        done = tldops(env, "--data-dir", data, "import", ALTERNATIVE)
        user_error(done, "cannot be opened for writing", "writable", "Nothing was changed")
        if how == "read-only bind mount":
            assert "read-only file system" in done.stderr
        restore = tldops(env, "--data-dir", data, "restore")
        assert restore.returncode == 1 and "Traceback" not in restore.stderr
        # The contacts can still be read: a disk remounted read-only is a bad day already.
        show = tldops(env, "--data-dir", data, "show", ".ad", "--json")
        assert show.returncode == 0, show.stderr
        assert json.loads(show.stdout)["edition"] == A
        found = tldops(env, "--data-dir", data, "search", "Andorra", "--json")
        assert found.returncode == 0 and json.loads(found.stdout)["results"], found.stderr
        assert stamps(env, data) == [A, B]
        export = tldops(env, "--data-dir", data, "export", ".ad", "-o", "-")
        assert export.returncode == 0 and "BEGIN:VCARD" in export.stdout, export.stderr
    assert tree_digest(data) == before, how
    assert tldops(env, "--data-dir", data, "import", ALTERNATIVE).returncode == 0
    assert stamps(env, data) == [A, B, ALT]


def test_read_only_database_file_in_a_writable_folder(
    env: dict[str, str], two_editions: Path
) -> None:
    """The file, not its folder, refuses writes: the message names the file to make
    writable, not the folder that is writable already."""
    data = two_editions
    database = data / "tldops.db"
    before = digest(database)
    with read_only_file(database):
        done = tldops(env, "--data-dir", data, "import", ALTERNATIVE)
        user_error(done, f"{database} does not allow writing", "Nothing was changed")
        assert f"Make {data} writable" not in done.stderr
        assert stamps(env, data) == [A, B]
    assert digest(database) == before
    assert tldops(env, "--data-dir", data, "import", ALTERNATIVE).returncode == 0
    assert stamps(env, data) == [A, B, ALT]


def test_read_only_backups_folder(env: dict[str, str], two_editions: Path) -> None:
    """Only the backups folder refuses writes: the message names it, not the data folder."""
    data = two_editions
    before = tree_digest(data)
    with read_only_file(data / "backups"):
        done = tldops(env, "--data-dir", data, "import", ALTERNATIVE)
        user_error(done, f"{data / 'backups'}", "Nothing was changed")
        assert f"Make {data} writable" not in done.stderr
    after = tree_digest(data)
    assert after.pop("tldops.lock") and before.pop("tldops.lock")  # (the writer's pid)
    assert after == before
    assert tldops(env, "--data-dir", data, "import", ALTERNATIVE).returncode == 0
    assert stamps(env, data) == [A, B, ALT]


@pytest.mark.parametrize("what", ["a folder", "a link to nowhere", "read-only"])
def test_a_lock_file_that_cannot_be_used_is_named(
    env: dict[str, str], two_editions: Path, what: str
) -> None:
    """Not "<data folder>: Is a directory" (or "No such file"), of a folder that is there."""
    data = two_editions
    lock = data / "tldops.lock"
    lock.unlink()
    if what == "a folder":
        lock.mkdir()
    elif what == "a link to nowhere":
        lock.symlink_to(data / "nowhere" / "tldops.lock")
    else:
        lock.write_text("")
    with contextlib.ExitStack() as stack:
        if what == "read-only":
            stack.enter_context(read_only_file(lock))
        done = tldops(env, "--data-dir", data, "import", ALTERNATIVE)
        user_error(done, str(lock))
    assert stamps(env, data) == [A, B]


def test_a_folder_in_the_place_of_the_database(env: dict[str, str], two_editions: Path) -> None:
    """Not "make the data folder writable" (it is): the way back is the backup."""
    data = two_editions
    (data / "tldops.db").unlink()
    (data / "tldops.db").mkdir()
    for command in (["import", ALTERNATIVE], ["editions"]):
        done = tldops(env, "--data-dir", data, *command)
        user_error(done, "tldops restore")
        assert "writable" not in done.stderr
    assert tldops(env, "--data-dir", data, "restore").returncode == 0
    assert stamps(env, data) == [B]


@pytest.mark.parametrize("whose", ["its files", "the folder too"])
def test_files_of_another_user(env: dict[str, str], two_editions: Path, whose: str) -> None:
    """The folder's files belong to another user (copied with sudo, an import run as root):
    each command says so and how to give them back, never an internal error, nor advice
    to move a file aside, nor "no editions yet"."""
    data = two_editions
    as_them = as_another_user_sees_it([])
    owned = [*data.rglob("*"), *([data] if whose == "the folder too" else [])]
    for path in owned:
        os.chown(path, 65534, 65534)
    commands = (
        ["editions"], ["search", "nl"], ["import", ALTERNATIVE], ["restore"],
        ["restore", "--list"], ["start-over", "--yes"],
    )  # fmt: skip
    try:
        for command in commands:
            done = subprocess.run(
                [*as_them, *cli_command("--data-dir", data, *command)],
                env=env, capture_output=True, text=True, timeout=120, check=False,
            )  # fmt: skip
            user_error(done, "another user", "chown")
            assert "Move it aside" not in done.stderr
    finally:
        for path in owned:
            os.chown(path, 0, 0)
    assert [p.name for p in data.parent.iterdir() if p.name.startswith("data")] == ["data"]
    assert stamps(env, data) == [A, B]


# -- a full disk ----------------------------------------------------------------------------


@pytest.mark.parametrize("room", ["none", "backup-only"])
def test_full_disk(env: dict[str, str], tmp_path: Path, room: str) -> None:
    with small_file_system(tmp_path / "small", "1m") as mount:
        data = mount / "data"
        assert tldops(env, "--data-dir", data, "import", LAYOUT_B).returncode == 0
        size = (data / "tldops.db").stat().st_size
        filler = fill(mount, leave=0 if room == "none" else size + 64 * 1024)
        db_before = digest(data / "tldops.db")
        backups_before = sorted(p.name for p in (data / "backups").glob("*"))

        done = tldops(env, "--data-dir", data, "import", LAYOUT_A)
        user_error(done, "is full", "free some space")
        assert digest(data / "tldops.db") == db_before
        assert not list((data / "backups").glob("*.partial"))  # no half backup left
        backups_after = sorted(p.name for p in (data / "backups").glob("*"))
        if room == "none":  # the database could not even be opened: nothing was
            assert done.stdout == ""
            assert backups_after == backups_before
        else:  # the backup was written whole, then the import's transaction rolled back
            user_error(done, "nothing more could be written", "undone whole")
            # The report, before the message, says what was stored (nothing) and what not.
            assert "  imported before the import stopped: none\n" in done.stdout
            (not_stored,) = [line for line in done.stdout.splitlines() if A in line]
            assert "(not stored" in not_stored, done.stdout
            assert len(backups_after) == len(backups_before) + 1

        filler.unlink()
        assert stamps(env, data) == [B]  # the failed import left nothing behind
        assert tldops(env, "--data-dir", data, "import", LAYOUT_A).returncode == 0
        assert stamps(env, data) == [A, B]


def test_full_disk_while_the_new_database_is_set_up(env: dict[str, str], tmp_path: Path) -> None:
    """The disk fills while the schema is written (a new folder, or a new version's schema
    change): SQLite has undone the transaction already; said as a full disk, not a bug."""
    with small_file_system(tmp_path / "small", "64k") as mount:
        data = mount / "data"
        done = tldops(env, "--data-dir", data, "import", LAYOUT_B)
        user_error(done, "is full", "free some space")
        assert not (data / "tldops.db").exists() and not (data / "keyinfo.json").exists()


def test_full_disk_during_start_over_puts_the_folder_back(
    env: dict[str, str], tmp_path: Path
) -> None:
    """The old folder is renamed aside, then the new one cannot be set up: the old one is
    put back where it was, so that "nothing was changed" is true and the contacts are
    where the app and the commands look for them."""
    with small_file_system(tmp_path / "small", "1m") as mount:
        data = mount / "data"
        done = tldops(env, "--data-dir", data, "import", LAYOUT_B)
        assert done.returncode == 0, done.stderr
        before = tree_digest(data)
        fill(mount)
        done = tldops(env, "--data-dir", data, "start-over", "--yes")
        user_error(done, "full", "Nothing was changed")
        assert sorted(p.name for p in mount.iterdir()) == ["data", "filler"]
        assert tree_digest(data) == before
        (mount / "filler").unlink()
        assert stamps(env, data) == [B]


def test_full_disk_during_a_split_export_leaves_no_part_of_it(
    env: dict[str, str], two_editions: Path, tmp_path: Path
) -> None:
    """Some cards of a split export in the folder would be taken for all of them by the mail
    client that reads it, and would refuse the next try without --force."""
    with small_file_system(tmp_path / "small", "64k") as mount:
        made, kept = mount / "cards", mount / "mine"
        kept.mkdir()
        (kept / "notes.txt").write_text("mine\n")
        for folder in (made, kept):
            done = tldops(env, "--data-dir", two_editions, "export", "--split", folder)
            user_error(done, "No space left on device", "nothing of this export was left")
            assert not any(p.suffix in (".vcf", ".tmp") for p in mount.rglob("*")), done.stderr
        assert not made.exists()  # the folder it made, removed with its cards
        assert [p.name for p in kept.iterdir()] == ["notes.txt"]


# -- another process on the same data folder ------------------------------------------------


def test_another_process_importing(env: dict[str, str], two_editions: Path, tmp_path: Path) -> None:
    data = two_editions
    before = tree_digest(data)
    with lock_holder(data, env):
        done = tldops(env, "--data-dir", data, "import", ALTERNATIVE)
        user_error(done, "in use by another TLD-OPS Desktop window or command")
        restore = tldops(env, "--data-dir", data, "restore")
        user_error(restore, "in use by another TLD-OPS Desktop window or command")
        # Readers still work while a writer holds the folder.
        assert stamps(env, data) == [A, B]
        shown = tldops(env, "--data-dir", data, "show", ".nl")
        assert shown.returncode == 0, shown.stderr
    assert {k: v for k, v in tree_digest(data).items() if k != "tldops.lock"} == {
        k: v for k, v in before.items() if k != "tldops.lock"
    }
    assert tldops(env, "--data-dir", data, "import", ALTERNATIVE).returncode == 0


def test_restore_while_another_process_has_the_database_open(
    env: dict[str, str], two_editions: Path
) -> None:
    data = two_editions
    code = (
        "import sys\nfrom pathlib import Path\n"
        "from tldops_desktop.services.store import Store\n"
        "from tldops_desktop.storage.keys import KeySource\n"
        "store = Store.open(Path(sys.argv[1]), KeySource(prompt=None))\n"
        "store.repo.editions()\nprint('open', flush=True)\nsys.stdin.read()\n"
    )
    reader = subprocess.Popen(
        [sys.executable, "-c", code, str(data)], env=env, stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )  # fmt: skip
    try:
        assert reader.stdout is not None and reader.stdout.readline() == b"open\n"
        done = tldops(env, "--data-dir", data, "restore")
        user_error(done, "open in another TLD-OPS Desktop window or command", "nothing")
        assert stamps(env, data) == [A, B]
    finally:
        reader.kill()
        reader.wait(10)
        for stream in (reader.stdin, reader.stdout):
            if stream is not None:
                stream.close()


# -- a damaged database file ----------------------------------------------------------------


def _damage_and_restore(env: dict[str, str], data: Path, command: list[str | Path]) -> None:
    """The damaged file is refused clearly and untouched; ``tldops restore`` brings B back."""
    damaged = digest(data / "tldops.db")
    backups_before = tree_digest(data / "backups")
    done = tldops(env, "--data-dir", data, *command)
    user_error(done, "damaged", "tldops restore")
    assert "backup" in done.stderr
    assert digest(data / "tldops.db") == damaged
    assert tree_digest(data / "backups") == backups_before  # no backup of the damage

    listed = tldops(env, "--data-dir", data, "restore", "--list", "--json")
    assert listed.returncode == 0 and len(json.loads(listed.stdout)["backups"]) == 1
    restored = tldops(env, "--data-dir", data, "restore")
    assert restored.returncode == 0, restored.stderr
    assert "Restored the backup" in restored.stdout
    (aside,) = data.glob("tldops.db.before-restore-*")
    assert digest(aside) == damaged  # kept, never deleted
    assert stamps(env, data) == [B]
    assert tldops(env, "--data-dir", data, "import", LAYOUT_A).returncode == 0
    assert stamps(env, data) == [A, B]


@pytest.mark.parametrize("keep", [0, 100, 4096 + 100, "half", "page"])
def test_truncated_database(env: dict[str, str], two_editions: Path, keep: int | str) -> None:
    path = two_editions / "tldops.db"
    size = path.stat().st_size
    cut = {"half": size // 2, "page": size - 4096}.get(str(keep), keep)
    assert isinstance(cut, int)
    with path.open("r+b") as f:
        f.truncate(cut)
    _damage_and_restore(env, two_editions, ["search", "nl"])


@pytest.mark.parametrize("where", ["page 1", "page 2", "middle", "last page"])
def test_flipped_bytes(env: dict[str, str], two_editions: Path, where: str) -> None:
    path = two_editions / "tldops.db"
    size = path.stat().st_size
    offset = {"page 1": 100, "page 2": 4096 + 700, "middle": size // 2 + 33,
              "last page": size - 300}[where]  # fmt: skip
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x10
    path.write_bytes(bytes(data))
    # An import reads every page (its backup does) before it writes anything.
    _damage_and_restore(env, two_editions, ["import", ALTERNATIVE])


def test_wrong_passphrase_is_not_called_damage(env: dict[str, str], two_editions: Path) -> None:
    done = tldops({**env, "TLDOPS_PASSPHRASE": "not it"}, "--data-dir", two_editions, "editions")
    user_error(done, "cannot be opened with this key or passphrase", "tldops restore --list")
    assert "is damaged" not in done.stderr


# -- the keyring loses the key, or goes away -------------------------------------------------


@pytest.fixture
def keyring_env(tmp_path: Path) -> dict[str, str]:
    env = child_env(
        tmp_path,
        PYTHON_KEYRING_BACKEND="tests.support.memkeyring.FileKeyring",
        TLDOPS_TEST_KEYRING_FILE=str(tmp_path / "keyring.json"),
    )
    del env["TLDOPS_PASSPHRASE"]
    return env


@pytest.mark.parametrize("loss", ["key deleted", "keyring unavailable"])
def test_keyring_loses_the_key(keyring_env: dict[str, str], tmp_path: Path, loss: str) -> None:
    data = tmp_path / "data"
    for sample in (LAYOUT_B, LAYOUT_A):
        assert tldops(keyring_env, "--data-dir", data, "import", sample).returncode == 0
    assert json.loads((data / "keyinfo.json").read_text())["mode"] == "keyring"
    before = tree_digest(data)
    env = dict(keyring_env)
    if loss == "key deleted":
        (tmp_path / "keyring.json").write_text("{}")
        expected = "no longer holds the key"
    else:
        env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
        expected = "not available"
    for command in (["search", "nl"], ["import", ALTERNATIVE], ["restore"]):
        done = tldops(env, "--data-dir", data, *command)
        user_error(done, expected, "tldops start-over", "new data folder", "TLDOPS_PASSPHRASE",
                   "kept untouched")  # fmt: skip
    # A passphrase given now does not replace the database nor open it.
    done = tldops({**env, "TLDOPS_PASSPHRASE": "x"}, "--data-dir", data, "import", ALTERNATIVE)
    user_error(done, expected)
    assert tree_digest(data) == before  # the old file kept, byte for byte
    # The way offered works: the folder set aside whole, a new one in its place, and the
    # remembered mailboxes imported again with no path, protected by a passphrase.
    aside = tldops(env, "--data-dir", data, "start-over", "--yes")
    assert aside.returncode == 0, aside.stderr
    (kept,) = tmp_path.glob("data-kept-*")
    assert tree_digest(kept) == before
    again = tldops({**env, "TLDOPS_PASSPHRASE": "new pass"}, "--data-dir", data, "import")
    assert again.returncode == 0, again.stderr
    assert stamps({**env, "TLDOPS_PASSPHRASE": "new pass"}, data) == [A, B]


# -- POSIX permissions ------------------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions only")
def test_posix_permissions(env: dict[str, str], tmp_path: Path) -> None:
    data = tmp_path / "data"
    old = os.umask(0o022)  # a usual umask: the app must not rely on a strict one
    try:
        for sample in (LAYOUT_B, LAYOUT_A, ALTERNATIVE):
            assert tldops(env, "--data-dir", data, "import", sample).returncode == 0
        code = (
            "import json, os, sys, stat\nfrom pathlib import Path\n"
            "from tldops_desktop.services.store import Store\n"
            "from tldops_desktop.storage.keys import KeySource\n"
            "d = Path(sys.argv[1])\n"
            "with Store.open(d, KeySource(prompt=None)) as s:\n"
            "    s.repo.forget_scan_marks()\n"
            "    print(json.dumps({p.name: oct(stat.S_IMODE(p.stat().st_mode)) for p in d.iterdir()}))\n"
        )
        done = subprocess.run([sys.executable, "-c", code, str(data)], env=env,
                              capture_output=True, text=True, check=False)  # fmt: skip
    finally:
        os.umask(old)
    assert done.returncode == 0, done.stderr
    modes_while_open = json.loads(done.stdout)
    assert modes_while_open["tldops.db-wal"] == "0o600"
    assert modes_while_open["tldops.db-shm"] == "0o600"
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    assert stat.S_IMODE((data / "backups").stat().st_mode) == 0o700
    for path in [*data.iterdir(), *(data / "backups").iterdir()]:
        if path.is_file():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert len(list((data / "backups").iterdir())) == 2
