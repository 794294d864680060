"""A read-only data folder as a crash leaves it: ``tldops.db-wal`` (holding the last import,
never checkpointed) and ``tldops.db-shm`` still there. The real ``tldops`` process reads the
contacts read-only, with the WAL's edition current, and writes nothing.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ALTERNATIVE, LAYOUT_A, LAYOUT_B
from tests.reliability.support import (
    PASSPHRASE,
    ROOT,
    child_env,
    cli_command,
    read_only_folder,
    tree_digest,
)
from tldops_desktop.services.store import Store
from tldops_desktop.storage.keys import KeySource

B, A = "20261001-0600", "20261101-0600"

# Imports A with checkpoints off and ends like SIGKILL or a power cut: no close, so edition A
# lives only in the WAL, beside the -shm file.
CRASHED_IMPORT = """
import os, sys
from pathlib import Path
from tldops_desktop.services.importer import ImportOptions, run_import
from tldops_desktop.services.store import Store
from tldops_desktop.storage.keys import KeySource
store = Store.open(Path(sys.argv[1]), KeySource(prompt=None))
store.db.connection.execute("PRAGMA wal_autocheckpoint = 0")
run_import([sys.argv[2]], store.repo, ImportOptions())
os._exit(0)
"""


def tldops(env: dict[str, str], *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        cli_command(*args), env=env, capture_output=True, text=True, timeout=120, check=False
    )


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    (tmp_path / "tmp").mkdir()
    return child_env(tmp_path, TMPDIR=str(tmp_path / "tmp"))


def crash_after_import(data: Path, sample: Path, env: dict[str, str]) -> None:
    """Import ``sample`` into ``data`` in a process that then dies without closing: the
    edition is only in the WAL, beside its -shm file."""
    done = subprocess.run(
        [sys.executable, "-c", CRASHED_IMPORT, str(data), str(sample)],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert (data / "tldops.db-wal").stat().st_size > 0
    assert (data / "tldops.db-shm").exists()


@pytest.fixture
def crashed(env: dict[str, str], tmp_path: Path) -> Path:
    """A data folder holding B in its file and A only in the WAL a crash left behind."""
    data = tmp_path / "data"
    assert tldops(env, "--data-dir", data, "import", LAYOUT_B).returncode == 0
    crash_after_import(data, LAYOUT_A, env)
    return data


@pytest.mark.parametrize("shm", ["kept", "missing"])
def test_read_only_folder_after_a_crash_shows_the_wal_edition(
    env: dict[str, str], crashed: Path, tmp_path: Path, shm: str
) -> None:
    data = crashed
    if shm == "missing":  # copied to read-only media without it: a private copy is read
        (data / "tldops.db-shm").unlink()
    before = tree_digest(data)
    with read_only_folder(data):
        show = tldops(env, "--data-dir", data, "show", ".ad", "--json")
        assert show.returncode == 0, show.stderr
        assert json.loads(show.stdout)["edition"] == A  # the WAL's edition, not the file's
        editions = tldops(env, "--data-dir", data, "editions", "--json")
        assert editions.returncode == 0, editions.stderr
        assert [e["stamp"] for e in json.loads(editions.stdout)["editions"]] == [A, B]
        refused = tldops(env, "--data-dir", data, "import", ALTERNATIVE)
        assert refused.returncode == 1, (refused.returncode, refused.stderr)
        assert "cannot be opened for writing" in refused.stderr
        assert "Traceback" not in refused.stderr and "internal error" not in refused.stderr
        # In process too: read-only, and the private copy (if any) gone at close.
        keys = KeySource(passphrase=PASSPHRASE, prompt=None, env={})
        with Store.open(data, keys, read_only_ok=True) as store:
            assert store.read_only
            current = store.repo.current_edition()
            assert current is not None and current.stamp == A
            copy = store.db.private_copy
            assert (copy is not None) == (shm == "missing")
            if copy is not None:
                assert (copy.stat().st_mode & 0o777) == 0o700
        assert copy is None or not copy.exists()
    assert tree_digest(data) == before
    assert list((tmp_path / "tmp").iterdir()) == []  # no copy left by the processes
