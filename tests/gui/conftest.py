"""GUI test fixtures: offscreen Qt, Qt warnings fail the test, a real encrypted store."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

import shutil
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import (
    QEvent,
    QMessageLogContext,
    QSettings,
    Qt,
    QtMsgType,
    QUrl,
    qInstallMessageHandler,
)
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from tests.conftest import LAYOUT_A, LAYOUT_B, SMALL_MBOX
from tldops_desktop.gui.i18n import LRI, PDI
from tldops_desktop.gui.settings_store import AppSettings
from tldops_desktop.services.importer import ImportOptions, run_import
from tldops_desktop.services.store import Store
from tldops_desktop.storage.keys import KeySource

TEST_PASSPHRASE = "test-pass"
SAMPLES = [str(LAYOUT_A), str(LAYOUT_B), str(SMALL_MBOX)]
# A day after the newest sample edition (20261101-0600): the data is fresh.
FRESH_NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
# What the offscreen platform plugin itself says on every top-level window: not our doing.
PLATFORM_NOISE = ("This plugin does not support propagateSizeHints()",)


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key (QTest.keyClicks only knows ASCII: рф, 中国 need this)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


@pytest.fixture(autouse=True)
def fail_on_qt_warnings() -> Iterator[list[str]]:
    """Every Qt warning or critical message during a GUI test fails it (qutebrowser does so)."""
    messages: list[str] = []

    def handler(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        serious = (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
        if kind in serious and not message.startswith(PLATFORM_NOISE):
            messages.append(f"{kind.name}: {message}")

    previous = qInstallMessageHandler(handler)
    yield messages
    qInstallMessageHandler(previous)
    if messages:
        pytest.fail("Qt warnings:\n" + "\n".join(messages), pytrace=False)


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    """Settings in an INI file of this test (never the user's)."""
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture(scope="session")
def imported_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The three samples imported once into a real encrypted store; tests get a copy."""
    data_dir = tmp_path_factory.mktemp("template") / "data"
    store = Store.open(data_dir, KeySource(passphrase=TEST_PASSPHRASE, prompt=None), create=True)
    try:
        report = run_import(SAMPLES, store.repo, ImportOptions())
        assert "20261101-0600" in report.imported
    finally:
        store.close()
    return data_dir


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(
    imported_template: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Store]:
    monkeypatch.setenv("TLDOPS_PASSPHRASE", TEST_PASSPHRASE)
    shutil.copytree(imported_template, data_dir)
    opened = Store.open(data_dir, KeySource(passphrase=TEST_PASSPHRASE, prompt=None))
    yield opened
    opened.close()


@pytest.fixture
def session(store: Store) -> Any:
    from tldops_desktop.gui.session import Session

    return Session(store)


class UrlRecorder:
    """Stands in for QDesktopServices.openUrl: no test opens anything."""

    def __init__(self) -> None:
        self.urls: list[str] = []

    def __call__(self, url: QUrl) -> bool:
        self.urls.append(url.toString())
        return True


@pytest.fixture
def opened_urls() -> UrlRecorder:
    return UrlRecorder()


@pytest.fixture
def make_window(
    qtbot: Any, settings: AppSettings, data_dir: Path, opened_urls: UrlRecorder
) -> Callable[..., Any]:
    from tldops_desktop.gui.mainwindow import MainWindow

    def make(session: Any = None, *, now: datetime = FRESH_NOW, show: bool = True) -> Any:
        window = MainWindow(settings, data_dir, session, clock=lambda: now, url_opener=opened_urls)
        qtbot.addWidget(window)
        if show:
            window.show()
            qtbot.waitExposed(window)
            window.activateWindow()
        return window

    return make


@pytest.fixture
def window(make_window: Callable[..., Any], session: Any) -> Any:
    return make_window(session)


@pytest.fixture
def right_to_left(qapp: QApplication) -> Iterator[None]:
    """The application laid out right to left, as in Arabic; restored afterwards."""
    before = qapp.layoutDirection()
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    qapp.setLayoutDirection(before)


@pytest.fixture
def app_palette(qapp: QApplication) -> Iterator[Callable[[QPalette], None]]:
    """Sets the application's palette while the window runs (a theme switch); restored
    afterwards."""
    before = qapp.palette()

    def set_palette(palette: QPalette) -> None:
        qapp.setPalette(palette)
        QApplication.processEvents()

    yield set_palette
    qapp.setPalette(before)
    QApplication.processEvents()


def isolated(text: str) -> str:
    return LRI + text + PDI
