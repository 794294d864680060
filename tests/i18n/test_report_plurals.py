"""The import report's counts of what was left out, in each language's plural forms."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from tldops_desktop.gui.dialogs.report import ImportReportDialog
from tldops_desktop.gui.i18n import install_translators
from tldops_desktop.services.import_report import ImportReport


def not_mail(count: int) -> ImportReport:
    report = ImportReport(messages_scanned=count, editions_found=0)
    report.errors += [
        {"source": f"{n}.bin", "code": "not-mail", "detail": ""} for n in range(count)
    ]
    return report


def summary(qtbot: Any, report: ImportReport) -> str:
    dialog = ImportReportDialog(None, report)
    qtbot.addWidget(dialog)
    text: str = dialog.summary.text()
    return text


def test_russian_plural_forms(qapp: QApplication, qtbot: Any, use_compiled_qm: Path) -> None:
    install_translators(qapp, "ru")
    assert "2 файла не удалось прочитать как почту." in summary(qtbot, not_mail(2))
    assert "5 файлов не удалось прочитать как почту." in summary(qtbot, not_mail(5))
    assert "21 файл не удалось прочитать как почту." in summary(qtbot, not_mail(21))
    assert "Один файл не удалось прочитать как почту." in summary(qtbot, not_mail(1))


def test_every_language_says_what_was_left_out(
    qapp: QApplication, qtbot: Any, use_compiled_qm: Path
) -> None:
    report = not_mail(3)
    report.untrusted += [
        {"stamp": f"2099{m:02}01-0600", "source": "x.mbox", "imported": False} for m in (1, 2)
    ]
    english = summary(qtbot, report)
    for language in ("ar", "es", "fr", "ru", "zh_CN"):
        install_translators(qapp, language)
        translated = summary(qtbot, report)
        assert translated != english, language
        assert "TLD-OPS" in translated, language
        assert "%" not in translated, language  # every %Ln replaced
