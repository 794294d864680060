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
        by_gaps = _rows_by_gaps(lines, index, len(header), is_header)
        if by_gaps is not None:
            rows.update(by_gaps)
            index = max(by_gaps) + 1
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


# Rows enough that the columns of spaces between cells show where columns part (in a few
# rows, a space between a name's words may stand in one too).
_MIN_GAP_ROWS = 5


def _rows_by_gaps(
    lines: Sequence[str], index: int, header_cells: int, is_header: Callable[[list[str]], bool]
) -> dict[int, str] | None:
    """The table from header row ``index`` cut where its rows all have a space, as w3m
    writes a table: columns a single space apart ("EU     1 Emil Van der Berg" under
    "Region #"), the header's texts centred over them. None where that finds no more
    columns than the header's own spacing did."""
    end = index
    while end < len(lines) and lines[end].strip():
        end += 1
    block = [line.rstrip().expandtabs(8) for line in lines[index:end]]
    # The rows (a ccTLD first) whose widths are sure: in ASCII (a terminal may show other
    # letters wider or narrower than counted here).
    measured = [line for line in block[1:] if line.isascii() and line[:1] == "."]
    if len(measured) < _MIN_GAP_ROWS:
        return None
    starts = _starts(measured)
    header = _cut(block[0], starts) if starts[0] <= _first_start(block[0]) else None
    if header is None:
        return None
    # w3m names every column: a gap without a name over it is a space inside the cells
    starts = [start for start, name in zip(starts, header, strict=True) if name]
    header = [name for name in header if name]
    if len(starts) <= header_cells or not is_header(header):
        return None
    rows = {index: " | ".join(header)}
    for offset, line in enumerate(block[1:], start=index + 1):
        cells = _cut(line, starts)
        if cells is None and not line.isascii():
            cells = _cut(line, starts, _width_without_marks)  # as w3m counts Indic scripts
        if cells is None:  # lined up otherwise: cut where two spaces stand
            cells = _HEADER_CELL.findall(line)
        elif not cells[0]:
            # A cell's text wrapped onto a line of its own: the rows above hold part of
            # their names and numbers ("+971 (50) 123"), and w3m centres a cell's lines in
            # its row, so which row it is of cannot be told. Not read so.
            return None
        rows[offset] = " | ".join(cells)
    return rows


def _starts(rows: list[str]) -> list[int]:
    """The columns where the table's columns begin: after a column no row writes in."""
    used = bytearray(max(map(len, rows)) + 1)
    for line in rows:
        for column, char in enumerate(line):
            if char != " ":
                used[column] = 1
    return [
        column for column, mark in enumerate(used) if mark and (column == 0 or not used[column - 1])
    ]


def _first_start(line: str) -> int:
    return len(line) - len(line.lstrip())


def may_hold_one(lines: Sequence[str]) -> bool:
    """A quick test that passes over nearly every edition at once."""
    return any("  " in line and "|" not in line and "tld" in line.casefold() for line in lines)


def _header_cells(line: str) -> list[tuple[int, str]] | None:
    if "  " not in line or "|" in line:
        return None
    cells = [(_column(line, m.start()), m.group()) for m in _HEADER_CELL.finditer(line)]
    return cells if len(cells) >= _MIN_COLUMNS else None


def _cut(
    line: str, starts: list[int], width: Callable[[str], int] | None = None
) -> list[str] | None:
    """The row's cells, one per column; None when a word stands across a column's start."""
    width = width or _width
    cells: list[list[str]] = [[] for _ in starts]
    for word in _WORD.finditer(line):
        begin = width(line[: word.start()])
        end = begin + width(word.group())
        column = max((k for k, start in enumerate(starts) if start <= begin), default=-1)
        if column < 0 or (column + 1 < len(starts) and end > starts[column + 1]):
            return None
        cells[column].append(word.group())
    return [" ".join(words) for words in cells]


def _column(line: str, index: int) -> int:
    return _width(line[:index])


def _width_without_marks(text: str) -> int:
    """Terminal columns as w3m counts them: vowel signs that take space (Devanagari's "ि",
    Tamil's "ா") take none either."""
    return sum(0 if unicodedata.category(char) == "Mc" else _width(char) for char in text)


def _width(text: str) -> int:
    """Terminal columns: wide characters (CJK) take two, combining marks none."""
    if text.isascii():
        return len(text.expandtabs(8))
    return sum(
        0 if unicodedata.combining(char) else 2 if unicodedata.east_asian_width(char) in "WF" else 1
        for char in text.expandtabs(8)
    )
