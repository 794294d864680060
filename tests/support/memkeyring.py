"""Keyring backends for tests: one in memory, one in a file (for CLI subprocesses).

Never used by the application: the app refuses plaintext keyrings.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.items.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


class FileKeyring(KeyringBackend):
    """A keyring kept in $TLDOPS_TEST_KEYRING_FILE, so that subprocesses share it."""

    priority = 1

    @property
    def _path(self) -> Path:
        return Path(os.environ["TLDOPS_TEST_KEYRING_FILE"])

    def _load(self) -> dict[str, str]:
        try:
            return dict(json.loads(self._path.read_text()))
        except FileNotFoundError:
            return {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        items = self._load()
        items[f"{service}/{username}"] = password
        self._path.write_text(json.dumps(items))

    def delete_password(self, service: str, username: str) -> None:
        items = self._load()
        if items.pop(f"{service}/{username}", None) is None:
            raise PasswordDeleteError(username)
        self._path.write_text(json.dumps(items))


class HangingKeyring(MemoryKeyring):
    """A keyring whose get_password never answers (an unlock prompt nobody answers, a locked
    Secret Service on a headless session) until ``release`` is set: in a subprocess, never."""

    release = threading.Event()

    def get_password(self, service: str, username: str) -> str | None:
        self.release.wait()
        return super().get_password(service, username)


class SlowFileKeyring(FileKeyring):
    """A ``FileKeyring`` whose first ``set_password`` waits until ``release`` is set (an
    unlock prompt being answered), having set ``entered``: another process can act meanwhile."""

    entered = threading.Event()
    release = threading.Event()

    def set_password(self, service: str, username: str, password: str) -> None:
        if not self.release.is_set():
            self.entered.set()
            self.release.wait(timeout=60)
        super().set_password(service, username, password)
