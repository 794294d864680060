"""An email stored as an earlier version of the program read it, read again by this one: its
reading takes the place of the stored one (the history is read one way, and its changes are the
members', not the reader's), and is never taken for a second copy that disagrees (a conflict).

An earlier version's reading is played by a copy of the same email (its Message-ID) whose
contacts differ, imported while ``READER`` names another version."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE
from tests.mailgen.editions import change_phones
from tests.mailgen.messages import build_edition, stamp_datetime
from tests.mailgen.scenario import edition_chain
from tldops_desktop.services import importer
from tldops_desktop.services.store import Store
from tldops_desktop.storage.keys import KeySource

STAMP = "20261101-0600"
MESSAGE_ID = f"<{STAMP}.5e1d2c3b4a59@lists.dns-oarc.net>"
EARLIER = "0.0.9"


@pytest.fixture
def readings(tmp_path: Path) -> tuple[Path, Path]:
    """One email as an earlier version read it, and as this one reads it."""
    (edition,) = edition_chain([STAMP], seed=11, members=8)
    sent = stamp_datetime(STAMP)
    earlier = tmp_path / "earlier.eml"
    earlier.write_bytes(
        build_edition(change_phones(edition, 3), seed=1, date=sent, message_id=MESSAGE_ID).data
    )
    now = tmp_path / "now.eml"
    now.write_bytes(build_edition(edition, seed=1, date=sent, message_id=MESSAGE_ID).data)
    return earlier, now


def stored(data_dir: Path) -> tuple[list[str], str | None, int]:
    """The stored phones of the edition, the version that read it, and conflicts on record."""
    with Store.open(data_dir, KeySource(passphrase=PASSPHRASE, env={}, prompt=None)) as store:
        edition = store.repo.edition(STAMP)
        assert edition is not None
        ((read_by,),) = store.db.query("SELECT read_by FROM editions WHERE stamp = ?", (STAMP,))
        ((conflicts,),) = store.db.query("SELECT count(*) FROM conflicts")
        return [c.phone for m in edition.members for c in m.contacts], read_by, conflicts


@pytest.fixture
def earlier_reading(
    run_cli: Any,
    data_dir: Path,
    passphrase: str,
    readings: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> list[str]:
    """The email stored as an earlier version read it: its phones as stored."""
    monkeypatch.setattr(importer, "READER", EARLIER)
    assert run_cli("import", readings[0]).code == 0
    monkeypatch.setattr(importer, "READER", None)  # this version's
    phones, read_by, _ = stored(data_dir)
    assert read_by == EARLIER
    return phones


def test_an_email_stored_as_an_earlier_version_read_it_is_read_again(
    run_cli: Any, data_dir: Path, readings: tuple[Path, Path], earlier_reading: list[str]
) -> None:
    now = readings[1]
    result = run_cli("import", now, "--json")
    assert result.code == 0
    report = result.json()
    assert report["conflicts"] == [] and report["imported"] == []
    assert report["already_present"] == [STAMP] and report["reread"] == [STAMP]
    assert [n["code"] for n in report["notes"]] == ["read-again"]
    phones, read_by, conflicts = stored(data_dir)
    assert phones != earlier_reading and read_by == importer.current_reader()
    assert conflicts == 0  # the earlier reading is not a copy to choose back

    text = run_cli("import", now).out  # this version's reading again: nothing to do
    assert "already present: " + STAMP in text and "stored as another version" not in text
    assert stored(data_dir)[0] == phones


def test_a_different_reading_by_the_same_version_is_still_a_conflict(
    run_cli: Any, data_dir: Path, passphrase: str, readings: tuple[Path, Path]
) -> None:
    """Two copies with one Message-ID that this version reads differently are two copies
    (one changed on its way, or a spoof): the one stored stays, the other is reported."""
    earlier, now = readings
    run_cli("import", earlier)
    kept = stored(data_dir)[0]
    report = run_cli("import", now, "--json").json()
    assert report["reread"] == [] and len(report["conflicts"]) == 1
    assert stored(data_dir)[0] == kept


def test_another_email_under_the_same_stamp_is_a_conflict_whoever_read_it(
    run_cli: Any, data_dir: Path, tmp_path: Path, earlier_reading: list[str]
) -> None:
    (edition,) = edition_chain([STAMP], seed=11, members=8)
    correction = tmp_path / "correction.eml"
    later = stamp_datetime(STAMP) + timedelta(hours=3)
    correction.write_bytes(build_edition(edition, seed=2, date=later).data)  # its own id
    report = run_cli("import", correction, "--json").json()
    assert report["reread"] == [] and len(report["conflicts"]) == 1
    assert stored(data_dir)[0] == earlier_reading


def test_a_spoof_with_the_lists_message_id_is_never_read_into_its_place(
    run_cli: Any, data_dir: Path, tmp_path: Path, earlier_reading: list[str]
) -> None:
    (edition,) = edition_chain([STAMP], seed=11, members=8)
    spoof = tmp_path / "spoof.eml"
    spoof.write_bytes(
        build_edition(change_phones(edition, 5), seed=1, trusted=False, message_id=MESSAGE_ID).data
    )
    for args in (("import", spoof, "--json"), ("import", spoof, "--allow-untrusted", "--json")):
        report = run_cli(*args).json()
        assert report["reread"] == []
    assert stored(data_dir)[0] == earlier_reading


def _mbox_of(message: Path, target: Path) -> Path:
    """An mbox of the one message in the file ``message``."""
    target.write_bytes(
        b"From tld-ops@lists.dns-oarc.net Sun Nov  1 06:00:00 2026\n" + message.read_bytes()
    )
    return target


def test_a_mailbox_unchanged_since_an_earlier_version_read_it_is_read_again(
    run_cli: Any,
    data_dir: Path,
    passphrase: str,
    readings: tuple[Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Its mark is the earlier version's: this one reads it whole, once."""
    _earlier, now = readings
    mbox = _mbox_of(now, tmp_path / "inbox.mbox")
    monkeypatch.setattr(importer, "READER", EARLIER)
    run_cli("import", mbox)
    assert run_cli("import", mbox, "--json").json()["unchanged_sources"] == [str(mbox)]
    monkeypatch.setattr(importer, "READER", None)  # this version's
    first = run_cli("import", mbox, "--json").json()
    assert first["unchanged_sources"] == [] and first["messages_scanned"] == 1
    assert run_cli("import", mbox, "--json").json()["unchanged_sources"] == [str(mbox)]


def test_marks_of_an_earlier_reader_are_dropped_when_marks_are_saved(
    run_cli: Any,
    data_dir: Path,
    passphrase: str,
    readings: tuple[Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """No import ever uses them again: they go, those of this reader's other trust rules stay."""
    _earlier, now = readings
    mboxes = [_mbox_of(now, tmp_path / name) for name in ("inbox.mbox", "archive.mbox")]
    monkeypatch.setattr(importer, "READER", EARLIER)
    assert run_cli("import", *mboxes).code == 0
    monkeypatch.setattr(importer, "READER", None)  # this version's
    assert run_cli("import", mboxes[1], "--allow-untrusted").code == 0
    assert run_cli("import", mboxes[0]).code == 0
    with Store.open(data_dir, KeySource(passphrase=PASSPHRASE, env={}, prompt=None)) as store:
        contexts = [row[0] for row in store.db.query("SELECT context FROM scan_marks")]
    assert len(contexts) == 2 and len(set(contexts)) == 2
    assert all(context.endswith(f"|{importer.current_reader()}") for context in contexts)


def test_an_edition_stored_before_readers_were_recorded_is_read_again(
    run_cli: Any, data_dir: Path, passphrase: str, readings: tuple[Path, Path]
) -> None:
    """Stored by a version before this was recorded (schema 5): no reader on record."""
    earlier, now = readings
    run_cli("import", earlier)
    with Store.open(data_dir, KeySource(passphrase=PASSPHRASE, env={}, prompt=None)) as store:
        store.db.connection.execute("ALTER TABLE editions DROP COLUMN read_by")
        store.db.connection.execute("PRAGMA user_version = 5")
    assert stored(data_dir)[1] is None  # the column is back, empty
    report = run_cli("import", now, "--json").json()
    assert report["reread"] == [STAMP] and report["conflicts"] == []


# -- the reader: the code that reads mail, not the program's version --------------------------


def _tree(tmp_path: Path) -> Path:
    """A copy of the package's sources, to change as a release would."""
    import shutil

    import tldops_desktop

    root = tmp_path / "tldops_desktop"
    shutil.copytree(
        Path(tldops_desktop.__file__).parent, root, ignore=shutil.ignore_patterns("__pycache__")
    )
    return root


@pytest.mark.parametrize(
    ("changed", "reads_anew"),
    [
        ("mail/parse.py", True),
        ("mail/mbox_split.py", True),  # what a mailbox's messages are: found otherwise
        ("core/phones.py", True),  # a number's E.164 form
        ("core/data/cctlds.tsv", True),  # a region filled in
        ("__init__.py", False),  # a release's number alone
        ("core/query.py", False),  # searching
        ("storage/repository.py", False),
        ("gui/mainwindow.py", False),
    ],
)
def test_the_reader_changes_with_the_code_that_reads_mail_and_only_with_it(
    tmp_path: Path, changed: str, reads_anew: bool
) -> None:
    """After an upgrade, the editions stored are read again (and mailboxes scanned anew) when
    reading changed, by any change to its code, with no number to remember to raise; and not
    when it did not, whatever the release."""
    from tldops_desktop.mail.reader import reader_digest

    root = _tree(tmp_path)
    before = reader_digest(root)
    assert before == importer.current_reader()  # the reader of this tree is the importer's
    with (root / changed).open("ab") as file:
        file.write(b"\n# changed\n" if changed.endswith(".py") else b"")
        if not changed.endswith(".py"):
            file.write(b"xx\tXX\tEU\n")
    assert (reader_digest(root) != before) == reads_anew


def test_the_reader_changes_with_the_libraries_that_read_numbers_and_labels(
    tmp_path: Path,
) -> None:
    """An update of phonenumbers (a country's new mobile range), idna or Python itself
    changes what is read out of the same mail: the editions are read again."""
    from tldops_desktop.mail.reader import libraries, reader_digest

    root = _tree(tmp_path)
    used = libraries()
    assert "phonenumbers " in used and "idna " in used
    assert reader_digest(root, used) == reader_digest(root)
    newer = used.replace("phonenumbers ", "phonenumbers 99.", 1)
    assert reader_digest(root, newer) != reader_digest(root, used)


def test_the_reader_covers_every_core_module_that_reading_uses() -> None:
    """The core modules the mail package imports (directly or not) are all part of the reader,
    and no other: a new one cannot be forgotten."""
    import subprocess
    import sys

    import tldops_desktop.mail
    from tldops_desktop.mail.reader import READ_WITH

    names = sorted(p.stem for p in Path(tldops_desktop.mail.__file__).parent.glob("*.py"))
    code = "".join(f"import tldops_desktop.mail.{name}\n" for name in names if name != "__init__")
    code += (
        "import sys; print(' '.join(m for m in sys.modules if m.startswith('tldops_desktop.core')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = {
        m.removeprefix("tldops_desktop.core").lstrip(".") or "__init__" for m in done.stdout.split()
    }
    assert loaded == set(READ_WITH)


def test_the_reader_is_worked_out_on_first_use_not_when_the_importer_is_imported(
    tmp_path: Path,
) -> None:
    """The app imports the importer at start-up: reading and hashing the sources of the mail
    package then is start-up time spent for an import that may never come. They are read
    when the reader is first asked for, and once."""
    import os
    import subprocess
    import sys

    import tldops_desktop

    mail = Path(tldops_desktop.__file__).resolve().parent / "mail"
    code = (
        "import sys\n"
        "opened = []\n"
        "def hook(event, args):\n"
        "    if event == 'open' and str(args[0]).endswith('.py'):\n"
        "        opened.append(str(args[0]))\n"
        "sys.addaudithook(hook)\n"
        "from tldops_desktop.services import importer\n"
        "print(len(opened))\n"
        "first = importer.current_reader()\n"
        "print(len(opened))\n"
        "assert importer.current_reader() == first\n"
        "print(len(opened))\n"
    )
    # Compiled once beforehand, the modules are imported from their compiled code: a source
    # opened is one read for the reader.
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(tmp_path / "pycache")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    counts = []
    for _ in range(2):
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
        )
        counts = [int(n) for n in done.stdout.split()]
    before, after_first, after_second = counts
    assert before == 0  # nothing read by importing
    assert after_first >= len(list(mail.glob("*.py")))  # read on first use ...
    assert after_second == after_first  # ... and once
