"""A passphrase typed in the terminal may be mistyped: it is asked again, three tries in all,
as sudo and gpg do. A passphrase given (option, variable, file) is never asked again.
Real SQLCipher files."""

from __future__ import annotations

import contextlib
import getpass
import io
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.reliability.support import child_env, cli_command
from tldops_desktop.errors import NoKeyError, UserError, WrongKeyError
from tldops_desktop.services.store import Store
from tldops_desktop.storage.keys import PASSPHRASE_TRIES, KeySource, terminal_prompt

Asked = list[tuple[str, bool]]


def typist(answers: list[str], asked: Asked) -> Callable[[str, bool], str]:
    """A prompt that types ``answers`` in turn, and records what it was asked."""
    queue = list(answers)

    def prompt(message: str, confirm: bool) -> str:
        asked.append((message, confirm))
        return queue.pop(0)

    return prompt


@pytest.fixture
def passphrase_db(data_dir: Path) -> Path:
    Store.open(data_dir, KeySource(passphrase=PASSPHRASE, prompt=None, env={}), create=True).close()
    return data_dir


def test_a_mistyped_passphrase_is_asked_again(passphrase_db: Path) -> None:
    asked: Asked = []
    keys = KeySource(prompt=typist(["wrong one", "wrong two", PASSPHRASE], asked), env={})
    with Store.open(passphrase_db, keys) as store:
        assert store.repo.current_stamp() is None
    assert len(asked) == PASSPHRASE_TRIES == 3
    assert asked[0][0] == "Passphrase of the TLD-OPS database: "
    assert all("does not open the database. Try again" in m for m, _c in asked[1:])


def test_three_wrong_tries_end_with_the_wrong_key_message(passphrase_db: Path) -> None:
    asked: Asked = []
    before = (passphrase_db / "tldops.db").read_bytes()
    keys = KeySource(prompt=typist(["a", "b", "c", PASSPHRASE], asked), env={})
    with pytest.raises(WrongKeyError) as error:
        Store.open(passphrase_db, keys)
    assert error.value.code == "wrong-key"
    assert len(asked) == 3  # the fourth answer was never asked for
    assert (passphrase_db / "tldops.db").read_bytes() == before


def test_a_given_passphrase_is_not_asked_again(passphrase_db: Path) -> None:
    asked: Asked = []
    keys = KeySource(
        prompt=typist([PASSPHRASE], asked), env={"TLDOPS_PASSPHRASE": "not the passphrase"}
    )
    with pytest.raises(WrongKeyError):
        Store.open(passphrase_db, keys)
    assert asked == []  # a script gets the error at once, never a prompt


def test_a_too_short_new_passphrase_is_asked_again(data_dir: Path) -> None:
    asked: Asked = []
    keys = KeySource(
        prompt=typist(["short", "long enough words"], asked), env={}, prefer_passphrase=True
    )
    Store.open(data_dir, keys, create=True).close()
    assert len(asked) == 2 and all(confirm for _m, confirm in asked)
    assert "at least 8 characters" in asked[1][0]
    assert asked[1][0].endswith("Choose again: ")
    again = KeySource(passphrase="long enough words", prompt=None, env={})
    Store.open(data_dir, again).close()


def test_three_short_new_passphrases_create_nothing(data_dir: Path) -> None:
    asked: Asked = []
    keys = KeySource(prompt=typist(["a1", "b2", "c3"], asked), env={}, prefer_passphrase=True)
    with pytest.raises(UserError) as error:
        Store.open(data_dir, keys, create=True)
    assert error.value.code == "passphrase-too-short"
    assert len(asked) == 3
    assert not data_dir.exists() or not any(data_dir.iterdir())


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _type_in_terminal(monkeypatch: pytest.MonkeyPatch, answers: list[str]) -> list[str]:
    asked: list[str] = []
    queue = list(answers)

    def fake_getpass(prompt: str = "") -> str:
        asked.append(prompt)
        return queue.pop(0)

    monkeypatch.setattr(sys, "stdin", _Terminal())
    monkeypatch.setattr(sys, "stderr", _Terminal())
    monkeypatch.setattr(getpass, "getpass", fake_getpass)
    return asked


def test_the_terminal_asks_again_when_the_two_passphrases_differ(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked = _type_in_terminal(monkeypatch, ["first try", "first tri", "second try", "second try"])
    assert terminal_prompt("Choose a passphrase: ", True) == "second try"
    assert asked == [
        "Choose a passphrase: ",
        "Repeat the passphrase: ",
        "The two passphrases differ. Choose a passphrase again: ",
        "Repeat the passphrase: ",
    ]


def test_the_terminal_gives_up_after_three_differing_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    _type_in_terminal(monkeypatch, ["a", "b"] * 3)
    with pytest.raises(UserError) as error:
        terminal_prompt("Choose a passphrase: ", True)
    assert error.value.code == "passphrase-mismatch"


def test_no_terminal_no_prompt(monkeypatch: pytest.MonkeyPatch, passphrase_db: Path) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO())
    assert terminal_prompt("Passphrase: ", False) is None
    with pytest.raises(NoKeyError):
        Store.open(passphrase_db, KeySource(env={}))


def test_a_passphrase_file_on_the_command_line_wins_over_the_environment(
    passphrase_db: Path, tmp_path: Path
) -> None:
    file = tmp_path / "pp"
    file.write_bytes(b"\xef\xbb\xbf" + PASSPHRASE.encode() + b"\r\n")  # Notepad's, with a BOM
    keys = KeySource(passphrase_file=file, prompt=None, env={"TLDOPS_PASSPHRASE": "stale one"})
    Store.open(passphrase_db, keys).close()
    from_env_file = KeySource(prompt=None, env={"TLDOPS_PASSPHRASE_FILE": str(file)})
    Store.open(passphrase_db, from_env_file).close()


@pytest.mark.parametrize("create", [True, False])
def test_a_passphrase_file_with_a_nul_is_refused_clearly(
    passphrase_db: Path, tmp_path: Path, create: bool
) -> None:
    """UTF-16 text without its byte order mark reads as UTF-8 with a NUL after each letter:
    no SQL statement can carry it, and nothing is created with it."""
    file = tmp_path / "passphrase.txt"
    file.write_bytes(PASSPHRASE.encode("utf-16-le"))
    folder = tmp_path / "new" if create else passphrase_db
    before = sorted(p.name for p in passphrase_db.iterdir())
    with pytest.raises(UserError) as error:
        Store.open(folder, KeySource(passphrase_file=file, prompt=None, env={}), create=create)
    assert error.value.code == "passphrase-file-unreadable"
    assert "UTF-8" in error.value.message
    assert not (tmp_path / "new").exists()
    assert sorted(p.name for p in passphrase_db.iterdir()) == before


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_end_of_input_at_the_passphrase_prompt_is_no_bug(
    passphrase_db: Path, tmp_path: Path
) -> None:
    """Ctrl+D at the prompt of a real terminal: a message, not an internal error."""
    env = child_env(tmp_path)
    del env["TLDOPS_PASSPHRASE"]
    primary, secondary = os.openpty()
    with subprocess.Popen(
        cli_command("--data-dir", passphrase_db, "editions"),
        env=env, stdin=secondary, stdout=secondary, stderr=secondary, start_new_session=True,
    ) as proc:  # fmt: skip
        os.close(secondary)
        seen = b""
        while b"Passphrase" not in seen:
            seen += os.read(primary, 1024)
        os.write(primary, b"\x04")  # Ctrl+D: end of input
        code = proc.wait(timeout=60)
        with contextlib.suppress(OSError):  # (EIO once the process is gone)
            while chunk := os.read(primary, 1024):
                seen += chunk
    os.close(primary)
    text = seen.decode("utf-8", "replace")
    assert code == 1, text
    assert "No passphrase was typed" in text and "internal error" not in text


def test_a_passphrase_file_that_never_ends_is_refused(passphrase_db: Path) -> None:
    """/dev/zero or a log file named by mistake: read no further than a passphrase can be,
    rather than fill the memory."""
    endless = Path("/dev/zero")
    if not endless.exists():
        pytest.skip("no /dev/zero here")
    with pytest.raises(UserError) as error:
        Store.open(passphrase_db, KeySource(passphrase_file=endless, prompt=None, env={}))
    assert error.value.code == "passphrase-file-unreadable"
    assert "too long" in error.value.message
