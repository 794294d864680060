"""The command under faults of its surroundings: Ctrl+C at any moment, a home folder that
cannot hold the data folder. Real subprocesses, real signals, real files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import LAYOUT_A, PASSPHRASE, run_tldops

ROOT = Path(__file__).parent.parent.parent

# Ctrl+C while the command's own modules load (the first half second of every command, as
# a responder presses it on seeing a typo): a real SIGINT, sent when the module is imported.
_INTERRUPTED_WHILE_LOADING = """
import importlib.abc, os, signal, sys
from tldops_desktop import cli

class Interrupt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name == sys.argv[1]:
            os.kill(os.getpid(), signal.SIGINT)
        return None

sys.meta_path.insert(0, Interrupt())
sys.exit(cli.main(sys.argv[2:]))
"""


def _interrupted(module: str, *args: str, data: Path) -> subprocess.CompletedProcess[bytes]:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "TLDOPS_PASSPHRASE": PASSPHRASE,
        "TLDOPS_DATA_DIR": str(data),
    }
    return subprocess.run(
        [sys.executable, "-c", _INTERRUPTED_WHILE_LOADING, module, *args],
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    ("module", "args"),
    [
        ("tldops_desktop.commands.sources", ["export", "-o", "contacts.vcf"]),
        ("tldops_desktop.commands.community", ["qr", ".ad", "1", "-o", "ad.png"]),
    ],
)
def test_ctrl_c_while_the_command_loads_is_an_interruption(
    tmp_path: Path, module: str, args: list[str]
) -> None:
    ran = _interrupted(module, *args, data=tmp_path / "data")
    assert ran.returncode == 130, ran.stderr
    assert ran.stderr.decode() == "tldops: interrupted.\n"
    assert not (tmp_path / "data").exists()  # it had done nothing yet


def test_ctrl_c_while_loading_with_json_is_a_json_error(tmp_path: Path) -> None:
    ran = _interrupted(
        "tldops_desktop.commands.sources", "export", "--json", "-o", "x.vcf", data=tmp_path / "d"
    )
    assert ran.returncode == 130
    assert json.loads(ran.stdout) == {"error": "interrupted", "message": "interrupted."}
    assert b"Traceback" not in ran.stderr


@pytest.mark.parametrize("home", ["missing", "a-file"])
def test_a_home_folder_that_cannot_hold_the_data_folder_is_said(tmp_path: Path, home: str) -> None:
    place = tmp_path / "home-of-the-user"
    if home == "a-file":
        place.write_text("not a folder", encoding="utf-8")
    else:
        place = tmp_path / "gone" / "home"
        (tmp_path / "gone").write_text("", encoding="utf-8")  # nothing can be made under it
    env = {"HOME": str(place), "PYTHONPATH": str(ROOT), "TLDOPS_PASSPHRASE": PASSPHRASE}
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("XDG_")}, **env}
    env.pop("TLDOPS_DATA_DIR", None)
    for json_asked in (False, True):
        args = ["import", *(["--json"] if json_asked else []), str(LAYOUT_A)]
        ran = subprocess.run(
            [sys.executable, "-m", "tldops_desktop.cli", *args],
            capture_output=True,
            env=env,
            timeout=120,
            check=False,
        )
        assert ran.returncode == 1
        said = json.loads(ran.stdout)["message"] if json_asked else ran.stderr.decode()
        assert "cannot be made" in said and str(place) in said
        assert "--data-dir" in said and "TLDOPS_DATA_DIR" in said and "HOME" in said
        assert "Traceback" not in ran.stderr.decode()


def test_a_data_folder_on_a_path_with_spaces_and_other_scripts(tmp_path: Path) -> None:
    data = tmp_path / "Données TLD ops" / "данные 数据"
    env = {"TLDOPS_PASSPHRASE": PASSPHRASE, "PYTHONPATH": str(ROOT)}
    assert run_tldops("--data-dir", data, "import", LAYOUT_A, env=env).returncode == 0
    shown = run_tldops("--data-dir", data, "show", "--json", ".ad", env=env)
    assert shown.returncode == 0 and json.loads(shown.stdout)["tld"]["ace"] == "ad"
