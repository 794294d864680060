"""Schema versions, applied in order and recorded in ``PRAGMA user_version``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

SCHEMA_V1 = """
CREATE TABLE editions (
    id INTEGER PRIMARY KEY,
    stamp TEXT NOT NULL UNIQUE,
    sent_at TEXT,
    message_id TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    trusted INTEGER NOT NULL,
    trust_reason TEXT NOT NULL DEFAULT '',
    layout TEXT NOT NULL DEFAULT '',
    container TEXT NOT NULL DEFAULT 'message',
    source TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL
);
CREATE TABLE members (
    id INTEGER PRIMARY KEY,
    edition_id INTEGER NOT NULL REFERENCES editions(id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    ace TEXT NOT NULL,
    unicode TEXT NOT NULL,
    country TEXT NOT NULL,
    region TEXT,
    region_inferred TEXT,
    source_line TEXT NOT NULL DEFAULT '',
    UNIQUE (edition_id, ace)
);
CREATE INDEX members_by_ace ON members(ace);
CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    email_valid INTEGER NOT NULL,
    phone TEXT NOT NULL,
    phone_e164 TEXT
);
CREATE INDEX contacts_by_member ON contacts(member_id);
CREATE TABLE edition_lines (
    edition_id INTEGER NOT NULL REFERENCES editions(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    line INTEGER NOT NULL,
    code TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX edition_lines_by_edition ON edition_lines(edition_id);
CREATE TABLE conflicts (
    id INTEGER PRIMARY KEY,
    stamp TEXT NOT NULL,
    message_id TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    source TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    UNIQUE (stamp, content_hash)
);
"""

SCHEMA_V2 = """
CREATE TABLE scan_marks (
    path TEXT NOT NULL,
    context TEXT NOT NULL,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    head_hash TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (path, context)
);
"""

# Whether an edition's copy was whole: it reached the list's footer, its closing MIME boundary
# or its HTML's end (1), or not (0); NULL for one stored before this was recorded. A copy cut
# short gives way to the whole one; a whole one never does (see ``core.cut_copy``).
SCHEMA_V3 = """
ALTER TABLE editions ADD COLUMN complete INTEGER;
"""


def derive_numbers_again(connection: Any) -> None:
    """Version 4, data only: every stored number's E.164 form worked out again as an import
    reads it now. Before, digits that make no number ("24/7", "Mon-Fri 9-17") were given
    one, which search and ``show`` read from here (vCards work numbers out each time)."""
    from tldops_desktop.core.cctlds import numbering_region
    from tldops_desktop.core.phones import to_e164

    rows = connection.execute(
        "SELECT c.id, c.phone, c.phone_e164, m.ace FROM contacts c "
        "JOIN members m ON c.member_id = m.id WHERE c.phone != ''"
    ).fetchall()
    changed = [
        (new, row_id)
        for row_id, phone, old, ace in rows
        if (new := to_e164(phone, numbering_region(ace))) != old
    ]
    connection.executemany("UPDATE contacts SET phone_e164 = ? WHERE id = ?", changed)


def derive_contacts_again(connection: Any) -> None:
    """Version 5, data only: the numbers again (a mobile written with its country code but
    no "+", "49 151 ...", was read as a landline of that length; of "Office ..., mobile ..."
    the desk line was kept), and which addresses are addresses ("cert@registro.br." with a
    full stop after it was taken for one)."""
    from tldops_desktop.core.emails import is_address

    derive_numbers_again(connection)
    rows = connection.execute("SELECT id, email, email_valid FROM contacts").fetchall()
    changed = [
        (int(valid), row_id)
        for row_id, email, old in rows
        if (valid := is_address(email)) != bool(old)
    ]
    connection.executemany("UPDATE contacts SET email_valid = ? WHERE id = ?", changed)


def add_reader(connection: Any) -> None:
    """Version 6: the reader that read an edition's email (``mail.reader``; NULL: one stored
    before this was recorded). Another reader's reading of the same email takes the place of
    the one stored (``AddOutcome.REREAD``): the history is then read one way, and its
    changes are the members', not the reader's. (Added once: the data steps before it may
    run again on a database that has it.)"""
    columns = {row[1] for row in connection.execute("PRAGMA table_info(editions)")}
    if "read_by" not in columns:
        connection.execute("ALTER TABLE editions ADD COLUMN read_by TEXT")


def derive_contacts_once_more(connection: Any) -> None:
    """Version 7, data only: the numbers and addresses again. A Mexican number written with
    a prefix its plan dropped in 2019 ("+52 1 55 1234 5678", "044 55 1234 5678") was given
    none; an address with a comma or a bracket about it ("noc@nic.ad,") was taken for one."""
    derive_contacts_again(connection)


def derive_numbers_once_more(connection: Any) -> None:
    """Version 8, data only: the numbers again. One too short for any mobile or landline of
    its plan (cut by a wrap, "+971 50 123") was given an E.164 form, offered to dial."""
    derive_numbers_again(connection)


# Index i holds the step that takes the schema from version i to i + 1: a script, or a
# function for a step on the data alone.
MIGRATIONS: tuple[str | Callable[[Any], None], ...] = (
    SCHEMA_V1,
    SCHEMA_V2,
    SCHEMA_V3,
    derive_numbers_again,
    derive_contacts_again,
    add_reader,
    derive_contacts_once_more,
    derive_numbers_once_more,
)
LATEST_VERSION = len(MIGRATIONS)


class SchemaTooNewError(Exception):
    def __init__(self, found: int) -> None:
        super().__init__(found)
        self.found = found


def migrate(connection: Any) -> int:
    """Bring the schema to the latest version, each step in its own transaction."""
    version = int(connection.execute("PRAGMA user_version").fetchone()[0])
    if version > LATEST_VERSION:
        raise SchemaTooNewError(version)
    for target in range(version + 1, LATEST_VERSION + 1):
        step = MIGRATIONS[target - 1]
        connection.execute("BEGIN IMMEDIATE")
        try:
            if callable(step):
                step(connection)
            else:
                for statement in _statements(step):
                    connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {target:d}")
            connection.execute("COMMIT")
        except BaseException:
            # SQLite may have undone it already (a full disk): the first error is the one
            # to report, not "no transaction is active".
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
    return LATEST_VERSION


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]
