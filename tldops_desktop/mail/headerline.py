"""The ccTLD header line: ``.<label> <country> (<region>)`` and its real-world irregularities."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tldops_desktop.core import cctlds
from tldops_desktop.core.country_terms import names_country
from tldops_desktop.core.model import Region, parse_region
from tldops_desktop.core.tld import TldLabelError, to_ace, to_unicode

_TRAILING_REGION = re.compile(r"\(\s*([A-Za-z /&\-]{2,40}?)\s*\)\s*$")
# "... (AP": the closing parenthesis lost (taken only when it names a region).
_UNCLOSED_REGION = re.compile(r"\(\s*([A-Za-z /&\-]{2,40}?)\s*$")
# ".de - Germany - EU", ".de — Germany — Europe", ".de Germany [EU]". (Not "|": a table's row
# is no header line, and each of its cells would be tried.)
_REGION_AFTER_DASH = re.compile(r"(?:\s[-–—/]|\[)\s*([A-Za-z /&\-]{2,40}?)\s*\]?\s*$")
# ".de Germany, EU", ".de, Germany, EU": only a region's code, as written in capitals, after a
# comma (a country's name has commas: "Korea, Republic of").
_CODE_AFTER_COMMA = re.compile(r",\s*(AF|AP|EU|LAC|NA)\s*$")
# ".de Germany; Europe", "Andorra .ad; EU": a region, by code or name, after a semicolon (no
# country's name has one).
_REGION_AFTER_SEMICOLON = re.compile(r";\s*([A-Za-z /&\-]{2,40}?)\s*$")
# ".de Germany EU": a region's code, as written in capitals, after a space.
_CODE_AFTER_SPACE = re.compile(r"\s(AF|AP|EU|LAC|NA)$")
# ".de Germany (EU) (new)", ".de Germany (EU) *new*": a short remark after the region's
# parenthesis (no address or number: ".fr France (EU) elodie@afnic.fr" is no header line).
_REGION_THEN_REMARK = re.compile(
    r"\(\s*([A-Za-z /&\-]{2,40}?)\s*\)\s*([^@+()]{1,30}|\([^@+()]{1,30}\))$"
)
# ".de Germany (Region: EU)", "(ICANN region: Europe)"
_REGION_LABEL = re.compile(r"(?<=\()\s*(?:icann\s+)?region\s*:\s*", re.IGNORECASE)
_ROW_BARS = 4  # a table's row has at least so many "|" (see parse.py)
# "(EU).": punctuation after the region's parenthesis.
_PUNCTUATION_AFTER = re.compile(r"\)\s*[.,;:!]+$")
# The dot may be an ideographic or full-width one ("。中国", "．中国"): UTS 46 maps them to ".".
_DOT = "[.。．｡]"
_LEADING_LABEL = re.compile(rf"^{_DOT}(?=\S)([^\s(),;]+)\s*(.*)$")
_ALABEL_PART = re.compile(
    r"^\(?\s*\.?(xn--[A-Za-z0-9-]+)\s*(?:[;,:]\s*|\)\s*|\s+|$)(.*)$", re.IGNORECASE
)
# Marks that do not show (right-to-left and left-to-right marks, byte order marks) and
# full-width parentheses and separators, as right-to-left and CJK text carry them.
_INVISIBLE = str.maketrans(
    {
        **dict.fromkeys([0x200E, 0x200F, 0xFEFF, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]),
        **dict.fromkeys([0x200B, 0x2060, 0x00AD]),  # zero-width space, word joiner, soft hyphen
        0xFF08: "(",
        0xFF09: ")",
        0xFF1B: ";",
        0xFF0C: ",",
        0x3001: ",",  # the ideographic comma
        0xFF1A: ":",
    }
)
# The Unicode label after a leading A-label: ".xn--fiqs8s (.中国; China) (AP)".
_ULABEL_PART = re.compile(rf"^\(?\s*{_DOT}?([^\s(),;:]+)\s*(?:[;,:]\s*|\)\s*|$)(.*)$")


def _other_label(text: str) -> str | None:
    """The A-label of ``text`` when it is a ccTLD label in another script, else None."""
    if text.isascii():
        return None  # a country's first word ("Belarus"), not a label
    try:
        return to_ace(text)
    except TldLabelError:
        return None


@dataclass(frozen=True, slots=True)
class HeaderLine:
    ace: str
    unicode: str
    country: str
    region: Region | None
    # The Unicode label of the line named another ccTLD than its A-label (the A-label wins).
    label_mismatch: str | None = None


def _split_region(rest: str) -> tuple[Region | None, str]:
    """The region at the end of what follows a header line's label, and the text before it."""
    if not rest:
        return None, rest  # ".ad", a table's ccTLD cell
    rest = _PUNCTUATION_AFTER.sub(")", rest)
    if "egion" in rest:
        rest = _REGION_LABEL.sub("", rest)
    patterns = (
        _TRAILING_REGION, _UNCLOSED_REGION, _REGION_AFTER_DASH, _CODE_AFTER_COMMA,
        _REGION_AFTER_SEMICOLON, _CODE_AFTER_SPACE, _REGION_THEN_REMARK,
    )  # fmt: skip
    for pattern in patterns:
        match = pattern.search(rest)
        while match is not None:
            if (region := parse_region(match.group(1))) is not None:
                return region, rest[: match.start()].rstrip()
            # "(xn--p1ai) - Russian Federation - EU": the region is after the last dash
            match = pattern.search(rest, match.start() + 1)
    return None, rest


# "[.de] Germany [EU]"
_BRACKETED_LABEL = re.compile(rf"^\[\s*({_DOT}[^\]\s]+)\s*\]\s*(.*)$")
# "ccTLD: .de / Country: Germany / Region: EU"
_LABELLED = re.compile(
    r"^(?:cc\s*)?tld\s*:\s*(\S+?)\s*[/|;,]?\s+country\s*:\s*(.*?)"
    r"(?:\s*[/|;,]?\s+region\s*:\s*(.*?))?\s*$",
    re.IGNORECASE,
)
# "рф (xn--p1ai) Russian Federation (EU)": a label without its dot, its A-label beside it.
_UNDOTTED_IDN = re.compile(r"^([^\x00-\x7f\s(),;]+)\s*\(\s*\.?(xn--[A-Za-z0-9-]+)")


_OTHER_FORMS_FIRST = frozenset("[cCtTmM")  # or a letter beyond ASCII: an IDN label's
# "Member: .de Germany (EU)", "Members: .de", "ccTLD: .de": a field's name before the line.
_FIELD_NAME_FIRST = re.compile(
    rf"^(?:members?|cc\s*tld|tld)\s*:\s*(?={_DOT}\S)(.*)$", re.IGNORECASE
)


def _in_other_form(text: str) -> str | None:
    """A header line written another way, as ``.<label> <country> (<region>)``; None when
    ``text`` is no such line."""
    first = text[:1]
    if first == "[":
        bracketed = _BRACKETED_LABEL.match(text)
        return f"{bracketed.group(1)} {bracketed.group(2)}" if bracketed else None
    if first in ("c", "C", "t", "T") and (labelled := _LABELLED.match(text)) is not None:
        label, country, region = labelled.groups()
        label = label if label.startswith((".", "。", "．", "｡")) else "." + label
        return f"{label} {country} ({region})" if region else f"{label} {country}"
    if (named := _FIELD_NAME_FIRST.match(text)) is not None:
        return named.group(1) if _names_a_member(named.group(1)) else None
    undotted = _UNDOTTED_IDN.match(text) if not first.isascii() else None
    if undotted is not None and _other_label(undotted.group(1)) == undotted.group(2).lower():
        return "." + text
    return None


def _names_a_member(text: str) -> bool:
    """Whether ``text``, after a field's name, is a header line: the label alone, or with a
    region or its own country ("Member: .de is away" is no header line)."""
    line = parse_header_line(text)
    return line is not None and (
        not line.country or line.region is not None or names_country(line.ace, line.country)
    )


# "Germany (.de) - Europe", "Andorra (.ad) (EU)": the country first, its ccTLD after it.
_COUNTRY_FIRST = re.compile(r"^([^\W\d_][^()]*?)\s*\(\s*[.](\S+?)\s*\)\s*(.*)$")


def _country_first(text: str) -> str | None:
    """A header line written country first, as ``.<label> <country> ...``; None when
    ``text`` is no such line (the country must be the ccTLD's: "Call us (.de desk)" is not)."""
    found = _COUNTRY_FIRST.match(text)
    if found is None:
        return None
    country, label, rest = found.groups()
    try:
        ace = to_ace(label)
    except TldLabelError:
        return None
    return f".{label} {country} {rest}".rstrip() if names_country(ace, country) else None


# Letters of other scripts that look like Latin ones, as a keyboard layout or a spoof puts
# them into a ccTLD's label (".аd" with a Cyrillic "а").
_LATIN_LOOKALIKES = str.maketrans(
    "аеорсухіјѕԁһкмтвнΑαΒΕΖΗΙΚΜΝΟΡΤΥΧοκντιρυχ",
    "aeopcyxijsdhkmtbhaabezhikmnoptyxokvtipux",
)


def _latin_lookalike(ace: str) -> str | None:
    """The delegated ASCII ccTLD an IDN label that is no ccTLD looks like, if any."""
    if cctlds.lookup(ace) is not None:
        return None
    try:
        latin = to_unicode(ace).casefold().translate(_LATIN_LOOKALIKES)
    except TldLabelError:
        return None
    return latin if latin.isascii() and cctlds.lookup(latin) is not None else None


# "(.de) Germany (EU)": the label in parentheses; "\".ad\" Andorra (EU)": in quotes.
_LABEL_ENCLOSED = re.compile(
    rf"^(?:\(\s*({_DOT}[^\s()]+)\s*\)|[\"'“”„‘’«»`]\s*({_DOT}[^\s\"'“”„‘’«»`]+)\s*[\"'“”„‘’«»`])"
    r"\s*(.*)$"
)
_ENCLOSING_FIRST = frozenset("(\"'“”„‘’«»`")
# "Germany .de (EU)": the country, then its ccTLD's label.
_LABEL_AFTER_COUNTRY = re.compile(
    rf"^([^\W\d_][^()|@:]*?)\s+{_DOT}([^\s(),;:.]+)(?:([\s,;]+)(.*))?$"
)


def _label_moved_first(text: str) -> str | None:
    """A header line with its label enclosed or after the country, as ``.<label> <country>
    ...``; None when ``text`` is no such line (the country before a label must be the
    ccTLD's: "Welcome .tv Tuvalu" is none)."""
    if text[:1] in _ENCLOSING_FIRST and (enclosed := _LABEL_ENCLOSED.match(text)) is not None:
        label = enclosed.group(1) or enclosed.group(2)
        return f"{label} {enclosed.group(3)}".rstrip()
    if " ." not in text or (after := _LABEL_AFTER_COUNTRY.match(text)) is None:
        return None
    country, label, between, rest = after.groups()
    country = country.rstrip(" ,;/-–—")  # "Andorra - .ad - Europe"
    try:
        ace = to_ace(label)
    except TldLabelError:
        return None
    if country.casefold() == label.casefold():  # "DE .de Germany (EU)": the code, then the line
        return f".{label} {(between or '').strip()} {rest or ''}".rstrip()
    if not names_country(ace, country):
        return None
    if rest and rest[:1] == "(" and (alabel := _ALABEL_PART.match(rest)) is not None:
        # "Russian Federation .рф (xn--p1ai); EU": the A-label goes with the label
        return f".{label} ({alabel.group(1)}) {country} {alabel.group(2)}".rstrip()
    return f".{label} {country} {(between or '').strip()} {rest or ''}".rstrip()


# ".de Germany (EU) [3 contacts]": how many contacts the block holds, after the line.
_CONTACT_COUNT = re.compile(
    r"(?:\s*[-–—,;:]\s*|\s+)[\[(]?\s*\d{1,2}\s+contacts?\s*[\])]?\s*$", re.IGNORECASE
)


@lru_cache(maxsize=16384)  # the same header lines recur in every edition
def parse_header_line(line: str) -> HeaderLine | None:
    """Read a ccTLD header line; None when the line is not one.

    Accepts ``.ad Andorra (EU)``, ``.tt Trinidad and Tobago`` (no region),
    ``.рф (.xn--p1ai; Russian Federation) (EU)``, ``.مصر (xn--wgbh1c, Egypt) (AF)``,
    ``.சிங்கப்பூர் xn--clchc0ea0b2g2a9gcd, Singapore) (AP)`` (unbalanced parenthesis) and
    ``.БЕЛ (xn--90ais; Belarus) (EU)``.
    """
    text = line.translate(_INVISIBLE).strip()
    match = _LEADING_LABEL.match(text)
    if not match:
        if "(." in text and (country_first := _country_first(text)) is not None:
            return parse_header_line(country_first)
        if (moved := _label_moved_first(text)) is not None:
            return parse_header_line(moved)
        if text[:1] not in _OTHER_FORMS_FIRST and text[:1].isascii():
            return None  # (nearly every line: asked no more)
        other = _in_other_form(text)
        return parse_header_line(other) if other is not None else None
    label, rest = match.group(1).removesuffix(":"), match.group(2).strip()  # ".de: Germany"
    if "ontact" in rest:
        rest = _CONTACT_COUNT.sub("", rest)
    if "|" in rest and rest.count("|") < _ROW_BARS:  # ".de | Germany | EU" (a row has more)
        rest = " - ".join(part.strip() for part in rest.split("|") if part.strip())
    garbled = False
    try:
        label_ace = to_ace(label)
    except TldLabelError:
        # ".?? (.xn--p1ai; Russian Federation)": a copy saved in a charset without the
        # label's script lost it; the A-label beside it still names the member.
        beside = _ALABEL_PART.match(rest)
        if beside is None:
            return None
        label_ace, garbled = beside.group(1).lower(), True
    region, rest = _split_region(rest)
    alabel: str | None = None
    mismatch_first: str | None = None  # a Unicode label after a leading A-label, not its own
    alabel_match = _ALABEL_PART.match(rest)
    if alabel_match:
        alabel = alabel_match.group(1).lower()
        rest = alabel_match.group(2).strip()
        if rest.endswith(")") and rest.count(")") > rest.count("("):
            rest = rest[:-1].rstrip()
    elif (
        label_ace.startswith("xn--")
        and (unicode_part := _ULABEL_PART.match(rest))
        and (other := _other_label(unicode_part.group(1))) is not None
    ):  # a label in another script, of the same ccTLD or not (the A-label wins)
        if other != label_ace:
            mismatch_first = unicode_part.group(1)
        rest = unicode_part.group(2).strip()
        if rest.endswith(")") and rest.count(")") > rest.count("("):
            rest = rest[:-1].rstrip()
    elif rest.startswith("(") and rest.endswith(")") and rest.count("(") == 1:
        rest = rest[1:-1].strip()
    # ".ad - Andorra", "(xn--p1ai): Russian Federation"; "Korea,  Republic of" as one line
    country = " ".join(rest.strip(" ;,:/-–—").split())
    ace, mismatch = label_ace, mismatch_first
    if alabel is not None:
        try:
            alabel_ace = to_ace(alabel)
        except TldLabelError:
            alabel_ace = None
        if alabel_ace is not None and alabel_ace != label_ace:
            ace, mismatch = alabel_ace, label
    if garbled:
        mismatch = label
    elif ace.startswith("xn--") and alabel is None and (latin := _latin_lookalike(ace)):
        ace, mismatch = latin, label  # ".аd" with a Cyrillic "а": .ad, and said
    try:
        unicode = to_unicode(ace)
    except TldLabelError:
        return None
    return HeaderLine(ace, unicode, country, region, mismatch)
