"""An HTML edition's table as w3m dumps it (`w3m -dump`): without a border, at 80 columns, its
cells wrap within their columns ("Kwame" over "Kowalczyk", "+853 (6612)" over "3626", ".рф"
over "(xn--p1ai)"), each cell's lines centred in its row. The dumps in tests/data/dumps are
w3m's own; where w3m is installed, it dumps more editions for the test."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.mailgen.editions import make_edition
from tests.mailgen.render import render_html
from tldops_desktop.mail.html import parse_html
from tldops_desktop.mail.parse import ParsedBody, parse_text

DATA = Path(__file__).parent.parent / "data" / "dumps"


def contacts(parsed: ParsedBody) -> dict[str, list[tuple[int, str, str, str]]]:
    return {
        m.tld.ace: [(c.position, c.name, c.email, c.phone) for c in m.contacts]
        for m in parsed.members
    }


def _members(parsed: ParsedBody) -> list[tuple[str, str, str, str | None]]:
    return [(m.tld.ace, m.country, str(m.region), m.tld.unicode) for m in parsed.members]


@pytest.mark.parametrize("dump", ["w3m-80.txt", "w3m-top-80.txt"])
def test_a_w3m_dump_whose_cells_wrap_reads_as_its_html(dump: str) -> None:
    """Such a dump was read as a few members of run-together cells, its wrapped lines
    reported: the contacts of most members were lost."""
    html = parse_html((DATA / "edition.html").read_text(encoding="utf-8"))
    text = (DATA / dump).read_text(encoding="utf-8")
    assert any(line.startswith(" ") and "@" not in line for line in text.splitlines())
    parsed = parse_text(text)
    assert len(html.members) == 24
    assert contacts(parsed) == contacts(html)
    assert _members(parsed) == _members(html)
    assert parsed.unplaced == ()


@pytest.mark.skipif(shutil.which("w3m") is None, reason="w3m is not installed")
@pytest.mark.parametrize(("seed", "valign"), [(11, ""), (13, ""), (21, " valign=top")])
def test_w3m_dumps_of_more_editions_read_as_their_html(seed: int, valign: str) -> None:
    page = render_html(make_edition("20261101-0600", seed=seed, members=60), "table")
    page = page.replace("<td>", f"<td{valign}>")
    dumped = subprocess.run(
        ["w3m", "-dump", "-cols", "80", "-T", "text/html"],
        input=page, capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    parsed = parse_text(dumped.stdout)
    assert contacts(parsed) == contacts(parse_html(page))
    assert parsed.unplaced == ()
