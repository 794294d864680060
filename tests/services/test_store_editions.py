"""Storing the editions an import found: a few a transaction, oldest first, each whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.mailgen.containers import write_mbox
from tests.mailgen.editions import make_edition, monthly_stamps
from tests.mailgen.messages import build_edition
from tests.mailgen.scenario import edition_chain
from tldops_desktop.errors import UserError
from tldops_desktop.mail.message import FoundEdition, examine
from tldops_desktop.services.import_report import ImportReport
from tldops_desktop.services.importer import (
    EDITIONS_PER_TRANSACTION,
    ImportOptions,
    run_import,
    store_editions,
)
from tldops_desktop.services.store import Store
from tldops_desktop.storage.keys import KeySource
from tldops_desktop.storage.repository import Repository

COUNT = EDITIONS_PER_TRANSACTION * 2 + 3


def keys() -> KeySource:
    return KeySource(passphrase=PASSPHRASE, prompt=None, env={})


@pytest.fixture(scope="module")
def found() -> list[FoundEdition]:
    chain = edition_chain(monthly_stamps("20261101-0600", COUNT), seed=5, members=12)
    editions = []
    for index, edition in enumerate(chain):
        editions += examine(build_edition(edition, seed=index).data, f"m{index}").editions
    assert len(editions) == COUNT
    return editions


def test_every_edition_is_stored_and_reported(data_dir: Path, found: list[FoundEdition]) -> None:
    report = ImportReport()
    with Store.open(data_dir, keys(), create=True) as store:
        store_editions(found, store.repo, ImportOptions(), report)
        assert sorted(e.stamp for e in store.repo.editions()) == sorted(f.stamp for f in found)
    assert sorted(report.imported) == sorted(f.stamp for f in found)


def test_a_failed_write_keeps_the_transactions_before_it_and_reports_only_those(
    data_dir: Path, found: list[FoundEdition], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk in the second transaction: the first one's editions stay and are reported
    as stored; none of the second's are, though some were written before the failure."""
    failing_at = EDITIONS_PER_TRANSACTION + 3
    add = Repository.add_edition
    calls = [0]

    def add_or_fail(self: Repository, *args: object, **kwargs: object) -> object:
        calls[0] += 1
        if calls[0] == failing_at:
            raise UserError("The disk is full.", code="disk-full")
        return add(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Repository, "add_edition", add_or_fail)
    report = ImportReport()
    oldest_first = sorted(f.stamp for f in found)
    with Store.open(data_dir, keys(), create=True) as store:
        with pytest.raises(UserError):
            store_editions(found, store.repo, ImportOptions(), report)
        stored = sorted(e.stamp for e in store.repo.editions())
    assert stored == oldest_first[:EDITIONS_PER_TRANSACTION]
    assert sorted(report.imported) == stored
    with Store.open(data_dir, keys()) as store:  # and so it is on disk
        assert sorted(e.stamp for e in store.repo.editions()) == stored


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_of_two_copies_of_a_stamp_that_differ_the_one_sent_first_is_stored(
    data_dir: Path, order: tuple[int, int]
) -> None:
    """Whatever order they are found in (the order of the paths given, of the files in a
    folder), as a later import keeps the copy stored."""
    from datetime import timedelta

    from tests.mailgen.editions import change_phones
    from tests.mailgen.messages import stamp_datetime

    (edition,) = edition_chain(["20261101-0600"], seed=7, members=8)
    sent = stamp_datetime("20261101-0600")
    later = change_phones(edition, 2)
    (first,) = examine(build_edition(edition, seed=1, date=sent).data, "first").editions
    resent_data = build_edition(later, seed=2, date=sent + timedelta(hours=3)).data
    (resent,) = examine(resent_data, "resent").editions
    report = ImportReport()
    with Store.open(data_dir, keys(), create=True) as store:
        store_editions([(first, resent)[order[0]], (first, resent)[order[1]]], store.repo,
                       ImportOptions(), report)  # fmt: skip
        (info,) = store.repo.editions()
        assert info.message_id == first.message_id
    assert [c["message_id"] for c in report.conflicts] == [resent.message_id]
    changed = [m.ace for m, n in zip(edition.members, later.members, strict=True) if m != n]
    assert report.conflicts[0]["differs"] == changed and changed


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_of_two_differing_copies_sent_at_once_one_is_stored_whatever_the_order(
    data_dir: Path, order: tuple[int, int]
) -> None:
    from tests.mailgen.editions import change_phones
    from tests.mailgen.messages import stamp_datetime

    (edition,) = edition_chain(["20261101-0600"], seed=8, members=6)
    sent = stamp_datetime("20261101-0600")
    copies = [
        examine(build_edition(e, seed=n, date=sent).data, f"copy-{n}").editions[0]
        for n, e in enumerate((edition, change_phones(edition, 3)))
    ]
    with Store.open(data_dir, keys(), create=True) as store:
        store_editions([copies[order[0]], copies[order[1]]], store.repo, ImportOptions(),
                       ImportReport())  # fmt: skip
        (info,) = store.repo.editions()
    assert info.message_id == min(c.message_id for c in copies)


@pytest.mark.parametrize("dry_run", [False, True])
def test_an_untrusted_copy_of_an_edition_stored_trusted_in_the_same_import_is_told_so(
    tmp_path: Path, data_dir: Path, dry_run: bool
) -> None:
    """A saved copy that lost the list's headers, read in the same import as the list's own:
    it is the edition just stored as trusted, as a later import says, not an edition left out
    (to import with --allow-untrusted)."""
    edition = make_edition("20261101-0600", seed=3, members=5)
    inbox = tmp_path / "Inbox"
    write_mbox(inbox, [build_edition(edition, seed=3).data])
    saved = tmp_path / "saved.eml"
    saved.write_bytes(build_edition(edition, seed=3, trusted=False).data)
    with Store.open(data_dir, keys(), create=True) as store:
        report = run_import([str(inbox), str(saved)], store.repo, ImportOptions(dry_run=dry_run))
    assert report.imported == ["20261101-0600"]
    (copy,) = report.untrusted
    assert copy["source"].startswith(str(saved))
    assert (copy["imported"], copy["already_present"], copy["stored_trusted"]) == (True, True, True)
