"""MMDF mailboxes (each message between lines of four Ctrl-A bytes) are read as mailboxes."""

from __future__ import annotations

import gzip
import io
import random
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.mailgen.containers import write_mmdf
from tests.mailgen.editions import make_edition
from tests.mailgen.messages import edition_message, noise_message
from tldops_desktop.mail.message import examine
from tldops_desktop.mail.scan import scan
from tldops_desktop.mail.scan_items import Candidate, ScanControl, ScanProblem


def _noise(seed: int) -> bytes:
    return noise_message(random.Random(seed), seed, datetime(2026, 10, 1, tzinfo=UTC))


# A body line that an mbox would quote, unquoted as MMDF keeps it.
_FROM_IN_BODY = (
    b"From: Alice <alice@example.org>\nTo: bob@example.org\nSubject: plans\n"
    b"Date: Sun, 01 Nov 2026 05:00:00 +0000\nMessage-ID: <plans@example.org>\n\n"
    b"Hello,\nFrom MAILER-DAEMON Tue Nov 24 11:27:11 2026\nFrom: not a header\n>From too\n"
)


@pytest.mark.parametrize("crlf", [False, True])
def test_an_mmdf_mailbox_gives_its_editions_and_counts_every_message(
    tmp_path: Path, crlf: bool
) -> None:
    editions = [
        make_edition(s, seed=i, members=5) for i, s in enumerate(["20261001-0600", "20261101-0600"])
    ]
    messages = [_noise(1), edition_message(editions[0]), _FROM_IN_BODY, _noise(2)]
    messages.append(edition_message(editions[1]))
    path = write_mmdf(tmp_path / "mbox", messages, crlf=crlf)

    control = ScanControl()
    items = list(scan([str(path)], control))

    assert not [i for i in items if isinstance(i, ScanProblem)]
    found = [
        e for i in items if isinstance(i, Candidate) for e in examine(i.data, i.source).editions
    ]
    assert sorted(e.stamp for e in found) == ["20261001-0600", "20261101-0600"]
    for edition, expected in zip(sorted(found, key=lambda e: e.stamp), editions, strict=True):
        assert [m.tld.ace for m in edition.body.members] == [m.ace for m in expected.members]
        assert not edition.body.unplaced and edition.trusted
    assert control.stats.messages_scanned == 5  # the unquoted "From " line split nothing


@pytest.mark.parametrize("how", ["gzip", "stdin"])
def test_an_mmdf_mailbox_compressed_or_piped_in_gives_its_edition(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    edition = make_edition("20261101-0600", seed=3, members=4)
    raw = write_mmdf(tmp_path / "mmdf", [_noise(1), edition_message(edition)]).read_bytes()
    if how == "gzip":
        path = tmp_path / "mmdf.gz"
        path.write_bytes(gzip.compress(raw))
        paths = [str(path)]
    else:

        class Stdin:
            buffer = io.BytesIO(raw)

        monkeypatch.setattr("sys.stdin", Stdin)
        paths = ["-"]
    control = ScanControl()
    items = list(scan(paths, control))
    assert not [i for i in items if isinstance(i, ScanProblem)]
    stamps = [
        e.stamp
        for i in items
        if isinstance(i, Candidate)
        for e in examine(i.data, i.source).editions
    ]
    assert stamps == ["20261101-0600"]
    assert control.stats.messages_scanned == 2


def _found(items: Sequence[object]) -> list[str]:
    return sorted(
        e.stamp
        for i in items
        if isinstance(i, Candidate)
        for e in examine(i.data, i.source).editions
    )


@pytest.mark.parametrize("crlf", [False, True])
def test_an_mmdf_mailbox_unchanged_is_not_read_again_and_one_appended_to_only_there(
    tmp_path: Path, crlf: bool
) -> None:
    """As an mbox: a re-import of an unchanged MMDF mailbox reads nothing; of one that only
    grew, what was appended."""
    first, second = (make_edition(s, seed=i, members=4)
                     for i, s in enumerate(["20261001-0600", "20261101-0600"]))  # fmt: skip
    path = write_mmdf(tmp_path / "mbox", [_noise(1), edition_message(first)], crlf=crlf)
    control = ScanControl()
    assert _found(list(scan([str(path)], control))) == ["20261001-0600"]
    assert list(control.marks_out) == [str(path.resolve())]

    again = ScanControl(marks_in=dict(control.marks_out))
    assert list(scan([str(path)], again)) == []
    assert again.stats.unchanged == [str(path)] and again.stats.messages_scanned == 0

    size = path.stat().st_size
    appended = write_mmdf(tmp_path / "more", [edition_message(second), _noise(2)], crlf=crlf)
    with path.open("ab") as file:
        file.write(appended.read_bytes())
    grown = ScanControl(marks_in=dict(again.marks_out))
    assert _found(list(scan([str(path)], grown))) == ["20261101-0600"]
    assert grown.stats.messages_scanned == 2 and grown.stats.bytes_scanned == path.stat().st_size
    assert grown.marks_out[str(path.resolve())].size == path.stat().st_size > size


def test_an_mmdf_mailbox_rewritten_is_read_whole_again(tmp_path: Path) -> None:
    """Compacted (a message deleted) or rewritten: its first bytes or its size changed."""
    first, second = (make_edition(s, seed=i, members=4)
                     for i, s in enumerate(["20261001-0600", "20261101-0600"]))  # fmt: skip
    path = write_mmdf(tmp_path / "mbox", [edition_message(first), _noise(1)])
    control = ScanControl()
    list(scan([str(path)], control))
    write_mmdf(path, [edition_message(first), edition_message(second)])
    again = ScanControl(marks_in=dict(control.marks_out))
    assert _found(list(scan([str(path)], again))) == ["20261001-0600", "20261101-0600"]


def test_a_large_mmdf_mailbox_is_cut_into_parts_that_give_what_it_gives_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As a large mbox, shared out among the workers: each part begins at a message."""
    from tldops_desktop.mail import scan as scan_module
    from tldops_desktop.mail.scan import scan_part
    from tldops_desktop.mail.scan_items import MboxRange

    monkeypatch.setattr(scan_module, "MIN_PART_BYTES", 4096)
    stamps = [f"2026{m:02d}01-0600" for m in range(1, 11)]
    messages: list[bytes] = []
    for n, stamp in enumerate(stamps):
        messages += [_noise(n), edition_message(make_edition(stamp, seed=n, members=3))]
    messages.append(_FROM_IN_BODY)
    path = write_mmdf(tmp_path / "mbox", messages)
    control = ScanControl(parts_for=lambda size: 4)
    items = list(scan([str(path)], control))
    parts = [i for i in items if isinstance(i, MboxRange)]
    assert len(parts) >= 2  # (two even cuts may fall in one edition, before one message)
    data = path.read_bytes()
    assert all(data[p.end - 5 : p.end + 5] == b"\x01\x01\x01\x01\n" * 2 for p in parts)
    for part in parts:
        items += list(scan_part(part, ScanControl()))
    assert _found(items) == stamps
    assert control.marks_out[str(path.resolve())].size == len(data)
