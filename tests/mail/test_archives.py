"""Mail in compressed files and archives: Google Takeout's .zip and .tgz, mboxes archived as
.bz2/.xz/.gz, tars of Maildir trees; damaged ones and ones made to exhaust memory."""

from __future__ import annotations

import gzip
import random
import tarfile
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.mailgen.archives import (
    TAKEOUT_MBOX,
    maildir_members,
    takeout_mbox,
    write_compressed,
    write_takeout_zip,
    write_tar,
    write_zip,
)
from tests.mailgen.containers import mbox_entry, write_maildir
from tests.mailgen.editions import make_edition
from tests.mailgen.messages import edition_message, noise_message
from tldops_desktop.mail import archives
from tldops_desktop.mail.message import examine
from tldops_desktop.mail.scan import scan
from tldops_desktop.mail.scan_items import Candidate, ScanControl, ScanItem, ScanProblem


def _edition(stamp: str, seed: int = 1) -> bytes:
    return edition_message(make_edition(stamp, seed=seed, members=4))


def _noise(count: int, seed: int = 0) -> list[bytes]:
    when = datetime(2026, 10, 1, tzinfo=UTC)
    return [noise_message(random.Random(seed + i), seed + i, when) for i in range(count)]


def _mbox(messages: list[bytes]) -> bytes:
    return b"".join(mbox_entry(m) for m in messages)


def _scan(*paths: Path, control: ScanControl | None = None) -> list[ScanItem]:
    return list(scan([str(p) for p in paths], control))


def _sources(items: list[ScanItem]) -> list[str]:
    return [i.source for i in items if isinstance(i, Candidate | ScanProblem)]


def _stamps(items: list[ScanItem]) -> list[str]:
    found = []
    for item in items:
        if isinstance(item, Candidate):
            found += [e.stamp for e in examine(item.data, item.source).editions]
    return sorted(found)


def _problems(items: list[ScanItem]) -> list[tuple[str, str, str]]:
    return [(p.source, p.code, p.detail) for p in items if isinstance(p, ScanProblem)]


def test_a_takeout_zip_is_read_member_by_member(tmp_path: Path) -> None:
    path = write_takeout_zip(tmp_path / "takeout-20261124T101010Z-001.zip",
                             [*_noise(3), _edition("20261001-0600"), *_noise(2, seed=9)])  # fmt: skip
    control = ScanControl()
    items = _scan(path, control=control)
    assert _stamps(items) == ["20261001-0600"]
    assert _problems(items) == []
    (candidate,) = [i for i in items if isinstance(i, Candidate)]
    mbox = b"".join(takeout_mbox(_noise(3)))
    assert candidate.source == f"{path}!{TAKEOUT_MBOX} @ {len(mbox)}"
    assert control.stats.messages_scanned == 6  # the HTML page and the settings are no mail
    # Progress counts the archive by its size, as the scan's total does.
    assert control.stats.bytes_scanned == control.stats.bytes_total == path.stat().st_size


@pytest.mark.parametrize("compression", ["gz", "bz2", "xz", ""])
def test_a_tar_of_a_takeout_mbox(tmp_path: Path, compression: str) -> None:
    mbox = b"".join(takeout_mbox([*_noise(2), _edition("20261001-0600")]))
    path = write_tar(tmp_path / "takeout.tar.any", {TAKEOUT_MBOX: mbox, "Takeout/a.html": b"<p>"},
                     compression)  # type: ignore[arg-type]  # fmt: skip
    items = _scan(path)
    assert _stamps(items) == ["20261001-0600"]
    assert _problems(items) == []
    assert all(s.startswith(f"{path}!{TAKEOUT_MBOX} @ ") for s in _sources(items))


def test_a_tar_of_a_maildir_tree_and_eml_files(tmp_path: Path) -> None:
    members = maildir_members([*_noise(3), _edition("20260901-0600")])
    # A copy the user deleted in the mail client (flagged Trashed), not yet expunged.
    members["Maildir/cur/1795000099.M9P9.mailhost:2,ST"] = _edition("20260901-0600", seed=5)
    members["saved/edition.eml"] = _edition("20261001-0600")
    members["saved/.DS_Store"] = b"\0\0\0\1Bud1"
    members["__MACOSX/saved/._edition.eml"] = b"\0\5\26\7\0\2\0\0Mac OS X"
    path = write_tar(tmp_path / "mail-backup.tgz", members, "gz")
    items = _scan(path)
    assert _stamps(items) == ["20260901-0600", "20261001-0600"]
    assert _problems(items) == []
    assert f"{path}!saved/edition.eml" in _sources(items)


@pytest.mark.parametrize("compression", ["gz", "bz2", "xz"])
def test_compressed_mboxes_are_known_by_their_first_bytes(tmp_path: Path, compression: str) -> None:
    """mutt and logrotate name them .mbox.bz2 or .xz; a copy may have lost its suffix."""
    mbox = _mbox([*_noise(2), _edition("20250101-0600")])
    for name in (f"tld-ops-2025.mbox.{compression}", "tld-ops-2025"):
        path = write_compressed(tmp_path / name, [mbox], compression)  # type: ignore[arg-type]
        items = _scan(path)
        assert _stamps(items) == ["20250101-0600"], name
        assert _problems(items) == []
        assert all(s.startswith(f"{path} @ ") for s in _sources(items))


def test_an_empty_compressed_mailbox_is_nothing_wrong(tmp_path: Path) -> None:
    path = write_compressed(tmp_path / "Trash.mbox.bz2", [], "bz2")
    control = ScanControl()
    assert _scan(path, control=control) == []
    assert control.stats.messages_scanned == 0


def test_a_folder_of_archives(tmp_path: Path) -> None:
    downloads = tmp_path / "Downloads"
    write_takeout_zip(downloads / "takeout-001.zip", [_edition("20261001-0600")])
    write_tar(downloads / "takeout-002.tgz",
              {TAKEOUT_MBOX: b"".join(takeout_mbox([_edition("20260901-0600")]))}, "gz")  # fmt: skip
    write_compressed(downloads / "2025.mbox.bz2", [_mbox([_edition("20250101-0600")])], "bz2")
    write_compressed(downloads / "2024.mbox.xz", [_mbox([_edition("20240101-0600")])], "xz")
    write_compressed(downloads / "2023.mbox.gz", [_mbox([_edition("20230101-0600")])], "gz")
    # Archives that hold no mail are passed over, as other files that are not mail are.
    write_zip(downloads / "photos.zip", {"IMG_0001.jpg": b"\xff\xd8\xff\xe0JFIF"})
    write_tar(downloads / "project.tar.xz", {"src/main.c": b"int main(void) {}\n"}, "xz")
    write_compressed(downloads / "notes.txt.gz", [b"not mail at all\n"], "gz")
    items = _scan(downloads)
    assert _stamps(items) == [
        "20230101-0600", "20240101-0600", "20250101-0600", "20260901-0600", "20261001-0600",
    ]  # fmt: skip
    assert _problems(items) == []


@pytest.mark.parametrize(
    ("name", "detail"),
    [
        ("photos.zip", "a .zip archive with no mailbox in it"),
        ("project.tgz", "a .tar.gz archive with no mailbox in it"),
        ("project.tar", "a .tar archive with no mailbox in it"),
        ("Outlook for Mac Archive.olm", archives._OLM),  # a .zip of Outlook's own XML
        ("notes.txt.xz", "compressed, but not mail"),
    ],
)
def test_an_archive_given_without_mail_in_it_says_so(
    tmp_path: Path, name: str, detail: str
) -> None:
    members = {"IMG_0001.jpg": b"\xff\xd8\xff\xe0JFIF", "a/README": b"Read me.\n"}
    path = tmp_path / name
    if name.endswith((".zip", ".olm")):
        write_zip(path, members)
    elif name.endswith(".xz"):
        write_compressed(path, [b"not mail at all\n"], "xz")
    else:
        write_tar(path, members, "gz" if name.endswith(".tgz") else "")
    assert _problems(_scan(path)) == [(str(path), "not-mail", detail)]


def test_damaged_archives_in_a_folder_are_reported(tmp_path: Path) -> None:
    folder = tmp_path / "Downloads"
    good = write_takeout_zip(tmp_path / "good.zip", [*_noise(40), _edition("20261001-0600")])
    folder.mkdir()
    (folder / "cut.zip").write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    tgz = write_tar(tmp_path / "t.tgz", {TAKEOUT_MBOX: _mbox([*_noise(40)])}, "gz")
    (folder / "cut.tgz").write_bytes(tgz.read_bytes()[:3000])
    bz = write_compressed(tmp_path / "b.bz2", [_mbox(_noise(40))], "bz2")
    (folder / "bad.mbox.bz2").write_bytes(bz.read_bytes()[:12] + b"\0" * 2000)
    problems = sorted((Path(s.split("!")[0]).name, c) for s, c, _ in _problems(_scan(folder)))
    assert problems == [
        ("bad.mbox.bz2", "unreadable"), ("cut.tgz", "unreadable"), ("cut.zip", "unreadable"),
    ]  # fmt: skip


def test_a_damaged_zip_member_does_not_hide_the_others(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "two.zip", {"a.eml": _edition("20261001-0600"),
                                            "b.eml": _edition("20260901-0600")})  # fmt: skip
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        first = archive.infolist()[0]
        start = first.header_offset + 30 + len(first.filename)
    data[start + 200 : start + 260] = b"\xff" * 60  # the first member's deflated data
    path.write_bytes(bytes(data))
    items = _scan(path)
    assert _stamps(items) == ["20260901-0600"]
    assert [(s, c) for s, c, _ in _problems(items)] == [(f"{path}!a.eml", "unreadable")]


def test_members_that_cannot_be_read_are_reported(tmp_path: Path) -> None:
    """Encrypted, or compressed with bzip2, which zipfile unpacks without bound: not read."""
    path = write_zip(tmp_path / "mixed.zip", {"a.eml": _edition("20261001-0600")})
    with zipfile.ZipFile(path, "a", zipfile.ZIP_BZIP2) as archive:
        archive.writestr("b.eml", _edition("20260901-0600"))
    data = bytearray(path.read_bytes())
    central = data.index(b"PK\x01\x02")  # the first member's entry in the list: mark it encrypted
    data[central + 8] |= 0x1
    path.write_bytes(bytes(data))
    problems = _problems(_scan(path))
    assert problems == [
        (f"{path}!a.eml", "unreadable", "encrypted"),
        (f"{path}!b.eml", "unreadable",
         "compressed with bzip2, which is not read here: unpack the archive first"),
    ]  # fmt: skip


# -- bombs -------------------------------------------------------------------------------------


@pytest.fixture
def small_budget(monkeypatch: pytest.MonkeyPatch) -> int:
    """Archives may unpack to 2 MiB (or five times their size) in these tests."""
    monkeypatch.setattr(archives, "FREE_BYTES", 2 * 1024 * 1024)
    monkeypatch.setattr(archives, "MAX_RATIO", 5)
    return 2 * 1024 * 1024


def _zeros_after(head: bytes, size: int) -> bytes:
    return head + b"\0" * (size - len(head))


@pytest.mark.parametrize("form", ["gz", "bz2", "xz", "tgz", "zip"])
def test_an_archive_that_unpacks_to_far_more_than_its_size_is_stopped(
    tmp_path: Path, small_budget: int, form: str
) -> None:
    """A "bomb": 40 MiB of zeros after a message's first line; the scan stops at the budget
    and says so, and what came before is still read."""
    edition = _mbox([_edition("20261001-0600")])
    bomb = _zeros_after(b"From MAILER-DAEMON Tue Nov 24 11:27:11 2026\nSubject: x\n\n", 40 << 20)
    path = tmp_path / f"bomb.{form}"
    if form == "zip":
        write_zip(path, {"a.mbox": edition, "b.mbox": bomb})
    elif form == "tgz":
        write_tar(path, {"a.mbox": edition, "b.mbox": bomb}, "gz")
    else:
        write_compressed(path, [edition, bomb], form)  # type: ignore[arg-type]
    assert path.stat().st_size * archives.MAX_RATIO < small_budget
    items = _scan(path)
    assert _stamps(items) == ["20261001-0600"]
    assert _problems(items) == [(str(path), "unpacks-too-much", "over 2 MiB unpacked")]


def test_a_tar_header_too_large_to_hold_is_refused(tmp_path: Path) -> None:
    """tarfile holds a header's pax records whole in memory: a huge one is not read."""
    path = tmp_path / "pax.tar"
    with tarfile.open(path, "w", format=tarfile.PAX_FORMAT) as tar:
        info = tarfile.TarInfo("a.eml")
        info.pax_headers = {"comment": "x" * (300 * 1024)}
        data = _edition("20261001-0600")
        info.size = len(data)
        tar.addfile(info, __import__("io").BytesIO(data))
    (problem,) = _problems(_scan(path))
    assert problem[:2] == (str(path), "unreadable")
    assert "header extension" in problem[2]


def test_too_many_members(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archives, "MAX_MEMBERS", 3)
    members = {f"m/{n}.eml": _edition(f"2026{n:02d}01-0600") for n in range(1, 6)}
    tar = write_tar(tmp_path / "many.tar", members)
    zipped = write_zip(tmp_path / "many.zip", members)
    for path in (tar, zipped):
        items = _scan(path)
        assert _stamps(items) == ["20260101-0600", "20260201-0600", "20260301-0600"]
        assert _problems(items) == [
            (str(path), "too-many-files", "more than 3: only the first 3 files were read")
        ]
    monkeypatch.setattr(archives, "MAX_ZIP_DIRECTORY_BYTES", 100)
    assert _problems(_scan(zipped)) == [
        (str(zipped), "too-many-files", "more than 3: none was read")
    ]


def test_a_zip64_directory_size_is_read(tmp_path: Path) -> None:
    path = tmp_path / "z64.zip"
    with zipfile.ZipFile(path, "w") as archive, archive.open("a.eml", "w", force_zip64=True) as f:
        f.write(_edition("20261001-0600"))
    with zipfile.ZipFile(path) as archive:
        expected = sum(46 + len(i.filename) + len(i.extra) for i in archive.infolist())
    with path.open("rb") as raw:
        assert archives._zip_directory_size(raw, path.stat().st_size) == expected
    assert _stamps(_scan(path)) == ["20261001-0600"]


def test_a_gz_of_one_message_as_before(tmp_path: Path) -> None:
    path = tmp_path / "edition.eml.gz"
    path.write_bytes(gzip.compress(_edition("20260901-0600")))
    items = _scan(path)
    assert _stamps(items) == ["20260901-0600"]
    assert _sources(items) == [str(path)]


def _with_checksum(header: bytearray) -> bytearray:
    header[148:156] = b" " * 8
    header[148:156] = b"%06o\0 " % sum(header)
    return header


def test_damaged_headers_are_damage(tmp_path: Path) -> None:
    """A tar member of negative size (base-256) would have its header read again and again; a
    .zip's list declared larger than the file is no list of too many files."""
    tar = write_tar(tmp_path / "a.tar", {"a.eml": _edition("20261001-0600")})
    data = bytearray(tar.read_bytes())
    data[124:136] = b"\xff" * 10 + b"\xfe\x00"  # -512
    data[:512] = _with_checksum(data[:512])
    tar.write_bytes(bytes(data))
    zipped = write_zip(tmp_path / "a.zip", {"a.eml": _edition("20261001-0600")})
    data = bytearray(zipped.read_bytes())
    end = data.rindex(b"PK\x05\x06")
    data[end + 12 : end + 16] = (3 << 30).to_bytes(4, "little")
    zipped.write_bytes(bytes(data))
    assert _problems(_scan(tar)) == [
        (str(tar), "unreadable", "a damaged .tar file: a member of -512 bytes")
    ]
    assert [(s, c) for s, c, _ in _problems(_scan(zipped))] == [(str(zipped), "unreadable")]


def test_an_archive_read_before_is_skipped_while_it_stays_as_it_is(tmp_path: Path) -> None:
    """A Takeout download remembered as a source is not unpacked at every re-check; rewritten
    (a new download under the same name), it is read again in full."""
    path = write_takeout_zip(tmp_path / "takeout.zip", [*_noise(2), _edition("20261001-0600")])
    first = ScanControl()
    assert _stamps(_scan(path, control=first)) == ["20261001-0600"]
    again = ScanControl(marks_in=dict(first.marks_out))
    assert _scan(path, control=again) == []
    assert again.stats.unchanged == [str(path)] and again.marks_out == first.marks_out
    assert again.stats.bytes_scanned == path.stat().st_size
    write_takeout_zip(path, [_edition("20261001-0600"), _edition("20261101-0600", seed=2)])
    later = ScanControl(marks_in=dict(first.marks_out))
    assert _stamps(_scan(path, control=later)) == ["20261001-0600", "20261101-0600"]


def test_a_maildir_of_compressed_messages_as_dovecot_keeps_them(tmp_path: Path) -> None:
    """Dovecot's zlib plugin stores each Maildir message compressed, its name unchanged."""
    import bz2
    import lzma

    maildir = tmp_path / "Maildir"
    files = write_maildir(
        maildir,
        [
            _edition("20260901-0600"),
            _edition("20261001-0600"),
            *_noise(2),
            _edition("20261101-0600"),
        ],
    )
    compressions: list[Callable[[bytes], bytes]] = [
        gzip.compress,
        bz2.compress,
        lzma.compress,
        gzip.compress,
        gzip.compress,
    ]
    for file, compress in zip(files, compressions, strict=True):
        file.write_bytes(compress(file.read_bytes()))
    (maildir / "cur" / "9.zstd.host:2,S").write_bytes(b"\x28\xb5\x2f\xfd" + bytes(40))
    control = ScanControl()
    items = list(scan([str(maildir)], control))
    assert sorted(_stamps(items)) == ["20260901-0600", "20261001-0600", "20261101-0600"]
    assert [(p.code, p.detail) for p in items if isinstance(p, ScanProblem)] == [
        ("unreadable", "compressed with Zstandard")
    ]
    assert control.stats.files == 6
    assert not any(m.head_hash.startswith("archive:") for m in control.marks_out.values())


# -- mail stores and archives inside archives ---------------------------------------------------


def test_a_backup_of_a_dovecot_maildir_with_compressed_messages(tmp_path: Path) -> None:
    """A .tar.gz of a Maildir whose messages Dovecot's zlib plugin compressed: each member is
    unpacked in turn."""
    members = maildir_members([_edition("20261001-0600"), *_noise(2), _edition("20261101-0600")])
    packed = {name: gzip.compress(data) for name, data in members.items()}
    path = write_tar(tmp_path / "mail-backup.tar.gz", packed, "gz")
    items = _scan(path)
    assert _stamps(items) == ["20261001-0600", "20261101-0600"]
    assert _problems(items) == []


def test_a_message_being_delivered_when_the_backup_was_made_is_passed_over(
    tmp_path: Path,
) -> None:
    members = maildir_members([_edition("20261001-0600")], root="home/u/Maildir")
    half = _edition("20261101-0600")
    members["home/u/Maildir/tmp/1780000002.M3P1.host"] = half[: len(half) // 2]
    members["home/u/tmp/notes.eml"] = _edition("20260901-0600")  # a folder of the user's
    items = _scan(write_tar(tmp_path / "home.tgz", members, "gz"))
    assert _stamps(items) == ["20260901-0600", "20261001-0600"]
    assert _problems(items) == []


def test_apple_mail_and_outlook_files_in_a_zip(tmp_path: Path) -> None:
    """A zipped Apple Mail mailbox (.emlx, one deleted in Mail) and saved Outlook messages."""
    from tests.mailgen.clients import emlx_bytes, msg_bytes

    messages = "Work.mbox/1A2B/Data/Messages"
    path = write_zip(
        tmp_path / "mail.zip",
        {
            f"{messages}/101.emlx": emlx_bytes(_edition("20260901-0600")),
            f"{messages}/102.emlx": emlx_bytes(_edition("20261001-0600"), flags=0b10),
            f"{messages}/103.partial.emlx": emlx_bytes(_noise(1)[0]),
            "Saved/repository.msg": msg_bytes(_edition("20261101-0600")),
            "Work.mbox/Info.plist": b"<?xml version='1.0'?><plist></plist>",
        },
    )
    items = _scan(path)
    assert _stamps(items) == ["20260901-0600", "20261101-0600"]  # not the deleted one
    assert _problems(items) == []


def test_archives_in_archives(tmp_path: Path) -> None:
    """A Takeout .zip inside a .tar, an mbox.gz inside a .zip: read, as deep as exports go."""
    takeout = write_takeout_zip(tmp_path / "takeout.zip", [_edition("20261001-0600")])
    inner_gz = gzip.compress(_mbox([*_noise(2), _edition("20261101-0600")]))
    inner_zip = write_zip(tmp_path / "inner.zip", {"Archive/old.mbox.gz": inner_gz})
    path = write_tar(
        tmp_path / "downloads.tar",
        {"takeout.zip": takeout.read_bytes(), "more/inner.zip": inner_zip.read_bytes()},
    )
    items = _scan(path)
    assert _stamps(items) == ["20261001-0600", "20261101-0600"]
    assert _problems(items) == []


def test_archives_nested_too_deep_are_named(tmp_path: Path) -> None:
    data = _edition("20261101-0600")
    for _ in range(archives.MAX_NESTING + 2):
        data = gzip.compress(data)
    path = tmp_path / "deep.gz"
    path.write_bytes(data)
    assert _problems(_scan(path)) == [
        (str(path), "too-deep", f"archives nested over {archives.MAX_NESTING} deep")
    ]


def test_a_bomb_inside_an_archive_counts_against_the_archive(
    tmp_path: Path, small_budget: int
) -> None:
    """Zeros compressed inside a compressed member: what both unpack to is counted."""
    head = b"From MAILER-DAEMON Tue Nov 24 11:27:11 2026\nSubject: x\n\n"
    bomb = gzip.compress(_zeros_after(head, 40 << 20))
    path = write_tar(tmp_path / "bomb.tar", {"a.eml": _edition("20261001-0600"), "b.gz": bomb})
    items = _scan(path)
    assert _stamps(items) == ["20261001-0600"]
    assert _problems(items) == [(str(path), "unpacks-too-much", "over 2 MiB unpacked")]


def test_a_zip_too_large_to_hold_inside_an_archive_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archives, "MAX_MEMBER_IN_MEMORY", 1024)
    inner = write_zip(tmp_path / "inner.zip", {"a.mbox": _mbox(_noise(3))})
    path = write_tar(tmp_path / "outer.tar", {"inner.zip": inner.read_bytes()})
    assert _problems(_scan(path)) == [
        (f"{path}!inner.zip", "too-large", "a .zip over 0 MiB inside an archive")
    ]


def test_a_damaged_zip_inside_an_archive_is_named_not_a_crash(tmp_path: Path) -> None:
    """A .zip whose first member lost bytes (a copy gone wrong), kept in a backup .tar: its
    list then points before the start of the data, which failed the whole import with a
    ValueError; read alone, as a file, it is named damaged. So it is now inside the .tar too."""
    whole = write_zip(tmp_path / "mail.zip", {"Inbox.mbox": _mbox([_edition("20261001-0600")])})
    data = whole.read_bytes()
    damaged = data[:40] + data[140:]
    backup = write_tar(tmp_path / "backup.tar", {"home/mail.zip": damaged})
    assert [(s, c) for s, c, _ in _problems(_scan(backup))] == [
        (f"{backup}!home/mail.zip!Inbox.mbox", "unreadable")
    ]


@pytest.mark.parametrize("before", [b"\xef\xbb\xbf", b"\n", b"\r\n\r\n", b"\xef\xbb\xbf\n"])
@pytest.mark.parametrize("kind", ["zip", "tgz", "gz"])
def test_an_mbox_with_a_byte_order_mark_or_blank_lines_first_is_read_in_an_archive(
    tmp_path: Path, before: bytes, kind: str
) -> None:
    """Saved by Notepad (a byte order mark) or written with a blank line first, then packed:
    read as the same file on disk is, from its first "From " line, where it was no mail."""
    mbox = before + _mbox([_edition("20261001-0600"), *_noise(2)])
    if kind == "zip":
        path = write_zip(tmp_path / "mail.zip", {"Inbox.mbox": mbox})
    elif kind == "tgz":
        path = write_tar(tmp_path / "mail.tgz", {"Inbox.mbox": mbox}, "gz")
    else:
        path = write_compressed(tmp_path / "Inbox.mbox.gz", [mbox], "gz")
    control = ScanControl()
    items = _scan(path, control=control)
    assert _stamps(items) == ["20261001-0600"]
    assert _problems(items) == []
    assert control.stats.messages_scanned == 3
    # Where the edition begins in the member, as a file's position says it.
    (candidate,) = [i for i in items if isinstance(i, Candidate)]
    assert candidate.source.endswith(f" @ {len(before)}")
