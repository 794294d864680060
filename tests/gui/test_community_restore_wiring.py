"""The main window's ways to the community views, the requests and the backups."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from tests.conftest import LAYOUT_B
from tests.gui.conftest import TEST_PASSPHRASE, type_text
from tldops_desktop.errors import UserError
from tldops_desktop.gui.dialogs import restore as restore_module
from tldops_desktop.gui.dialogs.restore import RestoreDialog, offer_restore
from tldops_desktop.gui.mainwindow import MainWindow
from tldops_desktop.services.importer import ImportOptions, run_import
from tldops_desktop.services.store import Store
from tldops_desktop.storage.backup import list_backups
from tldops_desktop.storage.keys import KeySource


def test_a_non_member_is_said_plainly_with_the_iana_fallback(
    window: MainWindow, qtbot: Any, opened_urls: Any
) -> None:
    type_text(window.search_field, ".ao")
    notice = window.not_member_notice
    assert notice.isVisible()
    assert "not a TLD-OPS member as of edition" in notice.text()
    assert "20261101-0600" in notice.text()
    assert "https://www.iana.org/domains/root/db/ao.html" in notice.text()
    notice.linkActivated.emit("https://www.iana.org/domains/root/db/ao.html")
    assert opened_urls.urls == ["https://www.iana.org/domains/root/db/ao.html"]  # on click only
    window.search_field.clear()
    type_text(window.search_field, ".xq")
    assert "not a delegated ccTLD" in notice.text()
    window.search_field.clear()
    type_text(window.search_field, ".de")
    assert not notice.isVisible()


def test_non_members_and_requests_open_their_dialogs(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[tuple[str, Any]] = []

    def record(self: QDialog) -> int:
        opened.append((type(self).__name__, getattr(self, "kind", None)))
        return 0

    monkeypatch.setattr(QDialog, "exec", record)
    window.actions_by_key["nonmembers"].trigger()
    type_text(window.search_field, ".de")
    window.actions_by_key["request-update"].trigger()
    window.actions_by_key["request-join"].trigger()
    assert [name for name, _ in opened] == ["NonMembersDialog", "RequestDialog", "RequestDialog"]


def test_restore_from_the_window_puts_the_backup_back(
    window: MainWindow, store: Store, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = [e.stamp for e in store.repo.editions()]
    # An import that writes takes a backup first; then the newer edition is gone from it.
    extra = data_dir.parent / "extra.eml"
    later = LAYOUT_B.read_bytes().replace(b"20261001-0600", b"20261201-0600")
    extra.write_bytes(later.replace(b"Thu, 01 Oct 2026", b"Tue, 01 Dec 2026"))
    run_import([str(extra)], store.repo, ImportOptions())
    assert list_backups(data_dir)
    assert "20261201-0600" in [e.stamp for e in store.repo.editions()]

    monkeypatch.setattr(RestoreDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(
        window, "_unlock",
        lambda folder, create: Store.open(folder, KeySource(passphrase=TEST_PASSPHRASE, prompt=None)),
    )  # fmt: skip
    window.actions_by_key["restore"].trigger()
    assert window.session is not None
    assert [e.stamp for e in window.session.store.repo.editions()] == before
    assert any(p.name.startswith("tldops.db.before-restore-") for p in data_dir.iterdir())


def test_a_damaged_database_offers_the_backups(
    qtbot: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    choose_restore = False
    flows: list[Path] = []

    def exec_box(self: QMessageBox) -> int:
        asked.append(self.text())
        if choose_restore:
            next(b for b in self.buttons() if "Restore" in b.text()).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    monkeypatch.setattr(restore_module, "restore_flow", lambda parent, folder: flows.append(folder))
    error = UserError("The database is damaged.", code="corrupt", hint="restore")
    assert offer_restore(None, data_dir, error) is False  # closed: nothing restored
    assert asked == ["The database is damaged."] and flows == []
    choose_restore = True
    offer_restore(None, data_dir, error)
    assert flows == [data_dir]  # "Restore a backup…" leads to the backups of that folder
