"""An unlocked data folder: its database, key and repository, opened and closed as one."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tldops_desktop.errors import UserError
from tldops_desktop.paths import DATABASE_NAME, KEYINFO_NAME
from tldops_desktop.storage.db import Database, ensure_private_dir
from tldops_desktop.storage.keys import (
    KeyInfo,
    KeySource,
    keyring_user_for,
    read_keyinfo,
    write_keyinfo,
)
from tldops_desktop.storage.repository import Repository


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_NAME


def database_exists(data_dir: Path) -> bool:
    return database_path(data_dir).exists()


@dataclass
class Store:
    data_dir: Path
    db: Database
    repo: Repository
    key_info: KeyInfo

    @property
    def read_only(self) -> bool:
        """Opened from a folder that cannot be written: search, show and export work; an
        import, a restore or a new key would not."""
        return self.db.read_only

    @classmethod
    def open(
        cls, data_dir: Path, keys: KeySource, *, create: bool = False, read_only_ok: bool = False
    ) -> Store:
        """Open (or, with ``create``, make) the database in ``data_dir``.

        Nothing is created unless a key could be obtained; a wrong key touches no file. With
        ``read_only_ok``, a data folder that cannot be written (a disk remounted read-only
        after a fault) is opened read-only, so that its contacts can still be read.
        """
        path = database_path(data_dir)
        if path.exists():
            info = read_keyinfo(data_dir) or KeyInfo("keyring", keyring_user_for(data_dir))
            key = keys.key_for_existing(data_dir, info)
            try:
                db = Database.open(path, key)
            except UserError as exc:
                if not read_only_ok or exc.code != "not-writable":
                    raise
                db = Database.open_read_only(path, key)
            return cls(data_dir, db, Repository(db), info)
        if not create:
            raise UserError(
                f"There are no contacts in {data_dir} yet. Import a repository email first: "
                "tldops import PATH (an mbox, Maildir, MH folder or .eml file).",
                code="no-database",
            )
        key, info = keys.key_for_new(data_dir)
        ensure_private_dir(data_dir)
        try:
            # keyinfo.json first: a database file never exists without it saying how it is
            # keyed (a crash between the two would otherwise leave a file no key opens).
            write_keyinfo(data_dir, info)
            db = Database.open(path, key, create=True)
        except BaseException:
            if info.mode == "keyring":
                keys.keyring.delete(info.keyring_user)
            if not path.exists():
                (data_dir / KEYINFO_NAME).unlink(missing_ok=True)
            raise
        return cls(data_dir, db, Repository(db), info)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
