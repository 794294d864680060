"""Tests of the phone export, and the helpers they share.

``rfc_lines`` and ``text_value`` read vCard bytes by the RFCs alone, so the byte-level rules are
checked independently of vobject (which the round-trip tests use).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from tldops_desktop.core.model import Contact, Edition, Member, Region, Tld

STAMP = "20261101-0600"
NEXT_STAMP = "20261201-0600"

# Names in many scripts, written as people write them.
SCRIPT_NAMES = [
    "Zoë Ó Briain",
    "François-Xavier Lefèvre",
    "Łukasz Wiśniewski",
    "Nguyễn Thị Minh Khai",
    "Zoe\u0308 Combining",
    "Emil Van der Berg",
    "Светлана Јовановић",
    "Γιώργος Παπαδόπουλος",
    "محمد بن سلمان",
    "דוד כהן",
    "山田太郎",
    "王小明",
    "김민준",
    "राजेश कुमार",
    "முருகன் செல்வம்",
    "สมชาย ใจดี",
    "Anna 🇳🇱 Jansen",
    "👩🏽\u200d💻 Dev Ops",
]

# Names that try to break a card: separators, escapes, line breaks, property injection.
HOSTILE_NAMES = [
    "O'Neill; Séamus, Jr.",
    "Back\\slash \\n not a newline",
    "Trailing backslash \\",
    "Colon: Name",
    "Semi;colon,comma;;,,",
    "Line\nBreak",
    "Evil\r\nTEL:+1900",
    "Evil\nEND:VCARD\nBEGIN:VCARD\nFN:Mallory",
    "Carriage\rreturn",
    "Tab\there",
    "Line\u2028separator and NEL\x85here",
    "Control\x00\x07\x1b[31mcharacters",
    'Quote"d <b>&amp;</b>',
    "../../etc/passwd",
    "C:\\Windows\\system32",
    "CON",
    ".hidden",
    "   spaces   around   ",
    "Д" * 60,
    "Жанна " + "Кириллица" * 6 + " Очень-Длинная-Фамилия",
    "中" * 60,
    "🙂" * 40,
    "x" * 200,
    "a" + "\u0301" * 30,
]

ALL_NAMES = SCRIPT_NAMES + HOSTILE_NAMES

_REGIONS = [Region.EU, Region.AP, Region.AF, Region.LAC, Region.NA, None]
_TLDS = [
    Tld("nl", "nl"),
    Tld("xn--p1ai", "рф"),
    Tld("xn--fiqs8s", "中国"),
    Tld("xn--mgbaam7a8h", "امارات"),
    Tld("xn--h2brj9c", "भारत"),
    Tld("kr", "kr"),
]
_COUNTRIES = [
    "Netherlands",
    "Russian Federation",
    "China",
    "United Arab Emirates",
    "India",
    "Korea, Republic of; South",
]


def contact_for(position: int, name: str, index: int) -> Contact:
    number = f"+3161234{index:04d}"
    return Contact(position, name, f"person{index}@nic.example", number, number)


def members_for(names: list[str], *, per_member: int = 3) -> tuple[Member, ...]:
    members = []
    for start in range(0, len(names), per_member):
        group = names[start : start + per_member]
        k = start // per_member
        tld = _TLDS[k % len(_TLDS)]
        if k >= len(_TLDS):
            tld = Tld(f"t{k}", f"t{k}")
        contacts = tuple(
            contact_for(position, name, start + position)
            for position, name in enumerate(group, start=1)
        )
        members.append(
            Member(tld, _COUNTRIES[k % len(_COUNTRIES)], _REGIONS[k % len(_REGIONS)], contacts)
        )
    return tuple(members)


def edition_of(members: tuple[Member, ...], stamp: str = STAMP) -> Edition:
    sent = datetime(int(stamp[:4]), int(stamp[4:6]), int(stamp[6:8]), 6, 0, tzinfo=UTC)
    return Edition(stamp, sent, members, message_id=f"<{stamp}@tld-ops.example>")


def script_edition() -> Edition:
    return edition_of(members_for(SCRIPT_NAMES))


def hostile_edition() -> Edition:
    members = list(members_for(HOSTILE_NAMES))
    # Hostile emails, phones and countries too.
    evil = (
        Contact(1, "Mal Evil", "evil@x.example\r\nTEL:+1900", "+1 900;555,0100\nNOTE:x", None),
        Contact(2, "", "a;b,c\\d@x.example", "", None),
        Contact(3, "", "", "", None),
    )
    members.append(Member(Tld("zz", "zz"), "Evil,;\\\nLand", None, evil))
    return edition_of(tuple(members))


# -- reading vCards by the RFCs alone ---------------------------------------------------------


@dataclass(frozen=True)
class Line:
    name: str
    params: dict[str, list[str]]
    value: str  # still escaped


_NAME = re.compile(r"[A-Za-z0-9-]+")
_PARAM = re.compile(r';([A-Za-z0-9-]+)=((?:"[^"]*"|[^";:,]*)(?:,(?:"[^"]*"|[^";:,]*))*)')


def check_bytes(data: bytes) -> list[list[Line]]:
    """Check the RFC byte rules and return the cards as lists of logical lines."""
    assert not data.startswith(b"\xef\xbb\xbf"), "byte-order mark"
    assert data.endswith(b"\r\n"), "the last line has no CRLF"
    assert b"\r" not in data.replace(b"\r\n", b""), "a CR without LF"
    assert b"\n" not in data.replace(b"\r\n", b""), "an LF without CR"
    physical = data.split(b"\r\n")[:-1]
    logical: list[bytes] = []
    for raw in physical:
        assert len(raw) <= 75, f"{len(raw)} octets: {raw!r}"
        raw.decode("utf-8")  # each physical line on its own: no UTF-8 sequence split
        if raw.startswith(b" "):
            assert logical, "a card starts with a continuation line"
            assert not raw.startswith(b"  "), f"continuation with more space: {raw!r}"
            assert len(raw) > 1, "an empty continuation line"
            logical[-1] += raw[1:]
        else:
            assert not raw.startswith(b"\t"), "continuation by tab"
            logical.append(raw)
    result: list[list[Line]] = []
    for raw in logical:
        line = parse_line(raw.decode("utf-8"))
        if line.name == "BEGIN":
            assert line.value == "VCARD"
            result.append([])
        assert result, "a line outside BEGIN:VCARD"
        result[-1].append(line)
    for card in result:
        assert card[-1].name == "END" and card[-1].value == "VCARD"
        assert card[1].name == "VERSION", "VERSION must follow BEGIN"
        assert sum(1 for line in card if line.name in {"BEGIN", "END"}) == 2
    return result


def parse_line(text: str) -> Line:
    match = _NAME.match(text)
    assert match, f"no property name: {text!r}"
    name, rest = match.group(0).upper(), text[match.end() :]
    params: dict[str, list[str]] = {}
    while rest.startswith(";"):
        param = _PARAM.match(rest)
        assert param, f"bad parameter in {text!r}"
        values = param.group(2).split(",")
        assert all("\\" not in v for v in values), f"backslash in a parameter: {text!r}"
        params.setdefault(param.group(1).upper(), []).extend(values)
        rest = rest[param.end() :]
    assert rest.startswith(":"), f"no value: {text!r}"
    return Line(name, params, rest[1:])


def text_value(escaped: str, separators: str = "") -> list[str]:
    """Unescape a text value (RFC 6350 3.4), split at the unescaped ``separators``.

    Fails on a separator that is not allowed here and on an unknown escape.
    """
    parts, current, i = [], [], 0
    while i < len(escaped):
        ch = escaped[i]
        if ch == "\\":
            assert i + 1 < len(escaped), f"a lone backslash at the end: {escaped!r}"
            nxt = escaped[i + 1]
            assert nxt in "\\;,nN", f"unknown escape \\{nxt} in {escaped!r}"
            current.append("\n" if nxt in "nN" else nxt)
            i += 2
            continue
        if ch in ",;":
            assert ch in separators, f"unescaped {ch!r} in {escaped!r}"
            parts.append("".join(current))
            current = []
        else:
            assert ch not in "\r\n"
            current.append(ch)
        i += 1
    parts.append("".join(current))
    return parts


def one(card: list[Line], name: str) -> Line:
    found = [line for line in card if line.name == name]
    assert len(found) == 1, f"{len(found)} {name} lines"
    return found[0]
