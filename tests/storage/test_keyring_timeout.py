"""A keyring that never answers (an unlock prompt nobody answers, a locked Secret Service on
a headless session) is given a few seconds, then taken as unavailable: the app and the
commands say so and offer the passphrase, never hang. Real keyring backends, real files."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from tests.conftest import LAYOUT_A, run_tldops
from tests.support.memkeyring import HangingKeyring, MemoryKeyring
from tldops_desktop.errors import NoKeyError
from tldops_desktop.services.store import Store
from tldops_desktop.storage.keys import (
    KEYRING_NOTICE,
    KEYRING_TIMEOUT,
    Keyring,
    KeySource,
    read_keyinfo,
)

ROOT = Path(__file__).parent.parent.parent
QUICK = 0.3


@pytest.fixture
def hanging() -> Iterator[HangingKeyring]:
    backend = HangingKeyring()
    HangingKeyring.release.clear()
    keyring.set_keyring(backend)
    yield backend
    HangingKeyring.release.set()  # the threads left waiting end with the test


def test_the_timeout_leaves_time_to_type_a_password_and_no_more() -> None:
    # (a responder waits for the contacts: 20 s was a long time to look at a frozen command)
    assert 8 <= KEYRING_TIMEOUT <= 12
    assert KEYRING_NOTICE <= 2


def test_a_keyring_that_hangs_is_a_clear_keyring_unavailable(
    data_dir: Path, memory_keyring: MemoryKeyring, hanging: HangingKeyring
) -> None:
    keyring.set_keyring(memory_keyring)
    Store.open(data_dir, KeySource(prompt=None, env={}), create=True).close()
    assert read_keyinfo(data_dir).mode == "keyring"  # type: ignore[union-attr]
    hanging.items = dict(memory_keyring.items)  # the same keys, behind a prompt
    keyring.set_keyring(hanging)
    started = time.monotonic()
    with pytest.raises(NoKeyError) as error:
        Store.open(data_dir, KeySource(prompt=None, env={}, keyring=Keyring(timeout=QUICK)))
    assert time.monotonic() - started < QUICK + 5
    assert error.value.code == "keyring-unavailable"
    assert "did not answer" in error.value.message
    assert "start-over" in error.value.message  # the way on without the keyring


def test_a_new_database_asks_for_a_passphrase_when_the_keyring_hangs(
    data_dir: Path, hanging: HangingKeyring
) -> None:
    asked: list[str] = []

    def prompt(message: str, confirm: bool) -> str:
        asked.append(message)
        return "a passphrase long enough"

    source = KeySource(prompt=prompt, env={}, keyring=Keyring(timeout=QUICK))
    started = time.monotonic()
    Store.open(data_dir, source, create=True).close()
    assert time.monotonic() - started < QUICK + 10
    assert len(asked) == 1 and "did not answer" in asked[0]
    assert read_keyinfo(data_dir).mode == "passphrase"  # type: ignore[union-attr]


def test_a_keyring_that_timed_out_is_not_waited_for_again(hanging: HangingKeyring) -> None:
    ring = Keyring(timeout=QUICK)
    with pytest.raises(NoKeyError):
        KeySource(prompt=None, env={}, keyring=ring).key_for_new(Path("x"))
    started = time.monotonic()
    ring.delete("anyone")  # (nothing to remove: no wait either)
    assert time.monotonic() - started < QUICK


def test_the_command_ends_when_the_keyring_hangs(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = {
        "PYTHON_KEYRING_BACKEND": "tests.support.memkeyring.FileKeyring",
        "TLDOPS_TEST_KEYRING_FILE": str(tmp_path / "keyring.json"),
        "TLDOPS_DATA_DIR": str(data),
        "PYTHONPATH": str(ROOT),
    }
    assert run_tldops("import", LAYOUT_A, env=env).returncode == 0
    env["PYTHON_KEYRING_BACKEND"] = "tests.support.memkeyring.HangingKeyring"
    started = time.monotonic()
    shown = run_tldops("show", ".de", env=env, stdin=b"")
    assert time.monotonic() - started < KEYRING_TIMEOUT + 30
    assert shown.returncode == 1
    assert b"did not answer" in shown.stderr and b"Traceback" not in shown.stderr
    # What it waited for was said while it waited, before the verdict.
    waiting, _, verdict = shown.stderr.decode().partition("\n")
    assert "waiting for the system keyring" in waiting
    assert f"at most {KEYRING_TIMEOUT:g} seconds" in waiting and "Ctrl+C" in waiting
    assert "did not answer" in verdict and "start-over" in verdict


def test_the_command_says_nothing_of_a_keyring_that_answers(tmp_path: Path) -> None:
    env = {
        "PYTHON_KEYRING_BACKEND": "tests.support.memkeyring.FileKeyring",
        "TLDOPS_TEST_KEYRING_FILE": str(tmp_path / "keyring.json"),
        "TLDOPS_DATA_DIR": str(tmp_path / "data"),
        "PYTHONPATH": str(ROOT),
    }
    assert run_tldops("import", LAYOUT_A, env=env).returncode == 0
    shown = run_tldops("show", ".de", env=env, stdin=b"")
    assert shown.returncode == 0 and b"keyring" not in shown.stderr


def test_a_new_database_started_while_the_keyring_hangs_keeps_no_key_there(
    data_dir: Path, hanging: HangingKeyring
) -> None:
    """The passphrase taken instead, the keyring is written nothing, even once it answers."""
    source = KeySource(
        prompt=lambda _message, _confirm: "a passphrase long enough",
        env={},
        keyring=Keyring(timeout=QUICK),
    )
    Store.open(data_dir, source, create=True).close()
    HangingKeyring.release.set()
    time.sleep(QUICK)
    assert hanging.items == {}
    Store.open(data_dir, KeySource(passphrase="a passphrase long enough", prompt=None)).close()
