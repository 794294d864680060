"""Shared fixtures: sample paths, an isolated environment, CLI runners, a test keyring."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import keyring
import pytest

from tests.support.memkeyring import MemoryKeyring
from tldops_desktop import cli

DATA = Path(__file__).parent / "data"
LAYOUT_A = DATA / "repository-20261101-layout-a.eml"
LAYOUT_B = DATA / "repository-20261001-layout-b.eml"
ALTERNATIVE = DATA / "repository-20260901-alternative.eml"
SMALL_MBOX = DATA / "small.mbox"
EXPECTED_20261101 = DATA / "repository-20261101-expected.json"
PASSPHRASE = "correct horse battery staple"


def expected_edition() -> dict[str, Any]:
    return dict(json.loads(EXPECTED_20261101.read_text(encoding="utf-8")))


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No test reads the real user's data, keyring, settings or logs."""
    for name in ("TLDOPS_PASSPHRASE", "TLDOPS_PASSPHRASE_FILE", "TLDOPS_DATA_DIR"):
        monkeypatch.delenv(name, raising=False)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local/state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    previous = keyring.get_keyring()
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())  # no OS keyring unless a test installs one
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture
def passphrase(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("TLDOPS_PASSPHRASE", PASSPHRASE)
    return PASSPHRASE


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@dataclass
class CliResult:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


@pytest.fixture
def run_cli(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Any:
    """Run ``tldops`` in-process with ``--data-dir`` set; returns code, stdout, stderr."""

    def run(*args: str | Path, data: Path | None = data_dir) -> CliResult:
        argv = [str(a) for a in args]
        if data is not None:
            argv = ["--data-dir", str(data), *argv]
        try:
            code = cli.main(argv)
        except SystemExit as exc:  # argparse: usage errors, --help, --version
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


def run_tldops(
    *args: str | Path, env: dict[str, str] | None = None, stdin: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    """Run the real ``tldops`` entry point in a subprocess."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "tldops_desktop.cli", *[str(a) for a in args]],
        input=stdin,
        capture_output=True,
        env=full_env,
        timeout=300,
        check=False,
    )
