"""Tables with a border line between every two rows, whose cells wrap onto more lines, as
pandoc's grid tables and text browsers' dumps of a bordered HTML table (elinks, w3m) write
them: the lines between two borders are one row.

    +-------+---------+----------+-----------------+
    | .ae   | United  | Amara    | +971 50 123     |
    |       | Arab    | Nakamura | 4176            |
    +-------+---------+----------+-----------------+

(A table with borders only around its header and its body, as psql and prettytable write
one, has a row a line: its lines stay as they are.)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from tldops_desktop.mail.cell_lines import display_width, joined_cell

_MIN_ROWS = 2  # below this many rows, borders between rows cannot be told from others


def join_grid_rows(lines: list[tuple[int, str]], is_border: Callable[[str], bool]) -> None:
    """Join, in place, the lines of each row of such a table into its first line, cell by
    cell; the others are left empty (line numbers stay as they are). ``lines`` are stripped;
    ``is_border`` tells a border line."""
    if sum(1 for _number, text in lines if text[:1] == "|") < _MIN_ROWS + 2:
        return  # (nearly every edition: no table drawn with a left border)
    index = 0
    while index < len(lines):
        if not is_border(lines[index][1]):
            index += 1
            continue
        runs, index = _runs_between_borders(lines, index, is_border)
        if len(runs) > _MIN_ROWS:  # the header's, and a run a row: borders between rows
            for run in runs:
                _join_run(lines, run)


def _runs_between_borders(
    lines: list[tuple[int, str]], start: int, is_border: Callable[[str], bool]
) -> tuple[list[list[int]], int]:
    """The runs of row lines between the border lines of the table from ``start``, and
    where the table ends; empty when a run is not closed by a border (a table with no
    borders between its rows)."""
    runs: list[list[int]] = []
    run: list[int] = []
    index = start
    while index < len(lines) and (text := lines[index][1]):
        if is_border(text):
            if run:
                runs.append(run)
                run = []
        elif text[:1] == "|":
            run.append(index)
        else:
            break
        index += 1
    return ([] if run else runs), index


def _join_run(lines: list[tuple[int, str]], run: list[int]) -> None:
    if len(run) < 2:
        return
    rows = [lines[index][1].split("|") for index in run]
    if any(len(cells) != len(rows[0]) for cells in rows):
        return  # not one row's lines: left as they are, for the report to name
    joined = [_cell_text(pieces) for pieces in zip(*rows, strict=True)]
    lines[run[0]] = (lines[run[0]][0], " | ".join(joined).strip())
    for index in run[1:]:
        lines[index] = (lines[index][0], "")


def _cell_text(padded: Sequence[str]) -> str:
    """A cell's lines (each with its padding) as one text (see ``joined_cell``)."""
    # (A line fills its cell when a space of padding stands each side: counted so, whatever
    # width the program that drew the table gave its letters.)
    lines = [(text.strip(), len(text) - len(text.strip()) == 2) for text in padded]
    lines = [(text, fills) for text, fills in lines if text]
    width = max((display_width(text) - 2 for text in padded), default=0)
    return joined_cell([text for text, _fills in lines], width, [fills for _text, fills in lines])
