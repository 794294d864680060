"""Bounded work: huge and hostile messages are reported and skipped, in bounded memory.

One mbox holds, between good editions: a 200 MiB message with an edition's subject, a
message of a million lines, 1,000 nested multiparts around an attached edition, and a
subject header of a megabyte. A real ``tldops import`` must finish (no timing is asserted,
only completion), import the good editions, name each hostile message in its report, and
stay under a generous peak RSS (measured by ``wait4`` for that process alone).
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import LAYOUT_A, LAYOUT_B
from tests.reliability.support import child_env, cli_command, run_measured

MAX_RSS_MIB = 300
HEAD = (
    b"From: TLD-OPS Repository via tld-ops <tld-ops@lists.dns-oarc.net>\n"
    b"To: tld-ops@lists.dns-oarc.net\n"
    b"Sender: tld-ops-bounces@lists.dns-oarc.net\n"
    b"List-Id: TLD-OPS <tld-ops.lists.dns-oarc.net>\n"
    b"Subject: [tld-ops] TLD-OPS Incident Response Community Repository <20261201-0600>\n"
)
SEPARATOR = b"From MAILER-DAEMON Tue Nov 24 11:27:11 2026\n"


def _huge(out: object, mib: int) -> None:
    write = out.write  # type: ignore[attr-defined]
    write(SEPARATOR + HEAD + b"Message-ID: <huge@x>\nContent-Type: text/plain\n\n")
    line = b".nl Netherlands (EU) Name: A Email: a@nic.nl Phone: +31 6 1234 5678 xxxxxxxx\n"
    block = line * (2**20 // len(line) + 1)
    for _ in range(mib):
        write(block[: 2**20])
    write(b"\n")


def _million_lines(out: object) -> None:
    write = out.write  # type: ignore[attr-defined]
    write(SEPARATOR + HEAD + b"Message-ID: <lines@x>\nContent-Type: text/plain\n\n")
    write(b".nl Netherlands (EU)\n" + b"Name: A\n" * 1_000_000 + b"\n")


def _deep(out: object, depth: int = 1000) -> None:
    write = out.write  # type: ignore[attr-defined]
    write(SEPARATOR + b"From: someone@example.net\nSubject: nested\nMessage-ID: <deep@x>\n")
    write(b"MIME-Version: 1.0\n")
    for level in range(depth):
        write(b'Content-Type: multipart/mixed; boundary="b%d"\n\n--b%d\n' % (level, level))
    write(b"Content-Type: message/rfc822\n\n" + HEAD + b"Message-ID: <deep-inner@x>\n\n")
    write(b".nl Netherlands (EU)\nName: A\nEmail: a@nic.nl\nPhone: +31 6 12345678\n")
    for level in reversed(range(depth)):
        write(b"\n--b%d--\n" % level)
    write(b"\n")


def _long_subject(out: object) -> None:
    write = out.write  # type: ignore[attr-defined]
    write(SEPARATOR + b"From: someone@example.net\nMessage-ID: <subject@x>\n")
    write(b"Subject: [tld-ops] TLD-OPS Incident Response Community Repository " + b"A " * 2**19)
    write(b"<20261201-0600>\n\nbody\n\n")


def _good(out: object, path: Path) -> None:
    data = path.read_bytes().replace(b"\r\n", b"\n")
    out.write(SEPARATOR + data.replace(b"\nFrom ", b"\n>From ") + b"\n")  # type: ignore[attr-defined]


def test_huge_and_hostile_messages_are_skipped_in_bounded_memory(tmp_path: Path) -> None:
    mbox = tmp_path / "hostile.mbox"
    try:
        with mbox.open("wb") as out:
            _good(out, LAYOUT_B)
            _huge(out, 200)
            _million_lines(out)
            _deep(out)
            _long_subject(out)
            _good(out, LAYOUT_A)
        assert mbox.stat().st_size > 200 * 2**20
        done = run_measured(
            cli_command("--data-dir", tmp_path / "data", "import", mbox, "--json"),
            child_env(tmp_path),
            tmp_path,
        )
    finally:
        mbox.unlink(missing_ok=True)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert sorted(report["imported"]) == ["20261001-0600", "20261101-0600"]
    problems = {(e.get("message_id") or e["source"], e["code"]) for e in report["errors"]}
    codes = [code for _, code in problems]
    assert codes.count("too-large") >= 2, problems  # 200 MiB; a million lines
    assert "too-deep" in codes or "unparsable" in codes, problems  # 1,000 nested multiparts
    assert "header-too-large" in codes, problems
    print(f"peak RSS {done.max_rss_mib:.0f} MiB")
    assert done.max_rss_mib < MAX_RSS_MIB, f"peak RSS {done.max_rss_mib:.0f} MiB"
    assert b"Traceback" not in done.stderr
