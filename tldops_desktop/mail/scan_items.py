"""What a scan of mailboxes gives back (candidate messages, problems, parts of a large mbox
for workers), how it is steered and counted, and the limits it keeps to."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from tldops_desktop.errors import Cancelled

if TYPE_CHECKING:
    from tldops_desktop.mail.message import MessageResult

MAX_MESSAGE_BYTES = 32 * 1024 * 1024  # an edition is ~250 KB; a digest a few MB
MAX_HEADER_BYTES = 256 * 1024


@dataclass(frozen=True, slots=True)
class Candidate:
    """A message that may hold an edition, with where it was found."""

    source: str  # "path" or "path @ byte offset" for a message inside an mbox
    data: bytes


@dataclass(frozen=True, slots=True)
class ScanProblem:
    source: str
    code: str  # "unreadable" | "not-found" | "not-mail" | "too-large" | "header-too-large" | ...
    detail: str = ""


@dataclass(frozen=True, slots=True)
class MboxRange:
    """Part of a large mbox, from one message's "From " line to another's: a worker process
    scans it (and examines its candidates) while this process reads the rest."""

    path: str
    start: int
    end: int
    mmdf: bool = False  # an MMDF mailbox's part, read as the mbox it makes


ScanItem = Candidate | ScanProblem | MboxRange


@dataclass(frozen=True, slots=True)
class PartProgress:
    """How far a worker got in a part (sent now and then, before the part's outcome); also
    what the pool tells of everything not given back yet."""

    bytes_scanned: int = 0
    messages_scanned: int = 0
    editions: int = 0


@dataclass(frozen=True, slots=True)
class PartOutcome:
    """What a worker found in one part of an mbox: the results of examining its candidates
    and its scan problems, in file order, and its counts."""

    outcomes: tuple[MessageResult | ScanProblem, ...]
    messages_scanned: int
    bytes_scanned: int
    candidates: int


@dataclass
class ScanStats:
    bytes_total: int = 0
    bytes_scanned: int = 0
    messages_scanned: int = 0
    candidates: int = 0
    files: int = 0
    unchanged: list[str] = field(default_factory=list)  # mailboxes skipped by their mark


@dataclass(frozen=True, slots=True)
class SourceMark:
    """What a scan of an mbox file read: enough to skip it, or read only what was appended.

    Mail clients only ever append to an mbox (or rewrite it whole when compacting, which
    changes its first bytes or shrinks it): so an unchanged head and a size at least the
    one read means the bytes read before are still there, as read.
    """

    path: str
    size: int
    mtime_ns: int
    head_hash: str


@dataclass
class ScanControl:
    """Progress reporting and cancellation, polled between chunks and files."""

    on_progress: Callable[[ScanStats], None] | None = None
    is_cancelled: Callable[[], bool] = lambda: False
    stats: ScanStats = field(default_factory=ScanStats)
    marks_in: dict[str, SourceMark] = field(default_factory=dict)  # from earlier scans
    marks_out: dict[str, SourceMark] = field(default_factory=dict)  # of this scan
    # Into how many parts to cut an mbox with this many bytes left to read: all but the last
    # are given back as ``MboxRange`` items, for workers (see ``services.importer``).
    parts_for: Callable[[int], int] = lambda size: 1
    # Folder listings the size estimate read, by real path: the scan uses them, not anew.
    listings: dict[str, tuple[list[str], SourceMark]] = field(default_factory=dict)
    folders_read: set[str] = field(default_factory=set)  # real paths, against link loops

    def tick(self) -> None:
        if self.is_cancelled():
            raise Cancelled
        if self.on_progress is not None:
            self.on_progress(self.stats)


class Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...
