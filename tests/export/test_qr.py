"""QR codes: the payload is a compact vCard, and the written PNG and SVG decode back to it."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path
from typing import Any

import png  # pypng: test dependency
import pytest
import segno
import vobject
import zxingcpp  # test dependency

from tests.export import (
    SCRIPT_NAMES,
    check_bytes,
    contact_for,
    edition_of,
    hostile_edition,
    members_for,
    script_edition,
)
from tldops_desktop.core.model import Contact, Edition, Member, Region, Tld
from tldops_desktop.errors import UserError
from tldops_desktop.export.qr import (
    BORDER,
    MAX_VERSION,
    contact_qr,
    contact_qr_payload,
    fit_contact_qr,
    write_qr,
)
from tldops_desktop.export.vcard import clean_text, compact_card

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def pairs(edition: Edition) -> list[tuple[Member, Contact]]:
    return [(m, c) for m in edition.members for c in m.contacts]


def sample() -> tuple[Edition, Member, Contact]:
    anna = Contact(1, "O'Neill; Séamus, Jr.", "seamus@sidn.example", "+31 6 1234 5678",
                   "+31612345678")  # fmt: skip
    member = Member(Tld("nl", "nl"), "Netherlands", Region.EU, (anna,))
    return edition_of((member,)), member, anna


def module_rows(matrix: Any) -> list[list[bool]]:
    return [[bool(v) for v in row] for row in matrix]


def bordered(code: segno.QRCode) -> list[list[bool]]:
    inner = module_rows(code.matrix)
    size = len(inner) + 2 * BORDER
    rows = [[False] * size for _ in range(size)]
    for y, row in enumerate(inner):
        rows[y + BORDER][BORDER : BORDER + len(row)] = row
    return rows


def decode_pixels(pixels: bytes, width: int, height: int) -> list[str]:
    """Decode 8-bit grey pixels (0 dark, 255 light) with zxing-cpp."""
    image = memoryview(pixels).cast("B", shape=(height, width))
    return [barcode.text for barcode in zxingcpp.read_barcodes(image)]


def raster(rows: list[list[bool]], scale: int = 4) -> tuple[bytes, int]:
    size = len(rows) * scale
    out = bytearray()
    for row in rows:
        line = bytearray()
        for dark in row:
            line += bytes([0 if dark else 255]) * scale
        out += bytes(line) * scale
    return bytes(out), size


# -- payload ----------------------------------------------------------------------------------


def test_payload_is_a_compact_vcard_3() -> None:
    edition, member, contact = sample()
    payload = contact_qr_payload(edition, member, contact)
    # Short lines: the payload is also a card by the byte rules.
    assert len(check_bytes(payload.encode("utf-8"))) == 1
    lines = payload.split("\r\n")
    assert lines[0] == "BEGIN:VCARD" and lines[1] == "VERSION:3.0"
    assert lines[-2:] == ["END:VCARD", ""]
    names = {line.split(":", 1)[0] for line in lines[:-1]}
    assert names == {"BEGIN", "VERSION", "FN", "N", "TEL;TYPE=CELL", "EMAIL;TYPE=INTERNET",
                     "ORG", "END"}  # fmt: skip
    assert "FN:O'Neill\\; Séamus\\, Jr." in lines
    assert "TEL;TYPE=CELL:+31612345678" in lines
    assert "ORG:.nl Netherlands" in lines
    assert len(payload.encode("utf-8")) < 300
    parsed = next(vobject.readComponents(payload))
    assert parsed.fn.value == contact.name
    assert parsed.tel.value == "+31612345678"
    assert parsed.email.value == contact.email
    assert parsed.org.value == [".nl Netherlands"]


@pytest.mark.parametrize("make", [script_edition, hostile_edition])
def test_payloads_read_back_for_every_script_and_hostile_name(make: Any) -> None:
    edition = make()
    for member, contact in pairs(edition):
        payload = contact_qr_payload(edition, member, contact)
        assert payload.startswith("BEGIN:VCARD\r\n")
        assert payload.count("\r\nBEGIN:") == 0 and payload.count("\r\nEND:") == 1
        assert all("\r" not in line and "\n" not in line for line in payload.split("\r\n"))
        (card,) = list(vobject.readComponents(payload))
        name = clean_text(contact.name).strip()
        if name:
            assert card.fn.value == name
        assert len(card.contents.get("tel", [])) <= 1
        assert "note" not in card.contents and "rev" not in card.contents
        code = contact_qr(edition, member, contact)
        assert code.error in {"M", "Q"}
        assert isinstance(code.version, int) and code.version <= 25


# -- the code ---------------------------------------------------------------------------------


def test_code_matches_the_payload_encoded_by_segno() -> None:
    edition = script_edition()
    for member, contact in pairs(edition)[:6]:
        payload = contact_qr_payload(edition, member, contact)
        code = contact_qr(edition, member, contact)
        again = segno.make(payload, error="m", encoding="utf-8", boost_error=False, micro=False)
        assert module_rows(code.matrix) == module_rows(again.matrix)
        assert not code.is_micro


@pytest.mark.parametrize("name", ["Anna Jansen", *SCRIPT_NAMES[6:12], "中" * 60])
def test_code_decodes_back_to_the_payload(name: str) -> None:
    member = Member(Tld("xn--p1ai", "рф"), "Russian Federation", Region.EU,
                    (contact_for(1, name, 7),))  # fmt: skip
    edition = edition_of((member,))
    contact = member.contacts[0]
    code = contact_qr(edition, member, contact)
    pixels, size = raster(bordered(code))
    assert decode_pixels(pixels, size, size) == [contact_qr_payload(edition, member, contact)]


# -- files ------------------------------------------------------------------------------------


def test_png_file_is_valid_and_decodes(tmp_path: Path) -> None:
    edition, member, contact = sample()
    path = write_qr(edition, member, contact, tmp_path / "anna.png")
    data = path.read_bytes()
    assert data.startswith(PNG_SIGNATURE)
    width, height, rows, _info = png.Reader(bytes=data).asDirect()
    grey = [list(row) for row in rows]
    code = contact_qr(edition, member, contact)
    expected = bordered(code)
    scale = 8
    assert width == height == len(expected) * scale
    # Every module, sampled at its centre, is the module of the code.
    sampled = [
        [grey[y * scale + scale // 2][x * scale + scale // 2] == 0 for x in range(len(expected))]
        for y in range(len(expected))
    ]
    assert sampled == expected
    pixels = bytes(0 if v == 0 else 255 for row in grey for v in row)
    assert decode_pixels(pixels, width, height) == [contact_qr_payload(edition, member, contact)]
    # Big enough to scan from a laptop screen.
    assert width >= 300


def test_svg_file_parses_and_draws_the_code(tmp_path: Path) -> None:
    edition, member, contact = sample()
    path = write_qr(edition, member, contact, tmp_path / "anna.svg", scale=5)
    root = ET.fromstring(path.read_bytes())
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    code = contact_qr(edition, member, contact)
    expected = bordered(code)
    assert int(root.attrib["width"]) == len(expected) * 5
    title = root.find("{http://www.w3.org/2000/svg}title")
    assert title is not None and title.text is not None and "Séamus" in title.text
    (path_element,) = root.iter("{http://www.w3.org/2000/svg}path")
    drawn = draw_svg_path(path_element.attrib["d"], len(expected))
    assert drawn == expected
    pixels, size = raster(drawn)
    assert decode_pixels(pixels, size, size) == [contact_qr_payload(edition, member, contact)]


def draw_svg_path(d: str, size: int) -> list[list[bool]]:
    """Modules of a segno SVG path: moves (M, m) and horizontal strokes (h) at y + 0.5."""
    rows = [[False] * size for _ in range(size)]
    x = y = 0.0
    for command, a, b in re.findall(r"([MmHh])\s*(-?[\d.]+)(?:[ ,](-?[\d.]+))?", d):
        if command == "M":
            x, y = float(a), float(b)
        elif command == "m":
            x, y = x + float(a), y + float(b)
        else:
            end = float(a) if command == "H" else x + float(a)
            for column in range(int(x), int(end)):
                rows[int(y)][column] = True
            x = end
    return rows


def test_svg_title_with_hostile_name_is_well_formed(tmp_path: Path) -> None:
    edition = hostile_edition()
    for i, (member, contact) in enumerate(pairs(edition)):
        path = write_qr(edition, member, contact, tmp_path / f"{i}.svg", scale=2)
        ET.fromstring(path.read_bytes())


def test_wrong_suffix_is_a_user_error(tmp_path: Path) -> None:
    edition, member, contact = sample()
    with pytest.raises(UserError) as caught:
        write_qr(edition, member, contact, tmp_path / "anna.jpg")
    assert caught.value.code == "bad-qr-format"
    assert not (tmp_path / "anna.jpg").exists()


def test_too_much_text_is_a_user_error() -> None:
    member = Member(Tld("nl", "nl"), "Netherlands", Region.EU, (contact_for(1, "中" * 2000, 1),))
    with pytest.raises(UserError) as caught:
        contact_qr(edition_of((member,)), member, member.contacts[0])
    assert caught.value.code == "qr-too-large"


def test_write_replaces_an_existing_file(tmp_path: Path) -> None:
    edition, member, contact = sample()
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "anna.PNG"
    target.write_bytes(b"old")
    write_qr(edition, member, contact, target, scale=2)
    assert target.read_bytes().startswith(PNG_SIGNATURE)
    assert [p.name for p in target.parent.iterdir()] == ["anna.PNG"]


def test_every_generated_name_fits_a_code() -> None:
    edition = edition_of(members_for([*SCRIPT_NAMES, "Д" * 60, "🙂" * 40]))
    for member, contact in pairs(edition):
        version = contact_qr(edition, member, contact).version
        assert isinstance(version, int) and version <= 20


# -- the limits: a code a phone camera reads at the size shown --------------------------------

# Three numbers (the mobile last, as written) and two addresses.
MANY_PHONES = "+31 70 123 4567 / +31 20 765 4321 / +31 6 1234 5678"
MANY_EMAILS = "anna@sidn.example, noc@sidn.example"


def crowded(name_length: int, phones: str = MANY_PHONES) -> tuple[Edition, Member, Contact]:
    contact = Contact(1, "Anna " + "x" * name_length, MANY_EMAILS, phones, None)
    member = Member(Tld("nl", "nl"), "Netherlands", Region.EU, (contact,))
    return edition_of((member,)), member, contact


def version_of(payload: str, level: str) -> int:
    """The version of the smallest code of ``payload`` at ``level``; 41 for none."""
    try:
        code = segno.make_qr(payload, error=level, encoding="utf-8", boost_error=False)
    except segno.DataOverflowError:
        return 41
    assert isinstance(code.version, int)
    return code.version


def first_length(fits: Any) -> int:
    """The shortest extra name length for which ``fits(length)`` is false."""
    low, high = 0, 4000
    assert fits(low) and not fits(high)
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (middle, high) if fits(middle) else (low, middle)
    return high


def decoded(code: segno.QRCode) -> list[str]:
    pixels, size = raster(bordered(code), scale=3)  # 3 pixels a module
    return decode_pixels(pixels, size, size)


def test_a_code_is_never_denser_than_a_camera_reads() -> None:
    whole = lambda n: compact_card(*crowded(n))  # noqa: E731
    # Up to MAX_VERSION at M, the whole card at M.
    at_m = first_length(lambda n: version_of(whole(n), "M") <= MAX_VERSION)
    fit = fit_contact_qr(*crowded(at_m - 1))
    assert (fit.code.error, fit.short, fit.payload) == ("M", False, whole(at_m - 1))
    assert fit.code.version == MAX_VERSION
    # Beyond it, the whole card at L rather than a denser code.
    fit = fit_contact_qr(*crowded(at_m))
    assert (fit.code.error, fit.short, fit.payload) == ("L", False, whole(at_m))
    assert isinstance(fit.code.version, int) and fit.code.version <= MAX_VERSION
    assert decoded(fit.code) == [fit.payload]


def test_a_contact_too_long_for_one_code_gets_the_first_number_and_address() -> None:
    whole = lambda n: compact_card(*crowded(n))  # noqa: E731
    at_l = first_length(lambda n: version_of(whole(n), "L") <= MAX_VERSION)
    assert not fit_contact_qr(*crowded(at_l - 1)).short
    edition, member, contact = crowded(at_l)
    fit = fit_contact_qr(edition, member, contact)
    assert fit.short and fit.payload == compact_card(edition, member, contact, short=True)
    assert isinstance(fit.code.version, int) and fit.code.version <= MAX_VERSION
    (card,) = vobject.readComponents(fit.payload)
    # The mobile, which phones call and text, and the first address; the ccTLD in ORG.
    assert [line.value for line in card.tel_list] == ["+31612345678"]
    assert [line.value for line in card.email_list] == ["anna@sidn.example"]
    assert card.org.value == [".nl Netherlands"]
    assert card.fn.value == contact.name
    assert decoded(fit.code) == [fit.payload]
    assert contact_qr_payload(edition, member, contact) == fit.payload
    # The whole card would have made a denser code.
    assert version_of(whole(at_l), "L") > MAX_VERSION


def test_a_name_too_long_for_any_readable_code_is_a_clear_error() -> None:
    short = lambda n: compact_card(*crowded(n), short=True)  # noqa: E731
    too_long = first_length(lambda n: version_of(short(n), "L") <= MAX_VERSION)
    assert fit_contact_qr(*crowded(too_long - 1)).short
    with pytest.raises(UserError) as caught:
        contact_qr(*crowded(too_long))
    assert caught.value.code == "qr-too-large"
    assert "export it as a vCard" in caught.value.message
    # Far below what segno could still encode (a version 40 code): a camera could not read it.
    assert version_of(short(too_long), "L") < 40


def test_a_contact_of_one_number_and_address_is_never_short() -> None:
    edition, member, contact = crowded(300, phones="+31 6 1234 5678")
    contact = replace(contact, email="anna@sidn.example")
    member = replace(member, contacts=(contact,))
    fit = fit_contact_qr(edition, member, contact)
    assert not fit.short and fit.payload == compact_card(edition, member, contact)


def test_a_code_of_the_crowded_contact_writes_and_decodes(tmp_path: Path) -> None:
    whole = lambda n: compact_card(*crowded(n))  # noqa: E731
    edition, member, contact = crowded(
        first_length(lambda n: version_of(whole(n), "L") <= MAX_VERSION)
    )
    path = write_qr(edition, member, contact, tmp_path / "anna.png", scale=3)
    width, height, rows, _info = png.Reader(bytes=path.read_bytes()).asDirect()
    pixels = bytes(0 if v == 0 else 255 for row in rows for v in row)
    assert decode_pixels(pixels, width, height) == [contact_qr_payload(edition, member, contact)]
    assert width <= (4 * MAX_VERSION + 17 + 2 * BORDER) * 3
