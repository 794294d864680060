"""vCards of TLD-OPS contacts, for phones and mail clients (vCard 3.0 by default, 4.0 on request).

Cards are built as vobject components and serialised by vobject without folding; this module
then folds every logical line itself, at 75 octets and never inside a UTF-8 sequence (vobject
folds by characters, leaving a 60-character CJK name as a 180-octet line). vobject has no vCard
4.0 writer: a 4.0 card uses the same content lines with the 4.0 forms (``VERSION:4.0``,
``KIND``, ``TEL;VALUE=uri:tel:+...``, basic-format ``REV``), checked byte by byte in the tests.

A 3.0 card marks each property whose value is not ASCII with ``CHARSET=UTF-8``: classic Outlook
for Windows (and old Apple Address Book) read a .vcf without it in the ANSI code page, so
Müller, Cyrillic, Arabic or Chinese names came out garbled; RFC 2425's grammar allows the
parameter and phones ignore it or read it as meant. No byte-order mark: Android's importer
expects ``BEGIN`` first. 4.0 has no CHARSET (RFC 6350 A.2: always UTF-8).

An address whose domain is an IDN is written with the domain's A-labels (``card_address``).

A file of several cards has one card a person and no two cards of one name (``people``).

Text is made safe before it reaches a content line: every kind of line break becomes ``\\n``
(the only line break a vCard can carry) and other control characters are dropped, so no value
can start a property of its own. Commas, semicolons and backslashes are escaped by vobject.
"""

from __future__ import annotations

import contextlib
import os
import re
import unicodedata
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import idna
import vobject
from vobject.vcard import Name

from tldops_desktop.core import cctlds
from tldops_desktop.core.emails import is_address
from tldops_desktop.core.model import Contact, Edition, Member, stamp_date
from tldops_desktop.core.phones import DialNumber, dial_numbers, is_mobile, says_more
from tldops_desktop.core.text import key_fold, plain
from tldops_desktop.errors import UserError
from tldops_desktop.export import atomic_write
from tldops_desktop.export.names import TWO_FAMILY_NAMES, structured_name

VERSIONS = ("3.0", "4.0")
PRODID = "-//TLD-OPS Desktop//vCard export//EN"
CATEGORY = "TLD-OPS"
LINE_OCTETS = 75  # RFC 2426 2.6 and RFC 6350 3.2: lines SHOULD NOT be longer than 75 octets
CRLF = "\r\n"

# Fixed forever: UIDs derived from it must stay the same across releases.
UID_NAMESPACE = uuid.UUID("def88aff-4edc-478f-b68e-684f54ef7916")

# Anything a parser (vobject, Python's str.splitlines, a phone) may take for a line break.
_LINE_BREAKS = re.compile("\r\n|[\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
# Other control characters, DEL, C1 controls and lone surrogates: not writable in a vCard.
_UNWRITABLE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_E164 = re.compile(r"\+[1-9][0-9]{1,14}")


@dataclass(frozen=True)
class VCardOptions:
    """How cards are written: the vCard ``version`` and whether names start with the ccTLD."""

    version: str = "3.0"
    name_prefix: bool = False

    def __post_init__(self) -> None:
        if self.version not in VERSIONS:
            raise ValueError(f"vCard version must be one of {VERSIONS}, not {self.version!r}")


# -- text -------------------------------------------------------------------------------------


def clean_text(value: str) -> str:
    """``value`` as a vCard can hold it: line breaks as ``\\n``, no other control characters.

    Exported text reads back from a card as ``clean_text(original)``: for names without
    control characters that is the original itself.
    """
    return _UNWRITABLE.sub("", _LINE_BREAKS.sub("\n", value))


def escape_text(value: str) -> str:
    """A text value escaped as RFC 2426 4 / RFC 6350 3.4 ask (backslash, comma, semicolon, LF)."""
    value = clean_text(value)
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\n", "\\n")


def fold_line(line: str, limit: int = LINE_OCTETS) -> str:
    """One logical content line folded into physical lines of at most ``limit`` octets.

    Physical lines are joined by CRLF and a single space (which counts in the limit). A fold
    never splits a UTF-8 sequence, and where it can it avoids starting a continuation with
    white space (some parsers strip all of it) or parting a backslash from what it escapes.
    """
    if len(line.encode("utf-8")) <= limit:
        return line
    sizes = [len(ch.encode("utf-8")) for ch in line]
    pieces: list[str] = []
    start, budget = 0, limit
    while start < len(line):
        end, used = start, 0
        while end < len(line) and used + sizes[end] <= budget:
            used += sizes[end]
            end += 1
        if end < len(line):
            nicer = end
            while nicer - start > 1 and end - nicer < 8 and not _good_fold(line, nicer):
                nicer -= 1
            if _good_fold(line, nicer):
                end = nicer
        pieces.append(line[start:end])
        start, budget = end, limit - 1
    return (CRLF + " ").join(pieces)


def _good_fold(line: str, index: int) -> bool:
    if line[index] in " \t":
        return False
    backslashes = 0
    while index - backslashes > 0 and line[index - backslashes - 1] == "\\":
        backslashes += 1
    return backslashes % 2 == 0


# -- identity ---------------------------------------------------------------------------------


def _normalised(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


# Words around a name that are no part of whom it names ("Dr. Anna Jansen", "Jansen, PhD").
_NAME_TITLES = frozenset(
    {"dr", "prof", "mr", "mrs", "ms", "miss", "ing", "mag", "ir", "drs", "dipl", "jr", "sr",
     "phd", "md", "msc", "mba", "bsc", "esq", "cissp", "cisa", "cism"}
)  # fmt: skip
_UMLAUT_SPELLINGS = (("ae", "a"), ("oe", "o"), ("ue", "u"))  # Mueller is Müller, once folded
_REPEATS = re.compile(r"(.)\1+")


def name_key(name: str) -> str:
    """What a re-spelling of a name keeps: its letters without accents, case, titles,
    punctuation, word order or spaces, a doubled letter once. "Anna Jansen", "JANSSEN, Anna",
    "Dr. Anna Jansen" and "Ánna Jansen" give one key; "Lukasz"/"Łukasz", "Mueller"/"Müller",
    "Van der Berg"/"Vanderberg" too. Empty when the name has no letters."""
    words = re.split(r"[\W_]+", key_fold(name))
    text = "".join(word for word in words if word not in _NAME_TITLES)
    for written, plain_letter in _UMLAUT_SPELLINGS:
        text = text.replace(written, plain_letter)
    return "".join(sorted(_REPEATS.sub(r"\1", text)))


def contact_uid(member: Member, contact: Contact) -> str:
    """A ``urn:uuid:`` for the same person of the same ccTLD in every edition, so that a
    contacts app that honours UIDs updates a card on the next import instead of adding one.

    The rule (UUID 5 of the ccTLD and one key):
    - a contact with a name: the name's :func:`name_key`. Whether a team address is shared
      this month or not, a changed address, position or phone, and a re-spelt name change
      nothing; another person (a new name) is a card of its own;
    - only when two contacts of the member have one name key but different addresses (two
      people of one name, or one listed twice): that key and the address;
    - no name: the address, the key every UID had before names counted (so these cards keep
      theirs); no address either: the phone field, else the position.
    The UID depends on no other edition: every export and every user's copy agree.
    """
    email = _normalised(contact.email)
    name = name_key(contact.name)
    if name:
        namesakes = {
            _normalised(other.email) for other in member.contacts if name_key(other.name) == name
        }
        key = f"person\x00{name}" + (f"\x00email\x00{email}" if len(namesakes) > 1 else "")
    elif email:
        key = f"email\x00{email}"
    elif phone := _normalised(contact.phone):
        key = f"phone\x00{phone}"
    else:
        key = f"position\x00{contact.position}"
    return "urn:uuid:" + str(uuid.uuid5(UID_NAMESPACE, f"tldops\x00{member.tld.ace}\x00{key}"))


# -- cards ------------------------------------------------------------------------------------


def display_name(member: Member, contact: Contact, *, name_prefix: bool = False) -> str:
    """The ``FN`` of a contact: its name through :func:`clean_text`, without surrounding space.

    The address (or the phone) stands in when the email gave no name.
    """
    name = next(
        (text for text in map(_one_field, (contact.name, contact.email, contact.phone)) if text),
        "",
    )
    if not name:
        name = f"{member.tld.display} {contact.position_name} contact"
    return f"{member.tld.display} {name}" if name_prefix else name


def _one_field(value: str) -> str:
    return clean_text(value).strip()


def organisation(member: Member) -> str:
    """The ``ORG`` name of a member: its ccTLD and country (``.de Germany``)."""
    return _one_field(f"{member.tld.display} {member.country}")


def _edition_time(edition: Edition) -> datetime | None:
    moment = stamp_date(edition.stamp) or edition.sent_at
    if moment is None:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


_Params = dict[str, str | tuple[str, ...]]  # a parameter's value, or its values (TYPE=WORK,VOICE)
_Entries = tuple[tuple[Member, Contact], ...]  # the contacts of one card, with their members


def _add(
    card: vobject.base.Component, name: str, value: object, params: _Params | None = None
) -> vobject.base.ContentLine:
    line = card.add(name)
    line.value = value
    for key, param in (params or {}).items():
        # Values without commas of their own: vobject joins several with commas.
        line.params[key] = [param] if isinstance(param, str) else list(param)
    return line


def _name_component(member: Member, contact: Contact, *, label: str) -> Name:
    two = cctlds.iso_for(member.tld.ace) in TWO_FAMILY_NAMES  # "María José García López"
    titles, given, family = structured_name(clean_text(contact.name), two_family_names=two)
    if not given and not family:
        given = display_name(member, contact)
    # ".de Dr. Hans-Peter Müller": as FN writes it, which phones rebuild from N.
    prefix = " ".join(part for part in (clean_text(label), titles) if part)
    return Name(family=family, given=given, prefix=prefix)


# The pause before an extension in a vCard 3.0 TEL. RFC 2426 3.3.1 makes TEL a phone-number
# value, not text, so nothing in it is backslash-escaped. "p" is RFC 3601's pause and what
# Android's own exporter writes; Android's importer (com.android.vcard VCardEntry.addPhone)
# reads "p" as a pause but drops "," and "\," alike, joining the extension to the number
# (+16135550199,2 would dial +161355501992, another number). iOS could not be checked here;
# it is reported to dial "p" as a pause as well.
_PAUSE_3_0 = "p"
_DIGITS = re.compile(r"[0-9]+")


def _tel(
    card: vobject.base.Component, entries: _Entries, version: str, *, most: int | None = None
) -> None:
    """One TEL per number of the phone fields, each with its extension: in 4.0 a tel: URI
    (RFC 3966 ``;ext=``), in 3.0 the number, a pause and the extension, which is how phones
    store and dial one. A mobile is a CELL, any other number a WORK VOICE line (phones offer
    SMS and messengers for a CELL); the mobile comes first, as the number phones call and
    text. A field with no number ("n/a", "see email") gives no TEL: a phone would store its
    text as a number; the card's NOTE has it as written. A number in several fields (one
    person for several ccTLDs) is written once; ``most`` numbers at most, the first ones."""
    found = (n for member, contact in entries for n in contact_numbers(member, contact))
    numbers = dict.fromkeys(n for n in found if _E164.fullmatch(n.e164))
    for number in sorted(numbers, key=lambda n: not is_mobile(n))[:most]:
        kinds = ("cell",) if is_mobile(number) else ("work", "voice")
        # Only digits after the pause or in ext=: the value is written unescaped below.
        extension = number.extension if _DIGITS.fullmatch(number.extension) else ""
        if version == "4.0":
            # A URI value: RFC 6350 6.4.1 writes "tel:+1-555-555-5555;ext=5555", the ";"
            # bare; the backslash escapes of 3.4 are for text values only.
            value = f"tel:{number.e164}" + (f";ext={extension}" if extension else "")
            params: _Params = {"TYPE": kinds, "VALUE": "uri"}
        else:
            value = number.e164 + (f"{_PAUSE_3_0}{extension}" if extension else "")
            params = {"TYPE": tuple(kind.upper() for kind in kinds)}
        _add(card, "tel", value, params).encoded = True  # as it is: vobject would escape ";"


def contact_numbers(member: Member, contact: Contact) -> tuple[DialNumber, ...]:
    """The numbers of a contact's phone field, read with its ccTLD's country as the default."""
    return dial_numbers(contact.phone, cctlds.iso_for(member.tld.ace))


# An address written among other text: "a@nic.de (24/7)", "mailto:a@nic.de", "a@nic.de or
# b@nic.de". Not across brackets, quotes, commas, semicolons, colons or slashes.
_ADDRESS_IN = re.compile(r"[^\s@<>()\[\],;:\"/]+@[^\s@<>()\[\],;:\"/]+")
_MAILTO = re.compile(r"^mailto:\s*", re.IGNORECASE)
# What may stand between and around the addresses of a field without saying anything more.
_EMAIL_JOINERS = re.compile(r"\b(?:mailto|or|oder|ou|o|и|and|und|et|y)\b|[\W_]", re.IGNORECASE)


def contact_emails(contact: Contact) -> tuple[str, ...]:
    """The addresses of a contact's email field, each an EMAIL of its own: the field when it
    is one, else every address written in it ("a@nic.de, b@nic.de", "a@nic.de (24/7)",
    "mailto:a@nic.de"), and none when it holds none ("n/a", "see website", "e [at] nic.ad"):
    a phone would keep such text as an address to write to. See :func:`email_says_more`."""
    # A link's target: is_address would take "mailto:e" for a local part.
    email = _MAILTO.sub("", _one_field(contact.email))
    if not email or is_address(email):
        return (email,) if email else ()
    found = (match.group(0).rstrip(".") for match in _ADDRESS_IN.finditer(_searched(email)))
    return tuple(dict.fromkeys(address for address in found if is_address(address)))


def _searched(email: str) -> str:
    """An email field as addresses are looked for in it: CJK text's full-width brackets,
    commas and semicolons as ASCII ones ("li@nic.cn（24小时）"), its full stops as dots."""
    return unicodedata.normalize("NFKC", plain(email))


def email_says_more(contact: Contact, addresses: Sequence[str]) -> bool:
    """Whether a contact's email field says more than its ``addresses`` (a note such as
    "(24/7)", or no address at all): then the card's notes have it as written."""
    leftover = _searched(_one_field(contact.email))
    for address in addresses:
        leftover = leftover.replace(address, " ")
    return bool(_EMAIL_JOINERS.sub("", leftover))


def card_address(address: str) -> str:
    """``address`` as a card writes it: its domain in A-labels where that is all that is not
    ASCII (``noc@сайт.рф`` → ``noc@xn--80aswg.xn--p1ai``). RFC 2426 and RFC 6350 take an
    address as RFC 5322 writes it, in ASCII; phones' contacts apps and mail programs without
    SMTPUTF8 may refuse or mangle a Unicode domain, and every mail server delivers to its
    A-labels, which name the same domain. A local part in another script needs SMTPUTF8
    anyway (RFC 6531, which takes U-labels): that address, and a domain IDNA refuses, stay
    as written."""
    local, _, domain = address.rpartition("@")
    if not local.isascii() or domain.isascii():
        return address
    try:
        return f"{local}@{idna.encode(domain, uts46=True).decode('ascii')}"
    except idna.IDNAError:
        return address


def _card_addresses(entries: _Entries) -> list[str]:
    """The addresses of ``entries`` as cards write them, each once whatever its case."""
    found: dict[str, str] = {}
    for _member, contact in entries:
        for address in map(card_address, contact_emails(contact)):
            found.setdefault(address.casefold(), address)
    return list(found.values())


def _email(
    card: vobject.base.Component, entries: _Entries, version: str, *, most: int | None = None
) -> None:
    for email in _card_addresses(entries)[:most]:
        if version == "4.0":
            _add(card, "email", email)
        else:
            _add(card, "email", email, {"TYPE": "INTERNET"})


def _build(
    edition: Edition, person: Person, options: VCardOptions, *, compact: bool, short: bool = False
) -> vobject.base.Component:
    entries = person.entries
    member, contact = entries[0]
    version = "3.0" if compact else options.version
    card = vobject.vCard()
    _add(card, "version", version)
    label = "" if compact else person.label
    name = display_name(member, contact)
    _add(card, "fn", f"{label} {name}" if label else name)
    _add(card, "n", _name_component(member, contact, label=label))
    most = 1 if short else None
    _tel(card, entries, version, most=most)
    _email(card, entries, version, most=most)
    # One ORG, which every phone shows; a list: a str is split in chars.
    _add(card, "org", [" / ".join(dict.fromkeys(organisation(m) for m, _c in entries))])
    if compact:
        return card
    if version == "4.0":
        _add(card, "kind", "individual")
    _add(card, "prodid", PRODID)
    _add(card, "title", _title(entries))
    categories = card.add("categories")
    regions = dict.fromkeys(m.effective_region.value for m, _c in entries if m.effective_region)
    categories.value = ",".join(escape_text(c) for c in [CATEGORY, *regions])
    categories.encoded = True  # escaped here: vobject would escape the commas between them
    _add(card, "note", _note(edition, entries))
    moment = _edition_time(edition)
    if moment is not None:
        pattern = "%Y%m%dT%H%M%SZ" if version == "4.0" else "%Y-%m-%dT%H:%M:%SZ"
        _add(card, "rev", moment.strftime(pattern))
    _add(card, "uid", contact_uid(member, contact))
    if version == "3.0":
        _declare_charset(card)
    return card


def _title(entries: _Entries) -> str:
    positions = dict.fromkeys(contact.position_name for _member, contact in entries)
    if len(positions) == 1:
        return f"TLD-OPS {next(iter(positions))} contact"
    roles = ", ".join(f"{m.tld.display} {c.position_name}" for m, c in entries)
    return f"TLD-OPS contact ({roles})"


def _note(edition: Edition, entries: _Entries) -> str:
    roles = "; ".join(
        f"TLD-OPS {contact.position_name} contact of {organisation(member)}"
        for member, contact in entries
    )
    sentences = [f"{roles} (TLD-OPS contact repository edition {edition.stamp})."]
    for member, contact in entries:
        region = cctlds.iso_for(member.tld.ace)
        if says_more(contact.phone, region, contact_numbers(member, contact)):
            sentences.append(f"Phone as written: {_one_field(contact.phone)}.")
        addresses = contact_emails(contact)
        # (A domain in A-labels too: "noc@xn--80aswg.xn--p1ai" is read as "noc@сайт.рф".)
        if email_says_more(contact, addresses) or any(card_address(a) != a for a in addresses):
            sentences.append(f"Email as written: {_one_field(contact.email)}.")
    if not edition.trusted:
        sentences.append("This edition was not sent through the TLD-OPS list.")
    return " ".join(dict.fromkeys(sentences))


def _declare_charset(card: vobject.base.Component) -> None:
    """``CHARSET=UTF-8`` on every property whose value is not ASCII (see the module's
    docstring); ASCII lines stay as they were."""
    for line in card.lines():
        value = line.value
        text = "".join(value) if isinstance(value, list) else str(value)
        if not text.isascii():
            line.params["CHARSET"] = ["UTF-8"]


def _logical_lines(card: vobject.base.Component) -> list[str]:
    text: str = card.serialize(lineLength=1 << 30)  # vobject: escape, but do not fold
    lines = text.split(CRLF)
    if lines and lines[-1] == "":
        lines.pop()
    for line in lines:
        # Every value went through clean_text and vobject's escaping: a raw line break here
        # would let a value start a property of its own.
        if "\r" in line or "\n" in line:
            raise AssertionError(f"unescaped line break in a content line: {line[:40]!r}")
    return lines


def serialise(card: vobject.base.Component, *, fold: bool = True) -> str:
    """A vobject card as RFC text: CRLF line ends, folded at 75 octets unless ``fold=False``."""
    lines = _logical_lines(card)
    if fold:
        lines = [fold_line(line) for line in lines]
    return "".join(line + CRLF for line in lines)


def contact_card(
    edition: Edition, member: Member, contact: Contact, options: VCardOptions = VCardOptions()
) -> str:
    """One contact as one vCard (str with CRLF line ends; encode as UTF-8 to write)."""
    person = Person(((member, contact),), member.tld.display if options.name_prefix else "")
    return serialise(_build(edition, person, options, compact=False))


def compact_card(edition: Edition, member: Member, contact: Contact, *, short: bool = False) -> str:
    """A small vCard 3.0 (N, FN, TEL, EMAIL, ORG), unfolded, as QR codes carry it; ``short``,
    with the first number (the mobile) and the first address only."""
    person = Person(((member, contact),))
    card = _build(edition, person, VCardOptions(), compact=True, short=short)
    return serialise(card, fold=False)


def _contacts(members: Iterable[Member]) -> Iterator[tuple[Member, Contact]]:
    for member in members:
        for contact in member.contacts:
            yield member, contact


def cards(
    edition: Edition, members: Sequence[Member], options: VCardOptions = VCardOptions()
) -> str:
    """Every person of ``members`` (see :func:`people`), one card after another (phones
    import multi-card files)."""
    return "".join(
        serialise(_build(edition, person, options, compact=False))
        for person in people(members, name_prefix=options.name_prefix)
    )


def write_vcards(
    edition: Edition,
    members: Sequence[Member],
    target: Path,
    options: VCardOptions = VCardOptions(),
    *,
    overwrite: bool = True,
) -> Path:
    """Write all cards of ``members`` to one file (UTF-8, no byte-order mark), atomically;
    with ``overwrite=False`` an existing file is left alone (``UserError`` "exists")."""
    data = cards(edition, members, options).encode("utf-8")
    return atomic_write(target, data, overwrite=overwrite)


# -- one card a person -----------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    """What one card holds: a contact, or one person the edition lists several times (for
    several ccTLDs, or twice for one), with each number and address once."""

    entries: _Entries
    label: str = ""  # written before the name: ".eg" (see people), or nothing


def _tlds(entries: _Entries) -> str:
    """The ccTLDs of a card's contacts: ``.de``, ``.ps/.qa``. Not joined by commas: in
    ``N`` a comma parts the values of a component (two honorific prefixes), and an escaped
    one is an escape fewer importers read right."""
    return "/".join(dict.fromkeys(member.tld.display for member, _c in entries))


def people(members: Iterable[Member], *, name_prefix: bool = False) -> list[Person]:
    """The cards an export of ``members`` writes, in the order of their first contact.

    Phones merge or mix up cards of one name (and list them as one when calling), so:
    - contacts of one name that share an address or a number are one person: one card, with
      every ccTLD in its ORG, TITLE and NOTE (a responder calls the person, not the ccTLD);
      so are contacts of one UID (:func:`contact_uid`), which phones take for one card;
    - a card whose name another card has too (two people called Ahmed Hassan, of .eg and .ly)
      starts with its ccTLDs, as ``name_prefix`` writes every name: ".eg Ahmed Hassan"; with
      its position too where the ccTLD is the same (".eg #1 Ahmed Hassan", ".eg #3 ...").
    """
    entries = list(_contacts(members))
    names = [_normalised(display_name(m, c)) for m, c in entries]
    parent = list(range(len(entries)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    reached: dict[tuple[str, str], int] = {}
    for index, (member, contact) in enumerate(entries):
        # One UID is one card whatever the names (one re-spelt: "Jansen", "Janssen").
        keys = [(names[index], key) for key in _reaches(member, contact)]
        for key in [*keys, ("", contact_uid(member, contact))]:
            other = reached.setdefault(key, index)
            parent[root(index)] = root(other)
    groups: dict[int, list[int]] = {}
    for index in range(len(entries)):
        groups.setdefault(root(index), []).append(index)
    grouped = [(tuple(entries[i] for i in group), names[group[0]]) for group in groups.values()]
    shown = Counter(name for _held, name in grouped)
    labels = [_tlds(held) if name_prefix or shown[name] > 1 else "" for held, name in grouped]
    # Namesakes of one ccTLD: its position tells them apart.
    labelled = Counter((label, name) for label, (_held, name) in zip(labels, grouped, strict=True))
    for index, (held, name) in enumerate(grouped):
        if labels[index] and labelled[labels[index], name] > 1:
            labels[index] += f" #{held[0][1].position}"
    return [Person(held, label) for (held, _name), label in zip(grouped, labels, strict=True)]


def _reaches(member: Member, contact: Contact) -> set[str]:
    """What reaches a contact: its addresses (any case) and its numbers."""
    numbers = {n.e164 for n in contact_numbers(member, contact) if _E164.fullmatch(n.e164)}
    addresses = {card_address(a).casefold() for a in contact_emails(contact)}
    return numbers | addresses


# -- one file per contact ---------------------------------------------------------------------

_FILE_UNSAFE = re.compile(r'[\x00-\x1f\x7f-\x9f<>:"/\\|?*\ud800-\udfff]')
_FILE_SPACES = frozenset({"Zl", "Zp", "Zs", "Cc", "Cf"})
_FILE_NAME_OCTETS = 120  # of the name in the stem; far below the 255 of common file systems


def file_stem(member: Member, contact: Contact) -> str:
    """A file name stem (no suffix) for one contact: ``de-1-Anna Jansen``.

    No path separators, no control, format (bidi) or reserved characters, no leading dot, a
    bounded length; it starts with the ccTLD, so it is never a reserved Windows device name.
    """
    name = _file_part(contact.name).encode("utf-8")[:_FILE_NAME_OCTETS]
    parts = [
        _file_part(member.tld.unicode),
        str(contact.position),
        name.decode("utf-8", errors="ignore").strip(" ."),
    ]
    return "-".join(part for part in parts if part)


def _file_part(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = "".join(" " if unicodedata.category(ch) in _FILE_SPACES else ch for ch in text)
    return " ".join(_FILE_UNSAFE.sub("_", text).split()).strip(" .")


def write_split(
    edition: Edition,
    members: Sequence[Member],
    folder: Path,
    options: VCardOptions = VCardOptions(),
    *,
    overwrite: bool = True,
) -> list[Path]:
    """Write one ``.vcf`` per card (a contact, or a person listed several times: see
    :func:`people`) into ``folder`` (created if missing); returns the files.

    Names come from :func:`file_stem`, made unique without regard to case (``-2``, ``-3`` ...)
    so that case-insensitive file systems keep every card; no file lands outside ``folder``.
    With ``overwrite=False``, nothing is written when a card's file exists already.
    """
    made = not os.path.lexists(folder)
    try:
        # Readable by the user only, as the files: their names are the peers' names.
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(
            f"Could not create the folder {folder}: {exc.strerror or exc.__class__.__name__}.",
            code="write-failed",
        ) from None
    if not folder.is_dir():
        raise UserError(f"{folder} is not a folder.", code="not-a-folder")
    plan = _split_plan(folder, people(members, name_prefix=options.name_prefix))
    existing = [target for target, _person in plan if os.path.lexists(target)]
    if existing and not overwrite:
        more = f" and {len(existing) - 1} more" if len(existing) > 1 else ""
        raise UserError(
            f"{existing[0]}{more} exist; nothing was written. Choose an empty folder, or "
            "--force to replace them.",
            code="exists",
        )
    written: list[Path] = []
    try:
        for target, person in plan:
            card = serialise(_build(edition, person, options, compact=False))
            written.append(atomic_write(target, card.encode("utf-8"), overwrite=overwrite))
    except BaseException as exc:  # a full disk, Ctrl+C: some cards would pass for all
        replaced = _remove_new(written, existing, folder if made else None)
        if not isinstance(exc, UserError):
            raise
        left = (
            f"{replaced} existing cards were replaced; the new ones were removed"
            if replaced
            else "nothing of this export was left"
        )
        raise UserError(f"{exc.message} The export stopped: {left}.", code=exc.code) from None
    return written


def _remove_new(written: list[Path], existing: list[Path], made: Path | None) -> int:
    """Remove the cards of ``written`` that did not exist before (and ``made``, the folder
    made for them, when it is left empty); returns how many older cards were replaced."""
    before = set(existing)
    for path in written:
        if path not in before:
            with contextlib.suppress(OSError):
                path.unlink()
    if made is not None:
        with contextlib.suppress(OSError):
            made.rmdir()
    return sum(1 for path in written if path in before)


def _split_plan(folder: Path, persons: Sequence[Person]) -> list[tuple[Path, Person]]:
    """The file of each card in ``folder``, named by its first contact, never outside it."""
    base = folder.resolve()
    used: set[str] = set()
    plan: list[tuple[Path, Person]] = []
    for person in persons:
        stem = file_stem(*person.entries[0])
        name, counter = f"{stem}.vcf", 1
        while name.casefold() in used:
            counter += 1
            name = f"{stem}-{counter}.vcf"
        used.add(name.casefold())
        target = folder / name
        if target.parent.resolve() != base or Path(name).name != name:
            raise AssertionError(f"file name {name!r} leaves the folder")  # a bug in file_stem
        plan.append((target, person))
    return plan
