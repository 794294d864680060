"""Non-members and coverage, checked against the sample editions and an independent count."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import LAYOUT_A, LAYOUT_B, SMALL_MBOX, expected_edition
from tldops_desktop.core import cctlds
from tldops_desktop.core.model import Contact, Edition, Member, Region, Tld
from tldops_desktop.errors import NotFoundError, UserError
from tldops_desktop.services import community, contacts
from tldops_desktop.services.community import NotMemberStatus
from tldops_desktop.services.importer import ImportOptions, run_import
from tldops_desktop.services.store import Store
from tldops_desktop.storage.keys import KeySource
from tldops_desktop.storage.repository import Repository

TABLE = Path(cctlds.__file__).parent / "data" / "cctlds.tsv"
REGIONS = ("AF", "AP", "EU", "LAC", "NA")
CURRENT = "20261101-0600"


def read_table() -> list[dict[str, str]]:
    """The bundled TSV, read here without the module under test."""
    rows = []
    header: list[str] | None = None
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        rows.append(dict(zip(header, cells, strict=True)))
    return rows


def expected_member_aces() -> set[str]:
    return {m["ace"] for m in expected_edition()["members"]}


def expected_non_members(members: set[str], region: str | None = None) -> list[str]:
    rows = [
        r
        for r in read_table()
        if r["status"] == "delegated" and r["ace"] not in members
        and (region is None or r["region"] == region)
    ]  # fmt: skip
    rows.sort(key=lambda r: (REGIONS.index(r["region"]), r["unicode"].casefold(), r["ace"]))
    return [r["ace"] for r in rows]


def expected_coverage(members: set[str]) -> dict[str, Any]:
    delegated = [r for r in read_table() if r["status"] == "delegated"]
    figures: dict[str, Any] = {
        "covered": sum(1 for r in delegated if r["ace"] in members),
        "delegated": len(delegated),
    }
    for region in REGIONS:
        in_region = [r for r in delegated if r["region"] == region]
        figures[region] = (sum(1 for r in in_region if r["ace"] in members), len(in_region))
    return figures


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Repository]:
    """The samples imported into a real encrypted store: editions 20260601 … 20261101."""
    data_dir = tmp_path_factory.mktemp("community") / "data"
    store = Store.open(data_dir, KeySource(passphrase="test-pass", prompt=None), create=True)
    try:
        report = run_import([str(LAYOUT_A), str(LAYOUT_B), str(SMALL_MBOX)], store.repo,
                            ImportOptions())  # fmt: skip
        assert CURRENT in report.imported
        yield store.repo
    finally:
        store.close()


@pytest.fixture(scope="module")
def current(repo: Repository) -> Edition:
    edition = repo.current_edition()
    assert edition is not None and edition.stamp == CURRENT
    return edition


def _member(ace: str, region: Region | None = None) -> Member:
    return Member(Tld(ace, ace), ace.upper(), region,
                  (Contact(1, "A", "a@example.org", "+31 6 12345678"),))  # fmt: skip


def _edition(*aces: str, stamp: str = "20270101-0600") -> Edition:
    return Edition(stamp, None, tuple(_member(a) for a in aces))


# -- the edition matches the sample -------------------------------------------------------


def test_current_edition_is_the_expected_sample(current: Edition) -> None:
    assert {m.tld.ace for m in current.members} == expected_member_aces()


def test_non_members_of_the_sample_edition(current: Edition) -> None:
    rows = community.non_members(current)
    assert [r.ace for r in rows] == expected_non_members(expected_member_aces())
    assert not {r.ace for r in rows} & expected_member_aces()
    assert all(not r.retired for r in rows)


@pytest.mark.parametrize("region", REGIONS)
def test_non_members_by_region(current: Edition, region: str) -> None:
    rows = community.non_members(current, region.lower())
    assert [r.ace for r in rows] == expected_non_members(expected_member_aces(), region)
    assert {r.region for r in rows} <= {region}


@pytest.mark.parametrize(
    ("name", "code"), [("Asia", "AP"), ("europa", "EU"), ("Latin-America", "LAC")]
)
def test_non_members_by_region_name(current: Edition, name: str, code: str) -> None:
    assert community.non_members(current, name) == community.non_members(current, code)


def test_unknown_region_is_a_user_error(current: Edition) -> None:
    with pytest.raises(UserError) as caught:
        community.non_members(current, "XX")
    assert caught.value.code == "bad-region"


def test_coverage_of_the_sample_edition(current: Edition) -> None:
    cover = community.coverage(current)
    expected = expected_coverage(expected_member_aces())
    assert cover.stamp == CURRENT
    assert cover.members == len(expected_member_aces()) == 200
    assert (cover.covered, cover.delegated) == (expected["covered"], expected["delegated"])
    assert cover.ratio == pytest.approx(expected["covered"] / expected["delegated"])
    assert [r.region for r in cover.regions] == list(REGIONS)
    for region in REGIONS:
        part = cover.region(region)
        assert (part.covered, part.delegated) == expected[region], region
    # .an is a member TLD-OPS still lists, though retired: a member, not in the denominator.
    assert cover.outside_table == ("an",)
    assert cover.covered + len(cover.outside_table) == cover.members
    assert sum(r.members for r in cover.regions) == cover.members
    assert cover.region("EU").members == cover.region("EU").covered + 1
    assert cover.non_members == len(community.non_members(current))


@pytest.mark.skipif(cctlds.TABLE_DATE != "2026-11", reason="figures of the 2026-11 table")
def test_coverage_figures_of_the_2026_11_table(current: Edition) -> None:
    data = community.coverage(current).to_json()
    assert (data["covered"], data["delegated"], data["ratio"]) == (199, 309, 0.644)
    assert {k: (v["covered"], v["delegated"]) for k, v in data["regions"].items()} == {
        "AF": (30, 60), "AP": (71, 122), "EU": (69, 86), "LAC": (24, 36), "NA": (5, 5),
    }  # fmt: skip


def test_coverage_history_covers_every_trusted_edition(repo: Repository) -> None:
    history = community.coverage_history(repo)
    trusted = sorted(e.stamp for e in repo.editions() if e.trusted)
    assert [stamp for stamp, _ in history] == trusted
    assert "20991201-0600" not in trusted  # the spoof in small.mbox is never counted
    assert history[-1][0] == CURRENT
    for stamp, cover in history:
        edition = repo.edition(stamp)
        assert edition is not None
        members = {m.tld.ace for m in edition.members}
        expected = expected_coverage(members)
        assert (cover.covered, cover.delegated) == (expected["covered"], expected["delegated"])
        for region in REGIONS:
            assert (cover.region(region).covered, cover.region(region).delegated) == expected[
                region
            ]
    # The layout B edition lists the same members as the layout A one.
    by_stamp = dict(history)
    assert by_stamp["20261001-0600"].covered == by_stamp[CURRENT].covered


def test_retired_and_unknown_members_are_not_in_the_denominator() -> None:
    everyone = [r.ace for r in cctlds.all_cctlds() if not r.retired]
    edition = _edition(*everyone, "an", "xy")
    cover = community.coverage(edition)
    assert cover.members == len(everyone) + 2
    assert cover.covered == cover.delegated == len(everyone)
    assert cover.ratio == 1.0
    assert cover.outside_table == ("an", "xy")
    assert community.non_members(edition) == []


def test_region_of_a_member_comes_from_the_edition_first() -> None:
    edition = Edition("20270101-0600", None, (_member("xy", Region.AF),))
    cover = community.coverage(edition)
    assert cover.region("AF").members == 1
    assert cover.covered == 0


def test_empty_edition() -> None:
    cover = community.coverage(_edition())
    assert cover.covered == 0 and cover.ratio == 0.0
    assert len(community.non_members(_edition())) == cover.delegated


# -- a ccTLD that is not a member -------------------------------------------------------


def test_advice_for_a_delegated_non_member(current: Edition) -> None:
    advice = community.not_member_advice("ao", current)
    assert advice.status == NotMemberStatus.DELEGATED and advice.delegated
    assert advice.iana_url == "https://www.iana.org/domains/root/db/ao.html"
    assert advice.info is not None and advice.info.country == "Angola"
    assert advice.stamp == CURRENT
    assert advice.to_json()["iana_url"] == advice.iana_url


def test_advice_for_an_idn_non_member() -> None:
    advice = community.not_member_advice("xn--p1ai", _edition("de"))
    assert advice.unicode == "рф"
    assert advice.iana_url == "https://www.iana.org/domains/root/db/xn--p1ai.html"


def test_advice_for_a_retired_and_an_unknown_label() -> None:
    retired = community.not_member_advice("an", _edition("de"))
    assert retired.status == NotMemberStatus.RETIRED
    unknown = community.not_member_advice("xy", _edition("de"))
    assert unknown.status == NotMemberStatus.NOT_DELEGATED
    assert unknown.iana_url is None and unknown.info is None
    assert "not a delegated ccTLD" in community.not_member_sentence(unknown)


def test_show_says_what_to_do_for_a_delegated_non_member(repo: Repository) -> None:
    with pytest.raises(NotFoundError) as caught:
        contacts.show(repo, ".AO")
    assert caught.value.code == "not-a-member"
    message = caught.value.message
    assert message.startswith(f".ao is not a TLD-OPS member as of edition {CURRENT}.")
    assert "delegated ccTLD" in message and "Angola" in message
    assert "https://www.iana.org/domains/root/db/ao.html" in message


def test_show_says_a_label_is_not_a_delegated_cctld(repo: Repository) -> None:
    with pytest.raises(NotFoundError) as caught:
        contacts.show(repo, ".xy")
    assert caught.value.code == "not-a-member"
    assert caught.value.message == (
        f".xy is not a TLD-OPS member as of edition {CURRENT}. "
        ".xy is not a delegated ccTLD, so there is no administrative contact to ask."
    )


def test_show_of_a_member_is_unchanged(repo: Repository) -> None:
    edition, member = contacts.show(repo, ".nl")
    assert edition.stamp == CURRENT and member.tld.ace == "nl"


@pytest.mark.parametrize(
    "module",
    [
        "tldops_desktop.services.community",
        "tldops_desktop.services.requests",
        "tldops_desktop.commands.community",
    ],
)
def test_never_imports_qt(module: str) -> None:
    code = (
        f"import sys, {module}; "
        "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
