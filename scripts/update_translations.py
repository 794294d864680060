#!/usr/bin/env python3
"""Extract the GUI's ``tr()`` strings into the Qt Linguist sources ``i18n/tldops_<lang>.ts``.

    python scripts/update_translations.py            # update the five .ts files in place
    python scripts/update_translations.py --check    # exit 1 if they lack or keep stale strings

Runs ``pyside6-lupdate`` over every ``.py`` under ``tldops_desktop/gui`` (the only package with
user-visible Qt text: see ``GUI_SOURCES``), for each language in ``LANGUAGES``. Existing
translations are kept; messages whose source text is gone are dropped (``-no-obsolete``); new
ones arrive "unfinished" for the translators. Then compile with ``build_translations.py``.

Translators edit these files: do not run this while someone has them open in Linguist or an
editor, or their unsaved work and your update will overwrite each other.

To add a language: add its code to ``LANGUAGES``, run this script (it creates the ``.ts``),
translate it, and add the code to ``SUPPORTED`` in ``tldops_desktop/gui/i18n.py``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"
LANGUAGES = ("ar", "es", "fr", "ru", "zh_CN")
# Folders whose .py files show text to the user through tr()/translate().
GUI_SOURCES = ("tldops_desktop/gui",)

MessageKey = tuple[str, str, str]  # context, source, disambiguation comment


def sources() -> list[str]:
    """Every Python file with GUI strings, relative to the project root, sorted."""
    files = {
        path.relative_to(ROOT).as_posix()
        for folder in GUI_SOURCES
        for path in (ROOT / folder).rglob("*.py")
        if "__pycache__" not in path.parts
    }
    return sorted(files)


def find_lupdate() -> list[str]:
    exe = ".exe" if os.name == "nt" else ""
    try:
        import PySide6

        package = Path(PySide6.__file__).resolve().parent
        for candidate in (package / f"lupdate{exe}", package / "Qt" / "libexec" / f"lupdate{exe}"):
            if candidate.is_file() and os.access(candidate, os.X_OK):
                return [str(candidate)]
    except ImportError:
        pass
    for name in ("pyside6-lupdate", "lupdate-qt6", "lupdate"):
        found = shutil.which(name)
        if found:
            return [found]
    raise SystemExit("update_translations: lupdate not found (it comes with PySide6-Essentials)")


def lupdate(ts: Path, language: str, files: list[str] | None = None) -> None:
    """Run lupdate over ``files`` (default: ``sources()``) into ``ts`` (created or merged)."""
    command = [
        *find_lupdate(),
        *(files if files is not None else sources()),
        "-no-obsolete",
        "-source-language",
        "en",
        "-target-language",
        language,
        "-ts",
        str(ts),
    ]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"update_translations: lupdate failed:\n{done.stdout}{done.stderr}")


def message_keys(ts: Path) -> set[MessageKey]:
    """(context, source, comment) of every live message of a .ts file."""
    keys = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if kind in {"obsolete", "vanished"}:
                continue
            keys.add((name, message.findtext("source") or "", message.findtext("comment") or ""))
    return keys


def extracted_keys() -> set[MessageKey]:
    """What lupdate finds in the code today (into a temporary file)."""
    with tempfile.TemporaryDirectory(prefix="tldops-lupdate-") as tmp:
        # Inside the project so the locations resolve like the real ones; a fresh file.
        ts = Path(tmp) / "extract.ts"
        lupdate(ts, "fr")
        return message_keys(ts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Update i18n/*.ts from the GUI's tr() strings.")
    parser.add_argument(
        "--check", action="store_true", help="change nothing; exit 1 if a .ts is out of date"
    )
    args = parser.parse_args(argv)
    if args.check:
        found = extracted_keys()
        stale = False
        for language in LANGUAGES:
            ts = I18N / f"tldops_{language}.ts"
            have = message_keys(ts) if ts.is_file() else set()
            missing, gone = found - have, have - found
            for context, source, _ in sorted(missing):
                print(f"{ts.name}: missing [{context}] {source!r}")
            for context, source, _ in sorted(gone):
                print(f"{ts.name}: no longer in the code [{context}] {source!r}")
            stale |= bool(missing or gone)
        return 1 if stale else 0
    I18N.mkdir(exist_ok=True)
    for language in LANGUAGES:
        ts = I18N / f"tldops_{language}.ts"
        lupdate(ts, language)
        print(f"update_translations: {ts.relative_to(ROOT)}: {len(message_keys(ts))} messages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
