"""HTML parts read by their structure: table rows become layout B rows, blocks become lines.

Mail templates wrap their content in layout tables (one cell, often nested several deep), so a
row is a data row only when it holds two or more cells of text; a row of one cell is a box, and
its content is read as lines, nested tables as tables of their own. Nothing is rendered: no
remote content, no scripts; only text and ``mailto:`` targets are kept.
"""

from __future__ import annotations

import re
from dataclasses import replace
from html import unescape
from typing import NamedTuple
from urllib.parse import unquote

from tldops_desktop.mail.parse import (
    _DOTS,
    CELL_PIPE,
    FIELD_LABELS,
    MAX_LABEL,
    TABLE_COLUMNS,
    ParsedBody,
    UnplacedLine,
    label_key,
    label_length,
    parse_lines,
)

_BLOCKS = {
    "p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "table",
    "thead", "tbody", "tfoot", "caption", "section", "article", "header", "footer", "main",
    "nav", "aside", "figure", "figcaption", "address", "center", "hr", "dl", "dt", "dd",
    "blockquote", "ul", "ol",
}  # fmt: skip
_SKIPPED = {
    "script", "style", "title", "template", "noscript", "iframe", "noembed", "noframes",
    "object", "svg", "math",
}  # fmt: skip
# What a <head> may hold; any other tag, or text, starts the body: </head> is optional.
_HEAD_CONTENT = {
    "html", "head", "meta", "link", "base", "basefont", "bgsound", "title", "style", "script",
    "noscript", "template", "noframes",
}  # fmt: skip
_TABLE_PARTS = ("table", "tr", "td", "th")
# Raw text elements: what they hold is not markup (a "<tr>" in a script is script, not a row),
# so it runs to their end tag untokenized.
_RAW_TEXT = ("script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes")
_RAW_END = {tag: re.compile(rf"</{tag}(?=[\s/>])", re.IGNORECASE) for tag in _RAW_TEXT}

# A small tokenizer instead of html.parser: several times faster on large tables, linear in
# the input whatever it holds, and it never gives up on broken markup.
_TAG = re.compile(r"(/?)([A-Za-z][A-Za-z0-9:-]{0,64})")  # what follows: its attributes
_ATTRIBUTE = re.compile(r"([A-Za-z_:][-A-Za-z0-9_:.]*)(?:\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+))?")


def _attributes(text: str) -> list[tuple[str, str | None]]:
    found: list[tuple[str, str | None]] = []
    for name, raw in _ATTRIBUTE.findall(text):
        value = raw[1:-1] if raw[:1] in ("'", '"') else raw
        found.append((name.lower(), unescape(value) if value else None))
    return found


def _wanted_attributes(tag: str, html: str, start: int, end: int) -> list[tuple[str, str | None]]:
    """The attributes in ``html[start:end]`` if the tag's are read: only a link's target and
    a cell's span ever are, so other tags' are not parsed."""
    if tag == "a" or (tag in ("td", "th") and html.find("span", start, end) >= 0):
        return _attributes(html[start:end])
    return []


# A link's text that stands for its address: the whole text is a label ("Send mail", "E-mail:",
# "✉": signs are not word characters, so "\W*" takes them) or the address spelled against
# harvesters ("noc at nic dot ad"). Any other text -- a name above all -- stays as written.
_LINK_LABELS = (
    "mail", "e-mail", "email", "e mail", "email address", "e-mail address", "mail us",
    "email us", "e-mail us", "send mail", "send email", "send e-mail", "send an email",
    "send an e-mail", "send a mail", "send a message", "write", "write us", "write to us",
    "contact", "contact us", "click here", "here", "courriel", "correo", "correo electrónico",
    "почта", "邮件", "电子邮件", "電郵", "電子郵件", "بريد", "بريد إلكتروني",
)  # fmt: skip
_ADDRESS_LABEL = re.compile(
    r"\W*(?:"
    + "|".join(re.escape(label).replace(r"\ ", r"\s+") for label in _LINK_LABELS)
    + r")?\W*",
    re.IGNORECASE,
)
_AT = r"(?:\s+at\s+|\s*[\[({<]\s*at\s*[\])}>]\s*|\s*＠\s*)"
_DOT = r"(?:\s+dot\s+|\s*[\[({<]\s*dot\s*[\])}>]\s*|\s*[.．]\s*)"
_WORD = r"[\w+%'-]+"
_SPELLED_ADDRESS = re.compile(
    rf"\W*{_WORD}(?:{_DOT}{_WORD})*{_AT}{_WORD}(?:{_DOT}{_WORD})+\W*", re.IGNORECASE
)
_MAX_LINK_LABEL = 80  # a label or an address is short; longer text is kept without a look


def _stands_for_address(text: str) -> bool:
    if "@" in text or len(text) > _MAX_LINK_LABEL * 4:
        return False
    text = " ".join(text.split())
    if len(text) > _MAX_LINK_LABEL:
        return False
    return bool(_ADDRESS_LABEL.fullmatch(text) or _SPELLED_ADDRESS.fullmatch(text))


# Two-cell rows of layout A written as a table: "Name: | Emil", "Contact Person #1 | (primary)".
_CONTACT_HEADING = re.compile(
    r"(?:contact(?:\s+person)?|person)\s*(?:#|no\.?|number)?\s*\d{1,2}\b"
    r"|(?:primary|secondary|first|second|third|tertiary)\s+contact",
    re.IGNORECASE,
)
_POSITION_NOTE = re.compile(
    r"\W*(?:primary|secondary|tertiary|first|second|third|main|backup|alternate|deputy)?\W*",
    re.IGNORECASE,
)


def _label_key(text: str) -> str:
    """A label as parse.py keys it: "Tel.:" is "tel", "Email (alt)" is "email"."""
    return label_key(text.rstrip(": "))


def _field_line(label: str, value: str) -> str | None:
    """The line "label: value" when ``label`` names a contact's field, or ends in a colon."""
    bare = label.rstrip(":： ")  # (also the full-width colon: "姓名：")
    if not bare or ":" in bare:
        return None
    if _label_key(bare) in FIELD_LABELS and label_length(bare) <= MAX_LABEL:
        return f"{bare}: {value}"
    if label.endswith((":", "：")) and len(bare) <= MAX_LABEL:
        return f"{bare}: {value}"
    return None


def _holds_fields(cell: _Cell) -> bool:
    """Whether a cell holds a contact written as lines of fields ("Name: ...<br>Email: ..."):
    layout A in a grid of one cell per contact, not a value of a data row."""
    lines = cell.flow.lines
    return len(lines) >= 2 and any(
        _label_key(text.partition(":")[0]) in FIELD_LABELS for _, text in lines if ":" in text
    )


# An email field's label just before a link: its text then stands for the link's address
# ("Email address: <a href=mailto:noc@nic.ad>Email the NOC</a>").
_EMAIL_LABEL_BEFORE = re.compile(
    r"(?:^|\W)(?:e-?\s?mail(?:\s+address)?|mail|courriel|correo)\s*:\s*$", re.IGNORECASE
)


def _header_kinds(texts: list[str]) -> tuple[str, ...] | None:
    """The kinds of a table's columns when ``texts`` is its header row (as parse.py finds it)."""
    kinds = tuple(
        TABLE_COLUMNS.get(_label_key(t), "") if label_length(t) <= MAX_LABEL else "" for t in texts
    )
    if "tld" in kinds and sum(map(bool, kinds)) >= 4:
        return kinds
    return None


_MAX_SPAN = 50  # a member has at most three contacts, a table not this many columns
# Tables nested deeper are read as blocks: a box's lines are copied once per level up, so
# the depth bounds the work.
_MAX_TABLE_DEPTH = 32
_RULE = "-" * 10  # an <hr>: a rule between a member's blocks, as dashes are in text


def _askew(columns: tuple[str, ...], kept: list[str], outside: list[str]) -> bool:
    """Whether a row's cells ``kept`` under the header's ``columns`` are not its contact's
    fields as named: an address outside them, or one in no email column (or none in one)."""
    if any("@" in text for text in outside):
        return True
    return any(
        ("@" in text) != (kind == "email")
        for kind, text in zip(columns, kept, strict=True)
        if kind in ("name", "email", "phone") and text
    )


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(value or "1"), _MAX_SPAN))
    except ValueError:
        return 1


# The zero-width space, word joiner and soft hyphen (not the joiners some scripts spell with).
_NOT_SHOWN = str.maketrans(dict.fromkeys((0x200B, 0x2060, 0x00AD)))


class _Flow:
    """Text in reading order, as (source line, text) lines: the document's, or a cell's."""

    __slots__ = ("holds_table", "line", "lines", "parts")

    def __init__(self) -> None:
        self.lines: list[tuple[int, str]] = []
        self.parts: list[str] = []  # the line being written
        self.line = 1  # where it began
        self.holds_table = False

    def write(self, text: str, line: int) -> None:
        if not self.parts:
            self.line = line
        self.parts.append(text)

    def end_line(self) -> None:
        if not self.parts:
            return
        text = " ".join("".join(self.parts).split())
        if not text.isascii():  # "&#8203;", "&shy;": marks that do not show, nor are text
            text = text.translate(_NOT_SHOWN)
        if text:
            self.lines.append((self.line, text))
        self.parts = []  # a new list: an open link sees that its line has ended

    def add_line(self, line: int, text: str) -> None:
        self.end_line()
        self.lines.append((line, text))


class _Cell:
    __slots__ = ("colspan", "column", "flow", "rowspan", "targets", "text")

    def __init__(self, column: int, rowspan: int, colspan: int) -> None:
        self.column = column
        self.rowspan = rowspan
        self.colspan = colspan
        self.flow = _Flow()
        self.targets: list[str] = []  # its links' mailto: addresses
        self.text = ""  # its lines joined, once it ends: the cell of a data row


class _Table:
    __slots__ = ("cell", "columns", "outer", "row", "row_line", "spanned", "spans")

    def __init__(self, outer: _Flow) -> None:
        self.outer = outer  # where its rows go, and the text around them
        # The open row: its cells, and the texts of cells spanning down from rows above.
        self.row: list[_Cell | str] | None = None
        self.cell: _Cell | None = None
        self.row_line = 1
        # Cells that span rows (a member's ccTLD beside its contacts' rows): column ->
        # (text, rows still to fill); and the columns a span filled in the open row.
        self.spans: dict[int, tuple[str, int]] = {}
        self.spanned: set[int] = set()
        self.columns: tuple[str, ...] = ()  # the kinds its header row names ("" unknown)

    def column(self, index: int) -> str:
        return self.columns[index] if index < len(self.columns) else ""


class _Link(NamedTuple):
    """An open mailto: link: its address, where its text begins, its cell's column kind."""

    target: str
    flow: _Flow
    parts: list[str]
    start: int
    column: str


class _Reader:
    def __init__(self) -> None:
        self._line = 1
        self._document = _Flow()
        # (source line, text): paragraphs as they are, table rows as "cell | cell | ...".
        self.lines = self._document.lines
        self._tables: list[_Table] = []  # the open ones, innermost last
        self._flattened = 0  # open tables nested past _MAX_TABLE_DEPTH
        self._link: _Link | None = None
        self._skip = 0
        self._pre = 0
        self._in_head = False
        # Cells of a row beyond those its table's header names: not read, and said.
        self.unplaced: list[UnplacedLine] = []

    # -- where text goes ------------------------------------------------------------------

    def _flow(self) -> _Flow | None:
        """The open cell, or what is around the innermost table; None between cells."""
        if not self._tables:
            return self._document
        table = self._tables[-1]
        if table.cell is not None:
            return table.cell.flow
        return table.outer if table.row is None else None

    def _end_line(self) -> None:
        flow = self._flow()
        if flow is not None:
            flow.end_line()

    # -- tokens ---------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._in_head and tag not in _HEAD_CONTENT:
            self._in_head = False  # <body>, or the first content: the head ended unclosed
        if tag in _SKIPPED:
            self._skip += 1
            return
        if self._skip:  # markup inside a script, a template, a style ...: not ours
            return
        if tag == "head":
            self._in_head = True
        if self._in_head:
            return
        if tag == "pre":
            self._pre += 1
        if tag in _TABLE_PARTS and self._flattened:
            self._flattened += tag == "table"
            self._end_line()
        elif tag == "table":
            self._start_table()
        elif tag == "tr":
            self._start_row()
        elif tag in ("td", "th"):
            if attrs:  # (a cell's attributes are parsed only when it names a span)
                spans = dict(attrs)
                self._start_cell(_span(spans.get("rowspan")), _span(spans.get("colspan")))
            else:
                self._start_cell(1, 1)
        elif tag == "a":
            self._start_link(dict(attrs).get("href") or "")
        elif tag == "hr":
            flow = self._flow()
            if flow is not None:
                flow.add_line(self._line, _RULE)
        elif tag in _BLOCKS:
            self._end_line()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skip = max(0, self._skip - 1)
            return
        if self._skip:
            return
        if tag in ("head", "body", "html"):
            self._in_head = False
        if self._in_head:
            return
        if tag == "a":
            self._end_link()
        if tag == "pre":
            self._pre = max(0, self._pre - 1)
        if tag in _TABLE_PARTS and self._flattened:
            self._flattened -= tag == "table"
            self._end_line()
        elif tag == "table":
            self._end_table()
        elif tag in ("tr", "tbody", "thead", "tfoot"):
            if self._tables and self._tables[-1].row is not None:
                self._end_row(self._tables[-1])
        elif tag in ("td", "th"):
            if self._tables and self._tables[-1].cell is not None:
                self._end_cell(self._tables[-1])
        elif tag in _BLOCKS:
            self._end_line()

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._in_head:
            if data.isspace():
                return
            self._in_head = False  # text: the body began
        flow = self._flow()
        if flow is None:
            return  # text between cells
        if not self._pre:
            flow.write(data, self._line)
            return
        for offset, piece in enumerate(data.split("\n")):
            if offset:
                flow.end_line()
            flow.write(piece, self._line + offset)

    # -- tables ---------------------------------------------------------------------------

    def _start_table(self) -> None:
        if len(self._tables) >= _MAX_TABLE_DEPTH:
            self._flattened = 1
            self._end_line()
            return
        # A table between cells (broken markup) stands before its table, as browsers show it.
        flow = self._flow() or self._tables[-1].outer
        flow.end_line()
        flow.holds_table = True
        self._tables.append(_Table(flow))

    def _end_table(self) -> None:
        if not self._tables:
            return
        table = self._tables.pop()
        if table.row is not None:
            self._end_row(table)
        table.outer.end_line()

    def _start_row(self) -> None:
        if not self._tables:  # a row with no table around it: a fragment of one
            self._tables.append(_Table(self._document))
        table = self._tables[-1]
        if table.row is not None:  # the row before was not closed: HTML allows that
            self._end_row(table)
        table.outer.end_line()
        table.row, table.row_line, table.spanned = [], self._line, set()

    def _start_cell(self, rowspan: int, colspan: int) -> None:
        if not self._tables:
            return  # a cell outside a table is no cell: its text is text
        table = self._tables[-1]
        if table.row is None:  # <table><td>: the row is implied
            self._start_row()
        assert table.row is not None
        if table.cell is not None:  # nor need a cell be closed
            self._end_cell(table)
        self._fill_spans(table)
        table.cell = _Cell(len(table.row), rowspan, colspan)
        table.row.append(table.cell)
        # A merged cell ("<td colspan=2></td>" for an empty region and position) stands for
        # as many cells: its text in the first, the others empty.
        table.row.extend([""] * (colspan - 1))
        self._link = None

    def _end_cell(self, table: _Table) -> None:
        cell = table.cell
        assert cell is not None
        table.cell, self._link = None, None
        cell.flow.end_line()
        # In a data row, a cell's blocks (<div>, <p>, <br>) are words of one value.
        cell.text = " ".join(text for _, text in cell.flow.lines if text != _RULE)
        if cell.targets and "@" not in cell.text and table.column(cell.column) == "email":
            cell.text = " ".join(cell.targets)  # "Security Team": the address is the value

    def _end_row(self, table: _Table) -> None:
        if table.cell is not None:
            self._end_cell(table)
        row = table.row
        assert row is not None
        self._fill_spans(table)
        self._end_spans(table)
        table.row = None
        cells = [entry for entry in row if isinstance(entry, _Cell)]
        texts = [entry.text if isinstance(entry, _Cell) else entry for entry in row]
        filled = [text for text in texts if text]
        if (
            len(filled) <= 1
            or any(cell.flow.holds_table for cell in cells)
            or all(_holds_fields(cell) for cell in cells if cell.text)
        ):
            self._emit_lines(table, cells)  # a box around content, not a row of data
        elif len(filled) == 2 and _CONTACT_HEADING.match(filled[0]):
            if len(filled[1]) <= MAX_LABEL and _POSITION_NOTE.fullmatch(filled[1]):
                # "Contact Person #1 | (primary)": one heading line
                table.outer.add_line(table.row_line, f"{filled[0].rstrip(': ')} {filled[1]}")
            else:
                self._emit_lines(table, cells)
        elif len(filled) == 2 and (field := _field_line(*filled)) is not None:
            table.outer.add_line(table.row_line, field)
        else:
            self._emit_row(table, cells, texts)

    def _emit_lines(self, table: _Table, cells: list[_Cell]) -> None:
        table.outer.end_line()
        for cell in cells:
            table.outer.lines.extend(cell.flow.lines)

    def _emit_row(self, table: _Table, cells: list[_Cell], texts: list[str]) -> None:
        if len(texts) < len(table.columns):
            # A row that ends early (its empty last cells left out) has them empty, as a
            # browser shows it.
            texts = texts + [""] * (len(table.columns) - len(texts))
        elif (
            table.columns
            and len(texts) > len(table.columns)
            and not any(texts[len(table.columns) :])
        ):
            texts = texts[: len(table.columns)]  # empty cells beyond the header's: no data
        elif table.columns and len(texts) > len(table.columns):
            texts = self._header_cells(table, texts)
        line = " | ".join(text.replace("|", CELL_PIPE) for text in texts)
        table.outer.add_line(table.row_line, line)
        for cell in cells:
            if cell.rowspan > 1:
                table.spans[cell.column] = (cell.text, cell.rowspan - 1)
                for column in range(cell.column + 1, cell.column + cell.colspan):
                    table.spans[column] = ("", cell.rowspan - 1)
        if "tld" in line.casefold():
            table.columns = _header_kinds(texts) or table.columns

    def _header_cells(self, table: _Table, texts: list[str]) -> list[str]:
        """The cells of a row with more than its header names that stand under the header's
        columns: the first ones, or those from where its ccTLD is when cells come before it
        ("3 | .nl | ..."); the others are reported, not read. The row as it is when its
        address is not under the header's email column (a column the header does not name
        stands among the others): it is then reported whole, not read askew."""
        extra = len(texts) - len(table.columns)
        tld = table.columns.index("tld")
        start = 0
        if not texts[tld].startswith(_DOTS):
            start = next(
                (skip for skip in range(1, extra + 1) if texts[tld + skip].startswith(_DOTS)), 0
            )
        end = start + len(table.columns)
        outside = [text for text in (*texts[:start], *texts[end:]) if text]
        kept = texts[start:end]
        if _askew(table.columns, kept, outside):
            return texts
        if outside:
            self.unplaced.append(UnplacedLine(table.row_line, " | ".join(outside), "stray-text"))
        return kept

    def _fill_spans(self, table: _Table) -> None:
        """Put the cells spanning down from rows above into their columns of the open row."""
        row = table.row
        assert row is not None
        while len(row) in table.spans and len(row) not in table.spanned:
            table.spanned.add(len(row))
            row.append(table.spans[len(row)][0])

    @staticmethod
    def _end_spans(table: _Table) -> None:
        for column in table.spanned:
            text, rows = table.spans[column]
            if rows > 1:
                table.spans[column] = (text, rows - 1)
            else:
                del table.spans[column]
        table.spanned = set()

    # -- links ----------------------------------------------------------------------------

    def _start_link(self, href: str) -> None:
        if not href.casefold().startswith("mailto:"):
            return
        flow = self._flow()
        if flow is None:
            return
        target = unquote(href[7:].partition("?")[0].strip())  # "%40" is "@"
        column = ""
        cell = self._tables[-1].cell if self._tables else None
        if cell is not None and cell.flow is flow:
            cell.targets.append(target)
            column = self._tables[-1].column(cell.column)
        self._link = _Link(target, flow, flow.parts, len(flow.parts), column)

    def _end_link(self) -> None:
        link, self._link = self._link, None
        if link is None or link.column == "name":  # a linked name stays a name
            return
        if link.flow.parts is not link.parts:
            return  # a block inside the link broke its text: not a label
        text = "".join(link.parts[link.start :])
        after_email_label = "@" not in text and bool(
            _EMAIL_LABEL_BEFORE.search("".join(link.parts[: link.start]))
        )
        # (also an address whose text a line break spaced out: "soc1@nic. cr")
        spaced = text != link.target and "".join(text.split()) == link.target
        if after_email_label or spaced or _stands_for_address(text):
            link.parts[link.start :] = [link.target]  # "Send mail", "noc [at] nic.ad"

    # -- the input ------------------------------------------------------------------------

    def feed(self, html: str) -> None:
        pos, size = 0, len(html)
        next_gt = -2  # position of the next ">" once looked up; -1 when there is none
        while pos < size:
            lt = html.find("<", pos)
            if lt < 0:
                self._text_token(html[pos:])
                return
            if lt > pos:
                self._text_token(html[pos:lt])
            if html.startswith("<!--", lt):
                end = html.find("-->", lt + 4)
                end = size if end < 0 else end + 3
                self._line += html.count("\n", lt, end)
                pos = end
                continue
            if next_gt != -1 and next_gt < lt:
                next_gt = html.find(">", lt)
            if next_gt == -1:
                self._text_token(html[lt:])
                return
            # Matched in place: most tags' text is never needed as a string of its own.
            match = _TAG.match(html, lt + 1, next_gt)
            if match is None and not html.startswith(("!", "?"), lt + 1):
                self._text_token("<")  # a lone "<" in text
                pos = lt + 1
                continue
            pos = next_gt + 1
            if match is None:  # a comment or declaration ("<!doctype html>", "<?xml ...?>")
                self._line += html.count("\n", lt, next_gt)
                continue
            closing_slash, name = match.groups()
            tag = name.lower()
            if closing_slash:
                self.handle_endtag(tag)
            else:
                self.handle_starttag(tag, _wanted_attributes(tag, html, match.end(), next_gt))
            self._line += html.count("\n", lt, next_gt)  # (a row begins on the tag's line)
            if closing_slash:
                continue
            self_closed = html.endswith("/", lt + 1, next_gt)
            if self_closed and tag in _SKIPPED and tag not in ("script", "style"):
                self.handle_endtag(tag)  # <iframe ... />: nothing inside, nothing skipped
                continue
            if tag not in _RAW_END:
                continue
            closing = _RAW_END[tag].search(html, pos)
            stop = size if closing is None else closing.start()
            if stop > pos:
                self._text_token(html[pos:stop])  # dropped unless shown (textarea, xmp)
            pos = stop

    def _text_token(self, text: str) -> None:
        self.handle_data(unescape(text))
        self._line += text.count("\n")

    def close(self) -> None:
        while self._tables:
            self._end_table()
        self._document.end_line()


def parse_html(html: str) -> ParsedBody:
    """Parse an HTML edition: a contact table (layout B) or paragraphs (layout A)."""
    reader = _Reader()
    reader.feed(html)
    reader.close()
    # Table rows arrive as layout B lines, so one parser reads both forms the same way.
    parsed = parse_lines(reader.lines, blank_lines=False)
    layout = {"B": "html-table", "A": "html-blocks", "A+B": "html-mixed"}.get(parsed.layout, "")
    unplaced = tuple(
        sorted((*map(_as_written, parsed.unplaced), *reader.unplaced), key=lambda u: u.line)
    )
    return ParsedBody(parsed.members, layout, unplaced, parsed.notes, parsed.footer)


def _as_written(line: UnplacedLine) -> UnplacedLine:
    """A row's line as reported: a "|" inside a cell shown as it is."""
    return replace(line, text=line.text.replace(CELL_PIPE, "|")) if CELL_PIPE in line.text else line
