"""Atomic writes, and the checks on an output file the user names."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

import pytest

from tldops_desktop.errors import UserError
from tldops_desktop.fileio import atomic_write, output_file, refuse_data_folder

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX links and FIFOs")


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder of its own (tmp_path also holds the test's HOME)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_overwrite_false_creates_a_new_file(out: Path) -> None:
    target = out / "cards.vcf"
    assert atomic_write(target, b"new", overwrite=False) == target
    assert target.read_bytes() == b"new"
    assert [p.name for p in out.iterdir()] == ["cards.vcf"]


def test_overwrite_false_leaves_an_existing_file_whole(out: Path) -> None:
    target = out / "cards.vcf"
    target.write_bytes(b"my phone book")
    with pytest.raises(UserError) as caught:
        atomic_write(target, b"new", overwrite=False)
    assert caught.value.code == "exists"
    assert target.read_bytes() == b"my phone book"
    assert [p.name for p in out.iterdir()] == ["cards.vcf"]  # no temporary file left


def test_a_file_that_appears_while_writing_is_not_replaced(
    out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = out / "cards.vcf"
    real_fsync = os.fsync

    def someone_else_writes(fd: int) -> None:
        real_fsync(fd)
        target.write_bytes(b"written meanwhile")

    monkeypatch.setattr(os, "fsync", someone_else_writes)
    with pytest.raises(UserError) as caught:
        atomic_write(target, b"new", overwrite=False)
    assert caught.value.code == "exists"
    assert target.read_bytes() == b"written meanwhile"


def test_without_hard_links_the_name_is_still_not_taken(
    out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(*_args: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")  # FAT, some network shares

    monkeypatch.setattr(os, "link", no_links)
    target = out / "cards.vcf"
    atomic_write(target, b"first", overwrite=False)
    assert target.read_bytes() == b"first"
    with pytest.raises(UserError, match="exists"):
        atomic_write(target, b"second", overwrite=False)
    assert target.read_bytes() == b"first"
    assert [p.name for p in out.iterdir()] == ["cards.vcf"]


def test_a_failed_write_leaves_the_old_file_whole(
    out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = out / "cards.vcf"
    target.write_bytes(b"my phone book")

    def disk_full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(UserError, match="No space left on device"):
        atomic_write(target, b"new")
    assert target.read_bytes() == b"my phone book"
    assert [p.name for p in out.iterdir()] == ["cards.vcf"]


# -- output_file ------------------------------------------------------------------------------


def test_a_new_file_is_written_where_named(tmp_path: Path) -> None:
    target = tmp_path / "new.vcf"
    assert output_file(target, data_dir=tmp_path / "data", force=False) == target


def test_an_existing_file_needs_force(tmp_path: Path) -> None:
    target = tmp_path / "notes.txt"
    target.write_text("meeting notes")
    with pytest.raises(UserError) as caught:
        output_file(target, data_dir=None, force=False)
    assert caught.value.code == "exists" and "--force" in caught.value.message
    assert output_file(target, data_dir=None, force=True) == target


def test_a_folder_is_no_output_file(tmp_path: Path) -> None:
    for force in (False, True):
        with pytest.raises(UserError) as caught:
            output_file(tmp_path, data_dir=None, force=force)
        assert caught.value.code == "is-a-folder"


@posix_only
def test_a_special_file_is_never_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(UserError) as caught:
        output_file(fifo, data_dir=None, force=True)
    assert caught.value.code == "not-a-file"


@posix_only
def test_a_link_is_followed_only_with_force(tmp_path: Path) -> None:
    (tmp_path / "target.txt").write_text("target of a link")
    link = tmp_path / "link.vcf"
    link.symlink_to("target.txt")
    with pytest.raises(UserError) as caught:
        output_file(link, data_dir=None, force=False)
    assert caught.value.code == "exists" and "target.txt" in caught.value.message
    target = output_file(link, data_dir=None, force=True)
    assert target == tmp_path / "target.txt"
    atomic_write(target, b"cards")
    assert link.is_symlink() and link.read_bytes() == b"cards"  # the link stays a link


def _data_folder(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    (data / "backups").mkdir(parents=True)
    for name in ("tldops.db", "keyinfo.json", "backups/tldops-1.db"):
        (data / name).write_bytes(b"precious")
    return data


@pytest.mark.parametrize(
    "inside", ["tldops.db", "keyinfo.json", "backups/tldops-1.db", "backups/new.vcf", "new.vcf"]
)
def test_nothing_in_the_data_folder_is_written_even_with_force(tmp_path: Path, inside: str) -> None:
    data = _data_folder(tmp_path)
    for force in (False, True):
        with pytest.raises(UserError) as caught:
            output_file(data / inside, data_dir=data, force=force)
        assert caught.value.code == "in-data-folder"
    with pytest.raises(UserError):
        output_file(data, data_dir=data, force=True)


@posix_only
def test_the_data_folder_is_found_behind_links_and_dot_dots(tmp_path: Path) -> None:
    data = _data_folder(tmp_path)
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "via").symlink_to(data)
    (tmp_path / "db.vcf").symlink_to(data / "tldops.db")
    for path in (
        tmp_path / "elsewhere" / ".." / "data" / "tldops.db",
        tmp_path / "via" / "tldops.db",
        tmp_path / "db.vcf",  # a link to the database, followed with --force
    ):
        with pytest.raises(UserError) as caught:
            output_file(path, data_dir=data, force=True)
        assert caught.value.code == "in-data-folder", path
    assert (data / "tldops.db").read_bytes() == b"precious"


def test_a_data_folder_not_made_yet_protects_nothing(tmp_path: Path) -> None:
    refuse_data_folder(tmp_path / "x.vcf", tmp_path / "missing")
    refuse_data_folder(tmp_path / "x.vcf", None)
