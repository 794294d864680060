"""How far ``tldops import`` has read, on one line of a terminal's stderr.

A mailbox of gigabytes takes a while: a responder at a terminal sees the bytes, the messages and
the editions found so far, overwritten in place. Written only when stderr is a terminal (a cron
job's log, or a pipe, gets nothing), and wiped before the report is printed.
"""

from __future__ import annotations

import os
import shutil
import time
from typing import TextIO

from tldops_desktop.mail.scan_items import ScanStats

INTERVAL_S = 0.1  # at most ten lines a second


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"  # pragma: no cover


def progress_text(stats: ScanStats, editions: int) -> str:
    messages = f"{stats.messages_scanned:,} message{'' if stats.messages_scanned == 1 else 's'}"
    found = f"{editions:,} edition{'' if editions == 1 else 's'} found"
    total = stats.bytes_total
    if 0 < total <= stats.bytes_scanned:
        # Every byte read; the emails found are still being read (by worker processes).
        return f"All {messages} read · reading the editions found: {editions:,}…"
    if total > 0:
        share = min(100, stats.bytes_scanned * 100 // total)
        read = f"{human_size(stats.bytes_scanned)} of {human_size(total)} ({share}%)"
    else:
        read = human_size(stats.bytes_scanned)
    return f"Reading mail: {read} · {messages} · {found}"


class TerminalProgress:
    """A progress callback for ``run_import``; ``clear()`` once it is done."""

    def __init__(self, stream: TextIO, *, interval: float = INTERVAL_S) -> None:
        self.stream = stream
        self.interval = interval
        self._last = 0.0
        self._shown = False

    @classmethod
    def for_stream(cls, stream: TextIO) -> TerminalProgress | None:
        """One for ``stream`` if it is a terminal that can go back to a line's start."""
        if not stream.isatty() or os.environ.get("TERM") == "dumb":
            return None
        return cls(stream)

    def __call__(self, stats: ScanStats, editions: int) -> None:
        now = time.monotonic()
        if now - self._last < self.interval:
            return
        self._last = now
        width = shutil.get_terminal_size().columns
        # Cut to the width: a line that wraps could not be overwritten.
        self.stream.write("\r" + progress_text(stats, editions)[: max(1, width - 1)] + "\x1b[K")
        self.stream.flush()
        self._shown = True

    def clear(self) -> None:
        if self._shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._shown = False
