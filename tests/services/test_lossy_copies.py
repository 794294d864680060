"""A Mailman plain-text digest of an English list is written in US-ASCII, with "?" for every
letter it cannot write. Its copy of an edition never hides the list's own copy, whatever the
order found, and a copy so is noted."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE
from tests.mailgen.messages import build_edition
from tests.mailgen.scenario import edition_chain
from tldops_desktop.core.lossy_copy import is_lossy_copy, lost_letters
from tldops_desktop.mail.message import FoundEdition, examine
from tldops_desktop.services.import_report import ImportReport
from tldops_desktop.services.importer import ImportOptions, store_editions
from tldops_desktop.services.store import Store
from tldops_desktop.storage.keys import KeySource

STAMP = "20261101-0600"
NAMES = ["Łukasz Wiśniewski", "Иван Петров", "Zoë Lefèvre", "山田 花子"]


def copies() -> tuple[FoundEdition, FoundEdition]:
    """The list's copy, and the same as a plain digest in ASCII writes it."""
    (edition,) = edition_chain([STAMP], seed=11, members=6)
    members = []
    for index, member in enumerate(edition.members):
        named = dataclasses.replace(member.contacts[0], name=NAMES[index % len(NAMES)])
        members.append(dataclasses.replace(member, contacts=(named, *member.contacts[1:])))
    whole = dataclasses.replace(edition, members=tuple(members))
    ascii_members = tuple(
        dataclasses.replace(
            m,
            contacts=tuple(
                dataclasses.replace(c, name=c.name.encode("ascii", "replace").decode())
                for c in m.contacts
            ),
        )
        for m in whole.members
    )
    lossy = dataclasses.replace(whole, members=ascii_members)
    (good,) = examine(build_edition(whole, seed=1).data, "inbox").editions
    (poor,) = examine(build_edition(lossy, seed=1).data, "digest").editions
    return good, poor


def test_the_relation_is_exact() -> None:
    good, poor = copies()
    assert is_lossy_copy(poor.body.members, good.body.members)
    assert not is_lossy_copy(good.body.members, poor.body.members)
    assert not is_lossy_copy(good.body.members, good.body.members)
    assert lost_letters("?ukasz Wi?niewski") and lost_letters("???? ??????")
    assert not lost_letters("Who? Ops") and not lost_letters("Łukasz")


@pytest.mark.parametrize("order", ["in one import", "lossy first", "whole first"])
def test_the_lossy_copy_never_hides_the_whole_one(data_dir: Path, order: str) -> None:
    good, poor = copies()
    keys = KeySource(passphrase=PASSPHRASE, prompt=None, env={})
    reports: list[ImportReport] = []
    with Store.open(data_dir, keys, create=True) as store:
        runs = {"in one import": [[poor, good]], "lossy first": [[poor], [good]],
                "whole first": [[good], [poor]]}[order]  # fmt: skip
        for found in runs:
            reports.append(ImportReport())
            store_editions(found, store.repo, ImportOptions(), reports[-1])
        stored = store.repo.edition(STAMP)
        assert stored is not None
        assert [c.name for m in stored.members for c in m.contacts][: len(NAMES)] == [
            c.name for m in good.body.members for c in m.contacts
        ][: len(NAMES)]
    codes = [n["code"] for report in reports for n in report.notes if n["line"] == 0]
    conflicts = [c for report in reports for c in report.conflicts]
    assert conflicts == []
    expected = {"in one import": "lossy-copy", "lossy first": "replaced-lossy-copy",
                "whole first": "lossy-copy"}[order]  # fmt: skip
    assert expected in codes


def test_a_lossy_copy_alone_is_imported_and_its_names_noted(run_cli: Any, tmp_path: Path,
                                                            passphrase: str) -> None:  # fmt: skip
    _good, poor = copies()
    (edition,) = edition_chain([STAMP], seed=11, members=6)
    mail = tmp_path / "digest.eml"
    poor_members = poor.body.members
    assert any(lost_letters(c.name) for m in poor_members for c in m.contacts)
    mail.write_bytes(build_edition(_as_expected(edition, poor), seed=1).data)
    report = run_cli("import", mail, "--json").json()
    assert report["imported"] == [STAMP]
    assert "letters-lost" in [n["code"] for n in report["notes"]]


def _as_expected(edition: Any, found: FoundEdition) -> Any:
    names = iter(c.name for m in found.body.members for c in m.contacts)
    return dataclasses.replace(
        edition,
        members=tuple(
            dataclasses.replace(
                m, contacts=tuple(dataclasses.replace(c, name=next(names)) for c in m.contacts)
            )
            for m in edition.members
        ),
    )
