"""Mail as Apple Mail and Outlook keep it: .emlx files, Name.mbox/ folder trees, .msg files.

Nothing here can be produced by the readers' own libraries (extract-msg reads .msg files, it
does not write them), so the formats are written by hand from their specifications:

- ``.emlx``: a line with the message's byte count, the message, an XML property list.
- ``.msg``: an OLE2 compound file ([MS-CFB], version 3, 512-byte sectors, a mini stream for
  streams under 4096 bytes) holding MAPI properties as [MS-OXMSG] lays them out.
"""

from __future__ import annotations

import math
import struct
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from pathlib import Path
from typing import Literal, Union

# --------------------------------------------------------------------------- Apple Mail

_PLIST = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
\t<key>date-last-viewed</key>
\t<integer>1793520000</integer>
\t<key>flags</key>
\t<integer>{flags}</integer>
\t<key>remote-id</key>
\t<string>{remote_id}</string>
</dict>
</plist>
"""


def emlx_bytes(message: bytes, *, flags: int = 8590195713, remote_id: int = 1) -> bytes:
    """An .emlx file: byte count line, the message, the property list trailer."""
    count = f"{len(message):<10}\n".encode("ascii")  # Mail pads the count with spaces
    return count + message + _PLIST.format(flags=flags, remote_id=remote_id).encode("ascii")


def write_emlx(path: Path, message: bytes, **kwargs: int) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(emlx_bytes(message, **kwargs))
    return path


AppleLayout = Literal["v2", "v10"]


def write_apple_mailbox(
    folder: Path,
    messages: Iterable[bytes],
    *,
    layout: AppleLayout = "v10",
    partial: Iterable[int] = (),
    first_id: int = 1,
) -> Path:
    """A ``Name.mbox/`` folder as Apple Mail keeps it, with the messages as .emlx files.

    ``v2``: ``Name.mbox/Messages/N.emlx``; ``v10``: ``Name.mbox/<UUID>/Data/<d>/<d>/Messages/``.
    Message numbers in ``partial`` are written as ``N.partial.emlx``, with an ``Attachments/``
    folder beside (holding a file that is not mail).
    """
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "Info.plist").write_text(_PLIST.format(flags=0, remote_id=0), encoding="ascii")
    if layout == "v2":
        messages_dir = folder / "Messages"
    else:
        store = folder / str(uuid.UUID(int=first_id)).upper()
        messages_dir = store / "Data" / "0" / "1" / "Messages"
    messages_dir.mkdir(parents=True, exist_ok=True)
    partial = set(partial)
    for number, data in enumerate(messages, first_id):
        name = f"{number}.partial.emlx" if number in partial else f"{number}.emlx"
        write_emlx(messages_dir / name, data, remote_id=number)
        if number in partial:
            attachments = messages_dir.parent / "Attachments" / str(number) / "2"
            attachments.mkdir(parents=True, exist_ok=True)
            (attachments / "report.pdf").write_bytes(b"%PDF-1.4\n% not mail\n%%EOF\n")
    return folder


# --------------------------------------------------------------------------- OLE2 (MS-CFB)

Tree = dict[str, Union[bytes, "Tree"]]

_FREESECT, _ENDOFCHAIN, _FATSECT, _NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
_SECTOR, _MINI, _CUTOFF = 512, 64, 4096
_EMPTY, _STORAGE, _STREAM, _ROOT = 0, 1, 2, 5


class _Entry:
    def __init__(self, name: str, kind: int, data: bytes = b"") -> None:
        self.name, self.kind, self.data = name, kind, data
        self.kids: list[int] = []
        self.left = self.right = self.child = _NOSTREAM
        self.start, self.size = _ENDOFCHAIN, 0


def _sort_key(name: str) -> tuple[int, str]:
    return len(name), name.upper()


def write_cfb(tree: Tree) -> bytes:
    """An OLE2 compound file (version 3) holding ``tree``: storages are dicts, streams bytes."""
    entries: list[_Entry] = []

    def add(name: str, node: bytes | Tree, kind: int | None = None) -> int:
        index = len(entries)
        if isinstance(node, dict):
            entries.append(_Entry(name, kind or _STORAGE))
            entries[index].kids = [add(n, v) for n, v in node.items()]
        else:
            entries.append(_Entry(name, _STREAM, node))
        return index

    add("Root Entry", tree, _ROOT)

    def balance(kids: list[int]) -> int:
        if not kids:
            return _NOSTREAM
        middle = len(kids) // 2
        node = entries[kids[middle]]
        node.left, node.right = balance(kids[:middle]), balance(kids[middle + 1 :])
        return kids[middle]

    for entry in entries:
        if entry.kind in (_STORAGE, _ROOT):
            entry.child = balance(sorted(entry.kids, key=lambda i: _sort_key(entries[i].name)))

    sectors: list[bytes] = []
    fat: list[int] = []

    def alloc(data: bytes) -> int:
        if not data:
            return _ENDOFCHAIN
        count = math.ceil(len(data) / _SECTOR)
        start = len(sectors)
        for i in range(count):
            sectors.append(data[i * _SECTOR : (i + 1) * _SECTOR].ljust(_SECTOR, b"\0"))
            fat.append(start + i + 1 if i < count - 1 else _ENDOFCHAIN)
        return start

    mini = bytearray()
    minifat: list[int] = []
    for entry in entries:
        if entry.kind != _STREAM:
            continue
        entry.size = len(entry.data)
        if entry.size >= _CUTOFF:
            entry.start = alloc(entry.data)
        elif entry.size:
            count = math.ceil(entry.size / _MINI)
            entry.start = len(mini) // _MINI
            minifat += [entry.start + i + 1 for i in range(count - 1)] + [_ENDOFCHAIN]
            mini += entry.data.ljust(count * _MINI, b"\0")
    root = entries[0]
    root.start, root.size = alloc(bytes(mini)), len(mini)
    minifat_bytes = b"".join(struct.pack("<I", n) for n in minifat)
    if minifat_bytes:
        minifat_bytes = minifat_bytes.ljust(
            math.ceil(len(minifat_bytes) / _SECTOR) * _SECTOR, b"\xff"
        )
    minifat_start = alloc(minifat_bytes)
    directory = b"".join(_dir_entry(e) for e in entries)
    while len(directory) % _SECTOR:
        directory += _dir_entry(None)
    dir_start = alloc(directory)
    used = len(sectors)
    fat_count = 1
    while used + fat_count > fat_count * (_SECTOR // 4):
        fat_count += 1
    assert fat_count <= 109, "too big for a header-only DIFAT"
    fat_start = len(sectors)
    fat += [_FATSECT] * fat_count
    fat += [_FREESECT] * (fat_count * (_SECTOR // 4) - len(fat))
    fat_bytes = b"".join(struct.pack("<I", n) for n in fat)
    difat = [fat_start + i for i in range(fat_count)] + [_FREESECT] * (109 - fat_count)
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + b"\0" * 16
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + b"\0" * 6
        + struct.pack(
            "<IIIIIIIII",
            0,  # directory sectors (0 in version 3)
            fat_count,
            dir_start,
            0,  # transaction signature
            _CUTOFF,
            minifat_start,
            len(minifat_bytes) // _SECTOR,
            _ENDOFCHAIN,  # no DIFAT sectors
            0,
        )
        + b"".join(struct.pack("<I", n) for n in difat)
    )
    assert len(header) == _SECTOR
    return header + b"".join(sectors) + fat_bytes


def _dir_entry(entry: _Entry | None) -> bytes:
    if entry is None:
        return b"\0" * 64 + struct.pack("<HBBIII", 0, _EMPTY, 0, _NOSTREAM, _NOSTREAM, _NOSTREAM) + (
            b"\0" * 36
        ) + struct.pack("<IQ", 0, 0)  # fmt: skip
    name = entry.name.encode("utf-16-le")
    assert len(name) <= 62, entry.name
    start = entry.start if entry.kind != _STORAGE else 0
    return (
        (name + b"\0\0").ljust(64, b"\0")
        + struct.pack("<HBBIII", len(name) + 2, entry.kind, 1, entry.left, entry.right, entry.child)
        + b"\0" * 16  # CLSID
        + b"\0" * 4  # state bits
        + b"\0" * 16  # creation and modification times
        + struct.pack("<IQ", start, entry.size)
    )


# --------------------------------------------------------------------------- .msg (MS-OXMSG)

PT_LONG, PT_SYSTIME, PT_UNICODE, PT_BINARY, PT_OBJECT = 0x0003, 0x0040, 0x001F, 0x0102, 0x000D
PR_MESSAGE_CLASS, PR_SUBJECT, PR_TRANSPORT_HEADERS = 0x001A, 0x0037, 0x007D
PR_CLIENT_SUBMIT_TIME, PR_SENDER_NAME, PR_SENDER_EMAIL = 0x0039, 0x0C1A, 0x0C1F
PR_BODY, PR_HTML, PR_INTERNET_MESSAGE_ID, PR_STORE_SUPPORT_MASK = 0x1000, 0x1013, 0x1035, 0x340D
PR_DISPLAY_TO = 0x0E04
PR_ATTACH_DATA, PR_ATTACH_LONG_FILENAME, PR_ATTACH_METHOD, PR_ATTACH_MIME_TAG = (
    0x3701, 0x3707, 0x3705, 0x370E,
)  # fmt: skip
PR_ATTACH_FILENAME, PR_DISPLAY_NAME = 0x3704, 0x3001
PR_RECIPIENT_TYPE, PR_EMAIL_ADDRESS, PR_SMTP_ADDRESS = 0x0C15, 0x3003, 0x39FE
ATTACH_BY_VALUE, ATTACH_EMBEDDED_MSG = 1, 5
STORE_UNICODE_OK = 0x00040000

Prop = tuple[int, int, int | bytes | str | datetime]  # id, type, value


def _filetime(when: datetime) -> int:
    return int((when - datetime(1601, 1, 1, tzinfo=UTC)).total_seconds() * 10_000_000)


def _properties(props: list[Prop], header: bytes) -> tuple[bytes, Tree]:
    """The ``__properties_version1.0`` stream and the ``__substg1.0_`` streams of ``props``."""
    table = bytearray(header)
    streams: Tree = {}
    for prop_id, prop_type, value in props:
        tag = (prop_id << 16) | prop_type
        name = f"__substg1.0_{prop_id:04X}{prop_type:04X}"
        if prop_type == PT_LONG:
            assert isinstance(value, int)
            table += struct.pack("<IIIi", tag, 6, value, 0)
        elif prop_type == PT_SYSTIME:
            assert isinstance(value, datetime)
            table += struct.pack("<IIQ", tag, 6, _filetime(value))
        elif prop_type == PT_UNICODE:
            assert isinstance(value, str)
            data = value.encode("utf-16-le")
            streams[name] = data
            table += struct.pack("<IIII", tag, 6, len(data) + 2, 0)
        elif prop_type == PT_BINARY:
            assert isinstance(value, bytes)
            streams[name] = value
            table += struct.pack("<IIII", tag, 6, len(value), 0)
        else:
            raise ValueError(prop_type)
    return bytes(table), streams


def _message_props(message: Message) -> list[Prop]:
    subject = str(message.get("Subject", ""))
    props: list[Prop] = [
        (PR_MESSAGE_CLASS, PT_UNICODE, "IPM.Note"),
        (PR_SUBJECT, PT_UNICODE, subject),
        (PR_STORE_SUPPORT_MASK, PT_LONG, STORE_UNICODE_OK),
    ]
    sender = str(message.get("From", ""))
    if sender:
        props += [
            (PR_SENDER_NAME, PT_UNICODE, sender),
            (PR_SENDER_EMAIL, PT_UNICODE, sender),
        ]
    if message.get("To"):
        props.append((PR_DISPLAY_TO, PT_UNICODE, str(message["To"])))
    if message.get("Message-ID"):
        props.append((PR_INTERNET_MESSAGE_ID, PT_UNICODE, str(message["Message-ID"])))
    when = getattr(message.get("Date"), "datetime", None)  # policy.default: a DateHeader
    if isinstance(when, datetime):
        props.append((PR_CLIENT_SUBMIT_TIME, PT_SYSTIME, when.astimezone(UTC)))
    return props


def _bodies(message: EmailMessage) -> tuple[str | None, bytes | None]:
    plain = message.get_body(("plain",))
    html = message.get_body(("html",))
    text = plain.get_content() if plain is not None else None
    html_bytes = None
    if html is not None:
        charset = html.get_content_charset() or "utf-8"
        html_bytes = html.get_content().encode(charset)
    return text, html_bytes


AttachAs = Literal["embedded", "eml"]


def msg_tree(
    data: bytes,
    *,
    transport_headers: bool = True,
    attach_as: AttachAs = "embedded",
    extra_attachments: Iterable[tuple[str, str, bytes]] = (),
    embedded: bool = False,
) -> Tree:
    """The storages and streams of a .msg holding the RFC 5322 message ``data``.

    ``transport_headers=False`` leaves out ``PR_TRANSPORT_MESSAGE_HEADERS`` (as for mail
    written in Outlook), so only the subject and other properties remain. Attached
    ``message/rfc822`` parts become embedded messages or ``.eml`` file attachments.
    ``extra_attachments`` are (filename, mime type, bytes) files to attach as well.
    """
    message = BytesParser(policy=policy.default).parsebytes(data)
    assert isinstance(message, EmailMessage)
    props = _message_props(message)
    if transport_headers:
        head = data.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0].decode("utf-8", "replace")
        props.append((PR_TRANSPORT_HEADERS, PT_UNICODE, head.replace("\n", "\r\n") + "\r\n"))
    text, html = _bodies(message)
    if text is not None:
        props.append((PR_BODY, PT_UNICODE, text.replace("\r\n", "\n").replace("\n", "\r\n")))
    if html is not None:
        props.append((PR_HTML, PT_BINARY, html))
    attachments: list[Tree] = []
    for part in message.iter_attachments():
        if part.get_content_type() != "message/rfc822":
            continue
        inner = part.get_payload(0)
        assert isinstance(inner, Message)
        inner_bytes = inner.as_bytes(policy=policy.compat32)
        if attach_as == "embedded":
            attachments.append(_embedded_attachment(inner_bytes))
        else:
            attachments.append(_file_attachment("repository.eml", "message/rfc822", inner_bytes))
    for filename, mime, payload in extra_attachments:
        attachments.append(_file_attachment(filename, mime, payload))
    recipients: list[Tree] = []
    if message.get("To"):
        recip_props: list[Prop] = [
            (PR_RECIPIENT_TYPE, PT_LONG, 1),
            (PR_DISPLAY_NAME, PT_UNICODE, str(message["To"])),
            (PR_EMAIL_ADDRESS, PT_UNICODE, str(message["To"])),
            (PR_SMTP_ADDRESS, PT_UNICODE, str(message["To"])),
        ]
        table, streams = _properties(recip_props, b"\0" * 8)
        recipients.append({**streams, "__properties_version1.0": table})
    counts = struct.pack("<IIII", len(recipients), len(attachments), len(recipients),
                         len(attachments))  # fmt: skip
    header = b"\0" * 8 + counts + (b"" if embedded else b"\0" * 8)
    table, streams = _properties(props, header)
    tree: Tree = {**streams, "__properties_version1.0": table}
    if not embedded:
        tree["__nameid_version1.0"] = {
            "__substg1.0_00020102": b"",
            "__substg1.0_00030102": b"",
            "__substg1.0_00040102": b"",
        }
    for i, recip in enumerate(recipients):
        tree[f"__recip_version1.0_#{i:08X}"] = recip
    for i, att in enumerate(attachments):
        tree[f"__attach_version1.0_#{i:08X}"] = att
    return tree


def _file_attachment(filename: str, mime: str, payload: bytes) -> Tree:
    props: list[Prop] = [
        (PR_ATTACH_METHOD, PT_LONG, ATTACH_BY_VALUE),
        (PR_ATTACH_LONG_FILENAME, PT_UNICODE, filename),
        (PR_ATTACH_FILENAME, PT_UNICODE, filename[:12]),
        (PR_ATTACH_MIME_TAG, PT_UNICODE, mime),
        (PR_ATTACH_DATA, PT_BINARY, payload),
    ]
    table, streams = _properties(props, b"\0" * 8)
    return {**streams, "__properties_version1.0": table}


def _embedded_attachment(inner: bytes) -> Tree:
    props: list[Prop] = [
        (PR_ATTACH_METHOD, PT_LONG, ATTACH_EMBEDDED_MSG),
        (PR_DISPLAY_NAME, PT_UNICODE, "repository"),
    ]
    table, streams = _properties(props, b"\0" * 8)
    obj_tag = (PR_ATTACH_DATA << 16) | PT_OBJECT
    table += struct.pack("<IIII", obj_tag, 6, 0xFFFFFFFF, 0)
    inner_tree = msg_tree(inner, embedded=True)
    return {**streams, "__properties_version1.0": table, "__substg1.0_3701000D": inner_tree}


def msg_bytes(data: bytes, **kwargs: object) -> bytes:
    """A .msg file (bytes) holding the RFC 5322 message ``data``; see ``msg_tree``."""
    return write_cfb(msg_tree(data, **kwargs))  # type: ignore[arg-type]


def write_msg(path: Path, data: bytes, **kwargs: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(msg_bytes(data, **kwargs))
    return path
