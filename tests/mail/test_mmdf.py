"""MMDF mailboxes (each message between lines of four Ctrl-A bytes) are read as mailboxes."""

from __future__ import annotations

import gzip
import io
import random
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
