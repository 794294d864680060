"""Synthetic repository editions as plain data (the ground truth a parser must reproduce)."""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from tests.mailgen.catalog import CCTLDS

Repertoire = Literal["unicode", "cp1252", "latin1", "ascii"]

_CODEC: dict[str, str] = {
    "unicode": "utf-8",
    "cp1252": "windows-1252",
    "latin1": "iso-8859-1",
    "ascii": "ascii",
}


@dataclass(frozen=True)
class ExpectedContact:
    name: str
    email: str
    phone: str
    phone_e164: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "email": self.email,
            "phone": self.phone,
            "phone_e164": self.phone_e164,
        }


@dataclass(frozen=True)
class ExpectedMember:
    ace: str
    unicode: str
    country: str
    region: str | None
    contacts: tuple[ExpectedContact, ...]
    # ISO region of the numbering plan the phones use (not part of the JSON shape).
    phone_region: str = dataclasses.field(default="ZZ", compare=False)

    @property
    def is_idn(self) -> bool:
        return self.ace.startswith("xn--")

    def to_json(self) -> dict[str, Any]:
        return {
            "ace": self.ace,
            "unicode": self.unicode,
            "country": self.country,
            "region": self.region,
            "contacts": [c.to_json() for c in self.contacts],
        }


@dataclass(frozen=True)
class ExpectedEdition:
    stamp: str
    members: tuple[ExpectedMember, ...]

    def to_json(self) -> dict[str, Any]:
        return {"edition": self.stamp, "members": [m.to_json() for m in self.members]}

    def member(self, ace: str) -> ExpectedMember:
        for m in self.members:
            if m.ace == ace:
                return m
        raise KeyError(ace)

    def contact_count(self) -> int:
        return sum(len(m.contacts) for m in self.members)


# --------------------------------------------------------------------------- names

_LATIN_FIRST = (
    "Emil", "Łukasz", "Kofi", "Amara", "Chloé", "Kwame", "Ngozi", "José", "Aroha", "Sara",
    "Hélène", "Åsa", "Fatou", "Eamon", "Ștefan", "Tomás", "Dagný", "Zoë", "Lucía", "Mariana",
    "Søren", "Jürgen", "François", "Ana", "Siosaia", "Björn", "Małgorzata", "Joaquín", "Inès",
    "Nuño", "Thandiwe", "Pēteris", "Dženana", "Ōtaka", "Þórunn", "Émilie", "Marek", "Olúwasẹ́un",
)  # fmt: skip
_LATIN_LAST = (
    "Van der Berg", "Mensah", "Jansen", "Nakamura", "Ó Briain", "Lefèvre", "García", "Kowalczyk",
    "Müller", "Jónsdóttir", "Dubois", "Rossi", "Popescu", "Ngata", "Diallo", "O'Neill", "Silva",
    "Taufa", "Smith", "Ferreira", "Andersson", "Łęcki", "Håkansson", "Nuñez", "Ðorđević",
    "Šimić", "Žukauskas", "Øvergaard", "Großmann", "Çelik", "Yılmaz", "Nguyễn",
)  # fmt: skip
_CP1252_EXTRA = ("Œuvray", "Šťastný", "Žagar", "O’Brien", "Dvořák")
_SCRIPT_NAMES: dict[str, tuple[str, ...]] = {
    "cyrillic": (
        "Мария Иванова", "Светлана Петрова", "Алексей Смирнов", "Дмитрий Кузнецов",
        "Олег Соколов", "Наталья Попова", "Ірина Шевченко", "Љубомир Јовановић",
    ),
    "arabic": ("محمد العلي", "فاطمة الزهراء", "أحمد بن سعيد", "ليلى حداد", "يوسف المنصوري"),
    "cjk": ("陈志明", "林志明", "黃家豪", "王志明", "黃明", "李小龍", "山田太郎", "김민준"),
    "devanagari": ("राहुल शर्मा", "प्रिया पटेल", "अमित कुमार", "सुनीता देवी"),
    "tamil": ("முருகன் செல்வம்", "லட்சுமி ராமன்", "கார்த்திக் சுப்பிரமணியம்"),
    "greek": ("Γιώργος Παπαδόπουλος", "Ελένη Νικολάου"),
    "hebrew": ("דוד כהן", "שרה לוי"),
    "thai": ("สมชาย ใจดี",),
}  # fmt: skip
_HOSTILE_NAMES = (
    "O'Neill; Séamus, Jr.",
    "Back\\Slash Admin",
    "Dr. Who: Head of CSIRT",
    "Ana 🚀 Silva",
    "Müller & Söhne <NOC>",
    "Jean-Luc \"JL\" Picard",
    "Александр Константинович Вознесенский-Преображенский Третий",
    "欧阳长城司马相如诸葛孔明上官婉儿东方不败慕容复令狐冲独孤求败西门吹雪张三丰王重阳周伯通郭靖黄蓉杨过小龙女乔峰段誉虚竹阿朱",
    "  Spaced   Out  ",
    "Tab\tSeparated",
    "Zoë 👩‍💻 Ngata",
    "#3: Not A Header",
    "Name: Recursive",
    "ñ̃ Combining Ä",
)  # fmt: skip

# Hostile names that are safe to keep verbatim in every layout (no leading/trailing space, no tab).
HOSTILE_NAMES: tuple[str, ...] = tuple(
    n for n in _HOSTILE_NAMES if n == n.strip() and "\t" not in n and "  " not in n
)


def _codec(repertoire: Repertoire) -> str:
    return _CODEC[repertoire]


def representable(text: str, repertoire: Repertoire) -> bool:
    try:
        text.encode(_codec(repertoire))
    except UnicodeEncodeError:
        return False
    return True


def _pick_name(rng: random.Random, repertoire: Repertoire, hostile: bool) -> str:
    for _ in range(200):
        r = rng.random()
        if hostile and r < 0.15:
            name = rng.choice(HOSTILE_NAMES)
        elif repertoire == "unicode" and r < 0.40:
            script = rng.choice(sorted(_SCRIPT_NAMES))
            name = rng.choice(_SCRIPT_NAMES[script])
        elif repertoire == "cp1252" and r < 0.3:
            name = f"{rng.choice(_LATIN_FIRST)} {rng.choice(_CP1252_EXTRA)}"
        else:
            name = f"{rng.choice(_LATIN_FIRST)} {rng.choice(_LATIN_LAST)}"
        if representable(name, repertoire):
            return name
    raise RuntimeError("no representable name")  # pragma: no cover


# --------------------------------------------------------------------------- phones


def _valid_mobile(rng: random.Random, region: str) -> phonenumbers.PhoneNumber:
    example = phonenumbers.example_number_for_type(region, PhoneNumberType.MOBILE)
    if example is None:
        raise ValueError(f"no example mobile number for {region}")
    nsn = str(example.national_number)
    for _ in range(100):
        tail = "".join(rng.choice("0123456789") for _ in range(3))
        candidate = phonenumbers.PhoneNumber(
            country_code=example.country_code,
            national_number=int(nsn[:-3] + tail),
            italian_leading_zero=example.italian_leading_zero,
            number_of_leading_zeros=example.number_of_leading_zeros,
        )
        if phonenumbers.is_valid_number(candidate) and (
            phonenumbers.number_type(candidate)
            in (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE)
        ):
            return candidate
    return example


PhoneStyle = Literal["intl", "e164", "00spaced", "00compact", "paren", "national"]
PHONE_STYLES: tuple[PhoneStyle, ...] = ("intl", "e164", "00spaced", "00compact", "paren")


def format_phone(number: phonenumbers.PhoneNumber, style: PhoneStyle) -> str:
    """Write a number as members do: ``+31 6 12345678``, ``0031612345678``, ``+376 (312) 558``."""
    intl = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    if style == "intl":
        return intl
    if style == "e164":
        return e164
    if style == "00spaced":
        return "00" + intl[1:]
    if style == "00compact":
        return "00" + e164[1:]
    if style == "national":
        return phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    # paren: wrap the first group after the country code
    parts = intl.split(" ")
    if len(parts) >= 3:
        parts[1] = f"({parts[1]})"
        return " ".join(parts)
    return intl


def _make_phone(
    rng: random.Random, region: str, *, hard: bool, national: bool
) -> tuple[str, str | None]:
    number = _valid_mobile(rng, region)
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    if hard:
        r = rng.random()
        if r < 0.04:
            return rng.choice(("n/a", "none", "-", "unknown")), None
        if r < 0.08:
            return f"{format_phone(number, 'intl')} ext. {rng.randint(10, 999)}", e164
        if r < 0.11:
            other = _valid_mobile(rng, region)
            return f"{format_phone(number, 'intl')} / {format_phone(other, 'intl')}", e164
    styles: list[PhoneStyle] = list(PHONE_STYLES)
    if national:
        styles.append("national")
    first = rng.choice(styles)
    for style in (first, *styles):
        text = format_phone(number, style)
        if parses_to(text, region, e164):
            return text, e164
    raise AssertionError(f"no parsable form for {e164}")  # pragma: no cover


def parses_to(text: str, region: str, e164: str) -> bool:
    """True if phonenumbers reads ``text`` (default region ``region``) as the number ``e164``.

    Not every written form works everywhere: ``00375 ...`` is not an international prefix for BY.
    """
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.format_number(parsed, PhoneNumberFormat.E164) == e164


# --------------------------------------------------------------------------- editions

_LOCALPARTS = ("abuse", "security", "csirt", "cert", "irt", "soc", "ops", "noc", "hostmaster")


def _make_email(rng: random.Random, ace: str, index: int, *, hard: bool) -> str:
    domain_tld = "example" if ace.startswith("xn--") else ace
    if hard and rng.random() < 0.03:
        return rng.choice(
            (f"security (at) nic.{domain_tld}", "see website", f"abuse@nic.{domain_tld}.")
        )
    if rng.random() < 0.5:
        return f"{rng.choice(_LOCALPARTS)}{index}@nic.{domain_tld}"
    return f"p{rng.getrandbits(24):06x}@registry.{domain_tld}"


def _make_contact(
    rng: random.Random,
    row: tuple[str, str, str, str | None, str],
    index: int,
    *,
    repertoire: Repertoire,
    hostile: bool,
    hard: bool,
    national: bool,
) -> ExpectedContact:
    phone, e164 = _make_phone(rng, row[4], hard=hard, national=national)
    return ExpectedContact(
        name=_pick_name(rng, repertoire, hostile),
        email=_make_email(rng, row[0], index, hard=hard),
        phone=phone,
        phone_e164=e164,
    )


def _make_member(
    rng: random.Random,
    row: tuple[str, str, str, str | None, str],
    *,
    repertoire: Repertoire,
    hostile: bool,
    hard: bool,
    national: bool,
) -> ExpectedMember:
    n = rng.choices((1, 2, 3), weights=(1, 2, 6))[0]
    contacts = tuple(
        _make_contact(
            rng, row, i + 1, repertoire=repertoire, hostile=hostile, hard=hard, national=national
        )
        for i in range(n)
    )
    ace, uni, country, region, phone_region = row
    return ExpectedMember(ace, uni, country, region, contacts, phone_region)


def _sort_key(m: ExpectedMember) -> tuple[int, str]:
    return (1, m.unicode) if m.is_idn else (0, m.ace)


def _eligible_rows(repertoire: Repertoire) -> list[tuple[str, str, str, str | None, str]]:
    return [
        row
        for row in CCTLDS
        if representable(row[1], repertoire) and representable(row[2], repertoire)
    ]


MUST_HAVE_IDNS = ("xn--p1ai", "xn--fiqs8s", "xn--90ais", "xn--wgbh1c", "xn--h2brj9c")


def make_edition(
    stamp: str,
    *,
    seed: int,
    members: int = 60,
    hostile_names: bool = False,
    hard_cases: bool = False,
    national_phones: bool = False,
    repertoire: Repertoire = "unicode",
    idn: bool = True,
    no_region: Sequence[str] = ("tt", "tf"),
) -> ExpectedEdition:
    """A synthetic edition.

    ``hostile_names`` mixes in names with ``;``, ``,``, ``\\``, ``:``, emoji, 60-char names.
    ``hard_cases`` adds a few explicit hard values: phones ``n/a`` (``phone_e164`` None), phones
    with an extension or two numbers (``phone_e164`` = the first number), and emails that are
    not addresses. ``national_phones`` also writes numbers in national form (needs the member's
    country as default region). ``repertoire`` limits all text to a charset (for Latin-1 mails).
    ``no_region`` lists ccTLDs rendered and expected without a region (``region`` None).
    """
    rng = random.Random(seed)
    rows = _eligible_rows(repertoire)
    if not idn:
        rows = [r for r in rows if not r[0].startswith("xn--")]
    chosen: dict[str, tuple[str, str, str, str | None, str]] = {}
    by_ace = {r[0]: r for r in rows}
    for ace in (*MUST_HAVE_IDNS, *no_region):
        if ace in by_ace and len(chosen) < members:
            chosen[ace] = by_ace[ace]
    rest = [r for r in rows if r[0] not in chosen]
    rng.shuffle(rest)
    for row in rest[: max(0, members - len(chosen))]:
        chosen[row[0]] = row
    result = []
    for row in chosen.values():
        region = None if row[0] in no_region else row[3]
        member = _make_member(
            rng,
            (row[0], row[1], row[2], region, row[4]),
            repertoire=repertoire,
            hostile=hostile_names,
            hard=hard_cases,
            national=national_phones,
        )
        result.append(member)
    result.sort(key=_sort_key)
    return ExpectedEdition(stamp, tuple(result))


def mutate_edition(
    prev: ExpectedEdition,
    stamp: str,
    seed: int,
    *,
    repertoire: Repertoire = "unicode",
    hostile_names: bool = False,
    hard_cases: bool = False,
    national_phones: bool = False,
    joins: int | None = None,
    leaves: int | None = None,
    join_aces: Sequence[str] = (),
) -> ExpectedEdition:
    """Next month's edition: members join and leave, contacts change phone/email/name, swap.

    ``join_aces`` are ccTLDs that join in any case (when not yet members).
    """
    rng = random.Random(seed)
    members = list(prev.members)
    n_leave = rng.randint(0, 2) if leaves is None else leaves
    n_join = rng.randint(1, 3) if joins is None else joins
    for _ in range(min(n_leave, max(0, len(members) - 1))):
        members.pop(rng.randrange(len(members)))
    present = {m.ace for m in members}
    candidates = [r for r in _eligible_rows(repertoire) if r[0] not in present]
    rng.shuffle(candidates)
    forced = [r for r in CCTLDS if r[0] in join_aces and r[0] not in present]
    rest = [r for r in candidates if r[0] not in join_aces]
    for row in forced + rest[:n_join]:
        members.append(
            _make_member(
                rng,
                row,
                repertoire=repertoire,
                hostile=hostile_names,
                hard=hard_cases,
                national=national_phones,
            )
        )
    out: list[ExpectedMember] = []
    for m in members:
        contacts = list(m.contacts)
        row = (m.ace, m.unicode, m.country, m.region, m.phone_region)
        for i, c in enumerate(contacts):
            r = rng.random()
            if r < 0.05:
                phone, e164 = _make_phone(rng, m.phone_region, hard=hard_cases, national=False)
                contacts[i] = dataclasses.replace(c, phone=phone, phone_e164=e164)
            elif r < 0.08:
                contacts[i] = dataclasses.replace(
                    c, email=_make_email(rng, m.ace, i + 1, hard=hard_cases)
                )
            elif r < 0.10:
                contacts[i] = _make_contact(
                    rng,
                    row,
                    i + 1,
                    repertoire=repertoire,
                    hostile=hostile_names,
                    hard=hard_cases,
                    national=national_phones,
                )
            elif r < 0.11:
                contacts[i] = dataclasses.replace(
                    c, name=_pick_name(rng, repertoire, hostile_names)
                )
        if len(contacts) >= 2 and rng.random() < 0.05:
            contacts[0], contacts[1] = contacts[1], contacts[0]
        if len(contacts) < 3 and rng.random() < 0.03:
            contacts.append(
                _make_contact(
                    rng,
                    row,
                    len(contacts) + 1,
                    repertoire=repertoire,
                    hostile=hostile_names,
                    hard=hard_cases,
                    national=national_phones,
                )
            )
        elif len(contacts) > 1 and rng.random() < 0.02:
            contacts.pop()
        out.append(dataclasses.replace(m, contacts=tuple(contacts)))
    out.sort(key=_sort_key)
    return ExpectedEdition(stamp, tuple(out))


def change_phones(edition: ExpectedEdition, seed: int, *, fraction: float = 0.3) -> ExpectedEdition:
    """Same edition with some phone numbers replaced (spoofs, conflicts)."""
    rng = random.Random(seed)
    members = []
    changed = False
    for m in edition.members:
        contacts = []
        for old in m.contacts:
            c = old
            if rng.random() < fraction:
                phone, e164 = _make_phone(rng, m.phone_region, hard=False, national=False)
                if e164 != c.phone_e164:
                    changed = True
                c = dataclasses.replace(c, phone=phone, phone_e164=e164)
            contacts.append(c)
        members.append(dataclasses.replace(m, contacts=tuple(contacts)))
    if not changed and members:
        m0 = members[0]
        c0 = m0.contacts[0]
        for _ in range(100):
            phone, e164 = _make_phone(rng, m0.phone_region, hard=False, national=False)
            if e164 != c0.phone_e164:
                break
        new_c0 = dataclasses.replace(c0, phone=phone, phone_e164=e164)
        members[0] = dataclasses.replace(m0, contacts=(new_c0, *m0.contacts[1:]))
    return ExpectedEdition(edition.stamp, tuple(members))


def with_stamp(edition: ExpectedEdition, stamp: str) -> ExpectedEdition:
    return ExpectedEdition(stamp, edition.members)


def monthly_stamps(newest: str, count: int) -> list[str]:
    """``count`` monthly stamps ending with ``newest`` (``yyyymmdd-0600``), oldest first."""
    year, month = int(newest[:4]), int(newest[4:6])
    rest = newest[6:]
    stamps = []
    for _ in range(count):
        stamps.append(f"{year:04d}{month:02d}{rest}")
        month -= 1
        if month == 0:
            month, year = 12, year - 1
    return stamps[::-1]


def next_month(stamp: str, months: int = 1) -> str:
    year, month = int(stamp[:4]), int(stamp[4:6])
    total = year * 12 + (month - 1) + months
    return f"{total // 12:04d}{total % 12 + 1:02d}{stamp[6:]}"
