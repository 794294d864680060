"""Remembered sources (a JSON file beside the database) and the re-check of them."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import LAYOUT_A, SMALL_MBOX
from tests.mailgen.clients import write_apple_mailbox
from tests.mailgen.containers import write_mbox
from tests.mailgen.editions import make_edition
from tests.mailgen.messages import edition_message, noise_message
from tldops_desktop.errors import NotFoundError, UserError
from tldops_desktop.mail.discover import MAILDIR, MailStore
from tldops_desktop.services import sources
from tldops_desktop.services.store import Store
from tldops_desktop.storage.keys import KeySource

WHEN = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)


def test_add_list_remove(tmp_path: Path, data_dir: Path) -> None:
    assert sources.list_sources(data_dir) == []
    first = sources.add_source(data_dir, SMALL_MBOX)
    assert first.path == str(SMALL_MBOX.resolve())
    assert first.added_at
    again = sources.add_source(data_dir, SMALL_MBOX)  # kept once
    assert again == first
    sources.add_source(data_dir, LAYOUT_A, client="Thunderbird", kind="mbox-folder")
    assert [s.path for s in sources.list_sources(data_dir)] == [
        str(SMALL_MBOX.resolve()),
        str(LAYOUT_A.resolve()),
    ]
    assert sources.list_sources(data_dir)[1].client == "Thunderbird"
    removed = sources.remove_source(data_dir, SMALL_MBOX)
    assert removed.path == str(SMALL_MBOX.resolve())
    assert sources.source_paths(data_dir) == [str(LAYOUT_A.resolve())]
    with pytest.raises(NotFoundError):
        sources.remove_source(data_dir, SMALL_MBOX)
    with pytest.raises(NotFoundError):
        sources.add_source(data_dir, tmp_path / "missing.mbox")


def test_file_holds_paths_only(data_dir: Path) -> None:
    sources.add_source(data_dir, SMALL_MBOX)
    path = data_dir / sources.SOURCES_FILE
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == 1
    assert set(data["sources"][0]) == {"path", "client", "kind", "added_at"}
    assert not list(data_dir.glob(".sources-*"))  # the temporary file was replaced into place
    assert (data_dir / "tldops.db").exists() is False  # the database is not needed


def test_remember_skips_stdin_and_missing(tmp_path: Path, data_dir: Path) -> None:
    added = sources.remember(data_dir, ["-", str(tmp_path / "gone"), str(SMALL_MBOX)])
    assert [s.path for s in added] == [str(SMALL_MBOX.resolve())]
    assert sources.remember(data_dir, [str(SMALL_MBOX)]) == []


def test_damaged_file_is_a_user_error(data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / sources.SOURCES_FILE).write_text("{not json", encoding="utf-8")
    with pytest.raises(UserError) as caught:
        sources.list_sources(data_dir)
    assert caught.value.code == "sources-damaged"


def test_add_store(tmp_path: Path, data_dir: Path) -> None:
    folder = tmp_path / "Maildir"
    folder.mkdir()
    source = sources.add_store(data_dir, MailStore("KMail", folder, MAILDIR, 0))
    assert (source.client, source.kind) == ("KMail", MAILDIR)


def test_discover_stores_uses_home_and_os(tmp_path: Path) -> None:
    home = tmp_path / "mac"
    write_apple_mailbox(home / "Library/Mail/V10/ACC/INBOX.mbox", [b"Subject: x\n\nx\n"])
    (store,) = sources.discover_stores(home, "macos")
    assert store.client == "Apple Mail"
    assert sources.discover_stores(home, "linux") == []


def edition(stamp: str, seed: int = 1) -> bytes:
    return edition_message(make_edition(stamp, seed=seed, members=4))


def test_recheck_imports_only_what_is_new(tmp_path: Path, data_dir: Path, passphrase: str) -> None:
    noise = [noise_message(random.Random(i), i, WHEN) for i in range(20)]
    mbox = tmp_path / "Inbox"
    write_mbox(mbox, [*noise, edition("20261001-0600")])
    apple = write_apple_mailbox(tmp_path / "INBOX.mbox", [*noise[:5], edition("20260901-0600")])
    sources.add_source(data_dir, mbox)
    sources.add_source(data_dir, apple)
    keys = KeySource()
    with Store.open(data_dir, keys, create=True) as store:
        first = sources.recheck(data_dir, store)
        assert first.imported == ["20260901-0600", "20261001-0600"]
        assert first.errors == []

        unchanged = sources.recheck(data_dir, store)
        assert unchanged.imported == []
        assert unchanged.messages_scanned == 0  # both stores skipped by their marks
        assert len(unchanged.unchanged_sources) == 2

        write_mbox(tmp_path / "more", [noise[0], edition("20261101-0600", seed=2)])
        with open(mbox, "ab") as stream:  # next month's mail arrives
            stream.write((tmp_path / "more").read_bytes())
        grown = sources.recheck(data_dir, store)
        assert grown.imported == ["20261101-0600"]
        assert grown.messages_scanned == 2  # only what was appended
        (skipped,) = grown.unchanged_sources
        assert Path(skipped).name == "Messages" and Path(skipped).is_relative_to(apple)


def test_recheck_with_nothing_remembered(data_dir: Path, passphrase: str) -> None:
    with Store.open(data_dir, KeySource(), create=True) as store:
        report = sources.recheck(data_dir, store)
    assert report.imported == [] and report.messages_scanned == 0
