"""Compile the Qt Linguist sources ``i18n/*.ts`` to ``.qm`` files with ``pyside6-lrelease``.

    python packaging/compile_translations.py            # to tldops_desktop/i18n/ (wheel, make run)
    python packaging/compile_translations.py --out DIR  # elsewhere (the PyInstaller spec)

``lrelease`` comes with PySide6-Essentials (``PySide6/lrelease`` and the ``pyside6-lrelease``
wrapper in the environment's scripts folder), so no extra package is needed. With no ``.ts``
file yet, there is nothing to do and that is not an error. ``.qm`` files are build products:
``.gitignore`` keeps them out of the repository.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "i18n"
PACKAGE_QM_DIR = ROOT / "tldops_desktop" / "i18n"  # matches package-data "i18n/*.qm"


def find_lrelease() -> list[str]:
    """The command that runs lrelease, preferring the copy that came with PySide6."""
    exe = ".exe" if os.name == "nt" else ""
    scripts = Path(sysconfig.get_path("scripts"))
    candidates = [
        scripts / f"pyside6-lrelease{exe}",
        Path(sys.executable).parent / "pyside6-lrelease",
    ]
    try:
        import PySide6

        package = Path(PySide6.__file__).resolve().parent
        candidates += [package / f"lrelease{exe}", package / "Qt" / "libexec" / f"lrelease{exe}"]
    except ImportError:
        pass
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return [str(candidate)]
    for name in ("pyside6-lrelease", "lrelease-qt6", "lrelease"):
        found = shutil.which(name)
        if found:
            return [found]
    raise SystemExit(
        "compile_translations: lrelease not found; it comes with PySide6-Essentials "
        "(pip install PySide6-Essentials) or a Qt 6 tools package (Debian: qt6-l10n-tools)."
    )


def compile_all(sources: Path = SOURCES, out: Path = PACKAGE_QM_DIR) -> list[Path]:
    """Compile every ``sources/*.ts`` to ``out/<same name>.qm``; the ``.qm`` files written."""
    ts_files = sorted(sources.glob("*.ts"))
    if not ts_files:
        return []
    command = find_lrelease()
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in ts_files:
        qm = out / f"{ts.stem}.qm"
        subprocess.run([*command, "-silent", str(ts), "-qm", str(qm)], check=True)
        if not qm.is_file():
            raise SystemExit(f"compile_translations: lrelease wrote no {qm}")
        written.append(qm)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Compile i18n/*.ts to .qm with lrelease.")
    parser.add_argument("--sources", type=Path, default=SOURCES, help="folder of the .ts files")
    parser.add_argument("--out", type=Path, default=PACKAGE_QM_DIR, help="folder for the .qm files")
    args = parser.parse_args(argv)
    written = compile_all(args.sources, args.out)
    if not written:
        print(f"compile_translations: no .ts file in {args.sources}, nothing to compile")
    for qm in written:
        print(f"compile_translations: wrote {qm}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
