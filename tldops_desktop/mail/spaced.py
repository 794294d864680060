"""Tables whose cells stand a single space apart, not lined up, as lynx dumps an HTML table
(and Mailman, which converts an HTML part with lynx): each row is read by what its cells
are (a ccTLD, a region's code, a position, an address), a row wrapped onto the next lines
joined back first.

    ccTLD Country Region # Name Email Phone
    .ad Andorra EU 1 Emil Van der Berg [1]abuse1@nic.ad +376 312 558
    .ae United Arab Emirates AP 1 Amara Nakamura [4]csirt1@nic.ae +971 (50)
    123 4176
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

# A cell's pattern by the kind of its column, in the order the columns stand; lynx's
# number of a link ("[4]") before a value is no part of it.
_CELLS = {
    "tld": r"(?:\[\d+\])?([.。．｡]\S+(?: \(xn--[a-z0-9-]+\))?)",
    "country": r"(.+?)",
    "region": r"(AF|AP|EU|LAC|NA)?",
    "position": r"(\d{1,2})",
    "name": r"(.+?)",
    "email": r"(?:\[\d+\])?([^\s@\[\]]+@\S+)",
    "phone": r"(.*)",
}
_MIN_KINDS = 5  # a header of this many known columns, a ccTLD's and an address's among them


def spaced_rows(
    lines: Sequence[str], kinds_of: Callable[[list[str]], tuple[str, ...] | None]
) -> dict[int, str]:
    """The lines of every such table in ``lines`` (stripped), by index, as "|" rows: its
    header row (words that ``kinds_of`` takes one by one for a table's columns) and the
    rows under it up to a blank line; a row's wrapped rest is left empty."""
    rows: dict[int, str] = {}
    index = 0
    # (Only lines naming a TLD may head one: nearly every line is passed over in one sweep.)
    for header in [i for i, line in enumerate(lines) if "tld" in line or "TLD" in line]:
        if header < index:
            continue  # a line of the table before
        pattern = _row_pattern(lines[header], kinds_of)
        if pattern is None:
            continue
        index = header + 1
        read: dict[int, str] = {}
        while index < len(lines) and lines[index]:
            start, text = index, lines[index]
            index += 1
            while index < len(lines) and lines[index] and not lines[index].startswith("."):
                joint = "" if re.search(r"[^\W\d_]-$", text) else " "
                text, index = f"{text}{joint}{lines[index]}", index + 1
            row = pattern.fullmatch(text)
            if row is None:
                break  # no row of the table: it ended, or is read otherwise
            read[start] = " | ".join(cell or "" for cell in row.groups())
            read.update(dict.fromkeys(range(start + 1, index), ""))
        if read:
            rows[header] = " | ".join(lines[header].split())
            rows.update(read)
    return rows


def _row_pattern(
    line: str, kinds_of: Callable[[list[str]], tuple[str, ...] | None]
) -> re.Pattern[str] | None:
    """The pattern of the rows under ``line`` when it is such a table's header row."""
    if "|" in line or "tld" not in line.casefold():
        return None
    words = line.split()
    kinds = kinds_of(words)
    if kinds is None or len(set(kinds)) != len(kinds) or not all(kinds):
        return None
    if len(kinds) < _MIN_KINDS or "email" not in kinds or kinds[0] != "tld":
        return None
    if "position" not in kinds:
        return None  # (the number is what ends a country's words, whether a region follows)
    parts = []
    for kind in kinds:
        cell = _CELLS.get(kind)
        if cell is None:
            return None
        # (an empty region's cell leaves one space, not two)
        parts.append(f"(?: {cell})?" if kind == "region" else f" {cell}")
    return re.compile("".join(parts).removeprefix(" "))
