"""Tables lined up with spaces, as text browsers (lynx, w3m) and some converters write an HTML
table: each row is cut where the header row's cells begin, and written as a "|" row.

    ccTLD   Country              Region  #  Name               Email
    .ad     Andorra              EU      1  Emil Van der Berg  abuse1@nic.ad
    .tt     Trinidad and Tobago          1  Tom T              tom@nic.tt

Columns are counted as a terminal shows them: a Chinese character takes two. A row with a
word across a column's start is not cut there: it is split where two spaces stand instead.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

# Cells of a header row: words one space apart, two or more spaces between cells.
_HEADER_CELL = re.compile(r"\S+(?: \S+)*")
_WORD = re.compile(r"\S+")
_MIN_COLUMNS = 4


def aligned_rows(lines: Sequence[str], is_header: Callable[[list[str]], bool]) -> dict[int, str]:
    """The lines of every aligned table in ``lines`` (unstripped), by index, as "|" rows:
    its header row (one whose cells ``is_header`` takes for a table's header) and the rows
    under it up to a blank line."""
    rows: dict[int, str] = {}
    index = 0
    while index < len(lines):
        header = _header_cells(lines[index])
        if header is None or not is_header([text for _start, text in header]):
            index += 1
            continue
        rows[index] = " | ".join(text for _start, text in header)
        starts = [start for start, _text in header]
        index += 1
        while index < len(lines) and lines[index].strip():
            cells = _cut(lines[index], starts) or _HEADER_CELL.findall(lines[index])
            if len(cells) < 2:
                break  # a line of text: the table ended
            # (A row lined up otherwise, with as many cells, is read by them; with other
            # cells, it is written as a row all the same, for the report to name.)
            rows[index] = " | ".join(cells)
            index += 1
    return rows


def may_hold_one(lines: Sequence[str]) -> bool:
    """A quick test that passes over nearly every edition at once."""
    return any("  " in line and "|" not in line and "tld" in line.casefold() for line in lines)


def _header_cells(line: str) -> list[tuple[int, str]] | None:
    if "  " not in line or "|" in line:
        return None
    cells = [(_column(line, m.start()), m.group()) for m in _HEADER_CELL.finditer(line)]
    return cells if len(cells) >= _MIN_COLUMNS else None


def _cut(line: str, starts: list[int]) -> list[str] | None:
    """The row's cells, one per column; None when a word stands across a column's start."""
    cells: list[list[str]] = [[] for _ in starts]
    for word in _WORD.finditer(line):
        begin = _column(line, word.start())
        end = begin + _width(word.group())
        column = max((k for k, start in enumerate(starts) if start <= begin), default=-1)
        if column < 0 or (column + 1 < len(starts) and end > starts[column + 1]):
            return None
        cells[column].append(word.group())
    return [" ".join(words) for words in cells]


def _column(line: str, index: int) -> int:
    return _width(line[:index])


def _width(text: str) -> int:
    """Terminal columns: wide characters (CJK) take two, combining marks none."""
    if text.isascii():
        return len(text.expandtabs(8))
    return sum(
        0 if unicodedata.combining(char) else 2 if unicodedata.east_asian_width(char) in "WF" else 1
        for char in text.expandtabs(8)
    )
