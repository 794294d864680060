"""Fixtures for the dialog tests: offscreen Qt, Qt warnings fail, real encrypted stores."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any QApplication exists

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget

from tests.conftest import LAYOUT_A, LAYOUT_B
from tldops_desktop.services.importer import ImportOptions, run_import
from tldops_desktop.services.store import Store
from tldops_desktop.storage.keys import KeySource

TEST_PASSPHRASE = "test-pass"
# Said by the offscreen platform plugin itself for any dialog with a layout, and by Qt's font
# database when this machine has no font with shaping tables for a script (the IDN ccTLDs
# in Bengali, Tamil, ... on the sheet): the machine's, not ours.
PLATFORM_NOISE = (
    "This plugin does not support propagateSizeHints()",
    "OpenType support missing for",
)


@pytest.fixture(autouse=True)
def qt_warnings_fail(qapp: QApplication) -> Iterator[list[str]]:
    """Any Qt warning (or worse) during a test fails it."""
    messages: list[str] = []

    def handler(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if message.startswith(PLATFORM_NOISE):
            return
        if kind not in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg):
            messages.append(f"{kind.name}: {message}")

    previous = qInstallMessageHandler(handler)
    yield messages
    qInstallMessageHandler(previous)
    assert not messages, "Qt warnings: " + "; ".join(messages)


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def open_store(store_dir: Path) -> Callable[[], Store]:
    def opener() -> Store:
        return Store.open(
            store_dir, KeySource(passphrase=TEST_PASSPHRASE, prompt=None), create=True
        )

    return opener


@pytest.fixture
def store(open_store: Callable[[], Store]) -> Iterator[Store]:
    opened = open_store()
    yield opened
    opened.close()


@pytest.fixture
def two_editions(store: Store) -> Store:
    """The store with editions 20261001 (layout B) and 20261101 (layout A)."""
    run_import([str(LAYOUT_B), str(LAYOUT_A)], store.repo, ImportOptions())
    return store


@pytest.fixture
def close_modals(qapp: QApplication) -> Callable[[], list[QWidget]]:
    """Close every modal dialog shown (the way a user would press Esc); what was closed."""

    def close() -> list[QWidget]:
        closed = []
        while (widget := QApplication.activeModalWidget()) is not None:
            closed.append(widget)
            widget.close()
            if QApplication.activeModalWidget() is widget:
                break
        return closed

    return close
