"""Linux desktop integration files: the .desktop entry, AppStream metainfo, hicolor icons."""

from __future__ import annotations

import configparser
import os
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from tldops_desktop import __version__

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "resources" / "linux"
DESKTOP = LINUX / "tldops-desktop.desktop"
METAINFO = LINUX / "org.tldops.Desktop.metainfo.xml"
HICOLOR = ROOT / "resources" / "icons" / "hicolor"
APP_SVG = ROOT / "tldops_desktop" / "resources" / "icons" / "app.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
REGENERATE = "regenerate them: python packaging/render_icons.py"


def pyproject() -> dict[str, Any]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def desktop_entry() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(DESKTOP.read_text(encoding="utf-8"), source=str(DESKTOP))
    return parser


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_desktop_entry_has_the_required_keys() -> None:
    entry = desktop_entry()["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "TLD-OPS Desktop"
    assert entry["Comment"]
    assert entry["Icon"] == "tldops-desktop"
    assert entry["Terminal"] == "false"
    # Exec names the GUI script of pyproject.toml; install.sh makes it an absolute path.
    assert entry["Exec"].split()[0] in pyproject()["project"]["gui-scripts"]
    assert entry["TryExec"] == entry["Exec"].split()[0]
    for key in ("Categories", "Keywords", "Actions"):
        assert entry[key].endswith(";"), f"{key} is a list: it ends with ';'"
    assert "Office" in entry["Categories"].split(";")


def test_desktop_actions_are_defined() -> None:
    parser = desktop_entry()
    for action in filter(None, parser["Desktop Entry"]["Actions"].split(";")):
        group = parser[f"Desktop Action {action}"]
        assert group["Name"] and group["Exec"].startswith("tldops-desktop ")


def test_desktop_file_name_is_the_one_the_app_announces() -> None:
    from tldops_desktop.paths import APP_NAME  # QGuiApplication.setDesktopFileName(APP_NAME)

    assert DESKTOP.name == f"{APP_NAME}.desktop"


def test_desktop_file_validate() -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate not installed (Debian: desktop-file-utils)")
    done = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_metainfo_is_well_formed_with_the_required_elements() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == "org.tldops.Desktop"
    assert METAINFO.name == f"{root.findtext('id')}.metainfo.xml"
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == pyproject()["project"]["license"]  # SPDX, both
    for tag in ("name", "summary", "developer/name"):
        assert (root.findtext(tag) or "").strip(), f"<{tag}> is empty"
    assert root.findall("description/p"), "<description> has no paragraph"
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    project = pyproject()["project"]
    binaries = {b.text for b in root.findall("provides/binary")}
    assert binaries == {*project["scripts"], *project["gui-scripts"]}
    assert root.find("content_rating") is not None


def test_metainfo_lists_the_current_release() -> None:
    root = ET.parse(METAINFO).getroot()
    releases = root.findall("releases/release")
    assert releases, "no <release>"
    assert releases[0].get("version") == __version__, (
        f"add a <release version={__version__!r}> at the top of {METAINFO.name}"
    )
    assert releases[0].get("date")


def test_appstreamcli_validate() -> None:
    tool = shutil.which("appstreamcli")
    if tool is None:
        pytest.skip("appstreamcli not installed (Debian: appstream)")
    done = subprocess.run(
        [tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("size", SIZES)
def test_icon_exists_at_every_size(size: int) -> None:
    png = HICOLOR / f"{size}x{size}" / "apps" / "tldops-desktop.png"
    assert png.is_file(), f"{png} is missing; {REGENERATE}"
    assert png_size(png) == (size, size)


def test_scalable_icon_is_the_app_svg() -> None:
    svg = HICOLOR / "scalable" / "apps" / "tldops-desktop.svg"
    assert svg.read_bytes() == APP_SVG.read_bytes(), f"the app icon changed; {REGENERATE}"


def test_render_icons_writes_ico_and_icns(tmp_path: Path) -> None:
    """The script the spec runs at build time (in a process of its own, as the spec does)."""
    done = subprocess.run(
        [
            sys.executable, str(ROOT / "packaging" / "render_icons.py"),
            "--hicolor", str(tmp_path / "hicolor"),
            "--ico", str(tmp_path / "app.ico"), "--icns", str(tmp_path / "app.icns"),
        ],
        capture_output=True, text=True, timeout=120, check=False,
        env={**_env_without_display(), "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    for size in SIZES:
        assert png_size(tmp_path / "hicolor" / f"{size}x{size}/apps/tldops-desktop.png") == (
            size,
            size,
        )
    ico = (tmp_path / "app.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, 7)
    widths = [ico[6 + 16 * i] or 256 for i in range(count)]
    assert widths == [16, 24, 32, 48, 64, 128, 256]
    icns = (tmp_path / "app.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert b"ic10" in icns and b"icp4" in icns


def _env_without_display() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
