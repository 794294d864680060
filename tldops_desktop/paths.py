"""Where data lives: platformdirs' user data dir, or --data-dir / TLDOPS_DATA_DIR."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import platformdirs

APP_NAME = "tldops-desktop"
DATA_DIR_ENV = "TLDOPS_DATA_DIR"
DATABASE_NAME = "tldops.db"
KEYINFO_NAME = "keyinfo.json"
BACKUP_DIR_NAME = "backups"
LOG_DIR_NAME = "logs"


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
