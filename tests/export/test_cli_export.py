"""``tldops export`` and ``tldops qr`` on a real encrypted store made from the sample email."""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import png  # pypng: test dependency
import pytest
import vobject
import zxingcpp  # test dependency

from tests.export import check_bytes, one, text_value
from tldops_desktop import cli
from tldops_desktop.export.qr import contact_qr_payload
from tldops_desktop.services import contacts
from tldops_desktop.services.store import Store
from tldops_desktop.storage.keys import KeySource

DATA = Path(__file__).resolve().parents[1] / "data"
LAYOUT_A = DATA / "repository-20261101-layout-a.eml"
EXPECTED = DATA / "repository-20261101-expected.json"
STAMP = "20261101-0600"
PASSPHRASE = "export tests: correct horse battery staple"


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One imported store for the module (the tests only read it)."""
    base = tmp_path_factory.mktemp("export-store")
    data = base / "data"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TLDOPS_PASSPHRASE", PASSPHRASE)
        mp.setenv("HOME", str(base))
        for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            mp.setenv(name, str(base / name.lower()))
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = cli.main(["--data-dir", str(data), "import", str(LAYOUT_A)])
        assert code == 0, err.getvalue()
        assert STAMP in out.getvalue()
    return data


@pytest.fixture
def run(
    store_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Any:
    monkeypatch.setenv("TLDOPS_PASSPHRASE", PASSPHRASE)

    def run(*args: str | Path, data: Path = store_dir) -> Result:
        argv = ["--data-dir", str(data), *(str(a) for a in args)]
        try:
            code = cli.main(argv)
        except SystemExit as exc:
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


@pytest.fixture
def expected() -> dict[tuple[str, str], dict[str, Any]]:
    """Every contact of the sample, by (ccTLD as shown, email)."""
    data = json.loads(EXPECTED.read_text(encoding="utf-8"))
    result = {}
    for member in data["members"]:
        for position, contact in enumerate(member["contacts"], start=1):
            key = ("." + member["unicode"], contact["email"])
            result[key] = {**contact, "position": position, "member": member}
    return result


def read_cards(data: bytes) -> list[Any]:
    check_bytes(data)
    return list(vobject.readComponents(data.decode("utf-8")))


def key_of(card: Any) -> tuple[str, str]:
    org = card.org.value[0]
    return org.split(" ", 1)[0], card.email.value


POSITIONS = {1: "primary", 2: "secondary", 3: "third"}


def test_export_every_contact_reads_back(
    run: Any, tmp_path: Path, expected: dict[tuple[str, str], dict[str, Any]]
) -> None:
    target = tmp_path / "all.vcf"
    result = run("export", "-o", target)
    assert result.code == 0, result.err
    assert "537 contacts" in result.out and str(target) in result.out
    # The sample lists a few people for two ccTLDs (an address or a number in both): one card.
    assert "in 533 cards" in result.out
    cards = read_cards(target.read_bytes())
    assert len(cards) == 533
    seen: list[tuple[str, str]] = []
    for card in cards:
        tlds = [org.split(" ", 1)[0] for org in card.org.value[0].split(" / ")]
        emails = [line.value for line in card.email_list]
        tels = {line.value for line in card.tel_list}
        name = card.fn.value.removeprefix("/".join(tlds) + " ")
        name = re.sub(r"^#[1-3] ", "", name)  # namesakes of one ccTLD
        mine = [
            key
            for key in expected
            if key[0] in tlds and key[1] in emails and expected[key]["name"] == name
        ]
        assert {key[0] for key in mine} == set(tlds), card.fn.value
        for key in mine:
            want = expected[key]
            assert want["phone_e164"] in tels
            assert card.fn.value in {want["name"], f"{'/'.join(tlds)} {want['name']}"} or (
                card.fn.value == f"{key[0]} #{want['position']} {want['name']}"
            )
            assert f"{key[0]} {want['member']['country']}" in card.org.value[0]
            assert POSITIONS[want["position"]] in card.title.value
            region = want["member"]["region"]
            if region:
                assert region in card.categories.value
        seen.extend(mine)
        assert card.version.value == "3.0"
        assert STAMP in card.note.value
        assert card.rev.value == "2026-11-01T06:00:00Z"
    assert sorted(seen) == sorted(expected)
    # No two cards a phone would take for one person, by name or by UID.
    assert len({" ".join(card.fn.value.casefold().split()) for card in cards}) == len(cards)
    assert len({card.uid.value for card in cards}) == len(cards)
    assert sum(1 for card in cards if card.fn.value.startswith(".")) > 100  # namesakes


def test_export_a_query_to_stdout(
    run: Any, expected: dict[tuple[str, str], dict[str, Any]]
) -> None:
    result = run("export", ".рф", "-o", "-")
    assert result.code == 0, result.err
    assert "standard output" in result.err
    cards = read_cards(result.out.encode("utf-8"))
    want = {k for k in expected if k[0] == ".рф"}
    assert {key_of(card) for card in cards} == want
    assert all(card.org.value == [".рф Russian Federation"] for card in cards)


@pytest.mark.parametrize("query", ["DE", "de", ".de", "．ＤＥ"])
def test_a_cctld_in_any_form_exports_that_member_only(
    run: Any, expected: dict[tuple[str, str], dict[str, Any]], query: str
) -> None:
    """ "DE" names .de: not every member whose text holds "de" (Barbade, an address ...)."""
    result = run("export", query, "-o", "-")
    assert result.code == 0, result.err
    cards = read_cards(result.out.encode("utf-8"))
    assert {key_of(card) for card in cards} == {k for k in expected if k[0] == ".de"}
    several = run("export", "de", "region:EU", "-o", "-")  # words of a search: a search
    assert len(read_cards(several.out.encode("utf-8"))) > len(cards)


def test_export_a_region_to_split_files_in_vcard_4(
    run: Any, tmp_path: Path, store_dir: Path
) -> None:
    folder = tmp_path / "eu"
    result = run("export", "--region", "EU", "--split", folder, "--vcard-version", "4.0",
                 "--name-prefix")  # fmt: skip
    assert result.code == 0, result.err
    with Store.open(store_dir, KeySource(passphrase=PASSPHRASE, prompt=None, env={})) as store:
        members = contacts.search(store.repo, "", "EU").members
    count = sum(len(m.contacts) for m in members)
    assert count > 50
    files = sorted(folder.iterdir())
    assert len(files) == count
    assert f"{count} contacts" in result.out
    for path in files:
        data = path.read_bytes()
        (card,) = check_bytes(data)
        assert one(card, "VERSION").value == "4.0"
        assert text_value(one(card, "CATEGORIES").value, ",") == ["TLD-OPS", "EU"]
        fn = text_value(one(card, "FN").value)[0]
        org = text_value(one(card, "ORG").value, ";")[0]
        assert fn.startswith(org.split(" ")[0] + " ")
        assert one(card, "TEL").value.startswith("tel:+")
        assert path.name.startswith(org.split(" ")[0][1:] + "-")


def test_export_nothing_matching_is_a_user_error(run: Any, tmp_path: Path) -> None:
    target = tmp_path / "none.vcf"
    result = run("export", "no-such-person-anywhere", "-o", target)
    assert result.code == 1
    assert "No member matches" in result.err
    assert not target.exists()
    result = run("export", "--region", "XX", "-o", target)
    assert result.code == 1
    assert "Unknown region" in result.err


def test_export_usage_errors(run: Any, tmp_path: Path) -> None:
    assert run("export").code == 2
    assert run("export", "-o", tmp_path / "a.vcf", "--split", tmp_path / "d").code == 2
    assert run("export", "-o", "-", "--vcard-version", "2.1").code == 2


def test_export_without_a_database(run: Any, tmp_path: Path) -> None:
    result = run("export", "-o", tmp_path / "a.vcf", data=tmp_path / "empty")
    assert result.code == 1
    assert "Import a repository email first" in result.err


def test_qr_png_and_svg(run: Any, tmp_path: Path, store_dir: Path) -> None:
    png_path = tmp_path / "x.png"
    result = run("qr", ".de", "1", "-o", png_path)
    assert result.code == 0, result.err
    assert str(png_path) in result.out
    data = png_path.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    svg_path = tmp_path / "x.svg"
    assert run("qr", "DE", "primary", "-o", svg_path).code == 0
    assert svg_path.read_bytes().startswith(b"<?xml")
    with Store.open(store_dir, KeySource(passphrase=PASSPHRASE, prompt=None, env={})) as store:
        edition, member = contacts.show(store.repo, ".de")
    payload = contact_qr_payload(edition, member, member.contacts[0])
    width, height, rows, _ = png.Reader(bytes=data).asDirect()
    pixels = bytes(0 if v == 0 else 255 for row in rows for v in row)
    image = memoryview(pixels).cast("B", shape=(height, width))
    assert [b.text for b in zxingcpp.read_barcodes(image)] == [payload]


def test_qr_errors(run: Any, tmp_path: Path) -> None:
    result = run("qr", ".de", "9", "-o", tmp_path / "x.png")
    assert result.code == 1 and "no contact at position 9" in result.err
    result = run("qr", ".de", "1", "-o", tmp_path / "x.gif")
    assert result.code == 1 and ".png or .svg" in result.err
    result = run("qr", ".zzzz", "1", "-o", tmp_path / "x.png")
    assert result.code == 1
    assert run("qr", ".de", "first-ish", "-o", tmp_path / "x.png").code == 2
    assert not list(tmp_path.glob("x.*"))


@pytest.fixture
def subprocess_env(store_dir: Path) -> Iterator[dict[str, str]]:
    yield {**os.environ, "TLDOPS_PASSPHRASE": PASSPHRASE}


def test_stdout_keeps_crlf_in_a_real_process(
    store_dir: Path, subprocess_env: dict[str, str]
) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tldops_desktop.cli", "--data-dir", str(store_dir),
         "export", ".nl", "-o", "-"],
        capture_output=True, env=subprocess_env, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    cards = read_cards(done.stdout)
    assert cards and all(card.org.value[0].startswith(".nl ") for card in cards)
    assert b"wrote" in done.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
def test_stdout_on_a_full_device_is_a_clear_message(
    store_dir: Path, subprocess_env: dict[str, str]
) -> None:
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [sys.executable, "-m", "tldops_desktop.cli", "--data-dir", str(store_dir),
             "export", "-o", "-"],
            stdout=full, stderr=subprocess.PIPE, env=subprocess_env, timeout=120, check=False,
        )  # fmt: skip
    assert done.returncode == 1
    assert b"Could not write the cards to standard output: No space left on device" in done.stderr
    assert b"Traceback" not in done.stderr and b"bug" not in done.stderr


def test_stdout_closed_by_the_reader_ends_quietly(
    store_dir: Path, subprocess_env: dict[str, str]
) -> None:
    """`tldops export -o - | head`: the reader has gone before the cards are written."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tldops_desktop.cli", "--data-dir", str(store_dir),
         "export", "-o", "-"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=subprocess_env,
    )  # fmt: skip
    assert process.stdout is not None
    process.stdout.close()  # as `head` does once it has its lines
    _, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    assert b"Could not write" not in err and b"Traceback" not in err


def test_a_qr_scale_too_large_is_refused(run: Any, tmp_path: Path) -> None:
    result = run("qr", ".de", "1", "-o", tmp_path / "x.png", "--scale", "100000")
    assert result.code == 1 and "--scale must be from 1 to 64" in result.err
    assert not (tmp_path / "x.png").exists()


def test_split_folder_is_readable_by_the_user_only(run: Any, tmp_path: Path) -> None:
    import os
    import stat

    if os.name != "posix":
        pytest.skip("POSIX permissions")
    folder = tmp_path / "cards"
    assert run("export", ".de", "--split", folder).code == 0
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


# -- an output file that exists, a link, the data folder ----------------------------------------


def test_export_leaves_an_existing_file_unless_forced(run: Any, tmp_path: Path) -> None:
    for name in ("contacts.vcf", "notes.txt"):
        target = tmp_path / name
        target.write_text("my phone book, 200 people\n")
        result = run("export", ".de", "-o", target)
        assert result.code == 1
        assert f"{target} exists; nothing was written" in result.err and "--force" in result.err
        assert target.read_text() == "my phone book, 200 people\n"
        result = run("export", ".de", "-o", target, "--force")
        assert result.code == 0, result.err
        assert "(replaced the file that was there)" in result.out
        assert len(read_cards(target.read_bytes())) >= 1
    assert not list(tmp_path.glob(".*.tmp"))  # no temporary file left


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX symbolic links")
def test_export_through_a_link_replaces_the_file_it_links_to(run: Any, tmp_path: Path) -> None:
    (tmp_path / "target.vcf").write_text("target of a link\n")
    link = tmp_path / "link.vcf"
    link.symlink_to("target.vcf")
    result = run("export", ".de", "-o", link)
    assert result.code == 1 and "a link to target.vcf" in result.err
    assert (tmp_path / "target.vcf").read_text() == "target of a link\n"
    result = run("export", ".de", "-o", link, "--force")
    assert result.code == 0, result.err
    assert f"(replaced {tmp_path / 'target.vcf'}, the file it links to)" in result.out
    assert link.is_symlink()  # still a link, now to the cards
    assert read_cards(link.read_bytes())


def _hashes(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.mark.parametrize("inside", ["tldops.db", "keyinfo.json", "backups/x.vcf", "x.vcf"])
def test_nothing_in_the_data_folder_is_written_even_with_force(
    run: Any, store_dir: Path, inside: str
) -> None:
    before = _hashes(store_dir)
    for extra in ((), ("--force",)):
        result = run("export", ".de", "-o", store_dir / inside, *extra)
        assert result.code == 1
        assert "inside the TLD-OPS data folder" in result.err
        result = run("qr", ".de", "1", "-o", store_dir / "code.png", *extra)
        assert result.code == 1 and "inside the TLD-OPS data folder" in result.err
        result = run("export", ".de", "--split", store_dir / "cards", *extra)
        assert result.code == 1 and "inside the TLD-OPS data folder" in result.err
    assert _hashes(store_dir) == before
    assert run("show", ".de").code == 0  # the database still opens


def test_split_leaves_cards_of_an_earlier_export_unless_forced(run: Any, tmp_path: Path) -> None:
    folder = tmp_path / "cards"
    assert run("export", ".de", "--split", folder).code == 0
    first = _hashes(folder)
    (folder / next(iter(first))).write_text("edited by hand\n")
    result = run("export", ".de", "--split", folder)
    assert result.code == 1 and "exist; nothing was written" in result.err
    assert (folder / next(iter(first))).read_text() == "edited by hand\n"
    assert run("export", ".de", "--split", folder, "--force").code == 0
    assert _hashes(folder) == first


def test_qr_leaves_an_existing_file_unless_forced(run: Any, tmp_path: Path) -> None:
    target = tmp_path / "code.png"
    target.write_bytes(b"a photo")
    result = run("qr", ".de", "1", "-o", target)
    assert result.code == 1 and "exists; nothing was written" in result.err
    assert target.read_bytes() == b"a photo"
    result = run("qr", ".de", "1", "-o", target, "--force")
    assert result.code == 0 and "(replaced the file that was there)" in result.out
    assert target.read_bytes().startswith(b"\x89PNG")


def test_help_names_force(run: Any) -> None:
    for command in ("export", "qr"):
        result = run(command, "--help")
        assert result.code == 0 and "--force" in result.out and "data folder" in result.out


def test_qr_of_a_contact_without_a_name_names_its_email(
    run: Any, tmp_path: Path, store_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(store_dir, KeySource(passphrase=PASSPHRASE, prompt=None, env={})) as store:
        edition, member = contacts.show(store.repo, ".de")
    nameless = replace(member.contacts[0], name="")
    member = replace(member, contacts=(nameless, *member.contacts[1:]))
    monkeypatch.setattr(contacts, "show", lambda _repo, _query: (edition, member))
    result = run("qr", ".de", "1", "-o", tmp_path / "x.png")
    assert result.code == 0, result.err
    assert result.out.startswith(f"Wrote the QR code of {nameless.email} (.de primary contact")
    assert "  " not in result.out


def crowd_the_first_contact(store_dir: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> Any:
    """The store's .de with a first contact of a long name, four numbers and three addresses."""
    with Store.open(store_dir, KeySource(passphrase=PASSPHRASE, prompt=None, env={})) as store:
        edition, member = contacts.show(store.repo, ".de")
    crowded = replace(
        member.contacts[0],
        name=name,
        email="anna@denic.example, noc@denic.example, cert@denic.example",
        phone="+49 69 2723 5000 / +49 30 1234 5678 / +49 151 2345 6789 / +49 170 9876 543",
    )
    member = replace(member, contacts=(crowded, *member.contacts[1:]))
    monkeypatch.setattr(contacts, "show", lambda _repo, _query: (edition, member))
    return edition, member, crowded


def test_qr_of_a_crowded_contact_holds_what_a_camera_reads_and_says_so(
    run: Any, tmp_path: Path, store_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    edition, member, crowded = crowd_the_first_contact(
        store_dir, monkeypatch, "Anna " + "Jansen-van der Berg " * 15
    )
    target = tmp_path / "x.png"
    result = run("qr", ".de", "1", "-o", target, "--json")
    assert result.code == 0, result.err
    assert json.loads(result.out)["short"] is True
    assert "first phone number and email address only" in result.err
    assert "tldops export" in result.err
    payload = contact_qr_payload(edition, member, crowded)
    (card,) = vobject.readComponents(payload)
    assert [line.value for line in card.tel_list] == ["+4915123456789"]  # the mobile
    width, height, rows, _ = png.Reader(bytes=target.read_bytes()).asDirect()
    pixels = bytes(0 if v == 0 else 255 for row in rows for v in row)
    image = memoryview(pixels).cast("B", shape=(height, width))
    assert [b.text for b in zxingcpp.read_barcodes(image)] == [payload]


def test_qr_of_a_name_too_long_for_a_readable_code_is_refused(
    run: Any, tmp_path: Path, store_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    crowd_the_first_contact(store_dir, monkeypatch, "中" * 400)
    target = tmp_path / "x.png"
    result = run("qr", ".de", "1", "-o", target)
    assert result.code == 1
    assert "too long for a QR code a phone camera can read" in result.err
    assert "vCard" in result.err and "Traceback" not in result.err
    assert not target.exists()


def test_export_that_finds_nothing_says_what_search_says(run: Any, tmp_path: Path) -> None:
    target = tmp_path / "x.vcf"
    result = run("export", "Germnay", "-o", target)
    assert result.code == 1 and not target.exists()
    assert f"No member matches 'Germnay' in edition {STAMP}; nothing was written." in result.err
    assert "Did you mean 'Germany'?" in result.err
    result = run("export", "Niger", "-o", target)  # .ng Nigeria, and a note that .ne is none
    assert result.code == 0, result.err
    assert f"tldops: note: .ne is not a TLD-OPS member as of edition {STAMP}." in result.err
    target.unlink()
    assert "Did you mean" not in run("export", "zzzz", "-o", target).err


def test_export_json_says_what_was_written(run: Any, tmp_path: Path) -> None:
    target = tmp_path / "de.vcf"
    result = run("export", ".de", "-o", target, "--json")
    assert result.code == 0, result.err
    answer = json.loads(result.out)
    assert answer["edition"] == STAMP and answer["trusted"] is True
    assert answer["vcard_version"] == "3.0"
    assert answer["members"] == ["de"] and answer["contacts"] == answer["cards"] == len(
        read_cards(target.read_bytes())
    )
    assert answer["files"] == [str(target)]
    folder = tmp_path / "eu"
    split = json.loads(run("export", "--region", "EU", "--split", folder, "--json").out)
    assert sorted(split["files"]) == sorted(str(p) for p in folder.iterdir())
    assert len(split["files"]) == split["cards"] <= split["contacts"]


def test_export_json_to_standard_output_is_refused(run: Any) -> None:
    result = run("export", ".de", "-o", "-", "--json")
    assert result.code == 2 and result.err == ""
    answer = json.loads(result.out)  # a script asking for JSON reads why as JSON
    assert answer["error"] == "usage" and "--json needs -o FILE" in answer["message"]
    plain = run("export", ".de", "-o", "-", "--vcard-version", "2.1")
    assert plain.code == 2 and "usage: tldops export" in plain.err and plain.out == ""


def test_qr_json_says_what_was_written(run: Any, tmp_path: Path) -> None:
    target = tmp_path / "de.svg"
    result = run("qr", ".de", "primary", "-o", target, "--json")
    assert result.code == 0, result.err
    answer = json.loads(result.out)
    assert answer["edition"] == STAMP and answer["trusted"] is True
    assert answer["tld"] == {"ace": "de", "unicode": "de"}
    assert answer["contact"]["position"] == 1 and answer["contact"]["role"] == "primary"
    assert answer["file"] == str(target) and target.exists()
    assert answer["short"] is False  # the whole contact


@pytest.mark.parametrize(
    ("word", "position"), [("first", 1), ("1st", 1), ("Second", 2), ("2nd", 2)]
)
def test_qr_takes_a_position_as_said(run: Any, tmp_path: Path, word: str, position: int) -> None:
    result = run("qr", ".рф", word, "-o", tmp_path / "x.png", "--json")
    assert result.code == 0, result.err
    assert json.loads(result.out)["contact"]["position"] == position


def test_qr_of_a_name_another_country_shares_notes_that_ones_cctld(
    run: Any, tmp_path: Path
) -> None:
    result = run("qr", "Korea", "1", "-o", tmp_path / "x.png")  # .kr; .kp is no member
    assert result.code == 0, result.err
    assert "(.kr primary contact" in result.out
    assert "tldops: note: 'Korea' is also the name of .kp (" in result.err
    assert "also the name" not in run("qr", "Germany", "1", "-o", tmp_path / "y.png").err
