"""HTML parts read by their structure: table rows become layout B rows, blocks become lines.

Nothing is rendered: no remote content, no scripts; only text and ``mailto:`` targets are kept.
"""

from __future__ import annotations

from html.parser import HTMLParser

from tldops_desktop.mail.parse import ParsedBody, parse_lines

_BLOCKS = {
    "p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "table",
    "thead", "tbody", "section", "article", "hr", "dt", "dd", "blockquote", "ul", "ol",
}  # fmt: skip
_SKIPPED = {"script", "style", "head", "title", "template", "noscript"}


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        # (source line, text): paragraphs as they are, table rows as "cell | cell | ...".
        self.lines: list[tuple[int, str]] = []
        self._mailto: str | None = None
        self._text: list[str] = []
        self._text_line = 1
        self._cells: list[str] | None = None
        self._cell: list[str] | None = None
        self._row_line = 1
        self._skip = 0
        self._pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skip += 1
            return
        if tag == "pre":
            self._pre += 1
        if tag == "tr":
            self._flush_text()
            self._cells, self._row_line = [], self.getpos()[0]
        elif tag in ("td", "th") and self._cells is not None:
            self._cell, self._mailto = [], None
        elif tag == "a":
            href = dict(attrs).get("href") or ""
            if href.casefold().startswith("mailto:"):
                self._mailto = href[7:].split("?")[0].strip()
        elif tag == "br":
            if self._cell is not None:
                self._cell.append(" ")
            else:
                self._flush_text()
        elif tag in _BLOCKS and self._cell is None:
            self._flush_text()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skip = max(0, self._skip - 1)
            return
        if tag == "pre":
            self._pre = max(0, self._pre - 1)
        if tag in ("td", "th") and self._cells is not None and self._cell is not None:
            self._end_cell()
        elif tag == "tr" and self._cells is not None:
            if self._cell is not None:
                self._end_cell()
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
        if self._mailto and "@" not in text:
            text = self._mailto  # a link whose text is not the address: the address counts
        self._cells.append(text)
        self._cell, self._mailto = None, None

    def _flush_text(self) -> None:
        text = " ".join("".join(self._text).split())
        if text:
            self.lines.append((self._text_line, text))
        self._text = []

    def close(self) -> None:
        super().close()
        self._flush_text()


def parse_html(html: str) -> ParsedBody:
    """Parse an HTML edition: a contact table (layout B) or paragraphs (layout A)."""
    reader = _Reader()
    try:
        reader.feed(html)
        reader.close()
    except (AssertionError, ValueError):  # html.parser gives up on some malformed input
        pass
    # Table rows arrive as layout B lines, so one parser reads both forms the same way.
    parsed = parse_lines(reader.lines)
    layout = {"B": "html-table", "A": "html-blocks", "A+B": "html-mixed"}.get(parsed.layout, "")
    return ParsedBody(parsed.members, layout, parsed.unplaced, parsed.notes)
