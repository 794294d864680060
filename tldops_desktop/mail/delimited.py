"""Tables of values separated by ";" or ",", as a spreadsheet's export (CSV) pasted into the
template writes them: each row's cells, for the parser to read as a "|" row.

    ccTLD;Country;Region;Name;Email;Phone
    .ad;Andorra;EU;Emil Van der Berg;abuse1@nic.ad;+376 312 558
    .kr,"Korea, Republic of",AP,1,Kim Min,kim@kisa.or.kr,+82 10 1234 5678

Quoted cells keep their separators ("Korea, Republic of"), as CSV writes them.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence

_DELIMITERS = (";", ",")
_MIN_COLUMNS = 4


def may_hold_one(lines: Sequence[str]) -> bool:
    """A quick test that passes over nearly every edition at once."""
    return any(_may_head(line) for line in lines)


def _may_head(line: str) -> bool:
    return (";" in line or "," in line) and "|" not in line and "tld" in line.casefold()


def delimited_rows(
    lines: Sequence[str],
    is_header: Callable[[list[str]], bool],
    mend: Callable[[list[str], list[str]], list[str]] = lambda _header, cells: cells,
) -> dict[int, list[str]]:
    """The cells of every such table's lines in ``lines``, by index: its header row (one
    whose cells ``is_header`` takes for a table's header, with a row under it) and the rows
    under it, also past blank lines, up to a line of fewer than two cells. ``mend`` is
    given a row with more cells than its header (a separator in a value, unquoted)."""
    rows: dict[int, list[str]] = {}
    index = 0
    # (Only lines that may head one are asked: nearly every line is passed over in one sweep.)
    for start in [i for i, line in enumerate(lines) if _may_head(line)]:
        if start < index:
            continue  # a row of the table before
        found = _header(lines, start, is_header)
        if found is None:
            continue
        delimiter, header = found
        index = start
        rows[index] = header
        index += 1
        while index < len(lines):
            if not lines[index].strip():
                following = _next_text(lines, index)
                if following is None or len(_split(lines[following], delimiter)) < len(header) - 1:
                    break  # text after the table, not more of its rows
                index = following
            cells = _split(lines[index], delimiter)
            if len(cells) < 2:
                break  # a line of text: the table ended
            rows[index] = mend(header, cells) if len(cells) > len(header) else cells
            index += 1
    return rows


def _header(
    lines: Sequence[str], index: int, is_header: Callable[[list[str]], bool]
) -> tuple[str, list[str]] | None:
    """The delimiter and cells of line ``index`` when it is such a table's header row: a
    row follows it with (nearly) as many cells ("ccTLD, country, region, name, email and
    phone are listed below" is a sentence)."""
    line = lines[index]
    for delimiter in _DELIMITERS:
        if delimiter not in line:
            continue
        cells = _split(line, delimiter)
        if len(cells) < _MIN_COLUMNS or not is_header(cells):
            continue
        following = _next_text(lines, index)
        if following is not None and len(_split(lines[following], delimiter)) >= len(cells) - 1:
            return delimiter, cells
    return None


def _next_text(lines: Sequence[str], index: int) -> int | None:
    for following in range(index + 1, len(lines)):
        if lines[following].strip():
            return following
    return None


def _split(line: str, delimiter: str) -> list[str]:
    if delimiter not in line or "|" in line:
        return [line.strip()]
    return [cell.strip() for cell in next(csv.reader([line.strip()], delimiter=delimiter))]
