"""The automatic encrypted backups, their restore, and the writer lock, on real files."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.conftest import ALTERNATIVE, LAYOUT_A, LAYOUT_B, SMALL_MBOX
from tests.reliability.support import PASSPHRASE, child_env, digest, lock_holder
from tldops_desktop.errors import DatabaseBusyError, NotFoundError, UserError, WrongKeyError
from tldops_desktop.services.importer import ImportOptions, run_import
from tldops_desktop.services.store import Store, database_path
from tldops_desktop.storage import backup as backups
from tldops_desktop.storage.backup import (
    BACKUP_KEEP,
    list_backups,
    restore_backup,
    take_backup,
)
from tldops_desktop.storage.db import key_opens
from tldops_desktop.storage.keys import DatabaseKey, KeySource
from tldops_desktop.storage.lock import WriterLock, is_locked

KEY = DatabaseKey("passphrase", PASSPHRASE)


def keys(passphrase: str = PASSPHRASE) -> KeySource:
    return KeySource(passphrase=passphrase, prompt=None, env={})


def stamps(data_dir: Path) -> list[str]:
    with Store.open(data_dir, keys()) as store:
        return [e.stamp for e in store.repo.editions()]


def imported(data_dir: Path, *paths: Path, dry_run: bool = False) -> list[str]:
    with Store.open(data_dir, keys(), create=True) as store:
        report = run_import([str(p) for p in paths], store.repo, ImportOptions(dry_run=dry_run))
    return report.imported


def test_an_import_that_writes_takes_one_backup_first(data_dir: Path) -> None:
    imported(data_dir, LAYOUT_B)
    assert list_backups(data_dir) == []  # the first import: an empty database, nothing to keep
    imported(data_dir, LAYOUT_A)
    (first,) = list_backups(data_dir)
    assert first.edition == "20261001-0600"  # what it holds, told by its name
    assert first.path.name.endswith("Z-n1-20261001-0600.db")  # the first taken
    restored = data_dir.parent / "restored"
    restored.mkdir()
    (restored / "tldops.db").write_bytes(first.path.read_bytes())
    (restored / "keyinfo.json").write_bytes((data_dir / "keyinfo.json").read_bytes())
    assert stamps(restored) == ["20261001-0600"]  # the database as it was before the import


def test_no_backup_when_nothing_will_be_written(data_dir: Path) -> None:
    imported(data_dir, LAYOUT_B)
    imported(data_dir, LAYOUT_A)
    before = list_backups(data_dir)
    assert imported(data_dir, LAYOUT_A, LAYOUT_B) == []  # both already present
    assert imported(data_dir, ALTERNATIVE, dry_run=True) == ["20260901-0600"]
    assert list_backups(data_dir) == before
    assert imported(data_dir, ALTERNATIVE) == ["20260901-0600"]
    assert len(list_backups(data_dir)) == 2


def test_backups_are_encrypted_with_the_same_key_and_private(data_dir: Path) -> None:
    imported(data_dir, LAYOUT_A)
    with Store.open(data_dir, keys()) as store:
        info = take_backup(store.db)
    blob = info.path.read_bytes()
    assert not blob.startswith(b"SQLite format 3")
    for needle in ("Lefèvre", "nic.ad", "+376", "Светлана", "20261101"):
        assert needle.encode() not in blob
    assert key_opens(info.path, KEY)
    assert not key_opens(info.path, DatabaseKey("passphrase", "another passphrase"))
    if os.name == "posix":
        assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
        assert stat.S_IMODE(info.path.parent.stat().st_mode) == 0o700


def test_the_newest_five_are_kept_named_by_utc_time_and_number(data_dir: Path) -> None:
    imported(data_dir, LAYOUT_A)
    start = datetime(2026, 11, 1, 6, 0, tzinfo=UTC)
    with Store.open(data_dir, keys()) as store:
        for n in range(BACKUP_KEEP + 3):
            take_backup(store.db, now=start + timedelta(hours=n))
    kept = list_backups(data_dir)
    assert len(kept) == BACKUP_KEEP
    assert [b.taken_at for b in kept] == [start + timedelta(hours=n) for n in (7, 6, 5, 4, 3)]
    assert kept[0].path.name == "tldops-20261101T130000.000000Z-n8.db"
    assert sorted(p.name for p in kept[0].path.parent.iterdir()) == sorted(
        b.path.name for b in kept
    )


def test_a_clock_set_back_never_drops_the_backup_just_taken(data_dir: Path) -> None:
    """Backups taken while the clock ran ahead (a wrong time zone, a clock fixed since) are
    named later than the one an import takes now: that one, the database as it was just
    before the import, is kept all the same."""
    imported(data_dir, LAYOUT_A)
    ahead = datetime(2031, 1, 1, tzinfo=UTC)
    with Store.open(data_dir, keys()) as store:
        for n in range(BACKUP_KEEP):
            take_backup(store.db, now=ahead + timedelta(hours=n))
    assert imported(data_dir, ALTERNATIVE) == ["20260901-0600"]
    kept = list_backups(data_dir)
    assert len(kept) == BACKUP_KEEP
    assert [b.taken_at.year for b in kept].count(ahead.year) == BACKUP_KEEP - 1
    just_taken = min(kept, key=lambda b: b.taken_at)
    assert just_taken.taken_at.year < ahead.year


def test_backups_named_before_the_edition_was_recorded_are_listed(data_dir: Path) -> None:
    imported(data_dir, LAYOUT_B)
    imported(data_dir, LAYOUT_A)
    (new,) = list_backups(data_dir)
    old = new.path.with_name("tldops-20261001T060000.000000Z.db")
    old.write_bytes(new.path.read_bytes())
    listed = list_backups(data_dir)
    assert [(b.path.name, b.edition) for b in listed] == [
        (new.path.name, "20261001-0600"),
        (old.name, None),
    ]
    assert backups.find_backup(data_dir, new.path.name).edition == "20261001-0600"
    assert backups.find_backup(data_dir, old.name).edition is None
    assert list_backups(data_dir)[0].to_json()["edition"] == "20261001-0600"
    # an odd edition never reaches a file name
    assert backups.backup_name(new.taken_at, "../x") == backups.backup_name(new.taken_at)


def test_a_partial_backup_left_by_a_crash_is_cleared(data_dir: Path) -> None:
    imported(data_dir, LAYOUT_A)
    folder = data_dir / "backups"
    folder.mkdir(mode=0o700)
    partial = folder / "tldops-20261101T060000.000000Z.db.partial"
    partial.write_bytes(b"half a file")
    assert list_backups(data_dir) == []  # never offered for restore
    with Store.open(data_dir, keys()) as store:
        take_backup(store.db)
    assert not partial.exists()
    assert len(list_backups(data_dir)) == 1


def test_restore_keeps_the_current_file_and_its_wal(data_dir: Path) -> None:
    imported(data_dir, LAYOUT_B)
    imported(data_dir, LAYOUT_A)
    store = Store.open(data_dir, keys())  # left open: its WAL holds the last transaction
    try:
        run_import([str(ALTERNATIVE)], store.repo, ImportOptions())
        wal = data_dir / "tldops.db-wal"
        assert wal.exists() and wal.stat().st_size > 0
        current = digest(database_path(data_dir))
        newest = list_backups(data_dir)[0]
        result = restore_backup(data_dir, newest.path, KEY)
    finally:
        store.close()  # (its connection still points at the file kept aside)
    assert result.kept_aside is not None and result.kept_aside.name.startswith(
        "tldops.db.before-restore-"
    )
    side_wal = result.kept_aside.with_name(result.kept_aside.name + "-wal")
    assert side_wal.stat().st_size > 0  # the WAL went with its file...
    assert digest(result.kept_aside) == current  # ...and the file is the same bytes
    assert not (data_dir / "tldops.db-wal").exists()  # (never replayed into the restored one)
    assert stamps(data_dir) == ["20261101-0600", "20261001-0600"]
    aside = data_dir.parent / "aside"
    aside.mkdir()
    os.link(result.kept_aside, aside / "tldops.db")
    (aside / "keyinfo.json").write_bytes((data_dir / "keyinfo.json").read_bytes())
    os.link(side_wal, aside / "tldops.db-wal")
    assert "20260901-0600" in stamps(aside)  # nothing lost: the old file opens, whole
    if os.name == "posix":
        assert stat.S_IMODE(database_path(data_dir).stat().st_mode) == 0o600


def test_restore_refuses_a_backup_under_another_key(data_dir: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    with Store.open(other, keys("another passphrase"), create=True) as store:
        run_import([str(LAYOUT_B)], store.repo, ImportOptions())
        run_import([str(LAYOUT_A)], store.repo, ImportOptions())
    foreign = list_backups(other)[0].path
    imported(data_dir, LAYOUT_A)
    before = digest(database_path(data_dir))
    with pytest.raises(WrongKeyError) as error:
        restore_backup(data_dir, foreign, KEY)
    assert error.value.code == "backup-wrong-key"
    assert foreign.name in error.value.message and ".restore-new" not in error.value.message
    assert digest(database_path(data_dir)) == before
    assert sorted(p.name for p in data_dir.iterdir()) == ["keyinfo.json", "tldops.db",
                                                          "tldops.lock"]  # fmt: skip


def test_restore_refuses_a_damaged_backup(data_dir: Path) -> None:
    imported(data_dir, LAYOUT_B)
    imported(data_dir, LAYOUT_A)
    newest = list_backups(data_dir)[0].path
    data = bytearray(newest.read_bytes())
    data[4096 + 200] ^= 0xFF
    newest.write_bytes(bytes(data))
    before = digest(database_path(data_dir))
    with pytest.raises(UserError) as error:
        restore_backup(data_dir, newest, KEY)
    assert error.value.code in ("backup-damaged", "backup-wrong-key")
    assert digest(database_path(data_dir)) == before


def test_no_backup_to_restore_is_explained(data_dir: Path) -> None:
    imported(data_dir, LAYOUT_A)
    with pytest.raises(NotFoundError) as error:
        backups.find_backup(data_dir, None)
    assert "backup is taken before each import" in str(error.value)


def test_writer_lock_is_reentrant_in_one_process(data_dir: Path) -> None:
    with WriterLock(data_dir), WriterLock(data_dir):
        imported(data_dir, LAYOUT_A)  # run_import and store_editions take it again
    with WriterLock(data_dir):
        pass
    if os.name == "posix":
        assert stat.S_IMODE((data_dir / "tldops.lock").stat().st_mode) == 0o600


def test_another_process_holding_the_lock_is_a_clear_busy_error(
    data_dir: Path, tmp_path: Path
) -> None:
    imported(data_dir, LAYOUT_B)
    before = digest(database_path(data_dir))
    with lock_holder(data_dir, child_env(tmp_path)):
        assert is_locked(data_dir)
        with pytest.raises(DatabaseBusyError) as error:
            imported(data_dir, LAYOUT_A)
        assert "in use by another TLD-OPS Desktop window or command" in str(error.value)
        assert stamps(data_dir) == ["20261001-0600"]  # readers still read
        with pytest.raises(DatabaseBusyError):
            WriterLock(data_dir).acquire()
    assert digest(database_path(data_dir)) == before
    assert not is_locked(data_dir)  # released when the holder died
    assert imported(data_dir, SMALL_MBOX, LAYOUT_A)


def test_a_re_check_that_changes_nothing_keeps_the_backups(data_dir: Path, tmp_path: Path) -> None:
    """A conflict already on record, found again at every re-check (a cron job over a folder
    holding one conflicting copy), takes no backup: five runs would push every useful one out."""
    from tests.mailgen.editions import change_phones, make_edition
    from tests.mailgen.messages import edition_message

    older = make_edition("20261001-0600", seed=5, members=6)
    newer = make_edition("20261101-0600", seed=6, members=6)
    paths = []
    for name, edition in [("older", older), ("newer", newer), ("other", change_phones(newer, 1))]:
        paths.append(tmp_path / f"{name}.eml")
        paths[-1].write_bytes(edition_message(edition))
    imported(data_dir, paths[0])
    imported(data_dir, paths[1])
    assert len(list_backups(data_dir)) == 1
    imported(data_dir, paths[2])  # a conflict: recorded, so a backup first
    before = list_backups(data_dir)
    assert len(before) == 2
    for _ in range(BACKUP_KEEP + 1):
        with Store.open(data_dir, keys()) as store:
            report = run_import([str(paths[2])], store.repo, ImportOptions())
        assert [c["stamp"] for c in report.conflicts] == ["20261101-0600"]
    assert list_backups(data_dir) == before


def test_a_file_in_the_place_of_the_backups_folder_is_said(data_dir: Path) -> None:
    imported(data_dir, LAYOUT_B)
    folder = data_dir / "backups"
    folder.write_text("not a folder\n")
    with pytest.raises(UserError) as error:
        imported(data_dir, LAYOUT_A)
    assert f"{folder} is not a folder" in error.value.message
    assert "move it away" in error.value.message
    assert stamps(data_dir) == ["20261001-0600"]


def test_after_the_clock_was_set_back_the_last_backup_taken_is_the_newest(
    data_dir: Path,
) -> None:
    """A laptop whose clock battery died: backups taken since are named years earlier than
    those before. The one taken last is the newest all the same: restored by default, kept
    when old ones are dropped, named first in the list."""
    imported(data_dir, LAYOUT_A)
    before = datetime(2026, 11, 1, 6, 0, tzinfo=UTC)
    reset = datetime(2000, 1, 1, 0, 0, tzinfo=UTC)  # the clock, set back
    with Store.open(data_dir, keys()) as store:
        for n in range(3):
            take_backup(store.db, now=before + timedelta(hours=n))
        taken_since = [take_backup(store.db, now=reset + timedelta(hours=n)) for n in range(3)]
    listed = list_backups(data_dir)
    assert len(listed) == BACKUP_KEEP
    assert [b.path for b in listed[:3]] == [b.path for b in reversed(taken_since)]
    assert [b.taken_at for b in listed[3:]] == [before + timedelta(hours=n) for n in (2, 1)]
    assert backups.find_backup(data_dir, None).path == taken_since[-1].path
    # mtime can be set back too (and a copy made with cp keeps none): the order does not
    # depend on it
    for n, backup in enumerate(listed):
        os.utime(backup.path, (n, n))
    assert [b.path for b in list_backups(data_dir)] == [b.path for b in listed]


def test_backups_named_before_their_order_was_recorded_come_before_the_others(
    data_dir: Path,
) -> None:
    imported(data_dir, LAYOUT_A)
    with Store.open(data_dir, keys()) as store:
        new = take_backup(store.db, now=datetime(2020, 1, 1, tzinfo=UTC))
    old = new.path.with_name("tldops-20261001T060000.000000Z-20261001-0600.db")
    old.write_bytes(new.path.read_bytes())
    assert [b.path for b in list_backups(data_dir)] == [new.path, old]
