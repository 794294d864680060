"""What the window shows: the open store, its current edition, a search index and recent changes.

All of it comes from the services the CLI uses (``Store``, ``Repository``, ``SearchIndex``,
``diff_editions``); the session only keeps them together and reloads them after an import.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from tldops_desktop.core.diff import ContactChange, EditionDiff, diff_editions
from tldops_desktop.core.model import Edition, Member, is_stale
from tldops_desktop.core.query import QueryError, SearchIndex, parse_query
from tldops_desktop.services.importer import ImportOptions, run_import
from tldops_desktop.services.store import Store
from tldops_desktop.storage.keys import KeySource

DEMO_DIR = Path(__file__).resolve().parent.parent / "resources" / "demo"
# The demo data is synthetic and public: its database key may be public as well, so that the
# demo needs neither the keyring nor a passphrase.
DEMO_PASSPHRASE = "tldops-demo"

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def demo_data_dir(data_dir: Path) -> Path:
    """Where the demo lives: beside the real data dir, never inside it."""
    return data_dir.with_name(data_dir.name + "-demo")


def demo_sources() -> list[str]:
    return sorted(str(p) for p in DEMO_DIR.glob("*.eml"))


def open_demo_store(data_dir: Path) -> Store:
    """The demo edition(s) in their own data dir, imported on first use."""
    demo_dir = demo_data_dir(data_dir)
    store = Store.open(demo_dir, KeySource(passphrase=DEMO_PASSPHRASE, prompt=None), create=True)
    if store.repo.current_stamp() is None:
        run_import(demo_sources(), store.repo, ImportOptions())
    return store


@dataclass(frozen=True, slots=True)
class SearchOutcome:
    members: list[Member]
    valid: bool = True  # False when the query could not be understood (region:XX)


@dataclass(frozen=True, slots=True)
class FormerMember:
    """A ccTLD the current edition no longer lists, as the last edition that did listed it."""

    member: Member
    last_stamp: str  # the last edition listing it: where its contacts come from
    left_stamp: str  # the first edition after it that did not list it


# Editions of the same trust as the current one (a forged edition never tells who left).
_SAME_TRUST = "e.trusted = (SELECT max(trusted) FROM editions)"


class Session(QObject):
    """An unlocked store and what the window derives from it."""

    reloaded = Signal()

    def __init__(self, store: Store, *, demo: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.demo = demo
        self.edition: Edition | None = None
        self._index: SearchIndex | None = None
        self._former: tuple[list[FormerMember], SearchIndex] | None = None
        self.diff: EditionDiff | None = None
        self.reload()

    @property
    def data_dir(self) -> Path:
        return self.store.data_dir

    def reload(self) -> None:
        """Read the current edition again (after an import) and tell the window."""
        repo = self.store.repo
        self.edition = repo.current_edition()
        self._index = None  # built on first search, or by prepare() once the window shows
        self._former = None  # built when a search first finds no current member
        self.diff = None
        if self.edition is not None:
            stamps = repo.latest_stamps(2)
            if len(stamps) == 2 and stamps[0] == self.edition.stamp:
                previous = repo.edition(stamps[1])
                if previous is not None:
                    self.diff = diff_editions(previous, self.edition)
        self.reloaded.emit()

    def is_outdated(self) -> bool:
        """True when the database's current edition is not the one this session shows: one
        small query, so the window can poll it to notice an import by another process
        (``tldops import``, a second window) that this session has not read."""
        shown = self.edition.stamp if self.edition is not None else None
        return self.store.repo.current_stamp() != shown

    def former_stamps(self, ace: str) -> tuple[str, str] | None:
        """(last edition listing ``ace``, first one after it) when ``ace`` left before the
        current edition; None when it never was a member. Two small indexed queries: the
        not-a-member notice asks it as the user types."""
        edition = self.edition
        if edition is None or edition.member(ace) is not None:
            return None
        db = self.store.db
        last = db.query(
            "SELECT max(e.stamp) FROM members m JOIN editions e ON m.edition_id = e.id "
            f"WHERE m.ace = ? AND {_SAME_TRUST} AND e.stamp < ?",
            (ace, edition.stamp),
        )
        if not last or last[0][0] is None:
            return None
        after = db.query(
            f"SELECT min(e.stamp) FROM editions e WHERE {_SAME_TRUST} AND e.stamp > ?",
            (last[0][0],),
        )
        left = after[0][0] if after and after[0][0] is not None else edition.stamp
        return str(last[0][0]), str(left)

    def former_member(self, ace: str) -> FormerMember | None:
        """A member that left, with its contacts as of the last edition that listed it."""
        stamps = self.former_stamps(ace)
        if stamps is None:
            return None
        old = self.store.repo.edition(stamps[0])
        member = old.member(ace) if old is not None else None
        return FormerMember(member, *stamps) if member is not None else None

    def search_former(self, text: str) -> list[FormerMember]:
        """Former members a query finds (a number or an email of a member that left), each as
        of the last edition that listed it; asked only when no current member answers."""
        try:
            query = parse_query(text, typing=True)
        except QueryError:
            return []
        if query.is_empty:
            return []
        if self._former is None:
            formers = self._load_former()
            self._former = formers, SearchIndex([f.member for f in formers])
        formers, index = self._former
        by_id = {id(f.member): f for f in formers}
        return [by_id[id(m)] for m in index.search(query)]

    def _load_former(self) -> list[FormerMember]:
        edition = self.edition
        if edition is None:
            return []
        current = {m.tld.ace for m in edition.members}
        db = self.store.db
        rows = db.query(
            "SELECT m.ace, max(e.stamp) FROM members m JOIN editions e ON m.edition_id = e.id "
            f"WHERE {_SAME_TRUST} AND e.stamp < ? GROUP BY m.ace",
            (edition.stamp,),
        )
        last = {str(ace): str(stamp) for ace, stamp in rows if ace not in current}
        stamps = [
            str(r[0])
            for r in db.query(f"SELECT e.stamp FROM editions e WHERE {_SAME_TRUST} ORDER BY 1")
        ]
        editions = {stamp: self.store.repo.edition(stamp) for stamp in set(last.values())}
        formers = []
        for ace, stamp in sorted(last.items()):
            old = editions[stamp]
            member = old.member(ace) if old is not None else None
            after = stamps[bisect_right(stamps, stamp) :]
            if member is not None:
                formers.append(FormerMember(member, stamp, after[0] if after else edition.stamp))
        return formers

    @property
    def has_data(self) -> bool:
        return self.edition is not None

    @property
    def index(self) -> SearchIndex:
        if self._index is None:
            self._index = SearchIndex(self.edition.members if self.edition else ())
        return self._index

    def prepare(self) -> None:
        """Build the search index now (the window calls this right after its first paint:
        the index reads country names in several languages, which takes a moment)."""
        _ = self.index

    def prepare_numbers(self) -> None:
        """Work out the phone numbers' forms for search (after ``prepare``, when idle)."""
        self.index.prepare_numbers()

    @property
    def members(self) -> list[Member]:
        """Every member of the current edition, in the email's order."""
        return list(self.edition.members) if self.edition else []

    def search(self, text: str, region: str | None = None) -> SearchOutcome:
        """The CLI's matching: ``tldops search TEXT --region R``."""
        try:
            query = parse_query(text, typing=True).with_region(region)
        except QueryError:
            return SearchOutcome([], valid=False)
        if query.is_empty:
            return SearchOutcome(self.members)
        return SearchOutcome(self.index.search(query))

    def changed_contacts(self, ace: str) -> dict[int, ContactChange]:
        return self.diff.changed_contacts(ace) if self.diff else {}

    def changed_members(self) -> frozenset[str]:
        if self.diff is None:
            return frozenset()
        return frozenset(m.ace for m in self.diff.members if m.new is not None)

    def is_stale(self, now: datetime) -> bool:
        """True when the current edition is older than ``FRESHNESS_DAYS``."""
        return self.edition is not None and is_stale(self.edition, now)

    def close(self) -> None:
        self.store.close()
