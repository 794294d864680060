"""The main window's commands: each an action with its text, shortcuts, icon and tip; the
menus and the toolbar that show them; and which of them the window's state allows."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QStyle, QToolBar, QWidget

from tldops_desktop.gui.i18n import ltr
from tldops_desktop.gui.icons import icon_side, redraw_icon, set_icon

if TYPE_CHECKING:
    from tldops_desktop.gui.mainwindow import MainWindow

# Actions on the selected member's contacts, and on the contacts as a whole.
MEMBER_ACTIONS = ("copy-all", "copy-phone", "copy-email", "qr", "tools", "request-update")
DATA_ACTIONS = ("export", "print", "pdf", "history", "find", "nonmembers")
IMPORT_ACTIONS = ("find-mail", "import-file", "import-folder")
ALWAYS_ON = ("quit", "about")  # even while locked


def without_mnemonic(text: str) -> str:
    """A menu text as a button shows it: no "(&I)" after it (Chinese, Japanese), no "&" in it
    ("&&" stays one "&"), no "…" after it."""
    text = re.sub(r"\s*\(&[^&()]\)", "", text)
    text = re.sub(r"&(&?)", r"\1", text)
    return text.removesuffix("…").removesuffix("...").strip()


class FontScaledToolBar(QToolBar):
    """A toolbar whose icons keep their proportion to the text beside them: with a desktop's
    larger text (or a larger font set for the app), a fixed 24 pixels looked like dots."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._fit_icons()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_icons()

    def _fit_icons(self) -> None:
        usual = self.style().pixelMetric(QStyle.PixelMetric.PM_ToolBarIconSize, None, self)
        side = icon_side(self.fontMetrics(), usual)
        if side != self.iconSize().width():
            self.setIconSize(QSize(side, side))
            for action in self.actions():  # sharp at the new size
                redraw_icon(action)


class WindowActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.by_key: dict[str, QAction] = {}
        self._build_actions()
        self._build_menus()
        self._build_toolbar()

    def update(
        self,
        *,
        has_data: bool,
        member: bool,
        demo: bool,
        read_only: bool,
        session: bool,
        locked: bool,
    ) -> None:
        """Each action on or off for what the window shows now (not locked)."""
        for key in DATA_ACTIONS:
            self.by_key[key].setEnabled(has_data)
        for key in MEMBER_ACTIONS:
            self.by_key[key].setEnabled(has_data and member)
        self.by_key["restore"].setEnabled(not demo and not locked and not read_only)
        for key in IMPORT_ACTIONS:
            self.by_key[key].setEnabled(not read_only)
        self.tools_menu.setEnabled(has_data and member)
        self.by_key["refresh"].setEnabled(session)
        self.by_key["lock"].setEnabled(session)

    def lock(self) -> None:
        """Every action off but Quit and About."""
        for key, action in self.by_key.items():
            action.setEnabled(key in ALWAYS_ON)
        self.tools_menu.setEnabled(False)

    def unlock(self) -> None:
        """What the locked window turned off and a window without contacts can do."""
        for key in (*IMPORT_ACTIONS, "settings"):
            self.by_key[key].setEnabled(True)

    def _action(
        self,
        key: str,
        text: str,
        slot: Callable[[], object],
        shortcuts: list[QKeySequence] | None = None,
        icon_name: str | None = None,
        tip: str | None = None,
    ) -> QAction:
        action = QAction(text, self._window)
        action.setObjectName(f"action-{key}")
        if icon_name:
            set_icon(action, icon_name)
        if shortcuts:
            unique = {s.toString(): s for s in shortcuts if not s.isEmpty()}
            action.setShortcuts(list(unique.values()))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        if tip and shortcuts:  # a toolbar button's tip names its keystroke, as menus do
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({ltr(keys)})")
        action.triggered.connect(lambda _checked=False: slot())
        self._window.addAction(action)  # shortcuts work even while the menu bar is hidden
        self.by_key[key] = action
        return action

    def _build_actions(self) -> None:
        w = self._window
        seq = QKeySequence
        std = QKeySequence.StandardKey
        self._action(
            "find-mail",
            self.tr("Find &my mail…"),
            w.find_my_mail,
            [seq("Ctrl+Shift+F")],
            "search",
            self.tr("Find the mailbox where the monthly email arrives, and import from it"),
        )
        self._action(
            "import-file",
            self.tr("&Import file…"),
            w.import_file,
            [seq("Ctrl+O")],
            "import-file",
            self.tr("Import a saved repository email or an mbox file"),
        )
        self._action(
            "import-folder",
            self.tr("Import &folder…"),
            w.import_folder,
            [seq("Ctrl+Shift+O")],
            "import-folder",
            self.tr("Import a mail folder (Maildir, MH or a folder of .eml files)"),
        )
        self._action(
            "export",
            self.tr("&Export vCards…"),
            w.export_vcards,
            [seq("Ctrl+E")],
            "export",
            self.tr("Export contacts as vCards for a phone"),
        )
        self._action(
            "print",
            self.tr("&Print emergency sheet…"),
            w.print_sheet,
            [seq(std.Print), seq("Ctrl+P")],
            "print",
            self.tr("Print the contacts shown, for the paper copy"),
        )
        self._action(
            "pdf",
            self.tr("Save sheet as P&DF…"),
            w.save_sheet_pdf,
            [seq("Ctrl+Shift+P")],
            "pdf",
            self.tr("Save the emergency sheet of the contacts shown as a PDF"),
        )
        self._action(
            "settings",
            self.tr("&Settings…"),
            w.open_settings,
            [seq(std.Preferences), seq("Ctrl+,")],
            "settings",
        )
        self._action("quit", self.tr("&Quit"), w.close, [seq(std.Quit), seq("Ctrl+Q")], "quit")
        self._action(
            "find",
            self.tr("&Search"),
            w.focus_search,
            [seq(std.Find), seq("Ctrl+L")],
            "search",
            self.tr("Go to the search field"),
        )
        self._action(
            "history",
            self.tr("&History…"),
            w.show_history,
            [seq("Ctrl+H")],
            "history",
            self.tr("Editions and what changed between them"),
        )
        self._action(
            "refresh",
            self.tr("&Check for new editions"),
            w.refresh,
            [seq("F5")],
            "refresh",
            self.tr("Look for a new monthly email in the remembered mailboxes"),
        )
        self._action(
            "copy-all",
            self.tr("&Copy all"),
            w.copy_all,
            [seq("Ctrl+Shift+C")],
            "copy",
            self.tr("Copy every contact of the selected member as plain text"),
        )
        self._action(
            "copy-phone",
            self.tr("Copy &phone number"),
            w.copy_phone,
            [seq("Ctrl+Shift+D")],
            "copy",
            self.tr(
                "Copy the number to dial, in international form, of the contact with the "
                "keyboard focus (the primary contact otherwise)"
            ),
        )
        self._action(
            "copy-email",
            self.tr("Copy &email address"),
            w.copy_email,
            [seq("Ctrl+Shift+E")],
            "copy",
            self.tr(
                "Copy the email address of the contact with the keyboard focus (the primary "
                "contact otherwise)"
            ),
        )
        self._action(
            "qr",
            self.tr("Show &QR code…"),
            w.show_qr,
            [seq("Ctrl+R")],
            "qr",
            self.tr("Show a contact as a QR code to scan with a phone"),
        )
        self._action(
            "tools",
            self.tr("&Monitoring tools…"),
            w.popup_tools_menu,
            [seq("Ctrl+M")],
            "tools",
            self.tr("Open a monitoring tool for the selected ccTLD in the browser"),
        )
        self._action(
            "nonmembers",
            self.tr("&Non-members and coverage…"),
            w.show_non_members,
            [seq("Ctrl+Shift+N")],
            "history",
            self.tr("The ccTLDs that are not TLD-OPS members yet, by region"),
        )
        self._action(
            "request-update",
            self.tr("Request a contact &update…"),
            w.request_update,
            [seq("Ctrl+Shift+U")],
            "export",
            self.tr("Prepare the email that updates the selected member's contacts"),
        )
        self._action(
            "request-join",
            self.tr("Request to &join TLD-OPS…"),
            w.request_join,
            [seq("Ctrl+Shift+J")],
            "export",
            self.tr("Prepare the email with which a ccTLD joins TLD-OPS"),
        )
        self._action(
            "restore",
            self.tr("&Restore a backup…"),
            w.restore_backup,
            [seq("Ctrl+Shift+R")],
            "import-file",
            self.tr("Put back the contacts as they were before an import"),
        )
        self._action(
            "lock",
            self.tr("&Lock"),
            w.lock,
            [seq("Ctrl+Shift+L")],
            "lock",
            self.tr("Hide the contacts until unlocked again"),
        )
        self._action(
            "about",
            self.tr("&About TLD-OPS Desktop"),
            w.show_about,
            [seq(std.HelpContents), seq("F1")],
            "about",
        )
        self.by_key["settings"].setMenuRole(QAction.MenuRole.PreferencesRole)
        self.by_key["quit"].setMenuRole(QAction.MenuRole.QuitRole)
        self.by_key["about"].setMenuRole(QAction.MenuRole.AboutRole)

    def _build_menus(self) -> None:
        a = self.by_key
        bar = self._window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([a["find-mail"], a["import-file"], a["import-folder"]])
        file_menu.addSeparator()
        file_menu.addActions([a["export"], a["print"], a["pdf"]])
        file_menu.addSeparator()
        file_menu.addActions([a["restore"], a["settings"], a["lock"]])
        file_menu.addSeparator()
        file_menu.addAction(a["quit"])
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addActions([a["find"], a["history"], a["nonmembers"], a["refresh"]])
        member_menu = bar.addMenu(self.tr("&Member"))
        member_menu.addActions([a["copy-all"], a["copy-phone"], a["copy-email"], a["qr"]])
        self.tools_menu = QMenu(self.tr("Monitoring &tools"), self._window)
        self.tools_menu.setObjectName("monitoring-tools-menu")
        set_icon(self.tools_menu, "tools")
        self.tools_menu.setToolTipsVisible(True)
        member_menu.addMenu(self.tools_menu)
        member_menu.addSeparator()
        member_menu.addActions([a["request-update"], a["request-join"]])
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(a["about"])

    def _build_toolbar(self) -> None:
        a = self.by_key
        toolbar = FontScaledToolBar(self.tr("Main toolbar"), self._window)
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([a["import-file"], a["history"], a["export"], a["print"]])
        for action in toolbar.actions():
            # A button's text without the menu's mnemonic ("导入文件(&I)" is "导入文件" there).
            action.setIconText(without_mnemonic(action.text()))
        self._window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.toolbar = toolbar
