"""Secrets and privacy: no contact data in the clear on disk (an export to a chosen file
excepted), and the passphrase nowhere: not in files, logs, messages, process titles.

Real ``tldops`` processes run with their own HOME (so their config, state, log and cache
folders), TMPDIR and data folder; afterwards every byte under those folders is searched for
the sample's names, email addresses and phone numbers (UTF-8 and UTF-16) and the passphrase.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import EXPECTED_20261101, LAYOUT_A, LAYOUT_B, SMALL_MBOX
from tests.mailgen.containers import write_mbox
from tests.mailgen.editions import monthly_stamps
from tests.mailgen.messages import build_edition
from tests.mailgen.scenario import edition_chain
from tests.reliability.support import child_env, cli_command, find_plaintext
from tldops_desktop import cli
from tldops_desktop.errors import WrongKeyError
from tldops_desktop.services.importer import ImportOptions, run_import
from tldops_desktop.services.store import Store
from tldops_desktop.storage.keys import DatabaseKey, KeySource

SECRET = "Tr0ub4dor & 3 unusual-passphrase-Ω"


def contact_values() -> list[str]:
    """Names, addresses and phone numbers of the 2026-11-01 sample (long enough to be unique)."""
    edition = json.loads(EXPECTED_20261101.read_text(encoding="utf-8"))
    values: set[str] = set()
    for member in edition["members"]:
        for c in member["contacts"]:
            values.update(v for v in (c["name"], c["email"], c["phone_e164"]) if v and len(v) >= 8)
    return sorted(values)


def test_no_contact_data_or_passphrase_in_the_clear_anywhere(tmp_path: Path) -> None:
    tmpdir = tmp_path / "tmpdir"
    tmpdir.mkdir()
    data = tmp_path / "data"
    secret_file = tmp_path / "secret" / "pass.txt"  # outside every searched folder
    secret_file.parent.mkdir()
    secret_file.write_text(SECRET + "\n", encoding="utf-8")
    exported = tmp_path / "chosen" / "contacts.vcf"
    exported.parent.mkdir()
    env = child_env(tmp_path, TMPDIR=str(tmpdir))
    del env["TLDOPS_PASSPHRASE"]
    outputs: list[str] = []

    def run(*args: str | Path, expect: int = 0) -> None:
        done = subprocess.run(
            cli_command("--data-dir", data, "--passphrase-file", secret_file, *args),
            env=env, capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
        assert done.returncode == expect, (args, done.stderr)
        outputs.extend((done.stdout, done.stderr))

    run("import", LAYOUT_B)
    run("import", LAYOUT_A, SMALL_MBOX)  # a backup is taken first
    run("search", "nic")
    run("show", ".рф")
    run("diff")
    run("export", "-o", exported)
    run("restore", "--list")
    run("import", tmp_path / "does-not-exist", expect=1)  # a problem report
    wrong = tmp_path / "secret" / "wrong.txt"
    wrong.write_text(SECRET[::-1] + "\n", encoding="utf-8")
    done = subprocess.run(
        cli_command("--data-dir", data, "--passphrase-file", wrong, "show", ".de"),
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 1
    outputs.extend((done.stdout, done.stderr))

    values = contact_values()
    assert len(values) > 300
    assert any(v in exported.read_text(encoding="utf-8") for v in values)  # the chosen file
    assert list((data / "backups").iterdir())
    searched = [data, tmp_path / "home", tmpdir]
    assert find_plaintext(searched, values) == []
    assert find_plaintext(searched, [SECRET]) == []
    assert all(SECRET not in text and SECRET[::-1] not in text for text in outputs)


def test_a_crash_log_holds_no_secret(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bug during an import: the traceback goes to the crash log, without the passphrase."""
    monkeypatch.setenv("TLDOPS_PASSPHRASE", SECRET)
    from tldops_desktop.storage import repository

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("a bug of ours")

    monkeypatch.setattr(repository.Repository, "add_edition", broken)
    assert cli.main(["--data-dir", str(tmp_path / "data"), "import", str(LAYOUT_A)]) == 70
    err = capsys.readouterr().err
    assert "bug" in err and SECRET not in err
    from tldops_desktop.logs import log_dir

    (log,) = log_dir().glob("crash.log")
    text = log.read_text(encoding="utf-8")
    assert "a bug of ours" in text and SECRET not in text


def test_the_passphrase_is_in_no_log_record_nor_message(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    keys = KeySource(passphrase=SECRET, prompt=None, env={})
    with Store.open(tmp_path / "data", keys, create=True) as store:
        run_import([str(LAYOUT_A)], store.repo, ImportOptions())
        assert SECRET not in repr(store) and SECRET not in repr(keys)
    key = DatabaseKey("passphrase", SECRET)
    assert SECRET not in repr(key) and SECRET not in str(key)
    with pytest.raises(WrongKeyError) as error:
        Store.open(tmp_path / "data", KeySource(passphrase=SECRET + "x", prompt=None, env={}))
    assert SECRET not in str(error.value) and SECRET not in repr(error.value)
    assert all(SECRET not in r.getMessage() for r in caplog.records)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("how", ["passphrase file", "environment"])
def test_the_passphrase_is_not_in_the_process_title(tmp_path: Path, how: str) -> None:
    chain = edition_chain(monthly_stamps("20261101-0600", 40), seed=3, members=40)
    mbox = tmp_path / "many.mbox"
    write_mbox(mbox, [build_edition(e, seed=i).data for i, e in enumerate(chain)])
    env = child_env(tmp_path)
    args: list[str | Path] = ["--data-dir", tmp_path / "data"]
    if how == "passphrase file":
        del env["TLDOPS_PASSPHRASE"]
        (tmp_path / "pass").write_text(SECRET)
        args += ["--passphrase-file", tmp_path / "pass"]
    else:
        env["TLDOPS_PASSPHRASE"] = SECRET
    proc = subprocess.Popen(cli_command(*args, "import", mbox), env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
    seen = 0
    while proc.poll() is None:
        try:
            cmdline = Path(f"/proc/{proc.pid}/cmdline").read_bytes()
            comm = Path(f"/proc/{proc.pid}/comm").read_bytes()
            ps = subprocess.run(["ps", "-o", "args=", "-p", str(proc.pid)],
                                capture_output=True, check=False).stdout  # fmt: skip
        except (FileNotFoundError, ProcessLookupError):
            break
        assert SECRET.encode() not in cmdline + comm + ps
        assert b"import" in cmdline or not cmdline
        seen += 1
        time.sleep(0.02)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert seen > 3  # looked at it while it ran
