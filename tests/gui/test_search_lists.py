"""Search in the window: a list of ccTLDs or countries, a subject and punctuation pasted."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QTextDocumentFragment

from tests.gui.conftest import type_text
from tldops_desktop.gui.mainwindow import MainWindow


def search(window: MainWindow, text: str) -> list[str]:
    window.search_field.clear()
    type_text(window.search_field, text)
    return [m.tld.ace for m in window.results()]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("de, fr, nl", ["de", "fr", "nl"]),
        (".de/.at/.ch", ["de", "at", "ch"]),
        ("德国、法国", ["de", "fr"]),
        ("Re: [tld-ops] .pl resolution failing", ["pl"]),
        ("「德国」", ["de"]),
    ],
)
def test_a_list_or_a_subject_pasted_lists_its_members(
    window: MainWindow, text: str, found: list[str]
) -> None:
    assert search(window, text) == found
    assert window.results_stack.currentWidget() is window.splitter


def test_an_item_of_a_list_that_is_no_member_is_said(window: MainWindow, qtbot: Any) -> None:
    assert search(window, ".de .ao .fr") == ["de", "fr"]
    qtbot.waitUntil(window.feedback.not_member_notice.isVisible, timeout=2000)
    notice = QTextDocumentFragment.fromHtml(window.feedback.not_member_notice.text())
    assert notice.toPlainText().startswith(".ao is not a TLD-OPS member")
