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
