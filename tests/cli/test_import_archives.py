"""``tldops import`` of Google Takeout downloads and other archives: read, or said why not."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.mailgen.archives import (
    TAKEOUT_MBOX,
    takeout_mbox,
    write_takeout_zip,
    write_tar,
    write_zip,
)
from tests.mailgen.editions import make_edition
from tests.mailgen.messages import edition_message


def _edition(stamp: str) -> bytes:
    return edition_message(make_edition(stamp, seed=2, members=4))


def test_takeout_downloads_are_imported(tmp_path: Path, passphrase: str, run_cli: Any) -> None:
    zipped = write_takeout_zip(tmp_path / "takeout-20261124T101010Z-001.zip",
                               [_edition("20261001-0600")])  # fmt: skip
    tgz = write_tar(tmp_path / "takeout-20261124T101010Z-001.tgz",
                    {TAKEOUT_MBOX: b"".join(takeout_mbox([_edition("20261101-0600")]))}, "gz")  # fmt: skip
    result = run_cli("import", zipped, tgz)
    assert result.code == 0, result.out + result.err
    assert "imported: 20261001-0600, 20261101-0600" in result.out
    assert "problem" not in result.out
    listed = [s["path"] for s in run_cli("sources", "list", "--json").json()["sources"]]
    assert listed == [str(zipped), str(tgz)]


def test_an_archive_without_mail_is_named_as_such(
    tmp_path: Path, passphrase: str, run_cli: Any
) -> None:
    photos = write_zip(tmp_path / "photos.zip", {"IMG_0001.jpg": b"\xff\xd8\xff\xe0JFIF"})
    result = run_cli("import", photos)
    assert result.code == 1
    assert (
        f"problem: {photos}: is not a mailbox or mail file (a .zip archive with no mailbox in it)"
        in result.out
    )


def test_a_damaged_archive_in_a_folder_is_reported(
    tmp_path: Path, passphrase: str, run_cli: Any
) -> None:
    good = write_takeout_zip(tmp_path / "good.zip", [_edition("20261001-0600")])
    folder = tmp_path / "Downloads"
    folder.mkdir()
    (folder / "takeout-002.zip").write_bytes(good.read_bytes()[:-200])  # its end cut off
    result = run_cli("import", folder)
    assert f"problem: {folder / 'takeout-002.zip'}: cannot be read (a damaged .zip file" in (
        result.out
    )
