"""Charsets as declared and as really used, and header bytes as clients send them."""

from __future__ import annotations

import unicodedata
from email import policy
from email.message import Message
from email.parser import BytesParser

import pytest

from tests.mailgen.render import HtmlStyle
from tldops_desktop.mail.decode import bytes_to_text, decode_bytes, header_values, part_text


@pytest.mark.parametrize(
    ("data", "declared", "text"),
    [
        ("Štefan Žák, 5 €".encode("iso-8859-15"), "iso-8859-15", "Štefan Žák, 5 €"),
        ("Štefan Žák".encode(), "iso-8859-15", "Štefan Žák"),  # UTF-8 labelled Latin-9
        # Windows-1252 labelled Latin-9: its quotes and dashes are controls in Latin-9.
        ("Seán O’Brien – Ž".encode("cp1252"), "iso-8859-15", "Seán O’Brien – Ž"),
        ("“Hélène”".encode("cp1252"), "iso-8859-1", "“Hélène”"),  # Latin-1 read as WHATWG does
        ("Hélène".encode("cp1252"), "us-ascii", "Hélène"),
        ("Hélène".encode(), "iso-8859-1", "Hélène"),
        ("Hélène".encode("latin-1"), None, "Hélène"),
        ("Мария".encode("koi8-r"), "koi8-r", "Мария"),
        # One Windows-1252 byte pasted into UTF-8: the rest stays UTF-8, not Latin-1 mojibake.
        ("Jürgen Müller, Свет O".encode() + b"\x92Brien", "utf-8", "Jürgen Müller, Свет O’Brien"),
        ("Šimon O’Brien".encode("cp1252"), "utf-8", "Šimon O’Brien"),  # mislabelled copy
        (b"\x81 \x8a", None, "\x81 Š"),  # a byte Windows-1252 leaves undefined: Latin-1
    ],
)
def test_bytes_to_text(data: bytes, declared: str | None, text: str) -> None:
    assert bytes_to_text(data, declared) == text


def test_windows_1252_labelled_latin_9_is_said_to_be_a_guess() -> None:
    assert decode_bytes("O’Brien".encode("cp1252"), "iso-8859-15") == ("O’Brien", True)
    assert decode_bytes("Žák 5 €".encode("iso-8859-15"), "iso-8859-15") == ("Žák 5 €", False)


@pytest.mark.parametrize("subject", ["ΑΠ: Συνάντηση", "回复：会议", "Réunion — vendredi"])
def test_raw_utf8_header_bytes_are_read(subject: str) -> None:
    raw = f"From: a@b\nSubject: {subject}\n\nbody\n".encode()
    message = BytesParser(policy=policy.compat32).parsebytes(raw)
    assert header_values(message, "subject") == [subject]


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        # One word broken: the others are read, it is kept as written.
        ("=?utf-8?B?W0VY=VF0?= =?utf-8?Q?=5Btld-ops=5D?= Repository",
         "=?utf-8?B?W0VY=VF0?= [tld-ops] Repository"),
        # Base64 with a character too many reads without it.
        ("=?utf-8?B?W0VYVF0gx?= =?utf-8?B?VExELU9QUw==?=", "[EXT] TLD-OPS"),
        # A character split between two words of one charset; a language tag (RFC 2231).
        ("=?utf-8?B?w4FyZXdhIMU=?= =?utf-8?B?gQ==?= =?UTF-8*en?Q?_x?= =?utf-8?B?W0VY=VF0?=",
         "Árewa Ł x =?utf-8?B?W0VY=VF0?="),
    ],
)  # fmt: skip
def test_encoded_words_are_read_one_by_one_where_one_is_broken(raw: str, text: str) -> None:
    message = Message()
    message["Subject"] = raw
    assert header_values(message, "subject") == [text]


@pytest.mark.parametrize(
    "meta",
    [
        '<meta charset="windows-1251">',
        "<META http-equiv=Content-Type content='text/html; charset=windows-1251'>",
    ],
)
def test_an_html_part_without_a_mime_charset_is_read_by_its_meta_tag(meta: str) -> None:
    html = f"<html><head>{meta}</head><body>Светлана Смирнова</body></html>"
    raw = b"Content-Type: text/html\n\n" + html.encode("cp1251")
    part = BytesParser(policy=policy.compat32).parsebytes(raw)
    assert "Светлана Смирнова" in part_text(part)


def test_the_mime_charset_wins_over_a_meta_tag() -> None:
    html = '<html><head><meta charset="windows-1251"></head><body>Müller</body></html>'
    raw = b"Content-Type: text/html; charset=utf-8\n\n" + html.encode()
    part = BytesParser(policy=policy.compat32).parsebytes(raw)
    assert "Müller" in part_text(part)


def test_utf8_bytes_win_over_a_stale_meta_tag() -> None:
    html = '<html><head><meta charset="koi8-r"></head><body>Светлана Müller</body></html>'
    raw = b"Content-Type: text/html\n\n" + html.encode()
    part = BytesParser(policy=policy.compat32).parsebytes(raw)
    assert "Светлана Müller" in part_text(part)


@pytest.mark.parametrize("declared", ["koi8-r", "iso-8859-2", "windows-1251", "gb2312", "latin1"])
def test_utf8_bytes_win_over_a_stale_mime_charset(declared: str) -> None:
    """A body a gateway or client converted to UTF-8, keeping the old label."""
    text = "Łukasz Müller, Светлана Смирнова, 黃明"
    raw = f"Content-Type: text/plain; charset={declared}\n\n{text}\n".encode()
    part = BytesParser(policy=policy.compat32).parsebytes(raw)
    assert part_text(part) == text + "\n"


@pytest.mark.parametrize(
    ("text", "declared"),
    [("Светлана Смирнова", "koi8-r"), ("Łukasz Żak", "iso-8859-2"), ("黃明 會議", "big5")],
)
def test_text_in_its_declared_charset_stays_in_it(text: str, declared: str) -> None:
    raw = f"Content-Type: text/plain; charset={declared}\n\n".encode() + text.encode(declared)
    part = BytesParser(policy=policy.compat32).parsebytes(raw)
    assert part_text(part) == text


def _cut(data: bytes, size: int, separator: bytes) -> bytes:
    """``data`` on lines of ``size`` bytes, as a mail server cuts a longer line."""
    return separator.join(data[i : i + size] for i in range(0, len(data), size))


_SERVERS = {
    "postfix": (998, b"\r\n "),  # goes on in a line that begins with a space
    "sendmail": (990, b"!\n"),  # marks the cut line with "!"
    "plain": (998, b"\n"),  # just breaks it
}


@pytest.mark.parametrize("server", sorted(_SERVERS))
@pytest.mark.parametrize("style", ["table", "paragraphs"])
def test_an_html_edition_on_one_line_cut_by_a_mail_server_reads_whole(
    server: str, style: HtmlStyle
) -> None:
    from tests.mailgen.editions import make_edition
    from tests.mailgen.messages import build_edition
    from tests.mailgen.render import render_html
    from tldops_desktop.mail.message import examine

    edition = make_edition("20261101-0600", seed=41, members=40)
    html = render_html(edition, style, seed=1).replace("\r\n", "").replace("\n", "")
    head = build_edition(edition, seed=1).data.split(b"\n\n", 1)[0]
    head = head.replace(b"Content-Type: text/plain", b"Content-Type: text/html")
    size, separator = _SERVERS[server]
    cut = _cut(html.encode("utf-8"), size, separator)
    assert max(len(line) for line in cut.split(b"\n")) <= 1000
    (found,) = examine(head + b"\n\n" + cut + b"\n", "cut.eml").editions
    read = [
        (m.tld.ace, [(c.name, c.email, c.phone) for c in m.contacts]) for m in found.body.members
    ]
    expected = [(m.ace, [(c.name, c.email, c.phone) for c in m.contacts]) for m in edition.members]
    assert read == expected


def test_text_with_lines_under_the_limit_is_left_as_it_is() -> None:
    from tldops_desktop.mail.decode import rejoin_mta_breaks

    text = b"<p>short</p>\n <p>indented</p>\n" + b"x" * 900 + b"\n next\n"
    assert rejoin_mta_breaks(text) is text
    line = b"y" * 998
    assert rejoin_mta_breaks(line + b"\nz") == line + b"z"
    assert rejoin_mta_breaks(line) == line  # the last line: nothing goes on after it


_RUSSIAN = "Алексей Смирнов, Мария Иванова, Светлана Петрова: дежурная служба"


@pytest.mark.parametrize("actual", ["cp1251", "koi8_r"])
@pytest.mark.parametrize("label", ["utf-8", "us-ascii", None])
def test_cyrillic_in_a_one_byte_charset_under_a_wrong_label_reads_right(
    actual: str, label: str | None
) -> None:
    data = f"Name: {_RUSSIAN}\nEmail: noc@nic.ru\n".encode(actual)
    assert bytes_to_text(data, label) == data.decode(actual)


@pytest.mark.parametrize(
    ("actual", "label"), [("koi8_r", "windows-1251"), ("cp1251", "koi8-r"), ("cp1251", "koi8-u")]
)
def test_cyrillic_under_the_other_cyrillic_label_reads_right(actual: str, label: str) -> None:
    """Both decode any bytes: read by the label, the names would be garbled without a word."""
    data = f"Name: {_RUSSIAN}\nEmail: noc@nic.ru\n".encode(actual)
    assert bytes_to_text(data, label) == data.decode(actual)


@pytest.mark.parametrize("charset", ["cp1251", "koi8_r"])
def test_cyrillic_under_its_own_label_reads_by_it(charset: str) -> None:
    for text in (_RUSSIAN, _RUSSIAN.upper(), "ИВАНОВ Иван, ПЕТРОВА Мария, СМИРНОВ Алексей"):
        data = text.encode(charset)
        assert bytes_to_text(data, charset) == text


def test_western_text_under_a_wrong_label_still_reads_as_windows_1252() -> None:
    data = "Jürgen Müller, Zoë Lefèvre, François Dvořák".encode("cp1250", "replace")
    western = "Jürgen Müller, Zoë Lefèvre, Søren Ødegård, Ana Peña, José Núñez".encode("cp1252")
    assert bytes_to_text(western, "utf-8") == western.decode("cp1252")
    assert bytes_to_text(data, None) == data.decode("cp1252")
    mixed = "Алексей Смирнов ".encode() + "O’Brien".encode("cp1252")  # pasted into UTF-8
    assert bytes_to_text(mixed, "utf-8") == "Алексей Смирнов O’Brien"


def test_a_wrong_label_is_noted_in_the_report() -> None:
    from tests.mailgen.editions import make_edition
    from tests.mailgen.messages import build_edition
    from tldops_desktop.mail.message import examine

    message = build_edition(make_edition("20261101-0600", seed=3, members=6), seed=1).data
    head, body = message.split(b"\n\n", 1)
    assert b'charset="utf-8"' in head and b"8bit" in head
    russian = body + f"\n{_RUSSIAN}\n".encode("cp1251")
    (found,) = examine(head + b"\n\n" + russian, "x.eml").editions
    assert [(n.code, n.detail) for n in found.body.notes if n.line == 0] == [
        ("charset-mismatch", "utf-8")
    ]
    (clean,) = examine(message, "x.eml").editions
    assert not [n for n in clean.body.notes if n.code == "charset-mismatch"]
    koi8 = head.replace(b'charset="utf-8"', b'charset="windows-1251"') + b"\n\n"
    koi8_body = (body.decode() + f"\n{_RUSSIAN}\n").encode("koi8_r", "replace")
    (relabelled,) = examine(koi8 + koi8_body, "x.eml").editions
    assert [(n.code, n.detail) for n in relabelled.body.notes if n.line == 0] == [
        ("charset-mismatch", "windows-1251")
    ]


def test_quoted_printable_with_blanks_a_transport_added_at_line_ends() -> None:
    """RFC 2045 6.7: blanks at a line's end are dropped before decoding, so "= " still joins
    the line to the next; else an address keeps its "=": "regist= ry.an"."""
    body = "Email: p033733@regist= \r\nry.an  \r\nName: =D0=9C=D0=B0=D1=80=D0=B8=D1=8F=\t\r\n =D0=98\r\n"
    raw = (
        b'Content-Type: text/plain; charset="utf-8"\r\n'
        b"Content-Transfer-Encoding: quoted-printable\r\n\r\n" + body.encode()
    )
    part = BytesParser(policy=policy.compat32).parsebytes(raw)
    assert part_text(part) == "Email: p033733@registry.an\r\nName: Мария И\r\n"


def test_a_part_is_decoded_once_for_its_text_and_its_charset_check() -> None:
    from tldops_desktop.mail.decode import declared_charset_wrong, decoded_payload

    raw = (
        b'Content-Type: text/plain; charset="utf-8"\n'
        b"Content-Transfer-Encoding: quoted-printable\n\nM=C3=BCller\n"
    )
    part = BytesParser(policy=policy.compat32).parsebytes(raw)
    assert part_text(part) == "Müller\n"
    assert decoded_payload(part) is decoded_payload(part)
    assert declared_charset_wrong(part) is None


def _part(body: bytes, content_type: str) -> Message:
    raw = f"Content-Type: {content_type}\nContent-Transfer-Encoding: 8bit\n\n".encode() + body
    return BytesParser(policy=policy.compat32).parsebytes(raw)


# Names with a character only the vendor superset of the label has (Windows-31J under
# Shift_JIS, GBK under GB2312, ...), beside names of other scripts in the same part.
_SUPERSET_NAMES = [
    ("shift_jis", "cp932", "髙橋 一郎, 山﨑 花子"),
    ("x-sjis", "cp932", "髙橋 一郎, 山田 花子"),
    ("ks_c_5601-1987", "cp949", "박똠 김, 김민준"),
    ("euc-kr", "cp949", "박똠 김, 김민준"),
    ("gb2312", "gb18030", "张镕, 王小明"),
    ("x-gbk", "gb18030", "张镕, 王小明"),
    ("big5", "big5hkscs", "林堃, 陳大文"),
    ("iso-8859-8-i", "iso8859-8", "דוד כהן"),
    ("windows-874", "cp874", "สมชาย ใจดี"),
    ("x-mac-cyrillic", "mac-cyrillic", _RUSSIAN),
]


@pytest.mark.parametrize(("label", "written_in", "names"), _SUPERSET_NAMES)
def test_legacy_labels_read_as_their_writers_use_them(
    label: str, written_in: str, names: str
) -> None:
    body = f"Name: {names}\nEmail: noc@nic.jp\n".encode(written_in)
    assert bytes_to_text(body, label) == body.decode(written_in)
    part = _part(body, f"text/plain; charset={label}")
    from tldops_desktop.mail.decode import declared_charset_wrong

    assert part_text(part) == body.decode(written_in)
    assert declared_charset_wrong(part) is None  # read by its label: no guess to report


def test_iso_2022_jp_as_windows_writes_it_with_nec_and_ibm_characters() -> None:
    """CP50220: 髙 and ㈱ inside JIS X 0208's escapes; read through Shift_JIS, as WHATWG does."""
    names = "山田 花子, 髙橋 一郎 ㈱ｶﾀｶﾅ"
    jis = names.encode("cp932")  # what CP50220 writes, in JIS pairs between escapes
    escaped = bytearray()
    for char in names:
        encoded = char.encode("cp932")
        if len(encoded) == 1 and encoded[0] >= 0xA1:  # half-width katakana
            escaped += b"\x1b(I" + bytes([encoded[0] - 0x80]) + b"\x1b(B"
        elif len(encoded) == 1:
            escaped += encoded
        else:
            first, second = encoded
            first -= 0x70 if first < 0xA0 else 0xB0
            first = first * 2 - 1
            if second >= 0x9F:
                first, second = first + 1, second - 0x7E
            else:
                second -= 0x1F + (1 if second >= 0x80 else 0)
            escaped += b"\x1b$B" + bytes([first, second]) + b"\x1b(B"
    assert jis.decode("cp932") == names
    assert bytes_to_text(bytes(escaped), "iso-2022-jp") == names
    with pytest.raises(UnicodeDecodeError):  # Python's own codec refuses the extensions
        bytes(escaped).decode("iso2022_jp")


@pytest.mark.parametrize("order", ["utf-16-be", "utf-16-le"])
def test_utf16_without_a_byte_order_mark_reads_in_either_order(order: str) -> None:
    text = "Name: 山田 太郎\nEmail: noc@jprs.jp\n"
    assert bytes_to_text(text.encode(order), "utf-16") == text


@pytest.mark.parametrize(
    ("label", "windows", "names"),
    [
        ("iso-8859-2", "cp1250", "Wiśniewski, Ząbkowska-Źdźbło"),
        ("iso-8859-7", "cp1253", "Γιώργος Παπαδόπουλος ‘ops’"),
    ],
)
def test_iso_8859_text_that_is_really_windows_text_reads_as_windows(
    label: str, windows: str, names: str
) -> None:
    """Bytes 0x80-0x9F are control characters in ISO 8859, which no name holds: the text is in
    the Windows charset of its script (Polish from Outlook, labelled Latin-2)."""
    data = f"Name: {names}\n".encode(windows)
    assert bytes_to_text(data, label) == data.decode(windows)
    plain = "Name: Jiří Dvořák\n".encode("iso8859-2")
    assert bytes_to_text(plain, "iso-8859-2") == "Name: Jiří Dvořák\n"  # Latin-2 itself


@pytest.mark.parametrize(
    ("written_in", "text"),
    [
        ("cp1256", "محمد العتيبي، عبد الله بن سعود، ليلى بن سالم: مركز العمليات"),
        ("cp1253", "Γιώργος Παπαδόπουλος, Μαρία Κωνσταντίνου, Νίκος Γεωργίου"),
        ("cp1255", "דוד כהן, שרה לוי, משה ישראלי: מרכז התפעול"),
    ],
)
@pytest.mark.parametrize("label", [None, "iso-8859-1", "x-unknown"])
def test_other_scripts_in_a_one_byte_charset_are_not_taken_for_cyrillic(
    written_in: str, text: str, label: str | None
) -> None:
    data = f"Name: {text}\nEmail: noc@nic.eg\n".encode(written_in)
    assert bytes_to_text(data, label) == data.decode(written_in)


_HEBREW = "דוד כהן, שרה לוי, משה ישראלי: מרכז התפעול"
_POLISH = "Łukasz Kołodziej, Paweł Żółkiewski, Małgorzata Wiśniewska, Michał Dąbrowski"
_CZECH = "Jan Dvořák, Petr Pospíšil, Eva Růžičková, Tomáš Kříž, Jiří Žák"


@pytest.mark.parametrize(
    "text",
    [
        "Jürgen Müller, Zoë Lefèvre, Søren Ødegård, Ana Peña, José Núñez, Æsir Ærø, Gal·la",
        "¿Qué tal, Muñoz? ¡Hola! «Bonjour», Windows® and Office®, 5 £, 3 m², 1ª, Nº 5, 5 µm",
        # Czech in Windows-1250 whose every word is one in a Western language too ("Dvoøák"
        # Faroese, "Nìmec" Italian) tells nothing; and one sign alone is no evidence.
        "Jan Dvořák, Jiří Němec, Josef Kovář".encode("cp1250").decode("cp1252"),
        "Michał Nowak".encode("iso8859-2").decode("cp1252"),
    ],
    ids=["names", "signs", "czech-windows-1250", "one-sign"],
)
def test_western_text_with_signs_beside_words_stays_western(text: str) -> None:
    data = text.encode("cp1252")
    assert decode_bytes(data, "iso-8859-1") == (text, False)


_CZECH_1250 = "Jan Dvořák, Petr Černý, Jiří Němec, Eva Kučerová, Tomáš Kříž"
_SLOVAK = "Zuzana Čaputová, Ľubomír Kráľ, Mária Ďurišová, Ján Šťastný, Peter Hraňo"
_HUNGARIAN = "Szűcs Gábor, Kőműves Ödön, Tűzkő Béla, Csűrös Anikó, Erdős Pál"
_ROMANIAN = "Ştefan Mureşan, Vlad Ştefănescu, Ana Ţurcanu, Andreea Dumitraşcu"


@pytest.mark.parametrize(
    ("written_in", "text"),
    [
        # By its signs in words ("Ko³odziej", "£ukasz", "Pawe³": signs in Windows-1252)
        ("iso8859-2", _POLISH),
        ("cp1250", _POLISH),
        ("iso8859-2", _CZECH),
        # By its words: a Central European language's in its reading, and no Western one's
        # read as Windows-1252 ("Kuèerová", "Kõmûves", "Mureºan")
        ("cp1250", _CZECH_1250),
        ("cp1250", _SLOVAK),
        ("iso8859-2", _SLOVAK),
        ("cp1250", _HUNGARIAN),
        ("iso8859-2", _HUNGARIAN),
        ("iso8859-16", _HUNGARIAN),  # (ű is another byte there: ř in Latin-2)
        ("cp1250", _ROMANIAN),
        ("iso8859-2", _ROMANIAN),
    ],
    ids=[
        "polish-latin-2",
        "polish-windows-1250",
        "czech-latin-2",
        "czech-windows-1250",
        "slovak-windows-1250",
        "slovak-latin-2",
        "hungarian-windows-1250",
        "hungarian-latin-2",
        "hungarian-latin-10",
        "romanian-windows-1250",
        "romanian-latin-2",
    ],
)
@pytest.mark.parametrize("label", ["iso-8859-1", "windows-1252", None])
def test_central_european_text_under_a_western_label_reads_right(
    written_in: str, text: str, label: str | None
) -> None:
    """Read as Western text its names would be garbled."""
    data = f"Name: {text}\nEmail: cert@nic.example\n".encode(written_in)
    assert decode_bytes(data, label) == (data.decode(written_in), True)


@pytest.mark.parametrize(
    "text",
    [
        "Søren Ødegård, Bjørn Kjærgaard, Kåre Løvås, Åsa Lindström, Ærø Sætre",
        "Niccolò Fabbri, Così Pietà, Perù, Lluís Companys, Pere Martí, Jordi Solé",
        "Sigurður Þórsson, Guðrún Ólafsdóttir, Jógvan Ørbæk, Eyðun Ólavsson",
        "João Simões, Conceição Gonçalves, Tõnu Põld, Ülle Õun, Mäkinen Hämäläinen",
        "Jean-Loïc Le Bœuf, Maïté Lefèbvre, Raphaël Noël, Hervé Ménière, Brûlé Crème",
        "Inés Muñoz Ibáñez, Agustín Pérez, Jürgen Müller, Straße, Joël Daniëlle",
    ],
    ids=[
        "nordic",
        "italian-catalan",
        "icelandic-faroese",
        "portuguese-estonian",
        "french",
        "mixed",
    ],
)
@pytest.mark.parametrize("label", ["iso-8859-1", "windows-1252", None])
def test_western_words_stay_western(text: str, label: str | None) -> None:
    data = f"Name: {text}\nEmail: cert@nic.example\n".encode("cp1252")
    # (A Western name with no label is a guess too, a likely one.)
    assert decode_bytes(data, label) == (data.decode("cp1252"), label is None)


@pytest.mark.parametrize(
    ("tld", "names", "written_in"),
    [
        (".pl Poland", ("Łukasz Kołodziej", "Paweł Żółkiewski"), "iso8859-2"),
        (".cz Czechia", ("Petr Černý", "Eva Kučerová"), "cp1250"),
        (".hu Hungary", ("Kőműves Ödön", "Csűrös Anikó"), "cp1250"),
    ],
    ids=["polish", "czech", "hungarian"],
)
def test_central_european_text_under_a_western_label_is_noted(
    tld: str, names: tuple[str, str], written_in: str
) -> None:
    from tldops_desktop.mail.message import examine

    rule = "-" * 64
    text = (
        f"{rule}\n{tld} (EU)\n{rule}\nContact Person #1:\nName: {names[0]}\n"
        "Email address: cert@nic.example\nMobile phone number: +48 601 234 567\n\n"
        f"Contact Person #2:\nName: {names[1]}\nEmail address: soc@nic.example\n"
        "Mobile phone number: +48 601 234 568\n"
    )
    message = (
        b"From: tld-ops@lists.dns-oarc.net\nSubject: TLD-OPS Incident Response Community "
        b'Repository <20261101-0600>\nContent-Type: text/plain; charset="iso-8859-1"\n'
        b"Content-Transfer-Encoding: 8bit\n\n" + text.encode(written_in)
    )
    (found,) = examine(message, "x.eml").editions
    (member,) = found.body.members
    assert [c.name for c in member.contacts] == list(names)
    assert [(n.code, n.detail) for n in found.body.notes if n.line == 0] == [
        ("charset-mismatch", "iso-8859-1")
    ]


def test_a_guess_is_noted_and_a_right_label_in_another_spelling_is_not() -> None:
    from tldops_desktop.mail.decode import declared_charset_wrong

    russian = f"Name: {_RUSSIAN}\n".encode("cp1251")
    unlabelled = _part(russian, "text/plain")
    assert part_text(unlabelled) == russian.decode("cp1251")
    assert declared_charset_wrong(unlabelled) == ""  # no label: "charset-guessed"
    for spelling in ("cp-1251", "win-1251", "Windows-1251", '"windows-1251 "'):
        part = _part(russian, f"text/plain; charset={spelling}")
        assert part_text(part) == russian.decode("cp1251")
        assert declared_charset_wrong(part) is None, spelling
    rfc2231 = _part(russian, "text/plain; charset*=''windows-1251")
    assert declared_charset_wrong(rfc2231) is None


def test_an_html_part_mislabelled_by_a_gateway_is_read_by_its_own_meta_tag() -> None:
    html = '<html><head><meta charset="shift_jis"></head><body>山田 花子</body></html>'
    part = _part(html.encode("cp932"), "text/html; charset=utf-8")
    assert "山田 花子" in part_text(part)


def test_decomposed_letters_are_read_composed() -> None:
    """macOS and Windows-1258 write a letter and its marks apart: the same name must compare
    and hash alike in every copy."""
    vietnamese = "Nguyễn Văn Đức"
    decomposed = unicodedata.normalize("NFD", vietnamese)
    as_utf8 = _part(decomposed.encode(), "text/plain; charset=utf-8")
    assert part_text(as_utf8) == vietnamese
    # Windows-1258 has "ê" and a combining tilde, not "ễ": it writes the two.
    in_1258 = "Nguyê\u0303n Văn Đư\u0301c"
    as_1258 = _part(in_1258.encode("cp1258"), "text/plain; charset=windows-1258")
    assert part_text(as_1258) == vietnamese


def test_a_byte_the_guessed_charset_lacks_is_no_error() -> None:
    """Hebrew letters, then a byte Windows-1255 leaves undefined (a Western word pasted in):
    no script is guessed, and every byte is still read."""
    data = f"Name: {_HEBREW}".encode("cp1255") + b" Cr\xfbme"
    text, guessed = decode_bytes(data, None)
    assert guessed and text == data.decode("cp1252")


# Names as a copy saved by a mail program of the region writes them, with no charset label
# (or US-ASCII) left on the part.
_CJK_NAMES = [
    ("gb18030", "王小明, 李国华, 张伟; 联系人: 刘芳 (中国互联网络信息中心)"),
    ("big5hkscs", "陳大文, 林志玲, 黃志強; 聯絡人: 張偉強 (台灣網路資訊中心)"),
    ("cp932", "山田 花子, 佐藤 太郎, 鈴木 一郎 (日本レジストリサービス)"),
    ("euc_jp", "山田 花子, 佐藤 太郎, 高橋 健一, 渡辺 美咲"),
    ("cp949", "김민준, 이서연, 박지훈 (한국인터넷진흥원 정보보호팀)"),
]


@pytest.mark.parametrize(("written_in", "names"), _CJK_NAMES, ids=[c for c, _ in _CJK_NAMES])
@pytest.mark.parametrize("label", [None, "us-ascii"])
def test_cjk_text_without_a_label_reads_in_its_charset(
    written_in: str, names: str, label: str | None
) -> None:
    data = f"Name: {names}\nEmail: noc@nic.example\nMobile: +81 3 5215 8451\n".encode(written_in)
    assert decode_bytes(data, label) == (data.decode(written_in), True)


@pytest.mark.parametrize(
    ("charset", "names"),
    [("iso2022_jp", "山田 花子, 佐藤 太郎"), ("iso2022_kr", "김민준, 이서연")],
)
@pytest.mark.parametrize("label", [None, "us-ascii"])
def test_seven_bit_cjk_text_without_a_label_reads_by_its_escapes(
    charset: str, names: str, label: str | None
) -> None:
    data = f"Name: {names}\nEmail: noc@nic.example\n".encode(charset)
    assert data.isascii()
    assert decode_bytes(data, label) == (data.decode(charset), True)
    # Escapes of no charset, or ISO-2022-JP's around what is no JIS pair: read as ASCII.
    plain = b"Name: Hanako Yamada\nNote: \x1b[1mbold\x1b[0m, \x1b$Bx\x1b(B\n"
    assert decode_bytes(plain, label) == (plain.decode("ascii"), False)


@pytest.mark.parametrize(
    ("written_in", "text"),
    [
        ("cp1252", "Jürgen Müller, Zoë Lefèvre, Søren Ødegård, Ana Peña, José Núñez, Ærø"),
        ("cp1252", "Hélène Dubois, François Gonçalves, João Simões, Björk Guðmundsdóttir"),
        ("iso8859-2", _POLISH),
        ("cp1250", _CZECH),
        ("cp1251", _RUSSIAN),
        ("koi8_r", _RUSSIAN.upper()),
        ("cp1253", "Γιώργος Παπαδόπουλος, Μαρία Κωνσταντίνου"),
        ("cp1256", "محمد أحمد, فاطمة علي"),
    ],
)
def test_other_text_without_a_label_is_not_taken_for_cjk(written_in: str, text: str) -> None:
    from tldops_desktop.mail.cjk import cjk_text

    data = f"Name: {text}\nEmail: noc@nic.example\n".encode(written_in)
    assert cjk_text(data) is None
    decoded, _ = decode_bytes(data, None)
    assert not any("\u3040" <= char <= "\u9fff" or "\uac00" <= char <= "\ud7a3" for char in decoded)


def test_cjk_text_too_short_to_tell_is_left_to_the_western_reading() -> None:
    from tldops_desktop.mail.cjk import cjk_text

    # Two characters: GB18030, Big5 and UHC each read them as something.
    data = "Name: 张伟\n".encode("gb18030")
    assert cjk_text(data) is None
    assert decode_bytes(data, None) == (data.decode("cp1252"), True)


def test_cjk_names_read_by_a_guess_are_noted() -> None:
    from tldops_desktop.mail.message import examine

    rule = "-" * 64
    text = (
        f"{rule}\n.cn China (AP)\n{rule}\nContact Person #1:\nName: 王小明\n"
        "Email address: cert@cnnic.example\nMobile phone number: +86 10 5881 3000\n\n"
        "Contact Person #2:\nName: 李国华\nEmail address: soc@cnnic.example\n"
        "Mobile phone number: +86 10 5881 3001\n"
    )
    for label, code in (("", "charset-guessed"), ('; charset="us-ascii"', "charset-mismatch")):
        message = (
            b"From: tld-ops@lists.dns-oarc.net\nSubject: TLD-OPS Incident Response Community "
            b"Repository <20261101-0600>\nContent-Type: text/plain" + label.encode() + b"\n"
            b"Content-Transfer-Encoding: 8bit\n\n" + text.encode("gb18030")
        )
        (found,) = examine(message, "x.eml").editions
        (member,) = found.body.members
        assert [c.name for c in member.contacts] == ["王小明", "李国华"]
        assert [n.code for n in found.body.notes if n.line == 0] == [code]
