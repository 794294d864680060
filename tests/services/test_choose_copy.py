"""Two copies of one edition that differ (a conflict): the one sent first is kept, and the
user may choose the other instead, and back again, from the CLI or the report window."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE
from tests.mailgen.editions import change_phones
from tests.mailgen.messages import build_edition, stamp_datetime
from tests.mailgen.scenario import edition_chain
from tldops_desktop.services.store import Store
from tldops_desktop.storage.backup import list_backups
from tldops_desktop.storage.keys import KeySource

STAMP = "20261101-0600"


@pytest.fixture
def copies(tmp_path: Path) -> tuple[Path, Path]:
    """The list's edition, and its correction sent three hours later under the same stamp."""
    (edition,) = edition_chain([STAMP], seed=7, members=8)
    sent = stamp_datetime(STAMP)
    first = tmp_path / "first.eml"
    first.write_bytes(build_edition(edition, seed=1, date=sent).data)
    correction = tmp_path / "correction.eml"
    later = change_phones(edition, 2)
    correction.write_bytes(build_edition(later, seed=2, date=sent + timedelta(hours=3)).data)
    return first, correction


def stored_phones(data_dir: Path) -> list[str]:
    with Store.open(data_dir, KeySource(passphrase=PASSPHRASE, env={}, prompt=None)) as store:
        edition = store.repo.edition(STAMP)
        assert edition is not None
        return [c.phone for m in edition.members for c in m.contacts]


def test_the_correction_can_be_chosen_and_the_first_copy_chosen_back(
    run_cli: Any, data_dir: Path, passphrase: str, copies: tuple[Path, Path]
) -> None:
    first, correction = copies
    assert run_cli("import", first).code == 0
    kept = stored_phones(data_dir)
    result = run_cli("import", correction, "--json")
    (conflict,) = result.json()["conflicts"]
    assert stored_phones(data_dir) == kept  # the copy sent first stays, until chosen
    text = run_cli("import", correction).out
    hint = f"tldops import PATH --prefer-copy {conflict['content_hash'][:12]}"
    assert hint in text

    backups = len(list_backups(data_dir))
    chosen = run_cli("import", correction, "--prefer-copy", conflict["content_hash"][:12], "--json")
    assert chosen.code == 0
    report = chosen.json()
    assert report["imported"] == [STAMP] and report["conflicts"] == []
    assert [n["code"] for n in report["notes"]] == ["replaced-by-choice"]
    corrected = stored_phones(data_dir)
    assert corrected != kept
    assert len(list_backups(data_dir)) == backups + 1  # taken before the switch
    with Store.open(data_dir, KeySource(passphrase=PASSPHRASE, env={}, prompt=None)) as store:
        (info,) = store.repo.editions()
        assert info.message_id == conflict["message_id"] and info.trusted

    # The first copy stays on record: it is a conflict now, and can be chosen back by its id.
    again = run_cli("import", first, "--json").json()
    (back,) = again["conflicts"]
    run_cli("import", first, "--prefer-copy", back["message_id"])
    assert stored_phones(data_dir) == kept


def test_a_choice_that_names_no_copy_found_changes_nothing(
    run_cli: Any, data_dir: Path, passphrase: str, copies: tuple[Path, Path]
) -> None:
    first, correction = copies
    run_cli("import", first)
    kept = stored_phones(data_dir)
    report = run_cli("import", correction, "--prefer-copy", "1234", "--json").json()
    assert len(report["conflicts"]) == 1  # too short a prefix to name a copy
    assert stored_phones(data_dir) == kept


def test_a_choice_reads_a_mailbox_unchanged_since_the_last_import(
    run_cli: Any, data_dir: Path, passphrase: str, copies: tuple[Path, Path], tmp_path: Path
) -> None:
    """The copy chosen is in a mailbox read before: it is read again, not skipped by its mark."""
    first, correction = copies
    mbox = tmp_path / "Inbox"
    mbox.write_bytes(
        b"".join(
            b"From tld-ops@lists.dns-oarc.net Sun Nov  1 06:00:00 2026\n" + p.read_bytes() + b"\n"
            for p in (first, correction)
        )
    )
    (conflict,) = run_cli("import", mbox, "--json").json()["conflicts"]
    assert run_cli("import", mbox, "--json").json()["unchanged_sources"] == [str(mbox)]
    chosen = run_cli("import", mbox, "--prefer-copy", conflict["content_hash"], "--json").json()
    assert chosen["imported"] == [STAMP]
