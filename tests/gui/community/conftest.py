"""Fixtures for the community dialogs: offscreen Qt; a recorder stands in for openUrl."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

import pytest
from PySide6.QtCore import QUrl


class OpenedUrls:
    """Records every URL a dialog asks the desktop to open, fully encoded; opens nothing."""

    def __init__(self) -> None:
        self.urls: list[str] = []

    def __call__(self, url: QUrl) -> bool:
        self.urls.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
        return True


@pytest.fixture
def opened() -> OpenedUrls:
    return OpenedUrls()
