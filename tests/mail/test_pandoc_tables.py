"""An HTML edition's table as pandoc writes it in plain text or Markdown (`pandoc -f html -t
plain`, `-t markdown`): a simple table (a dash under each column), a multiline one (a rule
above and below, a row's cells wrapped onto its lines, a blank line after each row) where
the table's columns have widths, and a grid one (a border between rows, a word longer than
its column cut into pieces). The files in tests/data/dumps are pandoc's own; where pandoc is
installed, it converts more editions for the test."""

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
WIDTHS = (
    '<table><colgroup><col width="10%"><col width="14%"><col width="8%"><col width="4%">'
    '<col width="20%"><col width="24%"><col width="20%"></colgroup>'
)


def contacts(parsed: ParsedBody) -> dict[str, list[tuple[int, str, str, str | None]]]:
    return {
        m.tld.ace: [(c.position, c.email, c.phone, c.phone_e164) for c in m.contacts]
        for m in parsed.members
    }


def names(parsed: ParsedBody) -> list[str]:
    return [c.name for m in parsed.members for c in m.contacts]


def members(parsed: ParsedBody) -> list[tuple[str, str, str, str]]:
    return [(m.tld.ace, m.tld.unicode, m.country, str(m.region)) for m in parsed.members]


@pytest.mark.parametrize(
    ("dump", "html"),
    [
        ("pandoc-simple.txt", "edition.html"),
        ("pandoc-multiline.txt", "edition-widths.html"),
        ("pandoc-multiline.md", "edition-widths.html"),
        ("pandoc-grid.md", "edition-widths.html"),
    ],
)
def test_pandocs_tables_of_an_edition_read_as_its_html(dump: str, html: str) -> None:
    """A multiline table was read as its rows' first lines (a name, a country cut short)
    and its other lines reported; a grid table's address cut where it was longer than its
    column kept a space there ("<pd958a 0@registry.al>"), not an address."""
    page = parse_html((DATA / html).read_text(encoding="utf-8"))
    parsed = parse_text((DATA / dump).read_text(encoding="utf-8"))
    assert len(page.members) == 24
    assert contacts(parsed) == contacts(page)
    assert names(parsed) == names(page)
    assert members(parsed) == members(page)
    assert parsed.unplaced == ()


def test_a_grid_table_in_narrow_columns_keeps_every_address_and_number() -> None:
    """Its columns too narrow for many words, pandoc cuts them: every address, number, ccTLD
    and country is whole again; a name's words are, but where a piece in a script without
    capitals may have been a word of its own ("கா" then "ர்த்திக்"), it stays apart."""
    page = parse_html((DATA / "edition.html").read_text(encoding="utf-8"))
    parsed = parse_text((DATA / "pandoc-grid.txt").read_text(encoding="utf-8"))
    assert contacts(parsed) == contacts(page)
    assert members(parsed) == members(page)
    assert [name.replace(" ", "") for name in names(parsed)] == [
        name.replace(" ", "") for name in names(page)
    ]
    assert sum(a != b for a, b in zip(names(parsed), names(page), strict=True)) <= 2
    assert parsed.unplaced == ()


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed")
@pytest.mark.parametrize(
    ("seed", "to"), [(11, "plain"), (14, "markdown"), (17, "plain"), (20, "markdown")]
)
def test_pandocs_multiline_tables_of_more_editions_read_as_their_html(seed: int, to: str) -> None:
    page = render_html(make_edition("20261101-0600", seed=seed, members=60), "table")
    page = page.replace("<table>", WIDTHS)
    converted = subprocess.run(
        ["pandoc", "-f", "html", "-t", to],
        input=page, capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    parsed = parse_text(converted.stdout)
    assert contacts(parsed) == contacts(parse_html(page))
    assert names(parsed) == names(parse_html(page))
    assert parsed.unplaced == ()
