"""HTML parts read by their structure: table rows become layout B rows, blocks become lines.

Nothing is rendered: no remote content, no scripts; only text and ``mailto:`` targets are kept.
"""

from __future__ import annotations

import re
from html import unescape
from typing import Any
from urllib.parse import unquote

from tldops_desktop.mail.parse import ParsedBody, parse_lines

_BLOCKS = {
    "p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "table",
    "thead", "tbody", "section", "article", "hr", "dt", "dd", "blockquote", "ul", "ol",
}  # fmt: skip
_SKIPPED = {
    "script", "style", "head", "title", "template", "noscript", "iframe", "noembed", "noframes",
    "object", "svg", "math",
}  # fmt: skip
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


# A link's text that stands for its address: a label ("Send mail", "E-mail", "✉") or the
# address spelled against harvesters ("noc at nic dot ad"). A name stays a name.
_ADDRESS_LABEL = re.compile(
    r"^\W*$|mail|send|write|contact|click|here|courriel|correo|почт|邮件|電郵|بريد|✉|📧"
    r"|\bat\b|\bdot\b|[\[({]\s*(?:at|dot)\s*[\])}]|＠",
    re.IGNORECASE,
)


def _stands_for_address(text: str) -> bool:
    return "@" not in text and _ADDRESS_LABEL.search(text.strip()) is not None


_MAX_ROWSPAN = 50  # a member has at most three contacts; a list none this long


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(value or "1"), _MAX_ROWSPAN))
    except ValueError:
        return 1


class _Reader:
    def __init__(self) -> None:
        self._line = 1
        # (source line, text): paragraphs as they are, table rows as "cell | cell | ...".
        self.lines: list[tuple[int, str]] = []
        # An open mailto: link: its address, the text parts it is in, where its text begins.
        self._link: tuple[str, list[str], int] | None = None
        self._text: list[str] = []
        self._text_line = 1
        self._cells: list[str] | None = None
        self._cell: list[str] | None = None
        self._row_line = 1
        self._skip = 0
        self._pre = 0
        # Cells that span rows (a member's ccTLD beside its contacts' rows): column ->
        # [text, rows still to fill]; and the columns a span filled in the current row.
        self._spans: dict[int, list[Any]] = {}
        self._spanned: set[int] = set()
        self._rowspan = 1

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skip += 1
            return
        if self._skip:  # markup inside a script, a template, a style ...: not ours
            return
        if tag == "pre":
            self._pre += 1
        if tag == "tr":
            if self._cells is not None:  # the row before was not closed: HTML allows that
                self.handle_endtag("tr")
            self._flush_text()
            self._cells, self._row_line = [], self.getpos()[0]
            self._spanned = set()
        elif tag in ("td", "th") and self._cells is not None:
            if self._cell is not None:  # nor need a cell be
                self._end_cell()
            self._cell, self._link = [], None
            self._rowspan = _span(dict(attrs).get("rowspan"))
        elif tag == "a":
            href = dict(attrs).get("href") or ""
            if href.casefold().startswith("mailto:"):
                target = unquote(href[7:].split("?")[0].strip())  # "%40" is "@"
                parts = self._cell if self._cell is not None else self._text
                self._link = (target, parts, len(parts))
        elif tag == "br":
            if self._cell is not None:
                self._cell.append(" ")
            else:
                self._flush_text()
        elif tag in _BLOCKS and self._cell is None:
            self._flush_text()
            if tag == "hr":  # a rule between a member's blocks, as dashes are in text
                self.lines.append((self.getpos()[0], "-" * 10))

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skip = max(0, self._skip - 1)
            return
        if self._skip:
            return
        if tag == "a" and self._link is not None:
            target, parts, start = self._link
            if _stands_for_address("".join(parts[start:])):
                parts[start:] = [target]  # "Send mail", "noc [at] nic.ad": the address counts
            self._link = None
        if tag == "pre":
            self._pre = max(0, self._pre - 1)
        if tag in ("table", "tbody", "thead", "tfoot") and self._cells is not None:
            self.handle_endtag("tr")
        if tag == "table":
            self._spans = {}
        if tag in ("td", "th") and self._cells is not None and self._cell is not None:
            self._end_cell()
        elif tag == "tr" and self._cells is not None:
            if self._cell is not None:
                self._end_cell()
            self._fill_spans()
            self._end_spans()
            if any(self._cells):
                row = " | ".join(c.replace("|", "/") for c in self._cells)
                self.lines.append((self._row_line, row))
            self._cells = None
        elif tag in _BLOCKS and self._cell is None:
            self._flush_text()

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._cell is not None:
            self._cell.append(data)
            return
        if self._cells is not None:
            return  # text between cells
        if self._pre:
            first = True
            for offset, piece in enumerate(data.split("\n")):
                if not first:
                    self._flush_text()
                    self._text_line = self.getpos()[0] + offset
                first = False
                self._text.append(piece)
            return
        if not self._text:
            self._text_line = self.getpos()[0]
        self._text.append(data)

    def _end_cell(self) -> None:
        assert self._cells is not None and self._cell is not None
        text = " ".join("".join(self._cell).split())
        self._fill_spans()
        if self._rowspan > 1:
            self._spans[len(self._cells)] = [text, self._rowspan - 1]
        self._cells.append(text)
        self._cell, self._link, self._rowspan = None, None, 1

    def _fill_spans(self) -> None:
        """Put the cells spanning down from rows above into their columns of this row."""
        assert self._cells is not None
        while len(self._cells) in self._spans and len(self._cells) not in self._spanned:
            column = len(self._cells)
            self._spanned.add(column)
            self._cells.append(self._spans[column][0])

    def _end_spans(self) -> None:
        for column in self._spanned:
            self._spans[column][1] -= 1
            if self._spans[column][1] <= 0:
                del self._spans[column]
        self._spanned = set()

    def _flush_text(self) -> None:
        text = " ".join("".join(self._text).split())
        if text:
            self.lines.append((self._text_line, text))
        self._text = []

    def getpos(self) -> tuple[int, int]:
        return self._line, 0

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
            inner = html[lt + 1 : next_gt]
            match = _TAG.match(inner)
            if match is None and not inner.startswith(("!", "?")):
                self._text_token("<")  # a lone "<" in text
                pos = lt + 1
                continue
            if match is not None:
                tag = match.group(2).lower()
                if match.group(1):
                    self.handle_endtag(tag)
                else:
                    # Only a link's target and a cell's row span are ever read: other tags'
                    # attributes are not parsed.
                    wanted = tag == "a" or (tag in ("td", "th") and "span" in inner)
                    attributes = _attributes(inner[match.end() :]) if wanted else []
                    self.handle_starttag(tag, attributes)
            self._line += inner.count("\n")
            pos = next_gt + 1
            if match is not None and not match.group(1) and tag in _RAW_END:
                if inner.endswith("/") and tag not in ("script", "style"):
                    continue  # <iframe ... />: nothing inside
                closing = _RAW_END[tag].search(html, pos)
                stop = size if closing is None else closing.start()
                if stop > pos:
                    self._text_token(html[pos:stop])  # dropped unless shown (textarea, xmp)
                pos = stop

    def _text_token(self, text: str) -> None:
        self.handle_data(unescape(text))
        self._line += text.count("\n")

    def close(self) -> None:
        self._flush_text()


def parse_html(html: str) -> ParsedBody:
    """Parse an HTML edition: a contact table (layout B) or paragraphs (layout A)."""
    reader = _Reader()
    reader.feed(html)
    reader.close()
    # Table rows arrive as layout B lines, so one parser reads both forms the same way.
    parsed = parse_lines(reader.lines)
    layout = {"B": "html-table", "A": "html-blocks", "A+B": "html-mixed"}.get(parsed.layout, "")
    return ParsedBody(parsed.members, layout, parsed.unplaced, parsed.notes, parsed.footer)
