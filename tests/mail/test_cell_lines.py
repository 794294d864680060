"""A name or an address cut over two lines of a table's cell, read alike whether the table
is a grid (a border between rows, as pandoc's grid tables and text browsers' bordered ones
are) or a multiline one (a dash under each column, a blank line after each row): one rule
joins a cell's lines."""

from __future__ import annotations

import pytest

from tldops_desktop.mail.parse import parse_text

HEADER = ("ccTLD", "Country", "Region", "#", "Name", "Email", "Phone")


def _grid(rows: list[list[list[str]]], widths: list[int]) -> str:
    """A grid table of ``rows``, each a list of cells, each a list of its lines."""
    border = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [border, _grid_line(list(HEADER), widths), border.replace("-", "=")]
    for row in rows:
        for line in range(max(map(len, row))):
            out.append(_grid_line([cell[line] if line < len(cell) else "" for cell in row], widths))
        out.append(border)
    return "\n".join(out)


def _grid_line(texts: list[str], widths: list[int]) -> str:
    return "|" + "|".join(f" {t:<{w}} " for t, w in zip(texts, widths, strict=True)) + "|"


def _multiline(rows: list[list[list[str]]], widths: list[int]) -> str:
    """The same rows as a multiline table, as pandoc writes one in plain text."""
    rule = "  " + "-" * (sum(widths) + len(widths) - 1)

    def line(texts: list[str]) -> str:
        return "  " + " ".join(f"{t:<{w}}" for t, w in zip(texts, widths, strict=True))

    out = [rule, line(list(HEADER)), "  " + " ".join("-" * w for w in widths)]
    for row in rows:
        for index in range(max(map(len, row))):
            out.append(line([cell[index] if index < len(cell) else "" for cell in row]))
        out.append("")
    out.append(rule)
    return "\n".join(out)


def _row(name: list[str], email: list[str], phone: list[str]) -> list[list[str]]:
    return [[".fr"], ["France"], ["EU"], ["1"], name, email, phone]


CASES = [
    # A hyphenated name cut at its hyphen
    (["Jean-", "Pierre Dupont"], ["jp@nic.fr"], ["+33 6 12 34 56 78"], "Jean-Pierre Dupont",
     "jp@nic.fr"),
    # A hyphenated name cut at its hyphen, a number before it
    (["Jean-", "Pierre Dupont"], ["noc@registry-", "ops.nic.fr"], ["+33 6 12 34 56 78"],
     "Jean-Pierre Dupont", "noc@registry-ops.nic.fr"),
    # A dash standing alone is no hyphen: "Emil -" then "Berg" is not "Emil -Berg"
    (["Jean -", "Dupont"], ["jd@nic.fr"], ["+33 6 12 34 56 78"], "Jean - Dupont", "jd@nic.fr"),
    # A word longer than its column, cut without a hyphen as pandoc cuts one: its first
    # piece alone on a line, the others filling the column
    (["Maximiliana", "Wo", "lfeschlegel", "steinhausen"], ["hostmaster@", "nic.fr"],
     ["+33 6 12 34 56 78"], "Maximiliana Wolfeschlegelsteinhausen", "hostmaster@nic.fr"),
    # Two such words, each cut so (pandoc's "Maxim", "iliana", "Wolfes", "chlege", ...)
    (["Maxim", "iliana", "Wolfes", "chlege", "lstein", "hausen"], ["jp@nic.fr"],
     ["+33 6 12 34 56 78"], "Maximiliana Wolfeschlegelsteinhausen", "jp@nic.fr"),
    # Two words each on a line of its own, in a wide column: a space between them
    (["Marie", "Curie"], ["mc@nic.fr"], ["+33 6 12 34 56 78"], "Marie Curie", "mc@nic.fr"),
]  # fmt: skip


@pytest.mark.parametrize("table", [_grid, _multiline])
@pytest.mark.parametrize(("name", "email", "phone", "read_name", "read_email"), CASES)
def test_a_cells_lines_are_joined_by_one_rule_in_both_tables(
    table: object,
    name: list[str],
    email: list[str],
    phone: list[str],
    read_name: str,
    read_email: str,
) -> None:
    # The name's and the address's columns as wide as their longest line, as a cut fills them
    widths = [5, 7, 6, 1, max(4, *map(len, name)), max(10, *map(len, email)), 17]
    rows = [
        _row(name, email, phone),
        [[".de"], ["Germany"], ["EU"], ["1"], ["Emil"], ["e@denic.de"], ["+49 151 23456789"]],
        [[".ad"], ["Andorra"], ["EU"], ["1"], ["Pere"], ["p@nic.ad"], ["+376 312 558"]],
    ]
    assert callable(table)
    parsed = parse_text(table(rows, widths))
    assert parsed.unplaced == ()
    read = {m.tld.ace: (m.contacts[0].name, m.contacts[0].email) for m in parsed.members}
    assert read == {
        "fr": (read_name, read_email),
        "de": ("Emil", "e@denic.de"),
        "ad": ("Pere", "p@nic.ad"),
    }
