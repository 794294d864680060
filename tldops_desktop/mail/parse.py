"""Edition bodies (layout A blocks, layout B rows, their HTML forms) → members, and what was
not placed.

The parser trusts what is stable in the format (a ccTLD header line, then up to three contacts of
name, email and phone) and reports every line it could not place, with its line number.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from urllib.parse import unquote

from tldops_desktop.core import cctlds
from tldops_desktop.core.country_terms import country_code, country_named, names_country
from tldops_desktop.core.emails import field_addresses, is_address
from tldops_desktop.core.lossy_copy import lost_letters
from tldops_desktop.core.model import MAX_CONTACTS, Contact, Member, Region, Tld, parse_region
from tldops_desktop.core.name_words import NAME_PARTICLES
from tldops_desktop.core.phones import passed_over_number, to_e164
from tldops_desktop.mail import aligned, delimited, grid, spaced
from tldops_desktop.mail.country_case import normal_country
from tldops_desktop.mail.headerline import HeaderLine, parse_header_line
from tldops_desktop.mail.obfuscated import read_obfuscated

_LINE_SPLIT = re.compile(r"\r\n|\r|\n")
# (Also a Markdown rule, as html2text writes an <hr>: "* * *", "- - -".)
_SEPARATOR = re.compile(r"^[-=_*~#+]{5,}$|^([-*_])(?: \1){2,}$")
# A Markdown table's alignment row under its header: "---|---", "|:---|:---:|" (html2text, pandoc)
_ALIGNMENT_ROW = re.compile(r"^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?$")
_FOOTER_RULE = re.compile(r"^_{10,}$")
# A label is at most MAX_LABEL characters besides a qualifier in parentheses ("Mobile phone
# number (international format)"); longer text before a colon is a sentence.
_FIELD = re.compile(r"^([^:：]{1,100}?)\s*[:：]\s*(.*)$")  # (also the full-width colon)
_QUALIFIER = re.compile(r"\(.*?\)")
MAX_LABEL = 40
# A list item's bullet before a field: "- Name: ...", "* Email: ...", "• Mobile: ...".
_BULLET = re.compile(r"^(?:[-*–]\s+|[•·‣]\s*)")
_CONTACT_HEADER = re.compile(
    r"^[\[(]?(?:(?:(?:contact(?:\s+person)?|person)\s*(?:#|no\.?|number)?|#)\s*(?P<num>\d{1,2})"
    r"|(?P<word>primary|secondary|first|second|third|tertiary)\s+contact(?:\s+person)?)"
    r"\b[^:]*:?$",
    re.IGNORECASE,
)
_EMAILISH = re.compile(r"\S@\S")
_PHONEISH = re.compile(r"(?:\d[\s().\-/]*){6,}")
# A date or a time of day has digits enough for a number, but is none: "This edition was
# generated on 2026-11-01 06:00:00 UTC." is an outro's sentence.
_DATE_OR_TIME = re.compile(
    r"\b(?:(?:19|20)\d\d-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])|[0-2]?\d:[0-5]\d(?::[0-5]\d)?)\b"
)
_WORDS_OF_PROSE = 4
_DOTS = (".", "。", "．", "｡")  # a label's dot, also ideographic and full-width

_LABEL_NOISE = re.compile(r"\(.*?\)|#\s*\d+|\d+|[-_./]")


# A phone label's qualifier that names a line other than the mobile: "Phone (office)",
# "Telephone (landline)". Such a number is no contact's mobile.
_DESK_LINE = re.compile(
    r"\((?![^()]*\b(?:mobile|cell|gsm)\b)[^()]*"
    r"\b(?:office|work|landline|land line|fixed|desk|home|fax|switchboard|business)\b[^()]*\)"
)


def _plain_key(label: str) -> str:
    return " ".join(_LABEL_NOISE.sub(" ", label.casefold()).split())


@lru_cache(maxsize=4096)
def label_key(label: str) -> str:
    """A label as the tables of labels key it: "Tel.", "E-mail (alt)", "Mobile/Cell #2" are
    "tel", "e mail", "mobile cell"; "Phone (office)" is "phone office", no label's."""
    key = _plain_key(label)
    if "(" in label and key in _PHONE_KEYS and _DESK_LINE.search(label.casefold()):
        return f"{key} office"
    return key


def label_length(label: str) -> int:
    """A label's length without its qualifiers in parentheses."""
    return len(_QUALIFIER.sub("", label).strip())


def _field_match(line: str) -> re.Match[str] | None:
    """``line`` read as "label: value", when what stands before its colon can be a label."""
    match = _FIELD.match(line)
    return match if match and label_length(match.group(1)) <= MAX_LABEL else None


# A second number's label, marked as such ("Alternate mobile", "Backup phone"): the contact's
# too, read after its main number (see _number_rank).
_SECOND_WORDS = (
    "backup", "back-up", "alternate", "alternative", "alt", "secondary", "second", "other",
    "additional",
)  # fmt: skip
_SECOND_KINDS = (
    "mobile", "mobile phone", "mobile number", "mobile phone number", "phone", "phone number",
    "cell", "cell phone", "telephone", "tel",
)  # fmt: skip

# Labels in the languages members' staff write forms in (an edition rewritten by hand, a
# member's template): French, Spanish, Portuguese, German, Dutch, Russian, Arabic, Chinese.
_NAME_LABELS_ELSEWHERE = (
    "nom", "nom complet", "nom et prénom", "nombre", "nombre completo", "nome", "nome completo",
    "vor- und nachname", "naam", "имя", "фио", "الاسم", "姓名", "氏名", "이름", "성명",
)  # fmt: skip
_EMAIL_LABELS_ELSEWHERE = (
    "courriel", "adresse e-mail", "adresse électronique", "adresse courriel", "correo",
    "correo electrónico", "correo-e", "endereço de e-mail", "e-mail-adresse", "e-mailadres",
    "электронная почта", "эл. почта", "البريد الإلكتروني", "电子邮件", "邮箱", "電子郵件",
    "メール", "メールアドレス", "電子メール", "이메일", "전자우편",
)  # fmt: skip
_PHONE_LABELS_ELSEWHERE = (
    "téléphone", "téléphone portable", "téléphone mobile", "tél", "tél. portable", "portable",
    "teléfono", "teléfono móvil", "teléfono celular", "celular", "móvil", "telefone",
    "telefone celular", "telemóvel", "telefon", "telefonnummer", "handy", "handynummer", "mobil",
    "mobilnummer", "mobiltelefon", "mobiel", "mobiele telefoon", "telefoon", "телефон",
    "мобильный", "мобильный телефон", "моб. телефон", "هاتف", "الجوال", "جوال", "手机", "電話",
    "携帯電話", "携帯", "携帯番号", "電話番号", "휴대폰", "휴대전화", "전화", "전화번호",
)  # fmt: skip

_NAME_LABELS = (
    "name", "full name", "contact name", "person", "person name", "first and last name",
    "name and surname", "first name last name", "surname, first name", *_NAME_LABELS_ELSEWHERE,
)  # fmt: skip

_FIELD_LABELS_AS_WRITTEN: dict[str, str] = {
    **dict.fromkeys(_NAME_LABELS, "name"),
    **dict.fromkeys(
        (
            "email address",
            "e-mail address",
            "e-mail",
            "email",
            "mail",
            "mail address",
            "contact email",
            "contact e-mail",
            "contact email address",
            "email id",
            "e-mail id",
            "mail id",
            *_EMAIL_LABELS_ELSEWHERE,
        ),
        "email",
    ),
    **dict.fromkeys(
        (
            "mobile phone number",
            "mobile phone",
            "mobile",
            "mobile number",
            "mobile telephone",
            "mobile telephone number",
            "mobile/cell",
            "cell/mobile",
            "phone/mobile",
            "contact phone",
            "contact phone number",
            "contact mobile",
            "cell number",
            "cell phone number",
            "phone",
            "phone number",
            "telephone",
            "telephone number",
            "tel",
            "cell",
            "cell phone",
            "cellphone",
            "gsm",
            "mob",
            "mobile tel",
            "tel/mobile",
            "mobile/whatsapp",
            "whatsapp",
            "cellular",
            "cellular phone",
            "cellular number",
            "gsm number",
            "emergency phone",
            "emergency mobile",
            "emergency number",
            "emergency phone number",
            "emergency contact number",
            *(
                f"{kind} {word}"
                for kind in ("mobile", "phone", "cell", "tel", "mobile phone", "cell phone", "gsm")
                for word in ("no", "#", "nr")
            ),
            *_PHONE_LABELS_ELSEWHERE,
            "mobile phone no",
            "telephone no",
            *(f"{word} {kind}" for word in _SECOND_WORDS for kind in _SECOND_KINDS),
        ),
        "phone",
    ),
}
_FIELDS = ("name", "email", "phone")
_POSITION_WORDS = {
    "primary": 1, "first": 1, "secondary": 2, "second": 2, "third": 3, "tertiary": 3,
    "1st": 1, "2nd": 2, "3rd": 3,
}  # fmt: skip

_TABLE_COLUMNS_AS_WRITTEN: dict[str, str] = {
    **dict.fromkeys(("cctld", "tld", "domain", "cc tld"), "tld"),
    **dict.fromkeys(("country", "territory", "country/territory"), "country"),
    **dict.fromkeys(("region", "icann region"), "region"),
    **dict.fromkeys(("#", "no", "no.", "nr", "position", "pos", "contact"), "position"),
    **_FIELD_LABELS_AS_WRITTEN,
}
# A "|" inside an HTML table's cell, as html.py writes it in a row's line: "|" there is the
# boundary between cells. (A noncharacter: for a program's own use, never in text.)
CELL_PIPE = "\ufdd0"
# The phone labels, keyed: one with a desk line's qualifier is none of them.
_PHONE_KEYS = frozenset(
    _plain_key(label) for label, kind in _FIELD_LABELS_AS_WRITTEN.items() if kind == "phone"
)
# Keyed as labels are looked up: "E-mail", "e_mail" and "e mail" are one label.
FIELD_LABELS = {label_key(label): kind for label, kind in _FIELD_LABELS_AS_WRITTEN.items()}
TABLE_COLUMNS = {label_key(label): kind for label, kind in _TABLE_COLUMNS_AS_WRITTEN.items()}
DEFAULT_COLUMNS = ("tld", "country", "region", "position", "name", "email", "phone")


@dataclass(frozen=True, slots=True)
class UnplacedLine:
    line: int
    text: str
    # "unknown-field" | "outside-contact" | "bad-row" | "bad-cctld" | "stray-text" | "note-text"
    # (a sentence among the members' data: a note on a contact, say)
    reason: str


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
    footer: bool = False  # the list's footer ended it (so it was not cut short)


def clear_caches() -> None:
    """Forget the lines, rows, contacts and numbers read: the caches pay off within one
    import of many editions, and the app should not carry them after it."""
    for cached in (_read_line, _read_row, _checked_contact, _member_of, parse_header_line, to_e164):
        cached.cache_clear()


def split_lines(text: str) -> list[str]:
    """Lines as a mail reader counts them (CRLF, CR or LF; no other Unicode breaks)."""
    return _LINE_SPLIT.split(text)


@dataclass
class _ContactDraft:
    position: int
    line: int
    values: dict[str, str] = field(default_factory=dict)
    heading_name: bool = False  # its name is the one its heading gave, until a Name field
    phone_line: str = ""  # the line its number came from


@dataclass
class _MemberDraft:
    header: HeaderLine
    line: int
    source: str
    contacts: list[_ContactDraft] = field(default_factory=list)
    # Its contacts by the numbers of their labels, once its names are numbered ("Name 2").
    numbered: dict[int, _ContactDraft] = field(default_factory=dict)
    # Its header line stands by a rule, as a block's does; a line in the intro or the outro
    # that reads as one (".zw Zimbabwe (AF) joined") does not.
    framed: bool = True
    # The other headers its rows gave (another country's or region's spelling): each said once
    other_headers: set[HeaderLine] = field(default_factory=set)

    @property
    def mentioned(self) -> bool:
        """Whether it is only a ccTLD named in text: no rule by it, no contact after it."""
        return not self.framed and not self.contacts


class _Builder:
    """Collects members in order of appearance, merging rows of the same ccTLD."""

    def __init__(self) -> None:
        self.drafts: dict[str, _MemberDraft] = {}
        self.unplaced: list[UnplacedLine] = []
        self.notes: list[ParseNote] = []
        self.last_row: _MemberDraft | None = None  # the member of a table's last row
        self._data_reported: set[int] = set()  # lines of header lines said to hold data

    def member(
        self, header: HeaderLine, line: int, source: str, *, row: bool, framed: bool = True
    ) -> _MemberDraft:
        """The member a header line or table row belongs to; rows of one ccTLD merge."""
        draft = self.drafts.get(header.ace)
        if header.label_mismatch and (draft is None or not row):
            self.notes.append(
                ParseNote(line, "label-mismatch", f"{header.label_mismatch} ≠ {header.ace}")
            )
        if draft is not None and draft.mentioned:
            # ".nl has updated its contacts." in the intro: the member's own header line or
            # row, with its country and region, stands for it.
            del self.drafts[header.ace]
            self._report_data_of(draft)
            draft = None
        if draft is None:
            draft = _MemberDraft(header, line, source, framed=framed)
            self.drafts[header.ace] = draft
        elif not row or (draft.header != header and header not in draft.other_headers):
            # The same ccTLD twice: keep every contact, and say so (a row's other country or
            # region once, not at each row that repeats it).
            self.notes.append(ParseNote(line, "member-repeated", header.ace))
            if row:
                draft.other_headers.add(header)
        return draft

    def finish(self) -> tuple[tuple[Member, ...], tuple[UnplacedLine, ...], tuple[ParseNote, ...]]:
        members = tuple(self._member(d) for d in self._members_drafts())
        unplaced = tuple(sorted(self.unplaced, key=lambda u: u.line))
        notes = tuple(sorted(self.notes, key=lambda n: n.line))
        return members, unplaced, notes

    def _members_drafts(self) -> list[_MemberDraft]:
        """The drafts that are members: not ccTLDs only mentioned in the text before the first
        member with contacts or after the last ("New members: .zw Zimbabwe (AF)")."""
        drafts = list(self.drafts.values())
        with_contacts = [index for index, draft in enumerate(drafts) if draft.contacts]
        if not with_contacts:
            return drafts
        first, last = with_contacts[0], with_contacts[-1]
        kept = []
        for index, draft in enumerate(drafts):
            if first <= index <= last or not draft.mentioned:
                kept.append(draft)
            else:
                self._report_data_of(draft)
        return kept

    def _report_data_of(self, draft: _MemberDraft) -> None:
        """Report the line of a ccTLD only mentioned when it holds an address or a number
        (".fr France (EU) elodie@afnic.fr +33 ..."): a contact not kept is said."""
        if _EMAILISH.search(draft.source) or _has_number(draft.source):
            self.report_data(draft.line, draft.source)

    def report_data(self, line: int, text: str) -> None:
        """Report a header line that holds an address or a number, once: its contact is
        not read from it."""
        if line not in self._data_reported:
            self._data_reported.add(line)
            self.unplaced.append(UnplacedLine(line, text, "stray-text"))

    def _member(self, draft: _MemberDraft) -> Member:
        header = draft.header
        info = cctlds.lookup(header.ace)
        iso = cctlds.numbering_region(header.ace)
        region_inferred: Region | None = None
        if header.region is None:
            self.notes.append(ParseNote(draft.line, "region-missing", header.ace))
            if info and info.region:
                region_inferred = Region(info.region)
        contacts: list[Contact] = []
        seen: set[tuple[str, str, str]] = set()
        for number, c in enumerate(draft.contacts, start=1):
            values = _without_placeholders(c.values)
            if not values:
                # "Name: —", "Email: —", "Mobile: —": a place kept for a contact, not one
                self.notes.append(ParseNote(c.line, "contact-empty", header.ace))
                continue
            name, email = values.get("name"), values.get("email")
            if email is None and name and name.endswith(">"):
                name, email = _name_and_address(name)
            contact, notes = _checked_contact(
                c.position or number, name, email, values.get("phone"), iso
            )
            person = (contact.name, contact.email, contact.phone)
            if person in seen:
                # The same contact again (the generator wrote the member's block twice): one
                # contact, and said
                self.notes.append(ParseNote(c.line, "contact-repeated", header.ace))
                continue
            seen.add(person)
            contacts.append(contact)
            self.notes.extend(ParseNote(c.line, code, detail) for code, detail in notes)
        if not contacts:
            self.notes.append(ParseNote(draft.line, "no-contacts", header.ace))
        if len(contacts) > MAX_CONTACTS:
            self.notes.append(ParseNote(draft.line, "too-many-contacts", header.ace))
        contacts.sort(key=lambda c: c.position)
        positions = [c.position for c in contacts]
        for position in sorted({p for p in positions if p and positions.count(p) > 1}):
            # Two rows both "# 1": both kept, in the order written; which one is first is
            # for the reader to tell.
            self.notes.append(ParseNote(draft.line, "position-repeated", str(position)))
        # ("GERMANY": as a name is written; the header line keeps the edition's capitals)
        country = normal_country(header.country, header.ace) or (info.country if info else "")
        return _member_of(
            header.ace, header.unicode, country, header.region, tuple(contacts),
            region_inferred, draft.source,
        )  # fmt: skip


# What a generator or a form writes in a field it has no value for.
_PLACEHOLDERS = frozenset(
    ("—", "–", "-", "--", "---", "n/a", "n.a.", "na", "tbd", "tba", "vacant", "none", "(none)",
     "(vacant)", "-/-", "...", "…")
)  # fmt: skip
_PLACEHOLDER_LENGTH = max(len(text) for text in _PLACEHOLDERS)


def _without_placeholders(values: dict[str, str]) -> dict[str, str]:
    """A contact's fields without those that hold a placeholder ("—", "n/a", "TBD") or
    nothing ("Email address:" alone): missing."""
    if min(map(len, values.values()), default=0) > _PLACEHOLDER_LENGTH:
        return values  # (nearly every contact: no value is short enough to be one)
    return {
        kind: value
        for kind, value in values.items()
        if len(value) > _PLACEHOLDER_LENGTH or (value and value.casefold() not in _PLACEHOLDERS)
    }


@lru_cache(maxsize=16384)
def _member_of(
    ace: str,
    unicode: str,
    country: str,
    region: Region | None,
    contacts: tuple[Contact, ...],
    region_inferred: Region | None,
    source_line: str,
) -> Member:
    """One object for a member that recurs unchanged from edition to edition: less memory for
    a whole history, and a worker's results pickle each one once (see ``pool``)."""
    return Member(Tld(ace, unicode), country, region, contacts, region_inferred, source_line)


@lru_cache(maxsize=16384)  # the same contacts recur in every monthly edition
def _checked_contact(
    position: int, name: str | None, email: str | None, phone: str | None, iso: str | None
) -> tuple[Contact, tuple[tuple[str, str], ...]]:
    """A contact from its fields (None: the field was missing), and what to note about it."""
    notes: list[tuple[str, str]] = []
    # A field of addresses, or of one with a remark ("noc@nic.ad (24/7)"), is kept as
    # written: the card and the link take each of its addresses.
    email_valid = bool(email and field_addresses(email))
    if email and not email_valid and (address := read_obfuscated(email)) is not None:
        email, email_valid = address, True  # "abuse1 [at] nic.ad": the address it writes
    if email is not None and not email_valid:  # (a missing one is noted as missing)
        notes.append(("email-invalid", email))
    e164 = to_e164(phone, iso) if phone else None
    if phone and e164 is None:
        notes.append(("phone-unparsed", phone))
    elif phone and (invalid := passed_over_number(phone, iso)) is not None:
        notes.append(("phone-unparsed", invalid))  # the valid number after it was kept
    for label, value in (("name", name), ("email", email), ("phone", phone)):
        if value is None:
            notes.append(("field-missing", label))
    if name and lost_letters(name):
        notes.append(("letters-lost", name))
    contact = Contact(position, name or "", email or "", phone or "", e164, email_valid)
    return contact, tuple(notes)


# ---------------------------------------------------------------------------------------------
# Plain text: layout A blocks and layout B rows, in any mix.


def parse_text(text: str) -> ParsedBody:
    return parse_lines(enumerate(split_lines(text), start=1))


# Marks that do not show, at a line's ends: a byte order mark, and the zero-width spaces, word
# joiners and soft hyphens that editors and converters leave ("&#8203;.ad Andorra (EU)").
_EDGE_MARKS = "\ufeff\u200b\u2060\u00ad"


def _normal_line(line: str) -> str:
    """A line stripped, without invisible marks at its ends, and with tab-separated cells (as
    HTML-to-text converters write a table's rows) written as a row of "|" cells."""
    line = line.strip()
    if line[:1] in _EDGE_MARKS or line[-1:] in _EDGE_MARKS:
        line = line.strip(_EDGE_MARKS).strip()
    if line[:1] in _BOX_FIRST:
        line = _box_line(line)
    if "\t" in line and "|" not in line:
        cells = [cell.strip() for cell in line.split("\t")]
        if sum(1 for c in cells if c) >= _TAB_CELLS and not _is_label(cells[0]):
            line = " | ".join(cells)
    return line


# A table drawn with box-drawing characters, as text browsers dump a bordered HTML table
# (elinks, w3m): "│ .ad │ Andorra │ ...", between border lines "┌───┬───┐", "├───┼───┤".
_BOX_BARS = "│┃║┆┇┊┋"
_BOX_FIRST = frozenset(map(chr, range(0x2500, 0x2580)))  # the block of box-drawing characters
_BOX_BORDER = re.compile(r"^[\u2500-\u257f\s]+$")


def _box_line(line: str) -> str:
    """A line of such a table as the parser reads tables: a border as a rule of dashes, a
    row with "|" between its cells."""
    if _BOX_BORDER.match(line):
        return "-" * len(line)
    line = line.translate(_BOX_TO_BAR)
    if line.count("|") == 2 and line.endswith("|"):
        return line[1:-1].strip()  # a box of one cell around the text: its lines as they are
    return line


_BOX_TO_BAR = str.maketrans(dict.fromkeys(_BOX_BARS, "|"))


def _mended(header: list[str], cells: list[str]) -> list[str]:
    """A row of values separated by commas whose country's name has commas of its own,
    unquoted ("Korea, Republic of", "Micronesia, Federated States of"): the name's pieces
    joined, where the region then stands in the region's column; the row as it is else."""
    kinds = _table_header(header)
    extra = len(cells) - len(header)
    if kinds is None or "country" not in kinds or "region" not in kinds:
        return cells
    country = kinds.index("country")
    pieces = cells[country : country + extra + 1]
    if any("@" in piece or any(ch.isdigit() for ch in piece) for piece in pieces):
        return cells
    mended = [*cells[:country], ", ".join(pieces), *cells[country + extra + 1 :]]
    return mended if parse_region(mended[kinds.index("region")]) is not None else cells


def _is_border(line: str) -> bool:
    return bool(line) and _read_line(line).kind == _SEPARATOR_LINE


# Fewer tab-separated values, or a label first, are a field and its value lined up with tabs
# ("Name:\t\t\tEmil"), not a table's row.
_TAB_CELLS = 4


def _is_label(cell: str) -> bool:
    return cell.endswith(":") or label_key(cell) in FIELD_LABELS


# A signature's delimiter (RFC 3676), also as clients that strip trailing spaces send it:
# what follows is the sender's, not data.
_SIGNATURES = ("-- ", "--")


def parse_lines(numbered: Iterable[tuple[int, str]], *, blank_lines: bool = True) -> ParsedBody:
    """``blank_lines``: the text sets its blocks apart with blank lines, as plain text does
    (an HTML part's paragraphs come without them)."""
    builder = _Builder()
    raw = list(numbered)
    lines = [(n, s.strip()) for n, s in raw]
    for index, (number, text) in enumerate(lines):
        if text and (
            "\t" in text
            or text[0] in _EDGE_MARKS
            or text[-1] in _EDGE_MARKS
            or text[0] in _BOX_FIRST
        ):
            lines[index] = (number, _normal_line(text))  # (rare: most lines need nothing more)
    grid.join_grid_rows(lines, _is_border)
    texts = [text for _number, text in raw]
    if aligned.may_hold_one(texts):
        for index, row in aligned.aligned_rows(texts, _is_table_header).items():
            if "|" not in lines[index][1]:
                lines[index] = (lines[index][0], row)
    if any(("tld" in text or "TLD" in text) and "|" not in text for text in texts):
        stripped = [text for _number, text in lines]
        for index, row in spaced.spaced_rows(stripped, _table_header).items():
            lines[index] = (lines[index][0], row)
    if delimited.may_hold_one(texts):
        for index, cells in delimited.delimited_rows(texts, _is_table_header, _mended).items():
            lines[index] = (lines[index][0], " | ".join(cells))
    raw, lines = _fields_apart(raw, lines)
    _join_wrapped_rows(lines)
    # (An HTML part's lines are its blocks: none was wrapped.)
    raw, lines = _join_wrapped_fields(raw, lines, wrapped=blank_lines)
    member: _MemberDraft | None = None
    contact: _ContactDraft | None = None
    columns: tuple[str, ...] | None = None
    member_columns: tuple[str, ...] | None = None  # of a table inside the member's block
    seen_a = seen_b = footer = orphaned = False
    # Contacts came whose member's header line could not be read: the lines that are no data
    # until the next member's may be other such header lines, and are said (not a signature's).
    unread_members = False
    # Prose after the first member: reported once more data follows it (a note on a contact,
    # a wrapped line, "Name Emil" without its colon); an outro after the last data is not.
    prose: list[UnplacedLine] = []
    # Prose right under a member's data, no blank line between: part of its block (a note, a
    # name without its label), reported even with no data after it, unlike an outro.
    in_block: list[UnplacedLine] = []
    touching = False  # the line before was data, or prose in a block
    after_text = False  # a line that is not data came since the member's last contact heading
    # A field was just said to be no contact's: the fields after it, up to a blank line, are
    # not one either (an outro's "Email: ..." then "Phone: ...").
    refused = False
    # A paragraph of text came since the member's last data ("Questions?", an outro): a role
    # heading after it ("Contact:", "Technical contact: ccNSO Secretariat") heads no contact
    # of the member, and the fields under it up to a blank line are none either.
    loose_text = refused_paragraph = loose_headed = False
    # Headings and fields before the first member: said if they are a contact's.
    before_members: list[tuple[_LineReading, UnplacedLine]] = []
    links_end = 0  # the line after a text browser's list of links
    for index, (number, line) in enumerate(lines):
        if not line:
            touching = refused = refused_paragraph = False
            continue
        if line == "--" and builder.drafts and raw[index][1].rstrip("\r\n") in _SIGNATURES:
            # A signature: its lines are not the last member's (fields there are reported),
            # and the list's footer may still follow.
            member, contact, orphaned, prose = None, None, True, []
            unread_members = False
            continue
        if line == "References" and _link_list_follows(lines, index):
            # A text browser's list of the page's links (the targets of values read): passed
            # over, up to the list's footer if one follows
            links_end = index + 1
            while links_end < len(lines) and not _FOOTER_RULE.match(lines[links_end][1]):
                links_end += 1
            if links_end == len(lines):
                break
            continue
        if index < links_end:
            continue
        reading = _read_line(line)
        if reading.kind == _PERSON_LINE and (
            (member is None and not orphaned)
            or refused
            or refused_paragraph
            or (loose_text and member is not None and member.contacts)
            or (
                member is not None
                and len(member.contacts) >= MAX_CONTACTS
                and not _takes_person(contact, after_text)
            )
        ):
            # A name and an address outside a member's data (the intro, after an outro's
            # text or a field refused, after a member's last contact: a signature's "ICANN
            # Secretariat <...>") are the text's: reported as any other line there.
            reading = _STRAY_READING
        if prose and (reading.kind in _CONTACT_KINDS or reading.cells is not None):
            # (Not at a header line: the outro may name a ccTLD, "Welcome .tv Tuvalu!".)
            builder.unplaced.extend(prose)
            prose, in_block = [], []
        kind = reading.kind
        if kind == _STRAY_LINE and prose and _ends_sentence(prose[-1], lines, index):
            kind = _PROSE_LINE  # "Procedure.": a sentence's last words, wrapped
        # (A table's last row is no block: an outro may follow it at once.)
        was_touching, touching = touching, kind in _CONTACT_KINDS and reading.cells is None
        if kind == _RULE_LINE:
            # The list's footer ends the body; before any member, with members after it, it
            # is the list's header (Mailman's msg_header), and passed over.
            if _footer_follows(lines, index) and (
                builder.drafts or not _members_follow(lines, index)
            ):
                footer = True
                break
            continue
        if kind == _SEPARATOR_LINE:
            continue
        if reading.cells is None or reading.columns is not None:
            builder.last_row = None  # a row's empty ccTLD cell means the row above's, only
        if (
            reading.cells is not None
            and reading.columns is None  # (the header of a table of all members ends it)
            and member is not None
            and columns is None
        ):
            # A table of the member's own contacts, under its header line: "# | Name | ...".
            own_columns = _member_table_header(reading.cells)
            if own_columns is not None:
                member_columns, contact = own_columns, None
                builder.notes.extend(
                    ParseNote(number, "column-not-read", name)
                    for name in _columns_not_read(reading.cells, own_columns)
                )
                continue
            if member_columns is not None:
                _add_member_row(builder, member, reading.cells, member_columns, number, line)
                contact = None
                continue
        if reading.cells is not None:
            if reading.columns is not None:
                columns = _columns_of_rows(reading.columns, lines, index)
                builder.notes.extend(
                    ParseNote(number, "column-not-read", name)
                    for name in _columns_not_read(reading.cells, columns)
                )
                member, contact = None, None
                continue
            if columns is not None or reading.row_like:
                _add_row(builder, reading.cells, columns or DEFAULT_COLUMNS, number, line)
                seen_b = True
                member, contact = None, None
                continue
        if (
            kind in (_STRAY_LINE, _PROSE_LINE)
            and (undotted := _undotted_header(line)) is not None
            and _unread_block_header(lines, index)
        ):
            reading, kind = replace(reading, kind=_HEADER_LINE, header=undotted), _HEADER_LINE
        if (
            (kind == _UNKNOWN_FIELD_LINE and _TLD_PART.match(line))
            or (
                kind == _HEADER_LINE
                and reading.header is not None
                and reading.header.region is None
            )
        ) and (parts := _header_of_parts(lines, index)) is not None:
            # "ccTLD: .de", "Country: Germany", "Region: EU", a line each
            reading, kind = replace(reading, kind=_HEADER_LINE, header=parts), _HEADER_LINE
        if kind == _HEADER_LINE:
            assert reading.header is not None
            framed = _by_a_rule(lines, index)
            member = builder.member(reading.header, number, line, row=False, framed=framed)
            if _EMAILISH.search(reading.header.country) or _has_number(reading.header.country):
                # ".ad Andorra (EU) Anna Vila anna@nic.ad +376 ...": a contact not read
                builder.report_data(number, line)
            contact, orphaned, after_text, unread_members = None, False, False, False
            loose_text = loose_headed = False
            member_columns = None
            seen_a = True
            continue
        if kind in (_STRAY_LINE, _PROSE_LINE, _UNKNOWN_FIELD_LINE) and _unread_block_header(
            lines, index
        ):
            # Between rules, with contacts after: a member's header line that could not be
            # read. Its contacts are not the previous member's: they are reported unplaced.
            builder.unplaced.append(UnplacedLine(number, line, "bad-cctld"))
            member, contact, orphaned = None, None, True
            continue
        if member is None:
            if columns is not None and reading.cells is not None:
                builder.unplaced.append(UnplacedLine(number, line, "bad-row"))
            elif orphaned and kind in (*_CONTACT_KINDS, _UNKNOWN_FIELD_LINE):
                builder.unplaced.append(UnplacedLine(number, line, "outside-contact"))
            elif (kind == _STRAY_LINE and (seen_b or unread_members)) or (
                seen_b and kind in (_FIELD_LINE, _UNKNOWN_FIELD_LINE)
            ):
                # After a table's rows: a wrapped cell ("558"), "backup: ops@nic.ad" ... After
                # contacts of no member: the next header line that could not be read.
                builder.unplaced.append(UnplacedLine(number, line, "stray-text"))
            elif unread_members and kind == _PROSE_LINE:
                prose.append(UnplacedLine(number, line, "note-text"))  # said if data follows
            elif not builder.drafts and kind in (_CONTACT_LINE, _FIELD_LINE, _PERSON_LINE):
                before_members.append((reading, UnplacedLine(number, line, "outside-contact")))
            continue  # intro text before the first member is not data
        if (
            kind in (_STRAY_LINE, _PROSE_LINE)
            and not member.contacts
            and _NO_CONTACTS.match(line) is not None
        ):
            # "No contacts registered." under the header line: what a row of no contact says
            # too; the member is kept without one, and noted so
            continue
        if reading.loose or refused_paragraph:  # (rare: most lines pass by at once)
            if reading.loose and not _field_follows(lines, index):
                # "Backup:" or "1. Welcome" with no fields under it: no contact's heading
                builder.unplaced.append(UnplacedLine(number, line, "stray-text"))
                after_text = True
                continue
            if (kind == _FIELD_LINE and refused_paragraph) or (
                reading.loose
                and loose_text
                and member.contacts  # (a note before its first contact is the member's)
                # (The member's contacts have role headings: after a note of its own, one
                # with a name under it is the member's next contact.)
                and not (loose_headed and _named_under(lines, index))
            ):
                builder.unplaced.append(UnplacedLine(number, line, "outside-contact"))
                contact, refused_paragraph, after_text = None, True, True
                continue
            loose_headed = loose_headed or reading.loose
        if loose_text and kind in _CONTACT_KINDS:
            loose_text = False
        if kind == _CONTACT_LINE:
            if after_text and any(c.position == reading.position > 0 for c in member.contacts):
                # The positions begin again after a line that was not read: a member whose
                # header line could not be read ("[.de] Germany (EU)"). Its contacts are not
                # this member's: they are reported, as between rules.
                builder.unplaced.append(UnplacedLine(number, line, "outside-contact"))
                member, contact, orphaned, unread_members = None, None, True, True
                continue
            # (A role heading gives no number: its place among the member's contacts.)
            contact = _ContactDraft(reading.position or len(member.contacts) + 1, number)
            if reading.value:
                contact.values["name"], contact.heading_name = reading.value, True
            member.contacts.append(contact)
            after_text = False
        elif kind == _FIELD_LINE:
            if reading.index and (member.numbered or reading.field == "name"):
                contact = _numbered_contact(builder, member, reading, number, line)
                continue
            if contact is not None and contact.heading_name and reading.field == "name":
                del contact.values["name"]  # the field's spelling, not the heading's
                contact.heading_name = False
            if reading.field == "name" and _begins_another(contact, lines, index):
                contact = None
            repeated = contact is not None and reading.field in contact.values
            if (
                repeated
                and reading.field == "phone"
                and not after_text
                and (was_touching or (contact is not None and contact.position > 0))
            ):
                # "Mobile: ..." then "Phone: ...": two numbers of one contact, not two contacts
                # (after a blank line, where contacts have no headings, the next one's first)
                assert contact is not None
                if _number_rank(line) < _number_rank(contact.phone_line):
                    # "Phone: <desk line>" then "Mobile: ...", "Mobile (backup): ..." then
                    # "Mobile: ...": the main mobile first, the one dialled
                    contact.values["phone"] = f"{reading.value} / {contact.values['phone']}"
                    contact.phone_line = line
                else:
                    contact.values["phone"] += " / " + reading.value
                continue
            if repeated and not after_text and _another_value(contact, line):
                # "Name (Chinese): ...", "Email address (24/7 NOC): ...": the contact's own,
                # which holds one name and one address; said, not made a contact of its own.
                builder.unplaced.append(UnplacedLine(number, line, "note-text"))
                continue
            if contact is None or repeated:
                if (
                    after_text
                    and reading.field != "name"
                    and (repeated or refused or any(c.position for c in member.contacts))
                    and not _fields_include_name(lines, index)
                ):
                    # After text, fields that neither have a heading nor begin with a name
                    # where the member's contacts have headings, or that repeat one of the
                    # contact's: an outro's or a signature's ("ccNSO Secretariat", "Phone:
                    # ..."), not a contact, nor a second number of the last one.
                    builder.unplaced.append(UnplacedLine(number, line, "outside-contact"))
                    contact, refused = None, True
                    continue
                contact = _ContactDraft(0, number)
                member.contacts.append(contact)
            contact.values[reading.field] = reading.value
            if reading.field == "phone":
                contact.phone_line = line
        elif kind == _PERSON_LINE:
            assert reading.person is not None
            if reading.headed:
                contact = _ContactDraft(reading.position or len(member.contacts) + 1, number)
                member.contacts.append(contact)
            elif not _takes_person(contact, after_text):
                contact = _ContactDraft(0, number)
                member.contacts.append(contact)
            assert contact is not None
            email, phone = reading.person
            contact.values.update(name=reading.value, email=email)
            contact.heading_name = False
            if phone:
                contact.values["phone"], contact.phone_line = phone, ""  # (no label)
            after_text = False
        elif kind == _UNKNOWN_FIELD_LINE:
            builder.unplaced.append(UnplacedLine(number, line, "unknown-field"))
            after_text, loose_text = True, loose_text or _after_blank(lines, index)
        elif kind == _STRAY_LINE:
            builder.unplaced.append(UnplacedLine(number, line, "stray-text"))
            after_text, loose_text = True, loose_text or _after_blank(lines, index)
        else:  # a sentence: an outro ("To update the contacts ..."), or a note in a block
            prose.append(UnplacedLine(number, line, "note-text"))
            if blank_lines and was_touching and member is not None:
                in_block.append(prose[-1])
                touching = True
            after_text, loose_text = True, loose_text or _after_blank(lines, index)
    builder.unplaced.extend(in_block)  # (those not reported yet: the last block's)
    first = next((i for i, (reading, _) in enumerate(before_members) if _a_contacts(reading)), -1)
    if builder.drafts and first >= 0:
        # A contact before the first member's header line: that of a member whose header
        # line could not be read ("Andorra - .ad - Europe"), not the intro's.
        builder.unplaced.extend(line for _reading, line in before_members[first:])
    members, unplaced, notes = builder.finish()
    layout = "A+B" if seen_a and seen_b else "A" if seen_a else "B" if seen_b else ""
    return ParsedBody(members, layout, unplaced, notes, footer)


# Between two fields on one line: ";", ",", "|", a tab, or a slash, dash or dot set apart by
# spaces, or a run of spaces ("Name: Emil / Email: e@nic.ad / Mobile: ...").
_BETWEEN_FIELDS = re.compile(r"\s*[;,|\t]\s*|\s+[/·•–—-]\s+|\s{2,}")


def _fields_apart(
    raw: list[tuple[int, str]], lines: list[tuple[int, str]]
) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """The lines with the fields of one line ("Name: Emil; Email: e@nic.ad; Mobile: ...",
    or with "|" between them) as lines of their own, under its number (``raw`` alike)."""
    # (Two fields have two colons: the first test passes over nearly every line at once.)
    if not any(text.count(":") > 1 for _, text in lines):
        return raw, lines
    raw_apart: list[tuple[int, str]] = []
    lines_apart: list[tuple[int, str]] = []
    for (number, text), raw_line in zip(lines, raw, strict=True):
        fields = _fields_of(text)
        lines_apart.extend((number, field_text) for field_text in fields)
        raw_apart.extend([raw_line] * len(fields))
    return raw_apart, lines_apart


# A member's header given as fields, a line each: "ccTLD: .de", "Country: Germany", "Region:
# EU"; or a header line with its region on the next ("Region: Europe").
_TLD_PART = re.compile(r"^(?:cc\s*)?tld\s*:\s*[.。．｡]\S+$", re.IGNORECASE)
_HEADER_PART = re.compile(r"^(country|region)\s*:\s*(\S.*)$", re.IGNORECASE)
_REGION_ALONE = re.compile(r"\(\s*([A-Za-z]{2,3})\s*\)")


def _header_of_parts(lines: list[tuple[int, str]], index: int) -> HeaderLine | None:
    """The header that line ``index`` begins with the lines of its parts after it, whose
    lines it empties (their numbers stay); None when none follows that completes it."""
    text = lines[index][1]
    labelled = _TLD_PART.match(text) is not None
    found: dict[str, str] = {}
    following = index + 1
    while following < len(lines) and (part := _HEADER_PART.match(lines[following][1])):
        kind = part.group(1).casefold()
        if kind in found or (kind == "country" and not labelled):
            break
        found[kind] = part.group(2).strip()
        following += 1
    if not labelled and not found and following < len(lines):
        alone = _REGION_ALONE.fullmatch(lines[following][1])
        if alone is not None and parse_region(alone.group(1)) is not None:
            # ".sg Singapore" then "(AP)": the line cut before its region by a wrap
            found["region"], following = alone.group(1), following + 1
    if labelled:
        region = f" / Region: {found['region']}" if "region" in found else ""
        header = parse_header_line(f"{text} / Country: {found.get('country', '')}{region}")
    else:
        header = parse_header_line(f"{text} ({found['region']})") if found else None
    if header is not None:
        for part_index in range(index + 1, following):
            lines[part_index] = (lines[part_index][0], "")
    return header


def _fields_of(line: str) -> list[str]:
    """The fields a line gives, each as a line; the line itself when it gives one or none."""
    if line.count(":") < 2:
        return [line]
    if _read_line(line).kind != _FIELD_LINE:
        return _heading_and_fields(line)
    if _BETWEEN_FIELDS.search(line):
        pieces = [piece for piece in _BETWEEN_FIELDS.split(line) if piece]
    else:  # "Name: Emil Berg Email: e@nic.ad Mobile: ...", its lines run together
        pieces = _fields_by_labels(line)
    if len(pieces) < 2 or any(_read_line(piece).kind != _FIELD_LINE for piece in pieces):
        return [line]  # "Mobile: +376 312 558; +376 312 559": one field
    return pieces


# A known label and its colon after a space: where a field begins in a line whose fields
# stand a space apart, as a mail program that reflows text joins a block's lines ("Name:
# Emil Berg Email: e@nic.ad Mobile phone number: ..."). The longest label first.
_LABEL_IN_LINE = re.compile(
    r"(?:^|(?<=\s))(?:"
    + "|".join(
        re.escape(label).replace(r"\ ", r"\s+")
        for label in sorted(_FIELD_LABELS_AS_WRITTEN, key=len, reverse=True)
    )
    + r")\s*[:：]",
    re.IGNORECASE,
)


def _fields_by_labels(line: str) -> list[str]:
    """The pieces of ``line`` that each begin with a known label and its colon."""
    starts = sorted({0, *(found.start() for found in _LABEL_IN_LINE.finditer(line))})
    return [
        line[start:end].strip() for start, end in zip(starts, [*starts[1:], len(line)], strict=True)
    ]


def _heading_and_fields(line: str) -> list[str]:
    """A contact's heading and its fields on one line ("Contact 1: Name: Emil, Email: ...,
    Mobile: ...") as a line each; the line itself when it is anything else."""
    heading, _colon, rest = line.partition(":")
    if _read_line(heading.strip()).kind != _CONTACT_LINE or not rest.strip():
        return [line]
    fields = _fields_of(rest.strip())
    if len(fields) < 2:
        return [line]
    return [heading.strip() + ":", *fields]


def _join_wrapped_rows(lines: list[tuple[int, str]]) -> None:
    """Join back, in place, the rows of a table that a mail program wrapped at its line
    length (Outlook at 76 characters, without format=flowed): "... | csirt1@nic.ae | +971"
    then "(50) 123 4176". A continuation joins the row above when together they have the
    table's cells; the line it was on is left empty (line numbers stay as they are)."""
    columns = 0
    row = -1  # the index of the last row read, while the lines after it may continue it
    for index, (_number, text) in enumerate(lines):
        if not text:
            row = -1  # a mail program's wrap leaves no blank line: nothing goes on past one
            continue
        if "|" in text and not columns:
            header = _read_line(_join_wrapped_header(lines, index)).columns
            columns = len(header) if header else 0
            continue
        if not columns:
            continue
        if row >= 0 and _continues_row(lines[row][1], text, columns):
            lines[row] = (lines[row][0], _joined_row(lines[row][1], text))
            lines[index] = (lines[index][0], "")
            continue
        # (A row cut early, after a long country name, has fewer than a row's "|" so far.)
        row = index if text.startswith(_DOTS) and "|" in text else -1


# A field's line as a mail program wraps it at its line length (Outlook at 76 characters, or
# format=flowed whose trailing spaces a server stripped, so its soft breaks are hard ones):
# "Email address:" then the address, a long name's last word or a number's note alone on the
# next line. RFC 3676 asks for lines of 66 to 78 characters; a line that the next word would
# not have made longer than that was not cut there.
_WRAPPED_AT = 66


def _join_wrapped_fields(
    raw: list[tuple[int, str]], lines: list[tuple[int, str]], *, wrapped: bool
) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """The lines with a field's wrapped rest joined to it, under the field's number (``raw``
    alike): a continuation that is no line of its own kind ("Puig", "(24/7)", an address
    after its label alone) goes on a field whose line was long enough to be cut there
    (``wrapped``: plain text, wrapped at a line length). A label alone takes the value on
    the line after it ("Email address:" then "    e@nic.ad"; in an HTML part, whose lines
    are its blocks, "Name:<br>Emil Berg", "<p><b>Email:</b></p><p>e@nic.ad</p>")."""
    joined: dict[int, str] = {}  # a field's line index -> the field with its rest
    continuations: set[int] = set()
    field, width = 0, 0  # the line that may go on, and the length of its last line (0: none)
    alone = False  # that line ends in a colon: a label alone, maybe
    for index, (_number, text) in enumerate(lines):
        if width and text and wrapped:
            space = text.find(" ")  # (lengths first: most lines are not looked at further)
            if width + 1 + (len(text) if space < 0 else space) > _WRAPPED_AT:
                so_far = joined.get(field, lines[field][1])
                if _continues_field(so_far, text):
                    joined[field], width, alone = f"{so_far} {text}", len(text), False
                    continuations.add(index)
                    continue
        if alone and text:
            label = lines[field][1]
            under = not wrapped or _indent(raw[index][1]) > _indent(raw[field][1])
            if under and _value_of_label(label, text):
                joined[field], width, alone = f"{label} {text}", 0, False  # (one value only)
                continuations.add(index)
                continue
        field, width, alone = index, len(text), text[-1:] == ":"
    if not joined:
        return raw, lines
    kept = [index for index in range(len(lines)) if index not in continuations]
    return [raw[index] for index in kept], [
        (lines[index][0], joined.get(index, lines[index][1])) for index in kept
    ]


def _value_of_label(label_line: str, text: str) -> bool:
    """Whether ``text`` is the value of a field whose label ``label_line`` stands alone: an
    address, a number, or a name, and no line of its own kind. (In plain text, only one
    indented deeper than its label is looked at: a line that a wrap did not cut there and
    that begins where its label does is text of its own.)"""
    reading = _read_line(label_line)
    if reading.kind != _FIELD_LINE or reading.value or reading.cells is not None:
        return False
    if _read_line(text).kind not in (_STRAY_LINE, _PROSE_LINE) or "|" in text:
        return False
    if reading.field == "email":
        return is_address(_clean_value("email", text))
    if reading.field == "phone":
        return "@" not in text and _has_number(text)
    return "@" not in text and not any(ch.isdigit() for ch in text) and len(text.split()) <= 6


def _indent(written: str) -> int:
    return len(written) - len(written.lstrip(" \t"))


def _continues_field(field_line: str, text: str) -> bool:
    """Whether ``text`` may be the rest of the field ``field_line`` (with what joined it so
    far): an address whole after its label alone, a number's digits or note, a name's words."""
    reading = _read_line(field_line)
    if reading.kind != _FIELD_LINE or reading.cells is not None:
        return False
    rest = _read_line(text)
    if rest.cells is not None or rest.kind != _STRAY_LINE:
        return False
    if reading.field == "email":
        return not reading.value and is_address(text)
    if reading.field == "phone":
        return "@" not in text
    return "@" not in text and not any(ch.isdigit() for ch in text)


_HEADER_LINES = 3  # a header row wraps onto at most so many lines


def _join_wrapped_header(lines: list[tuple[int, str]], index: int) -> str:
    """Join back, in place, a table's header row that a mail program wrapped, as its rows
    are: "ccTLD | ... | E-mail address |" then "Mobile phone number". Returns the row."""
    number, header = lines[index]
    if "tld" not in header.casefold() or _looks_like_row(header):
        return header
    row_cells = _first_row_cells(lines, index + 1)
    following = index + 1
    while following < min(len(lines), index + _HEADER_LINES) and lines[following][1]:
        rest = lines[following][1]
        if not _continues_header(header, rest, row_cells):
            break
        header = f"{header} {rest}"
        lines[following] = (lines[following][0], "")
        following += 1
    lines[index] = (number, header)
    return header


def _continues_header(header: str, rest: str, row_cells: int) -> bool:
    """Whether ``rest`` is more of the header row ``header``: no data, and together they are
    a table's header whose cells the continuation completes or adds are all column names, or
    whose cells are as many as the first row's (a column of notes, say)."""
    if _looks_like_row(rest) or rest.startswith(_DOTS) or "@" in rest or _PHONEISH.search(rest):
        return False
    if _read_line(rest).columns is not None:
        return False  # a header of its own: the second of two header rows
    cells = _cells(f"{header} {rest}")
    if _table_header(cells) is None:
        return False
    # The header's last cell goes on, unless a "|" stands between them.
    cut_between = header.endswith("|") or rest.startswith("|")
    completed = cells[len(_cells(header)) - (0 if cut_between else 1) :]
    return len(cells) == row_cells or all(label_key(cell) in TABLE_COLUMNS for cell in completed)


def _first_row_cells(lines: Sequence[tuple[int, str]], start: int) -> int:
    """How many cells the first table row from ``start`` has (0: none comes soon)."""
    for _number, text in lines[start : start + _HEADER_LINES + 1]:
        if _looks_like_row(text):
            return len(_cells(text))
    return 0


_NUMBER_REST = re.compile(r"[\d\s()+./-]+")
_WORD_HYPHEN_END = re.compile(r"\w-$")
_LETTER_HYPHEN_END = re.compile(r"[^\W\d_]-$")


def _joined_row(row: str, text: str) -> str:
    """A row and its wrapped rest as one line: with the space the line was cut at, or with
    none where it was cut after a hyphen inside an address or a number (Mozilla's line
    breaker cuts there): "... | security-incident-" then "response-team@kisa.or.kr | ..."."""
    if _WORD_HYPHEN_END.search(row):
        cell = row.rpartition("|")[2].strip() + text.partition("|")[0].strip()
        if is_address(cell) or _NUMBER_REST.fullmatch(cell):
            return row + text
        if _LETTER_HYPHEN_END.search(row) and text[:1].isalpha():
            return row + text  # "Бат-" then "Эрдэнэ": a hyphenated name, cut after its hyphen
    return f"{row} {text}"


def _continues_row(row: str, text: str, columns: int) -> bool:
    """Whether ``text`` is the rest of ``row`` (a row without a border), wrapped."""
    if _looks_like_row(text):
        return False
    cells = row.count("|") + 1  # a trailing "|" stands before an empty cell
    if cells >= columns:
        # The last cell went on: the rest of a number, or the value of an empty last cell.
        return (
            cells == columns
            and "|" not in text
            and (row.endswith("|") or _NUMBER_REST.fullmatch(text) is not None)
            and _read_line(text).kind == _STRAY_LINE
        )
    # Cut inside a cell or before a "|": the rest of the row, or more of it (cut twice).
    return cells + text.count("|") <= columns and _read_line(text).kind not in _BLOCK_KINDS


# What a line is, whatever comes before it; the parser's state decides what that means.
_RULE_LINE, _SEPARATOR_LINE, _HEADER_LINE, _CONTACT_LINE = 0, 1, 2, 3
_FIELD_LINE, _UNKNOWN_FIELD_LINE, _STRAY_LINE, _PROSE_LINE = 4, 5, 6, 7
_PERSON_LINE = 8  # a contact on one line, without labels: "Emil Berg <e@nic.de>, +49 ..."
_CONTACT_KINDS = (_CONTACT_LINE, _FIELD_LINE, _PERSON_LINE)
_DATA_KINDS = (_HEADER_LINE, *_CONTACT_KINDS)
_BLOCK_KINDS = (_RULE_LINE, _SEPARATOR_LINE, *_DATA_KINDS)


@dataclass(frozen=True, slots=True)
class _LineReading:
    kind: int
    header: HeaderLine | None = None  # _HEADER_LINE
    position: int = 0  # _CONTACT_LINE
    field: str = ""  # _FIELD_LINE: "name" | "email" | "phone"
    value: str = ""  # _FIELD_LINE; _CONTACT_LINE: a name in the heading, if any
    index: int = 0  # _FIELD_LINE: the number in a numbered label ("Name 2", "Email #2")
    # _CONTACT_LINE by a role or a list's number ("Backup:", "1. Emil Berg"): a heading only
    # where fields follow it.
    loose: bool = False
    # _PERSON_LINE: its address and number ("" for none); ``value`` is the name
    person: tuple[str, str] | None = None
    # _PERSON_LINE after a contact's heading ("Primary contact: Kofi Jansen / kofi@nic.ad /
    # ..."): a contact of its own, at ``position`` (0: by order)
    headed: bool = False
    cells: tuple[str, ...] | None = None  # a line with "|": a table row, perhaps
    columns: tuple[str, ...] | None = None  # ... or a table's header row
    row_like: bool = False


_STRAY_READING = _LineReading(_STRAY_LINE)


@lru_cache(maxsize=65536)  # most lines recur, unchanged, in every monthly edition
def _read_line(line: str) -> _LineReading:
    """Read one stripped, non-empty line on its own."""
    if _FOOTER_RULE.match(line):
        return _LineReading(_RULE_LINE)
    if _SEPARATOR.match(line) or _ALIGNMENT_ROW.match(line):
        return _LineReading(_SEPARATOR_LINE)
    reading = _read_text_line(line)
    if "|" not in line:
        return reading
    cells = _cells(line)
    columns = _table_header(cells) if "tld" in line.casefold() else None
    return replace(reading, cells=cells, columns=columns, row_like=_looks_like_row(line))


# Where an image was, as mail programs write it in the text they make of HTML: Gmail's
# "[image: TLD-OPS logo]", Outlook's "[cid:image001.png@01D9A1B2.C3D4E5F0]".
_IMAGE_PLACE = re.compile(r"^\[(?:image|inline image|cid)\s*:[^\[\]]*\]$", re.IGNORECASE)


def _read_text_line(line: str) -> _LineReading:
    """What a line outside a table is: a ccTLD header, a contact's heading, a field ..."""
    if "**" in line or "__" in line or line[:1] in _MARKED_FIRST:
        plain = _without_markdown(line)
        if plain and plain != line:
            return _read_text_line(plain)
    header = parse_header_line(line)
    if header is None and line[:1] in _DECORATION_FIRST:
        decorated = _DECORATED_HEADER.match(line)
        header = parse_header_line(decorated.group(1)) if decorated else None
    if header is not None:
        return _LineReading(_HEADER_LINE, header)
    bullet = _BULLET.match(line)
    heading = line[bullet.end() :] if bullet else line  # "* Contact 1", as a list's item
    contact_header = _CONTACT_HEADER.match(heading)
    # (A heading holds no address or number: "Primary contact Kofi Jansen +376 312 560" and
    # "Contact 24/7 via the NOC +376 800 800" carry data, and are reported, not passed over.)
    if contact_header and not (_EMAILISH.search(line) or _PHONEISH.search(line)):
        position = _position(contact_header)
        return _LineReading(_CONTACT_LINE, position=position, value=_heading_name(contact_header))
    if contact_header and " " in heading and "@" in line:
        # "Contact 1 - Kofi Jansen - kofi@nic.ad - +376 ...": its heading, then its person
        headed = _heading_and_person(heading, _HEADING_DASH)
        if headed is not None:
            return headed
    role = _ROLE_HEADING.match(heading) if heading[:1].casefold() in _ROLE_FIRST else None
    if role is not None:
        return _LineReading(_CONTACT_LINE, position=_role_position(role), loose=True)
    listed = _LISTED_NAME.match(line) if line[:1].isdigit() else None
    if listed is not None and _listed_name(listed.group(2)):
        # "1. Emil Berg", "2) 김민준": a numbered list of the contacts, by name
        position, name = int(listed.group(1)), listed.group(2)
        return _LineReading(_CONTACT_LINE, position=position, value=name, loose=True)
    field_match = _field_match(line)
    known_field = _known_field(field_match)
    if known_field is None and field_match is not None:
        named = _heading_with_name(field_match)
        if named is not None:
            return named
    if known_field is None and bullet is not None:
        # "- Name: Emil", "• Email: ...": a list's item, as HTML-to-text converters write <li>
        field_match = _field_match(line[bullet.end() :])
        known_field = _known_field(field_match)
    if known_field is not None:
        assert field_match is not None
        index = _LABEL_NUMBER.search(field_match.group(1))
        return _LineReading(
            _FIELD_LINE, field=known_field[0], value=known_field[1],
            index=int(index.group(1)) if index else 0,
        )  # fmt: skip
    if (
        field_match
        and len(field_match.group(1)) <= MAX_LABEL  # a qualifier's length only in known labels
        and not field_match.group(1).strip().startswith("http")
    ):
        if _IMAGE_PLACE.match(line):
            return _LineReading(_SEPARATOR_LINE)  # an image's place: no text, passed over
        return _LineReading(_UNKNOWN_FIELD_LINE)
    if _EMAILISH.search(line):
        person = _person_of(line) if "|" not in line else None  # (a row's cells: not one)
        if person is not None:
            return _LineReading(_PERSON_LINE, value=person[0], person=person[1:])
        return _STRAY_READING
    if _has_number(line) or len(line.split()) < _WORDS_OF_PROSE:
        return _LineReading(_STRAY_LINE)
    return _LineReading(_PROSE_LINE)


# A header line set off as a list's item or a banner: "1. .ad Andorra (EU)", "#1 .ad ...",
# "- .ad ...", "=== .ad Andorra (EU) ===", ">> .ad ...", "ccTLD: .ad Andorra (EU)". (Read as
# the line within: "#1" is no contact's heading there, nor ".ad" a member of none.)
_DECORATED_HEADER = re.compile(
    r"^(?:[-=*#>•·~]+|#?\d{1,3}[.):]?|(?:cc\s*)?tld\s*:?|member\s*:|\[\d{1,4}\])"
    r"\s*(?=[.。．｡]\S)(.+?)(?:\s+[-=*#<~]+)?$",
    re.IGNORECASE,
)  # (also "Member: .ad ...", and "[5].ad ..." as lynx numbers a link)
_DECORATION_FIRST = frozenset("-=*#>•·~0123456789cCtTmM[")


# A contact's heading by its role, without a number: "Primary:", "Backup 2:", "Technical
# contact", "Secondary security contact", "[Emergency contact]". (Numbered ones, and
# "Primary contact", are _CONTACT_HEADER's.)
_ROLE_WORDS = (
    r"(?:backup|alternate|alternative|deputy|technical|tech|security|emergency|abuse|main|"
    r"incident(?:\s+response)?|operations|operational|noc|soc|csirt|cert|24/7|escalation)"
)
_ROLE_HEADING = re.compile(
    rf"^[\[(]?(?:(?P<word>primary|secondary|tertiary|first|second|third|1st|2nd|3rd)\s+)?"
    rf"(?:{_ROLE_WORDS}\s+)*contact(?:\s+person)?[\])]?\s*:?$"
    rf"|^[\[(]?(?P<alone>primary|secondary|tertiary|backup|alternate|deputy)"
    rf"(?:\s*#?\s*\d)?[\])]?\s*:?$",
    re.IGNORECASE,
)
_ROLE_FIRST = frozenset("[(123abcdefimnopst")  # the first characters _ROLE_HEADING can match
_LISTED_NAME = re.compile(r"^([1-9])[.)]\s+([^\d@:|]+)$")


def _role_position(match: re.Match[str]) -> int:
    """The position a role heading gives: "Primary" 1, "Secondary" 2; 0 (by order) for one
    that names none ("Backup", "Security contact")."""
    word = match.group("word") or match.group("alone") or ""
    return _POSITION_WORDS.get(word.casefold(), 0)


def _listed_name(text: str) -> bool:
    """Whether a list item's text is a person's name: capitalised words, or a word in a
    script without case ("김민준")."""
    words = text.split()
    return _could_be_name(words) or (
        len(words) == 1 and words[0].isalpha() and words[0].lower() == words[0].upper()
    )


def _heading_with_name(match: re.Match[str]) -> _LineReading | None:
    """A contact's heading with its person after a colon ("Primary: Emil Berg", "Contact 2:
    Anna Berg", "Security contact: 김민준"); None for any other "label: value"."""
    label, value = match.group(1), match.group(2).strip()
    if "@" in value:
        return _heading_and_person(match.string, _HEADING_COLON)
    if not value or _EMAILISH.search(value) or _PHONEISH.search(value):
        return None
    position = _heading_position(label)
    if position is None:
        return None
    name = _clean_value("name", value)
    return _LineReading(_CONTACT_LINE, position=position, value=name, loose=True)


def _heading_position(heading: str) -> int | None:
    """The position a contact's heading gives ("Contact 2", "Secondary", "Backup
    contact"); None for text that is no such heading."""
    if (numbered := _CONTACT_HEADER.match(heading)) is not None:
        return _position(numbered)
    if (role := _ROLE_HEADING.match(heading)) is not None:
        return _role_position(role)
    return None


# Where a contact's heading ends and its person begins on one line: a colon, or a dash set
# apart ("Contact 2 - Ana Puig, ana@nic.ad, ...").
_HEADING_COLON = re.compile(r"\s*[:：]\s*")
_HEADING_DASH = re.compile(r"\s+[-–—]\s+")
# Between the fields of a person written after its heading, in any order: "Kofi Jansen /
# kofi@nic.ad / +376 312 560", "kofi@nic.ad; Kofi Jansen; ...", "... | ... | ...".
_BETWEEN_PERSONS_FIELDS = re.compile(r"\s*[/;,|]\s*|\s+[-–—·•]\s+")


def _heading_and_person(line: str, apart: re.Pattern[str]) -> _LineReading | None:
    """A contact's heading and its person on one line ("Primary contact: Kofi Jansen /
    kofi@nic.ad / +376 312 560", "Contact 2 - Ana Puig <ana@nic.ad>, +376 ..."): a contact at
    the heading's position; None where the line is anything else, or holds more than one
    name, address and number (it stays reported)."""
    heading, rest = (*apart.split(line, maxsplit=1), "")[:2]
    position = _heading_position(_BULLET.sub("", heading, count=1))
    if position is None:
        return None
    person = _person_of(rest.replace("|", "/")) or _person_in_pieces(rest)
    if person is None:
        return None
    name, address, number = person
    return _LineReading(
        _PERSON_LINE, position=position, value=name, person=(address, number), headed=True
    )


def _person_in_pieces(text: str) -> tuple[str, str, str] | None:
    """The name, address and number of a person whose fields stand apart in any order ("kofi@
    nic.ad / Kofi Jansen / +376 ..."): one name, one address and at most one number."""
    found: dict[str, str] = {}
    for piece in _BETWEEN_PERSONS_FIELDS.split(text):
        value = _clean_value("email", piece) if "@" in piece else piece
        if not value:
            continue
        if "@" in value:
            kind = "email"
            if not is_address(value):
                return None
        elif _has_number(value) and not any(ch.isalpha() for ch in value):
            kind = "phone"
        elif _could_be_name(value.split()):
            kind = "name"
        else:
            return None
        if kind in found:
            return None
        found[kind] = value
    if "name" not in found or "email" not in found:
        return None
    return found["name"], found["email"], found.get("phone", "")


# Markdown as HTML-to-text converters write headings and bold text (html2text, pandoc):
# "## .de Germany (EU)", "**Contact 1**", "- **Email:** a@nic.de".
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
_MARKDOWN_STRONG = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
# Bold, italic and underlined text as mail programs write it in plain text (Thunderbird's
# "structured text", Apple Mail): "*Name:* Emil", "*.ad Andorra (EU)*", "/Contact 2:/",
# "_Email:_ ...". (Only where a line begins with one: values and addresses stay as written.)
_EMPHASIS = re.compile(r"(?<![\w*/])([*_/])(?=[^\s*_/])(.+?)(?<=[^\s*_/])\1(?![\w*/])")
_MARKED_FIRST = ("#", "*", "_", "/")


def _without_markdown(line: str) -> str:
    line = _MARKDOWN_HEADING.sub("", line)
    line = _MARKDOWN_STRONG.sub(lambda m: m.group(1) or m.group(2), line)
    if line[:1] in _MARKED_FIRST:
        line = _EMPHASIS.sub(r"\2", line)
    return line.strip()


_MOBILE_LABEL = re.compile(
    r"\b(?:mobile|mob|cell|cellphone|cellular|gsm|portable|m[oó]vil|celular|telem[oó]vel|handy"
    r"|mobil|mobiel|мобильный|моб|الجوال|جوال|手机|携帯電話|携帯|携帯番号|휴대폰|휴대전화)\b"
)


# A label's word for a number kept besides the main one: "Mobile (backup)", "Alternate mobile",
# "Mobile (alt.)", "Other phone".
_BACKUP_LABEL = re.compile(
    r"\b(?:backup|back[- ]up|alternate|alternative|alt|secondary|second|2nd|other|additional)\b"
)


def _number_rank(label: str) -> tuple[bool, bool]:
    """How a phone label ("Mobile: ...", a line or a table's column) ranks its number among a
    contact's numbers, the lowest first (the one dialled): a backup's ("Mobile (backup)",
    "Alternate mobile", "Mobile 2") after any other, and one that does not say it is the
    mobile ("Phone", "Tel") after one that does ("Mobile", "Cell phone", "GSM")."""
    label = label.partition(":")[0].strip().strip("*_").strip()
    numbered = _LABEL_NUMBER.search(label)
    backup = _BACKUP_LABEL.search(label.casefold()) is not None or (
        numbered is not None and int(numbered.group(1)) > 1
    )
    return backup, _MOBILE_LABEL.search(label_key(label)) is None


# A label's own number, last: "Name 2", "Email #2", "Mobile phone number (2)", "E-mail2".
_LABEL_NUMBER = re.compile(r"(?:#\s*|\(\s*|(?<=[^\d\s])\s*)(\d{1,2})\s*\)?\s*$")


# A contact written on one line, without labels: its name, then its address and at most one
# number, with commas, dashes or brackets between ("Emil Berg <e@nic.de>, +49 151 ...",
# "Anna Weber, a@nic.de, +49 ...", "Jonas Klein - j@nic.de - +49 ...").
_ADDRESS_IN_LINE = re.compile(
    r"(?:[<(\[]\s*)?(?:mailto:)?([^\s<>()\[\]@,;\"']+@[^\s<>()\[\]@,;\"']+)(?:\s*[>)\]])?",
    re.IGNORECASE,
)
_NUMBER_IN_LINE = re.compile(r"[+(]*\d[\d\s().\-/]*\d\)?")
_BETWEEN_PARTS = " \t,;:/-–—·•\"'"
_MAX_DIGITS = 15  # E.164's most: more is two numbers run together, or a number and a note


# Words of a list's, an office's or an organisation's name, not a person's: "TLD-OPS
# Secretariat <...>", "ICANN Support", "Mailing List Owner".
_NO_PERSON_WORDS = frozenset((
    "secretariat", "support", "helpdesk", "help", "mailing", "list", "listserv", "owner",
    "owners", "moderator", "moderators", "icann", "ccnso", "iana", "tld-ops", "registry",
    "registrar", "hostmaster", "postmaster", "webmaster", "info", "staff", "service",
    "services", "department", "unit", "group", "committee", "council",
))  # fmt: skip


_LIST_NUMBER = re.compile(r"^[1-9][.)]\s+")


def _person_of(line: str) -> tuple[str, str, str] | None:
    """The name, address and number ("" for none) of a contact written on one line; None
    where the line is anything else or could be read more than one way (two addresses or
    numbers, words besides the name, a name that is no person's): it stays reported."""
    if line.count("@") != 1:
        return None
    if line[:1].isdigit():
        line = _LIST_NUMBER.sub("", line)  # "1. Emil Berg <e@nic.de>, +49 ...": a list's item
    address = _ADDRESS_IN_LINE.search(line)
    if address is None or not is_address(address.group(1)):
        return None
    parts = [line[: address.start()], line[address.end() :]]
    numbers = [(index, found) for index, part in enumerate(parts)
               for found in _NUMBER_IN_LINE.finditer(part)]  # fmt: skip
    if len(numbers) > 1:
        return None
    number = ""
    if numbers:
        index, found = numbers[0]
        number = found.group().strip()
        digits = sum(ch.isdigit() for ch in number)
        if not _has_number(number) or digits > _MAX_DIGITS:
            return None
        part = parts[index]
        if index == 0:  # "Emil Berg, +49 ..., e@nic.de": the name before both
            if part[found.end() :].strip(_BETWEEN_PARTS):
                return None
            parts[0] = part[: found.start()]
        else:
            parts[1] = part[: found.start()] + " " + part[found.end() :]
    if parts[1].strip(_BETWEEN_PARTS):
        return None  # words after the address: "... noc@nic.de for urgent matters"
    name = parts[0].strip(_BETWEEN_PARTS)
    words = name.split()
    if not _could_be_name(words) or any(
        w.casefold().strip(".") in _HEADING_WORDS or w.casefold() in _NO_PERSON_WORDS for w in words
    ):
        return None  # "Questions? write to", "Contact the NOC", "ICANN Secretariat" ...
    return name, address.group(1), number


def _has_number(line: str) -> bool:
    """Whether ``line`` holds a run of digits that may be a phone number."""
    return _PHONEISH.search(line) is not None and (
        _PHONEISH.search(_DATE_OR_TIME.sub(" ", line)) is not None
    )


def _known_field(match: re.Match[str] | None) -> tuple[str, str] | None:
    """The field and its cleaned value of a "label: value" match, when the label is known."""
    if match is None:
        return None
    known = FIELD_LABELS.get(label_key(match.group(1)))
    if not known:
        return None
    value = match.group(2)
    if value.startswith("|"):  # "Name: | Emil |": a label's cell and its value's
        value = value.strip("| ")
    return known, _clean_value(known, value)


# What a heading says of the contact's place or role, not of the person: "(primary)",
# "- backup", "(Security Officer)".
_HEADING_TEXT = """
    primary secondary tertiary first second third backup alternate alternative main deputy
    contact person security technical emergency abuse noc soc cert csirt incident response
    officer manager team engineer lead head director administrator admin operations ops
    centre center desk duty on call hours office and or
"""
_HEADING_WORDS = frozenset(_HEADING_TEXT.split())
_HEADING_PIECES = re.compile(r"\s*(?:[(),:;]|(?<!\S)[-–—](?!\S))\s*")  # a dash set apart
# A word of a name: a capital first, or a letter without case (Arabic, Chinese).
_NAME_WORD = re.compile(r"^[^\W\d_][\w'’.\-]*$")


def _could_be_name(words: list[str]) -> bool:
    return 2 <= len(words) <= 6 and all(
        _NAME_WORD.match(word) and (not word[0].islower() or word in NAME_PARTICLES)
        for word in words
    )


def _heading_name(match: re.Match[str]) -> str:
    """The person a contact's heading names after its number: "Contact Person #1 (primary) -
    Emil Van der Berg", "Contact Person #2 (Łukasz Mensah, secondary)"; "" when it names none.
    Only words that can make a name, and one such piece, count: a heading's note is not one."""
    rest = match.string[match.end("num") if match.group("num") else match.end("word") :]
    names = []
    for piece in _HEADING_PIECES.split(" " + rest):
        words = piece.split()
        if not words or all(w.casefold().strip(".") in _HEADING_WORDS for w in words):
            continue
        if any(w.casefold() in _HEADING_WORDS for w in words) or not _could_be_name(words):
            return ""
        names.append(" ".join(words))
    return names[0] if len(names) == 1 else ""


def _unread_block_header(lines: Sequence[tuple[int, str]], index: int) -> bool:
    """Whether line ``index`` stands between two rules and a contact follows: the place of a
    layout A block's ccTLD header line."""
    before = _neighbour(lines, index, -1)
    after = _neighbour(lines, index, 1)
    if before is None or after is None:
        return False
    if _read_line(lines[before][1]).kind != _SEPARATOR_LINE:
        return False
    if _read_line(lines[after][1]).kind != _SEPARATOR_LINE:
        return False
    following = _neighbour(lines, after, 1)
    return following is not None and _read_line(lines[following][1]).kind in _CONTACT_KINDS


def _undotted_header(line: str) -> HeaderLine | None:
    """A header line whose label lost its dot ("DE - Germany - EU"), read where a block's
    header stands (between rules), with a region: its country named ("SX - Sint Maarten -
    LAC", whose region the table gives as its kingdom's; "BQ - Bonaire, Sint Eustatius and
    Saba - LAC", in no table of delegated ccTLDs), or a known ccTLD in its own region with
    no other country named ("IN CASE OF EMERGENCY (EU)" is no line of .in, "FR - Germany -
    EU" none of .fr)."""
    if not (line[:2].isascii() and line[:2].isalpha() and line[2:3] == " "):
        return None
    header = parse_header_line("." + line)
    if header is None or header.region is None:
        return None
    if names_country(header.ace, header.country):
        return header
    info = cctlds.lookup(header.ace)
    if info is None or info.region != header.region:
        return None
    named = country_named(header.country)
    return header if named is None or named == country_code(header.ace) else None


def _takes_person(contact: _ContactDraft | None, after_text: bool) -> bool:
    """Whether a contact on one line ("Emil Berg <e@nic.de>, +49 ...") fills ``contact``: one
    that only its heading began ("Contact Person #1:", with the name it gave or none)."""
    return (
        contact is not None
        and not after_text
        and contact.values.keys() <= {"name"}
        and (contact.heading_name or not contact.values)
    )


def _another_value(contact: _ContactDraft | None, line: str) -> bool:
    """Whether a field line that repeats one of ``contact``'s fields gives another value of
    its own (where it repeats a field of a contact without a heading, a new one begins): the
    contact has a heading, and the label a qualifier ("Email address (24/7 NOC)") or the
    contact a field still to come ("Name", "Name (Chinese)", then its email and number)."""
    if contact is None or not contact.position:
        return False
    label = _field_match(_BULLET.sub("", line, count=1))
    qualified = label is not None and "(" in label.group(1)
    return qualified or len(contact.values) < len(_FIELDS)


def _by_a_rule(lines: Sequence[tuple[int, str]], index: int) -> bool:
    """Whether line ``index`` stands by a rule as a block's header does: after one, or before
    one that is not the rule above the next block's header."""
    before = _neighbour(lines, index, -1)
    if before is not None and _read_line(lines[before][1]).kind == _SEPARATOR_LINE:
        return True
    after = _neighbour(lines, index, 1)
    if after is None or _read_line(lines[after][1]).kind != _SEPARATOR_LINE:
        return False
    beyond = _neighbour(lines, after, 1)
    return beyond is None or _read_line(lines[beyond][1]).kind != _HEADER_LINE


def _numbered_contact(
    builder: _Builder, member: _MemberDraft, reading: _LineReading, number: int, line: str
) -> _ContactDraft:
    """The contact a numbered field belongs to ("Name 1: ...", "Name 2: ...", "Email 1: ..."),
    as forms write them, in whatever order, once the member's names are numbered. A number
    on other labels alone is a contact's second value ("Phone 2"), read as such."""
    contact = member.numbered.get(reading.index)
    if contact is None:
        contact = _ContactDraft(reading.index, number)
        member.numbered[reading.index] = contact
        member.contacts.append(contact)
    if reading.field not in contact.values:
        contact.values[reading.field] = reading.value
    elif reading.field == "phone":
        contact.values["phone"] += " / " + reading.value
    else:
        builder.unplaced.append(UnplacedLine(number, line, "note-text"))
    return contact


def _a_contacts(reading: _LineReading) -> bool:
    """Whether a line is a contact's own, not an intro's ("Email: secretariat@..."): a
    numbered heading, a name field, or a person on one line."""
    if reading.kind == _CONTACT_LINE:
        return not reading.loose
    return reading.kind == _PERSON_LINE or reading.field == "name"


def _begins_another(
    contact: _ContactDraft | None, lines: Sequence[tuple[int, str]], index: int
) -> bool:
    """Whether the name at line ``index`` is the next contact's although ``contact`` has no
    name yet: fields come with it that ``contact`` already has ("Email: a", "Mobile: ...",
    then "Name: B", "Email: b"). B's name does not go to the contact before it."""
    if contact is None or not contact.values or "name" in contact.values:
        return False
    for _number, text in lines[index + 1 :]:
        reading = _read_line(text) if text else None
        if reading is None or reading.kind != _FIELD_LINE or reading.field == "name":
            return False
        if reading.field in contact.values:
            return True
    return False


def _fields_include_name(lines: Sequence[tuple[int, str]], index: int) -> bool:
    """Whether the run of field lines that line ``index`` begins has a name among them: a
    contact written without its heading ("Email: ...", "Phone: ...", "Name: ..."), where an
    outro's address ("Email: ...", "Phone: ...") has none."""
    for _number, text in lines[index:]:
        if not text:
            return False
        reading = _read_line(text)
        if reading.kind != _FIELD_LINE:
            return False
        if reading.field == "name":
            return True
    return False


def _ends_sentence(sentence: UnplacedLine, lines: Sequence[tuple[int, str]], index: int) -> bool:
    """Whether line ``index``, a few words, is the rest of the sentence on the line right
    above it (wrapped at a line length): it holds no digit nor address, as data does."""
    above = lines[index - 1] if index else (0, "")
    line = lines[index][1]
    return (
        bool(above[1])
        and above[0] == sentence.line
        and "@" not in line
        and not any(ch.isdigit() for ch in line)
    )


def _after_blank(lines: Sequence[tuple[int, str]], index: int) -> bool:
    return index > 0 and not lines[index - 1][1]


def _named_under(lines: Sequence[tuple[int, str]], index: int) -> bool:
    """Whether the fields under the heading at line ``index`` give a name."""
    following = _neighbour(lines, index, 1)
    return following is not None and _fields_include_name(lines, following)


def _field_follows(lines: Sequence[tuple[int, str]], index: int) -> bool:
    following = _neighbour(lines, index, 1)
    return following is not None and _read_line(lines[following][1]).kind == _FIELD_LINE


def _neighbour(lines: Sequence[tuple[int, str]], index: int, step: int) -> int | None:
    """The index of the nearest non-empty line before (-1) or after (1) ``index``."""
    other = index + step
    while 0 <= other < len(lines):
        if lines[other][1]:
            return other
        other += step
    return None


def _members_follow(lines: Sequence[tuple[int, str]], index: int) -> bool:
    """Whether a ccTLD's header line or a table's row comes after line ``index``."""
    for _number, text in lines[index + 1 :]:
        if text and (_looks_like_row(text) or _read_line(text).kind == _HEADER_LINE):
            return True
    return False


# An entry of the list of links lynx writes at the end of a page's dump: "1. mailto:a@nic.ad".
_LINK_ENTRY = re.compile(r"^\d{1,4}\. (?:mailto|https?|tel|file):\S+$", re.IGNORECASE)


def _link_list_follows(lines: Sequence[tuple[int, str]], index: int) -> bool:
    """Whether every line after ``index`` is an entry of a text browser's list of links, up
    to the list's footer (Mailman adds it after the text it converted)."""
    rest = []
    for _number, text in lines[index + 1 :]:
        if _FOOTER_RULE.match(text):
            break
        if text:
            rest.append(text)
    return bool(rest) and all(
        _LINK_ENTRY.match(text) or text.rstrip(":") in ("Visible links", "Hidden links")
        for text in rest
    )


def _footer_follows(lines: Sequence[tuple[int, str]], index: int) -> bool:
    following = [s for _, s in lines[index + 1 : index + 6] if s]
    return any("mailing list" in s.casefold() or "listinfo" in s.casefold() for s in following)


# Marks nobody types into an address or number, but that mail clients insert around text of
# the other writing direction (LRM, RLM, isolates) or that converters leave (zero-width
# space, joiners, BOM, soft hyphen): kept, they break a copied address, a mailto: link and a
# tel: link.
_INVISIBLE_IN_VALUES = str.maketrans(
    dict.fromkeys(
        [
            0x00AD,
            *range(0x200B, 0x2010),
            0x2060,
            0xFEFF,
            *range(0x202A, 0x202F),
            *range(0x2066, 0x206A),
        ]
    )
)
# Spaces of other widths, that do not break: a word processor's or a converter's ("José&nbsp;
# García", "+34&#8239;612 345 678"). A value has plain ones (a card, a copy, a search).
_OTHER_SPACES = str.maketrans(
    dict.fromkeys([0x00A0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000], " ")
)
# Around a name, only the direction marks go (a joiner inside one may be part of its spelling).
_DIRECTION_MARKS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
_EDGES_OF_NAMES = _DIRECTION_MARKS + "\u200b\u2060\u00ad"


# Where a link was, Outlook's plain text writes its target after the text:
# "noc@nic.ad<mailto:noc@nic.ad>", "+376 312 558 <tel:+376312558>", or a gateway's rewritten
# URL ("<https://eur02.safelinks.protection.outlook.com/?url=mailto%3A...>"); other
# converters in square brackets ("noc@nic.ad [mailto:noc@nic.ad]"). The text is the value.
_LINK_TARGET_AFTER = re.compile(
    r"(?<=\S)\s*(?:<(?:mailto|tel|https?):[^<>\s]*>|\[(?:mailto|tel|https?):[^\[\]\s]*\])$",
    re.IGNORECASE,
)
# Where a link was, HTML-to-text converters (html2text, pandoc) write it in Markdown:
# "[noc@nic.ad](mailto:noc@nic.ad)". The text is the value, or the address when it is a label
# ("[Email the NOC](mailto:noc@nic.ad)").
_MARKDOWN_LINK = re.compile(
    r"^\[([^\[\]]*)\]\(\s*<?((?:mailto|tel|https?):[^()<>\s]*)>?\s*\)$", re.IGNORECASE
)


def _unwrap_markdown_link(kind: str, value: str) -> str:
    link = _MARKDOWN_LINK.match(value.strip())
    if link is None:
        return value
    text, target = link.group(1).strip(), link.group(2)
    if kind == "email" and "@" not in text and target[:7].casefold() == "mailto:":
        return unquote(target[7:].partition("?")[0])  # "%40" is "@"
    return text or target


# Where a link was, lynx's dump writes the number of its entry in the list of links after
# the text: "[3]csirt1@nic.ae". The number is no part of the value.
_LINK_NUMBER = re.compile(r"^\[\d{1,4}\](?=\S)")


# A sign that Markdown escapes with a backslash, as pandoc writes one: "O\'Neill", "xn\--p1ai".
_MARKDOWN_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def _clean_value(kind: str, value: str) -> str:
    if "\\" in value:
        value = _MARKDOWN_ESCAPE.sub(r"\1", value)
    if value.startswith("["):
        value = _LINK_NUMBER.sub("", _unwrap_markdown_link(kind, value))
    if not value.isascii():
        value = value.translate(_OTHER_SPACES)
    if kind == "name":
        return value.strip().strip(_EDGES_OF_NAMES).strip()
    value = value.translate(_INVISIBLE_IN_VALUES).strip()
    if kind == "email" and value.endswith(">") and (named := _NAMED_ADDRESS.match(value)):
        return named.group(1)  # "Emil Berg <e@nic.ad>": the address is in the brackets
    if kind == "email" and value.endswith(">") and (twice := _ADDRESS_TWICE.match(value)):
        return twice.group(1)  # "e@nic.ad <e@nic.ad>": a link's text, then its target
    if (value.endswith(">") and not value.startswith("<")) or (
        value.endswith("]") and not value.startswith("[")
    ):
        value = _LINK_TARGET_AFTER.sub("", value)
    if kind == "email":
        if value[:1] in ("*", "_") and value[-1:] == value[:1]:
            value = value[1:-1]  # "*noc@nic.ad*": bold, as a mail program writes it in text
        if value.startswith("<") and value.endswith(">"):
            value = value[1:-1].strip()
        if value[:7].casefold() == "mailto:":  # "mailto:a@b", "<mailto:a@b>", "MAILTO:a@b"
            value = value[7:].strip()
        if value.startswith("<") and value.endswith(">"):
            value = value[1:-1].strip()
        if not value.isascii() and _FULL_WIDTH.search(value):
            value = unicodedata.normalize("NFKC", value)  # "wang＠cnnic．cn", as a CJK IME types
        if not value.isascii() and ("。" in value or "｡" in value):
            dotted = _IDEOGRAPHIC_DOT.sub(".", value)  # "noc@nic。ad" (UTS 46 reads it so)
            value = dotted if field_addresses(dotted) else value
        if _ENCLOSING.get(value[:1]) == value[-1:] and is_address(inner := value[1:-1].strip()):
            value = inner  # "(noc@nic.ad)", "«noc@nic.ad»": the address inside
        if " at " in value and (archived := _ARCHIVED_ADDRESS.fullmatch(value)) is not None:
            value = f"{archived.group(1)}@{archived.group(2)}"
    return value


_FULL_WIDTH = re.compile("[\uff01-\uff5e]")  # full-width forms of ASCII's signs, letters
# Between a domain's labels, not at its end: "noc@nic.ad。" ends a sentence (and is noted).
_IDEOGRAPHIC_DOT = re.compile(r"[。｡](?=\w)")
# The quotes and brackets text puts around an address it names.
_ENCLOSING = {"(": ")", "[": "]", '"': '"', "'": "'", "«": "»", "»": "«", "“": "”", "„": "“",
              "‘": "’", "‹": "›"}  # fmt: skip

# An address as Mailman's archive writes it, against harvesters: "abuse1 at nic.ad". The
# list's own archive of the editions (its monthly mbox) holds every address so.
_ARCHIVED_ADDRESS = re.compile(r"([^@\s<>()\[\],;:\"]+) at ((?:[\w-]+\.)+[\w-]+)")


def _name_and_address(name: str) -> tuple[str, str | None]:
    """A name field that holds the contact's address too, as a mail header writes one ("Emil
    Berg <e@nic.ad>", where no email field is): the name and the address apart."""
    named = _NAMED_ADDRESS.match(name)
    if named is None or not is_address(named.group(1)):
        return name, None
    return name[: name.rindex("<")].strip().strip('"').strip(), named.group(1)


# An address with its display name, as mail headers write one: "Emil Berg <e@nic.ad>".
# A link's text and its target, as HTML-to-text converters write a link to an address.
_ADDRESS_TWICE = re.compile(r"^([^<>\s@]+@[^<>\s@]+)\s*<\s*(?:mailto:)?\1\s*>$", re.I)
_NAMED_ADDRESS = re.compile(r"^[^<>@]*<\s*(?:mailto:)?([^<>\s@]+@[^<>\s@]+)\s*>$", re.I)


def _position(match: re.Match[str]) -> int:
    if match.group("num"):
        return int(match.group("num"))
    return _POSITION_WORDS[match.group("word").casefold()]


def _cells(line: str) -> tuple[str, ...]:
    inner = line.strip()
    if inner.startswith("|"):
        inner = inner[1:]
    if inner.endswith("|"):
        inner = inner[:-1]
    cells = tuple(c.strip() for c in inner.split("|"))
    if not line.isascii() and any(mark in line for mark in _EDGE_MARKS):
        cells = tuple(c.strip(_EDGE_MARKS).strip() for c in cells)  # "EU&#8203;" as text
    if CELL_PIPE in line:
        return tuple(c.replace(CELL_PIPE, "|") for c in cells)
    return cells


def _table_header(cells: Sequence[str]) -> tuple[str, ...] | None:
    kinds = [TABLE_COLUMNS.get(label_key(c) if c != "#" else "#") for c in cells]
    if "tld" in kinds and sum(k is not None for k in kinds) >= 4:
        return _mobile_column(cells, _without_row_numbers(tuple(k or "" for k in kinds)))
    return None


def _without_row_numbers(kinds: tuple[str, ...]) -> tuple[str, ...]:
    """``kinds`` without the position of a column that numbers the table's rows: one before
    the ccTLD's ("No. | ccTLD | ... | # | ..."), or all but the last of several. Its numbers
    run on across members (.de's contacts were its 3rd and 4th)."""
    positions = [index for index, kind in enumerate(kinds) if kind == "position"]
    if not positions:
        return kinds
    first_tld = kinds.index("tld")
    kept = [index for index in positions if index > first_tld][-1:]
    return tuple("" if kind == "position" and index not in kept else kind
                 for index, kind in enumerate(kinds))  # fmt: skip


def _mobile_column(cells: Sequence[str], kinds: tuple[str, ...]) -> tuple[str, ...]:
    """``kinds``, with "mobile" for a phone column that ranks before the first one ("Phone |
    Mobile", "Mobile (backup) | Mobile"): its number is read first (see _number_rank)."""
    phones = [index for index, kind in enumerate(kinds) if kind == "phone"]
    if len(phones) < 2:
        return kinds
    mobile = min(phones, key=lambda index: _number_rank(cells[index]))  # (the first of equals)
    if mobile == phones[0]:
        return kinds
    return (*kinds[:mobile], "mobile", *kinds[mobile + 1 :])


def _is_table_header(cells: list[str]) -> bool:
    return _table_header(cells) is not None


def _member_table_header(cells: Sequence[str]) -> tuple[str, ...] | None:
    """The columns of a header row without a ccTLD column, of a table of one member's
    contacts ("# | Name | Email | Phone"), as editions with a table per member write it."""
    kinds = [TABLE_COLUMNS.get(label_key(c) if c != "#" else "#") for c in cells]
    if "tld" in kinds or "name" not in kinds or not {"email", "phone"} & set(kinds):
        return None
    if sum(k is not None for k in kinds) < 3:
        return None
    return _mobile_column(cells, tuple(k or "" for k in kinds))


def _add_member_row(
    builder: _Builder,
    member: _MemberDraft,
    cells: tuple[str, ...],
    columns: tuple[str, ...],
    number: int,
    line: str,
) -> None:
    reading = _read_row(_row_cells(cells, line, len(columns)), columns)
    if reading is None:
        builder.unplaced.append(UnplacedLine(number, line, "bad-row"))
        return
    _header, _tld_cell, position, values = reading
    if _no_contacts(values):
        builder.unplaced.append(UnplacedLine(number, line, "note-text"))
        return
    contact = _ContactDraft(position, number)
    contact.values.update(values)
    member.contacts.append(contact)


def _columns_not_read(cells: Sequence[str], columns: Sequence[str]) -> list[str]:
    """The header's columns whose cells are not read: of no kind known ("Organisation",
    "Notes"), or a second one of a kind ("Email (alternative)"; a second phone is joined to
    the first). Named in the report, since what they hold is not kept."""
    if len(cells) != len(columns):
        return []
    seen: set[str] = set()
    not_read = []
    for name, kind in zip(cells, columns, strict=True):
        if (not kind or (kind in seen and kind not in ("phone", "mobile"))) and name.strip():
            not_read.append(name.strip())
        seen.add(kind)
    return not_read


def _looks_like_row(line: str) -> bool:
    return line.lstrip("| ").startswith(_DOTS) and line.count("|") >= 4


def _columns_of_rows(
    header: tuple[str, ...], lines: Sequence[tuple[int, str]], index: int
) -> tuple[str, ...]:
    """The columns of the table whose header row is line ``index``: those it names; or the
    usual ones when none of its rows has as many cells as it names, they all have as many as
    the usual, and the columns it names stand in the usual order (a header read wrong, wrapped
    in a way not undone, should not lose the rows; a reordered one must not mix them up)."""
    named = [kind for kind in header if kind]
    if named != [kind for kind in DEFAULT_COLUMNS if kind in named]:
        return header
    rows = 0
    for _number, text in lines[index + 1 :]:
        if not text:
            continue
        reading = _read_line(text)
        if reading.columns is not None or reading.kind == _RULE_LINE:
            break
        if reading.cells is None or not reading.row_like:
            if rows:
                break  # the table ended
            continue
        rows += 1
        if len(_row_cells(reading.cells, text, len(header))) == len(header):
            return header
        if len(_row_cells(reading.cells, text, len(DEFAULT_COLUMNS))) != len(DEFAULT_COLUMNS):
            return header
    return DEFAULT_COLUMNS if rows else header


def _row_cells(cells: tuple[str, ...], line: str, columns: int) -> tuple[str, ...]:
    """A row's cells for a table of so many columns."""
    if len(cells) == columns - 1 and line.rstrip().endswith("|"):
        return (*cells, "")  # "... | csirt@nic.ae |": its last cell is empty, not a border
    if len(cells) > columns and not any(cells[columns:]):
        return cells[:columns]  # "... | +376 312 558 | |": empty cells beyond the header's
    return cells


def _add_row(
    builder: _Builder, cells: tuple[str, ...], columns: tuple[str, ...], number: int, line: str
) -> None:
    cells = _row_cells(cells, line, len(columns))
    ditto = builder.last_row is not None and columns[:1] == ("tld",)
    if ditto and len(cells) == len(columns) - 1 and line.lstrip().startswith("|"):
        cells = ("", *cells)  # its empty ccTLD cell was taken for the table's left border
    reading = _read_row(cells, columns)
    if reading is None:
        builder.unplaced.append(UnplacedLine(number, line, "bad-row"))
        return
    header, tld_cell, position, values = reading
    if header is not None:
        member = builder.member(header, number, tld_cell, row=True)
    elif ditto and not tld_cell and builder.last_row is not None:
        member = builder.last_row  # ccTLD, country and region left empty: as the row above
    else:
        builder.unplaced.append(UnplacedLine(number, line, "bad-cctld"))
        return
    builder.last_row = member
    if _no_contacts(values):
        builder.unplaced.append(UnplacedLine(number, line, "note-text"))
        return
    contact = _ContactDraft(position, number)
    contact.values.update(values)
    member.contacts.append(contact)


# A row's words for a member without contacts: "No contacts registered", "(none)", "n/a".
_NO_CONTACTS = re.compile(r"^\(?(?:no\s+contacts?\b.*|none|n/?a|-+|—)\)?\.?$", re.IGNORECASE)


def _no_contacts(values: tuple[tuple[str, str], ...]) -> bool:
    """Whether a row says its member has no contact ("| No contacts registered | | |"): the
    member is kept without one, and the row said, rather than made a contact of that text."""
    name = ""
    for kind, value in values:
        if kind == "name":
            name = value
        elif value:
            return False  # an address or a number: a contact
    return _NO_CONTACTS.match(name) is not None


# A position cell written otherwise than as a number: "#2", "2.", "2nd", "(2)", "Secondary",
# "Primary contact".
_POSITION_CELL = re.compile(
    r"^[#(]?\s*(\d{1,2})\s*(?:\.|\)|st|nd|rd|th)?(?:\s+\(?[^\d\s]\D*)?$", re.IGNORECASE
)  # (also with a word after it: "1 (primary)", "2 - backup")


def _cell_position(text: str) -> int:
    """The position a table's position cell gives; 0 (by order) when it gives none."""
    if not text:
        return 0
    numbered = _POSITION_CELL.match(text)
    if numbered is not None:
        return int(numbered.group(1))
    return _POSITION_WORDS.get(text.split(maxsplit=1)[0].casefold(), 0)


_WITH_CODE = re.compile(r"^(.*?)\s*\(\s*([A-Za-z]{2,3})\s*\)$")


def _region_with_code(text: str) -> Region | None:
    """A region cell that gives a name and its code: "Latin America & Caribbean (LAC)",
    "Europe (EU)"; None unless both name the same region (or the name is no region's)."""
    found = _WITH_CODE.match(text)
    if found is None:
        return None
    named, code = parse_region(found.group(1)), parse_region(found.group(2))
    return code if named in (None, code) else None


@lru_cache(maxsize=65536)  # rows recur, unchanged, in every monthly edition
def _read_row(
    cells: tuple[str, ...], columns: tuple[str, ...]
) -> tuple[HeaderLine | None, str, int, tuple[tuple[str, str], ...]] | None:
    """A table row on its own: its member's header, ccTLD cell, contact position and fields;
    None when the cells do not fit the columns."""
    if len(cells) != len(columns):
        return None
    row: dict[str, str] = {}
    for kind, value in zip(columns, cells, strict=True):
        if kind == "mobile":  # after a desk line's column: its number first, the one dialled
            if value:
                row["phone"] = f"{value} / {row['phone']}" if row.get("phone") else value
            continue
        if not kind or (not value and kind in row):
            continue
        if kind == "phone" and row.get(kind):  # "Mobile | Phone": both numbers are kept
            row[kind] += " / " + value
        elif not row.get(kind):  # "Email | Email (alt)": the first one
            row[kind] = value
    position_text = row.get("position", "")
    position = int(position_text) if position_text.isdigit() else _cell_position(position_text)
    values = tuple(
        (kind, _clean_value(kind, row[kind])) for kind in ("name", "email", "phone") if kind in row
    )
    tld_cell = row.get("tld", "")
    if "\\" in tld_cell:
        tld_cell = _MARKDOWN_ESCAPE.sub(r"\1", tld_cell)  # ".рф (xn\--p1ai)"
    if "\\" in row.get("country", ""):
        row["country"] = _MARKDOWN_ESCAPE.sub(r"\1", row["country"])  # "Côte d\'Ivoire"
    if tld_cell.startswith("["):
        tld_cell = _LINK_NUMBER.sub("", tld_cell)  # "[5].ad": lynx's number of a link
    header = parse_header_line(tld_cell if tld_cell.startswith(_DOTS) else "." + tld_cell)
    if header is None:
        return None, tld_cell, position, values
    country = row.get("country") or header.country
    if row.get("region"):
        region = (
            parse_region(row["region"])
            or _region_with_code(row["region"])
            or parse_region(row["region"].replace(" ", ""))  # "L AC": cut in a narrow column
        )
    elif "region" not in columns and country.endswith(")") and header.region is None:
        # No region column: "Andorra (EU)", the country cell as a header line writes it.
        with_region = parse_header_line(f".{header.ace} {country}")
        region = with_region.region if with_region is not None else None
        if region is not None and with_region is not None:
            country = with_region.country
    else:
        region = header.region
    header = HeaderLine(header.ace, header.unicode, country, region, header.label_mismatch)
    return header, tld_cell, position, values
