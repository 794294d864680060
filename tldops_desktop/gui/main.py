"""``tldops-desktop``: parse the command line, unlock the data, show the main window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tldops_desktop import __version__
from tldops_desktop.paths import APP_NAME, resolve_data_dir

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from tldops_desktop.gui.mainwindow import MainWindow
    from tldops_desktop.gui.session import Session
    from tldops_desktop.gui.settings_store import AppSettings
    from tldops_desktop.services.store import Store


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tldops-desktop",
        allow_abbrev=False,
        description="TLD-OPS Desktop: the TLD-OPS incident-response contacts, offline.",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="the data folder (default: $TLDOPS_DATA_DIR, else the platform's data folder)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the demo data (invented contacts, in a data folder of their own)",
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    return parser


def create_application(argv: Sequence[str]) -> QApplication:
    """The QApplication, named for QSettings, the desktop file and the window manager."""
    from PySide6.QtWidgets import QApplication

    from tldops_desktop.gui.icons import app_icon

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName("TLD-OPS Desktop")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_NAME)
    app.setWindowIcon(app_icon())
    return app


def build_window(data_dir: Path, settings: AppSettings, *, demo: bool = False) -> MainWindow | None:
    """Unlock the data (or the demo) and build the window; None when the user cancelled or
    quit.

    A ``UserError`` (wrong key, unreadable keyinfo, keyring gone) propagates to the caller.
    """
    from tldops_desktop.gui.mainwindow import MainWindow
    from tldops_desktop.gui.session import Session, open_demo_store
    from tldops_desktop.services.store import database_exists

    session: Session | None = None
    if demo:
        session = Session(open_demo_store(data_dir), demo=True)
    elif database_exists(data_dir):
        from tldops_desktop.gui.dialogs.unlock import unlock

        store = unlock(None, data_dir)
        if store is not None:
            store, session = first_session(data_dir, store)
        if store is None and database_exists(data_dir):
            return None
        # None with no database left: a new data folder was started, its key not chosen yet
        # (the first import asks again).
    return MainWindow(settings, data_dir, session)


def first_session(data_dir: Path, store: Store) -> tuple[Store | None, Session | None]:
    """The session of the store just unlocked, and the store it ended with.

    Damage past the first page opens fine and shows only when the edition is first read:
    it gets the same offer of the backups as a damaged first page in ``unlock()`` (and the
    restored or new folder is opened in its place), never a command to type.
    """
    from tldops_desktop.errors import UserError
    from tldops_desktop.gui.dialogs.unlock import after_damage
    from tldops_desktop.gui.session import Session

    current: Store | None = store
    while current is not None:
        try:
            return current, Session(current)
        except UserError as error:
            current.close()
            if error.hint != "restore":
                raise
            current = after_damage(None, data_dir, error, create=False)
    return None, None


def run(argv: Sequence[str]) -> int:
    parser = build_parser()
    args, qt_args = parser.parse_known_args(list(argv[1:]))
    if args.version:
        print(f"tldops-desktop {__version__}")
        return 0
    from PySide6.QtWidgets import QApplication

    fresh = QApplication.instance() is None
    app = create_application([argv[0], *qt_args] if argv else qt_args)
    # Qt takes its own options (-platform, -style, ...) out of its arguments; what is left is
    # no option of either, a mistyped one perhaps ("--data" for "--data-dir"): refused as
    # tldops refuses it, rather than opening a data folder the user did not name.
    unknown = app.arguments()[1:] if fresh else []
    if unknown:
        parser.error(f"unrecognized arguments: {' '.join(unknown)}")

    from tldops_desktop.errors import UserError
    from tldops_desktop.gui.dialogs.crash import install_excepthook, show_user_error
    from tldops_desktop.gui.i18n import install_translators
    from tldops_desktop.gui.settings_store import AppSettings

    install_excepthook(app)
    settings = AppSettings()
    # Before any window (the unlock dialog too): texts are translated when widgets are built.
    install_translators(app, settings.get("ui/language"))
    data_dir = resolve_data_dir(args.data_dir)
    try:
        window = build_window(data_dir, settings, demo=args.demo)
    except UserError as error:
        show_user_error(None, error)
        return 1
    if window is None:
        return 0
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(run(sys.argv))
