"""Mail trees that are odd but real: mbox files named by year, named pipes, looping links,
very deep folders, a mail folder called "tmp". Each is built on disk and scanned whole."""

from __future__ import annotations

import contextlib
import os
import random
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

import pytest

from tests.mailgen.clients import emlx_bytes, write_apple_mailbox
from tests.mailgen.containers import write_maildir, write_mbox, write_mh, write_msf
from tests.mailgen.editions import make_edition
from tests.mailgen.messages import edition_message, noise_message
from tldops_desktop.mail import discover, emlx
from tldops_desktop.mail import scan as scan_module
from tldops_desktop.mail.discover import MBOX_FOLDER, MH, discover_stores
from tldops_desktop.mail.message import examine
from tldops_desktop.mail.scan import scan
from tldops_desktop.mail.scan_items import Candidate, ScanControl, ScanItem, ScanProblem

needs_posix = pytest.mark.skipif(os.name == "nt", reason="named pipes and links as on POSIX")


def _edition(stamp: str, seed: int = 1) -> bytes:
    return edition_message(make_edition(stamp, seed=seed, members=4))


def _noise(count: int, seed: int = 0) -> list[bytes]:
    when = datetime(2026, 10, 1, tzinfo=UTC)
    return [noise_message(random.Random(seed + i), seed + i, when) for i in range(count)]


def _stamps(items: list[ScanItem]) -> list[str]:
    found = []
    for item in items:
        if isinstance(item, Candidate):
            found += [e.stamp for e in examine(item.data, item.source).editions]
    return sorted(found)


def _problems(items: list[ScanItem]) -> list[tuple[str, str]]:
    return [(p.source, p.code) for p in items if isinstance(p, ScanProblem)]


def _scan(*paths: Path, control: ScanControl | None = None) -> list[ScanItem]:
    return list(scan([str(p) for p in paths], control))


# -- 1. mbox files named by year are not an MH folder ------------------------------------------


def _year_archives(folder: Path) -> list[str]:
    """Thunderbird's yearly archive folders (or mutt's), without .msf beside them: each an mbox
    whose first message is not an edition."""
    write_mbox(
        folder / "2025",
        [*_noise(1), _edition("20251101-0600"), _edition("20251201-0600", seed=2)],
        style="thunderbird",
    )
    write_mbox(
        folder / "2026",
        [*_noise(1, seed=5), _edition("20261001-0600", seed=3), _edition("20261101-0600", 4)],
        style="thunderbird",
    )
    return ["20251101-0600", "20251201-0600", "20261001-0600", "20261101-0600"]


def test_thunderbird_year_archives_without_msf_are_read_as_mboxes(tmp_path: Path) -> None:
    local = tmp_path / "Mail" / "Local Folders"
    write_mbox(local / "Inbox", _noise(2), style="thunderbird")
    write_msf(local / "Inbox.msf")
    (local / "Archives").write_bytes(b"")
    write_msf(local / "Archives.msf")
    expected = _year_archives(local / "Archives.sbd")
    items = _scan(local)
    assert _stamps(items) == expected
    assert _problems(items) == []


def test_mutt_year_archives_are_read_as_mboxes(tmp_path: Path) -> None:
    mail = tmp_path / "Mail"
    write_mbox(mail / "inbox", _noise(2))
    expected = _year_archives(mail / "archive")
    (mail / "archive" / "2024").write_bytes(b"")  # an empty year: no mail, not a message
    assert _stamps(_scan(mail)) == expected
    assert _stamps(_scan(mail / "archive")) == expected


def test_an_mbox_inside_a_real_mh_folder_is_read_as_an_mbox(tmp_path: Path) -> None:
    folder = tmp_path / "mh"
    write_mh(folder, [*_noise(3), _edition("20260901-0600", seed=9)])
    write_mbox(folder / "5", [*_noise(1), _edition("20261001-0600"), _edition("20261101-0600", 2)])
    first = ScanControl()
    items = _scan(folder, control=first)
    assert _stamps(items) == ["20260901-0600", "20261001-0600", "20261101-0600"]
    assert _problems(items) == []
    # An mbox grows in place, which the folder's listing does not show: read it again.
    with open(folder / "5", "ab") as stream:
        stream.write(b"From MAILER-DAEMON Tue Dec  1 06:00:00 2026\n" + _edition("20261201-0600"))
    assert os.path.realpath(folder) not in first.marks_out  # the folder's listing: unmarked
    again = ScanControl(marks_in=dict(first.marks_out))
    assert "20261201-0600" in _stamps(_scan(folder, control=again))


def test_a_real_mh_folder_is_still_read_once_per_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "Mail" / "inbox"  # Claws Mail: no .mh_sequences
    written = write_mh(folder, [*_noise(20), _edition("20261001-0600")])
    (folder / ".mh_sequences").unlink()
    (folder / ".claws_mark").write_bytes(b"\0" * 8)
    opened: list[str] = []
    real_open = open

    def watched_open(path: object, *args: object, **kwargs: object) -> object:
        opened.append(str(path))
        return real_open(path, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("builtins.open", watched_open)
    first = ScanControl()
    assert _stamps(_scan(folder, control=first)) == ["20261001-0600"]
    assert len(opened) <= len(written) + 3  # a few first bytes looked at, not every file twice
    assert first.marks_out, "an MH folder: its listing is marked"
    opened.clear()
    again = ScanControl(marks_in=dict(first.marks_out))
    assert _stamps(_scan(folder, control=again)) == []
    assert again.stats.unchanged == [str(folder)]
    assert len(opened) <= 3
    monkeypatch.undo()
    assert discover._folder_kind(folder) == MH
    assert discover._folder_kind(folder.parent) == MH


def test_discovery_tells_year_archives_from_mh(tmp_path: Path) -> None:
    home = tmp_path / "home"
    root = home / ".thunderbird"
    local = root / "p.default" / "Mail" / "Local Folders"
    write_mbox(local / "Inbox", _noise(1), style="thunderbird")
    write_msf(local / "Inbox.msf")
    _year_archives(local / "Archives.sbd")
    root.joinpath("profiles.ini").write_text(
        "[Profile0]\nName=default\nIsRelative=1\nPath=p.default\n", encoding="utf-8"
    )
    mutt = home / "Mail"
    write_mbox(mutt / "inbox", _noise(1))
    _year_archives(mutt / "archive")
    kinds = {s.path: s.kind for s in discover_stores(home, "linux")}
    assert kinds == {local: MBOX_FOLDER, mutt: MBOX_FOLDER}


# -- 2. named pipes never block a scan ---------------------------------------------------------


_T = TypeVar("_T")


def _unblocked(fifos: list[Path], read: Callable[[], list[_T]]) -> list[_T]:
    """What ``read`` gives, failed (not hung) if it blocks on one of the ``fifos``."""
    result: list[_T] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            result.extend(read())
        except BaseException as exc:  # given to the test's thread
            failure.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(timeout=20)
    if worker.is_alive():
        for fifo in fifos:  # let the blocked open() return, so the thread ends
            with contextlib.suppress(OSError):
                os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        worker.join(timeout=5)
        pytest.fail("the scan blocked on a named pipe")
    if failure:
        raise failure[0]
    return result


@needs_posix
def test_named_pipes_in_message_folders_are_named_not_opened(tmp_path: Path) -> None:
    maildir = tmp_path / "Maildir"
    write_maildir(maildir, [_edition("20261101-0600")])
    mh = tmp_path / "mh"
    write_mh(mh, [_edition("20261001-0600", seed=2)])
    claws = tmp_path / "claws"  # an MH folder without .mh_sequences: its files sniffed
    write_mh(claws, [_edition("20260601-0600", seed=6)])  # file 1
    (claws / ".mh_sequences").unlink()
    (claws / "1").rename(claws / "3")
    apple = write_apple_mailbox(
        tmp_path / "INBOX.mbox", [_edition("20260901-0600", seed=3)], layout="v2"
    )
    (apple / "Messages" / "3.partial.emlx").write_bytes(
        emlx_bytes(_edition("20260801-0600", seed=4))
    )
    folder = tmp_path / "Local Folders"
    write_mbox(folder / "Inbox", [_edition("20260701-0600", seed=5)])
    fifos = [
        maildir / "cur" / "1764100001.M2P2.host:2,S",
        maildir / "new" / "1764100002.M3P3.host",
        mh / "2",
        claws / "1",
        claws / "2",
        apple / "Messages" / "2.emlx",
        folder / "Sent",
    ]
    for fifo in fifos:
        os.mkfifo(fifo)
    items = _unblocked(fifos, lambda: _scan(maildir, mh, claws, apple, folder))
    assert _stamps(items) == [
        "20260601-0600", "20260701-0600", "20260801-0600", "20260901-0600", "20261001-0600", "20261101-0600",
    ]  # fmt: skip
    assert sorted(_problems(items)) == sorted((str(fifo), "named-pipe") for fifo in fifos)


@needs_posix
def test_a_named_pipe_given_by_name_is_named_so(tmp_path: Path) -> None:
    fifo = tmp_path / "inbox.eml"
    os.mkfifo(fifo)
    items = _unblocked([fifo], lambda: _scan(fifo))
    assert _problems(items) == [(str(fifo), "named-pipe")]


@needs_posix
def test_a_link_given_to_what_is_not_there_is_named_so(tmp_path: Path) -> None:
    link = tmp_path / "Inbox"
    link.symlink_to("/media/backup/Mail/Inbox")
    items = [p for p in _scan(link) if isinstance(p, ScanProblem)]
    assert [(p.source, p.code, p.detail) for p in items] == [
        (str(link), "dangling-link", "/media/backup/Mail/Inbox")
    ]
    assert _problems(_scan(tmp_path / "nowhere")) == [(str(tmp_path / "nowhere"), "not-found")]


@needs_posix
def test_a_named_pipe_is_never_opened_to_wait(tmp_path: Path) -> None:
    fifo = tmp_path / "1"
    os.mkfifo(fifo)

    def read_directly() -> list[ScanItem]:
        with pytest.raises(OSError):
            scan_module.open_regular(fifo)
        control = ScanControl()
        return [
            *scan_module.scan_message_file(str(fifo), control),
            *scan_module._scan_file(fifo, control, explicit=False),
            *scan_module._scan_mbox_file(fifo, control),
            *emlx.scan_emlx(fifo, control),
        ]

    # Named where a message file was expected; a file that became a pipe after it was looked
    # at (``_scan_file``, ``_scan_mbox_file``) is passed over.
    assert _problems(_unblocked([fifo], read_directly)) == [(str(fifo), "named-pipe")] * 2


@needs_posix
def test_what_is_not_a_file_in_a_mail_folder_is_named(tmp_path: Path) -> None:
    import socket

    mail = tmp_path / "Mail"
    write_mbox(mail / "Inbox", [*_noise(1), _edition("20261101-0600")])
    os.mkfifo(mail / "Sent")
    (mail / "Trash").symlink_to("/media/backup/Mail/Trash")  # a disk not mounted
    (mail / "Drafts").symlink_to(os.devnull)  # a device
    (mail / "loop").symlink_to("loop")
    (mail / "lock").symlink_to("127.0.1.1:+4242")  # a running Thunderbird's, in its profile
    (mail / ".hidden-pipe").symlink_to("Sent")
    maildir = mail / "box"
    write_maildir(maildir, [_edition("20261001-0600", seed=2)])
    (maildir / "cur" / "1764100003.M4P4.host:2,S").symlink_to("/media/backup/gone:2,S")
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(str(mail / "Outbox"))
    try:
        items = _unblocked([mail / "Sent"], lambda: _scan(mail))
    finally:
        listener.close()
    assert _stamps(items) == ["20261001-0600", "20261101-0600"]
    problems = sorted((p.source, p.code, p.detail) for p in items if isinstance(p, ScanProblem))
    assert problems == [
        (str(mail / "Drafts"), "not-mail", "a device, not a file"),
        (str(mail / "Outbox"), "not-mail", "a socket, not a file"),
        (str(mail / "Sent"), "named-pipe", ""),
        (str(mail / "Trash"), "dangling-link", "/media/backup/Mail/Trash"),
        (
            str(maildir / "cur" / "1764100003.M4P4.host:2,S"),
            "dangling-link",
            "/media/backup/gone:2,S",
        ),
        (str(mail / "loop"), "unreadable", "Too many levels of symbolic links"),
    ]


@needs_posix
def test_what_is_not_a_file_in_a_mail_folder_is_in_the_report(tmp_path: Path) -> None:
    from tldops_desktop.cli import _PROBLEMS
    from tldops_desktop.services.importer import ImportOptions, run_import

    mail = tmp_path / "Mail"
    write_mbox(mail / "Inbox", [_edition("20261101-0600")])
    os.mkfifo(mail / "Sent")
    (mail / "Trash").symlink_to("/media/backup/Mail/Trash")
    report = _unblocked([mail / "Sent"], lambda: [run_import([str(mail)], None, ImportOptions())])[
        0
    ]
    assert [(e["source"], e["code"]) for e in report.errors] == [
        (str(mail / "Sent"), "named-pipe"),
        (str(mail / "Trash"), "dangling-link"),
    ]
    assert report.problem_counts().files == 2
    assert all(e["code"] in _PROBLEMS for e in report.errors)


@needs_posix
def test_a_named_pipe_for_profiles_ini_does_not_block_discovery(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / ".thunderbird").mkdir(parents=True)
    fifo = home / ".thunderbird" / "profiles.ini"
    os.mkfifo(fifo)
    write_mh(home / "Mail" / "inbox", _noise(1))

    def find() -> list[ScanItem]:
        stores = discover_stores(home, "linux")
        assert [(s.client, s.kind) for s in stores] == [("Claws Mail", MH)]
        return []

    _unblocked([fifo], find)


# -- 3. looping symbolic links -----------------------------------------------------------------


@needs_posix
def test_looping_links_are_reported_and_the_rest_is_read(tmp_path: Path) -> None:
    mail = tmp_path / "Mail"
    write_mbox(mail / "Inbox", [*_noise(2), _edition("20261101-0600")])
    (mail / "Sent").symlink_to("Sent")  # a link broken by a restore, pointing at itself
    (mail / "a").symlink_to("b")
    (mail / "b").symlink_to("a")
    (mail / ".hidden").symlink_to(".hidden")
    write_maildir(mail / "box", [_edition("20261001-0600", seed=2)])
    (mail / "box" / "cur" / "loop").symlink_to("loop")
    items = _scan(mail)
    assert _stamps(items) == ["20261001-0600", "20261101-0600"]
    assert sorted(_problems(items)) == [
        (str(mail / "Sent"), "unreadable"),
        (str(mail / "a"), "unreadable"),
        (str(mail / "b"), "unreadable"),
        (str(mail / "box" / "cur" / "loop"), "unreadable"),
    ]


@needs_posix
def test_looping_links_do_not_stop_discovery(tmp_path: Path) -> None:
    home = tmp_path / "home"
    root = home / ".thunderbird"
    local = root / "p.default" / "Mail" / "Local Folders"
    write_mbox(local / "Inbox", _noise(1), style="thunderbird")
    (local / "Sent").symlink_to("Sent")
    (root / "p.default" / "Mail" / "loop").symlink_to("loop")
    root.joinpath("profiles.ini").write_text(
        "[Profile0]\nName=default\nIsRelative=1\nPath=p.default\n", encoding="utf-8"
    )
    claws = home / "Mail"
    write_mh(claws / "inbox", _noise(2))
    (claws / "trash").symlink_to("trash")
    (claws / "up").symlink_to("..")  # a link back up: not followed for ever
    windows = home / "AppData" / "Local" / "Microsoft" / "Outlook"
    windows.mkdir(parents=True)
    (windows / "x.pst").symlink_to("x.pst")
    kinds = {s.path: s.kind for s in discover_stores(home, "linux")}
    assert kinds == {local: MBOX_FOLDER, claws: MH}
    assert discover_stores(home, "windows", env={}, pff_available=True) == []
    assert discover.tree_size(local) == (local / "Inbox").stat().st_size


# -- 4. very deep folder trees -----------------------------------------------------------------


def _nest(top: Path, depth: int) -> Path:
    """``depth`` folders, each inside the one before (short names: the path stays short)."""
    top.mkdir(parents=True)
    folder = top
    for _ in range(depth):  # one at a time: mkdir(parents=True) recurses
        folder = folder / "d"
        folder.mkdir()
    return folder


def _unnest(top: Path) -> None:
    """Remove a deep tree bottom-up, without recursion (tmp_path's clean-up recurses)."""
    folders = [top]
    while (folders[-1] / "d").is_dir():
        folders.append(folders[-1] / "d")
    for folder in reversed(folders):
        for child in folder.iterdir():
            if not child.is_dir():
                child.unlink()
        folder.rmdir()


@pytest.mark.parametrize("inside_apple_mailbox", [False, True])
def test_a_very_deep_tree_is_read_to_a_depth_and_the_rest_reported(
    tmp_path: Path, inside_apple_mailbox: bool
) -> None:
    top = tmp_path / ("Deep.mbox" if inside_apple_mailbox else "deep")
    try:
        bottom = _nest(top, 1100)
        write_mbox(top / "Inbox", [_edition("20261101-0600")])
        shallow = top.joinpath(*["d"] * 10)
        write_mbox(shallow / "Archive", [_edition("20261001-0600", seed=2)])
        write_mbox(bottom / "Lost", [_edition("20260901-0600", seed=3)])
        control = ScanControl()
        items = _scan(top, control=control)
        assert _stamps(items) == ["20261001-0600", "20261101-0600"]
        ((source, code),) = _problems(items)
        assert code == "too-deep"
        assert Path(source) == top.joinpath(*["d"] * (scan_module.MAX_FOLDER_DEPTH + 1))
        assert control.stats.bytes_total == control.stats.bytes_scanned  # what is read, counted
        assert discover.tree_size(top) > control.stats.bytes_total  # counted without recursion
        assert discover._folder_kind(top) == MBOX_FOLDER
    finally:
        _unnest(top)


# -- 5. a mail folder named "tmp" --------------------------------------------------------------


def test_a_mail_folder_named_tmp_is_read(tmp_path: Path) -> None:
    mail = tmp_path / "Mail"
    write_mbox(mail / "tmp", [_edition("20261101-0600")])  # mutt: an mbox called tmp
    local = tmp_path / "Local Folders"
    write_mbox(local / "tmp", [_edition("20261001-0600", seed=2)], style="thunderbird")
    write_msf(local / "tmp.msf")
    write_mbox(local / "tmp.sbd" / "old", [_edition("20260901-0600", seed=3)])
    folders = tmp_path / "folders"  # a folder called tmp, holding mailboxes
    write_mbox(folders / "tmp" / "inbox", [_edition("20260801-0600", seed=4)])
    items = _scan(mail, local, folders)
    assert _stamps(items) == ["20260801-0600", "20260901-0600", "20261001-0600", "20261101-0600"]
    assert _problems(items) == []


@pytest.mark.parametrize("layout", [("cur", "new", "tmp"), ("cur", "tmp"), ("new", "tmp")])
def test_a_maildirs_own_tmp_is_skipped(tmp_path: Path, layout: tuple[str, ...]) -> None:
    maildir = tmp_path / "Maildir"
    for sub in layout:
        (maildir / sub).mkdir(parents=True)
    (maildir / layout[0] / "1764100000.M1P1.host").write_bytes(_edition("20261101-0600"))
    # A message being delivered: not complete yet, never read.
    (maildir / "tmp" / "1764100001.M2P2.host").write_bytes(_edition("20261001-0600", seed=2))
    assert _stamps(_scan(maildir)) == ["20261101-0600"]


# -- names of digits that are not ASCII digits ---------------------------------------------


def test_names_of_other_digits_are_no_mh_numbers(tmp_path: Path) -> None:
    mh = tmp_path / "mh"
    write_mh(mh, [_edition("20261001-0600")])
    (mh / "\u00b2").write_bytes(_edition("20261101-0600", seed=2))  # "²": isdigit(), not int()
    claws = tmp_path / "claws"
    claws.mkdir()
    (claws / "\u00b3").write_bytes(_edition("20260901-0600", seed=3))
    items = _scan(mh, claws)
    assert _stamps(items) == ["20260901-0600", "20261001-0600", "20261101-0600"]
    assert _problems(items) == []
    assert discover._folder_kind(claws) == MBOX_FOLDER
    home = tmp_path / "home"
    write_apple_mailbox(home / "Library/Mail/V10/ACCOUNT/INBOX.mbox", _noise(1))
    (home / "Library/Mail/V\u00b2").mkdir()
    assert [s.path.name for s in discover_stores(home, "macos")] == ["INBOX.mbox"]


# -- empty files: emptied mail folders -----------------------------------------------------


def test_empty_mailbox_files_are_no_messages(tmp_path: Path) -> None:
    """Thunderbird keeps a 0-byte mbox for a folder emptied (monthly archives 01, 02, 03)."""
    months = tmp_path / "Local Folders" / "Archives.sbd" / "2026.sbd"
    months.mkdir(parents=True)
    for month in ("01", "02", "03"):
        (months / month).write_bytes(b"")
    write_mbox(months / "04", [*_noise(1), _edition("20260401-0600")], style="thunderbird")
    (months.parent / "2026").write_bytes(b"")
    control = ScanControl()
    items = _scan(tmp_path / "Local Folders", control=control)
    assert _stamps(items) == ["20260401-0600"]
    assert control.stats.messages_scanned == 2
    # Given by name: an empty mailbox, nothing wrong with it (a Thunderbird Inbox just emptied).
    for empty in (months / "01", tmp_path / "saved.eml"):
        empty.write_bytes(b"")
        control = ScanControl()
        assert _scan(empty, control=control) == []
        assert control.stats.messages_scanned == 0


def test_nothing_piped_in_is_no_message(monkeypatch: pytest.MonkeyPatch) -> None:
    class EmptyStdin:
        buffer = __import__("io").BytesIO(b"")

    monkeypatch.setattr("sys.stdin", EmptyStdin)
    control = ScanControl()
    assert list(scan(["-"], control)) == []
    assert control.stats.messages_scanned == 0


@pytest.mark.parametrize(
    ("name", "prefix"),
    [
        ("bom.eml", b"\xef\xbb\xbf"),  # Notepad's "Save as" UTF-8
        ("blank.eml", b"\n"),
        ("blank-crlf.eml", b"\r\n\r\n"),
        ("outlook.eml", b"Microsoft Mail Internet Headers Version 2.0\r\n"),
    ],
)
def test_eml_files_with_something_before_the_headers_are_read(
    tmp_path: Path, name: str, prefix: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(prefix + _edition("20261101-0600"))
    assert _stamps(list(scan([str(path)]))) == ["20261101-0600"]  # named
    assert _stamps(list(scan([str(tmp_path)]))) == ["20261101-0600"]  # in a folder


def test_an_eml_file_in_a_folder_that_is_not_mail_is_named(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_bytes(b"not mail at all\n")
    (tmp_path / "saved.eml").write_bytes(b"<html><body>a web page saved as .eml</body></html>\n")
    problems = [(p.source, p.code) for p in scan([str(tmp_path)]) if isinstance(p, ScanProblem)]
    assert problems == [(str(tmp_path / "saved.eml"), "not-mail")]


def test_mail_with_classic_mac_line_ends_is_read(tmp_path: Path) -> None:
    """CR alone ends each line (Eudora, classic Mac OS converters): read as LF."""
    one = tmp_path / "one.eml"
    one.write_bytes(_edition("20261101-0600").replace(b"\n", b"\r"))
    assert _stamps(list(scan([str(one)]))) == ["20261101-0600"]
    mbox = tmp_path / "Eudora.mbx"
    write_mbox(mbox, [_edition("20261001-0600"), *_noise(2), _edition("20261101-0600")])
    mbox.write_bytes(mbox.read_bytes().replace(b"\n", b"\r"))
    control = ScanControl()
    assert _stamps(list(scan([str(mbox)], control))) == ["20261001-0600", "20261101-0600"]
    assert control.stats.messages_scanned == 4
    (mark,) = control.marks_out.values()
    assert mark.size == mbox.stat().st_size  # read to its end: unchanged, it is skipped
