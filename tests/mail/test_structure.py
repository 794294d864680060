"""Skipping base64 bodies by the MIME structure splits an mbox exactly as searching every byte.

The reference splitter here searches every byte for the separator after each header block,
as the scan did before it read structures; generated mailboxes mix what makes that hard:
base64 attachments, text parts with unquoted "From " lines (mboxo), messages cut short in the
middle of an attachment (a crashed client), nested multiparts, forwards, CRLF, and chunk
boundaries anywhere.
"""

from __future__ import annotations

import base64
import random
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tldops_desktop.mail import mbox_split
from tldops_desktop.mail.candidates import Verdict, classify, header_end
from tldops_desktop.mail.scan import scan
from tldops_desktop.mail.scan_items import Candidate
from tldops_desktop.mail.structure import (
    MBOX_SEPARATOR,
    find_delimiter,
    has_attached_message,
    separator_free_extent,
)

EDITION_SUBJECT = b"TLD-OPS Incident Response Community Repository <20261101-0600>"


def _reference_split(data: bytes) -> list[tuple[int, int]]:
    """(start, end) of each message: the separator searched for after each header block, a
    "From " line with a date in it (a body's "From the desk of ..." is not one)."""
    messages, start = [], 0
    while start < len(data):
        end = header_end(data, start)
        end = len(data) if end < 0 else end
        separator = data.find(MBOX_SEPARATOR, end - 1)
        while separator >= 0 and not _TIME.search(_line_at(data, separator + 1)):
            separator = data.find(MBOX_SEPARATOR, separator + 1)
        stop = len(data) if separator < 0 else separator + 1
        messages.append((start, stop))
        start = stop
    return messages


_TIME = re.compile(rb"[0-9]:[0-9][0-9]|(?<![0-9])(?:19|20)[0-9][0-9]\s*$")  # or a closing year


def _line_at(data: bytes, start: int) -> bytes:
    end = data.find(b"\n", start)
    return data[start : len(data) if end < 0 else end]


def _reference_candidates(data: bytes) -> list[int]:
    found = []
    for start, stop in _reference_split(data):
        end = header_end(data, start)
        verdict = classify(data[start : len(data) if end < 0 else end])
        if verdict is Verdict.YES or (
            verdict is Verdict.IF_ATTACHED and has_attached_message(data, start, stop)
        ):
            found.append(start)
    return found


def _text(rng: random.Random, *, from_line: bool) -> bytes:
    lines = [b"Hello all, " * rng.randint(1, 4) for _ in range(rng.randint(1, 6))]
    if from_line:  # an mboxo writer left it unquoted: readers split there
        lines.insert(rng.randrange(len(lines) + 1), b"From the desk of the registry")
    return b"\n".join(lines) + b"\n"


def _attachment(rng: random.Random) -> bytes:
    payload = base64.encodebytes(rng.randbytes(rng.choice((60, 3000, 20000))))
    return (
        b"Content-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n\n" + payload
    )


def _part(rng: random.Random, depth: int) -> bytes:
    kind = rng.choice(("text", "attachment", "attachment", "forward", "nested"))
    if kind == "text":
        return b"Content-Type: text/plain\n\n" + _text(rng, from_line=rng.random() < 0.3)
    if kind == "attachment":
        return _attachment(rng)
    if kind == "forward":
        return b"Content-Type: message/rfc822\n\nSubject: " + EDITION_SUBJECT + b"\n\nbody\n"
    if depth > 2:
        return _attachment(rng)
    boundary = f"inner-{rng.randrange(10**6)}".encode()
    parts = [_part(rng, depth + 1) for _ in range(rng.randint(1, 3))]
    return _multipart(b"alternative", boundary, parts, closed=rng.random() < 0.9)


def _multipart(subtype: bytes, boundary: bytes, parts: list[bytes], *, closed: bool) -> bytes:
    out = [b"Content-Type: multipart/" + subtype + b'; boundary="' + boundary + b'"\n\n']
    out.append(b"This is a multi-part message in MIME format.\n")
    for part in parts:
        out.append(b"--" + boundary + b"\n" + part)
    if closed:
        out.append(b"--" + boundary + b"--\n")
    return b"".join(out)


def _message(rng: random.Random, n: int) -> bytes:
    head = f"From sender{n}@example.org Mon Nov  2 06:00:00 2026\nFrom: a@example.org\n".encode()
    choice = rng.random()
    if choice < 0.2:
        return head + b"Subject: lunch\n\n" + _text(rng, from_line=rng.random() < 0.3)
    if choice < 0.3:
        return head + b"Subject: " + EDITION_SUBJECT + b"\n\n" + _text(rng, from_line=False)
    subtype = rng.choice((b"mixed", b"mixed", b"related", b"alternative"))
    parts = [_part(rng, 0) for _ in range(rng.randint(1, 4))]
    body = _multipart(subtype, f"outer-{n}".encode(), parts, closed=rng.random() < 0.9)
    message = head + b"Subject: fwd\nMIME-Version: 1.0\n" + body
    if rng.random() < 0.15:  # cut short, as a client that crashed while writing it leaves it
        message = message[: rng.randrange(len(head) + 40, len(message))]
    return message


def _mailbox(seed: int, count: int, *, crlf: bool) -> bytes:
    rng = random.Random(seed)
    data = b"\n".join(_message(rng, n) for n in range(count)) + b"\n"
    return data.replace(b"\n", b"\r\n") if crlf else data


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.integers(0, 10**9),
    count=st.integers(1, 12),
    crlf=st.booleans(),
    chunk=st.sampled_from([97, 1024, 8192, 1 << 20]),
)
def test_scan_splits_and_picks_as_searching_every_byte(
    tmp_path_factory: pytest.TempPathFactory, seed: int, count: int, crlf: bool, chunk: int
) -> None:
    data = _mailbox(seed, count, crlf=crlf)
    path = tmp_path_factory.mktemp("mbox") / "box.mbox"
    path.write_bytes(data)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(mbox_split, "CHUNK_BYTES", chunk)
        found = [c for c in scan([str(path)]) if isinstance(c, Candidate)]
    offsets = [int(c.source.rsplit("@ ", 1)[1]) for c in found]
    assert offsets == _reference_candidates(data)
    split = dict(_reference_split(data))
    for candidate, start in zip(found, offsets, strict=True):
        message = data[start : split[start]]
        assert candidate.data == message.split(b"\n", 1)[1]  # the "From " line dropped


@given(seed=st.integers(0, 10**9), crlf=st.booleans())
@settings(max_examples=300, deadline=None)
def test_no_separator_begins_before_the_extent(seed: int, crlf: bool) -> None:
    rng = random.Random(seed)
    message = _message(rng, 1)
    message = message.replace(b"\n", b"\r\n") if crlf else message
    data = message + (b"\r\n" if crlf else b"\n") + _message(rng, 2)
    body = header_end(data, 0)
    limit = rng.randrange(body, len(data) + 1)  # as much as a chunk holds
    extent, held = separator_free_extent(data, 0, body, limit)
    assert body - 1 <= extent <= limit
    first = data.find(MBOX_SEPARATOR, body - 1)
    assert first < 0 or first >= extent
    if held is not None:  # the structure was read whole: it agrees with reading to the end
        stop = len(data) if first < 0 else first + 1
        assert held == has_attached_message(data, 0, stop)


def test_an_attachment_is_skipped_by_structure_not_searched(tmp_path: Path) -> None:
    rng = random.Random(1)
    data = (
        b"From x Mon Nov  2 06:00:00 2026\nSubject: report\n"
        + _multipart(b"mixed", b"b1", [_attachment(rng), _attachment(rng)], closed=True)
        + b"\nFrom y Mon Nov  2 06:00:00 2026\nSubject: next\n\nhi\n"
    )
    body = header_end(data, 0)
    extent, held = separator_free_extent(data, 0, body, len(data))
    assert data[extent:].startswith(b"\n\nFrom y") or data[extent:].startswith(b"\nFrom y")
    assert held is False


@settings(max_examples=500, deadline=None)
@given(
    data=st.lists(
        st.sampled_from([b"-", b"--", b"\n", b"\n--b", b"\n--b1", b"b1", b"A", b" "])
    ).map(b"".join),
    boundary=st.sampled_from([b"b", b"b1", b"-", b"--b1"]),
    start=st.integers(0, 40),
    stop=st.integers(0, 60),
)
def test_the_delimiter_is_found_where_bytes_find_finds_it(
    data: bytes, boundary: bytes, start: int, stop: int
) -> None:
    delimiter = b"\n--" + boundary
    assert find_delimiter(data, delimiter, start, stop) == data.find(delimiter, start, stop)
