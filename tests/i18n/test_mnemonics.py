"""Alt+letter in each dialog, in each language: one letter, one control. Two controls with
the same letter take turns at the focus instead of doing what the letter says."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QTabWidget, QWidget

from tests.i18n.tsfile import ts_files
from tldops_desktop.gui.i18n import install_translators

LANGS = sorted(ts_files())


def mnemonic(text: str) -> str | None:
    """The letter after the "&" ("&File", "文件(&F)"); none for "&&" alone."""
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def shared_mnemonics(widget: QWidget) -> dict[str, list[str]]:
    """The letters that more than one of ``widget``'s buttons, labels of a field or group
    boxes answer to (a tab page's own, without the pages beside it)."""
    texts = [button.text() for button in widget.findChildren(QAbstractButton)]
    texts += [label.text() for label in widget.findChildren(QLabel) if label.buddy() is not None]
    texts += [box.title() for box in widget.findChildren(QGroupBox)]
    by_letter: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        letter = mnemonic(text)
        if letter is not None:
            by_letter[letter].append(text)
    return {letter: shared for letter, shared in by_letter.items() if len(shared) > 1}


@pytest.mark.parametrize("language", ["en", *LANGS])
def test_no_two_controls_of_a_dialog_share_a_letter(
    qapp: QApplication,
    make_window: Callable[..., Any],
    session: Any,
    use_compiled_qm: Path,
    language: str,
) -> None:
    from tldops_desktop.gui.community import NonMembersDialog
    from tldops_desktop.gui.dialogs.export_dialog import ExportDialog, QrDialog
    from tldops_desktop.gui.dialogs.history import HistoryDialog
    from tldops_desktop.gui.dialogs.settings_dialog import PassphraseDialog, SettingsDialog
    from tldops_desktop.gui.request_dialog import RequestDialog

    install_translators(qapp, language)
    window = make_window(session, show=False)
    edition = session.edition
    member = next(m for m in edition.members if m.contacts)
    settings = SettingsDialog(window, window.settings, session.store, session.store.data_dir)
    tabs = settings.findChild(QTabWidget)
    assert tabs is not None
    dialogs: dict[str, QWidget] = {
        f"settings, tab {tabs.tabText(i)}": page
        for i in range(tabs.count())
        if (page := tabs.widget(i)) is not None
    }
    dialogs.update(
        {
            "export": ExportDialog(
                window, edition, selected=[member], results=[member], all_members=[member]
            ),
            "qr": QrDialog(window, edition, member, member.contacts[0]),
            "non-members": NonMembersDialog(
                window, session.store.repo, url_opener=lambda _url: True
            ),
            "history": HistoryDialog(window, session.store.repo),
            "request": RequestDialog(
                window, edition, kind="update", cctld=member.tld.ace, url_opener=lambda _u: True
            ),
            "passphrase": PassphraseDialog(window, "", ask_current=True, ask_new=True),
        }
    )
    shared = {name: found for name, d in dialogs.items() if (found := shared_mnemonics(d))}
    assert not shared, f"letters shared in {language}: {shared}"
