"""Import: scan mailboxes, examine candidate messages, store each new edition in one transaction.

The scan (the long part) writes nothing, so a cancelled import leaves the database as it was.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC
from typing import TYPE_CHECKING, Any

from tldops_desktop.core.cut_copy import lacks_the_end
from tldops_desktop.core.diff import diff_editions
from tldops_desktop.core.lossy_copy import lost_letters
from tldops_desktop.core.model import Edition
from tldops_desktop.errors import UserError
from tldops_desktop.mail import reader
from tldops_desktop.mail.gc_threshold import fewer_collections
from tldops_desktop.mail.identity import DEFAULT_IDENTITY, ListIdentity
from tldops_desktop.mail.scan import scan
from tldops_desktop.mail.scan_items import (
    MboxRange,
    PartOutcome,
    ScanControl,
    ScanProblem,
    ScanStats,
)
from tldops_desktop.services.import_report import ImportReport, ImportStopped, StopInfo
from tldops_desktop.storage.backup import take_backup
from tldops_desktop.storage.lock import WriterLock
from tldops_desktop.storage.repository import AddOutcome, EditionLine, Repository

if TYPE_CHECKING:
    from tldops_desktop.mail.message import FoundEdition, MessageResult
    from tldops_desktop.mail.pool import ExaminePool


@dataclass
class ImportOptions:
    allow_untrusted: bool = False
    dry_run: bool = False
    identity: ListIdentity = DEFAULT_IDENTITY
    # Skip mbox files unchanged since the last import (and read only what was appended).
    use_marks: bool = True
    # Worker processes that scan parts of a large mbox and parse candidates while the scan
    # goes on; None: chosen by the scan's size and the cores (see ``mail.pool``).
    workers: int | None = None
    # Copies the user chose over the different one stored for their stamp (a conflict), by
    # Message-ID or content hash (or its first 8 characters or more), as the report names them.
    prefer: frozenset[str] = frozenset()

    def prefers(self, item: FoundEdition) -> bool:
        return any(_names_copy(choice, item) for choice in self.prefer)

    @property
    def marks_context(self) -> str:
        """Marks are valid only for the same trust rules and the same reader: another
        identity, or another reader (``mail.reader``: code that reads mail otherwise), reads
        anew."""
        i = self.identity
        trust = f"{i.list_id}|{i.list_address}|{i.bounce_address}|{int(self.allow_untrusted)}"
        return f"{trust}|{current_reader()}"


def _names_copy(choice: str, item: FoundEdition) -> bool:
    choice = choice.strip()
    if len(choice) >= _MIN_HASH_PREFIX and item.content_hash.startswith(choice.casefold()):
        return True
    return bool(choice) and choice.strip("<>") == item.message_id.strip().strip("<>")


_MIN_HASH_PREFIX = 8

# What reads the editions stored (see ``mail.reader``): an email stored as another reader
# read it is read again (``AddOutcome.REREAD``), and so is every mailbox (its marks are a
# reader's). None: this program's, worked out on first use; a test sets another.
READER: str | None = None


def current_reader() -> str:
    return READER if READER is not None else reader.current()


ProgressCallback = Callable[[ScanStats, int], None]  # stats, editions found so far


def find_editions(
    paths: list[str],
    options: ImportOptions,
    report: ImportReport,
    *,
    on_progress: ProgressCallback | None = None,
    is_cancelled: Callable[[], bool] = lambda: False,
    control: ScanControl | None = None,
) -> list[FoundEdition]:
    """Every edition in the mailboxes, and every problem met, into ``report``."""
    found: list[FoundEdition] = []
    control = control or ScanControl()
    control.is_cancelled = is_cancelled
    pools: list[ExaminePool] = []
    if on_progress is not None:

        def report_progress(stats: ScanStats) -> None:
            if not pools:
                on_progress(stats, len(found))
                return
            elsewhere = pools[0].progress_elsewhere()  # in workers, or waiting for its turn
            shown = dataclasses.replace(
                stats,
                bytes_scanned=stats.bytes_scanned + elsewhere.bytes_scanned,
                messages_scanned=stats.messages_scanned + elsewhere.messages_scanned,
            )
            on_progress(shown, len(found) + elsewhere.editions)

        control.on_progress = report_progress
    with contextlib.ExitStack() as stack:

        def examiner() -> ExaminePool:
            """The pool, started once the scan knows how much it has to read."""
            if not pools:
                # The parser loads only now: a re-check that finds nothing new starts faster.
                from tldops_desktop.mail.pool import ExaminePool, worker_count

                left = control.stats.bytes_total - control.stats.bytes_scanned
                workers = worker_count(left, options.workers)
                pools.append(stack.enter_context(ExaminePool(workers, options.identity)))
            return pools[0]

        # A large mbox is cut into one part per worker, plus one read here.
        control.parts_for = lambda size: examiner().workers + 1
        for item in scan(paths, control):
            pool = examiner()
            if isinstance(item, ScanProblem):
                pool.pass_through(item)
            elif isinstance(item, MboxRange):
                pool.submit_part(item, control.tick)
            else:
                pool.submit(item.data, item.source, control.tick)
            for outcome in pool.ready():
                _record(outcome, report, found, control.stats)
        if pools:
            for outcome in pools[0].finish(control.tick):  # cancel and progress work here too
                _record(outcome, report, found, control.stats)
    report.messages_scanned = control.stats.messages_scanned
    report.bytes_scanned = control.stats.bytes_scanned
    report.unchanged_sources = list(control.stats.unchanged)
    report.editions_found = len(found)
    return found


def _record(
    outcome: MessageResult | ScanProblem | PartOutcome,
    report: ImportReport,
    found: list[FoundEdition],
    stats: ScanStats,
) -> None:
    if isinstance(outcome, PartOutcome):  # what a worker read of an mbox
        stats.messages_scanned += outcome.messages_scanned
        stats.bytes_scanned += outcome.bytes_scanned
        stats.candidates += outcome.candidates
        for item in outcome.outcomes:
            _record(item, report, found, stats)
        return
    if isinstance(outcome, ScanProblem):
        report.errors.append(
            {"source": outcome.source, "code": outcome.code, "detail": outcome.detail}
        )
        return
    report.replies += outcome.replies
    for problem in outcome.problems:
        report.errors.append(
            {
                "source": problem.source,
                "message_id": problem.message_id,
                "code": problem.code,
                "detail": problem.detail,
            }
        )
    found.extend(outcome.editions)


def to_edition(found: FoundEdition) -> Edition:
    members = found.body.members
    return Edition(
        stamp=found.stamp,
        sent_at=found.sent_at,
        members=members,
        message_id=found.message_id,
        trusted=found.trusted,
        layout=found.body.layout,
        content_hash=found.content_hash,
    )


def edition_lines(found: FoundEdition) -> list[EditionLine]:
    lines = [EditionLine("unplaced", u.line, u.reason, u.text) for u in found.body.unplaced]
    lines += [EditionLine("note", n.line, n.code, n.detail) for n in found.body.notes]
    return lines


def store_editions(
    found: list[FoundEdition], repo: Repository | None, options: ImportOptions, report: ImportReport
) -> None:
    """Write the editions found, oldest first, each in its own transaction.

    A writer holds the data folder's lock (a second writer is refused at once), and takes an
    encrypted backup of the database first when at least one edition will be written.
    """
    if repo is None or options.dry_run:
        _store_editions(found, repo, options, report)
        return
    with WriterLock(repo.db.path.parent):
        # An empty database has nothing to lose; an import that changes nothing (a re-check
        # finding a conflict already on record, say) must not push a useful backup out.
        known = repo.content_hashes()
        if known and _will_write(found, repo, known, options):
            try:
                take_backup(repo.db, edition=repo.current_stamp())
            except UserError as exc:
                raise _stopped(exc, report, "backup", not_examined=_stamps(found)) from exc
        _store_editions(found, repo, options, report)


def _will_write(
    found: list[FoundEdition], repo: Repository, hashes: dict[str, str], options: ImportOptions
) -> bool:
    """Will storing ``found`` change the database (whose editions' content hashes are
    ``hashes``): add or replace an edition, vouch for one stored untrusted, or record a
    conflict not on record yet?"""
    trusted = repo.trusted_stamps()
    for item in found:
        if not (item.trusted or options.allow_untrusted):
            continue
        if item.stamp not in hashes:
            if not _looks_cut_short(item, repo):
                return True
            continue
        if hashes[item.stamp] == item.content_hash:
            if item.trusted and item.stamp not in trusted:
                return True
            continue
        outcome = repo.outcome_of(
            to_edition(item), complete=item.complete, read_by=current_reader()
        )
        if outcome is AddOutcome.CONFLICT:
            if options.prefers(item) or not repo.conflict_recorded(item.stamp, item.content_hash):
                return True
        elif outcome not in (AddOutcome.CUT_COPY, AddOutcome.LOSSY_COPY):
            return True
    return False


# Editions written in one transaction (a savepoint each): a commit costs more than the rows
# of a monthly edition, and a crash still leaves whole editions, oldest first.
EDITIONS_PER_TRANSACTION = 10


def _store_editions(
    found: list[FoundEdition], repo: Repository | None, options: ImportOptions, report: ImportReport
) -> None:
    write = repo is not None and not options.dry_run
    known = repo.content_hashes() if repo is not None else {}
    trusted = repo.trusted_stamps() if repo is not None else set()
    dry_added: set[str] = set()  # stamps a dry run counts as imported in this run
    # Trusted copies first, so that a spoof of the same stamp is the one called a conflict;
    # whole ones first, so that a copy cut short is told as one, not stored for a moment; then
    # the one sent first, as a later import keeps the copy stored (and of two sent at once,
    # one chosen by its Message-ID): whatever the order found.
    ordered = sorted(
        found,
        key=lambda f: (f.stamp, not f.trusted, not f.complete, _lost_letters(f), _sent(f),
                       f.message_id),
    )  # fmt: skip
    for first in range(0, len(ordered), EDITIONS_PER_TRANSACTION):
        told = _lengths(report)
        batch = ordered[first : first + EDITIONS_PER_TRANSACTION]
        at = -1  # the item being stored: -1 before the first, len(batch) at the commit
        try:
            with repo.db.transaction() if write and repo else contextlib.nullcontext():
                for at, item in enumerate(batch):  # noqa: B007 (read when it fails)
                    _store_one(item, repo, options, report, known, trusted, dry_added)
                at = len(batch)
        except BaseException as exc:
            undone = report.imported[told["imported"] :]
            _forget_since(report, told)  # nothing of this transaction was stored
            if not isinstance(exc, UserError) or isinstance(exc, ImportStopped):
                raise
            # A failure the user can act on (a full disk): the report says what is stored
            # and what is not, so that nothing is taken for imported that was not.
            failed = batch[at].stamp if 0 <= at < len(batch) else None
            rest = ordered[first + min(at + 1, len(batch)) :]
            raise _stopped(
                exc, report, "storing", failed=failed, undone=_unique(undone),
                not_examined=[s for s in _stamps(rest) if s != failed and s not in undone],
            ) from exc  # fmt: skip


def _stopped(
    exc: UserError,
    report: ImportReport,
    stage: str,
    *,
    failed: str | None = None,
    undone: list[str] | None = None,
    not_examined: list[str] | None = None,
) -> ImportStopped:
    report.stopped = StopInfo(
        exc.code, exc.message, stage, failed, undone or [], not_examined or []
    )
    return ImportStopped(exc, report)


def _unique(stamps: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(stamps))


def _stamps(found: Sequence[FoundEdition]) -> list[str]:
    """The stamps of ``found``, each once, oldest first."""
    return _unique(sorted(item.stamp for item in found))


def _lost_letters(item: FoundEdition) -> bool:
    """Whether names in the copy have "?" for letters (a plain digest in ASCII): the copy
    with them whole comes first."""
    return any(
        lost_letters(contact.name) for member in item.body.members for contact in member.contacts
    )


def _sent(item: FoundEdition) -> float:
    """When the copy was sent, for ordering (a Date without a zone read as UTC; none: last)."""
    if item.sent_at is None:
        return float("inf")
    sent = item.sent_at if item.sent_at.tzinfo else item.sent_at.replace(tzinfo=UTC)
    return sent.timestamp()


def _lengths(report: ImportReport) -> dict[str, int]:
    return {k: len(v) for k, v in vars(report).items() if isinstance(v, list)}


def _forget_since(report: ImportReport, lengths: dict[str, int]) -> None:
    for name, length in lengths.items():
        del getattr(report, name)[length:]


def _store_one(
    item: FoundEdition,
    repo: Repository | None,
    options: ImportOptions,
    report: ImportReport,
    known: dict[str, str],
    trusted: set[str],
    dry_added: set[str],
) -> None:
    write = repo is not None and not options.dry_run
    edition = to_edition(item)
    untrusted: dict[str, Any] = {}
    if not item.trusted:
        # "imported": whether its contacts are in the database once this import is done
        # (stored before, perhaps); told once the store has answered.
        stored = known.get(item.stamp) == item.content_hash
        untrusted = {
            "stamp": item.stamp,
            "message_id": item.message_id,
            "reason": item.trust_reason,
            "source": item.source,
            "container": item.container,
            "imported": stored,
            "already_present": stored,
            # The same content stored as the list's own copy (a former list's, say, judged
            # before its identity changed): trusted, and current as any trusted edition.
            "stored_trusted": stored and item.stamp in trusted,
        }
        report.untrusted.append(untrusted)
        if not options.allow_untrusted:
            return
    if repo is not None and item.stamp not in known and _looks_cut_short(item, repo):
        report.errors.append({"source": item.source, "code": "cut-short", "detail": item.stamp})
        return
    if write:
        assert repo is not None
        outcome, conflict = repo.add_edition(
            edition, lines=edition_lines(item), source=item.source, container=item.container,
            complete=item.complete, chosen=options.prefers(item), read_by=current_reader(),
        )  # fmt: skip
    elif repo is not None and edition.stamp in known and edition.stamp not in dry_added:
        # Stored before this run: the store tells, as it would (a cut copy, a spoof ...).
        outcome = repo.outcome_of(edition, complete=item.complete, read_by=current_reader())
        conflict = None
        if outcome is AddOutcome.CONFLICT and options.prefers(item):
            outcome = AddOutcome.REPLACED_BY_CHOICE
    else:
        outcome, conflict = _dry_outcome(known, edition), None
        dry_added.add(edition.stamp)
    if outcome in _STORED_OUTCOMES:
        # What the store holds for the stamp now: a later copy of it in this import (a saved
        # copy that lost the list's headers, say) is told as a later import would tell it.
        known[item.stamp] = item.content_hash
        if item.trusted:
            trusted.add(item.stamp)
    if untrusted:
        untrusted["imported"] = write and outcome in _STORED_OUTCOMES
    if outcome is AddOutcome.REREAD:
        # Stored before, as another version read it: present, and now read as this one does.
        _add_once(report.already_present, item.stamp)
        _add_once(report.reread, item.stamp)
        _report_lines(item, report)
        report.notes.append(
            {"stamp": item.stamp, "line": 0, "code": "read-again", "detail": item.source}
        )
    elif outcome in _STORED_OUTCOMES and outcome is not AddOutcome.ALREADY_PRESENT:
        report.imported.append(item.stamp)
        _report_lines(item, report)
        if not item.complete:  # not refused as cut short (nothing fuller before it): say so
            report.notes.append(
                {"stamp": item.stamp, "line": 0, "code": "no-footer", "detail": item.source}
            )
        if outcome in _REPLACED_NOTES:
            code, detail = _REPLACED_NOTES[outcome]
            report.notes.append(
                {"stamp": item.stamp, "line": 0, "code": code, "detail": detail or item.source}
            )
    elif outcome is AddOutcome.ALREADY_PRESENT:
        _add_once(report.already_present, item.stamp)
    elif outcome in (AddOutcome.CUT_COPY, AddOutcome.LOSSY_COPY):
        _add_once(report.already_present, item.stamp)
        code = "cut-copy" if outcome is AddOutcome.CUT_COPY else "lossy-copy"
        report.notes.append({"stamp": item.stamp, "line": 0, "code": code, "detail": item.source})
    else:
        report.conflicts.append(
            {
                "stamp": item.stamp,
                "message_id": item.message_id,
                "existing_message_id": conflict.existing_message_id if conflict else None,
                "source": item.source,
                "trusted": item.trusted,
                "content_hash": item.content_hash,
                "differs": _members_that_differ(repo, edition),
            }
        )


def _members_that_differ(repo: Repository | None, edition: Edition) -> list[str]:
    """The ccTLDs (A-labels) whose members differ between the stored copy of ``edition``'s
    stamp and ``edition``: where to look before trusting either."""
    stored = repo.edition(edition.stamp) if repo is not None else None
    if stored is None:
        return []
    return [change.ace for change in diff_editions(stored, edition).members]


def _looks_cut_short(item: FoundEdition, repo: Repository) -> bool:
    """Whether a new edition is a copy cut at a line end (a download or a write that stopped):
    imported, it would be current and hide the members it lacks.

    Every edition the list sends reaches its footer (or its closing MIME boundary, or its HTML
    end). One that does not, and lacks what the edition before it has at its end (the members
    after its last one, or its last member's last contacts), is taken for a cut copy. One that
    lacks a member in the middle is whole: that member left.
    """
    if item.complete:
        return False
    before = [stamp for stamp in repo.trusted_stamps() if stamp < item.stamp]
    if not before:
        return False  # nothing to compare with: the first edition imported
    previous = repo.edition(max(before))
    return previous is not None and lacks_the_end(item.body.members, previous.members)


# Outcomes after which the edition's contacts are those stored under its stamp.
_STORED_OUTCOMES = (
    AddOutcome.IMPORTED,
    AddOutcome.REPLACED_UNTRUSTED,
    AddOutcome.REPLACED_CUT_COPY,
    AddOutcome.REPLACED_LOSSY_COPY,
    AddOutcome.REPLACED_BY_CHOICE,
    AddOutcome.ALREADY_PRESENT,
    AddOutcome.REREAD,
)

_REPLACED_NOTES = {
    # (the detail: where the copy that took the place came from)
    AddOutcome.REPLACED_UNTRUSTED: ("replaced-untrusted", ""),
    AddOutcome.REPLACED_CUT_COPY: ("replaced-cut-copy", ""),
    AddOutcome.REPLACED_LOSSY_COPY: ("replaced-lossy-copy", ""),
    AddOutcome.REPLACED_BY_CHOICE: ("replaced-by-choice", ""),
}


def _dry_outcome(known: dict[str, str], edition: Edition) -> AddOutcome:
    """What ``add_edition`` would answer, remembering the editions of this run."""
    if edition.stamp not in known:
        known[edition.stamp] = edition.content_hash
        return AddOutcome.IMPORTED
    if known[edition.stamp] == edition.content_hash:
        return AddOutcome.ALREADY_PRESENT
    return AddOutcome.CONFLICT


# What the parser notes that the report tells (a region left out is shown in the app itself).
REPORTED_PARSE_NOTES = frozenset(
    {
        "label-mismatch", "email-invalid", "phone-unparsed", "member-repeated",
        "too-many-contacts", "position-repeated", "no-contacts", "field-missing",
        "contact-empty", "contact-repeated",
        "charset-mismatch", "charset-guessed", "column-not-read", "letters-lost",
        "double-encoded",
    }
)  # fmt: skip


def _report_lines(item: FoundEdition, report: ImportReport) -> None:
    for line in item.body.unplaced:
        report.unplaced_lines.append(
            {
                "stamp": item.stamp,
                "message_id": item.message_id,
                "line": line.line,
                "text": line.text,
                "reason": line.reason,
                "part": item.part,
            }
        )
    for note in item.body.notes:
        if note.code in REPORTED_PARSE_NOTES:
            report.notes.append(
                {
                    "stamp": item.stamp,
                    "line": note.line,
                    "code": note.code,
                    "detail": note.detail,
                    "part": item.part,  # (a line of an HTML part is a line of its source)
                }
            )


def _add_once(items: list[str], stamp: str) -> None:
    if stamp not in items:
        items.append(stamp)


def run_import(
    paths: list[str],
    repo: Repository | None,
    options: ImportOptions,
    *,
    on_progress: ProgressCallback | None = None,
    is_cancelled: Callable[[], bool] = lambda: False,
) -> ImportReport:
    with fewer_collections():
        if repo is not None and not options.dry_run:
            # Held across the scan too: a second import is told at once, not after its scan.
            with WriterLock(repo.db.path.parent):
                return _run_import(paths, repo, options, on_progress, is_cancelled)
        return _run_import(paths, repo, options, on_progress, is_cancelled)


def _run_import(
    paths: list[str],
    repo: Repository | None,
    options: ImportOptions,
    on_progress: ProgressCallback | None,
    is_cancelled: Callable[[], bool],
) -> ImportReport:
    report = ImportReport(dry_run=options.dry_run)
    control = ScanControl()
    if repo is not None and options.use_marks and not options.prefer:
        # (A copy chosen is looked for where it was found before, unchanged mailbox or not.)
        control.marks_in = repo.scan_marks(options.marks_context)
    found = find_editions(
        paths, options, report, on_progress=on_progress, is_cancelled=is_cancelled, control=control
    )
    store_editions(found, repo, options, report)
    if repo is not None and not options.dry_run:
        try:
            repo.save_scan_marks(options.marks_context, control.marks_out.values())
        except UserError as exc:
            raise _stopped(exc, report, "marks") from exc
    return report
