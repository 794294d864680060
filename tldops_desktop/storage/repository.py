"""Editions, members and contacts with their full history, over one ``Database``.

The current edition is the newest trusted one; an untrusted edition (imported only on the
user's explicit request) is never current while a trusted one exists.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from tldops_desktop.core.cut_copy import is_cut_copy
from tldops_desktop.core.lossy_copy import is_lossy_copy
from tldops_desktop.core.model import (
    Contact,
    Edition,
    Member,
    Region,
    Tld,
    stamp_date,
    utc_iso,
)
from tldops_desktop.mail.scan_items import SourceMark
from tldops_desktop.paths import shown_path
from tldops_desktop.storage.db import Database


class AddOutcome(StrEnum):
    IMPORTED = "imported"
    ALREADY_PRESENT = "already_present"
    CONFLICT = "conflict"
    # A trusted copy took the place of an untrusted one that was imported on request (which
    # is kept on record as a conflict).
    REPLACED_UNTRUSTED = "replaced_untrusted"
    # The stored copy was this one cut short (a download or copy that stopped at a line end):
    # the whole one took its place (the cut one is kept on record as a conflict).
    REPLACED_CUT_COPY = "replaced_cut_copy"
    # This copy is the stored one cut short: nothing changes.
    CUT_COPY = "cut_copy"
    # The stored copy was this one with its letters lost ("?", a plain digest in ASCII): this
    # one took its place (the lossy one is kept on record as a conflict).
    REPLACED_LOSSY_COPY = "replaced_lossy_copy"
    # This copy is the stored one with its letters lost: nothing changes.
    LOSSY_COPY = "lossy_copy"
    # The user chose this copy over the stored one of its stamp (which is kept on record as
    # a conflict, to be chosen back).
    REPLACED_BY_CHOICE = "replaced_by_choice"
    # The stored copy is this very email (its Message-ID, as trusted) read by another version
    # of the program, which read it differently: this reading took its place.
    REREAD = "reread"


@dataclass(frozen=True, slots=True)
class EditionInfo:
    stamp: str
    date: datetime | None
    members: int
    contacts: int
    trusted: bool
    current: bool
    message_id: str
    trust_reason: str
    imported_at: str
    source: str
    # Where ``date`` comes from: "sent" (the message's Date header) or "stamp" (no Date
    # header: the time the stamp names, UTC).
    date_from: str = "sent"

    def to_json(self) -> dict[str, Any]:
        return {
            "stamp": self.stamp,
            "date": utc_iso(self.date),
            "date_from": self.date_from if self.date else None,
            "members": self.members,
            "contacts": self.contacts,
            "trusted": self.trusted,
            "current": self.current,
            "message_id": self.message_id,
            "trust_reason": self.trust_reason,
            "source": shown_path(self.source),
            "imported_at": _utc_text(self.imported_at),
        }


@dataclass(frozen=True, slots=True)
class EditionLine:
    """An unplaced line or a parser note kept with an edition."""

    kind: str  # "unplaced" | "note"
    line: int
    code: str
    text: str


@dataclass(frozen=True, slots=True)
class Conflict:
    stamp: str
    message_id: str
    existing_message_id: str
    source: str


# The stored copy of a stamp, as ``Repository._decide`` reads it.
_STORED_COPY = (
    "SELECT content_hash, message_id, trusted, source, complete, read_by FROM editions "
    "WHERE stamp = ?"
)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Repository:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- writing -------------------------------------------------------------------------

    def add_edition(
        self,
        edition: Edition,
        *,
        lines: Iterable[EditionLine] = (),
        source: str = "",
        container: str = "message",
        complete: bool = True,
        chosen: bool = False,
        read_by: str | None = None,
    ) -> tuple[AddOutcome, Conflict | None]:
        """Store one edition in one transaction; the same edition again is a no-op.
        ``chosen``: the user chose this copy over a different one stored for its stamp.
        ``read_by``: the version of the program that read it (None: not told, as in a demo)."""
        stored_source = _stored_path(source)  # (a file name that is not UTF-8 kept as it is)
        with self.db.transaction() as cur:
            row = cur.execute(_STORED_COPY, (edition.stamp,)).fetchone()
            outcome = self._decide(edition, complete, row, read_by)
            if outcome is AddOutcome.CONFLICT and chosen:
                outcome = AddOutcome.REPLACED_BY_CHOICE
                cur.execute(
                    "DELETE FROM conflicts WHERE stamp = ? AND content_hash = ?",
                    (edition.stamp, edition.content_hash),
                )
            if outcome in (AddOutcome.CUT_COPY, AddOutcome.LOSSY_COPY):
                return outcome, None
            if outcome is AddOutcome.ALREADY_PRESENT:
                return outcome, None
            if outcome is AddOutcome.CONFLICT:
                cur.execute(
                    "INSERT OR IGNORE INTO conflicts (stamp, message_id, content_hash, source, "
                    "seen_at) VALUES (?, ?, ?, ?, ?)",
                    (
                        edition.stamp,
                        edition.message_id,
                        edition.content_hash,
                        stored_source,
                        _now(),
                    ),
                )
                return outcome, Conflict(edition.stamp, edition.message_id, str(row[1]), source)
            if outcome is not AddOutcome.IMPORTED:
                # The list's own copy wins over one that was imported without its word: the
                # untrusted copy (a spoof, perhaps) is kept on record, not as the edition. So
                # does a whole copy over one cut short. (The list's copy of the very same
                # contacts only vouches for them: nothing to keep on record.)
                if str(row[0]) != edition.content_hash and outcome is not AddOutcome.REREAD:
                    cur.execute(
                        "INSERT OR IGNORE INTO conflicts (stamp, message_id, content_hash, "
                        "source, seen_at) VALUES (?, ?, ?, ?, ?)",
                        (edition.stamp, str(row[1]), str(row[0]), str(row[3]), _now()),
                    )
                cur.execute("DELETE FROM editions WHERE stamp = ?", (edition.stamp,))
            cur.execute(
                "INSERT INTO editions (stamp, sent_at, message_id, content_hash, trusted, "
                "trust_reason, layout, container, source, imported_at, complete, read_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    edition.stamp,
                    edition.sent_at.isoformat() if edition.sent_at else None,
                    edition.message_id,
                    edition.content_hash,
                    int(edition.trusted),
                    "" if edition.trusted else "untrusted",
                    edition.layout,
                    container,
                    stored_source,
                    _now(),
                    int(complete),
                    read_by,
                ),
            )
            edition_id = cur.lastrowid
            # Ids chosen here (BEGIN IMMEDIATE holds the write lock) let every member and
            # contact go in with one executemany each, not one statement per member.
            first_id = int(
                cur.execute("SELECT coalesce(max(id), 0) + 1 FROM members").fetchone()[0]
            )
            cur.executemany(
                "INSERT INTO members (id, edition_id, ord, ace, unicode, country, region, "
                "region_inferred, source_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        first_id + order,
                        edition_id,
                        order,
                        member.tld.ace,
                        member.tld.unicode,
                        member.country,
                        member.region.value if member.region else None,
                        member.region_inferred.value if member.region_inferred else None,
                        member.source_line,
                    )
                    for order, member in enumerate(edition.members)
                ],
            )
            cur.executemany(
                "INSERT INTO contacts (member_id, position, name, email, email_valid, phone, "
                "phone_e164) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (first_id + order, c.position, c.name, c.email, int(c.email_valid), c.phone,
                     c.phone_e164)
                    for order, member in enumerate(edition.members)
                    for c in member.contacts
                ],
            )  # fmt: skip
            cur.executemany(
                "INSERT INTO edition_lines (edition_id, kind, line, code, text) "
                "VALUES (?, ?, ?, ?, ?)",
                [(edition_id, x.kind, x.line, x.code, x.text) for x in lines],
            )
        return outcome, None

    def outcome_of(
        self, edition: Edition, *, complete: bool = True, read_by: str | None = None
    ) -> AddOutcome:
        """What ``add_edition`` would answer for ``edition``, writing nothing (--dry-run)."""
        rows = self.db.query(_STORED_COPY, (edition.stamp,))
        return self._decide(edition, complete, rows[0] if rows else None, read_by)

    def _decide(
        self, edition: Edition, complete: bool, row: Any, read_by: str | None
    ) -> AddOutcome:
        """What storing ``edition`` does, given the stored copy of its stamp (``row``)."""
        if row is None:
            return AddOutcome.IMPORTED
        relation = self._copy_relation(edition, complete, row)
        if relation is not None:
            return relation
        if edition.trusted and not row[2]:  # the list's copy, of the same contacts or not
            return AddOutcome.REPLACED_UNTRUSTED
        if row[0] == edition.content_hash:
            return AddOutcome.ALREADY_PRESENT
        if (
            read_by is not None
            and row[5] != read_by
            and row[1] == edition.message_id
            and bool(row[2]) == edition.trusted
        ):
            # The same email, read by another version: not two copies that disagree.
            return AddOutcome.REREAD
        return AddOutcome.CONFLICT

    def _copy_relation(self, edition: Edition, complete: bool, row: Any) -> AddOutcome | None:
        """How ``edition`` and the different copy stored for its stamp (``row``) stand to each
        other, when one is the other spoiled on its way: cut short (``REPLACED_CUT_COPY``,
        ``CUT_COPY``), or with "?" for its letters outside ASCII, as a plain-text digest in
        US-ASCII writes them (``REPLACED_LOSSY_COPY``, ``LOSSY_COPY``); else None (a
        conflict, when they differ).

        Only a copy that is not whole (no footer, closing boundary or HTML end) counts as cut:
        a whole copy with fewer members is a correction, and stays a conflict. A copy never
        takes the place of one trusted more (and the list's copy takes the place of an
        untrusted one whatever it holds)."""
        if row is None or row[0] == edition.content_hash:
            return None
        stored = self.edition(edition.stamp)  # (read once, for both tests)
        if stored is None:
            return None
        stored_cut, new_cut = row[4] == 0, not complete  # NULL: stored before this was known
        if (
            stored_cut
            and is_cut_copy(stored.members, edition.members)
            and edition.trusted == stored.trusted
        ):
            return AddOutcome.REPLACED_CUT_COPY
        if (
            new_cut
            and is_cut_copy(edition.members, stored.members)
            and stored.trusted >= edition.trusted
        ):
            return AddOutcome.CUT_COPY
        if edition.trusted >= stored.trusted and is_lossy_copy(stored.members, edition.members):
            return AddOutcome.REPLACED_LOSSY_COPY
        if stored.trusted >= edition.trusted and is_lossy_copy(edition.members, stored.members):
            return AddOutcome.LOSSY_COPY
        return None

    def save_scan_marks(self, context: str, marks: Iterable[SourceMark]) -> None:
        """Remember what was read of each mbox, for the next import under ``context``, whose
        last ``|`` part is the reader (``ImportOptions.marks_context``). The marks of another
        reader go: no import reads with it again, and they would stay for ever."""
        _, bar, reader = context.rpartition("|")
        suffix = bar + reader
        with self.db.transaction() as cur:
            cur.execute(
                "DELETE FROM scan_marks WHERE substr(context, -?) IS NOT ?", (len(suffix), suffix)
            )
            cur.executemany(
                "INSERT OR REPLACE INTO scan_marks (path, context, size, mtime_ns, head_hash, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (_stored_path(m.path), context, m.size, m.mtime_ns, m.head_hash, _now())
                    for m in marks
                ],
            )

    def forget_scan_marks(self) -> None:
        with self.db.transaction() as cur:
            cur.execute("DELETE FROM scan_marks")

    # -- reading -------------------------------------------------------------------------

    def scan_marks(self, context: str) -> dict[str, SourceMark]:
        return {
            _read_path(r[0]): SourceMark(_read_path(r[0]), int(r[1]), int(r[2]), str(r[3]))
            for r in self.db.query(
                "SELECT path, size, mtime_ns, head_hash FROM scan_marks WHERE context = ?",
                (context,),
            )
        }

    def editions(self) -> list[EditionInfo]:
        """Every edition, newest first."""
        rows = self.db.query(
            "SELECT e.stamp, e.sent_at, e.trusted, e.message_id, e.trust_reason, e.imported_at, "
            "e.source, (SELECT count(*) FROM members m WHERE m.edition_id = e.id), "
            "(SELECT count(*) FROM contacts c JOIN members m ON c.member_id = m.id "
            " WHERE m.edition_id = e.id) "
            "FROM editions e ORDER BY e.stamp DESC"
        )
        current = self.current_stamp()
        return [
            EditionInfo(
                stamp=r[0],
                date=_date(r[1], r[0]),
                members=r[7],
                contacts=r[8],
                trusted=bool(r[2]),
                current=r[0] == current,
                message_id=r[3],
                trust_reason=r[4],
                imported_at=r[5],
                source=_read_path(r[6]),
                date_from="sent" if _date(r[1], None) else "stamp",
            )
            for r in rows
        ]

    def current_stamp(self) -> str | None:
        row = self.db.query("SELECT stamp FROM editions ORDER BY trusted DESC, stamp DESC LIMIT 1")
        return str(row[0][0]) if row else None

    def latest_stamps(self, count: int = 2) -> list[str]:
        """The newest trusted editions (all editions when none is trusted), newest first."""
        rows = self.db.query(
            "SELECT stamp FROM editions WHERE trusted = (SELECT max(trusted) FROM editions) "
            "ORDER BY stamp DESC LIMIT ?",
            (count,),
        )
        return [str(r[0]) for r in rows]

    def has_edition(self, stamp: str) -> bool:
        return bool(self.db.query("SELECT 1 FROM editions WHERE stamp = ?", (stamp,)))

    def forget_edition(self, stamp: str) -> bool:
        """Remove the edition ``stamp`` (its members, contacts and lines with it); whether
        there was one."""
        with self.db.transaction() as cur:
            cur.execute("DELETE FROM editions WHERE stamp = ?", (stamp,))
            return bool(cur.rowcount)

    def conflict_recorded(self, stamp: str, content_hash: str) -> bool:
        """Whether this body of ``stamp`` is already on record as a conflict."""
        return bool(
            self.db.query(
                "SELECT 1 FROM conflicts WHERE stamp = ? AND content_hash = ?",
                (stamp, content_hash),
            )
        )

    def trusted_stamps(self) -> set[str]:
        return {str(r[0]) for r in self.db.query("SELECT stamp FROM editions WHERE trusted = 1")}

    def content_hashes(self) -> dict[str, str]:
        return {
            str(r[0]): str(r[1]) for r in self.db.query("SELECT stamp, content_hash FROM editions")
        }

    def edition(self, stamp: str) -> Edition | None:
        head = self.db.query(
            "SELECT id, sent_at, message_id, content_hash, trusted, layout FROM editions "
            "WHERE stamp = ?",
            (stamp,),
        )
        if not head:
            return None
        edition_id, sent_at, message_id, digest, trusted, layout = head[0]
        contacts: dict[int, list[Contact]] = {}
        for row in self.db.rows(
            "SELECT c.member_id, c.position, c.name, c.email, c.phone, c.phone_e164, c.email_valid "
            "FROM contacts c JOIN members m ON c.member_id = m.id WHERE m.edition_id = ? "
            "ORDER BY c.member_id, c.position, c.id",
            (edition_id,),
        ):
            contacts.setdefault(row[0], []).append(
                Contact(row[1], row[2], row[3], row[4], row[5], bool(row[6]))
            )
        members = tuple(
            Member(
                tld=Tld(r[1], r[2]),
                country=sys.intern(r[3]),  # a few hundred names, each shared by its members
                region=Region(r[4]) if r[4] else None,
                contacts=tuple(contacts.get(r[0], ())),
                region_inferred=Region(r[5]) if r[5] else None,
                source_line=r[6],
            )
            for r in self.db.rows(
                "SELECT id, ace, unicode, country, region, region_inferred, source_line "
                "FROM members WHERE edition_id = ? ORDER BY ord",
                (edition_id,),
            )
        )
        return Edition(
            stamp=stamp,
            sent_at=_date(sent_at, None),
            members=members,
            message_id=message_id,
            trusted=bool(trusted),
            layout=layout,
            content_hash=digest,
        )

    def current_edition(self) -> Edition | None:
        stamp = self.current_stamp()
        return self.edition(stamp) if stamp else None

    def edition_lines(self, stamp: str) -> list[EditionLine]:
        return [
            EditionLine(r[0], r[1], r[2], r[3])
            for r in self.db.query(
                "SELECT l.kind, l.line, l.code, l.text FROM edition_lines l "
                "JOIN editions e ON l.edition_id = e.id WHERE e.stamp = ? ORDER BY l.line",
                (stamp,),
            )
        ]

    def member_history(self, ace: str) -> list[tuple[str, Member]]:
        """One ccTLD across every edition that lists it, oldest first."""
        stamps = [
            str(r[0])
            for r in self.db.query(
                "SELECT e.stamp FROM members m JOIN editions e ON m.edition_id = e.id "
                "WHERE m.ace = ? ORDER BY e.stamp",
                (ace,),
            )
        ]
        history = []
        for stamp in stamps:
            edition = self.edition(stamp)
            member = edition.member(ace) if edition else None
            if member is not None:
                history.append((stamp, member))
        return history


def _date(value: str | None, stamp: str | None) -> datetime | None:
    """When an edition was sent, aware: a Date header without a zone, and the time a stamp
    names, are UTC (as ``edition_date`` reads them)."""
    when = None
    if value:
        with contextlib.suppress(ValueError):  # not ISO 8601: the date the stamp names instead
            when = datetime.fromisoformat(value)
    if when is None and stamp:
        when = stamp_date(stamp)
    if when is not None and when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when


def _utc_text(value: str) -> str:
    """A time stored as text, as JSON gives every time (UTC, with its offset); as stored
    when it cannot be read."""
    try:
        return utc_iso(datetime.fromisoformat(value)) or value
    except ValueError:
        return value


# File names are bytes on POSIX: one that is not UTF-8 (an old Latin-1 host name in a Maildir
# file name) reaches Python with surrogates, which SQLite cannot store as text. (On Windows a
# name may hold a lone UTF-16 half, which no byte gave: kept apart, as UTF-8 would write it.)
_BYTES_PATH = "\0fs:"
_UTF16_HALVES_PATH = "\0u16:"


def _stored_path(path: str) -> str:
    """A path to match again later, losslessly: as it is, or its bytes in hex."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        try:
            return _BYTES_PATH + path.encode("utf-8", "surrogateescape").hex()
        except UnicodeEncodeError:
            return _UTF16_HALVES_PATH + path.encode("utf-8", "surrogatepass").hex()
    return path


def _read_path(value: object) -> str:
    text = str(value)
    if text.startswith(_BYTES_PATH):
        return bytes.fromhex(text[len(_BYTES_PATH) :]).decode("utf-8", "surrogateescape")
    if text.startswith(_UTF16_HALVES_PATH):
        return bytes.fromhex(text[len(_UTF16_HALVES_PATH) :]).decode("utf-8", "surrogatepass")
    return text
