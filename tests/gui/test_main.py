"""Start-up: the command line, the demo, the icons."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize

from tldops_desktop.gui import icons
from tldops_desktop.gui.main import build_parser, build_window, create_application, run


def test_version_needs_no_window(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["tldops-desktop", "--version"]) == 0
    assert capsys.readouterr().out.strip().startswith("tldops-desktop ")


def test_version_in_a_fresh_process_loads_no_qt_widgets() -> None:
    code = (
        "import sys; from tldops_desktop.gui.main import run; rc = run(['x', '--version']); "
        "assert 'PySide6.QtWidgets' not in sys.modules; sys.exit(rc)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("tldops-desktop ")


def test_arguments() -> None:
    args, rest = build_parser().parse_known_args(["--data-dir", "/x", "--demo", "-platform", "y"])
    assert args.data_dir == "/x" and args.demo and rest == ["-platform", "y"]


def test_an_abbreviated_option_is_not_taken_for_another() -> None:
    # As with tldops: "--data" is not "--data-dir" (Qt is given it, and run() refuses what
    # Qt does not take either: see test_an_unknown_option_is_refused).
    args, rest = build_parser().parse_known_args(["--data", "/x", "--dem"])
    assert args.data_dir is None and not args.demo and rest == ["--data", "/x", "--dem"]


def test_an_unknown_option_is_refused(tmp_path: Path) -> None:
    # In a process of its own: run() checks what Qt leaves only of an application it creates.
    code = (
        "import sys; from tldops_desktop.gui.main import run; "
        "sys.exit(run(['tldops-desktop', '-platform', 'offscreen', '--data', sys.argv[1]]))"
    )
    named = tmp_path / "named"
    done = subprocess.run(
        [sys.executable, "-c", code, str(named)],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert "unrecognized arguments: --data" in done.stderr
    assert "usage: tldops-desktop" in done.stderr
    assert not named.exists()  # nothing was opened or made there


def test_application_names(qapp) -> None:
    app = create_application(["tldops-desktop"])
    assert app is qapp
    assert app.applicationName() == "tldops-desktop"
    assert app.desktopFileName() == "tldops-desktop"
    assert not app.windowIcon().isNull()


def test_demo_window(qtbot, settings, tmp_path: Path) -> None:
    window = build_window(tmp_path / "data", settings, demo=True)
    assert window is not None
    qtbot.addWidget(window)
    assert "(demo)" in window.windowTitle()
    assert window.session is not None and window.session.data_dir == tmp_path / "data-demo"


def test_empty_data_dir_shows_welcome(qtbot, settings, tmp_path: Path) -> None:
    window = build_window(tmp_path / "nothing", settings)
    assert window is not None
    qtbot.addWidget(window)
    assert window.session is None


def test_every_icon_renders(qapp) -> None:
    names = sorted(p.stem for p in icons.ICON_DIR.glob("*.svg"))
    assert "app" in names and len(names) > 10
    for name in names:
        icon = icons.app_icon() if name == "app" else icons.icon(name)
        for size in (16, 48):
            image = icon.pixmap(QSize(size, size)).toImage()
            assert not image.isNull(), name
            assert any(image.pixelColor(x, y).alpha() for x in range(size) for y in range(size))


def _damage_past_the_first_page(path: Path) -> None:
    """Flip bytes inside pages 30, 37, 44... (page 1 intact), as in the review's reproducer."""
    data = bytearray(path.read_bytes())
    for page in range(30, len(data) // 4096, 7):
        for i in range(page * 4096 + 100, page * 4096 + 600):
            data[i] ^= 0x5A
    path.write_bytes(bytes(data))


def test_damage_found_while_the_edition_loads_offers_the_backups(
    qtbot, settings, store, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file opens (its first page is sound), and the damage shows only when the current
    edition is first read: the app still offers its own restore, and opens what it restored."""
    from PySide6.QtWidgets import QDialog, QMessageBox

    from tests.gui.test_community_restore_wiring import _import_later_edition
    from tldops_desktop.errors import UserError
    from tldops_desktop.gui.dialogs.restore import RestoreDialog
    from tldops_desktop.services.store import Store
    from tldops_desktop.storage.keys import KeySource

    _import_later_edition(store, data_dir)  # one backup, holding 20261101-0600 as current
    store.close()
    _damage_past_the_first_page(data_dir / "tldops.db")
    with Store.open(data_dir, KeySource(prompt=None)) as damaged:  # opens: page 1 checks out
        with pytest.raises(UserError) as caught:
            damaged.repo.current_edition()
        assert caught.value.hint == "restore"

    offers: list[str] = []

    def click_restore(box: QMessageBox) -> int:
        offers.append(box.objectName())
        next(b for b in box.buttons() if b.text() == "Restore a backup…").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_restore)
    monkeypatch.setattr(RestoreDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: QMessageBox.StandardButton.Ok)
    window = build_window(data_dir, settings)
    assert window is not None
    qtbot.addWidget(window)
    assert offers == ["damagedBox"]  # the restore offered at start, not a command to type
    assert window.session is not None
    assert window.session.edition is not None
    assert window.session.edition.stamp == "20261101-0600"
    assert any(p.name.startswith("tldops.db.before-restore-") for p in data_dir.iterdir())
    window.set_session(None)


def test_damage_found_while_the_edition_loads_closed_quits(
    qtbot, settings, store, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Closing the offer ends the start (as for a damaged first page): no window, the file
    left as it is."""
    from PySide6.QtWidgets import QMessageBox

    from tests.gui.test_community_restore_wiring import _import_later_edition

    _import_later_edition(store, data_dir)
    store.close()
    _damage_past_the_first_page(data_dir / "tldops.db")
    before = (data_dir / "tldops.db").read_bytes()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)  # closed
    assert build_window(data_dir, settings) is None
    assert (data_dir / "tldops.db").read_bytes() == before
