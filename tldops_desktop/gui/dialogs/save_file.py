"""Asking where to save a file, so that the file written is the one whose replacing was agreed.

The dialog adds the suffix itself (``defaultSuffix``), so its own "already exists" question
names the file that will be written. Native dialogs may ignore the default suffix (some Linux
portals do); the platform's dialog is kept all the same, and a name that still lacks the suffix
gets it here, with the same question asked again when that file exists.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget


def ask_save_path(
    parent: QWidget | None,
    caption: str,
    default_name: str,
    filters: Sequence[tuple[str, str]],
) -> Path | None:
    """The file to write, or None when the user cancels.

    ``filters`` pairs each name filter with its suffix (``("vCard files (*.vcf)", ".vcf")``);
    a name without one of the suffixes gets that of the filter chosen.
    """
    suffixes = dict(filters)
    first = filters[0][1]
    dialog = QFileDialog(parent, caption, default_name, ";;".join(name for name, _ in filters))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(first.lstrip("."))
    dialog.filterSelected.connect(
        lambda chosen: dialog.setDefaultSuffix(suffixes.get(chosen, first).lstrip("."))
    )
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    chosen = Path(dialog.selectedFiles()[0])
    if chosen.suffix.lower() in {suffix for _, suffix in filters}:
        return chosen
    path = chosen.with_name(chosen.name + suffixes.get(dialog.selectedNameFilter(), first))
    if path.exists() and not confirm_replace(parent, caption, path):
        return None
    return path


# The question Qt's dialog asks, word for word, so both read the same; it is translated by
# Qt's own catalogue (qtbase_<lang>.qm, loaded at start-up), which lupdate leaves alone when
# the text is named through constants: the app's .ts files need not translate it again.
_QT_CONTEXT = "QFileDialog"
_QT_QUESTION = "%1 already exists.\nDo you want to replace it?"


def confirm_replace(parent: QWidget | None, caption: str, path: Path) -> bool:
    """Qt's own question (and Qt's translations of it) for a file that exists."""
    text = QCoreApplication.translate(_QT_CONTEXT, _QT_QUESTION).replace("%1", path.name)
    answer = QMessageBox.warning(
        parent,
        caption,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
