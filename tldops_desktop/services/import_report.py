"""What an import did, for the report in the CLI (text and JSON) and the app: the editions
stored, passed over or refused and why, the lines not understood, the problems met; and,
when a fault stopped it part-way, what was stored before."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tldops_desktop.errors import UserError

_REFUSED_CODES = (
    "not-found", "dangling-link", "named-pipe", "not-mail", "unreadable", "unpacks-too-much",
)  # fmt: skip


# Problems of an edition found, which was therefore not imported (the others are about a
# path, or a message that may not have been an edition at all).
_EDITION_PROBLEM_CODES = frozenset({
    "truncated", "cut-short", "damaged", "partial-download", "forwarded-inline",
    "subject-not-edition", "outlook-attachment", "attachment-left-out", "no-text-body",
    "body-too-large", "bad-stamp", "no-members", "encrypted",
})  # fmt: skip


# A line not placed is shown in the report's text up to so many characters: a line of several
# KiB (a broken HTML part's markup) would flood a terminal. The JSON keeps it whole.
SHOWN_LINE = 200


def shortened(text: str, limit: int = SHOWN_LINE) -> str:
    """``text`` as the report's text shows it: whole up to ``limit`` characters, else its
    beginning, an ellipsis and how many characters were left out."""
    if len(text) <= limit:
        return text
    left_out = len(text) - limit
    return f"{text[:limit]}… ({left_out} more character{'s' if left_out > 1 else ''})"


@dataclass(frozen=True)
class ProblemCounts:
    """What an import left out, counted for a report's headline."""

    untrusted: int = 0  # editions not sent through the list, not imported
    editions: int = 0  # editions not imported for a problem of their own (cut short, ...)
    conflicts: int = 0  # copies that differ from the edition stored under their stamp
    files: int = 0  # paths that could not be read as mail (missing, not mail, unreadable)
    other: int = 0  # other problems (a message that could not be read)

    def __bool__(self) -> bool:
        return any((self.untrusted, self.editions, self.conflicts, self.files, self.other))


@dataclass
class ImportReport:
    messages_scanned: int = 0
    editions_found: int = 0
    imported: list[str] = field(default_factory=list)
    already_present: list[str] = field(default_factory=list)
    # Of those, the editions stored as another version of the program read them, and now
    # read as this one does (their contacts replaced by this reading).
    reread: list[str] = field(default_factory=list)
    untrusted: list[dict[str, Any]] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    unplaced_lines: list[dict[str, Any]] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)
    notes: list[dict[str, Any]] = field(default_factory=list)
    replies: int = 0
    bytes_scanned: int = 0
    dry_run: bool = False
    unchanged_sources: list[str] = field(default_factory=list)
    # Set when the import failed after its scan (a full disk, say): where it stopped, and
    # what it did not store, beside what the lists above say it did.
    stopped: StopInfo | None = None

    def refused_paths(self) -> list[str]:
        """The paths given that could not be read as mail at all (missing, not mail,
        unreadable): not worth remembering as mail stores."""
        return [
            str(e["source"])
            for e in self.errors
            if e.get("code") in _REFUSED_CODES and " @ " not in str(e.get("source", ""))
        ]

    def problem_counts(self) -> ProblemCounts:
        codes = [str(e.get("code", "")) for e in self.errors]
        return ProblemCounts(
            untrusted=sum(
                1 for u in self.untrusted if not u.get("imported") and not u.get("already_present")
            ),
            editions=sum(1 for code in codes if code in _EDITION_PROBLEM_CODES),
            conflicts=len(self.conflicts),
            files=sum(1 for code in codes if code in _REFUSED_CODES),
            other=sum(
                1 for code in codes if code not in _EDITION_PROBLEM_CODES | set(_REFUSED_CODES)
            ),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "messages_scanned": self.messages_scanned,
            "editions_found": self.editions_found,
            "imported": self.imported,
            "already_present": self.already_present,
            "reread": self.reread,
            "untrusted": self.untrusted,
            "conflicts": self.conflicts,
            "unplaced_lines": self.unplaced_lines,
            "errors": self.errors,
            "notes": self.notes,
            "replies": self.replies,
            "bytes_scanned": self.bytes_scanned,
            "dry_run": self.dry_run,
            "unchanged_sources": self.unchanged_sources,
            "stopped": self.stopped.to_json() if self.stopped else None,
        }


@dataclass
class StopInfo:
    """Where an import that failed after its scan stopped. The report's other lists name
    only what was stored (or found stored) before; these name the rest."""

    code: str
    message: str
    # "backup": nothing written yet; "storing": editions being written; "marks": every
    # edition stored, but what was read is not remembered (the next import reads it again).
    stage: str
    failed: str | None = None  # the edition being written when it failed (None: at commit)
    # Written in the same transaction as ``failed`` and undone with it.
    undone: list[str] = field(default_factory=list)
    not_examined: list[str] = field(default_factory=list)  # found, never reached

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "message": self.message,
            "stage": self.stage,
            "failed": self.failed,
            "undone": self.undone,
            "not_examined": self.not_examined,
        }


class ImportStopped(UserError):
    """An import that failed after its scan; ``report`` holds what it stored before, and
    ``report.stopped`` the rest. The message and code are those of the failure itself."""

    def __init__(self, cause: UserError, report: ImportReport) -> None:
        super().__init__(cause.message, code=cause.code, hint=cause.hint)
        self.cause = cause
        self.report = report
