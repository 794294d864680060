"""Outlook: ``.msg`` files (``extract-msg``) and ``.pst`` / ``.ost`` data files (``pypff``).

Neither format holds the RFC 5322 message as received: Outlook keeps its parts as MAPI
properties. For every message, the cheap candidate test runs first on the header block
alone, exactly as for any other source: the transport headers Outlook stores for internet
mail (``PR_TRANSPORT_MESSAGE_HEADERS``), or, when there are none, a header block made from
the subject. Only a candidate is rebuilt in full as an RFC 5322 message (its own headers, the
plain-text and HTML bodies, attached messages as ``message/rfc822`` parts) and handed to the
same examination, trust check and parser as an ``.eml``. Other attachments are left out of
the rebuilt message: no edition can be in them.

Both readers are optional extras (``pip install 'tldops-desktop[outlook]'``); without them a
``ScanProblem`` with code ``needs-extra`` names the extra.
"""

from __future__ import annotations

import base64
import hashlib
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from email.header import Header
from email.utils import format_datetime
from pathlib import Path
from types import ModuleType
from typing import Any

from tldops_desktop.mail.candidates import Verdict, classify
from tldops_desktop.mail.scan import MARK_HEAD_BYTES
from tldops_desktop.mail.scan_items import (
    MAX_MESSAGE_BYTES,
    Candidate,
    ScanControl,
    ScanProblem,
    SourceMark,
)

EXTRA = "outlook"
EXTRA_HINT = "pip install 'tldops-desktop[outlook]'"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .msg (and other Office files)
PFF_MAGIC = b"!BDN"  # .pst and .ost
MAX_DEPTH = 8  # messages attached to messages attached to ...
_MIME_FIELD = re.compile(r"^(content-[a-z-]*|mime-version)[ \t]*:", re.IGNORECASE)
_META_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_OUTLOOK_PREFIX = "Microsoft Mail Internet Headers Version 2.0"


# -- one neutral message, from either reader ---------------------------------------------------


@dataclass
class OutlookMessage:
    """What the rebuild needs of an Outlook message, whichever file it came from."""

    headers: str | None  # transport headers as received, if Outlook kept them
    subject: str = ""
    sender: str = ""
    to: str = ""
    date: datetime | None = None
    message_id: str = ""
    plain: str | None = None
    html: bytes | None = None
    attached: list[bytes] = field(default_factory=list)  # RFC 5322 messages


def header_block(headers: str | None, subject: str, *, has_attachments: bool) -> bytes:
    """The header block the candidate test reads: the transport headers, or a stand-in."""
    if headers:
        text = _clean_headers(headers)
    else:
        text = f"Subject: {_encode_header(subject)}"
        if has_attachments:
            text += "\nContent-Type: multipart/mixed"
    return (text.rstrip("\r\n") + "\n\n").encode("utf-8", "surrogateescape")


def rebuild(message: OutlookMessage) -> bytes:
    """An RFC 5322 message with the headers, bodies and attached messages of ``message``."""
    if message.headers:
        fields = [f for f in _fields(_clean_headers(message.headers)) if not _MIME_FIELD.match(f)]
    else:
        fields = _fallback_fields(message)
    parts: list[bytes] = []
    if message.plain is not None:
        parts.append(_leaf("text/plain; charset=utf-8", message.plain.encode("utf-8")))
    if message.html is not None:
        charset = _html_charset(message.html)
        parts.append(_leaf(f"text/html; charset={charset}", message.html))
    if not parts:
        parts.append(_leaf("text/plain; charset=utf-8", b""))
    body_type, body = _multipart("alternative", parts) if len(parts) > 1 else _split_leaf(parts[0])
    if message.attached:
        inner = [
            b"Content-Type: message/rfc822\nContent-Disposition: attachment\n\n" + m
            for m in message.attached
        ]
        first = f"Content-Type: {body_type}\n".encode("ascii") + body
        body_type, body = _multipart("mixed", [first, *inner])
    head = [*fields, "MIME-Version: 1.0", f"Content-Type: {body_type}"]
    if not body_type.startswith("multipart/"):
        head.append("Content-Transfer-Encoding: base64")
    return ("\n".join(head) + "\n\n").encode("utf-8", "surrogateescape") + body


def _clean_headers(headers: str) -> str:
    text = headers.replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith(_OUTLOOK_PREFIX):
        text = text[len(_OUTLOOK_PREFIX) :]
    return text.strip("\n")


def _fields(text: str) -> list[str]:
    """Header fields, each with its continuation lines."""
    fields: list[str] = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        if line[:1] in (" ", "\t") and fields:
            fields[-1] += "\n" + line
        else:
            fields.append(line)
    return fields


def _fallback_fields(message: OutlookMessage) -> list[str]:
    fields = []
    if message.sender:
        fields.append(f"From: {_encode_header(message.sender)}")
    if message.to:
        fields.append(f"To: {_encode_header(message.to)}")
    fields.append(f"Subject: {_encode_header(message.subject)}")
    if message.date is not None:
        fields.append(f"Date: {format_datetime(message.date)}")
    if message.message_id:
        fields.append(f"Message-ID: {message.message_id.strip()}")
    return fields


def _encode_header(value: str) -> str:
    value = " ".join(value.split())
    return value if value.isascii() else Header(value, "utf-8").encode()


def _html_charset(html: bytes) -> str:
    declared = _META_CHARSET.search(html[:4096])
    if declared:
        return declared.group(1).decode("ascii").lower()
    try:
        html.decode("utf-8")
    except UnicodeDecodeError:
        return "windows-1252"
    return "utf-8"


def _leaf(content_type: str, payload: bytes) -> bytes:
    return f"Content-Type: {content_type}\nContent-Transfer-Encoding: base64\n\n".encode(
        "ascii"
    ) + base64.encodebytes(payload)


def _split_leaf(part: bytes) -> tuple[str, bytes]:
    """A leaf part as (content type, body), for use as the whole message."""
    head, _, body = part.partition(b"\n\n")
    content_type = head.split(b"\n", 1)[0].partition(b":")[2].strip().decode("ascii")
    return content_type, body


def _multipart(subtype: str, parts: list[bytes]) -> tuple[str, bytes]:
    boundary = f"=_tldops_{uuid.uuid4().hex}"
    body = b"".join(f"--{boundary}\n".encode("ascii") + p.rstrip(b"\n") + b"\n" for p in parts)
    return f'multipart/{subtype}; boundary="{boundary}"', body + f"--{boundary}--\n".encode()


def _emit(
    source: str, verdict: Verdict, message: OutlookMessage, control: ScanControl
) -> Iterator[Candidate | ScanProblem]:
    if verdict is Verdict.IF_ATTACHED and not message.attached:
        return
    data = rebuild(message)
    if len(data) > MAX_MESSAGE_BYTES:
        yield ScanProblem(source, "too-large", f"over {MAX_MESSAGE_BYTES // 2**20} MiB")
        return
    control.stats.candidates += 1
    yield Candidate(source, data)


def _needs_extra(source: str) -> ScanProblem:
    return ScanProblem(source, "needs-extra", EXTRA_HINT)


# -- .msg (extract-msg) -----------------------------------------------------------------------


def _import_extract_msg() -> ModuleType | None:
    try:
        import extract_msg
    except ImportError:
        return None
    return extract_msg


def scan_msg(
    path: Path, control: ScanControl, *, explicit: bool = True
) -> Iterator[Candidate | ScanProblem]:
    """The message in an Outlook ``.msg`` file, if it is a candidate."""
    yield from scan_msg_data(path, str(path), control, explicit=explicit)


def scan_msg_data(
    opened: Path | bytes, source: str, control: ScanControl, *, explicit: bool = True
) -> Iterator[Candidate | ScanProblem]:
    """The message in a ``.msg`` file, given by its path or whole (a member of an archive)."""
    extract_msg = _import_extract_msg()
    if extract_msg is None:
        yield _needs_extra(source)
        return
    from extract_msg.exceptions import ExMsgBaseException
    from extract_msg.msg_classes import MessageBase

    control.stats.files += 1
    control.stats.messages_scanned += 1
    try:
        size = len(opened) if isinstance(opened, bytes) else opened.stat().st_size
        msg = extract_msg.openMsg(
            opened if isinstance(opened, bytes) else str(opened), delayAttachments=True
        )
    except (ExMsgBaseException, OSError, ValueError, NameError) as exc:
        if explicit:
            yield ScanProblem(source, "unreadable", f"not a readable .msg file: {exc}")
        return
    control.stats.bytes_scanned += size
    try:
        if not isinstance(msg, MessageBase):  # a contact, task, note ...: not mail
            if explicit:
                yield ScanProblem(source, "not-mail", "an Outlook item, but not a message")
            return
        try:
            headers = msg.headerText
            has_attachments = not headers and _msg_has_messages(msg)
            verdict = classify(
                header_block(headers, msg.subject or "", has_attachments=has_attachments)
            )
            if verdict is Verdict.IF_ATTACHED and not _msg_has_messages(msg):
                verdict = Verdict.NO  # attachments, but no mail among them: bodies unread
            if verdict is not Verdict.NO:
                yield from _emit(source, verdict, _from_msg(msg, 0), control)
        except (ExMsgBaseException, OSError, ValueError, LookupError, TypeError) as exc:
            yield ScanProblem(source, "unreadable", f"{type(exc).__name__}: {exc}")
    finally:
        msg.close()
    control.tick()


def _msg_attachments(msg: Any) -> list[Any]:
    try:
        return list(msg.attachments)
    except Exception as exc:  # extract-msg raises anything from a broken attachment table
        raise ValueError(f"broken attachments: {exc}") from exc


def _msg_has_messages(msg: Any) -> bool:
    return any(_msg_attachment_message(a, depth=MAX_DEPTH) for a in _msg_attachments(msg))


def _msg_attachment_message(att: Any, *, depth: int) -> bytes | bool | None:
    """An attached message: its bytes (or True when ``depth`` is spent), else None."""
    from extract_msg.msg_classes import MessageBase

    data = att.data
    if isinstance(data, MessageBase):
        return True if depth >= MAX_DEPTH else rebuild(_from_msg(data, depth + 1))
    name = (att.longFilename or att.shortFilename or "").lower()
    mimetype = (att.mimetype or "").lower()
    if isinstance(data, bytes) and (name.endswith(".eml") or mimetype == "message/rfc822"):
        return True if depth >= MAX_DEPTH else data
    return None


def _from_msg(msg: Any, depth: int) -> OutlookMessage:
    html = msg.htmlBody
    attached = []
    if depth < MAX_DEPTH:
        for att in _msg_attachments(msg):
            data = _msg_attachment_message(att, depth=depth)
            if isinstance(data, bytes):
                attached.append(data)
    return OutlookMessage(
        headers=msg.headerText,
        subject=msg.subject or "",
        sender=msg.sender or "",
        to=msg.to or "",
        date=msg.date if isinstance(msg.date, datetime) else None,
        message_id=msg.messageId or "",
        plain=msg.body,
        html=html if isinstance(html, bytes) else None,
        attached=attached,
    )


# -- .pst / .ost (pypff) ---------------------------------------------------------------------


def import_pypff() -> ModuleType | None:
    try:
        import pypff
    except ImportError:
        return None
    module: ModuleType = pypff
    return module


def scan_pff(
    path: Path, control: ScanControl, *, pff: Any = None
) -> Iterator[Candidate | ScanProblem]:
    """Every candidate message in an Outlook data file (``.pst``, ``.ost``).

    ``pff`` is the ``pypff`` module (or an object with its interface, for tests). The file is
    skipped when it has not changed since the last import (size, time, first bytes).
    """
    source = str(path)
    pff = pff if pff is not None else import_pypff()
    if pff is None:
        yield _needs_extra(source)
        return
    control.stats.files += 1
    key = str(path.resolve())
    try:
        info = path.stat()
        with open(path, "rb") as probe:
            head_hash = hashlib.sha256(probe.read(MARK_HEAD_BYTES)).hexdigest()
    except OSError as exc:
        yield ScanProblem(source, "unreadable", exc.strerror or str(exc))
        return
    mark = SourceMark(key, info.st_size, info.st_mtime_ns, head_hash)
    if control.marks_in.get(key) == mark:
        control.stats.unchanged.append(source)
        control.stats.bytes_scanned += info.st_size
        control.marks_out[key] = mark
        return
    store = pff.file()
    try:
        store.open(str(path))
    except (OSError, ValueError) as exc:  # pypff raises IOError for a broken or locked file
        yield ScanProblem(source, "unreadable", str(exc))
        return
    try:
        root = store.get_root_folder()
        yield from _walk_pff_folder(root, source, [], control)
    finally:
        store.close()
    control.stats.bytes_scanned += info.st_size
    control.marks_out[key] = mark


def _count(obj: Any, name: str) -> int:
    try:
        return int(getattr(obj, f"get_number_of_{name}")())
    except OSError:
        return 0


def _walk_pff_folder(
    folder: Any, source: str, trail: list[str], control: ScanControl
) -> Iterator[Candidate | ScanProblem]:
    where = "/".join(trail)
    for index in range(_count(folder, "sub_messages")):
        here = f"{source} @ {where or '/'} #{index}"
        try:
            item = folder.get_sub_message(index)
        except OSError as exc:
            yield ScanProblem(here, "unreadable", str(exc))
            continue
        control.stats.messages_scanned += 1
        try:
            headers = item.get_transport_headers()
            subject = item.get_subject() or ""
            has_attachments = not headers and _count(item, "attachments") > 0
            verdict = classify(header_block(headers, subject, has_attachments=has_attachments))
            if verdict is Verdict.IF_ATTACHED and not _pff_has_messages(item):
                verdict = Verdict.NO  # attachments, but no mail among them: bodies unread
            if verdict is not Verdict.NO:
                message = _from_pff(item, 0)
                if message.plain is None and message.html is None:
                    yield ScanProblem(here, "no-text-body", "only an RTF body")
                else:
                    yield from _emit(here, verdict, message, control)
        except (OSError, ValueError, UnicodeError) as exc:
            yield ScanProblem(here, "unreadable", str(exc))
        control.tick()
    for index in range(_count(folder, "sub_folders")):
        try:
            sub = folder.get_sub_folder(index)
            name = sub.get_name() or f"#{index}"
        except OSError as exc:
            yield ScanProblem(f"{source} @ {where or '/'}", "unreadable", str(exc))
            continue
        yield from _walk_pff_folder(sub, source, [*trail, name], control)


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bytes):
        return value.rstrip(b"\0").decode("utf-8", "replace")  # libpff gives UTF-8
    return str(value)


def _from_pff(item: Any, depth: int) -> OutlookMessage:
    html = item.get_html_body()
    attached: list[bytes] = []
    if depth < MAX_DEPTH:
        for index in range(_count(item, "attachments")):
            data = _pff_attachment_message(item.get_attachment(index), depth)
            if data is not None:
                attached.append(data)
    when = item.get_client_submit_time() if hasattr(item, "get_client_submit_time") else None
    return OutlookMessage(
        headers=_text(item.get_transport_headers()),
        subject=_text(item.get_subject()) or "",
        sender=_text(item.get_sender_name()) or "",
        date=when if isinstance(when, datetime) else None,
        plain=_text(item.get_plain_text_body()),
        html=html.rstrip(b"\0") if isinstance(html, bytes) else None,
        attached=attached,
    )


def _pff_has_messages(item: Any) -> bool:
    for index in range(_count(item, "attachments")):
        att = item.get_attachment(index)
        if _count(att, "sub_items") > 0 or _pff_name(att).endswith(".eml"):
            return True
    return False


def _pff_name(att: Any) -> str:
    try:
        return str(att.get_long_filename() or "").lower()
    except (OSError, AttributeError):
        return ""


def _pff_attachment_message(att: Any, depth: int) -> bytes | None:
    """An attached message (an embedded Outlook item, or an attached .eml file), or None."""
    if _count(att, "sub_items") > 0:  # an embedded message ("attach by value" of an item)
        inner = att.get_sub_item(0)
        if hasattr(inner, "get_transport_headers"):
            return rebuild(_from_pff(inner, depth + 1))
        return None
    name = _pff_name(att)
    size = int(att.get_size() or 0)
    if not name.endswith(".eml") or size > MAX_MESSAGE_BYTES:
        return None
    data: bytes = att.read_buffer(size)
    return data


def is_pff_head(head: bytes) -> bool:
    return head.startswith(PFF_MAGIC)


def is_msg(path: Path, head: bytes) -> bool:
    return head.startswith(OLE_MAGIC) and path.suffix.lower() == ".msg"
