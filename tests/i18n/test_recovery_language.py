"""The ways out of a lost key or a damaged database speak the interface language, and the
counts they show are written as it writes numbers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from tldops_desktop.errors import NoKeyError
from tldops_desktop.gui.dialogs.report import ImportReportDialog
from tldops_desktop.gui.dialogs.restore import damage_text
from tldops_desktop.gui.dialogs.unlock import UnlockDialog, fresh_start_box
from tldops_desktop.gui.i18n import install_translators
from tldops_desktop.services.import_report import ImportReport

LANGS = ["ar", "es", "fr", "ru", "zh_CN"]


@pytest.mark.parametrize("language", LANGS)
@pytest.mark.parametrize("code", ["keyring-key-missing", "keyring-unavailable"])
def test_keyring_box_is_translated_whole(
    qapp: QApplication, qtbot: Any, use_compiled_qm: Path, tmp_path: Path, language: str, code: str
) -> None:
    install_translators(qapp, language)
    box, _button = fresh_start_box(None, tmp_path, NoKeyError("English message", code=code))
    qtbot.addWidget(box)
    info = box.informativeText().replace(str(tmp_path), "")  # the path is the test's name
    texts = [box.text(), info, *(b.text() for b in box.buttons())]
    english = ("keyring", "mailbox", "data folder", "Start a new")
    assert not [t for t in texts if any(word in t for word in english)], texts
    assert "Quit" not in [b.text() for b in box.buttons()]
    assert str(tmp_path) in box.informativeText()
    assert "English message" not in box.informativeText()


@pytest.mark.parametrize("language", LANGS)
def test_forgotten_passphrase_help_and_damage_text_are_translated(
    qapp: QApplication, qtbot: Any, use_compiled_qm: Path, tmp_path: Path, language: str
) -> None:
    install_translators(qapp, language)
    dialog = UnlockDialog(None, tmp_path)
    qtbot.addWidget(dialog)
    assert "mailbox" not in dialog.forgot.text()
    assert "new data folder" not in dialog.new_folder_button.text()
    assert "backup" not in damage_text(tmp_path, [])


def test_report_counts_in_french(qapp: QApplication, qtbot: Any, use_compiled_qm: Path) -> None:
    install_translators(qapp, "fr")
    dialog = ImportReportDialog(None, ImportReport(messages_scanned=50110, editions_found=1))
    qtbot.addWidget(dialog)
    summary = dialog.summary.text()
    assert "50\u202f110 messages examinés" in summary or "50\u00a0110 messages examinés" in summary
    assert "1 édition trouvée" in summary
