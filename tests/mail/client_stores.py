"""Mail stores written as mail clients and servers write them, each with a few repository
editions among ordinary mail: the bytes on disk, not a library's idea of them."""

from __future__ import annotations

import base64
import email.utils
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from tests.conftest import LAYOUT_A

LIST = "tld-ops@lists.dns-oarc.net"
SUBJECT = "[tld-ops] TLD-OPS Incident Response Community Repository <{stamp}>"
NEWLINE = b"\n"
_SAMPLE_BODY = LAYOUT_A.read_bytes().split(b"\n\n", 1)[1]


@dataclass(frozen=True)
class Sent:
    """An edition as the list sent it: its stamp and the Date it carries."""

    stamp: str
    when: datetime

    @property
    def date(self) -> str:
        return email.utils.format_datetime(self.when)


def editions(*months: int, year: int = 2026) -> list[Sent]:
    return [
        Sent(f"{year}{month:02d}01-0600", datetime(year, month, 1, 6, 0, 7, tzinfo=UTC))
        for month in months
    ]


def edition_body(stamp: str) -> bytes:
    return _SAMPLE_BODY.replace(b"20261101-0600", stamp.encode())


def edition_header(sent: Sent, *, to: str = LIST, extra: str = "") -> str:
    """The header block Mailman 2 writes, with what the MTAs on the way add."""
    stamp = sent.stamp
    return (
        "Return-Path: <tld-ops-bounces@lists.dns-oarc.net>\n"
        "Delivered-To: responder@nic.example\n"
        "Received: from lists.dns-oarc.net (lists.dns-oarc.net [192.0.2.25])\n"
        "\tby mx.nic.example (Postfix) with ESMTPS id 4Xk2Lq1Zz9\n"
        f"\tfor <responder@nic.example>; {sent.date}\n"
        "Received: from lists.dns-oarc.net (localhost [127.0.0.1])\n"
        f"\tby lists.dns-oarc.net (Postfix) with ESMTP; {sent.date}\n"
        'Content-Type: text/plain; charset="utf-8"\n'
        "MIME-Version: 1.0\n"
        "Content-Transfer-Encoding: 8bit\n"
        f"From: TLD-OPS Repository via tld-ops <{LIST}>\n"
        f"To: {to}\n"
        f"Subject: {SUBJECT.format(stamp=stamp)}\n"
        f"Date: {sent.date}\n"
        f"Message-ID: <{stamp}.c0ffee{stamp[:6]}@lists.dns-oarc.net>\n"
        "X-BeenThere: tld-ops@lists.dns-oarc.net\n"
        "X-Mailman-Version: 2.1.39\n"
        "Precedence: list\n"
        "List-Id: TLD-OPS Incident Response Community <tld-ops.lists.dns-oarc.net>\n"
        "List-Unsubscribe: <https://lists.dns-oarc.net/mailman/options/tld-ops>,\n"
        " <mailto:tld-ops-request@lists.dns-oarc.net?subject=unsubscribe>\n"
        "List-Post: <mailto:tld-ops@lists.dns-oarc.net>\n"
        'Sender: "tld-ops" <tld-ops-bounces@lists.dns-oarc.net>\n'
        f"{extra}"
    )


def edition_message(sent: Sent, *, extra: str = "") -> bytes:
    return edition_header(sent, extra=extra).encode() + b"\n" + edition_body(sent.stamp)


def ordinary(number: int, *, extra: str = "", body: str = "") -> bytes:
    """Everyday mail: list chatter, a reply quoting an edition, a newsletter."""
    when = email.utils.format_datetime(datetime(2026, 6, number % 27 + 1, 9, 30, tzinfo=UTC))
    kinds = [
        (
            "[tld-ops] Anyone seeing NXDOMAIN floods tonight?",
            "Hi all,\n\nFrom our side the resolvers look fine.\nFrom 9:00 UTC we block.\n\n"
            "-- \nnoc\n",
        ),
        (
            "Re: [tld-ops] TLD-OPS Incident Response Community Repository <20260601-0600>",
            "Our entry is outdated, see below.\n\n> .ad Andorra (EU)\n> Name: Emil Van der Berg\n"
            "> Email address: abuse1@nic.ad\n",
        ),
        (
            "Weekly registry newsletter",
            "New in the registry this week: nothing.\n\nFrom the desk of the editor\n",
        ),
        ("Lunch?", "From Monday on I am away.\n"),
    ]
    subject, text = kinds[number % len(kinds)]
    return (
        f"Return-Path: <peer{number}@nic.example>\n"
        f"Received: from mail.nic.example by mx.nic.example; {when}\n"
        f"From: Peer {number} <peer{number}@nic.example>\n"
        "To: responder@nic.example\n"
        f"Subject: {subject}\n"
        f"Date: {when}\n"
        f"Message-ID: <m{number}.{abs(hash(subject)) % 99999}@nic.example>\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=us-ascii\n"
        f"{extra}\n{body or text}"
    ).encode()


def crlf(data: bytes) -> bytes:
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def mix(sent: list[Sent], ordinary_count: int = 3) -> list[bytes]:
    """Ordinary mail with an edition after every second message."""
    out: list[bytes] = []
    number = 0
    for item in sent:
        for _ in range(ordinary_count):
            out.append(ordinary(number))
            number += 1
        out.append(edition_message(item))
    out.append(ordinary(number))
    return out


# --- mbox ------------------------------------------------------------------------------------


def asctime(when: datetime) -> str:
    return when.strftime("%a %b %e %H:%M:%S %Y")


def mboxo(messages: list[bytes], *, sender: str = "MAILER-DAEMON") -> bytes:
    """mboxo as mutt and procmail write it: ">From " for a body's "From " lines, a blank line
    after each message."""
    parts = []
    for message in messages:
        quoted = b"\n".join(
            b">" + line if line.startswith(b"From ") else line for line in message.split(b"\n")
        )
        envelope = f"From {sender} {asctime(datetime(2026, 11, 24, 11, 27, 11))}\n".encode()
        parts.append(envelope + quoted.rstrip(b"\n") + b"\n\n")
    return b"".join(parts)


def mutt_mbox(messages: list[bytes]) -> bytes:
    """mutt's own mbox: Status/X-Status lines added to each header, Content-Length and Lines
    of the body, bodies' "From " lines quoted."""
    out = []
    for message in messages:
        header, body = message.split(b"\n\n", 1)
        body = body if body.endswith(b"\n") else body + b"\n"
        quoted = b"\n".join(
            b">" + line if line.startswith(b"From ") else line for line in body.split(b"\n")
        )
        header += (
            f"\nStatus: RO\nX-Status: A\nContent-Length: {len(quoted)}\n"
            f"Lines: {quoted.count(NEWLINE)}"
        ).encode()
        envelope = f"From peer@nic.example {asctime(datetime(2026, 6, 2, 8, 1, 2))}\n".encode()
        out.append(envelope + header + b"\n\n" + quoted + b"\n")
    return b"".join(out)


# --- one file a message ---------------------------------------------------------------------


def maildir(root: Path, messages: list[bytes], *, flags: str = "S", new: int = 0) -> None:
    """A Maildir as Evolution, KMail or Dovecot deliver it: tmp/new/cur, unique names with the
    host, ":2,<flags>" on what was read; the last ``new`` messages still in new/."""
    for sub in ("tmp", "new", "cur"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    for number, message in enumerate(messages):
        name = f"17800{number:05d}.M{number}P4242Q{number}.laptop"
        if number >= len(messages) - new:
            (root / "new" / name).write_bytes(message)
        else:
            (root / "cur" / f"{name},S={len(message)}:2,{flags}").write_bytes(message)


def mh(root: Path, messages: list[bytes], *, claws: bool) -> None:
    """An MH folder as nmh or Claws Mail keeps it: numbered files, .mh_sequences, Claws' own
    binary cache and marks beside them."""
    root.mkdir(parents=True, exist_ok=True)
    for number, message in enumerate(messages, start=1):
        (root / str(number)).write_bytes(message)
    (root / ".mh_sequences").write_text(f"unseen: {len(messages)}\ncur: 1\n")
    if claws:
        (root / ".claws_cache").write_bytes(b"\x00\x00\x00\x04" + b"\xff" * 64 + b"\x00From: x")
        (root / ".claws_mark").write_bytes(b"\x00\x00\x00\x01\x02\x00\x00\x00")


def outlook_eml(sent: Sent) -> bytes:
    """An edition dragged out of Outlook for Windows: CRLF, Exchange's own fields."""
    header = edition_header(
        sent,
        extra=(
            "Thread-Topic: [tld-ops] TLD-OPS Incident Response Community Repository\n"
            "Thread-Index: AQHbRk3xD4q2ZfPj0EuW1y0n9c3A2A==\n"
            "X-MS-Has-Attach:\nX-MS-TNEF-Correlator:\n"
            "X-MS-Exchange-Organization-SCL: -1\n"
            "Content-Language: en-US\n"
        ),
    )
    return crlf(header.encode() + b"\n" + edition_body(sent.stamp))


def attached_as_file(
    sent: Sent,
    *,
    subject: str,
    filename: str,
    kind: str = "application/octet-stream",
    encoding: str = "base64",
) -> bytes:
    """A new message with a saved edition attached as a file, sent as application/octet-stream
    (as Outlook for Mac and webmails send a .eml file), or as ``kind``, under a subject of the
    sender's own."""
    boundary = "_004_attached_file_"
    data = edition_message(sent)
    body = base64.encodebytes(data) if encoding == "base64" else data
    return (
        (
            "From: Responder <responder@nic.example>\nTo: colleague@nic.example\n"
            f"Subject: {subject}\nDate: Mon, 2 Nov 2026 10:00:00 +0100\n"
            "Message-ID: <file.1@nic.example>\nMIME-Version: 1.0\n"
            f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
            f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n\nAs promised.\n\n"
            f'--{boundary}\nContent-Type: {kind}; name="{filename}"\n'
            f'Content-Disposition: attachment;\n\tfilename="{filename}"\n'
            f"Content-Transfer-Encoding: {encoding}\n\n"
        ).encode()
        + body
        + f"\n--{boundary}--\n".encode()
    )


# --- servers and sync tools ------------------------------------------------------------------


def _dbox_message(message: bytes, uid: int) -> bytes:
    """One message as Dovecot's dbox stores it: its header (magic, type "N", its UID, its
    size), the message as delivered, its metadata (GUID, received time, sizes)."""
    header = b"\x01\x02N %08x %016x\n" % (uid, len(message))
    metadata = b"\n\x01\x03\nG%032x\nR%x\nZ%x\nV%x\n\n" % (
        uid * 7919, 1_780_000_000 + uid, len(message), len(message) + message.count(NEWLINE)
    )  # fmt: skip
    return header + message + metadata


_DBOX_FILE_HEADER = b"2 M1e C6a1b2c3d\n"


def _dovecot_indexes(folder: Path, copy: bytes) -> None:
    """Dovecot's binary indexes beside the messages; its cache holds copies of header fields."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "dovecot.index").write_bytes(b"\x07\x03\x00\x00" + b"\x00" * 120)
    (folder / "dovecot.index.log").write_bytes(b"\x01\x03\x00\x00" + b"\x00" * 60)
    (folder / "dovecot.index.cache").write_bytes(b"\x00" * 40 + copy.split(b"\n\n")[0])


def sdbox(root: Path, folders: dict[str, list[bytes]]) -> None:
    """Dovecot's single-dbox (``mail_location = sdbox:~/dbox``): ``mailboxes/<folder>/
    dbox-Mails/u.<uid>``, one message a file, indexes beside them."""
    for folder, messages in folders.items():
        mails = root / "mailboxes" / folder / "dbox-Mails"
        _dovecot_indexes(mails, messages[0])
        for uid, message in enumerate(messages, start=1):
            (mails / f"u.{uid}").write_bytes(_DBOX_FILE_HEADER + _dbox_message(message, uid))
    (root / "subscriptions").write_text("V\t2\n\n" + "\n".join(folders) + "\n")


def mdbox(root: Path, folders: dict[str, list[bytes]], *, per_file: int = 4) -> None:
    """Dovecot's multi-dbox (``mdbox:~/mdbox``): every folder's messages in ``storage/m.<n>``
    files of a few each, the folders holding only their indexes."""
    messages = [m for ms in folders.values() for m in ms]
    storage = root / "storage"
    storage.mkdir(parents=True)
    (storage / "dovecot.map.index").write_bytes(b"\x07\x03\x00\x00" + b"\x00" * 120)
    for number, first in enumerate(range(0, len(messages), per_file), start=1):
        batch = messages[first : first + per_file]
        data = b"".join(_dbox_message(m, 0) for m in batch)
        (storage / f"m.{number}").write_bytes(_DBOX_FILE_HEADER + data)
    for folder, ms in folders.items():
        _dovecot_indexes(root / "mailboxes" / folder / "dbox-Mails", ms[0])


def sync_maildir(root: Path, messages: list[bytes], *, tool: str) -> None:
    """A Maildir as a sync tool writes it: mbsync's names (``<time>.<pid>_<n>.<host>,U=<uid>``)
    and its ``.uidvalidity`` and ``.mbsyncstate`` beside cur/new/tmp; OfflineIMAP's
    (``<time>_<n>.<pid>.<host>,U=<uid>,FMD5=<folder's md5>``); notmuch's database in
    ``.notmuch/`` (Xapian's files, whose terms hold words of the subjects)."""
    for sub in ("tmp", "new", "cur"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    for uid, message in enumerate(messages, start=1):
        if tool == "mbsync":
            name = f"17800{uid:05d}.4242_{uid}.laptop,U={uid}:2,S"
        elif tool == "offlineimap":
            name = f"17800{uid:05d}_{uid}.4242.laptop,U={uid},FMD5=7e33429f656f1e6e9d79b29c3f82c57e:2,RS"
        else:
            name = f"17800{uid:05d}.M{uid}P4242.laptop:2,S"
        (root / "cur" / name).write_bytes(message)
    if tool == "mbsync":
        (root / ".uidvalidity").write_text(f"1780000000\n{len(messages) + 1}\n")
        state = "".join(f"{uid} {uid} S\n" for uid in range(1, len(messages) + 1))
        (root / ".mbsyncstate").write_text(f"FarUidValidity 1780000000\nMaxPulledUid 9\n\n{state}")
    elif tool == "notmuch":
        xapian = root / ".notmuch" / "xapian"
        xapian.mkdir(parents=True)
        (xapian / "iamglass").write_bytes(b"\x00\x0bglass\x01")
        (xapian / "flintlock").write_bytes(b"")
        terms = b"".join(b"\x00S" + m.split(b"Subject: ")[1].split(b"\n")[0] for m in messages)
        (xapian / "termlist.glass").write_bytes(b"\x00" * 64 + terms)


def thunderbird_maildir(folder: Path, messages: list[bytes], *, eml_names: bool) -> None:
    """A folder of Thunderbird's "File per message (maildir)" storage: ``cur/`` and ``tmp/``
    (no ``new/``), files named by a number (``.eml`` in newer versions), each beginning with
    Thunderbird's "From - " line and X-Mozilla-Status fields; its ``.msf`` index beside it."""
    (folder / "cur").mkdir(parents=True)
    (folder / "tmp").mkdir()
    for number, message in enumerate(messages, start=1):
        name = f"{1780000000000 + number}{'.eml' if eml_names else ''}"
        head = b"From - Mon Nov 30 10:00:00 2026\nX-Mozilla-Status: 0001\nX-Mozilla-Status2: 00000000\n"
        (folder / "cur" / name).write_bytes(head + message)
    folder.with_name(folder.name + ".msf").write_bytes(b'// <!-- <mdb:mork:z v="1.4"/> -->')


# --- lists' archives -------------------------------------------------------------------------


def _fields(message: bytes) -> tuple[dict[str, str], bytes]:
    head, body = message.split(b"\n\n", 1)
    fields: dict[str, str] = {}
    for line in head.decode().replace("\n\t", " ").replace("\n ", " ").split("\n"):
        name, _, value = line.partition(":")
        fields.setdefault(name.lower(), value.strip())
    return fields, body


def _quoted(body: bytes) -> bytes:
    lines = body.rstrip(b"\n").split(b"\n")
    return b"\n".join(b">" + line if line.startswith(b"From ") else line for line in lines)


def pipermail(messages: list[bytes]) -> bytes:
    """A month of Mailman 2's pipermail archive (``2026-July.txt``): an mbox of the posts with
    only From, Date, Subject, Message-ID (and threading) kept, every address written
    ``noc at nic.de``, in the header and the body."""
    out = []
    for message in messages:
        fields, body = _fields(message)
        name, address = email.utils.parseaddr(fields["from"])
        address = address.replace("@", " at ")
        when = email.utils.parsedate_to_datetime(fields["date"])
        head = (
            f"From {address}  {asctime(when)}\nFrom: {address} ({name})\n"
            f"Date: {fields['date']}\nSubject: {fields['subject']}\n"
            f"Message-ID: {fields['message-id']}\n"
        )
        body = re.sub(rb"([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)", rb"\1 at \2", _quoted(body))
        out.append(head.encode() + b"\n" + body + b"\n\n")
    return b"".join(out)


def hyperkitty(messages: list[bytes]) -> bytes:
    """Mailman 3's HyperKitty export (``<list>-<from>-<to>.mbox.gz``, unpacked): the posts as
    it stores them, without the list's List-Id and Sender, with its Message-ID-Hash."""
    out = []
    for message in messages:
        fields, body = _fields(message)
        kept = ("message-id", "from", "to", "subject", "date", "mime-version", "content-type")
        head = "".join(f"{n.title()}: {fields[n]}\n" for n in kept if n in fields)
        head += "Message-ID-Hash: 7IV5XPVTD2ASXDRGJQ4D3QLA4ZDQXZUF\n"
        envelope = f"From {address_of(fields['from'])} {asctime(datetime(2026, 11, 30))}\n"
        out.append((envelope + head + "\n").encode() + _quoted(body) + b"\n\n")
    return b"".join(out)


def address_of(value: str) -> str:
    return email.utils.parseaddr(value)[1]


def google_groups(messages: list[bytes]) -> bytes:
    """A Google Group's messages as Takeout exports them (CRLF, Gmail's fields): a group that
    subscribed to the list and relays it puts its own List-ID and Sender on each message."""
    out = []
    for number, original in enumerate(messages):
        message = original.replace(
            b"List-Id: TLD-OPS Incident Response Community <tld-ops.lists.dns-oarc.net>",
            b"List-ID: <noc-team.registry.example>",
        ).replace(
            b'Sender: "tld-ops" <tld-ops-bounces@lists.dns-oarc.net>',
            b"Sender: noc-team@registry.example",
        )
        extra = (
            f"X-GM-THRID: {1780000000000000000 + number}\nX-Gmail-Labels: Opened\n"
            "Mailing-list: list noc-team@registry.example; contact "
            "noc-team+owners@registry.example\n"
        )
        envelope = f"From {1780000000000000000 + number}@xxx Mon Nov 30 10:00:00 +0000 2026\n"
        out.append(crlf(envelope.encode() + extra.encode() + message + b"\n"))
    return b"".join(out)
