"""Edition bodies (layout A blocks, layout B rows, their HTML forms) → members, and what was
not placed.

The parser trusts what is stable in the format (a ccTLD header line, then up to three contacts of
name, email and phone) and reports every line it could not place, with its line number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from tldops_desktop.core import cctlds
from tldops_desktop.core.model import Contact, Member, Region, Tld
from tldops_desktop.core.phones import to_e164
from tldops_desktop.mail.headerline import HeaderLine, parse_header_line, parse_region

_LINE_SPLIT = re.compile(r"\r\n|\r|\n")
_SEPARATOR = re.compile(r"^[-=_*~#+]{5,}$")
_FOOTER_RULE = re.compile(r"^_{10,}$")
_FIELD = re.compile(r"^([^:]{1,40}?)\s*:\s*(.*)$")
_CONTACT_HEADER = re.compile(
    r"^(?:(?:contact(?:\s+person)?|person)\s*(?:#|no\.?|number)?\s*(?P<num>\d{1,2})"
    r"|(?P<word>primary|secondary|third|tertiary)\s+contact(?:\s+person)?)"
    r"\b[^:]*:?$",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")
_EMAILISH = re.compile(r"\S@\S")
_PHONEISH = re.compile(r"(?:\d[\s().\-/]*){6,}")
_WORDS_OF_PROSE = 4

FIELD_LABELS: dict[str, str] = {
    **dict.fromkeys(("name", "full name", "contact name", "person"), "name"),
    **dict.fromkeys(
        ("email address", "e-mail address", "e-mail", "email", "mail", "e mail", "e mail address"),
        "email",
    ),
    **dict.fromkeys(
        (
            "mobile phone number",
            "mobile phone",
            "mobile",
            "mobile number",
            "phone",
            "phone number",
            "telephone",
            "telephone number",
            "tel",
            "cell",
            "cell phone",
            "cellphone",
            "gsm",
        ),
        "phone",
    ),
}
_POSITION_WORDS = {"primary": 1, "secondary": 2, "third": 3, "tertiary": 3}

TABLE_COLUMNS: dict[str, str] = {
    **dict.fromkeys(("cctld", "tld", "domain", "cc tld"), "tld"),
    **dict.fromkeys(("country", "territory", "country/territory"), "country"),
    **dict.fromkeys(("region", "icann region"), "region"),
    **dict.fromkeys(("#", "no", "no.", "nr", "position", "pos", "contact"), "position"),
    **{label: kind for label, kind in FIELD_LABELS.items()},
}
DEFAULT_COLUMNS = ("tld", "country", "region", "position", "name", "email", "phone")


@dataclass(frozen=True, slots=True)
class UnplacedLine:
    line: int
    text: str
    reason: str  # "unknown-field" | "outside-contact" | "bad-row" | "bad-cctld" | "stray-text"


@dataclass(frozen=True, slots=True)
class ParseNote:
    """Something kept but worth telling: a label mismatch, an email that is not an address."""

    line: int
    code: str  # "label-mismatch" | "email-invalid" | "region-missing" | "phone-unparsed" | ...
    detail: str


@dataclass(frozen=True, slots=True)
class ParsedBody:
    members: tuple[Member, ...]
    layout: str  # "A", "B", "A+B", "html-table", "html-blocks" or "" (nothing found)
    unplaced: tuple[UnplacedLine, ...] = ()
    notes: tuple[ParseNote, ...] = ()


def split_lines(text: str) -> list[str]:
    """Lines as a mail reader counts them (CRLF, CR or LF; no other Unicode breaks)."""
    return _LINE_SPLIT.split(text)


@dataclass
class _ContactDraft:
    position: int
    line: int
    values: dict[str, str] = field(default_factory=dict)


@dataclass
class _MemberDraft:
    header: HeaderLine
    line: int
    source: str
    contacts: list[_ContactDraft] = field(default_factory=list)


class _Builder:
    """Collects members in order of appearance, merging rows of the same ccTLD."""

    def __init__(self) -> None:
        self.drafts: dict[str, _MemberDraft] = {}
        self.unplaced: list[UnplacedLine] = []
        self.notes: list[ParseNote] = []

    def member(self, header: HeaderLine, line: int, source: str, *, row: bool) -> _MemberDraft:
        """The member a header line or table row belongs to; rows of one ccTLD merge."""
        draft = self.drafts.get(header.ace)
        if header.label_mismatch and (draft is None or not row):
            self.notes.append(
                ParseNote(line, "label-mismatch", f"{header.label_mismatch} ≠ {header.ace}")
            )
        if draft is None:
            draft = _MemberDraft(header, line, source)
            self.drafts[header.ace] = draft
        elif not row or draft.header != header:
            # The same ccTLD twice: keep every contact, and say so.
            self.notes.append(ParseNote(line, "member-repeated", header.ace))
        return draft

    def finish(self) -> tuple[tuple[Member, ...], tuple[UnplacedLine, ...], tuple[ParseNote, ...]]:
        members = tuple(self._member(d) for d in self.drafts.values())
        unplaced = tuple(sorted(self.unplaced, key=lambda u: u.line))
        notes = tuple(sorted(self.notes, key=lambda n: n.line))
        return members, unplaced, notes

    def _member(self, draft: _MemberDraft) -> Member:
        header = draft.header
        info = cctlds.lookup(header.ace)
        iso = info.iso if info else (header.ace.upper() if len(header.ace) == 2 else None)
        region_inferred: Region | None = None
        if header.region is None:
            self.notes.append(ParseNote(draft.line, "region-missing", header.ace))
            if info and info.region:
                region_inferred = Region(info.region)
        contacts = []
        for number, c in enumerate(draft.contacts, start=1):
            position = c.position or number
            email = c.values.get("email", "")
            phone = c.values.get("phone", "")
            email_valid = bool(_EMAIL.match(email))
            if not email_valid:
                self.notes.append(ParseNote(c.line, "email-invalid", email))
            e164 = to_e164(phone, iso) if phone else None
            if phone and e164 is None:
                self.notes.append(ParseNote(c.line, "phone-unparsed", phone))
            for missing in ("name", "email", "phone"):
                if missing not in c.values:
                    self.notes.append(ParseNote(c.line, "field-missing", missing))
            contacts.append(
                Contact(position, c.values.get("name", ""), email, phone, e164, email_valid)
            )
        if not contacts:
            self.notes.append(ParseNote(draft.line, "no-contacts", header.ace))
        if len(contacts) > 3:
            self.notes.append(ParseNote(draft.line, "too-many-contacts", header.ace))
        contacts.sort(key=lambda c: c.position)
        return Member(
            tld=Tld(header.ace, header.unicode),
            country=header.country or (info.country if info else ""),
            region=header.region,
            contacts=tuple(contacts),
            region_inferred=region_inferred,
            source_line=draft.source,
        )


# ---------------------------------------------------------------------------------------------
# Plain text: layout A blocks and layout B rows, in any mix.


def parse_text(text: str) -> ParsedBody:
    return parse_lines(enumerate(split_lines(text), start=1))


def parse_lines(numbered: Iterable[tuple[int, str]]) -> ParsedBody:
    builder = _Builder()
    lines = [(n, s.strip()) for n, s in numbered]
    member: _MemberDraft | None = None
    contact: _ContactDraft | None = None
    columns: tuple[str, ...] | None = None
    seen_a = seen_b = False
    for index, (number, line) in enumerate(lines):
        if not line:
            continue
        if _FOOTER_RULE.match(line) and _footer_follows(lines, index):
            break
        if _SEPARATOR.match(line):
            continue
        if "|" in line:
            header_columns = _table_header(_cells(line)) if "tld" in line.casefold() else None
            if header_columns is not None:
                columns, member, contact = header_columns, None, None
                continue
            if columns is not None or _looks_like_row(line):
                _add_row(builder, _cells(line), columns or DEFAULT_COLUMNS, number, line)
                seen_b = True
                member, contact = None, None
                continue
        header = parse_header_line(line)
        if header is not None:
            member = builder.member(header, number, line, row=False)
            contact = None
            seen_a = True
            continue
        if member is None:
            if columns is not None and "|" in line:
                builder.unplaced.append(UnplacedLine(number, line, "bad-row"))
            continue  # intro text before the first member is not data
        contact_header = _CONTACT_HEADER.match(line)
        if contact_header:
            contact = _ContactDraft(_position(contact_header), number)
            member.contacts.append(contact)
            continue
        field_match = _FIELD.match(line)
        kind = FIELD_LABELS.get(_label_key(field_match.group(1))) if field_match else None
        if field_match and kind:
            value = _clean_value(kind, field_match.group(2))
            if contact is None or kind in contact.values:
                contact = _ContactDraft(0, number)
                member.contacts.append(contact)
            contact.values[kind] = value
            continue
        if field_match and not field_match.group(1).strip().startswith("http"):
            builder.unplaced.append(UnplacedLine(number, line, "unknown-field"))
        elif (
            _EMAILISH.search(line) or _PHONEISH.search(line) or len(line.split()) < _WORDS_OF_PROSE
        ):
            builder.unplaced.append(UnplacedLine(number, line, "stray-text"))
        # Otherwise a sentence of prose (an outro such as "To update the contacts ..."): not data.
    members, unplaced, notes = builder.finish()
    layout = "A+B" if seen_a and seen_b else "A" if seen_a else "B" if seen_b else ""
    return ParsedBody(members, layout, unplaced, notes)


def _footer_follows(lines: Sequence[tuple[int, str]], index: int) -> bool:
    following = [s for _, s in lines[index + 1 : index + 6] if s]
    return any("mailing list" in s.casefold() or "listinfo" in s.casefold() for s in following)


@lru_cache(maxsize=4096)
def _label_key(label: str) -> str:
    cleaned = re.sub(r"\(.*?\)|#\s*\d+|\d+", " ", label.casefold())
    return " ".join(cleaned.replace("_", " ").split())


def _clean_value(kind: str, value: str) -> str:
    value = value.strip()
    if kind == "email":
        value = value.removeprefix("mailto:").strip()
        if value.startswith("<") and value.endswith(">"):
            value = value[1:-1].strip()
    return value


def _position(match: re.Match[str]) -> int:
    if match.group("num"):
        return int(match.group("num"))
    return _POSITION_WORDS[match.group("word").casefold()]


def _cells(line: str) -> list[str]:
    inner = line.strip()
    if inner.startswith("|"):
        inner = inner[1:]
    if inner.endswith("|"):
        inner = inner[:-1]
    return [c.strip() for c in inner.split("|")]


def _table_header(cells: Sequence[str]) -> tuple[str, ...] | None:
    kinds = [TABLE_COLUMNS.get(_label_key(c) if c != "#" else "#") for c in cells]
    if "tld" in kinds and sum(k is not None for k in kinds) >= 4:
        return tuple(k or "" for k in kinds)
    return None


def _looks_like_row(line: str) -> bool:
    return line.lstrip("| ").startswith(".") and line.count("|") >= 4


def _add_row(
    builder: _Builder, cells: Sequence[str], columns: Sequence[str], number: int, line: str
) -> None:
    if len(cells) != len(columns):
        builder.unplaced.append(UnplacedLine(number, line, "bad-row"))
        return
    row = {kind: value for kind, value in zip(columns, cells, strict=True) if kind}
    tld_cell = row.get("tld", "")
    header = parse_header_line(tld_cell if tld_cell.startswith(".") else "." + tld_cell)
    if header is None:
        builder.unplaced.append(UnplacedLine(number, line, "bad-cctld"))
        return
    region = parse_region(row.get("region", "")) if row.get("region") else header.region
    header = HeaderLine(
        header.ace, header.unicode, row.get("country") or header.country, region,
        header.label_mismatch,
    )  # fmt: skip
    member = builder.member(header, number, tld_cell, row=True)
    position_text = row.get("position", "")
    contact = _ContactDraft(int(position_text) if position_text.isdigit() else 0, number)
    for kind in ("name", "email", "phone"):
        if kind in row:
            contact.values[kind] = _clean_value(kind, row[kind])
    member.contacts.append(contact)
