"""Copies of an edition cut short at a line end: Thunderbird's first lines of a large message
(a POP account that leaves large messages on the server), a message a client was still writing
when the mailbox was read, a copy that stopped. Such a copy never stays current once the whole
one is seen, and is never taken for a conflicting edition.
"""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from tests.mailgen.containers import write_eml, write_mbox
from tests.mailgen.editions import ExpectedEdition
from tests.mailgen.messages import build_edition, noise_message, stamp_datetime
from tests.mailgen.scenario import edition_chain

STAMP = "20261101-0600"


def _edition() -> ExpectedEdition:
    (edition,) = edition_chain([STAMP], seed=31, members=30)
    return edition


def _cut(data: bytes, fraction: float = 0.55) -> bytes:
    """The message up to the end of the line ``fraction`` of the way in."""
    return data[: data.index(b"\n", int(len(data) * fraction)) + 1]


def _noise() -> bytes:
    return noise_message(random.Random(1), 0, stamp_datetime(STAMP))


def _member_count(run_cli: Any) -> int:
    (info,) = run_cli("editions", "--json").json()["editions"]
    return int(info["members"])


def test_the_whole_copy_takes_the_place_of_a_cut_one(
    run_cli: Any, passphrase: str, tmp_path: Path
) -> None:
    edition = _edition()
    whole = build_edition(edition, seed=2).data
    cut = tmp_path / "Inbox"
    write_mbox(cut, [_noise(), _cut(whole)])
    assert run_cli("import", cut).code == 0
    assert 0 < _member_count(run_cli) < len(edition.members)

    write_mbox(cut, [_noise(), whole])  # the client finished writing it
    done = run_cli("import", cut, "--json")
    assert done.code == 0, done.err
    report = done.json()
    assert report["imported"] == [STAMP] and report["conflicts"] == []
    assert [n["code"] for n in report["notes"] if n["line"] == 0] == ["replaced-cut-copy"]
    assert _member_count(run_cli) == len(edition.members)
    last = edition.members[-1]
    assert run_cli("show", last.ace, "--json").json()["edition"] == STAMP


def test_a_cut_copy_after_the_whole_one_changes_nothing(
    run_cli: Any, passphrase: str, tmp_path: Path
) -> None:
    edition = _edition()
    whole = build_edition(edition, seed=2).data
    write_eml(tmp_path / "whole.eml", whole)
    write_eml(tmp_path / "cut.eml", _cut(whole, 0.4))
    assert run_cli("import", tmp_path / "whole.eml").code == 0
    dry = run_cli("import", tmp_path / "cut.eml", "--json", "--dry-run").json()
    assert dry["conflicts"] == [] and [n["code"] for n in dry["notes"]] == ["cut-copy"]
    report = run_cli("import", tmp_path / "cut.eml", "--json").json()
    assert report["imported"] == [] and report["conflicts"] == []
    assert report["already_present"] == [STAMP]
    assert [n["code"] for n in report["notes"]] == ["cut-copy"]
    assert _member_count(run_cli) == len(edition.members)


def test_both_copies_in_one_mailbox_store_the_whole_one(
    run_cli: Any, passphrase: str, tmp_path: Path
) -> None:
    edition = _edition()
    whole = build_edition(edition, seed=2).data
    mbox = tmp_path / "Inbox"
    write_mbox(mbox, [_cut(whole, 0.3), _noise(), whole])
    report = run_cli("import", mbox, "--json").json()
    assert report["imported"] == [STAMP] and report["conflicts"] == []
    assert "cut-copy" in [n["code"] for n in report["notes"]]
    assert _member_count(run_cli) == len(edition.members)


def test_thunderbirds_partial_download_is_named_and_the_whole_one_imported(
    run_cli: Any, passphrase: str, tmp_path: Path
) -> None:
    edition = _edition()
    whole = build_edition(edition, seed=2).data
    head, body = whole.split(b"\n\n", 1)
    # What Thunderbird keeps of it: the headers and 20 lines, flagged partial (and read); after
    # "Download the rest", the stub is flagged expunged (0x0008) and the whole message appended.
    first_lines = b"".join(body.splitlines(True)[:20])
    stub = head + b"\nX-Mozilla-Status: 0401\n\n" + first_lines
    replaced_stub = head + b"\nX-Mozilla-Status: 0409\n\n" + first_lines
    full = head + b"\nX-Mozilla-Status: 0001\n\n" + body
    mbox = tmp_path / "Inbox"
    write_mbox(mbox, [stub])
    assert "only its first lines were downloaded" in run_cli("import", mbox).out
    report = run_cli("import", mbox, "--json", data=tmp_path / "another").json()
    assert report["imported"] == []
    assert [(e["code"], e["detail"]) for e in report["errors"]] == [("partial-download", STAMP)]

    write_mbox(mbox, [replaced_stub, full])
    report = run_cli("import", mbox, "--json").json()
    assert report["imported"] == [STAMP]
    assert report["errors"] == []  # the stub Thunderbird deleted is not named
    assert _member_count(run_cli) == len(edition.members)


def test_a_whole_correction_with_fewer_members_is_a_conflict_not_a_cut_copy(
    run_cli: Any, passphrase: str, tmp_path: Path
) -> None:
    """A correction sent whole under the same stamp (the last member left, or one joined)
    reaches the list's footer: it is a different edition, named as a conflict, never taken
    for a copy cut short in either order."""
    edition = _edition()
    shorter = replace(edition, members=edition.members[:-1])
    whole = build_edition(edition, seed=2).data
    correction = build_edition(shorter, seed=3).data
    for first, second in ((whole, correction), (correction, whole)):
        data = tmp_path / f"data-{len(first)}"
        write_eml(tmp_path / "first.eml", first)
        write_eml(tmp_path / "second.eml", second)
        assert run_cli("import", tmp_path / "first.eml", data=data).code == 0
        report = run_cli("import", tmp_path / "second.eml", "--json", data=data).json()
        assert [c["stamp"] for c in report["conflicts"]] == [STAMP]
        assert report["notes"] == [] and report["imported"] == []


def test_a_new_edition_cut_short_does_not_hide_the_members_it_lacks(
    run_cli: Any, passphrase: str, tmp_path: Path
) -> None:
    """A copy of next month's edition cut at a line end (no footer) listing far fewer members
    than the edition before it is named, not imported: current, it would call real members
    non-members. Its whole copy, when it comes, is imported."""
    october, november = edition_chain(["20261001-0600", STAMP], seed=31, members=30)
    write_eml(tmp_path / "october.eml", build_edition(october, seed=2).data)
    assert run_cli("import", tmp_path / "october.eml").code == 0
    whole = build_edition(november, seed=3).data
    write_eml(tmp_path / "cut.eml", _cut(whole, 0.35))
    report = run_cli("import", tmp_path / "cut.eml", "--json").json()
    assert report["imported"] == []
    assert [(e["code"], e["detail"]) for e in report["errors"]] == [("cut-short", STAMP)]
    assert "does not reach the list's footer" in run_cli("import", tmp_path / "cut.eml").out
    last = november.members[-1].ace
    shown = run_cli("show", last, "--json").json()
    assert shown["edition"] == "20261001-0600"  # the whole edition before stays current
    write_eml(tmp_path / "whole.eml", whole)
    assert run_cli("import", tmp_path / "whole.eml", "--json").json()["imported"] == [STAMP]


def test_a_new_edition_cut_near_its_end_does_not_hide_its_last_members(
    run_cli: Any, passphrase: str, tmp_path: Path
) -> None:
    """Cut at a line end nine tenths of the way in, as an interrupted append leaves it: only a
    few members are missing, yet each would be called a non-member. Not imported; a whole
    edition with fewer members (one left) still is."""
    october, _ = edition_chain(["20261001-0600", STAMP], seed=32, members=30)
    november = replace(october, stamp=STAMP)
    write_eml(tmp_path / "october.eml", build_edition(october, seed=2).data)
    assert run_cli("import", tmp_path / "october.eml").code == 0
    whole = build_edition(november, seed=3).data
    write_eml(tmp_path / "cut.eml", _cut(whole, 0.9))
    report = run_cli("import", tmp_path / "cut.eml", "--json").json()
    assert report["imported"] == []
    assert [(e["code"], e["detail"]) for e in report["errors"]] == [("cut-short", STAMP)]
    one_left = replace(november, members=november.members[:-1])
    write_eml(tmp_path / "one-left.eml", build_edition(one_left, seed=4).data)
    assert run_cli("import", tmp_path / "one-left.eml", "--json").json()["imported"] == [STAMP]


@pytest.mark.parametrize("field", ["email", "phone"])
def test_a_new_edition_cut_inside_its_last_contact_is_not_imported(
    run_cli: Any, passphrase: str, tmp_path: Path, field: str
) -> None:
    """Cut at the line end before the last contact's address or number: the last member keeps
    as many contacts, one of them lacking what the edition before it has. Current, it would
    show that contact without the address or number to reach them."""
    october, _ = edition_chain(["20261001-0600", STAMP], seed=32, members=30)
    november = replace(october, stamp=STAMP)
    write_eml(tmp_path / "october.eml", build_edition(october, seed=2).data)
    assert run_cli("import", tmp_path / "october.eml").code == 0
    whole = build_edition(november, seed=3).data
    value = getattr(november.members[-1].contacts[-1], field).encode()
    assert value
    at = whole.rindex(value)
    write_eml(tmp_path / "cut.eml", whole[: whole.rindex(b"\n", 0, at) + 1])
    report = run_cli("import", tmp_path / "cut.eml", "--json").json()
    assert report["imported"] == []
    assert [(e["code"], e["detail"]) for e in report["errors"]] == [("cut-short", STAMP)]


def test_a_cut_copy_with_nothing_to_compare_is_imported_with_a_note(
    run_cli: Any, passphrase: str, tmp_path: Path
) -> None:
    """The first edition imported, cut short: nothing fuller to keep instead, so it is stored,
    and the report says it may be incomplete."""
    whole = build_edition(_edition(), seed=2).data
    inbox = tmp_path / "Inbox"
    write_mbox(inbox, [_noise(), _cut(whole, 0.7)])
    report = run_cli("import", inbox, "--json").json()
    assert report["imported"] == [STAMP]
    assert [n["code"] for n in report["notes"] if n["line"] == 0] == ["no-footer"]
    text = run_cli("import", inbox, "--rescan")
    assert "does not reach the list's footer" not in text.out  # already stored: no new note
    whole_report = run_cli("import", inbox, "--rescan", "--json").json()
    assert whole_report["imported"] == []


def _zeroed(data: bytes, fraction: float, size: int) -> bytes:
    """``size`` bytes from ``fraction`` of the way in replaced by NULs, as a crash leaves a
    stretch of a file that was never written."""
    start = int(len(data) * fraction)
    return data[:start] + b"\x00" * size + data[start + size :]


def test_a_copy_with_a_zeroed_stretch_is_refused_and_named(
    run_cli: Any, passphrase: str, tmp_path: Path
) -> None:
    edition = _edition()
    whole = build_edition(edition, layout="A", encoding="8bit", seed=2).data
    inbox = tmp_path / "Inbox"
    write_mbox(inbox, [_noise(), _zeroed(whole, 0.5, 4096)])
    result = run_cli("import", inbox, "--json")
    report = result.json()
    assert report["imported"] == []
    assert [(e["code"], e["detail"]) for e in report["errors"]] == [("damaged", STAMP)]
    text = run_cli("import", inbox, "--rescan").out
    assert f"{STAMP} was not imported: part of it is zeroed" in text

    write_mbox(inbox, [_noise(), whole])  # an intact copy: imported, no conflict
    intact = run_cli("import", inbox, "--json").json()
    assert intact["imported"] == [STAMP] and intact["conflicts"] == []
    assert _member_count(run_cli) == len(edition.members)


def test_a_stray_nul_is_dropped_and_the_copy_read(
    run_cli: Any, passphrase: str, tmp_path: Path
) -> None:
    edition = _edition()
    whole = build_edition(edition, layout="A", encoding="8bit", seed=2).data
    at = whole.index(b"\n", len(whole) // 2)  # at the end of a line of data
    inbox = tmp_path / "Inbox"
    write_mbox(inbox, [whole[:at] + b"\x00" + whole[at:]])
    report = run_cli("import", inbox, "--json").json()
    assert report["imported"] == [STAMP] and report["errors"] == []
    assert _member_count(run_cli) == len(edition.members)


def test_mail_appended_after_a_zeroed_stretch_is_read(
    run_cli: Any, passphrase: str, tmp_path: Path
) -> None:
    """A crash zeroed the end of the last message (a delayed write never done); the client
    then appended the next month's mail after the zeros. That mail is read; the zeroed copy is
    named, not read."""
    (first, second) = edition_chain(["20261001-0600", STAMP], seed=31, members=12)
    older = build_edition(first, seed=2).data
    newer = build_edition(second, seed=3).data
    inbox = tmp_path / "Inbox"
    write_mbox(inbox, [_noise(), older])
    damaged = inbox.read_bytes()
    damaged = damaged[: len(damaged) - 3000] + b"\x00" * 3000  # the tail never written
    write_mbox(tmp_path / "later", [_noise(), newer])
    inbox.write_bytes(damaged + (tmp_path / "later").read_bytes())
    report = run_cli("import", inbox, "--json").json()
    assert report["imported"] == [STAMP]
    assert [(e["code"], e["detail"]) for e in report["errors"]] == [("damaged", "20261001-0600")]
    assert report["messages_scanned"] == 4


def test_a_whole_edition_without_its_footer_where_a_member_left_is_imported(
    run_cli: Any, passphrase: str, tmp_path: Path
) -> None:
    """No footer (a client stripped it), and a member in the middle left: fewer members than
    the month before, yet no copy cut short, which lacks the last members."""
    (october,) = edition_chain(["20261001-0600"], seed=33, members=30)
    november = replace(october, stamp=STAMP)
    november = replace(november, members=november.members[:10] + november.members[11:])
    write_eml(tmp_path / "october.eml", build_edition(october, seed=2).data)
    assert run_cli("import", tmp_path / "october.eml").code == 0
    data = build_edition(november, seed=3).data
    footer = data.rindex(b"\n_______________") + 1
    write_eml(tmp_path / "no-footer.eml", data[:footer])
    report = run_cli("import", tmp_path / "no-footer.eml", "--json").json()
    assert report["imported"] == [STAMP] and report["errors"] == []
    assert [n["code"] for n in report["notes"] if n["line"] == 0] == ["no-footer"]
    current = [e for e in run_cli("editions", "--json").json()["editions"] if e["current"]]
    assert [(e["stamp"], e["members"]) for e in current] == [(STAMP, len(november.members))]
