"""An edition not sent through the list, imported on request, with no trusted one stored:
it is current, and every place that shows or hands on its contacts says it may be false."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from tests.conftest import LAYOUT_A
from tests.gui.conftest import TEST_PASSPHRASE
from tldops_desktop.gui.detail import member_plain_text
from tldops_desktop.gui.dialogs.export_dialog import QrDialog
from tldops_desktop.gui.session import Session
from tldops_desktop.services.importer import ImportOptions, run_import
from tldops_desktop.services.store import Store
from tldops_desktop.storage.keys import KeySource


def spoofed(folder: Path) -> Path:
    """The sample edition without the list's headers, and with .de's number changed."""
    lines = LAYOUT_A.read_bytes().split(b"\n")
    kept = [ln for ln in lines if not ln.lower().startswith((b"list-id:", b"sender:"))]
    path = folder / "spoof.eml"
    path.write_bytes(b"\n".join(kept).replace(b"From: ", b"From: TLD-OPS <", 1))
    return path


@pytest.fixture
def untrusted_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("TLDOPS_PASSPHRASE", TEST_PASSPHRASE)
    keys = KeySource(passphrase=TEST_PASSPHRASE, prompt=None)
    store = Store.open(tmp_path / "data", keys, create=True)
    report = run_import([str(spoofed(tmp_path))], store.repo, ImportOptions(allow_untrusted=True))
    assert report.imported and report.untrusted
    yield store
    store.close()


def test_an_untrusted_current_edition_is_marked_everywhere(
    make_window: Any, untrusted_store: Store, qtbot: Any
) -> None:
    session = Session(untrusted_store)
    assert session.edition is not None and not session.edition.trusted
    window = make_window(session)
    assert window.banners.trust.isVisible()
    assert "NOT sent through the TLD-OPS list" in window.banners.trust_label.text()
    assert "NOT sent through the list" in window.windowTitle()

    window.table.setCurrentIndex(window.proxy.index(0, 0))
    notes = window.detail.findChildren(QLabel, "untrustedNote")
    assert len(notes) == 1 and notes[0].isVisible()
    member = window.detail.member
    assert member is not None
    with qtbot.waitSignal(window.detail.copy_requested) as copied:
        window.detail.copy_all()
    assert "NOT sent through the TLD-OPS list" in copied.args[0]
    assert "NOT sent" not in member_plain_text(member, "20261101-0600")  # a trusted one's

    qr = QrDialog(window, session.edition, member, member.contacts[0])
    qtbot.addWidget(qr)
    assert qr.findChild(QLabel, "untrustedNote") is not None


def test_a_trusted_current_edition_shows_no_trust_warning(window: Any) -> None:
    assert not window.banners.trust.isVisible()
    assert "NOT" not in window.windowTitle()
    window.table.setCurrentIndex(window.proxy.index(0, 0))
    assert window.detail.findChildren(QLabel, "untrustedNote") == []
