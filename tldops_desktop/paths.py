"""Where data lives: platformdirs' user data dir, or --data-dir / TLDOPS_DATA_DIR; and how a
path is shown."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path

import platformdirs

APP_NAME = "tldops-desktop"
DATA_DIR_ENV = "TLDOPS_DATA_DIR"
DATABASE_NAME = "tldops.db"
KEYINFO_NAME = "keyinfo.json"
BACKUP_DIR_NAME = "backups"
LOG_DIR_NAME = "logs"


def shown_path(path: str) -> str:
    """A path (or a report's source, "path @ offset", "archive!member") as text to show, in
    the CLI's text and JSON and in the app alike. A file name's bytes that are not UTF-8 (a
    folder "Gel\xf6scht" made under a Latin-1 locale) reach Python as lone surrogates
    (``os.fsdecode``: "Gel\udcf6scht"), which no UTF-8 text or JSON can hold; each is shown
    as its byte escaped, "Gel\\xf6scht", as ``ls -b`` and Python show it: readable, and one
    such name told from another. A file is opened by its path as it was, never by this text."""
    if path.isascii():
        return path
    return _LONE_SURROGATE.sub(_escaped, path)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\u{code:04x}"  # (a Windows name's lone UTF-16 half)


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_data_dir(
    explicit: str | os.PathLike[str] | None, env: Mapping[str, str] | None = None
) -> Path:
    """The data dir: an explicit choice, else $TLDOPS_DATA_DIR, else the platform's."""
    environ = os.environ if env is None else env
    if explicit:
        return Path(explicit).expanduser()
    if environ.get(DATA_DIR_ENV):
        return Path(environ[DATA_DIR_ENV]).expanduser()
    return default_data_dir()


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
