"""Generated mailboxes of many editions, imported through the CLI, read back exactly."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import CliResult
from tests.mailgen.editions import ExpectedEdition, ExpectedMember
from tests.mailgen.scenario import Manifest, build_corpus
from tldops_desktop.services import contacts
from tldops_desktop.services.store import Store
from tldops_desktop.storage.keys import KeySource


def member_shape(member: dict[str, Any]) -> dict[str, Any]:
    """A CLI member in the shape of the expected JSON."""
    return {
        "ace": member["tld"]["ace"],
        "unicode": member["tld"]["unicode"],
        "country": member["country"],
        "region": member["region"],
        "contacts": [
            {k: c[k] for k in ("name", "email", "phone", "phone_e164")} for c in member["contacts"]
        ],
    }


def expected_shape(member: ExpectedMember) -> dict[str, Any]:
    data = ExpectedEdition("x", (member,)).to_json()["members"][0]
    return dict(data)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Manifest:
    return build_corpus(tmp_path_factory.mktemp("corpus") / "mail", seed=11, editions=8)


def test_import_finds_every_trusted_edition_and_names_every_spoof(
    corpus: Manifest, passphrase: str, run_cli: Any
) -> None:
    result: CliResult = run_cli("import", corpus.root, "--json")
    assert result.code == 0, result.err
    report = result.json()
    assert sorted(report["imported"]) == sorted(corpus.trusted_stamps)
    assert {u["stamp"] for u in report["untrusted"]} == {s.stamp for s in corpus.spoofs}
    assert not any(u["imported"] for u in report["untrusted"])
    assert {c["stamp"] for c in report["conflicts"]} == {c.stamp for c in corpus.conflicts}
    assert set(report["already_present"]) == {d.stamp for d in corpus.duplicates}
    assert report["replies"] == len(corpus.replies)
    assert report["unplaced_lines"] == []
    assert report["errors"] == []

    editions = run_cli("editions", "--json").json()["editions"]
    current = [e["stamp"] for e in editions if e["current"]]
    assert current == [corpus.current]
    assert all(e["trusted"] for e in editions)


def test_every_contact_of_every_edition_reads_back_exactly(
    corpus: Manifest, passphrase: str, run_cli: Any, data_dir: Path
) -> None:
    assert run_cli("import", corpus.root, "--json").code == 0
    conflicted = {c.stamp for c in corpus.conflicts}
    # The service `show` answers from; one store opening for all (a passphrase KDF each).
    with Store.open(data_dir, KeySource(prompt=None)) as store:
        for stamp in corpus.trusted_stamps:
            for member in corpus.editions[stamp].members:
                edition, shown = contacts.show(store.repo, member.ace, stamp)
                assert edition.stamp == stamp
                if stamp in conflicted:
                    continue  # of two bodies under one stamp, the first one met is kept
                got = member_shape(contacts.member_json(shown))
                assert got == expected_shape(member), (stamp, member.ace)
    # And through the command itself, for a few members of the current edition.
    for member in corpus.current_edition.members[:5]:
        shown = run_cli("show", "." + member.unicode, "--json")
        assert shown.code == 0, shown.err
        assert member_shape(shown.json()) == expected_shape(member)


def test_search_lists_the_current_edition_whole(
    corpus: Manifest, passphrase: str, run_cli: Any
) -> None:
    assert run_cli("import", corpus.root).code == 0
    found = run_cli("search", "--json").json()
    assert found["edition"] == corpus.current
    expected = corpus.current_edition
    got = {m["tld"]["ace"]: member_shape(m) for m in found["results"]}
    assert got == {m.ace: expected_shape(m) for m in expected.members}


def test_reimport_changes_nothing(corpus: Manifest, passphrase: str, run_cli: Any) -> None:
    assert run_cli("import", corpus.root).code == 0
    before = run_cli("editions", "--json").json()
    unchanged = run_cli("import", corpus.root, "--json").json()
    assert unchanged["imported"] == [] and unchanged["unchanged_sources"]
    again = run_cli("import", corpus.root, "--rescan", "--json").json()
    assert again["imported"] == []
    assert sorted(again["already_present"]) == sorted(corpus.trusted_stamps)
    assert run_cli("editions", "--json").json() == before


def test_allow_untrusted_imports_spoofs_but_never_makes_them_current(
    corpus: Manifest, passphrase: str, run_cli: Any
) -> None:
    report = run_cli("import", corpus.root, "--allow-untrusted", "--json").json()
    assert {s.stamp for s in corpus.spoofs} <= set(report["imported"])
    editions = run_cli("editions", "--json").json()["editions"]
    assert [e["stamp"] for e in editions if e["current"]] == [corpus.current]
    assert {e["stamp"] for e in editions if not e["trusted"]} == {s.stamp for s in corpus.spoofs}


def test_older_edition_after_newer_adds_history_only(
    tmp_path: Path, passphrase: str, run_cli: Any
) -> None:
    corpus = build_corpus(tmp_path / "mail", seed=3, editions=4)
    newest = [e for e in corpus.entries if e.stamp == corpus.current and e.container == "eml"]
    older = [
        e
        for e in corpus.entries
        if e.stamp != corpus.current and e.trusted and e.container == "eml"
    ]
    assert newest and older
    assert run_cli("import", newest[0].path).code == 0
    assert run_cli("import", older[0].path).code == 0
    editions = run_cli("editions", "--json").json()["editions"]
    assert [e["stamp"] for e in editions if e["current"]] == [corpus.current]
    assert len(editions) == 2


def test_dry_run_writes_nothing(
    corpus: Manifest, passphrase: str, run_cli: Any, data_dir: Path
) -> None:
    report = run_cli("import", corpus.root, "--dry-run", "--json").json()
    assert report["dry_run"] is True
    assert sorted(report["imported"]) == sorted(corpus.trusted_stamps)
    assert not data_dir.exists()


def test_hostile_names_and_hard_cases_round_trip(
    tmp_path: Path, passphrase: str, run_cli: Any
) -> None:
    corpus = build_corpus(
        tmp_path / "mail", seed=5, editions=3, hostile_names=True, hard_cases=True
    )
    report = run_cli("import", corpus.root, "--json").json()
    assert sorted(report["imported"]) == sorted(corpus.trusted_stamps)
    expected = corpus.current_edition
    found = run_cli("search", "--json").json()
    got = {m["tld"]["ace"]: member_shape(m) for m in found["results"]}
    assert got == {m.ace: expected_shape(m) for m in expected.members}
