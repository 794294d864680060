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
    notice = window.feedback.not_member_notice
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
    _import_later_edition(store, data_dir)
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
    qtbot: Any, store: Store, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _import_later_edition(store, data_dir)  # one backup
    boxes: list[QMessageBox] = []
    choose_restore = False
    flows: list[Path] = []

    def exec_box(self: QMessageBox) -> int:
        boxes.append(self)
        if choose_restore:
            next(b for b in self.buttons() if "Restore" in b.text()).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    monkeypatch.setattr(restore_module, "restore_flow", lambda parent, folder: flows.append(folder))
    error = UserError("The database is damaged (English).", code="corrupt", hint="restore")
    assert offer_restore(None, data_dir, error) == "closed"  # closed: nothing restored
    assert flows == []
    box = boxes[0]
    assert box.text() == "The contacts database is damaged."
    info = box.informativeText()
    assert "Restore its backup, taken" in info and "1 backups" not in info
    assert "tldops restore" not in info and "`" not in info
    choose_restore = True
    offer_restore(None, data_dir, error)
    assert flows == [data_dir]  # "Restore a backup…" leads to the backups of that folder


def test_a_damaged_database_without_backups_offers_a_new_folder(
    qtbot: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes: list[QMessageBox] = []

    def exec_box(self: QMessageBox) -> int:
        boxes.append(self)
        next(b for b in self.buttons() if "new data folder" in b.text()).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    error = UserError("damaged", code="corrupt", hint="restore")
    assert offer_restore(None, data_dir, error) == "new-folder"
    assert "no backup" in boxes[0].informativeText()
    assert not any("Restore" in b.text() for b in boxes[0].buttons())


def _import_later_edition(store: Store, data_dir: Path) -> None:
    extra = data_dir.parent / "extra.eml"
    later = LAYOUT_B.read_bytes().replace(b"20261001-0600", b"20261201-0600")
    extra.write_bytes(later.replace(b"Thu, 01 Oct 2026", b"Tue, 01 Dec 2026"))
    run_import([str(extra)], store.repo, ImportOptions())
    assert list_backups(data_dir)


def test_mistyped_restore_passphrase_is_asked_again_and_cancel_keeps_the_contacts(
    window: MainWindow, store: Store, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _import_later_edition(store, data_dir)
    monkeypatch.delenv("TLDOPS_PASSPHRASE")  # so the passphrase is asked for
    session = window.session
    labels: list[str] = []
    answers = ["test-pas", None]  # a typo, then Cancel

    def ask(parent: Any, label: str) -> str | None:
        labels.append(label)
        return answers.pop(0)

    monkeypatch.setattr(restore_module, "_ask_passphrase", ask)
    monkeypatch.setattr(RestoreDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    window.actions_by_key["restore"].trigger()
    assert "opens neither the contacts nor their backups" in labels[1]
    assert window.session is session  # nothing restored: the open contacts stay
    assert window.model.rowCount() == 200
    assert window.edition_label.text() != "No contacts yet"
    assert window.actions_by_key["restore"].isEnabled()


def test_restore_cancelled_in_the_list_keeps_the_contacts(
    window: MainWindow, store: Store, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _import_later_edition(store, data_dir)
    session = window.session
    monkeypatch.setattr(RestoreDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    window.actions_by_key["restore"].trigger()
    assert window.session is session and window.model.rowCount() == 200


def test_a_database_not_open_is_never_called_empty(window: MainWindow, data_dir: Path) -> None:
    window.set_session(None)  # e.g. the unlock after a failed restore was cancelled
    assert window.is_locked
    assert "closed" in window.locked_page.label.text()
    assert window.edition_label.text() != "No contacts yet"
    assert window.model.rowCount() == 0


def test_the_restore_list_tells_which_edition_each_backup_holds(
    qtbot: Any, store: Store, data_dir: Path
) -> None:
    current = store.repo.current_stamp()
    _import_later_edition(store, data_dir)
    dialog = RestoreDialog(None, data_dir)
    qtbot.addWidget(dialog)
    text = dialog.list.item(0).text()
    assert f"edition {current}" in text
    assert dialog.chosen() == list_backups(data_dir)[0]


def test_the_restore_list_chooses_the_last_backup_taken_after_the_clock_went_back(
    qtbot: Any, store: Store, data_dir: Path
) -> None:
    from datetime import UTC, datetime

    from tldops_desktop.storage.backup import take_backup

    take_backup(store.db, now=datetime(2026, 11, 2, tzinfo=UTC))
    last = take_backup(store.db, now=datetime(2000, 1, 1, tzinfo=UTC))  # the clock set back
    dialog = RestoreDialog(None, data_dir)
    qtbot.addWidget(dialog)
    chosen = dialog.chosen()
    assert chosen is not None and chosen.path == last.path
    assert dialog.list.item(0).text().startswith("2000-01-01")
