"""Build the Linux bundle with PyInstaller, install it, and run the frozen programs.

Slow (half a minute to a few minutes) but part of the default test run and of CI: it is the
only check that a clean clone gives a bundle that starts and finds contacts. The build goes
through ``packaging/build_linux.sh --no-venv`` with this interpreter, into a temporary folder.
"""

from __future__ import annotations

import hashlib
import importlib.util
import io
import json
import os
import platform
import subprocess
import sys
import tarfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import LAYOUT_A
from tldops_desktop import __version__

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
NAME = f"tldops-desktop-{__version__}-linux-{platform.machine()}"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
BUILD_TIMEOUT = 900  # seconds; a cold build takes well under a minute on two cores


@dataclass(frozen=True)
class Bundle:
    tarball: Path
    app: Path  # the installed one-folder app (PREFIX/lib/tldops-desktop)
    prefix: Path
    unpacked: Path
    home: Path


def _clean_env(home: Path) -> dict[str, str]:
    """No display, no real home, no Python settings leaking into the frozen programs."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "PYTHONPATH", "PYTHONHOME")
        and not k.startswith(("TLDOPS_", "XDG_"))
    }
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / ".local/share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_STATE_HOME=str(home / ".local/state"),
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",  # never the real keyring
    )
    return env


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed: pip install -e '.[test]' (or '.[packaging]')")
    if not sys.platform.startswith("linux"):
        pytest.skip("builds the Linux bundle; other systems: packaging/build_macos.sh, .ps1")
    base = tmp_path_factory.mktemp("bundle")
    home = base / "home"
    home.mkdir()
    env = _clean_env(home)
    env["PYINSTALLER_CONFIG_DIR"] = str(base / "pyinstaller-cache")
    started = time.monotonic()
    built = subprocess.run(
        ["bash", str(ROOT / "packaging" / "build_linux.sh"), "--no-venv",
         "--python", sys.executable, "--dist", str(base / "dist"), "--work", str(base / "build")],
        cwd=base, env=env, capture_output=True, text=True, timeout=BUILD_TIMEOUT, check=False,
    )  # fmt: skip
    seconds = time.monotonic() - started
    if built.returncode != 0:
        pytest.fail(f"build_linux.sh failed ({built.returncode}):\n{built.stdout[-4000:]}\n"
                    f"{built.stderr[-8000:]}")  # fmt: skip
    tarball = base / "dist" / f"{NAME}.tar.gz"
    print(f"bundle built in {seconds:.0f} s: {tarball.stat().st_size / 1e6:.0f} MB")

    unpacked = base / "unpacked"
    with tarfile.open(tarball) as archive:
        archive.extractall(unpacked, filter="tar")
    prefix = base / "prefix"
    installed = subprocess.run(
        [str(unpacked / NAME / "install.sh"), "--prefix", str(prefix)],
        cwd=base, env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert installed.returncode == 0, installed.stdout + installed.stderr
    return Bundle(tarball, prefix / "lib" / "tldops-desktop", prefix, unpacked / NAME, home)


def run(
    bundle: Bundle, program: str, *args: str | Path, **env: str
) -> subprocess.CompletedProcess[str]:
    """A program of the installed bundle, through its link in PREFIX/bin, outside the repo."""
    return subprocess.run(
        [str(bundle.prefix / "bin" / program), *map(str, args)],
        cwd=bundle.home, env={**_clean_env(bundle.home), **env},
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def test_gui_prints_its_version_without_a_display(bundle: Bundle) -> None:
    done = run(bundle, "tldops-desktop", "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"tldops-desktop {__version__}"


def test_cli_imports_an_edition_and_finds_rf(bundle: Bundle, tmp_path: Path) -> None:
    data = tmp_path / "data"
    secret = {"TLDOPS_PASSPHRASE": "frozen test passphrase"}
    imported = run(bundle, "tldops", "--data-dir", data, "import", LAYOUT_A, "--json", **secret)
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["imported"] == ["20261101-0600"]
    shown = run(bundle, "tldops", "--data-dir", data, "show", ".рф", "--json", **secret)
    assert shown.returncode == 0, shown.stderr
    member = json.loads(shown.stdout)
    assert member["tld"] == {"ace": "xn--p1ai", "unicode": "рф"}
    assert member["contacts"], "the member has contacts"
    assert "Traceback" not in imported.stderr + shown.stderr


def test_cli_reads_outlook_msg_when_the_extra_is_bundled(bundle: Bundle, tmp_path: Path) -> None:
    """extract-msg (the ``outlook`` extra, in the bundles the build scripts make) works frozen."""
    if importlib.util.find_spec("extract_msg") is None:
        pytest.skip("extract-msg is not installed, so not in this bundle")
    from tests.mailgen.clients import write_msg

    msg = write_msg(tmp_path / "repository.msg", LAYOUT_A.read_bytes())
    done = run(
        bundle, "tldops", "--data-dir", tmp_path / "data", "import", msg, "--json",
        TLDOPS_PASSPHRASE="frozen test passphrase",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["imported"] == ["20261101-0600"]


def test_cli_version(bundle: Bundle) -> None:
    done = run(bundle, "tldops", "--version")
    assert (done.returncode, done.stdout.strip()) == (0, f"tldops {__version__}")


def test_bundle_holds_data_extension_and_metadata(bundle: Bundle) -> None:
    internal = bundle.app / "_internal"
    package = internal / "tldops_desktop"
    assert (package / "core" / "data" / "cctlds.tsv").is_file()
    assert list((package / "resources" / "demo").glob("*.eml")), "the demo edition"
    assert (package / "resources" / "icons" / "app.svg").is_file()
    assert list((internal / "sqlcipher3").glob("_sqlite3*.so")), "the SQLCipher extension"
    entry_points = list(internal.glob("keyring-*.dist-info/entry_points.txt"))
    assert entry_points and "keyring.backends" in entry_points[0].read_text(encoding="utf-8")
    locale_data = internal / "babel" / "locale-data"
    for language in ("root", "en", "ar", "es", "fr", "ru", "zh", "zh_Hans"):
        assert (locale_data / f"{language}.dat").is_file(), language
    assert not (locale_data / "de.dat").exists(), "CLDR is trimmed to the app's languages"
    for ts in sorted((ROOT / "i18n").glob("*.ts")):
        assert (package / "i18n" / f"{ts.stem}.qm").is_file(), f"{ts.name} compiled and shipped"
    assert list((internal / "PySide6" / "Qt" / "translations").glob("qtbase_fr.qm"))


def test_unused_qt_modules_are_left_out(bundle: Bundle) -> None:
    internal = bundle.app / "_internal"
    names = {p.name for p in internal.rglob("*")}
    for unwanted in ("WebEngine", "Qt6Qml", "Qt6Quick", "Qt63D", "Multimedia", "Qt6Pdf"):
        found = sorted(n for n in names if unwanted in n)
        assert not found, f"{unwanted}: {found}"
    assert not any(n.startswith("geodata") for n in names), "phonenumbers' geocoder data"
    gtk = sorted(n for n in names if n.startswith(("libqgtk3", "libgtk-3", "libgdk-3")))
    assert not gtk, f"the build machine's GTK: {gtk}"


def test_tarball_layout_and_checksum(bundle: Bundle) -> None:
    with tarfile.open(bundle.tarball) as archive:
        members = set(archive.getnames())
    for path in (
        "install.sh",
        "tldops-desktop/tldops-desktop",
        "tldops-desktop/tldops",
        "share/applications/tldops-desktop.desktop",
        "share/metainfo/org.tldops.Desktop.metainfo.xml",
        "share/icons/hicolor/scalable/apps/tldops-desktop.svg",
        *(f"share/icons/hicolor/{s}x{s}/apps/tldops-desktop.png" for s in ICON_SIZES),
    ):
        assert f"{NAME}/{path}" in members, path
    digest = hashlib.sha256(bundle.tarball.read_bytes()).hexdigest()
    checksum = bundle.tarball.with_name(bundle.tarball.name + ".sha256").read_text()
    assert checksum.split() == [digest, bundle.tarball.name]


def test_install_sh_points_the_menu_entry_at_the_installed_app(bundle: Bundle) -> None:
    desktop = bundle.prefix / "share" / "applications" / "tldops-desktop.desktop"
    lines = desktop.read_text(encoding="utf-8").splitlines()
    assert f'Exec="{bundle.app}/tldops-desktop"' in lines
    assert f"TryExec={bundle.app}/tldops-desktop" in lines
    assert (bundle.prefix / "share/icons/hicolor/48x48/apps/tldops-desktop.png").is_file()
    assert (bundle.prefix / "share/metainfo/org.tldops.Desktop.metainfo.xml").is_file()


def test_uninstall_removes_what_install_put(bundle: Bundle, tmp_path: Path) -> None:
    prefix = tmp_path / "prefix"
    env = _clean_env(bundle.home)
    script = str(bundle.unpacked / "install.sh")
    for args in ([], ["--uninstall"]):
        done = subprocess.run(
            [script, "--prefix", str(prefix), *args],
            env=env, capture_output=True, text=True, timeout=300, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
    leftovers = [p for p in prefix.rglob("*") if p.is_file() or p.is_symlink()]
    assert [p.name for p in leftovers if p.name != "mimeinfo.cache"] == []


@pytest.mark.parametrize("program", ["tldops", "tldops-desktop"])
def test_bundle_programs_run_the_import_worker(bundle: Bundle, program: str) -> None:
    """A large import parses in worker processes: frozen, the program itself is the worker."""
    import pickle

    from tldops_desktop.mail.examine_worker import FLAG, write_frame
    from tldops_desktop.mail.identity import DEFAULT_IDENTITY

    tasks = io.BytesIO()
    write_frame(tasks, DEFAULT_IDENTITY)
    write_frame(tasks, (7, (LAYOUT_A.read_bytes(), "layout-a.eml")))
    done = subprocess.run(
        [str(bundle.prefix / "bin" / program), FLAG], input=tasks.getvalue(),
        cwd=bundle.home, env=_clean_env(bundle.home), capture_output=True, timeout=120,
        check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    number, result = pickle.loads(done.stdout)
    assert number == 7
    assert [e.stamp for e in result.editions] == ["20261101-0600"]


def test_cli_import_with_a_worker_when_frozen(bundle: Bundle, tmp_path: Path) -> None:
    data = tmp_path / "data"
    done = run(
        bundle, "tldops", "--data-dir", data, "import", LAYOUT_A, "--json",
        TLDOPS_PASSPHRASE="frozen test passphrase", TLDOPS_IMPORT_WORKERS="1",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["imported"] == ["20261101-0600"]
