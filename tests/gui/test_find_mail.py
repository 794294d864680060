"""Find my mail: discovery in a fake home, picking a mailbox, remembering it, importing it."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import TEST_PASSPHRASE, isolated
from tests.mailgen.containers import write_thunderbird_folder
from tests.mailgen.editions import make_edition
from tests.mailgen.messages import edition_message, noise_message
from tldops_desktop.gui.dialogs.find_mail import Column, FindMailDialog
from tldops_desktop.gui.dialogs.report import ImportReportDialog
from tldops_desktop.gui.i18n import LRI, PDI
from tldops_desktop.gui.mainwindow import MainWindow, Page
from tldops_desktop.services import sources
from tldops_desktop.services.store import Store
from tldops_desktop.storage.keys import KeySource

STAMP = "20261101-0600"
WHEN = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)


def thunderbird_home(home: Path, messages: list[bytes]) -> Path:
    """A home folder laid out as Thunderbird's on Linux; the "Local Folders" account."""
    root = home / ".thunderbird"
    profile = root / "Profiles" / "abcd1234.default-release"
    local = profile / "Mail" / "Local Folders"
    local.mkdir(parents=True)
    write_thunderbird_folder(local / "Inbox", messages)
    write_thunderbird_folder(local / "Trash", [])
    (root / "profiles.ini").write_text(
        "[Profile0]\nName=default-release\nIsRelative=1\n"
        "Path=Profiles/abcd1234.default-release\nDefault=1\n\n"
        "[General]\nStartWithLastProfile=1\nVersion=2\n",
        encoding="utf-8",
    )
    return local


def mail_with_an_edition() -> list[bytes]:
    noise = [noise_message(random.Random(i), i, WHEN) for i in range(8)]
    return [*noise[:4], edition_message(make_edition(STAMP, seed=3, members=6)), *noise[4:]]


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "user"  # not $HOME (the root conftest makes that one)


@pytest.fixture
def local_folders(home: Path) -> Path:
    return thunderbird_home(home, mail_with_an_edition())


def open_dialog(qtbot, data_dir: Path, home: Path, os_name: str = "linux") -> FindMailDialog:
    dialog = FindMailDialog(None, data_dir, home=home, os_name=os_name)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.stores is not None, timeout=10000)
    return dialog


def rows(dialog: FindMailDialog) -> list[Any]:
    return [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]


def test_discovery_shows_the_thunderbird_store(qtbot, data_dir: Path, home, local_folders) -> None:
    dialog = open_dialog(qtbot, data_dir, home)
    assert dialog.worker is None and dialog.thread_ is None  # the thread is gone
    (row,) = rows(dialog)
    assert row.text(Column.MAILBOX) == "default-release: Local Folders"
    assert row.text(Column.PROGRAM) == "Thunderbird"
    size = (local_folders / "Inbox").stat().st_size + (local_folders / "Trash").stat().st_size
    assert row.text(Column.SIZE) == QLocale().formattedDataSize(size)
    assert row.text(Column.LOCATION) == str(local_folders)
    assert row.checkState(Column.MAILBOX) == Qt.CheckState.Unchecked  # nothing picked for you
    assert dialog.status.text() == "Found 1 mailbox. Tick it, then click Import."
    assert not dialog.hints.isVisible()
    assert not dialog.import_button.isEnabled()
    # Nothing was read or written before the user picks.
    assert sources.list_sources(data_dir) == []
    assert not data_dir.exists()
    dialog.set_checked(local_folders)
    assert dialog.import_button.isEnabled()
    assert [s.path for s in dialog.checked_stores()] == [local_folders]


def test_unreadable_store_is_greyed_with_the_reason(qtbot, data_dir: Path, home: Path) -> None:
    profiles = home / "Library/Group Containers/UBF8T346G9.Office/Outlook/Outlook 15 Profiles"
    (profiles / "Main Profile" / "Data").mkdir(parents=True)
    (profiles / "Main Profile" / "Data" / "Outlook.sqlite").write_bytes(b"x" * 2048)
    dialog = open_dialog(qtbot, data_dir, home, "macos")
    (row,) = rows(dialog)
    assert row.text(Column.PROGRAM) == "Outlook"
    assert row.text(Column.NOTE) == "Not readable: export needed"
    assert "drag the monthly repository emails" in row.toolTip(Column.MAILBOX).lower()
    assert not row.flags() & Qt.ItemFlag.ItemIsEnabled
    assert not row.flags() & Qt.ItemFlag.ItemIsUserCheckable
    dialog.set_checked(profiles / "Main Profile")
    assert dialog.checked_stores() == []
    assert not dialog.import_button.isEnabled()
    assert "can be read as it is" in dialog.status.text()
    assert dialog.hints.isVisible()  # what to do, not only in a tooltip
    assert "import that folder" in dialog.hints.text()


def test_nothing_found_says_what_to_do(qtbot, data_dir: Path, home: Path) -> None:
    home.mkdir(exist_ok=True)
    dialog = open_dialog(qtbot, data_dir, home)
    assert rows(dialog) == []
    assert "Import a file…" in dialog.status.text()
    # No "tick the mailbox" over an empty list; the way on is a button here, in focus.
    assert not dialog.intro.isVisible() and not dialog.tree.isVisible()
    assert not dialog.import_button.isVisible()  # nothing it could import
    assert dialog.file_button.isVisible() and dialog.folder_button.isVisible()
    assert dialog.file_button.text() == "Import a &file…"
    qtbot.waitUntil(dialog.file_button.hasFocus)


def test_mailboxes_found_offer_no_file_buttons(qtbot, data_dir, home, local_folders) -> None:
    dialog = open_dialog(qtbot, data_dir, home)
    assert dialog.intro.isVisible() and dialog.tree.isVisible()
    assert not dialog.file_button.isVisible() and not dialog.folder_button.isVisible()


@pytest.mark.parametrize(
    ("button", "action"), [("file", "import_file"), ("folder", "import_folder")]
)
def test_nothing_found_leads_to_the_import_of_a_file_or_folder(
    make_window, qtbot, home: Path, button: str, action: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    home.mkdir(exist_ok=True)
    calls: list[str] = []
    monkeypatch.setattr(MainWindow, action, lambda self: calls.append(action))
    window = make_window(None)
    dialog = window.find_my_mail(home=home, os_name="linux")
    assert isinstance(dialog, FindMailDialog)
    qtbot.waitUntil(lambda: dialog.stores is not None, timeout=10000)
    pushed = getattr(dialog, f"{button}_button")
    if button == "file":  # from the keyboard: the focused button, Enter
        qtbot.waitUntil(pushed.hasFocus)
        qtbot.keyClick(pushed, Qt.Key.Key_Return)
    else:
        qtbot.mouseClick(pushed, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: calls == [action])
    qtbot.waitUntil(lambda: window.find_mail_dialog is None)


def test_import_remembers_the_picked_store(qtbot, data_dir: Path, home, local_folders) -> None:
    dialog = open_dialog(qtbot, data_dir, home)
    dialog.set_checked(local_folders)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen_paths == [str(local_folders)]
    (source,) = sources.list_sources(data_dir)
    assert (source.path, source.client, source.kind) == (
        str(local_folders),
        "Thunderbird",
        "mbox-folder",
    )


def test_remembered_sources_and_remove(qtbot, data_dir: Path, home, local_folders) -> None:
    sources.add_source(data_dir, local_folders / "Inbox")
    dialog = open_dialog(qtbot, data_dir, home)
    assert dialog.remembered_paths() == [str(local_folders / "Inbox")]
    assert not dialog.remove_button.isEnabled()
    dialog.remembered.setCurrentRow(0)
    assert dialog.remove_button.isEnabled()
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert sources.list_sources(data_dir) == []
    assert dialog.remembered_paths() == []
    assert not dialog.remove_button.isEnabled()


def test_a_remembered_store_is_marked(qtbot, data_dir: Path, home, local_folders) -> None:
    sources.add_source(data_dir, local_folders, client="Thunderbird")
    dialog = open_dialog(qtbot, data_dir, home)
    (row,) = rows(dialog)
    assert row.text(Column.NOTE) == "Remembered"
    assert "(Thunderbird)" in dialog.remembered.item(0).text()


def test_closing_while_looking_leaves_no_thread(qtbot, data_dir: Path, home, local_folders) -> None:
    dialog = FindMailDialog(None, data_dir, home=home, os_name="linux")
    qtbot.addWidget(dialog)
    thread = dialog.thread_
    assert thread is not None
    dialog.reject()
    assert not thread.isRunning()
    assert dialog.worker is None


@pytest.fixture
def accept_reports() -> Iterator[list[ImportReportDialog]]:
    """Close each import report as it appears (as the user would); the reports closed."""
    closed: list[ImportReportDialog] = []

    def poll() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, ImportReportDialog) and widget.isVisible():
                closed.append(widget)
                widget.accept()

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(50)
    yield closed
    timer.stop()


def test_window_find_my_mail_imports_the_pick(
    make_window, qtbot, data_dir: Path, home, local_folders, accept_reports, monkeypatch
) -> None:
    window = make_window(None)
    assert window.stack.currentIndex() == Page.WELCOME

    def create(self: MainWindow, where: Path, *, create: bool) -> Store:
        assert create and where == data_dir
        return Store.open(where, KeySource(passphrase=TEST_PASSPHRASE, prompt=None), create=True)

    monkeypatch.setattr(MainWindow, "_unlock", create)
    dialog = window.find_my_mail(home=home, os_name="linux")
    assert isinstance(dialog, FindMailDialog) and window.find_mail_dialog is dialog
    qtbot.waitUntil(lambda: dialog.stores is not None, timeout=10000)
    dialog.set_checked(local_folders)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session is not None and window.session.has_data, timeout=20000)
    qtbot.waitUntil(lambda: bool(accept_reports), timeout=5000)
    assert window.session.edition.stamp == STAMP
    assert window.stack.currentIndex() == Page.DATA
    assert [s.path for s in sources.list_sources(data_dir)] == [str(local_folders)]
    assert accept_reports[0].report.imported == [STAMP]
    qtbot.waitUntil(lambda: window.find_mail_dialog is None)


def test_find_my_mail_in_the_file_menu_and_on_the_welcome_page(
    make_window, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    monkeypatch.setattr(MainWindow, "find_my_mail", lambda self: calls.append("called"))
    window = make_window(None)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.actions_by_key["find-mail"] in file_menu.actions()
    assert window.actions_by_key["find-mail"].text() == "Find &my mail…"
    welcome = window.welcome
    assert welcome.find_mail_button.text() == "Find my mail…"
    assert welcome.find_mail_button.parentWidget() is welcome.import_button.parentWidget()
    qtbot.mouseClick(welcome.find_mail_button, Qt.MouseButton.LeftButton)
    assert calls == ["called"]


def test_paths_and_sizes_read_left_to_right_in_arabic(
    qtbot, data_dir: Path, home, local_folders, right_to_left
) -> None:
    """In Arabic a path keeps its "/" at the left and a size reads "424 KiB": each is a
    left-to-right run; the path itself stays whole for the tooltip and the import."""
    sources.add_source(data_dir, local_folders, client="Thunderbird")
    dialog = open_dialog(qtbot, data_dir, home)
    (row,) = rows(dialog)
    assert row.text(Column.LOCATION) == isolated(str(local_folders))
    assert row.toolTip(Column.LOCATION) == str(local_folders)
    assert row.text(Column.SIZE).startswith(LRI) and row.text(Column.SIZE).endswith(PDI)
    item = dialog.remembered.item(0)
    assert item is not None
    assert item.text() == f"{isolated(str(local_folders))}  (Thunderbird)"
    assert dialog.remembered_paths() == [str(local_folders)]


def test_a_damaged_list_of_remembered_mailboxes_is_said_in_the_apps_words(
    qtbot, data_dir: Path, home: Path, local_folders: Path
) -> None:
    """The translated line the error dialogs lead with, then the details: the dialog showed
    the English details alone (with a command to type), in every language."""
    data_dir.mkdir(parents=True, exist_ok=True)
    sources.sources_file(data_dir).write_text("{not json", encoding="utf-8")
    dialog = open_dialog(qtbot, data_dir, home)
    lines = dialog.message.text().splitlines()
    assert lines[0] == "The list of remembered mailboxes cannot be read."
    assert "is damaged" in lines[1]


@pytest.mark.parametrize("theme", ["fusion", "light", "dark"])
def test_the_note_of_no_remembered_mailbox_reads(
    qtbot, data_dir: Path, home: Path, app_palette, theme: str
) -> None:
    """'None yet: ...' says what the list is for; drawn as a disabled item it was light grey
    on white (1.9:1 in Fusion's own palette). It reads as text does, and cannot be chosen."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QStyle

    from tests.gui.palettes import dark_palette, light_palette
    from tldops_desktop.gui.colours import contrast_ratio

    if theme != "fusion":
        app_palette(light_palette() if theme == "light" else dark_palette())
    else:
        app_palette(QStyle.standardPalette(QApplication.style()))
    home.mkdir(exist_ok=True)
    dialog = open_dialog(qtbot, data_dir, home)
    assert dialog.remembered.count() == 1
    note = dialog.remembered.item(0)
    assert note is not None and note.text().startswith("None yet")
    enabled = bool(note.flags() & Qt.ItemFlag.ItemIsEnabled)
    group = QPalette.ColorGroup.Active if enabled else QPalette.ColorGroup.Disabled
    palette = dialog.remembered.palette()
    text = palette.color(group, QPalette.ColorRole.Text)
    assert contrast_ratio(text, palette.color(group, QPalette.ColorRole.Base)) >= 4.5
    assert not note.flags() & Qt.ItemFlag.ItemIsSelectable
    dialog.remembered.setCurrentRow(0)
    assert not dialog.remove_button.isEnabled()
