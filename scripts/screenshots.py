#!/usr/bin/env python3
"""Screenshots of the real app on a generated data set, for the README and for review.

Starts the app's own window (the same ``create_application`` and ``MainWindow`` as
``tldops-desktop``) on a temporary data dir, imports two generated editions through the real
import dialog, and saves PNGs of: the welcome page, search results, a search with a slip
(``no-match``: the empty list offers the nearest spelling), a member's detail, the
import report, the history, the export and the settings dialogs (each tab), into
``docs/screenshots/``. Then, with a fake home folder holding a Thunderbird profile: the Find
my mail dialog (``find-mail``), and the banner of the background re-check when next month's
edition arrives in the mailbox remembered there (``new-edition``).

Under X (``DISPLAY`` set, e.g. ``xvfb-run -a -s "-screen 0 1400x900x24"``) it uses the xcb
platform, else offscreen. A dialog not available yet is skipped with a message.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshots.py

In another language (``--language ar``, ``zh_CN``...: the translations are compiled first) the
files are named ``<lang>-<shot>.png`` (``ar-search.png``); ``--shots search,detail`` keeps only
some; ``--dark`` takes them in a dark palette (the one the tests switch to), named
``dark-<shot>.png``; ``--size screen`` leaves the windows the size the app gives them on this
screen (as on a small laptop: ``xvfb-run -a -s "-screen 0 1024x600x24"``). Arabic and Chinese
need fonts that have their glyphs (Debian: fonts-noto-core, fonts-noto-cjk).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["QT_QPA_PLATFORM"] = "xcb" if os.environ.get("DISPLAY") else "offscreen"

from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget  # noqa: E402

from tests.gui.palettes import dark_palette  # noqa: E402
from tests.mailgen.containers import (  # noqa: E402
    write_eml,
    write_mbox,
    write_msf,
    write_thunderbird_folder,
)
from tests.mailgen.editions import ExpectedEdition, change_phones, make_edition  # noqa: E402
from tests.mailgen.messages import build_edition, noise_message  # noqa: E402
from tldops_desktop.gui.i18n import install_translators  # noqa: E402
from tldops_desktop.gui.main import create_application  # noqa: E402
from tldops_desktop.gui.mainwindow import MainWindow  # noqa: E402
from tldops_desktop.gui.settings_store import AppSettings  # noqa: E402

SIZE = (1280, 800)
OLD, NEW, NEXT = "20261001-0600", "20261101-0600", "20261201-0600"
SHOTS = (
    "welcome", "import-report", "search", "no-match", "detail", "history", "export",
    "settings", "find-mail", "new-edition",
)  # fmt: skip
# The English shots keep the names the README links to.
ENGLISH_NAMES = {"search": "search-results"}


def window_size(text: str) -> tuple[int, int] | None:
    """``1280x800`` as (1280, 800); ``screen`` as None: the app sizes its windows itself."""
    if text == "screen":
        return None
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not WIDTHxHEIGHT or 'screen': {text}") from None
    return width, height


def wait(app: QApplication, ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


class Names:
    """Which shots to take and what to call them."""

    def __init__(self, language: str, shots: tuple[str, ...], dark: bool = False) -> None:
        self.language = language
        self.shots = shots
        self.prefix = "dark-" if dark else ""

    def wanted(self, shot: str) -> bool:
        return shot in self.shots

    def __call__(self, shot: str) -> str:
        if self.language in {"", "en"}:
            return self.prefix + ENGLISH_NAMES.get(shot, shot)
        return f"{self.prefix}{self.language.split('_')[0]}-{shot}"


def save(widget: QWidget, out: Path, name: str) -> None:
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(f"saved {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def editions() -> tuple[ExpectedEdition, ExpectedEdition]:
    """Two editions of 120 members, the newer with some phone numbers changed."""
    old = make_edition(OLD, seed=11, members=120)
    new = change_phones(make_edition(NEW, seed=11, members=120), seed=5, fraction=0.04)
    return old, new


def make_mail(folder: Path) -> list[str]:
    old, new = editions()
    folder.mkdir(parents=True)
    paths = []
    for edition in (old, new):
        path = folder / f"repository-{edition.stamp[:8]}.eml"
        write_eml(path, build_edition(edition, layout="A").data)
        paths.append(str(path))
    return paths


def thunderbird_home(home: Path, current: ExpectedEdition) -> Path:
    """A home folder with a Thunderbird profile (Linux layout): a local Inbox holding the
    current edition among ordinary mail, a Trash, an IMAP account; returns the Inbox file."""
    root = home / ".thunderbird"
    profile = root / "Profiles" / "k3x9w2ab.default-release"
    local = profile / "Mail" / "Local Folders"
    local.mkdir(parents=True)
    when = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
    noise = [noise_message(random.Random(i), i, when) for i in range(60)]
    inbox = local / "Inbox"
    write_thunderbird_folder(inbox, [*noise[:40], build_edition(current, layout="A").data])
    write_thunderbird_folder(local / "Trash", noise[40:45])
    imap = profile / "ImapMail" / "imap.registry.example"
    imap.mkdir(parents=True)
    write_mbox(imap / "INBOX", noise[45:], style="thunderbird")
    write_msf(imap / "INBOX.msf")
    (root / "profiles.ini").write_text(
        "[Profile0]\nName=default-release\nIsRelative=1\n"
        "Path=Profiles/k3x9w2ab.default-release\nDefault=1\n\n"
        "[General]\nStartWithLastProfile=1\nVersion=2\n",
        encoding="utf-8",
    )
    return inbox


def wait_until(app: QApplication, done: Callable[[], bool], timeout_ms: int = 30_000) -> bool:
    waited = 0
    while not done() and waited < timeout_ms:
        wait(app, 100)
        waited += 100
    return done()


def find_mail_and_new_edition(
    app: QApplication, window: MainWindow, base: Path, out: Path, names: Names
) -> None:
    """Find my mail on a fake home, the Inbox picked and imported; then next month's edition
    arrives at the end of that Inbox and the re-check (F5, or at start) announces it."""
    _old, current = editions()
    inbox = thunderbird_home(base / "home", current)
    dialog = window.find_my_mail(home=base / "home", os_name="linux")
    from tldops_desktop.gui.dialogs.find_mail import FindMailDialog

    assert isinstance(dialog, FindMailDialog)
    if not wait_until(app, lambda: dialog.stores is not None):
        print("skipped find-mail: discovery did not finish")
        return
    dialog.set_checked(inbox.parent)
    wait(app, 400)
    if names.wanted("find-mail"):
        save(dialog, out, names("find-mail"))

    when_modal(app, lambda report: report.accept(), 30_000)  # the import report
    dialog.import_button.click()
    wait_until(app, lambda: window.find_mail_dialog is None and app.activeModalWidget() is None)
    wait(app, 400)

    following = ExpectedEdition(NEXT, change_phones(current, seed=9, fraction=0.01).members)
    when = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
    more = base / "more"
    message = build_edition(following, layout="A").data
    write_mbox(more, [noise_message(random.Random(99), 99, when), message], style="thunderbird")
    with open(inbox, "ab") as stream:
        stream.write(more.read_bytes())
    window.search_field.clear()
    window.last_recheck = None
    if not window.check_for_new_editions():
        print("skipped new-edition: the re-check did not start")
        return
    if not wait_until(app, lambda: window.last_recheck is not None):
        print("skipped new-edition: the re-check did not finish")
        return
    wait(app, 600)
    if names.wanted("new-edition"):
        save(window, out, names("new-edition"))


def when_modal(app: QApplication, action: Callable[[QDialog], None], timeout_ms: int) -> None:
    """Call ``action`` on the next modal dialog that finishes appearing (polling)."""
    waited = [0]

    def poll() -> None:
        modal = app.activeModalWidget()
        progress = modal is not None and "Progress" in type(modal).__name__
        if isinstance(modal, QDialog) and modal.isVisible() and not progress:
            QTimer.singleShot(400, lambda: action(modal))
            return
        waited[0] += 100
        if waited[0] < timeout_ms:
            QTimer.singleShot(100, poll)

    QTimer.singleShot(100, poll)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument(
        "--language", default="en", help="interface language: en (default), ar, es, fr, ru, zh_CN"
    )
    parser.add_argument(
        "--shots",
        default=",".join(SHOTS),
        help=f"comma-separated, among {', '.join(SHOTS)} (default: all)",
    )
    parser.add_argument(
        "--dark", action="store_true", help="in a dark palette, as a desktop's dark theme sets"
    )
    parser.add_argument(
        "--size",
        type=window_size,
        default=SIZE,
        help="the main window's size, WIDTHxHEIGHT (default 1280x800), or 'screen': the size "
        "the app takes on this screen, and the dialogs' own sizes",
    )
    parser.add_argument(
        "--font-size",
        type=float,
        help="the application's default font in points, as a desktop's larger text sets it",
    )
    args = parser.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    shots = tuple(s.strip() for s in args.shots.split(",") if s.strip())
    unknown = set(shots) - set(SHOTS)
    if unknown:
        parser.error(f"unknown shot(s): {', '.join(sorted(unknown))}")
    names = Names(args.language, shots, args.dark)
    if args.language != "en":
        sys.path.insert(0, str(ROOT / "scripts"))
        from build_translations import compile_translations

        compile_translations()

    with tempfile.TemporaryDirectory(prefix="tldops-shots-") as tmp:
        base = Path(tmp)
        os.environ["TLDOPS_PASSPHRASE"] = "screenshots only"  # no keyring under Xvfb
        mail = make_mail(base / "mail")
        app = create_application(["tldops-desktop"])
        if args.dark:
            app.setPalette(dark_palette())
        if args.font_size:
            font = app.font()
            font.setPointSizeF(args.font_size)
            app.setFont(font)
        settings = AppSettings(QSettings(str(base / "settings.ini"), QSettings.Format.IniFormat))
        settings.set("ui/language", args.language)
        language = install_translators(app, args.language)
        if language != args.language:
            print(f"no {args.language} translation: {language} instead", file=sys.stderr)
            return 1
        window = MainWindow(settings, base / "data", None)
        if args.size is not None:
            window.resize(*args.size)
        window.show()
        wait(app, 600)
        if names.wanted("welcome"):
            save(window, out, names("welcome"))

        # The import report: the real import dialog, closed once shot.
        shot_report: list[bool] = []

        def report(dialog: QDialog) -> None:
            if names.wanted("import-report"):
                save(dialog, out, names("import-report"))
            shot_report.append(True)
            dialog.accept()

        when_modal(app, report, 30_000)
        window.import_paths(mail)
        if not shot_report:
            print("skipped import-report: no report dialog appeared")
        wait(app, 400)

        window.search_field.setText("an")
        wait(app)
        if names.wanted("search"):
            save(window, out, names("search"))

        window.search_field.setText("Germnay")  # a slip: the empty state offers "Germany"
        wait(app)
        if names.wanted("no-match"):
            save(window, out, names("no-match"))

        session = window.session
        assert session is not None and session.diff is not None
        changed = [m.ace for m in session.diff.changed]
        preferred = next((a for a in changed if a.startswith("xn--")), changed[0])
        window.search_field.setText(preferred)
        wait(app)
        window.open_detail()
        wait(app)
        if names.wanted("detail"):
            save(window, out, names("detail"))

        try:
            if not names.wanted("history"):
                raise ImportError("not asked for")
            from tldops_desktop.gui.dialogs.history import HistoryDialog
        except ImportError as exc:
            print(f"skipped history: {exc}")
        else:
            history = HistoryDialog(window, session.store.repo, old=OLD, new=NEW)
            if args.size is not None:
                history.resize(1100, 720)
            history.show()
            wait(app, 600)
            save(history, out, names("history"))
            history.close()

        try:
            if not names.wanted("export"):
                raise ImportError("not asked for")
            from tldops_desktop.gui.dialogs.export_dialog import ExportDialog
        except ImportError as exc:
            print(f"skipped export: {exc}")
        else:
            edition = session.edition
            assert edition is not None
            member = window.current_member()
            export = ExportDialog(
                window,
                edition,
                selected=[member] if member else [],
                results=window.results(),
                all_members=list(edition.members),
            )
            export.show()
            export.activateWindow()  # as a window manager does: the focus shows where it is
            wait(app, 600)
            save(export, out, names("export"))
            export.close()

        if names.wanted("settings"):
            from tldops_desktop.gui.dialogs.settings_dialog import SettingsDialog

            settings_dialog = SettingsDialog(
                window, window.settings, session.store, session.store.data_dir
            )
            settings_dialog.show()
            wait(app, 600)
            save(settings_dialog, out, names("settings"))
            # and each of its other tabs: "settings-2", ...
            tabs = settings_dialog.findChild(QTabWidget)
            for index in range(1, tabs.count() if tabs is not None else 0):
                assert tabs is not None
                tabs.setCurrentIndex(index)
                wait(app, 200)
                save(settings_dialog, out, names("settings") + f"-{index + 1}")
            settings_dialog.close()

        if names.wanted("find-mail") or names.wanted("new-edition"):
            find_mail_and_new_edition(app, window, base, out, names)

        window.close()
        wait(app, 100)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
