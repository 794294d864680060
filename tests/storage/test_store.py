"""The real SQLCipher file: encryption at rest, keys, transactions, history rules."""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Generator
from dataclasses import replace
from pathlib import Path

import pytest

from tests.conftest import LAYOUT_A, LAYOUT_B, PASSPHRASE
from tests.support.memkeyring import MemoryKeyring
from tldops_desktop.core.model import Edition, content_hash
from tldops_desktop.errors import NoKeyError, UserError, WrongKeyError
from tldops_desktop.mail.message import examine
from tldops_desktop.services.importer import ImportOptions, run_import, to_edition
from tldops_desktop.services.store import Store, database_path
from tldops_desktop.storage.keys import KeySource, read_keyinfo
from tldops_desktop.storage.migrations import LATEST_VERSION
from tldops_desktop.storage.repository import AddOutcome


def sample_edition(path: Path = LAYOUT_A) -> Edition:
    (found,) = examine(path.read_bytes(), str(path)).editions
    return to_edition(found)


def keys(passphrase: str | None = PASSPHRASE) -> KeySource:
    return KeySource(passphrase=passphrase, prompt=None, env={})


def files_digest(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def test_nothing_readable_at_rest(data_dir: Path) -> None:
    edition = sample_edition()
    with Store.open(data_dir, keys(), create=True) as store:
        store.repo.add_edition(edition)
        # Read while the WAL still holds the pages: both files must be ciphertext.
        blobs = [p.read_bytes() for p in data_dir.iterdir() if p.is_file()]
    blobs += [p.read_bytes() for p in data_dir.iterdir() if p.is_file()]
    for needle in ("Lefèvre", "nic.ad", "+376", "Andorra", "Светлана", "20261101"):
        assert all(needle.encode() not in blob for blob in blobs), needle
    assert all(not blob.startswith(b"SQLite format 3") for blob in blobs)


def test_wrong_passphrase_is_a_clear_error_and_touches_nothing(data_dir: Path) -> None:
    with Store.open(data_dir, keys(), create=True) as store:
        store.repo.add_edition(sample_edition())
    before = files_digest(data_dir)
    with pytest.raises(WrongKeyError) as error:
        Store.open(data_dir, keys("not the passphrase"))
    assert "passphrase" in str(error.value)
    assert "not the passphrase" not in str(error.value)
    assert files_digest(data_dir) == before


def test_passphrase_with_quotes_round_trips(data_dir: Path) -> None:
    tricky = "it's a \"quoted\" pass'; DROP TABLE editions; --"
    with Store.open(data_dir, keys(tricky), create=True) as store:
        store.repo.add_edition(sample_edition())
    with Store.open(data_dir, keys(tricky)) as store:
        assert store.repo.current_stamp() == "20261101-0600"


def test_no_keyring_no_passphrase_no_terminal_creates_nothing(data_dir: Path) -> None:
    with pytest.raises(NoKeyError) as error:
        Store.open(data_dir, keys(None), create=True)
    assert "TLDOPS_PASSPHRASE" in str(error.value)
    assert not data_dir.exists()


def test_keyring_mode_uses_a_raw_random_key(data_dir: Path, memory_keyring: MemoryKeyring) -> None:
    with Store.open(data_dir, keys(None), create=True) as store:
        store.repo.add_edition(sample_edition())
        assert store.key_info.mode == "keyring"
    info = read_keyinfo(data_dir)
    assert info is not None and info.mode == "keyring"
    (secret,) = memory_keyring.items.values()
    assert len(bytes.fromhex(secret)) == 32
    assert secret not in (data_dir / "keyinfo.json").read_text()
    with Store.open(data_dir, keys(None)) as store:
        assert store.repo.current_stamp() == "20261101-0600"


def test_lost_keyring_key_keeps_the_file(data_dir: Path, memory_keyring: MemoryKeyring) -> None:
    with Store.open(data_dir, keys(None), create=True) as store:
        store.repo.add_edition(sample_edition())
    before = files_digest(data_dir)
    memory_keyring.items.clear()
    with pytest.raises(NoKeyError) as error:
        Store.open(data_dir, keys(None))
    assert error.value.code == "keyring-key-missing"
    assert files_digest(data_dir) == before


def test_posix_permissions(data_dir: Path) -> None:
    if os.name != "posix":
        pytest.skip("POSIX permissions only")
    with Store.open(data_dir, keys(), create=True) as store:
        store.repo.add_edition(sample_edition())
        assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
        for path in data_dir.iterdir():
            if path.name.startswith("tldops.db"):
                assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_schema_is_versioned(data_dir: Path) -> None:
    with Store.open(data_dir, keys(), create=True) as store:
        assert store.db.query("PRAGMA user_version")[0][0] == LATEST_VERSION
        assert store.db.query("PRAGMA journal_mode")[0][0] == "wal"


def test_numbers_stored_by_an_older_version_are_worked_out_again(data_dir: Path) -> None:
    """Version 4: the E.164 forms an older reading gave digits that make no number ("24/7"
    as +49247) are worked out again, once, when the database is opened."""
    edition = sample_edition()
    ace = edition.members[0].tld.ace
    with Store.open(data_dir, keys(), create=True) as store:
        store.repo.add_edition(edition)
        connection = store.db.connection
        first = connection.execute(
            "SELECT c.id, c.phone, c.phone_e164 FROM contacts c JOIN members m "
            "ON c.member_id = m.id WHERE m.ace = ? ORDER BY c.id LIMIT 2",
            (ace,),
        ).fetchall()
        (junk_id, _, _), (kept_id, _, kept_e164) = first
        connection.execute(
            "UPDATE contacts SET phone = '24/7', phone_e164 = '+376247' WHERE id = ?", (junk_id,)
        )
        connection.execute("PRAGMA user_version = 3")
    with Store.open(data_dir, keys()) as store:
        assert store.db.query("PRAGMA user_version")[0][0] == LATEST_VERSION
        numbers = dict(store.db.query("SELECT id, phone_e164 FROM contacts"))
    assert numbers[junk_id] is None
    assert numbers[kept_id] == kept_e164 is not None


@pytest.mark.parametrize(
    ("written", "stored"),
    [
        # a mobile written with its country code but no "+", once read as a landline
        ("49 151 23456789", "+494915123456789"),
        # a desk line, then the mobile a word names, once stored as the desk line
        ("Office +49 69 27235 0, mobile +49 151 23456789", "+4969272350"),
    ],
)
def test_a_number_stored_wrongly_before_version_5_is_worked_out_again(
    data_dir: Path, written: str, stored: str
) -> None:
    with Store.open(data_dir, keys(), create=True) as store:
        store.repo.add_edition(sample_edition())
        connection = store.db.connection
        (row_id,) = connection.execute(
            "SELECT c.id FROM contacts c JOIN members m ON c.member_id = m.id "
            "WHERE m.ace = 'de' ORDER BY c.id LIMIT 1"
        ).fetchone()
        connection.execute(
            "UPDATE contacts SET phone = ?, phone_e164 = ? WHERE id = ?", (written, stored, row_id)
        )
        connection.execute("PRAGMA user_version = 4")
    with Store.open(data_dir, keys()) as store:
        numbers = dict(store.db.query("SELECT id, phone_e164 FROM contacts"))
    assert numbers[row_id] == "+4915123456789"


def first_contact_stored_as(data_dir: Path, assignments: str, written: str, version: int) -> int:
    """The sample stored, its first contact's columns set (``assignments``, one "?" for
    ``written``) as a version before ``version + 1`` stored them, and the schema put back to
    ``version``: its id."""
    with Store.open(data_dir, keys(), create=True) as store:
        store.repo.add_edition(sample_edition())
        connection = store.db.connection
        (row_id,) = connection.execute("SELECT id FROM contacts ORDER BY id LIMIT 1").fetchone()
        connection.execute(f"UPDATE contacts SET {assignments} WHERE id = ?", (written, row_id))
        connection.execute(f"PRAGMA user_version = {version:d}")
    return int(row_id)


@pytest.mark.parametrize("written", ["+52 1 55 1234 5678", "+521 55 1234 5678"])
def test_a_number_given_none_before_version_7_is_worked_out_again(
    data_dir: Path, written: str
) -> None:
    """Version 7: a Mexican mobile with the "1" it took before 2019 was given no E.164."""
    row_id = first_contact_stored_as(data_dir, "phone = ?, phone_e164 = NULL", written, 6)
    with Store.open(data_dir, keys()) as store:
        numbers = dict(store.db.query("SELECT id, phone_e164 FROM contacts"))
    assert numbers[row_id] == "+525512345678"


def test_a_cut_number_given_an_e164_before_version_8_has_none(data_dir: Path) -> None:
    """Version 8: a number too short for its plan ("+971 50 123") was given "+97150123"."""
    row_id = first_contact_stored_as(
        data_dir, "phone = ?, phone_e164 = '+97150123'", "+971 50 123", 7
    )
    with Store.open(data_dir, keys()) as store:
        numbers = dict(store.db.query("SELECT id, phone_e164 FROM contacts"))
    assert numbers[row_id] is None
    assert all(numbers[other] for other in numbers if other != row_id)


@pytest.mark.parametrize(
    ("written", "version"),
    [
        ("cert@registro.br.", 4),  # version 5: a full stop after it
        ("noc@nic.ad,", 6),  # version 7: a comma after it
    ],
)
def test_an_address_stored_as_one_wrongly_is_no_longer_one(
    data_dir: Path, written: str, version: int
) -> None:
    row_id = first_contact_stored_as(data_dir, "email = ?, email_valid = 1", written, version)
    with Store.open(data_dir, keys()) as store:
        valid = dict(store.db.query("SELECT id, email_valid FROM contacts"))
    assert valid[row_id] == 0
    assert sum(valid.values()) == len(valid) - 1  # the others are addresses still


def test_schema_from_a_newer_version_is_refused_untouched(data_dir: Path) -> None:
    with Store.open(data_dir, keys(), create=True) as store:
        store.db.connection.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
    before = files_digest(data_dir)
    with pytest.raises(UserError) as error:
        Store.open(data_dir, keys())
    assert error.value.code == "schema-too-new"
    assert files_digest(data_dir) == before


def test_a_newer_database_out_of_wal_mode_is_refused_untouched(data_dir: Path) -> None:
    """A newer version that keeps its database out of WAL mode (or one closed by a tool that
    left it so): not a byte of it is changed, not even the journal mode in its header."""
    with Store.open(data_dir, keys(), create=True) as store:
        connection = store.db.connection
        connection.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
        assert connection.execute("PRAGMA journal_mode = DELETE").fetchone() == ("delete",)
    before = files_digest(data_dir)
    for read_only_ok in (False, True):
        with pytest.raises(UserError) as error:
            Store.open(data_dir, keys(), read_only_ok=read_only_ok)
        assert error.value.code == "schema-too-new"
        assert "not changed" in error.value.message
        assert files_digest(data_dir) == before


def test_same_edition_twice_is_a_no_op(data_dir: Path) -> None:
    with Store.open(data_dir, keys(), create=True) as store:
        edition = sample_edition()
        assert store.repo.add_edition(edition)[0] is AddOutcome.IMPORTED
        count = store.db.query("SELECT count(*) FROM contacts")[0][0]
        assert store.repo.add_edition(edition)[0] is AddOutcome.ALREADY_PRESENT
        assert store.db.query("SELECT count(*) FROM contacts")[0][0] == count == 537


def test_different_body_under_an_existing_stamp_is_a_conflict(data_dir: Path) -> None:
    with Store.open(data_dir, keys(), create=True) as store:
        edition = sample_edition()
        store.repo.add_edition(edition)
        changed_members = edition.members[1:]
        other = replace(
            edition, members=changed_members, message_id="<other@x>",
            content_hash=content_hash(changed_members),
        )  # fmt: skip
        outcome, conflict = store.repo.add_edition(other)
        assert outcome is AddOutcome.CONFLICT
        assert conflict is not None and conflict.existing_message_id == edition.message_id
        stored = store.repo.edition(edition.stamp)
        assert stored is not None and len(stored.members) == 200


def test_older_edition_does_not_change_the_current_one(data_dir: Path) -> None:
    with Store.open(data_dir, keys(), create=True) as store:
        store.repo.add_edition(sample_edition(LAYOUT_A))
        store.repo.add_edition(sample_edition(LAYOUT_B))
        assert store.repo.current_stamp() == "20261101-0600"
        assert [e.stamp for e in store.repo.editions()] == ["20261101-0600", "20261001-0600"]


def test_untrusted_edition_is_never_current_while_a_trusted_one_exists(data_dir: Path) -> None:
    with Store.open(data_dir, keys(), create=True) as store:
        store.repo.add_edition(sample_edition(LAYOUT_B))
        spoof = replace(sample_edition(LAYOUT_A), stamp="20991201-0600", trusted=False)
        store.repo.add_edition(spoof)
        assert store.repo.current_stamp() == "20261001-0600"
        infos = {e.stamp: e for e in store.repo.editions()}
        assert not infos["20991201-0600"].trusted and not infos["20991201-0600"].current


def test_an_edition_is_written_whole_or_not_at_all(data_dir: Path) -> None:
    edition = sample_edition()
    broken_contact = replace(edition.members[150].contacts[0], name=None)  # type: ignore[arg-type]
    broken_member = replace(edition.members[150], contacts=(broken_contact,))
    members = (*edition.members[:150], broken_member, *edition.members[151:])
    broken = replace(edition, members=members)
    with Store.open(data_dir, keys(), create=True) as store:
        with pytest.raises(Exception, match="NOT NULL"):
            store.repo.add_edition(broken)
        assert store.repo.editions() == []
        assert store.db.query("SELECT count(*) FROM members")[0][0] == 0
        assert store.repo.add_edition(edition)[0] is AddOutcome.IMPORTED


def test_edition_round_trips_exactly(data_dir: Path) -> None:
    edition = sample_edition()
    with Store.open(data_dir, keys(), create=True) as store:
        store.repo.add_edition(edition)
    with Store.open(data_dir, keys()) as store:
        stored = store.repo.current_edition()
    assert stored is not None
    assert stored.members == edition.members
    assert stored.content_hash == edition.content_hash


def test_missing_database_is_explained(data_dir: Path) -> None:
    with pytest.raises(UserError) as error:
        Store.open(data_dir, keys())
    assert error.value.code == "no-database"
    assert not data_dir.exists()


def test_database_path_is_inside_the_data_dir(data_dir: Path) -> None:
    assert database_path(data_dir).parent == data_dir


def _first(edition: Edition, count: int) -> Edition:
    members = edition.members[:count]
    return replace(edition, members=members, content_hash=content_hash(members), message_id="<c>")


def test_a_copy_cut_short_and_the_whole_one_in_either_order(data_dir: Path) -> None:
    whole = sample_edition()
    cut = _first(whole, 40)
    with Store.open(data_dir, keys(), create=True) as store:
        assert store.repo.add_edition(cut, complete=False)[0] is AddOutcome.IMPORTED
        assert store.repo.add_edition(whole)[0] is AddOutcome.REPLACED_CUT_COPY
        assert store.repo.current_edition() == whole
        assert store.repo.add_edition(cut, complete=False)[0] is AddOutcome.CUT_COPY
        # A whole copy with fewer members is a correction: a conflict, never a cut copy.
        assert store.repo.add_edition(_first(whole, 41))[0] is AddOutcome.CONFLICT
        assert store.repo.current_edition() == whole


def test_an_edition_stored_before_schema_3_counts_as_whole(data_dir: Path) -> None:
    whole = sample_edition()
    with Store.open(data_dir, keys(), create=True) as store:
        store.repo.add_edition(_first(whole, 40))
        with store.db.transaction() as cur:  # as the migration leaves an older row
            cur.execute("UPDATE editions SET complete = NULL")
        assert store.repo.add_edition(whole)[0] is AddOutcome.CONFLICT


def test_tightening_modes_is_best_effort_where_the_system_refuses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A chmod refused (EROFS, EPERM: a file system remounted read-only, another owner's
    file) never stops the database from opening; other failures still say what happened."""
    import errno

    data = tmp_path / "data"
    Store.open(data, keys(), create=True).close()

    def refuse(self: Path, mode: int) -> None:
        raise OSError(errno.EROFS, "Read-only file system", str(self))

    monkeypatch.setattr(Path, "chmod", refuse)
    with Store.open(data, keys()) as store:
        assert not store.read_only and store.repo.current_stamp() is None

    def broken(self: Path, mode: int) -> None:
        raise OSError(errno.EIO, "Input/output error", str(self))

    monkeypatch.setattr(Path, "chmod", broken)
    with pytest.raises(UserError) as caught:
        Store.open(data, keys())
    assert caught.value.code == "os-error"


@pytest.mark.parametrize(
    "path",
    [
        "/home/r/Mail/Inbox @ 12",
        os.fsdecode(b"/home/r/Repository-M\xfcller.eml @ 0"),  # Latin-1 bytes on Linux
        os.fsdecode(b"/home/r/\xed\xb3\xbc.eml"),  # bytes that UTF-8 would give a surrogate
        "C:\\Mail\\half-\udcfc-\ud800.eml",  # a Windows name with lone UTF-16 halves
    ],
    ids=["utf-8", "latin-1", "encoded-surrogate", "windows-halves"],
)
def test_a_source_path_is_stored_as_it_is(path: str) -> None:
    from tldops_desktop.paths import shown_path
    from tldops_desktop.storage.repository import _read_path, _stored_path

    stored = _stored_path(path)
    stored.encode("utf-8")  # (SQLite text)
    assert _read_path(stored) == path
    shown = shown_path(path)
    shown.encode("utf-8")
    assert shown == path or "\\x" in shown or "\\u" in shown


def test_a_row_reader_closed_after_its_database_raises_nothing(data_dir: Path) -> None:
    """Ctrl+C in an export leaves the edition's row reader open while the store closes; it
    is closed afterwards, when collected ("Exception ignored ... closed database" was
    printed after "interrupted.")."""
    with Store.open(data_dir, keys(), create=True) as s:
        run_import([str(LAYOUT_A)], s.repo, ImportOptions())
        rows = s.db.rows("SELECT name FROM contacts")
        assert isinstance(rows, Generator) and next(rows)
    rows.close()  # (a closed database: nothing left to read, nothing to raise)
