"""The build compiles the translations: a wheel ships a .qm for every .ts."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.i18n.tsfile import ROOT, load_script, ts_files


def clean_copy(target: Path) -> Path:
    """What a clean clone holds for the build: no compiled .qm, no build/ of another run."""
    target.mkdir()
    for name in ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md"):
        shutil.copy2(ROOT / name, target / name)
    shutil.copytree(ROOT / "i18n", target / "i18n")
    (target / "scripts").mkdir()
    shutil.copy2(ROOT / "scripts" / "build_translations.py", target / "scripts")
    ignore = shutil.ignore_patterns("__pycache__", "*.qm", "*.pyc")
    shutil.copytree(ROOT / "tldops_desktop", target / "tldops_desktop", ignore=ignore)
    return target


@pytest.mark.slow
def test_wheel_ships_every_translation(tmp_path: Path) -> None:
    source = clean_copy(tmp_path / "src")
    out = tmp_path / "dist"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--quiet",
            "-w",
            str(out),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    (wheel,) = out.glob("tldops_desktop-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        shipped = {
            Path(name).name: archive.getinfo(name).file_size
            for name in archive.namelist()
            if name.startswith("tldops_desktop/i18n/") and name.endswith(".qm")
        }
    expected = {f"tldops_{language}.qm" for language in ts_files()}
    assert expected - set(shipped) == set(), f"missing from the wheel: {expected - set(shipped)}"
    assert all(size > 0 for size in shipped.values())


def test_compiling_without_lrelease_fails_loudly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build = load_script("build_translations")
    monkeypatch.setenv("TLDOPS_LRELEASE", str(tmp_path / "no-such-lrelease"))
    with pytest.raises(build.TranslationBuildError, match="TLDOPS_LRELEASE"):
        build.compile_translations(out=tmp_path / "qm")
    monkeypatch.delenv("TLDOPS_LRELEASE")
    monkeypatch.setattr(build, "_candidates", list)
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(build.TranslationBuildError, match="lrelease not found"):
        build.compile_translations(out=tmp_path / "qm")


def test_compiling_nothing_fails(tmp_path: Path) -> None:
    build = load_script("build_translations")
    with pytest.raises(build.TranslationBuildError, match=r"no translation sources"):
        build.compile_translations(sources=tmp_path, out=tmp_path / "qm")


def test_compile_writes_one_qm_per_ts(compiled_qm: Path) -> None:
    assert {p.stem for p in compiled_qm.glob("*.qm")} == {p.stem for p in ts_files().values()}
