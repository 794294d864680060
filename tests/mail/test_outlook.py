"""Outlook: .msg files (written here as OLE2 files, read with extract-msg) and .pst/.ost files.

No tool available here writes a .pst or .ost file (libpff only reads them), so the data file
reader is tested through ``pypff``'s interface with a fake module built from RFC 5322
messages; the fake's method names are checked against the real ``pypff`` when it is installed.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Any

import pytest

from tests.mailgen.clients import msg_bytes, write_cfb, write_msg
from tests.mailgen.editions import Repertoire, make_edition
from tests.mailgen.messages import edition_message, forward_message, noise_message, subject_for
from tldops_desktop.mail import outlook
from tldops_desktop.mail.message import examine
from tldops_desktop.mail.outlook import OutlookMessage, rebuild, scan_pff
from tldops_desktop.mail.scan import scan
from tldops_desktop.mail.scan_items import Candidate, ScanControl, ScanProblem

WHEN = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)
extract_msg = pytest.importorskip(
    "extract_msg", reason="extract-msg is not installed: pip install 'tldops-desktop[outlook]'"
)


def edition(stamp: str, seed: int = 1, **kwargs: Any) -> bytes:
    repertoire: Repertoire = "cp1252" if kwargs.get("charset") == "windows-1252" else "unicode"
    made = make_edition(stamp, seed=seed, members=5, repertoire=repertoire)
    return edition_message(made, **kwargs)


def noise(count: int, seed: int = 0, **kwargs: Any) -> list[bytes]:
    return [noise_message(random.Random(seed + i), seed + i, WHEN, **kwargs) for i in range(count)]


def editions(paths: list[Path], control: ScanControl | None = None) -> list[Any]:
    out = []
    for item in scan([str(p) for p in paths], control):
        if isinstance(item, Candidate):
            out += examine(item.data, item.source).editions
    return out


def shape(found: list[Any]) -> list[tuple[str, bool, str, Any]]:
    return [(e.stamp, e.trusted, e.container, e.body.members) for e in found]


def problems(paths: list[Path]) -> list[ScanProblem]:
    return [i for i in scan([str(p) for p in paths]) if isinstance(i, ScanProblem)]


# -- .msg ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kwargs",
    [
        {"layout": "A"},
        {"layout": "B", "encoding": "quoted-printable"},
        {"layout": "A", "html": "alternative", "encoding": "base64"},
        {"layout": "B", "charset": "windows-1252", "encoding": "8bit", "crlf": True},
    ],
)
def test_msg_gives_the_same_edition_as_the_eml(tmp_path: Path, kwargs: dict[str, Any]) -> None:
    data = edition("20261101-0600", **kwargs)
    eml = tmp_path / "repository.eml"
    eml.write_bytes(data)
    msg = write_msg(tmp_path / "repository.msg", data)
    from_eml, from_msg = editions([eml]), editions([msg])
    assert shape(from_msg) == shape(from_eml)
    assert from_msg[0].trusted
    assert from_msg[0].message_id == from_eml[0].message_id


def test_msg_without_transport_headers_is_untrusted(tmp_path: Path) -> None:
    msg = write_msg(tmp_path / "saved.msg", edition("20261101-0600"), transport_headers=False)
    (found,) = editions([msg])
    assert found.stamp == "20261101-0600"
    assert not found.trusted  # the list identity is in headers Outlook did not keep
    assert len(found.body.members) == 5


@pytest.mark.parametrize("attach_as", ["embedded", "eml"])
def test_forward_as_attachment(tmp_path: Path, attach_as: Any) -> None:
    inner = edition("20261001-0600", seed=4)
    fwd = forward_message(inner, subject_for("20261001-0600"), date=WHEN)
    msg = write_msg(tmp_path / "fwd.msg", fwd, attach_as=attach_as)
    (found,) = editions([msg])
    assert (found.stamp, found.container, found.trusted) == ("20261001-0600", "forward", True)
    assert shape([found])[0][3] == shape(editions_of(inner))[0][3]


def editions_of(data: bytes) -> list[Any]:
    return examine(data, "x").editions


def test_folder_of_msg_files_among_ordinary_mail(tmp_path: Path) -> None:
    folder = tmp_path / "dragged"
    for i, data in enumerate(noise(6)):
        write_msg(folder / f"note-{i}.msg", data)
    write_msg(
        folder / "with-pdf.msg",
        noise(1, 50)[0],
        extra_attachments=[("report.pdf", "application/pdf", b"%PDF-1.4\n" + bytes(9000))],
    )
    write_msg(folder / "october.msg", edition("20261001-0600", seed=2))
    write_msg(folder / "november.msg", edition("20261101-0600"))
    control = ScanControl()
    assert sorted(e.stamp for e in editions([folder], control)) == [
        "20261001-0600",
        "20261101-0600",
    ]
    assert control.stats.messages_scanned == 9
    assert control.stats.candidates == 2
    assert problems([folder]) == []


def test_ole_file_that_is_not_a_message(tmp_path: Path) -> None:
    odd = tmp_path / "odd.msg"
    odd.write_bytes(write_cfb({"WordDocument": b"\0" * 100}))
    assert [p.code for p in problems([odd])] == ["unreadable"]  # named: said
    assert problems([tmp_path]) == []  # met in a folder: not mail, passed by


def test_msg_named_file_holding_rfc5322_text(tmp_path: Path) -> None:
    path = tmp_path / "saved-as-text.msg"
    path.write_bytes(edition("20261101-0600"))
    assert [e.stamp for e in editions([path])] == ["20261101-0600"]


def test_msg_needs_the_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    msg = write_msg(tmp_path / "a.msg", edition("20261101-0600"))
    monkeypatch.setattr(outlook, "_import_extract_msg", lambda: None)
    (problem,) = problems([msg])
    assert problem.code == "needs-extra"
    assert problem.detail == "pip install 'tldops-desktop[outlook]'"


def test_msg_import_end_to_end(tmp_path: Path, passphrase: str, run_cli: Any) -> None:
    folder = tmp_path / "Outlook messages"
    for i, data in enumerate(noise(4)):
        write_msg(folder / f"{i}.msg", data)
    write_msg(folder / "a.msg", edition("20261001-0600", seed=2, html="alternative"))
    write_msg(folder / "b.msg", edition("20261101-0600", layout="B"))
    result = run_cli("import", folder, "--json")
    assert result.code == 0, result.err
    report = result.json()
    assert report["imported"] == ["20261001-0600", "20261101-0600"]
    assert report["errors"] == [] and report["unplaced_lines"] == []
    shown = run_cli("editions", "--json").json()["editions"]
    assert [e["stamp"] for e in shown if e["current"]] == ["20261101-0600"]
    assert all(e["members"] == 5 for e in shown)


def test_msg_bytes_are_an_ole_file() -> None:
    raw = msg_bytes(edition("20261101-0600"))
    assert raw.startswith(outlook.OLE_MAGIC)
    assert len(raw) % 512 == 0


# -- rebuild -----------------------------------------------------------------------------------


def test_rebuild_replaces_the_mime_headers_of_the_original() -> None:
    headers = (
        "Microsoft Mail Internet Headers Version 2.0\r\n"
        "From: a@example.org\r\nSubject: =?utf-8?q?caf=C3=A9?=\r\n"
        "Content-Type: multipart/alternative;\r\n boundary=xyz\r\n"
        "Content-Transfer-Encoding: base64\r\nMIME-Version: 1.0\r\n\r\n"
    )
    data = rebuild(OutlookMessage(headers, plain="héllo\r\n", html=b"<p>h\xc3\xa9llo</p>"))
    message = BytesParser(policy=policy.default).parsebytes(data)
    assert isinstance(message, EmailMessage)
    assert message["Subject"] == "café"
    assert message.get_content_type() == "multipart/alternative"
    assert message.get_all("Content-Transfer-Encoding") is None
    plain = message.get_body(("plain",))
    html = message.get_body(("html",))
    assert plain is not None and plain.get_content() == "héllo\r\n"
    assert html is not None and html.get_content() == "<p>héllo</p>"


def test_rebuild_without_headers_encodes_properties() -> None:
    data = rebuild(
        OutlookMessage(
            None,
            subject="Réunion",
            sender="Zoë <z@example.org>",
            date=WHEN,
            message_id="<1@x>",
            plain="hi",
            attached=[b"Subject: inner\n\nx\n"],
        )
    )
    message = BytesParser(policy=policy.default).parsebytes(data)
    assert message["Subject"] == "Réunion"
    assert message["Message-ID"] == "<1@x>"
    assert message.get_content_type() == "multipart/mixed"
    kinds = [p.get_content_type() for p in message.iter_parts()]
    assert kinds == ["text/plain", "message/rfc822"]


# -- .pst / .ost through pypff's interface ----------------------------------------------------


class FakeAttachment:
    def __init__(self, inner: FakeMessage | None = None, name: str = "", data: bytes = b""):
        self.inner, self.name, self.data = inner, name, data

    def get_number_of_sub_items(self) -> int:
        return 1 if self.inner is not None else 0

    def get_sub_item(self, index: int) -> FakeMessage:
        assert self.inner is not None and index == 0
        return self.inner

    def get_long_filename(self) -> str:
        return self.name

    def get_size(self) -> int:
        return len(self.data)

    def read_buffer(self, size: int) -> bytes:
        return self.data[:size]


class FakeMessage:
    """A message as pypff gives it: transport headers, bodies as UTF-8 bytes, attachments."""

    bodies_read: list[str]

    def __init__(self, data: bytes, log: list[str], *, headers: bool = True) -> None:
        parsed = BytesParser(policy=policy.default).parsebytes(data)
        assert isinstance(parsed, EmailMessage)
        self.log = log
        head = data.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0].decode("utf-8", "replace")
        self.headers = head.replace("\n", "\r\n") + "\r\n\r\n" if headers else None
        self.subject = str(parsed.get("Subject", ""))
        plain = parsed.get_body(("plain",))
        html = parsed.get_body(("html",))
        self.plain = plain.get_content().encode("utf-8") if plain is not None else None
        self.html = html.get_content().encode("utf-8") if html is not None else None
        self.attachments = [
            FakeAttachment(FakeMessage(p.get_payload(0).as_bytes(), log))  # type: ignore[union-attr]
            for p in parsed.iter_attachments()
            if p.get_content_type() == "message/rfc822"
        ]

    def get_transport_headers(self) -> str | None:
        return self.headers

    def get_subject(self) -> str:
        return self.subject

    def get_sender_name(self) -> str:
        return "Sender"

    def get_client_submit_time(self) -> datetime:
        return WHEN

    def get_plain_text_body(self) -> bytes | None:
        self.log.append(self.subject)
        return self.plain

    def get_html_body(self) -> bytes | None:
        return self.html

    def get_number_of_attachments(self) -> int:
        return len(self.attachments)

    def get_attachment(self, index: int) -> FakeAttachment:
        return self.attachments[index]


class FakeFolder:
    def __init__(self, name: str, messages: list[FakeMessage], folders: list[FakeFolder]):
        self.name, self.messages, self.folders = name, messages, folders

    def get_name(self) -> str:
        return self.name

    def get_number_of_sub_messages(self) -> int:
        return len(self.messages)

    def get_sub_message(self, index: int) -> FakeMessage:
        return self.messages[index]

    def get_number_of_sub_folders(self) -> int:
        return len(self.folders)

    def get_sub_folder(self, index: int) -> FakeFolder:
        return self.folders[index]


class FakePff:
    """Stands in for the ``pypff`` module: ``pypff.file()`` opens a fake data file."""

    def __init__(self, root: FakeFolder) -> None:
        self.root, self.opened = root, 0

    def file(self) -> FakePff:
        return self

    def open(self, path: str) -> None:
        self.opened += 1

    def close(self) -> None:
        pass

    def get_root_folder(self) -> FakeFolder:
        return self.root


def pst_file(path: Path) -> Path:
    path.write_bytes(b"!BDN" + bytes(60_000))
    return path


def mailbox_fake(log: list[str]) -> FakePff:
    inner = edition("20260901-0600", seed=3)
    fwd = forward_message(inner, subject_for("20260901-0600"), date=WHEN)
    inbox = FakeFolder(
        "Inbox",
        [FakeMessage(m, log) for m in noise(5)]
        + [FakeMessage(edition("20261101-0600"), log), FakeMessage(fwd, log)],
        [FakeFolder("tld-ops", [FakeMessage(edition("20261001-0600", seed=2), log)], [])],
    )
    sent = FakeFolder("Sent Items", [FakeMessage(m, log, headers=False) for m in noise(3, 9)], [])
    top = FakeFolder("Top of Personal Folders", [], [inbox, sent])
    return FakePff(FakeFolder("", [], [top]))


def test_pst_finds_editions_reading_only_candidates(tmp_path: Path) -> None:
    log: list[str] = []
    fake = mailbox_fake(log)
    control = ScanControl()
    items = list(scan_pff(pst_file(tmp_path / "archive.pst"), control, pff=fake))
    assert [i for i in items if isinstance(i, ScanProblem)] == []
    found = [
        e for i in items if isinstance(i, Candidate) for e in examine(i.data, i.source).editions
    ]
    assert sorted((e.stamp, e.container, e.trusted) for e in found) == [
        ("20260901-0600", "forward", True),
        ("20261001-0600", "message", True),
        ("20261101-0600", "message", True),
    ]
    assert control.stats.messages_scanned == 11
    assert len(log) == 4  # bodies read: the two editions, the forward and the message it holds
    sources = [i.source for i in items if isinstance(i, Candidate)]
    assert any("Top of Personal Folders/Inbox/tld-ops #0" in s for s in sources)


def test_pst_edition_matches_the_eml(tmp_path: Path) -> None:
    data = edition("20261101-0600", html="alternative", encoding="quoted-printable")
    fake = FakePff(FakeFolder("", [FakeMessage(data, [])], []))
    items = list(scan_pff(pst_file(tmp_path / "x.ost"), ScanControl(), pff=fake))
    (candidate,) = [i for i in items if isinstance(i, Candidate)]
    assert shape(examine(candidate.data, "x").editions) == shape(editions_of(data))


def test_unchanged_pst_is_not_opened(tmp_path: Path) -> None:
    fake = mailbox_fake([])
    path = pst_file(tmp_path / "archive.pst")
    first = ScanControl()
    list(scan_pff(path, first, pff=fake))
    again = ScanControl(marks_in=dict(first.marks_out))
    assert list(scan_pff(path, again, pff=fake)) == []
    assert fake.opened == 1
    assert again.stats.unchanged == [str(path)]
    with open(path, "ab") as stream:  # Outlook wrote to it
        stream.write(b"\0" * 512)
    later = ScanControl(marks_in=dict(first.marks_out))
    assert len([i for i in scan_pff(path, later, pff=fake) if isinstance(i, Candidate)]) == 3
    assert fake.opened == 2


def test_pst_needs_the_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(outlook, "import_pypff", lambda: None)
    (problem,) = problems([pst_file(tmp_path / "archive.pst")])
    assert (problem.code, problem.detail) == ("needs-extra", outlook.EXTRA_HINT)
    assert "tldops-desktop[outlook]" in problem.detail


def test_pst_import_end_to_end(
    tmp_path: Path, passphrase: str, run_cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = mailbox_fake([])
    monkeypatch.setattr(outlook, "import_pypff", lambda: fake)
    (tmp_path / "Outlook Files").mkdir()
    path = pst_file(tmp_path / "Outlook Files" / "archive.pst")
    report = run_cli("import", path, "--json").json()
    assert report["imported"] == ["20260901-0600", "20261001-0600", "20261101-0600"]
    assert report["errors"] == []
    again = run_cli("import", path, "--json").json()
    assert again["unchanged_sources"] == [str(path)]
    assert fake.opened == 1


def test_real_pypff_interface_and_errors(tmp_path: Path) -> None:
    pypff = pytest.importorskip(
        "pypff", reason="libpff-python is not installed: pip install 'tldops-desktop[outlook]'"
    )
    used = {
        pypff.file: ["open", "close", "get_root_folder"],
        pypff.folder: ["get_name", "get_number_of_sub_messages", "get_sub_message",
                       "get_number_of_sub_folders", "get_sub_folder"],
        pypff.message: ["get_transport_headers", "get_subject", "get_sender_name",
                        "get_plain_text_body", "get_html_body", "get_client_submit_time",
                        "get_number_of_attachments", "get_attachment"],
        pypff.attachment: ["get_number_of_sub_items", "get_sub_item", "get_long_filename",
                           "get_size", "read_buffer"],
    }  # fmt: skip
    for cls, names in used.items():
        for name in names:
            assert hasattr(cls, name), f"pypff.{cls.__name__}.{name}"
            fake = {pypff.file: FakePff, pypff.folder: FakeFolder, pypff.message: FakeMessage,
                    pypff.attachment: FakeAttachment}[cls]  # fmt: skip
            assert hasattr(fake, name), f"the fake lacks {name}"
    broken = tmp_path / "broken.pst"
    broken.write_bytes(b"!BDN" + b"junk" * 1000)
    (problem,) = problems([broken])
    assert problem.code == "unreadable"
    assert "unable to open file" in problem.detail


def test_real_pst_file() -> None:
    pytest.skip(
        "no .pst fixture: nothing available here writes one (libpff-python reads only, and no "
        "PST writer is packaged for Linux); the reader is tested through pypff's interface above"
    )
