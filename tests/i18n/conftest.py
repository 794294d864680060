"""Translation tests: offscreen Qt, the GUI fixtures, and the language put back after each test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import (  # noqa: F401  (fixtures)
    data_dir,
    fail_on_qt_warnings,
    imported_template,
    make_window,
    opened_urls,
    session,
    settings,
    store,
    window,
)
from tests.i18n.tsfile import load_script
from tldops_desktop.gui import i18n


@pytest.fixture(scope="session")
def compiled_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .qm files compiled now from i18n/*.ts (into a folder of this test session)."""
    out = tmp_path_factory.mktemp("qm")
    load_script("build_translations").compile_translations(out=out)
    return out


@pytest.fixture
def use_compiled_qm(compiled_qm: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``install_translators`` loads the freshly compiled .qm, not whatever the tree holds."""
    monkeypatch.setattr(i18n, "translations_dir", lambda: compiled_qm)
    return compiled_qm


@pytest.fixture(autouse=True)
def restore_language(qapp: QApplication) -> Iterator[None]:
    """Each test starts and ends in English, left to right, in the locale it found."""
    locale = QLocale()
    yield
    for translator in qapp.findChildren(QTranslator):
        if translator.objectName() in {"tldops-translator", "qtbase-translator"}:
            qapp.removeTranslator(translator)
            translator.setParent(None)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qapp.setProperty("tldops_language", None)
    QLocale.setDefault(locale)
