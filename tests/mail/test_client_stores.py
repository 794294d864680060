"""The import over mail stores as real clients write them: every edition found, nothing
ordinary taken for one, each with its date and the list's identity."""

from __future__ import annotations

import base64
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.mail import client_stores as cs

RunCli = Callable[..., Any]


def imported(
    run_cli: RunCli, path: Path, **data: Path
) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """The import's report, and the editions then stored (``data``: another data folder)."""
    result = run_cli("import", path, "--json", **data)
    assert result.code == 0, result.err
    report = result.json()
    listed = run_cli("editions", "--json", **data).json()["editions"]
    return report, {item["stamp"]: item for item in listed}


def check(
    run_cli: RunCli, path: Path, sent: list[cs.Sent], *, errors: Any = (), **data: Path
) -> dict[str, Any]:
    report, stored = imported(run_cli, path, **data)
    assert sorted(stored) == sorted(item.stamp for item in sent), report
    for item in sent:
        assert stored[item.stamp]["trusted"], stored[item.stamp]
        assert stored[item.stamp]["date"] == item.when.isoformat(), stored[item.stamp]
        assert stored[item.stamp]["members"] == 200
    assert report["untrusted"] == [] and report["conflicts"] == [], report
    assert report["errors"] == list(errors), report["errors"]
    return report


@pytest.fixture(autouse=True)
def _passphrase(passphrase: str) -> None:
    """Every import here writes a real SQLCipher database under the test passphrase."""


def test_mutt_mbox_with_status_and_lengths(run_cli: RunCli, tmp_path: Path) -> None:
    sent = cs.editions(7, 8, 9)
    path = tmp_path / "Mail" / "tld-ops"
    path.parent.mkdir()
    path.write_bytes(cs.mutt_mbox(cs.mix(sent)))
    check(run_cli, path, sent)


def test_evolution_and_kmail_maildirs(run_cli: RunCli, tmp_path: Path) -> None:
    sent = cs.editions(7, 8, 9)
    messages = cs.mix(sent)
    local = tmp_path / "local-mail"
    cs.maildir(local / "inbox", messages[:5], flags="RS")
    # KMail keeps subfolders of inbox in .inbox.directory/
    cs.maildir(local / ".inbox.directory" / "tld-ops", messages[5:], new=2)
    evolution = tmp_path / "evolution" / "mail" / "local"
    cs.maildir(evolution, [cs.ordinary(40)])
    cs.maildir(evolution / ".Lists.tld-ops", [cs.ordinary(41)])
    (evolution / "folders.db").write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    check(run_cli, local, sent)


def test_claws_and_nmh_folders(run_cli: RunCli, tmp_path: Path) -> None:
    sent = cs.editions(7, 8, 9)
    messages = cs.mix(sent)
    mail = tmp_path / "Mail"
    cs.mh(mail / "inbox", messages[:6], claws=True)
    cs.mh(mail / "lists" / "tld-ops", messages[6:], claws=False)
    (mail / "lists" / "tld-ops" / ",3").write_bytes(cs.edition_message(cs.editions(12)[0]))
    check(run_cli, mail, sent)


def test_outlook_eml_export(run_cli: RunCli, tmp_path: Path) -> None:
    sent = cs.editions(7, 8)
    folder = tmp_path / "Saved"
    folder.mkdir()
    for item in sent:
        # Outlook names the file by the subject, without the characters Windows refuses.
        name = cs.SUBJECT.format(stamp=item.stamp).replace("<", "").replace(">", "")
        (folder / f"{name}.eml").write_bytes(cs.outlook_eml(item))
    (folder / "winmail.dat").write_bytes(b"\x78\x9f\x3e\x22" + b"\x01\x06\x90\x08\x00" * 40)
    (folder / "Re lunch.eml").write_bytes(cs.crlf(cs.ordinary(3)))
    check(run_cli, folder, sent)


@pytest.mark.parametrize(
    ("filename", "kind", "encoding"),
    [
        ("Repository 20260701-0600.eml", "application/octet-stream", "base64"),
        # a name in RFC 2047 words
        ("=?utf-8?b?44CQ5aSW6YOo44CRVExELU9QUyDpgKPntaHlhYguZW1s?=", "application/octet-stream",
         "base64"),
        # As text, as some clients and list software send a saved message (a message/rfc822
        # part rewritten so), read as one attached as a file is, trusted by its own headers.
        ("tld-ops.eml", "text/plain", "base64"),
        ("tld-ops.eml", "text/plain", "8bit"),
        ("tld-ops.eml", "text/x-eml", "7bit"),
    ],
)  # fmt: skip
def test_an_edition_attached_as_a_file_under_a_subject_of_its_own(
    run_cli: RunCli, tmp_path: Path, filename: str, kind: str, encoding: str
) -> None:
    """A responder sends a colleague the saved edition as a file, with a subject of their
    own: the attached edition is read, in an mbox and in a Maildir alike."""
    sent = cs.editions(7)
    message = cs.attached_as_file(
        sent[0], subject="the contacts, as promised", filename=filename, kind=kind,
        encoding=encoding,
    )  # fmt: skip
    path = tmp_path / "Sent"
    path.write_bytes(cs.mboxo([cs.ordinary(1), message, cs.ordinary(2)]))
    check(run_cli, path, sent)
    folder = tmp_path / "Maildir" / ".Sent"
    cs.maildir(folder, [message])
    check(run_cli, folder, sent, data=tmp_path / "second")


def test_a_spoof_sent_as_a_text_part_named_eml_is_untrusted(
    run_cli: RunCli, tmp_path: Path
) -> None:
    """The copy's own headers are judged: without the list's, it is never made current."""
    sent = cs.editions(7)
    message = cs.attached_as_file(
        sent[0],
        subject="for your records",
        filename="tld-ops.eml",
        kind="text/plain",
        encoding="8bit",
    ).replace(b"lists.dns-oarc.net", b"lists.dns-0arc.net")  # a look-alike list
    path = tmp_path / "Sent"
    path.write_bytes(cs.mboxo([message]))
    report, stored = imported(run_cli, path)
    assert stored == {} and [u["stamp"] for u in report["untrusted"]] == [sent[0].stamp], report


def test_a_text_file_named_eml_under_a_subject_of_its_own_is_no_edition(
    run_cli: RunCli, tmp_path: Path
) -> None:
    """A text part named .eml (notes about an edition) under a subject that names none:
    nothing is taken for an edition."""
    sent = cs.editions(7)
    message = cs.attached_as_file(sent[0], subject="notes", filename="notes.eml").replace(
        b"application/octet-stream", b"text/plain"
    )
    notes = b"Subject line: [tld-ops] TLD-OPS Incident Response Community Repository\n"
    message = message.split(b"Content-Transfer-Encoding: base64\n\n")[0] + (
        b"Content-Transfer-Encoding: base64\n\n"
        + base64.encodebytes(notes)
        + b"--_004_attached_file_--\n"
    )
    path = tmp_path / "Sent"
    path.write_bytes(cs.mboxo([message]))
    report, stored = imported(run_cli, path)
    assert stored == {} and report["errors"] == [] and report["untrusted"] == [], report
