"""``tldops import`` says how far it has read on a terminal's stderr, and only there."""

from __future__ import annotations

import io
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, SMALL_MBOX
from tldops_desktop.cli_progress import TerminalProgress, progress_text
from tldops_desktop.mail.scan_items import ScanStats


def test_the_line_says_what_is_read_of_what_and_what_was_found() -> None:
    stats = ScanStats(bytes_total=4 * 2**30, bytes_scanned=3 * 2**29, messages_scanned=120345)
    assert progress_text(stats, 24) == (
        "Reading mail: 1.5 GiB of 4.0 GiB (37%) · 120,345 messages · 24 editions found"
    )
    assert progress_text(ScanStats(bytes_scanned=2048, messages_scanned=1), 1) == (
        "Reading mail: 2.0 KiB · 1 message · 1 edition found"  # standard input: no total
    )
    done = ScanStats(bytes_total=2**20, bytes_scanned=2**20, messages_scanned=50110)
    assert progress_text(done, 97) == ("All 50,110 messages read · reading the editions found: 97…")


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_line_is_overwritten_in_place_and_wiped_at_the_end(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TERM", "xterm")
    monkeypatch.setenv("COLUMNS", "40")  # a narrow terminal: the line is cut, never wrapped
    stream = Terminal()
    progress = TerminalProgress.for_stream(stream)
    assert progress is not None
    progress.interval = 0
    progress(ScanStats(bytes_total=100, bytes_scanned=10, messages_scanned=3), 0)
    progress(ScanStats(bytes_total=100, bytes_scanned=50, messages_scanned=9), 1)
    progress.clear()
    written = stream.getvalue()
    lines = written.split("\r")[1:]
    assert len(lines) == 3 and lines[-1] == "\x1b[K"
    assert all(len(line.removesuffix("\x1b[K")) < 40 for line in lines)
    assert lines[1].startswith("Reading mail: 50 B of 100 B (50%)")


def test_no_line_where_stderr_is_no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    assert TerminalProgress.for_stream(io.StringIO()) is None
    monkeypatch.setenv("TERM", "dumb")
    assert TerminalProgress.for_stream(Terminal()) is None


def test_a_real_import_on_a_terminal_shows_it_and_its_report_stays_clean(tmp_path: Path) -> None:
    """stderr on a pseudo-terminal, stdout on a pipe (``--json`` read by a script)."""
    leader, follower = pty.openpty()
    env = {**os.environ, "TLDOPS_PASSPHRASE": PASSPHRASE, "TERM": "xterm"}
    command = [sys.executable, "-m", "tldops_desktop.cli", "--data-dir", str(tmp_path / "d")]
    process = subprocess.Popen(
        [*command, "import", str(SMALL_MBOX), "--json"],
        stdout=subprocess.PIPE,
        stderr=follower,
        env=env,
    )
    os.close(follower)
    out, _ = process.communicate(timeout=120)
    terminal = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the other end closed: all read
            break
        if not chunk:
            break
        terminal += chunk
    os.close(leader)
    assert process.returncode == 0
    assert b"Reading mail: " in terminal and terminal.endswith(b"\r\x1b[K")
    assert out.startswith(b"{") and b"Reading mail" not in out

    piped = subprocess.run(
        [*command, "import", str(SMALL_MBOX)],
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert piped.returncode == 0 and piped.stderr == b""
