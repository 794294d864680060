"""The bundled ccTLD table: IDNA round trips, regions, and agreement with the sample editions."""

from __future__ import annotations

import email
import json
import re
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import idna
import pytest

from tldops_desktop.core import cctlds
from tldops_desktop.core.cctlds import REGIONS, CcTldInfo

DATA = Path(__file__).resolve().parent.parent / "data"
EXPECTED_JSON = DATA / "repository-20261101-expected.json"
LAYOUT_A = DATA / "repository-20261101-layout-a.eml"
LAYOUT_B = DATA / "repository-20261001-layout-b.eml"

ROWS = cctlds.all_cctlds()


def _unicode_of(ace: str) -> str:
    try:
        return str(idna.decode(ace))
    except idna.IDNAError:
        return ace[4:].encode("ascii").decode("punycode")


def _plain_body(path: Path) -> str:
    with path.open("rb") as handle:
        message = email.message_from_binary_file(handle, policy=policy.default)
    assert isinstance(message, EmailMessage)
    part = message.get_body(preferencelist=("plain",))
    assert part is not None
    content = part.get_content()
    assert isinstance(content, str)
    return content


def _expected_members() -> list[dict[str, Any]]:
    data = json.loads(EXPECTED_JSON.read_text(encoding="utf-8"))
    members: list[dict[str, Any]] = data["members"]
    return members


@pytest.mark.parametrize("row", ROWS, ids=lambda row: row.ace)
def test_row_round_trips_through_idna(row: CcTldInfo) -> None:
    assert row.ace == row.ace.lower()
    assert row.unicode == _unicode_of(row.ace)
    assert idna.encode(row.unicode, uts46=True).decode("ascii") == row.ace


def test_no_duplicate_ace() -> None:
    aces = [row.ace for row in ROWS]
    assert len(aces) == len(set(aces))


def test_regions_and_iso_codes_are_valid() -> None:
    for row in ROWS:
        assert row.region in REGIONS, row
        assert row.country, row
        if row.ace in ("eu", "xn--e1a4c", "xn--qxa6a"):
            assert row.iso == ""
        else:
            assert re.fullmatch(r"[A-Z]{2}", row.iso), row


def test_counts_are_plausible() -> None:
    two_letter = [r for r in ROWS if len(r.ace) == 2 and not r.retired]
    idn = [r for r in ROWS if r.ace.startswith("xn--") and not r.retired]
    assert 245 <= len(two_letter) <= 255
    assert len(idn) >= 55
    for ace in ("bl", "bq", "eh", "mf", "um"):
        assert cctlds.lookup(ace) is None
    for ace in ("ac", "eu", "su", "uk", "gb"):
        info = cctlds.lookup(ace)
        assert info is not None and not info.retired


def test_retired_members_are_marked() -> None:
    info = cctlds.lookup("an")
    assert info is not None
    assert info.retired
    assert info.region == "EU"
    assert [r.ace for r in ROWS if r.retired] == ["an"]


def test_lookup_helpers() -> None:
    assert cctlds.iso_for("uk") == "GB"
    assert cctlds.iso_for("su") == "RU"
    assert cctlds.iso_for("ac") == "AC"
    assert cctlds.iso_for("eu") is None
    assert cctlds.iso_for("xn--p1ai") == "RU"
    assert cctlds.iso_for("xn--90ais") == "BY"
    assert cctlds.iso_for("xn--j6w193g") == "HK"
    assert cctlds.iso_for("xn--kpry57d") == "TW"
    assert cctlds.iso_for("xn--mgberp4a5d4ar") == "SA"
    assert cctlds.iso_for("xn--h2brj9c") == "IN"
    assert cctlds.iso_for("nosuch") is None
    assert cctlds.region_for("tt") == "LAC"
    assert cctlds.region_for("us") == "NA"
    assert cctlds.region_for("xn--qxa6a") == "EU"
    assert cctlds.region_for("nosuch") is None
    assert cctlds.all_cctlds() is ROWS


def test_table_metadata() -> None:
    assert "IANA" in cctlds.TABLE_SOURCE
    assert "ISO 3166" in cctlds.TABLE_SOURCE
    assert "ICANN" in cctlds.TABLE_SOURCE
    assert re.fullmatch(r"\d{4}-\d{2}", cctlds.TABLE_DATE)


def test_expected_json_members_are_in_table() -> None:
    members = _expected_members()
    assert len(members) == 200
    for member in members:
        info = cctlds.lookup(member["ace"])
        assert info is not None, member["ace"]
        assert info.unicode == member["unicode"], member["ace"]
        if member["region"] is not None:
            assert info.region == member["region"], member["ace"]


_A_HEADER = re.compile(
    r"^\.(?P<label>\S+)(?:\s+\(?\.?(?P<ace>xn--[a-z0-9-]+))?.*?"
    r"(?:\((?P<region>AF|AP|EU|LAC|NA)\))?$"
)


def test_layout_a_members_are_in_table() -> None:
    seen: dict[str, str | None] = {}
    lines = _plain_body(LAYOUT_A).splitlines()
    for index, line in enumerate(lines[1:-1], start=1):
        if not (line.startswith(".") and lines[index - 1].startswith("-----")):
            continue
        match = _A_HEADER.match(line.strip())
        assert match, line
        ace = match["ace"] or match["label"].lower()
        info = cctlds.lookup(ace)
        assert info is not None, line
        assert info.unicode == match["label"].lower(), line
        if match["region"]:
            assert info.region == match["region"], line
        seen[ace] = match["region"]
    assert len(seen) == 200


_B_LABEL = re.compile(r"^\.(?P<label>\S+)(?:\s+\((?P<ace>xn--[a-z0-9-]+)\))?$")


def test_layout_b_members_are_in_table() -> None:
    seen: set[str] = set()
    for line in _plain_body(LAYOUT_B).splitlines():
        if not line.startswith("."):
            continue
        cells = [cell.strip() for cell in line.split("|")]
        match = _B_LABEL.match(cells[0])
        assert match, line
        ace = match["ace"] or match["label"]
        info = cctlds.lookup(ace)
        assert info is not None, line
        assert info.unicode == match["label"], line
        if cells[2]:
            assert info.region == cells[2], line
        seen.add(ace)
    assert len(seen) == 200
    assert {m["ace"] for m in _expected_members()} == seen
