"""Mail saved as UTF-16 text (Notepad's "Unicode", PowerShell's Out-File, some Windows tools):
read as the message it holds; UTF-16 text that holds no message is still no mail."""

from __future__ import annotations

import codecs
import io
import random
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.mailgen.archives import write_zip
from tests.mailgen.containers import write_mbox
from tests.mailgen.editions import make_edition
from tests.mailgen.messages import edition_message, noise_message
from tldops_desktop.mail.message import examine
from tldops_desktop.mail.scan import scan
from tldops_desktop.mail.scan_items import Candidate, ScanControl, ScanProblem

_ORDERS = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}


def _as_utf16(data: bytes, order: str) -> bytes:
    """``data`` as a Windows tool saves it: its text in UTF-16, CRLF, a byte order mark."""
    text = data.decode("utf-8").replace("\r\n", "\n").replace("\n", "\r\n")
    return _ORDERS[order] + text.encode(order)


def _found(paths: list[str]) -> tuple[list[tuple[str, list[str]]], list[ScanProblem]]:
    """The stamps found and the names of each edition's contacts, and the problems met."""
    found, problems = [], []
    for item in scan(paths, ScanControl()):
        if isinstance(item, Candidate):
            for edition in examine(item.data, item.source).editions:
                names = [c.name for m in edition.body.members for c in m.contacts]
                found.append((edition.stamp, names))
        elif isinstance(item, ScanProblem):
            problems.append(item)
    return found, problems


def _edition() -> bytes:
    # Names in other scripts: the text must come out as written, not only its ASCII.
    return edition_message(make_edition("20261101-0600", seed=5, members=6), crlf=True)


@pytest.mark.parametrize("order", list(_ORDERS))
def test_a_message_saved_as_utf16_is_read(tmp_path: Path, order: str) -> None:
    """Named as given, in a folder, piped in a zip: the edition, its names as in UTF-8."""
    data = _edition()
    (tmp_path / "utf8").mkdir()
    (tmp_path / "utf8" / "edition.eml").write_bytes(data)
    expected, none = _found([str(tmp_path / "utf8")])
    assert [stamp for stamp, _ in expected] == ["20261101-0600"] and not none
    assert any(not name.isascii() for name in expected[0][1])

    saved = tmp_path / "saved" / "edition.eml"
    saved.parent.mkdir()
    saved.write_bytes(_as_utf16(data, order))
    assert _found([str(saved)]) == (expected, [])
    assert _found([str(saved.parent)]) == (expected, [])
    archive = write_zip(tmp_path / "mail.zip", {"edition.eml": saved.read_bytes()})
    assert _found([str(archive)]) == (expected, [])


def test_a_message_saved_as_utf16_is_read_piped_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Stdin:
        buffer = io.BytesIO(_as_utf16(_edition(), "utf-16-le"))

    monkeypatch.setattr("sys.stdin", Stdin)
    found, problems = _found(["-"])
    assert [stamp for stamp, _ in found] == ["20261101-0600"] and not problems


def test_ordinary_mail_saved_as_utf16_is_no_edition(tmp_path: Path) -> None:
    """Read as mail (no "not mail" said of it), and no edition taken from it."""
    path = tmp_path / "note.eml"
    path.write_bytes(
        _as_utf16(
            noise_message(random.Random(3), 1, datetime(2026, 11, 2, tzinfo=UTC), kind="near-miss"),
            "utf-16-le",
        )
    )
    assert _found([str(path)]) == ([], [])


@pytest.mark.parametrize("order", list(_ORDERS))
def test_utf16_text_that_is_no_mail_is_said_to_be_none(tmp_path: Path, order: str) -> None:
    path = tmp_path / "notes.eml"
    path.write_bytes(_ORDERS[order] + "Notes from the call\r\n\r\nnothing here\r\n".encode(order))
    found, problems = _found([str(path)])
    assert found == []
    assert [(p.source, p.code) for p in problems] == [(str(path), "not-mail")]


def test_an_mbox_saved_as_utf16_is_read(tmp_path: Path) -> None:
    """An mbox opened in Notepad and saved again as "Unicode": its messages, each on its own."""
    mbox = tmp_path / "Inbox.utf8"
    write_mbox(mbox, [edition_message(make_edition(s, seed=2, members=3)) for s in _STAMPS])
    path = tmp_path / "Inbox"
    path.write_bytes(_as_utf16(mbox.read_bytes(), "utf-16-le"))
    found, problems = _found([str(path)])
    assert [stamp for stamp, _ in found] == list(_STAMPS) and not problems


_STAMPS = ("20261001-0600", "20261101-0600")
