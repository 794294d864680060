"""The session: the store's current edition, search, changes, freshness, the demo."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from tldops_desktop.gui.session import (
    DEMO_PASSPHRASE,
    Session,
    demo_data_dir,
    demo_sources,
    open_demo_store,
)
from tldops_desktop.services.contacts import compare
from tldops_desktop.services.contacts import search as cli_search
from tldops_desktop.services.store import Store


@pytest.mark.parametrize(
    "text", ["", "рф", "russia", "lefevre", "+7 912", "00 7 912", "region:AP", "tld:de", "an e"]
)
def test_search_is_the_clis(session: Session, store: Store, text: str) -> None:
    assert session.search(text).members == cli_search(store.repo, text).members
    assert session.search(text, "EU").members == cli_search(store.repo, text, "EU").members


def test_bad_region_is_not_an_error(session: Session) -> None:
    outcome = session.search("region:XX")
    assert outcome.members == [] and not outcome.valid


def test_current_edition_and_changes(session: Session, store: Store) -> None:
    assert session.edition is not None and session.edition.stamp == "20261101-0600"
    diff = compare(store.repo, None, None)
    assert session.diff == diff
    change = diff.changed[0]
    assert session.changed_contacts(change.ace) == diff.changed_contacts(change.ace)
    assert change.ace in session.changed_members()
    assert session.changed_contacts("no-such") == {}


def test_reload_signals(session: Session, qtbot) -> None:
    with qtbot.waitSignal(session.reloaded, timeout=1000):
        session.reload()


def test_freshness(session: Session) -> None:
    assert not session.is_stale(datetime(2026, 12, 11, 5, 0, tzinfo=UTC))
    assert session.is_stale(datetime(2026, 12, 11, 7, 0, tzinfo=UTC))


def test_demo_store_is_apart(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    assert demo_data_dir(data_dir) == tmp_path / "data-demo"
    assert len(demo_sources()) == 2
    store = open_demo_store(data_dir)
    try:
        assert store.data_dir == tmp_path / "data-demo"
        assert store.key_info.mode == "passphrase"
        assert [e.stamp for e in store.repo.editions()] == ["20261101-0600", "20261001-0600"]
        assert all(e.trusted for e in store.repo.editions())
        current = store.repo.current_edition()
        assert current is not None
        assert all(c.email.endswith(".demo.example") for m in current.members for c in m.contacts)
    finally:
        store.close()
    assert not data_dir.exists()
    again = open_demo_store(data_dir)  # opened again, not imported twice
    try:
        assert len(again.repo.editions()) == 2
    finally:
        again.close()
    assert DEMO_PASSPHRASE
