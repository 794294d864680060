"""Taking an edition out of the database: one imported by mistake (an untrusted copy imported
on request, say). A backup is taken first, so ``tldops restore`` brings it back."""

from __future__ import annotations

from tldops_desktop.errors import NotFoundError
from tldops_desktop.storage.backup import BackupInfo, take_backup
from tldops_desktop.storage.lock import WriterLock
from tldops_desktop.storage.repository import Repository


def forget_edition(repo: Repository, stamp: str) -> BackupInfo:
    """Remove edition ``stamp``; the backup taken just before."""
    stamp = stamp.strip()
    with WriterLock(repo.db.path.parent):
        if not repo.has_edition(stamp):
            raise NotFoundError(
                f"There is no edition {stamp} (see: tldops editions).", code="no-such-edition"
            )
        backup = take_backup(repo.db, edition=repo.current_stamp())
        repo.forget_edition(stamp)
    return backup
