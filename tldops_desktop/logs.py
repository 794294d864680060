"""Crash reports: a traceback goes to a log file, never to the user's face."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import platformdirs

from tldops_desktop.paths import APP_NAME


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def write_crash_report(text: str) -> Path:
    """Append ``text`` to the crash log (owner-only) and return its path."""
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = folder / "crash.log"
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    # (a file name's bytes that are not UTF-8 reach a message as lone surrogates: shown escaped)
    with os.fdopen(fd, "a", encoding="utf-8", errors="backslashreplace") as log:
        log.write(f"--- {stamp}\n{text}\n")
    return path
