#!/usr/bin/env python3
"""Compile the Qt Linguist sources ``i18n/*.ts`` into ``tldops_desktop/i18n/*.qm`` with lrelease.

    python scripts/build_translations.py              # what `make translations` and setup.py run
    python scripts/build_translations.py --out DIR    # somewhere else

The ``.qm`` files are build products (``.gitignore``): ``setup.py`` runs this before packaging
the wheel (package-data ``i18n/*.qm``), the Makefile runs it for the editable install. lrelease
comes with PySide6-Essentials (``PySide6/lrelease``, ``pyside6-lrelease``); ``TLDOPS_LRELEASE``
names another one. Without lrelease, or without a ``.ts`` file, this fails loudly: a build that
silently shipped an English-only app would be worse than no build.

No third-party import at module level: ``setup.py`` imports this module.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "i18n"
OUT = ROOT / "tldops_desktop" / "i18n"  # package-data "i18n/*.qm"


class TranslationBuildError(RuntimeError):
    """lrelease is missing or failed, or there is nothing to compile."""


def _candidates() -> list[Path]:
    exe = ".exe" if os.name == "nt" else ""
    found: list[Path] = []
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        for location in spec.submodule_search_locations:
            package = Path(location)
            found += [package / f"lrelease{exe}", package / "Qt" / "libexec" / f"lrelease{exe}"]
    # pyside6-lrelease is a Python wrapper: last, as it fails where PySide6 cannot be imported.
    found.append(Path(sysconfig.get_path("scripts")) / f"pyside6-lrelease{exe}")
    return found


def find_lrelease() -> list[str]:
    """The lrelease command: $TLDOPS_LRELEASE, PySide6's own, else one on PATH."""
    override = os.environ.get("TLDOPS_LRELEASE", "").strip()
    if override:
        if shutil.which(override) is None and not Path(override).is_file():
            raise TranslationBuildError(f"TLDOPS_LRELEASE={override!r} is not a program")
        return [override]
    for candidate in _candidates():
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return [str(candidate)]
    for name in ("lrelease-qt6", "lrelease6", "lrelease", "pyside6-lrelease"):
        path = shutil.which(name)
        if path:
            return [path]
    raise TranslationBuildError(
        "lrelease not found, so the translations (i18n/*.ts) cannot be compiled. It comes with "
        "PySide6-Essentials: build in an environment that has it (pip install "
        "'PySide6-Essentials<6.12', or `pip wheel --no-build-isolation .` from the project's "
        "venv), install Qt 6's linguist tools (Debian: qt6-l10n-tools), or set TLDOPS_LRELEASE."
    )


def compile_translations(
    sources: Path = SOURCES, out: Path = OUT, *, quiet: bool = True
) -> list[Path]:
    """Compile every ``sources/*.ts`` into ``out/<stem>.qm``; the ``.qm`` files written."""
    ts_files = sorted(sources.glob("*.ts"))
    if not ts_files:
        raise TranslationBuildError(f"no translation sources (*.ts) in {sources}")
    command = find_lrelease()
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in ts_files:
        qm = out / f"{ts.stem}.qm"
        qm.unlink(missing_ok=True)
        done = subprocess.run(
            [*command, *(["-silent"] if quiet else []), str(ts), "-qm", str(qm)],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0 or not qm.is_file() or qm.stat().st_size == 0:
            raise TranslationBuildError(
                f"lrelease failed on {ts.name} (exit {done.returncode}): "
                f"{(done.stderr or done.stdout).strip()}"
            )
        if not quiet and done.stdout.strip():
            print(done.stdout.strip())
        written.append(qm)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Compile i18n/*.ts into .qm files with lrelease.")
    parser.add_argument("--sources", type=Path, default=SOURCES, help="folder of the .ts files")
    parser.add_argument("--out", type=Path, default=OUT, help="folder for the .qm files")
    parser.add_argument("-v", "--verbose", action="store_true", help="show lrelease's counts")
    args = parser.parse_args(argv)
    try:
        written = compile_translations(args.sources, args.out, quiet=not args.verbose)
    except TranslationBuildError as error:
        print(f"build_translations: error: {error}", file=sys.stderr)
        return 1
    shown = ", ".join(qm.name for qm in written)
    print(f"build_translations: {len(written)} translation(s) in {args.out}: {shown}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
