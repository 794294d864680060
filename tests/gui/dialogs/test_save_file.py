"""The save dialog: the file written is the one whose replacing was agreed.

``QFileDialog.exec`` is replaced by what a user does in it (a name typed, a filter chosen);
with ``native=True`` the dialog behaves as a platform dialog that ignores the default suffix.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLibraryInfo, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit, QMessageBox

from tldops_desktop.gui.dialogs.export_dialog import ExportDialog, QrDialog
from tldops_desktop.gui.dialogs.save_file import ask_save_path

VCF = [("vCard files (*.vcf)", ".vcf")]
IMAGES = [("PNG image (*.png)", ".png"), ("SVG image (*.svg)", ".svg")]


class User:
    """Types ``name`` into the save dialog (after choosing ``name_filter``) and answers the
    "already exists" question with ``replace``; records what it was asked."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, name: Path, *, native: bool) -> None:
        self.name, self.native = name, native
        self.name_filter: str | None = None
        self.replace = False
        self.suffixes: list[str] = []
        self.questions: list[str] = []

        def save_dialog(dialog: QFileDialog) -> int:  # a function: called as dialog.exec()
            return self._save_dialog(dialog)

        monkeypatch.setattr(QFileDialog, "exec", save_dialog)
        monkeypatch.setattr(QMessageBox, "warning", self._question)

    def _save_dialog(self, dialog: QFileDialog) -> int:
        if self.name_filter is not None:
            dialog.selectNameFilter(self.name_filter)
            dialog.filterSelected.emit(self.name_filter)  # as a click on the filter does
        self.suffixes.append(dialog.defaultSuffix())
        if self.native:
            dialog.setDefaultSuffix("")
        dialog.selectFile(str(self.name))
        return int(QDialog.DialogCode.Accepted.value)

    def _question(self, _parent: Any, _title: str, text: str, *_args: Any) -> Any:
        self.questions.append(text)
        return QMessageBox.StandardButton.Yes if self.replace else QMessageBox.StandardButton.No


@pytest.fixture
def user(monkeypatch: pytest.MonkeyPatch) -> Callable[..., User]:
    def make(name: Path, *, native: bool = False) -> User:
        return User(monkeypatch, name, native=native)

    return make


def test_the_dialog_adds_the_suffix_itself(user: Callable[..., User], tmp_path: Path) -> None:
    (tmp_path / "tld-ops.vcf").write_text("MY OTHER CONTACTS\n")
    typed = user(tmp_path / "tld-ops")
    # The dialog's own question covered tld-ops.vcf: no second one.
    assert ask_save_path(None, "Save", "x.vcf", VCF) == tmp_path / "tld-ops.vcf"
    assert typed.suffixes == ["vcf"] and typed.questions == []


def test_qts_own_question_names_the_file_with_its_suffix(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Qt's dialog itself (not replaced here): "tld-ops" typed, tld-ops.vcf exists."""
    (tmp_path / "tld-ops.vcf").write_text("MY OTHER CONTACTS\n")
    asked: list[str] = []

    def answer_no() -> None:
        for box in qapp.topLevelWidgets():
            if isinstance(box, QMessageBox) and box.isVisible():
                asked.append(box.text())
                box.button(QMessageBox.StandardButton.No).click()

    def type_and_press_save(dialog: QFileDialog) -> int:
        name_field = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name_field is not None  # Qt's own dialog: no platform dialog offscreen
        name_field.setText("tld-ops")
        QTimer.singleShot(0, answer_no)
        dialog.accept()  # what Save does; the question runs its own event loop
        return dialog.result()

    monkeypatch.setattr(QFileDialog, "exec", type_and_press_save)
    assert ask_save_path(None, "Save", str(tmp_path / "x.vcf"), VCF) is None
    assert asked == ["tld-ops.vcf already exists.\nDo you want to replace it?"]
    assert (tmp_path / "tld-ops.vcf").read_text() == "MY OTHER CONTACTS\n"


def test_a_suffix_added_after_the_dialog_asks_before_replacing(
    user: Callable[..., User], tmp_path: Path
) -> None:
    existing = tmp_path / "tld-ops.vcf"
    existing.write_text("MY OTHER CONTACTS\n")
    typed = user(tmp_path / "tld-ops", native=True)
    assert ask_save_path(None, "Save", "x.vcf", VCF) is None  # answered No
    assert typed.questions == ["tld-ops.vcf already exists.\nDo you want to replace it?"]
    typed.replace = True
    assert ask_save_path(None, "Save", "x.vcf", VCF) == existing


def test_the_question_is_in_qts_own_translation(
    qapp: QApplication, user: Callable[..., User], tmp_path: Path
) -> None:
    (tmp_path / "tld-ops.vcf").write_text("MY OTHER CONTACTS\n")
    typed = user(tmp_path / "tld-ops", native=True)
    french = QTranslator()
    if not french.load("qtbase_fr", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        pytest.skip("Qt's own translations are not installed")
    qapp.installTranslator(french)
    try:
        ask_save_path(None, "Save", "x.vcf", VCF)
    finally:
        qapp.removeTranslator(french)
    assert typed.questions == ["Le fichier tld-ops.vcf existe déjà\nVoulez-vous l'écraser\xa0?"]


def test_a_new_name_is_not_questioned(user: Callable[..., User], tmp_path: Path) -> None:
    typed = user(tmp_path / "new", native=True)
    assert ask_save_path(None, "Save", "x.vcf", VCF) == tmp_path / "new.vcf"
    assert typed.questions == []
    typed.name = tmp_path / "named.vcf"
    assert ask_save_path(None, "Save", "x.vcf", VCF) == tmp_path / "named.vcf"


@pytest.mark.parametrize("native", [False, True])
def test_the_filter_chosen_gives_the_suffix(
    user: Callable[..., User], tmp_path: Path, native: bool
) -> None:
    typed = user(tmp_path / "code", native=native)
    typed.name_filter = IMAGES[1][0]
    assert ask_save_path(None, "Save", "x.png", IMAGES) == tmp_path / "code.svg"
    assert typed.suffixes == ["svg"]


def test_cancel_writes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "exec", lambda _dialog: 0)
    assert ask_save_path(None, "Save", "x.vcf", VCF) is None


# -- the dialogs that save ---------------------------------------------------------------------


def test_export_never_replaces_a_file_the_user_kept(
    qtbot: Any, two_editions: Any, user: Callable[..., User], tmp_path: Path
) -> None:
    """The review's case: "tld-ops" typed, a file tld-ops.vcf of other contacts beside it."""
    edition = two_editions.repo.current_edition()
    members = list(edition.members)
    dialog = ExportDialog(None, edition, selected=members[:1], results=[], all_members=members)
    qtbot.addWidget(dialog)
    existing = tmp_path / "tld-ops.vcf"
    existing.write_text("MY OTHER CONTACTS, NOT TLD-OPS\n")
    typed = user(tmp_path / "tld-ops", native=True)
    dialog.choose_and_export()
    assert existing.read_text() == "MY OTHER CONTACTS, NOT TLD-OPS\n"
    assert dialog.written == [] and len(typed.questions) == 1
    typed.replace = True
    dialog.choose_and_export()
    assert dialog.written == [existing]
    assert existing.read_text(encoding="utf-8").startswith("BEGIN:VCARD")


def test_the_qr_code_asks_too(
    qtbot: Any, two_editions: Any, user: Callable[..., User], tmp_path: Path
) -> None:
    edition = two_editions.repo.current_edition()
    member = edition.members[0]
    dialog = QrDialog(None, edition, member, member.contacts[0])
    qtbot.addWidget(dialog)
    existing = tmp_path / "photo.png"
    existing.write_bytes(b"a photo")
    typed = user(tmp_path / "photo", native=True)
    dialog.choose_and_save()
    assert existing.read_bytes() == b"a photo" and len(typed.questions) == 1
