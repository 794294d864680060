"""With --json, an error is one JSON object on standard output, where the command's JSON goes
(``error``: a stable code, ``message``: the text), and the exit status is the same as without;
without --json, errors stay a line of text on standard error."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import LAYOUT_A, run_tldops
from tldops_desktop import cli


def error_of(result: Any) -> dict[str, Any]:
    assert result.code == cli.EXIT_USER_ERROR, result
    assert result.err == ""
    data = json.loads(result.out)
    assert set(data) == {"error", "message"}
    return dict(data)


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (["show", ".de", "--json"], "no-database"),
        (["search", "nic", "--json"], "no-database"),
        (["diff", "--json"], "no-database"),
        (["restore", "--json"], "no-backup"),
        (["import", "--json"], "no-sources"),
    ],
)
def test_an_error_with_json_is_a_json_object(
    passphrase: str, run_cli: Any, argv: list[str], code: str
) -> None:
    error = error_of(run_cli(*argv))
    assert error["error"] == code
    assert error["message"] and not error["message"].startswith("tldops:")


def test_without_json_the_error_is_text_on_stderr_as_before(passphrase: str, run_cli: Any) -> None:
    result = run_cli("show", ".de")
    assert result.code == cli.EXIT_USER_ERROR and result.out == ""
    assert result.err.startswith("tldops: There are no contacts in ")


def test_a_wrong_passphrase_with_json(tmp_path: Path, run_cli: Any, monkeypatch: Any) -> None:
    monkeypatch.setenv("TLDOPS_PASSPHRASE", "the right passphrase")
    assert run_cli("import", LAYOUT_A).code == 0
    monkeypatch.setenv("TLDOPS_PASSPHRASE", "the wrong passphrase")
    error = error_of(run_cli("show", ".de", "--json"))
    assert error["error"] == "wrong-key" and "cannot be opened" in error["message"]


def test_a_data_folder_that_is_a_file_with_json(run_cli: Any, tmp_path: Path) -> None:
    error = error_of(run_cli("editions", "--json", data=LAYOUT_A))
    assert error["error"] == "data-dir-is-a-file"


def test_export_with_json(passphrase: str, run_cli: Any, tmp_path: Path) -> None:
    error = error_of(run_cli("export", "--json", "-o", tmp_path / "all.vcf"))
    assert error["error"] == "no-database"
    assert not (tmp_path / "all.vcf").exists()


def test_in_a_real_process(tmp_path: Path) -> None:
    done = run_tldops("--data-dir", tmp_path / "data", "show", ".de", "--json", stdin=b"")
    assert done.returncode == 1 and done.stderr == b""
    assert json.loads(done.stdout)["error"] == "no-database"
