"""An edition attached in Outlook's own formats (a ``.msg`` item, or inside TNEF's
``winmail.dat``) cannot be read inside a message: the report names the message when its subject
names an edition, and says nothing of other mail that carries them.
"""

from __future__ import annotations

import re
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from tests.mailgen.clients import msg_bytes
from tests.mailgen.messages import build_edition, forward_message, stamp_datetime, subject_for
from tests.mailgen.render import render_text
from tests.mailgen.scenario import edition_chain
from tldops_desktop.mail.message import MessageResult, examine

STAMP = "20261101-0600"
(EDITION,) = edition_chain([STAMP], seed=21, members=6)
TNEF = b"\x78\x9f\x3e\x22\x01\x00" + bytes(range(256)) * 4  # TNEF's signature, then anything
MID = "<fw.1@registry.example>"


def the_edition() -> bytes:
    return build_edition(EDITION, seed=2).data


def outlook_mail(
    subject: str, filename: str, mime: str, payload: bytes, text: str = "FYI"
) -> bytes:
    """A message as Outlook sends it, with one attachment of Outlook's own."""
    message = EmailMessage()
    message["From"] = "Alice <alice@registry.example>"
    message["To"] = "noc@registry.example"
    message["Subject"] = subject
    message["Message-ID"] = MID
    message.set_content(text)
    maintype, subtype = mime.split("/")
    message.add_attachment(payload, maintype=maintype, subtype=subtype, filename=filename)
    return message.as_bytes()


def named(result: MessageResult) -> list[tuple[str, str, str]]:
    return [(p.code, p.message_id, p.detail) for p in result.problems]


ATTACHMENTS = {
    "msg": ("Repository.msg", "application/vnd.ms-outlook"),
    "msg-generic": ("TLD-OPS Repository.MSG", "application/octet-stream"),
    "tnef": ("winmail.dat", "application/ms-tnef"),
    "tnef-generic": ("winmail.dat", "application/octet-stream"),
    "tnef-vnd": ("att00001.dat", "application/vnd.ms-tnef"),
}


@pytest.mark.parametrize("attachment", list(ATTACHMENTS))
@pytest.mark.parametrize(
    "subject", [f"FW: {subject_for(STAMP)}", subject_for(STAMP), f"Latest {subject_for(STAMP)}"]
)
def test_a_message_naming_an_edition_with_an_outlook_attachment_is_named(
    attachment: str, subject: str
) -> None:
    filename, mime = ATTACHMENTS[attachment]
    payload = msg_bytes(the_edition()) if attachment.startswith("msg") else TNEF
    result = examine(outlook_mail(subject, filename, mime, payload), "Inbox")
    assert result.editions == []
    assert named(result) == [("outlook-attachment", MID, STAMP)]
    assert result.problems[0].source == "Inbox"


@pytest.mark.parametrize("attachment", list(ATTACHMENTS))
def test_other_mail_with_an_outlook_attachment_is_not_named(attachment: str) -> None:
    filename, mime = ATTACHMENTS[attachment]
    payload = msg_bytes(the_edition()) if attachment.startswith("msg") else TNEF
    result = examine(outlook_mail("Minutes of the call", filename, mime, payload), "Inbox")
    assert (result.editions, result.problems) == ([], [])


def test_a_reply_in_outlooks_rich_text_is_not_named() -> None:
    """Outlook sends a rich-text reply with winmail.dat: a reply is no edition. A reply that
    attaches a message may carry one."""
    subject = f"RE: {subject_for(STAMP)}"
    tnef = outlook_mail(subject, "winmail.dat", "application/ms-tnef", TNEF)
    assert named(examine(tnef, "Inbox")) == []
    attached = outlook_mail(subject, "edition.msg", "application/vnd.ms-outlook", b"\xd0\xcf")
    assert named(examine(attached, "Inbox")) == [("outlook-attachment", MID, STAMP)]


def test_an_edition_read_beside_winmail_dat_is_not_named() -> None:
    """The edition attached as a message, and a winmail.dat beside it: read, nothing said."""
    forward = forward_message(the_edition(), subject_for(STAMP), date=stamp_datetime(STAMP))
    match = re.search(rb'boundary="([^"]+)"', forward)
    assert match is not None
    end = b"--" + match.group(1) + b"--"
    tnef = (
        b"Content-Type: application/ms-tnef; name=winmail.dat\n"
        b"Content-Disposition: attachment; filename=winmail.dat\n"
        b"Content-Transfer-Encoding: base64\n\neJ8+IgEA\n"
    )
    result = examine(forward.replace(end, end[:-2] + b"\n" + tnef + end), "Inbox")
    assert [(f.stamp, f.trusted) for f in result.editions] == [(STAMP, True)]
    assert result.problems == []


def test_an_edition_forwarded_inline_with_winmail_dat_is_named_once() -> None:
    """The contacts in the forward's own text: the inline forward is what is named."""
    text = f"---------- Forwarded message ---------\n\n{render_text(EDITION, 'A')}"
    data = outlook_mail(f"FW: {subject_for(STAMP)}", "winmail.dat", "application/ms-tnef",
                        TNEF, text=text)  # fmt: skip
    assert [code for code, _mid, _stamp in named(examine(data, "Inbox"))] == ["forwarded-inline"]


def test_the_attached_item_saved_as_a_file_is_read(tmp_path: Path) -> None:
    """What the report asks: save the attached message from Outlook and import that."""
    pytest.importorskip("extract_msg")
    from tldops_desktop.services.import_report import ImportReport
    from tldops_desktop.services.importer import ImportOptions, find_editions

    saved = tmp_path / "saved" / "Repository.msg"
    saved.parent.mkdir()
    saved.write_bytes(msg_bytes(the_edition()))
    report = ImportReport()
    found = find_editions([str(saved.parent)], ImportOptions(workers=0), report)
    assert [(f.stamp, f.trusted) for f in found] == [(STAMP, True)]


def test_the_command_line_says_what_to_do(run_cli: Any, passphrase: str, tmp_path: Path) -> None:
    path = tmp_path / "fw.eml"
    item = msg_bytes(the_edition())
    subject = f"FW: {subject_for(STAMP)}"
    path.write_bytes(outlook_mail(subject, "Repository.msg", "application/vnd.ms-outlook", item))
    done = run_cli("import", path)
    assert done.code == 0, done.err
    assert f"problem: {path}: {STAMP} names an edition and has an attachment in Outlook" in done.out
    assert "save the attached message to a folder" in done.out
