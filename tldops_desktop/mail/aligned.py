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

from tldops_desktop.mail.cell_lines import display_width, joined_cell

# Cells of a header row: words one space apart, two or more spaces between cells.
_HEADER_CELL = re.compile(r"\S+(?: \S+)*")
_WORD = re.compile(r"\S+")
_MIN_COLUMNS = 4


def aligned_rows(lines: Sequence[str], is_header: Callable[[list[str]], bool]) -> dict[int, str]:
    """The lines of every aligned table in ``lines`` (unstripped), by index, as "|" rows:
    its header row (one whose cells ``is_header`` takes for a table's header) and the rows
    under it up to a blank line."""
    rows = _multiline_rows(lines, is_header)
    index = 0
    while index < len(lines):
        if index in rows:
            index += 1
            continue
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


# pandoc's multiline table: a rule of dashes, the header's lines, a dash under each column,
# then rows of one or more lines, a blank line after each, and a rule of dashes to end it.
#
#   -----------------------------------------------------------------
#   ccTLD  Country       Region  #  Name           Email        Phone
#   ------ ------------- ------- -- -------------- ------------ -------
#   .ad    Andorra       EU      1  Emil Van der   e@nic.ad     +376
#                                   Berg                        312 558
#
#   -----------------------------------------------------------------
_RULE = re.compile(r"^ *-{10,} *$")
_UNDER_COLUMNS = re.compile(r"^ *-+(?: +-+){3,} *$")
_DASHES = re.compile(r"-+")
_HEADER_LINES = 3


def _multiline_rows(lines: Sequence[str], is_header: Callable[[list[str]], bool]) -> dict[int, str]:
    """The lines of every multiline table in ``lines`` (and of every simple one, a dash under
    each column of its header), by index, as "|" rows: each row's lines (and the header's)
    joined cell by cell into its first, the others left empty."""
    rows: dict[int, str] = {}
    # (Only a line of dashes and spaces may stand under a header: one sweep passes over most.)
    for under in [i for i, line in enumerate(lines) if line.lstrip()[:1] == "-" and " -" in line]:
        if under in rows or not _UNDER_COLUMNS.match(lines[under]):
            continue
        top = under - 1
        while top >= 0 and top > under - 1 - _HEADER_LINES and lines[top].strip():
            if _RULE.match(lines[top]):
                break
            top -= 1
        # No rule above the header: a simple table, its header a line and its rows a line
        # each up to a blank line
        multiline = top >= 0 and _RULE.match(lines[top]) is not None and top < under - 1
        if not multiline:
            top = under - 2
        dashes = list(_DASHES.finditer(lines[under]))
        starts, widths = [d.start() for d in dashes], [len(d.group()) for d in dashes]
        header = _joined_cells(lines[top + 1 : under], starts, widths)
        if header is None or not is_header(header):
            continue
        table = {top + 1: " | ".join(header), **dict.fromkeys(range(top + 2, under + 1), "")}
        index = under + 1
        while index < len(lines):
            while multiline and index < len(lines) and not lines[index].strip():
                index += 1
            end = index
            while end < len(lines) and lines[end].strip() and not _RULE.match(lines[end]):
                end += 1
                if not multiline:
                    break
            cells = _joined_cells(lines[index:end], starts, widths) if end > index else None
            if cells is None:
                break  # the rule that ends the table, or lines that are none of its rows
            table[index] = " | ".join(cells)
            table.update(dict.fromkeys(range(index + 1, end), ""))
            index = end
        rows.update(table)
    return rows


def _joined_cells(lines: Sequence[str], starts: list[int], widths: list[int]) -> list[str] | None:
    """The cells of the row whose lines are ``lines``, each cell's pieces joined (its
    column's ``widths``, the dashes under each)."""
    pieces: list[list[str]] = [[] for _start in starts]
    for line in lines:
        cells = _best_cut(line, starts, (_width_as_pandoc, display_width, _width_without_marks))
        if cells is None:
            return None
        for column, cell in zip(pieces, cells, strict=True):
            if cell:
                column.append(cell)
    return [joined_cell(column, width) for column, width in zip(pieces, widths, strict=True)]


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
    measured = [line for line in block[1:] if line.isascii()]
    if sum(line[:1] == "." for line in measured) < _MIN_GAP_ROWS:
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
    table: list[list[str]] = []
    for line in block[1:]:
        cells = _best_cut(line, starts, (display_width, _width_without_marks, _width_as_pandoc))
        if cells is None:  # lined up otherwise: cut where two spaces stand
            cells = _HEADER_CELL.findall(line)
        table.append(cells)
    if any(len(cells) == len(starts) and not cells[0] for cells in table):
        # Cells wrapped onto lines of their own, within their columns ("Kwame" over
        # "Kowalczyk", "+971 (50)" over "123 4176"): each row's lines gathered into one
        joined = _wrapped_rows(table)
        if joined is None:
            return None
        table = joined
    for offset, cells in enumerate(table, start=index + 1):
        rows[offset] = " | ".join(cells) if cells else ""
    return rows


def _wrapped_rows(table: list[list[str]]) -> list[list[str]] | None:
    """The rows of a table without borders whose cells wrap within their columns, as w3m
    writes one: each cell's lines centred in its row (or set at its top, for a table that
    asks so), a row's ccTLD ("." first) on the line where its cell's lines begin. Each row
    as its first line's cells, joined, and an empty list for its other lines; None where the
    lines cannot be parted into such rows."""
    anchors = [line for line, cells in enumerate(table) if cells and cells[0][:1] in _DOTS]
    if not anchors or any(len(cells) != len(table[0]) for cells in table):
        return None
    for place in (_centred, _at_top):
        ends = _row_ends(table, anchors, place)
        if ends is not None:
            break
    else:
        return None
    joined: list[list[str]] = []
    for start, end in zip([0, *ends], ends, strict=False):
        joined.append(_row_cells(table, start, end))
        joined.extend([] for _line in range(start + 1, end))
    return joined


_DOTS = (".", "。", "．", "｡")


def _centred(height: int, lines: int) -> int:
    """Where w3m begins a cell of so many lines in a row of ``height`` (its default)."""
    return (height - lines) // 2


def _at_top(height: int, lines: int) -> int:
    return 0


def _row_ends(
    table: list[list[str]], anchors: list[int], place: Callable[[int, int], int]
) -> list[int] | None:
    """The line after each row's last, the rows' cells placed by ``place``; None where no
    parting fits. Where more than one does (a line of "Falkland" and "يوسف" under the row
    of .fj or over that of .fk), the one whose rows of one ccTLD agree most (.fj's rows say
    "Fiji", not "Fiji Falkland"); among those, lines go with the row above, as w3m sets a
    row's extra line below its middle (a line above a ccTLD needs a row of three or more)."""
    # Each row's partings so far, by its first line and the line after its last: their
    # agreement and the row before's.
    parted: dict[tuple[int, int], tuple[int, tuple[int, int] | None]] = {
        (0, end): (0, None) for end in _fitting(table, anchors, place, 0, 0)
    }
    history = [parted]
    for row in range(1, len(anchors)):
        following: dict[tuple[int, int], tuple[int, tuple[int, int] | None]] = {}
        for (start, end), (agreed, _before) in sorted(parted.items(), key=lambda item: -item[0][1]):
            above = _row_cells(table, start, end)
            for after in _fitting(table, anchors, place, row, end):
                score = agreed + _agreement(above, _row_cells(table, end, after))
                if score > following.get((end, after), (-1, None))[0]:
                    following[(end, after)] = (score, (start, end))
        if not following:
            return None
        parted = following
        history.append(parted)
    if not parted:
        return None
    state: tuple[int, int] | None = max(parted, key=lambda key: (parted[key][0], key[0]))
    ends: list[int] = []
    for row in range(len(anchors) - 1, -1, -1):
        assert state is not None
        ends.append(state[1])
        state = history[row][state][1]
    return ends[::-1]


def _fitting(
    table: list[list[str]],
    anchors: list[int],
    place: Callable[[int, int], int],
    row: int,
    start: int,
) -> list[int]:
    """The lines after its last that row ``row`` from line ``start`` may have."""
    last = row + 1 == len(anchors)
    limit = len(table) if last else anchors[row + 1]
    ends = range(limit, (limit - 1) if last else anchors[row], -1)
    return [end for end in ends if _fits(table[start:end], anchors[row] - start, place)]


def _row_cells(table: list[list[str]], start: int, end: int) -> list[str]:
    columns = zip(*table[start:end], strict=True)
    return [joined_cell([text for text in column if text]) for column in columns]


def _agreement(above: list[str], below: list[str]) -> int:
    """How many cells two rows of one ccTLD have alike (its country, its region)."""
    if above[0] != below[0]:
        return 0
    return sum(a == b for a, b in zip(above[1:], below[1:], strict=True))


def _fits(lines: list[list[str]], anchor: int, place: Callable[[int, int], int]) -> bool:
    """Whether ``lines`` are one row whose ccTLD cell begins at line ``anchor``: in each
    column, the lines with text one run, where ``place`` puts it."""
    height = len(lines)
    if not 0 <= anchor < height:
        return False
    for column in zip(*lines, strict=True):
        filled = [line for line, text in enumerate(column) if text]
        if not filled:
            continue
        if filled[-1] - filled[0] + 1 != len(filled):
            return False
        if filled[0] != place(height, len(filled)):
            return False
    first = [line for line, cells in enumerate(lines) if cells[0]]
    return bool(first) and first[0] == anchor


def _best_cut(
    line: str, starts: list[int], widths: Sequence[Callable[[str], int]]
) -> list[str] | None:
    """The line's cells, its letters counted as the program that wrote it may have counted
    them: w3m gives Indic vowel signs no column, pandoc one, a terminal some. Of the cuts
    made, the one that fills the most cells, the first of equals ("3" in the position's
    column, not run into a Tamil name after it)."""
    if line.isascii():
        return _cut(line, starts)
    best: list[str] | None = None
    for width in widths:
        cells = _cut(line, starts, width)
        if cells is not None and (best is None or _filled(cells) > _filled(best)):
            best = cells
    return best


def _filled(cells: list[str]) -> int:
    return sum(1 for cell in cells if cell)


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
    width = width or display_width
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
    return display_width(line[:index])


def _width_without_marks(text: str) -> int:
    """Terminal columns as w3m counts them: vowel signs that take space (Devanagari's "ि",
    Tamil's "ா") take none either, nor those above or below a letter that Unicode gives no
    combining class (Devanagari's "ु", "े")."""
    return sum(0 if unicodedata.category(char) in _MARKS else display_width(char) for char in text)


_MARKS = ("Mc", "Mn")


def _width_as_pandoc(text: str) -> int:
    """Columns as pandoc counts them: wide characters two, the marks that combine with Latin
    letters none, any other character (an Indic vowel sign, a virama) one."""
    return sum(
        0
        if "\u0300" <= char <= "\u036f"
        else 2
        if unicodedata.east_asian_width(char) in "WF"
        else 1
        for char in text
    )
