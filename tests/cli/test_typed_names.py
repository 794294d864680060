"""``tldops search`` and ``show`` with names as a responder types them: a country's name that
two members share ("Congo"), Greek names in the Latin spellings people use, Chinese in
Traditional or Simplified characters."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.cli.test_search import found
from tests.mailgen.editions import ExpectedContact, ExpectedEdition, ExpectedMember
from tests.mailgen.messages import build_edition
from tldops_desktop.core.model import Contact, Member, Region, Tld
from tldops_desktop.core.query import SearchIndex

STAMP = "20261101-0600"


def _member(ace: str, country: str, region: str, iso: str, *people: tuple[str, str]) -> Any:
    contacts = tuple(
        ExpectedContact(name, f"ops{i}@nic.{ace}", phone, phone.replace(" ", ""))
        for i, (name, phone) in enumerate(people, 1)
    )
    return ExpectedMember(ace, ace, country, region, contacts, phone_region=iso)


EDITION = ExpectedEdition(
    STAMP,
    (
        _member("bg", "Bulgaria", "EU", "BG", ("Георги Първанов", "+359 88 123 4567")),
        _member("cd", "Congo, The Democratic Republic of the", "AF", "CD",
                ("Jean-Pierre Mbala", "+243 81 234 5678")),
        _member("cg", "Congo", "AF", "CG", ("Paul Ngoma", "+242 06 612 3456")),
        _member("cn", "China", "AP", "CN", ("陈志明", "+86 139 1234 5678")),
        _member("gr", "Greece", "EU", "GR", ("Χρήστος Παπαδόπουλος", "+30 69 1234 5678"),
                ("Ευάγγελος Μπακογιάννης", "+30 69 1234 5679")),
        _member("hk", "Hong Kong", "AP", "HK", ("黃國強", "+852 5123 4567")),
        _member("kp", "Korea, Democratic People's Republic of", "AP", "KP",
                ("Kim Chol", "+850 191 234 5678")),
        _member("kr", "Korea, Republic of", "AP", "KR", ("Lee Min-jun", "+82 10 2000 0876")),
        _member("tw", "Taiwan", "AP", "TW", ("张伟", "+886 912 345 678")),
        _member("ua", "Ukraine", "EU", "UA", ("Ольга Григоренко", "+380 67 123 4567")),
    ),
)  # fmt: skip


@pytest.fixture
def imported(tmp_path: Path, passphrase: str, run_cli: Any) -> Any:
    mail = tmp_path / "edition.eml"
    mail.write_bytes(build_edition(EDITION, seed=1).data)
    result = run_cli("import", mail, "--json")
    assert result.code == 0, result.err
    return run_cli


@pytest.mark.parametrize("name", ["Congo", "congo", "Конго", "刚果", "الكونغو"])
def test_search_a_name_two_countries_share_finds_both(imported: Any, name: str) -> None:
    assert found(imported, name)[:2] == ["cd", "cg"]


@pytest.mark.parametrize(("name", "members"), [("Congo", ".cd, .cg"), ("Korea", ".kp, .kr")])
def test_show_a_name_two_members_share_lists_both(imported: Any, name: str, members: str) -> None:
    result = imported("show", name)
    assert result.code == 1
    assert f"tldops: {name!r} is the name of several members: " in result.err
    for tld in members.split(", "):
        assert f"tldops show {tld}" in result.err
    assert f"tldops search {name} shows them all" in result.err


@pytest.mark.parametrize(
    ("name", "ace"),
    [("Congo-Brazzaville", "cg"), ("Republic of the Congo", "cg"), ("DR Congo", "cd"),
     ("DRC", "cd"), ("RDC", "cd"), ("Congo-Kinshasa", "cd")],
)  # fmt: skip
def test_show_a_name_of_one_congo_shows_it(imported: Any, name: str, ace: str) -> None:
    result = imported("show", name, "--json")
    assert result.code == 0, result.err
    assert result.json()["tld"]["ace"] == ace


@pytest.mark.parametrize("typed", ["Hristos", "Christos Papadopulos", "Bakoyannis", "Evaggelos"])
def test_a_greek_name_is_found_as_people_spell_it_in_latin_letters(
    imported: Any, typed: str
) -> None:
    assert found(imported, typed) == ["gr"]


@pytest.mark.parametrize(
    ("typed", "ace"),
    [
        ("陳志明", "cn"),  # written 陈志明
        ("陈", "cn"),
        ("黄国强", "hk"),  # written 黃國強
        ("黃國強", "hk"),
        ("張偉", "tw"),  # written 张伟
        ("臺灣", "tw"),
        ("台湾", "tw"),
        ("香港", "hk"),
    ],
)
def test_chinese_typed_in_either_script_finds_the_other(
    imported: Any, typed: str, ace: str
) -> None:
    assert found(imported, typed)[0] == ace


def test_a_greek_spelling_finds_no_cyrillic_name_by_chance() -> None:
    # "Lena" read as Greek is "lina", which is inside Галина: it must find Лена alone.
    members = [
        Member(Tld("ru", "ru"), "Russia", Region.EU, (Contact(1, "Галина Петрова", "a@x.ru", ""),)),
        Member(Tld("by", "by"), "Belarus", Region.EU, (Contact(1, "Лена Козлова", "b@x.by", ""),)),
    ]
    assert [m.tld.ace for m in SearchIndex(members).search("Lena")] == ["by"]


@pytest.mark.parametrize(
    ("typed", "ace"),
    [("Olha", "ua"), ("Olga", "ua"), ("Hryhorenko", "ua"), ("Olha Hryhorenko", "ua"),
     ("Georgi Parvanov", "bg"), ("Parvanov", "bg")],
)  # fmt: skip
def test_a_cyrillic_name_is_found_as_its_countrys_passports_write_it(
    imported: Any, typed: str, ace: str
) -> None:
    assert found(imported, typed) == [ace]
