"""Remembered mail sources: the stores a user imported from or picked, re-checked on request.

Kept in a small JSON file in the data folder (``sources.json``), not in the database, so the
list can be read, shown and edited before the database is unlocked. It holds paths and the
client that keeps them — never contact data. Writes replace the file atomically.

The GUI's "Find my mail", F5 and start-up re-check call ``discover_stores`` and ``recheck``
here; the CLI's ``tldops sources`` and ``tldops import`` (no path) use the same functions.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tldops_desktop.errors import NotFoundError, UserError
from tldops_desktop.fileio import atomic_write
from tldops_desktop.mail.discover import MailStore
from tldops_desktop.mail.discover import discover_stores as _discover
from tldops_desktop.services.import_report import ImportReport
from tldops_desktop.services.importer import ImportOptions, ProgressCallback, run_import
from tldops_desktop.services.store import Store
from tldops_desktop.storage.db import ensure_private_dir

SOURCES_FILE = "sources.json"
FORMAT_VERSION = 1
STDIN = "-"


@dataclass(frozen=True, slots=True)
class Source:
    path: str  # absolute
    client: str = ""  # from discovery, when the user picked a discovered store
    kind: str = ""
    added_at: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"path": self.path, "client": self.client, "kind": self.kind,
                "added_at": self.added_at}  # fmt: skip


def sources_file(data_dir: Path) -> Path:
    return data_dir / SOURCES_FILE


def list_sources(data_dir: Path) -> list[Source]:
    """The remembered sources, in the order they were added."""
    path = sources_file(data_dir)
    try:
        # A path's bytes that are not UTF-8 (a file name on POSIX) were written as they are.
        text = path.read_text(encoding="utf-8", errors="surrogateescape")
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise UserError(
            f"Cannot read the list of remembered mail sources {path}: {exc.strerror or exc}",
            code="sources-unreadable",
        ) from None
    try:
        data = json.loads(text)
        items = data["sources"]
        return [
            Source(
                str(i["path"]),
                str(i.get("client", "")),
                str(i.get("kind", "")),
                str(i.get("added_at", "")),
            )
            for i in items
        ]
    except (ValueError, KeyError, TypeError, AttributeError):
        raise UserError(
            f"The list of remembered mail sources {path} is damaged; remove the file and add "
            "your mailboxes again (tldops sources add PATH).",
            code="sources-damaged",
        ) from None


def source_paths(data_dir: Path) -> list[str]:
    return [s.path for s in list_sources(data_dir)]


def _absolute(path: str | os.PathLike[str]) -> str:
    return os.path.abspath(os.path.expanduser(os.fspath(path)))


def _same(a: str, b: str) -> bool:
    return os.path.normcase(a) == os.path.normcase(b)


def _write(data_dir: Path, sources: list[Source]) -> None:
    ensure_private_dir(data_dir)
    payload = {"version": FORMAT_VERSION, "sources": [s.to_json() for s in sources]}
    text = json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    atomic_write(sources_file(data_dir), text.encode("utf-8", "surrogateescape"))


def add_source(
    data_dir: Path, path: str | os.PathLike[str], *, client: str = "", kind: str = ""
) -> Source:
    """Remember ``path`` (which must exist); a path already remembered is kept as it was."""
    absolute = _absolute(path)
    if not os.path.exists(absolute):
        raise NotFoundError(f"There is no file or folder {absolute}.", code="not-found")
    sources = list_sources(data_dir)
    for source in sources:
        if _same(source.path, absolute):
            return source
    added = Source(absolute, client, kind, datetime.now(UTC).isoformat(timespec="seconds"))
    _write(data_dir, [*sources, added])
    return added


def remove_source(data_dir: Path, path: str | os.PathLike[str]) -> Source:
    """Forget ``path``; a path that is not remembered is a ``NotFoundError``."""
    absolute = _absolute(path)
    sources = list_sources(data_dir)
    kept = [s for s in sources if not _same(s.path, absolute) and s.path != os.fspath(path)]
    if len(kept) == len(sources):
        raise NotFoundError(f"{absolute} is not a remembered mail source.", code="not-remembered")
    _write(data_dir, kept)
    return next(s for s in sources if s not in kept)


def remember(
    data_dir: Path,
    paths: Iterable[str | os.PathLike[str]],
    refused: Iterable[str] = (),
) -> list[Source]:
    """Remember the paths of an import (standard input and missing paths are left out, and
    ``refused``: those the import could not read as mail, so that every later import does
    not report them again)."""
    sources = list_sources(data_dir)
    added: list[Source] = []
    now = datetime.now(UTC).isoformat(timespec="seconds")
    skipped = set(refused)
    for path in paths:
        if os.fspath(path) == STDIN or os.fspath(path) in skipped:
            continue
        absolute = _absolute(path)
        if not os.path.exists(absolute):
            continue
        if any(_same(s.path, absolute) for s in [*sources, *added]):
            continue
        added.append(Source(absolute, added_at=now))
    if added:
        _write(data_dir, [*sources, *added])
    return added


def add_store(data_dir: Path, store: MailStore) -> Source:
    """Remember a store that discovery found and the user picked."""
    return add_source(data_dir, store.path, client=store.client, kind=store.kind)


def discover_stores(home: Path | None = None, os_name: str | None = None) -> list[MailStore]:
    """The mail stores in the standard places of the mail clients (see ``mail.discover``)."""
    return _discover(home, os_name)


def recheck(
    data_dir: Path,
    store: Store,
    options: ImportOptions | None = None,
    *,
    on_progress: ProgressCallback | None = None,
    is_cancelled: Callable[[], bool] = lambda: False,
) -> ImportReport:
    """Import whatever is new in the remembered sources.

    Uses the scan marks (``options.use_marks``, on by default), so a store unchanged since
    the last import is skipped after a ``stat`` (and a hash of its first 64 KiB), and an mbox
    that grew is read only from where the last import stopped. With no remembered sources,
    the report is empty.
    """
    paths = source_paths(data_dir)
    options = options or ImportOptions()
    if not paths:
        return ImportReport(dry_run=options.dry_run)
    return run_import(
        paths, store.repo, options, on_progress=on_progress, is_cancelled=is_cancelled
    )
