"""Finding candidate messages in every container, streaming and chunk-boundary safe."""

from __future__ import annotations

import gzip
import io
import mailbox
import os
import random
import shutil
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import LAYOUT_A, SMALL_MBOX
from tests.mailgen.archives import (
    Compression,
    maildir_members,
    write_compressed,
    write_tar,
    write_zip,
)
from tests.mailgen.containers import mbox_entry, write_maildir, write_mbox, write_mh
from tests.mailgen.editions import make_edition
from tests.mailgen.messages import build_edition, edition_message, noise_message
from tldops_desktop.errors import Cancelled
from tldops_desktop.mail import mbox_split
from tldops_desktop.mail import scan as scan_module
from tldops_desktop.mail.message import examine
from tldops_desktop.mail.scan import scan
from tldops_desktop.mail.scan_items import Candidate, ScanControl, ScanProblem
from tldops_desktop.services.import_report import ImportReport
from tldops_desktop.services.importer import ImportOptions, find_editions


def stamps(paths: list[str], control: ScanControl | None = None) -> list[str]:
    found = []
    for item in scan(paths, control):
        if isinstance(item, Candidate):
            found += [e.stamp for e in examine(item.data, item.source).editions]
    return found


def problems(paths: list[str]) -> list[ScanProblem]:
    return [p for p in scan(paths) if isinstance(p, ScanProblem)]


def _watch_opens(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The paths of every file opened from now on (``open`` patched)."""
    opened: list[str] = []
    real_open = open

    def watched_open(path: Any, *args: Any, **kwargs: Any) -> Any:
        opened.append(str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("builtins.open", watched_open)
    return opened


@pytest.mark.parametrize("chunk", [5, 7, 64, 1000, 4096, 8 * 1024 * 1024])
def test_mbox_split_is_independent_of_chunk_size(
    monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    monkeypatch.setattr(mbox_split, "CHUNK_BYTES", chunk)
    control = ScanControl()
    assert stamps([str(SMALL_MBOX)], control) == [
        "20260601-0600", "20260701-0600", "20260801-0600", "20991201-0600",
    ]  # fmt: skip
    assert control.stats.messages_scanned == 17
    assert control.stats.bytes_scanned == SMALL_MBOX.stat().st_size


def test_only_candidates_are_kept(tmp_path: Path) -> None:
    control = ScanControl()
    kept = [i for i in scan([str(SMALL_MBOX)], control) if isinstance(i, Candidate)]
    assert control.stats.messages_scanned == 17
    assert len(kept) == 5  # three editions, the reply, the spoof
    assert sum(len(k.data) for k in kept) < SMALL_MBOX.stat().st_size


def test_from_quoting_is_undone(tmp_path: Path) -> None:
    edition = make_edition("20261101-0600", seed=1, members=5)
    data = edition_message(edition, layout="A", encoding="8bit")
    body_with_from = data.replace(b"\n\nDear", b"\n\nFrom the list:\nDear", 1)
    path = tmp_path / "x.mbox"
    write_mbox(path, [body_with_from])
    assert b"\n>From the list:" in path.read_bytes()
    (candidate,) = [i for i in scan([str(path)]) if isinstance(i, Candidate)]
    assert b"\nFrom the list:" in candidate.data
    assert not candidate.data.startswith(b"From ")


def test_containers(tmp_path: Path) -> None:
    editions = [make_edition(f"2026{m:02d}01-0600", seed=m, members=4) for m in (6, 7, 8, 9, 10)]
    messages = [edition_message(e, layout="A", encoding="base64") for e in editions]
    when = datetime(2026, 6, 2, 8, 0, tzinfo=UTC)
    noise = [noise_message(random.Random(i), i, when) for i in range(5)]
    write_mbox(tmp_path / "a.mbox", [messages[0], *noise])
    write_mbox(tmp_path / "b.mbox.gz", [messages[1], *noise], gz=True)
    thunderbird = tmp_path / "Thunderbird" / "Inbox"
    thunderbird.parent.mkdir()
    write_mbox(thunderbird, [messages[2]])
    (thunderbird.parent / "Inbox.msf").write_bytes(b'// <!-- <mdb:mork:z v="1.4"/> -->\nFrom junk')
    write_maildir(tmp_path / "maildir", [*noise, messages[3]])
    write_mh(tmp_path / "mh", [messages[4], *noise])
    (tmp_path / "notes.txt").write_text("not mail at all\n")
    assert sorted(stamps([str(tmp_path)])) == sorted(e.stamp for e in editions)
    assert sorted(stamps([str(tmp_path / "b.mbox.gz")])) == [editions[1].stamp]
    assert problems([str(tmp_path)]) == []


def test_maildir_read_by_mailbox_module_agrees(tmp_path: Path) -> None:
    edition = make_edition("20261101-0600", seed=3, members=4)
    write_maildir(
        tmp_path / "md", [edition_message(edition, layout="B", encoding="quoted-printable")]
    )
    assert len(mailbox.Maildir(tmp_path / "md", create=False)) == 1
    assert stamps([str(tmp_path / "md")]) == ["20261101-0600"]


def test_eml_files_and_stdin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copy(LAYOUT_A, tmp_path / "one.eml")
    assert stamps([str(tmp_path / "one.eml")]) == ["20261101-0600"]

    class FakeStdin:
        buffer = __import__("io").BytesIO(LAYOUT_A.read_bytes())

    monkeypatch.setattr("sys.stdin", FakeStdin)
    assert stamps(["-"]) == ["20261101-0600"]


def _piped(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    class Stdin:
        buffer = io.BytesIO(data)

    monkeypatch.setattr("sys.stdin", Stdin)


@pytest.mark.parametrize("kind", ["mbox.gz", "mbox.bz2", "mbox.xz", "eml.gz", "zip", "tgz"])
def test_a_compressed_mailbox_piped_in_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    """``tldops import - < Inbox.mbox.gz``: unpacked as the file itself would be, where it
    was read as one message of binary data, nothing found and nothing said."""
    editions = [
        make_edition(s, seed=n, members=4) for n, s in enumerate(("20261001-0600", "20261101-0600"))
    ]
    messages = [edition_message(e) for e in editions]
    mbox = b"".join(mbox_entry(m) for m in messages)
    path = tmp_path / f"piped.{kind}"
    if kind == "zip":
        write_zip(path, {"Takeout/Mail/Inbox.mbox": mbox})
    elif kind == "tgz":
        write_tar(path, maildir_members(messages), "gz")
    else:
        compression: Compression = kind.rpartition(".")[2]  # type: ignore[assignment]
        write_compressed(path, [messages[1] if kind == "eml.gz" else mbox], compression)
    _piped(monkeypatch, path.read_bytes())
    control = ScanControl()
    found = stamps(["-"], control)
    assert found == (["20261101-0600"] if kind == "eml.gz" else ["20261001-0600", "20261101-0600"])
    assert control.stats.bytes_scanned == path.stat().st_size


def test_a_damaged_zip_piped_in_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    whole = write_zip(tmp_path / "mail.zip", {"Inbox.mbox": mbox_entry(LAYOUT_A.read_bytes())})
    data = whole.read_bytes()
    _piped(monkeypatch, data[:40] + data[140:])  # a member's bytes lost: the list points before
    assert [(p.source, p.code) for p in problems(["-"])] == [("-!Inbox.mbox", "unreadable")]


def test_what_is_piped_in_and_is_no_mail_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    _piped(monkeypatch, gzip.compress(os.urandom(3000)))
    assert [(p.source, p.code) for p in problems(["-"])] == [("-", "not-mail")]
    _piped(monkeypatch, bytes(range(256)) * 8)
    assert [(p.source, p.code) for p in problems(["-"])] == [("-", "not-mail")]
    # Binary data whose first line happens to begin like a header field: its other bytes
    # (controls no header line holds) say it is none.
    junk = b"gY:\xbd]_\x9d<\xb7\xe6\x08\xe8\xd8\x86\xc5H\xb5\n" + bytes(range(256)) * 8
    _piped(monkeypatch, gzip.compress(junk))
    assert [(p.source, p.code) for p in problems(["-"])] == [("-", "not-mail")]


def test_missing_unreadable_and_non_mail_paths_are_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert [p.code for p in problems([str(tmp_path / "nope")])] == ["not-found"]
    (tmp_path / "junk.bin").write_bytes(os.urandom(2048))
    assert [p.code for p in problems([str(tmp_path / "junk.bin")])] == ["not-mail"]
    folder = tmp_path / "folder"
    (folder / "locked").mkdir(parents=True)
    shutil.copy(LAYOUT_A, folder / "one.eml")
    real_scandir = os.scandir

    def scandir(path: str | os.PathLike[str]) -> object:
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr("tldops_desktop.mail.scan.os.scandir", scandir)
    found = list(scan([str(folder)]))
    assert [p.code for p in found if isinstance(p, ScanProblem)] == ["unreadable"]
    assert any(isinstance(c, Candidate) for c in found)  # the rest of the folder is still read


def test_corrupt_gzip_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "broken.mbox.gz"
    path.write_bytes(gzip.compress(SMALL_MBOX.read_bytes())[:5000])
    codes = [p.code for p in problems([str(path)])]
    assert codes == ["unreadable"]


def test_cancel_stops_the_scan(tmp_path: Path) -> None:
    control = ScanControl(is_cancelled=lambda: True)
    with pytest.raises(Cancelled):
        list(scan([str(SMALL_MBOX)], control))


def _edition(stamp: str, seed: int = 1) -> bytes:
    return edition_message(make_edition(stamp, seed=seed, members=4))


def _noise(count: int) -> list[bytes]:
    when = datetime(2026, 10, 1, tzinfo=UTC)
    return [noise_message(random.Random(i), i, when) for i in range(count)]


@pytest.mark.parametrize("kind", ["maildir", "mh"])
def test_unchanged_message_folders_are_skipped_unopened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    folder = tmp_path / kind
    messages = [*_noise(6), _edition("20261001-0600")]
    written = write_maildir(folder, messages) if kind == "maildir" else write_mh(folder, messages)
    first = ScanControl()
    assert stamps([str(folder)], first) == ["20261001-0600"]
    assert first.marks_out, "the folders read are marked"

    opened = _watch_opens(monkeypatch)
    again = ScanControl(marks_in=dict(first.marks_out))
    assert stamps([str(folder)], again) == []
    assert again.stats.messages_scanned == 0
    assert not [p for p in opened if Path(p).parent.parent == folder or Path(p).parent == folder]
    assert again.stats.unchanged and set(again.marks_out) == set(first.marks_out)
    assert again.stats.bytes_scanned == sum(p.stat().st_size for p in written)
    monkeypatch.undo()

    # New mail arrives, or a client renames a file to change its flags: read again.
    if kind == "maildir":
        write_maildir(folder, [_edition("20261101-0600", seed=2)], seed=9)
    else:
        (folder / "8").write_bytes(_edition("20261101-0600", seed=2))
    later = ScanControl(marks_in=dict(first.marks_out))
    assert "20261101-0600" in stamps([str(folder)], later)


def test_a_folder_with_an_unreadable_file_is_not_marked(tmp_path: Path) -> None:
    folder = tmp_path / "cur"
    folder.mkdir()
    (folder / "1").write_bytes(b"Subject: x\n\nbody\n")

    def unreadable(path: str, control: ScanControl) -> Iterator[ScanProblem]:
        yield ScanProblem(path, "unreadable", "Permission denied")

    control = ScanControl()
    items = list(scan_module.scan_listed_folder(folder, control, lambda names: names, unreadable))
    assert [i.code for i in items if isinstance(i, ScanProblem)] == ["unreadable"]
    assert control.marks_out == {}  # read again next time


def test_progress_counts_a_skipped_folder_without_stat_of_each_file(tmp_path: Path) -> None:
    folder = tmp_path / "Maildir"
    write_maildir(folder, [*_noise(5), _edition("20261001-0600")])
    first = ScanControl()
    list(scan([str(folder)], first))
    again = ScanControl(marks_in=dict(first.marks_out))
    list(scan([str(folder)], again))
    assert again.stats.bytes_total == first.stats.bytes_total == again.stats.bytes_scanned


@pytest.mark.skipif(os.name == "nt", reason="Windows folders are read whole when they change")
def test_a_changed_folder_reads_only_what_was_added_or_renamed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "Maildir"
    old = write_maildir(folder, [*_noise(8), _edition("20261001-0600")])
    elsewhere = tmp_path / "Archive-message"  # moved in later, its times years old
    elsewhere.write_bytes(_edition("20260901-0600", seed=3))
    os.utime(elsewhere, (1_000_000_000, 1_000_000_000))
    time.sleep(0.05)
    for sub in ("cur", "new"):  # the folders' times move past every file there
        (folder / sub / "probe").write_bytes(b"")
        (folder / sub / "probe").unlink()
    first = ScanControl()
    assert stamps([str(folder)], first) == ["20261001-0600"]

    time.sleep(0.05)
    (added,) = write_maildir(folder, [_edition("20261101-0600", seed=2)], seed=9)
    flagged = old[0].with_name(old[0].name + "a")  # a client changed its flags (a keyword)
    old[0].rename(flagged)
    moved = folder / "cur" / "1000000000.M1P1.host:2,S"
    elsewhere.rename(moved)

    opened = _watch_opens(monkeypatch)
    again = ScanControl(marks_in=dict(first.marks_out))
    found = stamps([str(folder)], again)
    monkeypatch.undo()
    assert sorted(found) == ["20260901-0600", "20261101-0600"]
    assert sorted(opened) == sorted(str(p) for p in (added, flagged, moved))
    assert again.stats.bytes_scanned == again.stats.bytes_total


def test_an_mbox_is_cut_only_where_a_message_begins_after_a_blank_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(scan_module, "MIN_PART_BYTES", 1024)
    messages = [
        b"From a@b Mon Nov  2 06:00:00 2026\nSubject: %d\n\n" % n + b"x" * 900 for n in range(40)
    ]
    spaced = tmp_path / "spaced.mbox"
    spaced.write_bytes(b"".join(m + b"\n\n" for m in messages))  # a blank line before From
    packed = tmp_path / "packed.mbox"
    packed.write_bytes(b"".join(m + b"\n" for m in messages))  # no blank line: no safe cut
    with open(spaced, "rb") as stream:
        points = scan_module._split_points(stream, 0, spaced.stat().st_size, lambda size: 4)
    data = spaced.read_bytes()
    assert points[0] == 0 and points == sorted(set(points))
    assert len(points) == 4  # three cuts, near the even ones
    assert all(data[p - 2 : p + 5] == b"\n\nFrom " for p in points[1:])
    with open(packed, "rb") as stream:
        assert scan_module._split_points(stream, 0, packed.stat().st_size, lambda size: 4) == [0]
    start = len(messages[0]) + 2  # appended mail only: the cuts fall after it
    with open(spaced, "rb") as stream:
        later = scan_module._split_points(stream, start, spaced.stat().st_size, lambda size: 3)
    assert later[0] == start and all(p > start for p in later[1:])


def test_an_mbox_with_crlf_line_ends_is_cut_into_parts_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Thunderbird on Windows ends its lines in CRLF: a large Inbox there was read by one
    process alone, no cut found, where an LF one is shared out among the workers."""
    monkeypatch.setattr(scan_module, "MIN_PART_BYTES", 1024)
    messages = [
        b"From - Mon Nov  2 06:00:00 2026\r\nSubject: %d\r\n\r\n" % n + b"x" * 900
        for n in range(40)
    ]
    path = tmp_path / "Inbox"
    path.write_bytes(b"".join(m + b"\r\n\r\n" for m in messages))
    with open(path, "rb") as stream:
        points = scan_module._split_points(stream, 0, path.stat().st_size, lambda size: 4)
    data = path.read_bytes()
    assert len(points) == 4 and points == sorted(set(points))
    assert all(data[p - 4 : p + 5] == b"\r\n\r\nFrom " for p in points[1:])


def test_a_separator_is_found_wherever_a_chunk_ends(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Separator lines ending in a time or in a year, and body lines that only look like one
    ("From the team", unquoted as mboxo writers leave them), cut at every byte: "From 2019
    to now" cut after its year is not taken for a separator, nor "From 9:00 tomorrow ..."
    (a time, but no header field after it). An envelope's own date needs no header after it."""
    messages = [
        b"From a@b Mon Nov  2 06:00:00 2026\nSubject: one\n\nFrom the team\nbye\n"
        b"\nFrom 2019 to now\n\nFrom 9:00 tomorrow the numbers below apply.\n\nAt 10:00\n",
        b"From b@c Tue Nov  3 2026\nSubject: two\n\nFrom December on\n",
        b"From c@d Wed Nov  4 07:30:00 2026\r\nSubject: three\r\n\r\nlast\r\n",
        b"From 1512345678901234567@xxx Fri Jun 12 21:18:39 +0000 2020\n\nno header block\n",
    ]
    path = tmp_path / "cut.mbox"
    path.write_bytes(b"\n".join(messages))
    for chunk in range(1, path.stat().st_size + 1):
        monkeypatch.setattr(mbox_split, "CHUNK_BYTES", chunk)
        control = ScanControl()
        assert list(scan([str(path)], control)) == [], chunk
        assert control.stats.messages_scanned == 4, chunk


def test_a_dateless_separator_is_found_wherever_a_chunk_ends(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A "From " line with no date begins a message after a blank line and before a header
    block, also right after an empty body, cut at every byte; one before lines that only
    look like fields does not."""
    messages = [
        b"From a@b Mon Nov  2 06:00:00 2026\nSubject: one\n\n",
        b"From someone@example.org\nMessage-ID: <2@x>\nSubject: two\n\nFrom Alice\nNote: hi\n",
        b"\nFrom someone@example.org\r\nDate: Tue, 3 Nov 2026 07:30:00 +0000\r\n\r\nlast\r\n",
    ]
    path = tmp_path / "export.mbox"
    path.write_bytes(b"".join(messages))
    for chunk in range(1, path.stat().st_size + 1):
        monkeypatch.setattr(mbox_split, "CHUNK_BYTES", chunk)
        control = ScanControl()
        assert list(scan([str(path)], control)) == [], chunk
        assert control.stats.messages_scanned == 3, chunk


def test_a_dateless_separator_right_after_a_message_separates_before_a_whole_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Some export tools write "From address" with no date and no blank line before it: where
    a whole header block follows (a Subject or Message-ID, and a From or Date, as every
    message has), a message begins there, cut at every byte; and the edition after one is
    found, not merged into the message before it. A body's "From Alice" before lines that
    only look like fields, or before text, separates nothing."""
    edition = edition_message(make_edition("20261101-0600", seed=3, members=2))
    messages = [
        b"From a@b Mon Nov  2 06:00:00 2026\nSubject: one\n\nhello\n",
        b"From someone@example.org\n" + edition,
        b"From someone@example.org\r\nFrom: Bob <bob@example.org>\r\nSubject: three\r\n"
        b"Message-ID: <3@x>\r\n\r\nsee below\r\nFrom Alice\r\nNote: hi\r\nTo: you\r\n"
        b"\r\nFrom bob@example.org\r\nthanks\r\n",
    ]
    path = tmp_path / "export.mbox"
    path.write_bytes(b"".join(messages))
    assert stamps([str(path)]) == ["20261101-0600"]
    for chunk in (*range(1, 200), *range(200, path.stat().st_size + 1, 97)):
        monkeypatch.setattr(mbox_split, "CHUNK_BYTES", chunk)
        control = ScanControl()
        found = [i for i in scan([str(path)], control) if isinstance(i, Candidate)]
        assert [c.source.rsplit(" @ ", 1)[1] for c in found] == [str(len(messages[0]))], chunk
        assert control.stats.messages_scanned == 3, chunk


@pytest.mark.parametrize("before", [b"\xef\xbb\xbf", b"\n", b"\r\n\r\n", b"\xef\xbb\xbf\n"])
def test_an_mbox_with_a_byte_order_mark_or_blank_lines_first_is_read(
    tmp_path: Path, before: bytes
) -> None:
    """Saved by Notepad (a byte order mark) or written by a tool that put a blank line first:
    an mbox still, read as one (in a folder too, where it was passed over without a word),
    its first message whole; and marked, as any mbox."""
    folder = tmp_path / "Mail"
    folder.mkdir()
    path = folder / "Inbox"
    _edition_mbox(path, "20261101-0600")
    path.write_bytes(before + path.read_bytes())
    control = ScanControl()
    assert stamps([str(path)], control) == ["20261101-0600"]
    assert control.stats.messages_scanned == 1
    assert stamps([str(folder)]) == ["20261101-0600"]
    again = ScanControl(marks_in=dict(control.marks_out))
    assert stamps([str(path)], again) == [] and again.stats.unchanged == [str(path)]


@pytest.mark.parametrize("before", [b"\xef\xbb\xbf", b"\n", b"\r\n\r\n", b"\xef\xbb\xbf\n"])
def test_an_mbox_with_a_byte_order_mark_or_blank_lines_first_is_read_piped_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, before: bytes
) -> None:
    """``tldops import - < Inbox`` reads it as the file named is read, where it was no mail."""
    path = tmp_path / "Inbox"
    _edition_mbox(path, "20261101-0600")
    _piped(monkeypatch, before + path.read_bytes())
    control = ScanControl()
    assert stamps(["-"], control) == ["20261101-0600"]
    assert control.stats.messages_scanned == 1


def _edition_mbox(path: Path, stamp: str) -> None:
    write_mbox(path, [edition_message(make_edition(stamp, seed=3, members=3))])


def test_mbox_files_named_like_maildir_parts_are_mail(tmp_path: Path) -> None:
    """Thunderbird folders a user named "new", "cur" or "tmp" are mbox files, not a Maildir's
    parts: read, every one."""
    folder = tmp_path / "Local Folders"
    folder.mkdir()
    for name, stamp in [("Inbox", "20260101-0600"), ("new", "20260201-0600"),
                        ("tmp", "20260301-0600"), ("cur", "20260401-0600")]:  # fmt: skip
        _edition_mbox(folder / name, stamp)
        (folder / f"{name}.msf").write_bytes(b'// <!-- <mdb:mork:z v="1.4"/> -->')
    assert sorted(stamps([str(folder)])) == [
        "20260101-0600", "20260201-0600", "20260301-0600", "20260401-0600"
    ]  # fmt: skip
    assert problems([str(folder)]) == []


def test_a_maildirs_tmp_folder_is_still_passed_over(tmp_path: Path) -> None:
    maildir = tmp_path / "Maildir"
    write_maildir(maildir, [edition_message(make_edition("20260101-0600", seed=3, members=3))])
    being_written = edition_message(make_edition("20260201-0600", seed=3, members=3))
    (maildir / "tmp" / "1780000002.M3P1.host").write_bytes(being_written[: len(being_written) // 2])
    assert stamps([str(maildir)]) == ["20260101-0600"]
    assert problems([str(maildir)]) == []


@pytest.mark.parametrize("noise_count", [1, 200])  # smaller and larger than the hashed head
def test_an_mbox_appended_to_is_read_from_where_it_was_left(
    tmp_path: Path, noise_count: int
) -> None:
    when = datetime(2026, 10, 1, tzinfo=UTC)
    noise = [noise_message(random.Random(i), i, when) for i in range(noise_count)]
    path = tmp_path / "Inbox"
    write_mbox(path, [*noise, edition_message(make_edition("20261001-0600", seed=3, members=3))])
    first = ScanControl()
    assert stamps([str(path)], first) == ["20261001-0600"]
    size = path.stat().st_size
    later = tmp_path / "later"
    write_mbox(later, [edition_message(make_edition("20261101-0600", seed=4, members=3))])
    with path.open("ab") as mbox:
        mbox.write(later.read_bytes())
    again = ScanControl(marks_in=dict(first.marks_out))
    assert stamps([str(path)], again) == ["20261101-0600"]
    assert again.stats.messages_scanned == 1 and again.stats.bytes_scanned == path.stat().st_size
    assert again.marks_out[str(path.resolve())].size == path.stat().st_size > size


def test_a_separator_glued_to_a_message_without_a_last_newline_still_separates(
    tmp_path: Path,
) -> None:
    """A writer that appends a message after one not ending in a newline glues its "From "
    line to that last line (a MIME closing delimiter, an HTML body's "</html>", text): the
    edition after it was taken as the end of the message before, and silently lost."""
    separator = b"From MAILER-DAEMON Tue Nov 24 11:27:11 2026\n"
    stamps = ["20260901-0600", "20261001-0600", "20261101-0600"]
    editions = [make_edition(stamp, seed=i, members=3) for i, stamp in enumerate(stamps)]
    messages = [
        build_edition(editions[0], html="alternative", encoding="base64").data,  # "--b--"
        build_edition(editions[1], html="only", encoding="8bit").data,  # "</html>"
        edition_message(editions[2]),
        b"Subject: note\nFrom: a@example.org\n\nquoted:\n>From MAILER-DAEMON Tue Nov 24 "
        b"11:27:11 2026\nTo: x\n>>From MAILER-DAEMON Tue Nov 24 11:27:11 2026\nTo: y\n",
    ]
    path = tmp_path / "mbox"
    path.write_bytes(b"".join(separator + m.rstrip(b"\n") for m in messages))
    control = ScanControl()
    items = list(scan([str(path)], control))
    found = sorted(
        e.stamp
        for i in items
        if isinstance(i, Candidate)
        for e in examine(i.data, i.source).editions
    )
    assert found == stamps
    assert control.stats.messages_scanned == 4  # mboxrd's quoted ">From " lines split nothing


_NOTE = (
    b"From: Alice <alice@registry.example>\nTo: tld-ops@lists.dns-oarc.net\nSubject: plans\n"
    b"Date: Mon, 02 Nov 2026 12:00:00 +0000\nMessage-ID: <1@registry.example>\n\nSee you"
)


@pytest.mark.parametrize(
    ("between", "damage"),
    [
        # Glued to the last line of a message that did not end in a newline, a separator
        # with a date as RFC 5322 writes it, not as an envelope's (asctime)...
        (b"From tld-ops@lists.dns-oarc.net Sun, 1 Nov 2026 06:00:00 +0000\n", b""),
        (b"From tld-ops@lists.dns-oarc.net\n", b""),  # ... or with none
        # At a line's start, a blank line between it and the header block...
        (b"\n\nFrom tld-ops@lists.dns-oarc.net Sun, 1 Nov 2026 06:00:00 +0000\n\n", b""),
        # ... or with no date, and a header block with a line that is no field in it.
        (b"\n\nFrom tld-ops@lists.dns-oarc.net\n", b"X-Mangled by a gateway\n"),
        # Of several words and no date after a blank line, of a form never taken for a
        # separator, with or without a blank line after it.
        (b"\n\nFrom the desk of the chair\n", b""),
        (b"\r\n\r\nFrom tld-ops@lists.dns-oarc.net sometime\r\n\r\n", b""),
        # Or with no blank line before it: a writer that omits the one before its separators.
        (b"\nFrom the desk of the chair\n", b""),
        (b"\r\nFrom tld-ops@lists.dns-oarc.net sometime\r\n\r\n", b""),
    ],
)
def test_an_edition_run_together_with_the_message_before_it_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, between: bytes, damage: bytes
) -> None:
    """A writer that joined two messages with a "From " line of a form no mbox writer uses:
    the splitter does not cut there (a body's "From " line looks the same), so the edition
    runs on as the end of the message before it, unread. The import says where it is."""
    edition = edition_message(make_edition("20261101-0600", seed=2, members=4))
    edition = edition.replace(b"\n", b"\n" + damage, 1)
    head = b"From MAILER-DAEMON Mon Nov  2 12:00:00 2026\n"
    data = head + _NOTE + between + edition
    at = len(head) + len(_NOTE) + between.index(b"From ")
    path = tmp_path / "joined.mbox"
    path.write_bytes(data)
    for chunk in (7, 64, 4096, mbox_split.CHUNK_BYTES):
        monkeypatch.setattr(mbox_split, "CHUNK_BYTES", chunk)
        items = list(scan([str(path)]))
        assert items == [ScanProblem(f"{path} @ {at}", "run-together")], chunk

    report = ImportReport()
    assert find_editions([str(path)], ImportOptions(workers=0), report) == []
    assert [(e["source"], e["code"]) for e in report.errors] == [(f"{path} @ {at}", "run-together")]


def test_from_lines_in_bodies_before_a_header_block_name_nothing(tmp_path: Path) -> None:
    """What only looks like an edition run together: an mbox quoted in a body (mboxrd's
    ">From "), a body's "From" line before text, an edition deleted in the mail client."""
    edition = edition_message(make_edition("20261101-0600", seed=2, members=4))
    deleted = b"X-Mozilla-Status: 0009\nX-Mozilla-Status2: 00000000\n" + edition
    bodies = [
        _NOTE + b"\n>From tld-ops@lists.dns-oarc.net Sun, 1 Nov 2026 06:00:00 +0000\n" + edition,
        _NOTE + b"\n\nFrom 9:00 tomorrow, the numbers below apply.\n\nSee below.\n",
        _NOTE + b"\n\nFrom the desk of the chair\nSubject: the repository\n\n" + edition,
        _NOTE + b"From tld-ops@lists.dns-oarc.net\n" + deleted,
    ]
    path = tmp_path / "notes.mbox"
    path.write_bytes(b"".join(mbox_entry(body) for body in bodies))
    assert [i for i in scan([str(path)]) if isinstance(i, ScanProblem)] == []
