"""Apple Mail: .emlx files and Name.mbox/ folder trees, found and parsed like any .eml."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.mailgen.clients import emlx_bytes, write_apple_mailbox, write_emlx
from tests.mailgen.containers import write_mbox
from tests.mailgen.editions import make_edition
from tests.mailgen.messages import edition_message, forward_message, noise_message, subject_for
from tldops_desktop.mail import emlx
from tldops_desktop.mail.message import examine
from tldops_desktop.mail.scan import scan
from tldops_desktop.mail.scan_items import Candidate, ScanControl, ScanProblem

WHEN = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)
VARIANTS: list[dict[str, Any]] = [
    {"layout": "A"},
    {"layout": "B", "encoding": "quoted-printable"},
    {"html": "only"},
    {"crlf": True, "encoding": "base64", "subject_style": "b"},
]


def edition(stamp: str, seed: int = 1, **kwargs: Any) -> bytes:
    return edition_message(make_edition(stamp, seed=seed, members=5), **kwargs)


def noise(count: int, seed: int = 0) -> list[bytes]:
    return [noise_message(random.Random(seed + i), seed + i, WHEN) for i in range(count)]


def found(paths: list[Path], control: ScanControl | None = None) -> list[tuple[str, Any]]:
    """(stamp, members) of every edition found, in scan order."""
    out = []
    for item in scan([str(p) for p in paths], control):
        if isinstance(item, Candidate):
            out += [(e.stamp, e.body.members) for e in examine(item.data, item.source).editions]
    return out


def problems(paths: list[Path]) -> list[ScanProblem]:
    return [i for i in scan([str(p) for p in paths]) if isinstance(i, ScanProblem)]


def test_count_line() -> None:
    assert emlx.parse_count_line(b"1234      \nFrom: x") == (1234, 11)
    assert emlx.parse_count_line(b"12\r\nFrom: x") == (12, 4)
    assert emlx.parse_count_line(b"From: x\n") is None
    assert emlx.parse_count_line(b"1" * 40) is None


def test_message_is_exactly_the_counted_bytes(tmp_path: Path) -> None:
    data = edition("20261101-0600", encoding="base64")
    path = write_emlx(tmp_path / "17.emlx", data)
    assert emlx.read_emlx(path) == data
    (candidate,) = [i for i in scan([str(path)]) if isinstance(i, Candidate)]
    assert candidate.data == data  # no count line, no plist trailer
    assert candidate.source == str(path)


def test_same_editions_as_the_eml(tmp_path: Path) -> None:
    for i, kwargs in enumerate(VARIANTS):
        data = edition("20261101-0600", seed=i, **kwargs)
        eml = tmp_path / f"{i}.eml"
        eml.write_bytes(data)
        assert found([write_emlx(tmp_path / f"{i}.emlx", data)]) == found([eml])
        assert found([eml])


def test_ordinary_mail_is_read_no_further_than_its_headers(tmp_path: Path) -> None:
    big = noise_message(random.Random(3), 3, WHEN, attachment_bytes=2_000_000)
    write_emlx(tmp_path / "1.emlx", big)
    write_emlx(tmp_path / "2.emlx", edition("20261101-0600"))
    control = ScanControl()
    assert [s for s, _ in found([tmp_path], control)] == ["20261101-0600"]
    assert control.stats.messages_scanned == 2
    assert control.stats.candidates == 1


def test_truncated_emlx_is_a_problem_not_an_edition(tmp_path: Path) -> None:
    data = edition("20261101-0600")
    path = tmp_path / "5.emlx"
    path.write_bytes(f"{len(data) + 500}\n".encode() + data)
    assert found([path]) == []
    assert [p.code for p in problems([path])] == ["truncated"]


def test_not_an_emlx(tmp_path: Path) -> None:
    path = tmp_path / "odd.emlx"
    path.write_bytes(b"From: someone\n\nhello\n")
    assert [p.code for p in problems([path])] == ["not-mail"]


@pytest.mark.parametrize("layout", ["v2", "v10"])
def test_apple_mail_tree(tmp_path: Path, layout: Any) -> None:
    account = tmp_path / "Library" / "Mail" / "V10" / "A1B2C3D4-0000"
    inbox = account / "INBOX.mbox"
    mail = [*noise(4), edition("20261001-0600", seed=2), *noise(3, 10), edition("20261101-0600")]
    write_apple_mailbox(inbox, mail, layout=layout, partial=[2])
    # A nested mailbox, with a forward carrying an older edition.
    older = edition("20260901-0600", seed=3)
    fwd = forward_message(older, subject_for("20260901-0600"), date=WHEN)
    write_apple_mailbox(inbox / "Lists.mbox", [*noise(2, 20), fwd], layout=layout, first_id=40)
    (account / "MailData").mkdir(parents=True)
    (account / "MailData" / "Envelope Index").write_bytes(b"SQLite format 3\0" + b"\0" * 4000)
    stamps = sorted(s for s, _ in found([tmp_path / "Library" / "Mail"]))
    assert stamps == ["20260901-0600", "20261001-0600", "20261101-0600"]
    assert problems([tmp_path / "Library"]) == []
    assert sorted(s for s, _ in found([inbox])) == stamps  # the .mbox folder itself


def _left_out(message: bytes) -> bytes:
    """``message`` as Mail keeps it in a .partial.emlx: its attached message's part reduced to
    the part's headers and an X-Apple-Content-Length."""
    head, _, rest = message.partition(b"Content-Type: message/rfc822")
    part_head, _, attached = rest.partition(b"\n\n")
    end = attached.rfind(b"\n--", 0, len(attached) - 3)
    left = b"X-Apple-Content-Length: %d" % end
    return (
        head + b"Content-Type: message/rfc822" + part_head + b"\n" + left + b"\n\n" + attached[end:]
    )


def test_an_attached_edition_mail_kept_apart_is_read(tmp_path: Path) -> None:
    """A forward in a .partial.emlx: Mail keeps the attached message under Attachments/."""
    original = edition("20260901-0600", seed=3)
    fwd = forward_message(original, subject_for("20260901-0600"), date=WHEN)
    inbox = write_apple_mailbox(tmp_path / "INBOX.mbox", [*noise(2), _left_out(fwd)], partial=[3])
    (messages,) = inbox.rglob("Messages")
    kept = messages.parent / "Attachments" / "3" / "2"
    (kept / "Fwd- repository.eml").write_bytes(original)
    (kept / "notes").write_bytes(b"%PDF-1.4 not mail")
    assert [s for s, _ in found([inbox])] == ["20260901-0600"]
    assert problems([inbox]) == []
    (kept / "Fwd- repository.eml").unlink()  # never downloaded: said, not passed over
    assert [(p.source, p.code) for p in problems([inbox])] == [
        (str(messages / "3.partial.emlx"), "attachment-left-out")
    ]


def test_apple_mail_export_holds_an_mbox_file(tmp_path: Path) -> None:
    export = tmp_path / "TLD-OPS.mbox"
    export.mkdir()
    write_mbox(export / "mbox", [*noise(3), edition("20261101-0600")])
    (export / "table_of_contents").write_bytes(b"\x00\x01binary index")
    assert [s for s, _ in found([export])] == ["20261101-0600"]
    assert problems([export]) == []


def test_unchanged_messages_folder_is_skipped(tmp_path: Path) -> None:
    inbox = write_apple_mailbox(tmp_path / "INBOX.mbox", [*noise(3), edition("20261101-0600")])
    first = ScanControl()
    assert len(found([inbox], first)) == 1
    (messages,) = [p for p in inbox.rglob("Messages")]
    assert set(first.marks_out) == {str(messages.resolve())}

    again = ScanControl(marks_in=dict(first.marks_out))
    assert found([inbox], again) == []
    assert again.stats.unchanged == [str(messages)]
    assert again.stats.messages_scanned == 0

    write_emlx(messages / "99.emlx", edition("20261201-0600", seed=5))  # new mail arrived
    later = ScanControl(marks_in=dict(first.marks_out))
    assert [s for s, _ in found([inbox], later)] == ["20261101-0600", "20261201-0600"]
    assert later.stats.unchanged == []


def test_emlx_bytes_layout() -> None:
    data = b"Subject: x\n\nbody\n"
    raw = emlx_bytes(data)
    count, _, rest = raw.partition(b"\n")
    assert int(count) == len(data)
    assert rest.startswith(data)
    assert rest[len(data) :].startswith(b"<?xml")


def test_import_end_to_end(tmp_path: Path, passphrase: str, run_cli: Any) -> None:
    inbox = tmp_path / "Mail" / "V10" / "ACCOUNT" / "INBOX.mbox"
    write_apple_mailbox(
        inbox, [*noise(5), edition("20261001-0600", seed=2), edition("20261101-0600")]
    )
    result = run_cli("import", inbox, "--json")
    assert result.code == 0, result.err
    report = result.json()
    assert report["imported"] == ["20261001-0600", "20261101-0600"]
    assert report["errors"] == []
    assert report["messages_scanned"] == 7

    again = run_cli("import", inbox, "--json").json()
    assert again["imported"] == []
    assert again["messages_scanned"] == 0
    assert len(again["unchanged_sources"]) == 1

    current = run_cli("editions", "--json").json()["editions"]
    assert [e["stamp"] for e in current if e["current"]] == ["20261101-0600"]
