"""``tldops import`` that fails part-way (a full disk): the report says what was stored before
the failure, the edition being written, and what was not examined; the database keeps every
edition stored before, each whole, and the same import run again finishes the job."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.mailgen.editions import monthly_stamps
from tests.mailgen.messages import build_edition
from tests.mailgen.scenario import edition_chain
from tldops_desktop.errors import UserError
from tldops_desktop.services import importer
from tldops_desktop.services.importer import EDITIONS_PER_TRANSACTION
from tldops_desktop.storage.repository import Repository

COUNT = EDITIONS_PER_TRANSACTION + 3
FULL = "disk full (simulated)"


@pytest.fixture(scope="module")
def mail(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of one .eml per edition, more editions than one transaction holds."""
    folder = tmp_path_factory.mktemp("mail")
    chain = edition_chain(monthly_stamps("20261101-0600", COUNT), seed=12, members=6)
    for index, edition in enumerate(chain):
        path = folder / f"{edition.stamp}.eml"
        path.write_bytes(build_edition(edition, seed=index).data)
    return folder


def stamps_of(mail: Path) -> list[str]:
    return sorted(p.stem for p in mail.glob("*.eml"))


def fail_at(monkeypatch: pytest.MonkeyPatch, call: int) -> None:
    """The ``call``-th edition written (from 1) fails as a full disk does."""
    add = Repository.add_edition
    calls = [0]

    def add_or_fail(self: Repository, *args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        if calls[0] == call:
            raise UserError(FULL, code="disk-full")
        return add(self, *args, **kwargs)

    monkeypatch.setattr(Repository, "add_edition", add_or_fail)


def stored(run_cli: Any) -> list[str]:
    result = run_cli("editions", "--json")
    assert result.code == 0, result.err
    return sorted(e["stamp"] for e in result.json()["editions"])


def test_json_names_what_was_stored_what_failed_and_what_was_not_examined(
    mail: Path, passphrase: str, run_cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    stamps = stamps_of(mail)
    # The 2nd edition of the second transaction fails: its 1st is undone with it.
    with monkeypatch.context() as patch:
        fail_at(patch, EDITIONS_PER_TRANSACTION + 2)
        result = run_cli("import", mail, "--json")
    assert result.code == 1
    assert result.err == f"tldops: {FULL}\n"
    report = result.json()
    first = stamps[:EDITIONS_PER_TRANSACTION]
    assert sorted(report["imported"]) == first
    assert report["stopped"] == {
        "code": "disk-full",
        "message": FULL,
        "stage": "storing",
        "failed": stamps[EDITIONS_PER_TRANSACTION + 1],
        "undone": [stamps[EDITIONS_PER_TRANSACTION]],
        "not_examined": stamps[EDITIONS_PER_TRANSACTION + 2 :],
    }
    assert stored(run_cli) == first  # what the report says is stored is, each whole
    again = run_cli("import", mail, "--json", "--rescan")
    assert again.code == 0, again.err
    assert sorted(again.json()["imported"]) == stamps[EDITIONS_PER_TRANSACTION:]
    assert again.json()["stopped"] is None
    assert stored(run_cli) == stamps


def test_text_report_says_the_same(
    mail: Path, passphrase: str, run_cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    stamps = stamps_of(mail)
    with monkeypatch.context() as patch:
        fail_at(patch, EDITIONS_PER_TRANSACTION + 2)
        result = run_cli("import", mail)
    assert result.code == 1 and result.err == f"tldops: {FULL}\n"
    out = result.out
    first = ", ".join(stamps[:EDITIONS_PER_TRANSACTION])
    assert f"  imported before the import stopped: {first}\n" in out
    assert f"  being written when it failed (not stored): {stamps[-2]}\n" in out
    assert (
        "  written in the same transaction, undone with it (not stored): "
        f"{stamps[EDITIONS_PER_TRANSACTION]}\n" in out
    )
    assert f"  not examined (not stored by this import): {stamps[-1]}\n" in out
    assert "Editions stored before stay, each whole" in out


def test_a_failure_in_the_first_transaction_stores_nothing_and_says_so(
    mail: Path, passphrase: str, run_cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    stamps = stamps_of(mail)
    with monkeypatch.context() as patch:
        fail_at(patch, 1)
        result = run_cli("import", mail, "--json")
    assert result.code == 1
    report = result.json()
    assert report["imported"] == [] and report["stopped"]["failed"] == stamps[0]
    assert report["stopped"]["undone"] == []
    assert report["stopped"]["not_examined"] == stamps[1:]
    assert stored(run_cli) == []


def test_a_failed_backup_writes_nothing_and_names_every_edition(
    mail: Path, passphrase: str, run_cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    stamps = stamps_of(mail)
    first = mail / f"{stamps[0]}.eml"
    assert run_cli("import", first).code == 0  # a backup is taken before the next import

    def no_room(*_args: Any, **_kwargs: Any) -> Any:
        raise UserError(FULL, code="disk-full")

    with monkeypatch.context() as patch:
        patch.setattr(importer, "take_backup", no_room)
        result = run_cli("import", mail)
        json_run = run_cli("import", mail, "--json")
    assert result.code == 1
    assert "  imported before the import stopped: none\n" in result.out
    assert "Nothing was written: the backup taken before an import failed." in result.out
    assert f"  not examined (not stored by this import): {', '.join(stamps)}\n" in result.out
    assert json_run.json()["stopped"]["stage"] == "backup"
    assert stored(run_cli) == stamps[:1]


def test_marks_not_saved_after_every_edition_is_stored(
    mail: Path, passphrase: str, run_cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    stamps = stamps_of(mail)

    def no_room(*_args: Any, **_kwargs: Any) -> None:
        raise UserError(FULL, code="disk-full")

    with monkeypatch.context() as patch:
        patch.setattr(Repository, "save_scan_marks", no_room)
        result = run_cli("import", mail, "--json")
    assert result.code == 1
    report = result.json()
    assert sorted(report["imported"]) == stamps
    assert report["stopped"]["stage"] == "marks"
    assert report["stopped"]["failed"] is None and report["stopped"]["not_examined"] == []
    assert stored(run_cli) == stamps
