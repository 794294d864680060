"""Mail the user deleted in their mail client but that is still on disk is not read: a
Thunderbird message marked Expunged or IMAP-deleted in its mbox, an MH message nmh's rmm
renamed to ",N", a Maildir message flagged Trashed, a message flagged deleted by UW-IMAP,
Dovecot, Evolution or Apple Mail, a message in Gmail's Trash in a Google Takeout. Read, it
would come back as the user's edition."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.mailgen.archives import takeout_entry
from tests.mailgen.clients import write_emlx
from tests.mailgen.containers import write_maildir, write_mbox, write_mh, write_thunderbird_folder
from tests.mailgen.editions import make_edition
from tests.mailgen.messages import edition_message
from tldops_desktop.mail.message import examine
from tldops_desktop.mail.scan import scan
from tldops_desktop.mail.scan_items import Candidate, ScanControl

KEPT, DELETED = "20261001-0600", "20261101-0600"


def _edition(stamp: str) -> bytes:
    return edition_message(make_edition(stamp, seed=1, members=5))


def _with_status(message: bytes, status: str, status2: str = "00000000") -> bytes:
    """The message as Thunderbird stores it, its flags in X-Mozilla-Status and
    X-Mozilla-Status2 (hex), its tags' room in X-Mozilla-Keys."""
    keys = " " * 80
    return (
        f"X-Mozilla-Status: {status}\nX-Mozilla-Status2: {status2}\nX-Mozilla-Keys: {keys}\n"
    ).encode() + message


def _stamps(path: Path) -> list[str]:
    control = ScanControl()
    return [
        edition.stamp
        for item in scan([str(path)], control)
        if isinstance(item, Candidate)
        for edition in examine(item.data, item.source).editions
    ]


def test_a_message_thunderbird_expunged_is_not_read(tmp_path: Path) -> None:
    inbox = tmp_path / "Inbox"
    write_mbox(inbox, [_with_status(_edition(KEPT), "0001"),
                       _with_status(_edition(DELETED), "0009")], style="thunderbird")  # fmt: skip
    assert _stamps(inbox) == [KEPT]


@pytest.mark.parametrize(
    ("status", "status2"),
    [
        ("0009", "00000000"),  # Read|Expunged
        ("0001", "00200000"),  # Read, and IMAPDeleted: deleted on the server, not yet expunged
        ("0001", "10200000"),  # (with a new flag of Thunderbird's in the high bits)
    ],
)
def test_a_message_deleted_in_a_thunderbird_imap_folder_is_not_read(
    tmp_path: Path, status: str, status2: str
) -> None:
    """An IMAP account's offline store (ImapMail/<server>/INBOX): under the "mark it as
    deleted" model, a deleted message stays there, flagged IMAPDeleted, until the folder is
    expunged; read, it would come back as the user's edition."""
    profile = tmp_path / "Profiles" / "abcd1234.default-release"
    inbox = profile / "ImapMail" / "imap.registry.example" / "INBOX"
    inbox.parent.mkdir(parents=True)
    write_thunderbird_folder(
        inbox,
        [_with_status(_edition(KEPT), "0001"), _with_status(_edition(DELETED), status, status2)],
    )
    assert _stamps(inbox) == [KEPT]
    assert _stamps(profile) == [KEPT]


def test_a_partial_download_thunderbird_replaced_is_not_reported(tmp_path: Path) -> None:
    """After "Download the rest", Thunderbird appends the whole message and expunges the partial
    copy (Read|Expunged|Partial): only the whole one is read, with no problem for the other."""
    whole = _edition(KEPT)
    stub = whole[: len(whole) // 3]
    inbox = tmp_path / "Inbox"
    write_mbox(inbox, [_with_status(stub, "0409"), _with_status(whole, "0001")])
    items = list(scan([str(inbox)]))
    assert len(items) == 1 and isinstance(items[0], Candidate)
    result = examine(items[0].data, items[0].source)
    assert [e.stamp for e in result.editions] == [KEPT] and result.problems == []


def test_an_mh_message_removed_by_rmm_is_not_read(tmp_path: Path) -> None:
    with_sequences = tmp_path / "Mail" / "tld-ops"
    write_mh(with_sequences, [_edition(KEPT)])
    (with_sequences / ",2").write_bytes(_edition(DELETED))
    (with_sequences / "#3").write_bytes(_edition(DELETED))
    assert _stamps(tmp_path / "Mail") == [KEPT]
    (with_sequences / ".mh_sequences").unlink()  # told as MH by its numbered files alone
    assert _stamps(tmp_path / "Mail") == [KEPT]


def test_a_maildir_message_flagged_trashed_is_not_read(tmp_path: Path) -> None:
    maildir = tmp_path / "Maildir"
    write_maildir(maildir, [_edition(KEPT)])
    for name, info in (("1.a.host", ":2,ST"), ("2.b.host", ":2,T"), ("3.c.host", "!2,DTa")):
        (maildir / "cur" / f"{name}{info}").write_bytes(_edition(DELETED))
    (maildir / "cur" / "4.d.host:2,S").write_bytes(_edition(KEPT))  # seen, not trashed
    assert _stamps(maildir) == [KEPT, KEPT]


@pytest.mark.parametrize(
    ("kept_flags", "deleted_flags"),
    [
        # UW-IMAP, Dovecot and Pine keep IMAP flags in X-Status: "D" is \Deleted, not yet
        # expunged.
        (b"Status: RO\nX-Status: AF\nX-UID: 1\n", b"Status: RO\nX-Status: DF\nX-UID: 2\n"),
        # Evolution's "<uid>-<flags>", 0x02 deleted.
        (b"X-Evolution: 00000001-0010\n", b"X-Evolution: 00000002-0012\n"),
    ],
)
def test_a_message_flagged_deleted_in_the_mbox_is_not_read(
    tmp_path: Path, kept_flags: bytes, deleted_flags: bytes
) -> None:
    inbox = tmp_path / "Inbox"
    write_mbox(inbox, [kept_flags + _edition(KEPT), deleted_flags + _edition(DELETED)])
    assert _stamps(inbox) == [KEPT]


def test_an_apple_mail_message_flagged_deleted_is_not_read(tmp_path: Path) -> None:
    messages = tmp_path / "INBOX.mbox" / "Messages"
    messages.mkdir(parents=True)
    write_emlx(messages / "1.emlx", _edition(KEPT), flags=0x1)  # read
    write_emlx(messages / "2.emlx", _edition(DELETED), flags=0x1 | 0x2)  # read, deleted
    assert _stamps(tmp_path / "INBOX.mbox") == [KEPT]


@pytest.mark.parametrize("labels", ["Trash,Opened", 'Opened,"Lists,TLD-OPS",Trash', "TRASH"])
def test_a_message_in_gmails_trash_is_not_read_from_a_takeout(tmp_path: Path, labels: str) -> None:
    """Google Takeout exports the Trash with the rest of the mail, labelled so."""
    takeout = tmp_path / "All mail Including Spam and Trash.mbox"
    takeout.write_bytes(
        takeout_entry(_edition(KEPT), 0, 'Inbox,"Lists,Trash talk",Opened')
        + takeout_entry(_edition(DELETED), 1, labels)
    )
    assert _stamps(takeout) == [KEPT]
