"""Mailbox writers: mbox (mboxrd), .mbox.gz, Thunderbird folders, Maildir (also a server's
Maildir++, Dovecot's or Courier's), MH, .eml files.

All writers stream: they take an iterable of message bytes and never hold a whole mailbox.
"""

from __future__ import annotations

import gzip
import io
import random
import re
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Literal

_FROM_RE = re.compile(rb"^(>*From )", re.MULTILINE)
_DATE_RE = re.compile(rb"^Date: *(.+)$", re.MULTILINE | re.IGNORECASE)

FromStyle = Literal["mailer-daemon", "sender", "thunderbird"]


def mboxrd_quote(data: bytes) -> bytes:
    """mboxrd: every line starting with ``>*From `` gets one more ``>``."""
    return _FROM_RE.sub(rb">\1", data)


def _asctime(when: datetime) -> str:
    return when.strftime("%a %b ") + f"{when.day:2d}" + when.strftime(" %H:%M:%S %Y")


def _message_date(data: bytes) -> datetime:
    from email.utils import parsedate_to_datetime

    head = data.split(b"\n\n", 1)[0]
    m = _DATE_RE.search(head)
    if m:
        try:
            return parsedate_to_datetime(m.group(1).decode("ascii", "replace").strip())
        except (TypeError, ValueError):
            pass
    return datetime(2026, 11, 24, 11, 27, 11, tzinfo=UTC)


def from_line(data: bytes, style: FromStyle = "mailer-daemon") -> bytes:
    """The ``From `` separator line for a message (with trailing newline)."""
    if style == "thunderbird":
        return f"From - {_asctime(_message_date(data))}\n".encode("ascii")
    if style == "sender":
        return f"From member@registry.example {_asctime(_message_date(data))}\n".encode("ascii")
    return b"From MAILER-DAEMON Tue Nov 24 11:27:11 2026\n"


def mbox_entry(data: bytes, style: FromStyle = "mailer-daemon", *, crlf: bool = False) -> bytes:
    """One message as an mbox holds it: its ``From `` line, the message (mboxrd), a blank line."""
    data = data.replace(b"\r\n", b"\n")
    if not data.endswith(b"\n"):
        data += b"\n"
    chunk = from_line(data, style) + mboxrd_quote(data) + b"\n"
    return chunk.replace(b"\n", b"\r\n") if crlf else chunk


class MboxWriter:
    """Stream messages into an mbox (optionally gzip-compressed) with mboxrd quoting."""

    def __init__(
        self,
        path: Path,
        *,
        gz: bool = False,
        style: FromStyle = "mailer-daemon",
        crlf: bool = False,
    ) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.style: FromStyle = style
        self.crlf = crlf
        self.count = 0
        self.bytes_written = 0
        self._fh: io.BufferedIOBase
        if gz:
            self._fh = gzip.GzipFile(path, "wb", compresslevel=1, mtime=0)
        else:
            self._fh = open(path, "wb")  # noqa: SIM115

    def add(self, data: bytes) -> None:
        chunk = mbox_entry(data, self.style, crlf=self.crlf)
        self._fh.write(chunk)
        self.count += 1
        self.bytes_written += len(chunk)

    def close(self) -> None:
        self._fh.close()

    def __enter__(self) -> MboxWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def write_mbox(
    path: Path,
    messages: Iterable[bytes],
    *,
    gz: bool = False,
    style: FromStyle = "mailer-daemon",
    crlf: bool = False,
) -> int:
    """Write an mbox (``gz`` for ``.mbox.gz``); returns the number of messages."""
    with MboxWriter(path, gz=gz, style=style, crlf=crlf) as w:
        for m in messages:
            w.add(m)
        return w.count


def write_mmdf(path: Path, messages: Iterable[bytes], *, crlf: bool = False) -> Path:
    """An MMDF mailbox: each message between two lines of four Ctrl-A, "From " unquoted."""
    delimiter = b"\x01\x01\x01\x01\n"
    out = b""
    for message in messages:
        data = message.replace(b"\r\n", b"\n")
        out += delimiter + data + (b"" if data.endswith(b"\n") else b"\n") + delimiter
    path.write_bytes(out.replace(b"\n", b"\r\n") if crlf else out)
    return path


def write_msf(path: Path, seed: int = 0) -> Path:
    """Thunderbird's Mork summary file: junk to any importer, must be ignored."""
    rng = random.Random(seed)
    text = (
        "// <!-- <mdb:mork:z v=\"1.4\"/> -->\n"
        "< <(a=c)> // (f=iso-8859-1)\n"
        "  (B8=flags)(B9=size)(BA=msgOffset)(BB=offlineMsgSize)>\n"
        + "".join(
            f"[{rng.getrandbits(16):X}(^B8=1)(^B9={rng.getrandbits(20):X})]\n" for _ in range(40)
        )
        + "@$${1{@\n"
    )  # fmt: skip
    path.write_text(text, encoding="ascii")
    return path


def write_thunderbird_folder(path: Path, messages: Iterable[bytes], *, seed: int = 0) -> int:
    """An extension-less mbox file (``From - ...`` separators) with a ``.msf`` beside it."""
    n = write_mbox(path, messages, style="thunderbird")
    write_msf(path.with_name(path.name + ".msf"), seed)
    return n


class MaildirWriter:
    """Write messages into a Maildir (``cur/`` with ``:2,S`` flags, ``new/``, empty ``tmp/``)."""

    def __init__(self, path: Path, *, seed: int = 0, new_fraction: float = 0.2) -> None:
        self.path = path
        self.rng = random.Random(seed)
        self.new_fraction = new_fraction
        self.count = 0
        for sub in ("cur", "new", "tmp"):
            (path / sub).mkdir(parents=True, exist_ok=True)

    def add(self, data: bytes) -> Path:
        self.count += 1
        when = int(_message_date(data).timestamp())
        base = f"{when}.M{self.rng.randrange(10**6)}P{4000 + self.count}Q{self.count}.mailhost"
        if self.rng.random() < self.new_fraction:
            target = self.path / "new" / base
        else:
            flags = self.rng.choice(("S", "S", "RS", "FS", ""))
            target = self.path / "cur" / f"{base}:2,{flags}"
        target.write_bytes(data.replace(b"\r\n", b"\n"))
        return target


def write_maildir(path: Path, messages: Iterable[bytes], *, seed: int = 0) -> list[Path]:
    w = MaildirWriter(path, seed=seed)
    return [w.add(m) for m in messages]


def write_mh(path: Path, messages: Iterable[bytes]) -> list[Path]:
    """An MH folder: files ``1``, ``2``, ... and ``.mh_sequences``."""
    path.mkdir(parents=True, exist_ok=True)
    out = []
    for i, m in enumerate(messages, start=1):
        p = path / str(i)
        p.write_bytes(m.replace(b"\r\n", b"\n"))
        out.append(p)
    seq = f"unseen: {max(1, len(out) - 1)}-{len(out)}\n" if out else ""
    (path / ".mh_sequences").write_text(seq, encoding="ascii")
    return out


def write_eml(path: Path, data: bytes) -> Path:
    """A single message file, bytes as given (CRLF kept)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


Server = Literal["dovecot", "courier"]


def write_server_maildir(
    root: Path, folder: str, messages: Iterable[tuple[bytes, str | None]], *, server: Server
) -> list[Path]:
    """A Maildir++ tree as Dovecot or Courier keeps it on a mail server, with ``messages``
    (data, flags: None for one still in ``new/``) in the folder ``folder``: "" for the root
    (the INBOX), or a subfolder's name on disk, ".Lists.tld-ops" (Courier's, and Dovecot's
    with LAYOUT=maildir++) or ".INBOX.Lists.tld-ops" (where the INBOX prefix is kept).

    Each message file is named with its size and, for Dovecot, its size with CRLF line ends
    (``<time>.M<usec>P<pid>.<host>,S=<size>,W=<vsize>:2,<flags>``); a subfolder has its
    ``maildirfolder`` marker; beside the messages lie the server's own files, which are no
    mail: Dovecot's ``dovecot-uidlist``, ``dovecot-keywords`` and binary ``dovecot.index*``
    (whose cache holds copies of the messages' header fields), Courier's ``courierimapuiddb``,
    ``courierimapacl`` and ``courierimapkeywords/``, and the quota's ``maildirsize``.
    """
    path = root / folder if folder else root
    mailbox = folder.removeprefix(".").encode() if folder else b"INBOX"
    for part in ("cur", "new", "tmp"):
        (path / part).mkdir(parents=True, exist_ok=True)
    if path != root:
        (path / "maildirfolder").write_bytes(b"")
    messages = list(messages)
    written: list[Path] = []
    names: list[str] = []
    for uid, (message, flags) in enumerate(messages, start=1):
        data = message.replace(b"\r\n", b"\n")
        when = int(_message_date(data).timestamp())
        base = f"{when}.M{100000 + uid}P{2000 + uid}.mail.registry.example,S={len(data)}"
        if server == "dovecot":
            virtual = len(data) + data.count(b"\n")  # its size as IMAP gives it, in CRLF
            base += f",W={virtual}"
        target = path / "new" / base if flags is None else path / "cur" / f"{base}:2,{flags}"
        target.write_bytes(data)
        written.append(target)
        names.append(base)
    size = sum(p.stat().st_size for p in written)
    (root / "maildirsize").write_bytes(b"1073741824S\n%d %d\n" % (size, len(written)))
    if server == "dovecot":
        uids = "".join(f"{uid} :{name}\n" for uid, name in enumerate(names, start=1))
        (path / "dovecot-uidlist").write_text(
            f"3 V1761955200 N{len(names) + 1} G3085f01b7f11d968a0d20000d0c0ab2e\n{uids}",
            encoding="ascii",
        )
        (path / "dovecot-keywords").write_bytes(b"0 $Forwarded\n1 NonJunk\n")
        heads = b"".join(m.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0] for m, _ in messages)
        (path / "dovecot.index").write_bytes(b"\x07\x03\x78\x00" + bytes(116) + b"\x01" * 64)
        (path / "dovecot.index.log").write_bytes(b"\x01\x03\x28\x00" + bytes(36) + b"\x02" * 64)
        (path / "dovecot.index.cache").write_bytes(b"\x08\x00\x00\x00" + bytes(28) + heads)
        (root / "dovecot-uidvalidity").write_bytes(b"6904e000\n")
        (root / "dovecot.list.index.log").write_bytes(b"\x01\x03\x28\x00" + bytes(36))
        (root / "subscriptions").write_bytes(b"V\t2\n\n" + mailbox + b"\n")
    else:
        uids = "".join(f"{uid} {name}\n" for uid, name in enumerate(names, start=1))
        (path / "courierimapuiddb").write_text(f"1 1761955200 {len(names) + 1}\n{uids}")
        (path / "courierimapacl").write_bytes(b"owner aceilrstwx\n")
        keywords = path / "courierimapkeywords"
        keywords.mkdir(exist_ok=True)
        (keywords / ":list").write_text(f"$Forwarded\n\n{names[0]}:0\n" if names else "")
        (root / "courierimapsubscribed").write_bytes(mailbox + b"\n")
    return written
